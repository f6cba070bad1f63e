import { readFileSync } from 'node:fs';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './mfa-deactivate-requires-mfa.js';

const seed = (name: string) => readFileSync(new URL(`../../test/fixtures/seeds/${name}`, import.meta.url), 'utf8');
const self = 'arn:aws:iam::*:user/${aws:username}';
const allow = (extra: object) => ({ Effect: 'Allow', Action: 'iam:DeactivateMFADevice', Resource: self, ...extra });
const mfaDeny = (NotAction: string[], Condition: object = { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } }) => ({ Effect: 'Deny', NotAction, Resource: '*', Condition });
/** An effective MFA deny that neither covers nor exempts MFA removal. */
const otherDeny = { Effect: 'Deny', Action: ['s3:*', 'ec2:*'], Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } };
const policy = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });
const tutorial = seed('aws-tutorial-2017-force-mfa.json');

new RuleTester().run(rule, {
  valid: [
    { name: 'catalog passing example', code: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:DeactivateMFADevice","Resource":"arn:aws:iam::*:user/${aws:username}","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}' },
    { name: 'AWS reference policy: the deny covers both actions', code: seed('aws-docs-self-manage-credentials-mfa.json') },
    { name: 'a recent-MFA age gate', code: policy(allow({ Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' } } })) },
    { name: 'ungated, but an effective deny covers it', code: policy(allow({}), mfaDeny(['iam:EnableMFADevice'], { 'Null': { 'aws:MultiFactorAuthAge': 'true' } })) },
    // A deny that names the action but is broken is reported once, at its token, by the deny's own rules.
    { name: 'a Bool deny (mfa-deny-bool-if-exists reports it)', code: policy(allow({}), mfaDeny(['iam:EnableMFADevice'], { Bool: { 'aws:MultiFactorAuthPresent': 'false' } })) },
    { name: 'a deny with a misspelt MFA key always applies, so nothing is allowed (mfa-deny-condition-valid)', code: policy(allow({}), mfaDeny(['iam:EnableMFADevice'], { BoolIfExists: { 'aws:MultiFactorAuthenticationPresent': 'false' } })) },
    { name: 'a deny on both values always applies (mfa-deny-condition-valid)', code: policy(allow({}), mfaDeny(['iam:EnableMFADevice'], { BoolIfExists: { 'aws:MultiFactorAuthPresent': ['false', 'true'] } })) },
    { name: 'the 2017 tutorial: its NotAction exempts DeleteVirtualMFADevice (mfa-notaction-no-mfa-removal)', code: tutorial },
    { name: 'a plain admin policy is not of the family', code: policy({ Effect: 'Allow', Action: '*', Resource: '*' }) },
    // mfa-deny-present reports the missing deny, which would cover MFA removal: one finding for one defect.
    { name: 'users manage their own MFA device without MFA (no MFA key in the policy): mfa-deny-present\'s',
      code: policy({ Effect: 'Allow', Action: ['iam:EnableMFADevice', 'iam:DeactivateMFADevice'], Resource: self }) },
    { name: 'a Deny on another key is no MFA deny: mfa-deny-present\'s', code: policy(allow({}),
      mfaDeny(['iam:EnableMFADevice'], { BoolIfExists: { 'aws:SecureTransport': 'false' } })) },
    { name: 'on a Resource of no type it acts on, the Allow grants nothing (mfa-action-resource-type)',
      code: policy({ Effect: 'Allow', Action: ['iam:EnableMFADevice', 'iam:DeactivateMFADevice'], Resource: 'arn:aws:iam::*:mfa/${aws:username}' }) },
    { name: 'iam:DeleteVirtualMFADevice on the user ARN alone grants nothing (it acts on MFA devices: mfa-action-resource-type)',
      code: policy({ Effect: 'Allow', Action: 'iam:DeleteVirtualMFADevice', Resource: self }, otherDeny) },
    { name: 'a Deny of the action', code: policy({ Effect: 'Deny', Action: 'iam:DeactivateMFADevice', Resource: self }) },
    { name: 'an administrator policy: iam:* on the own user and MFA removal on every user, no MFA anywhere', code: policy(
      { Effect: 'Allow', Action: 'iam:*', Resource: self },
      { Effect: 'Allow', Action: ['iam:CreateUser', 'iam:DeactivateMFADevice', 'iam:DeleteVirtualMFADevice'], Resource: '*' },
    ) },
  ],
  invalid: [
    {
      name: 'no MFA deny, and no own-credential write for mfa-deny-present to report: MFA removal on every user behind an Allow gate elsewhere',
      code: policy({ Effect: 'Allow', Action: 's3:*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } },
        { Effect: 'Allow', Action: ['iam:ListMFADevices', 'iam:DeactivateMFADevice'], Resource: '*' }),
      errors: [{ messageId: 'ungated', line: 18, column: 17, endColumn: 42 }],
    },
    {
      name: 'catalog failing example: BoolIfExists true lets access keys through',
      code: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:DeactivateMFADevice","Resource":"arn:aws:iam::*:user/${aws:username}","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"true"}}}]}',
      errors: [{ messageId: 'weakGate', line: 1, column: 153, endColumn: 167,
        message: '"BoolIfExists" lets requests signed with long-term access keys through (they carry no "aws:MultiFactorAuthPresent"), so a stolen access key can use iam:DeactivateMFADevice; use "Bool".' }],
    },
    {
      name: 'a deny of other actions does not count; a glob grant is reported on its entry',
      code: policy({ Effect: 'Allow', Action: ['iam:ListMFADevices', 'iam:De*'], Resource: [self, 'arn:aws:iam::*:mfa/*'] }, otherDeny),
      errors: [{ messageId: 'ungated', line: 8, column: 17,
        message: 'This statement allows iam:DeactivateMFADevice and iam:DeleteVirtualMFADevice without MFA (it has no "Bool": {"aws:MultiFactorAuthPresent": "true"} condition, and no MFA deny covers it): a stolen access key can remove the user\'s MFA device; add that condition.' }],
    },
    {
      name: 'an age gate with IfExists',
      code: policy(allow({ Condition: { NumericLessThanIfExists: { 'aws:MultiFactorAuthAge': '3600' } } })),
      errors: [{ messageId: 'weakGate', line: 9, column: 17,
        message: '"NumericLessThanIfExists" lets requests signed with long-term access keys through (they carry no "aws:MultiFactorAuthAge"), so a stolen access key can use iam:DeactivateMFADevice; use "NumericLessThan".' }],
    },
    {
      name: 'an Allow with NotAction, in a policy whose MFA deny is about other actions',
      code: policy({ Effect: 'Allow', NotAction: 's3:*', Resource: '*' }, otherDeny),
      errors: [{ messageId: 'ungated', line: 6, column: 13, endColumn: 24 }],
    },
  ],
});
