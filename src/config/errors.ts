/**
 * Configuration errors, and the translation of JSON Schema (ajv) errors into sentences a person
 * understands: where, what is wrong, what is allowed. Raw ajv messages never reach the user.
 */
import type { ErrorObject } from 'ajv';
import { pointerToPath } from '../engine/select.js';
import { editDistance } from '../edit-distance.js';
import { orList } from '../words.js';

export interface ConfigProblem {
  /** 1-based line and column of the offending token, when the problem is in a file. */
  line?: number;
  column?: number;
  reason: string;
}

/** A configuration that cannot be used: bad JSON, a schema violation, an unknown rule, bad options. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  /** The configuration file, or "command line" for a bad --rule / --policy-type. */
  readonly filePath: string;
  readonly line?: number;
  readonly column?: number;
  /** The first problem's explanation, without the location. */
  readonly reason: string;
  /** Every problem found (the first one is `line`, `column`, `reason`), in document order. */
  readonly problems: readonly ConfigProblem[];

  constructor(filePath: string, problems: ConfigProblem | readonly ConfigProblem[]) {
    const list = Array.isArray(problems) ? (problems as readonly ConfigProblem[]) : [problems as ConfigProblem];
    const first = list[0] ?? { reason: 'Invalid configuration.' };
    const where = first.line === undefined ? filePath : `${filePath}:${first.line}:${first.column ?? 1}`;
    super(`${where}: ${first.reason}`);
    this.filePath = filePath;
    this.line = first.line;
    this.column = first.column;
    this.reason = first.reason;
    this.problems = list;
  }
}

// ---------------------------------------------------------------------------------------------
// Small text helpers

export function quote(value: unknown): string {
  return JSON.stringify(value) ?? String(value);
}

/** `"a"`, `"a" or "b"`, `"a", "b" or "c"`: values quoted as JSON, joined by words.ts `orList`. */
export function quotedOrList(values: readonly unknown[], wrap: (v: unknown) => string = quote): string {
  return orList(values.map(wrap));
}

export function describeValue(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  const text = quote(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** The candidate closest to `value` when it is close enough to be a likely typo. */
export function closest(value: string, candidates: Iterable<string>): string | undefined {
  const wanted = value.toLowerCase();
  const limit = wanted.length <= 4 ? 1 : Math.max(2, Math.floor(wanted.length / 4));
  let best: string | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates) {
    const lower = candidate.toLowerCase();
    let score = editDistance(wanted, lower);
    if (score > limit && wanted.length >= 3 && (lower.startsWith(wanted) || wanted.startsWith(lower) || lower.endsWith(`:${wanted}`))) {
      score = limit; // "warning" → "warn", "recommended" → "policy-lint:recommended"
    }
    if (score <= limit && score < bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  return best;
}

export function didYouMean(value: unknown, candidates: Iterable<string>): string {
  if (typeof value !== 'string') return '';
  const match = closest(value, candidates);
  return match !== undefined && match !== value ? ` Did you mean ${quote(match)}?` : '';
}

// ---------------------------------------------------------------------------------------------
// Labels: where in the configuration a problem is, in words

const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;

function plainLabel(path: ReadonlyArray<string | number>): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${quote(segment)}]`;
  }
  return out;
}

/**
 * `accessAnalyzer.locale`, `overrides[0].policyType`; inside a rule setting, words:
 * `the severity of rule "x"`, `option "max" of rule "x" (overrides[1])`.
 */
export function labelOf(path: ReadonlyArray<string | number>): string {
  if (path.length === 0) return 'the configuration';
  const setting = ruleSettingOf(path);
  if (setting) {
    const { id, rest, where } = setting;
    if (rest.length === 0) return `rule ${quote(id)}${where}`;
    if (rest[0] === 0 && rest.length === 1) return `the severity of rule ${quote(id)}${where}`;
    if (rest[0] === 1) {
      if (rest.length === 1) return `the options of rule ${quote(id)}${where}`;
      const option = rest.length === 2 ? quote(String(rest[1])) : plainLabel(rest.slice(1));
      return `option ${option} of rule ${quote(id)}${where}`;
    }
  }
  return plainLabel(path);
}

/** For a path inside `rules.<id>` (or `overrides[i].rules.<id>`): the rule id, the rest of the path, and where. */
export function ruleSettingOf(path: ReadonlyArray<string | number>): { id: string; rest: Array<string | number>; where: string } | undefined {
  const at = path[0] === 'rules' ? 0 : path[0] === 'overrides' && path[2] === 'rules' ? 2 : -1;
  if (at < 0 || path.length <= at + 1) return undefined;
  return { id: String(path[at + 1]), rest: path.slice(at + 2), where: at === 0 ? '' : ` in ${plainLabel(path.slice(0, 2))}` };
}

function sentence(label: string, rest: string): string {
  const start = /^(the|option|rule) /.test(label) ? label[0].toUpperCase() + label.slice(1) : label;
  return `${start} ${rest}`;
}

// ---------------------------------------------------------------------------------------------
// ajv errors → problems

export interface SchemaProblem {
  /** Path in the document (the config file) of the offending value. */
  path: Array<string | number>;
  /** Point at the key of `path` (unknown property) or at its value. */
  target: 'key' | 'value' | 'auto';
  reason: string;
  keyword: string;
  /** For a `propertyNames` failure: the offending name (the path then ends with it). */
  propertyName?: string;
}

interface Reduced {
  error: ErrorObject;
  path: Array<string | number>;
  /** Allowed values and types gathered from the branches of an anyOf/oneOf that all mismatched. */
  union?: { values: unknown[]; types: string[] };
}

/** Phrases for the unions of our own schema (by the title of the anyOf's schema). */
const UNION_PHRASES: Record<string, string> = {
  'Rule setting': '"off", "warn" or "error", or ["warn" | "error", { options }]',
  Presets: '"policy-lint:recommended" or "policy-lint:all", or an array of them',
};

/** Phrases for the patterns of our own schema. */
const PATTERN_PHRASES: Record<string, string> = {
  '\\S': 'must not be empty',
  '^\\$': 'must be a JSONPath that starts with "$", such as "$.Statement[0]"',
  '^[a-z]{2}(-[a-z]+)+-\\d+$': 'must be an AWS region such as "us-east-1"',
  '^[A-Z][A-Z0-9_]*$': 'must be an Access Analyzer issue code in capitals, such as "MISSING_VERSION"',
};

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function isUnder(path: ReadonlyArray<string | number>, prefix: ReadonlyArray<string | number>): boolean {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

/** A branch error that only says "this branch is for another kind of value". */
function isMismatch(entry: Reduced, at: ReadonlyArray<string | number>): boolean {
  if (entry.path.length !== at.length) return false;
  const { error } = entry;
  if (error.keyword === 'type') return true;
  if (error.keyword === 'enum' || error.keyword === 'const') {
    const allowed = error.keyword === 'enum' ? (error.params as { allowedValues: unknown[] }).allowedValues : [(error.params as { allowedValue: unknown }).allowedValue];
    return !allowed.some((v) => jsonType(v) === jsonType(error.data) || (typeof v === 'number' && typeof error.data === 'number'));
  }
  return false;
}

function typePhrase(type: string): string {
  const names: Record<string, string> = {
    string: 'a string', number: 'a number', integer: 'an integer', boolean: 'true or false', object: 'an object',
    array: 'an array', null: 'null',
  };
  return type.split(',').map((t) => names[t] ?? t).join(' or ');
}

/**
 * Turn ajv's errors into one problem per real mistake. `root` is the value that was validated, `prefix` its
 * path in the document (for a rule's options inside the config).
 */
export function schemaProblems(errors: readonly ErrorObject[], root: unknown, prefix: ReadonlyArray<string | number> = []): SchemaProblem[] {
  const stack: Reduced[] = [];
  for (const error of errors) {
    const path = [...prefix, ...pointerToPath(root, error.instancePath)];
    if (error.keyword === 'if' || (error.keyword === 'propertyNames' && !error.propertyName)) continue;
    if (error.keyword !== 'anyOf' && error.keyword !== 'oneOf') {
      stack.push({ error, path });
      continue;
    }
    if (error.keyword === 'oneOf' && (error.params as { passingSchemas?: unknown }).passingSchemas) {
      stack.push({ error, path }); // matched several: reported as such
      continue;
    }
    const branch: Reduced[] = [];
    while (stack.length > 0 && isUnder(stack[stack.length - 1].path, path)) branch.unshift(stack.pop()!);
    const relevant = branch.filter((entry) => !isMismatch(entry, path));
    if (relevant.length > 0) {
      stack.push(...relevant);
      continue;
    }
    const values: unknown[] = [];
    const types: string[] = [];
    for (const { error: e } of branch) {
      if (e.keyword === 'enum') values.push(...(e.params as { allowedValues: unknown[] }).allowedValues);
      else if (e.keyword === 'const') values.push((e.params as { allowedValue: unknown }).allowedValue);
      else if (e.keyword === 'type') types.push(String((e.params as { type: string }).type));
    }
    stack.push({ error, path, union: { values, types } });
  }
  const problems: SchemaProblem[] = [];
  const seen = new Set<string>();
  for (const entry of stack) {
    const problem = describe(entry);
    const key = `${JSON.stringify(problem.path)}|${problem.reason}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  return problems;
}

const SEVERITY_WITH_OPTIONS = 'Severity with options';

function severityWithOptions(label: string, data: unknown): string {
  const count = Array.isArray(data) ? data.length : 0;
  return sentence(label, `must be ["warn" | "error", { options }] with exactly two items, or a severity alone such as "warn"; found ${count} ${count === 1 ? 'item' : 'items'}.`);
}

function describe({ error, path, union }: Reduced): SchemaProblem {
  const label = labelOf(path);
  const data = error.data;
  const found = `; found ${describeValue(data)}.`;
  const params = error.params as Record<string, unknown>;
  const parent = (error.parentSchema ?? {}) as Record<string, unknown>;
  const base = { path, target: 'value' as const, keyword: error.keyword };
  if (error.propertyName !== undefined) {
    // A propertyNames failure: the name itself is wrong.
    return {
      ...base, keyword: 'propertyNames', path: [...path, error.propertyName], target: 'key', propertyName: error.propertyName,
      reason: `${quote(error.propertyName)} is not a valid property name in ${labelOf(path)}.`,
    };
  }
  const setting = ruleSettingOf(path);
  switch (error.keyword) {
    case 'additionalProperties': {
      const name = String(params.additionalProperty);
      const known = Object.keys((parent.properties ?? {}) as Record<string, unknown>);
      const allowed = known.length > 0 ? ` Allowed: ${quotedOrList(known)}.` : '';
      const what = setting && setting.rest.length === 1 && setting.rest[0] === 1
        ? `option ${quote(name)} of rule ${quote(setting.id)}${setting.where}`
        : `property ${quote(name)} in ${labelOf(path)}`;
      return { ...base, path: [...path, name], target: 'key', reason: `Unknown ${what}.${didYouMean(name, known)}${allowed}` };
    }
    case 'required': {
      const missing = String(params.missingProperty);
      const property = ((parent.properties ?? {}) as Record<string, Record<string, unknown>>)[missing];
      const text = typeof property?.description === 'string' ? property.description : undefined;
      const hint = text ? ` (${text[0].toLowerCase()}${text.slice(1).replace(/\.$/, '')})` : '';
      return { ...base, target: 'auto', reason: sentence(label, `is missing the required property ${quote(missing)}${hint}.`) };
    }
    case 'type':
      return { ...base, reason: sentence(label, `must be ${typePhrase(String(params.type))}${found}`) };
    case 'enum': {
      const allowed = params.allowedValues as unknown[];
      const phrase = allowed.length <= 2 ? quotedOrList(allowed) : `one of ${quotedOrList(allowed)}`;
      return { ...base, reason: sentence(label, `must be ${phrase}${found}${didYouMean(data, allowed.map(String))}`) };
    }
    case 'const':
      return { ...base, reason: sentence(label, `must be ${quote(params.allowedValue)}${found}`) };
    case 'anyOf':
    case 'oneOf': {
      if (!union) return { ...base, reason: sentence(label, `matches more than one of the allowed forms; it must match exactly one.`) };
      const title = typeof parent.title === 'string' ? parent.title : '';
      const phrase = UNION_PHRASES[title] ?? orList([
        ...(union.values.length > 0 ? [quotedOrList(union.values)] : []),
        ...union.types.map(typePhrase),
      ]);
      return { ...base, reason: sentence(label, `must be ${phrase}${found}${didYouMean(data, union.values.map(String))}`) };
    }
    case 'pattern': {
      const phrase = PATTERN_PHRASES[String(params.pattern)] ?? `must match the pattern /${String(params.pattern)}/`;
      return { ...base, reason: sentence(label, `${phrase}${found}`) };
    }
    case 'minimum':
      return { ...base, reason: sentence(label, `must be at least ${params.limit}${found}`) };
    case 'maximum':
      return { ...base, reason: sentence(label, `must be at most ${params.limit}${found}`) };
    case 'exclusiveMinimum':
      return { ...base, reason: sentence(label, `must be greater than ${params.limit}${found}`) };
    case 'exclusiveMaximum':
      return { ...base, reason: sentence(label, `must be less than ${params.limit}${found}`) };
    case 'multipleOf':
      return { ...base, reason: sentence(label, `must be a multiple of ${params.multipleOf}${found}`) };
    case 'minItems': {
      const n = Number(params.limit);
      if (parent.title === SEVERITY_WITH_OPTIONS) return { ...base, reason: severityWithOptions(label, data) };
      const actual = Array.isArray(data) && data.length > 0 ? `; found ${data.length}.` : '; it is empty.';
      return { ...base, reason: sentence(label, `must list at least ${n} ${n === 1 ? 'item' : 'items'}${actual}`) };
    }
    case 'maxItems':
    case 'items':
    case 'additionalItems': {
      const n = Number(params.limit);
      if (parent.title === SEVERITY_WITH_OPTIONS) return { ...base, path: [...path, n], reason: severityWithOptions(label, data) };
      const count = Array.isArray(data) ? data.length : 0;
      return { ...base, path: [...path, n], reason: sentence(label, `must have at most ${n} ${n === 1 ? 'item' : 'items'}; found ${count}.`) };
    }
    case 'minLength':
      return { ...base, reason: sentence(label, `must be at least ${params.limit} characters long${found}`) };
    case 'maxLength':
      return { ...base, reason: sentence(label, `must be at most ${params.limit} characters long${found}`) };
    case 'minProperties':
      return { ...base, reason: sentence(label, `must have at least ${params.limit} ${params.limit === 1 ? 'property' : 'properties'}.`) };
    case 'maxProperties':
      return { ...base, reason: sentence(label, `must have at most ${params.limit} ${params.limit === 1 ? 'property' : 'properties'}.`) };
    case 'uniqueItems': {
      const i = Number(params.i);
      const item = Array.isArray(data) ? data[i] : undefined;
      return { ...base, path: [...path, i], reason: sentence(label, `lists ${describeValue(item)} more than once.`) };
    }
    case 'dependentRequired':
    case 'dependencies':
      return { ...base, target: 'auto', reason: sentence(label, `needs ${quote(params.missingProperty)} when it has ${quote(params.property)}.`) };
    case 'format':
      return { ...base, reason: sentence(label, `must be a valid ${String(params.format)}${found}`) };
    case 'not':
      return { ...base, reason: sentence(label, `has a value that is not allowed here${found}`) };
    case 'false schema':
      return { ...base, target: 'key', reason: sentence(label, 'is not allowed here.') };
    default:
      return { ...base, reason: sentence(label, `is not valid (the schema's "${error.keyword}" check fails)${found}`) };
  }
}
