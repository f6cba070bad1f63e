/**
 * Condition keys as Access Analyzer sees them: which keys exist, of which type, and which actions support them.
 *
 * The database writes keys with a variable part in several ways: `aws:ResourceTag/${TagKey}`,
 * `s3:ExistingObjectTag/<key>`, `secretsmanager:ResourceTag/tag-key`, `sagemaker:ResourceTag/` and
 * `kms:EncryptionContext:${EncryptionContextKey}`; all of them match any non-empty text in that place.
 * Some keys are filed under another service (`saml:aud` and `accounts.google.com:sub` under `sts`,
 * `catalog:ChangeType` under `aws-marketplace`, `iot:JobId` under `iotjobsdata`): `unassociatedConditions.json`
 * names the services of prefixes that are not services, and keys filed elsewhere are found through the
 * services that name them.
 *
 * Keys whose prefix is a domain or a path (`token.actions.githubusercontent.com:sub`,
 * `oidc.eks.eu-west-1.amazonaws.com/id/EXAMPLE:aud`) belong to identity providers: any OIDC provider adds its
 * own, so they are never reported as unknown.
 */
import { actionConditionKeys, canonicalAction, serviceActions, type ServiceActions } from './actions-db.js';
import { closest, suggestionLimit } from './suggest.js';
import { globalConditionKeyRecords, readDatabaseJson, serviceExists, servicePrefixes } from './database.js';
import { andList, quoted } from '../words.js';



// ---------------------------------------------------------------------------------------------------------
// Key patterns

const patternCache = new Map<string, RegExp | null>();

/**
 * The regular expression of a key with a variable part (case-insensitive, anchored), or null for a plain key.
 * `${…}`, `<…>`, a final `/tag-key` and a final `/` stand for any non-empty text.
 */
export function keyPattern(key: string): RegExp | null {
  let pattern = patternCache.get(key);
  if (pattern === undefined) {
    const variable = /\$\{[^}]*\}|<[^>]*>|\/tag-key$|\/$/i;
    if (!variable.test(key)) pattern = null;
    else {
      let source = '';
      let rest = key;
      for (;;) {
        const match = variable.exec(rest);
        if (!match) {
          source += escape(rest);
          break;
        }
        source += escape(rest.slice(0, match.index));
        source += match[0].startsWith('/') ? '/.+' : '.+';
        rest = rest.slice(match.index + match[0].length);
        if (match[0].startsWith('/')) break;
      }
      pattern = new RegExp(`^${source}$`, 'is');
    }
    patternCache.set(key, pattern);
  }
  return pattern;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/** Whether a key of the database (possibly with a variable part) matches a key written in a policy. */
export function keyMatches(databaseKey: string, policyKey: string): boolean {
  const pattern = keyPattern(databaseKey);
  return pattern ? pattern.test(policyKey) : databaseKey.toLowerCase() === policyKey.toLowerCase();
}

// ---------------------------------------------------------------------------------------------------------
// Global keys

type GlobalKey = ReturnType<typeof globalConditionKeyRecords>[number];

/** The global condition keys (`aws:SourceIp`, `aws:PrincipalTag/tag-key`, and session keys such as `ec2:SourceInstanceArn`). */
export const globalConditionKeys = globalConditionKeyRecords;

function findGlobal(key: string): GlobalKey | undefined {
  for (const global of globalConditionKeys()) {
    if (global.key.endsWith('/tag-key') ? keyMatches(global.key, key) : global.key.toLowerCase() === key.toLowerCase()) return global;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Resolution

export type KeyResolution =
  /** A global key: valid in every policy, for every action (the tag keys apart: see actions). */
  | { kind: 'global'; key: string; canonical: string; type: string }
  /** A key of a service (`service` is where the database files it). `type` is empty when unknown. */
  | { kind: 'service'; key: string; canonical: string; type: string; service: string }
  /** An `aws:` key the database does not know. */
  | { kind: 'unknownGlobal'; key: string }
  /** A key whose prefix is no service. */
  | { kind: 'unknownService'; key: string; service: string }
  /** A key the service does not define. */
  | { kind: 'unknownKey'; key: string; service: string }
  /** Not checked: no `service:name` shape (condition-key-format's business) or an identity-provider key. */
  | { kind: 'skip'; key: string };

let unassociated: Map<string, string[]> | undefined;

/** Prefixes that are no service, and the services whose tables hold their keys (`saml` → `sts`). */
function unassociatedPrefixes(): Map<string, string[]> {
  if (!unassociated) {
    const raw = readDatabaseJson<Record<string, string[]>>('data', 'unassociatedConditions.json');
    unassociated = new Map(Object.entries(raw).map(([prefix, services]) => [prefix.toLowerCase(), services]));
  }
  return unassociated;
}

/** Whether a prefix is an identity provider's (a domain or a path), whose keys are never checked. */
export function isProviderPrefix(prefix: string): boolean {
  return prefix.includes('.') || prefix.includes('/');
}

const resolutions = new Map<string, KeyResolution>();

/** What the database says about a condition key written in a policy (cached per spelling). */
export function resolveConditionKey(key: string): KeyResolution {
  let resolution = resolutions.get(key);
  if (!resolution) {
    resolution = resolveUncached(key);
    if (resolutions.size > 20_000) resolutions.clear();
    resolutions.set(key, resolution);
  }
  return resolution;
}

function resolveUncached(key: string): KeyResolution {
  const colon = key.indexOf(':');
  if (colon <= 0 || colon === key.length - 1 || /\s/.test(key)) return { kind: 'skip', key };
  const prefix = key.slice(0, colon).toLowerCase();
  const global = findGlobal(key);
  if (global) return { kind: 'global', key, canonical: canonicalSpelling(global.key, key), type: global.type };
  if (prefix === 'aws') return { kind: 'unknownGlobal', key };
  if (isProviderPrefix(prefix)) return { kind: 'skip', key };
  const services: string[] = [];
  if (serviceExists(prefix)) services.push(prefix);
  for (const other of unassociatedPrefixes().get(prefix) ?? []) services.push(other);
  if (services.length === 0) return { kind: 'unknownService', key, service: prefix };
  for (const service of services) {
    const found = findInService(serviceActions(service), key, prefix);
    if (found) return { kind: 'service', key, canonical: canonicalSpelling(found.key, key), type: found.type, service };
  }
  // Keys filed under a service whose prefix differs (`iot:JobId` is `iotjobsdata`'s): look in the services
  // whose prefix starts with this one, which is where the database puts them.
  for (const other of servicePrefixes()) {
    if (other === prefix || !other.startsWith(prefix)) continue;
    const found = findInService(serviceActions(other), key, prefix);
    if (found) return { kind: 'service', key, canonical: canonicalSpelling(found.key, key), type: found.type, service: other };
  }
  return { kind: 'unknownKey', key, service: services[0] };
}

interface KeyTable {
  /** Lower-case plain key → index in the service's `keys` (the first, so its own keys win). */
  plain: Map<string, number>;
  /** Indexes of the keys with a variable part. */
  patterns: number[];
}
const keyTables = new WeakMap<ServiceActions, KeyTable>();

function keyTable(service: ServiceActions): KeyTable {
  let table = keyTables.get(service);
  if (!table) {
    table = { plain: new Map(), patterns: [] };
    service.keys.forEach((candidate, i) => {
      if (keyPattern(candidate)) table!.patterns.push(i);
      else {
        const lower = candidate.toLowerCase();
        if (!table!.plain.has(lower)) table!.plain.set(lower, i);
      }
    });
    keyTables.set(service, table);
  }
  return table;
}

/** A key in a service's tables: its own keys first (they have types), then those its actions name. */
function findInService(service: ServiceActions | undefined, key: string, prefix: string): { key: string; type: string } | undefined {
  if (!service) return undefined;
  const table = keyTable(service);
  const exact = table.plain.get(key.toLowerCase());
  if (exact !== undefined) return { key: service.keys[exact], type: service.keyTypes[exact] };
  for (const i of table.patterns) {
    const candidate = service.keys[i];
    if (candidate.toLowerCase().startsWith(`${prefix}:`) && keyPattern(candidate)!.test(key)) return { key: candidate, type: service.keyTypes[i] };
  }
  return undefined;
}

/**
 * The keys of a service's tables that a policy key matches (keyMatches), joined by newlines; empty when none.
 * Two policy keys with the same signature read the same wherever the service's actions and resource types list
 * keys (`ec2:ResourceTag/Owner` and `ec2:ResourceTag/Team` both match only `ec2:ResourceTag/${TagKey}`), so a
 * verdict computed for one holds for the other.
 */
export function serviceKeySignature(service: string, policyKey: string): string {
  const actions = serviceActions(service);
  if (!actions) return '';
  return actions.keys.filter((key) => keyMatches(key, policyKey)).join('\n');
}

/** The database's spelling of a key, keeping the policy's text in the variable part. */
function canonicalSpelling(databaseKey: string, policyKey: string): string {
  const pattern = keyPattern(databaseKey);
  if (!pattern) return databaseKey;
  const variable = /\$\{[^}]*\}|<[^>]*>|\/tag-key$|\/$/i.exec(databaseKey)!;
  const head = databaseKey.slice(0, variable.index + (variable[0].startsWith('/') ? 1 : 0));
  return head + policyKey.slice(head.length);
}

// ---------------------------------------------------------------------------------------------------------
// Suggestions

/** The closest known key to an unknown one, for "did you mean"; tag keys keep their tag name. */
export function suggestConditionKey(resolution: KeyResolution): string | undefined {
  const { key } = resolution;
  const colon = key.indexOf(':');
  const name = key.slice(colon + 1);
  if (resolution.kind === 'unknownGlobal') {
    const slash = key.indexOf('/');
    if (slash > 0) {
      // `aws:ResourceTg/team` → `aws:ResourceTag/team`
      const tagPrefixes = globalConditionKeys().filter((g) => g.key.endsWith('/tag-key')).map((g) => g.key.slice(0, g.key.indexOf('/')));
      const head = closest(key.slice(0, slash), tagPrefixes, suggestionLimit(slash));
      return head ? `${head}${key.slice(slash)}` : undefined;
    }
    const plain = globalConditionKeys().filter((g) => g.key.toLowerCase().startsWith('aws:') && !g.key.includes('/')).map((g) => g.key);
    return closest(key, plain, suggestionLimit(name.length));
  }
  if (resolution.kind === 'unknownKey') {
    const service = serviceActions(resolution.service);
    if (!service) return undefined;
    const prefix = key.slice(0, colon).toLowerCase();
    const own = service.keys.slice(0, service.ownKeyCount).filter((k) => k.toLowerCase().startsWith(`${prefix}:`));
    const plain = own.filter((k) => !keyPattern(k));
    const slash = key.indexOf('/');
    if (slash > 0) {
      const heads = own.filter((k) => keyPattern(k)).map((k) => k.slice(0, k.indexOf('/') >= 0 ? k.indexOf('/') : k.length));
      const head = closest(key.slice(0, slash), heads, suggestionLimit(slash - colon - 1));
      if (head) return `${head}${key.slice(slash)}`;
    }
    return closest(key, plain, suggestionLimit(name.length));
  }
  if (resolution.kind === 'unknownService') {
    const prefix = key.slice(0, colon);
    const candidates = [...servicePrefixes(), ...[...unassociatedPrefixes().keys()].filter((p) => !isProviderPrefix(p))];
    const suggestion = closest(prefix, candidates, suggestionLimit(prefix.length));
    return suggestion ? `${suggestion}:${name}` : undefined;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// Types

/** Multivalued keys: the database types them `ArrayOf…`. */
export function isMultivaluedType(type: string): boolean {
  return type.startsWith('ArrayOf');
}

/** The type of one value of a key: `ArrayOfARN` → `ARN`. */
export function elementType(type: string): string {
  return type.startsWith('ArrayOf') ? type.slice('ArrayOf'.length) : type;
}

/** Whether the database types `key`'s values as ARNs (`aws:SourceArn`, `aws:PrincipalArn`, `ec2:Vpc`). */
export function holdsArns(key: string): boolean {
  const resolution = resolveConditionKey(key);
  return 'type' in resolution && elementType(resolution.type) === 'ARN';
}

/**
 * Resource and request tag keys (`aws:ResourceTag/…`, `ec2:ResourceTag/…`, `aws:RequestTag/…`, `aws:TagKeys`): in
 * the request only for actions that support tags, reported per statement by tag-condition-key-support.
 */
export const TAG_KEY = /^[^\s:]+:(?:Resource|Request)Tag\/.|^aws:TagKeys$/i;

/** Up to `max` quoted names, then how many more: `"a", "b" and 3 more`, or all of them: `"a", "b" and "c"`. */
export function listNames(names: readonly string[], max = 3): string {
  return andList(names.map((name) => quoted(name)), max);
}

// ---------------------------------------------------------------------------------------------------------
// Iteration

/**
 * Call `visit` for every (operator, key, values) of a statement's Condition, like the engine's
 * `conditionEntries` but without building a path per entry (rules that report rarely build the path of what
 * they report: `[...statementPath, 'Condition', operator, key]`). Malformed blocks are skipped.
 */
export function forEachCondition(statement: unknown, visit: (operator: string, key: string, values: unknown) => void): void {
  if (typeof statement !== 'object' || statement === null) return;
  const condition = (statement as { Condition?: unknown }).Condition;
  if (typeof condition !== 'object' || condition === null || Array.isArray(condition)) return;
  for (const operator in condition) {
    const block = (condition as Record<string, unknown>)[operator];
    if (typeof block !== 'object' || block === null || Array.isArray(block)) continue;
    for (const key in block) visit(operator, key, (block as Record<string, unknown>)[key]);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Action support

/**
 * Whether an action supports a condition key: the key (as written in the policy) matches one of the keys the
 * database lists for the action or its resource types. Undefined for an action the database does not know.
 */
export function actionSupportsKey(actionKeys: readonly string[] | undefined, policyKey: string): boolean | undefined {
  if (!actionKeys) return undefined;
  return actionKeys.some((key) => keyMatches(key, policyKey));
}

const listedCache = new Map<string, boolean>();
const listedByWritten = new Map<string, boolean>();

/**
 * Whether some action of a service key's service lists the key (true for other keys). A few service tag keys
 * (`glacier:ResourceTag/`, `elasticloadbalancing:ResourceTag/`, `sagemaker:ResourceTag/`) are defined by their
 * service but listed by none of its actions, though the service documents them (Glacier's legal-hold vault lock
 * policy denies `glacier:DeleteArchive` by `glacier:ResourceTag/LegalHold`): for them the database cannot say
 * which actions support them.
 */
export function keyListedByAnAction(policyKey: string): boolean {
  // First by the key as written: the policy's own string, whose hash a rule has computed already, instead of
  // a new string built for the canonical cache key below (two rules ask this for every service key).
  let listed = listedByWritten.get(policyKey);
  if (listed !== undefined) return listed;
  const resolution = resolveConditionKey(policyKey);
  if (resolution.kind !== 'service') listed = true;
  else {
    const cacheKey = `${resolution.service}\n${resolution.canonical.toLowerCase()}`;
    listed = listedCache.get(cacheKey);
    if (listed === undefined) {
      const service = serviceActions(resolution.service);
      listed = !service || service.names.some((name) => actionSupportsKey(actionConditionKeys(`${service.prefix}:${name}`), policyKey) === true);
      if (listedCache.size > 10_000) listedCache.clear();
      listedCache.set(cacheKey, listed);
    }
  }
  if (listedByWritten.size > 10_000) listedByWritten.clear();
  listedByWritten.set(policyKey, listed);
  return listed;
}

/**
 * Whether requests for `action` (known to the database, no wildcard) never carry `policyKey`, as far as the
 * database can tell: a tag key (`aws:ResourceTag/…`, `iam:ResourceTag/…`; the reference lists them carefully,
 * tag-condition-key-support's reading), or another service key, that neither the action nor its resource types
 * list. Global keys may be in any request; a service key that no action of its service lists, or a key of the
 * action's own service checked against an action that lists no key at all, is where the reference has gaps
 * (condition-key-action-support's reading): for them the answer is false. An action that lists no key does not
 * carry another service's (`s3:max-keys` in an `iam:AddUserToGroup` request).
 */
export function neverInRequests(action: string, policyKey: string): boolean {
  const resolution = resolveConditionKey(policyKey);
  const tag = TAG_KEY.test(policyKey);
  if (resolution.kind !== 'service' && !(tag && resolution.kind === 'global')) return false;
  if (!keyListedByAnAction(policyKey)) return false;
  // An action of another service than the key's, whose service lists no matching key for any action: known
  // actions never carry it. Asked first, since building an action's key support is what costs (a Deny of `*`
  // asks this for some 22,000 actions).
  const prefix = action.slice(0, Math.max(0, action.indexOf(':'))).toLowerCase();
  if ((resolution.kind !== 'service' || prefix !== resolution.service) && !serviceListsKey(prefix, policyKey)) return canonicalAction(action) !== undefined;
  const support = actionKeySupport(action);
  if (!support) return false;
  if (!tag && support.keyCount === 0 && resolution.kind === 'service' && support.name.startsWith(`${resolution.service}:`)) return false;
  return !support.supports(policyKey);
}

const serviceListsCache = new Map<string, boolean>();

/** Whether some action or resource type of a service (by prefix) lists a key matching `policyKey`; true for an unknown service. */
export function serviceListsKey(prefix: string, policyKey: string): boolean {
  const cacheKey = `${prefix}\n${policyKey}`;
  let listed = serviceListsCache.get(cacheKey);
  if (listed === undefined) {
    const service = serviceActions(prefix);
    const table = service && keyTable(service);
    listed = !table || table.plain.has(policyKey.toLowerCase()) || table.patterns.some((i) => keyPattern(service!.keys[i])!.test(policyKey));
    if (serviceListsCache.size > 20_000) serviceListsCache.clear();
    serviceListsCache.set(cacheKey, listed);
  }
  return listed;
}

/** What rules need to know about one action's condition keys, prepared once per action. */
export interface ActionKeySupport {
  /** The action's canonical name: `ec2:DescribeInstances`. */
  readonly name: string;
  /** How many keys the database lists for the action and its resource types. */
  readonly keyCount: number;
  /** Whether the action supports a key as written in a policy (case-insensitive; variable parts match). */
  supports(policyKey: string): boolean;
}

const supportCache = new Map<string, ActionKeySupport | null>();

/**
 * The key support of the actions a statement names (no wildcards; unknown actions left out), with one
 * correction to the database: `sts:TagSession`, `sts:SetSourceIdentity` and `sts:SetContext` are authorized
 * during an `sts:AssumeRole…` call, in the same request context, so next to such an action they support its
 * keys too (`sts:ExternalId`, `saml:aud`, `sts:RoleSessionName`, as in the trust policies of AWS's own guides).
 */
export function statementActionSupport(entries: readonly unknown[]): ActionKeySupport[] {
  const actions: ActionKeySupport[] = [];
  for (const entry of entries) {
    if (typeof entry !== 'string' || entry.includes('*') || entry.includes('?')) continue;
    const support = actionKeySupport(entry);
    if (support) actions.push(support);
  }
  // No array for the usual answer (no AssumeRole action): this runs for every statement with a checked key.
  if (!actions.some((action) => action.name.startsWith('sts:AssumeRole'))) return actions;
  const assume = actions.filter((action) => action.name.startsWith('sts:AssumeRole'));
  return actions.map((action) => (!/^sts:(?:TagSession|SetSourceIdentity|SetContext)$/.test(action.name) ? action : {
    name: action.name,
    keyCount: action.keyCount,
    supports: (key: string) => action.supports(key) || assume.some((other) => other.supports(key)),
  }));
}

/** The condition-key support of an action written in a policy (no wildcards), cached; undefined if unknown. */
export function actionKeySupport(action: string): ActionKeySupport | undefined {
  let support = supportCache.get(action);
  if (support === undefined) {
    support = buildSupport(action) ?? null;
    if (supportCache.size > 50_000) supportCache.clear();
    supportCache.set(action, support);
  }
  return support ?? undefined;
}

function buildSupport(action: string): ActionKeySupport | undefined {
  const keys = actionConditionKeys(action);
  if (!keys) return undefined;
  const plain = new Set<string>();
  const patterns: RegExp[] = [];
  for (const key of keys) {
    const pattern = keyPattern(key);
    if (pattern) patterns.push(pattern);
    else plain.add(key.toLowerCase());
  }
  const answers = new Map<string, boolean>();
  return {
    name: canonicalAction(action)!,
    keyCount: keys.length,
    supports(policyKey: string): boolean {
      let answer = answers.get(policyKey);
      if (answer === undefined) {
        answer = plain.has(policyKey.toLowerCase()) || patterns.some((pattern) => pattern.test(policyKey));
        answers.set(policyKey, answer);
      }
      return answer;
    },
  };
}
