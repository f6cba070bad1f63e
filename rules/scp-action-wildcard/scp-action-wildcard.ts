import { defineRule, type Match } from '../../src/engine/rule.js';
import { statementsOf, type NormalizedPolicy } from '../../src/engine/normalize.js';

export default defineRule({
  id: 'scp-action-wildcard',
  meta: {
    category: 'correctness',
    // Off by default: since September 2025 SCPs take the full IAM language, wildcards anywhere included.
    severity: 'warn',
    recommended: false,
    fixable: 'none',
    unknownActions: false,
    issueCode: 'SCP_SYNTAX_ERROR_ACTION_WILDCARD',
    policyTypes: ['scp'],
    docs: { description: 'In a service control policy, an Action or NotAction entry has * only as its last character.' },
    messages: {
      innerWildcard: 'SCP action "{{value}}" has a "*" before its end, which AWS Organizations accepts only since September 2025; tools that follow the older SCP grammar (only a last "*", as in "iam:Get*") refuse it. Where they must read this policy, list the actions or use a pattern that ends with "*".',
    },
  },
  given: (policy: NormalizedPolicy) => {
    const matches: Match[] = [];
    for (const { statement, path } of statementsOf(policy)) {
      for (const element of ['Action', 'NotAction'] as const) {
        const list = statement[element];
        if (!Array.isArray(list)) continue;
        list.forEach((value, index) => {
          if (typeof value === 'string') matches.push({ value, path: [...path, element, index] });
        });
      }
    }
    return matches;
  },
  check({ value, path }, context) {
    const action = value as string;
    const star = action.indexOf('*');
    if (star < 0 || star === action.length - 1) return;
    context.report({ messageId: 'innerWildcard', path, substring: { start: star, length: 1 }, data: { value: action } });
  },
});
