import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './sid-unique.js';

const get = { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' };
const list = { Sid: 'Read', Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' };

new RuleTester().run(rule, {
  valid: [
    { code: { Version: '2012-10-17', Statement: [get, { ...list, Sid: 'List' }] } },
    { name: 'statements without Sid', code: { Version: '2012-10-17', Statement: [{ ...get, Sid: undefined }, { ...list, Sid: undefined }] } },
    { name: 'empty Sids are not identifiers', code: { Version: '2012-10-17', Statement: [{ ...get, Sid: '' }, { ...list, Sid: '' }] } },
    { name: 'Sids are compared exactly', code: { Version: '2012-10-17', Statement: [get, { ...list, Sid: 'read' }] } },
    { name: 'a single statement object', code: { Version: '2012-10-17', Statement: get } },
    { name: 'non-string Sids are the schema rule\'s business', code: { Version: '2012-10-17', Statement: [{ ...get, Sid: 1 }, { ...list, Sid: 1 }] } },
  ],
  invalid: [
    {
      name: 'identity policy: required, with a rename suggestion',
      code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"},\n    {"Sid": "Read", "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*"}\n  ]\n}',
      errors: [{
        messageId: 'required', line: 5, column: 13, endLine: 5, endColumn: 19, severity: 2, issueCode: 'UNIQUE_SIDS_REQUIRED',
        message: 'Sid "Read" is already used by Statement 0 (line 4); Sids must be unique in identity policies.',
        suggestions: [{
          messageId: 'rename',
          output: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"},\n    {"Sid": "Read2", "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*"}\n  ]\n}',
        }],
      }],
      output: null,
    },
    {
      name: 'a Sid holding a quote is quoted with JSON escapes, as written',
      code: '{"Version": "2012-10-17", "Statement": [{"Sid": "a\\"b", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}, {"Sid": "a\\"b", "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*"}]}',
      errors: [{
        messageId: 'required', line: 1, column: 128, endColumn: 134, severity: 2,
        message: 'Sid "a\\"b" is already used by Statement 0 (line 1); Sids must be unique in identity policies.',
        suggestions: [{
          messageId: 'rename',
          output: '{"Version": "2012-10-17", "Statement": [{"Sid": "a\\"b", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}, {"Sid": "a\\"b2", "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*"}]}',
        }],
      }],
    },
    {
      name: 'trust policy: required',
      policyType: 'trust',
      code: '{"Version": "2012-10-17", "Statement": [{"Sid": "A", "Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}, {"Sid": "A", "Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}',
      errors: [{
        messageId: 'required', line: 1, column: 157, endColumn: 160, severity: 2,
        message: 'Sid "A" is already used by Statement 0 (line 1); Sids must be unique in role trust policies.',
        suggestions: [{
          messageId: 'rename',
          output: '{"Version": "2012-10-17", "Statement": [{"Sid": "A", "Effect": "Allow", "Principal": {"Service": "ec2.amazonaws.com"}, "Action": "sts:AssumeRole"}, {"Sid": "A2", "Effect": "Allow", "Principal": {"Service": "lambda.amazonaws.com"}, "Action": "sts:AssumeRole"}]}',
        }],
      }],
    },
    {
      name: 'resource policy: recommended (a warning)',
      policyType: 'resource',
      code: '{"Version": "2012-10-17", "Statement": [{"Sid": "A", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}, {"Sid": "A", "Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*"}]}',
      errors: [{
        messageId: 'recommended', line: 1, column: 143, endColumn: 146, severity: 1, issueCode: 'UNIQUE_SIDS_RECOMMENDED',
        message: 'Sid "A" is already used by Statement 0 (line 1); give each statement its own Sid.',
        suggestions: [{
          messageId: 'rename',
          output: '{"Version": "2012-10-17", "Statement": [{"Sid": "A", "Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "*"}, {"Sid": "A2", "Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*"}]}',
        }],
      }],
    },
    {
      name: 'SCP: recommended',
      policyType: 'scp',
      code: '{"Statement": [{"Sid": "A", "Effect": "Deny", "Action": "s3:*", "Resource": "*"}, {"Sid": "A", "Effect": "Deny", "Action": "ec2:*", "Resource": "*"}]}',
      errors: [{ messageId: 'recommended', line: 1, column: 91, severity: 1,
        suggestions: [{ messageId: 'rename', output: '{"Statement": [{"Sid": "A", "Effect": "Deny", "Action": "s3:*", "Resource": "*"}, {"Sid": "A2", "Effect": "Deny", "Action": "ec2:*", "Resource": "*"}]}' }] }],
    },
    {
      name: 'option requiredIn makes SCP duplicates errors',
      policyType: 'scp',
      options: { requiredIn: ['identity', 'trust', 'scp'] },
      code: '{"Statement": [{"Sid": "A", "Effect": "Deny", "Action": "s3:*", "Resource": "*"}, {"Sid": "A", "Effect": "Deny", "Action": "ec2:*", "Resource": "*"}]}',
      errors: [{ messageId: 'required', line: 1, column: 91, severity: 2, issueCode: 'UNIQUE_SIDS_REQUIRED',
        message: 'Sid "A" is already used by Statement 0 (line 1); Sids must be unique in service control policies.',
        suggestions: [{ messageId: 'rename', output: '{"Statement": [{"Sid": "A", "Effect": "Deny", "Action": "s3:*", "Resource": "*"}, {"Sid": "A2", "Effect": "Deny", "Action": "ec2:*", "Resource": "*"}]}' }] }],
    },
    {
      name: 'every later occurrence is reported against the first; renames skip names in use',
      code: '{"Statement": [{"Sid": "A", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}, {"Sid": "A2", "Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"},\n{"Sid": "A", "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*"},\n{"Sid": "A", "Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "*"}]}',
      errors: [
        { messageId: 'required', line: 2, column: 9, endColumn: 12, message: 'Sid "A" is already used by Statement 0 (line 1); Sids must be unique in identity policies.',
          suggestions: [{ messageId: 'rename', output: '{"Statement": [{"Sid": "A", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}, {"Sid": "A2", "Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"},\n{"Sid": "A3", "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*"},\n{"Sid": "A", "Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "*"}]}' }] },
        { messageId: 'required', line: 3, column: 9, endColumn: 12, message: 'Sid "A" is already used by Statement 0 (line 1); Sids must be unique in identity policies.',
          suggestions: [{ messageId: 'rename', output: '{"Statement": [{"Sid": "A", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}, {"Sid": "A2", "Effect": "Allow", "Action": "s3:PutObject", "Resource": "*"},\n{"Sid": "A", "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*"},\n{"Sid": "A4", "Effect": "Deny", "Action": "s3:DeleteObject", "Resource": "*"}]}' }] },
      ],
      output: null,
    },
    {
      name: 'a repeated identical statement is removed by --fix (also when written differently)',
      code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"},\n    {"Resource": "*", "Sid": "Read", "Effect": "Allow", "Action": ["s3:GetObject"]}\n  ]\n}',
      errors: [{ messageId: 'required', line: 5, column: 30, endColumn: 36, suggestions: [] }],
      output: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Sid": "Read", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}\n  ]\n}',
    },
  ],
});
