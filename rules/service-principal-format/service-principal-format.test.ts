import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './service-principal-format.js';

const identity = (Condition: object) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'iam:PassRole', Resource: '*', Condition }],
});
const trust = (Service: unknown) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Service }, Action: 'sts:AssumeRole' }],
});

new RuleTester().run(rule, {
  valid: [
    { code: identity({ StringEquals: { 'iam:PassedToService': ['ec2.amazonaws.com', 'ecs-tasks.amazonaws.com'] } }) },
    { name: 'kms:ViaService with a region', code: identity({ StringEquals: { 'kms:ViaService': 's3.us-east-1.amazonaws.com' } }) },
    { name: 'China partition', code: identity({ StringEquals: { 'iam:AWSServiceName': 'elasticmapreduce.amazonaws.com.cn' } }) },
    { name: 'patterns under Like are not judged', code: identity({ StringLike: { 'iam:PassedToService': 'ec2.*' } }) },
    { name: 'Null takes true/false', code: identity({ Null: { 'kms:ViaService': 'true' } }) },
    { name: 'other keys', code: identity({ StringEquals: { 'aws:PrincipalTag/team': 'ops' } }) },
    { policyType: 'trust', code: trust(['ec2.amazonaws.com', 'lambda.amazonaws.com']) },
    { name: 'placeholders are not judged', policyType: 'trust', code: trust('${ServicePrincipal}') },
  ],
  invalid: [
    {
      name: 'a bare service prefix in Principal',
      policyType: 'trust',
      code: trust('ec2'),
      errors: [{ messageId: 'principal', line: 7, column: 28, endColumn: 33, issueCode: 'INVALID_SERVICE_PRINCIPAL_FORMAT',
        message: 'Service principal "ec2" is not a service principal name; use the service\'s DNS-style name, e.g. "ec2.amazonaws.com".' }],
    },
    {
      name: 'a URL in Principal',
      policyType: 'resource',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: ['sns.amazonaws.com', 'https://events.amazonaws.com'] }, Action: 'sqs:SendMessage', Resource: '*' }] },
      errors: [{ messageId: 'principal', line: 9, column: 21, endColumn: 51 }],
    },
    {
      name: 'an ARN in iam:PassedToService',
      code: identity({ StringEquals: { 'iam:PassedToService': 'arn:aws:iam::aws:service/ec2' } }),
      errors: [{ messageId: 'condition', line: 10, column: 44, endColumn: 74, issueCode: 'INVALID_SERVICE_PRINCIPAL_FORMAT',
        message: '"iam:PassedToService" value "arn:aws:iam::aws:service/ec2" is not a service principal name; use the form "<service>.amazonaws.com".' }],
    },
    {
      name: 'kms:ViaService, under ForAnyValue',
      code: identity({ 'ForAnyValue:StringEquals': { 'kms:ViaService': ['s3.us-east-1.amazonaws.com', 's3 us-west-2'] } }),
      errors: [{ messageId: 'condition', line: 12, column: 25, endColumn: 39,
        message: '"kms:ViaService" value "s3 us-west-2" is not a service principal name; use the form "<service>.<region>.amazonaws.com".' }],
    },
  ],
});
