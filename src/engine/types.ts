/** Shared types of the engine: positions, edits, findings and results. */

export type PolicyType = 'identity' | 'resource' | 'trust' | 'scp' | 'rcp';
export const POLICY_TYPES: readonly PolicyType[] = ['identity', 'resource', 'trust', 'scp', 'rcp'];

export type SeverityName = 'off' | 'warn' | 'error';
/** ESLint's numbers: 1 warning, 2 error. */
export type Severity = 1 | 2;

export function severityLevel(name: SeverityName): 0 | Severity {
  return name === 'error' ? 2 : name === 'warn' ? 1 : 0;
}

/** A segment list into the JSON document: `["Statement", 3, "Condition", "Bool"]`. */
export type JsonPath = ReadonlyArray<string | number>;

/** 1-based lines and columns (UTF-16 code units, as in ESLint), end exclusive; offsets 0-based. */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  offset: number;
  endOffset: number;
}

/** Replace `text.slice(range[0], range[1])` with `text`. */
export interface TextEdit {
  range: [number, number];
  text: string;
}

export interface Suggestion {
  desc: string;
  messageId?: string;
  fix: TextEdit;
}

/** One finding, in ESLint's message shape plus a few fields of our own. */
export interface LintMessage {
  ruleId: string | null;
  severity: Severity;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  messageId?: string;
  fix?: TextEdit;
  suggestions?: Suggestion[];
  /** The equivalent AWS IAM Access Analyzer issue code, when there is one. */
  issueCode?: string;
  /** Where the finding came from: our rules, Access Analyzer, or both. */
  sources?: Array<'policy-lint' | 'access-analyzer'>;
  /** A page that explains the finding (rule docs or Access Analyzer's learnMoreLink). */
  docsUrl?: string;
  /** Offsets of the token, 0-based, end exclusive. */
  range?: [number, number];
  /** The JSON path of the token in the file, when there is one. */
  path?: Array<string | number>;
  /** True for findings that never count against --max-warnings (Access Analyzer SUGGESTIONs). */
  suggestion?: boolean;
  fatal?: boolean;
}

/** A finding an `ignore` entry of the configuration suppressed, shaped as ESLint's SuppressedLintMessage. */
export interface SuppressedLintMessage extends LintMessage {
  /** One per suppression: `kind` "config" (an `ignore` entry), `justification` its `reason`. */
  suppressions: Array<{ kind: 'config'; justification: string }>;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  /** Findings that `ignore` entries suppressed: not counted, not shown by stylish or github. */
  suppressedMessages?: SuppressedLintMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  /** The file's text after fixes, when --fix changed it. */
  output?: string;
  /** The file's text, kept for formatters that print code frames. Not part of the JSON output. */
  source?: string;
  policyType?: PolicyType;
}

export function countResult(filePath: string, messages: LintMessage[], extra: Partial<LintResult> = {}): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const m of messages) {
    if (m.severity === 2) {
      errorCount++;
      if (m.fix) fixableErrorCount++;
    } else {
      warningCount++;
      if (m.fix) fixableWarningCount++;
    }
  }
  return { filePath, messages, errorCount, warningCount, fixableErrorCount, fixableWarningCount, ...extra };
}

/**
 * Findings in the order of their position, then rule id and message. Ties compare by code unit, not
 * `localeCompare`: the order must not depend on the machine's locale, and the first `localeCompare` sets up an
 * ICU collator (15-35 ms of a cold start).
 */
export function compareMessages(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column || a.endLine - b.endLine || a.endColumn - b.endColumn ||
    byCodeUnit(String(a.ruleId), String(b.ruleId)) || byCodeUnit(a.message, b.message);
}

function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
