import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PolicyDocument } from '../../src/engine/document.js';
import { lintDocument } from '../../src/engine/linter.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import arnFormat from '../arn-format/arn-format.js';
import arnResourceFormat from '../arn-resource-format/arn-resource-format.js';
import rule from './mfa-action-resource-type.js';

const seed = (name: string) => readFileSync(new URL(`../../test/fixtures/seeds/${name}`, import.meta.url), 'utf8');
const inline = (action: string, resource: string) => `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":${action},"Resource":${resource}}]}`;
const self = '"arn:aws:iam::*:user/${aws:username}"';

new RuleTester().run(rule, {
  valid: [
    { name: 'catalog passing example', code: inline('"iam:CreateVirtualMFADevice"', '"arn:aws:iam::*:mfa/*"') },
    { name: 'AWS reference policy', code: seed('aws-docs-self-manage-credentials-mfa.json') },
    { name: 'AWS 2017 tutorial policy: an extra ARN beside the right one is fine', code: seed('aws-tutorial-2017-force-mfa.json') },
    { name: 'user actions on the self ARN, optional types on the self ARN', code: inline('["iam:EnableMFADevice","iam:ListMFADevices","iam:GetUser"]', self) },
    { name: '"*" serves every action', code: inline('["iam:CreateVirtualMFADevice","iam:ListVirtualMFADevices"]', '"*"') },
    { name: 'globs are not judged', code: inline('"iam:*MFADevice*"', self) },
    { name: 'wildcards in the ARN', code: inline('["iam:CreateVirtualMFADevice","iam:EnableMFADevice"]', '"arn:aws:iam::123456789012:*"') },
    { name: 'not of the MFA family: left alone', code: inline('"iam:CreateVirtualMFADevice"', '"arn:aws:iam::123456789012:user/admin"') },
  ],
  invalid: [
    {
      name: 'catalog failing example: an enrollment action is an error',
      code: inline('"iam:CreateVirtualMFADevice"', self),
      errors: [{ messageId: 'noMatchingResource', line: 1, column: 105, endColumn: 142, severity: 2,
        message: '"iam:CreateVirtualMFADevice" acts on mfa resources (arn:${Partition}:iam::${Account}:mfa/${MfaTokenIdWithPath}), and no Resource of this statement is one, so this statement grants it nothing; add "arn:aws:iam::*:mfa/*".' }],
    },
    {
      name: 'user actions on the device ARN only: one finding at the Resource naming them, an error for the enrollment one',
      code: inline('["iam:EnableMFADevice","iam:ResyncMFADevice","IAM:enablemfadevice"]', '"arn:aws:iam::*:mfa/${aws:username}"'),
      errors: [
        { messageId: 'noMatchingResources', line: 1, column: 144, endColumn: 180, severity: 2,
          message: '"iam:EnableMFADevice" and "iam:ResyncMFADevice" act on user resources (arn:${Partition}:iam::${Account}:user/${UserNameWithPath}), and no Resource of this statement is one, so this statement grants them nothing; add "arn:aws:iam::*:user/${aws:username}".' },
      ],
    },
    {
      name: 'warnings only when no enrollment action is among them',
      code: inline('["iam:ResyncMFADevice","iam:DeactivateMFADevice"]', '"arn:aws:iam::*:mfa/${aws:username}"'),
      errors: [{ messageId: 'noMatchingResources', line: 1, column: 126, severity: 1 }],
    },
    {
      name: 'a no-resource action tied to an ARN is a dead grant (warning); several are one finding',
      code: inline('["iam:ListVirtualMFADevices","sts:GetSessionToken"]', self),
      errors: [
        { messageId: 'noResources', line: 1, column: 128, endColumn: 165, severity: 1,
          message: '"iam:ListVirtualMFADevices" and "sts:GetSessionToken" do not act on a resource and are only granted with "Resource": "*", so this statement grants them nothing.' },
      ],
    },
    {
      name: 'two kinds of missing resource: one finding each, at the Resource key when it lists several ARNs',
      code: inline('["iam:CreateVirtualMFADevice","iam:ListVirtualMFADevices"]', '["arn:aws:iam::*:user/${aws:username}","arn:aws:iam::*:role/x"]'),
      errors: [
        { messageId: 'noMatchingResource', line: 1, column: 124, endColumn: 134, severity: 2 },
        { messageId: 'noResource', line: 1, column: 124, endColumn: 134, severity: 1,
          message: '"iam:ListVirtualMFADevices" does not act on a resource and is only granted with "Resource": "*", so this statement grants it nothing.' },
      ],
    },
    {
      name: 'only optional types: one of them must match',
      code: inline('"iam:DeleteVirtualMFADevice"', self),
      errors: [{ messageId: 'noMatchingResource', line: 1, column: 105, severity: 1,
        message: '"iam:DeleteVirtualMFADevice" acts on mfa or sms-mfa resources (arn:${Partition}:iam::${Account}:mfa/${MfaTokenIdWithPath}, arn:${Partition}:iam::${Account}:sms-mfa/${MfaTokenIdWithPath}), and no Resource of this statement is one, so this statement grants it nothing; add "arn:aws:iam::*:mfa/*".' }],
    },
    {
      name: 'a u2f ARN is no resource type of IAM',
      code: inline('"IAM:enablemfadevice"', '["arn:aws:iam::*:u2f/${aws:username}"]'),
      errors: [{ messageId: 'noMatchingResource', line: 1, column: 99, severity: 2 }],
    },
  ],
});

describe('with the rules that report malformed ARNs', () => {
  const lint = (code: string, rules = [rule, arnFormat, arnResourceFormat]) => lintDocument(new PolicyDocument('p.json', code), {
    policyType: 'identity', rules: rules.map((r) => ({ rule: r, severity: 2 as const })),
  }).map((m) => `${m.line}:${m.column} ${m.ruleId}`);

  it('leaves a malformed IAM entry to them: one finding for one mistake', () => {
    expect(lint(inline('"iam:CreateVirtualMFADevice"', '"arn:aws:iam::*:u2f/${aws:username}"'))).toEqual(['1:121 arn-resource-format']);
    expect(lint(inline('"iam:EnableMFADevice"', '["arn:aws:iam::*:users/${aws:username}"]'))).toEqual(['1:115 arn-resource-format']);
  });

  it('still reports the statement when they are off, or when the malformed entry is of another service', () => {
    expect(lint(inline('"iam:EnableMFADevice"', '"arn:aws:iam::*:users/${aws:username}"'), [rule, arnFormat])).toEqual(['1:98 mfa-action-resource-type']);
    expect(lint(inline('"iam:EnableMFADevice"', '["arn:aws:sqs:us-east-1:ACCOUNT:q", "arn:aws:iam::*:mfa/${aws:username}"]')))
      .toEqual(['1:87 mfa-action-resource-type', '1:122 arn-format']);
  });
});
