import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './policy-size.js';

/** A policy with `n` actions of 21 counted characters each (`"s3:GetObject000001",` and so on). */
const big = (n: number) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: Array.from({ length: n }, (_, i) => `s3:GetObject${String(i).padStart(6, '0')}`), Resource: '*' }],
});
const small = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] };
// {"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]} = 96 characters

new RuleTester().run(rule, {
  valid: [
    { code: small },
    { name: 'whitespace does not count', code: JSON.stringify(small, null, 40) },
    { name: 'exactly at the limit', code: small, options: { maxCharacters: 96 } },
    { name: 'just under the default quota (5,963)', code: big(280) },
    { name: 'only identity policies', policyType: 'resource', code: big(400) },
  ],
  invalid: [
    {
      name: 'over the default quota',
      code: big(400),
      errors: [{ messageId: 'tooLarge', line: 3, column: 5, endColumn: 16, issueCode: 'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA',
        message: 'The policy has 8,483 characters, not counting whitespace, more than the limit of 6,144, so IAM refuses to save it; split it into several policies.' }],
    },
    {
      name: 'a lower limit for inline policies of users',
      code: small,
      options: { maxCharacters: 95 },
      errors: [{ messageId: 'tooLarge', line: 3, column: 5, message: 'The policy has 96 characters, not counting whitespace, more than the limit of 95, so IAM refuses to save it; split it into several policies.' }],
    },
  ],
});
