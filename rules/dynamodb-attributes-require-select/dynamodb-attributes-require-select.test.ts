import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './dynamodb-attributes-require-select.js';

const attributes = { 'dynamodb:Attributes': ['UserId', 'TopScore'] };
const policy = (statement: object) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Resource: '*', ...statement }] });
const text = (value: object) => JSON.stringify(value, null, 4);

new RuleTester().run(rule, {
  valid: [
    {
      name: 'the documented pair',
      code: policy({ Action: 'dynamodb:Query', Condition: { 'ForAllValues:StringEquals': attributes, StringEqualsIfExists: { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES' } } }),
    },
    { name: 'StringEquals, any key case', code: policy({ Action: 'dynamodb:Scan', Condition: { 'ForAllValues:StringEquals': { 'DynamoDB:attributes': ['a'], 'dynamodb:select': 'SPECIFIC_ATTRIBUTES' } } }) },
    { name: 'no Query or Scan allowed', code: policy({ Action: ['dynamodb:PutItem', 'dynamodb:UpdateItem'], Condition: { 'ForAllValues:StringEquals': attributes } }) },
    { name: 'a Deny', code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'dynamodb:*', Resource: '*', Condition: { 'ForAnyValue:StringEquals': { 'dynamodb:Attributes': ['Salary'] } } }] } },
    { name: 'no dynamodb:Attributes', code: policy({ Action: 'dynamodb:Query', Condition: { 'ForAllValues:StringEquals': { 'dynamodb:LeadingKeys': ['${www.amazon.com:user_id}'] } } }) },
  ],
  invalid: [
    {
      code: policy({ Action: ['dynamodb:GetItem', 'dynamodb:Query'], Condition: { 'ForAllValues:StringEquals': attributes } }),
      errors: [{
        messageId: 'missingSelect', line: 13, column: 21, endColumn: 42, issueCode: 'DYNAMODB_ATTRIBUTES_WITHOUT_SELECT', severity: 2,
        message: '"dynamodb:Attributes" limits the attributes, but without "dynamodb:Select": "SPECIFIC_ATTRIBUTES" a Query or Scan that selects ALL_ATTRIBUTES still returns every attribute; add "StringEqualsIfExists": {"dynamodb:Select": "SPECIFIC_ATTRIBUTES"}.',
        suggestions: [{ messageId: 'addSelect', output: text(policy({ Action: ['dynamodb:GetItem', 'dynamodb:Query'], Condition: { 'ForAllValues:StringEquals': attributes, StringEqualsIfExists: { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES' } } })) }],
      }],
    },
    {
      name: 'wildcard action; the key joins an existing StringEqualsIfExists block',
      code: policy({ Action: 'dynamodb:*', Condition: { 'ForAllValues:StringEquals': attributes, StringEqualsIfExists: { 'dynamodb:ReturnValues': 'NONE' } } }),
      errors: [{
        messageId: 'missingSelect', line: 10, column: 21, endColumn: 42,
        suggestions: [{ messageId: 'addSelect', output: text(policy({ Action: 'dynamodb:*', Condition: { 'ForAllValues:StringEquals': attributes, StringEqualsIfExists: { 'dynamodb:ReturnValues': 'NONE', 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES' } } })) }],
      }],
    },
    {
      name: 'a Select condition with another value; NotAction that leaves Scan allowed',
      code: policy({ NotAction: 'dynamodb:Query', Condition: { 'ForAllValues:StringEquals': attributes, StringEquals: { 'dynamodb:Select': 'ALL_ATTRIBUTES' } } }),
      errors: [{ messageId: 'missingSelect', line: 10, column: 21, endColumn: 42, suggestions: [] }],
    },
  ],
});
