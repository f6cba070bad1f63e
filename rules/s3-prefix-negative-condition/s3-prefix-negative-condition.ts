import { defineRule } from '../../src/engine/rule.js';
import {
  conditionEntries, isObject, statementMatches, statementsOf, type NormalizedPolicy, type NormalizedStatement,
} from '../../src/engine/normalize.js';
import { canonicalJson } from '../../src/engine/canonical.js';
import { parseOperator } from '../../src/conditions/operator.js';
import { keyIs, statementCoversAction } from '../../src/conditions/values.js';
import { namesEveryone } from '../../src/principals/principals.js';
import { globMatches, listCovered } from '../../src/iam/glob.js';

/**
 * Whether another Deny of the policy refuses, to the same principals on the same buckets, every ListBucket
 * request whose delimiter is not "/": `"StringNotEquals": {"s3:delimiter": "/"}`, which is true too when the
 * request has no delimiter. A request without a prefix must then use the delimiter "/", and such a listing
 * shows the keys that have no "/" and only the first folder of the others: prefixes that each contain a "/"
 * keep their keys out of it (the S3 user guide's walkthrough pairs its prefix Deny with such a delimiter Deny).
 */
function delimiterDenied(deny: NormalizedStatement, prefixes: readonly unknown[], policy: NormalizedPolicy): boolean {
  if (!prefixes.every((prefix) => typeof prefix === 'string' && prefix.includes('/'))) return false;
  const resources = deny.Resource;
  if (!Array.isArray(resources)) return false;
  return statementsOf(policy).some(({ statement, path }) => {
    if (statement === deny || statement.Effect !== 'Deny' || statement.NotResource !== undefined || statement.NotPrincipal !== undefined) return false;
    if (!statementCoversAction(statement, 's3:ListBucket')) return false;
    if (!Array.isArray(statement.Resource) || !listCovered(resources, statement.Resource, (pattern, arn) => globMatches(pattern, arn))) return false;
    const everyone = namesEveryone(statement, path);
    if (!everyone && canonicalJson(statement.Principal) !== canonicalJson(deny.Principal)) return false;
    const entries = conditionEntries(statement, path);
    if (entries.length !== 1) return false;
    const [{ operator, key, values }] = entries;
    const parsed = parseOperator(operator);
    return keyIs(key, 's3:delimiter') && parsed !== undefined && !parsed.qualifier
      && (parsed.base === 'StringNotEquals' || parsed.base === 'StringNotLike') && values.length === 1 && values[0] === '/';
  });
}

export default defineRule({
  id: 's3-prefix-negative-condition',
  meta: {
    category: 'security',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    // A Deny of every delimiter but "/" elsewhere in the policy answers the Deny finding.
    unknownCondition: { policy: ['deny'] },
    unknownActions: { deny: ['deny'] },
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
    for (const { operator, key, values, keyPath, operatorPath } of conditionEntries(value, path)) {
      if (!keyIs(key, 's3:prefix')) continue;
      const parsed = parseOperator(operator);
      if (!parsed) continue;
      if (effect === 'Deny' && parsed.base === 'StringLike' && !parsed.ifExists) {
        if (delimiterDenied(value as NormalizedStatement, values, context.policy)) continue;
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
