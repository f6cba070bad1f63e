import { defineRule } from '../../src/engine/rule.js';
import { moveConditionKeyFix } from '../../src/iam/mfa-fixes.js';
import { analyzeMfa, mfaKeyKind, parseOperator } from '../../src/iam/mfa-policy.js';

export default defineRule({
  id: 'mfa-age-deny-if-exists',
  meta: {
    category: 'security',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    docs: { description: 'A Deny on aws:MultiFactorAuthAge uses the IfExists form, so that it also applies without MFA.' },
    messages: {
      useIfExists: '"{{operator}}" on {{key}} never matches requests without MFA (access keys and sessions without MFA carry no {{key}}), so this Deny does not apply to them; use "{{operator}}IfExists".',
    },
  },
  given: '$',
  check(_match, context) {
    for (const deny of analyzeMfa(context.policy).denies) {
      for (const entry of deny.mfaConditions) {
        const { qualifier, base, ifExists } = parseOperator(entry.operator);
        if (mfaKeyKind(entry.key) !== 'age' || qualifier || ifExists || !base.startsWith('Numeric')) continue;
        context.report({
          messageId: 'useIfExists', path: entry.operatorPath, target: 'key', data: { operator: entry.operator, key: entry.key },
          fix: moveConditionKeyFix(context, deny.statement, entry, `${entry.operator}IfExists`),
        });
      }
    }
  },
});
