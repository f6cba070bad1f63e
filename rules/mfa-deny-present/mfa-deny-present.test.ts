import { readFileSync } from 'node:fs';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './mfa-deny-present.js';

const seed = (name: string) => readFileSync(new URL(`../../test/fixtures/seeds/${name}`, import.meta.url), 'utf8');
const self = 'arn:aws:iam::*:user/${aws:username}';
const deny = { Effect: 'Deny', NotAction: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice'], Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } };
const catalogFailing = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:CreateAccessKey","Resource":"arn:aws:iam::*:user/${aws:username}"}]}';
const message = 'Statement 0 lets each user manage their own credentials (iam:CreateAccessKey on "arn:aws:iam::*:user/${aws:username}"), but no statement denies other actions without MFA; add a Deny with NotAction and "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}.';

new RuleTester().run(rule, {
  valid: [
    { name: 'catalog passing example', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:CreateAccessKey', Resource: self }, deny] } },
    { name: 'AWS reference policy', code: seed('aws-docs-self-manage-credentials-mfa.json') },
    { name: 'AWS 2017 tutorial policy', code: seed('aws-tutorial-2017-force-mfa.json') },
    { name: 'a plain admin policy', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } },
    { name: 'an S3 bucket policy', policyType: 'resource', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*' }] } },
    { name: 'a deny that is weak (Bool) still counts: mfa-deny-bool-if-exists reports it', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:ChangePassword', Resource: self }, { ...deny, Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } }] } },
    { name: 'a deny on a misspelt key is left to mfa-deny-condition-valid', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:ChangePassword', Resource: self }, { ...deny, Condition: { BoolIfExists: { 'aws:MFAPresent': 'false' } } }] } },
    { name: 'self-service on every user is not self-service (self-service-resource-scope reports it)', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:CreateAccessKey', Resource: '*' }] } },
    { name: 'read-only listing on the own user is not credential management', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:ListGroupsForUser', Resource: 'arn:aws:iam::*:group/${aws:username}' }] } },
    { name: 'reading the own credentials is not managing them', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['iam:ListAccessKeys', 'iam:GetSSHPublicKey', 'iam:ListSigningCertificates'], Resource: self }] } },
    { name: 'an Allow with NotAction is not counted', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotAction: 's3:*', Resource: self }] } },
  ],
  invalid: [
    {
      name: 'catalog failing example, with the AWS deny as a suggestion',
      code: catalogFailing,
      errors: [{ messageId: 'missing', line: 1, column: 25, endColumn: 36, severity: 2, message, suggestions: [{ messageId: 'addDeny',
        output: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:CreateAccessKey","Resource":"arn:aws:iam::*:user/${aws:username}"},{"Sid":"DenyAllExceptListedIfNoMFA","Effect":"Deny","NotAction":["iam:CreateVirtualMFADevice","iam:EnableMFADevice","iam:GetUser","iam:ListMFADevices","iam:ListVirtualMFADevices","iam:ResyncMFADevice","sts:GetSessionToken"],"Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}' }] }],
    },
    {
      name: 'the suggestion is laid out like the file',
      code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "DenyAllExceptListedIfNoMFA",\n      "Effect": "Allow",\n      "Action": "iam:ChangePassword",\n      "Resource": "arn:aws:iam::*:user/${aws:username}"\n    }\n  ]\n}\n',
      errors: [{ messageId: 'missing', line: 3, column: 3, suggestions: [{ messageId: 'addDeny',
        output: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "DenyAllExceptListedIfNoMFA",\n      "Effect": "Allow",\n      "Action": "iam:ChangePassword",\n      "Resource": "arn:aws:iam::*:user/${aws:username}"\n    },\n    {\n      "Effect": "Deny",\n      "NotAction": [\n        "iam:CreateVirtualMFADevice",\n        "iam:EnableMFADevice",\n        "iam:GetUser",\n        "iam:ListMFADevices",\n        "iam:ListVirtualMFADevices",\n        "iam:ResyncMFADevice",\n        "sts:GetSessionToken"\n      ],\n      "Resource": "*",\n      "Condition": {\n        "BoolIfExists": {\n          "aws:MultiFactorAuthPresent": "false"\n        }\n      }\n    }\n  ]\n}\n' }] }],
    },
    {
      name: 'the suggestion follows a statement that hugs the bracket but spans lines, with spaced colons',
      code: '{"Version": "2012-10-17", "Statement": [{\n  "Effect": "Allow",\n  "Action": "iam:CreateAccessKey",\n  "Resource": "arn:aws:iam::*:user/${aws:username}"\n}]}\n',
      errors: [{ messageId: 'missing', line: 1, column: 27, suggestions: [{ messageId: 'addDeny',
        output: '{"Version": "2012-10-17", "Statement": [{\n  "Effect": "Allow",\n  "Action": "iam:CreateAccessKey",\n  "Resource": "arn:aws:iam::*:user/${aws:username}"\n}, {\n  "Sid": "DenyAllExceptListedIfNoMFA",\n  "Effect": "Deny",\n  "NotAction": [\n    "iam:CreateVirtualMFADevice",\n    "iam:EnableMFADevice",\n    "iam:GetUser",\n    "iam:ListMFADevices",\n    "iam:ListVirtualMFADevices",\n    "iam:ResyncMFADevice",\n    "sts:GetSessionToken"\n  ],\n  "Resource": "*",\n  "Condition": {\n    "BoolIfExists": {\n      "aws:MultiFactorAuthPresent": "false"\n    }\n  }\n}]}\n' }] }],
    },
    {
      name: 'assumeExternalMfaDeny lowers it to a warning',
      code: catalogFailing,
      options: { assumeExternalMfaDeny: true },
      errors: [{ messageId: 'missing', line: 1, column: 25, severity: 1 }],
    },
    {
      name: 'a glob and a path-wide self ARN',
      code: { Version: '2012-10-17', Statement: [
        { Effect: 'Allow', Action: 's3:ListAllMyBuckets', Resource: '*' },
        { Effect: 'Allow', Action: ['iam:*AccessKey*'], Resource: ['arn:aws:iam::*:user/*/${aws:username}'] },
      ] },
      errors: [{ messageId: 'missing', line: 3, column: 5,
        message: 'Statement 1 lets each user manage their own credentials (iam:CreateAccessKey on "arn:aws:iam::*:user/*/${aws:username}"), but no statement denies other actions without MFA; add a Deny with NotAction and "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}.' }],
    },
    {
      name: 'a deny without an MFA key does not count',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:EnableMFADevice', Resource: self }, { Effect: 'Deny', Action: 's3:*', Resource: '*' }] },
      errors: [{ messageId: 'missing', line: 3, column: 5, message: message.replace('iam:CreateAccessKey', 'iam:EnableMFADevice') }],
    },
  ],
});
