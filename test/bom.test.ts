/**
 * A UTF-8 byte order mark (Windows PowerShell 5.1's `Out-File -Encoding utf8`, editors' "UTF-8 with BOM") on each
 * kind of input: a policy's is a json-syntax finding (IAM refuses it) whose fix removes it; a template, a plan or
 * state, a .tf file and a serverless.yml are read as their tools read them, and linted as without it; a
 * serverless.json's is a finding (the framework's JSON reader refuses it). `--fix` never adds or removes a mark
 * but for the policy's own fix, and line 1's columns do not count it, as editors show the file.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run, templatePolicies } from '../src/run.js';
import { tempDir } from './temp.js';

const BOM = '\uFEFF';
const plan = readFileSync(join(import.meta.dirname, 'fixtures', 'terraform-plan', 'plan.json'), 'utf8');

const files: Record<string, string> = {
  'policy.json': '{"Version": "2012-10-17", "Statement": [{"Effect": "allow", "Action": "s3:GetObject", "Resource": "*"}]}\n',
  'template.json': '{"Resources": {"P": {"Type": "AWS::IAM::ManagedPolicy", "Properties": {"PolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "allow", "Action": "s3:GetObject", "Resource": "*"}]}}}}}\n',
  'template.yaml': 'Resources: {P: {Type: AWS::IAM::ManagedPolicy, Properties: {PolicyDocument: {Version: "2012-10-17", Statement: [{Effect: allow, Action: "s3:GetObject", Resource: "*"}]}}}}\n',
  'serverless.yml': 'service: svc\nprovider:\n  name: aws\n  iam:\n    role:\n      statements:\n        - Effect: allow\n          Action: s3:GetObject\n          Resource: "*"\n',
  'main.tf': 'resource "aws_iam_policy" "p" { policy = "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"allow\\",\\"Action\\":\\"s3:GetObject\\",\\"Resource\\":\\"*\\"}]}" }\n',
  'other.tf': 'resource "aws_iam_policy" "q" { policy = "{\\"Version\\":\\"2012-10-17\\",\\"Statement\\":[{\\"Effect\\":\\"deny\\",\\"Action\\":\\"s3:GetObject\\",\\"Resource\\":\\"*\\"}]}" }\n',
  'plan.json': plan,
};

function folder(bom: boolean, names = Object.keys(files)): string {
  const dir = tempDir(bom ? 'bom' : 'nobom');
  for (const name of names) writeFileSync(join(dir, name), (bom ? BOM : '') + files[name]);
  return dir;
}

type Found = Array<[string, string | undefined, number, number, number, number]>;

async function findings(dir: string, options: { fix?: boolean; fixDryRun?: boolean; paths?: string[] } = {}): Promise<{ found: Found; outputs: Record<string, string | undefined> }> {
  const outcome = await run({ cwd: dir, cli: {}, paths: options.paths ?? ['.'], fix: options.fix, fixDryRun: options.fixDryRun });
  expect(outcome.toolErrors).toEqual([]);
  const found: Found = [];
  const outputs: Record<string, string | undefined> = {};
  for (const result of outcome.results) {
    const name = result.filePath.slice(dir.length + 1);
    outputs[name] = result.output;
    for (const m of result.messages) found.push([name, m.ruleId ?? undefined, m.line, m.column, m.endLine!, m.endColumn!]);
  }
  return { found: found.filter(([, rule]) => rule === 'json-syntax' || rule === 'effect-valid' || rule === 'action-exists' || rule === 'policy-characters'), outputs };
}

describe('a UTF-8 byte order mark', () => {
  it('leaves a template, a plan, a .tf module and a serverless.yml as they are linted without it, at the same line and column', async () => {
    const plain = await findings(folder(false));
    const marked = await findings(folder(true));
    const others = (found: Found) => found.filter(([name]) => name !== 'policy.json');
    expect(others(marked.found)).toEqual(others(plain.found));
    // Columns on line 1 are counted from the character after the mark, as editors show them.
    expect(others(marked.found)).toEqual([
      ['main.tf', 'effect-valid', 1, 98, 1, 107],
      ['other.tf', 'effect-valid', 1, 98, 1, 106],
      ['plan.json', 'action-exists', 1, 752, 1, 768],
      ['serverless.yml', 'effect-valid', 7, 19, 7, 24],
      ['template.json', 'effect-valid', 1, 141, 1, 148],
      ['template.yaml', 'effect-valid', 1, 122, 1, 127],
    ]);
  });

  it('is a json-syntax finding in a policy, at 1:1, and in a serverless.json, which the framework cannot read', async () => {
    const dir = folder(true, ['policy.json']);
    writeFileSync(join(dir, 'serverless.json'), `${BOM}{"service": "svc", "provider": {"name": "aws", "iam": {"role": {"statements": [{"Effect": "allow", "Action": "s3:GetObject", "Resource": "*"}]}}}}\n`);
    const { found } = await findings(dir);
    expect(found).toEqual([['policy.json', 'json-syntax', 1, 1, 1, 1], ['serverless.json', 'json-syntax', 1, 1, 1, 1]]);
    // Still a service file, for --print-config.
    expect((await templatePolicies(join(dir, 'serverless.json')))?.template).toBe('Serverless');
  });

  it('is kept by --fix in the files it fixes, and removed from a policy only by the finding\'s own fix', async () => {
    const dir = folder(true);
    await findings(dir, { fix: true });
    const read = (name: string) => readFileSync(join(dir, name), 'utf8');
    expect(read('template.json')).toBe(BOM + files['template.json'].replace('"allow"', '"Allow"'));
    expect(read('policy.json')).toBe(files['policy.json'].replace('"allow"', '"Allow"'));
    for (const name of ['template.yaml', 'serverless.yml', 'main.tf', 'other.tf', 'plan.json']) expect(read(name)).toBe(BOM + files[name]);
    const plain = folder(false, ['template.json']);
    await findings(plain, { fix: true });
    expect(readFileSync(join(plain, 'template.json'), 'utf8')).toBe(files['template.json'].replace('"allow"', '"Allow"'));
  });

  it('is kept in the output of --fix-dry-run and of --stdin', async () => {
    const dir = folder(true, ['template.json', 'policy.json']);
    const { outputs } = await findings(dir, { fixDryRun: true });
    expect(outputs['template.json']).toBe(BOM + files['template.json'].replace('"allow"', '"Allow"'));
    expect(outputs['policy.json']).toBe(files['policy.json'].replace('"allow"', '"Allow"'));
    const stdin = await run({ cwd: dir, cli: {}, paths: [], fixDryRun: true, stdin: { text: BOM + files['template.json'], filename: 'template.json', named: true } });
    expect(stdin.results[0].output).toBe(BOM + files['template.json'].replace('"allow"', '"Allow"'));
    const plans = await run({ cwd: dir, cli: {}, paths: [], stdin: { text: BOM + plan, filename: 'plan.json', named: true } });
    expect(plans.results[0].messages.find((m) => m.ruleId === 'action-exists')).toMatchObject({ line: 1, column: 752 });
  });

  it('leaves a YAML file that starts with a list (a serverless.yml\'s included statements) as it is read without it', async () => {
    const dir = tempDir('bom');
    writeFileSync(join(dir, 'serverless.yml'), 'service: svc\nprovider:\n  name: aws\n  iam:\n    role:\n      statements: ${file(./statements.yml)}\n');
    const statements = '- {Effect: allow, Action: s3:GetObject, Resource: "*"}\n- Effect: Allow\n  Action: s3:GetObjekt\n  Resource: "*"\n';
    writeFileSync(join(dir, 'statements.yml'), BOM + statements);
    const expected: Found = [['statements.yml', 'effect-valid', 1, 12, 1, 17], ['statements.yml', 'action-exists', 3, 11, 3, 23]];
    expect((await findings(dir)).found).toEqual(expected);
    writeFileSync(join(dir, 'statements.yml'), statements);
    expect((await findings(dir)).found).toEqual(expected);
  });

  it('does not hide a template, a plan or a service file from --print-config', async () => {
    const dir = folder(true);
    const kinds: Record<string, string> = {};
    for (const name of ['template.json', 'template.yaml', 'serverless.yml', 'main.tf', 'plan.json']) kinds[name] = (await templatePolicies(join(dir, name)))?.template ?? 'policy';
    expect(kinds).toEqual({ 'template.json': 'CloudFormation', 'template.yaml': 'CloudFormation', 'serverless.yml': 'Serverless', 'main.tf': 'Terraform', 'plan.json': 'Terraform plan' });
  });
});
