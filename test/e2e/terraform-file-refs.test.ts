/**
 * Policy files a Terraform module reads with file() or templatefile(): linted with the policy type of the attribute
 * that reads them (a trust policy read by assume_role_policy is no identity policy), and a templatefile() one as a
 * Terraform template (its `${…}` are Terraform's), each finding at its place in the policy file.
 */
import { symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, scratch } from './helpers.js';

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string; line: number; column: number; endLine: number; endColumn: number }>;
}

/** Each result's findings as `line:column-endLine:endColumn rule`, by path relative to the directory. */
function findings(stdout: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const result of JSON.parse(stdout) as JsonResult[]) {
    out[result.filePath.split(/[\\/]/).slice(-2).join('/')] = result.messages.map((m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId}`);
  }
  return out;
}

const MAIN = `locals {
  bucket_policy = jsonencode(jsondecode(file("\${path.module}/policies/bucket.json")))
}

resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = file("\${path.module}/policies/trust.json")
}

resource "aws_s3_bucket_policy" "b" {
  bucket = "b"
  policy = local.bucket_policy
}

resource "aws_iam_policy" "p" {
  policy = templatefile("policies/home.json", { partition = "aws", bucket = "b" })
}
`;

const TRUST = `{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Principal": { "Service": "ec2.amazonaws.com" }, "Action": "sts:AssumeRol" }
  ]
}
`;

const BUCKET = `{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::123456789012:root" }, "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/*" }
  ]
}
`;

const HOME = `{
  "Version": "2012-10-17",
  "Statement": [
    { "Effect": "Allow", "Action": "s3:GetObjekt", "Resource": "arn:\${partition}:s3:::\${bucket}/home/$\${aws:username}/*" },
    { "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "arn:aws:s3:::\${bucket}/\${aws:username}" }
  ]
}
`;

describe('policy files a Terraform module reads with file() and templatefile()', () => {
  const dir = scratch({ 'main.tf': MAIN, 'policies/trust.json': TRUST, 'policies/bucket.json': BUCKET, 'policies/home.json': HOME });

  it('lints each with the policy type of the attribute that reads it, a templatefile() one as a Terraform template', () => {
    const run = cli(['--format', 'json', '.'], { cwd: dir });
    expect(findings(run.stdout)).toEqual({
      // A trust policy: a Principal and no Resource are right; the misspelt action is still reported.
      'policies/trust.json': ['4:85-4:100 action-exists'],
      // A bucket policy, through a local and jsonencode(jsondecode(…)): nothing to report.
      'policies/bucket.json': [],
      // The template: `${partition}` and `${bucket}` are Terraform's placeholders, `$${aws:username}` the IAM variable;
      // an unescaped `${aws:username}` is an error Terraform reports too.
      'policies/home.json': ['4:36-4:50 action-exists', '5:89-5:104 policy-variable-syntax'],
    });
  });

  it('reads a policy file named alone with the modules of its directory and those above it, inside the working directory', () => {
    // As pre-commit names a staged file: main.tf, in a directory above it, reads it as a trust policy.
    expect(findings(cli(['--format', 'json', 'policies/trust.json'], { cwd: dir }).stdout)).toEqual({ 'policies/trust.json': ['4:85-4:100 action-exists'] });
    // Run in policies/: main.tf is outside the working directory, not read; the config's policy type (identity) applies.
    const alone = findings(cli(['--format', 'json', 'trust.json'], { cwd: join(dir, 'policies') }).stdout);
    expect(alone['policies/trust.json']).toContain('4:26-4:37 no-principal-in-identity-policy');
  });

  it('keeps a file\'s own settings when two attributes read it as different policy types', () => {
    const both = scratch({
      'main.tf': `resource "aws_iam_role" "a" {\n  assume_role_policy = file("p.json")\n}\nresource "aws_iam_policy" "b" {\n  policy = file("p.json")\n}\n`,
      'p.json': TRUST,
    });
    const [messages] = Object.values(findings(cli(['--format', 'json', 'p.json'], { cwd: both }).stdout));
    expect(messages).toContain('4:26-4:37 no-principal-in-identity-policy');
  });

  it('knows a file a module reads through a symbolic link under the name a directory gives it', () => {
    // The module reads shared/trust.json through its link `policies`; the run finds it as shared/trust.json.
    const linked = scratch({
      'modules/app/main.tf': `resource "aws_iam_role" "a" {\n  assume_role_policy = file("\${path.module}/policies/trust.json")\n}\n`,
      'shared/trust.json': TRUST,
    });
    symlinkSync(join('..', '..', 'shared'), join(linked, 'modules', 'app', 'policies'));
    expect(findings(cli(['--format', 'json', '.'], { cwd: linked }).stdout)).toEqual({ 'shared/trust.json': ['4:85-4:100 action-exists'] });
  });
});
