import { RuleTester, policyText } from '../../src/testing/rule-tester.js';
import rule from './resource-policy-size.js';

/** A bucket policy with `count` object ARNs. */
const bucketPolicy = (count: number) => ({
  Version: '2012-10-17',
  Statement: [{
    Sid: 'ReadReports', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 's3:GetObject',
    Resource: Array.from({ length: count }, (_, i) => `arn:aws:s3:::example-reports/team-${String(i).padStart(4, '0')}/*`),
  }],
});
const n = (x: number) => x.toLocaleString('en-US');

const big = bucketPolicy(500); // over 20 KB even without whitespace
const bigMinimal = JSON.stringify(big).length;
const padded = bucketPolicy(380); // 16,507 bytes without whitespace, 23,117 as written
const paddedWritten = policyText(padded).length;

new RuleTester().run(rule, {
  valid: [
    { name: 'no resource type: the quota is unknown', code: big, policyType: 'resource' },
    { code: bucketPolicy(10), policyType: 'resource', options: { resourceType: 'AWS::S3::Bucket' } },
    { name: 'S3: whitespace between tokens is not counted', code: padded, policyType: 'resource', options: { resourceType: 'AWS::S3::Bucket' } },
    { name: 'no documented quota for Multi-Region Access Points', code: big, policyType: 'resource', options: { resourceType: 'AWS::S3::MultiRegionAccessPoint' } },
    {
      name: 'a VPC endpoint counts characters, not bytes: 7,000 three-byte characters fit',
      code: { Version: '2012-10-17', Statement: [{ Sid: 'Notes', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::b/${'€'.repeat(7000)}` }] },
      policyType: 'resource', options: { resourceType: 'AWS::EC2::VPCEndpoint' },
    },
    { name: 'identity policies: policy-size', code: big, options: { resourceType: 'AWS::S3::Bucket' } },
  ],
  invalid: [
    {
      name: 'a bucket policy over 20 KB',
      code: big, policyType: 'resource', options: { resourceType: 'AWS::S3::Bucket' },
      errors: [{
        messageId: 'tooLarge', line: 3, column: 5, endLine: 3, endColumn: 16, issueCode: 'POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA',
        message: `The S3 bucket policy has ${n(bigMinimal)} bytes without the whitespace outside strings, more than the 20,480 bytes allowed; shorten it by merging statements that differ in one element, or by matching with conditions instead of long lists.`,
      }],
    },
    {
      name: 'DynamoDB counts whitespace',
      code: padded, policyType: 'resource', options: { resourceType: 'AWS::DynamoDB::Table' },
      errors: [{
        messageId: 'tooLarge', line: 3, column: 5,
        message: `The DynamoDB table policy has ${n(paddedWritten)} bytes as written, more than the 20,480 bytes allowed; shorten it by merging statements that differ in one element, or by matching with conditions instead of long lists.`,
      }],
    },
    {
      name: 'a VPC endpoint policy: 20,480 characters, whitespace included',
      code: padded, policyType: 'resource', options: { resourceType: 'AWS::EC2::VPCEndpoint' },
      errors: [{
        messageId: 'tooLarge', line: 3, column: 5,
        message: `The VPC endpoint policy has ${n(paddedWritten)} characters as written, more than the 20,480 characters allowed; shorten it by merging statements that differ in one element, or by matching with conditions instead of long lists.`,
      }],
    },
    {
      name: 'a quota from the options, in UTF-8 bytes',
      code: '{"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*", "Condition": {"StringEquals": {"s3:prefix": "résumé"}}}]}',
      policyType: 'resource', options: { resourceType: 'AWS::S3::MultiRegionAccessPoint', maxBytes: 150 },
      errors: [{
        messageId: 'tooLarge', line: 1, column: 27, endColumn: 38,
        message: 'The S3 Multi-Region Access Point policy has 157 bytes without the whitespace outside strings, more than the 150 bytes allowed; shorten it by merging statements that differ in one element, or by matching with conditions instead of long lists.',
      }],
    },
  ],
});
