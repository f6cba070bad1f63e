import { describe, expect, it } from 'vitest';
import { PolicyDocument } from '../../src/engine/document.js';
import { lintDocument } from '../../src/engine/linter.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import arnPlaceholder from '../arn-placeholder/arn-placeholder.js';
import rule from './arn-format.js';

const allow = (Resource: unknown) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource }],
});

new RuleTester().run(rule, {
  valid: [
    { code: allow('*') },
    { code: allow(['arn:aws:s3:::my-bucket', 'arn:aws:s3:::my-bucket/*']) },
    { name: 'AWS-owned account alias', code: allow('arn:aws:iam::aws:policy/ReadOnlyAccess') },
    { name: "Network Firewall's AWS managed rule groups have the account aws-managed", code: allow(['arn:aws:network-firewall:us-east-1:aws-managed:stateful-rulegroup/ThreatSignaturesBotnetStrictOrder', 'arn:aws:network-firewall:*:aws-*:stateful-rulegroup/*']) },
    { name: 'wildcards and variables in the account', code: allow(['arn:aws:iam::*:role/x', 'arn:aws:iam::12345678901?:role/x', 'arn:aws:iam::${aws:PrincipalAccount}:role/x']) },
    { name: 'wildcard accounts that fit 12 digits, "aws" or an empty account, in any service', code: allow([
      'arn:aws:iam::1234*:user/a', 'arn:aws:iam::*1234*:user/a', 'arn:aws:iam::a*:policy/ReadOnlyAccess', 'arn:aws:iam::?ws:policy/x',
      'arn:aws:sqs:*:12345678901?:q', 'arn:aws:ec2:*:*:instance/*', 'arn:aws:s3:*:*:my-bucket', 'arn:aws:iam::*${aws:PrincipalAccount}:role/x']) },
    { name: 'CloudFormation placeholders are one field each', code: allow(['arn:${AWS::Partition}:s3:::my-bucket/*', 'arn:${AWS::Partition}:iam::${AWS::AccountId}:user/x']) },
    { name: 'empty account and region', code: allow('arn:aws:ec2:us-east-1::image/ami-*') },
    { name: 'colons inside the resource part', code: allow('arn:aws:logs:us-east-1:123456789012:log-group:/aws/lambda/x:*') },
    { name: 'a variable in the service', code: allow('arn:aws:${Service}:::x') },
    { name: 'a Serverless placeholder may stand for several fields', code: allow('arn:aws:${self:custom.serviceAndRegion}:123456789012:table/orders') },
    { name: 'NotResource is checked the same way', code: { Version: '2012-10-17', Statement: { Effect: 'Deny', Action: '*', NotResource: 'arn:aws-cn:s3:::b' } } },
    { name: 'non-string entries are left to the schema rule', code: allow([42]) },
    { name: 'API Gateway shorthand in an API resource policy', policyType: 'resource', code: {
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' },
        { Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: ['execute-api:/prod/POST/orders', 'execute-api:/*/GET/*'],
          Condition: { NotIpAddress: { 'aws:SourceIp': '198.51.100.0/24' } } },
      ] } },
  ],
  invalid: [
    {
      name: 'the API Gateway shorthand is no ARN outside a resource policy',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' }] },
      errors: [{ messageId: 'invalidPrefix', line: 7, column: 25, issueCode: 'INVALID_ARN_PREFIX' }],
    },
    {
      name: 'aws-managed is an account only in Network Firewall',
      code: allow('arn:aws:iam::aws-managed:role/x'),
      errors: [{ messageId: 'invalidAccount', line: 7, column: 39, endColumn: 50, issueCode: 'INVALID_ARN_ACCOUNT',
        message: 'Account "aws-managed" in ARN "arn:aws:iam::aws-managed:role/x" is not an account ID; use 12 digits, "*", or leave it empty where the service has none.' }],
    },
    {
      name: 'aws-managed is the account of Network Firewall\'s managed rule groups only: a firewall or a policy is yours',
      code: allow('arn:aws:network-firewall:us-east-1:aws-managed:firewall/x'),
      errors: [{ messageId: 'invalidAccount', line: 7, column: 61, endColumn: 72, issueCode: 'INVALID_ARN_ACCOUNT' }],
    },
    {
      name: 'no arn: prefix',
      code: allow('s3:::my-bucket'),
      errors: [{ messageId: 'invalidPrefix', line: 7, column: 25, endColumn: 41, issueCode: 'INVALID_ARN_PREFIX', severity: 2,
        message: '"s3:::my-bucket" is not an ARN: a resource is "*" or starts with "arn:".' }],
    },
    {
      name: 'upper-case prefix points at the prefix',
      code: allow(['ARN:aws:s3:::b']),
      errors: [{ messageId: 'uppercasePrefix', line: 8, column: 18, endColumn: 22, issueCode: 'INVALID_ARN_PREFIX',
        message: '"ARN:aws:s3:::b" starts with "ARN:"; the ARN prefix is lowercase "arn:".' }],
    },
    {
      name: 'too few fields',
      code: allow(['arn:aws:s3:my-bucket']),
      errors: [{ messageId: 'missingField', line: 8, column: 17, endColumn: 39, issueCode: 'MISSING_ARN_FIELD',
        message: 'ARN "arn:aws:s3:my-bucket" has 4 of its 6 fields; write arn:partition:service:region:account-id:resource, keeping the colons of empty fields (e.g. "arn:aws:s3:::my-bucket").' }],
    },
    {
      name: 'a colon missing before a policy variable, whose own colon made up the count',
      code: allow('arn:aws:s3::${aws:PrincipalTag/bucket}/*'),
      errors: [{ messageId: 'missingField', line: 7, column: 25, endColumn: 67, issueCode: 'MISSING_ARN_FIELD',
        message: 'ARN "arn:aws:s3::${aws:PrincipalTag/bucket}/*" has 5 of its 6 fields; write arn:partition:service:region:account-id:resource, keeping the colons of empty fields (e.g. "arn:aws:s3:::my-bucket").' }],
    },
    {
      name: 'a colon missing in a template ARN with ${AWS::Partition}',
      code: allow('arn:${AWS::Partition}:s3::my-bucket'),
      errors: [{ messageId: 'missingField', line: 7, column: 25, endColumn: 62, issueCode: 'MISSING_ARN_FIELD' }],
    },
    {
      name: 'account field of the wrong length points at the account',
      code: allow('arn:aws:iam::12345:role/deploy'),
      errors: [{ messageId: 'invalidAccount', line: 7, column: 39, endColumn: 44, issueCode: 'INVALID_ARN_ACCOUNT',
        message: 'Account "12345" in ARN "arn:aws:iam::12345:role/deploy" is not an account ID; use 12 digits, "*", or leave it empty where the service has none.' }],
    },
    {
      name: 'an account alias is not an account ID',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', NotResource: ['arn:aws:iam::prod:role/x'] }] },
      errors: [{ messageId: 'invalidAccount', line: 8, column: 31, endColumn: 35, issueCode: 'INVALID_ARN_ACCOUNT' }],
    },
    {
      name: 'wildcard accounts that match no account ID, in a NotResource, point at the account',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', NotResource: [
        'arn:aws:iam::ACCOUNT*:user/${aws:username}', 'arn:aws:iam::1234567890123*:user/x', 'arn:aws:iam::12345?:user/x'] }] },
      errors: [
        { messageId: 'accountPattern', line: 8, column: 31, endColumn: 39, issueCode: 'INVALID_ARN_ACCOUNT', severity: 2,
          message: 'Account pattern "ACCOUNT*" in ARN "arn:aws:iam::ACCOUNT*:user/${aws:username}" matches no account ID (12 digits), so the entry matches nothing; write the account ID or "*".' },
        { messageId: 'accountPattern', line: 9, column: 31, endColumn: 45 },
        { messageId: 'accountPattern', line: 10, column: 31, endColumn: 37 },
      ],
    },
    {
      name: 'wildcard accounts in other services, and after a CloudFormation partition',
      code: allow(['arn:aws:sqs:*:ACCOUNT*:queue', 'arn:${AWS::Partition}:iam::ACCOUNT*:user/x', 'arn:aws:s3:::?']),
      errors: [
        { messageId: 'accountPattern', line: 8, column: 32, endColumn: 40, issueCode: 'INVALID_ARN_ACCOUNT' },
        { messageId: 'accountPattern', line: 9, column: 45, endColumn: 53 },
      ],
    },
    {
      name: 'upper-case service points at the service, with a suggestion',
      code: allow('arn:aws:S3:::my-bucket'),
      errors: [{
        messageId: 'serviceCase', line: 7, column: 34, endColumn: 36, issueCode: 'INVALID_ARN_SERVICE_CASE',
        message: 'Service "S3" in ARN "arn:aws:S3:::my-bucket" must be lowercase: "s3".',
        suggestions: [{ messageId: 'lowercaseService', output: JSON.stringify(allow('arn:aws:s3:::my-bucket'), null, 4) }],
      }],
      output: null,
    },
    {
      name: 'service case and account in one ARN',
      code: allow(['arn:aws:IAM::1234:role/x']),
      errors: [
        { messageId: 'serviceCase', line: 8, column: 26, endColumn: 29, suggestions: [{ messageId: 'lowercaseService', output: JSON.stringify(allow(['arn:aws:iam::1234:role/x']), null, 4) }] },
        { messageId: 'invalidAccount', line: 8, column: 31, endColumn: 35 },
      ],
    },
    {
      name: 'a trailing space (AWS Lambda guide): IAM compares the ARN literally, so the entry matches nothing',
      code: allow(['arn:aws:dynamodb:*:*:table/SampleTable/stream/* ']),
      errors: [{ messageId: 'whitespace', line: 8, column: 65, endColumn: 66, issueCode: undefined,
        message: '"arn:aws:dynamodb:*:*:table/SampleTable/stream/* " ends with whitespace: IAM matches the entry as written, so it matches no resource; remove the whitespace.',
        suggestions: [{ messageId: 'trim', output: JSON.stringify(allow(['arn:aws:dynamodb:*:*:table/SampleTable/stream/*']), null, 4) }] }],
    },
    {
      name: 'leading whitespace in a NotResource: the prefix Access Analyzer reports, said precisely',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:*', NotResource: ['  arn:aws:s3:::b/*', 'arn:aws:s3:::c\t'] }] },
      errors: [
        { messageId: 'whitespace', line: 8, column: 18, endColumn: 20, issueCode: 'INVALID_ARN_PREFIX',
          message: '"  arn:aws:s3:::b/*" starts with whitespace: IAM matches the entry as written, so it matches no resource; remove the whitespace.',
          suggestions: [{ messageId: 'trim', output: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:*', NotResource: ['arn:aws:s3:::b/*', 'arn:aws:s3:::c\t'] }] }, null, 4) }] },
        { messageId: 'whitespace', line: 9, column: 32, endColumn: 34 },
      ],
    },
    {
      name: 'whitespace at both ends points at the entry; "* " is no "*"',
      code: allow([' arn:aws:s3:::b ', '* ']),
      errors: [
        { messageId: 'whitespace', line: 8, column: 17, endColumn: 35, message: '" arn:aws:s3:::b " starts and ends with whitespace: IAM matches the entry as written, so it matches no resource; remove the whitespace.' },
        { messageId: 'whitespace', line: 9, column: 19, endColumn: 20, suggestions: [{ messageId: 'trim', output: JSON.stringify(allow([' arn:aws:s3:::b ', '*']), null, 4) }] },
      ],
    },
    {
      name: 'an empty string is not an ARN',
      code: allow(['arn:aws:s3:::ok', '']),
      errors: [{ messageId: 'invalidPrefix', line: 9, column: 17, endColumn: 19 }],
    },
  ],
});

describe('an entry that is nothing but a placeholder, or starts with one', () => {
  const lint = (rules: Array<typeof rule>) => lintDocument(new PolicyDocument('p.json', JSON.stringify(allow(['<role-arn>', '{bucket-arn}', '<bucket-arn>/*']), null, 4)), {
    policyType: 'identity', rules: rules.map((r) => ({ rule: r, severity: 2 as const })),
  }).map((m) => `${m.line}:${m.column}-${m.endColumn} ${m.ruleId} ${m.messageId}`);

  it('is arn-placeholder\'s one finding', () => {
    expect(lint([rule, arnPlaceholder])).toEqual(['8:17-29 arn-placeholder wholeValue', '9:17-31 arn-placeholder wholeValue', '10:18-30 arn-placeholder leadingPlaceholder']);
  });

  it('is still not an ARN when arn-placeholder is off', () => {
    expect(lint([rule])).toEqual(['8:17-29 arn-format invalidPrefix', '9:17-31 arn-format invalidPrefix', '10:17-33 arn-format invalidPrefix']);
  });
});
