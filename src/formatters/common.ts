/** Helpers shared by the formatters: severities, colours, rule lookup (paths: src/paths.ts). */
import type { LintMessage, LintResult } from '../engine/types.js';
import type { FormatContext, RuleInfo } from './index.js';

export function severityWord(message: LintMessage): 'error' | 'warning' {
  return message.severity === 2 ? 'error' : 'warning';
}

export function ruleOf(message: LintMessage, context: FormatContext): RuleInfo | undefined {
  return message.ruleId === null ? undefined : context.rules.get(message.ruleId);
}

/** The page that explains a message: its own `docsUrl` (Access Analyzer's), else its rule's. */
export function docsUrlOf(message: LintMessage, context: FormatContext): string | undefined {
  return message.docsUrl ?? ruleOf(message, context)?.docsUrl;
}

export function issueCodesOfRule(rule: RuleInfo): string[] {
  return rule.issueCode === undefined ? [] : typeof rule.issueCode === 'string' ? [rule.issueCode] : [...rule.issueCode];
}

export interface Totals {
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  messageCount: number;
}

export function totals(results: readonly LintResult[]): Totals {
  const t: Totals = { errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, messageCount: 0 };
  for (const r of results) {
    t.errorCount += r.errorCount;
    t.warningCount += r.warningCount;
    t.fixableErrorCount += r.fixableErrorCount;
    t.fixableWarningCount += r.fixableWarningCount;
    t.messageCount += r.messages.length;
  }
  return t;
}

/** SGR styles; every function is the identity when colour is off. */
export interface Style {
  red(s: string): string;
  yellow(s: string): string;
  bold(s: string): string;
  dim(s: string): string;
}

const sgr = (open: number, close: number) => (s: string) => (s === '' ? s : `\x1b[${open}m${s}\x1b[${close}m`);
const identity = (s: string) => s;

export function style(color: boolean): Style {
  return color
    ? { red: sgr(31, 39), yellow: sgr(33, 39), bold: sgr(1, 22), dim: sgr(2, 22) }
    : { red: identity, yellow: identity, bold: identity, dim: identity };
}

/**
 * Make text safe to print on one terminal line: C0 controls and DEL become their Unicode "control
 * pictures" (␛, ␊, …), C1 controls, lone surrogates and bidirectional overrides become U+FFFD, so that a
 * policy cannot move the cursor, inject escape sequences or reorder what the reader sees.
 */
export function visible(text: string): string {
  let out = '';
  for (const ch of text) out += visibleChar(ch, ch.codePointAt(0)!);
  return out;
}

export function visibleChar(ch: string, cp: number): string {
  if (cp < 0x20) return String.fromCharCode(0x2400 + cp);
  if (cp === 0x7f) return '\u2421';
  if ((cp >= 0x80 && cp <= 0x9f) || (cp >= 0xd800 && cp <= 0xdfff) || isBidiControl(cp)) return '\ufffd';
  return ch;
}

function isBidiControl(cp: number): boolean {
  return cp === 0x061c || cp === 0x200e || cp === 0x200f || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069);
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
