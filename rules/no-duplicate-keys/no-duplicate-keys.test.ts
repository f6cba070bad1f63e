import { describe, expect, it } from 'vitest';
import { RuleTester, runRule } from '../../src/testing/rule-tester.js';
import rule from './no-duplicate-keys.js';

describe('no-duplicate-keys issue codes', () => {
  it('gives plain duplicates no Access Analyzer code, and case-only condition duplicates theirs', () => {
    const messages = runRule(rule, '{"Statement": {"Condition": {"Bool": {"aws:SecureTransport": "true", "AWS:securetransport": "true"}}}, "Statement": []}');
    expect(messages.map((m) => [m.messageId, m.issueCode])).toEqual([
      ['differentCase', 'DUPLICATE_KEYS_WITH_DIFFERENT_CASE'],
      ['duplicate', undefined],
    ]);
  });
});

new RuleTester().run(rule, {
  valid: [
    { code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] } },
    { name: 'keys are case-sensitive outside condition blocks', code: '{"Version": "2012-10-17", "version": "2012-10-17", "Statement": []}' },
    { name: 'the same key in different objects', code: '{"Statement": [{"Sid": "A"}, {"Sid": "B"}]}' },
    {
      name: 'the same condition key under two operators',
      code: '{"Statement": [{"Effect": "Deny", "Action": "*", "Resource": "*", "Condition": {"StringNotEquals": {"aws:RequestedRegion": "eu-west-1"}, "StringNotLike": {"AWS:requestedregion": "eu-*"}}}]}',
    },
    {
      name: 'keys differing in case inside Principal are not condition keys',
      policyType: 'resource',
      code: '{"Statement": [{"Effect": "Allow", "Principal": {"AWS": "*", "aws": "*"}, "Action": "s3:GetObject", "Resource": "*"}]}',
    },
    { name: 'not a policy at all', code: '[1, 1, {"a": {"b": 1}}]' },
  ],
  invalid: [
    {
      name: 'points at the later key and names the line of the first',
      code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Deny",\n      "Action": "s3:DeleteBucket",\n      "Resource": "*",\n      "Effect": "Allow"\n    }\n  ]\n}',
      errors: [{
        messageId: 'duplicate', line: 8, column: 7, endLine: 8, endColumn: 15, severity: 2,
        message: 'Key "Effect" appears again (first on line 5); JSON parsers disagree about which value wins, so keep only one.',
      }],
      output: null,
    },
    {
      name: 'no Access Analyzer code for plain duplicates',
      code: '{"Version": "2012-10-17", "Statement": [], "Version": "2008-10-17"}',
      errors: [{ messageId: 'duplicate', line: 1, column: 44, endColumn: 53 }],
    },
    {
      name: 'the same value twice: --fix removes the later one',
      code: '{\n  "Version": "2012-10-17",\n  "Statement": [],\n  "Version": "2012-10-17"\n}',
      errors: [{ messageId: 'duplicate', line: 4, column: 3, endColumn: 12 }],
      output: '{\n  "Version": "2012-10-17",\n  "Statement": []\n}',
    },
    {
      name: 'equal objects written differently count as the same value',
      code: '{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "true"}},\n"Condition": { "Bool": { "aws:SecureTransport": "true" } }}}',
      errors: [{ messageId: 'duplicate', line: 2, column: 1, endColumn: 12,
        message: 'Key "Condition" appears again (first on line 1); JSON parsers disagree about which value wins, so keep only one.' }],
      output: '{"Statement": {"Effect": "Allow", "Action": "*", "Resource": "*", "Condition": {"Bool": {"aws:SecureTransport": "true"}}}}',
    },
    {
      name: 'three times: each later one is reported, the last is removed while equal to the one before',
      code: '{"a": 1, "a": 2, "a": 2}',
      errors: [
        { messageId: 'duplicate', line: 1, column: 10, endColumn: 13 },
        { messageId: 'duplicate', line: 1, column: 18, endColumn: 21 },
      ],
      output: '{"a": 1, "a": 2}',
    },
    {
      name: 'keys equal after unescaping',
      code: '{"S\\u0069d": "A", "Sid": "B"}',
      errors: [{ messageId: 'duplicate', line: 1, column: 19, endColumn: 24, message: 'Key "Sid" appears again (first on line 1); JSON parsers disagree about which value wins, so keep only one.' }],
    },
    {
      name: 'inside an earlier duplicate: reported, but no path can name it for a fix',
      code: '{"Statement": [{"Sid": "a", "Sid": "a"}], "Statement": []}',
      errors: [
        { messageId: 'duplicate', line: 1, column: 29, endColumn: 34 },
        { messageId: 'duplicate', line: 1, column: 43, endColumn: 54 },
      ],
      output: null,
    },
    {
      name: 'condition keys that differ only in case',
      code: '{\n  "Version": "2012-10-17",\n  "Statement": {\n    "Effect": "Deny",\n    "Action": "*",\n    "Resource": "*",\n    "Condition": {\n      "StringNotEquals": {\n        "aws:RequestedRegion": "eu-west-1",\n        "aws:requestedregion": "eu-central-1"\n      }\n    }\n  }\n}',
      errors: [{
        messageId: 'differentCase', line: 10, column: 9, endLine: 10, endColumn: 30, severity: 2, issueCode: 'DUPLICATE_KEYS_WITH_DIFFERENT_CASE',
        message: 'Condition key "aws:requestedregion" repeats "aws:RequestedRegion" (line 9) in other letter case in the same "StringNotEquals" block; condition keys are case-insensitive, so merge the two.',
      }],
      output: null,
    },
    {
      name: 'exact and case-only duplicates in one block',
      code: '{"Statement": [{"Condition": {"StringEquals": {"aws:username": "a", "AWS:UserName": "b", "aws:username": "a"}}}]}',
      errors: [
        { messageId: 'differentCase', line: 1, column: 69, endColumn: 83, issueCode: 'DUPLICATE_KEYS_WITH_DIFFERENT_CASE' },
        { messageId: 'duplicate', line: 1, column: 90, endColumn: 104 },
      ],
      output: '{"Statement": [{"Condition": {"StringEquals": {"aws:username": "a", "AWS:UserName": "b"}}}]}',
    },
  ],
});
