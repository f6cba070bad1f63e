import { describe, expect, it } from 'vitest';
import { RuleTester, runRule } from '../../src/testing/rule-tester.js';
import { canonicalAction } from '../../src/iam/actions-db.js';
import { CREDENTIAL_ACTIONS } from '../../src/iam/credential-actions.js';
import rule from './credentials-exposure.js';

const policy = (...statements: object[]) => ({ Version: '2012-10-17', Statement: statements });
const allow = (Action: unknown, extra: object = {}) => ({ Effect: 'Allow', Action, Resource: '*', ...extra });

new RuleTester().run(rule, {
  valid: [
    { name: 'actions that return no credentials', code: policy(allow(['sts:GetCallerIdentity', 'iam:ListAccessKeys', 'iam:DeleteAccessKey', 'ecr:BatchGetImage', 'secretsmanager:DescribeSecret'])) },
    { name: 'actions no identity policy governs (Parliament lists them)', code: policy(allow(['sts:GetSessionToken', 'sts:AssumeRoleWithSAML', 'sts:AssumeRoleWithWebIdentity', 'cognito-identity:GetCredentialsForIdentity', 'cognito-identity:GetOpenIdToken', 'cognito-idp:AssociateSoftwareToken'])) },
    { name: 'a wildcard that matches none', code: policy(allow(['iam:List*', 'sts:Get*Identity', 'ecr:Batch*'])) },
    { name: 'Deny is not reported', code: policy({ Effect: 'Deny', Action: ['sts:AssumeRole', 'iam:CreateAccessKey'], Resource: '*' }) },
    { name: 'NotAction that excludes them all', code: policy({ Effect: 'Allow', NotAction: ['iam:*', 'sts:*'], Resource: 'arn:aws:iam::111122223333:user/*' }) },
    {
      name: 'an unconditional Deny on "*" takes the actions back',
      code: policy(allow(['sts:AssumeRole', 'ecr:GetAuthorizationToken', 'ecr:BatchGetImage']), { Effect: 'Deny', Action: ['sts:*', 'ecr:GetAuthorizationToken'], Resource: '*' }),
    },
    {
      name: 'a Deny with NotAction that does not exclude them takes them back',
      code: policy(allow('iam:CreateAccessKey'), { Effect: 'Deny', NotAction: 's3:*', Resource: '*' }),
    },
    { name: 'trust policies are not checked (sts:AssumeRole is their subject)', policyType: 'trust', code: policy({ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }) },
    { name: 'resource policies are not checked', policyType: 'resource', code: policy({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'ecr:GetAuthorizationToken', Resource: '*' }) },
  ],
  invalid: [
    {
      name: 'a literal action: what it returns',
      code: policy(allow(['iam:GetUser', 'iam:createaccesskey'], { Resource: 'arn:aws:iam::111122223333:user/${aws:username}' })),
      errors: [{ messageId: 'action', line: 8, column: 17, endColumn: 38, severity: 2,
        message: '"iam:CreateAccessKey" returns a new long-term access key of an IAM user; allow it only to principals that must hold those credentials.' }],
    },
    {
      name: 'sts:AssumeRole on one role',
      code: policy(allow('sts:AssumeRole', { Resource: 'arn:aws:iam::111122223333:role/deploy' })),
      errors: [{ messageId: 'action', line: 6, column: 23, message: '"sts:AssumeRole" returns temporary credentials of the role; allow it only to principals that must hold those credentials.' }],
    },
    {
      name: 'a wildcard names the credential actions it grants, AWS credentials first',
      code: policy(allow('sts:*')),
      errors: [{ messageId: 'pattern', line: 6, column: 23,
        message: '"sts:*" grants 6 actions that return credentials or secrets that work as credentials: sts:AssumeRole, sts:AssumeRoot, sts:GetFederationToken, sts:GetDelegatedAccessToken and 2 more; list only the actions the principal needs.' }],
    },
    {
      name: 'a wildcard that grants one',
      code: policy(allow(['ecr:Get*', 'ecr:BatchGetImage'])),
      errors: [{ messageId: 'pattern', line: 7, column: 17,
        message: '"ecr:Get*" grants 1 action that returns credentials or secrets that work as credentials: ecr:GetAuthorizationToken; list only the actions the principal needs.' }],
    },
    {
      name: 'a wildcard with some of its actions denied everywhere names the others',
      code: policy(allow('sts:*'), { Effect: 'Deny', Action: ['sts:AssumeRole', 'sts:AssumeRoot', 'sts:GetFederationToken', 'sts:GetDelegatedAccessToken'], Resource: '*' }),
      errors: [{ messageId: 'pattern', line: 6, column: 23,
        message: '"sts:*" grants 2 actions that return credentials or secrets that work as credentials: sts:GetServiceBearerToken and sts:GetWebIdentityToken; list only the actions the principal needs.' }],
    },
    {
      name: 'a conditional Deny does not always apply',
      code: policy(allow('sts:AssumeRole'), { Effect: 'Deny', Action: 'sts:AssumeRole', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } }),
      errors: [{ messageId: 'action', line: 6, column: 23 }],
    },
    {
      name: 'a Deny on some resources only leaves the others',
      code: policy(allow('sts:AssumeRole'), { Effect: 'Deny', Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::111122223333:role/admin' }),
      errors: [{ messageId: 'action', line: 6, column: 23 }],
    },
    {
      name: '"*" with some actions denied everywhere is no longer every one',
      code: policy(allow('*'), { Effect: 'Deny', Action: 'iam:*', Resource: '*' }),
      errors: [{ messageId: 'pattern', line: 6, column: 23 }],
    },
    {
      name: '"*": one finding',
      code: policy(allow('*')),
      errors: [{ messageId: 'every', line: 6, column: 23 }],
    },
    {
      name: 'Allow with NotAction: the key',
      code: policy({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' }),
      errors: [{ messageId: 'notAction', line: 6, column: 13, endColumn: 24 }],
    },
    {
      name: 'NotAction on resources of one service: only that service\'s actions',
      code: policy({ Effect: 'Allow', NotAction: 'redshift:GetClusterCredentials', Resource: 'arn:aws:redshift:eu-west-1:111122223333:dbuser:analytics/*' }),
      errors: [{ messageId: 'notAction', line: 6, column: 13,
        message: '"Effect": "Allow" with NotAction grants 1 action that returns credentials or secrets that work as credentials, as it does not exclude them: redshift:GetClusterCredentialsWithIAM; list the actions to allow in Action instead.' }],
    },
  ],
});

describe('credentials-exposure', () => {
  it('lists actions the IAM database knows, spelled as it spells them, once each', () => {
    for (const { action } of CREDENTIAL_ACTIONS) expect(canonicalAction(action), action).toBe(action);
    expect(new Set(CREDENTIAL_ACTIONS.map(({ action }) => action)).size).toBe(CREDENTIAL_ACTIONS.length);
  });

  it('says how many "*" grants and names the first of the list', () => {
    const [every] = runRule(rule, policy(allow('*')));
    expect(every.message).toBe(`"*" grants every action that returns credentials or secrets that work as credentials (${CREDENTIAL_ACTIONS.length}): sts:AssumeRole, sts:AssumeRoot, sts:GetFederationToken, sts:GetDelegatedAccessToken and ${CREDENTIAL_ACTIONS.length - 4} more; list only the actions the principal needs.`);
  });
});
