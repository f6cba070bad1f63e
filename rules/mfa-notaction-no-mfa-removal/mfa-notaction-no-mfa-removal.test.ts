import { readFileSync } from 'node:fs';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './mfa-notaction-no-mfa-removal.js';

const seed = (name: string) => readFileSync(new URL(`../../test/fixtures/seeds/${name}`, import.meta.url), 'utf8');
const policy = (NotAction: unknown, Condition: object = { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } }) =>
  ({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', NotAction, Resource: '*', Condition }] });
const literal = (entry: string) => `"${entry}" in NotAction lets anyone holding the user's access key, without MFA, remove the user's MFA device and enroll their own; remove it from NotAction.`;
const tutorial = seed('aws-tutorial-2017-force-mfa.json');
const deleteEntry = '                "iam:DeleteVirtualMFADevice",\n';
const tutorialFixed = tutorial.slice(0, tutorial.lastIndexOf(deleteEntry)) + tutorial.slice(tutorial.lastIndexOf(deleteEntry) + deleteEntry.length);

new RuleTester().run(rule, {
  valid: [
    { name: 'catalog passing example (the R1 policy)', code: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:CreateAccessKey","Resource":"arn:aws:iam::*:user/${aws:username}"},{"Effect":"Deny","NotAction":["iam:CreateVirtualMFADevice","iam:EnableMFADevice"],"Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}' },
    { name: 'AWS reference policy', code: seed('aws-docs-self-manage-credentials-mfa.json') },
    { name: 'whole-service entries are mfa-notaction-no-escape-hatch\'s business', code: policy(['iam:EnableMFADevice', 'iam:*', '*']) },
    { name: 'globs that do not reach removal', code: policy(['iam:*VirtualMFADevices', 'iam:Enable*', 'iam:Resync*']) },
    { name: 'an Allow of DeactivateMFADevice is mfa-deactivate-requires-mfa\'s business', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:DeactivateMFADevice', Resource: '*' }] } },
    { name: 'another effective MFA deny still covers the action', code: { Version: '2012-10-17', Statement: [
      policy(['iam:EnableMFADevice', 'iam:DeactivateMFADevice']).Statement[0],
      { Effect: 'Deny', Action: 'iam:DeactivateMFADevice', Resource: '*', Condition: { 'Null': { 'aws:MultiFactorAuthAge': 'true' } } },
    ] } },
    { name: 'an S3 bucket policy with NotAction', policyType: 'resource', code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', NotAction: 's3:*', Resource: 'arn:aws:s3:::b/*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] } },
  ],
  invalid: [
    {
      name: 'the AWS tutorial policy of 2017 (Policy B): its DeleteVirtualMFADevice entry',
      code: tutorial,
      errors: [{ messageId: 'literal', line: 77, column: 17, endColumn: 45, message: literal('iam:DeleteVirtualMFADevice') }],
      output: tutorialFixed,
    },
    {
      name: 'catalog failing example: a glob is reported without a fix',
      code: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":["iam:*VirtualMFADevice","iam:EnableMFADevice"],"Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}',
      errors: [{ messageId: 'glob', line: 1, column: 68, endColumn: 91,
        message: '"iam:*VirtualMFADevice" in NotAction also exempts iam:DeleteVirtualMFADevice: anyone holding the user\'s access key, without MFA, can remove the user\'s MFA device and enroll their own; list only the actions enrollment needs.' }],
      output: null,
    },
    {
      name: 'iam:De* and iam:*MFA* reach both actions',
      code: policy(['iam:De*', 'iam:*MFA*']),
      errors: [
        { messageId: 'glob', line: 7, column: 17, message: '"iam:De*" in NotAction also exempts iam:DeactivateMFADevice and iam:DeleteVirtualMFADevice: anyone holding the user\'s access key, without MFA, can remove the user\'s MFA device and enroll their own; list only the actions enrollment needs.' },
        { messageId: 'glob', line: 8, column: 17 },
      ],
    },
    {
      name: 'letter case does not matter; a lone entry is not removed (the list would be empty)',
      code: policy('IAM:deactivatemfadevice'),
      errors: [{ messageId: 'literal', line: 6, column: 26, message: literal('IAM:deactivatemfadevice') }],
      output: null,
    },
    {
      name: 'even under a weak Bool deny',
      code: policy(['iam:EnableMFADevice', 'iam:DeactivateMFADevice'], { Bool: { 'aws:MultiFactorAuthPresent': 'false' } }),
      errors: [{ messageId: 'literal', line: 8, column: 17 }],
      output: JSON.stringify(policy(['iam:EnableMFADevice'], { Bool: { 'aws:MultiFactorAuthPresent': 'false' } }), null, 4),
    },
  ],
});
