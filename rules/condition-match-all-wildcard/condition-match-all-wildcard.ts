import { defineRule, type Report } from '../../src/engine/rule.js';
import { conditionEntries, conditionStatementMatches, isObject } from '../../src/engine/normalize.js';
import { parseOperator, type ParsedOperator } from '../../src/conditions/operator.js';

type Finding = 'nullFalse' | 'nullTrue' | 'redundantKey' | 'redundantStatement';

/**
 * What a pattern list containing "*" makes of the condition. "*" matches every value, so a positive operator
 * matches every value present and a negated one matches none.
 */
function findingOf(op: ParsedOperator): Finding {
  if (!op.negated) {
    if (op.qualifier === 'ForAllValues' || op.ifExists) return 'redundantKey'; // true with or without the key
    return 'nullFalse'; // true exactly when the key is present (ForAnyValue: when it has a value)
  }
  if (op.qualifier === 'ForAnyValue' && !op.ifExists) return 'redundantStatement'; // never true
  return 'nullTrue'; // true exactly when the key is missing
}

const CODES: Record<Finding, string> = {
  nullFalse: 'EQUIVALENT_TO_NULL_FALSE',
  nullTrue: 'EQUIVALENT_TO_NULL_TRUE',
  redundantKey: 'REDUNDANT_KEY_DUE_TO_WILDCARD_IN_CONDITION',
  redundantStatement: 'REDUNDANT_STATEMENT_DUE_TO_WILDCARD_IN_CONDITION',
};

export default defineRule({
  id: 'condition-match-all-wildcard',
  meta: {
    category: 'correctness',
    severity: 'warn',
    recommended: true,
    fixable: 'safe',
    unknownCondition: false,
    issueCode: Object.values(CODES),
    docs: { description: 'No StringLike, StringNotLike or ARN condition lists "*", which matches any value: a Null test, or no condition, says the same plainly.' },
    messages: {
      nullFalse: '"{{key}}": "*" under "{{operator}}" matches any value, so it only tests that the key is present; write "Null": {"{{key}}": "false"}.',
      nullTrue: '"{{key}}": "*" under "{{operator}}" excludes every value, so it only tests that the key is missing; write "Null": {"{{key}}": "true"}.',
      redundantKey: '"{{key}}": "*" under "{{operator}}" matches every request, so the condition has no effect; remove it or use a narrower pattern.',
      redundantStatement: '"{{key}}": "*" under "{{operator}}" never matches, so the statement never applies; fix the pattern or remove the statement.',
      useNull: 'Replace it with "Null": {"{{key}}": "{{nullValue}}"}.',
      remove: 'Remove the condition on "{{key}}".',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || !isObject(value.Condition)) return;
    const condition = value.Condition;
    for (const { operator, key, values, keyPath, operatorPath } of conditionEntries(value, path)) {
      // The values first: few lists hold "*", and the test is cheaper than the operator's lookup.
      if (!Array.isArray(values) || !values.includes('*')) continue;
      const parsed = parseOperator(operator);
      if (!parsed || !parsed.wildcards) continue;
      const finding = findingOf(parsed);
      const block = condition[operator] as Record<string, unknown>;
      const onlyKey = Object.keys(block).length === 1;
      const report: Report = { messageId: finding, path: keyPath, target: 'key', data: { key, operator }, issueCode: CODES[finding] };
      if (finding === 'nullFalse' || finding === 'nullTrue') {
        const nullValue = finding === 'nullFalse' ? 'false' : 'true';
        // Rewriting the block in place needs it to hold only this key, and no Null block to merge with.
        if (onlyKey && !Object.hasOwn(condition, 'Null')) {
          report.suggest = [{
            messageId: 'useNull', data: { key, nullValue },
            fix: (fixer) => [fixer.renameKey(operatorPath, 'Null'), fixer.replaceValue(keyPath, nullValue)],
          }];
        }
      } else if (finding === 'redundantKey') {
        // Removing a condition that is always true changes nothing: the smallest enclosing element goes.
        const target = !onlyKey ? keyPath : Object.keys(condition).length > 1 ? operatorPath : [...path, 'Condition'];
        const fix = (fixer: Parameters<NonNullable<Report['fix']>>[0]) => fixer.removeProperty(target);
        // ARN operators compare ARN segments: whether "*" matches a value that is not an ARN is not documented.
        if (parsed.family === 'Arn') report.suggest = [{ messageId: 'remove', data: { key }, fix }];
        else report.fix = fix;
      }
      context.report(report);
    }
  },
});
