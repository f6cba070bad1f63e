/**
 * `--access-analyzer` for the policies embedded in CloudFormation templates, Terraform files and plans: one request
 * per policy with its generated JSON, the right policy type and resource type, AWS's positions mapped back to
 * the file's exact characters, findings on placeholders dropped. The real SDK client against the local fake
 * ValidatePolicy server (AWS_ENDPOINT_URL_ACCESSANALYZER); no test reaches the network.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { run, type RunOptions } from '../../src/run.js';
import type { LintMessage } from '../../src/engine/types.js';
import { errorReply, fakeAwsEnv, findingAt, noFindings, startFakeAccessAnalyzer, type AwsFinding, type FakeAccessAnalyzer, type FakeRequest } from './fake-server.js';

let server: FakeAccessAnalyzer;
let dir: string;

beforeAll(async () => {
  server = await startFakeAccessAnalyzer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.requests.length = 0;
  server.setHandler(noFindings);
  dir = mkdtempSync(join(tmpdir(), 'policy-lint-aa-embedded-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function lint(files: Record<string, string>, extra: Partial<NonNullable<RunOptions['accessAnalyzer']>> = {}) {
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const env = { ...process.env, ...fakeAwsEnv(server.url) } as NodeJS.ProcessEnv;
  return run({
    cwd: dir, paths: Object.keys(files), cli: {},
    accessAnalyzer: { mode: 'required', env, cacheLocation: join(dir, 'cache'), ...extra },
  });
}

/** The 1-based range of the `occurrence`-th `needle` in `text`, as a message carries it. */
function at(text: string, needle: string, occurrence = 0) {
  let index = -1;
  for (let n = 0; n <= occurrence; n++) index = text.indexOf(needle, index + 1);
  if (index < 0) throw new Error(`${needle} not found`);
  const pos = (offset: number) => {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length, column: before[before.length - 1].length + 1 };
  };
  const start = pos(index);
  const end = pos(index + needle.length);
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** The policy type and resource type of each request, sorted (requests run concurrently). */
const sent = () => server.requests.map((r) => [r.body!.policyType, r.body!.validatePolicyResourceType]).sort((a, b) => `${a}`.localeCompare(`${b}`));
const online = (messages: LintMessage[]) => messages.filter((m) => m.sources?.includes('access-analyzer'));
const pick = (m: LintMessage) => ({ ruleId: m.ruleId, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn });

/** A handler answering each policy with the findings `make` gives for its text (needles that are absent give none). */
function answer(make: (text: string, request: FakeRequest) => AwsFinding[]) {
  server.setHandler((request) => ({ body: { findings: make(request.body!.policyDocument, request) } }));
}
function finding(text: string, needle: string, issueCode: string, extra: { findingDetails?: string; path?: AwsFinding['locations'][number]['path'] } = {}): AwsFinding[] {
  return text.includes(needle) ? [findingAt(text, needle, { issueCode, findingType: 'WARNING', ...extra })] : [];
}

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  BucketPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              AWS: !Sub 'arn:\${AWS::Partition}:iam::111122223333:root'
            Action: s3:GetObject
            Resource: !Sub '\${Bucket.Arn}/*'
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              Service: ec2.amazonaws.com
            Action: sts:AssumeRole
      Policies:
        - PolicyName: inline
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: ec2:DescribeInstances
                Resource: '*'
`;

describe('CloudFormation templates', () => {
  it('sends each policy with its policy type and resource type, and maps findings to the exact YAML token', async () => {
    answer((text) => [
      ...finding(text, '"s3:GetObject"', 'EXAMPLE_ACTION', { path: [{ value: 'Statement' }, { index: 0 }, { value: 'Action' }] }),
      ...finding(text, '"ec2.amazonaws.com"', 'EXAMPLE_SERVICE'),
      ...finding(text, '"ec2:DescribeInstances"', 'EXAMPLE_IDENTITY'),
    ]);
    const outcome = await lint({ 'template.yaml': TEMPLATE });
    expect(outcome.toolErrors).toEqual([]);
    expect(outcome.toolWarnings).toEqual([]);
    expect(sent()).toEqual([
      ['IDENTITY_POLICY', undefined],
      ['RESOURCE_POLICY', 'AWS::IAM::AssumeRolePolicyDocument'],
      ['RESOURCE_POLICY', 'AWS::S3::Bucket'],
    ]);
    // The generated JSON of the policy, placeholders and all.
    const bucket = server.requests.find((r) => r.body!.validatePolicyResourceType === 'AWS::S3::Bucket')!;
    expect(JSON.parse(bucket.body!.policyDocument)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:${AWS::Partition}:iam::111122223333:root' }, Action: 's3:GetObject', Resource: '${Ref::Bucket.Arn}/*' }],
    });
    const [result] = outcome.results;
    expect(online(result.messages).map(pick)).toEqual([
      { ruleId: 'access-analyzer/EXAMPLE_ACTION', ...at(TEMPLATE, 's3:GetObject') },
      { ruleId: 'access-analyzer/EXAMPLE_SERVICE', ...at(TEMPLATE, 'ec2.amazonaws.com') },
      { ruleId: 'access-analyzer/EXAMPLE_IDENTITY', ...at(TEMPLATE, 'ec2:DescribeInstances') },
    ]);
    const action = online(result.messages)[0];
    expect(action.path).toEqual(['Resources', 'BucketPolicy', 'Properties', 'PolicyDocument', 'Statement', 0, 'Action']);
  });

  it('drops findings on placeholders, quoting one, or about variables where a placeholder is near; keeps the others', async () => {
    answer((text) => !text.includes('${') ? [
      // The policies without placeholders: every finding kept, about variables too.
      ...finding(text, '"2012-10-17"', 'EXAMPLE_VERSION', { path: [{ value: 'Version' }] }),
      ...finding(text, '"Version"', 'VARIABLE_UNSUPPORTED_IN_VERSION', { path: [{ value: 'Version' }] }),
    ] : [
      // On a placeholder's characters: the template does not say what the value will be.
      ...finding(text, '"${Ref::Bucket.Arn}/*"', 'INVALID_ARN_RESOURCE'),
      ...finding(text, '${AWS::Partition}', 'INVALID_PARTITION'),
      // Elsewhere, but quoting a placeholder.
      ...finding(text, '"s3:GetObject"', 'QUOTES_IT', { findingDetails: 'The action does not apply to ${Ref::Bucket.Arn}/*.' }),
      // About variables (AWS reads placeholders as policy variables), in a statement that holds placeholders.
      ...finding(text, '"Allow"', 'VARIABLE_UNSUPPORTED_IN_ELEMENT', { path: [{ value: 'Statement' }, { index: 0 }, { value: 'Effect' }] }),
      ...finding(text, '"Version"', 'VARIABLE_UNSUPPORTED_IN_VERSION', { path: [{ value: 'Version' }] }),
      // Kept: on literal text, not quoting a placeholder, not about variables.
      ...finding(text, '"2012-10-17"', 'EXAMPLE_VERSION', { path: [{ value: 'Version' }] }),
      // Kept: about the whole policy (its span holds the placeholders), or without a location: on the policy's key.
      ...finding(text, text, 'EXAMPLE_WHOLE'),
      { findingDetails: 'No location.', findingType: 'SUGGESTION', issueCode: 'EXAMPLE_NOWHERE', learnMoreLink: 'https://example.com/', locations: [] },
    ]);
    const outcome = await lint({ 'template.yaml': TEMPLATE });
    expect(outcome.toolErrors).toEqual([]);
    expect(online(outcome.results[0].messages).map(pick)).toEqual([
      { ruleId: 'access-analyzer/EXAMPLE_NOWHERE', ...at(TEMPLATE, 'PolicyDocument') },
      { ruleId: 'access-analyzer/EXAMPLE_WHOLE', ...at(TEMPLATE, 'PolicyDocument') },
      { ruleId: 'access-analyzer/EXAMPLE_VERSION', ...at(TEMPLATE, "'2012-10-17'", 0) },
      { ruleId: 'access-analyzer/VARIABLE_UNSUPPORTED_IN_VERSION', ...at(TEMPLATE, 'Version', 2) },
      { ruleId: 'access-analyzer/EXAMPLE_VERSION', ...at(TEMPLATE, "'2012-10-17'", 1) },
      { ruleId: 'access-analyzer/VARIABLE_UNSUPPORTED_IN_VERSION', ...at(TEMPLATE, 'Version', 3) },
      { ruleId: 'access-analyzer/EXAMPLE_VERSION', ...at(TEMPLATE, "'2012-10-17'", 2) },
    ]);
  });

  it('folds a finding that an offline rule also reports into one message, as for JSON files', async () => {
    const template = TEMPLATE.replace('          - Effect: Allow\n            Principal:\n              AWS', "          - Sid: ''\n            Effect: Allow\n            Principal:\n              AWS");
    answer((text) => finding(text, '""', 'EMPTY_SID_VALUE', { path: [{ value: 'Statement' }, { index: 0 }, { value: 'Sid' }] }));
    const outcome = await lint({ 'template.yaml': template });
    const sid = outcome.results[0].messages.filter((m) => m.issueCode === 'EMPTY_SID_VALUE');
    expect(sid.map((m) => ({ ...pick(m), sources: m.sources }))).toEqual([
      { ruleId: expect.not.stringMatching(/^access-analyzer/), ...at(template, "''"), sources: ['policy-lint', 'access-analyzer'] },
    ]);
  });

  it('maps findings in a JSON template (policy text copied as it is) to the exact token', async () => {
    const template = `{
  "Resources": {
    "Policy": {
      "Type": "AWS::IAM::ManagedPolicy",
      "Properties": {
        "PolicyDocument": {
          "Version": "2012-10-17",
          "Statement": [
            { "Effect": "Allow", "Action": "iam:PassRole", "Resource": { "Fn::GetAtt": ["Role", "Arn"] } },
            { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" }
          ]
        }
      }
    }
  }
}
`;
    answer((text) => [
      ...finding(text, '"iam:PassRole"', 'EXAMPLE_PASS_ROLE', { path: [{ value: 'Statement' }, { index: 0 }, { value: 'Action' }] }),
      ...finding(text, '"${GetAtt::Role.Arn}"', 'ON_PLACEHOLDER'),
      ...finding(text, '"*"', 'EXAMPLE_STAR', { path: [{ value: 'Statement' }, { index: 1 }, { value: 'Resource' }] }),
    ]);
    const outcome = await lint({ 'template.json': template });
    expect(server.requests).toHaveLength(1);
    expect(online(outcome.results[0].messages).map(pick)).toEqual([
      { ruleId: 'access-analyzer/EXAMPLE_PASS_ROLE', ...at(template, '"iam:PassRole"') },
      { ruleId: 'access-analyzer/EXAMPLE_STAR', ...at(template, '"*"') },
    ]);
  });

  it('sends every Fn::If variant, a finding they share kept once', async () => {
    const template = `Conditions:
  Prod: !Equals [!Ref Env, prod]
Parameters:
  Env:
    Type: String
Resources:
  Policy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: !If [Prod, 's3:GetObject', 's3:*']
            Resource: '*'
`;
    answer((text) => [
      ...finding(text, '"*"', 'SHARED'),
      ...finding(text, '"s3:*"', 'ONLY_SECOND'),
    ]);
    const outcome = await lint({ 'template.yaml': template });
    expect(server.requests.map((r) => JSON.parse(r.body!.policyDocument).Statement[0].Action).sort()).toEqual(['s3:*', 's3:GetObject']);
    expect(online(outcome.results[0].messages).map(pick)).toEqual([
      { ruleId: 'access-analyzer/ONLY_SECOND', ...at(template, "'s3:*'") },
      { ruleId: 'access-analyzer/SHARED', ...at(template, "'*'") },
    ]);
  });

  it('a finding of a deployment without an If statement has the path of its statement\'s place in the template', async () => {
    const template = `Conditions:
  Prod: !Equals [!Ref Env, prod]
Parameters:
  Env:
    Type: String
Resources:
  Policy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - !If [Prod, {Effect: Allow, Action: 's3:GetObject', Resource: '*'}, !Ref AWS::NoValue]
          - Effect: Allow
            Action: 's3:ListBucket'
            Resource: '*'
`;
    // Only the deployment without the first statement, where the second is Statement 0, has the finding.
    answer((text) => JSON.parse(text).Statement.length === 1
      ? finding(text, '"s3:ListBucket"', 'ONLY_ALONE', { path: [{ value: 'Statement' }, { index: 0 }, { value: 'Action' }] })
      : []);
    const [result] = (await lint({ 'template.yaml': template })).results;
    expect(online(result.messages).map((m) => ({ ...pick(m), path: m.path }))).toEqual([
      { ruleId: 'access-analyzer/ONLY_ALONE', ...at(template, "'s3:ListBucket'"), path: ['Resources', 'Policy', 'Properties', 'PolicyDocument', 'Statement', 1, 'Action'] },
    ]);
  });

  it('maps Organizations policies to SERVICE_CONTROL_POLICY and RESOURCE_CONTROL_POLICY', async () => {
    const org = (type: string) => `{"Resources": {"P": {"Type": "AWS::Organizations::Policy", "Properties": {"Name": "p", "Type": "${type}", "Content": {"Version": "2012-10-17", "Statement": [{"Effect": "Deny", "Principal": "*", "Action": "s3:*", "Resource": "*"}]}}}}}\n`;
    await lint({ 'scp.json': org('SERVICE_CONTROL_POLICY'), 'rcp.json': org('RESOURCE_CONTROL_POLICY') });
    expect(server.requests.map((r) => r.body!.policyType).sort()).toEqual(['RESOURCE_CONTROL_POLICY', 'SERVICE_CONTROL_POLICY']);
  });

  it('caches per policy text: a second run sends nothing and reports the same', async () => {
    answer((text) => finding(text, '"s3:GetObject"', 'EXAMPLE_ACTION'));
    const first = await lint({ 'template.yaml': TEMPLATE });
    expect(server.requests).toHaveLength(3);
    const second = await lint({ 'template.yaml': TEMPLATE });
    expect(server.requests).toHaveLength(3);
    expect(online(second.results[0].messages)).toEqual(online(first.results[0].messages));
    expect(online(second.results[0].messages)).toHaveLength(1);
    // The same policy in another template is answered from the cache too (one more request for a new policy).
    const other = TEMPLATE.replace('ec2:DescribeInstances', 'ec2:DescribeVolumes');
    await lint({ 'other.yaml': other });
    expect(server.requests).toHaveLength(4);
  });

  it('a failure names the file once, however many of its policies were not validated', async () => {
    server.setHandler(() => errorReply(400, 'ValidationException', 'Bad policy', { reason: 'other' }));
    const outcome = await lint({ 'template.yaml': TEMPLATE });
    expect(outcome.toolErrors).toHaveLength(1);
    expect(outcome.toolErrors[0]).toMatch(/^Access Analyzer: template\.yaml: /);
    expect(outcome.toolErrors[0]).not.toMatch(/files not validated/);
  });
});

const TF = `resource "aws_s3_bucket" "b" {
  bucket = "example"
}

resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { AWS = "arn:aws:iam::111122223333:root" }
      Action    = "s3:GetObject"
      Resource  = "\${aws_s3_bucket.b.arn}/*"
    }]
  })
}

resource "aws_iam_policy" "p" {
  policy = <<EOF
{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": "ec2:DescribeInstances",
      "Resource": "*"
    }
  ]
}
EOF
}

resource "aws_organizations_policy" "rcp" {
  type    = "RESOURCE_CONTROL_POLICY"
  content = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Deny", Principal = "*", Action = "s3:*", Resource = "*" }]
  })
}
`;

describe('Terraform files', () => {
  it('sends each policy with its types and maps findings to the exact .tf token, dropping those on interpolations', async () => {
    answer((text) => [
      ...finding(text, '"s3:GetObject"', 'EXAMPLE_ACTION'),
      ...finding(text, '"ec2:DescribeInstances"', 'EXAMPLE_HEREDOC'),
      ...finding(text, '"s3:*"', 'EXAMPLE_RCP'),
      ...finding(text, '"arn:aws:iam::111122223333:root"', 'EXAMPLE_PRINCIPAL'),
      ...(text.includes('${TF::') ? finding(text, '"${TF::aws_s3_bucket.b.arn}/*"', 'ON_INTERPOLATION') : []),
    ]);
    const outcome = await lint({ 'main.tf': TF });
    expect(outcome.toolErrors).toEqual([]);
    expect(outcome.toolWarnings).toEqual([]);
    expect(sent()).toEqual([
      ['IDENTITY_POLICY', undefined],
      ['RESOURCE_CONTROL_POLICY', undefined],
      ['RESOURCE_POLICY', 'AWS::S3::Bucket'],
    ]);
    expect(server.requests.find((r) => r.body!.policyType === 'RESOURCE_POLICY')!.body!.policyDocument).toContain('"${TF::aws_s3_bucket.b.arn}/*"');
    expect(online(outcome.results[0].messages).map(pick)).toEqual([
      { ruleId: 'access-analyzer/EXAMPLE_PRINCIPAL', ...at(TF, '"arn:aws:iam::111122223333:root"') },
      { ruleId: 'access-analyzer/EXAMPLE_ACTION', ...at(TF, '"s3:GetObject"') },
      { ruleId: 'access-analyzer/EXAMPLE_HEREDOC', ...at(TF, '"ec2:DescribeInstances"') },
      { ruleId: 'access-analyzer/EXAMPLE_RCP', ...at(TF, '"s3:*"') },
    ]);
  });

  it('sends a document only merged into another with it, not on its own: a finding on its statement has its path', async () => {
    const merged = `data "aws_iam_policy_document" "base" {
  statement {
    sid       = "Read"
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }
  statement {
    sid       = "Logs"
    actions   = ["logs:PutLogEvents"]
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "app" {
  source_policy_documents = [data.aws_iam_policy_document.base.json]
  statement {
    sid       = "Read"
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::b/*"]
  }
}

resource "aws_iam_policy" "app" {
  policy = data.aws_iam_policy_document.app.json
}
`;
    // base's Logs statement is app's second: AWS names it by its place in app's policy.
    answer((text) => finding(text, '"logs:PutLogEvents"', 'EXAMPLE_MERGED', { path: [{ value: 'Statement' }, { index: 1 }, { value: 'Action' }, { index: 0 }] }));
    const outcome = await lint({ 'main.tf': merged });
    expect(outcome.toolErrors).toEqual([]);
    expect(sent()).toEqual([['IDENTITY_POLICY', undefined]]);
    const messages = online(outcome.results[0].messages);
    expect(messages.map(pick)).toEqual([{ ruleId: 'access-analyzer/EXAMPLE_MERGED', ...at(merged, '"logs:PutLogEvents"') }]);
    expect(messages[0].path).toEqual(['data', 'aws_iam_policy_document', 'base', 'Statement', 1, 'Action', 0]);
  });

  it('reports a finding on a local in the file that writes it, when that file is linted, as offline findings are', async () => {
    const locals = `locals {
  actions = ["s3:GetObject", "s3:PutObject"]
}
`;
    const main = `resource "aws_iam_policy" "p" {
  policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = local.actions, Resource = "*" }]
  })
}
`;
    answer((text) => finding(text, '"s3:PutObject"', 'EXAMPLE_LOCAL'));
    // Both files linted: the finding is on locals.tf's text (before: dropped, main.tf's request did not own it).
    const outcome = await lint({ 'locals.tf': locals, 'main.tf': main });
    expect(outcome.toolErrors).toEqual([]);
    expect(sent()).toEqual([['IDENTITY_POLICY', undefined]]);
    const byFile = (o: typeof outcome) => Object.fromEntries(o.results.map((r) => [r.filePath.slice(dir.length + 1), online(r.messages).map(pick)]));
    expect(byFile(outcome)).toEqual({
      'locals.tf': [{ ruleId: 'access-analyzer/EXAMPLE_LOCAL', ...at(locals, '"s3:PutObject"') }],
      'main.tf': [],
    });
    // locals.tf alone: main.tf's policy, which reads it, is sent for it (as offline rules lint it for it).
    server.requests.length = 0;
    const alone = await run({
      cwd: dir, paths: ['locals.tf'], cli: {},
      accessAnalyzer: { mode: 'required', env: { ...process.env, ...fakeAwsEnv(server.url) } as NodeJS.ProcessEnv, cacheLocation: join(dir, 'cache2') },
    });
    expect(alone.toolErrors).toEqual([]);
    expect(byFile(alone)).toEqual({ 'locals.tf': [{ ruleId: 'access-analyzer/EXAMPLE_LOCAL', ...at(locals, '"s3:PutObject"') }] });
    // main.tf alone: the local's file is not linted, so its finding is not reported.
    const mainAlone = await run({
      cwd: dir, paths: ['main.tf'], cli: {},
      accessAnalyzer: { mode: 'required', env: { ...process.env, ...fakeAwsEnv(server.url) } as NodeJS.ProcessEnv, cacheLocation: join(dir, 'cache3') },
    });
    expect(byFile(mainAlone)).toEqual({ 'main.tf': [] });
  });

  it('sends a sibling\'s policy for a file only when the policy reads that file\'s text', async () => {
    const files = {
      'locals.tf': 'locals {\n  actions = ["s3:GetObject"]\n}\n',
      'main.tf': `resource "aws_iam_policy" "p" {
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = local.actions, Resource = "*" }] })
}
`,
      'other.tf': `resource "aws_iam_policy" "q" {
  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sqs:SendMessage", Resource = "*" }] })
}
`,
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
    const alone = async (file: string) => {
      server.requests.length = 0;
      const outcome = await run({
        cwd: dir, paths: [file], cli: {},
        accessAnalyzer: { mode: 'required', env: { ...process.env, ...fakeAwsEnv(server.url) } as NodeJS.ProcessEnv, cache: false },
      });
      expect(outcome.toolErrors).toEqual([]);
      return server.requests.map((r) => JSON.parse(r.body!.policyDocument as string).Statement[0].Action);
    };
    // other.tf alone: its own policy; main.tf's reads no text of other.tf.
    expect(await alone('other.tf')).toEqual(['sqs:SendMessage']);
    // locals.tf alone: main.tf's policy, which reads its local.
    expect(await alone('locals.tf')).toEqual([['s3:GetObject']]);
  });

  it('reports a finding on a statement merged in from another file in that file, at its token and with its path', async () => {
    const base = `data "aws_iam_policy_document" "base" {
  statement {
    actions   = ["logs:PutLogEvents"]
    resources = ["*"]
  }
}
`;
    const app = `data "aws_iam_policy_document" "app" {
  source_policy_documents = [data.aws_iam_policy_document.base.json]
  statement {
    actions   = ["s3:GetObject"]
    resources = ["arn:aws:s3:::b/*"]
  }
}

resource "aws_iam_policy" "app" {
  policy = data.aws_iam_policy_document.app.json
}
`;
    answer((text) => finding(text, '"logs:PutLogEvents"', 'EXAMPLE_MERGED', { path: [{ value: 'Statement' }, { index: 0 }, { value: 'Action' }, { index: 0 }] }));
    const outcome = await lint({ 'app.tf': app, 'base.tf': base });
    expect(outcome.toolErrors).toEqual([]);
    expect(sent()).toEqual([['IDENTITY_POLICY', undefined]]);
    const messages = outcome.results.map((r) => [r.filePath.slice(dir.length + 1), online(r.messages).map((m) => ({ ...pick(m), path: m.path }))]);
    expect(messages).toEqual([
      ['app.tf', []],
      ['base.tf', [{ ruleId: 'access-analyzer/EXAMPLE_MERGED', ...at(base, '"logs:PutLogEvents"'), path: ['data', 'aws_iam_policy_document', 'base', 'Statement', 0, 'Action', 0] }]],
    ]);
  });

  it('caches per policy text', async () => {
    answer((text) => finding(text, '"ec2:DescribeInstances"', 'EXAMPLE_HEREDOC'));
    const first = await lint({ 'main.tf': TF });
    const second = await lint({ 'main.tf': TF });
    expect(server.requests).toHaveLength(3);
    expect(online(second.results[0].messages)).toEqual(online(first.results[0].messages));
  });
});

const SLS = `service: orders
provider:
  name: aws
  iam:
    role:
      statements:
        - Effect: Allow
          Action: dynamodb:GetItem
          Resource: arn:aws:dynamodb:\${aws:region}:\${aws:accountId}:table/orders
functions:
  create:
    handler: handler.create
    iamRoleStatements:
      - Effect: Allow
        Action: sqs:SendMessage
        Resource: "*"
`;

describe('Serverless Framework service files', () => {
  it('sends each list of statements as an identity policy, and maps findings to the exact YAML token', async () => {
    answer((text) => [
      ...finding(text, '"dynamodb:GetItem"', 'EXAMPLE_ACTION', { path: [{ value: 'Statement' }, { index: 0 }, { value: 'Action' }] }),
      ...finding(text, '"sqs:SendMessage"', 'EXAMPLE_FUNCTION', { path: [{ value: 'Statement' }, { index: 0 }, { value: 'Action' }] }),
    ]);
    const outcome = await lint({ 'serverless.yml': SLS });
    expect(outcome.toolErrors).toEqual([]);
    expect(sent()).toEqual([['IDENTITY_POLICY', undefined], ['IDENTITY_POLICY', undefined]]);
    // The policy the framework makes of the list, Serverless variables as they are written.
    const provider = server.requests.find((r) => r.body!.policyDocument.includes('dynamodb'))!;
    expect(JSON.parse(provider.body!.policyDocument)).toEqual({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 'dynamodb:GetItem', Resource: 'arn:aws:dynamodb:${aws:region}:${aws:accountId}:table/orders' }],
    });
    const messages = online(outcome.results[0].messages);
    expect(messages.map(pick)).toEqual([
      { ruleId: 'access-analyzer/EXAMPLE_ACTION', ...at(SLS, 'dynamodb:GetItem') },
      { ruleId: 'access-analyzer/EXAMPLE_FUNCTION', ...at(SLS, 'sqs:SendMessage') },
    ]);
    expect(messages[1].path).toEqual(['functions', 'create', 'iamRoleStatements', 0, 'Action']);
  });
});

describe('Terraform plan JSON', () => {
  it('sends each policy string of the plan with its types, findings mapped into the escaped string', async () => {
    const policy = (statement: object) => JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 2);
    const resource = (address: string, type: string, values: object) => ({ address, mode: 'managed', type, name: 'x', values });
    const PLAN = `${JSON.stringify({
      format_version: '1.2', terraform_version: '1.9.5',
      planned_values: {
        root_module: {
          resources: [resource('aws_iam_role.r', 'aws_iam_role', { assume_role_policy: policy({ Effect: 'Allow', Action: 'sts:AssumeRole', Principal: { Service: 'ec2.amazonaws.com' } }) })],
          child_modules: [{
            address: 'module.m',
            resources: [resource('module.m.aws_s3_bucket_policy.b', 'aws_s3_bucket_policy', { policy: policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Principal: { AWS: 'arn:aws:iam::111122223333:root' } }) })],
          }],
        },
      },
    })}\n`;
    answer((text) => finding(text, '"s3:GetObject"', 'EXAMPLE_ACTION'));
    const outcome = await lint({ 'plan.json': PLAN });
    expect(outcome.toolErrors).toEqual([]);
    expect(sent()).toEqual([['RESOURCE_POLICY', 'AWS::IAM::AssumeRolePolicyDocument'], ['RESOURCE_POLICY', 'AWS::S3::Bucket']]);
    expect(online(outcome.results[0].messages).map(pick)).toEqual([{ ruleId: 'access-analyzer/EXAMPLE_ACTION', ...at(PLAN, '\\"s3:GetObject\\"') }]);
    expect(online(outcome.results[0].messages)[0].path).toEqual(['planned_values', 'root_module', 'child_modules', 0, 'resources', 0, 'values', 'policy']);
  });
});
