import { defineRule } from '../../src/engine/rule.js';
import { moveConditionKeyFix } from '../../src/iam/mfa-fixes.js';
import { analyzeMfa, booleanOf, deniedByEffectiveDeny, expandSet, mfaKeyKind, statementCoversAction } from '../../src/iam/mfa-policy.js';
import { MFA_REMOVAL_ACTIONS } from '../../src/iam/mfa-sets.js';

export default defineRule({
  id: 'mfa-allow-gate-bool',
  meta: {
    category: 'security',
    severity: 'warn',
    recommended: true,
    fixable: 'suggestion',
    unknownCondition: false,
    unknownActions: false,
    docs: { description: 'An Allow that requires MFA tests aws:MultiFactorAuthPresent with Bool and aws:MultiFactorAuthAge without IfExists, so that access keys without MFA do not pass.' },
    messages: {
      ifExists: '"{{operator}}": {"{{key}}": {{value}}} also allows requests signed with long-term access keys, which carry no "{{key}}" and never used MFA; use "{{strict}}".',
      useStrict: 'Use "{{strict}}".',
    },
  },
  given: '$',
  check(_match, context) {
    const analysis = analyzeMfa(context.policy);
    for (const info of analysis.statements) {
      // Only a statement with an MFA condition can have a weak gate (tested first: the coverage test is costly).
      if (info.effect !== 'Allow' || info.mfaConditions.length === 0) continue;
      // Removing MFA devices behind a weak gate is an error of mfa-deactivate-requires-mfa.
      const removal = expandSet(MFA_REMOVAL_ACTIONS);
      if (removal.some((action) => statementCoversAction(info, action) && !deniedByEffectiveDeny(analysis, action))) continue;
      for (const entry of info.mfaConditions) {
        const kind = mfaKeyKind(entry.key);
        const weak = kind === 'present'
          ? entry.operator === 'BoolIfExists' && entry.values.length > 0 && entry.values.every((v) => booleanOf(v) === true)
          : entry.operator === 'NumericLessThanIfExists' || entry.operator === 'NumericLessThanEqualsIfExists';
        if (!weak) continue;
        const strict = entry.operator.replace(/IfExists$/, '');
        const fix = moveConditionKeyFix(context, info.statement, entry, strict);
        context.report({
          messageId: 'ifExists', path: entry.operatorPath, target: 'key',
          data: { operator: entry.operator, key: entry.key, value: JSON.stringify(entry.values.length === 1 ? entry.values[0] : entry.values), strict },
          suggest: fix ? [{ messageId: 'useStrict', data: { strict }, fix }] : undefined,
        });
      }
    }
  },
});
