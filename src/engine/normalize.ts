/**
 * One normalised view of a policy, so that rules never handle "string or array" themselves:
 * `Statement` is always an array, and Action, NotAction, Resource, NotResource, every condition value and
 * every Principal / NotPrincipal value are always arrays. Paths into this view are mapped back to the
 * file's real paths by `denormalizePath` (an index into a value that the file wrote as a single item is
 * dropped), so a rule may report either kind of path.
 */
import { memoizeLast } from './memo.js';
import type { Match } from './rule.js';
import type { JsonPath } from './types.js';

export type JsonObject = Record<string, unknown>;

const LIST_ELEMENTS = ['Action', 'NotAction', 'Resource', 'NotResource'] as const;

export interface NormalizedStatement extends JsonObject {
  Action?: unknown[];
  NotAction?: unknown[];
  Resource?: unknown[];
  NotResource?: unknown[];
  Condition?: Record<string, Record<string, unknown[]>> | unknown;
  Principal?: '*' | Record<string, unknown[]> | unknown;
  NotPrincipal?: '*' | Record<string, unknown[]> | unknown;
}

export interface NormalizedPolicy extends JsonObject {
  Statement?: Array<NormalizedStatement | unknown>;
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

function normalizeStatement(statement: unknown): unknown {
  if (!isObject(statement)) return statement;
  const out: JsonObject = { ...statement };
  for (const key of LIST_ELEMENTS) {
    if (key in out) out[key] = asList(out[key]);
  }
  if (isObject(out.Principal)) out.Principal = listValues(out.Principal);
  if (isObject(out.NotPrincipal)) out.NotPrincipal = listValues(out.NotPrincipal);
  if (isObject(out.Condition)) {
    const condition: JsonObject = { ...out.Condition };
    for (const operator of Object.keys(condition)) {
      const block = condition[operator];
      if (isObject(block)) condition[operator] = listValues(block);
    }
    out.Condition = condition;
  }
  return out;
}

/**
 * A copy of an object with every value as a list. Plain loops, as this runs for every statement of every
 * file; the spread copies a `__proto__` key as an own property, which the assignments then only update.
 */
function listValues(object: JsonObject): JsonObject {
  const out: JsonObject = { ...object };
  for (const key of Object.keys(out)) out[key] = asList(out[key]);
  return out;
}

/** The normalised view of a parsed policy value. Non-object documents are returned unchanged. */
export function normalizePolicy(value: unknown): NormalizedPolicy | unknown {
  // A new map only when the last policy filled this one (one without conditions leaves it empty).
  if (entriesByStatement.size > 0) entriesByStatement = new Map();
  if (!isObject(value)) return value;
  const out: JsonObject = { ...value };
  if ('Statement' in out) out.Statement = asList(out.Statement).map(normalizeStatement);
  return out;
}

/**
 * Map a path into the normalised view to the path in the file: where the file has a single value
 * (a string, or one statement object) and the path indexes it as item 0, the index is dropped.
 */
export function denormalizePath(raw: unknown, path: JsonPath): Array<string | number> {
  const out: Array<string | number> = [];
  let current: unknown = raw;
  for (const segment of path) {
    if (typeof segment === 'number' && !Array.isArray(current)) {
      if (segment === 0) continue; // the single value stands for item 0
      out.push(segment);
      current = undefined;
      continue;
    }
    out.push(segment);
    current = Array.isArray(current) ? current[segment as number] : isObject(current) ? current[segment as string] : undefined;
  }
  return out;
}

/** `["Statement", 0, "Action"]` → `Statement[0].Action`, for messages. */
export function formatPath(path: JsonPath): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else out += /^[A-Za-z_$][\w$]*$/.test(segment) ? (out ? `.${segment}` : segment) : `[${JSON.stringify(segment)}]`;
  }
  return out || '(document)';
}

/** The statements of a normalised policy that are objects, with their paths. */
export function statementsOf(policy: NormalizedPolicy): Array<{ statement: NormalizedStatement; path: Array<string | number> }> {
  const list = isObject(policy) && Array.isArray(policy.Statement) ? policy.Statement : [];
  const out: Array<{ statement: NormalizedStatement; path: Array<string | number> }> = [];
  list.forEach((statement, index) => {
    if (isObject(statement)) out.push({ statement: statement as NormalizedStatement, path: ['Statement', index] });
  });
  return out;
}

/**
 * The `given` of the rules that check each object statement: the matches are made once per policy and
 * shared (some thirty rules each made their own). Callers must not modify them.
 */
export const statementMatches = memoizeLast((policy: NormalizedPolicy): Match[] => {
  // Made directly, not from statementsOf's list: an object and a closure call less per statement of every policy.
  const list = isObject(policy) && Array.isArray(policy.Statement) ? policy.Statement : [];
  const out: Match[] = [];
  for (let index = 0; index < list.length; index++) {
    if (isObject(list[index])) out.push({ value: list[index], path: ['Statement', index] });
  }
  return out;
});

/**
 * The `given` of the rules that only look at a statement's Condition block: the statements whose Condition is
 * an object (half the statements of the AWS managed policies have none, and some twenty condition rules were
 * called for each of them only to find nothing). Shared and memoised like `statementMatches`.
 */
export const conditionStatementMatches = memoizeLast((policy: NormalizedPolicy): Match[] =>
  statementMatches(policy).filter(({ value }) => isObject((value as NormalizedStatement).Condition)));

export interface ConditionEntry {
  /** The operator as written, e.g. `ForAnyValue:StringLikeIfExists`. */
  operator: string;
  /** The condition key as written. */
  key: string;
  values: unknown[];
  /** Path of the operator block: `[..., 'Condition', operator]`. */
  operatorPath: Array<string | number>;
  /** Path of the key's value list: `[..., 'Condition', operator, key]`. */
  keyPath: Array<string | number>;
}

/**
 * Some twenty rules ask for the condition entries of every statement: the answers for the statements of the
 * policy normalised last are kept (in a Map that normalizePolicy replaces; a WeakMap would keep them through
 * minor GCs, see memo.ts). Callers must not modify the entries.
 */
const NO_CONDITION_ENTRIES: ConditionEntry[] = Object.freeze([]) as unknown as ConditionEntry[];
let entriesByStatement = new Map<object, { path: JsonPath; entries: ConditionEntry[] }>();

/** Every (operator, key, values) of a statement's Condition block. Malformed blocks are skipped. */
export function conditionEntries(statement: NormalizedStatement, statementPath: JsonPath): ConditionEntry[] {
  // Half the statements have no Condition: nothing to remember for them.
  if (!isObject(statement.Condition)) return NO_CONDITION_ENTRIES;
  const known = entriesByStatement.get(statement);
  if (known && samePath(known.path, statementPath)) return known.entries;
  const entries = entriesOf(statement, statementPath);
  if (entriesByStatement.size >= 10_000) entriesByStatement.clear();
  entriesByStatement.set(statement, { path: [...statementPath], entries });
  return entries;
}

/**
 * A plain loop: conditionEntries is asked some 115,000 times a pass over the AWS managed policies, and a
 * callback to `every` was a closure allocated each time.
 */
function samePath(a: JsonPath, b: JsonPath): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function entriesOf(statement: NormalizedStatement, statementPath: JsonPath): ConditionEntry[] {
  const out: ConditionEntry[] = [];
  if (!isObject(statement.Condition)) return out;
  // Object.keys, not Object.entries: no [key, value] array per operator and per key.
  const condition = statement.Condition;
  for (const operator of Object.keys(condition)) {
    const block = condition[operator];
    if (!isObject(block)) continue;
    const operatorPath = [...statementPath, 'Condition', operator];
    for (const key of Object.keys(block)) {
      out.push({ operator, key, values: block[key] as unknown[], operatorPath, keyPath: [...operatorPath, key] });
    }
  }
  return out;
}
