import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './principal-wildcard.js';

const bucket = (Principal: unknown, element = 'Principal') => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', [element]: Principal, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }],
});

new RuleTester().run(rule, {
  valid: [
    { policyType: 'resource', code: bucket({ AWS: 'arn:aws:iam::123456789012:role/reader' }) },
    { name: 'Principal "*"', policyType: 'resource', code: bucket('*') },
    { name: '"AWS": "*"', policyType: 'resource', code: bucket({ AWS: ['*'] }) },
    { name: 'in a trust policy, "AWS": "*" too', policyType: 'trust', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }] } },
    { name: 'not for identity policies', code: bucket({ AWS: 'arn:aws:iam::123456789012:role/*' }) },
    // One finding for one mistake (an STS VPC endpoint policy, say): a resource policy takes no Federated principal at all,
    // which federated-principal-trust-only reports; naming the provider exactly would not help.
    { name: '"Federated": "*" or a pattern in a resource policy', policyType: 'resource', code: bucket({ Federated: ['*', 'cognito-*'] }) },
  ],
  invalid: [
    {
      name: '"AWS": "* " is "*" but for the whitespace: at the whitespace, with a trimming suggestion; "Service": " *" is still no principal',
      policyType: 'resource',
      code: bucket({ AWS: '* ', Service: ' *' }),
      errors: [
        { messageId: 'whitespace', line: 7, column: 26, endColumn: 27, issueCode: 'UNSUPPORTED_WILDCARD_IN_PRINCIPAL',
          message: '"AWS": "* " ends with whitespace, so it is not "*" but a principal name with a wildcard, which principals do not take; remove the whitespace.',
          suggestions: [{ messageId: 'trim', output: JSON.stringify(bucket({ AWS: '*', Service: ' *' }), null, 4) }] },
        { messageId: 'whole', line: 8, column: 28, endColumn: 32 },
      ],
    },
    {
      name: 'a role name pattern',
      policyType: 'resource',
      code: bucket({ AWS: 'arn:aws:iam::123456789012:role/app-*' }),
      errors: [{ messageId: 'partial', line: 7, column: 24, endColumn: 62, issueCode: 'UNSUPPORTED_WILDCARD_IN_PRINCIPAL',
        message: 'AWS principal "arn:aws:iam::123456789012:role/app-*" contains a wildcard, but principals are matched exactly; name each principal. To match AWS principals by pattern, use "AWS": "*" with an "ArnLike" condition on "aws:PrincipalArn".' }],
    },
    {
      name: '"Service": "*" and a service pattern',
      policyType: 'resource',
      code: bucket({ Service: ['*', 'logs.*.amazonaws.com'] }),
      errors: [
        { messageId: 'whole', line: 8, column: 21, endColumn: 24, issueCode: 'UNSUPPORTED_WILDCARD_IN_PRINCIPAL',
          message: '"Service": "*" is not supported; name the Service principals exactly ("*" alone is allowed only as "AWS": "*" or "Principal": "*").' },
        { messageId: 'partial', line: 9, column: 21, endColumn: 43 },
      ],
    },
    {
      name: 'NotPrincipal, in a trust policy, with ?',
      policyType: 'trust',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::12345678901?:root' }, Action: 'sts:AssumeRole' }] },
      errors: [{ messageId: 'partial', line: 7, column: 24, message: 'AWS principal "arn:aws:iam::12345678901?:root" contains a wildcard, but principals are matched exactly; name each principal. To match AWS principals by pattern, use "AWS": "*" with an "ArnLike" condition on "aws:PrincipalArn".' }],
    },
    {
      name: '"Federated": "*" in a trust policy',
      policyType: 'trust',
      code: { Version: '2012-10-17', Statement: { Effect: 'Allow', Principal: { Federated: '*' }, Action: 'sts:AssumeRoleWithWebIdentity' } },
      errors: [{ messageId: 'whole', line: 6, column: 26, endColumn: 29 }],
    },
  ],
});
