import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './condition-binary-value.js';

const statement = (condition: object) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: '*', Condition: condition }],
});

new RuleTester().run(rule, {
  valid: [
    { code: statement({ BinaryEquals: { 'aws:x': ['QmluYXJ5VmFsdWU=', 'QQ==', 'QUI=', 'QUJD', 'QQ', 'a+b/'] } }) },
    { name: 'IfExists and other operators', code: statement({ BinaryEqualsIfExists: { 'aws:x': 'QUJD' }, StringEquals: { 'aws:y': 'not base64!' } }) },
    { name: 'variables, null and nested values are left to other rules (schema rejects null)', code: statement({ BinaryEquals: { 'aws:x': ['${aws:y}', { a: 1 }, null], 'aws:z': null } }) },
  ],
  invalid: [
    {
      code: statement({ BinaryEquals: { 'aws:x': 'BinaryValue!' } }),
      errors: [{ messageId: 'notBase64', line: 10, column: 30, endColumn: 44, issueCode: 'TYPE_MISMATCH_STRING', severity: 2,
        message: 'Value "BinaryValue!" is not base64; "BinaryEquals" takes the base64 encoding of the binary value, such as "QmluYXJ5VmFsdWU=".' }],
    },
    {
      name: 'bad padding, a lone extra character, empty, a number',
      code: '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "dynamodb:GetItem", "Resource": "*",\n  "Condition": {"BinaryEquals": {"aws:x": ["QQ=", "QUJDR", "", 42]}}}}',
      errors: [
        { messageId: 'notBase64', line: 2, column: 44, endColumn: 49 },
        { messageId: 'notBase64', line: 2, column: 51, endColumn: 58 },
        { messageId: 'notBase64', line: 2, column: 60, endColumn: 62 },
        { messageId: 'notBase64', line: 2, column: 64, endColumn: 66, message: 'Value 42 is not base64; "BinaryEquals" takes the base64 encoding of the binary value, such as "QmluYXJ5VmFsdWU=".' },
      ],
    },
  ],
});
