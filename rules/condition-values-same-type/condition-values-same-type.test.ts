import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './condition-values-same-type.js';

const statement = (condition: object) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*', Condition: condition }],
});

new RuleTester().run(rule, {
  valid: [
    { code: statement({ NumericLessThanEquals: { 's3:max-keys': [10, 20] }, StringEquals: { 's3:prefix': ['a', 'b'] } }) },
    { name: 'one value of any type', code: statement({ Bool: { 'aws:SecureTransport': true }, NumericEquals: { 's3:max-keys': ['10'] } }) },
    { name: 'nested objects and null are left to the schema rule', code: statement({ StringEquals: { 's3:prefix': ['a', { b: 1 }, null, ['c']] } }) },
  ],
  invalid: [
    {
      code: '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*",\n  "Condition": {"NumericLessThanEquals": {"s3:max-keys": ["10", 20]}}}}',
      errors: [{
        messageId: 'mixed', line: 2, column: 43, endColumn: 56, issueCode: 'INVALID_CONDITION_DATA_TYPE', severity: 2,
        message: '"s3:max-keys" mixes string and number values; write all values of a condition key with one JSON type (for example all as strings).',
        suggestions: [{ messageId: 'asStrings', output: '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*",\n  "Condition": {"NumericLessThanEquals": {"s3:max-keys": ["10", "20"]}}}}' }],
      }],
    },
    {
      name: 'three types; no suggestion when a value is not a scalar',
      code: statement({ Bool: { 'aws:SecureTransport': ['true', false, 1, { x: 1 }] } }),
      errors: [{
        messageId: 'mixed', line: 10, column: 21, endColumn: 42, suggestions: [],
        message: '"aws:SecureTransport" mixes string, number and boolean values; write all values of a condition key with one JSON type (for example all as strings).',
      }],
    },
  ],
});
