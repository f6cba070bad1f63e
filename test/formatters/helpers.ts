/** Builders for formatter tests: results over literal sources, positions found by searching the text. */
import { countResult, type LintMessage, type LintResult } from '../../src/engine/types.js';
import type { FormatContext, RuleInfo } from '../../src/formatters/index.js';

export const CWD = '/repo';

export const RULES: ReadonlyMap<string, RuleInfo> = new Map<string, RuleInfo>([
  ['no-wildcard-action', {
    id: 'no-wildcard-action', description: 'Allow statements should list actions instead of using wildcards.',
    category: 'security', severity: 'error', fixable: 'none', docsUrl: 'https://example.test/rules/no-wildcard-action.md',
  }],
  ['policy-version', {
    id: 'policy-version', description: 'Policies should set "Version": "2012-10-17".', category: 'correctness',
    severity: 'warn', fixable: 'safe', issueCode: 'MISSING_VERSION', docsUrl: 'https://example.test/rules/policy-version.md',
  }],
  ['sid-style', {
    id: 'sid-style', description: 'Statement ids should be alphanumeric.', category: 'style', severity: 'warn',
    fixable: 'suggestion', issueCode: ['INVALID_SID', 'DUPLICATE_SID'], docsUrl: 'https://example.test/rules/sid-style.md',
  }],
]);

export function context(overrides: Partial<FormatContext> = {}): FormatContext {
  return { cwd: CWD, rules: RULES, color: false, toolVersion: '1.2.3', ...overrides };
}

/** 1-based position of a UTF-16 offset, counting lines as the engine does (CRLF, CR, LF). */
function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    const c = text[i];
    if (c === '\r' && text[i + 1] === '\n') continue;
    if (c === '\n' || c === '\r') {
      line++;
      start = i + 1;
    }
  }
  return { line, column: offset - start + 1 };
}

/** A message on the `nth` (0-based) occurrence of `token` in `source`. */
export function on(
  source: string, token: string, fields: Partial<LintMessage> & Pick<LintMessage, 'message'>, nth = 0,
): LintMessage {
  let offset = -1;
  for (let i = 0; i <= nth; i++) offset = source.indexOf(token, offset + 1);
  if (offset < 0) throw new Error(`"${token}" not in source`);
  const start = position(source, offset);
  const end = position(source, offset + token.length);
  return {
    ruleId: 'no-wildcard-action', severity: 2, line: start.line, column: start.column, endLine: end.line,
    endColumn: end.column, range: [offset, offset + token.length], path: ['Statement', 0], ...fields,
  };
}

export function result(name: string, source: string | undefined, messages: LintMessage[], extra: Partial<LintResult> = {}): LintResult {
  return countResult(`${CWD}/${name}`, messages, { ...(source === undefined ? {} : { source }), ...extra });
}
