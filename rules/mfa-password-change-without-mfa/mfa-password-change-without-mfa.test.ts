import { readFileSync } from 'node:fs';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './mfa-password-change-without-mfa.js';

const seed = (name: string) => readFileSync(new URL(`../../test/fixtures/seeds/${name}`, import.meta.url), 'utf8');
const inline = (notAction: string) => `{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":${notAction},"Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}`;
const catalogFailing = inline('["iam:EnableMFADevice","iam:ChangePassword","iam:GetAccountPasswordPolicy"]');

new RuleTester().run(rule, {
  valid: [
    { name: 'catalog passing example (the R4 policy)', code: inline('"iam:EnableMFADevice"') },
    { name: 'AWS reference policy', code: seed('aws-docs-self-manage-credentials-mfa.json') },
    { name: 'the workaround, chosen on purpose', code: catalogFailing, options: { allowPasswordChangeWithoutMfa: true } },
    { name: 'UpdateLoginProfile is mfa-notaction-no-credential-minting\'s error', code: inline('["iam:EnableMFADevice","iam:UpdateLoginProfile"]') },
    { name: 'an Allow of ChangePassword', code: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ChangePassword","Resource":"arn:aws:iam::*:user/${aws:username}"}]}' },
  ],
  invalid: [
    {
      name: 'catalog failing example',
      code: catalogFailing,
      errors: [{ messageId: 'passwordChange', line: 1, column: 90, endColumn: 110,
        message: '"iam:ChangePassword" in NotAction lets users change their console password before signing in with MFA, a workaround AWS does not recommend; remove it and attach this policy after the first sign-in, or set the option allowPasswordChangeWithoutMfa.' }],
    },
    { name: 'a glob', code: inline('["iam:EnableMFADevice","iam:Change*"]'), errors: [{ messageId: 'passwordChange', line: 1, column: 90 }] },
  ],
});
