import { describe, expect, it } from 'vitest';
import { RuleTester, runRule } from '../../src/testing/rule-tester.js';
import { lint, messagesOf } from '../../test/cloudformation/helpers.js';
import rule, { covers, kept, shapeOf, type Shape } from './redundant-statement.js';

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

/**
 * The rule compares a statement only with those filed under keys it shares (coverIndex): the findings must be
 * those of comparing every pair. Random policies from small pools (so that statements often cover others, in
 * buckets of many statements), the same on every run.
 */
describe('redundant-statement finds what comparing every pair finds', () => {
  let state = 20261208;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff) / 2 ** 31;
  const pick = <T>(values: readonly T[]): T => values[Math.floor(next() * values.length)];
  const some = <T>(values: readonly T[]): T[] => Array.from({ length: 1 + Math.floor(next() * 3) }, () => pick(values));
  const ACTIONS = ['s3:GetObject', 's3:getobject', 's3:PutObject', 's3:Get*', 's3:*', '*', 's3:Get?bject', 's*:GetObject', '*:Get*',
    'ec2:DescribeInstances', 'ec2:Describe*', 'iam:${aws:username}'];
  const RESOURCES = ['*', 'arn:aws:s3:::b/*', 'arn:aws:s3:::b/x', 'arn:aws:s3:::b/x/*', 'arn:aws:s3:::b*', 'arn:aws:s3:::*', 'arn:aws:s3:::c/*',
    'arn:aws:s3:::B/*', 'arn:*:s3:::b/*', 'arn:*:s3:::b/x', 'arn:aws:s3:::b?/x', 'arn:aws:s3:::b/*/x*y', 'arn:aws:s3:::b/${aws:username}', 'arn:aws:s3:::${Ref::B}/*',
    'arn:aws:ec2:*:111122223333:instance/*', 'arn:aws:ec2:us-east-1:111122223333:instance/i-1', 'not-an-arn', ''];
  const PRINCIPALS = ['*', { AWS: ['111122223333'] }, { AWS: ['111122223333', '444455556666'] }, { Service: ['s3.amazonaws.com'] }];
  const CONDITIONS = [{ Bool: { 'aws:SecureTransport': ['true'] } }, { Bool: { 'aws:securetransport': ['true'] } },
    { StringEquals: { 'aws:PrincipalTag/team': ['a', 'b'] } }, { StringEquals: { 'aws:PrincipalTag/team': ['b', 'a'] } }];
  const statement = (i: number) => ({
    ...(next() < 0.5 ? { Sid: `S${i}` } : {}),
    Effect: next() < 0.85 ? 'Allow' : 'Deny',
    ...(next() < 0.9 ? { Action: some(ACTIONS) } : { NotAction: pick([['iam:*'], ['iam:*', 'sts:*']]) }),
    ...pick([{ Resource: some(RESOURCES) }, { Resource: some(RESOURCES) }, { Resource: some(RESOURCES) }, { NotResource: some(RESOURCES.slice(1, 4)) }, {}]),
    ...(next() < 0.2 ? { Principal: pick(PRINCIPALS) } : {}),
    ...(next() < 0.2 ? { Condition: pick(CONDITIONS) } : {}),
  });
  /** "i by j" for each redundant statement i, j the statement named, by comparing every pair as the rule did before its index. */
  function everyPair(statements: ReadonlyArray<Record<string, unknown>>): string[] {
    const shapes = statements.map((s, i) => shapeOf(s as Parameters<typeof shapeOf>[0], i));
    const coveredBy = shapes.map((s) => (s ? shapes.filter((t): t is Shape => t !== undefined && t !== s && covers(t, s) && (kept(t, s) || !covers(s, t))) : []));
    const redundant = new Set(coveredBy.flatMap((by, i) => (by.length > 0 ? [i] : [])));
    return coveredBy.flatMap((by, i) => (by.length > 0 ? [`${i} by ${(by.find((t) => !redundant.has(t.index)) ?? by[0]).index}`] : []));
  }

  it('on 100 random policies of 2 to 120 statements', () => {
    let findings = 0;
    for (let n = 0; n < 100; n++) {
      const statements = Array.from({ length: 2 + Math.floor(next() * 119) }, (_, i) => statement(i));
      // One statement a line (line i + 2), as the arrays and objects a policy normalises to.
      const text = `{"Version": "2012-10-17", "Statement": [\n${statements.map((s) => JSON.stringify(s)).join(',\n')}\n]}\n`;
      const found = runRule(rule, text).map((m) => `${m.line - 2} by ${/Statement (\d+)/.exec(m.message)![1]}`);
      expect(found, text).toEqual(everyPair(statements));
      findings += found.length;
    }
    expect(findings).toBeGreaterThan(1000);
  });
});
