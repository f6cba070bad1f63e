import { describe, expect, it } from 'vitest';
import { PolicyDocument } from '../../src/engine/document.js';
import { lintDocument } from '../../src/engine/linter.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import servicePrincipalFormat from '../service-principal-format/service-principal-format.js';
import rule from './service-principal-source.js';

const bucket = (Principal: unknown, Condition?: object, Effect = 'Allow') => ({
  Version: '2012-10-17',
  Statement: [{ Effect, Principal, Action: 's3:PutObject', Resource: 'arn:aws:s3:::logs/*', ...(Condition ? { Condition } : {}) }],
});

new RuleTester().run(rule, {
  valid: [
    { policyType: 'resource', code: bucket({ Service: 'cloudtrail.amazonaws.com' }, { StringEquals: { 'aws:SourceArn': 'arn:aws:cloudtrail:us-east-1:123456789012:trail/main' } }) },
    { name: 'any source key, any case, any operator', policyType: 'resource', code: bucket({ Service: ['logging.s3.amazonaws.com'] }, { 'ForAnyValue:StringEquals': { 'AWS:sourceOrgPaths': ['o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/'] } }) },
    { name: 'a KMS encryption context binds the service to your resources', policyType: 'resource', code: bucket({ Service: 'logs.us-east-1.amazonaws.com' }, { ArnLike: { 'kms:EncryptionContext:aws:logs:arn': 'arn:aws:logs:us-east-1:123456789012:*' } }) },
    { name: 'a Lambda function\'s event source token (an Alexa skill ID) binds the service to one source', policyType: 'resource', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'alexa-appkit.amazon.com' }, Action: 'lambda:InvokeFunction', Resource: 'arn:aws:lambda:us-east-1:123456789012:function:skill', Condition: { StringEquals: { 'lambda:EventSourceToken': 'amzn1.ask.skill.12345678-1234-1234-1234-123456789012' } } }] } },
    { name: 'account principals are not this rule', policyType: 'resource', code: bucket({ AWS: 'arn:aws:iam::123456789012:root' }) },
    { name: 'a Deny', policyType: 'resource', code: bucket({ Service: 'cloudtrail.amazonaws.com' }, undefined, 'Deny') },
    { name: 'trust policies: no source condition required', policyType: 'trust', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }] } },
    { name: 'network keys with a mix of principals', policyType: 'resource', code: bucket({ Service: 'cloudtrail.amazonaws.com', AWS: '123456789012' }, { StringEquals: { 'aws:SourceAccount': '123456789012' }, IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }) },
    { name: 'wildcards are principal-wildcard\'s', policyType: 'resource', code: bucket({ Service: '*' }) },
    { name: 'an S3 bucket\'s ARN with the account that owns it', policyType: 'resource', code: bucket({ Service: 's3.amazonaws.com' }, { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::uploads' }, StringEquals: { 'aws:SourceAccount': '123456789012' } }) },
    { name: 'S3 ARNs with an account (an access point)', policyType: 'resource', code: bucket({ Service: 's3.amazonaws.com' }, { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:us-east-1:123456789012:accesspoint/ap' } }) },
    { name: 'an access point ARN with a Region and any account is no bucket\'s', policyType: 'resource', code: bucket({ Service: 's3.amazonaws.com' }, { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:us-east-1:*:accesspoint/ap' } }) },
    { name: 'an access point ARN with "*" for its Region and account is no bucket\'s either (a bucket name has no "/")', policyType: 'resource', code: bucket({ Service: 's3.amazonaws.com' }, { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:*:*:accesspoint/x' } }) },
    { name: 'a source key the condition does not require, beside one it does', policyType: 'resource', code: bucket({ Service: 'cloudtrail.amazonaws.com' }, { StringEquals: { 'aws:SourceAccount': '123456789012' }, ArnLikeIfExists: { 'aws:SourceArn': 'arn:aws:cloudtrail:us-east-1:123456789012:trail/*' }, Null: { 'aws:SourceArn': 'false' } }) },
    { name: '"…IfExists" and "ForAllValues:" beside a "Null" "false" on the same key: the key is required', policyType: 'resource', code: bucket({ Service: 'cloudtrail.amazonaws.com' }, { ArnLikeIfExists: { 'aws:SourceArn': 'arn:aws:cloudtrail:us-east-1:123456789012:trail/*' }, 'ForAllValues:StringEquals': { 'aws:SourceAccount': '123456789012' }, Null: { 'aws:SourceArn': 'false', 'AWS:SourceAccount': 'false' } }) },
    { name: '"ForAnyValue:" is false without the key: it requires it', policyType: 'resource', code: bucket({ Service: 'logging.s3.amazonaws.com' }, { 'ForAnyValue:StringLike': { 'aws:SourceOrgPaths': 'o-a1b2c3d4e5/r-ab12/*' } }) },
    { name: 'an operator IAM does not know is another rule\'s', policyType: 'resource', code: bucket({ Service: 'cloudtrail.amazonaws.com' }, { StringEqualz: { 'aws:SourceAccount': '123456789012' } }) },
    { name: 'a bucket ARN beside another source ARN', policyType: 'resource', code: bucket({ Service: 's3.amazonaws.com' }, { ArnLike: { 'aws:SourceArn': ['arn:aws:s3:::uploads', 'arn:aws:sns:us-east-1:123456789012:t'] } }) },
  ],
  invalid: [
    {
      name: 'an S3 bucket\'s ARN alone, any case, with wildcards for its empty Region and account',
      policyType: 'resource',
      code: bucket({ Service: 's3.amazonaws.com' }, { ArnLike: { 'AWS:SourceArn': ['arn:aws:s3:::uploads', 'arn:aws:s3:*:*:reports'] } }),
      errors: [{ messageId: 'bucketOnly', line: 13, column: 21, endColumn: 36, severity: 1,
        message: '"AWS:SourceArn" names S3 buckets only, and a bucket ARN has no account: if a bucket is deleted, another account can create one of the same name and have the service act for it here; add "aws:SourceAccount" with the account that owns the buckets.' }],
    },
    {
      name: 'a negated operator restricts no source: a bucket ARN under ArnNotLike is no source condition, nor is StringNotEquals beside a bucket ARN',
      policyType: 'resource',
      code: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: '*', Condition: { ArnNotLike: { 'aws:SourceArn': 'arn:aws:s3:::uploads' } } },
          { Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: '*', Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::uploads' }, StringNotEquals: { 'aws:SourceAccount': '123456789012' } } },
        ],
      },
      errors: [
        { messageId: 'missingSource', line: 7, column: 28, endColumn: 46, issueCode: 'RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL' },
        { messageId: 'bucketOnly', line: 26, column: 21, endColumn: 36 },
      ],
    },
    {
      name: 'a source key the condition does not require: "…IfExists" and "ForAllValues:" are true without the key, "Null" only tests whether it is there',
      policyType: 'resource',
      code: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:PutObject', Resource: '*', Condition: { StringEqualsIfExists: { 'aws:SourceAccount': '123456789012' } } },
          { Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: '*', Condition: { Null: { 'aws:SourceArn': 'false' } } },
          { Effect: 'Allow', Principal: { Service: 'logging.s3.amazonaws.com' }, Action: 's3:PutObject', Resource: '*', Condition: { 'ForAllValues:StringEquals': { 'aws:SourceOrgPaths': ['o-a1b2c3d4e5/r-ab12/'] } } },
        ],
      },
      errors: [
        { messageId: 'sourceNotRequired', line: 7, column: 28, endColumn: 54, severity: 2, issueCode: 'RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL',
          message: 'Service principal "cloudtrail.amazonaws.com" is granted access on "aws:SourceAccount" under "StringEqualsIfExists", which is true for a request without the key, so it does not restrict on whose behalf the service acts (the confused deputy problem); use an operator that requires the key, such as "StringEquals" or "ArnLike".' },
        { messageId: 'sourceNotRequired', line: 20, column: 28, endColumn: 47,
          message: 'Service principal "sns.amazonaws.com" is granted access on "aws:SourceArn" under "Null", which only tests whether the key is present, so it does not restrict on whose behalf the service acts (the confused deputy problem); use an operator that requires the key, such as "StringEquals" or "ArnLike".' },
        { messageId: 'sourceNotRequired', line: 33, column: 28, endColumn: 54 },
      ],
    },
    {
      name: 'a source key that is not required beside a negated one, and a bucket ARN beside a SourceAccount the condition does not require',
      policyType: 'resource',
      code: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: '*', Condition: { StringNotEquals: { 'aws:SourceAccount': '999999999999' }, ArnLikeIfExists: { 'aws:SourceArn': 'arn:aws:s3:::uploads' } } },
          { Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: '*', Condition: { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::uploads' }, StringEqualsIfExists: { 'aws:SourceAccount': '123456789012' } } },
        ],
      },
      errors: [
        { messageId: 'sourceNotRequired', line: 7, column: 28, endColumn: 46 },
        { messageId: 'bucketOnly', line: 29, column: 21, endColumn: 36 },
      ],
    },
    {
      name: 'RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL',
      policyType: 'resource',
      code: bucket({ Service: 'cloudtrail.amazonaws.com' }, { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' } }),
      errors: [{ messageId: 'missingSource', line: 7, column: 28, endColumn: 54, issueCode: 'RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL', severity: 2,
        message: 'Service principal "cloudtrail.amazonaws.com" is granted access without a source condition, so the service can be made to use it on behalf of any account (the confused deputy problem); add "aws:SourceArn", "aws:SourceAccount", "aws:SourceOrgID" or "aws:SourceOrgPaths".' }],
    },
    {
      name: 'one finding per service principal',
      policyType: 'resource',
      code: bucket({ Service: ['delivery.logs.amazonaws.com', 'logging.s3.amazonaws.com'] }),
      errors: [
        { messageId: 'missingSource', line: 8, column: 21, endColumn: 50, issueCode: 'RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL' },
        { messageId: 'missingSource', line: 9, column: 21, endColumn: 47, issueCode: 'RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL' },
      ],
    },
    {
      name: 'RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL, with a source key present',
      policyType: 'resource',
      code: bucket({ Service: 'config.amazonaws.com' }, { StringEquals: { 'aws:SourceAccount': '123456789012', 'aws:SourceVpce': 'vpce-1a2b3c4d' } }),
      errors: [{ messageId: 'networkKey', line: 14, column: 21, endColumn: 37, issueCode: 'RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL', severity: 1,
        message: '"aws:SourceVpce" describes the network the service itself calls from, not whose resource it acts for; to restrict "config.amazonaws.com", use "aws:SourceArn", "aws:SourceAccount", "aws:SourceOrgID" or "aws:SourceOrgPaths" instead.' }],
    },
    {
      name: 'both, in one statement',
      policyType: 'resource',
      code: bucket({ Service: 'ses.amazonaws.com' }, { StringLike: { 'aws:Referer': 'https://example.com/*' } }),
      errors: [
        { messageId: 'missingSource', line: 7, column: 28, issueCode: 'RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL' },
        { messageId: 'networkKey', line: 13, column: 21, issueCode: 'RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL' },
      ],
    },
    {
      name: 'in a trust policy, only the suggestion',
      policyType: 'trust',
      code: { Version: '2012-10-17', Statement: { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole', Condition: { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } } } },
      errors: [{ messageId: 'networkKey', line: 11, column: 17, issueCode: 'RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL' }],
    },
  ],
});

describe('with service-principal-format', () => {
  const lint = (code: object, rules = [rule, servicePrincipalFormat]) => lintDocument(new PolicyDocument('p.json', JSON.stringify(code, null, 4)), {
    policyType: 'resource', rules: rules.map((r) => ({ rule: r, severity: 2 as const })),
  }).map((m) => `${m.line}:${m.column} ${m.ruleId}`);
  const spaced = bucket({ Service: ['sns.amazonaws.com ', 'cloudtrail.amazonaws.com'] });

  it('leaves a principal with whitespace around it to service-principal-format: it names no service', () => {
    expect(lint(spaced)).toEqual(['8:39 service-principal-format', '9:21 service-principal-source']);
  });

  it('still reports the principal when service-principal-format is off', () => {
    expect(lint(spaced, [rule])).toEqual(['8:21 service-principal-source', '9:21 service-principal-source']);
  });
});
