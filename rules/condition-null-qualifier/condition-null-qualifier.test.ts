import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './condition-null-qualifier.js';

const statement = (condition: object) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: condition }],
});
const text = (value: object) => JSON.stringify(value, null, 4);

new RuleTester().run(rule, {
  valid: [
    { code: statement({ Null: { 'aws:TagKeys': 'true' } }) },
    { name: 'qualifiers on other operators', code: statement({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': 'secret' } }) },
    { name: 'an invalid operator is left to condition-operator-valid', code: statement({ 'ForAnyValue:NullIfExists': { 'aws:TagKeys': 'true' } }) },
  ],
  invalid: [
    {
      code: statement({ 'ForAnyValue:Null': { 'aws:TagKeys': 'true' } }),
      errors: [{
        messageId: 'qualified', line: 9, column: 17, endColumn: 35, issueCode: 'NULL_WITH_QUALIFIER', severity: 2,
        message: '"ForAnyValue:Null" is always false: ForAnyValue makes Null a constant instead of a presence test; use "Null".',
        suggestions: [{ messageId: 'rename', output: text(statement({ Null: { 'aws:TagKeys': 'true' } })) }],
      }],
    },
    {
      name: 'ForAllValues, next to an existing Null block: no suggestion',
      code: statement({ Null: { 'aws:SourceVpc': 'false' }, 'ForAllValues:Null': { 'aws:TagKeys': 'false' } }),
      errors: [{
        messageId: 'qualified', line: 12, column: 17, endColumn: 36, suggestions: [],
        message: '"ForAllValues:Null" is always true: ForAllValues makes Null a constant instead of a presence test; use "Null".',
      }],
    },
    {
      name: 'single statement object',
      code: '{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "s3:*", "Resource": "*",\n  "Condition": {"ForAllValues:Null": {"aws:TagKeys": "false"}}}}',
      errors: [{
        messageId: 'qualified', line: 2, column: 17, endColumn: 36,
        suggestions: [{ messageId: 'rename', output: '{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "s3:*", "Resource": "*",\n  "Condition": {"Null": {"aws:TagKeys": "false"}}}}' }],
      }],
    },
  ],
});
