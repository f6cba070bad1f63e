import { splitOperator } from '../../src/conditions/operator.js';
import { defineRule } from '../../src/engine/rule.js';
import { analyzeMfa, booleanOf, confinesToRootOrUsers, isMfaLookalike, mfaKeyKind } from '../../src/iam/mfa-policy.js';

export default defineRule({
  id: 'mfa-deny-no-narrowing',
  meta: {
    category: 'security',
    severity: 'warn',
    recommended: true,
    fixable: 'none',
    unknownCondition: false,
    unknownActions: false,
    docs: { description: 'A broad MFA deny (NotAction or "Action": "*") has no condition beside the MFA keys but aws:ViaAWSService "false".' },
    messages: {
      narrowing: 'The MFA deny also requires "{{operator}}": {"{{key}}": {{values}}}; every request that does not match it escapes the deny without MFA; remove this condition.',
    },
  },
  given: '$',
  check(_match, context) {
    for (const deny of analyzeMfa(context.policy).broadDenies) {
      for (const entry of deny.conditions) {
        if (mfaKeyKind(entry.key) || isMfaLookalike(entry.key)) continue;
        // aws:ViaAWSService false keeps calls that services make on the user's behalf working; the key is always present.
        const { base } = splitOperator(entry.operator);
        if (entry.key.toLowerCase() === 'aws:viaawsservice' && base === 'Bool' && entry.values.length > 0 && entry.values.every((v) => booleanOf(v) === false)) continue;
        // In an SCP, keeping the deny to the root user and IAM users is what spares role sessions (see
        // mfa-policy-attachment-kind); removing it would deny every role session without MFA.
        if (context.policyType === 'scp' && confinesToRootOrUsers(entry)) continue;
        context.report({
          messageId: 'narrowing', path: entry.keyPath, target: 'key',
          data: { operator: entry.operator, key: entry.key, values: JSON.stringify(entry.values.length === 1 ? entry.values[0] : entry.values) },
        });
      }
    }
  },
});
