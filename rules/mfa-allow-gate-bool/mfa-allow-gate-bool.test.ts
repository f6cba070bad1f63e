import { readFileSync } from 'node:fs';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './mfa-allow-gate-bool.js';

const seed = (name: string) => readFileSync(new URL(`../../test/fixtures/seeds/${name}`, import.meta.url), 'utf8');
const inline = (condition: string, action = '"ec2:*"') => `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":${action},"Resource":"*","Condition":${condition}}]}`;

new RuleTester().run(rule, {
  valid: [
    { name: 'catalog passing example', code: inline('{"Bool":{"aws:MultiFactorAuthPresent":"true"}}') },
    { name: 'AWS 2017 tutorial policy', code: seed('aws-tutorial-2017-force-mfa.json') },
    { name: 'a recent-MFA check without IfExists', code: inline('{"NumericLessThan":{"aws:MultiFactorAuthAge":"3600"}}') },
    { name: 'a Deny with BoolIfExists false is the right deny', code: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":"iam:EnableMFADevice","Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}' },
    { name: 'DeactivateMFADevice behind the weak gate is mfa-deactivate-requires-mfa\'s error', code: inline('{"BoolIfExists":{"aws:MultiFactorAuthPresent":"true"}}', '"iam:DeactivateMFADevice"') },
  ],
  invalid: [
    {
      name: 'catalog failing example, with the suggestion',
      code: inline('{"BoolIfExists":{"aws:MultiFactorAuthPresent":"true"}}'),
      errors: [{ messageId: 'ifExists', line: 1, column: 101, endColumn: 115,
        message: '"BoolIfExists": {"aws:MultiFactorAuthPresent": "true"} also allows requests signed with long-term access keys, which carry no "aws:MultiFactorAuthPresent" and never used MFA; use "Bool".',
        suggestions: [{ messageId: 'useStrict', output: inline('{"Bool":{"aws:MultiFactorAuthPresent":"true"}}') }] }],
    },
    {
      name: 'an age gate with IfExists; the key moves into an existing block',
      code: inline('{"NumericLessThan":{"aws:EpochTime":"1"},"NumericLessThanIfExists":{"aws:MultiFactorAuthAge":3600}}'),
      errors: [{ messageId: 'ifExists', line: 1, column: 141,
        suggestions: [{ messageId: 'useStrict', output: inline('{"NumericLessThan":{"aws:EpochTime":"1","aws:MultiFactorAuthAge":3600}}') }] }],
    },
  ],
});
