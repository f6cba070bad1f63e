import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './trust-policy-action.js';

const trust = (Principal: unknown, Action: unknown, extra: object = {}) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal, Action, ...extra }],
});
const SAML = 'arn:aws:iam::123456789012:saml-provider/Okta';
const GITHUB = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com';
const text = (value: unknown) => JSON.stringify(value, null, 4);

new RuleTester().run(rule, {
  valid: [
    { policyType: 'trust', code: trust({ Federated: SAML }, ['sts:AssumeRoleWithSAML', 'sts:TagSession']) },
    { policyType: 'trust', code: trust({ Federated: GITHUB }, 'sts:AssumeRoleWithWebIdentity') },
    { name: 'a web identity domain', policyType: 'trust', code: trust({ Federated: 'cognito-identity.amazonaws.com' }, 'sts:AssumeRoleWithWebIdentity') },
    { name: 'mixed principals, each with its action', policyType: 'trust', code: trust({ AWS: 'arn:aws:iam::123456789012:root', Federated: SAML }, ['sts:AssumeRole', 'sts:AssumeRoleWithSAML']) },
    { name: 'unjudgeable principals are left alone', policyType: 'trust', code: trust({ Federated: '${Provider}' }, 'sts:AssumeRoleWithSAML') },
    { name: 'Roles Anywhere with all three actions', policyType: 'trust', code: trust({ Service: 'rolesanywhere.amazonaws.com' }, ['sts:AssumeRole', 'sts:SetSourceIdentity', 'sts:TagSession']) },
    { name: 'EKS Pod Identity with both actions (EKS User Guide, pod-id-role)', policyType: 'trust', code: trust({ Service: 'pods.eks.amazonaws.com' }, ['sts:AssumeRole', 'sts:TagSession']) },
    { name: 'EKS Pod Identity with sts:*', policyType: 'trust', code: trust({ Service: 'pods.eks.amazonaws.com' }, 'sts:*') },
    { name: 'Roles Anywhere with sts:*', policyType: 'trust', code: trust({ Service: ['rolesanywhere.amazonaws.com'] }, 'sts:*') },
    { name: 'a Deny is not checked', policyType: 'trust', code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: { AWS: '*' }, Action: 'sts:AssumeRoleWithSAML' }] } },
    { name: 'every sts action on the role', policyType: 'trust', code: trust({ AWS: 'arn:aws:iam::123456789012:root' }, ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity', 'sts:SetContext']) },
    { name: 'wildcards that cover an action on the role', policyType: 'trust', code: trust({ AWS: 'arn:aws:iam::123456789012:root' }, ['*', 'sts:*', 'sts:Assume*', 'sts:Set*']) },
    { name: 'an unknown action is action-exists\' to report', policyType: 'trust', code: trust({ AWS: 'arn:aws:iam::123456789012:root' }, ['sts:AssumeRole', 'sts:AssumeRoles', 'foo:Bar', 's3:Frobnicate*']) },
    { name: 'a Deny of the actions on the role', policyType: 'trust', code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: { AWS: '*' }, Action: ['sts:AssumeRole', 'sts:*'] }] } },
    { name: 'other actions outside trust policies', policyType: 'identity', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 'iam:PassRole'], Resource: '*' }] } },
    { name: 'only trust policies', policyType: 'resource', code: trust({ AWS: '*' }, 'sts:AssumeRoleWithSAML', { Resource: '*' }) },
  ],
  invalid: [
    {
      name: 'actions of another service beside sts:AssumeRole (a CodeBuild role\'s permissions pasted into its trust policy)',
      policyType: 'trust',
      code: trust({ Service: 'codebuild.amazonaws.com' }, ['logs:CreateLogGroup', 'sts:AssumeRole', 'iam:PassRole']),
      errors: [
        { messageId: 'unsupported', line: 10, column: 17, endColumn: 38, issueCode: 'UNSUPPORTED_ACTION_IN_POLICY', severity: 2,
          message: 'Action "logs:CreateLogGroup" is not supported in a role trust policy, which only governs the sts actions on the role (sts:AssumeRole, sts:AssumeRoleWithSAML, sts:AssumeRoleWithWebIdentity, sts:SetContext, sts:SetSourceIdentity, sts:TagSession); remove it and grant it in the role\'s permissions policy if the role needs it.' },
        { messageId: 'unsupported', line: 12, column: 17, endColumn: 31, issueCode: 'UNSUPPORTED_ACTION_IN_POLICY' },
      ],
      output: text(trust({ Service: 'codebuild.amazonaws.com' }, ['sts:AssumeRole'])),
    },
    {
      name: 'sts actions that do not act on the role, and patterns that cover no action on it',
      policyType: 'trust',
      code: trust({ AWS: 'arn:aws:iam::123456789012:root' }, ['sts:AssumeRole', 'sts:GetCallerIdentity', 'sts:Get*', 's3:*', 'S3:GetObject']),
      errors: [
        { messageId: 'unsupported', line: 11, column: 17 },
        { messageId: 'unsupported', line: 12, column: 17 },
        { messageId: 'unsupported', line: 13, column: 17 },
        { messageId: 'unsupported', line: 14, column: 17 },
      ],
      output: text(trust({ AWS: 'arn:aws:iam::123456789012:root' }, ['sts:AssumeRole'])),
    },
    {
      name: 'the only action: no fix, which would leave Action empty',
      policyType: 'trust',
      code: trust({ Service: 'codebuild.amazonaws.com' }, 'logs:PutLogEvents'),
      errors: [{ messageId: 'unsupported', line: 9, column: 23 }],
      output: null,
    },
    {
      name: 'no supported action left: no fix',
      policyType: 'trust',
      code: trust({ Service: 'codebuild.amazonaws.com' }, ['logs:CreateLogGroup', 'logs:PutLogEvents']),
      errors: [{ messageId: 'unsupported', line: 10, column: 17 }, { messageId: 'unsupported', line: 11, column: 17 }],
      output: null,
    },
    {
      name: 'a fix keeps a minified file\'s layout',
      policyType: 'trust',
      code: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":["s3:GetObject","sts:AssumeRole"]}]}',
      errors: [{ messageId: 'unsupported', line: 1, column: 110 }],
      output: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":["sts:AssumeRole"]}]}',
    },
    {
      name: 'a Deny of another service\'s action denies nothing (the same Action element Access Analyzer checks)',
      policyType: 'trust',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: { AWS: '*' }, Action: ['sts:AssumeRole', 's3:GetObject'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] },
      errors: [{ messageId: 'unsupportedDeny', line: 11, column: 17, issueCode: 'UNSUPPORTED_ACTION_IN_POLICY', severity: 2,
        message: 'Action "s3:GetObject" is not supported in a role trust policy, which only governs the sts actions on the role (sts:AssumeRole, sts:AssumeRoleWithSAML, sts:AssumeRoleWithWebIdentity, sts:SetContext, sts:SetSourceIdentity, sts:TagSession); this Deny does not deny it: remove it and deny it in the role\'s permissions policy (or a permissions boundary or SCP) if that was meant.' }],
      output: text({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: { AWS: '*' }, Action: ['sts:AssumeRole'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] }),
    },
    {
      name: 'a Deny of only another service\'s action',
      policyType: 'trust',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: { AWS: '*' }, Action: 's3:GetObject' }] },
      errors: [{ messageId: 'unsupportedDeny', line: 9, column: 23 }],
      output: null,
    },
    {
      name: 'web identity with a SAML provider',
      policyType: 'trust',
      code: trust({ Federated: SAML }, 'sts:AssumeRoleWithWebIdentity'),
      errors: [{ messageId: 'mismatched', line: 9, column: 23, endColumn: 54, issueCode: 'MISMATCHED_ACTION_FOR_PRINCIPAL',
        message: '"sts:AssumeRoleWithWebIdentity" is invalid with "Federated": "arn:aws:iam::123456789012:saml-provider/Okta"; it needs an OIDC provider principal ("Federated": "arn:aws:iam::<account>:oidc-provider/<host>" or a domain such as "accounts.google.com"). Use the action that fits each principal: "sts:AssumeRole" for AWS and Service principals, "sts:AssumeRoleWithSAML" for SAML providers, "sts:AssumeRoleWithWebIdentity" for OIDC providers.' }],
    },
    {
      name: 'SAML with an account and a service',
      policyType: 'trust',
      code: trust({ AWS: 'arn:aws:iam::123456789012:root', Service: 'ec2.amazonaws.com' }, ['sts:AssumeRole', 'STS:AssumeRoleWithSAML']),
      errors: [{ messageId: 'mismatched', line: 12, column: 17, endColumn: 41, issueCode: 'MISMATCHED_ACTION_FOR_PRINCIPAL',
        message: '"STS:AssumeRoleWithSAML" is invalid with "AWS": "arn:aws:iam::123456789012:root", "Service": "ec2.amazonaws.com"; it needs a SAML provider principal ("Federated": "arn:aws:iam::<account>:saml-provider/<name>"). Use the action that fits each principal: "sts:AssumeRole" for AWS and Service principals, "sts:AssumeRoleWithSAML" for SAML providers, "sts:AssumeRoleWithWebIdentity" for OIDC providers.' }],
    },
    {
      name: 'sts:AssumeRole with a federated provider only (Access Analyzer\'s own validate-policy example)',
      policyType: 'trust',
      code: trust({ Federated: 'cognito-identity.amazonaws.com' }, ['sts:AssumeRole', 'sts:TagSession']),
      errors: [{ messageId: 'mismatched', line: 10, column: 17, endColumn: 33, issueCode: 'MISMATCHED_ACTION_FOR_PRINCIPAL',
        message: '"sts:AssumeRole" is invalid with "Federated": "cognito-identity.amazonaws.com"; it needs an AWS or Service principal (a SAML or OIDC provider calls sts:AssumeRoleWithSAML or sts:AssumeRoleWithWebIdentity). Use the action that fits each principal: "sts:AssumeRole" for AWS and Service principals, "sts:AssumeRoleWithSAML" for SAML providers, "sts:AssumeRoleWithWebIdentity" for OIDC providers.' }],
    },
    {
      name: 'sts:AssumeRole with a GitHub OIDC provider',
      policyType: 'trust',
      code: trust({ Federated: GITHUB }, 'sts:AssumeRole'),
      errors: [{ messageId: 'mismatched', line: 9, column: 23, issueCode: 'MISMATCHED_ACTION_FOR_PRINCIPAL' }],
    },
    {
      name: 'Roles Anywhere missing one action',
      policyType: 'trust',
      code: trust({ Service: 'rolesanywhere.amazonaws.com' }, ['sts:AssumeRole', 'sts:TagSession']),
      errors: [{
        messageId: 'rolesAnywhere', line: 9, column: 13, endColumn: 21, issueCode: 'MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY',
        message: 'The "rolesanywhere.amazonaws.com" principal needs "sts:SetSourceIdentity" too: IAM Roles Anywhere calls sts:AssumeRole, sts:SetSourceIdentity and sts:TagSession.',
        suggestions: [{
          messageId: 'addActions', desc: 'Add "sts:SetSourceIdentity" to Action.',
          output: text(trust({ Service: 'rolesanywhere.amazonaws.com' }, ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'])),
        }],
      }],
    },
    {
      name: 'Roles Anywhere with a single action string, among other services',
      policyType: 'trust',
      code: trust({ Service: ['ec2.amazonaws.com', 'rolesanywhere.amazonaws.com'] }, 'sts:AssumeRole'),
      errors: [{
        messageId: 'rolesAnywhere', line: 12, column: 13,
        message: 'The "rolesanywhere.amazonaws.com" principal needs "sts:SetSourceIdentity", "sts:TagSession" too: IAM Roles Anywhere calls sts:AssumeRole, sts:SetSourceIdentity and sts:TagSession.',
        suggestions: [{ messageId: 'addActions', output: text(trust({ Service: ['ec2.amazonaws.com', 'rolesanywhere.amazonaws.com'] }, ['sts:AssumeRole', 'sts:SetSourceIdentity', 'sts:TagSession'])) }],
      }],
    },
    {
      name: 'EKS Pod Identity without sts:TagSession',
      policyType: 'trust',
      code: trust({ Service: 'pods.eks.amazonaws.com' }, 'sts:AssumeRole'),
      errors: [{
        messageId: 'podIdentity', line: 9, column: 13, endColumn: 21, severity: 1,
        message: 'The "pods.eks.amazonaws.com" principal needs "sts:TagSession" too: EKS Pod Identity calls sts:AssumeRole and sts:TagSession, as it tags each session with the cluster, namespace and service account (unless every association of the role disables session tags).',
        suggestions: [{
          messageId: 'addActions', desc: 'Add "sts:TagSession" to Action.',
          output: text(trust({ Service: 'pods.eks.amazonaws.com' }, ['sts:AssumeRole', 'sts:TagSession'])),
        }],
      }],
    },
  ],
});
