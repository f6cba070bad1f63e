import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './condition-operator-valid.js';

const statement = (condition: object) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: condition }],
});

new RuleTester().run(rule, {
  valid: [
    {
      name: 'every family, qualifiers and IfExists',
      code: statement({
        StringEquals: { 'aws:PrincipalAccount': '111122223333' },
        'ForAnyValue:StringLike': { 'aws:TagKeys': 'team-*' },
        ArnLikeIfExists: { 'aws:SourceArn': 'arn:aws:sns:*:111122223333:*' },
        Null: { 'aws:TokenIssueTime': 'false' },
        NumericLessThanEquals: { 's3:max-keys': '10' },
        DateGreaterThan: { 'aws:CurrentTime': '2024-01-01T00:00:00Z' },
        BoolIfExists: { 'aws:MultiFactorAuthPresent': 'true' },
        BinaryEquals: { 'aws:x': 'QmluYXJ5' },
        NotIpAddressIfExists: { 'aws:SourceIp': '203.0.113.0/24' },
        'ForAllValues:StringNotEqualsIgnoreCase': { 'aws:TagKeys': 'x' },
      }),
    },
    { name: 'Null with a qualifier is valid grammar (condition-null-qualifier reports it)', code: statement({ 'ForAnyValue:Null': { 'aws:TagKeys': 'true' } }) },
    { name: 'no Condition', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] } },
    { name: 'a Condition that is not an object is left to the schema rule', code: statement(['StringEquals'] as unknown as object) },
  ],
  invalid: [
    {
      name: 'wrong case: safe fix',
      code: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",\n  "Condition": {"stringEquals": {"aws:SourceVpc": "vpc-1a2b3c4d"}}}]}',
      errors: [{ messageId: 'wrongCase', line: 2, column: 17, endColumn: 31, issueCode: 'INVALID_CONDITION_OPERATOR',
        message: 'Condition operator "stringEquals" must be written exactly "StringEquals" (operator names are case-sensitive).' }],
      output: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",\n  "Condition": {"StringEquals": {"aws:SourceVpc": "vpc-1a2b3c4d"}}}]}',
    },
    {
      name: 'extra spaces count as a spelling mistake',
      code: '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",\n  "Condition": {"StringLike ": {"s3:prefix": "home/*"}}}}',
      errors: [{ messageId: 'wrongCase', line: 2, column: 17, endColumn: 30 }],
      output: '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",\n  "Condition": {"StringLike": {"s3:prefix": "home/*"}}}}',
    },
    {
      name: 'wrong case when the right name is already a block: no fix (the blocks must be merged by hand)',
      code: statement({ stringequals: { 'aws:SourceVpc': 'vpc-12345678' }, StringEquals: { 'aws:PrincipalAccount': '111122223333' } }),
      errors: [{ messageId: 'wrongCase', line: 9, column: 17, endColumn: 31, issueCode: 'INVALID_CONDITION_OPERATOR' }],
      output: null,
    },
    {
      name: 'a typo in the qualifier: suggestion',
      code: statement({ 'ForAnyValues:StringEquals': { 'aws:TagKeys': ['secret'] } }),
      errors: [{
        messageId: 'typo', line: 9, column: 17, endColumn: 44, issueCode: 'INVALID_CONDITION_OPERATOR',
        message: '"ForAnyValues:StringEquals" is not a condition operator; did you mean "ForAnyValue:StringEquals"?',
        suggestions: [{ messageId: 'rename', output: JSON.stringify(statement({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['secret'] } }), null, 4) }],
      }],
    },
    {
      name: 'a missing letter',
      code: statement({ BoolIfExist: { 'aws:MultiFactorAuthPresent': 'false' } }),
      errors: [{ messageId: 'typo', line: 9, column: 17, endColumn: 30, message: '"BoolIfExist" is not a condition operator; did you mean "BoolIfExists"?',
        suggestions: [{ messageId: 'rename', output: JSON.stringify(statement({ BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } }), null, 4) }] }],
    },
    {
      name: 'NullIfExists',
      code: statement({ NullIfExists: { 'aws:MultiFactorAuthAge': 'true' } }),
      errors: [{
        messageId: 'nullIfExists', line: 9, column: 17, endColumn: 31, issueCode: 'NULL_WITH_IF_EXISTS', severity: 2,
        message: '"NullIfExists" is not valid: the Null operator cannot take IfExists; use "Null".',
        suggestions: [{ messageId: 'rename', output: JSON.stringify(statement({ Null: { 'aws:MultiFactorAuthAge': 'true' } }), null, 4) }],
      }],
    },
    {
      name: 'NullIfExists with a qualifier, in a single-statement policy',
      code: '{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "s3:*", "Resource": "*",\n  "Condition": {"ForAllValues:NullIfExists": {"aws:TagKeys": "true"}}}}',
      errors: [{
        messageId: 'nullIfExists', line: 2, column: 17, endColumn: 44, issueCode: 'NULL_WITH_IF_EXISTS',
        suggestions: [{ messageId: 'rename', output: '{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "s3:*", "Resource": "*",\n  "Condition": {"ForAllValues:Null": {"aws:TagKeys": "true"}}}}' }],
      }],
    },
    {
      name: 'NullIfExists next to a Null block: no suggestion',
      code: statement({ NullIfExists: { 'aws:MultiFactorAuthAge': 'true' }, Null: { 'aws:SourceVpc': 'false' } }),
      errors: [{ messageId: 'nullIfExists', line: 9, column: 17, suggestions: [] }],
    },
    {
      name: 'unknown operators, several in one block',
      code: statement({ Frob: { 'aws:SourceVpc': 'vpc-12345678' }, StringMatches: { 'aws:PrincipalTag/team': 'red' } }),
      errors: [
        { messageId: 'unknown', line: 9, column: 17, endColumn: 23, issueCode: 'INVALID_CONDITION_OPERATOR',
          message: '"Frob" is not a condition operator; use a String, Numeric, Date, Bool, Binary, IpAddress, Arn or Null operator, optionally with ForAllValues:/ForAnyValue: and IfExists.' },
        { messageId: 'unknown', line: 12, column: 17, endColumn: 32 },
      ],
    },
    {
      name: 'an operator with a malformed block is still checked',
      code: statement({ StringEqual: 'x' }),
      errors: [{ messageId: 'typo', line: 9, column: 17, endColumn: 30 }],
    },
  ],
});
