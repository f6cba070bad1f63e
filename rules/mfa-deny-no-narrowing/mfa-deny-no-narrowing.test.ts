import { readFileSync } from 'node:fs';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './mfa-deny-no-narrowing.js';

const seed = (name: string) => readFileSync(new URL(`../../test/fixtures/seeds/${name}`, import.meta.url), 'utf8');
const inline = (condition: string, action = '"NotAction":"iam:EnableMFADevice"') => `{"Version":"2012-10-17","Statement":[{"Effect":"Deny",${action},"Resource":"*","Condition":${condition}}]}`;

new RuleTester().run(rule, {
  valid: [
    { name: 'catalog passing example: aws:ViaAWSService false', code: inline('{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false","aws:ViaAWSService":"false"}}') },
    { name: 'AWS reference policy', code: seed('aws-docs-self-manage-credentials-mfa.json') },
    { name: 'an age check beside the Present check', code: inline('{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"},"NumericGreaterThanIfExists":{"aws:MultiFactorAuthAge":"43200"}}') },
    { name: 'a targeted MFA deny may have other conditions', code: inline('{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"},"StringEquals":{"aws:RequestedRegion":"us-east-1"}}', '"Action":"ec2:TerminateInstances"') },
    { name: 'a deny that is not about MFA', code: inline('{"StringNotEquals":{"aws:RequestedRegion":"us-east-1"}}') },
    {
      // Without the aws:PrincipalArn condition the SCP would deny every role session without MFA.
      name: 'an SCP whose MFA deny is kept to the root user and IAM users',
      policyType: 'scp',
      code: inline('{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"},"ArnLike":{"aws:PrincipalArn":["arn:aws:iam::*:root","arn:aws:iam::*:user/*"]}}'),
    },
  ],
  invalid: [
    {
      name: 'the same narrowing in a policy attached to users: the deny never reaches a user as the root user',
      code: inline('{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"},"ArnLike":{"aws:PrincipalArn":"arn:aws:iam::*:root"}}'),
      errors: [{ messageId: 'narrowing', line: 1, column: 182 }],
    },
    {
      name: 'an SCP narrowed to a role escapes the exception',
      policyType: 'scp',
      code: inline('{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"},"ArnLike":{"aws:PrincipalArn":"arn:aws:iam::*:role/admin"}}'),
      errors: [{ messageId: 'narrowing', line: 1, column: 182 }],
    },
    {
      name: 'catalog failing example: a region filter',
      code: inline('{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"},"StringEquals":{"aws:RequestedRegion":"us-east-1"}}'),
      errors: [{ messageId: 'narrowing', line: 1, column: 187, endColumn: 208,
        message: 'The MFA deny also requires "StringEquals": {"aws:RequestedRegion": "us-east-1"}; every request that does not match it escapes the deny without MFA; remove this condition.' }],
    },
    {
      name: 'aws:ViaAWSService true, and a source IP under Action "*"',
      code: inline('{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false","aws:ViaAWSService":"true"},"NotIpAddress":{"aws:SourceIp":["10.0.0.0/8","192.168.0.0/16"]}}', '"Action":"*"'),
      errors: [
        { messageId: 'narrowing', line: 1, column: 149 },
        { messageId: 'narrowing', line: 1, column: 193, message: 'The MFA deny also requires "NotIpAddress": {"aws:SourceIp": ["10.0.0.0/8","192.168.0.0/16"]}; every request that does not match it escapes the deny without MFA; remove this condition.' },
      ],
    },
  ],
});
