import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './condition-empty-values.js';

const statement = (condition: object) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*', Condition: condition }],
});

new RuleTester().run(rule, {
  valid: [
    { code: statement({ StringLike: { 's3:prefix': ['home/'] }, Null: { 'aws:TagKeys': 'true' } }) },
    { name: 'no Condition', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' }] } },
    { name: 'an empty string is a value', code: statement({ StringEquals: { 's3:prefix': '' } }) },
    { name: 'invalid operators are left to condition-operator-valid', code: statement({ StringEqual: { 's3:prefix': [] } }) },
  ],
  invalid: [
    {
      name: 'an empty Condition element',
      code: statement({}),
      errors: [{ messageId: 'emptyCondition', line: 8, column: 13, endColumn: 24, issueCode: 'EMPTY_OBJECT_CONDITION', severity: 2,
        message: 'The Condition element is empty; remove it or add conditions.' }],
    },
    {
      name: 'an empty operator block',
      code: statement({ StringEquals: {}, Bool: { 'aws:SecureTransport': 'true' } }),
      errors: [{ messageId: 'emptyOperator', line: 9, column: 17, endColumn: 31, issueCode: 'EMPTY_OBJECT_CONDITION',
        message: 'The "StringEquals" block has no condition keys; remove it or add keys.' }],
    },
    {
      name: 'each operator form',
      code: statement({
        StringLike: { 's3:prefix': [] },
        'ForAllValues:StringEquals': { 'aws:TagKeys': [] },
        'ForAnyValue:StringEquals': { 'aws:TagKeys': [] },
        StringEqualsIfExists: { 'aws:PrincipalTag/team': [] },
        StringNotEquals: { 'aws:PrincipalTag/team': [] },
        'ForAnyValue:StringNotLike': { 'aws:TagKeys': [] },
      }),
      errors: [
        { messageId: 'emptyValues', line: 10, column: 21, endColumn: 32, issueCode: 'EMPTY_ARRAY_CONDITION',
          message: '"s3:prefix" has no values under "StringLike", so the condition never matches; add values or remove the key.' },
        { messageId: 'emptyValuesNull', line: 13, column: 21, endColumn: 34, issueCode: 'EMPTY_ARRAY_CONDITION_FORALLVALUES',
          message: '"aws:TagKeys" has no values under "ForAllValues:StringEquals", so the condition matches only requests without the key; to test that, write "Null": {"aws:TagKeys": "true"}.' },
        { messageId: 'emptyValues', line: 16, column: 21, endColumn: 34, issueCode: 'EMPTY_ARRAY_CONDITION_FORANYVALUE',
          message: '"aws:TagKeys" has no values under "ForAnyValue:StringEquals", so the condition never matches; add values or remove the key.' },
        { messageId: 'emptyValuesNull', line: 19, column: 21, endColumn: 44, issueCode: 'EMPTY_ARRAY_CONDITION_IFEXISTS' },
        { messageId: 'emptyValues', line: 22, column: 21, endColumn: 44, issueCode: 'EMPTY_ARRAY_CONDITION',
          message: '"aws:PrincipalTag/team" has no values under "StringNotEquals", so the condition always matches; add values or remove the key.' },
        { messageId: 'emptyValuesNull', line: 25, column: 21, endColumn: 34, issueCode: 'EMPTY_ARRAY_CONDITION_FORANYVALUE',
          message: '"aws:TagKeys" has no values under "ForAnyValue:StringNotLike", so the condition matches only requests that have the key; to test that, write "Null": {"aws:TagKeys": "false"}.' },
      ],
    },
    {
      name: 'single statement',
      code: '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*",\n  "Condition": {"ForAllValues:StringLikeIfExists": {"aws:TagKeys": []}}}}',
      errors: [{ messageId: 'emptyValuesNull', line: 2, column: 53, endColumn: 66, issueCode: 'EMPTY_ARRAY_CONDITION_FORALLVALUES' }],
    },
  ],
});
