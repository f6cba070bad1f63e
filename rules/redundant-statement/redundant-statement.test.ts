import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import { lint, messagesOf } from '../../test/cloudformation/helpers.js';
import rule from './redundant-statement.js';

const policy = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });
const text = (value: unknown) => JSON.stringify(value, null, 4);

const read = { Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' };
const allS3 = { Sid: 'AllS3', Effect: 'Allow', Action: 's3:*', Resource: '*' };
const tls = { Bool: { 'aws:SecureTransport': 'true' } };

new RuleTester().run(rule, {
  valid: [
    { name: 'one statement (as an object)', code: { Version: '2012-10-17', Statement: read } },
    { name: 'one statement', code: policy(read) },
    { name: 'an Allow and a Deny with the same content', code: policy(read, { ...read, Sid: 'NoRead', Effect: 'Deny' }) },
    { name: 'a wider statement is not covered by a narrower one', code: policy({ ...allS3, Action: 's3:Get*' }, { ...read, Action: 's3:*' }) },
    { name: 'an action outside the other statement', code: policy(allS3, { Effect: 'Allow', Action: ['s3:GetObject', 'ec2:DescribeInstances'], Resource: '*' }) },
    { name: 'a resource outside the other statement', code: policy(
      { Effect: 'Allow', Action: 's3:GetObject', Resource: ['arn:aws:s3:::b/*', 'arn:aws:s3:::c/*'] },
      { Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject'], Resource: 'arn:aws:s3:::b/*' }) },
    { name: 'ARNs are case-sensitive', code: policy(read, { ...read, Sid: 'Upper', Resource: 'arn:aws:s3:::B/*' }) },
    { name: 'a variable in the covering statement covers only itself', code: policy(
      { Effect: 'Allow', Action: 'iam:GetUser', Resource: 'arn:aws:iam::111122223333:user/${aws:username}' },
      { Effect: 'Allow', Action: 'iam:GetUser', Resource: 'arn:aws:iam::111122223333:user/bob' }) },
    { name: 'a conditioned statement does not cover an unconditioned one', code: policy({ ...allS3, Condition: tls }, read) },
    { name: 'different conditions', code: policy({ ...read, Condition: tls }, { ...read, Sid: 'Read2', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }) },
    { name: 'condition values are case-sensitive', code: policy(
      { ...read, Condition: { StringEquals: { 'aws:PrincipalTag/team': 'Blue' } } },
      { ...read, Sid: 'Read2', Condition: { StringEquals: { 'aws:PrincipalTag/team': 'blue' } } }) },
    { name: 'a value as a string and as a boolean', code: policy({ ...read, Condition: { Bool: { 'aws:SecureTransport': true } } }, { ...read, Sid: 'Read2', Condition: tls }) },
    { name: 'more values in the covering condition is not the same condition', code: policy(
      { ...read, Condition: { StringEquals: { 'aws:PrincipalTag/team': ['a', 'b'] } } },
      { ...read, Sid: 'Read2', Condition: { StringEquals: { 'aws:PrincipalTag/team': 'a' } } }) },
    { name: 'Action against NotAction is left alone', code: policy(
      { Effect: 'Allow', NotAction: 'iam:*', Resource: '*' }, { Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }) },
    { name: 'different NotAction sets', code: policy(
      { Effect: 'Deny', NotAction: ['iam:*'], Resource: '*' }, { Effect: 'Deny', NotAction: ['iam:*', 'sts:*'], Resource: '*' }) },
    { name: 'Resource against NotResource', code: policy(
      { Effect: 'Allow', Action: 's3:*', NotResource: 'arn:aws:s3:::secret/*' }, { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }) },
    { name: 'a principal outside the other statement', policyType: 'resource', code: policy(
      { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
      { Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }) },
    { name: 'an element the rule does not know', code: policy(read, { ...read, Sid: 'Read2', Resources: 'x' }) },
    { name: 'a template placeholder is never compared', code: policy(
      { Effect: 'Allow', Action: 's3:GetObject', Resource: '${Fn::Select}' }, { Effect: 'Allow', Action: 's3:GetObject', Resource: '${Fn::Select}' }) },
    { name: 'operator names are compared as written', code: policy(
      { ...read, Condition: tls }, { ...read, Sid: 'Read2', Condition: { bool: { 'aws:SecureTransport': 'true' } } }) },
  ],
  invalid: [
    {
      name: 'a statement covered by a wider one (reported at its Sid)',
      code: policy(allS3, read),
      errors: [{
        messageId: 'redundant', line: 11, column: 20, endColumn: 26, issueCode: 'REDUNDANT_STATEMENT',
        message: 'This statement is redundant: Statement 0 (Sid "AllS3", line 4) already allows everything it allows; remove it.',
        suggestions: [{ messageId: 'remove', output: text(policy(allS3)) }],
      }],
    },
    {
      name: 'the same statement twice: only the later one',
      code: policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }, { Effect: 'Allow', Action: 'S3:getobject', Resource: ['*'] }),
      errors: [{
        messageId: 'redundant', line: 10, column: 13, endLine: 10, endColumn: 21,
        message: 'This statement is redundant: Statement 0 (line 4) already allows everything it allows; remove it.',
        suggestions: [{ messageId: 'remove', output: text(policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })) }],
      }],
    },
    {
      name: 'the same statement twice, only the later with a Sid: the one without is reported, the named one stays',
      code: policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }, read),
      errors: [{
        messageId: 'redundant', line: 5, column: 13, endLine: 5, endColumn: 21,
        message: 'This statement is redundant: Statement 1 (Sid "Read", line 9) already allows everything it allows; remove it.',
        suggestions: [{ messageId: 'remove', output: text(policy(read)) }],
      }],
    },
    {
      name: 'three copies, only the middle one named: it stays, and the others name it',
      code: policy({ ...read, Sid: undefined }, read, { ...read, Sid: undefined }),
      errors: [
        { messageId: 'redundant', line: 5, column: 13, message: 'This statement is redundant: Statement 1 (Sid "Read", line 9) already allows everything it allows; remove it.',
          suggestions: [{ messageId: 'remove', output: text(policy(read, { ...read, Sid: undefined })) }] },
        { messageId: 'redundant', line: 16, column: 13, message: 'This statement is redundant: Statement 1 (Sid "Read", line 9) already allows everything it allows; remove it.',
          suggestions: [{ messageId: 'remove', output: text(policy({ ...read, Sid: undefined }, read)) }] },
      ],
    },
    {
      name: 'an unconditioned Deny covers a conditioned one; Action "*" and Resource "*"',
      code: policy(
        { Sid: 'DenyAll', Effect: 'Deny', Action: '*', Resource: '*' },
        { Sid: 'DenyIam', Effect: 'Deny', Action: ['iam:*', 'sts:AssumeRole'], Resource: 'arn:aws:iam::*:role/*', Condition: tls },
      ),
      errors: [{
        messageId: 'redundant', line: 11, column: 20,
        message: 'This statement is redundant: Statement 0 (Sid "DenyAll", line 4) already denies everything it denies, with no conditions; remove it.',
        suggestions: [{ messageId: 'remove', output: text(policy({ Sid: 'DenyAll', Effect: 'Deny', Action: '*', Resource: '*' })) }],
      }],
    },
    {
      name: 'equal conditions in another order and key case; a variable covered by a wildcard',
      code: policy(
        { Sid: 'A', Effect: 'Allow', Action: 'iam:*', Resource: 'arn:aws:iam::111122223333:user/*',
          Condition: { Bool: { 'aws:SecureTransport': 'true' }, StringEquals: { 'aws:RequestedRegion': ['eu-west-1', 'us-east-1'] } } },
        { Sid: 'B', Effect: 'Allow', Action: 'iam:GetUser', Resource: 'arn:aws:iam::111122223333:user/${aws:username}',
          Condition: { StringEquals: { 'AWS:RequestedRegion': ['us-east-1', 'eu-west-1'] }, Bool: { 'aws:securetransport': 'true' } } },
      ),
      errors: [{
        messageId: 'redundant', line: 22, column: 20,
        message: 'This statement is redundant: Statement 0 (Sid "A", line 4) already allows everything it allows, under the same conditions; remove it.',
        suggestions: [{ messageId: 'remove', output: text(policy(
          { Sid: 'A', Effect: 'Allow', Action: 'iam:*', Resource: 'arn:aws:iam::111122223333:user/*',
            Condition: { Bool: { 'aws:SecureTransport': 'true' }, StringEquals: { 'aws:RequestedRegion': ['eu-west-1', 'us-east-1'] } } })) }],
      }],
    },
    {
      name: 'principals covered, same NotAction set (a resource policy)',
      policyType: 'resource',
      code: policy(
        { Sid: 'Two', Effect: 'Deny', Principal: { AWS: ['arn:aws:iam::111122223333:root', 'arn:aws:iam::444455556666:root'] }, NotAction: ['s3:GetObject', 's3:ListBucket'], Resource: 'arn:aws:s3:::b/*' },
        { Sid: 'One', Effect: 'Deny', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, NotAction: ['s3:ListBucket', 's3:getobject'], Resource: 'arn:aws:s3:::b/*' },
      ),
      errors: [{
        messageId: 'redundant', line: 20, column: 20,
        message: 'This statement is redundant: Statement 0 (Sid "Two", line 4) already denies everything it denies; remove it.',
        suggestions: [{ messageId: 'remove', output: text(policy(
          { Sid: 'Two', Effect: 'Deny', Principal: { AWS: ['arn:aws:iam::111122223333:root', 'arn:aws:iam::444455556666:root'] }, NotAction: ['s3:GetObject', 's3:ListBucket'], Resource: 'arn:aws:s3:::b/*' })) }],
      }],
    },
    {
      name: 'covered entry by entry: one by a pattern of any service, one by a pattern of its own',
      code: policy(
        { Sid: 'Wide', Effect: 'Allow', Action: ['ec2:Describe*', 'S*:Get*'], Resource: '*' },
        { Sid: 'Narrow', Effect: 'Allow', Action: ['s3:GetObject', 'ec2:DescribeInstances'], Resource: '*' },
      ),
      errors: [{
        messageId: 'redundant', line: 14, column: 20,
        message: 'This statement is redundant: Statement 0 (Sid "Wide", line 4) already allows everything it allows; remove it.',
        suggestions: [{ messageId: 'remove', output: text(policy({ Sid: 'Wide', Effect: 'Allow', Action: ['ec2:Describe*', 'S*:Get*'], Resource: '*' })) }],
      }],
    },
    {
      name: 'three copies: the first stays, the others name it',
      code: policy(read, { ...read, Sid: 'Read2' }, { ...read, Sid: 'Read3' }),
      errors: [
        { messageId: 'redundant', line: 11, column: 20, message: 'This statement is redundant: Statement 0 (Sid "Read", line 4) already allows everything it allows; remove it.',
          suggestions: [{ messageId: 'remove', output: text(policy(read, { ...read, Sid: 'Read3' })) }] },
        { messageId: 'redundant', line: 17, column: 20, message: 'This statement is redundant: Statement 0 (Sid "Read", line 4) already allows everything it allows; remove it.',
          suggestions: [{ messageId: 'remove', output: text(policy(read, { ...read, Sid: 'Read2' })) }] },
      ],
    },
  ],
});

describe('redundant-statement in templates', () => {
  const found = (outcome: Awaited<ReturnType<typeof lint>>, file: string) =>
    messagesOf(outcome, file).filter((m) => m.ruleId === 'redundant-statement').map((m) => `${m.line}:${m.column} ${m.message}`);

  it('compares no computed values, but "*" covers them', async () => {
    const template = [
      'Resources:',
      '  Bucket:',
      '    Type: AWS::S3::Bucket',
      '  Policy:',
      '    Type: AWS::IAM::ManagedPolicy',
      '    Properties:',
      '      PolicyDocument:',
      "        Version: '2012-10-17'",
      '        Statement:',
      '          - Sid: A',
      '            Effect: Allow',
      '            Action: s3:GetObject',
      "            Resource: !Select [0, ['arn:aws:s3:::a/*', 'arn:aws:s3:::b/*']]",
      '          - Sid: B',
      '            Effect: Allow',
      '            Action: s3:GetObject',
      "            Resource: !Select [1, ['arn:aws:s3:::a/*', 'arn:aws:s3:::b/*']]",
      '',
    ].join('\n');
    const outcome = await lint({ 'template.yaml': template });
    expect(found(outcome, 'template.yaml')).toEqual([]);
    const wider = template.replace('          - Sid: A', "          - Sid: All\n            Effect: Allow\n            Action: 's3:*'\n            Resource: '*'\n          - Sid: A");
    expect(found(await lint({ 'template.yaml': wider }), 'template.yaml')).toEqual([
      '14:18 This statement is redundant: Statement 0 (Sid "All", line 10) already allows everything it allows; remove it.',
      '18:18 This statement is redundant: Statement 0 (Sid "All", line 10) already allows everything it allows; remove it.',
    ]);
  });

  it('says nothing about a Terraform document with a dynamic statement, which may give it any number of copies', async () => {
    const statement = '  statement {\n    actions   = ["s3:GetObject"]\n    resources = ["arn:aws:s3:::b/*"]\n  }\n';
    const dynamic = '  dynamic "statement" {\n    for_each = var.x\n    content {\n      actions   = ["s3:GetObject"]\n      resources = ["arn:aws:s3:::b/*"]\n    }\n  }\n';
    const tf = (body: string) => `data "aws_iam_policy_document" "d" {\n${body}}\nresource "aws_iam_policy" "p" {\n  policy = data.aws_iam_policy_document.d.json\n}\n`;
    expect(found(await lint({ 'main.tf': tf(statement + statement) }), 'main.tf')).toEqual([
      '6:3 This statement is redundant: Statement 0 (line 2) already allows everything it allows; remove it.',
    ]);
    expect(found(await lint({ 'main.tf': tf(dynamic + statement) }), 'main.tf')).toEqual([]);
  });
});
