import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './resource-star.js';

const policy = (...statements: object[]) => ({ Version: '2012-10-17', Statement: statements });
const allow = (Action: unknown, extra: object = {}) => ({ Effect: 'Allow', Action, Resource: '*', ...extra });

const KMS_DECRYPT = '"kms:Decrypt" acts on specific resources (key), but this statement allows every resource ("*"); list the ARNs it needs in Resource instead.';
const S3_GET_OBJECT = '"s3:GetObject" can be limited to specific resources (accesspointobject or object), but this statement allows every resource ("*"); if each request names one of them, list their ARNs in Resource instead.';

new RuleTester().run(rule, {
  valid: [
    { name: 'actions that support only "*"', code: policy(allow(['ec2:DescribeInstances', 'sts:GetCallerIdentity', 'ecr:GetAuthorizationToken', 's3:ListAllMyBuckets'])) },
    { name: 'one optional resource type: requests may name none (PutMetricData without a dataset)', code: policy(allow(['cloudwatch:PutMetricData', 'rds:DescribeDBInstances'])) },
    { name: 'named resources', code: policy({ Effect: 'Allow', Action: ['s3:GetObject', 'kms:Decrypt'], Resource: ['arn:aws:s3:::app-config/*', 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab'] }) },
    { name: 'a pattern that is not only wildcards', code: policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::*' }) },
    { name: 'Deny on "*"', code: policy({ Effect: 'Deny', Action: 's3:DeleteBucket', Resource: '*' }) },
    { name: 'NotAction is allow-not-action\'s', code: policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }) },
    { name: 'NotResource is not this rule', code: policy({ Effect: 'Allow', Action: 's3:DeleteObject', NotResource: 'arn:aws:s3:::audit-logs/*' }) },
    { name: 'the resource\'s tags scope the statement (ABAC)', code: policy(allow(['ec2:StartInstances', 'ec2:StopInstances'], { Condition: { StringEquals: { 'aws:ResourceTag/team': '${aws:PrincipalTag/team}' } } })) },
    { name: 'the tags of what it creates scope the statement', code: policy(allow('ec2:RunInstances', { Condition: { StringEquals: { 'aws:RequestTag/team': 'blue' } } })) },
    { name: 'the resource\'s account', code: policy(allow('secretsmanager:GetSecretValue', { Condition: { StringEquals: { 'aws:ResourceAccount': '111122223333' } } })) },
    { name: 'the resource\'s organization, any operator', code: policy(allow('sqs:SendMessage', { Condition: { StringNotEquals: { 'aws:resourceorgid': 'o-a1b2c3d4e5' } } })) },
    { name: 'the resource\'s organization path', code: policy(allow('sns:Publish', { Condition: { 'ForAnyValue:StringLike': { 'aws:ResourceOrgPaths': 'o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*' } } })) },
    { name: 'a service key the action supports', code: policy(allow(['kms:Decrypt', 'kms:GenerateDataKey'], { Condition: { StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } } })) },
    { name: 'a service key of a resource type of the action', code: policy(allow('ec2:StartInstances', { Condition: { StringEquals: { 'ec2:InstanceType': 't3.micro' } } })) },
    { name: 'a service key a pattern\'s actions support', code: policy(allow('s3:GetObject*', { Condition: { StringEquals: { 's3:ExistingObjectTag/classification': 'public' } } })) },
    { name: '"*" and whole services also match actions that need "*"', code: policy(allow(['*', 'iam:*', 's3:*', 'ec2:Describe*'])) },
    { name: 'a pattern that also matches an action without resource types', code: policy(allow(['s3:Get*', 'dynamodb:Get*', 'sns:*Topic*'])) },
    { name: 'a service wildcard is not expanded', code: policy(allow(['*:GetObject', 's?s:SendMessage'])) },
    { name: 'iam:PassRole and iam:CreateServiceLinkedRole are pass-role-scope\'s and create-slr-scope\'s', code: policy(allow(['iam:PassRole', 'iam:CreateServiceLinkedRole', 'iam:Pass*'])) },
    { name: 'unknown actions and variables are action-exists\'s', code: policy(allow(['s3:GetObjekt', 'nosuchservice:GetThing', 's3:${aws:username}'])) },
    { name: 'resource policies are not checked', policyType: 'resource', code: policy({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:Decrypt', Resource: '*' }) },
    { name: 'SCPs are not checked', policyType: 'scp', code: policy({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' }) },
  ],
  invalid: [
    {
      name: 'an action with a required resource type',
      code: policy(allow(['kms:Decrypt'])),
      errors: [{ messageId: 'action', line: 7, column: 17, endColumn: 30, severity: 2, message: KMS_DECRYPT }],
    },
    {
      name: 'several required types, named in the database\'s order',
      code: policy(allow('ec2:RunInstances')),
      errors: [{ messageId: 'action', line: 6, column: 23,
        message: '"ec2:RunInstances" acts on specific resources (image, instance, network-interface, security-group and subnet), but this statement allows every resource ("*"); list the ARNs it needs in Resource instead.' }],
    },
    {
      name: 'optional resource types that are alternatives (an S3 object or an access point object)',
      code: policy(allow('s3:GetObject')),
      errors: [{ messageId: 'optionalAction', line: 6, column: 23, message: S3_GET_OBJECT }],
    },
    {
      name: 'each entry is reported at its position; the message names the action as the database spells it',
      code: policy(allow(['logs:CreateLogStream', 'ec2:DescribeInstances', 'LOGS:putlogevents'])),
      errors: [
        { messageId: 'action', line: 7, column: 17,
          message: '"logs:CreateLogStream" acts on specific resources (log-stream), but this statement allows every resource ("*"); list the ARNs it needs in Resource instead.' },
        { messageId: 'action', line: 9, column: 17,
          message: '"logs:PutLogEvents" acts on specific resources (log-stream), but this statement allows every resource ("*"); list the ARNs it needs in Resource instead.' },
      ],
    },
    {
      name: 'a pattern whose every action has a required type',
      code: policy(allow('dynamodb:*Item')),
      errors: [{ messageId: 'pattern', line: 6, column: 23,
        message: '"dynamodb:*Item" matches 7 actions, each of which acts on specific resources (table), but this statement allows every resource ("*"); list the ARNs needed in Resource instead.' }],
    },
    {
      name: 'a pattern that matches one action',
      code: policy(allow('sqs:ChangeMessageVisibility*')),
      errors: [{ messageId: 'pattern', line: 6, column: 23,
        message: '"sqs:ChangeMessageVisibility*" matches 1 action, which acts on specific resources (queue), but this statement allows every resource ("*"); list the ARNs needed in Resource instead.' }],
    },
    {
      name: 'a pattern with optional alternatives among its actions',
      code: policy(allow('s3:GetObject*')),
      errors: [{ messageId: 'optionalPattern', line: 6, column: 23,
        message: '"s3:GetObject*" matches 16 actions, each of which can be limited to specific resources (accesspointobject or object), but this statement allows every resource ("*"); if each request names one of them, list their ARNs in Resource instead.' }],
    },
    {
      name: 'conditions that limit when, not what: MFA, source IP, Region, TLS, principal tags',
      code: policy(allow('kms:Decrypt', { Condition: {
        Bool: { 'aws:MultiFactorAuthPresent': 'true', 'aws:SecureTransport': 'true' },
        IpAddress: { 'aws:SourceIp': '203.0.113.0/24' },
        StringEquals: { 'aws:RequestedRegion': 'eu-west-1', 'aws:PrincipalTag/team': 'blue' },
      } })),
      errors: [{ messageId: 'action', line: 6, column: 23, message: KMS_DECRYPT }],
    },
    {
      name: 'a service key silences only the actions that support it',
      code: policy(allow(['ec2:StartInstances', 's3:GetObject'], { Condition: { StringEquals: { 'ec2:InstanceType': 't3.micro' } } })),
      errors: [{ messageId: 'optionalAction', line: 8, column: 17, message: S3_GET_OBJECT }],
    },
    {
      name: '"*" beside named resources still allows every resource; the message quotes the entry',
      code: policy({ Effect: 'Allow', Action: 'kms:Decrypt', Resource: ['arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', '**'] }),
      errors: [{ messageId: 'action', line: 6, column: 23,
        message: '"kms:Decrypt" acts on specific resources (key), but this statement allows every resource ("**"); list the ARNs it needs in Resource instead.' }],
    },
    {
      name: 'a single statement object with a single action',
      code: { Version: '2012-10-17', Statement: { Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' } },
      errors: [{ messageId: 'action', line: 5, column: 19, message: KMS_DECRYPT }],
    },
  ],
});
