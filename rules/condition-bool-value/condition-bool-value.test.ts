import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './condition-bool-value.js';

const statement = (condition: object) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: condition }],
});

new RuleTester().run(rule, {
  valid: [
    {
      name: 'strings, JSON Booleans, any letter case, IfExists and Null',
      code: statement({
        Bool: { 'aws:SecureTransport': 'false', 'aws:ViaAWSService': true },
        BoolIfExists: { 'aws:MultiFactorAuthPresent': ['False'] },
        Null: { 'aws:TokenIssueTime': 'true', 'aws:SourceVpc': false },
      }),
    },
    { name: 'other operators are not checked', code: statement({ StringEquals: { 'aws:SecureTransport': ['yes', 'no'] } }) },
    { name: 'a policy variable is left to the variable rules', code: statement({ Bool: { 'aws:SecureTransport': '${aws:x}' } }) },
    {
      name: 'null, objects and nested arrays are left to the schema rule, which rejects them',
      code: statement({ Bool: { 'aws:MultiFactorAuthPresent': null, 'aws:SecureTransport': { x: 'yes' } }, BoolIfExists: { 'aws:ViaAWSService': [null] }, Null: { 'aws:TokenIssueTime': [['true']] } }),
    },
    { name: 'an invalid operator is left to condition-operator-valid', code: statement({ BoolEquals: { 'aws:SecureTransport': 'yes' } }) },
  ],
  invalid: [
    {
      code: statement({ Bool: { 'aws:SecureTransport': 'yes' } }),
      errors: [{ messageId: 'notBoolean', line: 10, column: 44, endColumn: 49, issueCode: 'TYPE_MISMATCH_BOOLEAN', severity: 1,
        message: 'Value "yes" is not a Boolean; "Bool" takes "true" or "false".' }],
    },
    {
      name: 'several values: an error at the key',
      code: statement({ BoolIfExists: { 'aws:MultiFactorAuthPresent': ['true', 'false'] } }),
      errors: [{ messageId: 'multiple', line: 10, column: 21, endColumn: 49, issueCode: 'INVALID_CONDITION_MULTIPLE_BOOLEAN', severity: 2,
        message: '"aws:MultiFactorAuthPresent" has 2 values under "BoolIfExists"; it takes a single Boolean value ("true" or "false").' }],
    },
    {
      name: 'Null takes Booleans too; numbers and text are reported, objects and null are left to the schema rule',
      code: statement({ Null: { 'aws:TokenIssueTime': [1, 'absent', { x: 1 }, null] } }),
      errors: [
        { messageId: 'multiple', line: 10, column: 21, endColumn: 41, message: '"aws:TokenIssueTime" has 4 values under "Null"; it takes a single Boolean value ("true" or "false").' },
        { messageId: 'notBoolean', line: 11, column: 25, endColumn: 26, message: 'Value 1 is not a Boolean; "Null" takes "true" or "false".' },
        { messageId: 'notBoolean', line: 12, column: 25, endColumn: 33, severity: 1 },
      ],
    },
    {
      name: 'single statement object with a qualifier',
      code: '{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "s3:*", "Resource": "*",\n  "Condition": {"ForAnyValue:Bool": {"aws:SecureTransport": "0"}}}}',
      errors: [{ messageId: 'notBoolean', line: 2, column: 61, endColumn: 64 }],
    },
  ],
});
