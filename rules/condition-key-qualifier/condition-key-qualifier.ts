import type { Fixer } from '../../src/engine/fixer.js';
import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, conditionStatementMatches, isObject, type NormalizedStatement } from '../../src/engine/normalize.js';
import { nullRequiresKey, parseOperator } from '../../src/conditions/operator.js';
import { forEachCondition, isMultivaluedType, resolveConditionKey } from '../../src/iam/condition-keys.js';

/**
 * Identity-provider keys that AWS documents as multivalued, lower case, with the type the message shows.
 * resolveConditionKey skips provider keys, and the IAM database types them all String, this one too.
 */
const PROVIDER_MULTIVALUED: Record<string, string> = {
  // Amazon Cognito Developer Guide, "Role trust and permissions": "one of the array members of the multi-value
  // amr claim of the token issued by the Amazon Cognito GetOpenIdToken API operation".
  'cognito-identity.amazonaws.com:amr': 'ArrayOfString',
};

/** The key's type and whether it comes from the IAM database (global or service key), or from PROVIDER_MULTIVALUED. */
function keyType(key: string): { type: string; global: boolean; provider: boolean } | undefined {
  const resolution = resolveConditionKey(key);
  if ((resolution.kind === 'global' || resolution.kind === 'service') && resolution.type) {
    return { type: resolution.type, global: resolution.kind === 'global', provider: false };
  }
  const type = resolution.kind === 'skip' ? PROVIDER_MULTIVALUED[key.toLowerCase()] : undefined;
  return type ? { type, global: false, provider: true } : undefined;
}

export default defineRule({
  id: 'condition-key-qualifier',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    unknownCondition: false,
    issueCode: ['MISSING_QUALIFIER', 'FORALLVALUES_WITH_SINGLE_VALUED_KEY'],
    docs: { description: 'Multivalued condition keys take ForAnyValue or ForAllValues; single-valued keys take neither ForAllValues nor, in a Deny, a negated ForAnyValue.' },
    messages: {
      missing: '"{{key}}" is a multivalued key ({{type}}): "{{operator}}" without ForAnyValue or ForAllValues does not test each of its values; write "ForAnyValue:{{operator}}" (one value must match) or "ForAllValues:{{operator}}" (every value must match).',
      forAllSingle: '"ForAllValues:" with the single-valued key "{{key}}" ({{type}}) is also true when the request does not have the key, which can let through requests the condition was meant to stop; remove "ForAllValues:".',
      forAllSingleDeny: '"ForAllValues:" with the single-valued key "{{key}}" ({{type}}) is also true when the request does not have the key, so this Deny also denies every request without it, which "{{operator}}" would not; remove "ForAllValues:".',
      forAllSingleSame: '"ForAllValues:" with the single-valued key "{{key}}" ({{type}}) changes nothing here, as "{{operator}}" is true too when the request does not have the key; remove "ForAllValues:".',
      forAnyNegatedDeny: '"ForAnyValue:{{operator}}" with the single-valued key "{{key}}" ({{type}}) is false when the request does not have the key, so this Deny skips every request without it, where "{{operator}}" would deny them; remove "ForAnyValue:", or, if requests without the key are meant to pass, say so with "Null": {"{{key}}": "false"}.',
      addQualifier: 'Use "{{operator}}".',
      removeQualifier: 'Use "{{operator}}".',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value)) return;
    const condition = value.Condition;
    if (!isObject(condition)) return;
    forEachCondition(value, (operator, key) => {
      const parsed = parseOperator(operator);
      // Unknown operators are condition-operator-valid's business; Null tests presence, not values.
      if (!parsed || parsed.family === 'Null') return;
      const known = keyType(key);
      if (!known) return;
      const { type } = known;
      const missing = isMultivaluedType(type) && !parsed.qualifier;
      const forAllSingle = !isMultivaluedType(type) && parsed.qualifier === 'ForAllValues';
      // ForAnyValue over a single value is the plain operator, except when the key is absent: then it is false
      // (an empty set has no value that matches), where a negated operator is true. In a Deny that skips every
      // request without the key. IfExists makes an absent key true again. Global keys only: their absence is
      // what a perimeter Deny is about (no aws:SourceVpc = not through the VPC), while service keys mostly
      // describe optional request parameters, where AWS's own examples skip requests without the parameter on
      // purpose (secretsmanager:VersionStage, ram:Principal).
      const forAnyNegatedDeny = known.global && !isMultivaluedType(type) && parsed.qualifier === 'ForAnyValue'
        && parsed.negated && !parsed.ifExists && value.Effect === 'Deny' && !nullRequiresKey(conditionEntries(value as NormalizedStatement, path), key);
      if (!missing && !forAllSingle && !forAnyNegatedDeny) return;
      const operatorPath = [...path, 'Condition', operator];
      const keyPath = [...operatorPath, key];
      const block = condition[operator];
      // Renaming the operator is a fix for this key alone only when the block has no other key.
      const alone = isObject(block) && Object.keys(block).length === 1;
      const rename = (target: string, messageId: 'addQualifier' | 'removeQualifier') =>
        alone && !Object.hasOwn(condition, target)
          ? [{ messageId, data: { operator: target }, fix: (fixer: Fixer) => fixer.renameKey(operatorPath, target) }]
          : [];
      if (missing) {
        context.report({
          messageId: 'missing', path: keyPath, target: 'key', data: { key, type, operator },
          // Whether Access Analyzer's check knows the provider keys is not documented.
          issueCode: known.provider ? null : 'MISSING_QUALIFIER',
          suggest: [...rename(`ForAnyValue:${operator}`, 'addQualifier'), ...rename(`ForAllValues:${operator}`, 'addQualifier')],
        });
      } else if (forAnyNegatedDeny) {
        const plain = operator.slice('ForAnyValue:'.length);
        context.report({
          messageId: 'forAnyNegatedDeny', path: keyPath, target: 'key', data: { key, type, operator: plain },
          issueCode: null,
          suggest: rename(plain, 'removeQualifier'),
        });
      } else {
        // What the qualifier adds is truth when the key is absent: nothing for a negated or IfExists operator,
        // which is true then anyway; otherwise more requests allowed by an Allow, or denied by a Deny.
        const plain = operator.slice('ForAllValues:'.length);
        const messageId = parsed.negated || parsed.ifExists ? 'forAllSingleSame' : value.Effect === 'Deny' ? 'forAllSingleDeny' : 'forAllSingle';
        context.report({
          messageId, path: keyPath, target: 'key', data: { key, type, operator: plain },
          issueCode: 'FORALLVALUES_WITH_SINGLE_VALUED_KEY',
          suggest: rename(plain, 'removeQualifier'),
        });
      }
    });
  },
});
