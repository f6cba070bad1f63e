import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './allow-not-principal.js';

const bucket = (statement: object) => ({
  Version: '2012-10-17',
  Statement: [{ Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', ...statement }],
});

new RuleTester().run(rule, {
  valid: [
    { policyType: 'resource', code: bucket({ Effect: 'Allow', Principal: { AWS: '123456789012' } }) },
    { name: 'Deny with NotPrincipal is the intended use', policyType: 'resource', code: bucket({ Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::123456789012:role/admin' } }) },
    { name: 'identity policies are not this rule', code: bucket({ Effect: 'Allow', NotPrincipal: { AWS: '123456789012' } }) },
  ],
  invalid: [
    {
      policyType: 'resource',
      code: bucket({ Effect: 'Allow', NotPrincipal: { AWS: 'arn:aws:iam::123456789012:user/mallory' } }),
      errors: [{ messageId: 'allowNotPrincipal', line: 8, column: 13, endColumn: 27, issueCode: 'ALLOW_WITH_NOT_PRINCIPAL', severity: 2,
        message: '"Effect": "Allow" with NotPrincipal grants access to every principal not listed, including anonymous users and other accounts; name the principals in Principal instead (NotPrincipal belongs in a Deny).' }],
    },
    {
      name: 'a single statement object with NotPrincipal "*"',
      policyType: 'resource',
      code: { Version: '2012-10-17', Statement: { Effect: 'Allow', NotPrincipal: '*', Action: 'sqs:SendMessage', Resource: '*' } },
      errors: [{ messageId: 'allowNotPrincipal', line: 5, column: 9, endColumn: 23, issueCode: 'ALLOW_WITH_NOT_PRINCIPAL' }],
    },
  ],
});
