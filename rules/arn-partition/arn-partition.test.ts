import { RuleTester, policyText } from '../../src/testing/rule-tester.js';
import rule from './arn-partition.js';

/** One statement; a single Resource string sits on line 7 with its text from column 26. */
const policy = (resource: string | string[]) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: resource }],
});

const uppercase = policy('arn:AWS:s3:::my-bucket/*');

new RuleTester().run(rule, {
  valid: [
    { code: policy(['arn:aws:s3:::my-bucket', 'arn:aws-cn:s3:::my-bucket', 'arn:aws-us-gov:s3:::b', 'arn:aws-iso-b:s3:::b', 'arn:aws-eusc:s3:::b']) },
    { name: 'wildcards that match a partition, variables and template placeholders', code: policy(['arn:*:s3:::b', 'arn:aws*:s3:::b', 'arn:aws-us-*:s3:::b', 'arn:aws-iso-?:s3:::b', 'arn:${AWS::Partition}:s3:::b', 'arn:${aws:partition}:s3:::b']) },
    { name: 'not an ARN: left to arn-format', code: policy(['AWS:s3:::b', 'arn:foo:s3']) },
  ],
  invalid: [
    {
      name: 'partitions are lowercase',
      code: uppercase,
      errors: [{
        messageId: 'didYouMean', line: 7, column: 30, endLine: 7, endColumn: 33, issueCode: 'INVALID_PARTITION', severity: 2,
        message: 'Partition "AWS" in ARN "arn:AWS:s3:::my-bucket/*" is not an AWS partition; did you mean "aws"?',
        suggestions: [{ messageId: 'replace', output: policyText(uppercase).replace('arn:AWS:', 'arn:aws:') }],
      }],
    },
    {
      name: 'a misspelt partition',
      code: policy('arn:aws-usgov:sqs:us-gov-west-1:123456789012:jobs'),
      errors: [{
        messageId: 'didYouMean', line: 7, column: 30, endColumn: 39,
        message: 'Partition "aws-usgov" in ARN "arn:aws-usgov:sqs:us-gov-west-1:123456789012:jobs" is not an AWS partition; did you mean "aws-us-gov"?',
        suggestions: [{ messageId: 'replace', output: policyText(policy('arn:aws-us-gov:sqs:us-gov-west-1:123456789012:jobs')) }],
      }],
    },
    {
      name: 'no partition close enough to suggest',
      code: policy(['arn:amazon:s3:::b', 'arn::s3:::b']),
      errors: [
        {
          messageId: 'invalid', line: 8, column: 22, endColumn: 28, issueCode: 'INVALID_PARTITION',
          message: 'Partition "amazon" in ARN "arn:amazon:s3:::b" is not an AWS partition; use "aws", "aws-cn", "aws-eusc", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-us-gov", or "*".',
        },
        { messageId: 'invalid', line: 9, column: 22, endColumn: 22 },
      ],
    },
    {
      name: 'a wildcard partition that matches no partition (case-sensitive, like the comparison)',
      code: policy(['arn:aws-gov*:iam::*:user/${aws:username}', 'arn:AWS*:s3:::b', 'arn:aws-iso-??:s3:::b']),
      errors: [
        {
          messageId: 'noMatch', line: 8, column: 22, endColumn: 30, issueCode: 'INVALID_PARTITION', severity: 2,
          message: 'Partition pattern "aws-gov*" in ARN "arn:aws-gov*:iam::*:user/${aws:username}" matches no AWS partition ("aws", "aws-cn", "aws-eusc", "aws-iso", "aws-iso-b", "aws-iso-e", "aws-iso-f", "aws-us-gov"), so the entry matches nothing; write one of them or "*".',
        },
        { messageId: 'noMatch', line: 9, column: 22, endColumn: 26 },
        { messageId: 'noMatch', line: 10, column: 22, endColumn: 32 },
      ],
    },
    {
      name: 'in NotResource',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:*', NotResource: 'arn:aws-china:s3:::b' }] },
      errors: [{ messageId: 'invalid', line: 7, column: 33, endColumn: 42 }],
    },
  ],
});
