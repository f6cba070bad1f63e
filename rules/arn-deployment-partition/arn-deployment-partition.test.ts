import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './arn-deployment-partition.js';

const seed = (name: string) => readFileSync(new URL(`../../test/fixtures/seeds/${name}`, import.meta.url), 'utf8');
const inline = (resource: string) => `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ChangePassword","Resource":${JSON.stringify(resource)}}]}`;
const at = 98; // column of the first character of the Resource string in `inline`
/** One statement whose Resource list starts on line 8; each ARN's first character is in column 18. */
const resources = (list: string[], element = 'Resource') => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:GetUser', [element]: list }] });

new RuleTester().run(rule, {
  valid: [
    { name: 'the configured partition', code: inline('arn:aws-us-gov:iam::*:user/${aws:username}'), options: { partition: 'aws-us-gov' } },
    { name: 'AWS reference policy', code: seed('aws-docs-self-manage-credentials-mfa.json') },
    { name: 'AWS 2017 tutorial policy', code: seed('aws-tutorial-2017-force-mfa.json') },
    { name: 'unknown partitions, wildcards that match no partition and variables are left to arn-partition and policy-variable-syntax', code: resources([
      'arn:aws-gov*:iam::*:role/x', 'arn:AWS-*:iam::*:role/x', 'arn:AWS:iam::*:user/bob', 'arn:aws-foo:s3:::bucket/*',
      'arn:${AWS::Partition}:iam::*:user/x', 'arn:${aws:partition}:iam::*:user/x', 'arn:${aws:partition}*:iam::*:user/x']) },
    { name: 'wildcards that match the configured partition', code: resources(['arn:*:iam::*:role/x', 'arn:aw?:iam::*:role/x', 'arn:aws*:s3:::bucket']) },
    { name: 'wildcards that match the configured partition, not aws', code: resources(['arn:aws-*:iam::*:role/x', 'arn:aws-us-*:iam::*:role/x', 'arn:*-gov:s3:::bucket']), options: { partition: 'aws-us-gov' } },
    { name: 'not an ARN, or too few fields: arn-format\'s', code: resources(['*', 'aws-cn:s3:::b', 'arn:aws-cn:s3']) },
  ],
  invalid: [
    {
      name: 'a wildcard partition that matches other partitions but not the configured one',
      code: resources(['arn:aws-*:iam::*:user/${aws:username}', 'arn:*:s3:::bucket', 'arn:aws-?n:s3:::bucket']),
      errors: [
        { messageId: 'otherPartitionPattern', line: 8, column: 22, endColumn: 27, issueCode: 'INVALID_PARTITION',
          message: 'The partition pattern "aws-*" in ARN "arn:aws-*:iam::*:user/${aws:username}" matches only "aws-cn", "aws-eusc", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-us-gov", but the partition option says this policy is for "aws", where the ARN matches nothing; write "arn:aws:…", or "arn:${AWS::Partition}:…" in a CloudFormation template.' },
        { messageId: 'otherPartitionPattern', line: 10, column: 22, endColumn: 28,
          message: 'The partition pattern "aws-?n" in ARN "arn:aws-?n:s3:::bucket" matches only "aws-cn", but the partition option says this policy is for "aws", where the ARN matches nothing; write "arn:aws:…", or "arn:${AWS::Partition}:…" in a CloudFormation template.' },
      ],
    },
    {
      name: 'a wildcard partition, with the partition option',
      code: inline('arn:aws-us-*:iam::*:user/${aws:username}'),
      options: { partition: 'aws-cn' },
      errors: [{ messageId: 'otherPartitionPattern', line: 1, column: at + 4, endColumn: at + 12 }],
    },
    {
      name: 'another partition than the configured one, in any service and in NotResource',
      code: resources(['arn:aws:iam::*:user/${aws:username}', 'arn:aws-cn:iam::*:user/${aws:username}', 'arn:aws:s3:::bucket'], 'NotResource'),
      options: { partition: 'aws-cn' },
      errors: [
        { messageId: 'otherPartition', line: 8, column: 22, endColumn: 25, issueCode: 'INVALID_PARTITION',
          message: 'ARN "arn:aws:iam::*:user/${aws:username}" is in partition "aws", but the partition option says this policy is for "aws-cn", where the ARN matches nothing; write "arn:aws-cn:…", or "arn:${AWS::Partition}:…" in a CloudFormation template.' },
        { messageId: 'otherPartition', line: 10, column: 22, endColumn: 25 },
      ],
    },
    {
      name: 'aws is the default partition',
      code: inline('arn:aws-us-gov:iam::*:user/${aws:username}'),
      errors: [{ messageId: 'otherPartition', line: 1, column: at + 4, endColumn: at + 14,
        message: 'ARN "arn:aws-us-gov:iam::*:user/${aws:username}" is in partition "aws-us-gov", but the partition option says this policy is for "aws", where the ARN matches nothing; write "arn:aws:…", or "arn:${AWS::Partition}:…" in a CloudFormation template.' }],
    },
  ],
});

// The ARN is valid; only where the policy goes makes it match nothing (RuleTester runs every rule as an error).
it('is a warning in recommended', () => expect(rule.meta.severity).toBe('warn'));
