import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './tag-condition-key-support.js';

const policy = (effect: string, actions: unknown, condition: unknown) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: effect, Action: actions, Resource: '*', Condition: condition }],
});

new RuleTester().run(rule, {
  valid: [
    { code: policy('Deny', ['ec2:TerminateInstances', 'ec2:StopInstances'], { StringEquals: { 'aws:ResourceTag/env': 'prod' } }) },
    { name: 'service tag keys', code: policy('Allow', 'iam:GetRole', { StringEquals: { 'iam:ResourceTag/team': 'blue' } }) },
    { name: 'request tags on a create action', code: policy('Allow', 'ec2:CreateTags', { 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] }, StringEquals: { 'aws:RequestTag/team': 'blue' } }) },
    { name: 'wildcard actions are not checked', code: policy('Deny', 'ec2:Describe*', { StringEquals: { 'aws:ResourceTag/env': 'prod' } }) },
    { name: 'NotAction is tag-condition-with-not-action\'s', code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', NotAction: 'ec2:DescribeInstances', Resource: '*', Condition: { StringEquals: { 'aws:ResourceTag/env': 'prod' } } }] } },
    {
      // Amazon S3 Glacier Developer Guide, "Vault Lock Policies", Example 2 (legal hold): glacier:ResourceTag/ is
      // a Glacier key that no action lists in the database, so its support is unknown, not absent.
      name: 'a service tag key the database lists for no action',
      policyType: 'resource',
      code: { Version: '2012-10-17', Statement: [{ Sid: 'lock-vault', Principal: '*', Effect: 'Deny', Action: ['glacier:DeleteArchive'],
        Resource: ['arn:aws:glacier:us-west-2:123456789012:vaults/examplevault'], Condition: { StringLike: { 'glacier:ResourceTag/LegalHold': ['true', ''] } } }] },
    },
    { name: 'other keys are condition-key-action-support\'s', code: policy('Deny', 'ec2:DescribeInstances', { StringEquals: { 'ec2:InstanceType': 't3.micro' } }) },
  ],
  invalid: [
    {
      // A common ABAC exercise: aws:RequestTag on s3:PutObject, tested twice. One finding, at the first entry.
      name: 'one finding per tag key when two operators test it',
      code: policy('Allow', 's3:PutObject', { StringEquals: { 'aws:RequestTag/Team': '${aws:PrincipalTag/Team}' }, Null: { 'aws:RequestTag/Team': 'false' } }),
      errors: [{ messageId: 'allowNever', line: 10, column: 21, severity: 1 }],
    },
    {
      name: 'the operator that is false without the key decides',
      code: policy('Deny', 'ec2:DescribeInstances', { StringNotEquals: { 'aws:ResourceTag/env': 'dev' }, StringEquals: { 'aws:ResourceTag/env': 'prod' } }),
      errors: [{ messageId: 'denyMissed', line: 13, column: 21, severity: 2 }],
    },
    {
      name: 'a Deny that never denies a Describe action',
      code: policy('Deny', ['ec2:TerminateInstances', 'ec2:DescribeInstances'], { StringEquals: { 'aws:ResourceTag/env': 'prod' } }),
      errors: [{
        messageId: 'denyMissed', line: 13, column: 21, endLine: 13, endColumn: 42, severity: 2, issueCode: 'DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
        message: 'This Deny never denies "ec2:DescribeInstances", whatever the tags: it does not support the tag key "aws:ResourceTag/env", so the condition on that key is false for it; deny it in a statement without this key, by resource name for example.',
      }],
    },
    {
      name: 'a Deny with a negated operator always denies (a warning)',
      code: policy('Deny', ['ec2:DescribeInstances', 'ec2:DescribeVolumes'], { StringNotEquals: { 'aws:ResourceTag/env': 'dev' } }),
      errors: [{
        messageId: 'denyAll', line: 13, column: 21, severity: 1, issueCode: 'DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
        message: 'Tags cannot exempt "ec2:DescribeInstances" and "ec2:DescribeVolumes" from this Deny: they do not support the tag key "aws:ResourceTag/env", so the condition on that key is true for them, and the statement always denies them; exempt them with another condition key, or move them to a statement without this key.',
      }],
    },
    {
      // aws-samples/data-perimeter-policy-examples, resource_control_policies/identity_perimeter_rcp.json (EnforceOrgIdentities):
      // the Deny does not always deny the STS actions; it denies them to principals outside the organization.
      name: 'a data-perimeter RCP: the tag exemption does not reach some actions, the other conditions still decide',
      policyType: 'rcp',
      code: { Version: '2012-10-17', Statement: [{
        Sid: 'EnforceOrgIdentities', Effect: 'Deny', Principal: '*',
        Action: ['s3:*', 'sts:AssumeRole', 'sts:GetSessionToken'],
        Resource: '*',
        Condition: {
          StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5', 'aws:ResourceTag/dp:exclude:identity': 'true' },
          BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
        },
      }] },
      errors: [{
        messageId: 'denyAll', line: 17, column: 21, severity: 1,
        message: 'Tags cannot exempt "sts:GetSessionToken" from this Deny: it does not support the tag key "aws:ResourceTag/dp:exclude:identity", so the condition on that key is true for it, and only the statement\'s other conditions decide whether it is denied; exempt it with another condition key, or move it to a statement without this key.',
      }],
    },
    {
      name: 'an action for which the database lists no key at all',
      code: policy('Deny', ['route53:DeleteHostedZone'], { StringEquals: { 'aws:ResourceTag/env': 'prod' } }),
      errors: [{ messageId: 'denyMissed', line: 12, column: 21, severity: 2, issueCode: 'DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE' }],
    },
    {
      name: 'an Allow that never allows (a warning)',
      code: policy('Allow', 'ec2:DescribeInstances', { StringEquals: { 'ec2:ResourceTag/team': 'blue' } }),
      errors: [{
        messageId: 'allowNever', line: 10, column: 21, severity: 1, issueCode: 'ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
        message: 'This Allow never allows "ec2:DescribeInstances": it does not support the tag key "ec2:ResourceTag/team", so the condition on that key is false for it; allow it in a statement without this key.',
      }],
    },
    {
      name: 'an Allow with IfExists allows whatever the tags (a warning)',
      code: policy('Allow', 'ec2:DescribeInstances', { StringEqualsIfExists: { 'aws:ResourceTag/team': 'blue' } }),
      errors: [{ messageId: 'allowAll', line: 10, column: 21, severity: 1, issueCode: 'ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE',
        message: 'Tags do not restrict "ec2:DescribeInstances" in this Allow: it does not support the tag key "aws:ResourceTag/team", so the condition on that key is true for it, and the statement allows it unconditionally; move it to a statement without this key.' }],
    },
    {
      name: 'an Allow with IfExists and another condition: that condition still limits the action',
      code: policy('Allow', 'ec2:DescribeInstances', { StringEqualsIfExists: { 'aws:ResourceTag/team': 'blue' }, StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } }),
      errors: [{ messageId: 'allowAll', line: 10, column: 21, severity: 1,
        message: 'Tags do not restrict "ec2:DescribeInstances" in this Allow: it does not support the tag key "aws:ResourceTag/team", so the condition on that key is true for it, and only the statement\'s other conditions limit it; move it to a statement without this key.' }],
    },
  ],
});
