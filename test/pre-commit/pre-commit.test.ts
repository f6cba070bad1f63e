/**
 * The pre-commit hook for real: pre-commit (Debian's package; `.ci/run` installs it) installs the hook from
 * a git repository holding this checkout — cloning it, `npm install` (whose `prepare` builds the CLI),
 * `npm pack`, `npm install -g` of the tarball, all with the system Node — then `git commit` runs it on the
 * staged policy files. A commit with an error is blocked with the finding printed; a clean one goes through.
 *
 * Without pre-commit this suite fails in CI (CI=true) and is skipped elsewhere, saying so.
 * Within the run, the hook is installed once (PRE_COMMIT_HOME is shared by the commits) and npm prefers
 * its cache (`npm_config_prefer_offline`: the lock file pins every version and integrity).
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../temp.js';

const repoRoot = join(import.meta.dirname, '..', '..');
const hasPreCommit = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
const inCi = Boolean(process.env.CI);
if (!hasPreCommit && !inCi) {
  process.stderr.write('test/pre-commit: SKIPPED: pre-commit is not installed (apt-get install -y pre-commit); CI fails instead.\n');
}

const policy = (statements: object[], version = '2012-10-17') =>
  `${JSON.stringify({ Version: version, Statement: statements }, null, 4)}\n`;
const logs = 'arn:aws:logs:us-east-1:111122223333:log-group:app:*';
const duplicateSid = policy([
  { Sid: 'ReadLogs', Effect: 'Allow', Action: 'logs:GetLogEvents', Resource: logs },
  { Sid: 'ReadLogs', Effect: 'Allow', Action: 'logs:FilterLogEvents', Resource: logs },
]);
const clean = policy([{ Sid: 'ReadReports', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::example-reports/*' }]);

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv): SpawnSyncReturns<string> {
  return spawnSync(command, args, { cwd, env, encoding: 'utf8', timeout: 240_000 });
}

function must(result: SpawnSyncReturns<string>, what: string): string {
  if (result.status !== 0) throw new Error(`${what} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/**
 * This checkout as pre-commit will see it from a clean clone: the tracked files and the untracked ones that
 * are not ignored (so uncommitted work is tested too), committed to a scratch repository. Returns its sha.
 */
function snapshot(dest: string, env: NodeJS.ProcessEnv): string {
  const list = must(run('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], repoRoot, env), 'git ls-files');
  for (const file of new Set(list.split('\0').filter(Boolean))) {
    const from = join(repoRoot, file);
    if (!existsSync(from) || !statSync(from).isFile()) continue; // deleted in the work tree
    mkdirSync(dirname(join(dest, file)), { recursive: true });
    copyFileSync(from, join(dest, file));
  }
  must(run('git', ['init', '-q'], dest, env), 'git init');
  must(run('git', ['add', '-A'], dest, env), 'git add');
  must(run('git', ['commit', '-q', '-m', 'snapshot of the policy-lint checkout'], dest, env), 'git commit');
  return must(run('git', ['rev-parse', 'HEAD'], dest, env), 'git rev-parse').trim();
}

describe.skipIf(!hasPreCommit && !inCi)('pre-commit hook (.pre-commit-hooks.yaml)', () => {
  let tmp: string;
  let env: NodeJS.ProcessEnv;
  let repo: string;
  const git = (...args: string[]) => run('git', args, repo, env);
  const commit = (message: string) => {
    const result = git('commit', '-m', message);
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };
  const headCount = () => {
    const result = git('rev-list', '--count', 'HEAD');
    return result.status === 0 ? Number(result.stdout.trim()) : 0;
  };

  beforeAll(() => {
    if (!hasPreCommit) throw new Error('pre-commit is not installed: apt-get install -y pre-commit (.ci/run does it)');
    tmp = tempDir('pre-commit');
    writeFileSync(join(tmp, 'gitconfig'), '[user]\n\tname = Policy Author\n\temail = author@example.com\n[init]\n\tdefaultBranch = main\n');
    env = {
      PATH: process.env.PATH,
      HOME: process.env.HOME, // npm's cache and settings
      TMPDIR: process.env.TMPDIR, // what git, pre-commit and npm leave there is seen (test/temp-guard.ts)
      GIT_CONFIG_GLOBAL: join(tmp, 'gitconfig'),
      GIT_CONFIG_NOSYSTEM: '1',
      PRE_COMMIT_HOME: join(tmp, 'pre-commit-home'),
      npm_config_prefer_offline: 'true',
      npm_config_fund: 'false',
      npm_config_audit: 'false',
      // How this machine reaches the registry, when it says (a proxy, a TLS-inspecting proxy's CA).
      ...Object.fromEntries(['NODE_EXTRA_CA_CERTS', 'HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy', 'NO_PROXY', 'no_proxy']
        .filter((name) => process.env[name] !== undefined).map((name) => [name, process.env[name]])),
    };
    const hookRepo = join(tmp, 'policy-lint');
    mkdirSync(hookRepo);
    const rev = snapshot(hookRepo, env);

    repo = join(tmp, 'infra');
    mkdirSync(join(repo, 'policies'), { recursive: true });
    must(run('git', ['init', '-q'], repo, env), 'git init');
    // The README's snippet, pointing at the snapshot; `language_version: system` makes sure nothing is
    // downloaded (pre-commit picks the system Node anyway when node and npm are on PATH).
    writeFileSync(join(repo, '.pre-commit-config.yaml'), [
      'repos:',
      `  - repo: ${hookRepo}`,
      `    rev: ${rev}`,
      '    hooks:',
      '      - id: policy-lint',
      '        language_version: system',
      '',
    ].join('\n'));
    must(run('pre-commit', ['install'], repo, env), 'pre-commit install');
    writeFileSync(join(repo, 'package.json'), '{ "name": "infra", "private": true }\n');
    must(git('add', '.pre-commit-config.yaml', 'package.json'), 'git add');
    const started = Date.now();
    // Installs the hook's environment (the slow part, once), and checks the config commit (no policy yet).
    const first = commit('pre-commit config');
    if (first.status !== 0) {
      const hint = /npm', 'install', '-g', '[^']*> policy-lint@/.test(first.output)
        ? '\n(npm pack printed the prepare script\'s output, which pre-commit took for the tarball name: the repository\'s .npmrc needs "foreground-scripts=false")'
        : '';
      throw new Error(`the first commit failed (installing the hook):\n${first.output}${hint}`);
    }
    process.stdout.write(`test/pre-commit: hook installed and first commit in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
  }, 300_000);

  it('blocks a commit whose staged policy has an error, printing the finding with its code frame', () => {
    writeFileSync(join(repo, 'policies', 'logs-reader.json'), duplicateSid);
    must(git('add', 'policies/logs-reader.json'), 'git add');
    const before = headCount();
    const result = commit('add the logs reader policy');
    expect(result.status).not.toBe(0);
    expect(headCount()).toBe(before);
    expect(result.output).toMatch(/^policy-lint\.+Failed$/m);
    expect(result.output).toContain('- hook id: policy-lint\n- exit code: 1\n');
    expect(result.output).toContain(
      'policies/logs-reader.json:11:20: error Sid "ReadLogs" is already used by Statement 0 (line 5); Sids must be unique in identity policies. [sid-unique]\n' +
      '   9 |         },\n' +
      '  10 |         {\n' +
      '> 11 |             "Sid": "ReadLogs",\n' +
      '     |                    ^^^^^^^^^^\n',
    );
    expect(result.output).toContain('✖ 1 problem (1 error, 0 warnings)');
    process.stdout.write(`test/pre-commit: the blocked commit printed:\n${result.output}\n`);
  });

  it('lints several staged policies in one process: one report, one summary', () => {
    const names = ['a', 'b', 'c', 'd', 'e', 'f'].map((n) => `policies/extra-${n}.json`);
    for (const name of names) writeFileSync(join(repo, name), duplicateSid);
    must(git('add', ...names), 'git add');
    const result = commit('six more policies');
    expect(result.status).not.toBe(0);
    expect(result.output.match(/^✖ /gm)).toEqual(['✖ ']);
    expect(result.output).toContain('✖ 7 problems (7 errors, 0 warnings)');
    must(git('rm', '-q', '--cached', ...names), 'git rm --cached');
    for (const name of names) rmSync(join(repo, name));
  });

  it('lets the fixed policy through', () => {
    writeFileSync(join(repo, 'policies', 'logs-reader.json'), duplicateSid.replace('"Sid": "ReadLogs",\n            "Effect": "Allow",\n            "Action": "logs:FilterLogEvents"', '"Sid": "FilterLogs",\n            "Effect": "Allow",\n            "Action": "logs:FilterLogEvents"'));
    must(git('add', 'policies/logs-reader.json'), 'git add');
    const before = headCount();
    const result = commit('add the logs reader policy');
    expect(result.output).toMatch(/^policy-lint\.+Passed$/m);
    expect(result.status).toBe(0);
    expect(headCount()).toBe(before + 1);
  });

  it('lints only the staged policies: an unstaged bad policy and other staged JSON (tsconfig, package.json) do not block', () => {
    writeFileSync(join(repo, 'policies', 'work-in-progress.json'), duplicateSid); // not staged
    writeFileSync(join(repo, 'tsconfig.json'), '{\n  // compiler settings\n  "compilerOptions": {},\n}\n'); // JSONC, not a policy
    writeFileSync(join(repo, 'package.json'), '{ "name": "infra", "version": "1.0.0", "private": true }\n');
    writeFileSync(join(repo, 'policies', 'reports.json'), clean);
    must(git('add', 'policies/reports.json', 'tsconfig.json', 'package.json'), 'git add');
    const result = commit('add the reports policy');
    expect(result.output).toMatch(/^policy-lint\.+Passed$/m);
    expect(result.status).toBe(0);
    expect(readFileSync(join(repo, 'policies', 'work-in-progress.json'), 'utf8')).toBe(duplicateSid); // left alone
  });

  it('lints a staged CloudFormation template in YAML; a staged CI workflow (YAML, no template) does not block', () => {
    mkdirSync(join(repo, '.github', 'workflows'), { recursive: true });
    writeFileSync(join(repo, '.github', 'workflows', 'ci.yml'), 'on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n');
    const template = 'Resources:\n  Reader:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n        Version: \'2012-10-17\'\n        Statement:\n          - Effect: allow\n            Action: s3:GetObject\n            Resource: !Sub \'arn:${AWS::Partition}:s3:::reports/*\'\n';
    writeFileSync(join(repo, 'stack.yaml'), template);
    must(git('add', '.github/workflows/ci.yml', 'stack.yaml'), 'git add');
    const blocked = commit('add the stack');
    expect(blocked.status).not.toBe(0);
    expect(blocked.output).toContain('stack.yaml:8:21: error Effect "allow" must be written "Allow" (case-sensitive). [effect-valid]');
    expect(blocked.output).toContain('✖ 1 problem (1 error, 0 warnings)');
    writeFileSync(join(repo, 'stack.yaml'), template.replace('Effect: allow', 'Effect: Allow'));
    must(git('add', 'stack.yaml'), 'git add');
    const passed = commit('add the stack');
    expect(passed.output).toMatch(/^policy-lint\.+Passed$/m);
    expect(passed.status).toBe(0);
  });

  it('lints a staged Terraform file\'s policies; a staged .tf file without policies and a .tfvars file do not block', () => {
    writeFileSync(join(repo, 'variables.tf'), 'variable "bucket" {\n  type = string\n}\n');
    writeFileSync(join(repo, 'prod.tfvars'), 'bucket = "reports"\n');
    const tf = 'resource "aws_iam_policy" "reader" {\n  policy = jsonencode({\n    Version   = "2012-10-17"\n    Statement = [{ Effect = "Allow", Action = "s3:GetObjekt", Resource = "arn:aws:s3:::${var.bucket}/*" }]\n  })\n}\n';
    writeFileSync(join(repo, 'iam.tf'), tf);
    must(git('add', 'variables.tf', 'prod.tfvars', 'iam.tf'), 'git add');
    const blocked = commit('add the reader policy');
    expect(blocked.status).not.toBe(0);
    expect(blocked.output).toMatch(/^iam\.tf:4:47: error The action "s3:GetObjekt" does not exist/m);
    expect(blocked.output).toContain('✖ 1 problem (1 error, 0 warnings)');
    writeFileSync(join(repo, 'iam.tf'), tf.replace('s3:GetObjekt', 's3:GetObject'));
    must(git('add', 'iam.tf'), 'git add');
    const passed = commit('add the reader policy');
    expect(passed.output).toMatch(/^policy-lint\.+Passed$/m);
    expect(passed.status).toBe(0);
  });

  it('lints a staged Serverless Framework file\'s statements; a staged serverless.yml without them does not block', () => {
    mkdirSync(join(repo, 'api'), { recursive: true });
    writeFileSync(join(repo, 'api', 'serverless.yml'), 'service: api\nprovider:\n  name: aws\nfunctions:\n  hello:\n    handler: h.hello\n');
    const sls = 'service: orders\nprovider:\n  name: aws\n  iam:\n    role:\n      statements:\n        - Effect: Allow\n          Action: s3:GetObjekt\n          Resource: arn:aws:s3:::${self:custom.bucket}/*\n';
    writeFileSync(join(repo, 'serverless.yml'), sls);
    must(git('add', 'api/serverless.yml', 'serverless.yml'), 'git add');
    const blocked = commit('add the orders service');
    expect(blocked.status).not.toBe(0);
    expect(blocked.output).toMatch(/^serverless\.yml:8:19: error The action "s3:GetObjekt" does not exist/m);
    expect(blocked.output).toContain('✖ 1 problem (1 error, 0 warnings)');
    writeFileSync(join(repo, 'serverless.yml'), sls.replace('s3:GetObjekt', 's3:GetObject'));
    must(git('add', 'serverless.yml'), 'git add');
    const passed = commit('add the orders service');
    expect(passed.output).toMatch(/^policy-lint\.+Passed$/m);
    expect(passed.status).toBe(0);
  });

  it('lints a staged file whose name starts with "-" as a file, not as an option', () => {
    // pre-commit runs entry + args + file names: without the manifest's `--`, "-old.json" was read as
    // "-o ld.json" (the report written to a new file ld.json, the policy not linted).
    writeFileSync(join(repo, '-old.json'), duplicateSid);
    must(git('add', '--', '-old.json'), 'git add');
    try {
      const before = headCount();
      const result = commit('keep the old policy');
      expect(result.status).not.toBe(0);
      expect(headCount()).toBe(before);
      expect(result.output).toContain('-old.json:11:20: error Sid "ReadLogs" is already used by Statement 0 (line 5)');
      expect(existsSync(join(repo, 'ld.json'))).toBe(false);
    } finally {
      must(git('rm', '-q', '--cached', '--', '-old.json'), 'git rm --cached');
      rmSync(join(repo, '-old.json'));
      rmSync(join(repo, 'ld.json'), { force: true });
    }
  });

  it('skips the hook when no policy is staged', () => {
    writeFileSync(join(repo, 'README.md'), '# infra\n');
    must(git('add', 'README.md'), 'git add');
    const result = commit('readme');
    expect(result.status).toBe(0);
    expect(result.output).toMatch(/^policy-lint\.+\(no files to check\)Skipped$/m);
  });
});

describe('.pre-commit-hooks.yaml and the documented config', () => {
  it.skipIf(!hasPreCommit && !inCi)('pre-commit accepts the manifest and the docs\' example config', () => {
    if (!hasPreCommit) throw new Error('pre-commit is not installed: apt-get install -y pre-commit (.ci/run does it)');
    const manifest = spawnSync('pre-commit', ['validate-manifest', join(repoRoot, '.pre-commit-hooks.yaml')], { encoding: 'utf8' });
    expect(`${manifest.stdout}${manifest.stderr}`).toBe('');
    expect(manifest.status).toBe(0);
    const docs = readFileSync(join(repoRoot, 'docs', 'pre-commit.md'), 'utf8');
    const snippets = [...docs.matchAll(/```yaml\n(# \.pre-commit-config\.yaml\n[\s\S]*?)```/g)].map((m) => m[1]);
    expect(snippets.length).toBeGreaterThan(0);
    const dir = tempDir('pre-commit-config');
    for (const [i, snippet] of snippets.entries()) {
      const file = join(dir, `config-${i}.yaml`);
      writeFileSync(file, snippet);
      const result = spawnSync('pre-commit', ['validate-config', file], { encoding: 'utf8' });
      expect(`${result.stdout}${result.stderr}`, snippet).toBe('');
      expect(result.status).toBe(0);
    }
  });

  it('the hook is a node hook running `policy-lint --skip-non-policies` on staged JSON, YAML and Terraform files', () => {
    const manifest = readFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8');
    expect(manifest).toMatch(/^- id: policy-lint$/m);
    expect(manifest).toMatch(/^ {2}entry: policy-lint --skip-non-policies$/m);
    expect(manifest).toMatch(/^ {2}language: node$/m);
    expect(manifest).toMatch(/^ {2}types_or: \[json, yaml, terraform\]$/m);
    // pre-commit appends the file names after entry and args: "--" ends the options, so that a staged
    // "-old.json" is a file name, not "-o ld.json".
    expect(manifest).toMatch(/^ {2}args: \[--\]$/m);
    const bin = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).bin as Record<string, string>;
    expect(Object.keys(bin)).toContain('policy-lint');
  });

  it('every documented `args:` ends with "--", which the manifest\'s own args give and a hook\'s args replace', () => {
    const manifest = readFileSync(join(repoRoot, '.pre-commit-hooks.yaml'), 'utf8');
    expect(manifest).toMatch(/^ {2}args: \[--\]$/m);
    for (const doc of ['README.md', join('docs', 'pre-commit.md')]) {
      const args = [...readFileSync(join(repoRoot, doc), 'utf8').matchAll(/args: \[([^\]]*)\]/g)].map((m) => m[1]);
      expect(args.length, doc).toBeGreaterThan(0);
      for (const list of args) expect(list, `${doc}: args: [${list}]`).toMatch(/(^|, )--$/);
    }
  });

  it('npm runs lifecycle scripts in the background, so `npm pack` prints only the tarball name (pre-commit reads it)', () => {
    // npm pack runs `prepare` in the foreground, its output on stdout, unless foreground-scripts is set to
    // false explicitly (its default value does not count for pack); pre-commit takes all of pack's stdout
    // for the tarball's name.
    const npmrc = join(repoRoot, '.npmrc');
    const text = existsSync(npmrc) ? readFileSync(npmrc, 'utf8') : '';
    expect(text, 'the repository\'s .npmrc must say "foreground-scripts=false"').toMatch(/^foreground-scripts\s*=\s*false\s*$/m);
  });
});
