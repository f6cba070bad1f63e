import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './resource-policy-scope.js';

/** A resource policy statement: a single Action string is on line 9 (text from column 24), a single Resource on line 10. */
const policy = (action: string | string[], resource: string | string[]) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: action, Resource: resource }],
});
const bucket = { resourceType: 'AWS::S3::Bucket' };

new RuleTester().run(rule, {
  valid: [
    { code: policy(['s3:GetObject', 's3:ListBucket'], ['arn:aws:s3:::reports', 'arn:aws:s3:::reports/*']), policyType: 'resource', options: bucket },
    { name: 'service prefixes are case-insensitive; "*" and patterns that cover s3', code: policy(['S3:GetObject', '*', 's*:Get*'], '*'), policyType: 'resource', options: bucket },
    { name: 'placeholders and patterns in the ARN service', code: policy('s3:GetObject', ['arn:aws:${AWS::Service}:::b', 'arn:aws:s*:::b']), policyType: 'resource', options: bucket },
    { name: 'no resource type configured: nothing to check', code: policy('kms:Decrypt', 'arn:aws:kms:us-east-1:111122223333:key/1'), policyType: 'resource' },
    { name: 'a DynamoDB table policy', code: policy('dynamodb:GetItem', 'arn:aws:dynamodb:us-east-1:111122223333:table/orders'), policyType: 'resource', options: { resourceType: 'AWS::DynamoDB::Table' } },
    { name: 'other services from the options (a KMS key policy)', code: policy('kms:Decrypt', '*'), policyType: 'resource', options: { services: ['kms'] } },
    { name: 'a key policy', code: policy(['kms:*', 'KMS:Decrypt'], '*'), policyType: 'resource', options: { resourceType: 'AWS::KMS::Key' } },
    { name: 'SNS actions are case-insensitive', code: policy('SNS:Publish', 'arn:aws:sns:us-east-1:111122223333:alerts'), policyType: 'resource', options: { resourceType: 'AWS::SNS::Topic' } },
    { name: 'a queue policy', code: policy('sqs:SendMessage', 'arn:aws:sqs:us-east-1:111122223333:jobs'), policyType: 'resource', options: { resourceType: 'AWS::SQS::Queue' } },
    { name: 'a repository policy', code: policy(['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'], '*'), policyType: 'resource', options: { resourceType: 'AWS::ECR::Repository' } },
    { name: 'only resource policies', code: policy('kms:Decrypt', 'arn:aws:kms:us-east-1:111122223333:key/1'), policyType: 'identity', options: bucket },
    {
      name: 'actions on the resource, patterns that also name some, and account-level actions of types not judged (SNS, DynamoDB, services option)',
      code: policy(['kms:Decrypt', 'kms:CreateAlias', 'kms:List*', 'kms:Create*'], '*'), policyType: 'resource', options: { resourceType: 'AWS::KMS::Key' },
    },
    { code: policy(['s3:CreateBucket', 's3:ListBucket'], 'arn:aws:s3:::reports'), policyType: 'resource', options: bucket },
    { code: policy('sns:ListTopics', '*'), policyType: 'resource', options: { resourceType: 'AWS::SNS::Topic' } },
    { code: policy('dynamodb:ListTables', '*'), policyType: 'resource', options: { resourceType: 'AWS::DynamoDB::Table' } },
    { code: policy('kms:CreateKey', '*'), policyType: 'resource', options: { services: ['kms'] } },
    { name: 'unknown actions are action-exists\'s', code: policy('kms:CreateKeyz', '*'), policyType: 'resource', options: { resourceType: 'AWS::KMS::Key' } },
    { name: 'NotAction and NotResource are not judged', code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', NotAction: 'kms:*', NotResource: 'arn:aws:kms:*:*:*' }] }, policyType: 'resource', options: bucket },
  ],
  invalid: [
    {
      name: 'a KMS action and a KMS key in a bucket policy',
      code: policy(['s3:GetObject', 'kms:Decrypt'], ['arn:aws:s3:::reports/*', 'arn:aws:kms:us-east-1:111122223333:key/1234']),
      policyType: 'resource', options: bucket,
      errors: [
        {
          messageId: 'action', line: 11, column: 18, endLine: 11, endColumn: 21, issueCode: 'UNSUPPORTED_ACTION_IN_POLICY', severity: 2,
          message: 'Action "kms:Decrypt" is not supported in this S3 bucket\'s policy, which covers only "s3" actions; remove it.',
        },
        {
          messageId: 'resource', line: 15, column: 26, endColumn: 29, issueCode: 'UNSUPPORTED_RESOURCE_ARN_IN_POLICY', severity: 2,
          message: 'Resource "arn:aws:kms:us-east-1:111122223333:key/1234" is a kms ARN, not supported in this S3 bucket\'s policy, which covers only "s3" resources; remove it.',
        },
      ],
    },
    {
      name: 'an Object Lambda access point policy holds s3-object-lambda actions',
      code: policy('s3:GetObject', 'arn:aws:s3-object-lambda:us-east-1:111122223333:accesspoint/ol'),
      policyType: 'resource', options: { resourceType: 'AWS::S3ObjectLambda::AccessPoint' },
      errors: [{
        messageId: 'action', line: 9, column: 24, endColumn: 26, issueCode: 'UNSUPPORTED_ACTION_IN_POLICY',
        message: 'Action "s3:GetObject" is not supported in this S3 Object Lambda access point\'s policy, which covers only "s3-object-lambda" actions; remove it.',
      }],
    },
    {
      name: 'a queue policy naming the SNS topic in Resource (the topic belongs in aws:SourceArn); types without Access Analyzer\'s check',
      code: policy('sqs:SendMessage', 'arn:aws:sns:us-east-1:111122223333:alerts'),
      policyType: 'resource', options: { resourceType: 'AWS::SQS::Queue' },
      errors: [{
        messageId: 'resource', line: 10, column: 34, endColumn: 37, severity: 2,
        message: 'Resource "arn:aws:sns:us-east-1:111122223333:alerts" is a sns ARN, not supported in this SQS queue\'s policy, which covers only "sqs" resources; remove it.',
      }],
    },
    {
      name: 'an SQS action in a topic policy',
      code: policy('sqs:SendMessage', '*'),
      policyType: 'resource', options: { resourceType: 'AWS::SNS::Topic' },
      errors: [{ messageId: 'action', line: 9, column: 24, endColumn: 27, message: 'Action "sqs:SendMessage" is not supported in this SNS topic\'s policy, which covers only "sns" actions; remove it.' }],
    },
    {
      name: 'an S3 action in a key policy',
      code: policy('s3:*', '*'),
      policyType: 'resource', options: { resourceType: 'AWS::KMS::Key' },
      errors: [{ messageId: 'action', line: 9, column: 24, endColumn: 26, message: 'Action "s3:*" is not supported in this KMS key\'s policy, which covers only "kms" actions; remove it.' }],
    },
    {
      name: 'an SNS action in a repository policy',
      code: policy('sns:Publish', '*'),
      policyType: 'resource', options: { resourceType: 'AWS::ECR::Repository' },
      errors: [{ messageId: 'action', line: 9, column: 24, endColumn: 27, message: 'Action "sns:Publish" is not supported in this ECR repository\'s policy, which covers only "ecr" actions; remove it.' }],
    },
    {
      name: 'account-level actions in a key policy: no KMS key is their resource',
      code: policy(['kms:Decrypt', 'kms:CreateKey', 'KMS:ListKeys', 'kms:ListAliases'], '*'),
      policyType: 'resource', options: { resourceType: 'AWS::KMS::Key' },
      errors: [
        {
          messageId: 'accountLevel', line: 11, column: 17, endColumn: 32, severity: 2,
          message: 'Action "kms:CreateKey" acts on no KMS key (its only resource is "*"), so this KMS key\'s policy never applies to it; remove it and control it in an identity-based policy.',
        },
        { messageId: 'accountLevel', line: 12, column: 17 },
        { messageId: 'accountLevel', line: 13, column: 17 },
      ],
    },
    {
      name: 'ecr:GetAuthorizationToken in a repository policy',
      code: policy(['ecr:BatchGetImage', 'ecr:GetAuthorizationToken'], '*'),
      policyType: 'resource', options: { resourceType: 'AWS::ECR::Repository' },
      errors: [{ messageId: 'accountLevel', line: 11, column: 17, message: 'Action "ecr:GetAuthorizationToken" acts on no ECR repository (its only resource is "*"), so this ECR repository\'s policy never applies to it; remove it and control it in an identity-based policy.' }],
    },
    {
      name: 's3:ListAllMyBuckets in a bucket policy, in a Deny too',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:ListAllMyBuckets', Resource: '*' }] },
      policyType: 'resource', options: bucket,
      errors: [{ messageId: 'accountLevel', line: 7, column: 23 }],
    },
    {
      name: 'sqs:ListQueues in a queue policy',
      code: policy('sqs:ListQueues', 'arn:aws:sqs:us-east-1:111122223333:jobs'),
      policyType: 'resource', options: { resourceType: 'AWS::SQS::Queue' },
      errors: [{ messageId: 'accountLevel', line: 9, column: 23, endColumn: 39 }],
    },
    {
      name: 'a service pattern that covers no allowed service; services from the options',
      code: policy('ec2*:*', 'arn:aws:sqs:us-east-1:111122223333:q'),
      policyType: 'resource', options: { services: ['sns', 'kms'] },
      errors: [
        {
          messageId: 'action', line: 9, column: 24, endColumn: 28,
          message: 'Action "ec2*:*" is not supported in this resource\'s policy, which covers only "sns" and "kms" actions; remove it.',
        },
        { messageId: 'resource', line: 10, column: 34, endColumn: 37, issueCode: 'UNSUPPORTED_RESOURCE_ARN_IN_POLICY' },
      ],
    },
  ],
});
