import { describe, expect, it } from 'vitest';
import { PolicyDocument } from './document.js';
import { lintDocument } from './linter.js';
import { defineRule, type Report } from './rule.js';

/** A rule that reports the Effect value of every statement. */
function effectRule(id: string, extra: Partial<Report> = {}, issueCode?: string) {
  return defineRule({
    id,
    meta: { category: 'correctness', severity: 'error', recommended: true, fixable: 'none', issueCode, docs: { description: id }, messages: { effect: `${id} says no` } },
    given: '$.Statement[*].Effect',
    check({ path }, context) {
      context.report({ messageId: 'effect', path, ...extra });
    },
  });
}

const text = '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*"}]}';
const lint = (...rules: ReturnType<typeof effectRule>[]) => lintDocument(new PolicyDocument('p.json', text), {
  policyType: 'identity', rules: rules.map((rule) => ({ rule, severity: 2 as const })),
}).map((m) => `${m.ruleId} ${m.column}-${m.endColumn} ${m.issueCode ?? '-'}`);

describe('Report.replaces', () => {
  const general = effectRule('general-rule', {}, 'SOME_CODE');

  it('drops the named rule\'s finding on the same token, and the survivor takes its issue code', () => {
    expect(lint(general, effectRule('specific-rule', { replaces: 'general-rule' }))).toEqual(['specific-rule 48-54 SOME_CODE']);
  });

  it('keeps the named rule\'s finding on another token', () => {
    expect(lint(general, effectRule('specific-rule', { replaces: 'general-rule', target: 'key' })))
      .toEqual(['specific-rule 39-47 -', 'general-rule 48-54 SOME_CODE']);
  });

  it('changes nothing when the named rule is off', () => {
    expect(lint(effectRule('specific-rule', { replaces: 'general-rule' }))).toEqual(['specific-rule 48-54 -']);
  });

  it('keeps findings of other rules on the token', () => {
    expect(lint(general, effectRule('other-rule'), effectRule('specific-rule', { replaces: 'other-rule' })))
      .toEqual(['general-rule 48-54 SOME_CODE', 'specific-rule 48-54 -']);
  });
});
