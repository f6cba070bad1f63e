import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, conditionStatementMatches } from '../../src/engine/normalize.js';
import { andList } from '../../src/words.js';

const SCALARS = ['string', 'number', 'boolean'] as const;

export default defineRule({
  id: 'condition-values-same-type',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    unknownCondition: false,
    issueCode: 'INVALID_CONDITION_DATA_TYPE',
    docs: { description: 'The values of one condition key all have the same JSON type.' },
    messages: {
      mixed: '"{{key}}" mixes {{types}} values; write all values of a condition key with one JSON type (for example all as strings).',
      asStrings: 'Write every value of "{{key}}" as a string.',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    for (const { key, values, keyPath } of conditionEntries(value as never, path)) {
      if (!Array.isArray(values) || values.length < 2) continue;
      // Objects, arrays and null are the schema rule's (DATA_TYPE_MISMATCH).
      const types = new Set(values.map((v) => typeof v).filter((t) => (SCALARS as readonly string[]).includes(t)));
      if (types.size < 2) continue;
      const names = SCALARS.filter((t) => types.has(t));
      const scalarsOnly = values.every((v) => (SCALARS as readonly string[]).includes(typeof v));
      context.report({
        messageId: 'mixed', path: keyPath, target: 'key',
        data: { key, types: andList(names) },
        // 10 and "10", true and "true" are the same value to IAM, but a rewrite is still the author's call.
        suggest: scalarsOnly
          ? [{ messageId: 'asStrings', data: { key }, fix: (fixer) => values.flatMap((v, i) => (typeof v === 'string' ? [] : [fixer.replaceValue([...keyPath, i], String(v))])) }]
          : undefined,
      });
    }
  },
});
