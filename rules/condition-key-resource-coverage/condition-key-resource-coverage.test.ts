import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './condition-key-resource-coverage.js';

const statement = (extra: Record<string, unknown>) => ({ Effect: 'Allow', Action: 'ec2:RunInstances', Resource: '*', ...extra });
const policy = (...statements: unknown[]) => ({ Version: '2012-10-17', Statement: statements });
const instanceType = (operator: string) => ({ [operator]: { 'ec2:InstanceType': 't2.micro' } });

const runInstancesMessage = 'In requests for "ec2:RunInstances", "ec2:InstanceType" is only in the context of the "capacity-reservation" and "instance" resources, not of "image", "network-interface", "security-group" and "subnet", which the action also requires and this statement\'s Resource covers; "StringEquals" is false without the key, so this statement alone never allows it. Use "StringEqualsIfExists", or limit this statement\'s Resource to "capacity-reservation" and "instance" ARNs and allow the other resource types in a statement without "ec2:InstanceType".';

new RuleTester().run(rule, {
  valid: [
    { name: 'IfExists: the other resources pass (the IAM User Guide\'s fix)', code: policy(statement({ Condition: instanceType('StringEqualsIfExists') })) },
    { name: 'a Resource limited to the keyed type', code: policy(statement({ Resource: 'arn:aws:ec2:*:*:instance/*', Condition: instanceType('StringEquals') })) },
    {
      name: 'the other resource types allowed by another statement (the split fix)',
      code: policy(
        statement({ Condition: instanceType('StringEquals') }),
        { Effect: 'Allow', Action: 'ec2:RunInstances', NotResource: 'arn:aws:ec2:*:*:instance/*' },
      ),
    },
    { name: 'negated operators are true for an absent key', code: policy(statement({ Condition: { StringNotEquals: { 'ec2:InstanceType': 't2.micro' } } })) },
    { name: 'ForAllValues is true for an absent key', code: policy(statement({ Condition: instanceType('ForAllValues:StringEquals') })) },
    { name: 'Null tests presence', code: policy(statement({ Condition: { Null: { 'ec2:InstanceType': 'false' } } })) },
    { name: 'global keys', code: policy(statement({ Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1', 'aws:ResourceTag/team': 'a' } } })) },
    { name: 'action-level (request) keys: ec2:Region', code: policy(statement({ Condition: { StringEquals: { 'ec2:Region': 'eu-west-1' } } })) },
    { name: 'Deny statements deny on the keyed resource', code: policy(statement({ Effect: 'Deny', Condition: { StringNotEquals: { 'ec2:InstanceType': 't2.micro' } } }), statement({ Effect: 'Deny', Condition: instanceType('StringEquals') })) },
    { name: 'an action with one required resource type', code: policy(statement({ Action: 'ec2:StartInstances', Condition: instanceType('StringEquals') })) },
    { name: 'other services are not judged (ram:PermissionArn is a request parameter)', code: policy(statement({ Action: 'ram:AssociateResourceSharePermission', Condition: { StringEquals: { 'ram:PermissionArn': 'arn:aws:ram::aws:permission/AWSRAMDefaultPermissionGlueTable' } } })) },
    { name: 'a Resource whose type a template computes', code: policy(statement({ Resource: ['${GetAtt::Fleet.Arn}', 'arn:aws:ec2:*:*:${Ref::ResourcePath}'], Condition: instanceType('StringEquals') })) },
    {
      name: 'another statement with a computed Resource may allow the rest',
      code: policy(statement({ Condition: instanceType('StringEquals') }), statement({ Action: 'ec2:*', Resource: '${Ref::LaunchResources}' })),
    },
    { name: 'NotAction statements', code: policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*', Condition: instanceType('StringEquals') }) },
  ],
  invalid: [
    {
      name: 'another statement allows some of the other resource types: the rest are named',
      code: policy(statement({ Condition: instanceType('StringEquals') }), statement({ Action: ['ec2:RunInstances'], Resource: ['arn:aws:ec2:*:*:subnet/*', 'arn:aws:ec2:*::image/*'] })),
      errors: [{
        messageId: 'partial', line: 10, column: 21,
        message: 'In requests for "ec2:RunInstances", "ec2:InstanceType" is only in the context of the "capacity-reservation" and "instance" resources, not of "network-interface" and "security-group", which the action also requires and this statement\'s Resource covers; "StringEquals" is false without the key, so this statement alone never allows it. Use "StringEqualsIfExists", or limit this statement\'s Resource to "capacity-reservation" and "instance" ARNs and allow the other resource types in a statement without "ec2:InstanceType".',
        suggestions: [{ messageId: 'useIfExists', output: JSON.stringify(policy(statement({ Condition: instanceType('StringEqualsIfExists') }), statement({ Action: ['ec2:RunInstances'], Resource: ['arn:aws:ec2:*:*:subnet/*', 'arn:aws:ec2:*::image/*'] })), null, 4) }],
      }],
    },
    {
      name: 'a copy of the statement, which tests the same key without IfExists, allows nothing elsewhere: both are reported',
      code: policy(statement({ Condition: instanceType('StringLike') }), statement({ Condition: instanceType('StringLike') })),
      errors: [
        { messageId: 'partial', line: 10, column: 21, endLine: 10, endColumn: 39 },
        { messageId: 'partial', line: 20, column: 21, endLine: 20, endColumn: 39 },
      ],
    },
    {
      name: 'the IAM User Guide\'s THISPOLICYDOESNOTWORK example, with its IfExists suggestion',
      code: '{\n  "Version": "2012-10-17",\n  "Statement": {\n    "Sid": "THISPOLICYDOESNOTWORK",\n    "Effect": "Allow",\n    "Action": "ec2:RunInstances",\n    "Resource": "*",\n    "Condition": {"StringEquals": {"ec2:InstanceType": ["t2.micro"]}}\n  }\n}\n',
      errors: [{
        messageId: 'partial', line: 8, column: 36, endLine: 8, endColumn: 54, message: runInstancesMessage,
        suggestions: [{
          messageId: 'useIfExists',
          output: '{\n  "Version": "2012-10-17",\n  "Statement": {\n    "Sid": "THISPOLICYDOESNOTWORK",\n    "Effect": "Allow",\n    "Action": "ec2:RunInstances",\n    "Resource": "*",\n    "Condition": {"StringEqualsIfExists": {"ec2:InstanceType": ["t2.micro"]}}\n  }\n}\n',
        }],
      }],
    },
    {
      name: 'globs are expanded; ARNs that cover the other types; ForAnyValue is false for an absent key',
      code: policy(statement({
        Action: ['ec2:Run*', 'ec2:DescribeInstances'],
        Resource: ['arn:aws:ec2:*:*:instance/*', 'arn:aws:ec2:*:*:subnet/*'],
        Condition: { 'ForAnyValue:StringLike': { 'ec2:InstanceType': 't3.*' }, StringEqualsIfExists: { 'ec2:Tenancy': 'default' } },
      })),
      errors: [{
        messageId: 'partial', line: 16, column: 21,
        message: 'In requests for "ec2:RunInstances", "ec2:InstanceType" is only in the context of the "capacity-reservation" and "instance" resources, not of "subnet", which the action also requires and this statement\'s Resource covers; "ForAnyValue:StringLike" is false without the key, so this statement alone never allows it. Use "ForAnyValue:StringLikeIfExists", or limit this statement\'s Resource to "capacity-reservation" and "instance" ARNs and allow the other resource types in a statement without "ec2:InstanceType".',
        suggestions: [{ messageId: 'useIfExists', output: JSON.stringify(policy(statement({
          Action: ['ec2:Run*', 'ec2:DescribeInstances'],
          Resource: ['arn:aws:ec2:*:*:instance/*', 'arn:aws:ec2:*:*:subnet/*'],
          Condition: { 'ForAnyValue:StringLikeIfExists': { 'ec2:InstanceType': 't3.*' }, StringEqualsIfExists: { 'ec2:Tenancy': 'default' } },
        })), null, 4) }],
      }],
    },
    {
      name: 'no suggestion when the IfExists operator is already there; a resource policy',
      code: policy(statement({
        Principal: { AWS: 'arn:aws:iam::111122223333:root' },
        Action: ['ec2:RunInstances', 'ec2:CreateFleet'],
        Condition: { ArnLike: { 'ec2:Vpc': 'arn:aws:ec2:*:*:vpc/vpc-1234567890abcdef0' }, ArnLikeIfExists: { 'ec2:Subnet': 'arn:aws:ec2:*:*:subnet/*' } },
      })),
      errors: [{
        messageId: 'partial', line: 16, column: 21, suggestions: [],
        message: 'In requests for "ec2:RunInstances" (and 1 more action with other resource types), "ec2:Vpc" is only in the context of the "network-interface", "security-group" and "subnet" resources, not of "image" and "instance", which the action also requires and this statement\'s Resource covers; "ArnLike" is false without the key, so this statement alone never allows it. Use "ArnLikeIfExists", or limit this statement\'s Resource to "network-interface", "security-group" and "subnet" ARNs and allow the other resource types in a statement without "ec2:Vpc".',
      }],
    },
  ],
});
