import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './s3-prefix-negative-condition.js';

const policy = (effect: string, condition: object) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: effect, Action: 's3:ListBucket', Resource: 'arn:aws:s3:::reports', Condition: condition }],
});
const text = (value: object) => JSON.stringify(value, null, 4);

new RuleTester().run(rule, {
  valid: [
    { name: 'Allow with StringLike', code: policy('Allow', { StringLike: { 's3:prefix': ['home/${aws:username}/*'] } }) },
    { name: 'Deny with StringLikeIfExists', code: policy('Deny', { StringLikeIfExists: { 's3:prefix': 'secret/*' } }) },
    { name: 'Deny with StringNotLike (denies a missing prefix too)', code: policy('Deny', { StringNotLike: { 's3:prefix': 'public/*' } }) },
    { name: 'other keys', code: policy('Deny', { StringLike: { 's3:delimiter': '/' } }) },
  ],
  invalid: [
    {
      code: policy('Deny', { StringLike: { 's3:prefix': 'secret/*' } }),
      errors: [{
        messageId: 'deny', line: 10, column: 21, endColumn: 32, issueCode: 'S3_PREFIX_IN_NEGATIVE_CONTEXT', severity: 2,
        message: 'This Deny on "s3:prefix" under "StringLike" does not apply to a ListBucket request without a prefix, which still lists the keys it protects; use "StringLikeIfExists" so that a missing prefix is denied too.',
        suggestions: [{ messageId: 'useIfExists', output: text(policy('Deny', { StringLikeIfExists: { 's3:prefix': 'secret/*' } })) }],
      }],
    },
    {
      name: 'Deny: no suggestion when the block has other keys',
      code: policy('Deny', { StringLike: { 's3:prefix': 'secret/*', 'aws:PrincipalTag/team': 'red' } }),
      errors: [{ messageId: 'deny', line: 10, column: 21, endColumn: 32, suggestions: [] }],
    },
    {
      name: 'Allow with StringNotLike, with or without IfExists; any key case',
      code: policy('Allow', { StringNotLike: { 'S3:Prefix': 'secret/*' }, StringNotLikeIfExists: { 's3:prefix': 'private/*' } }),
      errors: [
        { messageId: 'allow', line: 10, column: 21, endColumn: 32,
          message: 'This Allow on "S3:Prefix" under "StringNotLike" also applies to a ListBucket request without a prefix, which lists the keys it excludes; allow the permitted prefixes with "StringLike" instead.' },
        { messageId: 'allow', line: 13, column: 21, endColumn: 32, issueCode: 'S3_PREFIX_IN_NEGATIVE_CONTEXT' },
      ],
    },
    {
      name: 'single statement',
      code: '{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "s3:ListBucket", "Resource": "*",\n  "Condition": {"StringLike": {"s3:prefix": "secret/*"}}}}',
      errors: [{
        messageId: 'deny', line: 2, column: 32, endColumn: 43,
        suggestions: [{ messageId: 'useIfExists', output: '{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "s3:ListBucket", "Resource": "*",\n  "Condition": {"StringLikeIfExists": {"s3:prefix": "secret/*"}}}}' }],
      }],
    },
  ],
});
