/**
 * From ajv errors to problems a person can act on. ajv reports what failed inside the schema (`if`,
 * `false schema`, `additionalProperties`, one error per branch); a user needs to know which token is
 * wrong, what was expected and what was found. `explainErrors` turns the errors of one validation into
 * `SchemaProblem`s: paths as segment lists (array indexes as numbers), the offending value, the allowed
 * alternatives and, for an unknown property, the nearest known name. Errors that only restate another
 * (the `if` keyword's own error, duplicates) are dropped, so that one problem gives one entry.
 *
 * Requires validators compiled with `verbose: true` (errors carry `parentSchema` and `data`).
 * `describeProblem` words a problem generically; rules with domain knowledge word their own messages.
 */
import type { ErrorObject } from 'ajv';
import { formatPath } from '../engine/normalize.js';
import { editDistance } from '../edit-distance.js';
import { orList } from '../words.js';

export type Segment = string | number;

export type SchemaProblem =
  /** The value has the wrong JSON type. */
  | { kind: 'type'; path: Segment[]; value: unknown; expected: string[] }
  /** An object has a property its schema does not define. `path` is the object's path. */
  | { kind: 'unknownProperty'; path: Segment[]; property: string; allowed: string[]; suggestion?: string }
  /** A required property is missing. `path` is the object's path. */
  | { kind: 'missingProperty'; path: Segment[]; property: string }
  /** A property the schema names but forbids (`false` or `{ "not": {} }`). `path` is the object's path. */
  | { kind: 'forbiddenProperty'; path: Segment[]; property: string; description?: string }
  /** A property that may not appear together with `with` (`dependentSchemas: { with: { properties: { property: false } } }`). */
  | { kind: 'exclusiveProperties'; path: Segment[]; property: string; with: string }
  /** The value is not the one allowed value (`const`) or not one of the allowed values (`enum`). */
  | { kind: 'value'; path: Segment[]; value: unknown; allowed: unknown[] }
  /** A string does not match `pattern`. */
  | { kind: 'pattern'; path: Segment[]; value: unknown; pattern: string }
  /** An array with too few items. */
  | { kind: 'minItems'; path: Segment[]; value: unknown; limit: number }
  /** Anything else; worded generically. */
  | { kind: 'other'; path: Segment[]; value: unknown; keyword: string };

type Verbose = ErrorObject & { parentSchema?: Record<string, unknown>; data?: unknown };

/** JSON Pointer (`/Statement/0/a~1b`) → segments, with numbers where the data at that point is an array. */
export function pointerSegments(pointer: string, root: unknown): Segment[] {
  if (pointer === '') return [];
  const out: Segment[] = [];
  let current: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const segment = raw.includes('~') ? raw.replace(/~1/g, '/').replace(/~0/g, '~') : raw;
    if (Array.isArray(current)) {
      const index = Number(segment);
      out.push(index);
      current = current[index];
    } else {
      out.push(segment);
      current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[segment] : undefined;
    }
  }
  return out;
}

/** A property schema that can never match: `false`, or `{ "not": {} }` (which may carry a description). */
export function isForbiddenSchema(schema: unknown): boolean {
  if (schema === false) return true;
  if (schema === null || typeof schema !== 'object') return false;
  const not = (schema as Record<string, unknown>).not;
  return not === true || (not !== null && typeof not === 'object' && Object.keys(not).length === 0);
}

/** The property names an object schema allows (those it defines and does not forbid). */
export function allowedProperties(objectSchema: unknown): string[] {
  const properties = (objectSchema as { properties?: Record<string, unknown> } | undefined)?.properties;
  if (!properties) return [];
  return Object.keys(properties).filter((name) => !isForbiddenSchema(properties[name]));
}

/**
 * Turn the errors of one validation of `data` into problems, one per distinct problem, in the order ajv
 * found them.
 */
export function explainErrors(errors: readonly ErrorObject[] | null | undefined, data: unknown): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  const typeErrorPaths: Segment[][] = [];
  for (const error of (errors ?? []) as Verbose[]) {
    const problem = toProblem(error, data);
    if (!problem) continue;
    const key = `${problem.kind}|${JSON.stringify(problem.path)}|${'property' in problem ? problem.property : ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (problem.kind === 'type') typeErrorPaths.push(problem.path);
    problems.push(problem);
  }
  // Below a value of the wrong type nothing else is worth saying (ajv guards most keywords by type
  // already; this catches schemas that combine branches).
  if (typeErrorPaths.length === 0) return problems;
  return problems.filter((p) => p.kind === 'type' || !typeErrorPaths.some((t) => startsWith(p.path, t)));
}

function startsWith(path: Segment[], prefix: Segment[]): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

function toProblem(error: Verbose, root: unknown): SchemaProblem | undefined {
  const path = pointerSegments(error.instancePath, root);
  const value = error.data;
  switch (error.keyword) {
    case 'if':
      return undefined; // restates the failure of its `then` or `else`, which is reported on its own
    case 'type': {
      const type = error.params.type as string | string[];
      return { kind: 'type', path, value, expected: Array.isArray(type) ? type : [type] };
    }
    case 'additionalProperties': {
      const property = String(error.params.additionalProperty);
      const allowed = allowedProperties(error.parentSchema);
      const present = value !== null && typeof value === 'object' ? Object.keys(value) : [];
      const suggestion = closestName(property, allowed.filter((name) => !present.includes(name)));
      return { kind: 'unknownProperty', path, property, allowed, ...(suggestion ? { suggestion } : {}) };
    }
    case 'required':
      return { kind: 'missingProperty', path, property: String(error.params.missingProperty) };
    case 'not':
    case 'false schema': {
      const dependent = /\/dependentSchemas\/([^/]+)\/properties\/([^/]+)\/false schema$/.exec(error.schemaPath);
      if (dependent) {
        return { kind: 'exclusiveProperties', path: path.slice(0, -1), property: unescape(dependent[2]), with: unescape(dependent[1]) };
      }
      const forbidden = /\/properties\/([^/]+)\/(?:not|false schema)$/.exec(error.schemaPath);
      if (forbidden && (error.keyword === 'false schema' || isForbiddenSchema(error.parentSchema))) {
        const description = error.keyword === 'not' ? error.parentSchema?.description : undefined;
        return {
          kind: 'forbiddenProperty', path: path.slice(0, -1), property: unescape(forbidden[1]),
          ...(typeof description === 'string' ? { description } : {}),
        };
      }
      return { kind: 'other', path, value, keyword: error.keyword };
    }
    case 'const':
      return { kind: 'value', path, value, allowed: [error.params.allowedValue] };
    case 'enum':
      return { kind: 'value', path, value, allowed: [...(error.params.allowedValues as unknown[])] };
    case 'pattern':
      return { kind: 'pattern', path, value, pattern: String(error.params.pattern) };
    case 'minItems':
      return { kind: 'minItems', path, value, limit: Number(error.params.limit) };
    default:
      return { kind: 'other', path, value, keyword: error.keyword };
  }
}

function unescape(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

// ---------------------------------------------------------------------------------------------------
// Words

/** `"a"`, `"a" or "b"`, `"a", "b" or "c"` (strings quoted, other values as JSON). */
export function formatList(items: readonly unknown[], conjunction: 'or' | 'and' = 'or'): string {
  const words = items.map((item) => JSON.stringify(item));
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}

/** What a value is, for "found …": `the string "x"`, `the number 42`, `true`, `null`, `an object`, `an array`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return value.length === 0 ? 'an empty array' : 'an array';
  switch (typeof value) {
    case 'string':
      return `the string ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return `the boolean ${value}`;
    case 'object':
      return Object.keys(value as object).length === 0 ? 'an empty object' : 'an object';
    default:
      return String(value);
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'a string', number: 'a number', integer: 'an integer', boolean: 'a boolean',
  object: 'an object', array: 'an array', null: 'null',
};

/** `["string", "array"]` → `a string or an array`. */
export function describeTypes(types: readonly string[]): string {
  return orList(types.map((t) => TYPE_WORDS[t] ?? t));
}

/**
 * The candidate a misspelt name most likely meant: the same name in another letter case, else the
 * nearest by edit distance (adjacent transpositions count as one edit) within a third of its length.
 */
export function closestName(name: string, candidates: readonly string[]): string | undefined {
  const lower = name.toLowerCase();
  const sameCase = candidates.find((c) => c.toLowerCase() === lower);
  if (sameCase) return sameCase;
  const limit = Math.max(1, Math.floor(name.length / 3));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** A generic sentence for a problem, for schemas without a rule of their own (e.g. a config file). */
export function describeProblem(problem: SchemaProblem): string {
  const where = formatPath(problem.path);
  switch (problem.kind) {
    case 'type':
      return `${where} must be ${describeTypes(problem.expected)}; found ${describeValue(problem.value)}.`;
    case 'unknownProperty': {
      const property = formatPath([...problem.path, problem.property]);
      if (problem.suggestion) return `Unknown property ${property}; did you mean "${problem.suggestion}"?`;
      return problem.allowed.length > 0
        ? `Unknown property ${property}; expected ${formatList(problem.allowed)}.`
        : `Unknown property ${property}.`;
    }
    case 'missingProperty':
      return `${where} is missing the required property "${problem.property}".`;
    case 'forbiddenProperty':
      return `${formatPath([...problem.path, problem.property])} is not allowed here.${problem.description ? ` ${problem.description}` : ''}`;
    case 'exclusiveProperties':
      return `${where} cannot have both "${problem.with}" and "${problem.property}"; use one of them.`;
    case 'value':
      return `${where} must be ${formatList(problem.allowed)}; found ${describeValue(problem.value)}.`;
    case 'pattern':
      return `${where} has an invalid format: ${describeValue(problem.value)}.`;
    case 'minItems':
      return `${where} must have at least ${problem.limit} item${problem.limit === 1 ? '' : 's'}.`;
    case 'other':
      return `${where} is not valid: ${describeValue(problem.value)}.`;
  }
}
