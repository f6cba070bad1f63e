import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './federated-principal-trust-only.js';

const bucket = (Principal: unknown, element = 'Principal', Effect = 'Allow') => ({
  Version: '2012-10-17',
  Statement: [{ Effect, [element]: Principal, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }],
});

new RuleTester().run(rule, {
  valid: [
    { policyType: 'resource', code: bucket({ AWS: 'arn:aws:iam::123456789012:role/web-users' }) },
    { policyType: 'resource', code: bucket('*') },
    { name: 'trust policies may name identity providers', policyType: 'trust', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: 'accounts.google.com' }, Action: 'sts:AssumeRoleWithWebIdentity' }] } },
  ],
  invalid: [
    {
      policyType: 'resource',
      code: bucket({ Federated: 'arn:aws:iam::123456789012:saml-provider/Okta' }),
      errors: [{ messageId: 'federated', line: 7, column: 17, endColumn: 28, issueCode: 'FEDERATED_PRINCIPAL_NOT_SUPPORTED',
        message: '"Federated" principals are supported only in role trust policies; a resource policy cannot trust an identity provider. Grant access to the role that the federated users assume ("AWS": "arn:aws:iam::<account>:role/<name>").' }],
    },
    {
      name: 'NotPrincipal too, next to other keys',
      policyType: 'resource',
      code: bucket({ AWS: '123456789012', Federated: ['cognito-identity.amazonaws.com'] }, 'NotPrincipal', 'Deny'),
      errors: [{ messageId: 'federated', line: 8, column: 17, endColumn: 28, issueCode: 'FEDERATED_PRINCIPAL_NOT_SUPPORTED' }],
    },
  ],
});
