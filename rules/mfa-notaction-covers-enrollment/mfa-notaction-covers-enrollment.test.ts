import { readFileSync } from 'node:fs';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './mfa-notaction-covers-enrollment.js';

const seed = (name: string) => readFileSync(new URL(`../../test/fixtures/seeds/${name}`, import.meta.url), 'utf8');
const policy = ({ Condition, ...deny }: Record<string, unknown>) => ({ Version: '2012-10-17', Statement: [
  { Effect: 'Deny', ...deny, Resource: '*', Condition: Condition ?? { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } },
] });
const complete = ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:GetUser', 'iam:ListMFADevices', 'iam:ListVirtualMFADevices', 'iam:ResyncMFADevice'];
const catalogFailing = '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":["iam:ListMFADevices","sts:GetSessionToken"],"Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}';

new RuleTester().run(rule, {
  valid: [
    { name: 'catalog passing example', code: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":["iam:CreateVirtualMFADevice","iam:EnableMFADevice","iam:GetUser","iam:ListMFADevices","iam:ListVirtualMFADevices","iam:ResyncMFADevice","sts:GetSessionToken"],"Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}' },
    { name: 'AWS reference policy', code: seed('aws-docs-self-manage-credentials-mfa.json') },
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
      name: 'a single NotAction string becomes a list laid out like the file',
      code: policy({ NotAction: 'iam:EnableMFADevice' }),
      errors: [{ messageId: 'enrollment', line: 6, column: 13, severity: 2 }, { messageId: 'console', line: 6, column: 13, severity: 1 }],
      output: JSON.stringify(policy({ NotAction: ['iam:EnableMFADevice', 'iam:CreateVirtualMFADevice', 'iam:GetUser', 'iam:ListMFADevices', 'iam:ListVirtualMFADevices', 'iam:ResyncMFADevice'] }), null, 4),
    },
    {
      name: 'a misspelt entry is corrected in place',
      code: policy({ NotAction: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:ListVirtualMFADevice', 'iam:GetUser', 'iam:ListMFADevices', 'iam:ResyncMFADevice'] }),
      errors: [{ messageId: 'console', line: 6, column: 13,
        message: 'NotAction does not exempt iam:ListVirtualMFADevices ("iam:ListVirtualMFADevice" is not an action, did you mean "iam:ListVirtualMFADevices"?): the console\'s MFA page breaks and users cannot resync a drifted device before signing in with MFA; add it to NotAction.' }],
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
