import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, isObject, statementMatches } from '../../src/engine/normalize.js';
import { parseOperator } from '../../src/conditions/operator.js';
import { keyIs } from '../../src/conditions/values.js';

export default defineRule({
  id: 's3-prefix-negative-condition',
  meta: {
    category: 'security',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    unknownCondition: false,
    issueCode: 'S3_PREFIX_IN_NEGATIVE_CONTEXT',
    docs: { description: 's3:prefix is not used in a Deny with StringLike or an Allow with StringNotLike, which miss requests without a prefix.' },
    messages: {
      deny: 'This Deny on "{{key}}" under "{{operator}}" does not apply to a ListBucket request without a prefix, which still lists the keys it protects; use "{{ifExists}}" so that a missing prefix is denied too.',
      allow: 'This Allow on "{{key}}" under "{{operator}}" also applies to a ListBucket request without a prefix, which lists the keys it excludes; allow the permitted prefixes with "StringLike" instead.',
      useIfExists: 'Rename "{{operator}}" to "{{ifExists}}".',
    },
  },
  given: statementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || !isObject(value.Condition)) return;
    const condition = value.Condition;
    const effect = value.Effect;
    if (effect !== 'Allow' && effect !== 'Deny') return;
    for (const { operator, key, keyPath, operatorPath } of conditionEntries(value, path)) {
      if (!keyIs(key, 's3:prefix')) continue;
      const parsed = parseOperator(operator);
      if (!parsed) continue;
      if (effect === 'Deny' && parsed.base === 'StringLike' && !parsed.ifExists) {
        const ifExists = `${operator}IfExists`;
        const block = condition[operator];
        const alone = isObject(block) && Object.keys(block).length === 1 && !Object.hasOwn(condition, ifExists);
        context.report({
          messageId: 'deny', path: keyPath, target: 'key', data: { key, operator, ifExists },
          // Denying requests without a prefix too is the point, but it also denies them to everyone else.
          suggest: alone ? [{ messageId: 'useIfExists', data: { operator, ifExists }, fix: (fixer) => fixer.renameKey(operatorPath, ifExists) }] : undefined,
        });
      } else if (effect === 'Allow' && parsed.base === 'StringNotLike') {
        context.report({ messageId: 'allow', path: keyPath, target: 'key', data: { key, operator } });
      }
    }
  },
});
