/**
 * Find, read, validate and resolve `.policy-lint.json`. Everything a run needs per file is resolved here,
 * once: presets, rule settings with checked options, override and ignore matchers. No process.* reads.
 */
import { readFile, stat } from '../fs-async.js';
import { dirname, join, resolve } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { PolicyDocument } from '../engine/document.js';
import { JSON_SYNTAX_RULE_ID } from '../engine/linter.js';
import type { Rule } from '../engine/rule.js';
import type { PolicyType, SeverityName } from '../engine/types.js';
import {
  ConfigError, describeValue, didYouMean, labelOf, quotedOrList, quote, schemaProblems, type ConfigProblem, type SchemaProblem,
} from './errors.js';
import { ACCESS_ANALYZER_RESOURCE_TYPES, CONFIG_FILE_NAME, DEFAULT_INCLUDE } from './constants.js';
import { compileGlobs, loadGlobMatcher, type Matcher } from './glob.js';
import { checkJsonPath, isSimpleJsonPath, loadJsonPath } from './jsonpath.js';

export { CONFIG_FILE_NAME };
export { DEFAULT_INCLUDE };

export type Preset = 'recommended' | 'all';

export type AccessAnalyzerLocale = 'DE' | 'EN' | 'ES' | 'FR' | 'IT' | 'JA' | 'KO' | 'PT_BR' | 'ZH_CN' | 'ZH_TW';
export type AccessAnalyzerResourceType = (typeof ACCESS_ANALYZER_RESOURCE_TYPES)[number];

/** The type ValidatePolicy gets for a `resourceType` of the config: the same, where it has checks for it. */
export function accessAnalyzerTypeOf(resourceType: string): AccessAnalyzerResourceType | undefined {
  return ACCESS_ANALYZER_RESOURCE_TYPES.find((type) => type === resourceType);
}

/** `accessAnalyzer` as written (validated, no defaults filled in). */
export interface AccessAnalyzerConfig {
  enabled?: boolean;
  region?: string;
  profile?: string;
  concurrency?: number;
  locale?: AccessAnalyzerLocale;
  ignore?: string[];
  resourceType?: AccessAnalyzerResourceType;
}

/** A rule's setting in one layer: its severity and, when that layer gave them, its options (not merged). */
export interface RuleSetting {
  severity: SeverityName;
  options?: Record<string, unknown>;
}

export interface ResolvedOverride {
  files: readonly string[];
  matches: Matcher;
  policyType?: PolicyType;
  /** The resource the files' policies belong to (`AWS::EC2::VPCEndpoint`): implies the resource policy type. */
  resourceType?: string;
  rules?: ReadonlyMap<string, RuleSetting>;
  accessAnalyzerResourceType?: AccessAnalyzerResourceType;
}

export interface ResolvedIgnore {
  /** Position in the config's `ignore` array. */
  index: number;
  files: readonly string[];
  matches: Matcher;
  rules?: ReadonlySet<string>;
  path?: string;
  reason: string;
  /** Where the entry's object starts in the config file (its `{`), for reports about the entry itself. */
  start?: { line: number; column: number; offset: number };
}

export interface LoadedConfig {
  /** The configuration file; undefined when none was found (defaults apply). */
  filePath?: string;
  /** Its text (without a byte order mark), for reports about the configuration itself. */
  source?: string;
  /** The directory globs are relative to: the config file's, or the working directory without one. */
  directory: string;
  extends: readonly Preset[];
  /** The default policy type (before overrides and --policy-type): `resource` when only `resourceType` is set. */
  policyType: PolicyType;
  /** The config's top-level `resourceType`: the resource of the policy files, before overrides. */
  resourceType?: string;
  /** Presets plus the config's `rules`: the base that overrides and the command line change. */
  rules: ReadonlyMap<string, RuleSetting>;
  overrides: readonly ResolvedOverride[];
  ignore: readonly ResolvedIgnore[];
  /** Globs for directory expansion, relative to `directory`. */
  include: readonly string[];
  /** The config file sets `include`: every file it matches is a policy (none is skipped for its content). */
  includeSet?: boolean;
  exclude: readonly string[];
  accessAnalyzer: AccessAnalyzerConfig;
  suggestionsCountAsWarnings: boolean;
  /** The rules the configuration was checked against. */
  registry: readonly Rule[];
}

interface RawConfig {
  $schema?: string;
  extends?: string | string[];
  rules?: Record<string, RawRuleSetting>;
  policyType?: PolicyType;
  resourceType?: string;
  overrides?: Array<{ files: string[]; policyType?: PolicyType; resourceType?: string; rules?: Record<string, RawRuleSetting>; accessAnalyzerResourceType?: AccessAnalyzerResourceType }>;
  ignore?: Array<{ files: string[]; rules?: string[]; path?: string; reason: string }>;
  include?: string[];
  exclude?: string[];
  accessAnalyzer?: AccessAnalyzerConfig;
  suggestionsCountAsWarnings?: boolean;
}
type RawRuleSetting = SeverityName | ['warn' | 'error', Record<string, unknown>];

export interface LoadConfigOptions {
  cwd: string;
  /** --config, relative to cwd. */
  configPath?: string;
  rules: readonly Rule[];
}

export async function loadConfig(options: LoadConfigOptions): Promise<LoadedConfig> {
  const cwd = resolve(options.cwd);
  const filePath = options.configPath !== undefined ? resolve(cwd, options.configPath) : await findConfigFile(cwd);
  if (filePath === undefined) return defaultConfig(cwd, options.rules);
  let text: string;
  try {
    text = await readFile(filePath, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'the file does not exist' : code === 'EISDIR' ? 'it is a directory, not a file' : (error as Error).message;
    throw new ConfigError(filePath, { reason: `Cannot read the configuration file: ${why}.` });
  }
  return parseConfig(filePath, text, options.rules);
}

/**
 * `.policy-lint.json` in `cwd` or the nearest parent. The search stops at the root of the git work tree
 * (the first directory holding `.git`), so that a file above the repository (in a home directory, say)
 * never changes how a project is linted; and at the filesystem root.
 */
export async function findConfigFile(cwd: string): Promise<string | undefined> {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if ((await kindOf(candidate)) === 'file') return candidate;
    if ((await kindOf(join(dir, '.git'))) !== undefined) return undefined;
    if (dirname(dir) === dir) return undefined;
  }
}

async function kindOf(path: string): Promise<'file' | 'directory' | 'other' | undefined> {
  try {
    const s = await stat(path);
    return s.isFile() ? 'file' : s.isDirectory() ? 'directory' : 'other';
  } catch {
    return undefined;
  }
}

export function defaultConfig(directory: string, registry: readonly Rule[]): LoadedConfig {
  return {
    directory,
    extends: ['recommended'],
    policyType: 'identity',
    rules: presetSettings(['recommended'], registry),
    overrides: [],
    ignore: [],
    include: DEFAULT_INCLUDE,
    exclude: [],
    accessAnalyzer: {},
    suggestionsCountAsWarnings: false,
    registry,
  };
}

/** The rules of a preset with their default severities. */
export function presetRules(preset: Preset, rules: readonly Rule[]): Map<string, 'warn' | 'error'> {
  const out = new Map<string, 'warn' | 'error'>();
  for (const rule of rules) if (preset === 'all' || rule.meta.recommended) out.set(rule.id, rule.meta.severity);
  return out;
}

function presetSettings(presets: readonly Preset[], registry: readonly Rule[]): Map<string, RuleSetting> {
  const out = new Map<string, RuleSetting>();
  for (const preset of presets) for (const [id, severity] of presetRules(preset, registry)) out.set(id, { severity });
  return out;
}

/** Parse and resolve a configuration's text (exported for tests and for configs that are not files). */
export async function parseConfig(filePath: string, source: string, registry: readonly Rule[]): Promise<LoadedConfig> {
  // A byte order mark is harmless here (editors on Windows write one, and do not count it in columns).
  const text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (text.trim() === '') {
    throw new ConfigError(filePath, {
      line: 1, column: 1,
      reason: 'The configuration file is empty; write a JSON object, such as {"extends": "policy-lint:recommended"}.',
    });
  }
  const document = new PolicyDocument(filePath, text);
  if (document.syntaxError) {
    const { line, column } = document.positionAt(document.syntaxError.offset);
    // The parser's messages speak of policies; this file is the configuration.
    const reason = document.syntaxError.message.replace('in JSON policy documents', 'in the configuration file, which is strict JSON');
    throw new ConfigError(filePath, { line, column, reason });
  }
  const value = document.value;
  const fail = (problems: SchemaProblem[]): never => {
    throw new ConfigError(filePath, locateProblems(document, problems));
  };

  // Imported here, not at the top: a run without a configuration file (a pre-commit hook's usual case) never
  // evaluates the validator's schema objects, and the command's code cache does not carry them.
  const { validateConfig } = await import('../generated/config-validator.js');
  if (!validateConfig(value)) {
    fail(schemaProblems(validateConfig.errors as ErrorObject[], value));
  }
  const raw = value as RawConfig;
  const byId = new Map(registry.map((rule) => [rule.id, rule]));

  // Rule ids and options, everywhere they appear.
  const problems: SchemaProblem[] = [];
  const ruleLayers: Array<{ rules: Record<string, RawRuleSetting>; path: Array<string | number> }> = [];
  if (raw.rules) ruleLayers.push({ rules: raw.rules, path: ['rules'] });
  raw.overrides?.forEach((o, i) => o.rules && ruleLayers.push({ rules: o.rules, path: ['overrides', i, 'rules'] }));
  const resolvedLayers: Array<Map<string, RuleSetting>> = [];
  for (const layer of ruleLayers) {
    const settings = new Map<string, RuleSetting>();
    for (const [id, setting] of Object.entries(layer.rules)) {
      const rule = byId.get(id);
      if (!rule) {
        problems.push({ path: [...layer.path, id], target: 'key', keyword: 'unknownRule', reason: unknownRule(id, registry) });
        continue;
      }
      const severity = typeof setting === 'string' ? setting : setting[0];
      if (id === JSON_SYNTAX_RULE_ID && severity !== 'error') {
        problems.push({ path: typeof setting === 'string' ? [...layer.path, id] : [...layer.path, id, 0], target: 'value', keyword: 'fixedSeverity', reason: jsonSyntaxSeverity(severity) });
        continue;
      }
      if (typeof setting === 'string') {
        settings.set(id, { severity: setting });
      } else {
        const [severity, options] = setting;
        problems.push(...(await checkOptions(rule, options, [...layer.path, id, 1])));
        settings.set(id, { severity, options });
      }
    }
    resolvedLayers.push(settings);
  }
  raw.ignore?.forEach((entry, i) => {
    entry.rules?.forEach((id, j) => {
      if (!byId.has(id) && !isExternalRuleId(id)) {
        problems.push({ path: ['ignore', i, 'rules', j], target: 'value', keyword: 'unknownRule', reason: unknownRule(id, registry, true) });
      }
    });
  });
  const paths = (raw.ignore ?? []).map((entry) => entry.path).filter((p): p is string => p !== undefined);
  if (paths.some((p) => !isSimpleJsonPath(p))) await loadJsonPath();
  raw.ignore?.forEach((entry, i) => {
    if (entry.path === undefined) return;
    const error = checkJsonPath(entry.path);
    if (error) problems.push({ path: ['ignore', i, 'path'], target: 'value', keyword: 'jsonPath', reason: `ignore[${i}].path is not a valid JSONPath: ${error}` });
  });
  problems.push(...resourceTypeProblems(raw.policyType, raw.resourceType, raw.accessAnalyzer?.resourceType, [], ['accessAnalyzer', 'resourceType']));
  raw.overrides?.forEach((o, i) => {
    problems.push(...resourceTypeProblems(o.policyType, o.resourceType, o.accessAnalyzerResourceType, ['overrides', i], ['overrides', i, 'accessAnalyzerResourceType']));
  });
  problems.push(...overriddenAnalyzerTypeProblems(raw));
  if (problems.length > 0) fail(problems);

  // Resolve.
  const presets = toPresets(raw.extends);
  const rules = presetSettings(presets, registry);
  let layerIndex = 0;
  if (raw.rules) mergeSettings(rules, resolvedLayers[layerIndex++]);
  if ((raw.overrides?.length ?? 0) > 0 || (raw.ignore?.length ?? 0) > 0) await loadGlobMatcher();
  const overrides: ResolvedOverride[] = (raw.overrides ?? []).map((o) => ({
    files: o.files,
    matches: compileGlobs(o.files),
    ...(o.policyType ? { policyType: o.policyType } : {}),
    ...(o.resourceType ? { resourceType: o.resourceType } : {}),
    ...(o.rules ? { rules: resolvedLayers[layerIndex++] } : {}),
    ...(o.accessAnalyzerResourceType ? { accessAnalyzerResourceType: o.accessAnalyzerResourceType } : {}),
  }));
  const ignore: ResolvedIgnore[] = (raw.ignore ?? []).map((entry, index) => ({
    index,
    files: entry.files,
    matches: compileGlobs(entry.files),
    ...(entry.rules ? { rules: new Set(entry.rules) } : {}),
    ...(entry.path !== undefined ? { path: entry.path } : {}),
    reason: entry.reason.trim(),
    start: startOf(document, ['ignore', index]),
  }));
  return {
    filePath,
    source: text,
    directory: dirname(filePath),
    extends: presets,
    policyType: raw.policyType ?? (raw.resourceType ? 'resource' : 'identity'),
    ...(raw.resourceType ? { resourceType: raw.resourceType } : {}),
    rules,
    overrides,
    ignore,
    include: raw.include ?? DEFAULT_INCLUDE,
    includeSet: raw.include !== undefined,
    exclude: raw.exclude ?? [],
    accessAnalyzer: raw.accessAnalyzer ?? {},
    suggestionsCountAsWarnings: raw.suggestionsCountAsWarnings ?? false,
    registry,
  };
}

/**
 * What contradicts an object's `resourceType` (the top level, an override): a policy type other than resource
 * (the type names a resource, whose policy is a resource policy), or another Access Analyzer resource type
 * (`resourceType` gives it its own where ValidatePolicy knows it, and none where it does not).
 */
function resourceTypeProblems(
  policyType: PolicyType | undefined, resourceType: string | undefined, analyzerType: string | undefined,
  at: Array<string | number>, analyzerPath: Array<string | number>,
): SchemaProblem[] {
  if (resourceType === undefined) return [];
  const problems: SchemaProblem[] = [];
  if (policyType !== undefined && policyType !== 'resource') {
    problems.push({
      path: [...at, 'policyType'], target: 'value', keyword: 'resourceType',
      reason: `"policyType" is ${quote(policyType)}, but "resourceType" ${quote(resourceType)} says the policies are resource policies; remove one of them.`,
    });
  }
  if (analyzerType !== undefined && analyzerType !== resourceType) {
    const given = accessAnalyzerTypeOf(resourceType);
    problems.push({
      path: analyzerPath, target: 'value', keyword: 'resourceType',
      reason: `Access Analyzer's resource type ${quote(analyzerType)} contradicts "resourceType" ${quote(resourceType)}, ` +
        `${given ? 'which Access Analyzer gets too' : 'for which ValidatePolicy has no checks of its own (it gets no type)'}; remove ${labelOf(analyzerPath)}.`,
    });
  }
  return problems;
}

/**
 * An override's `accessAnalyzerResourceType` that no file gets, because every file it matches has a resourceType,
 * which decides Access Analyzer's type (settings.ts): the top level's, or that of an override with the same
 * `files`. Only another type than the resource gives is a problem: the override says what the files never get.
 * Overrides whose `files` differ may match some of the same files or none; settingsForFile settles those.
 */
function overriddenAnalyzerTypeProblems(raw: RawConfig): SchemaProblem[] {
  const overrides = raw.overrides ?? [];
  const filesKey = (files: readonly string[]) => JSON.stringify([...new Set(files)].sort());
  const problems: SchemaProblem[] = [];
  overrides.forEach((o, i) => {
    const analyzerType = o.accessAnalyzerResourceType;
    if (analyzerType === undefined || o.resourceType !== undefined) return;
    // The last override with the same files that has a resourceType wins over the top level's.
    let j = -1;
    overrides.forEach((other, k) => {
      if (other.resourceType !== undefined && filesKey(other.files) === filesKey(o.files)) j = k;
    });
    const resourceType = j >= 0 ? overrides[j].resourceType! : raw.resourceType;
    if (resourceType === undefined) return;
    const given = accessAnalyzerTypeOf(resourceType);
    if (given === analyzerType) return;
    const source = j >= 0 ? `overrides[${j}] (the same "files")` : 'the top level';
    problems.push({
      path: ['overrides', i, 'accessAnalyzerResourceType'], target: 'value', keyword: 'resourceType',
      reason: `Access Analyzer's resource type ${quote(analyzerType)} never applies: these files' resource policies have "resourceType" ${quote(resourceType)} ` +
        `from ${source}, which decides Access Analyzer's type (${given ? quote(given) : 'none: ValidatePolicy has no checks of its own for it'}); ` +
        `remove overrides[${i}].accessAnalyzerResourceType, or give this override a "resourceType".`,
    });
  });
  return problems;
}

function toPresets(value: RawConfig['extends']): Preset[] {
  const list = value === undefined ? ['policy-lint:recommended'] : typeof value === 'string' ? [value] : value;
  const out: Preset[] = [];
  for (const name of list) {
    const preset = name.slice('policy-lint:'.length) as Preset;
    if (!out.includes(preset)) out.push(preset);
  }
  return out;
}

/**
 * Apply a layer over the settings so far. A severity alone keeps the options an earlier layer gave; a
 * severity with options replaces them (as ESLint).
 */
export function mergeSettings(target: Map<string, RuleSetting>, layer: ReadonlyMap<string, RuleSetting>): void {
  for (const [id, setting] of layer) {
    const previous = target.get(id);
    target.set(id, setting.options === undefined && previous?.options !== undefined ? { severity: setting.severity, options: previous.options } : setting);
  }
}

/** Findings that do not come from a registered rule, which `ignore[].rules` may still name. */
function isExternalRuleId(id: string): boolean {
  return id === 'json-syntax' || /^access-analyzer\/[A-Z][A-Z0-9_]*$/.test(id);
}

/** Why json-syntax cannot be lowered: a file that is not JSON can be checked by no other rule. */
export function jsonSyntaxSeverity(severity: string): string {
  return `Rule "${JSON_SYNTAX_RULE_ID}" is always an error, found ${quote(severity)}: a file that is not strict JSON cannot be checked by any other rule. ` +
    `To accept such a file, exclude it, or name "${JSON_SYNTAX_RULE_ID}" in an "ignore" entry with a reason.`;
}

export function unknownRule(id: string, registry: readonly Rule[], external = false): string {
  const ids = registry.map((r) => r.id);
  const hint = didYouMean(id, external ? [...ids, 'json-syntax'] : ids);
  if (hint) return `Unknown rule ${quote(id)}.${hint}`;
  const extra = external ? ' Findings of Access Analyzer are named "access-analyzer/<ISSUE_CODE>", such as "access-analyzer/MISSING_VERSION".' : '';
  return `Unknown rule ${quote(id)}: policy-lint has no rule with this id.${extra}`;
}

function startOf(document: PolicyDocument, path: Array<string | number>): ResolvedIgnore['start'] {
  const range = document.locate(path, 'value')?.range;
  return range && { line: range.line, column: range.column, offset: range.offset };
}

function locateProblems(document: PolicyDocument, problems: readonly SchemaProblem[]): ConfigProblem[] {
  return problems
    .map((problem) => {
      const located = document.locate(problem.path, problem.target);
      const range = located?.range;
      return { line: range?.line ?? 1, column: range?.column ?? 1, reason: problem.reason, offset: range?.offset ?? 0 };
    })
    .sort((a, b) => a.offset - b.offset)
    .map(({ line, column, reason }) => ({ line, column, reason }));
}

// ---------------------------------------------------------------------------------------------
// Rule options

type AjvConstructor = new (options: Record<string, unknown>) => { compile(schema: object): ValidateFunction };
let ajv: { compile(schema: object): ValidateFunction } | undefined;
const validators = new WeakMap<Rule, ValidateFunction>();

/** ajv compiles a rule's options schema only when a config gives that rule options (~80 ms to load). */
async function optionsValidator(rule: Rule): Promise<ValidateFunction> {
  let validate = validators.get(rule);
  if (!validate) {
    if (!ajv) {
      const module = (await import('ajv/dist/2020.js')) as unknown as { default: AjvConstructor & { default?: AjvConstructor } };
      const Ajv2020 = module.default.default ?? module.default;
      ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false });
    }
    validate = ajv.compile(rule.meta.optionsSchema!);
    validators.set(rule, validate);
  }
  return validate;
}

const JSON_TYPE_PHRASE: Record<string, string> = {
  string: 'a string', number: 'a number', boolean: 'true or false', object: 'an object', array: 'an array',
};

function jsonTypeOf(value: unknown): string {
  return Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;
}

export async function checkOptions(rule: Rule, options: Record<string, unknown>, path: Array<string | number>): Promise<SchemaProblem[]> {
  const { optionsSchema, defaultOptions } = rule.meta;
  if (optionsSchema) {
    const validate = await optionsValidator(rule);
    return validate(options) ? [] : schemaProblems(validate.errors ?? [], options, path);
  }
  const keys = Object.keys(options);
  if (!defaultOptions || Object.keys(defaultOptions).length === 0) {
    if (keys.length === 0) return [];
    return [{
      path, target: 'value', keyword: 'noOptions',
      reason: `Rule ${quote(rule.id)} takes no options; write its severity alone, such as "error".`,
    }];
  }
  const problems: SchemaProblem[] = [];
  const known = Object.keys(defaultOptions);
  for (const key of keys) {
    if (!Object.hasOwn(defaultOptions, key)) {
      problems.push({
        path: [...path, key], target: 'key', keyword: 'additionalProperties',
        reason: `Unknown option ${quote(key)} of rule ${quote(rule.id)}.${didYouMean(key, known)} Allowed: ${quotedOrList(known)}.`,
      });
      continue;
    }
    const expected = jsonTypeOf(defaultOptions[key]);
    const actual = jsonTypeOf(options[key]);
    if (expected !== 'null' && expected !== actual) {
      const label = labelOf([...path, key]);
      problems.push({
        path: [...path, key], target: 'value', keyword: 'type',
        reason: `${label[0].toUpperCase()}${label.slice(1)} must be ${JSON_TYPE_PHRASE[expected] ?? expected}; found ${describeValue(options[key])}.`,
      });
    }
  }
  return problems;
}
