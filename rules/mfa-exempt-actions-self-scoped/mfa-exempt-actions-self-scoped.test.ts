import { readFileSync } from 'node:fs';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './mfa-exempt-actions-self-scoped.js';

const seed = (name: string) => readFileSync(new URL(`../../test/fixtures/seeds/${name}`, import.meta.url), 'utf8');
const deny = (NotAction: unknown) => ({ Effect: 'Deny', NotAction, Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } });
const policy = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });

new RuleTester().run(rule, {
  valid: [
    { name: 'catalog passing example (the R1 policy)', code: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:CreateAccessKey","Resource":"arn:aws:iam::*:user/${aws:username}"},{"Effect":"Deny","NotAction":["iam:CreateVirtualMFADevice","iam:EnableMFADevice"],"Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}' },
    { name: 'AWS reference policy', code: seed('aws-docs-self-manage-credentials-mfa.json') },
    { name: 'AWS 2017 tutorial policy', code: seed('aws-tutorial-2017-force-mfa.json') },
    { name: 'CreateVirtualMFADevice on mfa/* and ListVirtualMFADevices on *', code: policy(
      { Effect: 'Allow', Action: 'iam:CreateVirtualMFADevice', Resource: 'arn:aws:iam::*:mfa/*' },
      { Effect: 'Allow', Action: 'iam:ListVirtualMFADevices', Resource: '*' },
      deny(['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:ListVirtualMFADevices'])) },
    { name: 'a broad Allow of actions that are not exempt', code: policy({ Effect: 'Allow', Action: 'iam:CreateAccessKey', Resource: '*' }, deny(['iam:EnableMFADevice'])) },
    { name: 'no MFA deny, no exempt set', code: policy({ Effect: 'Allow', Action: 'iam:EnableMFADevice', Resource: 'arn:aws:iam::*:user/*' }) },
    { name: 'whole-service exemptions are mfa-notaction-no-escape-hatch\'s business', code: policy({ Effect: 'Allow', Action: 'iam:*', Resource: '*' }, deny(['iam:*'])) },
  ],
  invalid: [
    {
      name: 'catalog failing example',
      code: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:EnableMFADevice","Resource":"arn:aws:iam::*:user/*"},{"Effect":"Deny","NotAction":"iam:EnableMFADevice","Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}',
      errors: [{ messageId: 'otherUsers', line: 1, column: 98, endColumn: 121,
        message: '"arn:aws:iam::*:user/*" lets iam:EnableMFADevice, which the MFA deny exempts, act on other users, so anyone holding a user\'s access key can reach any user without MFA; use "arn:aws:iam::*:user/${aws:username}".' }],
    },
    {
      name: 'an administrator Allow in the same policy as the deny',
      code: policy({ Effect: 'Allow', Action: '*', Resource: '*' }, deny(['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:GetUser', 'iam:ListMFADevices', 'iam:ResyncMFADevice'])),
      errors: [{ messageId: 'otherUsers', line: 7, column: 25,
        message: '"*" lets iam:EnableMFADevice, iam:GetUser, iam:ListMFADevices and 1 more, which the MFA deny exempts, act on other users, so anyone holding a user\'s access key can reach any user without MFA; use "arn:aws:iam::*:user/${aws:username}".' }],
    },
    {
      name: 'Allow with NotAction and NotResource',
      code: policy({ Effect: 'Allow', NotAction: 's3:*', NotResource: 'arn:aws:iam::123456789012:user/admin' }, deny(['iam:EnableMFADevice'])),
      errors: [{ messageId: 'notResource', line: 7, column: 13,
        message: 'NotResource lets iam:EnableMFADevice, which the MFA deny exempts, act on every user it does not list, without MFA; use "Resource": "arn:aws:iam::*:user/${aws:username}".' }],
    },
    {
      name: 'a glob exemption and a glob grant',
      code: policy({ Effect: 'Allow', Action: 'iam:*MFADevice*', Resource: ['arn:aws:iam::111122223333:user/${aws:username}', 'arn:aws:iam::111122223333:user/*/*'] }, deny(['iam:Enable*', 'iam:Resync*'])),
      errors: [{ messageId: 'otherUsers', line: 9, column: 17,
        message: '"arn:aws:iam::111122223333:user/*/*" lets iam:EnableMFADevice and iam:ResyncMFADevice, which the MFA deny exempts, act on other users, so anyone holding a user\'s access key can reach any user without MFA; use "arn:aws:iam::111122223333:user/${aws:username}".' }],
    },
  ],
});
