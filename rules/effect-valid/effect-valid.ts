import { defineRule } from '../../src/engine/rule.js';
import { isObject } from '../../src/engine/normalize.js';

const EFFECTS = ['Allow', 'Deny'];

export default defineRule({
  id: 'effect-valid',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    issueCode: ['INVALID_EFFECT', 'MISSING_EFFECT'],
    docs: { description: 'Every statement has an Effect of exactly "Allow" or "Deny".' },
    messages: {
      missing: 'Statement {{statement}} has no "Effect"; add "Effect": "Allow" or "Effect": "Deny".',
      invalid: 'Effect {{value}} is not valid; use "Allow" or "Deny" (case-sensitive).',
      wrongCase: 'Effect "{{value}}" must be written "{{expected}}" (case-sensitive).',
    },
  },
  given: '$.Statement[*]',
  check({ value: statement, path }, context) {
    if (!isObject(statement)) return;
    const label = String(path[1]);
    if (!('Effect' in statement)) {
      // "effect" and other spellings are unknown elements: the schema rule reports them, with a rename.
      if (Object.keys(statement).some((key) => key.toLowerCase() === 'effect')) return;
      context.report({ messageId: 'missing', path: [...path, 'Effect'], data: { statement: label }, issueCode: 'MISSING_EFFECT' });
      return;
    }
    const effect = statement.Effect;
    if (typeof effect === 'string' && EFFECTS.includes(effect)) return;
    const expected = typeof effect === 'string' ? EFFECTS.find((e) => e.toLowerCase() === effect.trim().toLowerCase()) : undefined;
    if (expected) {
      // Only the spelling changes; the meaning the author wrote is unambiguous.
      context.report({
        messageId: 'wrongCase', path: [...path, 'Effect'], data: { value: effect, expected }, issueCode: 'INVALID_EFFECT',
        fix: (fixer) => fixer.replaceValue([...path, 'Effect'], expected),
      });
      return;
    }
    context.report({ messageId: 'invalid', path: [...path, 'Effect'], data: { value: JSON.stringify(effect) }, issueCode: 'INVALID_EFFECT' });
  },
});
