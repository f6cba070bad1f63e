import { describe, expect, it } from 'vitest';
import { PolicyDocument } from '../../src/engine/document.js';
import { lintDocument } from '../../src/engine/linter.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import arnFormat from '../arn-format/arn-format.js';
import rule from './s3-resource-type.js';

const policy = (Action: unknown, Resource: unknown, Effect = 'Allow') => ({ Version: '2012-10-17', Statement: [{ Effect, Action, Resource }] });

new RuleTester().run(rule, {
  valid: [
    { name: 'the usual pair: ListBucket on the bucket, object actions on its objects', code: { Version: '2012-10-17', Statement: [
      { Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::reports' },
      { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::reports/*' },
    ] } },
    { name: 'both kinds in one statement', code: policy(['s3:ListBucket', 's3:GetObject'], ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*']) },
    { name: 'a bucket pattern may match objects too ("*" matches "/")', code: policy('s3:GetObject', 'arn:aws:s3:::reports*') },
    { name: 'Resource "*"', code: policy('s3:GetObject', '*') },
    { name: 'an access point ARN is another resource type', code: policy('s3:GetObject', ['arn:aws:s3:::reports', 'arn:aws:s3:us-east-1:111122223333:accesspoint/ap']) },
    { name: 'a variable in the bucket name', code: policy('s3:GetObject', 'arn:aws:s3:::${aws:PrincipalTag/team}') },
    { name: 'wildcard actions are not expanded', code: policy('s3:Get*', 'arn:aws:s3:::reports') },
    { name: 'an action that takes only "*" is not this rule', code: policy('s3:ListAllMyBuckets', 'arn:aws:s3:::reports') },
    { name: 'other services\' actions', code: policy('kms:Decrypt', 'arn:aws:s3:::reports') },
    { name: 'an entry that is no bucket ARN without its whitespace either', code: policy(['s3:GetObject', 's3:ListBucket'], ['arn:aws:s3::: ', 'arn:aws:s3:::bucket ']) },
    { name: 'an entry with whitespace around it counts as the kind it is without it', code: policy(['s3:GetObject', 's3:ListBucket'], ['arn:aws:s3:::reports', ' arn:aws:s3:::reports/*']) },
    { name: 'NotResource', code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:GetObject', NotResource: 'arn:aws:s3:::reports' }] } },
  ],
  invalid: [
    {
      name: 'GetObject on the bucket ARN',
      code: policy(['s3:ListBucket', 's3:GetObject'], 'arn:aws:s3:::reports'),
      errors: [{ messageId: 'needsObject', line: 8, column: 17,
        message: '"s3:GetObject" acts on objects (arn:${Partition}:s3:::${BucketName}/${ObjectName}), but this statement names only buckets, such as "arn:aws:s3:::reports", so it does not apply to "s3:GetObject"; add "arn:aws:s3:::reports/*" to Resource.' }],
    },
    {
      name: 'ListBucket on the objects, in a Deny, with a resource of another service beside',
      code: policy('S3:ListBucket', ['arn:aws:s3:::reports/2024/*', 'arn:aws:sqs:us-east-1:111122223333:q'], 'Deny'),
      errors: [{ messageId: 'needsBucket', line: 6, column: 23,
        message: '"S3:ListBucket" acts on buckets (arn:${Partition}:s3:::${BucketName}), but this statement names only objects, such as "arn:aws:s3:::reports/2024/*", so it does not apply to "S3:ListBucket"; add "arn:aws:s3:::reports" to Resource.' }],
    },
    {
      name: 'the example quoted is an entry without whitespace around it',
      code: policy('s3:GetObject', ['arn:aws:s3:::logs ', 'arn:aws:s3:::reports']),
      errors: [{ messageId: 'needsObject', line: 6, column: 23,
        message: '"s3:GetObject" acts on objects (arn:${Partition}:s3:::${BucketName}/${ObjectName}), but this statement names only buckets, such as "arn:aws:s3:::reports", so it does not apply to "s3:GetObject"; add "arn:aws:s3:::reports/*" to Resource.' }],
    },
  ],
});

describe('a statement whose only entries of a kind have whitespace around them', () => {
  const code = policy(['s3:GetObject'], ['arn:aws:s3:::reports ', ' arn:aws:s3:::logs']);
  const lint = (rules: Array<typeof rule>) => lintDocument(new PolicyDocument('p.json', JSON.stringify(code, null, 4)), {
    policyType: 'identity', rules: rules.map((r) => ({ rule: r, severity: 1 as const })),
  }).map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.messageId}${m.ruleId === rule.id ? `: ${m.message}` : ''}`);

  it('gets arn-format\'s whitespace findings only', () => {
    expect(lint([rule, arnFormat])).toEqual(['10:38 arn-format whitespace', '11:18 arn-format whitespace']);
  });

  it('gets this rule\'s finding, quoting the entry without whitespace, when arn-format is off', () => {
    expect(lint([rule])).toEqual(['7:17 s3-resource-type needsObject: "s3:GetObject" acts on objects (arn:${Partition}:s3:::${BucketName}/${ObjectName}), but this statement names only buckets, such as "arn:aws:s3:::reports", so it does not apply to "s3:GetObject"; add "arn:aws:s3:::reports/*" to Resource.']);
  });
});
