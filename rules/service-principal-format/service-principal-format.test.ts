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
    {
      name: 'principals that are not IAM prefixes, Regions, China, Alexa, case',
      policyType: 'trust',
      code: trust(['ecs-tasks.amazonaws.com', 'delivery.logs.amazonaws.com', 'logs.us-east-1.amazonaws.com', 'states.cn-north-1.amazonaws.com.cn',
        'alexa-appkit.amazon.com', 'vpc-flow-logs.amazonaws.com', 'EC2.AmazonAWS.com', 'ec2.c2s.ic.gov']),
    },
    {
      name: 'documented principals that are neither IAM prefixes nor in managed policies (Organizations trusted access, Application Auto Scaling, CloudFront VPC origins)',
      policyType: 'trust',
      code: trust(['config-multiaccountsetup.amazonaws.com', 'ipam.amazonaws.com', 'reachabilityanalyzer.networkinsights.amazonaws.com',
        'cloudwatch-crossaccount.amazonaws.com', 'lambda.application-autoscaling.amazonaws.com', 'custom-resource.application-autoscaling.amazonaws.com',
        'vpcorigin.cloudfront.amazonaws.com', 'repository.sync.codeconnections.amazonaws.com', 'pinpoint.amazonaws.com', 'managedservices.amazonaws.com']),
    },
    {
      name: 'WorkMail mailbox export\'s principal, from its admin guide\'s trust policy',
      policyType: 'trust',
      code: trust(['export.workmail.amazonaws.com']),
    },
    { name: 'other domains are only format-checked', policyType: 'trust', code: trust(['build.example.com', 'ec2.aws.internal']) },
    { name: 'the allow option', policyType: 'trust', options: { allow: ['brandnew.amazonaws.com', '*.amazonaws.co'] }, code: trust(['brandnew.amazonaws.com', 'ec2.amazonaws.co']) },
    { name: 'a known principal in iam:PassedToService', code: identity({ StringEquals: { 'iam:PassedToService': 'sagemaker.application-autoscaling.amazonaws.com' } }) },
  ],
  invalid: [
    {
      name: 'whitespace around a service principal, in Principal and in a condition: at the whitespace, with a trimming suggestion',
      policyType: 'trust',
      code: trust([' lambda.amazonaws.com', 'ec2.amazonaws.com ']),
      errors: [
        { messageId: 'whitespace', line: 8, column: 22, endColumn: 23, issueCode: 'INVALID_SERVICE_PRINCIPAL_FORMAT',
          message: 'Service principal " lambda.amazonaws.com" starts with whitespace, and no service principal name has any; remove the whitespace.',
          suggestions: [{ messageId: 'trim', output: JSON.stringify(trust(['lambda.amazonaws.com', 'ec2.amazonaws.com ']), null, 4) }] },
        { messageId: 'whitespace', line: 9, column: 39, endColumn: 40 },
      ],
    },
    {
      name: 'whitespace around a service principal name in a condition value',
      code: identity({ StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com\t' } }),
      errors: [{ messageId: 'whitespace', line: 10, column: 68, endColumn: 70,
        message: '"iam:PassedToService" value "ecs-tasks.amazonaws.com\\t" ends with whitespace, and no service principal name has any; remove the whitespace.',
        suggestions: [{ messageId: 'trim', output: JSON.stringify(identity({ StringEquals: { 'iam:PassedToService': 'ecs-tasks.amazonaws.com' } }), null, 4) }] }],
    },
    {
      name: 'misspelt domains: an error with the likely name',
      policyType: 'trust',
      code: trust(['ec2.amazonaws.co', 'events.amazonaws.com.', 'ec2.amazonws.com', 'lambda.amazonaws.cn', 'cloudtrail.aws.com']),
      errors: [
        { messageId: 'domain', line: 8, column: 21, endColumn: 39, severity: 2,
          message: 'Service principal "ec2.amazonaws.co" is not under a service-principal domain: "amazonaws.co" is not "amazonaws.com", "amazonaws.com.cn" or "amazon.com", so it matches no service. Did you mean "ec2.amazonaws.com"?' },
        { messageId: 'domain', line: 9, column: 21, endColumn: 44,
          message: 'Service principal "events.amazonaws.com." is not under a service-principal domain: "amazonaws.com." is not "amazonaws.com", "amazonaws.com.cn" or "amazon.com", so it matches no service. Did you mean "events.amazonaws.com"?' },
        { messageId: 'domain', line: 10, column: 21, endColumn: 39 },
        { messageId: 'domain', line: 11, column: 21,
          message: 'Service principal "lambda.amazonaws.cn" is not under a service-principal domain: "amazonaws.cn" is not "amazonaws.com", "amazonaws.com.cn" or "amazon.com", so it matches no service. Did you mean "lambda.amazonaws.com.cn"?' },
        { messageId: 'domain', line: 12, column: 21,
          message: 'Service principal "cloudtrail.aws.com" is not under a service-principal domain: "aws.com" is not "amazonaws.com", "amazonaws.com.cn" or "amazon.com", so it matches no service. Did you mean "cloudtrail.amazonaws.com"?' },
      ],
    },
    {
      name: 'a name on AWS\'s dual-stack endpoint domain "api.aws": an error, with no guessed principal',
      policyType: 'trust',
      code: trust(['ec2.api.aws']),
      errors: [
        { messageId: 'domain', line: 8, column: 21, endColumn: 34, severity: 2,
          message: 'Service principal "ec2.api.aws" is not under a service-principal domain: "aws" is not "amazonaws.com", "amazonaws.com.cn" or "amazon.com", so it matches no service.' },
      ],
    },
    {
      name: 'unknown names under a known domain: a warning, with the close known name',
      policyType: 'trust',
      code: trust(['lamda.amazonaws.com', 'ecs-task.amazonaws.com', 's3.amazon.com', 'logs.eu-west-1.amazonaw.com', 'brandnew.amazonaws.com']),
      errors: [
        { messageId: 'unknownName', line: 8, column: 21, endColumn: 42, severity: 1,
          message: 'Service principal "lamda.amazonaws.com" is not a known service principal. Did you mean "lambda.amazonaws.com"? If it is a service newer than policy-lint\'s list, add it to the rule\'s "allow" option.' },
        { messageId: 'unknownName', line: 9, column: 21, severity: 1,
          message: 'Service principal "ecs-task.amazonaws.com" is not a known service principal. Did you mean "ecs-tasks.amazonaws.com"? If it is a service newer than policy-lint\'s list, add it to the rule\'s "allow" option.' },
        { messageId: 'unknownName', line: 10, column: 21, severity: 1,
          message: 'Service principal "s3.amazon.com" is not a known service principal. Did you mean "s3.amazonaws.com"? If it is a service newer than policy-lint\'s list, add it to the rule\'s "allow" option.' },
        { messageId: 'domain', line: 11, column: 21, severity: 2,
          message: 'Service principal "logs.eu-west-1.amazonaw.com" is not under a service-principal domain: "amazonaw.com" is not "amazonaws.com", "amazonaws.com.cn" or "amazon.com", so it matches no service. Did you mean "logs.eu-west-1.amazonaws.com"?' },
        { messageId: 'unknownName', line: 12, column: 21, severity: 1,
          message: 'Service principal "brandnew.amazonaws.com" is not a known service principal. If it is a service newer than policy-lint\'s list, add it to the rule\'s "allow" option.' },
      ],
    },
    {
      name: 'a misspelt principal in a condition key',
      code: identity({ StringEquals: { 'iam:PassedToService': ['ecs-tasks.amazonaws.com', 'lamda.amazonaws.com'] } }),
      errors: [{ messageId: 'unknownName', line: 12, column: 25, endColumn: 46, severity: 1,
        message: '"iam:PassedToService" value "lamda.amazonaws.com" is not a known service principal. Did you mean "lambda.amazonaws.com"? If it is a service newer than policy-lint\'s list, add it to the rule\'s "allow" option.' }],
    },
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
