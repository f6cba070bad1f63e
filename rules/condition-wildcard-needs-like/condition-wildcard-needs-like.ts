import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, conditionStatementMatches } from '../../src/engine/normalize.js';
import { parseOperator } from '../../src/conditions/operator.js';

/** Index of the first `*` or `?` outside policy variables (`${*}` is a literal asterisk), or -1. */
function firstWildcard(value: string): number {
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '$' && value[i + 1] === '{') {
      const end = value.indexOf('}', i + 2);
      if (end < 0) return -1; // a broken variable: the variable rules report it
      i = end;
      continue;
    }
    if (value[i] === '*' || value[i] === '?') return i;
  }
  return -1;
}

/**
 * Keys whose value can be a lone `*` in the request itself: lambda:Principal holds AddPermission's Principal
 * parameter, which is "*" when a function is made public. StringEquals "*" compares with that literal value.
 */
const LITERAL_STAR_KEYS = new Set(['lambda:principal']);

const LIKE: Record<string, string> = { StringEquals: 'StringLike', StringNotEquals: 'StringNotLike' };

export default defineRule({
  id: 'condition-wildcard-needs-like',
  meta: {
    category: 'correctness',
    severity: 'warn',
    recommended: true,
    fixable: 'suggestion',
    unknownCondition: false,
    issueCode: 'WILDCARD_WITHOUT_LIKE_OPERATOR',
    docs: { description: 'String condition values that contain * or ? use a Like operator, under which they are wildcards.' },
    messages: {
      literal: '"{{char}}" in {{value}} is a literal character under "{{operator}}", not a wildcard; use "{{like}}" if you meant a pattern.',
      literalNoLike: '"{{char}}" in {{value}} is a literal character under "{{operator}}", not a wildcard; use "StringLike" or "StringNotLike" (which are case-sensitive) if you meant a pattern.',
      useLike: 'Rename "{{operator}}" to "{{like}}": the values become patterns.',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    const condition = (value as { Condition?: Record<string, unknown> }).Condition;
    for (const { operator, key, values, keyPath, operatorPath } of conditionEntries(value as never, path)) {
      const parsed = parseOperator(operator);
      if (!parsed || parsed.family !== 'String' || parsed.wildcards || !Array.isArray(values)) continue;
      const likeBase = LIKE[parsed.base];
      const like = likeBase ? `${parsed.qualifier ? `${parsed.qualifier}:` : ''}${likeBase}${parsed.ifExists ? 'IfExists' : ''}` : undefined;
      const canRename = like !== undefined && !Object.hasOwn(condition as object, like);
      values.forEach((item, index) => {
        if (typeof item !== 'string') return;
        if (item === '*' && LITERAL_STAR_KEYS.has(key.toLowerCase())) return;
        const at = firstWildcard(item);
        if (at < 0) return;
        context.report({
          messageId: like ? 'literal' : 'literalNoLike', path: [...keyPath, index], substring: { start: at, length: 1 },
          data: { char: item[at], value: JSON.stringify(item), operator, like: like ?? '' },
          suggest: canRename
            ? [{ messageId: 'useLike', data: { operator, like }, fix: (fixer) => fixer.renameKey(operatorPath, like!) }]
            : undefined,
        });
      });
    }
  },
});
