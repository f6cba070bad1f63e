import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, conditionStatementMatches, isObject } from '../../src/engine/normalize.js';
import { parseOperator, type ParsedOperator } from '../../src/conditions/operator.js';

type Outcome = 'never' | 'always' | 'absent' | 'present';

/** What a condition with no values does, by operator form (a negated operator matches when no value matches). */
function outcomeOf(op: ParsedOperator): Outcome {
  if (op.qualifier === 'ForAnyValue') return op.negated ? 'present' : 'never';
  if (op.negated) return 'always';
  return op.qualifier === 'ForAllValues' || op.ifExists ? 'absent' : 'never';
}

const OUTCOME_TEXT: Record<Outcome, string> = {
  never: 'never matches',
  always: 'always matches',
  absent: 'matches only requests without the key',
  present: 'matches only requests that have the key',
};

export default defineRule({
  id: 'condition-empty-values',
  meta: {
    category: 'correctness',
    severity: 'warn',
    recommended: true,
    fixable: 'none',
    unknownCondition: false,
    issueCode: [
      'EMPTY_ARRAY_CONDITION', 'EMPTY_ARRAY_CONDITION_FORALLVALUES', 'EMPTY_ARRAY_CONDITION_FORANYVALUE',
      'EMPTY_ARRAY_CONDITION_IFEXISTS', 'EMPTY_OBJECT_CONDITION',
    ],
    docs: { description: 'A Condition, each of its operator blocks and each condition key\'s list of values are not empty.' },
    messages: {
      emptyCondition: 'The Condition element is empty; remove it or add conditions.',
      emptyOperator: 'The "{{operator}}" block has no condition keys; remove it or add keys.',
      emptyValues: '"{{key}}" has no values under "{{operator}}", so the condition {{outcome}}; add values or remove the key.',
      emptyValuesNull: '"{{key}}" has no values under "{{operator}}", so the condition {{outcome}}; to test that, write "Null": {"{{key}}": "{{nullValue}}"}.',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || !isObject(value.Condition)) return;
    const operators = Object.keys(value.Condition);
    if (operators.length === 0) {
      context.report({ messageId: 'emptyCondition', path: [...path, 'Condition'], target: 'key', issueCode: 'EMPTY_OBJECT_CONDITION' });
      return;
    }
    for (const operator of operators) {
      const block = value.Condition[operator];
      if (isObject(block) && Object.keys(block).length === 0) {
        context.report({ messageId: 'emptyOperator', path: [...path, 'Condition', operator], target: 'key', data: { operator }, issueCode: 'EMPTY_OBJECT_CONDITION' });
      }
    }
    for (const { operator, key, values, keyPath } of conditionEntries(value, path)) {
      if (!Array.isArray(values) || values.length > 0) continue;
      const parsed = parseOperator(operator);
      if (!parsed) continue; // condition-operator-valid reports it
      const outcome = outcomeOf(parsed);
      const issueCode = parsed.qualifier === 'ForAllValues' ? 'EMPTY_ARRAY_CONDITION_FORALLVALUES'
        : parsed.qualifier === 'ForAnyValue' ? 'EMPTY_ARRAY_CONDITION_FORANYVALUE'
          : parsed.ifExists ? 'EMPTY_ARRAY_CONDITION_IFEXISTS' : 'EMPTY_ARRAY_CONDITION';
      const presence = outcome === 'absent' || outcome === 'present';
      context.report({
        messageId: presence ? 'emptyValuesNull' : 'emptyValues', path: keyPath, target: 'key',
        data: { key, operator, outcome: OUTCOME_TEXT[outcome], nullValue: outcome === 'absent' ? 'true' : 'false' },
        issueCode,
      });
    }
  },
});
