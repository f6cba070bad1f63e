import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './mfa-age-deny-if-exists.js';

const inline = (condition: string, effect = 'Deny') => `{"Version":"2012-10-17","Statement":[{"Effect":"${effect}","NotAction":"iam:EnableMFADevice","Resource":"*","Condition":${condition}}]}`;
const message = (operator: string, key = 'aws:MultiFactorAuthAge') => `"${operator}" on "${key}" never matches requests without MFA (access keys and sessions without MFA carry no "${key}"), so this Deny does not apply to them; use "${operator}IfExists".`;

new RuleTester().run(rule, {
  valid: [
    { name: 'catalog passing example', code: inline('{"NumericGreaterThanIfExists":{"aws:MultiFactorAuthAge":"3600"}}') },
    { name: 'Null on the age', code: inline('{"Null":{"aws:MultiFactorAuthAge":"true"}}') },
    { name: 'an Allow with a recent-MFA check is right without IfExists', code: inline('{"NumericLessThan":{"aws:MultiFactorAuthAge":"3600"}}', 'Allow') },
    { name: 'other numeric keys', code: inline('{"NumericGreaterThan":{"s3:max-keys":"10"},"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}') },
    { name: 'an age deny turned around (NumericLessThan) is mfa-deny-condition-valid\'s business', code: inline('{"NumericLessThan":{"aws:MultiFactorAuthAge":"3600"}}') },
    { name: 'a qualifier is mfa-deny-condition-valid\'s business', code: inline('{"ForAnyValue:NumericGreaterThan":{"aws:MultiFactorAuthAge":"3600"}}') },
    { name: 'AWS\'s S3 example: a Null deny on the age already denies requests without MFA', policyType: 'resource', code: { Version: '2012-10-17', Statement: [
      { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::example-bucket/taxdocuments/*', Condition: { Null: { 'aws:MultiFactorAuthAge': true } } },
      { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::example-bucket/taxdocuments/*', Condition: { NumericGreaterThan: { 'aws:MultiFactorAuthAge': 3600 } } },
    ] } },
  ],
  invalid: [
    {
      name: 'a Null deny on fewer resources leaves the others without MFA',
      policyType: 'resource',
      code: { Version: '2012-10-17', Statement: [
        { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::example-bucket/taxdocuments/2024/*', Condition: { Null: { 'aws:MultiFactorAuthAge': true } } },
        { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::example-bucket/taxdocuments/*', Condition: { NumericGreaterThan: { 'aws:MultiFactorAuthAge': 3600 } } },
      ] },
      errors: [{ messageId: 'useIfExists', line: 21, column: 17 }],
      output: JSON.stringify({ Version: '2012-10-17', Statement: [
        { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::example-bucket/taxdocuments/2024/*', Condition: { Null: { 'aws:MultiFactorAuthAge': true } } },
        { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::example-bucket/taxdocuments/*', Condition: { NumericGreaterThanIfExists: { 'aws:MultiFactorAuthAge': 3600 } } },
      ] }, null, 4),
    },
    {
      name: 'catalog failing example',
      code: inline('{"NumericGreaterThan":{"aws:MultiFactorAuthAge":"3600"}}'),
      errors: [{ messageId: 'useIfExists', line: 1, column: 117, endColumn: 137, message: message('NumericGreaterThan') }],
      output: inline('{"NumericGreaterThanIfExists":{"aws:MultiFactorAuthAge":"3600"}}'),
    },
    {
      name: 'only the age key moves when the block has other keys; key case is kept',
      code: inline('{"NumericGreaterThanEquals":{"AWS:MultiFactorAuthAge":3600,"s3:max-keys":"10"}}'),
      errors: [{ messageId: 'useIfExists', line: 1, column: 117, message: message('NumericGreaterThanEquals', 'AWS:MultiFactorAuthAge') }],
      output: inline('{"NumericGreaterThanEquals":{"s3:max-keys":"10"},"NumericGreaterThanEqualsIfExists":{"AWS:MultiFactorAuthAge":3600}}'),
    },
    {
      name: 'moved into an existing empty IfExists block, keeping the value as written',
      code: inline('{"NumericGreaterThan":{"aws:MultiFactorAuthAge":"3600"},"NumericGreaterThanIfExists":{}}'),
      errors: [{ messageId: 'useIfExists', line: 1, column: 117 }],
      output: inline('{"NumericGreaterThanIfExists":{"aws:MultiFactorAuthAge":"3600"}}'),
    },
    {
      name: 'merged into an existing IfExists block, next to a Present check',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', NotAction: 'iam:EnableMFADevice', Resource: '*', Condition: {
        NumericGreaterThan: { 'aws:MultiFactorAuthAge': '3600' }, NumericGreaterThanIfExists: { 'aws:MultiFactorAuthAge2': '1' }, BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }] },
      errors: [{ messageId: 'useIfExists', line: 9, column: 17 }],
      output: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', NotAction: 'iam:EnableMFADevice', Resource: '*', Condition: {
        NumericGreaterThanIfExists: { 'aws:MultiFactorAuthAge2': '1', 'aws:MultiFactorAuthAge': '3600' }, BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }] }, null, 4),
    },
  ],
});
