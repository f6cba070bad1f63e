import { defineRule } from '../../src/engine/rule.js';
import { conditionStatementMatches, isObject } from '../../src/engine/normalize.js';
import { parseOperator } from '../../src/conditions/operator.js';

export default defineRule({
  id: 'condition-null-qualifier',
  meta: {
    category: 'correctness',
    severity: 'warn',
    recommended: true,
    fixable: 'suggestion',
    unknownCondition: false,
    issueCode: 'NULL_WITH_QUALIFIER',
    docs: { description: 'The Null operator is not combined with ForAllValues or ForAnyValue.' },
    messages: {
      qualified: '"{{operator}}" is always {{result}}: {{qualifier}} makes Null a constant instead of a presence test; use "Null".',
      rename: 'Rename the operator to "Null".',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || !isObject(value.Condition)) return;
    const condition = value.Condition;
    for (const operator of Object.keys(condition)) {
      const parsed = parseOperator(operator);
      if (!parsed || parsed.family !== 'Null' || !parsed.qualifier) continue;
      const operatorPath = [...path, 'Condition', operator];
      context.report({
        messageId: 'qualified', path: operatorPath, target: 'key',
        data: { operator, qualifier: parsed.qualifier, result: parsed.qualifier === 'ForAllValues' ? 'true' : 'false' },
        // Renaming turns a constant into a real test: it changes what the statement does, so only suggest it.
        suggest: Object.hasOwn(condition, 'Null')
          ? undefined
          : [{ messageId: 'rename', fix: (fixer) => fixer.renameKey(operatorPath, 'Null') }],
      });
    }
  },
});
