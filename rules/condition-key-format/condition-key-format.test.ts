import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './condition-key-format.js';

const statement = (condition: object) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: condition }],
});

new RuleTester().run(rule, {
  valid: [
    {
      name: 'global, service, tag and OIDC keys',
      code: statement({
        StringEquals: {
          'aws:SourceVpc': 'vpc-1a2b3c4d',
          's3:x-amz-acl': 'private',
          'aws:ResourceTag/team': 'red',
          'aws:ResourceTag/aws:cloudformation:stack-name': 'web',
          's3:ExistingObjectTag/classification': 'public',
          'token.actions.githubusercontent.com:sub': 'repo:octo/app:ref:refs/heads/main',
          'oidc.eks.us-east-1.amazonaws.com/id/EXAMPLED539D4633E53DE1B71EXAMPLE:sub': 'system:serviceaccount:ns:sa',
        },
      }),
    },
    { name: 'aws:TagKeys is not a tag-name key', code: statement({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] } }) },
    { name: 'a tag key with a space', code: statement({ StringEquals: { 'aws:PrincipalTag/cost center': '42' } }) },
    { name: 'wildcards in the values, not the key', code: statement({ StringLike: { 'aws:ResourceTag/karpenter.sh/nodepool': '*', 'aws:TagKeys': 'kubernetes.io/cluster/*' } }) },
  ],
  invalid: [
    {
      code: statement({ StringEquals: { SourceVpc: 'vpc-1a2b3c4d' } }),
      errors: [{ messageId: 'badFormat', line: 10, column: 21, endColumn: 32, issueCode: 'INVALID_CONDITION_KEY_FORMAT', severity: 2,
        message: 'Condition key "SourceVpc" is not of the form service:keyname (for example "aws:SourceIp" or "s3:prefix").' }],
    },
    {
      name: 'empty prefix, empty name, empty key, space in the prefix',
      code: statement({ StringEquals: { ':SourceVpc': 'a', 'aws:': 'b', '': 'c', 'a ws:SourceVpc': 'd' } }),
      errors: [
        { messageId: 'badFormat', line: 10, column: 21, endColumn: 33 },
        { messageId: 'badFormat', line: 11, column: 21, endColumn: 27 },
        { messageId: 'badFormat', line: 12, column: 21, endColumn: 23, message: 'Condition key "" is not of the form service:keyname (for example "aws:SourceIp" or "s3:prefix").' },
        { messageId: 'badFormat', line: 13, column: 21, endColumn: 37 },
      ],
    },
    {
      name: 'tag keys without a tag name',
      code: statement({ StringEquals: { 'aws:ResourceTag/': 'red', 'aws:RequestTag': 'blue' }, StringLike: { 's3:ExistingObjectTag/': 'x*' } }),
      errors: [
        { messageId: 'missingTagKey', line: 10, column: 21, endColumn: 39, issueCode: 'MISSING_TAG_KEY_IN_CONDITION',
          message: 'Condition key "aws:ResourceTag/" names no tag; write "aws:ResourceTag/<tag-key>", for example "aws:ResourceTag/team".' },
        { messageId: 'missingTagKey', line: 11, column: 21, endColumn: 37,
          message: 'Condition key "aws:RequestTag" names no tag; write "aws:RequestTag/<tag-key>", for example "aws:RequestTag/team".' },
        { messageId: 'missingTagKey', line: 14, column: 21, endColumn: 44 },
      ],
    },
    {
      // The aws-ebs-csi-driver example policy until 2022, and terraform-aws-iam's copy of it (policies.tf): the key
      // was meant to match every cluster's tag, but it tests the tag named "kubernetes.io/cluster/*".
      name: 'a wildcard in the tag name of a key',
      code: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Action: ['ec2:DeleteVolume'], Resource: '*', Condition: { StringLike: { 'ec2:ResourceTag/kubernetes.io/cluster/*': 'owned' } } },
          { Effect: 'Allow', Action: ['ec2:CreateVolume'], Resource: '*', Condition: { StringLike: { 'aws:RequestTag/kubernetes.io/cluster/*': 'owned', 'aws:RequestTag/CSIVolumeName': '*' } } },
          { Effect: 'Deny', Action: 'ec2:DeleteSnapshot', Resource: '*', Condition: { StringNotEquals: { 'aws:ResourceTag/env-?': 'prod' } } },
        ],
      },
      errors: [
        { messageId: 'wildcardTagKey', line: 12, column: 21, endColumn: 62, severity: 1,
          message: 'Condition key "ec2:ResourceTag/kubernetes.io/cluster/*" has a wildcard in its tag name, but IAM compares condition key names as written: it tests the tag named "kubernetes.io/cluster/*", not the tags that name matches; name the tag in full.' },
        { messageId: 'wildcardTagKey', line: 24, column: 21, endColumn: 61 },
        { messageId: 'wildcardTagKey', line: 35, column: 21, endColumn: 44 },
      ],
    },
    {
      name: 'a single value and a single statement: points at the key',
      code: '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "ec2:StopInstances", "Resource": "*",\n  "Condition": {"StringEquals": {"ec2:ResourceTag/": "dev"}}}}',
      errors: [{ messageId: 'missingTagKey', line: 2, column: 34, endColumn: 52 }],
    },
  ],
});
