/**
 * `policy-lint --access-analyzer` end to end: the built CLI, the real AWS SDK, and a local server that
 * speaks ValidatePolicy's wire protocol, reached through AWS_ENDPOINT_URL_ACCESSANALYZER.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  FAKE_SECRET_ACCESS_KEY, errorReply, fakeAwsEnv, findingAt, startFakeAccessAnalyzer, type FakeAccessAnalyzer,
} from '../access-analyzer/fake-server.js';
import { cliAsync, scratch } from './helpers.js';

const text = `${JSON.stringify({ Version: '2012-10-17', Statement: [{ Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }, null, 4)}\n`;

let server: FakeAccessAnalyzer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('--access-analyzer', () => {
  it('merges findings into the report at exact ranges, and caches them', async () => {
    server = await startFakeAccessAnalyzer((request) => ({
      body: { findings: [findingAt(request.body!.policyDocument, '"Read"', { issueCode: 'EXAMPLE_CODE', findingType: 'WARNING', findingDetails: 'An example finding.' })] },
    }));
    const dir = scratch({ 'p.json': text });
    const env = fakeAwsEnv(server.url);
    const args = ['--access-analyzer', '--format', 'json', '--cache-location', join(dir, 'cache'), 'p.json'];
    const first = await cliAsync(args, { cwd: dir, env });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    const [result] = JSON.parse(first.stdout);
    expect(result.messages).toEqual([expect.objectContaining({
      ruleId: 'access-analyzer/EXAMPLE_CODE', severity: 1, message: 'An example finding.', issueCode: 'EXAMPLE_CODE',
      line: 5, column: 20, endLine: 5, endColumn: 26, sources: ['access-analyzer'],
    })]);
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0].body).toMatchObject({ policyType: 'IDENTITY_POLICY', policyDocument: readFileSync(join(dir, 'p.json'), 'utf8') });

    const second = await cliAsync(args, { cwd: dir, env });
    expect(second.stdout).toBe(first.stdout);
    expect(server.requests).toHaveLength(1); // answered from the cache
  });

  it('sends the policies of CloudFormation templates and Terraform files, findings on their exact tokens', async () => {
    server = await startFakeAccessAnalyzer((request) => {
      const policy = request.body!.policyDocument;
      return { body: { findings: policy.includes('"s3:GetObject"') ? [findingAt(policy, '"s3:GetObject"', { issueCode: 'EXAMPLE_CODE', findingType: 'WARNING', findingDetails: 'An example finding.' })] : [] } };
    });
    const template = (name: string) => `Resources:\n  ${name}:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Action: s3:GetObject\n            Resource: '*'\n`;
    const tf = 'resource "aws_iam_policy" "p" {\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }] })\n}\n';
    const dir = scratch({ 'p.json': text, 'a.yaml': template('A'), 'b.json': JSON.stringify({ Resources: { B: { Type: 'AWS::S3::Bucket' } } }), 'main.tf': tf });
    const run = await cliAsync(['--access-analyzer', '--no-cache', '--format', 'json', '.'], { cwd: dir, env: fakeAwsEnv(server.url) });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // b.json is a template without policies: nothing to send. The template's and the .tf file's policies are
    // the same generated JSON: one request answers both.
    expect(server.requests.map((r) => r.body!.policyDocument).sort()).toEqual([
      text,
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}',
    ]);
    expect(server.requests.every((r) => r.body!.policyType === 'IDENTITY_POLICY')).toBe(true);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number; endLine: number; endColumn: number }> }>;
    const aa = (name: string) => results.find((r) => r.filePath.endsWith(name))!.messages
      .filter((m) => m.ruleId === 'access-analyzer/EXAMPLE_CODE').map(({ line, column, endLine, endColumn }) => ({ line, column, endLine, endColumn }));
    expect(aa('a.yaml')).toEqual([{ line: 9, column: 21, endLine: 9, endColumn: 33 }]);
    expect(aa('main.tf')).toEqual([{ line: 2, column: 91, endLine: 2, endColumn: 105 }]);
    expect(aa('p.json')).toEqual([{ line: 7, column: 23, endLine: 7, endColumn: 37 }]);
  });

  it('does not send a file whose bytes are not UTF-8 (its text would carry U+FFFD in their place)', async () => {
    server = await startFakeAccessAnalyzer();
    const dir = scratch({ 'p.json': text });
    const [before, after] = text.split('"Read"');
    writeFileSync(join(dir, 'latin1.json'), Buffer.concat([Buffer.from(`${before}"Caf`), Buffer.from([0xe9]), Buffer.from(`"${after}`)]));
    const run = await cliAsync(['--access-analyzer', '--no-cache', '--format', 'json', '.'], { cwd: dir, env: fakeAwsEnv(server.url) });
    expect(run.status).toBe(1);
    expect(server.requests.map((r) => r.body!.policyDocument)).toEqual([text]);
    const latin1 = (JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>).find((r) => r.filePath.endsWith('latin1.json'))!;
    expect(latin1.messages.map((m) => m.ruleId)).toEqual(['json-syntax']);
  });

  it('does not send an empty file or one that is not valid JSON: json-syntax reports them, Access Analyzer would only reject them', async () => {
    server = await startFakeAccessAnalyzer();
    const dir = scratch({ 'p.json': text, 'empty.json': '', 'blank.json': '\n  \n', 'broken.json': text.replace('"Read",', '"Read"') });
    const run = await cliAsync(['--access-analyzer', '--no-cache', '--format', 'json', 'p.json', 'empty.json', 'blank.json', 'broken.json'], { cwd: dir, env: fakeAwsEnv(server.url) });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(server.requests.map((r) => r.body!.policyDocument)).toEqual([text]);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>;
    expect(Object.fromEntries(results.map((r) => [r.filePath.slice(dir.length + 1), r.messages.map((m) => m.ruleId)]))).toEqual({
      'p.json': [], 'empty.json': ['json-syntax'], 'blank.json': ['json-syntax'], 'broken.json': ['json-syntax'],
    });
  });

  it('maps trust policies to RESOURCE_POLICY with the assume-role resource type', async () => {
    server = await startFakeAccessAnalyzer();
    const dir = scratch({ 'trust.json': JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }) });
    const run = await cliAsync(['--access-analyzer', '--no-cache', '--policy-type', 'trust', 'trust.json'], { cwd: dir, env: fakeAwsEnv(server.url) });
    expect(run.status).toBe(0);
    expect(server.requests[0].body).toMatchObject({ policyType: 'RESOURCE_POLICY', validatePolicyResourceType: 'AWS::IAM::AssumeRolePolicyDocument' });
  });

  it('the config\'s resourceType: a resource policy with ValidatePolicy\'s type where it has one, without one where it has none', async () => {
    server = await startFakeAccessAnalyzer();
    const policy = (resource: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: resource }] });
    const dir = scratch({
      '.policy-lint.json': JSON.stringify({
        accessAnalyzer: { resourceType: 'AWS::DynamoDB::Table' },
        overrides: [{ files: ['buckets/**'], resourceType: 'AWS::S3::Bucket' }, { files: ['endpoints/**'], resourceType: 'AWS::EC2::VPCEndpoint' }],
      }),
      'buckets/b.json': policy('arn:aws:s3:::b/*'),
      'endpoints/e.json': policy('arn:aws:s3:::e/*'),
    });
    const run = await cliAsync(['--access-analyzer', '--no-cache', 'buckets/b.json', 'endpoints/e.json'], { cwd: dir, env: fakeAwsEnv(server.url) });
    expect(run.stderr).toBe('');
    const sent = server.requests.map((r) => [r.body!.policyDocument.includes(':::b/') ? 'bucket' : 'endpoint', r.body!.policyType, r.body!.validatePolicyResourceType]).sort();
    // The endpoint's policy does not get the config's table type, which names another resource.
    expect(sent).toEqual([['bucket', 'RESOURCE_POLICY', 'AWS::S3::Bucket'], ['endpoint', 'RESOURCE_POLICY', undefined]]);
  });

  it('access denied: one clear message naming the permission, offline findings still printed, exit 2', async () => {
    server = await startFakeAccessAnalyzer(() => errorReply(403, 'AccessDeniedException', 'User is not authorized to perform: access-analyzer:ValidatePolicy'));
    const dir = scratch({ 'p.json': text.replace('"Allow"', '"allow"') });
    const run = await cliAsync(['--access-analyzer', '--no-cache', 'p.json'], { cwd: dir, env: fakeAwsEnv(server.url) });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('effect-valid');
    expect(run.stderr).toContain('access-analyzer:ValidatePolicy');
    expect(run.stderr).not.toContain('    at '); // no stack trace
    expect(run.stderr + run.stdout).not.toContain(FAKE_SECRET_ACCESS_KEY);
  });

  it('--report-unused-ignores judges an entry for an Access Analyzer finding only when Access Analyzer answered', async () => {
    const config = JSON.stringify({ ignore: [{ files: ['p.json'], rules: ['access-analyzer/EXAMPLE_CODE'], reason: 'Accepted.' }] });
    const dir = scratch({ 'p.json': text, '.policy-lint.json': config });
    const args = ['--access-analyzer=optional', '--no-cache', '--report-unused-ignores', 'p.json'];
    server = await startFakeAccessAnalyzer((request) => ({
      body: { findings: [findingAt(request.body!.policyDocument, '"Read"', { issueCode: 'EXAMPLE_CODE', findingType: 'WARNING', findingDetails: 'An example finding.' })] },
    }));
    expect((await cliAsync(args, { cwd: dir, env: fakeAwsEnv(server.url) })).status).toBe(0);
    await server.close();
    server = await startFakeAccessAnalyzer(() => ({ body: { findings: [] } }));
    const unused = await cliAsync(args, { cwd: dir, env: fakeAwsEnv(server.url) });
    expect(unused.status).toBe(1);
    expect(unused.stdout).toContain('Unused ignore entry');
    await server.close();
    // Unreachable (optional): the entry cannot be judged, and a fork's pull request must not fail on it.
    server = await startFakeAccessAnalyzer(() => errorReply(403, 'AccessDeniedException', 'denied'));
    const down = await cliAsync(args, { cwd: dir, env: fakeAwsEnv(server.url) });
    expect(down.status).toBe(0);
    expect(down.stdout).not.toContain('Unused ignore entry');
  });

  it('=optional turns a failure into a warning and keeps the offline exit code', async () => {
    server = await startFakeAccessAnalyzer(() => errorReply(403, 'AccessDeniedException', 'denied'));
    const dir = scratch({ 'p.json': text });
    const run = await cliAsync(['--access-analyzer=optional', '--no-cache', 'p.json'], { cwd: dir, env: fakeAwsEnv(server.url) });
    expect(run.status).toBe(0);
    expect(run.stderr).toMatch(/^policy-lint: warning: Access Analyzer/m);
  });
});
