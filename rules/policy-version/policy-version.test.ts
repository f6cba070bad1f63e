import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './policy-version.js';

const statement = { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' };
const selfService = { Effect: 'Allow', Action: 'iam:GetUser', Resource: 'arn:aws:iam::*:user/${aws:username}' };

new RuleTester().run(rule, {
  valid: [
    { code: { Version: '2012-10-17', Statement: [statement] } },
    { code: { Version: '2012-10-17', Statement: [selfService] } },
    { name: 'Version need not come first', code: { Statement: [statement], Version: '2012-10-17' } },
    {
      name: 'missing Version with a policy variable: policy-variables-require-version reports it, not this rule',
      code: { Statement: [selfService] },
    },
    {
      name: 'legacy Version with a policy variable: policy-variables-require-version reports it, not this rule',
      code: { Version: '2008-10-17', Statement: [selfService] },
    },
    { name: 'a resource policy', code: { Version: '2012-10-17', Statement: [{ ...statement, Principal: '*' }] }, policyType: 'resource' },
    { name: 'not an object: left to the schema rule', code: '["Version"]' },
    { name: 'a wrongly cased key is the schema rule\'s finding', code: '{"version": "2012-10-17", "Statement": []}' },
  ],
  invalid: [
    {
      name: 'missing Version: safe fix inserts it first',
      code: { Statement: [statement] },
      errors: [{
        messageId: 'missing', line: 1, column: 1, endLine: 1, endColumn: 2, severity: 1, issueCode: 'MISSING_VERSION',
        message: 'The policy has no "Version"; add "Version": "2012-10-17" (without it, IAM applies the legacy 2008-10-17 language).',
      }],
      output: '{\n    "Version": "2012-10-17",\n    "Statement": [\n        {\n            "Effect": "Allow",\n            "Action": "s3:GetObject",\n            "Resource": "*"\n        }\n    ]\n}',
    },
    {
      name: 'missing Version with only a template placeholder (${AWS::Region}, filled in by CloudFormation): reported here',
      code: '{"Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b-${AWS::Region}/*"}]}',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 2, severity: 1 }],
      output: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b-${AWS::Region}/*"}]}',
    },
    {
      name: 'missing Version on one line keeps the layout',
      code: '{"Statement": [], "Id": "x"}',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 2, severity: 1 }],
      output: '{"Version": "2012-10-17", "Statement": [], "Id": "x"}',
    },
    {
      name: 'missing Version in an empty object',
      code: '{}',
      errors: [{ messageId: 'missing', line: 1, column: 1, endColumn: 2 }],
      output: '{\n    "Version": "2012-10-17"\n}',
    },
    {
      name: 'legacy version: safe fix when there are no variables',
      code: { Version: '2008-10-17', Statement: [statement] },
      errors: [{
        messageId: 'legacy', line: 2, column: 16, endLine: 2, endColumn: 28, severity: 1,
        message: 'Version "2008-10-17" is the legacy policy language; use "2012-10-17".',
      }],
      output: '{\n    "Version": "2012-10-17",\n    "Statement": [\n        {\n            "Effect": "Allow",\n            "Action": "s3:GetObject",\n            "Resource": "*"\n        }\n    ]\n}',
    },
    {
      name: 'SCP without Version: AWS Organizations refuses it, so an error',
      code: '{"Statement": [{"Effect": "Deny", "Action": "organizations:LeaveOrganization", "Resource": "*"}]}',
      policyType: 'scp',
      errors: [{
        messageId: 'orgMissing', line: 1, column: 1, endLine: 1, endColumn: 2, severity: 2, issueCode: 'MISSING_VERSION',
        message: 'The service control policy has no "Version"; AWS Organizations requires "Version": "2012-10-17" in every service control policy.',
      }],
      output: '{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "organizations:LeaveOrganization", "Resource": "*"}]}',
    },
    {
      name: 'RCP with the legacy Version: an error',
      code: '{\n  "Version": "2008-10-17",\n  "Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*"}]\n}',
      policyType: 'rcp',
      errors: [{
        messageId: 'orgLegacy', line: 2, column: 14, endLine: 2, endColumn: 26, severity: 2,
        message: 'AWS Organizations requires "Version": "2012-10-17" in every resource control policy, not "2008-10-17".',
      }],
      output: '{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*"}]\n}',
    },
    {
      name: 'stray whitespace: the meant version is unambiguous',
      code: { Version: ' 2012-10-17 ', Statement: [] },
      errors: [{
        messageId: 'invalid', line: 2, column: 16, endColumn: 30, severity: 2, issueCode: 'INVALID_VERSION',
        message: 'Version " 2012-10-17 " is not valid; use "2012-10-17".',
      }],
      output: '{\n    "Version": "2012-10-17",\n    "Statement": []\n}',
    },
    {
      name: 'a wrong date: suggestion only',
      code: { Version: '2012-10-18', Statement: [] },
      errors: [{
        messageId: 'invalid', line: 2, column: 16, endColumn: 28, issueCode: 'INVALID_VERSION',
        message: 'Version "2012-10-18" is not valid; use "2012-10-17".',
        suggestions: [{ messageId: 'useCurrent', output: '{\n    "Version": "2012-10-17",\n    "Statement": []\n}' }],
      }],
      output: null,
    },
    {
      name: 'a number',
      code: '{"Version": 2012.1017, "Statement": []}',
      errors: [{
        messageId: 'invalid', line: 1, column: 13, endColumn: 22,
        message: 'Version 2012.1017 is not valid; use "2012-10-17".',
        suggestions: [{ messageId: 'useCurrent', output: '{"Version": "2012-10-17", "Statement": []}' }],
      }],
      output: null,
    },
    {
      name: 'null',
      code: '{"Version": null, "Statement": []}',
      errors: [{ messageId: 'invalid', line: 1, column: 13, endColumn: 17, message: 'Version null is not valid; use "2012-10-17".',
        suggestions: [{ messageId: 'useCurrent', output: '{"Version": "2012-10-17", "Statement": []}' }] }],
    },
    {
      name: 'applies to every policy type',
      code: { Version: '2008-10-17', Statement: [{ ...statement, Principal: '*' }] },
      policyType: 'resource',
      errors: [{ messageId: 'legacy', line: 2, column: 16 }],
      output: '{\n    "Version": "2012-10-17",\n    "Statement": [\n        {\n            "Effect": "Allow",\n            "Action": "s3:GetObject",\n            "Resource": "*",\n            "Principal": "*"\n        }\n    ]\n}',
    },
  ],
});
