import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './condition-date-value.js';

const statement = (condition: object) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: condition }],
});

new RuleTester().run(rule, {
  valid: [
    {
      name: 'W3C ISO 8601 forms, basic form, IfExists and qualifiers',
      code: statement({
        DateGreaterThan: { 'aws:CurrentTime': ['2025', '2025-06', '2025-06-30', '2025-06-30T12:00Z', '2025-06-30T12:00:00+02:00', '2025-06-30T12:00:00.250Z', '20250630T120000Z'] },
        DateLessThanIfExists: { 'aws:TokenIssueTime': '2024-02-29T23:59:59Z' },
      }),
    },
    { name: 'aws:EpochTime is documented to take epoch seconds', code: statement({ DateGreaterThan: { 'aws:EpochTime': ['1735689600', 1735689600] } }) },
    { name: 'other operators are not checked', code: statement({ NumericLessThan: { 'aws:EpochTime': 1735689600 }, StringLike: { 'aws:CurrentTime': '2025-*' } }) },
    { name: 'variables, null and nested values are left to other rules (schema rejects null)', code: statement({ DateLessThan: { 'aws:CurrentTime': ['${aws:TokenIssueTime}', { x: 1 }, null], 'aws:TokenIssueTime': null } }) },
  ],
  invalid: [
    {
      code: statement({ DateLessThan: { 'aws:CurrentTime': 'next week' } }),
      errors: [{ messageId: 'notDate', line: 10, column: 40, endColumn: 51, issueCode: 'TYPE_MISMATCH_DATE', severity: 2,
        message: 'Value "next week" is not a date; "DateLessThan" takes an ISO 8601 date such as "2025-12-31" or "2025-12-31T23:59:59Z".' }],
    },
    {
      name: 'impossible dates and times',
      code: statement({ DateGreaterThan: { 'aws:CurrentTime': ['2025-02-29', '2025-06-30T25:00:00Z', '2025-06-30 12:00:00'] } }),
      errors: [
        { messageId: 'notDate', line: 11, column: 25, endColumn: 37 },
        { messageId: 'notDate', line: 12, column: 25, endColumn: 47 },
        { messageId: 'notDate', line: 13, column: 25, endColumn: 46 },
      ],
    },
    {
      name: 'epoch seconds as a number and as a string',
      code: '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",\n  "Condition": {"DateLessThan": {"aws:CurrentTime": [1735689600, "1735689600"]}}}}',
      errors: [
        {
          messageId: 'epoch', line: 2, column: 54, endColumn: 64, issueCode: 'INVALID_DATE_VALUE',
          message: 'Value 1735689600 is Unix epoch time, which IAM might not read as the instant you expect; write the ISO 8601 date "2025-01-01T00:00:00Z" if seconds were meant.',
          suggestions: [{ messageId: 'useIso', output: '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",\n  "Condition": {"DateLessThan": {"aws:CurrentTime": ["2025-01-01T00:00:00Z", "1735689600"]}}}}' }],
        },
        {
          messageId: 'epoch', line: 2, column: 66, endColumn: 78,
          suggestions: [{ messageId: 'useIso', output: '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",\n  "Condition": {"DateLessThan": {"aws:CurrentTime": [1735689600, "2025-01-01T00:00:00Z"]}}}}' }],
        },
      ],
    },
    {
      name: 'an epoch value too large for a date: no suggestion',
      code: statement({ DateEquals: { 'aws:CurrentTime': '99999999999999999999' } }),
      errors: [{ messageId: 'epochNoIso', line: 10, column: 40, suggestions: [],
        message: 'Value "99999999999999999999" is Unix epoch time, which IAM might not read as the instant you expect; write an ISO 8601 date such as "2025-12-31T23:59:59Z".' }],
    },
  ],
});
