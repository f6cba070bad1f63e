import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, conditionStatementMatches } from '../../src/engine/normalize.js';
import { parseOperator } from '../../src/conditions/operator.js';
import { hasVariable, show } from '../../src/conditions/values.js';

function isBoolean(value: unknown): boolean {
  if (typeof value === 'boolean') return true;
  return typeof value === 'string' && /^(?:true|false)$/i.test(value);
}

export default defineRule({
  id: 'condition-bool-value',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    issueCode: ['TYPE_MISMATCH_BOOLEAN', 'INVALID_CONDITION_MULTIPLE_BOOLEAN'],
    docs: { description: 'Bool and Null conditions take one value, "true" or "false".' },
    messages: {
      notBoolean: 'Value {{value}} is not a Boolean; {{operator}} takes "true" or "false".',
      multiple: '"{{key}}" has {{count}} values under {{operator}}; it takes a single Boolean value ("true" or "false").',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    for (const { operator, key, values, keyPath } of conditionEntries(value as never, path)) {
      const parsed = parseOperator(operator);
      if (!parsed || (parsed.family !== 'Bool' && parsed.family !== 'Null') || !Array.isArray(values)) continue;
      if (values.length > 1) {
        context.report({
          messageId: 'multiple', path: keyPath, target: 'key', data: { key, operator, count: values.length },
          issueCode: 'INVALID_CONDITION_MULTIPLE_BOOLEAN',
        });
      }
      values.forEach((item, index) => {
        if (isBoolean(item) || (typeof item === 'string' && hasVariable(item))) return;
        // null, objects and nested arrays break the policy grammar: the schema rule reports them (an error).
        // A number or other text is valid JSON but not a Boolean: a type mismatch.
        if (typeof item !== 'string' && typeof item !== 'number') return;
        context.report({
          messageId: 'notBoolean', path: [...keyPath, index], data: { value: show(item), operator },
          issueCode: 'TYPE_MISMATCH_BOOLEAN', severity: 'warn',
        });
      });
    }
  },
});
