import { describe, expect, it } from 'vitest';
import { RuleTester, runRule } from '../../src/testing/rule-tester.js';
import rule from './permissions-management-actions.js';

const policy = (...statements: object[]) => ({ Version: '2012-10-17', Statement: statements });
const allow = (Action: unknown, extra: object = {}) => ({ Effect: 'Allow', Action, Resource: '*', ...extra });

new RuleTester().run(rule, {
  valid: [
    { name: 'reads, lists, writes and tagging', code: policy(allow(['iam:GetRole', 'iam:ListRoles', 'iam:CreateRole', 'iam:TagRole', 's3:GetObject', 'kms:Decrypt'])) },
    { name: 'a wildcard that matches no permissions-management action', code: policy(allow(['iam:Get*', 'iam:List*', 's3:Get*', 'kms:Describe*'])) },
    { name: 'Deny is not reported', code: policy({ Effect: 'Deny', Action: ['iam:*', '*'], Resource: '*' }) },
    { name: 'NotAction that excludes every service with such actions, on a scoped resource', code: policy({ Effect: 'Allow', NotAction: ['s3:*'], Resource: 'arn:aws:s3:::logs/*' }) },
    { name: 'NotAction "*" allows nothing', code: policy({ Effect: 'Allow', NotAction: '*', Resource: '*' }) },
    { name: 'unknown actions are action-exists\'s', code: policy(allow(['iam:PutRolePolicies', 'nosuchservice:PutPolicy'])) },
    {
      name: 'an unconditional Deny on "*" takes the actions back',
      code: policy(allow(['iam:PutRolePolicy', 's3:PutBucketPolicy', 's3:GetObject']), { Effect: 'Deny', Action: ['iam:Put*', 's3:PutBucketPolicy'], Resource: '*' }),
    },
    { name: 'resource policies are not checked', policyType: 'resource', code: policy({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' }) },
    { name: 'SCPs are not checked', policyType: 'scp', code: policy(allow('*')) },
  ],
  invalid: [
    {
      name: 'a literal action, named as the database spells it',
      code: policy(allow(['iam:GetRole', 'IAM:putrolepolicy'])),
      errors: [{ messageId: 'action', line: 8, column: 17, endColumn: 36, severity: 2,
        message: '"iam:PutRolePolicy" has the access level Permissions management (actions that grant or change permissions); allow it only to principals that administer those permissions.' }],
    },
    {
      name: 'a wildcard with some of its actions denied everywhere names the others',
      code: policy(allow('iam:PutRole*'), { Effect: 'Deny', Action: 'iam:PutRolePolicy', Resource: '*' }),
      errors: [{ messageId: 'pattern', line: 6, column: 23,
        message: '"iam:PutRole*" grants 1 action of the access level Permissions management (actions that grant or change permissions): iam:PutRolePermissionsBoundary; list only the actions the principal needs.' }],
    },
    {
      name: 'a conditional Deny, or a Deny on some resources, does not take the action back everywhere',
      code: policy(allow('iam:PutRolePolicy'),
        { Effect: 'Deny', Action: 'iam:PutRolePolicy', Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } } },
        { Effect: 'Deny', Action: 'iam:PutRolePolicy', Resource: 'arn:aws:iam::111122223333:role/admin' }),
      errors: [{ messageId: 'action', line: 6, column: 23 }],
    },
    {
      name: 'whatever Resource and Condition say: the action still changes permissions',
      code: policy(allow('s3:PutBucketPolicy', { Resource: 'arn:aws:s3:::logs', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'true' } } })),
      errors: [{ messageId: 'action', line: 6, column: 23 }],
    },
    {
      name: 'a service wildcard: how many it grants, the first few named in the database\'s order',
      code: policy(allow('s3:Put*')),
      errors: [{ messageId: 'pattern', line: 6, column: 23,
        message: '"s3:Put*" grants 12 actions of the access level Permissions management (actions that grant or change permissions): s3:PutAccessGrantsInstanceResourcePolicy, s3:PutAccessPointPolicy, s3:PutAccessPointPolicyForObjectLambda, s3:PutAccessPointPublicAccessBlock and 8 more; list only the actions the principal needs.' }],
    },
    {
      name: 'a wildcard that grants one',
      code: policy(allow('kms:Put*')),
      errors: [{ messageId: 'pattern', line: 6, column: 23,
        message: '"kms:Put*" grants 1 action of the access level Permissions management (actions that grant or change permissions): kms:PutKeyPolicy; list only the actions the principal needs.' }],
    },
    {
      name: '"*": one finding for every permissions-management action, IAM\'s first',
      code: policy(allow('*')),
      errors: [{ messageId: 'every', line: 6, column: 23 }],
    },
    {
      name: 'a service-part wildcard that spans services: IAM\'s first',
      code: policy(allow('*:Put*Policy')),
      errors: [{ messageId: 'pattern', line: 6, column: 23 }],
    },
    {
      name: 'each entry at its position, less what an unconditional Deny on "*" takes back',
      code: policy(allow(['iam:Attach*', 'ec2:DescribeInstances', 'kms:CreateGrant']), { Effect: 'Deny', Action: 'iam:AttachUserPolicy', Resource: '*' }),
      errors: [
        { messageId: 'pattern', line: 7, column: 17,
          message: '"iam:Attach*" grants 2 actions of the access level Permissions management (actions that grant or change permissions): iam:AttachGroupPolicy and iam:AttachRolePolicy; list only the actions the principal needs.' },
        { messageId: 'action', line: 9, column: 17 },
      ],
    },
    {
      name: 'Allow with NotAction: the key, with what it does not exclude',
      code: policy({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' }),
      errors: [{ messageId: 'notAction', line: 6, column: 13, endColumn: 24 }],
    },
    {
      name: 'NotAction on resources of one service: only that service\'s actions',
      code: policy({ Effect: 'Allow', NotAction: ['kms:CreateGrant', 'kms:PutKeyPolicy', 'kms:RetireGrant'], Resource: 'arn:aws:kms:eu-west-1:111122223333:key/*' }),
      errors: [{ messageId: 'notAction', line: 6, column: 13,
        message: '"Effect": "Allow" with NotAction grants 1 action of the access level Permissions management that it does not exclude: kms:RevokeGrant; list the actions to allow in Action instead.' }],
    },
  ],
});

describe('permissions-management-actions', () => {
  it('names IAM\'s actions first for a grant that spans services, and counts every one for "*"', () => {
    const [every] = runRule(rule, policy(allow('*')));
    expect(every.message).toMatch(/^"\*" grants every action of the access level Permissions management \((\d+) actions that grant or change permissions\): iam:AttachGroupPolicy, iam:AttachRolePolicy, iam:AttachUserPolicy, iam:CreatePolicy and \d+ more;/);
    const count = Number(/\((\d+) actions/.exec(every.message)![1]);
    expect(count).toBeGreaterThan(300);
    const [spanning] = runRule(rule, policy(allow('*:Put*Policy')));
    expect(spanning.message).toMatch(/^"\*:Put\*Policy" grants \d+ actions .*: iam:PutGroupPolicy, iam:PutRolePolicy, iam:PutUserPolicy, \S+ and \d+ more;/);
    // NotAction that excludes nothing grants them all.
    const [notAction] = runRule(rule, policy({ Effect: 'Allow', NotAction: 'ec2:DescribeInstances', Resource: '*' }));
    expect(notAction.message).toContain(`grants ${count} actions of the access level Permissions management`);
  });
});
