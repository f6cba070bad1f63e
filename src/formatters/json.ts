/**
 * ESLint's `json` format: `JSON.stringify` of the results, each in ESLint's LintResult shape and key
 * order (`filePath, messages, suppressedMessages, errorCount, fatalErrorCount, warningCount,
 * fixableErrorCount, fixableWarningCount, output?, usedDeprecatedRules`), so that tools that read ESLint's
 * output read ours. The file text (`source`) is left out, as are the engine's internal `range` and `path`.
 * Our additions are optional message fields after ESLint's: `issueCode`, `sources`, `docsUrl`.
 */
import type { LintMessage, LintResult, Suggestion, TextEdit } from '../engine/types.js';
import { docsUrlOf } from './common.js';
import type { FormatContext } from './index.js';

export interface JsonMessage {
  ruleId: string | null;
  fatal?: true;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  messageId?: string;
  endLine: number;
  endColumn: number;
  fix?: TextEdit;
  suggestions?: Suggestion[];
  issueCode?: string;
  sources?: Array<'policy-lint' | 'access-analyzer'>;
  docsUrl?: string;
}

export interface JsonResult {
  filePath: string;
  messages: JsonMessage[];
  suppressedMessages: Array<JsonMessage & { suppressions: Array<{ kind: string; justification: string }> }>;
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  output?: string;
  usedDeprecatedRules: never[];
}

export function formatJson(results: readonly LintResult[], context: FormatContext): string {
  return `${JSON.stringify(results.map((r) => jsonResult(r, context)))}\n`;
}

export function jsonResult(result: LintResult, context: FormatContext): JsonResult {
  const out: JsonResult = {
    filePath: result.filePath,
    messages: result.messages.map((m) => jsonMessage(m, context)),
    suppressedMessages: (result.suppressedMessages ?? []).map((m) => ({ ...jsonMessage(m, context), suppressions: m.suppressions })),
    errorCount: result.errorCount,
    fatalErrorCount: result.messages.filter((m) => m.fatal).length,
    warningCount: result.warningCount,
    fixableErrorCount: result.fixableErrorCount,
    fixableWarningCount: result.fixableWarningCount,
    usedDeprecatedRules: [],
  };
  if (result.output !== undefined) {
    // ESLint puts `output` before `usedDeprecatedRules`.
    const { usedDeprecatedRules, ...rest } = out;
    return { ...rest, output: result.output, usedDeprecatedRules };
  }
  return out;
}

function jsonMessage(m: LintMessage, context: FormatContext): JsonMessage {
  const out: JsonMessage = { ruleId: m.ruleId } as JsonMessage;
  if (m.fatal) out.fatal = true;
  out.severity = m.severity;
  out.message = m.message;
  out.line = m.line;
  out.column = m.column;
  if (m.messageId !== undefined) out.messageId = m.messageId;
  out.endLine = m.endLine;
  out.endColumn = m.endColumn;
  if (m.fix) out.fix = { range: [m.fix.range[0], m.fix.range[1]], text: m.fix.text };
  if (m.suggestions && m.suggestions.length > 0) {
    out.suggestions = m.suggestions.map((s) => ({
      desc: s.desc,
      ...(s.messageId !== undefined ? { messageId: s.messageId } : {}),
      fix: { range: [s.fix.range[0], s.fix.range[1]], text: s.fix.text },
    }));
  }
  if (m.issueCode !== undefined) out.issueCode = m.issueCode;
  if (m.sources && m.sources.length > 0) out.sources = [...m.sources];
  const docsUrl = docsUrlOf(m, context);
  if (docsUrl !== undefined) out.docsUrl = docsUrl;
  return out;
}
