import { readFileSync } from 'node:fs';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './mfa-deny-bool-if-exists.js';

const seed = (name: string) => readFileSync(new URL(`../../test/fixtures/seeds/${name}`, import.meta.url), 'utf8');
const deny = (Condition: object, extra: object = {}) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', NotAction: 'iam:EnableMFADevice', Resource: '*', Condition, ...extra }] });
const useIfExists = '"Bool": {"aws:MultiFactorAuthPresent": "false"} never matches requests signed with long-term access keys (they carry no "aws:MultiFactorAuthPresent"), so this Deny does not apply to them; use "BoolIfExists".';

new RuleTester().run(rule, {
  valid: [
    { name: 'catalog passing example', code: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":"iam:EnableMFADevice","Resource":"*","Condition":{"Null":{"aws:MultiFactorAuthAge":"true"}}}]}' },
    { name: 'BoolIfExists false', code: deny({ BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } }) },
    { name: 'AWS reference policy', code: seed('aws-docs-self-manage-credentials-mfa.json') },
    { name: 'an Allow gated by Bool true is right', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'ec2:*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } }] } },
    { name: 'a Deny on Bool true is mfa-deny-condition-valid\'s business', code: deny({ Bool: { 'aws:MultiFactorAuthPresent': 'true' } }) },
    { name: 'age checks are mfa-age-deny-if-exists\'s business', code: deny({ NumericGreaterThan: { 'aws:MultiFactorAuthAge': '3600' } }) },
    { name: 'Null false (key present) is not this rule\'s case', code: deny({ Null: { 'aws:MultiFactorAuthPresent': 'false' } }) },
    { name: 'other Bool keys', code: deny({ Bool: { 'aws:SecureTransport': 'false' } }) },
    { name: 'an S3 bucket policy', policyType: 'resource', code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::b/*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] } },
  ],
  invalid: [
    {
      name: 'catalog failing example: Bool → BoolIfExists',
      code: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":"iam:EnableMFADevice","Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"false"}}}]}',
      errors: [{ messageId: 'useIfExists', line: 1, column: 117, endColumn: 123, message: useIfExists }],
      output: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":"iam:EnableMFADevice","Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}',
    },
    {
      name: 'merges into an existing BoolIfExists block, keeping a JSON false as written',
      code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Deny",\n      "NotAction": "iam:EnableMFADevice",\n      "Resource": "*",\n      "Condition": {\n        "Bool": { "aws:MultiFactorAuthPresent": false },\n        "BoolIfExists": {\n          "aws:ViaAWSService": "false"\n        }\n      }\n    }\n  ]\n}\n',
      errors: [{ messageId: 'useIfExists', line: 9, column: 9, endColumn: 15,
        message: '"Bool": {"aws:MultiFactorAuthPresent": false} never matches requests signed with long-term access keys (they carry no "aws:MultiFactorAuthPresent"), so this Deny does not apply to them; use "BoolIfExists".' }],
      output: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Deny",\n      "NotAction": "iam:EnableMFADevice",\n      "Resource": "*",\n      "Condition": {\n        "BoolIfExists": {\n          "aws:ViaAWSService": "false",\n          "aws:MultiFactorAuthPresent": false\n        }\n      }\n    }\n  ]\n}\n',
    },
    {
      name: 'moves only the MFA key when Bool holds other keys',
      code: deny({ Bool: { 'aws:SecureTransport': 'true', 'AWS:MultiFactorAuthPresent': ['false'] } }),
      errors: [{ messageId: 'useIfExists', line: 9, column: 17,
        message: '"Bool": {"AWS:MultiFactorAuthPresent": "false"} never matches requests signed with long-term access keys (they carry no "AWS:MultiFactorAuthPresent"), so this Deny does not apply to them; use "BoolIfExists".' }],
      output: JSON.stringify(deny({ Bool: { 'aws:SecureTransport': 'true' }, BoolIfExists: { 'AWS:MultiFactorAuthPresent': ['false'] } }), null, 4),
    },
    {
      name: 'a new BoolIfExists block on one line follows the file\'s colons (minified)',
      code: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":"iam:EnableMFADevice","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"true","aws:MultiFactorAuthPresent":"false"}}}]}',
      errors: [{ messageId: 'useIfExists', line: 1, column: 117 }],
      output: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":"iam:EnableMFADevice","Resource":"*","Condition":{"Bool":{"aws:SecureTransport":"true"},"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}',
    },
    {
      name: 'moves the key into an existing empty BoolIfExists block written on several lines',
      code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Deny",\n      "NotAction": "iam:EnableMFADevice",\n      "Resource": "*",\n      "Condition": {\n        "Bool": { "aws:MultiFactorAuthPresent": "false" },\n        "BoolIfExists": {\n        }\n      }\n    }\n  ]\n}\n',
      errors: [{ messageId: 'useIfExists', line: 9, column: 9 }],
      output: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Deny",\n      "NotAction": "iam:EnableMFADevice",\n      "Resource": "*",\n      "Condition": {\n        "BoolIfExists": {\n          "aws:MultiFactorAuthPresent": "false"\n        }\n      }\n    }\n  ]\n}\n',
    },
    {
      name: 'moves the key into an existing empty BoolIfExists block written on one line',
      code: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":"iam:EnableMFADevice","Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"false"},"BoolIfExists":{}}}]}',
      errors: [{ messageId: 'useIfExists', line: 1, column: 117 }],
      output: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":"iam:EnableMFADevice","Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}',
    },
    {
      name: 'no fix when BoolIfExists already has the key',
      code: deny({ Bool: { 'aws:MultiFactorAuthPresent': 'false' }, BoolIfExists: { 'aws:multifactorauthpresent': 'true' } }),
      errors: [{ messageId: 'useIfExists', line: 9, column: 17 }],
      output: null,
    },
    {
      name: 'Null on the Present key misses sessions without MFA',
      code: deny({ Null: { 'aws:MultiFactorAuthPresent': 'true' } }),
      errors: [{ messageId: 'nullPresent', line: 9, column: 17, endColumn: 23,
        message: '"Null": {"aws:MultiFactorAuthPresent": "true"} only matches long-term access keys, so this Deny does not apply to console or role sessions without MFA; use "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"} (or "Null": {"aws:MultiFactorAuthAge": "true"}).' }],
      output: null,
    },
    {
      name: 'a Deny with Action and a single-object Statement',
      code: '{"Version":"2012-10-17","Statement":{"Effect":"Deny","Action":"ec2:TerminateInstances","Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"false"}}}}',
      errors: [{ messageId: 'useIfExists', line: 1, column: 116 }],
      output: '{"Version":"2012-10-17","Statement":{"Effect":"Deny","Action":"ec2:TerminateInstances","Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}}',
    },
    {
      name: 'two statements',
      code: { Version: '2012-10-17', Statement: [
        { Effect: 'Deny', NotAction: 'iam:EnableMFADevice', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } },
        { Effect: 'Deny', Action: 'iam:DeactivateMFADevice', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': false } } },
      ] },
      errors: [{ messageId: 'useIfExists', line: 9, column: 17 }, { messageId: 'useIfExists', line: 19, column: 17 }],
      output: JSON.stringify({ Version: '2012-10-17', Statement: [
        { Effect: 'Deny', NotAction: 'iam:EnableMFADevice', Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } },
        { Effect: 'Deny', Action: 'iam:DeactivateMFADevice', Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': false } } },
      ] }, null, 4),
    },
  ],
});
