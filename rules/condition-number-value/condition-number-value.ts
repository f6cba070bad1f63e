import { defineRule } from '../../src/engine/rule.js';
import { conditionStatementMatches } from '../../src/engine/normalize.js';
import { forEachFamilyValue, type FamilyValueVisitor } from '../../src/conditions/value-check.js';
import { show } from '../../src/conditions/values.js';

const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/** The number a value stands for, or undefined when it is not one. */
function numberOf(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && NUMBER.test(value)) return Number(value);
  return undefined;
}

const isNumber = (value: unknown): boolean => numberOf(value) !== undefined;

const numericValues: FamilyValueVisitor = {
  entry(context, { key, values, keyPath, operator }, { base }) {
    const less = base.startsWith('NumericLessThan');
    const greater = base.startsWith('NumericGreaterThan');
    if (values.length < 2 || (!less && !greater) || !values.every(isNumber)) return;
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
  },
  value(context, item, index, { operator, keyPath }) {
    if (isNumber(item)) return;
    context.report({ messageId: 'notNumber', path: [...keyPath, index], data: { value: show(item), operator }, issueCode: 'TYPE_MISMATCH_NUMBER' });
  },
};

export default defineRule({
  id: 'condition-number-value',
  meta: {
    category: 'correctness',
    severity: 'warn',
    recommended: true,
    fixable: 'safe',
    unknownCondition: false,
    issueCode: ['TYPE_MISMATCH_NUMBER', 'REDUNDANT_CONDITION_VALUE_NUM'],
    docs: { description: 'Numeric conditions compare with numbers, and a less-than or greater-than lists one bound.' },
    messages: {
      notNumber: 'Value {{value}} is not a number; "{{operator}}" takes an integer or decimal such as "10" or "2.5".',
      redundant: '"{{key}}" lists {{count}} values under "{{operator}}", but only the {{which}}, {{keep}}, matters; keep that one.',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    forEachFamilyValue(value, path, 'Numeric', numericValues, context);
  },
});
