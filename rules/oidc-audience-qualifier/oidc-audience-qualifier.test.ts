import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './oidc-audience-qualifier.js';

const trust = (provider: string, condition: object) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Federated: provider }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: condition }],
});
const text = (value: object) => JSON.stringify(value, null, 4);
const pool = 'us-east-1:12345678-abcd-abcd-abcd-123456789012';
const github = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';

new RuleTester().run(rule, {
  valid: [
    { code: trust('cognito-identity.amazonaws.com', { StringEquals: { 'cognito-identity.amazonaws.com:aud': pool } }), policyType: 'trust' },
    { name: 'other claims may be multivalued', code: trust('cognito-identity.amazonaws.com', { 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' } }), policyType: 'trust' },
    { name: 'saml:aud is not a web identity key', code: trust('arn:aws:iam::111122223333:saml-provider/x', { 'ForAnyValue:StringEquals': { 'saml:aud': 'https://signin.aws.amazon.com/saml' } }), policyType: 'trust' },
    { name: 'ForAllValues on a single-valued key is left to the database-backed check', code: trust('accounts.google.com', { 'ForAllValues:StringEquals': { 'accounts.google.com:aud': 'client.apps.googleusercontent.com' } }), policyType: 'trust' },
  ],
  invalid: [
    {
      code: trust('cognito-identity.amazonaws.com', { 'ForAnyValue:StringEquals': { 'cognito-identity.amazonaws.com:aud': pool } }),
      policyType: 'trust',
      errors: [{
        messageId: 'singleValued', line: 12, column: 21, endColumn: 57, issueCode: 'FORANYVALUE_WITH_AUDIENCE_CLAIM_TYPE', severity: 2,
        message: '"cognito-identity.amazonaws.com:aud" holds one audience, but "ForAnyValue:StringEquals" compares it as a set; use "StringEquals".',
        suggestions: [{ messageId: 'dropQualifier', output: text(trust('cognito-identity.amazonaws.com', { StringEquals: { 'cognito-identity.amazonaws.com:aud': pool } })) }],
      }],
    },
    {
      name: 'another OIDC provider: a suggestion to confirm, as a warning',
      code: trust(github, { 'ForAnyValue:StringEquals': { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com', 'token.actions.githubusercontent.com:sub': 'repo:octo/app:*' } }),
      policyType: 'trust',
      errors: [{
        messageId: 'confirm', line: 12, column: 21, endColumn: 62, issueCode: 'CONFIRM_AUDIENCE_CLAIM_TYPE', severity: 1, suggestions: [],
        message: '"ForAnyValue:StringEquals" compares "token.actions.githubusercontent.com:aud" as a set of audiences; confirm that your identity provider sends several, and if it sends one, use "StringEquals".',
      }],
    },
    {
      name: 'ForAllValues on a provider with a path; any key case',
      code: '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC"}, "Action": "sts:AssumeRoleWithWebIdentity",\n  "Condition": {"ForAllValues:StringEquals": {"oidc.eks.us-east-1.amazonaws.com/id/ABC:AUD": "sts.amazonaws.com"}}}}',
      policyType: 'trust',
      errors: [{
        messageId: 'confirm', line: 2, column: 47, endColumn: 92,
        suggestions: [{ messageId: 'dropQualifier', output: '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Principal": {"Federated": "arn:aws:iam::111122223333:oidc-provider/oidc.eks.us-east-1.amazonaws.com/id/ABC"}, "Action": "sts:AssumeRoleWithWebIdentity",\n  "Condition": {"StringEquals": {"oidc.eks.us-east-1.amazonaws.com/id/ABC:AUD": "sts.amazonaws.com"}}}}' }],
      }],
    },
  ],
});
