#!/usr/bin/env node
// npm run bench: lint every current AWS managed policy and, in the same run, measure the floor
// (reading and JSON.parse-ing the same files), then the cold start of the CLI against `node -e 0`, then a
// template heavy in Fn::If (scripts/fnif-template.mjs: 100 policies x 100 statements, 8 free conditions).
// Prints figures and ratios; asserts nothing (speed is shown here, never in a timed test).
//
//   npm run bench                 the figures
//   npm run bench -- --rules      then the cost of each rule alone on the corpus (slower)
//   npm run bench -- --database   then the cost of the IAM database: first look-ups and warm ones
//   POLICY_LINT_BENCH_QUICK=1     each measure once and a small Fn::If template: meaningless figures, for the
//                                 test that the bench still runs (test/bench.test.ts)
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractCorpus } from './corpus.mjs';
import { fnIfTemplate } from './fnif-template.mjs';

const { values: flags } = parseArgs({ options: { rules: { type: 'boolean' }, database: { type: 'boolean' } } });
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// The command as installed (package.json "bin": the bundle in dist/cli/).
const bin = join(root, JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).bin['policy-lint']);
const corpus = extractCorpus();
const files = readdirSync(corpus).filter((f) => f.endsWith('.json')).map((f) => join(corpus, f));
const bytes = files.reduce((n, f) => n + readFileSync(f).length, 0);

const quick = process.env.POLICY_LINT_BENCH_QUICK === '1';
/** How many times to take a measure: `n`, or once in the quick run. */
const times = (n) => (quick ? 1 : n);
const runsOf = (n) => `${times(n)} run${times(n) === 1 ? '' : 's'}`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (x) => `${x.toFixed(1)} ms`;

function time(fn, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

async function timeAsync(fn, runs) {
  const samples = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await fn();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(samples);
}

// 1. In process: the floor and the full lint (file discovery, config, parse, all rules), warm runs of the two
// taken in turns, so that a slow moment of a shared machine weighs on both; the minimum is the figure least
// disturbed by other work, the median the typical one.
const readAndParse = () => {
  for (const f of files) JSON.parse(readFileSync(f, 'utf8'));
};
const { run } = await import(join(root, 'dist', 'src', 'run.js'));
const lint = () => run({ cwd: corpus, paths: ['.'], cli: { rules: {} } });
const firstStart = process.hrtime.bigint();
const first = await lint();
const firstRun = Number(process.hrtime.bigint() - firstStart) / 1e6;
/** Nine warm runs of a lint, each beside a run of the floor: the median and minimum of each. */
async function againstFloor(lintFn) {
  const floorSamples = [];
  const lintSamples = [];
  for (let i = 0; i < times(9); i++) {
    floorSamples.push(time(readAndParse, 1));
    lintSamples.push(await timeAsync(lintFn, 1));
  }
  return { floor: median(floorSamples), floorMin: Math.min(...floorSamples), lint: median(lintSamples), lintMin: Math.min(...lintSamples) };
}
const { floor, floorMin, lint: warm, lintMin: warmMin } = await againstFloor(lint);

// The same, with only the rules of the foundation issue (the engine: discovery, config, parse, positions,
// grammar, and the first rules): what the engine costs before the rule pack's own work.
const FOUNDATION = ['json-syntax', 'no-duplicate-keys', 'schema', 'policy-version', 'sid-unique', 'sid-alphanumeric', 'effect-valid', 'no-principal-in-identity-policy'];
const { rules: registry } = await import(join(root, 'dist', 'rules', 'index.js'));
const foundationOnly = { rules: Object.fromEntries(registry.filter((r) => !FOUNDATION.includes(r.id)).map((r) => [r.id, 'off'])) };
const lintFoundation = () => run({ cwd: corpus, paths: ['.'], cli: foundationOnly });
await lintFoundation();
const { floor: floor2, floorMin: floor2Min, lint: foundation, lintMin: foundationMin } = await againstFloor(lintFoundation);
const findings = first.results.reduce((n, r) => n + r.messages.length, 0);
const errors = first.results.reduce((n, r) => n + r.errorCount, 0);

// 2. As a user runs it: the CLI in a fresh process against a fresh process that reads and parses.
const floorScript = `const fs=require('fs'),p=require('path');const d=${JSON.stringify(corpus)};for(const f of fs.readdirSync(d))JSON.parse(fs.readFileSync(p.join(d,f),'utf8'))`;
const wall = (args) => {
  const start = process.hrtime.bigint();
  spawnSync(process.execPath, args, { stdio: 'ignore', cwd: corpus });
  return Number(process.hrtime.bigint() - start) / 1e6;
};
const cliFloor = median(Array.from({ length: times(5) }, () => wall(['-e', floorScript])));
const cliLint = median(Array.from({ length: times(5) }, () => wall([bin, '--format', 'json', '.'])));

// 3. Cold start on one small file against `node -e 0`.
const scratch = mkdtempSync(join(tmpdir(), 'policy-lint-bench-'));
// The scratch folder (this part's file and part 4's template) is removed once part 4 is done, whatever happens.
const [policies, statements, conditions] = quick ? [4, 4, 2] : [100, 100, 8];
let nodeStart, cliStart, stackFirst, stackWarm;
try {
  const small = join(scratch, 'policy.json');
  writeFileSync(small, JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] }, null, 2));
  // In turns, as the warm lint and its floor: measured one block after the other, a slow stretch of a shared
  // machine fell on one side only (the same build gave 1.67x and 2.26x in two runs).
  const nodeSamples = [];
  const cliSamples = [];
  for (let i = 0; i < times(15); i++) {
    nodeSamples.push(wall(['-e', '0']));
    cliSamples.push(wall([bin, small]));
  }
  nodeStart = median(nodeSamples);
  cliStart = median(cliSamples);

  // 4. A CloudFormation template heavy in Fn::If, in process: each policy read in each of the 256 assignments of
  // its 8 conditions, then linted once per reading chosen (9 each). The first run, then the faster of two warm
  // ones, each as wall time and as CPU time (the figure a busy machine disturbs least).
  writeFileSync(join(scratch, 'fn-if-stack.yaml'), fnIfTemplate(policies, statements, conditions));
  const lintStack = async () => {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    const outcome = await run({ cwd: scratch, paths: ['fn-if-stack.yaml'], cli: { rules: {} } });
    const used = process.cpuUsage(cpu);
    return { wall: Number(process.hrtime.bigint() - start) / 1e6, cpu: (used.user + used.system) / 1000, findings: outcome.results.reduce((n, r) => n + r.messages.length, 0) };
  };
  stackFirst = await lintStack();
  stackWarm = [await lintStack(), await lintStack()].sort((a, b) => a.wall - b.wall)[0];
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const version = execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' }).trim();

const rows = [
  ['corpus', `${files.length} files, ${(bytes / 1e6).toFixed(1)} MB (AWS managed policies)`],
  ['tool', version],
  ['', ''],
  ['in process: lint, first run', ms(firstRun)],
  [`in process: floor (read + JSON.parse), ${runsOf(9)}`, `median ${ms(floor)}, min ${ms(floorMin)}`],
  [`in process: lint, warm, ${runsOf(9)} in turn`, `median ${ms(warm)}, min ${ms(warmMin)}  ${(files.length / (warm / 1000)).toFixed(0)} files/s`],
  ['ratio lint / floor (warm)', `${(warm / floor).toFixed(2)}x median, ${(warmMin / floorMin).toFixed(2)}x min  (target ≤ 3x)`],
  [`in process: lint with the ${FOUNDATION.length} foundation rules only, warm`, `median ${ms(foundation)}, min ${ms(foundationMin)}  (floor beside it: median ${ms(floor2)}, min ${ms(floor2Min)})`],
  ['ratio foundation lint / floor (warm)', `${(foundation / floor2).toFixed(2)}x median, ${(foundationMin / floor2Min).toFixed(2)}x min`],
  ['findings on the corpus', `${findings} (${errors} errors)`],
  ['', ''],
  ['new process: node reading + parsing', ms(cliFloor)],
  ['new process: policy-lint --format json .', `${ms(cliLint)}  ${(files.length / (cliLint / 1000)).toFixed(0)} files/s`],
  ['ratio CLI / floor (new process)', `${(cliLint / cliFloor).toFixed(2)}x`],
  ['', ''],
  [`cold start: node -e 0 (median of ${times(15)})`, ms(nodeStart)],
  ['cold start: policy-lint one small file', ms(cliStart)],
  ['ratio cold start / node -e 0', `${(cliStart / nodeStart).toFixed(2)}x  (target ≤ 2x)`],
  ['', ''],
  [`Fn::If template (${policies} policies x ${statements} statements, ${conditions} conditions)`, `${stackFirst.findings} findings`],
  ['in process: first run', `${ms(stackFirst.wall)} (CPU ${ms(stackFirst.cpu)})`],
  ['in process: warm, faster of 2', `${ms(stackWarm.wall)} (CPU ${ms(stackWarm.cpu)})`],
];
const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) console.log(k ? `${k.padEnd(width)}  ${v}` : '');

// 4. Per rule (--rules): lint the corpus with that rule alone, minus a lint with no rule (reading is not
// timed; parsing and normalising are in the baseline). Facts that rules share (analyzeMfa) are charged to
// every rule that uses them, so the column adds up to more than a lint with all rules. A few ms is noise.
if (flags.rules) {
  const { rules } = await import(join(root, 'dist', 'rules', 'index.js'));
  const { loadConfig, settingsForFile } = await import(join(root, 'dist', 'src', 'config', 'index.js'));
  const { PolicyDocument } = await import(join(root, 'dist', 'src', 'engine', 'document.js'));
  const { lintDocument, prepareRules } = await import(join(root, 'dist', 'src', 'engine', 'linter.js'));
  const texts = files.map((f) => [f, readFileSync(f, 'utf8')]);
  const config = await loadConfig({ cwd: corpus, rules });
  const { policyType, rules: enabled } = settingsForFile(config, files[0], {});
  await prepareRules(enabled);
  const lintWith = (list) => () => {
    for (const [filePath, text] of texts) lintDocument(new PolicyDocument(filePath, text), { policyType, rules: list });
  };
  lintWith(enabled)(); // load the database files the rules read
  // Each rule is timed in turns with the no-rule lint, five of each, and charged the difference of the two
  // minimums. Both minimums come from the same number of runs: a baseline kept as the minimum of every
  // no-rule run of the whole table (some 200) sat ~5-19 ms below any minimum of five, an offset every rule
  // was then charged (even rules that do not apply to identity policies).
  const fastest = (fn, runs) => { let best = Infinity; for (let i = 0; i < runs; i++) best = Math.min(best, time(fn, 1)); return best; };
  const all = fastest(lintWith(enabled), 5);
  const none = fastest(lintWith([]), 5);
  /** What linting with `list` costs over linting with no rule, timed in turns as above. */
  const costOf = (list) => {
    const withList = lintWith(list);
    const without = lintWith([]);
    let bestWith = Infinity;
    let bestNone = Infinity;
    for (let i = 0; i < 5; i++) {
      bestWith = Math.min(bestWith, time(withList, 1));
      bestNone = Math.min(bestNone, time(without, 1));
    }
    return Math.max(0, bestWith - bestNone);
  };
  const costs = enabled.map((e) => [e.rule.id, costOf([e])]).sort((a, b) => b[1] - a[1]);
  console.log('');
  console.log(`per rule (${policyType} policies, fastest of 5): all ${enabled.length} rules ${ms(all)}, no rule ${ms(none)}`);
  for (const [id, cost] of costs.slice(0, 25)) console.log(`  ${cost.toFixed(1).padStart(7)} ms  ${id}`);
  // The rest are linted together, in turns with the no-rule lint, not summed: each difference above carries the
  // noise of two minimums (~1-2 ms on this machine, never below 0), which a sum of 80 rules turned into a cost
  // of ~200 ms for rules that take ~55 ms together.
  const rest = new Set(costs.slice(25).map(([id]) => id));
  if (rest.size > 0) {
    const together = costOf(enabled.filter((e) => rest.has(e.rule.id)));
    console.log(`  ${together.toFixed(1).padStart(7)} ms  the other ${rest.size} rules, linted together`);
  }
}

// 5. The IAM database (--database): a first look-up reads and parses one file of the database package, the
// next ones are map reads. The caches are emptied first, so the first look-ups below read and parse their files
// again, as in a new process, except that the package's folder stays resolved and the code is compiled.
if (flags.database) {
  const db = await import(join(root, 'dist', 'src', 'iam', 'database.js'));
  const names = await import(join(root, 'dist', 'src', 'iam', 'actions-db.js'));
  const once = (fn) => time(fn, 1);
  const perCall = (fn, n) => (time(() => { for (let i = 0; i < n; i++) fn(); }, 1) / n) * 1000;
  const n = 100_000;
  db.resetDatabaseCache();
  names.resetActionIndex();
  const costs = [ // [what, figure, unit]
    ['first databaseVersion() (package.json)', once(() => db.databaseVersion()).toFixed(2), 'ms'],
    ["first actionExists('iam:GetUser') (serviceNames.json + the IAM index)", once(() => names.actionExists('iam:GetUser')).toFixed(2), 'ms'],
    ["first actionExists('ec2:RunInstances') (the index's ec2 line)", once(() => names.actionExists('ec2:RunInstances')).toFixed(2), 'ms'],
    ["first actionInfo('iam:EnableMFADevice') (actions/iam.json + resourceTypes/iam.json)", once(() => db.actionInfo('iam:EnableMFADevice')).toFixed(2), 'ms'],
    ["first actionInfo('ec2:RunInstances') (actions/ec2.json, the largest file)", once(() => db.actionInfo('ec2:RunInstances')).toFixed(2), 'ms'],
    ['first globalConditionKeyRecords() (global keys module)', once(() => db.globalConditionKeyRecords()).toFixed(2), 'ms'],
    ["first resourceTypesOfService('s3') (resourceTypes/s3.json only)", once(() => db.resourceTypesOfService('s3')).toFixed(2), 'ms'],
    ['actionExists, warm', perCall(() => names.actionExists('iam:GetUser'), n).toFixed(3), 'µs per call'],
    ['canonicalAction, warm, another case', perCall(() => names.canonicalAction('IAM:getuser'), n).toFixed(3), 'µs per call'],
    ["expandActionPattern('iam:*VirtualMFADevice'), warm", perCall(() => names.expandActionPattern('iam:*VirtualMFADevice'), 1000).toFixed(1), 'µs per call'],
  ];
  const allFirst = once(() => names.expandActionPattern('*'));
  const allAgain = once(() => names.expandActionPattern('*'));
  costs.push([`expandActionPattern('*') (every service of the index)`, allFirst.toFixed(0), `ms, then ${allAgain.toFixed(0)} ms`]);
  // Figures aligned on the decimal point.
  const labelWidth = Math.max(...costs.map(([k]) => k.length));
  const parts = costs.map(([, v]) => v.split('.'));
  const whole = Math.max(...parts.map(([w]) => w.length));
  const fraction = Math.max(...parts.map(([, f = '']) => f.length));
  const figure = ([w, f]) => `${w.padStart(whole)}${(f === undefined ? '' : `.${f}`).padEnd(fraction + 1)}`;
  console.log('');
  console.log('IAM database: first look-ups after emptying the caches (each reads a file), then warm ones');
  costs.forEach(([k, , unit], i) => console.log(`  ${k.padEnd(labelWidth)}  ${figure(parts[i])} ${unit}`));
}
