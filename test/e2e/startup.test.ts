/**
 * A cold start loads only what linting needs: Node's crypto, child_process and net modules are loaded on
 * first use (SARIF fingerprints, a directory to list with git, IPv6 conditions), not by every run.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, scratch } from './helpers.js';

/** The built-in modules a run of the CLI loaded (stdout and stderr closed: a pipe would load net itself). */
function builtinsLoaded(args: string[], cwd: string): string[] {
  const list = join(cwd, 'modules.txt');
  const hook = `import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));`;
  spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(hook)}`, bin, ...args], { cwd, stdio: 'ignore' });
  return readFileSync(list, 'utf8').split('\n').filter((line) => line.startsWith('NativeModule ')).map((line) => line.slice('NativeModule '.length));
}

describe('start-up', () => {
  it('does not load crypto, child_process or net to lint one file', () => {
    const dir = scratch({ 'policy.json': '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}\n' });
    const loaded = builtinsLoaded(['policy.json'], dir);
    expect(loaded).toContain('fs');
    expect(loaded).not.toContain('crypto');
    expect(loaded).not.toContain('child_process');
    expect(loaded).not.toContain('net');
  });

  it('loads them when a run needs them: SARIF fingerprints of findings, git for a directory', () => {
    const dir = scratch({ 'policy.json': '{"Version": "2008-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}\n', '.git/HEAD': 'ref: refs/heads/main\n' });
    const loaded = builtinsLoaded(['--format', 'sarif', '.'], dir);
    expect(loaded).toContain('crypto');
    expect(loaded).toContain('child_process');
  });

  it('loads neither the CloudFormation reader nor the YAML parser to lint a JSON policy; both for a YAML template', () => {
    const dir = scratch({
      'policy.json': '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}\n',
      'stack.yaml': 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n',
    });
    const policy = modulesLoaded(['policy.json'], dir);
    expect(policy.some((file) => file.startsWith('policy-lint'))).toBe(true);
    expect(policy.filter((file) => file.startsWith('cloudformation-') || containsYamlParser(file))).toEqual([]);
    const template = modulesLoaded(['stack.yaml'], dir);
    expect(template.some((file) => file.startsWith('cloudformation-'))).toBe(true);
    expect(template.some(containsYamlParser)).toBe(true);
  });

  it('loads the Terraform reader (its own chunk) for a .tf file only, and never the YAML parser for it', () => {
    const dir = scratch({
      'policy.json': '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}\n',
      'main.tf': 'resource "aws_iam_policy" "p" {\n  policy = jsonencode({ Version = "2012-10-17", Statement = [] })\n}\n',
    });
    expect(modulesLoaded(['policy.json'], dir).filter((file) => file.startsWith('terraform-'))).toEqual([]);
    const terraform = modulesLoaded(['main.tf'], dir);
    expect(terraform.some((file) => file.startsWith('terraform-'))).toBe(true);
    expect(terraform.some((file) => file.startsWith('cloudformation-') || containsYamlParser(file))).toBe(false);
  });
});

/** The files of the bundle (dist/cli/) a run of the CLI loaded, recorded by a module loader hook. */
function modulesLoaded(args: string[], cwd: string): string[] {
  const list = join(cwd, 'loaded.txt');
  const hooks = `import { appendFileSync } from 'node:fs';
export async function load(url, context, next) { appendFileSync(${JSON.stringify(list)}, url + '\\n'); return next(url, context); }`;
  const register = `import { register } from 'node:module'; register(${JSON.stringify(`data:text/javascript,${encodeURIComponent(hooks)}`)});`;
  writeFileSync(list, '');
  spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(register)}`, bin, ...args], { cwd, stdio: 'ignore' });
  return readFileSync(list, 'utf8').split('\n').filter((url) => url.startsWith('file:') && url.includes('/dist/cli/')).map((url) => url.slice(url.lastIndexOf('/') + 1));
}

/** Whether a file of the bundle holds the YAML parser (one of its error codes). */
function containsYamlParser(file: string): boolean {
  return readFileSync(join(dirname(bin), file), 'utf8').includes('BAD_INDENT');
}
