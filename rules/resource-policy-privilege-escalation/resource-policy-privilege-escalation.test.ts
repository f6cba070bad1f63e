import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './resource-policy-privilege-escalation.js';

const policy = (...statements: object[]) => ({ Version: '2012-10-17', Statement: statements });
const allow = (Action: string | string[], Resource: string | string[] = '*', extra: object = {}) => ({ Effect: 'Allow', Action, Resource, ...extra });
const deny = (Action: string | string[], Resource: string | string[] = '*', extra: object = {}) => ({ Effect: 'Deny', Action, Resource, ...extra });
const BUCKET = 'arn:aws:s3:::reports';
const OBJECTS = 'arn:aws:s3:::reports/*';
const objectActions = ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'];

new RuleTester().run(rule, {
  valid: [
    { name: 'the object actions are allowed on the same bucket\'s objects', code: policy(allow(['s3:PutBucketPolicy', 's3:ListBucket'], BUCKET), allow(objectActions, OBJECTS)) },
    { name: 'one entry covers the buckets and their objects', code: policy(allow(['s3:PutBucketPolicy', 's3:PutLifecycleConfiguration', ...objectActions], 'arn:aws:s3:::app-*')) },
    { name: '"s3:*" on every bucket and object', code: policy(allow('s3:*', ['arn:aws:s3:::*', 'arn:aws:s3:::*/*'])) },
    { name: 'an administrator policy has nothing to escalate to', code: policy(allow('*'), allow('s3:PutBucketPolicy', BUCKET)) },
    { name: '"s3:*" on "*"', code: policy(allow('s3:*')) },
    {
      name: 'object actions allowed under a condition count as allowed',
      code: policy(allow('s3:PutBucketPolicy', BUCKET), allow('s3:*Object', OBJECTS, { Condition: { Bool: { 'aws:SecureTransport': 'true' } } })),
    },
    {
      name: 'NotResource that leaves out another bucket\'s objects and this bucket itself still grants every object of this bucket',
      code: policy(allow('s3:PutBucketPolicy', BUCKET), { Effect: 'Allow', Action: objectActions, NotResource: ['arn:aws:s3:::audit-logs/*', BUCKET, 'arn:aws:iam::*:role/*'] }),
    },
    {
      name: 'NotResource that leaves out every bucket grants the bucket action on none',
      code: policy({ Effect: 'Allow', Action: ['s3:PutBucketPolicy', 'iam:GetRole'], NotResource: 'arn:aws:s3:::*' }),
    },
    { name: 'an unconditional Deny on every bucket takes it back', code: policy(allow('s3:PutBucketPolicy', BUCKET), deny('s3:PutBucketPolicy', 'arn:aws:s3:::*')) },
    { name: 'a wildcard Deny on "*" takes it back', code: policy(allow(['s3:PutBucketPolicy', 's3:PutBucketAcl', 's3:PutLifecycleConfiguration']), deny('s3:Put*')) },
    { name: 'a Deny on a bucket prefix that covers the bucket', code: policy(allow('s3:PutBucketPolicy', BUCKET), deny('s3:PutBucketPolicy', 'arn:aws:s3:::rep*')) },
    { name: 'a resource tag selects the buckets', code: policy(allow('s3:PutBucketPolicy', '*', { Condition: { StringEquals: { 'aws:ResourceTag/team': 'data' } } })) },
    { name: 'a bucket tag selects the buckets', code: policy(allow('s3:PutLifecycleConfiguration', '*', { Condition: { StringEquals: { 's3:BucketTag/team': 'data' } } })) },
    { name: 'the ACL a request may set is pinned', code: policy(allow('s3:PutBucketAcl', BUCKET, { Condition: { StringEquals: { 's3:x-amz-acl': 'private' } } })) },
    {
      name: 'only Security Lake may write the bucket policy',
      code: policy(allow('s3:PutBucketPolicy', 'arn:aws:s3:::aws-security-data-lake*', { Condition: { 'ForAnyValue:StringEquals': { 'aws:CalledVia': 'securitylake.amazonaws.com' } } })),
    },
    { name: 'an object ARN is not a bucket', code: policy(allow('s3:PutBucketPolicy', OBJECTS)) },
    { name: 'reading bucket policies and ACLs', code: policy(allow(['s3:GetBucketPolicy', 's3:GetBucketAcl', 's3:GetLifecycleConfiguration'])) },
    { name: 'NotAction that excludes the bucket actions', code: policy({ Effect: 'Allow', NotAction: ['s3:PutBucket*', 's3:PutLifecycleConfiguration'], Resource: BUCKET }) },
    { name: 'resource policies are not checked', policyType: 'resource', code: policy({ ...allow('s3:PutBucketPolicy', BUCKET), Principal: { AWS: '111122223333' } }) },
  ],
  invalid: [
    {
      name: 'a bucket policy on a bucket whose objects the policy does not reach',
      code: policy(allow('s3:PutBucketPolicy', BUCKET)),
      errors: [{
        messageId: 'policy', line: 6, column: 23, endColumn: 43,
        message: '"s3:PutBucketPolicy" on "arn:aws:s3:::reports" lets the principal write a bucket policy that gives itself or another account s3:GetObject, s3:PutObject and s3:DeleteObject on every object in the bucket, which this policy does not allow; remove s3:PutBucketPolicy or allow it only on buckets whose objects the principal may already use.',
      }],
    },
    {
      name: 'the action name in another case, with a space after it',
      code: policy(allow('S3:putBucketPolicy ', BUCKET)),
      errors: [{
        messageId: 'policy', line: 6, column: 23, endColumn: 44,
        message: '"S3:putBucketPolicy " on "arn:aws:s3:::reports" lets the principal write a bucket policy that gives itself or another account s3:GetObject, s3:PutObject and s3:DeleteObject on every object in the bucket, which this policy does not allow; remove s3:PutBucketPolicy or allow it only on buckets whose objects the principal may already use.',
      }],
    },
    {
      name: '"s3:*" on the bucket alone: its objects are other resources',
      code: policy(allow('s3:*', BUCKET), allow('s3:GetObject', OBJECTS)),
      errors: [{
        messageId: 'policy', line: 6, column: 23,
        message: '"s3:*" on "arn:aws:s3:::reports", which includes s3:PutBucketPolicy, lets the principal write a bucket policy that gives itself or another account s3:PutObject and s3:DeleteObject on every object in the bucket, which this policy does not allow; remove s3:PutBucketPolicy or allow it only on buckets whose objects the principal may already use.',
      }],
    },
    {
      name: 'NotAction that does not exclude it',
      code: policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: BUCKET }),
      errors: [{
        messageId: 'policy', line: 6, column: 13, endColumn: 24,
        message: 'NotAction on "arn:aws:s3:::reports", which allows s3:PutBucketPolicy, lets the principal write a bucket policy that gives itself or another account s3:GetObject, s3:PutObject and s3:DeleteObject on every object in the bucket, which this policy does not allow; remove s3:PutBucketPolicy or allow it only on buckets whose objects the principal may already use.',
      }],
    },
    {
      name: 'every bucket, with objects allowed in one of them',
      code: policy(allow(['s3:ListBucket', 's3:PutBucketPolicy'], 'arn:aws:s3:::*'), allow(objectActions, OBJECTS)),
      errors: [{ messageId: 'policy', line: 8, column: 17 }],
    },
    {
      name: 'objects allowed under one prefix only',
      code: policy(allow('s3:PutBucketPolicy', BUCKET), allow(objectActions, 'arn:aws:s3:::reports/${aws:username}/*')),
      errors: [{ messageId: 'policy', line: 6, column: 23 }],
    },
    {
      name: 'a bucket ACL',
      code: policy(allow(['s3:GetObject', 's3:PutBucketAcl'], [BUCKET, OBJECTS])),
      errors: [{
        messageId: 'acl', line: 8, column: 17,
        message: '"s3:PutBucketAcl" on "arn:aws:s3:::reports" lets the principal write a bucket ACL that gives another account or everyone s3:PutObject on every object in the bucket, which this policy does not allow, wherever the bucket\'s ACLs are enabled (buckets created since April 2023 have them disabled unless s3:PutBucketOwnershipControls enables them); remove s3:PutBucketAcl or allow it only on buckets whose objects the principal may already write.',
      }],
    },
    {
      name: 'a lifecycle configuration',
      code: policy(allow(['s3:GetObject', 's3:PutObject', 's3:PutLifecycleConfiguration'], [BUCKET, OBJECTS])),
      errors: [{
        messageId: 'lifecycle', line: 9, column: 17,
        message: '"s3:PutLifecycleConfiguration" on "arn:aws:s3:::reports" lets the principal add a lifecycle rule that expires, and so deletes, every object in the bucket, which this policy does not allow with s3:DeleteObject; remove s3:PutLifecycleConfiguration or allow it only on buckets whose objects the principal may already delete.',
      }],
    },
    {
      name: 'one finding per entry, for the strongest action that opens something: the policy is denied, the ACL opens nothing new',
      code: policy(allow('s3:Put*', [BUCKET, 'arn:aws:s3:::reports/*']), allow('s3:GetObject', OBJECTS), deny('s3:PutBucketPolicy')),
      errors: [{
        messageId: 'lifecycle', line: 6, column: 23,
        message: '"s3:Put*" on "arn:aws:s3:::reports", which includes s3:PutLifecycleConfiguration, lets the principal add a lifecycle rule that expires, and so deletes, every object in the bucket, which this policy does not allow with s3:DeleteObject; remove s3:PutLifecycleConfiguration or allow it only on buckets whose objects the principal may already delete.',
      }],
    },
    {
      name: 'each entry is a finding of its own',
      code: policy(allow(['s3:PutBucketPolicy', 's3:PutLifecycleConfiguration'], BUCKET)),
      errors: [{ messageId: 'policy', line: 7, column: 17 }, { messageId: 'lifecycle', line: 8, column: 17 }],
    },
    {
      name: 'a Deny on another bucket does not take it back',
      code: policy(allow('s3:PutBucketPolicy', '*'), deny('s3:PutBucketPolicy', 'arn:aws:s3:::audit-logs')),
      errors: [{ messageId: 'policy', line: 6, column: 23 }],
    },
    {
      name: 'a conditional Deny does not always apply',
      code: policy(allow('s3:PutBucketPolicy', BUCKET), deny('s3:*', '*', { Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } })),
      errors: [{ messageId: 'policy', line: 6, column: 23 }],
    },
    {
      name: 'a condition on the account or on MFA does not pick the buckets',
      code: policy(allow('s3:PutBucketPolicy', BUCKET, { Condition: { StringEquals: { 'aws:ResourceAccount': '${aws:PrincipalAccount}' }, Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })),
      errors: [{ messageId: 'policy', line: 6, column: 23 }],
    },
    // A tag or ACL header condition limits only when it admits just the values it lists.
    ...[
      { StringNotEquals: { 'aws:ResourceTag/team': 'finance' } },
      { StringEqualsIfExists: { 's3:BucketTag/team': 'data' } },
      { 'ForAllValues:StringEquals': { 'aws:ResourceTag/team': 'data' } },
      { Null: { 's3:BucketTag/team': 'false' } },
    ].map((Condition) => ({
      name: `${Object.keys(Condition)[0]} on a bucket tag does not select the buckets`,
      code: policy(allow('s3:PutBucketPolicy', '*', { Condition })),
      errors: [{ messageId: 'policy', line: 6, column: 23 }],
    })),
    ...[
      { StringNotEquals: { 's3:x-amz-acl': 'public-read-write' } },
      { StringEqualsIfExists: { 's3:x-amz-acl': 'private' } },
      { Null: { 's3:x-amz-grant-write': 'true' } },
    ].map((Condition) => ({
      name: `${Object.keys(Condition)[0]} on an ACL header does not limit the ACL (other values, or the ACL in the request body)`,
      code: policy(allow('s3:PutBucketAcl', BUCKET, { Condition })),
      errors: [{ messageId: 'acl', line: 6, column: 23 }],
    })),
    {
      name: 'through CloudFormation the template decides what is written',
      code: policy(allow('s3:Put*', BUCKET, { Condition: { 'ForAnyValue:StringEquals': { 'aws:CalledVia': 'cloudformation.amazonaws.com' } } })),
      errors: [{ messageId: 'policy', line: 6, column: 23 }],
    },
    {
      name: 'NotResource on the object actions that leaves out some objects of the bucket: the bucket policy opens them',
      code: policy(allow('s3:PutBucketPolicy', BUCKET), { Effect: 'Allow', Action: objectActions, NotResource: 'arn:aws:s3:::reports/private/*' }),
      errors: [{ messageId: 'policy', line: 6, column: 23 }],
    },
    {
      name: 'NotResource on the object actions with a prefix that covers the bucket\'s objects',
      code: policy(allow('s3:PutLifecycleConfiguration', BUCKET), { Effect: 'Allow', Action: 's3:DeleteObject', NotResource: 'arn:aws:s3:::rep*' }),
      errors: [{ messageId: 'lifecycle', line: 6, column: 23 }],
    },
    {
      name: 'every bucket but one, through NotResource',
      code: policy({ Effect: 'Allow', Action: 's3:PutBucketPolicy', NotResource: 'arn:aws:s3:::audit-logs' }),
      errors: [{
        messageId: 'policy', line: 6, column: 23,
        message: '"s3:PutBucketPolicy" with NotResource lets the principal write a bucket policy that gives itself or another account s3:GetObject, s3:PutObject and s3:DeleteObject on every object in the bucket, which this policy does not allow; remove s3:PutBucketPolicy or allow it only on buckets whose objects the principal may already use.',
      }],
    },
  ],
});
