/** Small helpers about condition keys and values, shared by the condition rules. */
import { actionMatches } from '../actions/glob.js';

/** True when a string holds a policy variable (`${...}`); such values are checked by the variable rules. */
export function hasVariable(value: string): boolean {
  return value.includes('${');
}

/** A value as it appears in messages: strings quoted, everything else as JSON. */
export function show(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/**
 * The lower case of a condition key, cached by the key as written. Rules lower-case the corpus's few hundred
 * distinct keys ~100,000 times in a run; a key parsed as a JSON property name is an internalized string, whose
 * hash V8 already knows, so a Map look-up of it costs less than lowering it again (a new string each time,
 * which a Set or object look-up then has to hash).
 */
export function lowerKey(key: string): string {
  let lower = lowerKeys.get(key);
  if (lower === undefined) {
    lower = key.toLowerCase();
    if (lowerKeys.size >= 10_000) lowerKeys.clear();
    lowerKeys.set(key, lower);
  }
  return lower;
}
const lowerKeys = new Map<string, string>();

/** Condition keys are case-insensitive: compare them lower-cased. */
export function keyIs(key: string, expected: string): boolean {
  return lowerKey(key) === lowerKey(expected);
}

/** Whether a statement's Action / NotAction (normalised lists) covers an action. */
export function statementCoversAction(statement: { Action?: unknown; NotAction?: unknown }, action: string): boolean {
  const matches = (list: unknown) => Array.isArray(list) && list.some((p) => typeof p === 'string' && actionMatches(p, action));
  if (Array.isArray(statement.Action)) return matches(statement.Action);
  if (Array.isArray(statement.NotAction)) return !matches(statement.NotAction);
  return false;
}
