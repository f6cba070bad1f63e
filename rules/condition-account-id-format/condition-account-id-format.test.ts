import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './condition-account-id-format.js';

const statement = (condition: object) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service: 'config.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/*', Condition: condition }],
});

new RuleTester().run(rule, {
  valid: [
    { name: 'account IDs', policyType: 'resource', code: statement({ StringEquals: { 'AWS:SourceAccount': ['111122223333', '444455556666'], 'aws:PrincipalAccount': '123456789012' } }) },
    { name: 'patterns and variables are not checked', policyType: 'resource',
      code: statement({ StringLike: { 'aws:SourceAccount': '1111*' }, StringEquals: { 'aws:ResourceAccount': '${aws:PrincipalAccount}', 'kms:CallerAccount': '${AWS::AccountId}' } }) },
    { name: 'Null takes true/false', policyType: 'resource', code: statement({ Null: { 'aws:SourceAccount': 'false' } }) },
    { name: 'other keys', policyType: 'resource', code: statement({ StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5', 'ec2:Owner': 'amazon' } }) },
  ],
  invalid: [
    {
      name: 'whitespace around an account ID: at the whitespace, with a trimming suggestion',
      policyType: 'resource',
      code: statement({ StringEquals: { 'aws:SourceAccount': ['111122223333 ', ' 444455556666'] } }),
      errors: [
        { messageId: 'whitespace', line: 14, column: 38, endColumn: 39,
          message: 'Value "111122223333 " ends with whitespace, and no account ID has any; "aws:SourceAccount" holds 12 digits, so no request matches this value.',
          suggestions: [{ messageId: 'trim', output: JSON.stringify(statement({ StringEquals: { 'aws:SourceAccount': ['111122223333', ' 444455556666'] } }), null, 4) }] },
        { messageId: 'whitespace', line: 15, column: 26, endColumn: 27 },
      ],
    },
    {
      name: 'AWS Config\'s bucket policy with its placeholder left in',
      policyType: 'resource',
      code: statement({ StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control', 'AWS:SourceAccount': 'sourceAccountID' } }),
      errors: [{ messageId: 'badAccount', line: 14, column: 42, endColumn: 59, severity: 2,
        message: 'Value "sourceAccountID" is not an account ID; "AWS:SourceAccount" holds the 12-digit ID of an AWS account, such as "111122223333", so no request matches this value.' }],
    },
    {
      name: 'hyphens, a missing digit, any key case, a list',
      policyType: 'resource',
      code: statement({ StringNotEqualsIfExists: { 'aws:principalaccount': ['1111-2222-3333', '11112222333'] }, StringEquals: { 'KMS:CallerAccount': 'my-account' } }),
      errors: [
        { messageId: 'hyphenated', line: 14, column: 25, endColumn: 41,
          message: 'Value "1111-2222-3333" is an account ID written with hyphens; "aws:principalaccount" holds it as 12 digits, "111122223333", so no request matches this value.' },
        { messageId: 'badAccount', line: 15, column: 25, endColumn: 38 },
        { messageId: 'badAccount', line: 19, column: 42, endColumn: 54 },
      ],
    },
  ],
});
