import { defineRule } from '../../src/engine/rule.js';
import { conditionStatementMatches, isObject } from '../../src/engine/normalize.js';
import { allOperators, isNullIfExists, parseOperator } from '../../src/conditions/operator.js';
import { editDistance } from '../../src/edit-distance.js';

let lowerCaseIndex: Map<string, string> | undefined;
let candidates: string[] | undefined;

/** The valid operator that `raw` most likely meant: exact up to case and spaces, or a unique close typo. */
function closest(raw: string): { name: string; exact: boolean } | undefined {
  candidates ??= allOperators();
  lowerCaseIndex ??= new Map(candidates.map((name) => [name.toLowerCase(), name]));
  const folded = raw.trim().toLowerCase();
  const exact = lowerCaseIndex.get(folded);
  if (exact) return { name: exact, exact: true };
  const max = folded.length < 8 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = max + 1;
  let tie = false;
  for (const name of candidates) {
    const d = editDistance(folded, name.toLowerCase(), max);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) {
      tie = true;
    }
  }
  return best && !tie ? { name: best, exact: false } : undefined;
}

export default defineRule({
  id: 'condition-operator-valid',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    unknownCondition: false,
    issueCode: ['INVALID_CONDITION_OPERATOR', 'NULL_WITH_IF_EXISTS'],
    docs: { description: 'Every condition operator is a valid IAM operator, spelled exactly, and Null never takes IfExists.' },
    messages: {
      wrongCase: 'Condition operator "{{operator}}" must be written exactly "{{expected}}" (operator names are case-sensitive).',
      typo: '"{{operator}}" is not a condition operator; did you mean "{{expected}}"?',
      unknown: '"{{operator}}" is not a condition operator; use a String, Numeric, Date, Bool, Binary, IpAddress, Arn or Null operator, optionally with ForAllValues:/ForAnyValue: and IfExists.',
      nullIfExists: '"{{operator}}" is not valid: the Null operator cannot take IfExists; use "{{expected}}".',
      rename: 'Rename the operator to "{{expected}}".',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || !isObject(value.Condition)) return;
    const condition = value.Condition;
    for (const operator of Object.keys(condition)) {
      if (parseOperator(operator)) continue;
      const operatorPath = [...path, 'Condition', operator];
      const free = (name: string) => !Object.hasOwn(condition, name);
      if (isNullIfExists(operator)) {
        const expected = operator.slice(0, -'IfExists'.length);
        context.report({
          messageId: 'nullIfExists', path: operatorPath, target: 'key', data: { operator, expected },
          issueCode: 'NULL_WITH_IF_EXISTS',
          suggest: free(expected)
            ? [{ messageId: 'rename', data: { expected }, fix: (fixer) => fixer.renameKey(operatorPath, expected) }]
            : undefined,
        });
        continue;
      }
      const guess = closest(operator);
      if (guess?.exact) {
        const expected = guess.name;
        context.report({
          messageId: 'wrongCase', path: operatorPath, target: 'key', data: { operator, expected },
          issueCode: 'INVALID_CONDITION_OPERATOR',
          // Only the spelling changes; merging into an existing block of the same name is left to the author.
          fix: free(expected) ? (fixer) => fixer.renameKey(operatorPath, expected) : undefined,
        });
      } else if (guess) {
        const expected = guess.name;
        context.report({
          messageId: 'typo', path: operatorPath, target: 'key', data: { operator, expected },
          issueCode: 'INVALID_CONDITION_OPERATOR',
          suggest: free(expected)
            ? [{ messageId: 'rename', data: { expected }, fix: (fixer) => fixer.renameKey(operatorPath, expected) }]
            : undefined,
        });
      } else {
        context.report({ messageId: 'unknown', path: operatorPath, target: 'key', data: { operator }, issueCode: 'INVALID_CONDITION_OPERATOR' });
      }
    }
  },
});
