import { readFileSync } from 'node:fs';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './mfa-deny-condition-valid.js';

const seed = (name: string) => readFileSync(new URL(`../../test/fixtures/seeds/${name}`, import.meta.url), 'utf8');
const deny = (Condition: object) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', NotAction: 'iam:EnableMFADevice', Resource: '*', Condition }] });
const inline = (condition: string) => `{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":"iam:EnableMFADevice","Resource":"*","Condition":${condition}}]}`;

new RuleTester().run(rule, {
  valid: [
    { name: 'catalog passing example: key case and a JSON boolean are fine', code: inline('{"BoolIfExists":{"AWS:multifactorauthpresent":false}}') },
    { name: 'AWS reference policy', code: seed('aws-docs-self-manage-credentials-mfa.json') },
    { name: 'age checks', code: deny({ NumericGreaterThanIfExists: { 'aws:MultiFactorAuthAge': ['3600'] }, Null: { 'aws:MultiFactorAuthAge': true } }) },
    { name: 'a number for the age', code: deny({ NumericGreaterThanIfExists: { 'aws:MultiFactorAuthAge': 3600 } }) },
    { name: 'repeated equal values', code: deny({ BoolIfExists: { 'aws:MultiFactorAuthPresent': ['false', false] } }) },
    { name: 'an Allow is not checked here', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { boolIfExists: { 'aws:MFAPresent': 'true' } } }] } },
    { name: 'other keys are not checked', code: deny({ boolIfExist: { 'aws:SecureTransport': 'False' } }) },
    { name: 'null, objects and nested arrays are left to schema (one finding per defect)', code: deny({ BoolIfExists: { 'aws:MultiFactorAuthPresent': [null, { a: 1 }, ['false']] }, NumericGreaterThanIfExists: { 'aws:MultiFactorAuthAge': null } }) },
    { name: 'operators IAM does not know are condition-operator-valid\'s (one finding per defect)',
      code: deny({ BoolIfExist: { 'aws:MultiFactorAuthPresent': 'false' }, boolIfExists: { 'aws:MultiFactorAuthPresent': 'false' }, NullIfExists: { 'aws:MultiFactorAuthAge': 'true' }, IsTrue: { 'aws:MFAPresent': 'false' } }) },
    { name: 'IAM\'s own MFA-related keys are not lookalikes', code: deny({ StringEquals: { 'iam:FIDO-certification': 'L1' } }) },
  ],
  invalid: [
    {
      name: 'an age deny turned around (the Allow gate\'s NumericLessThan) denies requests with recent MFA',
      code: inline('{"NumericLessThan":{"aws:MultiFactorAuthAge":"3600"}}'),
      errors: [{ messageId: 'ageInverted', line: 1, column: 117, endColumn: 134,
        message: '"NumericLessThan" on "aws:MultiFactorAuthAge" makes this Deny apply to requests made with recent MFA, the ones it should let through; use "NumericGreaterThanIfExists" (deny when MFA is older than the limit, or absent).' }],
    },
    {
      name: 'the same with IfExists',
      code: deny({ NumericLessThanEqualsIfExists: { 'aws:MultiFactorAuthAge': '3600' } }),
      errors: [{ messageId: 'ageInverted', line: 9, column: 17 }],
    },
    {
      name: 'catalog failing example: a lookalike key under BoolIfExists locks everyone out',
      code: inline('{"BoolIfExists":{"aws:MultiFactorAuthenticationPresent":"false"}}'),
      errors: [{ messageId: 'lookalikeKey', line: 1, column: 133, endColumn: 171,
        message: '"aws:MultiFactorAuthenticationPresent" is not an AWS condition key, so it is never in the request and this Deny always applies, even to requests made with MFA; use "aws:MultiFactorAuthPresent".',
        suggestions: [{ messageId: 'renameKey', desc: 'Rename the key to "aws:MultiFactorAuthPresent".',
          output: inline('{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}') }] }],
    },
    {
      name: 'no rename onto a key the block already has',
      code: deny({ BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false', 'aws:MultiFactorAuthPresnt': 'false' } }),
      errors: [{ messageId: 'lookalikeKey', line: 11, column: 21, suggestions: [] }],
    },
    {
      name: 'a lookalike key under Bool never applies',
      code: deny({ Bool: { 'aws:MFAPresent': 'false' } }),
      errors: [{ messageId: 'lookalikeKey', line: 10, column: 21,
        message: '"aws:MFAPresent" is not an AWS condition key, so it is never in the request and this Deny never applies; use "aws:MultiFactorAuthPresent".' }],
    },
    {
      name: 'a set qualifier',
      code: deny({ 'ForAnyValue:BoolIfExists': { 'aws:MultiFactorAuthPresent': 'false' } }),
      errors: [{ messageId: 'qualifier', line: 9, column: 17,
        message: '"ForAnyValue:BoolIfExists" is for multivalued keys, and "aws:MultiFactorAuthPresent" has a single value; use "BoolIfExists".' }],
    },
    {
      name: 'values: both booleans, true, not a boolean, not a number',
      code: { Version: '2012-10-17', Statement: [
        { Effect: 'Deny', NotAction: 'iam:EnableMFADevice', Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': ['false', 'true'] } } },
        { Effect: 'Deny', NotAction: 'iam:EnableMFADevice', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': true } } },
        { Effect: 'Deny', NotAction: 'iam:EnableMFADevice', Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': '0' } } },
        { Effect: 'Deny', NotAction: 'iam:EnableMFADevice', Resource: '*', Condition: { NumericGreaterThanIfExists: { 'aws:MultiFactorAuthAge': '1h' } } },
        { Effect: 'Deny', NotAction: 'iam:EnableMFADevice', Resource: '*', Condition: { Null: { 'aws:MultiFactorAuthAge': 'false' } } },
      ] },
      errors: [
        { messageId: 'multipleValues', line: 10, column: 21,
          message: '"aws:MultiFactorAuthPresent" is compared with ["false","true"], and a condition matches when any one of its values does, so this Deny applies whether or not MFA was used; use only "false".' },
        { messageId: 'denyTrue', line: 23, column: 51,
          message: 'This Deny applies when "aws:MultiFactorAuthPresent" is "true", that is to requests made with MFA; use "false" to deny requests without MFA.' },
        { messageId: 'notBoolean', line: 33, column: 51, message: '"0" is not a boolean, so the condition on "aws:MultiFactorAuthPresent" does not work as intended; use "false".' },
        { messageId: 'notNumber', line: 43, column: 47, message: '"1h" is not a number of seconds, so the condition on "aws:MultiFactorAuthAge" never matches; use a whole number such as "3600".' },
        { messageId: 'nullFalse', line: 53, column: 47, message: '"Null": false means "aws:MultiFactorAuthAge" is present, so this Deny applies to requests made with MFA; use "true".' },
      ],
    },
    {
      name: 'the Present key under a String operator',
      code: deny({ StringEquals: { 'aws:MultiFactorAuthPresent': 'false' } }),
      errors: [{ messageId: 'wrongOperator', line: 9, column: 17,
        message: '"aws:MultiFactorAuthPresent" is a Bool key; under "StringEquals" the condition does not test it as intended; use "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}.' }],
    },
    {
      name: 'the Age key under Bool',
      code: deny({ Bool: { 'aws:MultiFactorAuthAge': 'false' } }),
      errors: [{ messageId: 'wrongOperator', line: 9, column: 17,
        message: '"aws:MultiFactorAuthAge" is a Numeric key; under "Bool" the condition does not test it as intended; use "NumericGreaterThanIfExists" with a number of seconds.' }],
    },
    {
      name: 'upper-case booleans are lowered (safe)',
      code: inline('{"BoolIfExists":{"aws:MultiFactorAuthPresent":["FALSE"]},"Null":{"aws:MultiFactorAuthAge":"True"}}'),
      errors: [
        { messageId: 'letterCase', line: 1, column: 163, message: 'Write the boolean "FALSE" in lower case: "false".' },
        { messageId: 'letterCase', line: 1, column: 206 },
      ],
      output: inline('{"BoolIfExists":{"aws:MultiFactorAuthPresent":["false"]},"Null":{"aws:MultiFactorAuthAge":"true"}}'),
    },
  ],
});
