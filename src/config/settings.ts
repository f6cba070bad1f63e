/**
 * The settings of one file: the config's base, then every matching override in order, then the command
 * line. Results are cached per distinct combination of matching overrides, so that thousands of files
 * cost one glob test per override each and share a handful of FileSettings objects.
 */
import { JSON_SYNTAX_RULE_ID, type EnabledRule } from '../engine/linter.js';
import type { Rule } from '../engine/rule.js';
import { POLICY_TYPES, type PolicyType, type SeverityName } from '../engine/types.js';
import { ConfigError, didYouMean, quotedOrList, quote, type ConfigProblem } from './errors.js';
import { relativeInside } from './glob.js';
import { rulesForResourceType } from '../engine/resource-type.js';
import {
  accessAnalyzerTypeOf, jsonSyntaxSeverity, mergeSettings, unknownRule, type AccessAnalyzerResourceType, type LoadedConfig, type RuleSetting,
} from './load.js';

/** What the command line says: --policy-type and --rule id=severity. They win over the configuration. */
export interface CliOverrides {
  policyType?: PolicyType;
  rules?: Record<string, SeverityName>;
}

export interface FileSettings {
  policyType: PolicyType;
  /**
   * The rules that run, in registry order, with severity and options merged over the rule's defaults. A
   * template's or Terraform file's resources give their policies' resource types to these.
   */
  rules: EnabledRule[];
  /** The config's `resourceType` for the file, when its policy type is resource (after --policy-type). */
  resourceType?: string;
  /** The rules that run on a policy file (JSON): `rules`, with `resourceType` given to those that take it. */
  policyFileRules: readonly EnabledRule[];
  accessAnalyzerResourceType?: AccessAnalyzerResourceType;
}

export const COMMAND_LINE = 'command line';
const SEVERITIES: readonly SeverityName[] = ['off', 'warn', 'error'];

/** Throw a ConfigError (filePath "command line") for an unknown rule id, severity or policy type. */
export function checkCliOverrides(cli: CliOverrides, registry: readonly Rule[]): void {
  const problems: ConfigProblem[] = [];
  if (cli.policyType !== undefined && !POLICY_TYPES.includes(cli.policyType)) {
    problems.push({
      reason: `--policy-type must be one of ${quotedOrList(POLICY_TYPES)}; found ${quote(cli.policyType)}.${didYouMean(cli.policyType, POLICY_TYPES)}`,
    });
  }
  const ids = new Set(registry.map((r) => r.id));
  for (const [id, severity] of Object.entries(cli.rules ?? {})) {
    if (!ids.has(id)) problems.push({ reason: `--rule ${id}=${severity}: ${unknownRule(id, registry)}` });
    else if (id === JSON_SYNTAX_RULE_ID && severity !== 'error') problems.push({ reason: `--rule ${id}=${severity}: ${jsonSyntaxSeverity(severity)}` });
    else if (!SEVERITIES.includes(severity)) {
      problems.push({
        reason: `--rule ${id}=${severity}: the severity must be ${quotedOrList(SEVERITIES)}; found ${quote(severity)}.${didYouMean(severity, SEVERITIES)}`,
      });
    }
  }
  if (problems.length > 0) throw new ConfigError(COMMAND_LINE, problems);
}

const caches = new WeakMap<LoadedConfig, WeakMap<CliOverrides, Map<string, FileSettings>>>();

const NO_CLI: CliOverrides = Object.freeze({});

export function settingsForFile(config: LoadedConfig, filePath: string, cli: CliOverrides = NO_CLI): FileSettings {
  let byCli = caches.get(config);
  if (!byCli) caches.set(config, (byCli = new WeakMap()));
  let cache = byCli.get(cli);
  if (!cache) {
    checkCliOverrides(cli, config.registry);
    byCli.set(cli, (cache = new Map()));
  }
  const matching: number[] = [];
  if (config.overrides.length > 0) {
    const rel = relativeInside(config.directory, filePath);
    if (rel !== undefined) config.overrides.forEach((o, i) => o.matches(rel) && matching.push(i));
  }
  const key = matching.join(',');
  let settings = cache.get(key);
  if (!settings) {
    settings = compute(config, matching, cli);
    cache.set(key, settings);
  }
  return settings;
}

function compute(config: LoadedConfig, matching: readonly number[], cli: CliOverrides): FileSettings {
  const rules = new Map<string, RuleSetting>(config.rules);
  let policyType = config.policyType;
  let resourceType = config.resourceType;
  // Access Analyzer's type as accessAnalyzerResourceType sets it, for files without a resourceType (the config
  // rejects one that contradicts the same object's resourceType).
  let analyzerType = config.accessAnalyzer.resourceType;
  for (const i of matching) {
    const override = config.overrides[i];
    if (override.rules) mergeSettings(rules, override.rules);
    if (override.policyType) policyType = override.policyType;
    if (override.resourceType) {
      // A resource's policy is a resource policy; and no earlier layer's Access Analyzer type, which names another
      // resource, stays (a later policy type other than resource leaves the files none).
      resourceType = override.resourceType;
      policyType = 'resource';
      analyzerType = undefined;
    } else if (override.accessAnalyzerResourceType) {
      analyzerType = override.accessAnalyzerResourceType;
    }
  }
  for (const [id, severity] of Object.entries(cli.rules ?? {})) {
    mergeSettings(rules, new Map([[id, { severity }]]));
  }
  if (cli.policyType) policyType = cli.policyType;
  const enabled: EnabledRule[] = [];
  for (const rule of config.registry) {
    const setting = rules.get(rule.id);
    if (!setting || setting.severity === 'off') continue;
    const entry: EnabledRule = { rule, severity: setting.severity === 'error' ? 2 : 1 };
    if (rule.meta.defaultOptions || setting.options) entry.options = { ...rule.meta.defaultOptions, ...setting.options };
    enabled.push(entry);
  }
  // A policy type from a later layer or the command line other than resource: the resource type does not apply.
  const fileResourceType = policyType === 'resource' ? resourceType : undefined;
  // The files' resource decides Access Analyzer's type, whichever layer set accessAnalyzerResourceType: the rules
  // and Access Analyzer never check a policy as two different resources' (README, Configuration).
  if (fileResourceType) analyzerType = accessAnalyzerTypeOf(fileResourceType);
  return {
    policyType,
    rules: enabled,
    ...(fileResourceType ? { resourceType: fileResourceType } : {}),
    policyFileRules: fileResourceType ? rulesForResourceType(enabled, fileResourceType) : enabled,
    ...(analyzerType ? { accessAnalyzerResourceType: analyzerType } : {}),
  };
}
