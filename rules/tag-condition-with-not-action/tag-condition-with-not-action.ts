import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, isObject, statementMatches } from '../../src/engine/normalize.js';
import { falseWhenKeyMissing, parseOperator } from '../../src/conditions/operator.js';
import { TAG_KEY } from '../../src/iam/condition-keys.js';

export default defineRule({
  id: 'tag-condition-with-not-action',
  meta: {
    category: 'security',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    unknownCondition: false,
    unknownActions: false,
    issueCode: ['DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE', 'ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE'],
    docs: { description: 'Statements with NotAction do not depend on resource or request tag keys, which many actions do not support.' },
    messages: {
      denyMissed: 'This Deny uses NotAction with the tag key "{{key}}": the condition on it is false for actions that do not support the key, so the statement never denies them, whatever their tags; list the actions to deny in Action instead.',
      denyAll: 'This Deny uses NotAction with the tag key "{{key}}": the condition on it is true for actions that do not support the key, so their tags cannot exempt them; list the actions to deny in Action instead.',
      allowNever: 'This Allow uses NotAction with the tag key "{{key}}": the condition on it is false for actions that do not support the key, so the statement never allows them; list the actions to allow in Action instead.',
      allowAll: 'This Allow uses NotAction with the tag key "{{key}}": the condition on it is true for actions that do not support the key, so it does not restrict them; list the actions to allow in Action instead.',
    },
  },
  given: statementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || !Array.isArray(value.NotAction) || 'Action' in value) return;
    const effect = value.Effect;
    if (effect !== 'Allow' && effect !== 'Deny') return;
    for (const { operator, key, values, keyPath } of conditionEntries(value, path)) {
      if (!TAG_KEY.test(key) || !Array.isArray(values)) continue;
      const parsed = parseOperator(operator);
      if (!parsed) continue;
      const missed = falseWhenKeyMissing(parsed, values);
      if (effect === 'Deny') {
        // A Deny that skips the unsupported actions is the security problem; one that always denies them is not.
        context.report({
          messageId: missed ? 'denyMissed' : 'denyAll', path: keyPath, target: 'key', data: { key },
          issueCode: 'DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE', severity: missed ? undefined : 'warn',
        });
      } else {
        context.report({
          messageId: missed ? 'allowNever' : 'allowAll', path: keyPath, target: 'key', data: { key },
          issueCode: 'ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE', severity: 'warn',
        });
      }
    }
  },
});
