import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './allow-not-action.js';

const policy = (statement: object) => ({ Version: '2012-10-17', Statement: [statement] });

const ALL = '"Effect": "Allow" with NotAction on "*" grants every action of every AWS service except those listed, including services AWS adds later; list the actions to allow in Action instead.';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'the MFA deny: Deny with NotAction on every resource',
      code: policy({ Effect: 'Deny', NotAction: ['iam:EnableMFADevice', 'sts:GetSessionToken'], Resource: '*', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }),
    },
    { name: 'NotAction scoped to one service\'s resources (AWS\'s example)', code: policy({ Effect: 'Allow', NotAction: 's3:DeleteBucket', Resource: 'arn:aws:s3:::*' }) },
    { name: 'NotAction scoped to named resources', code: policy({ Effect: 'Allow', NotAction: ['dynamodb:DeleteTable'], Resource: ['arn:aws:dynamodb:us-east-1:111122223333:table/orders', 'arn:aws:dynamodb:us-east-1:111122223333:table/orders/*'] }) },
    { name: 'Action on "*" is not this rule', code: policy({ Effect: 'Allow', Action: 'ec2:Describe*', Resource: '*' }) },
    { name: 'NotAction "*" allows nothing', code: policy({ Effect: 'Allow', NotAction: '*', Resource: '*' }) },
    { name: 'resource policies are not checked', policyType: 'resource', code: policy({ Effect: 'Allow', Principal: { AWS: '111122223333' }, NotAction: 'kms:ScheduleKeyDeletion', Resource: '*' }) },
  ],
  invalid: [
    {
      name: 'PowerUserAccess-style: every service but IAM and Organizations',
      code: policy({ Effect: 'Allow', NotAction: ['iam:*', 'organizations:*'], Resource: '*' }),
      errors: [{ messageId: 'allResources', line: 6, column: 13, endColumn: 24, severity: 2, message: ALL }],
    },
    {
      name: 'a condition does not narrow the actions',
      code: policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } }),
      errors: [{ messageId: 'allResources', line: 6, column: 13 }],
    },
    {
      name: '"*" among named resources',
      code: policy({ Effect: 'Allow', NotAction: 's3:DeleteBucket', Resource: ['arn:aws:s3:::*', '*'] }),
      errors: [{ messageId: 'allResources', line: 6, column: 13, message: ALL }],
    },
    {
      name: 'an ARN pattern for every service',
      code: policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: 'arn:aws:*:*:*:*' }),
      errors: [{ messageId: 'allResources', line: 6, column: 13,
        message: '"Effect": "Allow" with NotAction on "arn:aws:*:*:*:*" grants every action of every AWS service except those listed, including services AWS adds later; list the actions to allow in Action instead.' }],
    },
    {
      name: 'NotAction with NotResource',
      code: policy({ Effect: 'Allow', NotAction: 'iam:*', NotResource: 'arn:aws:s3:::audit-logs/*' }),
      errors: [{ messageId: 'notResource', line: 6, column: 13,
        message: '"Effect": "Allow" with NotAction and NotResource grants every action of every AWS service except those listed, on every resource except those listed; list the actions to allow in Action and the resources in Resource instead.' }],
    },
    {
      name: 'a single statement object',
      code: { Version: '2012-10-17', Statement: { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' } },
      errors: [{ messageId: 'allResources', line: 5, column: 9 }],
    },
  ],
});
