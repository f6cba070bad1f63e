import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './pass-role-scope.js';

const policy = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });
const allow = (rest: object) => policy({ Effect: 'Allow', ...rest });

new RuleTester().run(rule, {
  valid: [
    { code: allow({ Action: 'iam:PassRole', Resource: 'arn:aws:iam::123456789012:role/app-task' }) },
    { name: 'iam:PassedToService limits "*"', code: allow({ Action: 'iam:PassRole', Resource: '*', Condition: { StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } } }) },
    { name: 'ForAnyValue requires the key too', code: allow({ Action: 'iam:PassRole', Resource: '*', Condition: { 'ForAnyValue:StringEquals': { 'iam:PassedToService': ['ec2.amazonaws.com'] } } }) },
    { name: 'ForAllValues and IfExists beside a Null "false" on the key: the request must have it', code: allow({ Action: 'iam:PassRole', Resource: '*', Condition: { 'ForAllValues:StringEquals': { 'iam:PassedToService': ['ec2.amazonaws.com'] }, StringEqualsIfExists: { 'iam:PassedToService': 'ec2.amazonaws.com' }, Null: { 'iam:PassedToService': 'false' } } }) },
    { name: 'the condition key is case-insensitive', code: allow({ Action: 'iam:*', Resource: '*', Condition: { StringLike: { 'IAM:passedToService': '*.amazonaws.com' } } }) },
    { name: 'a pattern limited to some role names', code: allow({ Action: 'iam:PassRole', Resource: ['arn:aws:iam::*:role/service-role/*', 'arn:aws:iam::*:role/AmazonSageMaker*'] }) },
    { name: 'a Deny', code: policy({ Effect: 'Deny', Action: 'iam:PassRole', Resource: '*' }) },
    { name: 'NotAction that excludes iam:PassRole', code: allow({ NotAction: ['iam:*', 'organizations:*'], Resource: '*' }) },
    { name: 'NotResource that excludes every role', code: allow({ Action: 'iam:PassRole', NotResource: 'arn:aws:iam::*:role/*' }) },
    { name: 'wildcards that do not cover iam:PassRole', code: allow({ Action: ['iam:Get*', 'iam:List*', 'ec2:*'], Resource: '*' }) },
    { name: 'a region in an IAM ARN matches no role', code: allow({ Action: 'iam:PassRole', Resource: 'arn:aws:iam:us-east-1:123456789012:role/*' }) },
    { name: 'only identity policies', policyType: 'resource', code: policy({ Effect: 'Allow', Principal: { AWS: '123456789012' }, Action: '*', Resource: '*' }) },
  ],
  invalid: [
    {
      name: 'PASS_ROLE_WITH_STAR_IN_RESOURCE',
      code: allow({ Action: ['ec2:RunInstances', 'iam:PassRole'], Resource: '*' }),
      errors: [{ messageId: 'actionAllRoles', line: 8, column: 17, endColumn: 31, issueCode: 'PASS_ROLE_WITH_STAR_IN_RESOURCE',
        message: '"iam:PassRole" is allowed on "*", which lets the principal pass any role to any service; list the role ARNs, or add an "iam:PassedToService" condition.' }],
    },
    {
      name: 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE, on every role of an account',
      code: allow({ Action: 'iam:*', Resource: 'arn:aws:iam::123456789012:role/*' }),
      errors: [{ messageId: 'wildcardAllRoles', line: 6, column: 23, endColumn: 30, issueCode: 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE',
        message: '"iam:*" includes iam:PassRole on "arn:aws:iam::123456789012:role/*", which lets the principal pass any role to any service; allow iam:PassRole in a separate statement on specific role ARNs, or add an "iam:PassedToService" condition.' }],
    },
    {
      name: 'PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION',
      code: allow({ NotAction: 's3:*', Resource: ['arn:aws:s3:::b', '*'] }),
      errors: [{ messageId: 'notActionAllRoles', line: 6, column: 13, endColumn: 24, issueCode: 'PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION',
        message: 'NotAction allows iam:PassRole on "*", which lets the principal pass any role to any service; add "iam:PassRole" to NotAction and allow it in a separate statement on specific role ARNs.' }],
    },
    {
      name: 'PASS_ROLE_WITH_NOT_RESOURCE',
      code: allow({ Action: 'IAM:passrole', NotResource: 'arn:aws:iam::123456789012:role/admin' }),
      errors: [{ messageId: 'actionNotResource', line: 6, column: 23, endColumn: 37, issueCode: 'PASS_ROLE_WITH_NOT_RESOURCE',
        message: '"IAM:passrole" with NotResource allows passing every role not listed there to any service; list the roles it may pass in Resource instead.' }],
    },
    {
      name: 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE',
      code: allow({ Action: ['iam:?assRole'], NotResource: ['arn:aws:iam::123456789012:role/admin'] }),
      errors: [{ messageId: 'wildcardNotResource', line: 7, column: 17, endColumn: 31, issueCode: 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE',
        message: '"iam:?assRole" includes iam:PassRole, and with NotResource it allows passing every role not listed there to any service; list the roles in Resource in a separate iam:PassRole statement.' }],
    },
    {
      name: 'PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE; a condition other than iam:PassedToService does not help',
      code: allow({ NotAction: ['s3:*'], NotResource: 'arn:aws:s3:::secret/*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } }),
      errors: [{ messageId: 'notActionNotResource', line: 6, column: 13, endColumn: 24, issueCode: 'PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE',
        message: 'NotAction with NotResource allows iam:PassRole on every role not listed in NotResource; add "iam:PassRole" to NotAction and allow it in a separate statement on specific role ARNs.' }],
    },
    {
      // AWS lists AWSServiceRoleForAmazonEKSNodegroup, whose iam:PassRole on "*" is conditioned only with
      // StringEqualsIfExists, among the policies with this finding: IfExists is true without the key.
      name: 'iam:PassedToService under an IfExists operator does not limit "*"',
      code: allow({ Action: 'iam:PassRole', Resource: '*', Condition: { StringEqualsIfExists: { 'iam:PassedToService': 'ec2.amazonaws.com' } } }),
      // The message says why the condition present does not count, rather than asking for one (AWS's CodePipeline
      // service role policy writes it so).
      errors: [{ messageId: 'actionWeakCondition', line: 6, column: 23, endColumn: 37, issueCode: 'PASS_ROLE_WITH_STAR_IN_RESOURCE',
        message: '"iam:PassRole" is allowed on "*", and its "StringEqualsIfExists" condition on "iam:PassedToService" does not limit the services the roles may be passed to (the operator is true when the request has no such key); list the role ARNs, or write the condition with "StringEquals".' }],
    },
    {
      name: 'a negated operator on iam:PassedToService allows passing to every other service',
      code: allow({ Action: 'iam:*', Resource: '*', Condition: { StringNotEquals: { 'iam:PassedToService': 'lambda.amazonaws.com' } } }),
      errors: [{ messageId: 'wildcardAllRoles', line: 6, column: 23, endColumn: 30, issueCode: 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE' }],
    },
    {
      name: 'ForAllValues on iam:PassedToService and Null do not limit "*" either',
      code: policy(
        { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*', Condition: { 'ForAllValues:StringEquals': { 'iam:PassedToService': ['ec2.amazonaws.com'] } } },
        { Effect: 'Allow', Action: 'iam:PassRole', Resource: '*', Condition: { Null: { 'iam:PassedToService': 'false' } } },
      ),
      errors: [
        { messageId: 'actionWeakCondition', line: 6, column: 23, endColumn: 37, issueCode: 'PASS_ROLE_WITH_STAR_IN_RESOURCE' },
        { messageId: 'actionWeakCondition', line: 18, column: 23, endColumn: 37, issueCode: 'PASS_ROLE_WITH_STAR_IN_RESOURCE',
          message: '"iam:PassRole" is allowed on "*", and its "Null" condition on "iam:PassedToService" does not limit the services the roles may be passed to (Null only tests that the key is there); list the role ARNs, or write the condition with "StringEquals".' },
      ],
    },
    {
      name: 'an entry with stray spaces still grants the action as far as this rule is concerned (action-exists reports the spaces)',
      code: allow({ Action: ' iam:PassRole', Resource: '*' }),
      errors: [{ messageId: 'actionAllRoles', line: 6, column: 23, endColumn: 38, issueCode: 'PASS_ROLE_WITH_STAR_IN_RESOURCE' }],
    },
    {
      name: 'the explicit action wins over a wildcard; one finding per statement',
      code: allow({ Action: ['iam:*', 'iam:PassRole'], Resource: ['*', 'arn:aws:iam::*:role/*'] }),
      errors: [{ messageId: 'actionAllRoles', line: 8, column: 17, issueCode: 'PASS_ROLE_WITH_STAR_IN_RESOURCE' }],
    },
    {
      name: 'a single statement object with string values',
      code: { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: '*', Resource: 'arn:*:iam::*:role*' } },
      errors: [{ messageId: 'wildcardAllRoles', line: 5, column: 19, endColumn: 22, issueCode: 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE' }],
    },
  ],
});
