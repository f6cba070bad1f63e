import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, conditionStatementMatches } from '../../src/engine/normalize.js';
import { parseOperator } from '../../src/conditions/operator.js';
import { hasVariable, lowerKey, show } from '../../src/conditions/values.js';
import { hasWildcard } from '../../src/iam/glob.js';

/** Condition keys whose value is the 12-digit ID of an AWS account (lower-case). */
const ACCOUNT_KEYS = new Set([
  'aws:principalaccount', 'aws:resourceaccount', 'aws:sourceaccount', 'aws:sourceowner', 'aws:vpceaccount',
  'kms:calleraccount', 's3:dataaccesspointaccount', 's3:resourceaccount',
]);

const ACCOUNT_ID = /^\d{12}$/;
const HYPHENATED = /^\d{4}-\d{4}-\d{4}$/;

export default defineRule({
  id: 'condition-account-id-format',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    unknownCondition: false,
    docs: { description: 'Condition keys that hold an account ID (aws:SourceAccount, aws:PrincipalAccount, kms:CallerAccount…) are compared with 12-digit account IDs.' },
    messages: {
      badAccount: 'Value {{value}} is not an account ID; "{{key}}" holds the 12-digit ID of an AWS account, such as "111122223333", so no request matches this value.',
      hyphenated: 'Value {{value}} is an account ID written with hyphens; "{{key}}" holds it as 12 digits, "{{digits}}", so no request matches this value.',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    for (const { operator, key, values, keyPath } of conditionEntries(value as never, path)) {
      if (!ACCOUNT_KEYS.has(lowerKey(key)) || !Array.isArray(values)) continue;
      // String operators only: Null takes true/false, and other families are the type rules' business.
      if (parseOperator(operator)?.family !== 'String') continue;
      values.forEach((item, index) => {
        if (typeof item !== 'string') return; // the type and schema rules' business
        // Patterns and variables (`${aws:PrincipalAccount}`, a template's `${AWS::AccountId}`) cannot be checked.
        if (hasVariable(item) || hasWildcard(item) || ACCOUNT_ID.test(item)) return;
        const hyphenated = HYPHENATED.test(item);
        context.report({
          messageId: hyphenated ? 'hyphenated' : 'badAccount', path: [...keyPath, index],
          data: { value: show(item), key, digits: item.replace(/-/g, '') },
        });
      });
    }
  },
});
