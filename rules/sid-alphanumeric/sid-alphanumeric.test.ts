import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './sid-alphanumeric.js';

const statement = { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' };
const kmsStatement = { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' };

new RuleTester().run(rule, {
  valid: [
    { code: { Version: '2012-10-17', Statement: [{ Sid: 'ReadReports2024', ...statement }] } },
    { name: 'no Sid', code: { Version: '2012-10-17', Statement: [statement] } },
    { name: 'non-string Sid: the schema rule\'s business', code: { Version: '2012-10-17', Statement: [{ Sid: 42, ...statement }] } },
    { name: 'a single statement object', code: { Version: '2012-10-17', Statement: { Sid: 'A1', ...statement } } },
    {
      name: 'resource policies follow their service (KMS key policies use spaces)',
      policyType: 'resource',
      code: { Version: '2012-10-17', Statement: [{ Sid: 'Enable IAM User Permissions', ...kmsStatement }] },
    },
    {
      name: 'SNS default policy Sid',
      policyType: 'resource',
      code: { Version: '2012-10-17', Statement: [{ Sid: '__default_statement_ID', ...kmsStatement, Action: 'SNS:Publish' }] },
    },
  ],
  invalid: [
    {
      name: 'spaces and hyphens: points at the first, suggests a PascalCase rename',
      code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Sid": "Allow S3-read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}\n  ]\n}',
      errors: [{
        messageId: 'unsupported', line: 4, column: 19, endLine: 4, endColumn: 20, severity: 2, issueCode: 'UNSUPPORTED_SID',
        message: 'Sid "Allow S3-read" contains " " and "-"; a Sid may only contain A-Z, a-z and 0-9.',
        suggestions: [{
          messageId: 'rename',
          output: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Sid": "AllowS3Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}\n  ]\n}',
        }],
      }],
      output: null,
    },
    {
      name: 'three kinds of character',
      code: '{"Statement": [{"Sid": "a.b_c-d", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}',
      errors: [{
        messageId: 'unsupported', line: 1, column: 26, endColumn: 27,
        message: 'Sid "a.b_c-d" contains ".", "_" and "-"; a Sid may only contain A-Z, a-z and 0-9.',
        suggestions: [{ messageId: 'rename', output: '{"Statement": [{"Sid": "aBCD", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}' }],
      }],
    },
    {
      name: 'a Sid holding a quote and a backslash is quoted with JSON escapes, as written',
      code: '{"Statement": [{"Sid": "aé-b\\"c\\\\", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}',
      errors: [{
        messageId: 'unsupported', line: 1, column: 26, endColumn: 27,
        message: 'Sid "aé-b\\"c\\\\" contains "é", "-", "\\"" and "\\\\"; a Sid may only contain A-Z, a-z and 0-9.',
        suggestions: [{ messageId: 'rename', output: '{"Statement": [{"Sid": "aBC", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}' }],
      }],
    },
    {
      name: 'an escaped space covers its escape sequence',
      code: '{"Statement": [{"Sid": "x\\u0020y", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}',
      errors: [{
        messageId: 'unsupported', line: 1, column: 26, endColumn: 32, message: 'Sid "x y" contains " "; a Sid may only contain A-Z, a-z and 0-9.',
        suggestions: [{ messageId: 'rename', output: '{"Statement": [{"Sid": "xY", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}' }],
      }],
    },
    {
      name: 'a character outside the BMP counts two UTF-16 units',
      code: '{"Statement": [{"Sid": "Ok🙂", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}',
      errors: [{
        messageId: 'unsupported', line: 1, column: 27, endColumn: 29,
        suggestions: [{ messageId: 'rename', output: '{"Statement": [{"Sid": "Ok", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}' }],
      }],
    },
    {
      name: 'the rename avoids a Sid already in use',
      code: '{"Statement": [{"Sid": "Read Only", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}, {"Sid": "ReadOnly", "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*"}]}',
      errors: [{
        messageId: 'unsupported', line: 1, column: 29, endColumn: 30,
        suggestions: [{ messageId: 'rename', output: '{"Statement": [{"Sid": "ReadOnly2", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}, {"Sid": "ReadOnly", "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*"}]}' }],
      }],
    },
    {
      name: 'nothing left to suggest',
      code: '{"Statement": [{"Sid": "---", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}',
      errors: [{ messageId: 'unsupported', line: 1, column: 25, endColumn: 26, message: 'Sid "---" contains "-"; a Sid may only contain A-Z, a-z and 0-9.', suggestions: [] }],
    },
    {
      name: 'trust policies are IAM documents too',
      policyType: 'trust',
      code: '{"Statement": [{"Sid": "Trust EC2", "Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}',
      errors: [{ messageId: 'unsupported', line: 1, column: 30, issueCode: 'UNSUPPORTED_SID',
        suggestions: [{ messageId: 'rename', output: '{"Statement": [{"Sid": "TrustEC2", "Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}]}' }] }],
    },
    {
      name: 'SCPs',
      policyType: 'scp',
      code: '{"Statement": [{"Sid": "Deny_S3", "Effect": "Deny", "Action": "s3:*", "Resource": "*"}]}',
      errors: [{ messageId: 'unsupported', line: 1, column: 29,
        suggestions: [{ messageId: 'rename', output: '{"Statement": [{"Sid": "DenyS3", "Effect": "Deny", "Action": "s3:*", "Resource": "*"}]}' }] }],
    },
    {
      name: 'resource policies with checkResourcePolicies',
      policyType: 'resource',
      options: { checkResourcePolicies: true },
      code: { Version: '2012-10-17', Statement: [{ Sid: 'Enable IAM User Permissions', ...kmsStatement }] },
      errors: [{
        messageId: 'unsupported', line: 5, column: 27, endColumn: 28,
        message: 'Sid "Enable IAM User Permissions" contains " "; a Sid may only contain A-Z, a-z and 0-9.',
        suggestions: [{ messageId: 'rename', output: '{\n    "Version": "2012-10-17",\n    "Statement": [\n        {\n            "Sid": "EnableIAMUserPermissions",\n            "Effect": "Allow",\n            "Principal": {\n                "AWS": "arn:aws:iam::111122223333:root"\n            },\n            "Action": "kms:*",\n            "Resource": "*"\n        }\n    ]\n}' }],
      }],
    },
    {
      name: 'an empty Sid: a warning, removed by --fix',
      code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "",\n      "Effect": "Allow",\n      "Action": "s3:GetObject",\n      "Resource": "*"\n    }\n  ]\n}',
      errors: [{
        messageId: 'empty', line: 5, column: 14, endColumn: 16, severity: 1, issueCode: 'EMPTY_SID_VALUE',
        message: 'The Sid is empty; remove it or name the statement.',
      }],
      output: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": "s3:GetObject",\n      "Resource": "*"\n    }\n  ]\n}',
    },
    {
      name: 'an empty Sid in a single statement object',
      code: '{"Statement": {"Sid": "", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}}',
      errors: [{ messageId: 'empty', line: 1, column: 23, endColumn: 25, severity: 1 }],
      output: '{"Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}}',
    },
    {
      name: 'an empty Sid in a resource policy, last in its statement',
      policyType: 'resource',
      code: '{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*", "Sid": ""}]}',
      errors: [{ messageId: 'empty', line: 1, column: 104, endColumn: 106, severity: 1 }],
      output: '{"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}]}',
    },
  ],
});
