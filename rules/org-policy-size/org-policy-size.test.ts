import { RuleTester, policyText } from '../../src/testing/rule-tester.js';
import rule from './org-policy-size.js';

/** A Deny statement listing `count` actions (duplicates are fine for size). */
const scp = (count: number, action = 's3:GetObject') => ({
  Version: '2012-10-17',
  Statement: [{ Sid: 'DenyMany', Effect: 'Deny', Action: Array.from({ length: count }, () => action), Resource: '*' }],
});
const n = (x: number) => x.toLocaleString('en-US');

// 5,155 characters, 5,000 of them spaces inside a string.
const spacedString = `{"Version":"2012-10-17","Statement":[{"Sid":"x","Effect":"Deny","Action":"s3:*","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalTag/team":"${' '.repeat(5000)}"}}}]}`;
// 400 actions: over the quota however the policy is saved.
const big = scp(400, 's3:GetObjectVersionTagging');
const bigMinimal = JSON.stringify(big).length;
// 250 short actions: under the quota without whitespace, over it as written (4-space indentation).
const padded = scp(250);
const paddedMinimal = JSON.stringify(padded).length;
const paddedWritten = policyText(padded).length;

new RuleTester().run(rule, {
  valid: [
    { code: scp(10), policyType: 'scp' },
    { code: scp(10), policyType: 'rcp' },
    { name: 'exactly at the quota', code: JSON.stringify(scp(1)).replace('"DenyMany"', `"${'A'.repeat(5120 - JSON.stringify(scp(1)).length + 8)}"`), policyType: 'scp' },
    { name: 'identity policies have their own quota (policy-size)', code: big },
    { name: 'a larger quota from the options', code: big, policyType: 'scp', options: { maxCharacters: 20000 } },
    { name: 'whitespace inside strings counts: exactly at the limit', code: spacedString, policyType: 'rcp', options: { maxCharacters: 5155 } },
  ],
  invalid: [
    {
      name: 'an SCP over the quota even without whitespace',
      code: big, policyType: 'scp',
      errors: [{
        messageId: 'tooLarge', line: 3, column: 5, endLine: 3, endColumn: 16, issueCode: 'POLICY_SIZE_EXCEEDS_SCP_QUOTA', severity: 2,
        message: `The service control policy (SCP) has ${n(bigMinimal)} characters even without whitespace, more than the 5,120 characters AWS Organizations allows; split it into several policies.`,
      }],
    },
    {
      name: 'an RCP over the quota',
      code: big, policyType: 'rcp',
      errors: [{ messageId: 'tooLarge', line: 3, column: 5, issueCode: 'POLICY_SIZE_EXCEEDS_RCP_QUOTA', severity: 2 }],
    },
    {
      name: 'over the quota only because of indentation: a warning',
      code: padded, policyType: 'scp',
      errors: [{
        messageId: 'tooLargeAsWritten', line: 3, column: 5, endColumn: 16, issueCode: 'POLICY_SIZE_EXCEEDS_SCP_QUOTA', severity: 1,
        message: `The service control policy (SCP) has ${n(paddedWritten)} characters as written (${n(paddedMinimal)} without whitespace), more than the 5,120 characters AWS Organizations allows when it is saved through the API, the CLI or CloudFormation; remove the whitespace outside strings before saving it that way.`,
      }],
    },
    {
      name: 'whitespace inside strings counts: one over the limit',
      code: spacedString, policyType: 'rcp', options: { maxCharacters: 5154 },
      errors: [{ messageId: 'tooLarge', line: 1, column: 25, endColumn: 36, issueCode: 'POLICY_SIZE_EXCEEDS_RCP_QUOTA' }],
    },
    {
      name: 'a smaller quota from the options; whitespace between tokens does not count',
      code: '{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Action": "s3:*", "Resource": "*", "Condition": {"StringEquals": {"aws:PrincipalTag/team": "a  b"}}}]}',
      policyType: 'rcp', options: { maxCharacters: 100 },
      errors: [{
        messageId: 'tooLarge', line: 1, column: 27, endColumn: 38,
        message: 'The resource control policy (RCP) has 149 characters even without whitespace, more than the 100 characters AWS Organizations allows; split it into several policies.',
      }],
    },
  ],
});
