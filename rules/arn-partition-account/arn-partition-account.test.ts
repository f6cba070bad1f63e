import { readFileSync } from 'node:fs';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './arn-partition-account.js';

const seed = (name: string) => readFileSync(new URL(`../../test/fixtures/seeds/${name}`, import.meta.url), 'utf8');
const inline = (resource: string) => `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ChangePassword","Resource":${JSON.stringify(resource)}}]}`;
const at = 98; // column of the first character of the Resource string in `inline`

new RuleTester().run(rule, {
  valid: [
    { name: 'catalog passing example', code: inline('arn:aws-us-gov:iam::*:user/${aws:username}'), options: { partition: 'aws-us-gov' } },
    { name: 'AWS reference policy', code: seed('aws-docs-self-manage-credentials-mfa.json') },
    { name: 'AWS 2017 tutorial policy', code: seed('aws-tutorial-2017-force-mfa.json') },
    { name: 'accounts: 12 digits, *, a wildcard, aws for managed policies; root', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:GetPolicy', Resource: [
      'arn:aws:iam::123456789012:user/a', 'arn:aws:iam::*:user/a', 'arn:aws:iam::1234*:user/a', 'arn:aws:iam::aws:policy/ReadOnlyAccess', 'arn:aws:iam::123456789012:root', 'arn:*:iam::*:role/x'] }] } },
    { name: 'services without an account in their ARNs', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: ['arn:aws:s3:::bucket/*', 'arn:aws:ec2:*:*:instance/*'] }] } },
    { name: 'template placeholders and variables are left to other rules', code: inline('arn:${AWS::Partition}:iam::${AWS::AccountId}:user/${aws:username}') },
    { name: 'not an ARN', code: inline('*') },
  ],
  invalid: [
    {
      name: 'catalog failing example: an empty account',
      code: inline('arn:aws:iam:::user/${aws:username}'),
      errors: [{ messageId: 'emptyAccount', line: 1, column: at, endColumn: at + 34, issueCode: 'MISSING_ARN_ACCOUNT',
        message: '"arn:aws:iam:::user/${aws:username}" has an empty account field, so it matches nothing; write "*" or the 12-digit account ID.' }],
    },
    {
      name: 'placeholders in the account',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:ChangePassword', Resource: ['arn:aws:iam::ACCOUNTNUMBER:user/${aws:username}', 'arn:aws:iam::<accountnumber>:user/${aws:username}', 'arn:aws:iam::12345678901:user/${aws:username}'] }] },
      errors: [
        { messageId: 'badAccount', line: 8, column: 31, endColumn: 44, issueCode: 'INVALID_ARN_ACCOUNT',
          message: '"ACCOUNTNUMBER" is not an account ID (12 digits, or "*"), so "arn:aws:iam::ACCOUNTNUMBER:user/${aws:username}" matches nothing.' },
        { messageId: 'badAccount', line: 9, column: 31, endColumn: 46 },
        { messageId: 'badAccount', line: 10, column: 31, endColumn: 42 },
      ],
    },
    {
      name: 'an unknown IAM prefix',
      code: inline('arn:aws:iam::*:users/${aws:username}'),
      errors: [{ messageId: 'unknownIamPrefix', line: 1, column: at + 15, endColumn: at + 21, issueCode: 'INVALID_ARN_RESOURCE',
        message: '"users/" is not an IAM resource type, so "arn:aws:iam::*:users/${aws:username}" matches nothing; IAM ARNs start with access-report/, assumed-role/, delegation-request/, federated-user/, group/, instance-profile/, mfa/, oidc-provider/, policy/, role-template/, role/, saml-provider/, server-certificate/, sms-mfa/, user/.' }],
    },
    {
      name: 'the historic u2f prefix is a warning',
      code: inline('arn:aws:iam::*:u2f/${aws:username}'),
      errors: [{ messageId: 'u2f', line: 1, column: at + 15, endColumn: at + 19, severity: 1,
        message: '"u2f/" is not an IAM resource type (security keys are MFA devices, "mfa/"): "arn:aws:iam::*:u2f/${aws:username}" matches nothing; remove it.' }],
    },
    {
      name: 'an unknown partition, and another partition than the configured one',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:ChangePassword', Resource: ['arn:aws-gov:iam::*:user/${aws:username}', 'arn:aws:iam::*:user/${aws:username}'] }] },
      options: { partition: 'aws-cn' },
      errors: [
        { messageId: 'invalidPartition', line: 8, column: 22, endColumn: 29, issueCode: 'INVALID_PARTITION',
          message: '"aws-gov" is not an AWS partition (aws, aws-cn, aws-us-gov, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f, aws-eusc), so "arn:aws-gov:iam::*:user/${aws:username}" matches nothing.' },
        { messageId: 'otherPartition', line: 9, column: 22, endColumn: 25, severity: 1,
          message: '"arn:aws:iam::*:user/${aws:username}" is in partition "aws", but the policy is for "aws-cn" (option partition): there it matches nothing; write "arn:aws-cn:…" or "arn:${AWS::Partition}:…" in a template.' },
      ],
    },
    {
      name: 'a NotResource; other services\' accounts are left to the arn-* rules',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'iam:*', NotResource: ['arn:aws:iam::ACCOUNT_ID:role/x', 'arn:aws:sqs:us-east-1:ACCOUNT_ID:queue', 'arn:aws:ssm:*::document/AWS-*'] }] },
      errors: [{ messageId: 'badAccount', line: 8, column: 31, endColumn: 41 }],
    },
  ],
});
