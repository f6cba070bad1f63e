import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './no-aws-arn-condition-key.js';

const statement = (condition: object) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: condition }],
});
const text = (value: object) => JSON.stringify(value, null, 4);
const role = 'arn:aws:iam::111122223333:role/admin';

new RuleTester().run(rule, {
  valid: [
    { code: statement({ ArnNotEquals: { 'aws:PrincipalArn': role } }) },
    { name: 'other keys that contain "arn"', code: statement({ ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:111122223333:*', 'aws:ARNs': 'x' } }) },
  ],
  invalid: [
    {
      code: statement({ ArnNotEquals: { 'aws:ARN': role } }),
      errors: [{
        messageId: 'unsupported', line: 10, column: 21, endColumn: 30, issueCode: 'UNSUPPORTED_GLOBAL_CONDITION_KEY', severity: 2,
        message: 'Condition key "aws:ARN" is not supported (it is never in the request context); use "aws:PrincipalArn" (the caller) or "aws:SourceArn" (the resource that makes a service-to-service request).',
        suggestions: [
          { messageId: 'replace', output: text(statement({ ArnNotEquals: { 'aws:PrincipalArn': role } })) },
          { messageId: 'replace', output: text(statement({ ArnNotEquals: { 'aws:SourceArn': role } })) },
        ],
      }],
    },
    {
      name: 'any letter case; no suggestion of a key the block already has',
      code: statement({ StringLike: { 'AWS:arn': 'arn:aws:iam::*:role/x', 'aws:SourceArn': 'arn:aws:sns:*:*:*' } }),
      errors: [{
        messageId: 'unsupported', line: 10, column: 21, endColumn: 30,
        suggestions: [{ messageId: 'replace', output: text(statement({ StringLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/x', 'aws:SourceArn': 'arn:aws:sns:*:*:*' } })) }],
      }],
    },
    {
      name: 'single statement, single value',
      code: '{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "s3:*", "Resource": "*",\n  "Condition": {"ArnNotLike": {"aws:arn": "arn:aws:iam::*:role/admin"}}}}',
      errors: [{
        messageId: 'unsupported', line: 2, column: 32, endColumn: 41,
        suggestions: [
          { messageId: 'replace', output: '{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "s3:*", "Resource": "*",\n  "Condition": {"ArnNotLike": {"aws:PrincipalArn": "arn:aws:iam::*:role/admin"}}}}' },
          { messageId: 'replace', output: '{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "s3:*", "Resource": "*",\n  "Condition": {"ArnNotLike": {"aws:SourceArn": "arn:aws:iam::*:role/admin"}}}}' },
        ],
      }],
    },
  ],
});
