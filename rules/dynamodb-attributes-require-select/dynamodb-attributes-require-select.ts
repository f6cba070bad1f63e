import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, isObject, statementMatches } from '../../src/engine/normalize.js';
import { parseOperator } from '../../src/conditions/operator.js';
import { keyIs, statementCoversAction } from '../../src/conditions/values.js';

export default defineRule({
  id: 'dynamodb-attributes-require-select',
  meta: {
    category: 'security',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    unknownCondition: { statement: ['missingSelect'] },
    unknownActions: { notAction: ['missingSelect'] },
    issueCode: 'DYNAMODB_ATTRIBUTES_WITHOUT_SELECT',
    docs: { description: 'An Allow of dynamodb:Query or dynamodb:Scan limited by dynamodb:Attributes also requires dynamodb:Select to be "SPECIFIC_ATTRIBUTES".' },
    messages: {
      missingSelect: '"{{key}}" limits the attributes, but without "dynamodb:Select": "SPECIFIC_ATTRIBUTES" a Query or Scan that selects ALL_ATTRIBUTES still returns every attribute; add "StringEqualsIfExists": {"dynamodb:Select": "SPECIFIC_ATTRIBUTES"}.',
      addSelect: 'Add "StringEqualsIfExists": {"dynamodb:Select": "SPECIFIC_ATTRIBUTES"} to the Condition.',
    },
  },
  given: statementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== 'Allow' || !isObject(value.Condition)) return;
    const entries = conditionEntries(value, path);
    const attributes = entries.find((e) => keyIs(e.key, 'dynamodb:Attributes'));
    if (!attributes) return;
    // dynamodb:Select applies to Query and Scan; a statement that allows neither cannot leak through it
    // (tested after the cheap test of the condition key: matching every Action entry is costly).
    if (!statementCoversAction(value, 'dynamodb:Query') && !statementCoversAction(value, 'dynamodb:Scan')) return;
    const selectsSpecific = entries.some((e) => {
      const op = parseOperator(e.operator);
      return keyIs(e.key, 'dynamodb:Select') && op?.family === 'String' && !op.negated && Array.isArray(e.values) &&
        e.values.some((v) => typeof v === 'string' && v.toUpperCase() === 'SPECIFIC_ATTRIBUTES');
    });
    if (selectsSpecific) return;
    const condition = value.Condition;
    const hasSelectKey = entries.some((e) => keyIs(e.key, 'dynamodb:Select'));
    const block = condition.StringEqualsIfExists;
    const conditionPath = [...path, 'Condition'];
    context.report({
      messageId: 'missingSelect', path: attributes.keyPath, target: 'key', data: { key: attributes.key },
      // Adding a condition to an Allow only narrows it, but it can break callers: a suggestion.
      suggest: hasSelectKey
        ? undefined
        : [{
            messageId: 'addSelect',
            fix: (fixer) => isObject(block)
              ? fixer.insertProperty([...conditionPath, 'StringEqualsIfExists'], 'dynamodb:Select', 'SPECIFIC_ATTRIBUTES')
              : block === undefined
                ? fixer.insertProperty(conditionPath, 'StringEqualsIfExists', { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES' })
                : null,
          }],
    });
  },
});
