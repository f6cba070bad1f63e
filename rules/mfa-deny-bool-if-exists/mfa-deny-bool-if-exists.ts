import { defineRule } from '../../src/engine/rule.js';
import { moveConditionKeyFix } from '../../src/iam/mfa-fixes.js';
import { analyzeMfa, booleanOf, mfaKeyKind } from '../../src/iam/mfa-policy.js';

export default defineRule({
  id: 'mfa-deny-bool-if-exists',
  meta: {
    category: 'security',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    unknownCondition: false,
    unknownActions: false,
    docs: { description: 'An MFA deny on aws:MultiFactorAuthPresent uses BoolIfExists, not Bool (which skips access keys) or Null (which skips sessions without MFA).' },
    messages: {
      useIfExists: '"Bool": {"{{key}}": {{value}}} never matches requests signed with long-term access keys (they carry no "{{key}}"), so this Deny does not apply to them; use "BoolIfExists".',
      nullPresent: '"Null": {"{{key}}": {{value}}} only matches long-term access keys, so this Deny does not apply to console or role sessions without MFA; use "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"} (or "Null": {"aws:MultiFactorAuthAge": "true"}).',
    },
  },
  given: '$',
  check(_match, context) {
    for (const deny of analyzeMfa(context.policy).denies) {
      for (const entry of deny.mfaConditions) {
        if (mfaKeyKind(entry.key) !== 'present' || entry.values.length === 0) continue;
        const value = JSON.stringify(entry.values.length === 1 ? entry.values[0] : entry.values);
        if (entry.operator === 'Bool' && entry.values.every((v) => booleanOf(v) === false)) {
          context.report({
            messageId: 'useIfExists',
            path: entry.operatorPath,
            target: 'key',
            data: { key: entry.key, value },
            fix: moveConditionKeyFix(context, deny.statement, entry, 'BoolIfExists'),
          });
        } else if (entry.operator === 'Null' && entry.values.every((v) => booleanOf(v) === true)) {
          context.report({ messageId: 'nullPresent', path: entry.operatorPath, target: 'key', data: { key: entry.key, value } });
        }
      }
    }
  },
});
