/**
 * The README's Access Analyzer coverage table: every ValidatePolicy issue code, the rule that decides it
 * offline, or why none does. Generated from rule metadata, like the rule table.
 */
import type { Rule } from '../engine/rule.js';
import { issueCodesOf } from '../engine/rule.js';
import { ACCESS_ANALYZER_CODES } from './access-analyzer-codes.js';

export const COVERAGE_START = '<!-- coverage:start -->';
export const COVERAGE_END = '<!-- coverage:end -->';

const WHY_NOT: Record<string, string> = {
  engine: "not offline: needs AWS's reasoning engine or its internal rules (use `--access-analyzer`)",
  account: 'not offline: the quota can be raised per account (use `--access-analyzer`)',
  text: 'not yet offline (use `--access-analyzer`)',
  database: 'not yet offline (use `--access-analyzer`)',
};

/**
 * Codes that AWS documents for exactly the trigger of another code, without saying when it reports which: the
 * rules of the other code decide them offline (their messages carry the other code).
 */
const SAME_TRIGGER: Record<string, { code: string; trigger: string }> = {
  DEPRECATED_GLOBAL_CONDITION_KEY: { code: 'UNSUPPORTED_GLOBAL_CONDITION_KEY', trigger: '`aws:ARN`' },
};

/** Rule ids per issue code. */
export function rulesByIssueCode(rules: readonly Rule[]): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const rule of rules) {
    for (const code of issueCodesOf(rule.meta)) map.set(code, [...(map.get(code) ?? []), rule.id]);
  }
  return map;
}

export function coverageTable(rules: readonly Rule[]): string {
  const byCode = rulesByIssueCode(rules);
  const decidable = ACCESS_ANALYZER_CODES.filter((c) => c.offline === 'text' || c.offline === 'database');
  const link = (ids: readonly string[]) => ids.map((id) => `[${id}](rules/${id}/${id}.md)`).join(', ');
  const sameTrigger = (code: string) => {
    const other = SAME_TRIGGER[code];
    const ids = other && byCode.get(other.code);
    return ids ? `${link(ids)} (reports ${other.trigger}, this code's trigger, as \`${other.code}\`)` : undefined;
  };
  const covered = decidable.filter((c) => byCode.has(c.code) || sameTrigger(c.code)).length;
  // An engine code whose documented cases a rule decides: the row says which, and that the rest is not offline.
  const partlyCovered = ACCESS_ANALYZER_CODES.filter((c) => c.partly && !decidable.includes(c) && byCode.has(c.code)).length;
  const rows = ACCESS_ANALYZER_CODES.map((c) => {
    const ids = byCode.get(c.code);
    const partly = ids && c.partly && !decidable.includes(c) ? ` (only ${c.partly}; the rest needs \`--access-analyzer\`)` : '';
    const cell = ids ? link(ids) + partly : (sameTrigger(c.code) ?? WHY_NOT[c.offline]);
    return `| \`${c.code}\` | ${c.type} | ${cell} |`;
  });
  return [
    `Offline: ${covered} of the ${decidable.length} codes that the policy text or the IAM database can decide ` +
      `(${ACCESS_ANALYZER_CODES.length} codes in all)` +
      (partlyCovered > 0 ? `; and, of ${partlyCovered} ${partlyCovered === 1 ? 'code that needs' : 'codes that need'} AWS's engine, the cases AWS documents.` : '.'),
    '',
    '| Issue code | Finding type | Offline rule |',
    '|---|---|---|',
    ...rows,
  ].join('\n');
}

/** The text with the part between two markers replaced. Throws when the markers are missing. */
export function replaceSection(text: string, startMarker: string, endMarker: string, body: string): string {
  const start = text.indexOf(startMarker);
  const end = text.indexOf(endMarker);
  if (start < 0 || end < 0 || end < start) {
    throw new Error(`README.md needs the markers ${startMarker} and ${endMarker} (in that order).`);
  }
  const eol = /\r\n/.test(text) ? '\r\n' : '\n';
  return `${text.slice(0, start + startMarker.length)}${eol}${body.split('\n').join(eol)}${eol}${text.slice(end)}`;
}
