import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './condition-wildcard-needs-like.js';

const statement = (condition: object) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: '*', Condition: condition }],
});
const text = (value: object) => JSON.stringify(value, null, 4);

new RuleTester().run(rule, {
  valid: [
    { code: statement({ StringLike: { 's3:prefix': 'home/*' }, StringEquals: { 's3:delimiter': '/' } }) },
    { name: 'ARN operators take wildcards', code: statement({ ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:*:111122223333:*' } }) },
    { name: '${*} and ${?} are literal characters, not wildcards', code: statement({ StringEquals: { 's3:prefix': ['${*}', 'a${?}b', '${aws:username}'] } }) },
    { name: 'lambda:Principal is "*" in the request when a function is made public: an SCP denying that compares with the literal', code: {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Deny', Action: 'lambda:AddPermission', Resource: '*', Condition: { StringEquals: { 'lambda:Principal': ['*'] } } }],
    } },
    { name: 'non-string values are left to other rules', code: statement({ StringEquals: { 's3:max-keys': 5 } }) },
  ],
  invalid: [
    {
      code: statement({ StringEquals: { 'aws:PrincipalTag/job-category': 'admin-*' } }),
      errors: [{
        messageId: 'literal', line: 10, column: 61, endColumn: 62, issueCode: 'WILDCARD_WITHOUT_LIKE_OPERATOR', severity: 2,
        message: '"*" in "admin-*" is a literal character under "StringEquals", not a wildcard; use "StringLike" if you meant a pattern.',
        suggestions: [{ messageId: 'useLike', output: text(statement({ StringLike: { 'aws:PrincipalTag/job-category': 'admin-*' } })) }],
      }],
    },
    {
      name: 'qualifier and IfExists are kept; a variable before the wildcard',
      code: statement({ 'ForAnyValue:StringNotEqualsIfExists': { 's3:prefix': ['${aws:username}/?'] } }),
      errors: [{
        messageId: 'literal', line: 11, column: 42, endColumn: 43,
        message: '"?" in "${aws:username}/?" is a literal character under "ForAnyValue:StringNotEqualsIfExists", not a wildcard; use "ForAnyValue:StringNotLikeIfExists" if you meant a pattern.',
        suggestions: [{ messageId: 'useLike', output: text(statement({ 'ForAnyValue:StringNotLikeIfExists': { 's3:prefix': ['${aws:username}/?'] } })) }],
      }],
    },
    {
      name: 'IgnoreCase has no Like form; no suggestion',
      code: statement({ StringEqualsIgnoreCase: { 'aws:PrincipalTag/team': '*' } }),
      errors: [{
        messageId: 'literalNoLike', line: 10, column: 47, endColumn: 48, suggestions: [],
        message: '"*" in "*" is a literal character under "StringEqualsIgnoreCase", not a wildcard; use "StringLike" or "StringNotLike" (which are case-sensitive) if you meant a pattern.',
      }],
    },
    {
      name: 'no rename suggestion when the Like block exists already',
      code: statement({ StringEquals: { 's3:prefix': 'a*' }, StringLike: { 's3:delimiter': '/' } }),
      errors: [{ messageId: 'literal', line: 10, column: 36, endColumn: 37, suggestions: [] }],
    },
    {
      name: 'one finding per value, at the first wildcard; escapes are counted as one character',
      code: '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*",\n  "Condition": {"StringEquals": {"s3:prefix": ["\\u0041*?", "x?"]}}}}',
      errors: [
        { messageId: 'literal', line: 2, column: 55, endColumn: 56,
          suggestions: [{ messageId: 'useLike', output: '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*",\n  "Condition": {"StringLike": {"s3:prefix": ["\\u0041*?", "x?"]}}}}' }] },
        { messageId: 'literal', line: 2, column: 62, endColumn: 63,
          suggestions: [{ messageId: 'useLike', output: '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*",\n  "Condition": {"StringLike": {"s3:prefix": ["\\u0041*?", "x?"]}}}}' }] },
      ],
    },
  ],
});
