import { describe, expect, it } from 'vitest';
import { PolicyDocument } from '../../src/engine/document.js';
import { lintDocument } from '../../src/engine/linter.js';
import { resourceTypesOfService } from '../../src/iam/database.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import arnAccount from '../arn-account/arn-account.js';
import arnFormat from '../arn-format/arn-format.js';
import arnRegion from '../arn-region/arn-region.js';
import arnResourceFormat from '../arn-resource-format/arn-resource-format.js';
import rule, { SERVICES } from './action-resource-type.js';

const policy = (Action: unknown, Resource: unknown, Effect = 'Allow') => ({ Version: '2012-10-17', Statement: [{ Effect, Action, Resource }] });

const KEY_FORMAT = 'arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}';

const resourcePolicy = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });

const BUCKET_POLICY = resourcePolicy(
  { Sid: 'ReadReports', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:role/analyst' }, Action: ['s3:ListBucket', 's3:GetObject'], Resource: ['arn:aws:s3:::example-reports', 'arn:aws:s3:::example-reports/*'] },
  { Sid: 'TlsOnly', Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: ['arn:aws:s3:::example-reports', 'arn:aws:s3:::example-reports/*'], Condition: { Bool: { 'aws:SecureTransport': 'false' } } },
);
const QUEUE_POLICY = resourcePolicy({
  Sid: 'FromOrdersTopic', Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage',
  Resource: 'arn:aws:sqs:us-east-1:111122223333:order-events', Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:orders' } },
});
const TOPIC_POLICY = {
  Version: '2008-10-17', Id: '__default_policy_ID',
  Statement: [{
    Sid: '__default_statement_ID', Effect: 'Allow', Principal: { AWS: '*' },
    Action: ['SNS:GetTopicAttributes', 'SNS:SetTopicAttributes', 'SNS:AddPermission', 'SNS:RemovePermission', 'SNS:DeleteTopic', 'SNS:Subscribe', 'SNS:ListSubscriptionsByTopic', 'SNS:Publish'],
    Resource: 'arn:aws:sns:us-east-1:111122223333:orders', Condition: { StringEquals: { 'AWS:SourceOwner': '111122223333' } },
  }],
};
const KEY_POLICY = resourcePolicy(
  { Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' },
  { Sid: 'Allow use of the key', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/app' }, Action: ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'], Resource: '*' },
);
const SECRET_POLICY = resourcePolicy({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:role/reader' }, Action: 'secretsmanager:GetSecretValue', Resource: '*', Condition: { 'ForAnyValue:StringEquals': { 'secretsmanager:VersionStage': 'AWSCURRENT' } } });
const FUNCTION_POLICY = resourcePolicy({
  Sid: 'apigateway-invoke', Effect: 'Allow', Principal: { Service: 'apigateway.amazonaws.com' }, Action: 'lambda:InvokeFunction',
  Resource: 'arn:aws:lambda:us-east-1:111122223333:function:checkout:live', Condition: { ArnLike: { 'AWS:SourceArn': 'arn:aws:execute-api:us-east-1:111122223333:a1b2c3d4e5/*/POST/checkout' } },
});
const TABLE_AND_STREAM_POLICY = resourcePolicy(
  { Sid: 'ReadBooks', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:role/reader' }, Action: ['dynamodb:GetItem', 'dynamodb:Query'], Resource: ['arn:aws:dynamodb:us-east-1:111122223333:table/Books', 'arn:aws:dynamodb:us-east-1:111122223333:table/Books/index/*'] },
  { Sid: 'ReadStream', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:role/reader' }, Action: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'], Resource: 'arn:aws:dynamodb:us-east-1:111122223333:table/Books/stream/2024-02-12T18:57:26.492' },
);

new RuleTester().run(rule, {
  valid: [
    { name: 'an alias with an alias action (kms:CreateAlias acts on the alias and the key)', code: policy(['kms:CreateAlias', 'kms:Decrypt'], ['arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', 'arn:aws:kms:us-east-1:111122223333:alias/app']) },
    { name: 'an alias with kms:* (it covers the alias actions)', code: policy('kms:*', ['arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', 'arn:aws:kms:us-east-1:111122223333:alias/app']) },
    { name: 'an alias with an unknown action is left to action-exists', code: policy(['kms:Decrypt', 'kms:Frobnicate'], ['arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', 'arn:aws:kms:us-east-1:111122223333:alias/app']) },
    { name: 'an alias in a Deny', code: policy('kms:Decrypt', ['arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', 'arn:aws:kms:us-east-1:111122223333:alias/app'], 'Deny') },
    { name: 'a key action on a key ARN', code: policy(['kms:Decrypt', 'kms:GenerateDataKey'], 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab') },
    { name: 'Resource "*"', code: policy('kms:Decrypt', '*') },
    { name: 'a wildcard resource part', code: policy('kms:Decrypt', 'arn:aws:kms:*:*:*') },
    { name: 'one matching entry among others', code: policy('sqs:SendMessage', ['arn:aws:s3:::reports/*', 'arn:aws:sqs:us-east-1:111122223333:orders']) },
    {
      name: 'a "*" that ends the account field also spells the colons after it (AmazonRedshiftQueryEditorV2FullAccess)',
      code: policy(['secretsmanager:GetSecretValue', 'secretsmanager:CreateSecret'], 'arn:aws:secretsmanager:*:*:sqlworkbench!*'),
    },
    { name: 'a Lambda function with a qualifier (an alias)', code: policy('lambda:InvokeFunction', 'arn:aws:lambda:us-east-1:111122223333:function:checkout:prod') },
    { name: 'a state machine alias', code: policy('states:StartExecution', 'arn:aws:states:us-east-1:111122223333:stateMachine:orders:live') },
    {
      name: 'a DynamoDB stream label holds colons',
      code: policy('dynamodb:GetRecords', 'arn:aws:dynamodb:us-east-1:111122223333:table/Books/stream/2015-05-11T21:21:33.291'),
    },
    { name: 'a public SSM parameter has no account', code: policy('ssm:GetParameter', 'arn:aws:ssm:us-east-1::parameter/aws/service/ami-amazon-linux-latest/*') },
    { name: 'an SNS subscription ARN (topic name and subscription id)', code: policy('sns:Unsubscribe', 'arn:aws:sns:us-east-1:111122223333:alerts:0f2c1e9a-1111-2222-3333-444455556666') },
    { name: 'an action with two resource types given one of them', code: policy('kms:CreateAlias', 'arn:aws:kms:us-east-1:111122223333:alias/app') },
    {
      name: 'Kinesis consumer actions on consumer ARNs (the creation timestamp after a colon, or a "*" under the stream)',
      code: policy(['kinesis:SubscribeToShard', 'kinesis:DescribeStreamConsumer'], ['arn:aws:kinesis:us-east-1:111122223333:stream/orders/consumer/app:1525898737', 'arn:aws:kinesis:*:111122223333:stream/clicks/*']),
    },
    { name: 'Kinesis stream actions on a stream ARN', code: policy(['kinesis:GetRecords', 'kinesis:PutRecord', 'kinesis:RegisterStreamConsumer'], 'arn:aws:kinesis:us-east-1:111122223333:stream/orders') },
    { name: 'Kinesis StartStreamEncryption acts on the stream and the KMS key: the stream is enough', code: policy('kinesis:StartStreamEncryption', 'arn:aws:kinesis:us-east-1:111122223333:stream/orders') },
    { name: 'Firehose actions on a delivery stream ARN', code: policy(['firehose:PutRecord', 'firehose:PutRecordBatch'], 'arn:aws:firehose:us-east-1:111122223333:deliverystream/logs-*') },
    { name: 'template placeholders stand for anything', code: policy('kms:Decrypt', 'arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/*') },
    { name: 'a policy variable in the resource part', code: policy('sqs:ReceiveMessage', 'arn:aws:sqs:*:*:${aws:PrincipalTag/queue}') },
    { name: 'a wildcard service field', code: policy('kms:Decrypt', 'arn:aws:*:*:*:*') },
    { name: 'an ARN of fewer fields ends with a "*" that covers the rest', code: policy('sqs:SendMessage', 'arn:aws:sqs:*') },
    {
      // AWS's Session Manager quickstart policies ("Replace key-name with the ARN of the KMS key"): arn-format
      // reports the placeholder; a second finding at the action would report the same entry again.
      name: 'an entry that is not an ARN is arn-format\'s: the "key-name" placeholder of AWS\'s Session Manager quickstart policy',
      code: policy(['kms:GenerateDataKey'], 'key-name'),
    },
    { name: 'an ARN short of fields, without a "*" (arn-format\'s)', code: policy('kms:Decrypt', 'arn:aws:kms:key-name') },
    { name: 'an upper-case "ARN:" prefix (arn-format\'s)', code: policy('kms:Decrypt', 'ARN:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab') },
    { name: 'a service field not in lower case (arn-format\'s)', code: policy('sqs:SendMessage', 'arn:aws:SQS:us-east-1:111122223333:orders') },
    { name: 'an entry not yet an ARN of the action\'s service beside one of another service (arn-format\'s)', code: policy('kms:Decrypt', ['arn:aws:sns:us-east-1:111122223333:alerts', ' arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab']) },
    { name: 'an entry with a leading space (arn-format\'s)', code: policy('kms:Decrypt', ' arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab') },
    { name: 'wildcard actions are not expanded', code: policy('kms:*', 'arn:aws:kms:us-east-1:111122223333:alias/app') },
    { name: 'actions that take only "*" are not judged', code: policy(['kms:ListKeys', 'lambda:ListFunctions'], 'arn:aws:kms:*:*:key/*') },
    { name: 'services outside the list are not judged', code: policy('ec2:StartInstances', 'arn:aws:s3:::reports') },
    { name: 'a service outside the list with the length of one in it', code: policy(['sts:GetCallerIdentity', 'SES:SendEmail'], 'arn:aws:s3:::reports') },
    { name: 'SSM actions other than the parameter ones are not judged', code: policy(['ssm:SendCommand', 'ssm:AddTagsToResource'], 'arn:aws:s3:::reports') },
    { name: 'IAM actions on their own types', code: policy(['iam:PassRole', 'iam:GetRole'], 'arn:aws:iam::111122223333:role/app-*') },
    { name: 'IAM actions on other types than roles, users and groups are not judged', code: policy('iam:GetPolicyVersion', 'arn:aws:iam::111122223333:role/app') },
    {
      name: 'a self-service policy\'s IAM actions are mfa-action-resource-type\'s',
      code: policy('iam:UploadSSHPublicKey', 'arn:aws:iam::*:role/${aws:username}'),
    },
    { name: 'a Deny is not judged', code: policy('kms:Decrypt', 'arn:aws:kms:us-east-1:111122223333:alias/app', 'Deny') },
    { name: 'NotResource', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'kms:Decrypt', NotResource: 'arn:aws:s3:::reports' }] } },
    // Resource policies: each statement names the resource the policy is attached to, or "*" for it.
    { name: 'an S3 bucket policy: S3 is s3-resource-type\'s', policyType: 'resource', code: BUCKET_POLICY },
    { name: 'an SQS queue policy for an SNS topic: the topic is in the condition', policyType: 'resource', code: QUEUE_POLICY },
    { name: 'an SNS topic\'s default policy (upper-case service prefix)', policyType: 'resource', code: TOPIC_POLICY },
    { name: 'a KMS key policy: "*" is the key', policyType: 'resource', code: KEY_POLICY },
    { name: 'a Secrets Manager secret policy: "*" is the secret', policyType: 'resource', code: SECRET_POLICY },
    { name: 'a Lambda function policy on an alias (AddPermission with a qualifier)', policyType: 'resource', code: FUNCTION_POLICY },
    { name: 'a Lambda layer version policy', policyType: 'resource', code: resourcePolicy({ Effect: 'Allow', Principal: '*', Action: 'lambda:GetLayerVersion', Resource: 'arn:aws:lambda:us-east-1:111122223333:layer:shared-libs:3', Condition: { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } } }) },
    { name: 'a DynamoDB table policy (table and its indexes) and a stream policy', policyType: 'resource', code: TABLE_AND_STREAM_POLICY },
    { name: 'an ECR repository policy has no Resource', policyType: 'resource', code: resourcePolicy({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] }) },
    { name: 'a resource policy with a wildcard queue name and a policy variable', policyType: 'resource', code: resourcePolicy({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sqs:ReceiveMessage', Resource: ['arn:aws:sqs:*:111122223333:jobs-*', 'arn:aws:sqs:us-east-1:111122223333:${aws:PrincipalTag/team}-inbox'] }) },
    { name: 'a resource policy Allow with NotResource', policyType: 'resource', code: resourcePolicy({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'sqs:SendMessage', NotResource: 'arn:aws:sns:us-east-1:111122223333:alerts' }) },
    { name: 'a resource policy Deny is not judged', policyType: 'resource', code: resourcePolicy({ Effect: 'Deny', Principal: '*', Action: 'sqs:SendMessage', Resource: 'arn:aws:sns:us-east-1:111122223333:alerts', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }) },
    { name: 'an SCP Allow on a key ARN', policyType: 'scp', code: policy(['kms:Decrypt', 'kms:Encrypt'], 'arn:aws:kms:*:111122223333:key/*') },
    // An RCP Allow must have "Resource": "*" (rcp-allow-statement reports any other), and a trust policy has no Resource.
    { name: 'RCPs are not judged', policyType: 'rcp', code: resourcePolicy({ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: 'arn:aws:sns:us-east-1:111122223333:alerts' }) },
    { name: 'trust policies are not judged', policyType: 'trust', code: resourcePolicy({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'iam:PassRole', Resource: 'arn:aws:iam::111122223333:user/deploy' }) },
  ],
  invalid: [
    {
      name: 'a KMS alias beside a key ARN: the actions are allowed on the key, not on the key the alias names (KMS Developer Guide, alias-authorization)',
      code: policy(['kms:GenerateDataKey', 'kms:Decrypt'], ['arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab', 'arn:aws:kms:us-east-1:111122223333:alias/aws/sns']),
      errors: [{ messageId: 'aliasResource', line: 12, column: 17, endColumn: 67,
        message: 'Resource "arn:aws:kms:us-east-1:111122223333:alias/aws/sns" is a KMS alias, and no action of this statement acts on aliases: an alias in Resource controls the alias, not the key it points to, so it allows nothing here; name the key ARN, or select keys by alias with a "kms:RequestAlias" or "kms:ResourceAliases" condition.' }],
    },
    {
      name: 'a KMS alias pattern beside a key pattern, with action patterns that match no alias action',
      code: policy(['kms:Encrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 's3:GetObject'], ['arn:aws:kms:*:*:alias/*', 'arn:aws:kms:*:*:key/*', 'arn:aws:s3:::reports/*']),
      errors: [{ messageId: 'aliasResource', line: 13, column: 17 }],
    },
    {
      name: 'template placeholders in the Region and account stand for those fields: an execution action on a state machine ARN',
      code: policy('states:StopExecution', 'arn:${AWS::Partition}:states:${AWS::Region}:${AWS::AccountId}:stateMachine:aft-*'),
      errors: [{ messageId: 'noMatchingResource', line: 6, column: 23 }],
    },
    {
      name: 'PassRole on a user ARN (a role written as user/)',
      code: policy(['iam:PassRole', 'iam:GetUser'], 'arn:aws:iam::*:user/idt-*'),
      errors: [{ messageId: 'noMatchingResource', line: 7, column: 17, endLine: 7, endColumn: 31,
        message: '"iam:PassRole" acts on role resources (arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}), and no Resource of this statement can be one, so the statement never allows it; add such an ARN to Resource or move the action to a statement that has one.' }],
    },
    {
      name: 'a key action on an alias ARN',
      code: policy(['kms:Decrypt', 'kms:CreateAlias'], 'arn:aws:kms:us-east-1:111122223333:alias/app'),
      errors: [{ messageId: 'noMatchingResource', line: 7, column: 17,
        message: `"kms:Decrypt" acts on key resources (${KEY_FORMAT}), and no Resource of this statement can be one, so the statement never allows it; add such an ARN to Resource or move the action to a statement that has one.` }],
    },
    {
      // The S3 entry is arn-format's (whitespace, a name short of fields); it cannot be meant as a queue.
      name: 'an entry that is not yet an ARN, of another service, leaves the statement judged',
      code: policy('sqs:SendMessage', ['arn:aws:sns:us-east-1:111122223333:alerts', ' arn:aws:s3:::reports', 'ARN:aws:s3:::logs', 'arn:aws:s3:reports']),
      errors: [{ messageId: 'noMatchingResource', line: 6, column: 23 }],
    },
    {
      name: 'SendMessage on an SNS topic (Parliament\'s example)',
      code: policy('sqs:SendMessage', 'arn:aws:sns:us-east-1:111122223333:alerts'),
      errors: [{ messageId: 'noMatchingResource', line: 6, column: 23 }],
    },
    {
      name: 'a resource-type word in the wrong case (AmazonSageMakerFullAccess)',
      code: policy(['states:StartExecution', 'states:StopExecution'], ['arn:aws:states:*:*:statemachine:*sagemaker*', 'arn:aws:states:*:*:execution:*sagemaker*:*']),
      errors: [{ messageId: 'noMatchingResource', line: 7, column: 17,
        message: '"states:StartExecution" acts on statemachine resources (arn:${Partition}:states:${Region}:${Account}:stateMachine:${StateMachineName}), and no Resource of this statement can be one, so the statement never allows it; add such an ARN to Resource or move the action to a statement that has one.' }],
    },
    {
      name: 'a KMS ARN without an account (AWSRefactoringToolkitFullAccess)',
      code: policy('kms:DescribeKey', 'arn:aws:kms:*::*'),
      errors: [{ messageId: 'noMatchingResource', line: 6, column: 23 }],
    },
    {
      name: 'event source mapping actions on function ARNs (SecurityLakeResourceManagementServiceRolePolicy)',
      code: policy(['lambda:GetFunction', 'lambda:DeleteEventSourceMapping'], 'arn:aws:lambda:*:*:function:ingest-*'),
      errors: [{ messageId: 'noMatchingResource', line: 8, column: 17,
        message: '"lambda:DeleteEventSourceMapping" acts on eventSourceMapping resources (arn:${Partition}:lambda:${Region}:${Account}:event-source-mapping:${UUID}), and no Resource of this statement can be one, so the statement never allows it; add such an ARN to Resource or move the action to a statement that has one.' }],
    },
    {
      name: 'SubscribeToShard on the stream ARN: it acts on an enhanced fan-out consumer',
      code: policy(['kinesis:DescribeStream', 'kinesis:SubscribeToShard'], 'arn:aws:kinesis:us-east-1:111122223333:stream/s'),
      errors: [{ messageId: 'noMatchingResource', line: 8, column: 17,
        message: '"kinesis:SubscribeToShard" acts on consumer resources (arn:${Partition}:kinesis:${Region}:${Account}:${StreamType}/${StreamName}/consumer/${ConsumerName}:${ConsumerCreationTimpstamp}), and no Resource of this statement can be one, so the statement never allows it; add such an ARN to Resource or move the action to a statement that has one.' }],
    },
    {
      name: 'a Firehose action on a Kinesis stream ARN',
      code: policy(['kinesis:PutRecords', 'firehose:PutRecordBatch'], 'arn:aws:kinesis:us-east-1:111122223333:stream/events'),
      errors: [{ messageId: 'noMatchingResource', line: 8, column: 17,
        message: '"firehose:PutRecordBatch" acts on deliverystream resources (arn:${Partition}:firehose:${Region}:${Account}:deliverystream/${DeliveryStreamName}), and no Resource of this statement can be one, so the statement never allows it; add such an ARN to Resource or move the action to a statement that has one.' }],
    },
    {
      name: 'a resource part without its type: the spelt colons cannot line up',
      code: policy('ecr:PutImage', 'arn:aws:ecr:*:*:myteam/*'),
      errors: [{ messageId: 'noMatchingResource', line: 6, column: 23 }],
    },
    {
      name: 'an action with two resource types, given neither',
      code: policy('KMS:createalias', 'arn:aws:s3:::reports'),
      errors: [{ messageId: 'noMatchingResource', line: 6, column: 23,
        message: '"KMS:createalias" acts on alias or key resources (arn:${Partition}:kms:${Region}:${Account}:alias/${Alias}), and no Resource of this statement can be one, so the statement never allows it; add such an ARN to Resource or move the action to a statement that has one.' }],
    },
    {
      name: 'a service part that lower-cases to a judged service (a Kelvin sign for the K of kms)',
      code: policy('\u212Ams:Decrypt', 'arn:aws:s3:::reports'),
      errors: [{ messageId: 'noMatchingResource', line: 6, column: 23 }],
    },
    {
      name: 'a queue policy that names the SNS topic in Resource instead of the queue (the topic belongs in aws:SourceArn)',
      policyType: 'resource',
      code: resourcePolicy({
        Sid: 'FromOrdersTopic', Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage',
        Resource: 'arn:aws:sns:us-east-1:111122223333:orders', Condition: { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:orders' } },
      }),
      errors: [{ messageId: 'noMatchingResource', line: 10, column: 23, endLine: 10, endColumn: 40 }],
    },
    {
      name: 'a DynamoDB policy that gives the stream actions the table ARN',
      policyType: 'resource',
      code: resourcePolicy({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:role/reader' }, Action: ['dynamodb:GetItem', 'dynamodb:GetRecords'], Resource: 'arn:aws:dynamodb:us-east-1:111122223333:table/Books' }),
      errors: [{ messageId: 'noMatchingResource', line: 11, column: 17,
        message: '"dynamodb:GetRecords" acts on stream resources (arn:${Partition}:dynamodb:${Region}:${Account}:table/${TableName}/stream/${StreamLabel}), and no Resource of this statement can be one, so the statement never allows it; add such an ARN to Resource or move the action to a statement that has one.' }],
    },
    {
      name: 'a key policy whose Resource is the key\'s alias, not "*"',
      policyType: 'resource',
      code: resourcePolicy({ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/app' }, Action: 'kms:Decrypt', Resource: 'arn:aws:kms:us-east-1:111122223333:alias/app' }),
      errors: [{ messageId: 'noMatchingResource', line: 9, column: 23 }],
    },
    {
      name: 'a Lambda function policy whose ARN lacks "function:"',
      policyType: 'resource',
      code: resourcePolicy({ Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: 'arn:aws:lambda:us-east-1:111122223333:resize-images' }),
      errors: [{ messageId: 'noMatchingResource', line: 9, column: 23 }],
    },
    {
      name: 'an SCP Allow on an alias ARN permits no Decrypt',
      policyType: 'scp',
      code: policy('kms:Decrypt', 'arn:aws:kms:*:111122223333:alias/*'),
      errors: [{ messageId: 'noMatchingResource', line: 6, column: 23 }],
    },
    {
      name: 'an SSM parameter action on a document',
      code: policy('ssm:GetParameter', 'arn:aws:ssm:us-east-1:111122223333:document/setup'),
      errors: [{ messageId: 'noMatchingResource', line: 6, column: 23 }],
    },
  ],
});

describe('the service facts', () => {
  it('name variables, resource types and services the database has', () => {
    for (const [service, facts] of Object.entries(SERVICES)) {
      const types = resourceTypesOfService(service);
      expect(types.length, service).toBeGreaterThan(0);
      const names = new Set(types.map((t) => t.name));
      for (const type of [...(facts.onlyTypes ?? []), ...(facts.emptyAccount ?? [])]) expect(names.has(type), `${service} ${type}`).toBe(true);
      const variables = new Set(types.flatMap((t) => [...t.arnFormats.join(' ').matchAll(/\$\{([^}]+)\}/g)].map((m) => m[1])));
      for (const variable of facts.colonVariables ?? []) expect(variables.has(variable), `${service} ${variable}`).toBe(true);
    }
  });

  it('leave s3 to its own rule, and of iam judge only the actions on roles, users and groups', () => {
    expect(Object.keys(SERVICES)).not.toContain('s3');
    expect(SERVICES.iam.onlyTypes).toEqual(['role', 'user', 'group']);
  });
});

describe('with the rules that report malformed ARNs', () => {
  const arnRules = [arnFormat, arnRegion, arnAccount, arnResourceFormat];
  const lint = (code: object, rules = [rule, ...arnRules]) => lintDocument(new PolicyDocument('p.json', JSON.stringify(code, null, 4)), {
    policyType: 'identity', rules: rules.map((r) => ({ rule: r, severity: 2 as const })),
  }).map((m) => `${m.line}:${m.column} ${m.ruleId}`);

  it('leaves an entry of the action\'s service that they report to them: one finding for one mistake', () => {
    expect(lint(policy('sqs:SendMessage', 'arn:aws:sqs::111122223333:orders'))).toEqual(['7:37 arn-region']);
    expect(lint(policy('kms:Decrypt', 'arn:aws:kms:us-east-1::key/1234abcd'))).toEqual(['7:47 arn-account']);
    expect(lint(policy('lambda:InvokeFunction', 'arn:aws:lambda:us-east-1:111122223333:functon:x'))).toEqual(['7:64 arn-resource-format']);
    expect(lint(policy('sqs:SendMessage', 'arn:aws:sqs:us-east-1'))).toEqual(['7:25 arn-format']);
  });

  it('still reports a well-formed ARN of another type, and a malformed one of another service', () => {
    expect(lint(policy('kms:Decrypt', 'arn:aws:kms:us-east-1:111122223333:alias/app'))).toEqual(['6:23 action-resource-type']);
    expect(lint(policy('sqs:SendMessage', 'arn:aws:sns::111122223333:orders'))).toEqual(['6:23 action-resource-type', '7:37 arn-region']);
  });

  it('still reports an entry whose only ARN finding is a Region policy-lint does not list (it may be a new one)', () => {
    expect(lint(policy('kms:Decrypt', 'arn:aws:kms:us-east-9:111122223333:alias/app'))).toEqual(['6:23 action-resource-type', '7:38 arn-region']);
  });

  it('reports the statement when the rule that would report the entry is off', () => {
    expect(lint(policy('sqs:SendMessage', 'arn:aws:sqs::111122223333:orders'), [rule, arnFormat, arnAccount, arnResourceFormat]))
      .toEqual(['6:23 action-resource-type']);
  });
});
