import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './trust-policy-principal.js';

const trust = (Principal: unknown, Action: unknown = 'sts:AssumeRole') => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal, Action }],
});

new RuleTester().run(rule, {
  valid: [
    { policyType: 'trust', code: trust({ Service: 'ec2.amazonaws.com' }) },
    { name: '{"AWS": "*"} is accepted', policyType: 'trust', code: trust({ AWS: '*' }) },
    { name: 'SAML provider', policyType: 'trust', code: trust({ Federated: 'arn:aws:iam::123456789012:saml-provider/Okta' }, 'sts:AssumeRoleWithSAML') },
    { name: 'OIDC provider ARN', policyType: 'trust', code: trust({ Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' }, 'sts:AssumeRoleWithWebIdentity') },
    { name: 'identity provider domains', policyType: 'trust', code: trust({ Federated: ['accounts.google.com', 'cognito-identity.amazonaws.com'] }, 'sts:AssumeRoleWithWebIdentity') },
    { name: 'GovCloud partition', policyType: 'trust', code: trust({ Federated: 'arn:aws-us-gov:iam::123456789012:saml-provider/ADFS' }, 'sts:AssumeRoleWithSAML') },
    { name: 'variables are not judged', policyType: 'trust', code: trust({ Federated: '${ProviderArn}' }) },
    { name: 'only trust policies', policyType: 'resource', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] } },
  ],
  invalid: [
    {
      name: 'whitespace around a provider domain or a provider ARN: at the whitespace, with a trimming suggestion',
      policyType: 'trust',
      code: trust({ Federated: ['cognito-identity.amazonaws.com ', ' arn:aws:iam::123456789012:saml-provider/Okta'] }, 'sts:AssumeRoleWithWebIdentity'),
      errors: [
        { messageId: 'federatedWhitespace', line: 8, column: 52, endColumn: 53, issueCode: 'INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY',
          message: 'Federated principal "cognito-identity.amazonaws.com " ends with whitespace, and no identity provider ARN or domain has any; remove the whitespace.',
          suggestions: [{ messageId: 'trim', output: JSON.stringify(trust({ Federated: ['cognito-identity.amazonaws.com', ' arn:aws:iam::123456789012:saml-provider/Okta'] }, 'sts:AssumeRoleWithWebIdentity'), null, 4) }] },
        { messageId: 'federatedWhitespace', line: 9, column: 22, endColumn: 23 },
      ],
    },
    {
      policyType: 'trust',
      code: trust('*'),
      errors: [{ messageId: 'bareWildcard', line: 6, column: 26, endColumn: 29, issueCode: 'ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL',
        message: '"Principal": "*" is not supported in a role trust policy; name the principals, or write {"AWS": "*"} with conditions that restrict who may assume the role.' }],
    },
    {
      name: 'a role ARN is not a federated principal',
      policyType: 'trust',
      code: trust({ Federated: 'arn:aws:iam::123456789012:role/Okta' }, 'sts:AssumeRoleWithSAML'),
      errors: [{ messageId: 'federatedSyntax', line: 7, column: 30, endColumn: 67, issueCode: 'INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY',
        message: 'Federated principal "arn:aws:iam::123456789012:role/Okta" is not a SAML provider ARN (arn:aws:iam::<account>:saml-provider/<name>), an OIDC provider ARN (arn:aws:iam::<account>:oidc-provider/<host>) or an identity provider domain such as "accounts.google.com".' }],
    },
    {
      name: 'a provider name without its ARN, in a list',
      policyType: 'trust',
      code: trust({ Federated: ['accounts.google.com', 'saml-provider/Okta'] }, 'sts:AssumeRoleWithSAML'),
      errors: [{ messageId: 'federatedSyntax', line: 9, column: 21, endColumn: 41, issueCode: 'INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY' }],
    },
    {
      name: 'a placeholder left in the account of a provider ARN (AWS\'s SAML example)',
      policyType: 'trust',
      code: trust({ Federated: 'arn:aws:iam::ACCOUNT-ID-WITHOUT-HYPHENS:saml-provider/PROVIDER-NAME' }, 'sts:AssumeRoleWithSAML'),
      errors: [{ messageId: 'federatedAccount', line: 7, column: 30, endColumn: 99,
        message: 'Federated principal "arn:aws:iam::ACCOUNT-ID-WITHOUT-HYPHENS:saml-provider/PROVIDER-NAME" has the account "ACCOUNT-ID-WITHOUT-HYPHENS", which is not an account ID (12 digits), so the ARN names no identity provider; write the ID of the account that holds the provider.' }],
    },
    {
      name: 'an OIDC provider ARN with an 11-digit account or none',
      policyType: 'trust',
      code: trust({ Federated: ['arn:aws:iam::11111111111:oidc-provider/token.actions.githubusercontent.com', 'arn:aws:iam:::oidc-provider/token.actions.githubusercontent.com'] }, 'sts:AssumeRoleWithWebIdentity'),
      errors: [{ messageId: 'federatedAccount', line: 8, column: 21 }, { messageId: 'federatedAccount', line: 9, column: 21 }],
    },
    {
      name: 'an empty provider name',
      policyType: 'trust',
      code: { Version: '2012-10-17', Statement: { Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::123456789012:saml-provider/' }, Action: 'sts:AssumeRoleWithSAML' } },
      errors: [{ messageId: 'federatedSyntax', line: 6, column: 26 }],
    },
  ],
});
