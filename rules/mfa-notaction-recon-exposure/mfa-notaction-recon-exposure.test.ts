import { readFileSync } from 'node:fs';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './mfa-notaction-recon-exposure.js';

const seed = (name: string) => readFileSync(new URL(`../../test/fixtures/seeds/${name}`, import.meta.url), 'utf8');
const inline = (notAction: string) => `{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":${notAction},"Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}`;

new RuleTester().run(rule, {
  valid: [
    { name: 'catalog passing example', code: inline('["iam:EnableMFADevice","iam:ListMFADevices"]') },
    { name: 'AWS reference policy', code: seed('aws-docs-self-manage-credentials-mfa.json') },
    { name: 'the console set and the tolerated actions, also as globs', code: inline('["iam:*MFADevice*","iam:GetUser","iam:GetAccountPasswordPolicy","sts:GetSessionToken"]') },
    { name: 'whole-service entries are mfa-notaction-no-escape-hatch\'s business', code: inline('["iam:EnableMFADevice","iam:*"]') },
  ],
  invalid: [
    {
      name: 'catalog failing example: iam:List*',
      code: inline('["iam:EnableMFADevice","iam:List*"]'),
      errors: [{ messageId: 'reconGlob', line: 1, column: 90, endColumn: 101,
        message: '"iam:List*" in NotAction exempts 34 read and list actions (iam:ListAccessKeys, iam:ListAccountAliases, iam:ListAttachedGroupPolicies, …), so anyone holding a user\'s access key can map the account without MFA; list only the actions enrollment needs.' }],
    },
    {
      name: 'the 2017 tutorial policy: four listings',
      code: seed('aws-tutorial-2017-force-mfa.json'),
      errors: [
        { messageId: 'recon', line: 81, column: 17, message: '"iam:ListAccountAliases" in NotAction lets anyone holding a user\'s access key, without MFA, read the account alias; remove it unless users need it before signing in with MFA.' },
        { messageId: 'recon', line: 82, column: 17, message: '"iam:ListUsers" in NotAction lets anyone holding a user\'s access key, without MFA, list every user of the account; remove it unless users need it before signing in with MFA.' },
        { messageId: 'recon', line: 84, column: 17 },
        { messageId: 'recon', line: 87, column: 17 },
      ],
    },
    {
      name: 'iam:Get* and GetAccountAuthorizationDetails, any letter case',
      code: inline('["iam:EnableMFADevice","IAM:get*","iam:getaccountauthorizationdetails"]'),
      errors: [
        { messageId: 'reconGlob', line: 1, column: 90 },
        { messageId: 'recon', line: 1, column: 101,
          message: '"iam:getaccountauthorizationdetails" in NotAction lets anyone holding a user\'s access key, without MFA, download every user, group, role and policy of the account; remove it unless users need it before signing in with MFA.' },
      ],
    },
  ],
});
