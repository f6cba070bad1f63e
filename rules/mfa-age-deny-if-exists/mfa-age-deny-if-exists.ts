import { splitOperator } from '../../src/conditions/operator.js';
import { defineRule } from '../../src/engine/rule.js';
import { moveConditionKeyFix } from '../../src/iam/mfa-fixes.js';
import { analyzeMfa, mfaKeyKind, type MfaDeny } from '../../src/iam/mfa-policy.js';
import { actionMatches } from '../../src/actions/glob.js';
import { globMatches, listCovered } from '../../src/iam/glob.js';

/**
 * Whether another Deny already denies the requests without MFA that this one misses: an effective MFA deny
 * (`Null` on the age, `BoolIfExists` Present false…) with no other condition, for the same principals, whose
 * Action and Resource lists match every entry of this one's. AWS's S3 example pairs `"Null":
 * {"aws:MultiFactorAuthAge": true}` with a plain `NumericGreaterThan` this way, and is right.
 */
function missingMfaDeniedElsewhere(deny: MfaDeny, denies: readonly MfaDeny[]): boolean {
  const { Action: actions, Resource: resources } = deny.statement;
  if (!actions || !resources || deny.statement.NotAction || deny.statement.NotResource) return false;
  return denies.some((other) => {
    const { Action: otherActions, Resource: otherResources } = other.statement;
    if (other === deny || !other.effective || !otherActions || !otherResources || other.statement.NotAction || other.statement.NotResource) return false;
    if (other.conditions.length !== other.mfaConditions.length) return false; // other conditions narrow it
    if (JSON.stringify(other.statement.Principal) !== JSON.stringify(deny.statement.Principal) && other.statement.Principal !== '*') return false;
    return listCovered(actions, otherActions, actionMatches) &&
      listCovered(resources, otherResources, (pattern, resource) => globMatches(pattern, resource, { caseSensitive: true }));
  });
}

export default defineRule({
  id: 'mfa-age-deny-if-exists',
  meta: {
    category: 'security',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    unknownCondition: { policy: ['useIfExists'] },
    unknownActions: { deny: ['useIfExists'] },
    docs: { description: 'A Numeric Deny on aws:MultiFactorAuthAge uses IfExists, so that it also denies requests without MFA, unless another Deny of the policy does.' },
    messages: {
      useIfExists: '"{{operator}}" on "{{key}}" never matches requests without MFA (access keys and sessions without MFA carry no "{{key}}"), so this Deny does not apply to them; use "{{operator}}IfExists".',
    },
  },
  given: '$',
  check(_match, context) {
    const { denies } = analyzeMfa(context.policy);
    for (const deny of denies) {
      if (missingMfaDeniedElsewhere(deny, denies)) continue;
      for (const entry of deny.mfaConditions) {
        const { qualifier, base, ifExists } = splitOperator(entry.operator);
        if (mfaKeyKind(entry.key) !== 'age' || qualifier || ifExists || !base.startsWith('Numeric')) continue;
        if (base.startsWith('NumericLessThan')) continue; // turned around, not only missing IfExists: mfa-deny-condition-valid
        context.report({
          messageId: 'useIfExists', path: entry.operatorPath, target: 'key', data: { operator: entry.operator, key: entry.key },
          fix: moveConditionKeyFix(context, deny.statement, entry, `${entry.operator}IfExists`),
        });
      }
    }
  },
});
