import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './arn-account.js';

/** One statement; a single Resource string sits on line 7 with its text from column 26. */
const policy = (resource: string | string[], action = 's3:GetObject') => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: action, Resource: resource }],
});

new RuleTester().run(rule, {
  valid: [
    { code: policy(['arn:aws:s3:::my-bucket', 'arn:aws:s3:::my-bucket/*']) },
    { code: policy(['arn:aws:iam::123456789012:role/deploy', 'arn:aws:iam::aws:policy/ReadOnlyAccess']) },
    { name: 'EC2 images and snapshots owned by AWS have no account', code: policy(['arn:aws:ec2:*::image/*', 'arn:aws:ec2:us-east-1::snapshot/*']) },
    { name: 'public SSM documents and parameters have no account', code: policy(['arn:aws:ssm:*::document/AWS-RunShellScript', 'arn:aws:ssm:us-east-1::parameter/aws/service/ami-amazon-linux-latest/*']) },
    {
      name: 'Security Hub products of AWS integrations have no account',
      code: policy(['arn:aws:securityhub:us-east-1::product/aws/guardduty', 'arn:aws:securityhub:*::product/aws/*', 'arn:aws:securityhub:*::product/*'], 'securityhub:EnableImportFindingsForProduct'),
    },
    { name: 'public CloudFormation types have no account', code: policy(['arn:aws:cloudformation:us-east-1::type/resource/AWS-S3-Bucket', 'arn:aws:cloudformation:*::type/resource/AWS-IAM-*'], 'cloudformation:DescribeType') },
    { name: 'AWS-authored AppConfig extensions have no account', code: policy(['arn:aws:appconfig:us-west-2::extension/AWS.AppConfig.FeatureFlags/1', 'arn:aws:appconfig:*::extension/*'], 'appconfig:GetExtension') },
    { name: 'a wildcard account may stand for the empty field', code: policy('arn:aws:s3:::*:*') },
    { name: 'a wildcard may stand for an empty account', code: policy('arn:aws:s3:*:*:my-bucket') },
    { name: 'variables and template placeholders are unknown', code: policy(['arn:aws:s3::${AWS::AccountId}:my-bucket', 'arn:aws:sqs:us-east-1:${aws:PrincipalAccount}:q']) },
    { name: 'the resource part fits types with and without an account', code: policy('arn:aws:s3:us-east-1:123456789012:*') },
    { name: 'the fixed "aws" account of AWS-owned resources', code: policy(['arn:aws:iam::aws:role-template/x', 'arn:aws:eks::aws:cluster-access-policy/AmazonEKSAdminPolicy']) },
    { name: 'an empty account where some format has none or any', code: policy(['arn:aws:ec2:*::*', 'arn:aws:iam::*:*']) },
    { name: 'a service the database does not know', code: policy('arn:aws:nosuchservice:us-east-1::thing') },
    { name: 'a resource part that fits no format is left to arn-resource-format', code: policy('arn:aws:sqs:us-east-1::') },
  ],
  invalid: [
    {
      name: 'S3 bucket ARNs have no account',
      code: policy('arn:aws:s3::123456789012:my-bucket'),
      errors: [{
        messageId: 'notAllowed', line: 7, column: 38, endLine: 7, endColumn: 50, issueCode: 'ARN_ACCOUNT_NOT_ALLOWED', severity: 2,
        message: 'ARN "arn:aws:s3::123456789012:my-bucket" has account "123456789012", but s3 bucket ARNs have none (arn:${Partition}:s3:::${BucketName}); leave the account field empty.',
      }],
    },
    {
      name: 'an object ARN with an account',
      code: policy(['arn:aws:s3:::logs', 'arn:aws:s3::123456789012:logs/*']),
      errors: [{
        messageId: 'notAllowed', line: 9, column: 30, endColumn: 42, issueCode: 'ARN_ACCOUNT_NOT_ALLOWED',
        message: 'ARN "arn:aws:s3::123456789012:logs/*" has account "123456789012", but s3 bucket and object ARNs have none (arn:${Partition}:s3:::${BucketName}); leave the account field empty.',
      }],
    },
    {
      name: 'SQS queues need an account: points at the "::"',
      code: policy('arn:aws:sqs:us-east-1::jobs', 'sqs:SendMessage'),
      errors: [{
        messageId: 'missing', line: 7, column: 47, endColumn: 49, issueCode: 'MISSING_ARN_ACCOUNT', severity: 2,
        message: 'ARN "arn:aws:sqs:us-east-1::jobs" has no account, but sqs queue ARNs need one (arn:${Partition}:sqs:${Region}:${Account}:${QueueName}); write the 12-digit account ID or "*".',
      }],
    },
    {
      name: "a partner's Security Hub product, and your own AppConfig extension, need an account",
      code: policy(['arn:aws:securityhub:us-east-1::product/crowdstrike/crowdstrike-falcon', 'arn:aws:appconfig:us-west-2::extension/1A2B3C4D/1'], 'securityhub:EnableImportFindingsForProduct'),
      errors: [
        {
          messageId: 'missing', line: 8, column: 47, endColumn: 49, issueCode: 'MISSING_ARN_ACCOUNT',
          message: 'ARN "arn:aws:securityhub:us-east-1::product/crowdstrike/crowdstrike-falcon" has no account, but securityhub product ARNs need one (arn:${Partition}:securityhub:${Region}:${Account}:product/${Company}/${ProductId}); write the 12-digit account ID or "*".',
        },
        {
          messageId: 'missing', line: 9, column: 45, endColumn: 47, issueCode: 'MISSING_ARN_ACCOUNT',
          message: 'ARN "arn:aws:appconfig:us-west-2::extension/1A2B3C4D/1" has no account, but appconfig extension ARNs need one (arn:${Partition}:appconfig:${Region}:${Account}:extension/${ExtensionId}/${ExtensionVersionNumber}); write the 12-digit account ID or "*".',
        },
      ],
    },
    {
      name: 'IAM roles need an account',
      code: policy('arn:aws:iam:::role/deploy', 'iam:GetRole'),
      errors: [{
        messageId: 'missing', line: 7, column: 38, endColumn: 40, issueCode: 'MISSING_ARN_ACCOUNT',
        message: 'ARN "arn:aws:iam:::role/deploy" has no account, but iam role ARNs need one (arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}); write the 12-digit account ID or "*".',
      }],
    },
    {
      name: 'an empty account where the entry may also be an AWS-owned resource with the account "aws"',
      code: policy(['arn:aws:iam:::*', 'arn:aws:iam:::${aws:username}', 'arn:aws:iam:::role*'], 'iam:GetUser'),
      errors: [
        {
          messageId: 'missingOrAws', line: 8, column: 30, endColumn: 32, issueCode: 'MISSING_ARN_ACCOUNT', severity: 2,
          message: 'ARN "arn:aws:iam:::*" has no account, but iam access-report, assumed-role, delegation-request and 12 more ARNs always have one, an account ID or "aws" for resources AWS owns (arn:${Partition}:iam::aws:role-template/${AWSServicePrincipal}/${RoleTemplateName}:${RoleTemplateMajorVersion}); write the 12-digit account ID, "*", or "aws" for a resource AWS owns.',
        },
        // A user name holds no "/": of the IAM formats, only the account's root can be one.
        {
          messageId: 'missing', line: 9, column: 30, endColumn: 32,
          message: 'ARN "arn:aws:iam:::${aws:username}" has no account, but sts root-user ARNs need one (arn:${Partition}:iam::${Account}:root); write the 12-digit account ID or "*".',
        },
        { messageId: 'missingOrAws', line: 10, column: 30, endColumn: 32 },
      ],
    },
    {
      name: 'only AWS-owned resources, outside IAM',
      code: policy('arn:aws:eks:::cluster-access-policy/AmazonEKSAdminPolicy', 'eks:AssociateAccessPolicy'),
      errors: [{
        messageId: 'missingOrAws', line: 7, column: 38, endColumn: 40,
        message: 'ARN "arn:aws:eks:::cluster-access-policy/AmazonEKSAdminPolicy" has no account, but eks access-policy ARNs always have one, an account ID or "aws" for resources AWS owns (arn:${Partition}:eks::aws:cluster-access-policy/${AccessPolicyName}); write the 12-digit account ID, "*", or "aws" for a resource AWS owns.',
      }],
    },
    {
      name: 'in NotResource, with a wildcard that cannot be empty',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:*', NotResource: ['arn:aws:s3::1234*:audit'] }] },
      errors: [{ messageId: 'notAllowed', line: 8, column: 30, endColumn: 35, issueCode: 'ARN_ACCOUNT_NOT_ALLOWED' }],
    },
  ],
});
