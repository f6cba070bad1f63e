import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './mfa-policy-attachment-kind.js';

const policy = '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","NotAction":"iam:EnableMFADevice","Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}';

new RuleTester().run(rule, {
  valid: [
    { name: 'catalog passing example: a group policy', code: policy, options: { policyKind: 'group' } },
    { name: 'a user policy', code: policy, options: { policyKind: 'user' } },
    { name: 'no kind configured: nothing to say', code: policy },
    {
      // For a role session aws:PrincipalArn holds the role's ARN: these denies never reach role sessions.
      name: 'an SCP whose MFA denies are confined to the root user and IAM users by aws:PrincipalArn',
      policyType: 'scp',
      code: JSON.stringify({ Version: '2012-10-17', Statement: [
        { Sid: 'Root', Effect: 'Deny', NotAction: 'iam:EnableMFADevice', Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' }, ArnLike: { 'aws:PrincipalArn': ['arn:aws:iam::*:root'] } } },
        { Sid: 'Users', Effect: 'Deny', NotAction: 'iam:EnableMFADevice', Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' }, StringLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:user/*' } } },
      ] }),
    },
    { name: 'an SCP that is not of the family', policyType: 'scp', code: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"organizations:LeaveOrganization","Resource":"*"}]}' },
  ],
  invalid: [
    {
      name: 'catalog failing example: policyKind scp',
      code: policy,
      options: { policyKind: 'scp' },
      errors: [{ messageId: 'scp', line: 1, column: 48, endColumn: 54,
        message: 'As a service control policy, this MFA deny applies to every role session without MFA in the affected accounts (they carry "aws:MultiFactorAuthPresent": "false"), including service and automation roles; attach the policy to IAM users or groups.' }],
    },
    { name: 'the SCP policy type, without the option', code: policy, policyType: 'scp', errors: [{ messageId: 'scp', line: 1, column: 48 }] },
    {
      name: 'an SCP whose aws:PrincipalArn condition can name roles, or is negated, still reaches role sessions',
      policyType: 'scp',
      code: JSON.stringify({ Version: '2012-10-17', Statement: [
        { Effect: 'Deny', NotAction: 'iam:EnableMFADevice', Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' }, ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:root' } } },
      ] }),
      errors: [{ messageId: 'scp', line: 1, column: 48 }],
    },
    {
      name: 'a role ARN among the values',
      options: { policyKind: 'role' },
      code: JSON.stringify({ Version: '2012-10-17', Statement: [
        { Effect: 'Deny', NotAction: 'iam:EnableMFADevice', Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' }, ArnLike: { 'aws:PrincipalArn': ['arn:aws:iam::*:root', 'arn:aws:iam::*:role/admin'] } } },
      ] }),
      errors: [{ messageId: 'role', line: 1, column: 48 }],
    },
    {
      name: 'a role',
      code: policy,
      options: { policyKind: 'role' },
      errors: [{ messageId: 'role', line: 1, column: 48,
        message: 'On a role, this MFA deny blocks every session that was not started with MFA, and "${aws:username}" never resolves in a role session; attach the policy to IAM users or groups.' }],
    },
    {
      name: 'a permissions boundary',
      code: policy,
      options: { policyKind: 'permissions-boundary' },
      errors: [{ messageId: 'boundary', line: 1, column: 48,
        message: 'As a permissions boundary, this policy\'s Allows cap its users at self-service even after they sign in with MFA; attach it as a user or group policy.' }],
    },
    {
      name: 'a resource policy',
      code: policy,
      policyType: 'resource',
      errors: [{ messageId: 'other', line: 1, column: 48, message: 'This is an MFA self-service policy for IAM users, used as a resource policy; attach it to IAM users or groups.' }],
    },
  ],
});
