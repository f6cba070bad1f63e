import { readFileSync } from 'node:fs';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './mfa-deny-resource-star.js';

const seed = (name: string) => readFileSync(new URL(`../../test/fixtures/seeds/${name}`, import.meta.url), 'utf8');
const condition = '"Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}';

new RuleTester().run(rule, {
  valid: [
    { name: 'catalog passing example', code: `{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":"iam:EnableMFADevice","Resource":"*",${condition}}]}` },
    { name: 'AWS reference policy', code: seed('aws-docs-self-manage-credentials-mfa.json') },
    { name: '"*" among others', code: `{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":"iam:EnableMFADevice","Resource":["arn:aws:s3:::b","*"],${condition}}]}` },
    { name: 'a targeted MFA deny (Action) may be scoped', code: `{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"ec2:TerminateInstances","Resource":"arn:aws:ec2:*:*:instance/*",${condition}}]}` },
    { name: 'a scoped NotAction deny without MFA keys', code: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}' },
  ],
  invalid: [
    {
      name: 'catalog failing example',
      code: `{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":"iam:EnableMFADevice","Resource":"arn:aws:iam::*:user/\${aws:username}",${condition}}]}`,
      errors: [{ messageId: 'scoped', line: 1, column: 100, endColumn: 137,
        message: 'The MFA deny only covers "arn:aws:iam::*:user/${aws:username}", so every other resource stays usable without MFA; use "Resource": "*".',
        suggestions: [{ messageId: 'useStar', output: `{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":"iam:EnableMFADevice","Resource":"*",${condition}}]}` }] }],
    },
    {
      name: 'a list of ARNs, Action "*"',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'], Condition: { 'Null': { 'aws:MultiFactorAuthAge': 'true' } } }] },
      errors: [{ messageId: 'scoped', line: 7, column: 13, endColumn: 23,
        message: 'The MFA deny only covers "arn:aws:s3:::b" and "arn:aws:s3:::b/*", so every other resource stays usable without MFA; use "Resource": "*".',
        suggestions: [{ messageId: 'useStar', output: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: '*', Condition: { 'Null': { 'aws:MultiFactorAuthAge': 'true' } } }] }, null, 4) }] }],
    },
    {
      name: 'NotResource',
      code: `{"Version":"2012-10-17","Statement":{"Effect":"Deny","NotAction":"iam:EnableMFADevice","NotResource":"arn:aws:s3:::public/*",${condition}}}`,
      errors: [{ messageId: 'notResource', line: 1, column: 88, endColumn: 101,
        message: 'The MFA deny uses NotResource, so "arn:aws:s3:::public/*" stays usable without MFA; use "Resource": "*".',
        suggestions: [{ messageId: 'useStar', output: `{"Version":"2012-10-17","Statement":{"Effect":"Deny","NotAction":"iam:EnableMFADevice","Resource":"*",${condition}}}` }] }],
    },
  ],
});
