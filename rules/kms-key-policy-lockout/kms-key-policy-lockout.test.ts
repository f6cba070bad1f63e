import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './kms-key-policy-lockout.js';

type Statement = Record<string, unknown>;
/** A key policy of the given statements: "Statement" is on line 3, column 5. */
const policy = (...statements: Statement[]) => ({ Version: '2012-10-17', Statement: statements });
const root = { AWS: 'arn:aws:iam::111122223333:root' };
const admin = { AWS: 'arn:aws:iam::111122223333:role/KeyAdmin' };
const users = (principal: unknown = { AWS: 'arn:aws:iam::111122223333:role/App' }): Statement =>
  ({ Effect: 'Allow', Principal: principal, Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:GenerateDataKey*'], Resource: '*' });

new RuleTester().run(rule, {
  valid: [
    { name: 'the default key policy: the account gets kms:*', policyType: 'resource', code: policy({ Effect: 'Allow', Principal: root, Action: 'kms:*', Resource: '*' }) },
    {
      name: 'a key administrator role with the administration actions, and key users',
      policyType: 'resource',
      code: policy({ Effect: 'Allow', Principal: admin, Action: ['kms:Create*', 'kms:Describe*', 'kms:Put*', 'kms:ScheduleKeyDeletion'], Resource: '*' }, users()),
    },
    {
      name: 'an administrator under a Condition: the principal who sets the policy may meet it',
      policyType: 'resource',
      code: policy({ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'kms:PutKeyPolicy', Resource: '*', Condition: { StringEquals: { 'kms:CallerAccount': '111122223333' } } }, users()),
    },
    {
      name: 'a Deny that requires a key only service principals send never reaches IAM principals',
      policyType: 'resource',
      code: policy({ Effect: 'Allow', Principal: root, Action: 'kms:*', Resource: '*' },
        { Effect: 'Deny', Principal: '*', Action: 'kms:PutKeyPolicy', Resource: '*', Condition: { StringNotEquals: { 'aws:SourceAccount': '111122223333' }, Null: { 'aws:SourceAccount': 'false' } } }),
    },
    {
      name: 'a Deny with a Condition that exempts the administrators',
      policyType: 'resource',
      code: policy({ Effect: 'Allow', Principal: root, Action: 'kms:*', Resource: '*' },
        { Effect: 'Deny', Principal: '*', Action: 'kms:PutKeyPolicy', Resource: '*', Condition: { ArnNotEquals: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/KeyAdmin' } } }),
    },
    { name: 'not a key policy: a bucket policy', policyType: 'resource', code: policy({ Effect: 'Allow', Principal: root, Action: ['s3:GetObject', 'kms:Decrypt'], Resource: 'arn:aws:s3:::b/*' }) },
    { name: 'not a key policy: another service\'s actions', policyType: 'resource', code: policy(users(), { Effect: 'Allow', Principal: root, Action: 'sqs:SendMessage', Resource: '*' }) },
    { name: 'identity policies are not key policies', code: policy({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }) },
    { name: 'an Allow of "*" to the account', policyType: 'resource', code: policy({ Effect: 'Allow', Principal: root, Action: '*', Resource: '*' }, users()) },
    {
      name: 'a KMS VPC endpoint policy reads like a key policy, but sets none',
      policyType: 'resource', options: { resourceType: 'AWS::EC2::VPCEndpoint' },
      code: policy(users('*')),
    },
  ],
  invalid: [
    {
      name: 'key users only',
      policyType: 'resource',
      code: policy(users()),
      errors: [{
        messageId: 'noAdministrator', line: 3, column: 5, endColumn: 16,
        message: 'No statement of this key policy allows kms:PutKeyPolicy to an IAM principal, so KMS refuses it: its lockout safety check requires that the principal who sets a key policy can set it again (bypassing the check leaves a key nobody can manage); allow kms:PutKeyPolicy, e.g. through "kms:*", to the account ("arn:aws:iam::<account-id>:root") or a key administrator role.',
      }],
    },
    {
      name: 'kms:* only to a service principal, which never sets key policies',
      policyType: 'resource',
      code: policy(users(), { Effect: 'Allow', Principal: { Service: 'logs.amazonaws.com' }, Action: 'kms:*', Resource: '*' }),
      errors: [{ messageId: 'noAdministrator', line: 3, column: 5 }],
    },
    {
      name: 'NotAction that leaves kms:PutKeyPolicy out',
      policyType: 'resource',
      code: policy({ Effect: 'Allow', Principal: root, NotAction: ['kms:PutKeyPolicy', 'kms:ScheduleKeyDeletion'], Resource: '*' }, users()),
      errors: [{ messageId: 'noAdministrator', line: 3, column: 5 }],
    },
    {
      name: 'an unconditional Deny of kms:PutKeyPolicy to every principal',
      policyType: 'resource',
      code: policy({ Effect: 'Allow', Principal: root, Action: 'kms:*', Resource: '*' }, { Effect: 'Deny', Principal: { AWS: '*' }, Action: ['kms:Put*'], Resource: '*' }),
      errors: [{
        messageId: 'deniedToEveryone', line: 18, column: 17, endColumn: 27,
        message: 'This Deny takes kms:PutKeyPolicy from every IAM principal, so KMS refuses the key policy: its lockout safety check requires that the principal who sets a key policy can set it again (bypassing the check leaves a key nobody can manage); exempt the key administrators, e.g. with a condition on aws:PrincipalArn.',
      }],
    },
    {
      // IAM principals never carry aws:SourceAccount: StringNotEquals on it is true for each of them.
      name: 'a Deny whose only condition is on a key only service principals send, true without it',
      policyType: 'resource',
      code: policy({ Effect: 'Allow', Principal: root, Action: 'kms:*', Resource: '*' },
        { Effect: 'Deny', Principal: '*', Action: 'kms:PutKeyPolicy', Resource: '*', Condition: { StringNotEquals: { 'aws:SourceAccount': '111122223333' } } }),
      errors: [{ messageId: 'deniedToEveryone', line: 15, column: 23 }],
    },
    {
      name: 'a Resource list that holds "*" beside another ARN: still a key policy',
      policyType: 'resource',
      code: policy({ Effect: 'Allow', Principal: root, Action: 'kms:*', Resource: '*' },
        { Effect: 'Deny', Principal: '*', Action: 'kms:PutKeyPolicy', Resource: ['*', 'arn:aws:s3:::bucket/*'] }),
      errors: [{ messageId: 'deniedToEveryone', line: 15, column: 23 }], // the Deny's Action
    },
  ],
});
