import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PolicyDocument } from '../../src/engine/document.js';
import { lintDocument } from '../../src/engine/linter.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import arnFormat from '../arn-format/arn-format.js';
import rule from './self-service-resource-scope.js';

const seed = (name: string) => readFileSync(new URL(`../../test/fixtures/seeds/${name}`, import.meta.url), 'utf8');
const self = 'arn:aws:iam::*:user/${aws:username}';
const allow = (Action: unknown, Resource: unknown, extra: object = {}) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action, Resource, ...extra }] });
const mfaDeny = { Effect: 'Deny', NotAction: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice'], Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } };

new RuleTester().run(rule, {
  valid: [
    { name: 'catalog passing example', code: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:CreateAccessKey","iam:UpdateAccessKey"],"Resource":"arn:aws:iam::*:user/${aws:username}"}]}' },
    { name: 'AWS reference policy', code: seed('aws-docs-self-manage-credentials-mfa.json') },
    { name: 'AWS 2017 tutorial policy', code: seed('aws-tutorial-2017-force-mfa.json') },
    {
      // An access-key rotator's role policy (a public Terraform module): it picks the users it rotates by tag.
      name: 'a statement that picks its users by resource tag administers them',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['iam:CreateAccessKey'], Resource: ['arn:aws:iam::*:user/*'],
        Condition: { StringEquals: { 'iam:ResourceTag/Rotatable': ['true'] } } }] },
    },
    { name: 'users with paths', code: allow('iam:CreateAccessKey', [self, 'arn:aws:iam::*:user/*/${aws:username}']) },
    { name: 'letter case of the variable and a fixed partition and account', code: allow('IAM:createaccesskey', 'arn:aws-cn:iam::123456789012:user/${AWS:UserName}') },
    { name: 'ChangePassword only acts on the caller', code: allow('iam:ChangePassword', '*') },
    {
      name: 'an SCP allow list grants nothing: its "*" lets no user act on another',
      code: '{"Version":"2012-10-17","Statement":[{"Sid":"AllowList","Effect":"Allow","Action":["iam:CreateAccessKey","iam:UpdateAccessKey","ec2:*"],"Resource":"*"}]}',
      policyType: 'scp',
    },
    { name: 'an administrator policy (whole-service grants)', code: allow(['iam:*', 's3:*'], '*') },
    { name: 'a broad read grant is not self-service', code: allow(['iam:Get*', 'iam:List*'], '*') },
    { name: 'an audit policy reading every user outside the MFA family', code: allow(['iam:ListAccessKeys', 'iam:GetLoginProfile', 'iam:ListMFADevices'], '*') },
    { name: 'an administrator policy with iam:* on the own user and reads on every user (no MFA): reads are not judged', code: { Version: '2012-10-17', Statement: [
      { Effect: 'Allow', Action: 'iam:*', Resource: self },
      { Effect: 'Allow', Action: ['iam:GetUser', 'iam:ListAccessKeys', 'iam:ListMFADevices'], Resource: '*' },
    ] } },
    { name: 'AWS: rotate your own credentials (no MFA), with ListUsers on "*"', code: readFileSync(new URL('../../test/fixtures/aws-no-mfa/iam-credentials-console.json', import.meta.url), 'utf8') },
    { name: 'MFA device resources are not user resources', code: allow('iam:CreateVirtualMFADevice', 'arn:aws:iam::*:mfa/*') },
    { name: 'an exempt action on every user is mfa-exempt-actions-self-scoped\'s business', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:EnableMFADevice', Resource: 'arn:aws:iam::*:user/*' }, mfaDeny] } },
    { name: 'a provisioning policy that creates users and their credentials administers other users by design', code: { Version: '2012-10-17', Statement: [
      { Effect: 'Allow', Action: 'iam:CreateUser', Resource: 'arn:aws:iam::*:user/*' },
      { Effect: 'Allow', Action: ['iam:CreateAccessKey', 'iam:CreateLoginProfile', 'iam:UpdateLoginProfile'], Resource: 'arn:aws:iam::*:user/tenant-*' },
      { Effect: 'Allow', Action: ['iam:DeleteAccessKey', 'iam:DeleteLoginProfile'], Resource: 'arn:aws:iam::*:user/*', Condition: { StringEquals: { 'aws:ResourceTag/managed-by': 'tenant-provisioner' } } },
    ] } },
    { name: 'a Deny is not a grant', code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'iam:CreateAccessKey', Resource: '*' }] } },
  ],
  invalid: [
    {
      name: 'catalog failing example',
      code: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:CreateAccessKey","iam:UpdateAccessKey"],"Resource":"*"}]}',
      errors: [{ messageId: 'otherUsers', line: 1, column: 122, endColumn: 125,
        message: '"*" lets each user use iam:CreateAccessKey and iam:UpdateAccessKey on other users too; use "arn:aws:iam::*:user/${aws:username}".' }],
    },
    {
      name: 'a tag condition does not exempt a statement of a policy that enforces MFA, nor a negated one',
      code: { Version: '2012-10-17', Statement: [
        { Effect: 'Allow', Action: 'iam:CreateAccessKey', Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/team': 'a' } } },
        { Effect: 'Deny', NotAction: 'iam:ChangePassword', Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } },
      ] },
      errors: [{ messageId: 'otherUsers', line: 7, column: 25 }],
    },
    {
      name: 'a negated tag condition reaches every user without the tag',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:CreateAccessKey', Resource: '*', Condition: { StringNotEquals: { 'iam:ResourceTag/protected': 'true' } } }] },
      errors: [{ messageId: 'otherUsers', line: 7, column: 25 }],
    },
    {
      name: 'so does an IfExists tag condition',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:CreateAccessKey', Resource: '*', Condition: { StringEqualsIfExists: { 'iam:ResourceTag/Rotatable': 'true' } } }] },
      errors: [{ messageId: 'otherUsers', line: 7, column: 25 }],
    },
    {
      name: 'user/*, a literal name and a variable that is not the whole name, in one list',
      code: allow(['iam:*AccessKey', 'iam:ChangePassword'], ['arn:aws:iam::123456789012:user/*', 'arn:aws:iam::*:user/bob', 'arn:aws:iam::*:user/*${aws:username}', 'arn:aws:iam::*:user/${aws:username}*', self]),
      errors: [
        { messageId: 'otherUsers', line: 11, column: 17, endColumn: 51,
          message: '"arn:aws:iam::123456789012:user/*" lets each user use iam:CreateAccessKey, iam:DeleteAccessKey and iam:UpdateAccessKey on other users too; use "arn:aws:iam::123456789012:user/${aws:username}".' },
        { messageId: 'otherUsers', line: 12, column: 17 },
        { messageId: 'partialVariable', line: 13, column: 17,
          message: 'In "arn:aws:iam::*:user/*${aws:username}", "${aws:username}" is not the whole user name, so user bob can also use iam:CreateAccessKey, iam:DeleteAccessKey and iam:UpdateAccessKey on users such as xbob; use "arn:aws:iam::*:user/${aws:username}".' },
        { messageId: 'partialVariable', line: 14, column: 17 },
      ],
    },
    {
      name: 'NotResource',
      code: allow('iam:UploadSSHPublicKey', undefined, { NotResource: 'arn:aws:iam::*:user/admin' }),
      errors: [{ messageId: 'notResource', line: 7, column: 13, endColumn: 26,
        message: 'NotResource lets each user use iam:UploadSSHPublicKey on every user it does not list; use "Resource": "arn:aws:iam::*:user/${aws:username}".' }],
    },
    {
      name: 'reads on other users are reported inside the MFA family',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['iam:ListAccessKeys', 'iam:GetUser', 'iam:GetLoginProfile', 'iam:ListSSHPublicKeys'], Resource: 'arn:aws:iam::*:*' }, mfaDeny] },
      errors: [{ messageId: 'otherUsers', line: 12, column: 25,
        message: '"arn:aws:iam::*:*" lets each user use iam:ListAccessKeys, iam:GetUser, iam:GetLoginProfile and 1 more on other users too; use "arn:aws:iam::*:user/${aws:username}".' }],
    },
    {
      name: 'reads through a ${aws:username} that is not the whole name are reported outside the MFA family too',
      code: allow('iam:*SSHPublicKey', 'arn:aws:iam::*:user/*${aws:username}'),
      errors: [{ messageId: 'partialVariable', line: 7, column: 25,
        message: 'In "arn:aws:iam::*:user/*${aws:username}", "${aws:username}" is not the whole user name, so user bob can also use iam:DeleteSSHPublicKey, iam:GetSSHPublicKey, iam:UpdateSSHPublicKey and 1 more on users such as xbob; use "arn:aws:iam::*:user/${aws:username}".' }],
    },
    {
      name: 'a self-service glob on every user',
      code: allow('iam:*LoginProfile', '*'),
      errors: [{ messageId: 'otherUsers', line: 7, column: 25,
        message: '"*" lets each user use iam:CreateLoginProfile, iam:DeleteLoginProfile and iam:UpdateLoginProfile on other users too; use "arn:aws:iam::*:user/${aws:username}".' }],
    },
  ],
});

describe('with arn-format', () => {
  const lint = (code: object, rules = [rule, arnFormat]) => lintDocument(new PolicyDocument('p.json', JSON.stringify(code, null, 4)), {
    policyType: 'identity', rules: rules.map((r) => ({ rule: r, severity: 2 as const })),
  }).map((m) => `${m.line}:${m.column} ${m.ruleId}`);
  const spaced = allow('iam:CreateAccessKey', 'arn:aws:iam::*:user/${aws:username} ');

  it('leaves an entry with whitespace around it to arn-format: it matches no user at all, not other users', () => {
    expect(lint(spaced)).toEqual(['7:61 arn-format']);
  });

  it('still reports the entry when arn-format is off', () => {
    expect(lint(spaced, [rule])).toEqual(['7:25 self-service-resource-scope']);
  });
});
