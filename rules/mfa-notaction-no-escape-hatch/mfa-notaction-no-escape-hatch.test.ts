import { readFileSync } from 'node:fs';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './mfa-notaction-no-escape-hatch.js';

const seed = (name: string) => readFileSync(new URL(`../../test/fixtures/seeds/${name}`, import.meta.url), 'utf8');
const inline = (notAction: string) => `{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":${notAction},"Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}`;

new RuleTester().run(rule, {
  valid: [
    { name: 'catalog passing example (the R4 policy)', code: inline('"iam:EnableMFADevice"') },
    { name: 'AWS reference policy', code: seed('aws-docs-self-manage-credentials-mfa.json') },
    { name: 'AWS 2017 tutorial policy', code: seed('aws-tutorial-2017-force-mfa.json') },
    { name: 'an Allow of iam:* or sts:AssumeRole is not itself a bypass', code: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:*","sts:AssumeRole"],"Resource":"*"},{"Effect":"Deny","NotAction":"iam:EnableMFADevice","Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}' },
    { name: 'sts:GetSessionToken and sts:GetCallerIdentity are harmless', code: inline('["iam:EnableMFADevice","sts:GetSessionToken","sts:GetCallerIdentity"]') },
    { name: 'a region guard with NotAction iam:* is not an MFA deny', code: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":["iam:*","sts:*"],"Resource":"*","Condition":{"StringNotEquals":{"aws:RequestedRegion":"eu-west-1"}}}]}' },
  ],
  invalid: [
    {
      name: 'catalog failing example: sts:AssumeRole',
      code: inline('["iam:EnableMFADevice","sts:AssumeRole"]'),
      errors: [{ messageId: 'escapeHatch', line: 1, column: 90, endColumn: 106,
        message: '"sts:AssumeRole" in NotAction exempts sts:AssumeRole from the MFA deny: a role session is governed by the role\'s policies, not by this deny, so the key reaches whatever the role can do; remove it.' }],
      output: inline('["iam:EnableMFADevice"]'),
    },
    {
      name: 'iam:* and *',
      code: inline('["iam:EnableMFADevice","IAM:*","*"]'),
      errors: [
        { messageId: 'wholeService', line: 1, column: 90, endColumn: 97,
          message: '"IAM:*" in NotAction exempts every iam action from the MFA deny, so all of iam that the user\'s other policies allow works without MFA; list only the actions enrollment needs.' },
        { messageId: 'everything', line: 1, column: 98, message: '"*" in NotAction exempts every action, so the MFA deny denies nothing; list only the actions enrollment needs.' },
      ],
    },
    {
      name: 'globs over escape hatches; policy changes; PassRole',
      code: inline('["iam:EnableMFADevice","sts:Assume*","iam:*UserPolicy","iam:PassRole"]'),
      errors: [
        { messageId: 'escapeHatch', line: 1, column: 90,
          message: '"sts:Assume*" in NotAction exempts sts:AssumeRole, sts:AssumeRoleWithSAML and sts:AssumeRoleWithWebIdentity from the MFA deny: a role session is governed by the role\'s policies, not by this deny, so the key reaches whatever the role can do; remove it.' },
        { messageId: 'escapeHatch', line: 1, column: 104,
          message: '"iam:*UserPolicy" in NotAction exempts iam:DetachUserPolicy, iam:DeleteUserPolicy and iam:PutUserPolicy from the MFA deny: the user can detach, rewrite or leave the policy that holds this deny; remove it.' },
        { messageId: 'escapeHatch', line: 1, column: 122,
          message: '"iam:PassRole" in NotAction exempts iam:PassRole from the MFA deny: the user can hand their permissions to a service or a new user that this deny does not cover; remove it.' },
      ],
      output: inline('["iam:EnableMFADevice","sts:Assume*","iam:*UserPolicy"]'),
    },
  ],
});
