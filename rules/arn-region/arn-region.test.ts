import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PARTITIONS } from '../../src/iam/resources.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './arn-region.js';

/** One statement; a single Resource string sits on line 7 with its text from column 26. */
const policy = (resource: string | string[], action = 's3:GetObject') => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: action, Resource: resource }],
});

new RuleTester().run(rule, {
  valid: [
    { code: policy('arn:aws:iam::123456789012:role/deploy') },
    { code: policy('arn:aws:sqs:us-east-1:123456789012:queue') },
    { code: policy(['arn:aws:s3:::my-bucket', 'arn:aws:s3:::my-bucket/*', 'arn:aws:ec2:*::image/*']) },
    { name: 'a wildcard Region may stand for the empty field', code: policy('arn:aws:iam:*:123456789012:role/deploy') },
    { name: 'template placeholders and variables are unknown', code: policy(['arn:aws:sqs:${AWS::Region}:123456789012:q', 'arn:aws:iam:${AWS::Region}:123456789012:role/x']) },
    { name: 'S3 resource types with and without Regions: the resource part "*" fits both', code: policy('arn:aws:s3:us-east-1:123456789012:*') },
    { name: 'an S3 access point has a Region', code: policy('arn:aws:s3:us-west-2:123456789012:accesspoint/reports') },
    { name: 'a service the database does not know is left alone', code: policy('arn:aws:nosuchservice:::thing') },
    { name: 'Regions of other partitions in their partition', code: policy(['arn:aws-cn:sqs:cn-north-1:123456789012:q', 'arn:aws-us-gov:sqs:us-gov-west-1:123456789012:q']) },
    { name: 'a Region with a wildcard is not checked', code: policy('arn:aws:sqs:us-east-?:123456789012:q') },
    { name: 'not an ARN: left to arn-format', code: policy(['arn:aws:iam:us-east-1', 'bucket']) },
    { name: 'NotResource "*" and Resource "*"', code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', NotResource: '*' }] } },
    { name: 'a new Region listed in additionalRegions', code: policy('arn:aws:sqs:us-east-7:123456789012:jobs'), options: { additionalRegions: ['us-east-7'] } },
  ],
  invalid: [
    {
      name: 'IAM is global: a Region is not allowed',
      code: policy('arn:aws:iam:us-east-1:123456789012:role/deploy', 'iam:GetRole'),
      errors: [{
        messageId: 'notAllowed', line: 7, column: 38, endLine: 7, endColumn: 47, issueCode: 'ARN_REGION_NOT_ALLOWED', severity: 2,
        message: 'ARN "arn:aws:iam:us-east-1:123456789012:role/deploy" has Region "us-east-1", but iam role ARNs have none (arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}); leave the Region field empty.',
      }],
    },
    {
      name: 'an S3 bucket has no Region',
      code: policy(['arn:aws:s3:eu-west-1::my-bucket', 'arn:aws:s3:::my-bucket/*']),
      errors: [{
        messageId: 'notAllowed', line: 8, column: 29, endColumn: 38, issueCode: 'ARN_REGION_NOT_ALLOWED',
        message: 'ARN "arn:aws:s3:eu-west-1::my-bucket" has Region "eu-west-1", but s3 bucket ARNs have none (arn:${Partition}:s3:::${BucketName}); leave the Region field empty.',
      }],
    },
    {
      name: 'a Region with an empty account: no S3 format has both (access points have an account, buckets no Region)',
      code: policy('arn:aws:s3:us-east-1::*'),
      errors: [{
        messageId: 'notAllowed', line: 7, column: 37, endLine: 7, endColumn: 46, issueCode: 'ARN_REGION_NOT_ALLOWED',
        message: 'ARN "arn:aws:s3:us-east-1::*" has Region "us-east-1", but s3 bucket and object ARNs have none (arn:${Partition}:s3:::${BucketName}); leave the Region field empty.',
      }],
    },
    {
      name: 'a Region with an empty account where every format needs an account: still judged against them all',
      code: policy('arn:aws:iam:us-east-1::role/deploy'),
      errors: [{
        messageId: 'notAllowed', line: 7, column: 38, endColumn: 47, issueCode: 'ARN_REGION_NOT_ALLOWED',
        message: 'ARN "arn:aws:iam:us-east-1::role/deploy" has Region "us-east-1", but iam role ARNs have none (arn:${Partition}:iam::${Account}:role/${RoleNameWithPath}); leave the Region field empty.',
      }],
    },
    {
      name: 'a wildcard that cannot be empty is still a Region',
      code: policy('arn:aws:iam:us-*:123456789012:user/*'),
      errors: [{ messageId: 'notAllowed', line: 7, column: 38, endColumn: 42, issueCode: 'ARN_REGION_NOT_ALLOWED' }],
    },
    {
      name: 'SQS queues need a Region: points at the "::"',
      code: policy('arn:aws:sqs::123456789012:jobs', 'sqs:SendMessage'),
      errors: [{
        messageId: 'missing', line: 7, column: 37, endColumn: 39, issueCode: 'MISSING_ARN_REGION',
        message: 'ARN "arn:aws:sqs::123456789012:jobs" has no Region, but sqs queue ARNs need one (arn:${Partition}:sqs:${Region}:${Account}:${QueueName}); write a Region code or "*".',
      }],
    },
    {
      name: 'not a Region code',
      code: policy('arn:aws:sqs:us-east:123456789012:jobs'),
      errors: [{
        messageId: 'invalid', line: 7, column: 38, endColumn: 45, issueCode: 'INVALID_ARN_REGION', severity: 2,
        message: '"us-east" in ARN "arn:aws:sqs:us-east:123456789012:jobs" is not an AWS Region code; write one such as "us-east-1", or "*".',
      }],
    },
    {
      name: 'Region codes are lowercase',
      code: policy('arn:aws:dynamodb:US-EAST-1:123456789012:table/orders'),
      errors: [{ messageId: 'invalid', line: 7, column: 43, endColumn: 52, issueCode: 'INVALID_ARN_REGION' }],
    },
    {
      name: 'a Region of another partition',
      code: policy('arn:aws:sqs:cn-north-1:123456789012:jobs'),
      errors: [{
        messageId: 'otherPartition', line: 7, column: 38, endColumn: 48, issueCode: 'INVALID_ARN_REGION',
        message: 'Region "cn-north-1" belongs to partition "aws-cn", not to "aws" of ARN "arn:aws:sqs:cn-north-1:123456789012:jobs", so the ARN matches nothing; use a Region of "aws", or write the ARN in partition "aws-cn".',
      }],
    },
    {
      name: 'shaped like a Region but not listed: a warning only',
      code: policy('arn:aws:sqs:us-east-7:123456789012:jobs'),
      errors: [{
        messageId: 'unlisted', line: 7, column: 38, endColumn: 47, issueCode: 'INVALID_ARN_REGION', severity: 1,
        message: 'Region "us-east-7" in ARN "arn:aws:sqs:us-east-7:123456789012:jobs" is not among the aws Regions policy-lint knows; check the spelling. If AWS opened the Region recently, add it to the additionalRegions option.',
      }],
    },
    {
      name: 'in NotResource too, and in a single-object Statement',
      code: { Version: '2012-10-17', Statement: { Effect: 'Deny', Action: 'iam:*', NotResource: 'arn:aws:iam:eu-west-1:123456789012:role/admin' } },
      errors: [{ messageId: 'notAllowed', line: 6, column: 37, endColumn: 46, issueCode: 'ARN_REGION_NOT_ALLOWED' }],
    },
    {
      name: 'the Region is checked even when the service is unknown',
      code: policy('arn:aws:nosuchservice:moon-1::thing'),
      errors: [{ messageId: 'invalid', line: 7, column: 48, endColumn: 54, issueCode: 'INVALID_ARN_REGION' }],
    },
  ],
});

describe('the Region list of src/iam/resources.ts', () => {
  // The AWS SDK's endpoint data (installed with @aws-sdk/client-accessanalyzer) lists every partition and
  // Region; when it is present, the list used offline must not lag behind it.
  const require = createRequire(import.meta.url);
  let sdkFile: string | undefined;
  try {
    sdkFile = join(dirname(require.resolve('@aws-sdk/core/package.json')), 'dist-es/submodules/client/util-endpoints/lib/aws/partitions.js');
  } catch {
    sdkFile = undefined;
  }
  it.skipIf(!sdkFile || !existsSync(sdkFile))('lists every partition and Region of the AWS SDK', async () => {
    const module = (await import(pathToFileURL(sdkFile!).href)) as { partitionsInfo: { partitions: Array<{ id: string; regions: Record<string, unknown> }> } };
    for (const partition of module.partitionsInfo.partitions) {
      expect(Object.keys(PARTITIONS), 'partition').toContain(partition.id);
      const regions = Object.keys(partition.regions).filter((r) => !r.endsWith('-global'));
      expect([...PARTITIONS[partition.id].regions].sort(), partition.id).toEqual(expect.arrayContaining(regions));
    }
  });
});
