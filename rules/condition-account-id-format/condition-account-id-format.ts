import { defineRule } from '../../src/engine/rule.js';
import { conditionStatementMatches } from '../../src/engine/normalize.js';
import { idValues, reportIdWhitespace } from '../../src/conditions/id-values.js';
import { show } from '../../src/conditions/values.js';

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
    fixable: 'suggestion',
    unknownCondition: false,
    docs: { description: 'Condition keys that hold an account ID (aws:SourceAccount, aws:PrincipalAccount, kms:CallerAccount…) are compared with 12-digit account IDs.' },
    messages: {
      whitespace: 'Value {{value}} {{where}} whitespace, and no account ID has any; "{{key}}" holds 12 digits, so no request matches this value.',
      trim: 'Remove the whitespace: "{{trimmed}}".',
      badAccount: 'Value {{value}} is not an account ID; "{{key}}" holds the 12-digit ID of an AWS account, such as "111122223333", so no request matches this value.',
      hyphenated: 'Value {{value}} is an account ID written with hyphens; "{{key}}" holds it as 12 digits, "{{digits}}", so no request matches this value.',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    for (const found of idValues(value as never, path, ACCOUNT_KEYS)) {
      if (reportIdWhitespace(context, found, 'whitespace', 'trim')) continue;
      const { key, item, path: at } = found;
      if (ACCOUNT_ID.test(item)) continue;
      const hyphenated = HYPHENATED.test(item);
      context.report({
        messageId: hyphenated ? 'hyphenated' : 'badAccount', path: at,
        data: { value: show(item), key, digits: item.replace(/-/g, '') },
      });
    }
  },
});
