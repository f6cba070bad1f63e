/**
 * The rule catalogue generated from rule metadata: the README's rule table (kept in step by
 * test/readme.test.ts and `npm run docs`) and the data behind `--list-rules`.
 */
import { issueCodesOf, type Category, type Fixable, type Rule } from '../engine/rule.js';
import { POLICY_TYPES, type PolicyType, type SeverityName } from '../engine/types.js';
import { ruleDocsUrl } from '../docs-url.js';

export const RULES_START = '<!-- rules:start -->';
export const RULES_END = '<!-- rules:end -->';

export interface RuleListEntry {
  id: string;
  category: Category;
  /** The rule's default severity (used when it is switched on without one, and by `recommended`). */
  severity: Exclude<SeverityName, 'off'>;
  /** In `policy-lint:recommended`. */
  recommended: boolean;
  fixable: Fixable;
  /** The equivalent Access Analyzer issue codes; empty when there is none. */
  issueCode: string[];
  description: string;
  /** The policy types the rule runs on. */
  policyTypes: PolicyType[];
  docsUrl: string;
}

/** One entry per rule, in registry order, for `--list-rules --format json`. */
export function ruleList(rules: readonly Rule[]): RuleListEntry[] {
  return rules.map((rule) => ({
    id: rule.id,
    category: rule.meta.category,
    severity: rule.meta.severity,
    recommended: rule.meta.recommended,
    fixable: rule.meta.fixable,
    issueCode: issueCodesOf(rule.meta),
    description: rule.meta.docs.description,
    policyTypes: [...(rule.meta.policyTypes ?? POLICY_TYPES)],
    docsUrl: ruleDocsUrl(rule.id),
  }));
}

/** Text for a Markdown table cell: one line, pipes escaped. */
function cell(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').replace(/\|/g, '\\|').trim();
}

/**
 * The README rule table: the id linked to the rule's page, its description, category, severity in
 * `recommended` ("off" when it is not in it), fix safety and Access Analyzer issue codes.
 */
export function ruleTable(rules: readonly Rule[]): string {
  const rows = rules.map((rule) => {
    const { meta } = rule;
    const codes = issueCodesOf(meta).map((code) => `\`${code}\``).join(', ');
    const fixable = meta.fixable === 'none' ? '' : meta.fixable;
    const severity = meta.recommended ? meta.severity : 'off';
    return `| [${rule.id}](rules/${rule.id}/${rule.id}.md) | ${cell(meta.docs.description)} | ${meta.category} | ${severity} | ${fixable} | ${codes} |`;
  });
  return [
    '| Rule | Description | Category | Recommended | Fixable | Access Analyzer |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}

/** The README with the text between the rule markers replaced by `table`. Throws when the markers are missing. */
export function replaceRuleTable(readme: string, table: string): string {
  const start = readme.indexOf(RULES_START);
  const end = readme.indexOf(RULES_END);
  if (start < 0 || end < 0 || end < start) {
    throw new Error(`README.md needs the markers ${RULES_START} and ${RULES_END} (in that order) around the rule table.`);
  }
  const eol = /\r\n/.test(readme) ? '\r\n' : '\n';
  const body = table.split('\n').join(eol);
  return `${readme.slice(0, start + RULES_START.length)}${eol}${body}${eol}${readme.slice(end)}`;
}
