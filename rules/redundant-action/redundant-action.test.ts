import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { databaseLabel } from '../../src/iam/actions-db.js';
import rule, { patternCovers } from './redundant-action.js';

const db = databaseLabel();
const policy = (actions: unknown, element = 'Action') => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', [element]: actions, Resource: '*' }],
});
const text = (value: unknown) => JSON.stringify(value, null, 4);

new RuleTester().run(rule, {
  valid: [
    { code: policy(['iam:Get*', 'iam:List*', 'iam:GenerateCredentialReport']) },
    { name: 'a pattern that only overlaps another is not redundant', code: policy(['iam:Get*', 'iam:*CredentialReport']) },
    { name: 'a single action', code: policy('s3:GetObject') },
    { name: 'different services', code: policy(['s3:Get*', 's3express:GetObject', 'ec2:Describe*']) },
    { name: 'variables are left alone', code: policy(['s3:${aws:username}', 's3:${aws:username}']) },
    { name: 'entries of the same length that differ', code: policy(['s3:GetObject', 's3:PutObject', 'S3:DeleteTag']) },
  ],
  invalid: [
    {
      name: 'an action a wildcard entry covers (the documentation\'s example)',
      code: policy(['iam:Get*', 'iam:List*', 'iam:GetCredentialReport']),
      errors: [{
        messageId: 'covered', line: 9, column: 17, endLine: 9, endColumn: 42, severity: 2, issueCode: 'REDUNDANT_ACTION',
        message: '"iam:GetCredentialReport" is redundant: "iam:Get*" in the same Action already matches everything it matches; remove it.',
      }],
      output: text(policy(['iam:Get*', 'iam:List*'])),
    },
    {
      name: 'duplicates, in any case; the later one goes',
      code: policy(['s3:GetObject', 's3:PutObject', 'S3:getobject'], 'NotAction'),
      errors: [{
        messageId: 'duplicate', line: 9, column: 17, endColumn: 31, issueCode: 'REDUNDANT_ACTION',
        message: '"S3:getobject" is redundant: the same NotAction already lists "s3:GetObject"; remove it.',
      }],
      output: text(policy(['s3:GetObject', 's3:PutObject'], 'NotAction')),
    },
    {
      name: 'duplicates in a long list (more than 16 entries), in any case',
      code: policy([...Array.from({ length: 17 }, (_, i) => `ec2:Action${String.fromCharCode(65 + i)}`), 'EC2:actionb']),
      errors: [{
        messageId: 'duplicate', line: 24, column: 17, endColumn: 30, issueCode: 'REDUNDANT_ACTION',
        message: '"EC2:actionb" is redundant: the same Action already lists "ec2:ActionB"; remove it.',
      }],
      output: text(policy(Array.from({ length: 17 }, (_, i) => `ec2:Action${String.fromCharCode(65 + i)}`))),
    },
    {
      name: '"*" covers everything, and a narrower pattern is covered by a wider one',
      code: policy(['s3:GetObject*', '*', 's3:Get*']),
      errors: [
        { messageId: 'covered', line: 7, column: 17, issueCode: 'REDUNDANT_ACTION', message: '"s3:GetObject*" is redundant: "*" in the same Action already matches everything it matches; remove it.' },
        { messageId: 'covered', line: 9, column: 17, issueCode: 'REDUNDANT_ACTION', message: '"s3:Get*" is redundant: "*" in the same Action already matches everything it matches; remove it.' },
      ],
      output: text(policy(['*'])),
    },
    {
      name: 'the wildcard entry is not redundant although two entries together cover it; they are',
      code: policy(['iam:CreateVirtualMFADevice', 'iam:DeleteVirtualMFADevice', 'iam:*VirtualMFADevice']),
      errors: [
        { messageId: 'covered', line: 7, column: 17, issueCode: 'REDUNDANT_ACTION' },
        { messageId: 'covered', line: 8, column: 17, issueCode: 'REDUNDANT_ACTION' },
      ],
      output: text(policy(['iam:*VirtualMFADevice'])),
    },
    {
      name: 'the covering entry named is one that stays',
      code: policy(['s3:GetObject*', 's3:GetObjectAcl', 's3:Get*']),
      errors: [
        { messageId: 'covered', line: 7, column: 17, message: '"s3:GetObject*" is redundant: "s3:Get*" in the same Action already matches everything it matches; remove it.' },
        { messageId: 'covered', line: 8, column: 17, message: '"s3:GetObjectAcl" is redundant: "s3:Get*" in the same Action already matches everything it matches; remove it.' },
      ],
      output: text(policy(['s3:Get*'])),
    },
    {
      name: 'equivalent patterns: only the later one is reported',
      code: policy(['ec2:Describe*', 'ec2:Describe**']),
      errors: [{ messageId: 'covered', line: 8, column: 17, issueCode: 'REDUNDANT_ACTION' }],
      output: text(policy(['ec2:Describe*'])),
    },
    {
      name: 'covered only by what the database has today: a suggestion, not a fix',
      code: policy(['iam:ListVirtualMFA*', 'iam:List*Devices']),
      errors: [{
        messageId: 'coveredToday', line: 7, column: 17, endColumn: 38, issueCode: 'REDUNDANT_ACTION',
        message: `"iam:ListVirtualMFA*" is redundant today: in the IAM database (${db}), every action it matches (1) is also matched by "iam:List*Devices"; but a future action could match "iam:ListVirtualMFA*" alone.`,
        suggestions: [{ messageId: 'remove', output: text(policy(['iam:List*Devices'])) }],
      }],
      output: null,
    },
  ],
});

describe('patternCovers', () => {
  it('is true only when every text of the second pattern matches the first', () => {
    expect(patternCovers('iam:get*', 'iam:getuser')).toBe(true);
    expect(patternCovers('iam:get*', 'iam:get*policy')).toBe(true);
    expect(patternCovers('iam:*policy', 'iam:get*policy')).toBe(true);
    expect(patternCovers('iam:get?ser', 'iam:get?ser')).toBe(true);
    expect(patternCovers('iam:get*', 'iam:*')).toBe(false);
    expect(patternCovers('iam:getuser', 'iam:get?ser')).toBe(false);
    expect(patternCovers('iam:list*devices', 'iam:listvirtualmfa*')).toBe(false);
    expect(patternCovers('*', 'anything:*')).toBe(true);
  });
});
