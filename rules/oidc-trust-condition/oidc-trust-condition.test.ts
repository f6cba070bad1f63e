import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './oidc-trust-condition.js';

const GITHUB = 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com';
const EKS = 'arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABC123';
const trust = (Federated: unknown, Condition?: object, Effect = 'Allow') => ({
  Version: '2012-10-17',
  Statement: [{ Effect, Principal: { Federated }, Action: 'sts:AssumeRoleWithWebIdentity', ...(Condition ? { Condition } : {}) }],
});

new RuleTester().run(rule, {
  valid: [
    { name: 'a provider with whitespace around it names no provider (trust-policy-principal reports it)', policyType: 'trust', code: trust(`${GITHUB} `) },
    { policyType: 'trust', code: trust(GITHUB, { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com', 'token.actions.githubusercontent.com:sub': 'repo:octo-org/app:ref:refs/heads/main' } }) },
    { name: 'a * under StringEquals is not a wildcard', policyType: 'trust', code: trust(GITHUB, { StringEquals: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/app:*' } }) },
    { name: 'Cognito with its aud key', policyType: 'trust', code: trust('cognito-identity.amazonaws.com', { StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:12345678-abcd-abcd-abcd-123456789012' } }) },
    { name: 'condition keys are case-insensitive', policyType: 'trust', code: trust(EKS, { StringEquals: { 'OIDC.EKS.eu-west-1.amazonaws.com/id/ABC123:sub': 'system:serviceaccount:app:api' } }) },
    { name: 'a SAML provider is not OIDC', policyType: 'trust', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Federated: 'arn:aws:iam::123456789012:saml-provider/Okta' }, Action: 'sts:AssumeRoleWithSAML' }] } },
    { name: 'a Deny', policyType: 'trust', code: trust(GITHUB, undefined, 'Deny') },
    { name: 'only trust policies', policyType: 'resource', code: trust(GITHUB) },
    { name: 'GitHub claim keys AWS STS validates, and the Google and Cognito ones', policyType: 'trust', code: { Version: '2012-10-17', Statement: [
      { Effect: 'Allow', Principal: { Federated: GITHUB }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: {
        'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com', 'token.actions.githubusercontent.com:sub': 'repo:octo-org/app:environment:prod',
        'token.actions.githubusercontent.com:repository_id': '1296269', 'token.actions.githubusercontent.com:Job_Workflow_Ref': 'octo-org/ci/.github/workflows/deploy.yml@refs/heads/main' } } },
      { Effect: 'Allow', Principal: { Federated: 'accounts.google.com' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: { StringEquals: {
        'accounts.google.com:aud': 'azp-value', 'accounts.google.com:oaud': 'aud-value', 'accounts.google.com:sub': 'sub-value' } } },
      { Effect: 'Allow', Principal: { Federated: 'cognito-identity.amazonaws.com' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: {
        StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-2:identity-pool-id' }, 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'unauthenticated' } } },
    ] } },
    { name: 'every claim of GitHub\'s tokens is known, repository_owner and event_name included (near repository_owner_id and event)', policyType: 'trust',
      code: trust(GITHUB, { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com', 'token.actions.githubusercontent.com:sub': 'repo:octo-org/app:ref:refs/heads/main',
        'token.actions.githubusercontent.com:repository_owner': 'octo-org', 'token.actions.githubusercontent.com:event_name': 'push', 'token.actions.githubusercontent.com:ref_type': 'branch' } }) },
    { name: 'a subject with its context, a negated operator on a bare repository, and a customized subject template', policyType: 'trust',
      code: trust(GITHUB, { StringEquals: { 'token.actions.githubusercontent.com:sub': ['repo:octo-org/app:pull_request', 'repository_owner:octo-org'] },
        StringNotEquals: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/app' } }) },
    { name: 'a claim far from every known one is left alone (a provider may set claims AWS added later)', policyType: 'trust',
      code: trust(EKS, { StringEquals: { 'oidc.eks.eu-west-1.amazonaws.com/id/ABC123:sub': 'system:serviceaccount:app:api', 'oidc.eks.eu-west-1.amazonaws.com/id/ABC123:project_path': 'x' } }) },
    { name: 'EKS: every service account of one namespace (the EKS User Guide\'s StringLike example), and a literal * under StringEquals', policyType: 'trust',
      code: trust(EKS, { StringLike: { 'oidc.eks.eu-west-1.amazonaws.com/id/ABC123:sub': 'system:serviceaccount:payments:*' },
        StringEquals: { 'oidc.eks.eu-west-1.amazonaws.com/id/ABC123:sub': 'system:serviceaccount:*' } }) },
    { name: 'a principal from a template reference with GitHub\'s :sub', policyType: 'trust',
      code: trust('${GetAtt::GithubOidc.Arn}', { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com', 'token.actions.githubusercontent.com:sub': 'repo:octo-org/app:ref:refs/heads/main' } }) },
    { name: 'a reference principal whose :sub key is itself computed (terraform-aws-modules iam-github-oidc-role)', policyType: 'trust',
      code: trust('arn:${TF::local.partition}:iam::${TF::local.account_id}:oidc-provider/${TF::local.provider_url}', {
        'ForAllValues:StringEquals': { 'token.actions.githubusercontent.com:iss': 'http://token.actions.githubusercontent.com' },
        StringLike: { '${TF::local.provider_url}:sub': 'repo:octo-org/app:*' } }) },
    { name: 'a reference principal with another provider\'s keys is not judged', policyType: 'trust',
      code: trust('${Ref::ClusterOidcProvider}', { StringEquals: { 'oidc.eks.eu-west-1.amazonaws.com/id/ABC123:aud': 'sts.amazonaws.com' } }) },
    { name: 'Cognito with the pool ID under StringLike without a wildcard, and amr', policyType: 'trust',
      code: trust('cognito-identity.amazonaws.com', { StringLike: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:a1b2c3d4-5678-90ab-cdef-EXAMPLE11111' },
        'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' } }) },
  ],
  invalid: [
    {
      name: 'a GitHub subject that stops at the repository matches no token of the default subject format',
      policyType: 'trust',
      code: trust(GITHUB, { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com', 'token.actions.githubusercontent.com:sub': 'repo:octo-org/app' },
        StringLike: { 'token.actions.githubusercontent.com:sub': ['repo:octo-org/app:*', 'repo:octo-org/web'] } }),
      errors: [
        { messageId: 'githubSubNoContext', line: 13, column: 64, endColumn: 83, severity: 1,
          message: '"token.actions.githubusercontent.com:sub" value "repo:octo-org/app" ends at the repository, but GitHub\'s default subject always goes on with the context (":ref:refs/heads/<branch>", ":environment:<name>", ":pull_request"), so no workflow\'s token matches unless the repository\'s subject template holds the repo claim alone; write "repo:octo-org/app:ref:refs/heads/main" or the environment.' },
        { messageId: 'broadGithubSub', line: 17, column: 25, severity: 1 },
        { messageId: 'githubSubNoContext', line: 18, column: 25, severity: 1 },
      ],
    },
    {
      name: 'GitHub without any condition',
      policyType: 'trust',
      code: trust(GITHUB),
      errors: [{ messageId: 'missingGithubSub', line: 7, column: 30, endColumn: 107, issueCode: 'MISSING_GITHUB_REPO_CONDITION_KEY', severity: 2,
        message: 'GitHub Actions principal "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" is trusted without a "token.actions.githubusercontent.com:sub" condition, so a workflow in any repository can assume the role; add "token.actions.githubusercontent.com:sub" with your repository and branch, e.g. "repo:<org>/<repo>:ref:refs/heads/main".' }],
    },
    {
      name: 'GitHub with aud only',
      policyType: 'trust',
      code: trust(GITHUB, { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } }),
      errors: [{ messageId: 'missingGithubSub', line: 7, column: 30, issueCode: 'MISSING_GITHUB_REPO_CONDITION_KEY' }],
    },
    {
      name: 'wildcards in :sub under StringLike',
      policyType: 'trust',
      code: trust(GITHUB, { StringLike: { 'token.actions.githubusercontent.com:sub': ['repo:octo-org/app:ref:refs/heads/main', 'repo:octo-org/*'] } }),
      errors: [{ messageId: 'broadGithubSub', line: 14, column: 25, endColumn: 42, issueCode: 'SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED', severity: 1,
        message: '"token.actions.githubusercontent.com:sub" value "repo:octo-org/*" has a wildcard, which admits more repositories, branches or environments than a specific value; name the repository and branch, e.g. "repo:<org>/<repo>:ref:refs/heads/main".' }],
    },
    {
      name: 'a wildcard in the owner (or the whole value) is as open as no :sub: an error',
      policyType: 'trust',
      code: trust(GITHUB, { StringLike: { 'token.actions.githubusercontent.com:sub': ['*', 'repo:*', 'repo:octo-*/app:*'] } }),
      errors: [
        { messageId: 'anyGithubRepo', line: 13, column: 25, issueCode: 'MISSING_GITHUB_REPO_CONDITION_KEY', severity: 2,
          message: '"token.actions.githubusercontent.com:sub" value "*" has a wildcard in the repository owner, so a workflow in a repository anyone can create matches it, as with no "token.actions.githubusercontent.com:sub" condition; name the owner and repository, e.g. "repo:<org>/<repo>:ref:refs/heads/main".' },
        { messageId: 'anyGithubRepo', line: 14, column: 25, severity: 2 },
        { messageId: 'anyGithubRepo', line: 15, column: 25, severity: 2 },
      ],
    },
    {
      name: 'a wildcard after a fixed repository opens only its branches and environments',
      policyType: 'trust',
      code: trust(GITHUB, { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/app:*' } }),
      errors: [{ messageId: 'broadGithubSub', line: 12, column: 64, severity: 1,
        message: '"token.actions.githubusercontent.com:sub" value "repo:octo-org/app:*" has a wildcard, which admits more branches, tags, environments or events of octo-org/app than a specific value; name the repository and branch, e.g. "repo:<org>/<repo>:ref:refs/heads/main".' }],
    },
    {
      name: 'a provider ARN copied with the issuer URL\'s https://',
      policyType: 'trust',
      code: trust('arn:aws:iam::123456789012:oidc-provider/https://oidc.eks.eu-west-1.amazonaws.com/id/ABC123', { StringEquals: { 'oidc.eks.eu-west-1.amazonaws.com/id/ABC123:sub': 'system:serviceaccount:velero:velero' } }),
      errors: [{ messageId: 'schemeInProvider', line: 7, column: 30,
        message: 'OIDC provider ARN "arn:aws:iam::123456789012:oidc-provider/https://oidc.eks.eu-west-1.amazonaws.com/id/ABC123" holds "https://": IAM names a provider by its host and path only, so this principal names no provider; write "arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABC123", and condition keys as "oidc.eks.eu-west-1.amazonaws.com/id/ABC123:…".' }],
    },
    {
      name: 'an EKS cluster trusted with :aud alone',
      policyType: 'trust',
      code: trust(EKS, { StringEquals: { 'oidc.eks.eu-west-1.amazonaws.com/id/ABC123:aud': 'sts.amazonaws.com' } }),
      errors: [{ messageId: 'missingEksSub', line: 7, column: 30, severity: 1,
        message: 'EKS cluster principal "arn:aws:iam::123456789012:oidc-provider/oidc.eks.eu-west-1.amazonaws.com/id/ABC123" is trusted without a "oidc.eks.eu-west-1.amazonaws.com/id/ABC123:sub" condition, so a pod of any service account in any namespace of the cluster can assume the role; add "oidc.eks.eu-west-1.amazonaws.com/id/ABC123:sub": "system:serviceaccount:<namespace>:<service-account>".' }],
    },
    {
      name: 'a ? under ForAnyValue:StringLike',
      policyType: 'trust',
      code: trust(GITHUB, { 'ForAnyValue:StringLike': { 'token.actions.githubusercontent.com:sub': 'repo:octo-org/app-?:ref:refs/heads/main' } }),
      errors: [{ messageId: 'broadGithubSub', line: 12, column: 64, severity: 1 }],
    },
    {
      name: 'a web identity domain without a condition',
      policyType: 'trust',
      code: trust(['accounts.google.com']),
      errors: [{ messageId: 'missingCondition', line: 8, column: 21, endColumn: 42, issueCode: 'MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL',
        message: 'OIDC principal "accounts.google.com" is trusted without a condition on its token, so any identity of that provider can assume the role; add a condition on "accounts.google.com:aud" (and "accounts.google.com:sub" where the provider sets it).' }],
    },
    {
      name: 'GitHub :sub spelt :subject: the finding names the intended key',
      policyType: 'trust',
      code: trust(GITHUB, { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com', 'token.actions.githubusercontent.com:subject': 'repo:octo-org/app:ref:refs/heads/main' } }),
      errors: [{ messageId: 'misspeltGithubSub', line: 13, column: 21, issueCode: 'MISSING_GITHUB_REPO_CONDITION_KEY', severity: 2,
        message: '"token.actions.githubusercontent.com:subject" is not a condition key of GitHub Actions tokens (STS never sets it), so the trust of "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com" has no "token.actions.githubusercontent.com:sub" condition and no workflow can assume the role through this statement; write "token.actions.githubusercontent.com:sub".' }],
    },
    {
      name: ':aud spelt :audience, and a GitHub claim with a typo, under a negated operator',
      policyType: 'trust',
      code: trust(GITHUB, { StringEquals: { 'token.actions.githubusercontent.com:audience': 'sts.amazonaws.com', 'token.actions.githubusercontent.com:sub': 'repo:octo-org/app:ref:refs/heads/main' },
        StringNotEquals: { 'token.actions.githubusercontent.com:repositroy': 'octo-org/legacy' } }),
      errors: [
        { messageId: 'unknownClaimKey', line: 12, column: 21, severity: 2,
          message: '"token.actions.githubusercontent.com:audience" is not a condition key of token.actions.githubusercontent.com tokens: STS never sets it, so the condition on it is false and no one can assume the role through this statement; did you mean "token.actions.githubusercontent.com:aud"?' },
        { messageId: 'unknownClaimKey', line: 16, column: 21,
          message: '"token.actions.githubusercontent.com:repositroy" is not a condition key of token.actions.githubusercontent.com tokens: STS never sets it, so the condition on it is true for every token and checks nothing; did you mean "token.actions.githubusercontent.com:repository"?' },
      ],
    },
    {
      name: 'an EKS provider with :aud spelt :audience only',
      policyType: 'trust',
      code: trust(EKS, { StringEquals: { 'oidc.eks.eu-west-1.amazonaws.com/id/ABC123:audience': 'sts.amazonaws.com' } }),
      errors: [{ messageId: 'missingEksSub', line: 7, column: 30, severity: 1 }, { messageId: 'unknownClaimKey', line: 12, column: 21,
        message: '"oidc.eks.eu-west-1.amazonaws.com/id/ABC123:audience" is not a condition key of oidc.eks.eu-west-1.amazonaws.com/id/ABC123 tokens: STS never sets it, so the condition on it is false and no one can assume the role through this statement; did you mean "oidc.eks.eu-west-1.amazonaws.com/id/ABC123:aud"?' }],
    },
    {
      name: 'EKS: a wildcard in the namespace of :sub',
      policyType: 'trust',
      code: trust(EKS, { StringLike: { 'oidc.eks.eu-west-1.amazonaws.com/id/ABC123:aud': 'sts.amazonaws.com', 'oidc.eks.eu-west-1.amazonaws.com/id/ABC123:sub': ['system:serviceaccount:app:api', 'system:serviceaccount:*'] } }),
      errors: [{ messageId: 'broadEksSub', line: 15, column: 25, endColumn: 50, severity: 1,
        message: '"oidc.eks.eu-west-1.amazonaws.com/id/ABC123:sub" value "system:serviceaccount:*" has a wildcard in the namespace, so pods of service accounts in other namespaces of the cluster match it; name the namespace and service account, "system:serviceaccount:<namespace>:<service-account>".' }],
    },
    {
      name: 'Cognito with amr only: any identity pool\'s authenticated identities',
      policyType: 'trust',
      code: trust('cognito-identity.amazonaws.com', { 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'authenticated' } }),
      errors: [{ messageId: 'missingCognitoAud', line: 7, column: 30, endColumn: 62, severity: 2,
        message: 'Amazon Cognito principal "cognito-identity.amazonaws.com" is trusted without a "cognito-identity.amazonaws.com:aud" condition, so an identity of any identity pool, in any account, can assume the role; add "StringEquals": {"cognito-identity.amazonaws.com:aud": "<region>:<identity pool ID>"}.' }],
    },
    {
      name: 'a Cognito audience with a wildcard',
      policyType: 'trust',
      code: trust('cognito-identity.amazonaws.com', { StringLike: { 'cognito-identity.amazonaws.com:aud': ['us-east-1:*', 'us-east-1:12345678-abcd-abcd-abcd-123456789012'] } }),
      errors: [{ messageId: 'broadCognitoAud', line: 13, column: 25, endColumn: 38, severity: 2,
        message: '"cognito-identity.amazonaws.com:aud" value "us-east-1:*" has a wildcard, so identities of other identity pools, in any account, match it; name the identity pool ID ("<region>:<identity pool ID>") under "StringEquals".' }],
    },
    {
      name: 'a principal from a template reference with GitHub\'s :aud only',
      policyType: 'trust',
      code: trust('${GetAtt::GithubOidc.Arn}', { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } }),
      errors: [{ messageId: 'missingGithubSubRef', line: 7, column: 17, endColumn: 28, issueCode: 'MISSING_GITHUB_REPO_CONDITION_KEY', severity: 2,
        message: 'The "Federated" principal is GitHub Actions (the conditions use its "token.actions.githubusercontent.com:…" keys) and is trusted without a "token.actions.githubusercontent.com:sub" condition, so a workflow in any repository can assume the role; add "token.actions.githubusercontent.com:sub" with your repository and branch, e.g. "repo:<org>/<repo>:ref:refs/heads/main".' }],
    },
    {
      name: 'two reference principals with GitHub\'s :aud only: one finding',
      policyType: 'trust',
      code: trust(['${Ref::GithubProvider}', '${Ref::OtherProvider}'], { StringEquals: { 'token.actions.githubusercontent.com:aud': 'sts.amazonaws.com' } }),
      errors: [{ messageId: 'missingGithubSubRef', line: 7, column: 17 }],
    },
    {
      name: 'a template reference principal with an owner wildcard in GitHub\'s :sub',
      policyType: 'trust',
      code: trust('${Ref::GithubProvider}', { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:*' } }),
      errors: [{ messageId: 'anyGithubRepo', line: 12, column: 64, severity: 2 }],
    },
    {
      name: 'a condition on another provider does not count',
      policyType: 'trust',
      code: trust(EKS, { StringEquals: { 'oidc.eks.eu-west-1.amazonaws.com/id/OTHER:sub': 'system:serviceaccount:app:api' } }),
      errors: [{ messageId: 'missingCondition', line: 7, column: 30, issueCode: 'MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL' }],
    },
  ],
});
