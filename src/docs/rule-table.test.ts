import { describe, expect, it } from 'vitest';
import { defineRule, type RuleMeta } from '../engine/rule.js';
import { RULES_END, RULES_START, replaceRuleTable, ruleList, ruleTable } from './rule-table.js';

const rule = (id: string, meta: Partial<RuleMeta>) => defineRule({
  id,
  meta: {
    category: 'correctness', severity: 'error', recommended: true, fixable: 'none',
    docs: { description: `Description of ${id}.` }, messages: {}, ...meta,
  },
  given: '$',
  check() {},
});

const rules = [
  rule('a-rule', { fixable: 'safe', issueCode: ['MISSING_EFFECT', 'INVALID_EFFECT'] }),
  rule('b-rule', { category: 'style', severity: 'warn', recommended: false, fixable: 'suggestion', issueCode: 'UNSUPPORTED_SID', policyTypes: ['identity'] }),
  rule('c-rule', { severity: 'warn', docs: { description: 'Pipes | and\nnew lines.' } }),
];

describe('ruleTable', () => {
  it('renders one row per rule', () => {
    expect(ruleTable(rules)).toBe([
      '| Rule | Description | Category | Recommended | Fixable | Access Analyzer |',
      '|---|---|---|---|---|---|',
      '| [a-rule](rules/a-rule/a-rule.md) | Description of a-rule. | correctness | error | safe | `MISSING_EFFECT`, `INVALID_EFFECT` |',
      '| [b-rule](rules/b-rule/b-rule.md) | Description of b-rule. | style | off | suggestion | `UNSUPPORTED_SID` |',
      '| [c-rule](rules/c-rule/c-rule.md) | Pipes \\| and new lines. | correctness | warn |  |  |',
    ].join('\n'));
  });
});

describe('replaceRuleTable', () => {
  it('replaces only the text between the markers', () => {
    const readme = `# x\n\n${RULES_START}\nold\ntable\n${RULES_END}\n\nmore\n`;
    expect(replaceRuleTable(readme, '| t |')).toBe(`# x\n\n${RULES_START}\n| t |\n${RULES_END}\n\nmore\n`);
  });

  it('is stable', () => {
    const once = replaceRuleTable(`${RULES_START}${RULES_END}`, ruleTable(rules));
    expect(replaceRuleTable(once, ruleTable(rules))).toBe(once);
  });

  it('keeps CRLF line endings', () => {
    expect(replaceRuleTable(`a\r\n${RULES_START}\r\n${RULES_END}\r\n`, '1\n2')).toBe(`a\r\n${RULES_START}\r\n1\r\n2\r\n${RULES_END}\r\n`);
  });

  it('throws without markers', () => {
    expect(() => replaceRuleTable('# x\n', '')).toThrow(/markers/);
    expect(() => replaceRuleTable(`${RULES_END}${RULES_START}`, '')).toThrow(/markers/);
  });
});

describe('ruleList', () => {
  it('lists every rule with its metadata', () => {
    expect(ruleList(rules)[1]).toEqual({
      id: 'b-rule',
      category: 'style',
      severity: 'warn',
      recommended: false,
      fixable: 'suggestion',
      issueCode: ['UNSUPPORTED_SID'],
      description: 'Description of b-rule.',
      policyTypes: ['identity'],
      docsUrl: 'https://github.com/policy-lint/policy-lint/blob/main/rules/b-rule/b-rule.md',
    });
    expect(ruleList(rules)[0].policyTypes).toEqual(['identity', 'resource', 'trust', 'scp', 'rcp']);
    expect(ruleList(rules)[2].issueCode).toEqual([]);
  });
});
