import { readFileSync } from 'node:fs';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './arn-partition-account.js';

const seed = (name: string) => readFileSync(new URL(`../../test/fixtures/seeds/${name}`, import.meta.url), 'utf8');
const inline = (resource: string) => `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ChangePassword","Resource":${JSON.stringify(resource)}}]}`;
const at = 98; // column of the first character of the Resource string in `inline`
/** One statement whose Resource list starts on line 8; each ARN's first character is in column 18. */
const resources = (list: string[], element = 'Resource') => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', [element]: list }] });

new RuleTester().run(rule, {
  valid: [
    { name: 'catalog passing example', code: inline('arn:aws-us-gov:iam::*:user/${aws:username}'), options: { partition: 'aws-us-gov' } },
    { name: 'AWS reference policy', code: seed('aws-docs-self-manage-credentials-mfa.json') },
    { name: 'AWS 2017 tutorial policy', code: seed('aws-tutorial-2017-force-mfa.json') },
    { name: 'accounts: 12 digits, *, wildcards that fit 12 digits or "aws"; root; a wildcard partition', code: resources([
      'arn:aws:iam::123456789012:user/a', 'arn:aws:iam::*:user/a', 'arn:aws:iam::1234*:user/a', 'arn:aws:iam::12345678901?:user/a',
      'arn:aws:iam::aws:policy/ReadOnlyAccess', 'arn:aws:iam::a*:policy/ReadOnlyAccess', 'arn:aws:iam::123456789012:root', 'arn:*:iam::*:role/x', 'arn:aws-*:iam::*:role/x']) },
    { name: 'left to arn-partition, arn-account, arn-format and arn-resource-format', code: resources([
      'arn:aws-foo:s3:::bucket/*', 'arn:AWS:iam::*:user/bob', 'arn:aws:iam:::user/bob', 'arn:aws:iam::ACCOUNTNUMBER:user/bob',
      'arn:aws:iam::123456789012:users/bob', 'arn:aws:iam::123456789012:u2f/x']) },
    { name: 'accounts outside IAM: services without one, AWS-owned resources, wildcards', code: resources([
      'arn:aws:s3:::bucket/*', 'arn:aws:ec2:*:*:instance/*', 'arn:aws:ssm:*::document/AWS-*', 'arn:aws:sqs:*:ACCOUNT*:queue']) },
    { name: 'template placeholders and variables are left to other rules', code: inline('arn:${AWS::Partition}:iam::${AWS::AccountId}:user/${aws:username}') },
    { name: 'not an ARN', code: inline('*') },
  ],
  invalid: [
    {
      name: 'another partition than the configured one, in any service',
      code: resources(['arn:aws:iam::*:user/${aws:username}', 'arn:aws-cn:iam::*:user/${aws:username}', 'arn:aws:s3:::bucket']),
      options: { partition: 'aws-cn' },
      errors: [
        { messageId: 'otherPartition', line: 8, column: 22, endColumn: 25, severity: 1, issueCode: 'INVALID_PARTITION',
          message: '"arn:aws:iam::*:user/${aws:username}" is in partition "aws", but the policy is for "aws-cn" (option partition): there it matches nothing; write "arn:aws-cn:…" or "arn:${AWS::Partition}:…" in a template.' },
        { messageId: 'otherPartition', line: 10, column: 22, endColumn: 25, severity: 1 },
      ],
    },
    {
      name: 'catalog failing example: aws is the default partition',
      code: inline('arn:aws-us-gov:iam::*:user/${aws:username}'),
      errors: [{ messageId: 'otherPartition', line: 1, column: at + 4, endColumn: at + 14, severity: 1 }],
    },
    {
      name: 'a wildcard partition that matches no partition',
      code: inline('arn:aws-gov*:iam::*:user/${aws:username}'),
      errors: [{ messageId: 'partitionPattern', line: 1, column: at + 4, endColumn: at + 12, severity: 2, issueCode: 'INVALID_PARTITION',
        message: '"aws-gov*" matches no AWS partition (aws, aws-cn, aws-eusc, aws-iso, aws-iso-b, aws-iso-e, aws-iso-f, aws-us-gov), so "arn:aws-gov*:iam::*:user/${aws:username}" matches nothing.' }],
    },
    {
      name: 'wildcard accounts that match no account ID, in a NotResource',
      code: resources(['arn:aws:iam::ACCOUNT*:user/${aws:username}', 'arn:aws:iam::1234567890123*:user/x', 'arn:aws:iam::12345?:user/x'], 'NotResource'),
      errors: [
        { messageId: 'accountPattern', line: 8, column: 31, endColumn: 39, severity: 2, issueCode: 'INVALID_ARN_ACCOUNT',
          message: '"ACCOUNT*" matches no account ID (12 digits), so "arn:aws:iam::ACCOUNT*:user/${aws:username}" matches nothing; write the account ID or "*".' },
        { messageId: 'accountPattern', line: 9, column: 31, endColumn: 45 },
        { messageId: 'accountPattern', line: 10, column: 31, endColumn: 37 },
      ],
    },
    {
      name: 'an empty account where arn-account cannot decide (the entry may also be a role template)',
      code: resources(['arn:aws:iam:::*', 'arn:aws:iam:::${aws:username}', 'arn:aws:iam:::role*']),
      errors: [
        { messageId: 'emptyAccount', line: 8, column: 30, endColumn: 32, severity: 2, issueCode: 'MISSING_ARN_ACCOUNT',
          message: '"arn:aws:iam:::*" has an empty account field, but every IAM ARN has one (the account ID, or "aws" for AWS-owned resources), so it matches nothing; write "*" or the 12-digit account ID.' },
        { messageId: 'emptyAccount', line: 9, column: 30, endColumn: 32 },
        { messageId: 'emptyAccount', line: 10, column: 30, endColumn: 32 },
      ],
    },
  ],
});
