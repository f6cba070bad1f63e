import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './requested-region-global-services.js';

const policy = (statement: object) => ({ Version: '2012-10-17', Statement: [statement] });
const outsideEu = { StringNotEquals: { 'aws:RequestedRegion': ['eu-central-1', 'eu-west-1'] } };

const DENY_ALL = 'This Deny of requests outside "eu-central-1", "eu-west-1" also denies iam, organizations, route53 and 2 more everywhere: requests to global services are made in us-east-1. Exempt them with NotAction, as AWS\'s Region-deny example does ("NotAction": ["iam:*", "organizations:*", "route53:*", …]).';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'StringEqualsIgnoreCase "US-EAST-1" matches us-east-1',
      code: policy({ Effect: 'Allow', Action: 'iam:GetRole', Resource: '*', Condition: { StringEqualsIgnoreCase: { 'aws:RequestedRegion': 'US-EAST-1' } } }),
    },
    {
      name: 'AWS\'s example: NotAction exempts the global services',
      policyType: 'scp',
      code: policy({ Effect: 'Deny', NotAction: ['budgets:*', 'cloudfront:*', 'iam:*', 'organizations:*', 'route53:*', 'route53domains:*', 'support:*', 'waf:*'], Resource: '*', Condition: outsideEu }),
    },
    {
      name: 'AWS\'s IAM example exactly: the global services it leaves to the reader (budgets, waf, …) are not asked for',
      code: policy({ Sid: 'DenyAllOutsideRequestedRegions', Effect: 'Deny', NotAction: ['cloudfront:*', 'iam:*', 'organizations:*', 'route53:*', 'support:*'], Resource: '*',
        Condition: { StringNotEquals: { 'aws:RequestedRegion': ['eu-central-1', 'eu-west-1', 'eu-west-2', 'eu-west-3'] } } }),
    },
    { name: 'us-east-1 among the Regions', code: policy({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': ['us-east-1', 'eu-west-1'] } } }) },
    { name: 'a pattern that matches us-east-1', code: policy({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringNotLike: { 'aws:RequestedRegion': 'us-*' } } }) },
    { name: 'a Deny of Regional services only', code: policy({ Effect: 'Deny', Action: ['ec2:*', 's3:*'], Resource: '*', Condition: outsideEu }) },
    { name: 'an Allow with a Regional action too', code: policy({ Effect: 'Allow', Action: ['iam:GetRole', 'ec2:DescribeInstances'], Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } }) },
    { name: 'an Allow of global actions in us-east-1', code: policy({ Effect: 'Allow', Action: 'iam:GetRole', Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': 'us-east-1' } } }) },
    { name: 'a policy variable is known only at request time', code: policy({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': '${aws:PrincipalTag/region}' } } }) },
    { name: 'a Deny in the listed Regions (positive operator)', code: policy({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': 'ap-east-1' } } }) },
    { name: 'an Allow with NotAction', code: policy({ Effect: 'Allow', NotAction: 'iam:*', Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } }) },
    // Written for GovCloud or China (its values name only their Regions): requests to IAM there are made in
    // us-gov-west-1 and cn-north-1, not us-east-1.
    { name: 'a GovCloud Deny outside its Regions', policyType: 'scp', code: policy({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': ['us-gov-west-1', 'us-gov-east-1'] } } }) },
    { name: 'a China Deny outside its Regions, as a pattern', code: policy({ Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringNotLike: { 'aws:RequestedRegion': 'cn-*' } } }) },
    { name: 'an Allow of IAM actions in us-gov-west-1', code: policy({ Effect: 'Allow', Action: 'iam:GetRole', Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': 'us-gov-west-1' } } }) },
    { name: 'a GovCloud Deny that exempts IAM: no other global service is known there', code: policy({ Effect: 'Deny', NotAction: 'iam:*', Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': 'us-gov-east-1' } } }) },
    { name: 'a China Deny of Route 53 outside cn-northwest-1: where its requests are made in China is not known here', code: policy({ Effect: 'Deny', Action: 'route53:*', Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': 'cn-northwest-1' } } }) },
    { name: 'an Allow of Route 53 actions in cn-northwest-1: where its requests are made in China is not known here', code: policy({ Effect: 'Allow', Action: 'route53:ListHostedZones', Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': 'cn-northwest-1' } } }) },
    { name: 'Regions of two partitions other than the commercial one', code: policy({ Effect: 'Allow', Action: 'iam:GetRole', Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': ['us-gov-east-1', 'cn-northwest-1'] } } }) },
  ],
  invalid: [
    {
      name: 'Action "*" denies every global service',
      policyType: 'scp',
      code: policy({ Effect: 'Deny', Action: '*', Resource: '*', Condition: outsideEu }),
      errors: [{ messageId: 'denyGlobal', line: 10, column: 21, endColumn: 42, severity: 2, message: DENY_ALL }],
    },
    {
      name: 'NotAction that exempts some global services but not all, with IfExists',
      code: policy({ Effect: 'Deny', NotAction: ['iam:*', 'organizations:*', 'route53:*'], Resource: '*', Condition: { StringNotEqualsIfExists: { 'aws:RequestedRegion': 'eu-west-1' } } }),
      errors: [{ messageId: 'denyGlobal', line: 14, column: 21,
        message: 'This Deny of requests outside "eu-west-1" also denies cloudfront, support everywhere: requests to global services are made in us-east-1. Exempt them with NotAction, as AWS\'s Region-deny example does ("NotAction": ["iam:*", "organizations:*", "route53:*", …]).' }],
    },
    {
      name: 'an IAM action named in Action, with StringNotLike',
      code: policy({ Effect: 'Deny', Action: ['iam:CreateUser', 'ec2:RunInstances'], Resource: '*', Condition: { StringNotLike: { 'aws:RequestedRegion': 'eu-*' } } }),
      errors: [{ messageId: 'denyGlobal', line: 13, column: 21,
        message: 'This Deny of requests outside "eu-*" also denies iam everywhere: requests to global services are made in us-east-1. Exempt them with NotAction, as AWS\'s Region-deny example does ("NotAction": ["iam:*", "organizations:*", "route53:*", …]).' }],
    },
    {
      // AWS's data-perimeter sample (network_perimeter_sourcevpc_scp): only requests made through the VPC's endpoints
      // are denied, so the message names the other keys instead of saying "everywhere".
      name: 'a Deny limited by another key (aws:SourceVpc) denies the global services only for the requests it matches',
      policyType: 'scp',
      code: policy({ Sid: 'SourceVPCRegion2', Effect: 'Deny', Action: '*', Resource: '*', Condition: {
        StringEquals: { 'aws:SourceVpc': 'vpc-1a2b3c4d' }, StringNotEqualsIfExists: { 'aws:RequestedRegion': 'eu-west-1' } } }),
      errors: [{ messageId: 'denyGlobalNarrowed', line: 14, column: 21,
        message: 'This Deny of requests outside "eu-west-1" also denies, in every Region, the requests to iam, organizations, route53 and 2 more that match its other conditions ("aws:SourceVpc"): requests to global services are made in us-east-1. Exempt them with NotAction, as AWS\'s Region-deny example does ("NotAction": ["iam:*", "organizations:*", "route53:*", …]).' }],
    },
    {
      name: 'other keys are listed, a few by name',
      code: policy({ Effect: 'Deny', Action: 'iam:*', Resource: '*', Condition: { ...outsideEu,
        ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/Admin' }, Bool: { 'aws:ViaAWSService': 'false' },
        StringEquals: { 'aws:PrincipalTag/team': 'a', 'aws:SourceVpc': 'vpc-1' } } }),
      errors: [{ messageId: 'denyGlobalNarrowed', line: 10, column: 21,
        message: 'This Deny of requests outside "eu-central-1", "eu-west-1" also denies, in every Region, the requests to iam that match its other conditions ("aws:PrincipalArn", "aws:ViaAWSService", "aws:PrincipalTag/team" and 1 more): requests to global services are made in us-east-1. Exempt them with NotAction, as AWS\'s Region-deny example does ("NotAction": ["iam:*", "organizations:*", "route53:*", …]).' }],
    },
    {
      name: 'a NotAction exemption of part of a service does not exempt it',
      code: policy({ Effect: 'Deny', NotAction: ['iam:Get*', 'organizations:*', 'route53:*', 'cloudfront:*', 'support:*', 'budgets:*', 'route53domains:*', 'waf:*'], Resource: '*', Condition: outsideEu }),
      errors: [{ messageId: 'denyGlobal', line: 19, column: 21 }],
    },
    {
      name: 'an Allow of IAM actions only in eu-west-1 allows nothing',
      code: policy({ Effect: 'Allow', Action: ['iam:GetRole', 'iam:ListRoles'], Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': 'eu-west-1' } } }),
      errors: [{ messageId: 'allowNothing', line: 13, column: 21, endColumn: 42,
        message: 'This Allow names only actions of global services (iam), whose requests are made in us-east-1, so "aws:RequestedRegion" "eu-west-1" never matches and the statement allows nothing; add "us-east-1" or remove the condition.' }],
    },
    {
      name: 'an Allow of Route 53 and CloudFront with StringLike',
      code: policy({ Effect: 'Allow', Action: ['route53:*', 'cloudfront:*'], Resource: '*', Condition: { StringLike: { 'aws:RequestedRegion': 'eu-*' } } }),
      errors: [{ messageId: 'allowNothing', line: 13, column: 21,
        message: 'This Allow names only actions of global services (route53, cloudfront), whose requests are made in us-east-1, so "aws:RequestedRegion" "eu-*" never matches and the statement allows nothing; add "us-east-1" or remove the condition.' }],
    },
    {
      // StringLike compares case-sensitively, as StringEquals does: "US-*" never matches "us-east-1".
      name: 'an Allow of IAM actions with StringLike "US-*" allows nothing',
      code: policy({ Effect: 'Allow', Action: 'iam:GetRole', Resource: '*', Condition: { StringLike: { 'aws:RequestedRegion': 'US-*' } } }),
      errors: [{ messageId: 'allowNothing', line: 10, column: 21 }],
    },
    // IAM's requests in GovCloud and China are made in us-gov-west-1 and cn-north-1: an Allow of IAM actions alone
    // limited to other Regions of that partition allows nothing.
    ...[
      { values: 'cn-northwest-1', region: 'cn-north-1' },
      { values: ['us-gov-east-1'], region: 'us-gov-west-1' },
    ].map(({ values, region }) => ({
      name: `an Allow of IAM actions in ${JSON.stringify(values)} allows nothing: IAM's requests there are made in ${region}`,
      code: policy({ Effect: 'Allow', Action: 'iam:GetRole', Resource: '*', Condition: { StringEquals: { 'aws:RequestedRegion': values } } }),
      errors: [{ messageId: 'allowNothing', line: 10, column: 21,
        message: `This Allow names only actions of global services (iam), whose requests are made in ${region}, so "aws:RequestedRegion" "${[values].flat()[0]}" never matches and the statement allows nothing; add "${region}" or remove the condition.` }],
    })),
    // A Deny in GovCloud or China outside IAM's Region there denies IAM: only IAM is judged, as AWS documents its
    // Region in these partitions and no other global service's.
    ...[
      { values: ['us-gov-east-1'], region: 'us-gov-west-1', action: '*' },
      { values: ['cn-northwest-1'], region: 'cn-north-1', action: ['iam:*', 'route53:*'] },
    ].map(({ values, region, action }) => ({
      name: `a Deny of ${JSON.stringify(action)} outside ${JSON.stringify(values)} denies IAM: its requests there are made in ${region}`,
      policyType: 'scp' as const,
      code: policy({ Effect: 'Deny', Action: action, Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': values } } }),
      errors: [{ messageId: 'denyGlobal', line: Array.isArray(action) ? 13 : 10, column: 21,
        message: `This Deny of requests outside "${values[0]}" also denies iam everywhere: requests to IAM are made in ${region}. Exempt them with NotAction, as AWS's Region-deny example does ("NotAction": ["iam:*", "organizations:*", "route53:*", …]).` }],
    })),
    {
      // "eu-*" also matches eu-isoe-west-1 (an ISO partition), but it names commercial Regions too: still read for us-east-1.
      name: 'a Deny of every action outside a pattern that names commercial Regions is still reported',
      code: policy({ Effect: 'Deny', Action: 'iam:*', Resource: '*', Condition: { StringNotLike: { 'aws:RequestedRegion': 'eu-*' } } }),
      errors: [{ messageId: 'denyGlobal', line: 10, column: 21 }],
    },
  ],
});
