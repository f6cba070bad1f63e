import { describe, expect, it } from 'vitest';
import { PolicyDocument } from './document.js';
import { lintDocument } from './linter.js';
import { defineRule, interpolate, type Report, type Rule } from './rule.js';

describe('interpolate', () => {
  it('escapes a value inside double quotes as a JSON string does', () => {
    expect(interpolate('Sid "{{sid}}" is used.', { sid: 'a"b\\c\td' })).toBe('Sid "a\\"b\\\\c\\td" is used.');
  });

  it('escapes a value that is part of a quoted text', () => {
    expect(interpolate('add "{{issuer}}:sub" to {{where}}', { issuer: 'x"y', where: 'the "Condition"' }))
      .toBe('add "x\\"y:sub" to the "Condition"');
  });

  it('leaves a value outside quotes as given: rules render those (lists of quoted values, numbers) themselves', () => {
    expect(interpolate('{{chars}} after "{{a}}", {{n}}', { chars: '"\\"" and "-"', a: 'é', n: 3 })).toBe('"\\"" and "-" after "é", 3');
  });

  it('leaves a missing value visible', () => {
    expect(interpolate('Sid "{{sid}}"')).toBe('Sid "{{sid}}"');
  });
});

describe('Report.deferTo', () => {
  const statementRule = (id: string, deferTo?: Report['deferTo']) => defineRule({
    id,
    meta: { category: 'correctness', severity: 'warn', recommended: false, fixable: 'none', docs: { description: id }, messages: { m: id } },
    given: '$.Statement[*]',
    check({ path }, context) {
      if (deferTo) context.report({ messageId: 'm', path: [...path, 'Action'], deferTo });
      else context.report({ messageId: 'm', path: [...path, 'Resource', 0] });
    },
  });
  const code = '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "sqs:SendMessage", "Resource": ["arn:aws:sqs::1:q"]}]}';
  const lint = (...rules: Rule[]) => lintDocument(new PolicyDocument('p.json', code), { policyType: 'identity', rules: rules.map((rule) => ({ rule, severity: 1 as const })) })
    .map((m) => m.ruleId).sort();

  it('drops a finding when a rule it defers to reports at one of the paths, whichever runs first', () => {
    const deferring = statementRule('b-deferring', { rules: ['a-syntax', 'c-syntax'], paths: [['Statement', 0, 'Resource', 0]] });
    expect(lint(statementRule('a-syntax'), deferring)).toEqual(['a-syntax']);
    expect(lint(deferring, statementRule('c-syntax'))).toEqual(['c-syntax']);
  });

  it('keeps it when that rule is off, reports elsewhere, or is not one it defers to', () => {
    expect(lint(statementRule('b-deferring', { rules: ['a-syntax'], paths: [['Statement', 0, 'Resource', 0]] }))).toEqual(['b-deferring']);
    expect(lint(statementRule('a-syntax'), statementRule('b-deferring', { rules: ['a-syntax'], paths: [['Statement', 0, 'Resource', 1]] })))
      .toEqual(['a-syntax', 'b-deferring']);
    expect(lint(statementRule('a-other'), statementRule('b-deferring', { rules: ['a-syntax'], paths: [['Statement', 0, 'Resource', 0]] })))
      .toEqual(['a-other', 'b-deferring']);
  });
});
