import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './scp-action-wildcard.js';

const scp = (statement: object) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Resource: '*', ...statement }] });

new RuleTester().run(rule, {
  valid: [
    { policyType: 'scp', code: scp({ Action: ['*', 'iam:*', 'ec2:Describe*', 's3:GetObject'] }) },
    { name: 'NotAction with a trailing wildcard', policyType: 'scp', code: scp({ NotAction: 'sts:Get*' }) },
    { name: '? is not this rule', policyType: 'scp', code: scp({ Action: 'iam:?etRole' }) },
    { name: 'identity policies may put * anywhere', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:*Role', Resource: '*' }] } },
  ],
  invalid: [
    {
      policyType: 'scp',
      code: scp({ Action: ['iam:Get*', 'iam:*Role'] }),
      errors: [{ messageId: 'innerWildcard', line: 9, column: 22, endColumn: 23, issueCode: 'SCP_SYNTAX_ERROR_ACTION_WILDCARD',
        message: 'SCP action "iam:*Role" has a "*" before its end, which AWS Organizations accepts only since September 2025; tools that follow the older SCP grammar (only a last "*", as in "iam:Get*") refuse it. Where they must read this policy, list the actions or use a pattern that ends with "*".' }],
    },
    {
      name: 'NotAction, a wildcard service, a single statement object',
      policyType: 'scp',
      code: { Version: '2012-10-17', Statement: { Effect: 'Deny', NotAction: '*:Describe*', Resource: '*' } },
      errors: [{ messageId: 'innerWildcard', line: 5, column: 23, endColumn: 24, issueCode: 'SCP_SYNTAX_ERROR_ACTION_WILDCARD' }],
    },
  ],
});
