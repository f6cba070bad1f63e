import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './s3-prefix-negative-condition.js';

const policy = (effect: string, condition: object) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: effect, Action: 's3:ListBucket', Resource: 'arn:aws:s3:::reports', Condition: condition }],
});
const text = (value: object) => JSON.stringify(value, null, 4);
/** The S3 walkthrough's pair: a Deny on some prefixes, and a Deny of every delimiter but "/". */
const withDelimiterDeny = (prefix: string, delimiterDeny: object = {}) => ({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Deny', Principal: { AWS: 'arn:aws:iam::111122223333:user/Alice' }, Action: 's3:ListBucket', Resource: 'arn:aws:s3:::companybucket',
      Condition: { StringLike: { 's3:prefix': ['Private/*', prefix] } } },
    { Effect: 'Deny', Principal: { AWS: 'arn:aws:iam::111122223333:user/Alice' }, Action: ['s3:List*'], Resource: 'arn:aws:s3:::company*',
      Condition: { StringNotEquals: { 's3:delimiter': '/' } }, ...delimiterDeny },
  ],
});

new RuleTester().run(rule, {
  valid: [
    { name: 'Allow with StringLike', code: policy('Allow', { StringLike: { 's3:prefix': ['home/${aws:username}/*'] } }) },
    { name: 'Deny with StringLikeIfExists', code: policy('Deny', { StringLikeIfExists: { 's3:prefix': 'secret/*' } }) },
    { name: 'Deny with StringNotLike (denies a missing prefix too)', code: policy('Deny', { StringNotLike: { 's3:prefix': 'public/*' } }) },
    { name: 'other keys', code: policy('Deny', { StringLike: { 's3:delimiter': '/' } }) },
    { name: 'another Deny refuses every delimiter but "/", and each prefix has a "/"', code: withDelimiterDeny('Finance/') },
    { name: 'the delimiter Deny covers everyone', code: withDelimiterDeny('Finance/', { Principal: '*' }) },
  ],
  invalid: [
    {
      name: 'delimiter Deny, but a prefix without a "/" (a listing with the delimiter "/" shows the keys it matches)',
      code: withDelimiterDeny('secret*'),
      errors: [{ messageId: 'deny', line: 13, column: 21, endColumn: 32 }],
    },
    {
      name: 'delimiter Deny with another condition, for other principals, on other buckets, or of another delimiter',
      code: {
        Version: '2012-10-17',
        Statement: [
          ...withDelimiterDeny('Finance/').Statement,
          ...withDelimiterDeny('Finance/', { Condition: { StringNotEquals: { 's3:delimiter': '/' }, Bool: { 'aws:SecureTransport': 'true' } } }).Statement.slice(1),
          ...withDelimiterDeny('Finance/', { Principal: { AWS: 'arn:aws:iam::111122223333:user/Bob' } }).Statement.slice(1),
          ...withDelimiterDeny('Finance/', { Resource: 'arn:aws:s3:::other' }).Statement.slice(1),
          ...withDelimiterDeny('Finance/', { Condition: { StringNotEquals: { 's3:delimiter': ['/', '|'] } } }).Statement.slice(1),
        ].filter((_, index) => index !== 1),
      },
      errors: [{ messageId: 'deny', line: 13, column: 21, endColumn: 32 }],
    },
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
