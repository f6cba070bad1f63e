import { defineRule } from '../../src/engine/rule.js';
import { conditionStatementMatches } from '../../src/engine/normalize.js';
import type { OperatorFamily } from '../../src/conditions/operator.js';
import { forEachFamilyValue, type FamilyValueVisitor } from '../../src/conditions/value-check.js';
import { show } from '../../src/conditions/values.js';

/** Bool and Null both take a single "true" or "false". */
const BOOLEAN_FAMILIES: readonly OperatorFamily[] = ['Bool', 'Null'];

function isBoolean(value: unknown): boolean {
  if (typeof value === 'boolean') return true;
  return typeof value === 'string' && /^(?:true|false)$/i.test(value);
}

const booleanValues: FamilyValueVisitor = {
  entry(context, { key, values, keyPath, operator }) {
    if (values.length < 2) return;
    context.report({
      messageId: 'multiple', path: keyPath, target: 'key', data: { key, operator, count: values.length },
      issueCode: 'INVALID_CONDITION_MULTIPLE_BOOLEAN',
    });
  },
  value(context, item, index, { operator, keyPath }) {
    if (isBoolean(item)) return;
    // A number or other text is valid JSON but not a Boolean: a type mismatch (the schema rule reports null,
    // objects and nested lists, which break the policy grammar, as errors).
    context.report({
      messageId: 'notBoolean', path: [...keyPath, index], data: { value: show(item), operator },
      issueCode: 'TYPE_MISMATCH_BOOLEAN', severity: 'warn',
    });
  },
};

export default defineRule({
  id: 'condition-bool-value',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    unknownCondition: false,
    issueCode: ['TYPE_MISMATCH_BOOLEAN', 'INVALID_CONDITION_MULTIPLE_BOOLEAN'],
    docs: { description: 'Bool and Null conditions take one value, true or false, as a JSON Boolean or a string in any letter case.' },
    messages: {
      notBoolean: 'Value {{value}} is not a Boolean; "{{operator}}" takes "true" or "false".',
      multiple: '"{{key}}" has {{count}} values under "{{operator}}"; it takes a single Boolean value ("true" or "false").',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    forEachFamilyValue(value, path, BOOLEAN_FAMILIES, booleanValues, context);
  },
});
