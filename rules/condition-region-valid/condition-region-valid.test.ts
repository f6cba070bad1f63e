import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './condition-region-valid.js';

const policy = (condition: unknown, action: unknown = 'ec2:RunInstances') => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Action: action, Resource: '*', Condition: condition }],
});
const text = (value: unknown) => JSON.stringify(value, null, 4);

new RuleTester().run(rule, {
  valid: [
    { code: policy({ StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1', 'us-gov-west-1', 'cn-north-1', 'eusc-de-east-1'] } }) },
    { name: 'patterns and variables are not checked', code: policy({ StringNotLike: { 'aws:RequestedRegion': ['eu-*', 'not-a-region*'] }, StringEquals: { 'ec2:Region': '${aws:PrincipalTag/region}' } }) },
    { name: 'IgnoreCase operators compare in lower case', code: policy({ StringEqualsIgnoreCase: { 'aws:RequestedRegion': 'EU-WEST-1' } }) },
    { name: 'additional Regions', code: policy({ StringEquals: { 'aws:RequestedRegion': 'eu-east-9' } }), options: { additionalRegions: ['eu-east-9'] } },
    { name: 'MultiRegion flags and non-String operators are not Regions', code: policy({ StringEquals: { 'ec2:VpceMultiRegion': 'true' }, Null: { 'aws:RequestedRegion': 'false' } }) },
  ],
  invalid: [
    {
      name: 'an Availability Zone instead of a Region',
      code: policy({ StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-west-1a'] } }),
      errors: [{
        messageId: 'malformed', line: 12, column: 25, endLine: 12, endColumn: 37, severity: 2, issueCode: 'INVALID_REGION',
        message: '"eu-west-1a" is not an AWS Region code: "aws:RequestedRegion" holds a Region such as "us-east-1", so this value never matches. Did you mean "eu-west-1"?',
        suggestions: [{ messageId: 'replace', output: text(policy({ StringNotEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-west-1'] } })) }],
      }],
    },
    {
      name: 'upper case with a case-sensitive operator; a service Region key',
      code: policy({ StringEquals: { 'kms:ReplicaRegion': 'US-EAST-1' } }, 'kms:ReplicateKey'),
      errors: [{
        messageId: 'malformed', line: 10, column: 42, issueCode: 'INVALID_REGION',
        message: '"US-EAST-1" is not an AWS Region code: "kms:ReplicaRegion" holds a Region such as "us-east-1", so this value never matches. Did you mean "us-east-1"?',
        suggestions: [{ messageId: 'replace', output: text(policy({ StringEquals: { 'kms:ReplicaRegion': 'us-east-1' } }, 'kms:ReplicateKey')) }],
      }],
    },
    {
      name: 'the form of a Region, but no such Region: a warning',
      code: policy({ StringEquals: { 'ec2:Region': 'us-east-7' } }),
      errors: [{
        messageId: 'unknown', line: 10, column: 35, severity: 1, issueCode: 'INVALID_REGION',
        message: '"us-east-7" has the form of a Region code but is not in the AWS SDK\'s list of Regions (@aws-sdk/core 3.981.0). Did you mean "us-east-1"? If it is a new Region, add it to the additionalRegions option.',
        suggestions: [{ messageId: 'replace', output: text(policy({ StringEquals: { 'ec2:Region': 'us-east-1' } })) }],
      }],
    },
    {
      name: 'nothing close',
      code: policy({ StringEquals: { 'aws:RequestedRegion': 'global' } }),
      errors: [{ messageId: 'malformed', line: 10, column: 44, issueCode: 'INVALID_REGION', suggestions: [] }],
    },
  ],
});
