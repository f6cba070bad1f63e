import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { PolicyDocument } from '../../src/engine/document.js';
import { lintDocument } from '../../src/engine/linter.js';
import conditionArnValue from '../condition-arn-value/condition-arn-value.js';
import rule, { notKeyArn } from './condition-kms-key-arn.js';

const KEY = 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
const policy = (condition: unknown, action: unknown = 's3:PutObject') => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Action: action, Resource: '*', Condition: condition }],
});

new RuleTester().run(rule, {
  valid: [
    { code: policy({ StringNotEquals: { 's3:x-amz-server-side-encryption-aws-kms-key-id': KEY } }) },
    { name: 'patterns that can match a key ARN', code: policy({ ArnNotLike: { 's3:x-amz-server-side-encryption-aws-kms-key-id': ['arn:aws:kms:*:111122223333:key/*', 'arn:aws:kms:*', 'arn*', '*'] } }) },
    { name: 'other partitions and multi-Region keys', code: policy({ StringEquals: { 'secretsmanager:KmsKeyArn': ['arn:aws-cn:kms:cn-north-1:111122223333:key/mrk-1234abcd12ab34cd56ef1234567890ab'] } }, 'secretsmanager:CreateSecret') },
    { name: 'variables and Null are not checked', code: policy({ StringEquals: { 's3:x-amz-server-side-encryption-aws-kms-key-id': '${aws:PrincipalTag/key}' }, Null: { 's3:x-amz-server-side-encryption-aws-kms-key-id': 'true' } }) },
    { name: 'keys that hold a key ID are not checked', code: policy({ StringEquals: { 'ec2:KmsKeyId': '1234abcd-12ab-34cd-56ef-1234567890ab' } }, 'ec2:CreateVolume') },
  ],
  invalid: [
    {
      name: 'a key ID',
      code: policy({ StringNotEquals: { 's3:x-amz-server-side-encryption-aws-kms-key-id': '1234abcd-12ab-34cd-56ef-1234567890ab' } }),
      errors: [{
        messageId: 'keyId', line: 10, column: 71, endLine: 10, endColumn: 109, severity: 2, issueCode: 'INVALID_KMS_KEY_VALUE',
        message: '"1234abcd-12ab-34cd-56ef-1234567890ab" is a key ID, but "s3:x-amz-server-side-encryption-aws-kms-key-id" holds the ARN of the KMS key (arn:aws:kms:<Region>:<account>:key/<key ID>): a key ID never matches it; write the key ARN.',
      }],
    },
    {
      name: 'an alias ARN and an alias name, in a list',
      code: policy({ 'ForAnyValue:ArnLike': { 'quicksight:KmsKeyArns': [KEY, 'arn:aws:kms:*:111122223333:alias/quicksight', 'alias/quicksight'] } }, 'quicksight:UpdateKeyRegistration'),
      errors: [
        { messageId: 'alias', line: 12, column: 25, issueCode: 'INVALID_KMS_KEY_VALUE', message: '"arn:aws:kms:*:111122223333:alias/quicksight" is an alias, but "quicksight:KmsKeyArns" holds the ARN of the KMS key (arn:aws:kms:<Region>:<account>:key/<key ID>), never of an alias; write the key ARN.' },
        { messageId: 'alias', line: 13, column: 25, issueCode: 'INVALID_KMS_KEY_VALUE' },
      ],
    },
    {
      name: 'the ARN of something else',
      code: policy({ ArnEquals: { 'sagemaker:VolumeKmsKey': 'arn:aws:s3:::my-key-bucket/key' } }, 'sagemaker:CreateTrainingJob'),
      errors: [{ messageId: 'notKms', line: 10, column: 47, issueCode: 'INVALID_KMS_KEY_VALUE' }],
    },
    {
      name: 'a key ID with whitespace around it is still a key ID',
      code: policy({ StringEquals: { 's3:x-amz-server-side-encryption-aws-kms-key-id': '1234abcd-12ab-34cd-56ef-1234567890ab ' } }),
      errors: [{ messageId: 'keyId', line: 10, column: 71, endColumn: 110 }],
    },
  ],
});

describe('notKeyArn', () => {
  it('judges patterns by their literal beginning', () => {
    expect(notKeyArn('arn:aws:kms:*:111122223333:key/*')).toBeUndefined();
    expect(notKeyArn('arn:aws:k*')).toBeUndefined();
    expect(notKeyArn('ar*')).toBeUndefined();
    expect(notKeyArn('arn:aws:s3:*')).toBe('notKms');
    expect(notKeyArn('arn:aws:kms:eu-west-1:111122223333:ke?/*')).toBeUndefined();
    expect(notKeyArn('arn:aws:kms:eu-west-1:111122223333:grant/*')).toBe('notKms');
    expect(notKeyArn('1234abcd-*')).toBe('keyId');
    expect(notKeyArn('mrk-1234abcd12ab34cd56ef1234567890ab')).toBe('keyId');
    expect(notKeyArn('arn:aws:kms:eu-west-1:111122223333:key')).toBe('notKms');
  });
});

describe('a key ARN with whitespace around it', () => {
  const code = policy({ StringEquals: { 's3:x-amz-server-side-encryption-aws-kms-key-id': `${KEY} ` }, ArnLike: { 'quicksight:KmsKeyArns': [` ${KEY}`] } });
  const lint = (rules: Array<typeof rule>) => lintDocument(new PolicyDocument('p.json', JSON.stringify(code, null, 4)), {
    policyType: 'identity', rules: rules.map((r) => ({ rule: r, severity: 2 as const })),
  }).map((m) => `${m.line}:${m.column}-${m.endColumn} ${m.ruleId} ${m.messageId}`);

  it('is condition-arn-value\'s one finding', () => {
    expect(lint([rule, conditionArnValue])).toEqual(['10:147-148 condition-arn-value whitespace', '14:26-27 condition-arn-value whitespace']);
  });

  it('is still not a KMS key ARN when condition-arn-value is off', () => {
    expect(lint([rule])).toEqual(['10:71-149 condition-kms-key-arn notKms', '14:25-103 condition-kms-key-arn notKms']);
  });
});
