import { defineRule } from '../../src/engine/rule.js';
import type { ConditionEntry } from '../../src/engine/normalize.js';
import { actionMatches } from '../../src/actions/glob.js';
import {
  analyzeMfa, booleanOf, exemptingEntries, expandSet, isMfaLookalike, mfaKeyKind, missingMfaDeny, resourcesGrant, statementCoversAction, type MfaAnalysis,
} from '../../src/iam/mfa-policy.js';
import { MFA_REMOVAL_ACTIONS } from '../../src/iam/mfa-sets.js';

/** An Allow condition that holds only for requests made with MFA (iam-facts §2.1). */
export function requiresMfa(entry: ConditionEntry): boolean {
  const kind = mfaKeyKind(entry.key);
  if (kind === 'present') return entry.operator === 'Bool' && entry.values.length > 0 && entry.values.every((v) => booleanOf(v) === true);
  return kind === 'age' && (entry.operator === 'NumericLessThan' || entry.operator === 'NumericLessThanEquals');
}

/** An Allow condition that looks like an MFA gate but lets long-term access keys through (the key is absent). */
function weakGate(entry: ConditionEntry): boolean {
  const kind = mfaKeyKind(entry.key);
  if (kind === 'present') return entry.operator === 'BoolIfExists' && entry.values.some((v) => booleanOf(v) === true);
  return kind === 'age' && (entry.operator === 'NumericLessThanIfExists' || entry.operator === 'NumericLessThanEqualsIfExists');
}

/**
 * Whether a Deny that means to enforce MFA (an MFA key, or a lookalike of one, in its condition) covers the
 * action or exempts it through NotAction. Then what is wrong is that deny's, reported at its token by
 * mfa-deny-bool-if-exists, mfa-age-deny-if-exists, mfa-deny-condition-valid, mfa-deny-resource-star or
 * mfa-notaction-no-mfa-removal; a second finding on the Allow would report the same defect again (and be
 * false where the deny always applies, as with a misspelt key under BoolIfExists).
 */
function namedByMfaDeny(analysis: MfaAnalysis, action: string): boolean {
  return analysis.statements.some((info) => info.effect === 'Deny' &&
    (info.mfaConditions.length > 0 || info.conditions.some((entry) => isMfaLookalike(entry.key))) &&
    (statementCoversAction(info, action) || exemptingEntries(info, action).length > 0));
}

export default defineRule({
  id: 'mfa-deactivate-requires-mfa',
  meta: {
    category: 'security',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    unknownCondition: { policy: ['ungated', 'weakGate'] },
    unknownActions: { notAction: ['ungated', 'weakGate'], deny: ['ungated', 'weakGate'] },
    docs: { description: 'An Allow of iam:DeactivateMFADevice or iam:DeleteVirtualMFADevice requires MFA, by its own strict condition or an MFA deny that covers access keys.' },
    messages: {
      ungated: 'This statement allows {{actions}} without MFA (it has no "Bool": {"aws:MultiFactorAuthPresent": "true"} condition, and no MFA deny covers it): a stolen access key can remove the user\'s MFA device; add that condition.',
      weakGate: '"{{operator}}" lets requests signed with long-term access keys through (they carry no "{{key}}"), so a stolen access key can use {{actions}}; use "{{strict}}".',
    },
  },
  given: '$',
  check(_match, context) {
    const analysis = analyzeMfa(context.policy);
    if (!analysis.family) return;
    const removal = expandSet(MFA_REMOVAL_ACTIONS);
    // With no MFA deny at all, mfa-deny-present reports the missing deny, and the deny it adds covers MFA
    // removal: "no MFA deny covers it" would be that same defect again. A weak gate is the Allow's own.
    let noDeny: boolean | undefined;
    for (const info of analysis.statements) {
      if (info.effect !== 'Allow') continue;
      // On a Resource of no type the action acts on (`mfa/${aws:username}` for DeactivateMFADevice) the Allow
      // grants nothing: mfa-action-resource-type reports that.
      const resources = info.resource?.map((entry) => entry.value);
      const granted = removal.filter((action) => statementCoversAction(info, action) && !namedByMfaDeny(analysis, action) &&
        (!resources || resourcesGrant(resources, action)));
      if (granted.length === 0 || info.mfaConditions.some(requiresMfa)) continue;
      const actions = granted.join(' and ');
      const weak = info.mfaConditions.find(weakGate);
      if (weak) {
        context.report({ messageId: 'weakGate', path: weak.operatorPath, target: 'key',
          data: { operator: weak.operator, key: weak.key, actions, strict: weak.operator.replace(/IfExists$/, '') } });
        continue;
      }
      if ((noDeny ??= missingMfaDeny(analysis) !== undefined)) continue;
      const entry = info.action?.find((e) => granted.some((action) => actionMatches(e.value, action)));
      context.report({ messageId: 'ungated', path: entry ? entry.path : [...info.path, info.notAction ? 'NotAction' : 'Action'], target: entry ? undefined : 'key',
        data: { actions } });
    }
  },
});
