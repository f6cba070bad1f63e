import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, conditionStatementMatches } from '../../src/engine/normalize.js';
import { parseOperator } from '../../src/conditions/operator.js';
import { hasVariable, show } from '../../src/conditions/values.js';

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/** The number a value stands for, or undefined when it is not one. */
function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && NUMBER.test(value)) return Number(value);
  return undefined;
}

export default defineRule({
  id: 'condition-number-value',
  meta: {
    category: 'correctness',
    severity: 'warn',
    recommended: true,
    fixable: 'safe',
    issueCode: ['TYPE_MISMATCH_NUMBER', 'REDUNDANT_CONDITION_VALUE_NUM'],
    docs: { description: 'Numeric conditions compare with numbers, and a less-than or greater-than lists one bound.' },
    messages: {
      notNumber: 'Value {{value}} is not a number; {{operator}} takes an integer or decimal such as "10" or "2.5".',
      redundant: '"{{key}}" lists {{count}} values under {{operator}}, but only the {{which}}, {{keep}}, matters; keep that one.',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    for (const { operator, key, values, keyPath } of conditionEntries(value as never, path)) {
      const parsed = parseOperator(operator);
      if (!parsed || parsed.family !== 'Numeric' || !Array.isArray(values)) continue;
      let allNumbers = true;
      values.forEach((item, index) => {
        if (numberOf(item) !== undefined) return;
        allNumbers = false;
        if (typeof item === 'string' && hasVariable(item)) return; // the variable rules' business
        if (item === null || typeof item === 'object') return; // the schema rule's
        context.report({ messageId: 'notNumber', path: [...keyPath, index], data: { value: show(item), operator }, issueCode: 'TYPE_MISMATCH_NUMBER' });
      });
      const less = parsed.base.startsWith('NumericLessThan');
      const greater = parsed.base.startsWith('NumericGreaterThan');
      if (!allNumbers || values.length < 2 || (!less && !greater)) continue;
      // The values are alternatives: "< a or < b" is "< max(a, b)", "> a or > b" is "> min(a, b)".
      let keepIndex = 0;
      values.forEach((item, index) => {
        const n = numberOf(item)!;
        const best = numberOf(values[keepIndex])!;
        if (less ? n > best : n < best) keepIndex = index;
      });
      const keep = values[keepIndex];
      context.report({
        messageId: 'redundant', path: keyPath, target: 'key',
        data: { key, operator, count: values.length, which: less ? 'greatest' : 'least', keep: show(keep) },
        issueCode: 'REDUNDANT_CONDITION_VALUE_NUM',
        fix: (fixer) => fixer.replaceValue(keyPath, keep),
      });
    }
  },
});
