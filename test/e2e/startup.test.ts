/**
 * A cold start loads only what linting needs: Node's crypto, child_process and net modules are loaded on
 * first use (SARIF fingerprints, a directory to list with git, IPv6 conditions), not by every run.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, repoRoot, scratch } from './helpers.js';

/** The built-in modules a run of the CLI loaded (stdout and stderr closed: a pipe would load net itself). */
function builtinsLoaded(args: string[], cwd: string): string[] {
  const list = join(cwd, 'modules.txt');
  // A CommonJS hook, as the entry is: an ES module hook would load Node's ES module loader itself.
  const hook = join(cwd, 'builtins-hook.cjs');
  writeFileSync(hook, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));\n`);
  spawnSync(process.execPath, ['--require', hook, bin, ...args], { cwd, stdio: 'ignore' });
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
    // Nor node:fs/promises (a dozen modules more: src/fs-async.ts) or Node's ES module resolver (which
    // require.resolve() of a package with "exports" loads: src/iam/database.ts finds the IAM database by hand).
    expect(loaded).not.toContain('fs/promises');
    expect(loaded).not.toContain('internal/modules/esm/resolve');
  });

  it('loads them when a run needs them: SARIF fingerprints of findings, git for a directory', () => {
    const dir = scratch({ 'policy.json': '{"Version": "2008-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}\n', '.git/HEAD': 'ref: refs/heads/main\n' });
    const loaded = builtinsLoaded(['--format', 'sarif', '.'], dir);
    expect(loaded).toContain('crypto');
    expect(loaded).toContain('child_process');
  });

  it('loads none of the dependencies bundled apart (YAML, ajv, jsonpath-plus, picomatch, ignore) to lint a JSON policy; the YAML parser for a YAML template', () => {
    const dir = scratch({
      'policy.json': '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}\n',
      'stack.yaml': 'Resources:\n  B:\n    Type: AWS::S3::Bucket\n',
    });
    expect(bundleFilesRequired(['policy.json'], dir)).toEqual([]);
    expect(bundleFilesRequired(['stack.yaml'], dir)).toEqual(['yaml.cjs']);
  });

  it('never loads the YAML parser for a .tf file', () => {
    const dir = scratch({ 'main.tf': 'resource "aws_iam_policy" "p" {\n  policy = jsonencode({ Version = "2012-10-17", Statement = [] })\n}\n' });
    expect(bundleFilesRequired(['main.tf'], dir)).not.toContain('yaml.cjs');
  });

  it("runs the bundle from V8's code cache that the build made, which this Node accepts", () => {
    // A cache V8 rejects (a changed loader, a bundle changed after the cache was made) costs nothing but time,
    // so only this test would notice. Checked in a new process: vitest's own flags would change V8's verdict.
    const folder = dirname(bin);
    const check = `require('node:v8').setFlagsFromString('--verify-snapshot-checksum');
const { readFileSync } = require('node:fs'); const { wrap } = require('node:module'); const { Script } = require('node:vm');
const file = ${JSON.stringify(join(folder, 'policy-lint.cjs'))};
const script = new Script(wrap(readFileSync(file, 'latin1')), { filename: file, cachedData: readFileSync(${JSON.stringify(join(folder, 'policy-lint.cache'))}) });
process.stdout.write(String(script.cachedDataRejected));`;
    const run = spawnSync(process.execPath, ['-e', check], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('false');
    expect(readFileSync(bin, 'utf8')).toContain("new Script(wrap(readFileSync(file, 'latin1')), { filename: file, cachedData })");
  });

  it('builds the same code cache on every build, whatever NODE_OPTIONS the builder has, and one a plain node accepts', () => {
    // Two builds into a copy of the package's layout (node_modules next to dist/, as installed): one under a
    // CI's NODE_OPTIONS. V8 accepts a cache only under the flags it was made with, so a training run that
    // inherited them made a cache every user's V8 rejected; and with a random seed the cache's bytes (and
    // size) changed on every build.
    const dir = scratch({});
    cpSync(join(repoRoot, 'package.json'), join(dir, 'package.json'));
    symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'));
    const outdir = join(dir, 'dist', 'cli');
    const build = (env: NodeJS.ProcessEnv) => {
      const run = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build-cli.mjs'), '--outdir', outdir], { cwd: repoRoot, encoding: 'utf8', env: { PATH: process.env.PATH, ...env } });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      return readFileSync(join(outdir, 'policy-lint.cache'));
    };
    const first = build({ NODE_OPTIONS: '--max-old-space-size=4096' });
    const second = build({});
    expect(first.equals(second)).toBe(true);
    const check = `require('node:v8').setFlagsFromString('--verify-snapshot-checksum');
const { readFileSync } = require('node:fs'); const { wrap } = require('node:module'); const { Script } = require('node:vm');
const file = ${JSON.stringify(join(outdir, 'policy-lint.cjs'))};
const script = new Script(wrap(readFileSync(file, 'latin1')), { filename: file, cachedData: readFileSync(${JSON.stringify(join(outdir, 'policy-lint.cache'))}) });
process.stdout.write(String(script.cachedDataRejected));`;
    expect(spawnSync(process.execPath, ['-e', check], { encoding: 'utf8', env: { PATH: process.env.PATH } }).stdout).toBe('false');
  }, 60_000);

  it('runs as without a cache when the cache file is damaged (same length, header intact) or cut short', () => {
    // V8 checks a cache's header and length by itself; without a checksum, damaged bytes inside crashed the
    // process in V8's deserializer ("Fatal error ... unreachable code", exit 133). A copy of the installed
    // files, next to this package's node_modules (for the IAM database).
    const dir = scratch({ 'policy.json': '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObjekt", "Resource": "*"}]}\n' });
    const folder = dirname(bin);
    const copy = join(dir, 'pkg');
    cpSync(join(repoRoot, 'package.json'), join(copy, 'package.json'));
    cpSync(folder, join(copy, 'dist', 'cli'), { recursive: true });
    symlinkSync(join(repoRoot, 'node_modules'), join(copy, 'node_modules'));
    const cache = readFileSync(join(folder, 'policy-lint.cache'));
    const damaged = Buffer.from(cache);
    for (let i = damaged.length >> 1; i < (damaged.length >> 1) + 400; i++) damaged[i] ^= 0x5a;
    const run = () => spawnSync(process.execPath, [join(copy, 'dist', 'cli', 'policy-lint.js'), 'policy.json'], { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' } });
    for (const content of [damaged, cache.subarray(0, cache.length >> 1)]) {
      writeFileSync(join(copy, 'dist', 'cli', 'policy-lint.cache'), content);
      const result = run();
      expect(result.stderr).toBe('');
      expect(result.status).toBe(1);
      expect(result.stdout).toContain('policy.json:1:71: error The action "s3:GetObjekt" does not exist');
    }
  });
});

/**
 * The files of dist/cli/ that a run of the CLI required (the bundle itself runs as a vm.Script, so it is not
 * among them): the dependencies bundled apart, which a run loads only when it needs them.
 */
function bundleFilesRequired(args: string[], cwd: string): string[] {
  const list = join(cwd, 'required.txt');
  const hook = join(cwd, 'hook.cjs');
  writeFileSync(hook, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(list)}, Object.keys(require.cache).join('\\n')));\n`);
  spawnSync(process.execPath, ['--require', hook, bin, ...args], { cwd, stdio: 'ignore' });
  const folder = `${dirname(bin)}/`;
  return readFileSync(list, 'utf8').split('\n').filter((file) => file.startsWith(folder) && file !== bin).map((file) => file.slice(folder.length)).sort();
}
