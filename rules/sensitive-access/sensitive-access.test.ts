import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './sensitive-access.js';

const payroll = { sensitive: [{ actions: ['s3:GetObject', 's3:PutObject'], resources: ['arn:aws:s3:::payroll/*'], reason: 'payroll records' }] };
const cloudsaga = { sensitive: [{ actions: ['ec2:DescribeInstances', 'ec2:RunInstances'], reason: 'reveals instance metadata' }] };

type Statement = Record<string, unknown>;
/** A policy of the given statements; the first statement's element lists start on line 7 (entries in column 17). */
const policy = (...statements: Statement[]) => ({ Version: '2012-10-17', Statement: statements });
const allow = (action: unknown, resource: unknown = '*', extra: Statement = {}): Statement => ({ Effect: 'Allow', Action: action, Resource: resource, ...extra });

new RuleTester().run(rule, {
  valid: [
    { name: 'nothing is sensitive without the option', code: policy(allow(['s3:*'])) },
    { name: 'other resources', code: policy(allow(['s3:GetObject'], ['arn:aws:s3:::public/*', 'arn:aws:s3:::payroll'])), options: payroll },
    { name: 'other actions on the sensitive resources', code: policy(allow(['s3:ListBucket', 's3:GetObjectAcl'], ['arn:aws:s3:::payroll/*'])), options: payroll },
    { name: 'a Deny is not a grant', code: policy({ Effect: 'Deny', Action: 's3:*', Resource: '*' }), options: payroll },
    {
      name: 'an unconditional Deny of the same policy takes the access back',
      code: policy(allow(['s3:GetObject', 's3:PutObject']), { Effect: 'Deny', Action: 's3:*Object', Resource: 'arn:aws:s3:::pay*' }),
      options: payroll,
    },
    { name: 'NotAction that excludes the actions', code: policy({ Effect: 'Allow', NotAction: ['s3:*'], Resource: '*' }), options: payroll },
    { name: 'NotResource that excludes the resources', code: policy({ Effect: 'Allow', Action: 's3:GetObject', NotResource: ['arn:aws:s3:::payroll/*'] }), options: payroll },
    {
      name: 'a trust policy\'s unconditional Deny for every principal takes it back',
      policyType: 'trust',
      code: policy(
        { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' },
        { Effect: 'Deny', Principal: '*', Action: 'sts:*' },
      ),
      options: { sensitive: [{ actions: ['sts:AssumeRole'] }] },
    },
    { name: 'actions-only entries: other actions', code: policy(allow(['ec2:DescribeVpcs', 'ec2:StartInstances'])), options: cloudsaga },
  ],
  invalid: [
    {
      name: 'a named action on part of the sensitive resources',
      code: policy(allow(['s3:GetObject'], ['arn:aws:s3:::payroll/2024/*'])),
      options: payroll,
      errors: [{
        messageId: 'onResources', line: 7, column: 17, endColumn: 31,
        message: 'This Allow grants "s3:GetObject" on "arn:aws:s3:::payroll/*", which the rule\'s "sensitive" option lists as sensitive (payroll records); make sure this access is intended, or narrow the statement.',
      }],
    },
    {
      name: 'wildcard actions on every resource: one finding per entry',
      code: policy(allow(['s3:ListBucket', 's3:Get*', 's3:Put*'])),
      options: payroll,
      errors: [
        { messageId: 'onResources', line: 8, column: 17, message: 'This Allow grants "s3:GetObject" through "s3:Get*" on "arn:aws:s3:::payroll/*", which the rule\'s "sensitive" option lists as sensitive (payroll records); make sure this access is intended, or narrow the statement.' },
        { messageId: 'onResources', line: 9, column: 17 },
      ],
    },
    {
      name: 'a bucket wildcard that takes in the sensitive bucket, and the action in another case (the same action: no "through")',
      code: policy(allow(['S3:getobject'], ['arn:aws:s3:::pay*'])),
      options: payroll,
      errors: [{ messageId: 'onResources', line: 7, column: 17, message: 'This Allow grants "s3:GetObject" on "arn:aws:s3:::payroll/*", which the rule\'s "sensitive" option lists as sensitive (payroll records); make sure this access is intended, or narrow the statement.' }],
    },
    {
      name: 'NotAction that leaves the actions in, under a Condition',
      code: policy({ Effect: 'Allow', NotAction: ['iam:*'], Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'true' } } }),
      options: payroll,
      errors: [{
        messageId: 'onResources', line: 6, column: 13, endColumn: 24,
        message: 'This Allow grants "s3:GetObject" and "s3:PutObject" through its NotAction on "arn:aws:s3:::payroll/*" when its Condition holds, which the rule\'s "sensitive" option lists as sensitive (payroll records); make sure this access is intended, or narrow the statement.',
      }],
    },
    {
      name: 'actions sensitive on any resource (aws-cloudsaga\'s lists)',
      code: policy(allow('ec2:*')),
      options: cloudsaga,
      errors: [{
        messageId: 'anyResource', line: 6, column: 23,
        message: 'This Allow grants "ec2:DescribeInstances" and "ec2:RunInstances" through "ec2:*", which the rule\'s "sensitive" option lists as sensitive (reveals instance metadata); make sure this access is intended, or narrow the statement.',
      }],
    },
    {
      name: 'a Deny with a Condition, or on other resources, does not take the access back',
      code: policy(allow(['s3:GetObject']),
        { Effect: 'Deny', Action: 's3:GetObject', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
        { Effect: 'Deny', Action: 's3:*', Resource: 'arn:aws:s3:::payroll/2024/*' }),
      options: payroll,
      errors: [{ messageId: 'onResources', line: 7, column: 17 }],
    },
    {
      name: 'several entries, without a reason',
      code: policy(allow(['s3:*'])),
      options: { sensitive: [{ actions: ['s3:DeleteBucket'] }, { actions: ['s3:GetObject'], resources: ['arn:aws:s3:::a/*', 'arn:aws:s3:::b/*'] }] },
      errors: [
        { messageId: 'anyResource', line: 7, column: 17, message: 'This Allow grants "s3:DeleteBucket" through "s3:*", which the rule\'s "sensitive" option lists as sensitive; make sure this access is intended, or narrow the statement.' },
        { messageId: 'onResources', line: 7, column: 17, message: 'This Allow grants "s3:GetObject" through "s3:*" on "arn:aws:s3:::a/*" and "arn:aws:s3:::b/*", which the rule\'s "sensitive" option lists as sensitive; make sure this access is intended, or narrow the statement.' },
      ],
    },
    {
      name: 'an action newer than the IAM database is compared as written',
      code: policy(allow(['newservice:*'])),
      options: { sensitive: [{ actions: ['newservice:ReadSecrets'] }] },
      errors: [{ messageId: 'anyResource', line: 7, column: 17, message: 'This Allow grants "newservice:ReadSecrets" through "newservice:*", which the rule\'s "sensitive" option lists as sensitive; make sure this access is intended, or narrow the statement.' }],
    },
    {
      name: 'a bucket policy that grants another account the sensitive objects',
      policyType: 'resource',
      code: policy({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::payroll/*' }),
      options: payroll,
      errors: [{ messageId: 'onResources', line: 9, column: 23 }],
    },
    {
      name: 'a trust policy has no Resource: the role it is attached to',
      policyType: 'trust',
      code: policy({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' }),
      options: { sensitive: [{ actions: ['sts:AssumeRole'], reason: 'cross-account access' }] },
      errors: [{ messageId: 'anyResource', line: 9, column: 23, message: 'This Allow grants "sts:AssumeRole", which the rule\'s "sensitive" option lists as sensitive (cross-account access); make sure this access is intended, or narrow the statement.' }],
    },
    {
      name: 'a Deny for some principals only does not take it back for the others',
      policyType: 'trust',
      code: policy(
        { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sts:AssumeRole' },
        { Effect: 'Deny', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 'sts:AssumeRole' },
      ),
      options: { sensitive: [{ actions: ['sts:AssumeRole'] }] },
      errors: [{ messageId: 'anyResource', line: 9, column: 23 }],
    },
  ],
});
