import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './rcp-allow-statement.js';

const rcp = (statement: object) => ({ Version: '2012-10-17', Statement: [{ Principal: '*', ...statement }] });

new RuleTester().run(rule, {
  valid: [
    { policyType: 'rcp', code: rcp({ Effect: 'Allow', Action: '*', Resource: '*' }) },
    { name: 'lists of "*"', policyType: 'rcp', code: rcp({ Effect: 'Allow', Action: ['*'], Resource: ['*'] }) },
    { name: 'Deny statements may restrict', policyType: 'rcp', code: rcp({ Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::b/*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }) },
    { name: 'only RCPs', policyType: 'scp', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }] } },
  ],
  invalid: [
    {
      policyType: 'rcp',
      code: rcp({ Effect: 'Allow', Action: ['*', 's3:GetObject'], Resource: 'arn:aws:s3:::b/*' }),
      errors: [
        { messageId: 'allowAction', line: 9, column: 17, endColumn: 31, issueCode: 'RCP_SYNTAX_ERROR_ALLOW',
          message: 'RCP Allow statements accept only "Action": "*", not "s3:GetObject"; RCPs restrict access with Deny statements.' },
        { messageId: 'allowResource', line: 11, column: 25, endColumn: 43, issueCode: 'RCP_SYNTAX_ERROR_ALLOW',
          message: 'RCP Allow statements accept only "Resource": "*", not "arn:aws:s3:::b/*"; RCPs restrict access with Deny statements.' },
      ],
    },
    {
      name: 'NotResource and Condition',
      policyType: 'rcp',
      code: rcp({ Effect: 'Allow', Action: '*', NotResource: 'arn:aws:s3:::b', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }),
      errors: [
        { messageId: 'allowNotResource', line: 8, column: 13, endColumn: 26, issueCode: 'RCP_SYNTAX_ERROR_ALLOW',
          message: 'RCP Allow statements cannot use "NotResource"; write "Resource": "*" and restrict access with a Deny statement.' },
        { messageId: 'allowCondition', line: 9, column: 13, endColumn: 24, issueCode: 'RCP_SYNTAX_ERROR_ALLOW',
          message: 'RCP Allow statements cannot have a "Condition"; move the condition to a Deny statement.' },
      ],
    },
  ],
});
