import { defineRule } from '../../src/engine/rule.js';
import { conditionStatementMatches, isObject } from '../../src/engine/normalize.js';
import { falseWhenKeyMissing, parseOperator } from '../../src/conditions/operator.js';
import { forEachCondition, keyListedByAnAction, listNames, resolveConditionKey, statementActionSupport, TAG_KEY, type ActionKeySupport } from '../../src/iam/condition-keys.js';

const CODES = {
  Deny: 'DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
  Allow: 'ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
} as const;

export default defineRule({
  id: 'tag-condition-key-support',
  meta: {
    category: 'security',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    unknownCondition: { statement: ['denyAll', 'allowAll'] },
    unknownActions: false,
    issueCode: [CODES.Deny, CODES.Allow],
    docs: { description: 'The actions a statement names support the resource and request tag keys of its condition.' },
    messages: {
      denyMissed: 'This Deny never denies {{actions}}, whatever the tags: {{they}} {{doNot}} support the tag key "{{key}}", so the condition on that key is false for {{them}}; deny {{them}} in a statement without this key, by resource name for example.',
      denyAll: 'Tags cannot exempt {{actions}} from this Deny: {{they}} {{doNot}} support the tag key "{{key}}", so the condition on that key is true for {{them}}, and {{outcome}}; exempt {{them}} with another condition key, or move {{them}} to a statement without this key.',
      allowNever: 'This Allow never allows {{actions}}: {{they}} {{doNot}} support the tag key "{{key}}", so the condition on that key is false for {{them}}; allow {{them}} in a statement without this key.',
      allowAll: 'Tags do not restrict {{actions}} in this Allow: {{they}} {{doNot}} support the tag key "{{key}}", so the condition on that key is true for {{them}}, and {{outcome}}; move {{them}} to a statement without this key.',
    },
  },
  // Only statements with a Condition object (the check needs one): half the managed policies' statements have none.
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || !Array.isArray(value.Action) || !isObject(value.Condition)) return;
    const effect = value.Effect;
    if (effect !== 'Allow' && effect !== 'Deny') return;
    // Actions named without a wildcard and known to the database. Unlike service keys, tag keys are listed
    // carefully by the Service Authorization Reference (its ABAC column), so an action without any key is taken
    // at its word: it does not support them.
    let actions: ActionKeySupport[] | undefined;
    const list = value.Action;
    // One finding per tag key: when several operators test the same key (StringEquals beside "Null": false), the
    // one that is false without the key decides, since conditions are AND-ed.
    const byKey = new Map<string, { operator: string; key: string; missed: boolean }>();
    forEachCondition(value, (operator, key, values) => {
      if (!TAG_KEY.test(key) || !Array.isArray(values)) return;
      const parsed = parseOperator(operator);
      if (!parsed) return;
      const kind = resolveConditionKey(key).kind;
      if (kind !== 'global' && kind !== 'service') return;
      // A service tag key that no action of its service lists: the database cannot tell which actions support it.
      if (!keyListedByAnAction(key)) return;
      const missed = falseWhenKeyMissing(parsed, values);
      const seen = byKey.get(key);
      if (!seen || (missed && !seen.missed)) byKey.set(key, { operator, key, missed });
    });
    if (byKey.size === 0) return;
    // Conditions are AND-ed: with other entries beside the tag key, a tag condition that is true for an action
    // leaves the outcome to them (a data perimeter's Deny with a `dp:exclude` tag beside aws:PrincipalOrgID).
    // Counted only here, for the statements (few) that test a tag key.
    let entries = 0;
    forEachCondition(value, () => entries++);
    for (const { operator, key, missed } of byKey.values()) {
      actions ??= statementActionSupport(list);
      const unsupported = [...new Set(actions.filter((action) => !action.supports(key)).map((action) => action.name))];
      if (unsupported.length === 0) continue;
      const one = unsupported.length === 1;
      const them = one ? 'it' : 'them';
      const outcome = entries > 1
        ? (effect === 'Deny' ? `only the statement's other conditions decide whether ${one ? 'it is' : 'they are'} denied` : `only the statement's other conditions limit ${them}`)
        : (effect === 'Deny' ? `the statement always denies ${them}` : `the statement allows ${them} unconditionally`);
      const data = { key, actions: listNames(unsupported), they: one ? 'it' : 'they', them, doNot: one ? 'does not' : 'do not', outcome };
      const messageId = effect === 'Deny' ? (missed ? 'denyMissed' : 'denyAll') : (missed ? 'allowNever' : 'allowAll');
      // A Deny that skips the actions is the security problem; one that always denies them, or an Allow, is not.
      context.report({
        messageId, path: [...path, 'Condition', operator, key], target: 'key', data,
        issueCode: CODES[effect], severity: effect === 'Deny' && missed ? undefined : 'warn',
      });
    }
  },
});
