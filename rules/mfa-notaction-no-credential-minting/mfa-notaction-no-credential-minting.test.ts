import { readFileSync } from 'node:fs';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './mfa-notaction-no-credential-minting.js';

const seed = (name: string) => readFileSync(new URL(`../../test/fixtures/seeds/${name}`, import.meta.url), 'utf8');
const inline = (notAction: string) => `{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":${notAction},"Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}`;

new RuleTester().run(rule, {
  valid: [
    { name: 'catalog passing example (the R4 policy)', code: inline('"iam:EnableMFADevice"') },
    { name: 'AWS reference policy', code: seed('aws-docs-self-manage-credentials-mfa.json') },
    { name: 'AWS 2017 tutorial policy: its List entries mint nothing', code: seed('aws-tutorial-2017-force-mfa.json') },
    { name: 'allowPasswordChangeWithoutMfa accepts UpdateLoginProfile', code: inline('["iam:EnableMFADevice","iam:UpdateLoginProfile"]'), options: { allowPasswordChangeWithoutMfa: true } },
    { name: 'ChangePassword is mfa-password-change-without-mfa\'s business', code: inline('["iam:EnableMFADevice","iam:ChangePassword"]') },
    { name: 'whole-service entries are mfa-notaction-no-escape-hatch\'s business', code: inline('["iam:EnableMFADevice","iam:*"]') },
    { name: 'an Allow of CreateAccessKey is not an exemption', code: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:CreateAccessKey","Resource":"arn:aws:iam::*:user/${aws:username}"}]}' },
  ],
  invalid: [
    {
      name: 'catalog failing example',
      code: inline('["iam:EnableMFADevice","iam:CreateAccessKey"]'),
      errors: [{ messageId: 'literal', line: 1, column: 90, endColumn: 111,
        message: '"iam:CreateAccessKey" in NotAction lets anyone holding the user\'s access key, without MFA, create a new access key that survives revoking this one; remove it from NotAction.' }],
      output: inline('["iam:EnableMFADevice"]'),
    },
    {
      name: 'a glob is reported without a fix',
      code: inline('["iam:EnableMFADevice","IAM:*accesskey*"]'),
      errors: [{ messageId: 'glob', line: 1, column: 90,
        message: '"IAM:*accesskey*" in NotAction also exempts iam:CreateAccessKey, iam:UpdateAccessKey and iam:DeleteAccessKey: anyone holding the user\'s access key, without MFA, can create or re-enable credentials and keep access after the key is revoked; list only the actions enrollment needs.' }],
      output: null,
    },
    {
      name: 'several literal entries, fixed in one pass',
      code: { Version: '2012-10-17', Statement: [
        { Effect: 'Deny', NotAction: ['iam:EnableMFADevice', 'iam:UpdateLoginProfile', 'iam:UploadSSHPublicKey', 'iam:ResetServiceSpecificCredential'], Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } },
      ] },
      errors: [
        { messageId: 'literal', line: 8, column: 17, message: '"iam:UpdateLoginProfile" in NotAction lets anyone holding the user\'s access key, without MFA, set a console password; remove it from NotAction.' },
        { messageId: 'literal', line: 9, column: 17 },
        { messageId: 'literal', line: 10, column: 17 },
      ],
      output: JSON.stringify({ Version: '2012-10-17', Statement: [
        { Effect: 'Deny', NotAction: ['iam:EnableMFADevice'], Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } },
      ] }, null, 4),
    },
    {
      name: 'a lone entry is not removed (NotAction would be empty)',
      code: inline('"iam:UploadSigningCertificate"'),
      errors: [{ messageId: 'literal', line: 1, column: 67 }],
      output: null,
    },
    {
      name: 'an exemption that another effective MFA deny takes back is not reported',
      code: { Version: '2012-10-17', Statement: [
        { Effect: 'Deny', NotAction: ['iam:EnableMFADevice', 'iam:CreateAccessKey', 'iam:CreateLoginProfile'], Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } },
        { Effect: 'Deny', Action: 'iam:CreateAccessKey', Resource: '*', Condition: { 'Null': { 'aws:MultiFactorAuthAge': 'true' } } },
      ] },
      errors: [{ messageId: 'literal', line: 9, column: 17 }],
      output: JSON.stringify({ Version: '2012-10-17', Statement: [
        { Effect: 'Deny', NotAction: ['iam:EnableMFADevice', 'iam:CreateAccessKey'], Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } },
        { Effect: 'Deny', Action: 'iam:CreateAccessKey', Resource: '*', Condition: { 'Null': { 'aws:MultiFactorAuthAge': 'true' } } },
      ] }, null, 4),
    },
  ],
});
