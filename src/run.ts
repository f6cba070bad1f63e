/**
 * One lint run, independent of the command line (the CLI and the GitHub Action both call it): find the
 * files, lint each with its settings, apply fixes, apply suppressions, optionally ask Access Analyzer.
 */
import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { rules as allRules } from '../rules/index.js';
import { applySuppressions, checkCliOverrides, ignoreAnchors, loadConfig, suppressMessages, settingsForFile, type CliOverrides, type LoadedConfig } from './config/index.js';
import { CONFIG_FILE_NAME } from './config/constants.js';
import { IgnoreUsage } from './config/unused-ignores.js';
import { compileGlobs, loadGlobMatcher, relativeInside } from './config/glob.js';
import { looksLikePolicy } from './detect.js';
import { isTemplateName, isTemplateValue, isYamlName, mayBeJsonTemplate, mayBeYamlTemplate } from './cloudformation/detect.js';
import type { ParsedTemplate } from './cloudformation/source.js';
import type { EmbeddedPolicy } from './cloudformation/lint.js';
import type { TerraformFilePolicies, TerraformModuleFile, TerraformOutcome } from './terraform/lint.js';
import type { TerraformFileReference } from './terraform/file-refs.js';
import { rulesForResourceType } from './engine/resource-type.js';
import { accessAnalyzerTypeOf } from './config/load.js';
import type { AccessAnalyzerInput } from './access-analyzer/index.js';
import { isOverrideFile, isTerraformBackendSettings, isTerraformName, isTerraformStateName, terraformPlanKey } from './terraform/detect.js';
import { isServerlessName, JSON_BOM_MESSAGE, mayBeServerless, namesAwsProvider } from './serverless/detect.js';
import { blankBom, PolicyDocument } from './engine/document.js';
import { displayPath } from './paths.js';
import { deeperThan, findingKey, lintAndFix, lintDocument, notUtf8Message, prepareRules, RuleError, type EnabledRule } from './engine/linter.js';
import { compareMessages, countResult, type LintMessage, type LintResult, type PolicyType, type Severity } from './engine/types.js';
import { findFiles, inSkippedDirectory } from './files.js';
import { readPolicyFile, writeFileAtomic, type InvalidUtf8, type ReadFile } from './io.js';
import { toolVersion } from './version.js';
import { quoted } from './words.js';

export type AccessAnalyzerMode = 'off' | 'required' | 'optional';

/** The CloudFormation reader, loaded when a file turns out to be a template (see readTemplate). */
type CloudFormation = typeof import('./cloudformation/index.js');
let cloudFormation: CloudFormation | undefined;
async function loadCloudFormation(): Promise<CloudFormation> {
  return (cloudFormation ??= await import('./cloudformation/index.js'));
}

/** The Terraform reader, loaded for .tf files, and plan and state JSON, only. */
type Terraform = typeof import('./terraform/index.js');
let terraform: Terraform | undefined;
async function loadTerraform(): Promise<Terraform> {
  return (terraform ??= await import('./terraform/index.js'));
}

/** The Serverless Framework reader, loaded for files named like serverless.yml that look like a service. */
type Serverless = typeof import('./serverless/index.js');
let serverless: Serverless | undefined;
async function loadServerless(): Promise<Serverless> {
  return (serverless ??= await import('./serverless/index.js'));
}

export interface RunOptions {
  cwd: string;
  paths: string[];
  configPath?: string;
  cli: CliOverrides;
  /** Apply safe fixes and write them (`--fix`). */
  fix?: boolean;
  /** Compute fixes without writing them (`--fix-dry-run`); results carry `output`. */
  fixDryRun?: boolean;
  /** Report the `ignore` entries that suppressed nothing, at this severity, on the config file (`--report-unused-ignores`). */
  reportUnusedIgnores?: Severity;
  /**
   * Treat named files like a directory's (`--skip-non-policies`): keep those that `include` and `exclude`
   * keep and that look like policies. For hooks that pass every staged JSON file by name.
   */
  skipNonPolicies?: boolean;
  /**
   * A directory or pattern that gives no file to lint is a tool error (default), as ESLint's; false:
   * `--no-error-on-unmatched-pattern`. A path that does not exist is an error either way.
   */
  errorOnUnmatchedPattern?: boolean;
  /** Lint this text instead of files (`--stdin`), reported under `filename`. */
  stdin?: { text: string; filename: string; invalidUtf8?: InvalidUtf8; /** Named by --stdin-filename (else `<stdin>`). */ named?: boolean };
  accessAnalyzer?: {
    mode: AccessAnalyzerMode;
    region?: string;
    profile?: string;
    cache?: boolean;
    cacheLocation?: string;
    env?: NodeJS.ProcessEnv;
    onProgress?: (p: { total: number; done: number; failed: number }) => void;
  };
}

export interface RunOutcome {
  results: LintResult[];
  config: LoadedConfig;
  /** Problems of the tool or its inputs that are not findings in a file (exit code 2). */
  toolErrors: string[];
  /** Problems that only warrant a warning (e.g. Access Analyzer unreachable with `optional`). */
  toolWarnings: string[];
  /** The unused `ignore` entries as findings on the config file (`reportUnusedIgnores`): also in `results`, but not a file that was linted. */
  unusedIgnores?: LintResult;
}

interface Work {
  filePath: string;
  text: string;
  read?: ReadFile;
  policyType: PolicyType;
  rules: EnabledRule[];
  resourceType?: string;
  messages: LintMessage[];
  output?: string;
  /** The parsed value of the (fixed) text, for suppressions by JSON path (kept only when some have a path). */
  value?: unknown;
  /** The bytes are not UTF-8: the text holds U+FFFD in their place, so it is not sent to Access Analyzer either. */
  notUtf8?: boolean;
  /**
   * The (fixed) text is empty or not JSON: json-syntax reports it, and Access Analyzer would only reject it
   * (a call, and the same finding twice), so it is not sent.
   */
  notJson?: boolean;
  /** A CloudFormation template: its policies were linted where they are, and are sent to Access Analyzer one by one. */
  template?: boolean;
  /** A Terraform file: as a template. */
  terraform?: boolean;
  /** A Terraform plan or state (`terraform show -json`): as a template. */
  terraformPlan?: boolean;
  /** A Serverless Framework service file: as a template. */
  serverless?: boolean;
  /** A policy file a Terraform module renders with templatefile(): linted as a template, not sent to Access Analyzer. */
  terraformTemplate?: boolean;
  /**
   * A file a service file includes with `${file(…)}`, linted as part of the service: not sent to Access Analyzer
   * (the service file's own lists are).
   */
  included?: boolean;
}

/**
 * The counts that decide the exit code, the Action's outputs and `--max-warnings`: errors, and warnings with
 * Access Analyzer's suggestions among them only when the config says so (`suggestionsCountAsWarnings`).
 */
export function findingCounts(outcome: RunOutcome): { errors: number; warnings: number } {
  const countSuggestions = outcome.config.suggestionsCountAsWarnings === true;
  let errors = 0;
  let warnings = 0;
  for (const result of outcome.results) {
    errors += result.errorCount;
    for (const m of result.messages) if (m.severity === 1 && (countSuggestions || !m.suggestion)) warnings++;
  }
  return { errors, warnings };
}

export async function run(options: RunOptions): Promise<RunOutcome> {
  const config = await loadConfig({ cwd: options.cwd, configPath: options.configPath, rules: allRules });
  // Before any file is read: a mistyped --rule is a usage error even when no file is linted.
  checkCliOverrides(options.cli, config.registry);
  const toolErrors: string[] = [];
  const toolWarnings: string[] = [];
  const works: Work[] = [];
  const results: LintResult[] = [];

  // `named`: given by name (not by a directory or pattern), and not under --skip-non-policies.
  const inputs: Array<{ filePath: string; text?: string; read?: ReadFile; invalidUtf8?: InvalidUtf8; found?: boolean; named?: boolean }> = [];
  let expanded: Array<{ path: string; files: string[] }> = [];
  /** A directory's or pattern's symbolic links that give no file: to a directory, or to nothing. */
  const noFileLinks = new Set<string>();
  if (options.stdin) {
    // An editor passes every buffer with its name: --skip-non-policies judges it as a named file.
    const skip = options.skipNonPolicies && options.stdin.named && !(await includeFilter(config, options.cwd))(options.stdin.filename);
    if (!skip) inputs.push({ filePath: options.stdin.filename, text: options.stdin.text, invalidUtf8: options.stdin.invalidUtf8, found: options.skipNonPolicies && !config.includeSet, named: !options.skipNonPolicies });
  } else {
    const { files, missing, unmatched, ...rest } = await findFiles(options.paths, { cwd: options.cwd, include: config.include, exclude: config.exclude, base: config.directory });
    expanded = rest.expanded;
    // `-` is standard input to many tools; here that is --stdin.
    for (const path of missing) toolErrors.push(`${path}: no such file or directory${path === '-' ? '; to lint standard input, use --stdin (with --stdin-filename <name> to name it)' : ''}`);
    toolWarnings.push(...rest.warnings); // directories the walk without git could not read
    // A typo (`polices/`) must not pass CI by linting nothing.
    if (options.errorOnUnmatchedPattern ?? true) for (const path of unmatched) toolErrors.push(`No files matching the pattern ${quoted(path)} were found.`);
    const named = new Set(options.paths.map((path) => resolve(options.cwd, path)));
    const keepNamed = options.skipNonPolicies ? await includeFilter(config, options.cwd) : undefined;
    for (const filePath of files) {
      const isNamed = named.has(filePath);
      if (isNamed && keepNamed && !keepNamed(filePath)) continue;
      // Files found by expanding a directory with the default `include` are linted only if they look like policies.
      const found = !config.includeSet && (!isNamed || keepNamed !== undefined);
      try {
        const read = readPolicyFile(filePath, { forWriting: options.fix });
        inputs.push({ filePath, text: read.text, read, invalidUtf8: read.invalidUtf8, found, named: isNamed && keepNamed === undefined });
      } catch (error) {
        const where = displayPath(filePath, options.cwd);
        // A directory's entry may be a symbolic link: to a directory (not a file to lint), or to nothing.
        if (!isNamed && (error as Error).message === 'is a directory') noFileLinks.add(filePath);
        else if (!isNamed && (error as NodeJS.ErrnoException).code === 'ENOENT' && isSymbolicLink(filePath)) {
          toolWarnings.push(`${where}: skipped: a symbolic link to a file that does not exist`);
          noFileLinks.add(filePath);
        } else toolErrors.push(`${where}: cannot read: ${(error as Error).message}`);
      }
    }
  }

  /** Files found by a directory or pattern and skipped because they do not look like policies. */
  const notPolicies = new Set<string>();
  /** The files Serverless service files include with `${file(…)}`, each one result whichever services include it. */
  const includedWorks = new Map<string, Work>();
  /**
   * Named files that are neither a template nor a policy (a YAML list of statements, a JSON array of them):
   * their tool error, or the work that found no policy, stands only if no service file includes them.
   */
  const namedNotTemplates = new Map<string, string>();
  /** Every file a service reads with `${file(…)}`, with or without statements. */
  const followedFiles = new Set<string>();
  /** The service files that include each of them, to read it again where --fix rewrites it. */
  const includers = new Map<string, Array<{ filePath: string; text: string; parsed: ParsedTemplate; rules: readonly EnabledRule[] }>>();
  const prepared = new Set<readonly EnabledRule[]>();
  // Keeping every parsed document alive until the end makes each garbage collection copy them: keep them
  // only when an `ignore` entry selects findings by JSON path.
  const keepValues = config.ignore.some((entry) => entry.path !== undefined);
  /**
   * The outcomes of the .tf files of each module (a directory's .tf files, which Terraform reads together), by
   * directory: linted together when the first of them comes; the error of a rule that failed on them.
   */
  const terraformModules = new Map<string, Map<string, TerraformOutcome> | RuleError>();
  // The run's .tf files by directory, grouped once (a filter per directory took seconds on thousands of modules).
  const terraformInputs = byTerraformDirectory(options, inputs.filter((input) => !input.invalidUtf8 && isTerraformName(input.filePath)));
  // The policy files the run's modules read with file() or templatefile(): the attribute gives their policy type.
  const readByTerraform = await terraformReadFiles(options, terraformInputs, inputs);
  for (const input of inputs) {
    const settings = settingsForFile(config, input.filePath, options.cli);
    await prepareOnce(settings.rules, prepared);
    const work: Work = {
      filePath: input.filePath, text: input.text!, read: input.read, policyType: settings.policyType,
      rules: settings.rules, resourceType: settings.accessAnalyzerResourceType, messages: [],
    };
    // A policy file's rules get the config's resourceType; a template's and a .tf file's resources give theirs, and
    // so does the resource whose attribute reads a policy file with file() (as for a policy written in place).
    let lintOptions = { policyType: settings.policyType, rules: settings.policyFileRules };
    const terraformRead = isTerraformName(input.filePath) || readByTerraform.size === 0 ? undefined : readByTerraform.get(realPathOf(resolve(options.cwd, input.filePath)));
    if (terraformRead) {
      const { policyType, ruleResourceType } = terraformRead;
      lintOptions = { policyType, rules: ruleResourceType ? rulesForResourceType(settings.rules, ruleResourceType) : settings.rules };
      work.policyType = policyType;
      work.resourceType = ruleResourceType ? accessAnalyzerTypeOf(ruleResourceType) : undefined;
    }
    if (input.invalidUtf8) {
      const utf16 = input.invalidUtf8.utf16?.text;
      // A .tf file: when its text names an IAM resource or document (as one the scanner cannot read).
      const looks = isTerraformName(work.filePath) ? (await loadTerraform()).mayHoldPolicies(utf16 ?? work.text)
        : utf16 !== undefined ? looksLikePolicy(utf16, ...parseForDetection(utf16)) : looksLikePolicy(work.text, undefined, false);
      if (input.found && !looks) {
        notPolicies.add(work.filePath);
        continue;
      }
      work.messages = [notUtf8Message(new PolicyDocument(work.filePath, work.text), input.invalidUtf8)];
      work.notUtf8 = true;
      works.push(work);
      continue;
    }
    try {
      if (isTerraformName(work.filePath)) {
        const directory = terraformDirectoryOf(options, work.filePath);
        let outcomes = terraformModules.get(directory);
        if (!outcomes) {
          try {
            outcomes = await lintTerraformDirectory(directory, terraformInputs.get(directory)!, config, options, prepared);
          } catch (error) {
            if (error instanceof RuleError) terraformModules.set(directory, error);
            throw error;
          }
          terraformModules.set(directory, outcomes);
        }
        // A rule failed on the module: said once, at its first file.
        if (outcomes instanceof RuleError) continue;
        const outcome = outcomes.get(work.filePath)!;
        // Text the scanner cannot read ends the file's scan: a fatal json-syntax finding where it stopped, when the
        // file has policies or names an IAM resource or document anywhere (the one it stopped in, maybe), or was
        // named; a .tf file found through a directory that names none is skipped, as before.
        const messages = outcome.error && (outcome.policies + outcome.parts > 0 || outcome.error.namesIam || !input.found)
          ? [...outcome.messages, outcome.error.finding].sort(compareMessages) : outcome.messages;
        // A .tf file without IAM policies or managed policy ARNs, found by a directory, is skipped like YAML that is no
        // template; not one with findings (on the `locals` another file's policy reads).
        if (outcome.policies + outcome.parts === 0 && outcome.policyArns === 0 && messages.length === 0 && input.found) {
          notPolicies.add(work.filePath);
          continue;
        }
        work.messages = messages;
        work.template = true;
        work.terraform = true;
        if (keepValues) work.value = outcome.value;
        if (outcome.fixed) work.output = outcome.output;
        works.push(work);
        continue;
      }
      const service = await readServerless(work.filePath, work.text);
      if (service) {
        // A service file found by a directory is skipped when it holds no policy (as a .tf file), or cannot be
        // read and its text does not name the AWS provider (another provider's file is not ours to judge).
        if (service.error && !service.root && input.found && !namesAwsProvider(work.text)) {
          notPolicies.add(work.filePath);
          continue;
        }
        const outcome = (await loadServerless()).lintServerless(work.filePath, work.text, service, settings.rules);
        if (!service.error && outcome.policies === 0 && outcome.messages.length === 0 && outcome.included.length === 0 && input.found) {
          notPolicies.add(work.filePath);
          continue;
        }
        work.messages = outcome.messages;
        work.template = true;
        work.serverless = true;
        work.notJson = service.error !== undefined;
        if (keepValues) work.value = outcome.value;
        works.push(work);
        for (const file of outcome.followed) followedFiles.add(file);
        // A file the service includes with `${file(…)}`: its findings are its own result, at their place in it.
        for (const file of outcome.included) {
          const by = includers.get(file.filePath) ?? [];
          includers.set(file.filePath, [...by, { filePath: work.filePath, text: work.text, parsed: service, rules: settings.rules }]);
          const known = includedWorks.get(file.filePath);
          if (known) {
            known.messages = mergeIncluded(known.messages, file.messages);
            continue;
          }
          includedWorks.set(file.filePath, {
            filePath: file.filePath, text: file.text, policyType: settings.policyType, rules: settings.rules, messages: file.messages,
            template: true, included: true, ...(keepValues ? { value: file.value } : {}),
          });
        }
        continue;
      }
      // A file a module renders with templatefile(): a Terraform template of a policy, read as a heredoc is.
      if (terraformRead?.template) {
        const outcome = (await loadTerraform()).lintTerraformTemplateFile(work.filePath, work.text, terraformRead.policyType, terraformRead.ruleResourceType, settings.rules);
        work.messages = outcome.messages;
        work.template = true;
        work.terraformTemplate = true;
        if (keepValues) work.value = outcome.value;
        works.push(work);
        continue;
      }
      // A JSON text is parsed once: to tell a template from a policy, and as the policy's value.
      const parsed = isYamlName(work.filePath) ? undefined : parseForDetection(work.text);
      // A plan or a template is told by its content with or without a byte order mark (their tools read one); a
      // policy's is a json-syntax finding, as IAM refuses it.
      const content = parsed && !parsed[1] && hasBom(work.text) ? parseForKind(work.text) : parsed;
      // A Terraform plan or state, by its top-level keys: linted wherever it is found, even without policies.
      const planKey = content?.[1] ? terraformPlanKey(content[0]) : undefined;
      if (planKey) {
        const outcome = (await loadTerraform()).lintTerraformPlan(work.filePath, work.text, content![0] as Record<string, unknown>, planKey, settings.rules);
        work.messages = outcome.messages;
        work.template = true;
        work.terraformPlan = true;
        if (keepValues) work.value = outcome.value;
        works.push(work);
        continue;
      }
      // A .tfstate file that holds no state Terraform reads (it reads a state of format version 4, or 1 to 3): empty
      // (the local backend creates it empty when it takes its lock, and reads it as no state), a backend's settings
      // (.terraform/terraform.tfstate), other JSON, cut short. Never a policy: skipped when not named, as a .tf file
      // without one; named, said what it is, and a text that is not JSON gets its json-syntax finding.
      if (isTerraformStateName(work.filePath) && !input.named) {
        notPolicies.add(work.filePath);
        continue;
      }
      const notState = isTerraformStateName(work.filePath) ? notStateNotice(displayPath(work.filePath, options.cwd), work.text, content) : undefined;
      if (notState) {
        (notState.error ? toolErrors : toolWarnings).push(notState.message);
        continue;
      }
      const template = await readTemplate(work.filePath, work.text, content);
      if (template === 'not-a-template') {
        // YAML that is not a CloudFormation template: another tool's file, skipped when a directory gave it.
        if (input.named) namedNotTemplates.set(work.filePath, notTemplateMessage(displayPath(work.filePath, options.cwd)));
        else notPolicies.add(work.filePath);
        continue;
      }
      if (template) {
        const outcome = lintTemplateSafely(work.filePath, work.text, template, settings.rules, {
          fix: options.fix || options.fixDryRun,
          unsuppressed: (messages, value) => applySuppressions(config, work.filePath, value, messages),
        });
        work.messages = outcome.messages;
        work.template = true;
        work.notJson = template.error !== undefined;
        if (keepValues) work.value = outcome.value;
        if (outcome.fixed) work.output = outcome.output;
        works.push(work);
        continue;
      }
      if (input.found && (options.fix || options.fixDryRun) && !looksLikePolicy(work.text, ...(parsed ?? parseForDetection(work.text)))) {
        notPolicies.add(work.filePath);
        continue;
      }
      if (options.fix || options.fixDryRun) {
        const outcome = lintAndFix(work.filePath, work.text, lintOptions,
          (messages, value) => applySuppressions(config, work.filePath, value, messages),
          keepValues ? (document) => ignoreAnchors(config, work.filePath, document) : undefined);
        work.messages = outcome.messages;
        work.notJson = outcome.document.syntaxError !== undefined;
        if (keepValues) work.value = outcome.document.value;
        if (outcome.fixed) work.output = outcome.output;
      } else {
        const document = new PolicyDocument(work.filePath, work.text, parsed?.[1] ? { value: parsed[0] } : undefined);
        if (input.found && !looksLikePolicy(work.text, document.value, !document.syntaxError)) {
          notPolicies.add(work.filePath);
          continue;
        }
        work.messages = lintDocument(document, lintOptions);
        work.notJson = document.syntaxError !== undefined;
        if (keepValues) work.value = document.value;
      }
      // Text on --stdin without a name is read as JSON: YAML that looks like a template or a service file gets a hint.
      if (work.notJson && options.stdin && !options.stdin.named) work.messages = stdinFormatHint(work.text, work.messages, options.cwd);
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      toolErrors.push(`${error.message} (this is a bug in policy-lint; please report it)`);
      continue;
    }
    works.push(work);
  }

  // An included file named or found as well (a YAML fragment read as a template) keeps one result.
  // A file named on the command line that a service reads, and that is no template or policy (a list of
  // statements, a `functions` file): only what the service finds in it, as when a directory gives it.
  const notPolicy = (work: Work | undefined) => work !== undefined && !work.template && !work.notUtf8 && !looksLikePolicy(work.text, ...parseForDetection(work.text));
  for (const filePath of followedFiles) {
    namedNotTemplates.delete(filePath);
    const at = works.findIndex((w) => w.filePath === filePath);
    if (!includedWorks.has(filePath) && notPolicy(works[at])) works.splice(at, 1);
  }
  for (const [filePath, included] of includedWorks) {
    const at = works.findIndex((w) => w.filePath === filePath);
    const known = works[at];
    if (!known || notPolicy(known)) {
      if (known) works.splice(at, 1, included);
      else works.push(included);
      continue;
    }
    let messages = included.messages;
    if (known.output !== undefined) {
      // A JSON template fragment that --fix rewrote: its statements read again from the fixed text, so that
      // what the fix mended is not reported, and the rest is at its place in the text written.
      messages = [];
      const { lintServerless } = await loadServerless();
      for (const service of includers.get(filePath)!) {
        try {
          const again = lintServerless(service.filePath, service.text, service.parsed, service.rules, new Map([[filePath, known.output]]));
          messages = mergeIncluded(messages, again.included.find((file) => file.filePath === filePath)?.messages ?? []);
        } catch (error) {
          if (!(error instanceof RuleError)) throw error;
          toolErrors.push(`${error.message} (this is a bug in policy-lint; please report it)`);
        }
      }
    }
    known.messages = mergeIncluded(known.messages, messages);
  }

  for (const error of namedNotTemplates.values()) toolErrors.push(error);

  // A directory holding JSON but no policy (the Action's default "." in a repository without policies), or
  // only symbolic links that give no file, is as unmatched as an empty one.
  if ((options.errorOnUnmatchedPattern ?? true) && notPolicies.size + noFileLinks.size > 0) {
    for (const { path, files: given } of expanded) {
      if (!given.every((file) => notPolicies.has(file) || noFileLinks.has(file))) continue;
      // The links' warnings say what they are; the message tells about the other files.
      const files = given.filter((file) => !noFileLinks.has(file));
      if (files.length === 0) {
        toolErrors.push(`No files matching the pattern ${quoted(path)} were found.`);
        continue;
      }
      const json = files.every((file) => file.toLowerCase().endsWith('.json'));
      const tf = files.some(isTerraformName) ? (files.length === 1 ? ' nor a Terraform file with IAM policies' : ' nor Terraform files with IAM policies') : '';
      const sls = files.some(isServerlessName) ? (files.length === 1 ? ' nor a Serverless service file with IAM statements' : ' nor Serverless service files with IAM statements') : '';
      const state = files.some(isTerraformStateName) ? (files.length === 1 ? ' nor a Terraform state' : ' nor Terraform states') : '';
      const what = !json
        ? (files.length === 1 ? `its file is neither an IAM policy nor a CloudFormation template${tf}${sls}${state}` : `its ${files.length} files are neither IAM policies nor CloudFormation templates${tf}${sls}${state}`)
        : files.length === 1 ? 'its JSON file does not look like an IAM policy' : `its ${files.length} JSON files do not look like IAM policies`;
      toolErrors.push(`No files matching the pattern ${quoted(path)} were found: ${what} (name a file to lint it anyway).`);
    }
  }

  const mode = options.accessAnalyzer?.mode ?? (config.accessAnalyzer?.enabled ? 'required' : 'off');
  // Whether every file got Access Analyzer's answer: only then can an ignore entry for its findings be judged unused.
  let accessAnalyzerAnswered = false;
  if (mode !== 'off') {
    const { failures, warnings } = await askAccessAnalyzer(works, config, options, mode);
    accessAnalyzerAnswered = failures.length === 0;
    (mode === 'optional' ? toolWarnings : toolErrors).push(...failures);
    toolWarnings.push(...warnings);
  }

  // A file reached twice (a symbolic link and its target, or two hard links) was read before either was
  // written: its fixed text is written once. Known by its path and by its inode after the write, with the text.
  const written = new Map<string, string>();
  const inode = (path: string) => { const { dev, ino } = statSync(path); return `${dev}:${ino}`; };
  const usage = options.reportUnusedIgnores && config.ignore.length > 0 ? new IgnoreUsage(config) : undefined;
  /** The files whose fixes could not be written, with the text they were read with. */
  const unwritten = new Map<string, string>();
  for (const work of works) {
    const text = work.output ?? work.text;
    const { kept: messages, suppressed } = suppressMessages(config, work.filePath, work.value, work.messages);
    usage?.record(work.filePath, suppressed.flatMap((s) => s.entries.map((e) => e.ignoreIndex)));
    if (work.output !== undefined && options.fix && !options.stdin) {
      try {
        // A pipe (`<(…)`, /dev/stdin) or a FIFO gave its text once; a rename would put a file in a FIFO's place.
        if (!statSync(work.filePath).isFile()) throw new Error('is not a regular file (a pipe or a device); not writing fixes');
        const real = realpathSync(work.filePath);
        if (!written.has(real) && !written.has(inode(real))) {
          writeFileAtomic(work.filePath, work.output, work.read);
          written.set(real, work.output).set(inode(real), work.output);
        }
      } catch (error) {
        toolErrors.push(`${displayPath(work.filePath, options.cwd)}: ${(error as Error).message}`);
        work.output = undefined;
        unwritten.set(work.filePath, work.text);
      }
    }
    results.push(countResult(work.filePath, messages, {
      source: text,
      policyType: work.policyType,
      ...(suppressed.length > 0 ? {
        suppressedMessages: suppressed.map(({ message, entries }) => ({ ...message, suppressions: entries.map(({ reason }) => ({ kind: 'config' as const, justification: reason })) })),
      } : {}),
      ...(work.output !== undefined ? { output: work.output } : {}),
    }));
  }
  // Under another name the same file may have other settings (overrides by path), so other fixes: the text
  // written under the first name is the one on disk, for every name.
  if (written.size > 0) {
    for (const work of works) {
      const onDisk = writtenText(written, work.filePath, inode);
      if (onDisk !== undefined && onDisk !== (work.output ?? work.text)) unwritten.set(work.filePath, onDisk);
    }
  }
  if (unwritten.size > 0) await reportAsOnDisk(results, unwritten, options, toolErrors);
  const unused = usage?.result(options.reportUnusedIgnores!, accessAnalyzerAnswered);
  if (unused) results.push(unused);
  return { results, config, toolErrors, toolWarnings, ...(unused ? { unusedIgnores: unused } : {}) };
}

/** The text --fix wrote to a file, by its path or another name of it (`written` keys both); undefined if none. */
function writtenText(written: ReadonlyMap<string, string>, filePath: string, inode: (path: string) => string): string | undefined {
  try {
    const real = realpathSync(filePath);
    return written.get(real) ?? written.get(inode(real));
  } catch {
    return undefined;
  }
}

/**
 * Files reported with a text other than the one on disk (their fixes could not be written, or the same file
 * under another name was fixed with other settings), linted again with the text on disk: their findings would
 * show as mended what the file still holds. That text is linted (as standard input under the file's name),
 * not the file read again: a pipe or FIFO gives its text once.
 */
async function reportAsOnDisk(results: LintResult[], files: ReadonlyMap<string, string>, options: RunOptions, toolErrors: string[]): Promise<void> {
  for (const [filePath, text] of files) {
    const again = await run({ ...options, paths: [], stdin: { text, filename: filePath, named: true }, fix: false, skipNonPolicies: false, reportUnusedIgnores: undefined });
    const at = results.findIndex((r) => r.filePath === filePath);
    if (at >= 0 && again.results.length === 1) results[at] = again.results[0];
    for (const error of again.toolErrors) if (!toolErrors.includes(error)) toolErrors.push(error);
  }
}

/** The directory, the module, of a .tf file of the run; '' for `--stdin` without --stdin-filename (no siblings). */
function terraformDirectoryOf(options: RunOptions, filePath: string): string {
  return options.stdin && !options.stdin.named ? '' : dirname(resolve(options.cwd, filePath));
}

/** A run's .tf files (inputs or works) by their directory (terraformDirectoryOf), in the run's order. */
function byTerraformDirectory<T extends { filePath: string }>(options: RunOptions, files: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const file of files) {
    const directory = terraformDirectoryOf(options, file.filePath);
    const list = out.get(directory);
    if (list) list.push(file);
    else out.set(directory, [file]);
  }
  return out;
}

/**
 * The .tf files of a directory other than `asked`, by name (moduleOrder puts override files last), for what they
 * define: every .tf file of the directory, whatever `include`, `exclude` and .gitignore say (Terraform reads them
 * all). A file that cannot be read is left out.
 */
function terraformSiblings(directory: string, asked: ReadonlySet<string>): Array<{ filePath: string; text: string }> {
  let names: string[];
  try {
    names = readdirSync(directory);
  } catch {
    return [];
  }
  const out: Array<{ filePath: string; text: string }> = [];
  for (const name of names.sort()) {
    const filePath = join(directory, name);
    if (!isTerraformName(name) || asked.has(filePath)) continue;
    try {
      if (!statSync(filePath).isFile()) continue;
      out.push({ filePath, text: readFileSync(filePath, 'utf8') });
    } catch {
      // unreadable: not part of the module as read
    }
  }
  return out;
}

/**
 * Lint the .tf files of a run that are in one directory as one module, with the directory's other .tf files
 * (`terraformSiblings`) read for what they define (documents, the attributes that use them, sources and
 * overrides) and reported on by none: a file named alone (pre-commit's staged files, an editor's buffer with
 * --stdin-filename) gets the context the whole directory gives. `directory` '': text from --stdin without a
 * name, read alone.
 */
async function lintTerraformDirectory(
  directory: string, asked: ReadonlyArray<{ filePath: string; text?: string }>, config: LoadedConfig, options: RunOptions,
  prepared: Set<readonly EnabledRule[]>,
): Promise<Map<string, TerraformOutcome>> {
  const { lintTerraformModule } = await loadTerraform();
  const files: TerraformModuleFile[] = [];
  for (const input of asked) {
    const settings = settingsForFile(config, input.filePath, options.cli);
    await prepareOnce(settings.rules, prepared);
    files.push({ filePath: input.filePath, text: input.text!, rules: settings.rules });
  }
  return lintTerraformModule(terraformModuleFiles(options.cwd, directory, files), {
    fix: options.fix || options.fixDryRun,
    unsuppressed: (filePath, messages, value) => applySuppressions(config, filePath, value, messages),
  });
}

/**
 * The files that Terraform modules read with `file()` or `templatefile()` in a policy attribute (file-refs.ts), by
 * real path, with what every attribute that reads one agrees on (its policy type, resource type, template or
 * not); a file read as different types keeps its own settings. The modules: those of the run's .tf files, and
 * those of the directory of each other file of the run and of the directories above it inside the working
 * directory (a policy file named alone, as pre-commit names a staged one, is read as its module reads it).
 */
async function terraformReadFiles(
  options: RunOptions, terraformInputs: ReadonlyMap<string, ReadonlyArray<{ filePath: string; text?: string }>>, inputs: ReadonlyArray<{ filePath: string }>,
): Promise<Map<string, TerraformFileReference>> {
  const out = new Map<string, TerraformFileReference>();
  if (inputs.every((input) => isTerraformName(input.filePath)) || (options.stdin && !options.stdin.named)) return out;
  const directories = new Map([...terraformInputs].filter(([directory]) => directory !== ''));
  const visited = new Set<string>();
  for (const input of inputs) {
    if (isTerraformName(input.filePath)) continue;
    for (let directory = dirname(resolve(options.cwd, input.filePath)); !visited.has(directory); directory = dirname(directory)) {
      visited.add(directory);
      if (!directories.has(directory)) directories.set(directory, []);
      if (relativeInside(options.cwd, directory) === undefined || dirname(directory) === directory) break;
    }
  }
  const all = new Map<string, TerraformFileReference[]>();
  for (const [directory, files] of directories) {
    const module = terraformModuleFiles(options.cwd, directory, files.map((file) => ({ filePath: file.filePath, text: file.text! })));
    if (!module.some((file) => /\b(?:file|templatefile)\s*\(/.test(file.text))) continue;
    for (const [read, references] of (await loadTerraform()).terraformFileReferences(module, directory)) {
      // By the file's real path: a module may read it through a symbolic link, the run find it under another name.
      const path = realPathOf(read);
      all.set(path, [...(all.get(path) ?? []), ...references]);
    }
  }
  for (const [path, references] of all) {
    const agreed = (await loadTerraform()).agreedReference(references);
    if (agreed) out.set(path, agreed);
  }
  return out;
}

/** A path with its symbolic links resolved, or as it is when it names no file (a name given to --stdin). */
function realPathOf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

/** Prepare a set of rules (prepareRules) the first time a file's settings give it: `prepared` holds those done. */
async function prepareOnce(rules: readonly EnabledRule[], prepared: Set<readonly EnabledRule[]>): Promise<void> {
  if (prepared.has(rules)) return;
  await prepareRules(rules);
  prepared.add(rules);
}

/**
 * The .tf files of a module: the run's `files` of `directory` (their paths relative to `cwd`) and the directory's
 * others (terraformSiblings; none for `--stdin` without a name, directory ''), in moduleOrder.
 */
function terraformModuleFiles<T extends { filePath: string; text: string }>(cwd: string, directory: string, files: readonly T[]): Array<T | { filePath: string; text: string }> {
  const siblings = directory === '' ? [] : terraformSiblings(directory, new Set(files.map((file) => resolve(cwd, file.filePath))));
  return moduleOrder([...files, ...siblings]);
}

/** The .tf files of a module in the order Terraform reads them: by name, override files last (sorted in place). */
function moduleOrder<T extends { filePath: string }>(files: T[]): T[] {
  return files.sort((a, b) => Number(isOverrideFile(a.filePath)) - Number(isOverrideFile(b.filePath)) || (basename(a.filePath) < basename(b.filePath) ? -1 : basename(a.filePath) > basename(b.filePath) ? 1 : 0));
}

/** The findings of a file and those another service's `${file(…)}` found in it again, each once, sorted. */
function mergeIncluded(messages: LintMessage[], more: LintMessage[]): LintMessage[] {
  const seen = new Set(messages.map(findingKey));
  return [...messages, ...more.filter((m) => !seen.has(findingKey(m)))].sort(compareMessages);
}

/**
 * Whether a named file is one a directory's expansion would give: not the config file, nothing under
 * node_modules, .terraform or .serverless (SKIPPED_DIRECTORIES), and kept by the config's `include` and `exclude`, relative to the config's directory (a file
 * outside it relative to cwd, or else to its own directory, as the files of a directory outside it are).
 */
async function includeFilter(config: LoadedConfig, cwd: string): Promise<(filePath: string) => boolean> {
  await loadGlobMatcher();
  const include = compileGlobs(config.include);
  const exclude = compileGlobs(config.exclude);
  return (filePath) => {
    const rel = relativeInside(config.directory, filePath) ?? relativeInside(cwd, filePath) ?? basename(filePath);
    if (inSkippedDirectory(rel) || basename(rel) === CONFIG_FILE_NAME) return false;
    return include(rel) && !exclude(rel);
  };
}

/**
 * The json-syntax finding of text read from --stdin without --stdin-filename, when it looks like a YAML
 * CloudFormation template, a Serverless service file or Terraform, with the name to pass: its format is not guessed.
 */
function stdinFormatHint(text: string, messages: LintMessage[], cwd: string): LintMessage[] {
  if (/^\uFEFF?\s*[{[]/.test(text)) return messages;
  const hint = mayBeServerless(text) ? 'a Serverless service file, pass --stdin-filename serverless.yml'
    : mayBeYamlTemplate(text) || /^\uFEFF?["']?AWSTemplateFormatVersion["']?\s*:/m.test(text) ? 'a YAML CloudFormation template, pass --stdin-filename template.yaml'
    // HCL blocks: a name ending in .tf reads the text as a file of that directory's module, with its other .tf files.
    : /^\uFEFF?[ \t]*(?:(?:resource|data)[ \t]+"aws_|(?:locals|terraform)[ \t]*\{|(?:module|variable)[ \t]+"|provider[ \t]+"aws")/m.test(text)
      ? `Terraform, pass --stdin-filename main.tf (it is then read with the other .tf files of the current directory${existsSync(join(cwd, 'main.tf')) ? ', in place of its main.tf' : ''})`
    : undefined;
  if (!hint) return messages;
  return messages.map((m) => m.fatal && m.ruleId === 'json-syntax' ? { ...m, message: `${m.message} Standard input is read as JSON without --stdin-filename: for ${hint}.` } : m);
}

function isSymbolicLink(filePath: string): boolean {
  try {
    return lstatSync(filePath).isSymbolicLink();
  } catch {
    return false;
  }
}

/**
 * The template a file holds, judged by its content: a `.yaml`/`.yml` file (or a `.template` that is not JSON)
 * is parsed as YAML only when its text names `Resources:` and an `AWS::` type (the YAML module is loaded
 * then, never for plain JSON); a JSON text is a template when its `Resources` hold `AWS::` types.
 * `not-a-template`: YAML (by its name) that is no template; undefined: lint the file as a policy.
 * A YAML text that looks like a template but does not parse is returned with its syntax error. `parsed`: the
 * text's parseForDetection, when the caller has it.
 */
async function readTemplate(filePath: string, text: string, parsed?: [unknown, boolean]): Promise<ParsedTemplate | 'not-a-template' | undefined> {
  const yamlName = isYamlName(filePath);
  if (!yamlName) {
    // The parsed value decides first: most JSON files are policies, without `Resources`. A text that parsed is a
    // template only when it also names "Resources" and `AWS::`, two searches that took as long as the parse when
    // they came first.
    const [value, ok] = parsed ?? parseForKind(text);
    if (ok) {
      if (!isTemplateValue(value) || !mayBeJsonTemplate(text)) return undefined;
      const { jsonTemplate } = await loadCloudFormation();
      try {
        return jsonTemplate(text);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        return { format: 'json', error: tooDeepError(text) };
      }
    }
    // Broken JSON: json-syntax reports it, unless a `.template` file may be YAML.
    if (!isTemplateName(filePath)) return undefined;
    if (!mayBeJsonTemplate(text) && /^\uFEFF?\s*[{[]/.test(text)) return undefined;
  }
  if (!mayBeYamlTemplate(text)) return 'not-a-template';
  const { loadYaml, templateValue, yamlTemplate } = await loadCloudFormation();
  await loadYaml();
  const template = yamlTemplate(text);
  if (template.error) return template;
  return isTemplateValue(templateValue(template.root)) ? template : 'not-a-template';
}

/**
 * The tree of a Serverless Framework service file (serverless.yml, serverless.json, serverless.<name>.yml) for
 * AWS: a `service` and a `provider` named `aws`. A YAML text that names both but does not parse is returned with
 * its syntax error; undefined: not a service file (read as a template or a policy).
 */
async function readServerless(filePath: string, text: string): Promise<ParsedTemplate | undefined> {
  if (!isServerlessName(filePath) || !mayBeServerless(text)) return undefined;
  const { jsonTemplate, loadYaml, yamlTemplate } = await loadCloudFormation();
  // Loaded for serverless.json too: a `${file(./iam.yml)}` it holds is read as YAML.
  await loadYaml();
  let parsed: ParsedTemplate;
  if (filePath.toLowerCase().endsWith('.json')) {
    if (!parseForKind(text)[1]) return undefined; // broken JSON: json-syntax reports it
    try {
      parsed = jsonTemplate(text);
    } catch (error) {
      if (error instanceof RangeError) return undefined;
      throw error;
    }
  } else {
    parsed = yamlTemplate(text);
    if (parsed.error) return parsed;
  }
  if (!(await loadServerless()).isServerlessService(parsed.root)) return undefined;
  // A serverless.json with a byte order mark is a service file all the same, one the framework cannot read.
  // (its tree kept: it is known to be one, for --print-config and a directory's search).
  if (parsed.format === 'json' && hasBom(text)) return { ...parsed, error: { message: JSON_BOM_MESSAGE, offset: 0, length: 1 } };
  return parsed;
}

/** The depth past which the template reader's recursion gives up (as the YAML reader's MAX_DEPTH). */
const MAX_TEMPLATE_DEPTH = 200;

/** The syntax error of a JSON template too deep for the reader, where it first nests too deep. */
function tooDeepError(text: string): { message: string; offset: number; length: number } {
  return { message: 'The template nests arrays and objects too deeply to read.', offset: deeperThan(text, MAX_TEMPLATE_DEPTH), length: 1 };
}

/**
 * lintTemplate, with a template too deep for the reader's recursion reported as the file's one finding (as a
 * policy too deep is), not as a failure of the run.
 */
function lintTemplateSafely(...args: Parameters<CloudFormation['lintTemplate']>): ReturnType<CloudFormation['lintTemplate']> {
  const { lintTemplate, templateSyntaxMessage } = cloudFormation!; // loaded by readTemplate
  try {
    return lintTemplate(...args);
  } catch (error) {
    if (!(error instanceof RangeError && /call stack/i.test(error.message))) throw error;
    return { messages: [templateSyntaxMessage(args[1], tooDeepError(args[1]))], fixed: false, policies: 0 };
  }
}

/**
 * What a named .tfstate file that is no state (not a plan or state by terraformPlanKey) is said to be, when linted or
 * given to --print-config: the settings of a backend, or empty (a warning: skipped), other JSON (an error);
 * undefined for a text that is not JSON (its json-syntax finding). `content`: the text's parseForKind.
 */
function notStateNotice(where: string, text: string, content: [unknown, boolean] | undefined): { error: boolean; message: string } | undefined {
  if (content?.[1] && isTerraformBackendSettings(content[0])) return { error: false, message: `${where}: skipped: the settings of a Terraform backend (terraform init writes them in .terraform/), not a state: no IAM policies` };
  if (/^\uFEFF?\s*$/.test(text)) return { error: false, message: `${where}: skipped: empty, which Terraform reads as no state: no IAM policies` };
  if (content?.[1]) return { error: true, message: `${where}: not a Terraform state (a JSON object with "version" and "resources", or "modules" before Terraform 0.12), and policy-lint reads a .tfstate file only as one` };
  return undefined;
}

/**
 * What linting a file says of it when it reads no policy in it, for --print-config: a tool error (exit 2) or
 * warning (exit 0), or the file's one json-syntax `finding` (exit 1, or 0 when an `ignore` entry suppresses it).
 */
export interface FileNotice {
  error: boolean;
  message: string;
  finding?: LintMessage;
}

/** A template or service file that does not parse, as --print-config tells it: linting's json-syntax finding. */
function syntaxNotice(where: string, text: string, error: { message: string; offset: number; length: number }): FileNotice {
  const finding = cloudFormation!.templateSyntaxMessage(text, error); // loaded by readTemplate and readServerless
  return { error: true, message: `${where}:${finding.line}:${finding.column}: ${finding.message} [${finding.ruleId}]`, finding };
}

/** What a named file readTemplate finds no template in (YAML without AWS:: resources) is said to be, when linted or given to --print-config. */
function notTemplateMessage(where: string): string {
  return `${where}: not a CloudFormation template (no Resources with an AWS:: Type), and policy-lint reads IAM policies only as JSON`;
}

/** One policy of a CloudFormation template: where it is, its resource, and the policy type it is linted as. */
export interface TemplatePolicy {
  path: Array<string | number>;
  resourceType: string;
  policyType: PolicyType;
  /** A Terraform plan's or state's: the resource's address (`module.app.aws_iam_policy.this["x"]`). */
  address?: string;
}

/**
 * The policies of a CloudFormation template, a Terraform file or a Serverless Framework service file, each with
 * the policy type its resource gives it (for --print-config); undefined when the file is none or cannot be read as one.
 * A .tfstate file that holds no state, or YAML that is no template, has none, and `notice` says what linting it
 * says (relative to `cwd`).
 */
export async function templatePolicies(filePath: string, cwd = process.cwd()): Promise<{
  template: 'CloudFormation' | 'Terraform' | 'Terraform plan' | 'Terraform state' | 'Serverless'; policies: TemplatePolicy[]; notice?: FileNotice;
} | undefined> {
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch {
    return undefined;
  }
  if (isTerraformName(filePath)) {
    const { terraformPolicies } = await loadTerraform();
    // Read with its directory's other .tf files, in the order and as they are linted.
    const asked = resolve(filePath);
    return { template: 'Terraform', policies: terraformPolicies(terraformModuleFiles(cwd, dirname(asked), [{ filePath: asked, text }]), asked) };
  }
  const where = displayPath(filePath, cwd);
  const service = await readServerless(filePath, text);
  if (service?.root) return { template: 'Serverless', policies: (await loadServerless()).serverlessPolicies(text, service) };
  // A service file or template that does not parse: linting reads no policy in it, only its json-syntax finding.
  if (service?.error) return { template: 'Serverless', policies: [], notice: syntaxNotice(where, text, service.error) };
  const parsed = isYamlName(filePath) ? undefined : parseForKind(text);
  const planKey = parsed?.[1] ? terraformPlanKey(parsed[0]) : undefined;
  if (planKey) {
    const { policies } = (await loadTerraform()).readTerraformPlan(text, parsed![0] as Record<string, unknown>, planKey);
    return { template: planKey === 'planned_values' ? 'Terraform plan' : 'Terraform state', policies: policies.map(({ path, resourceType, policyType, address }) => ({ path, resourceType, policyType, address })) };
  }
  // Never read as a policy: no rule runs on it.
  const notice = isTerraformStateName(filePath) ? notStateNotice(where, text, parsed) : undefined;
  if (notice) return { template: 'Terraform state', policies: [], notice };
  const template = await readTemplate(filePath, text, parsed);
  // Linting refuses it (alone: no service file of the run includes it): no rule runs on it.
  if (template === 'not-a-template') return { template: 'CloudFormation', policies: [], notice: { error: true, message: notTemplateMessage(where) } };
  if (template === undefined) return undefined;
  if (!template.root) return { template: 'CloudFormation', policies: [], notice: syntaxNotice(where, text, template.error!) };
  const { policyLocations } = await loadCloudFormation();
  return { template: 'CloudFormation', policies: policyLocations(template.root).map(({ path, resourceType, policyType }) => ({ path, resourceType, policyType })) };
}

function hasBom(text: string): boolean {
  return text.charCodeAt(0) === 0xfeff;
}

/** parseForDetection of a text read as a template's or a plan's tools read it: a byte order mark skipped. */
function parseForKind(text: string): [unknown, boolean] {
  return parseForDetection(blankBom(text));
}

/** The parsed value of a text and whether it parsed, for the content check of `--fix` runs. */
function parseForDetection(text: string): [unknown, boolean] {
  try {
    return [JSON.parse(text), true];
  } catch {
    return [undefined, false];
  }
}

async function askAccessAnalyzer(
  works: Work[], config: LoadedConfig, options: RunOptions, mode: AccessAnalyzerMode,
): Promise<{ failures: string[]; warnings: string[] }> {
  const settings = config.accessAnalyzer ?? {};
  const aa = options.accessAnalyzer;
  // Loaded only here: the AWS SDK costs 60-80 ms of start-up that offline runs must not pay.
  const { runAccessAnalyzer, mergeFindings, embeddedInputs } = await import('./access-analyzer/index.js');
  const inputs: AccessAnalyzerInput[] = [];
  // The .tf files of the run by directory (`--stdin` without a name: ''), and each module's policies, read once
  // when its first file comes (each file read its siblings again: quadratic on a directory of many files).
  const terraformWorks = byTerraformDirectory(options, works.filter((w) => w.terraform));
  const terraformReads = new Map<string, Map<string, TerraformFilePolicies>>();
  for (const w of works) {
    if (w.notUtf8 || w.notJson || w.included || w.terraformTemplate) continue;
    const text = w.output ?? w.text;
    // A template's or .tf file's policies: one request each, as the readers embed them in the final text.
    if (w.terraform) {
      // Read with its module (the run's .tf files of its directory as linted, and the directory's others), as it is
      // linted; a finding on another file's text (a source merged in, a local) is that file's, and the policies of
      // the others that read its text (`shared`) are sent for it: their findings on its text are its own.
      const directory = terraformDirectoryOf(options, w.filePath);
      let read = terraformReads.get(directory);
      if (!read) {
        const module = terraformWorks.get(directory)!;
        read = (await loadTerraform()).terraformModuleEmbeddedPolicies(terraformModuleFiles(options.cwd, directory, module.map((o) => ({ filePath: o.filePath, text: o.output ?? o.text }))));
        terraformReads.set(directory, read);
      }
      const mine = read.get(w.filePath)!;
      inputs.push(...embeddedInputs(w.filePath, mine.text, [...mine.policies, ...mine.shared], mine.lines).map((input) => ({
        ...input,
        toMessages: (findings: Parameters<NonNullable<AccessAnalyzerInput['toMessages']>>[0]) => input.toMessages!(findings).flatMap((m) => mine.own(m) ?? []),
      })));
    } else if (w.template) inputs.push(...embeddedInputs(w.filePath, text, await embeddedPolicies(w, text)));
    // The file's settings hold the config's Access Analyzer type already (none where its resourceType has none).
    else inputs.push({ filePath: w.filePath, text, policyType: w.policyType, resourceType: w.resourceType });
  }
  const outcome = await runAccessAnalyzer(
    inputs,
    {
      region: aa?.region ?? settings.region,
      profile: aa?.profile ?? settings.profile,
      concurrency: settings.concurrency,
      locale: settings.locale,
      ignore: settings.ignore,
      cache: aa?.cache ?? true,
      cacheLocation: aa?.cacheLocation,
      toolVersion,
      env: aa?.env,
      onProgress: aa?.onProgress,
    },
  );
  for (const work of works) {
    const online = outcome.messages.get(work.filePath);
    if (online?.length) work.messages = mergeFindings(work.messages, online);
  }
  const prefix = mode === 'optional' ? 'Access Analyzer (optional, findings may be missing)' : 'Access Analyzer';
  return {
    failures: outcome.failures.map((f) => `${prefix}: ${f.filePath ? `${displayPath(f.filePath, options.cwd)}: ` : ''}${f.message}`),
    warnings: outcome.warnings.map((w) => `Access Analyzer: ${w}`),
  };
}

/** The embedded policies of a template or .tf file's (fixed) text, as its reader lints them. */
async function embeddedPolicies(work: Work, text: string): Promise<EmbeddedPolicy[]> {
  if (work.terraformPlan) {
    const [value, ok] = parseForKind(text);
    const key = ok ? terraformPlanKey(value) : undefined;
    return key ? (await loadTerraform()).readTerraformPlan(text, value as Record<string, unknown>, key).policies : [];
  }
  if (work.serverless) {
    const service = await readServerless(work.filePath, text);
    return service ? (await loadServerless()).serverlessEmbeddedPolicies(text, service) : [];
  }
  const template = await readTemplate(work.filePath, text);
  if (template === undefined || template === 'not-a-template') return [];
  try {
    return (await loadCloudFormation()).templateEmbeddedPolicies(text, template).policies;
  } catch (error) {
    // Too deep for the reader (lintTemplateSafely reported it): nothing to send.
    if (error instanceof RangeError && /call stack/i.test(error.message)) return [];
    throw error;
  }
}
