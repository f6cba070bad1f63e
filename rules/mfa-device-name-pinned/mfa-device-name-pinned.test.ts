import { readFileSync } from 'node:fs';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './mfa-device-name-pinned.js';

const seed = (name: string) => readFileSync(new URL(`../../test/fixtures/seeds/${name}`, import.meta.url), 'utf8');
const inline = (action: string, resource: string) => `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":${action},"Resource":${resource}}]}`;
const message = (resource: string) => `iam:CreateVirtualMFADevice on "${resource}" forces each virtual device to be named after its user, so users cannot name devices or have more than one; use "arn:aws:iam::*:mfa/*", as AWS's examples do since IAM allowed several MFA devices per user in November 2022.`;

new RuleTester().run(rule, {
  valid: [
    { name: 'catalog passing example (the R15 policy)', code: inline('"iam:CreateVirtualMFADevice"', '"arn:aws:iam::*:mfa/*"') },
    { name: 'other actions on the pinned ARN', code: inline('["iam:DeleteVirtualMFADevice","iam:EnableMFADevice"]', '"arn:aws:iam::*:mfa/${aws:username}"') },
    { name: 'a path below the user name', code: inline('"iam:CreateVirtualMFADevice"', '"arn:aws:iam::*:mfa/${aws:username}/*"') },
  ],
  invalid: [
    {
      name: 'catalog failing example',
      code: inline('"iam:CreateVirtualMFADevice"', '"arn:aws:iam::*:mfa/${aws:username}"'),
      errors: [{ messageId: 'pinned', line: 1, column: 105, endColumn: 141, message: message('arn:aws:iam::*:mfa/${aws:username}') }],
    },
    {
      name: 'the AWS reference policy (its 2019-2022 text)',
      code: seed('aws-docs-self-manage-credentials-mfa.json'),
      errors: [{ messageId: 'pinned', line: 76, column: 25 }],
    },
    {
      name: 'through a list and a glob grant, with the variable in another letter case',
      code: inline('"iam:*VirtualMFADevice"', '["arn:aws:iam::111122223333:mfa/${AWS:UserName}","arn:aws:iam::*:user/${aws:username}"]'),
      errors: [{ messageId: 'pinned', line: 1, column: 101,
        message: 'iam:CreateVirtualMFADevice on "arn:aws:iam::111122223333:mfa/${AWS:UserName}" forces each virtual device to be named after its user, so users cannot name devices or have more than one; use "arn:aws:iam::111122223333:mfa/*", as AWS\'s examples do since IAM allowed several MFA devices per user in November 2022.' }],
    },
  ],
});
