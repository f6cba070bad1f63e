import { readFileSync } from 'node:fs';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './mfa-notaction-covers-enrollment.js';

const seed = (name: string) => readFileSync(new URL(`../../test/fixtures/seeds/${name}`, import.meta.url), 'utf8');
const policy = ({ Condition, ...deny }: Record<string, unknown>) => ({ Version: '2012-10-17', Statement: [
  { Effect: 'Deny', ...deny, Resource: '*', Condition: Condition ?? { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } },
] });
const complete = ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:GetUser', 'iam:ListMFADevices', 'iam:ListVirtualMFADevices', 'iam:ResyncMFADevice'];
// reference_policies_examples_iam_mfa-selfmanage.html as of 2026 (the CLI example): it grants no iam:GetUser.
const awsCliExample = { Version: '2012-10-17', Statement: [
  { Effect: 'Allow', Action: ['iam:ListUsers', 'iam:ListVirtualMFADevices'], Resource: '*' },
  { Effect: 'Allow', Action: ['iam:CreateVirtualMFADevice'], Resource: 'arn:aws:iam::*:mfa/*' },
  { Effect: 'Allow', Action: ['iam:EnableMFADevice', 'iam:GetMFADevice', 'iam:ListMFADevices', 'iam:ResyncMFADevice'], Resource: 'arn:aws:iam::*:user/${aws:username}' },
  { Effect: 'Allow', Action: ['iam:DeactivateMFADevice'], Resource: ['arn:aws:iam::*:user/${aws:username}'], Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } },
  { Effect: 'Deny', NotAction: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:ListMFADevices', 'iam:ListUsers', 'iam:ListVirtualMFADevices', 'iam:ResyncMFADevice'], Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } },
] };
/** The CLI example with `action` also granted on the user's own ARN, and `exempt` appended to its NotAction. */
const cliExampleGranting = (action: string, exempt: string[] = []) => JSON.stringify({ ...awsCliExample, Statement: [
  ...awsCliExample.Statement.slice(0, 4),
  { Effect: 'Allow', Action: action, Resource: 'arn:aws:iam::*:user/${aws:username}' },
  { ...awsCliExample.Statement[4], NotAction: [...awsCliExample.Statement[4].NotAction as string[], ...exempt] },
] }, null, 4);
const catalogFailing = '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":["iam:ListMFADevices","sts:GetSessionToken"],"Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}';

new RuleTester().run(rule, {
  valid: [
    { name: 'catalog passing example', code: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":["iam:CreateVirtualMFADevice","iam:EnableMFADevice","iam:GetUser","iam:ListMFADevices","iam:ListVirtualMFADevices","iam:ResyncMFADevice","sts:GetSessionToken"],"Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}' },
    { name: 'AWS reference policy', code: seed('aws-docs-self-manage-credentials-mfa.json') },
    { name: 'AWS CLI example: a console action the policy does not grant need not be exempt', code: awsCliExample },
    { name: 'enrollment: admin turns the rule off', code: catalogFailing, options: { enrollment: 'admin' } },
    { name: 'globs and letter case are understood', code: policy({ NotAction: ['IAM:*mfadevice*', 'iam:getuser'] }) },
    { name: 'sts:GetSessionToken is not needed', code: policy({ NotAction: complete }) },
    { name: 'a deny of some actions only leaves enrollment alone', code: policy({ Action: ['ec2:*', 's3:DeleteBucket'] }) },
    { name: 'a deny that never applies without MFA (inverted) blocks nobody', code: policy({ NotAction: 's3:*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }) },
    { name: 'a plain admin policy', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } },
    { name: 'an S3 bucket policy', policyType: 'resource', code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', NotAction: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] } },
  ],
  invalid: [
    {
      name: 'catalog failing example: both fixes append, enrollment first',
      code: catalogFailing,
      errors: [
        { messageId: 'enrollment', line: 1, column: 55, endColumn: 66, severity: 2,
          message: 'NotAction does not exempt iam:CreateVirtualMFADevice and iam:EnableMFADevice: users without an MFA device can never enroll one; add them to NotAction.' },
        { messageId: 'console', line: 1, column: 55, endColumn: 66, severity: 1,
          message: 'NotAction does not exempt iam:GetUser, iam:ListVirtualMFADevices and iam:ResyncMFADevice: the console\'s MFA page breaks and users cannot resync a drifted device before signing in with MFA; add them to NotAction.' },
      ],
      output: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":["iam:ListMFADevices","sts:GetSessionToken","iam:CreateVirtualMFADevice","iam:EnableMFADevice","iam:GetUser","iam:ListVirtualMFADevices","iam:ResyncMFADevice"],"Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}',
    },
    {
      name: 'a console action the policy grants must be exempt; the message gives the reason that applies',
      code: cliExampleGranting('iam:GetUser'),
      errors: [{ messageId: 'console', line: 50, column: 13, endColumn: 24, severity: 1,
        message: 'NotAction does not exempt iam:GetUser: the console\'s MFA page breaks before signing in with MFA; add it to NotAction.' }],
      output: cliExampleGranting('iam:GetUser', ['iam:GetUser']),
    },
    {
      name: 'resync alone missing: only the resync reason',
      code: policy({ NotAction: complete.filter((action) => action !== 'iam:ResyncMFADevice') }),
      errors: [{ messageId: 'console', line: 6, column: 13, severity: 1,
        message: 'NotAction does not exempt iam:ResyncMFADevice: users cannot resync a drifted device before signing in with MFA; add it to NotAction.' }],
      output: JSON.stringify(policy({ NotAction: [...complete.filter((action) => action !== 'iam:ResyncMFADevice'), 'iam:ResyncMFADevice'] }), null, 4),
    },
    {
      name: 'a single NotAction string becomes a list laid out like the file',
      code: policy({ NotAction: 'iam:EnableMFADevice' }),
      errors: [{ messageId: 'enrollment', line: 6, column: 13, severity: 2 }, { messageId: 'console', line: 6, column: 13, severity: 1 }],
      output: JSON.stringify(policy({ NotAction: ['iam:EnableMFADevice', 'iam:CreateVirtualMFADevice', 'iam:GetUser', 'iam:ListMFADevices', 'iam:ListVirtualMFADevices', 'iam:ResyncMFADevice'] }), null, 4),
    },
    {
      name: 'a misspelt entry is corrected in place',
      code: policy({ NotAction: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:ListVirtualMFADevice', 'iam:GetUser', 'iam:ListMFADevices', 'iam:ResyncMFADevice'] }),
      errors: [{ messageId: 'console', line: 6, column: 13,
        message: 'NotAction does not exempt iam:ListVirtualMFADevices ("iam:ListVirtualMFADevice" is not an action, did you mean "iam:ListVirtualMFADevices"?): the console\'s MFA page breaks before signing in with MFA; add it to NotAction.' }],
      output: JSON.stringify(policy({ NotAction: complete.slice(0, 2).concat(['iam:ListVirtualMFADevices', 'iam:GetUser', 'iam:ListMFADevices', 'iam:ResyncMFADevice']) }), null, 4),
    },
    {
      name: 'Action "*" denies enrollment: no fix',
      code: policy({ Action: '*' }),
      errors: [{ messageId: 'deniedByAction', line: 6, column: 23, endColumn: 26,
        message: 'Action "*" of this MFA deny also denies iam:CreateVirtualMFADevice and iam:EnableMFADevice to users without MFA, so they can never enroll a device; deny with NotAction and exempt them.' }],
      output: null,
    },
    {
      name: 'an IAM-wide deny without MFA also blocks enrollment',
      code: policy({ Action: ['s3:*', 'iam:Enable*'], Condition: { 'Null': { 'aws:MultiFactorAuthAge': 'true' } } }),
      errors: [{ messageId: 'deniedByAction', line: 8, column: 17,
        message: 'Action "iam:Enable*" of this MFA deny also denies iam:EnableMFADevice to users without MFA, so they can never enroll a device; deny with NotAction and exempt it.' }],
    },
    {
      name: 'a weak Bool deny still locks out console users',
      code: policy({ NotAction: complete.slice(1), Condition: { Bool: { 'aws:MultiFactorAuthPresent': false } } }),
      errors: [{ messageId: 'enrollment', line: 6, column: 13,
        message: 'NotAction does not exempt iam:CreateVirtualMFADevice: users without an MFA device can never enroll one; add it to NotAction.' }],
      output: JSON.stringify(policy({ NotAction: [...complete.slice(1), 'iam:CreateVirtualMFADevice'], Condition: { Bool: { 'aws:MultiFactorAuthPresent': false } } }), null, 4),
    },
    {
      // Exempting iam:EnableMFADevice would let it act on every user without MFA (mfa-exempt-actions-self-scoped):
      // that widens access, so only iam:CreateVirtualMFADevice (on MFA devices) is added; the rest is a suggestion.
      name: 'an action an Allow grants on other users is a suggestion, not part of the fix',
      code: withAllow('Allow'),
      errors: [{ messageId: 'enrollment', line: 11, column: 13, severity: 2,
        suggestions: [{
          messageId: 'addAfterScoping',
          desc: 'Add "iam:EnableMFADevice" to NotAction once the Allow of it is scoped to the caller\'s own user (until then, exempting it lets it act on other users without MFA).',
          output: withAllow('Allow', ['iam:EnableMFADevice']),
        }] }],
      output: withAllow('Allow', ['iam:CreateVirtualMFADevice']),
    },
    {
      name: 'an Allow whose Effect case the same --fix pass corrects counts as an Allow',
      code: withAllow('allow'),
      errors: [{ messageId: 'enrollment', line: 11, column: 13, severity: 2,
        suggestions: [{ messageId: 'addAfterScoping', output: withAllow('allow', ['iam:EnableMFADevice']) }] }],
      output: withAllow('allow', ['iam:CreateVirtualMFADevice']),
    },
  ],
});

/** An Allow of iam:EnableMFADevice on every user, and an MFA deny that exempts neither enrollment action (plus `added`). */
function withAllow(effect: string, added: string[] = []): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: [
    { Effect: effect, Action: 'iam:EnableMFADevice', Resource: 'arn:aws:iam::*:user/*' },
    policy({ NotAction: [...complete.slice(2), ...added] }).Statement[0],
  ] }, null, 4);
}
