/**
 * Terraform files that cannot be read: a fatal json-syntax finding at the line and column where the scanner
 * stopped, for a file that holds or may hold IAM policies (it names an IAM resource or document anywhere, or was
 * named); a .tf file found through a directory that names none stays skipped; its siblings are linted.
 */
import { describe, expect, it } from 'vitest';
import { cli, scratch } from './helpers.js';

interface JsonResult {
  filePath: string;
  messages: Array<{ ruleId: string; line: number; column: number; fatal?: boolean; message: string }>;
}

function findings(stdout: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const result of JSON.parse(stdout) as JsonResult[]) {
    out[result.filePath.split(/[\\/]/).pop()!] = result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}${m.fatal ? ' fatal' : ''} ${m.message}`);
  }
  return out;
}

const GOOD = 'resource "aws_iam_policy" "ok" {\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:GetObjekt", Resource = "*" }] })\n}\n';
const GOOD_FINDING = expect.stringMatching(/^2:91 action-exists /);
const TAIL = ' The policies after it were not read.';

describe('a .tf file the scanner cannot read', () => {
  it('is a fatal finding where the scan stopped when it names an IAM resource or document; its siblings are linted', () => {
    const dir = scratch({
      'm/good.tf': GOOD,
      // Each is the file's only policy, in the text the scanner could not read: skipped without a word before.
      'm/heredoc.tf': 'resource "aws_iam_policy" "p" {\n  name   = "x"\n  policy = <<EOT\n{"Version": "2012-10-17"}\n',
      'm/bracket.tf': 'data "aws_iam_policy_document" "d" {\n  statement {\n    actions = ["s3:GetObject"\n  }\n}\n',
      'm/brace.tf': 'resource "aws_iam_role" "r" {\n  name = "x"\n  assume_role_policy = jsonencode({\n    Version = "2012-10-17"\n',
      'm/string.tf': 'resource "aws_iam_role" "r" {\n  name = "x\n}\n',
      'm/stray.tf': 'resource "aws_iam_role_policy" "r" {\n  role = "x"\n}\n}\n',
      // A block never closed (its policy complete): at the block's "{", as Terraform reports it, not at the end of the file.
      'm/block.tf': 'resource "aws_iam_policy" "p" {\n  policy = <<EOF\n{"Version": "2012-10-17", "Statement": []}\nEOF\n',
      // No IAM resource named anywhere: other Terraform, not ours to judge (as before).
      'm/network.tf': 'resource "aws_instance" "web" {\n  ami = "ami-1\n}\n',
    });
    const run = cli(['--format', 'json', 'm'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(findings(run.stdout)).toEqual({
      'block.tf': [`1:31 json-syntax fatal Terraform: A block is never closed.${TAIL}`],
      'brace.tf': [`3:35 json-syntax fatal Terraform: An object is never closed.${TAIL}`],
      'bracket.tf': [`4:3 json-syntax fatal Terraform: Unexpected "}": expected "," or "]" in a tuple.${TAIL}`],
      'good.tf': [GOOD_FINDING],
      'heredoc.tf': [`3:12 json-syntax fatal Terraform: The heredoc is never closed: no line "EOT".${TAIL}`],
      'stray.tf': [`4:1 json-syntax fatal Terraform: Unexpected "}".${TAIL}`],
      'string.tf': [`2:10 json-syntax fatal Terraform: A string is never closed.${TAIL}`],
    });
  });

  it('a missing separator between object attributes on one line is reported at the next attribute, as Terraform rejects it', () => {
    const dir = scratch({ 'main.tf': 'resource "aws_iam_policy" "p" {\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow" Action = "s3:GetObject", Resource = "*" }] })\n}\n' });
    const run = cli(['--format', 'json', 'main.tf'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(findings(run.stdout)).toEqual({
      'main.tf': [`2:81 json-syntax fatal Terraform: Unexpected "Action": expected "," or a new line between object attributes.${TAIL}`],
    });
  });

  it('is a finding after the policies read before it, and for a file named on the command line whatever it holds', () => {
    const dir = scratch({ 'main.tf': `${GOOD}resource "x" "y" {\n  a = [1, 2\n}\n`, 'network.tf': 'resource "aws_instance" "web" {\n  ami = "ami-1\n}\n' });
    const run = cli(['--format', 'json', 'main.tf', 'network.tf'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    expect(findings(run.stdout)).toEqual({
      'main.tf': [GOOD_FINDING, `6:1 json-syntax fatal Terraform: Unexpected "}": expected "," or "]" in a tuple.${TAIL}`],
      'network.tf': [`2:9 json-syntax fatal Terraform: A string is never closed.${TAIL}`],
    });
    // Found through the directory, network.tf names no IAM resource: skipped.
    expect(Object.keys(findings(cli(['--format', 'json', '.'], { cwd: dir }).stdout))).toEqual(['main.tf']);
  });

  it('not UTF-8: reported as a JSON file is when it names an IAM resource; skipped when it names none', () => {
    const dir = scratch({
      'm/good.tf': GOOD,
      'm/latin1.tf': Buffer.from('resource "aws_iam_role" "r" {\n  name = "caf\xe9"\n}\n', 'latin1'),
      'm/utf16.tf': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('data "aws_iam_policy_document" "d" {}\n', 'utf16le')]),
      'm/network.tf': Buffer.from('resource "aws_instance" "web" {\n  ami = "caf\xe9"\n}\n', 'latin1'),
    });
    const run = cli(['--format', 'json', 'm'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const found = findings(run.stdout);
    expect(Object.keys(found).sort()).toEqual(['good.tf', 'latin1.tf', 'utf16.tf']);
    expect(found['good.tf']).toEqual([GOOD_FINDING]);
    expect(found['latin1.tf']).toEqual([expect.stringMatching(/^2:14 json-syntax fatal Byte 0xE9 is not UTF-8/)]);
    expect(found['utf16.tf']).toEqual([expect.stringMatching(/^1:1 json-syntax fatal .*UTF-16/)]);
  });
});
