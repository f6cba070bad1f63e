import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './condition-number-value.js';

const statement = (condition: object) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*', Condition: condition }],
});

new RuleTester().run(rule, {
  valid: [
    {
      name: 'numbers as JSON and as text',
      code: statement({ NumericLessThanEquals: { 's3:max-keys': '100' }, NumericEquals: { 'aws:x': [1, '2', '-3.5', '.5', '1e3'] } }),
    },
    { name: 'several values under Equals and NotEquals are alternatives, not redundant', code: statement({ NumericNotEquals: { 's3:max-keys': ['1', '2'] } }) },
    { name: 'variables, null and nested values are left to other rules (schema rejects null)', code: statement({ NumericEquals: { 's3:max-keys': ['${aws:x}', ['1'], null], 'aws:y': null } }) },
    { name: 'other operators are not checked', code: statement({ StringEquals: { 's3:max-keys': 'ten' } }) },
  ],
  invalid: [
    {
      code: statement({ NumericLessThan: { 's3:max-keys': 'ten' } }),
      errors: [{ messageId: 'notNumber', line: 10, column: 36, endColumn: 41, issueCode: 'TYPE_MISMATCH_NUMBER', severity: 2,
        message: 'Value "ten" is not a number; "NumericLessThan" takes an integer or decimal such as "10" or "2.5".' }],
    },
    {
      name: 'spaces, Booleans and hexadecimal are not numbers; no redundancy finding while a value is invalid',
      code: statement({ NumericGreaterThan: { 's3:max-keys': [' 5', true, '0x10'] } }),
      errors: [
        { messageId: 'notNumber', line: 11, column: 25, endColumn: 29 },
        { messageId: 'notNumber', line: 12, column: 25, endColumn: 29, message: 'Value true is not a number; "NumericGreaterThan" takes an integer or decimal such as "10" or "2.5".' },
        { messageId: 'notNumber', line: 13, column: 25, endColumn: 31 },
      ],
    },
    {
      name: 'the example of the Access Analyzer documentation: keep the greatest',
      code: '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*",\n  "Condition": {"NumericLessThan": {"aws:MultiFactorAuthAge": ["2700", "3600"]}}}}',
      errors: [{ messageId: 'redundant', line: 2, column: 37, endColumn: 61, issueCode: 'REDUNDANT_CONDITION_VALUE_NUM',
        message: '"aws:MultiFactorAuthAge" lists 2 values under "NumericLessThan", but only the greatest, "3600", matters; keep that one.' }],
      output: '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*",\n  "Condition": {"NumericLessThan": {"aws:MultiFactorAuthAge": "3600"}}}}',
    },
    {
      name: 'greater-than keeps the least; JSON numbers keep their type',
      code: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*",\n  "Condition": {"ForAnyValue:NumericGreaterThanEqualsIfExists": {"aws:x": [5, 1.5, 7]}}}]}',
      errors: [{ messageId: 'redundant', line: 2, column: 66, endColumn: 73,
        message: '"aws:x" lists 3 values under "ForAnyValue:NumericGreaterThanEqualsIfExists", but only the least, 1.5, matters; keep that one.' }],
      output: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*",\n  "Condition": {"ForAnyValue:NumericGreaterThanEqualsIfExists": {"aws:x": 1.5}}}]}',
    },
  ],
});
