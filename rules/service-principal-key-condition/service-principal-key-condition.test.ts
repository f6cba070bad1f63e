import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './service-principal-key-condition.js';

const bucket = ['arn:aws:s3:::amzn-s3-demo-bucket', 'arn:aws:s3:::amzn-s3-demo-bucket/*'];
const deny = (Condition: object, extra: object = {}) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: bucket, Condition, ...extra }],
});
const allow = (Condition: object, extra: object = {}) => ({
  Version: '2012-10-17',
  Statement: [{
    Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'],
    Resource: '*', Condition, ...extra,
  }],
});
const identity = (Condition: object, Effect = 'Allow') => ({
  Version: '2012-10-17',
  Statement: [{ Effect, Action: 'sns:Publish', Resource: 'arn:aws:sns:us-east-1:123456789012:events', Condition }],
});
const notS3 = { StringNotEquals: { 'aws:PrincipalServiceName': 's3.amazonaws.com' } };
const lockout = (operator: string, key: string, action = 's3:PutBucketPolicy') =>
  `"${operator}" on "${key}" is true for every request not made by an AWS service principal (only theirs carry the key), so this Deny takes "${action}" from every IAM user and role, administrators included, and only the account's root user can change this bucket policy; exempt the administrators (e.g. "ArnNotLike": {"aws:PrincipalArn": […]}) or deny only the object actions the service needs.`;

new RuleTester().run(rule, {
  valid: [
    { name: 'AWS\'s CloudTrail example: aws:SourceVpc beside the key exempts IAM principals', policyType: 'resource',
      code: deny({ StringNotEqualsIfExists: { 'aws:SourceVpc': 'vpc-111bbb22', 'aws:PrincipalServiceName': 'cloudtrail.amazonaws.com' } }, { Action: 's3:PutObject', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket1/AWSLogs/111122223333/*' }) },
    { name: 'only object writes reserved for a service (S3 server access logging)', policyType: 'resource',
      code: deny({ 'ForAllValues:StringNotEquals': { 'aws:PrincipalServiceNamesList': 'logging.s3.amazonaws.com' } }, { Action: 's3:PutObject', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*' }) },
    { name: 's3:* on the objects only: the bucket policy is not denied', policyType: 'resource', code: deny(notS3, { Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*' }) },
    { name: 'administrators exempted with aws:PrincipalArn', policyType: 'resource', code: deny({ ...notS3, ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:role/Admin' } }) },
    { name: 'ForAnyValue is false without the key: IAM principals are not denied', policyType: 'resource', code: deny({ 'ForAnyValue:StringNotEquals': { 'aws:PrincipalServiceNamesList': 's3.amazonaws.com' } }) },
    { name: 'a Deny of the named service only', policyType: 'resource', code: deny({ StringEquals: { 'aws:PrincipalServiceName': 's3.amazonaws.com' } }) },
    { name: 'a Deny for one role only', policyType: 'resource', code: deny(notS3, { Principal: { AWS: 'arn:aws:iam::123456789012:role/App' } }) },
    { name: 'a NotPrincipal that exempts some', policyType: 'resource', code: deny(notS3, { Principal: undefined, NotPrincipal: { AWS: 'arn:aws:iam::123456789012:role/Admin' } }) },
    { name: 'an Allow to a service principal', policyType: 'resource', code: allow({ StringEquals: { 'aws:PrincipalServiceName': 'codebuild.amazonaws.com' } }, { Principal: { Service: 'codebuild.amazonaws.com' } }) },
    { name: 'an Allow to everyone', policyType: 'resource', code: allow({ StringEquals: { 'aws:PrincipalServiceName': 'codebuild.amazonaws.com' } }, { Principal: '*' }) },
    { name: 'an Allow to an account and a service', policyType: 'resource', code: allow({ StringEquals: { 'aws:PrincipalServiceName': 'codebuild.amazonaws.com' } }, { Principal: { AWS: '123456789012', Service: 'codebuild.amazonaws.com' } }) },
    { name: 'a negated operator in an Allow is true for IAM principals', policyType: 'resource', code: allow({ StringNotEquals: { 'aws:PrincipalServiceName': 'codebuild.amazonaws.com' } }) },
    { name: 'IfExists in an Allow is true for IAM principals', policyType: 'resource', code: allow({ StringEqualsIfExists: { 'aws:PrincipalServiceName': 'codebuild.amazonaws.com' } }) },
    { name: 'a source key in an Allow to an account: AWS\'s SNS-to-SQS example does so', policyType: 'resource',
      code: allow({ ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:topic' } }, { Principal: { AWS: '123456789012' }, Action: 'sqs:SendMessage' }) },
    { name: 'a source key in an Allow to a service principal', policyType: 'resource', code: allow({ StringEquals: { 'aws:SourceAccount': '123456789012' } }, { Principal: { Service: 'codebuild.amazonaws.com' } }) },
    { name: 'AWS\'s RCP: the source key under IfExists, with Null and aws:PrincipalIsAWSService', policyType: 'resource',
      code: deny({ StringNotEqualsIfExists: { 'aws:SourceAccount': '111122223333' }, Null: { 'aws:SourceAccount': 'false' }, Bool: { 'aws:PrincipalIsAWSService': 'true' } }) },
    { name: 'identity policy: IfExists is true for the user\'s own calls', code: identity({ ArnLikeIfExists: { 'aws:SourceArn': 'arn:aws:s3:::amzn-s3-demo-bucket' } }) },
    { name: 'identity policy: a Deny is not this rule\'s', code: identity({ StringEquals: { 'aws:SourceAccount': '123456789012' } }, 'Deny') },
    { name: 'identity policy: other keys', code: identity({ StringEquals: { 'aws:PrincipalAccount': '123456789012', 'aws:ResourceAccount': '123456789012' } }) },
    { name: 'identity policy: a statement with a Principal is some other policy\'s', code: allow({ StringEquals: { 'aws:SourceAccount': '123456789012' } }, { Principal: { Service: 'sns.amazonaws.com' } }) },
    { name: 'SCPs are not checked', policyType: 'scp', code: identity({ StringEquals: { 'aws:SourceAccount': '123456789012' } }) },
  ],
  invalid: [
    {
      name: 'a source key negated: the Deny also takes everything from IAM principals',
      policyType: 'resource',
      code: deny({ StringNotEquals: { 'aws:SourceAccount': '123456789012' } }),
      errors: [{ messageId: 'bucketPolicyLockout', line: 14, column: 21, message: lockout('StringNotEquals', 'aws:SourceAccount') }],
    },
    {
      name: 'identity policy: an Allow that requires aws:SourceArn',
      code: identity({ ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::amzn-s3-demo-bucket' } }),
      errors: [{
        messageId: 'neverMatchesIdentity', line: 10, column: 21,
        message: '"ArnLike" on "aws:SourceArn" requires a key that only requests made directly by an AWS service principal carry, and an identity policy applies to the requests of its users and roles, so this statement never applies; put the condition in the resource policy that allows the service principal, or remove it.',
      }],
    },
    {
      name: 'identity policy: aws:SourceOrgPaths under ForAnyValue, aws:PrincipalServiceName',
      code: identity({ 'ForAnyValue:StringLike': { 'aws:SourceOrgPaths': 'o-a1b2c3d4e5/*' }, StringEquals: { 'aws:PrincipalServiceName': 'sns.amazonaws.com' } }),
      errors: [{ messageId: 'neverMatchesIdentity', line: 10, column: 21 }],
    },
    {
      name: 'a bucket policy that denies s3:* to all but the S3 service',
      policyType: 'resource',
      code: deny(notS3),
      errors: [{ messageId: 'bucketPolicyLockout', line: 14, column: 21, message: lockout('StringNotEquals', 'aws:PrincipalServiceName') }],
    },
    {
      name: 'IfExists is true without the key too; "*" and the list key',
      policyType: 'resource',
      code: deny({ 'ForAllValues:StringNotEqualsIfExists': { 'aws:PrincipalServiceNamesList': 'cloudtrail.amazonaws.com' } }, { Principal: { AWS: '*' }, Action: '*' }),
      errors: [{ messageId: 'bucketPolicyLockout', line: 16, column: 21, message: lockout('ForAllValues:StringNotEqualsIfExists', 'aws:PrincipalServiceNamesList') }],
    },
    {
      name: 'NotAction that leaves the policy actions in',
      policyType: 'resource',
      code: deny(notS3, { Action: undefined, NotAction: ['s3:PutBucketPolicy', 's3:GetObject'] }),
      errors: [{ messageId: 'bucketPolicyLockout', line: 13, column: 21, message: lockout('StringNotEquals', 'aws:PrincipalServiceName', 's3:DeleteBucketPolicy') }],
    },
    {
      name: 'an Allow to an account that requires the service name',
      policyType: 'resource',
      code: allow({ StringEquals: { 'aws:PrincipalServiceName': 'codebuild.amazonaws.com' } }),
      errors: [{
        messageId: 'neverMatches', line: 16, column: 21,
        message: '"StringEquals" on "aws:PrincipalServiceName" requires a key that only requests made by an AWS service principal carry, and this statement\'s principals are not service principals, so it never applies; name the service in "Principal": {"Service": …}, or remove this condition.',
      }],
    },
    {
      name: 'ForAnyValue on the list key, in a trust policy',
      policyType: 'trust',
      code: {
        Version: '2012-10-17',
        Statement: [{
          Effect: 'Allow', Principal: { AWS: ['123456789012', 'arn:aws:iam::123456789012:role/Deployer'] }, Action: 'sts:AssumeRole',
          Condition: { 'ForAnyValue:StringLike': { 'aws:PrincipalServiceNamesList': 'ec2.*' } },
        }],
      },
      errors: [{ messageId: 'neverMatches', line: 15, column: 21 }],
    },
    {
      name: 'Null "false" requires the key',
      policyType: 'resource',
      code: allow({ Null: { 'aws:PrincipalServiceName': 'false' } }),
      errors: [{ messageId: 'neverMatches', line: 16, column: 21 }],
    },
  ],
});
