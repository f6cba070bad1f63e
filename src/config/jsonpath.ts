/**
 * JSONPath for `ignore[].path`. Simple paths (`$.Statement[2]`, `$.Statement[*].Condition`,
 * `$['Statement'][0]`) are walked by hand; anything else (filters such as `$.Statement[?(@.Sid == 'X')]`,
 * `..`, slices) goes to jsonpath-plus, which loadConfig loads only when some ignore entry needs it.
 * A negative index counts from the end (`$.Statement[-1]`, the last statement), as in RFC 9535.
 */
import { pointerToPath } from '../engine/select.js';

type JSONPathFn = (options: { path: string; json: unknown; resultType: 'all'; wrap: true }) => Array<{ pointer: string }>;
let engine: JSONPathFn | undefined;

const STEP = /\.[A-Za-z_][\w-]*|\.\*|\[\*\]|\[-?\d+\]|\['[^'\\]*'\]|\["[^"\\]*"\]/g;
const SIMPLE = new RegExp(`^\\$(?:${STEP.source})*$`);

export function isSimpleJsonPath(path: string): boolean {
  return SIMPLE.test(path);
}

export async function loadJsonPath(): Promise<void> {
  if (engine) return;
  const module = await import('jsonpath-plus');
  engine = module.JSONPath as unknown as JSONPathFn;
}

const PROBE = {
  Version: '2012-10-17',
  Statement: [{ Sid: 'S', Effect: 'Allow', Principal: { AWS: ['*'] }, Action: ['s3:GetObject'], Resource: ['*'], Condition: { Bool: { 'aws:SecureTransport': ['true'] } } }],
};

/** Why a path cannot be used, or undefined when it can. */
export function checkJsonPath(path: string): string | undefined {
  const zero = negativeZero(path);
  if (zero) return zero;
  if (isSimpleJsonPath(path)) return undefined;
  const unbalanced = bracketProblem(path);
  if (unbalanced) return unbalanced;
  if (!engine) throw new Error('JSONPath engine not loaded; call loadJsonPath() first.');
  try {
    engine({ path: negativeIndexesAsSlices(path), json: PROBE, resultType: 'all', wrap: true });
    return undefined;
  } catch (error) {
    return `the expression cannot be evaluated (${(error as Error).message.replace(/ at character \d+$/, '')}).`;
  }
}

/** jsonpath-plus accepts "$[" and selects the root with it; refuse what is plainly malformed. */
function bracketProblem(path: string): string | undefined {
  const stack: string[] = [];
  let quoteChar: string | undefined;
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (quoteChar) {
      if (c === '\\') i++;
      else if (c === quoteChar) quoteChar = undefined;
      continue;
    }
    if (c === '"' || c === "'") quoteChar = c;
    else if (c === '[' || c === '(') stack.push(c);
    else if (c === ']' || c === ')') {
      const open = stack.pop();
      if (open !== (c === ']' ? '[' : '(')) return `"${c}" at character ${i + 1} has no matching opening bracket.`;
    }
  }
  if (quoteChar) return `a string started with ${quoteChar} is not closed.`;
  if (stack.length > 0) return `"${stack[stack.length - 1]}" is not closed.`;
  return undefined;
}

/** The paths (segment lists) that a JSONPath selects in a value. */
export function evaluateJsonPath(root: unknown, path: string): Array<Array<string | number>> {
  if (root === undefined) return []; // the file did not parse: nothing to select
  if (isSimpleJsonPath(path)) return walk(root, path);
  if (!engine) throw new Error('JSONPath engine not loaded; call loadJsonPath() first.');
  if (root === null || typeof root !== 'object') return [];
  return engine({ path: negativeIndexesAsSlices(path), json: root, resultType: 'all', wrap: true }).map(({ pointer }) => pointerToPath(root, pointer));
}

/**
 * The brackets of a path itself that hold indexes (`[-1]`, a union `[0,-1]`), not those in quotes or in a filter's
 * script: where each starts, its text, and its indexes as written.
 */
function indexBrackets(path: string): Array<{ start: number; text: string; indexes: string[] }> {
  const out: Array<{ start: number; text: string; indexes: string[] }> = [];
  let depth = 0; // inside parentheses (a filter or script expression)
  let quoteChar: string | undefined;
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (quoteChar) {
      if (c === '\\') i++;
      else if (c === quoteChar) quoteChar = undefined;
    } else if (c === '"' || c === "'") quoteChar = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '[' && depth === 0) {
      // A union as jsonpath-plus reads one: commas without spaces.
      const bracket = /^\[(-?\d+(?:,-?\d+)*)\]/.exec(path.slice(i));
      if (bracket) {
        out.push({ start: i, text: bracket[0], indexes: bracket[1].split(',') });
        i += bracket[0].length - 1;
      }
    }
  }
  return out;
}

/** `-0` is no index (RFC 9535): the hand walk would read it as 0, jsonpath-plus as a key. */
function negativeZero(path: string): string | undefined {
  const zero = indexBrackets(path).some(({ indexes }) => indexes.some((index) => /^-0+$/.test(index)));
  return zero ? '-0 is no index: the last element is [-1], the first [0].' : undefined;
}

/**
 * jsonpath-plus reads `[-1]` as a key "-1" and selects nothing; its slices count from the end, so `[-2]`
 * becomes `[-2:-1]` and `[-1]` becomes `[-1:]`, in a union too (`[0,-1]`: `[0,-1:]`).
 */
function negativeIndexesAsSlices(path: string): string {
  let out = '';
  let from = 0;
  for (const { start, text, indexes } of indexBrackets(path)) {
    if (!indexes.some((index) => index.startsWith('-'))) continue;
    const slices = indexes.map((index) => {
      const n = -Number(index);
      return n <= 0 ? index : n === 1 ? '-1:' : `-${n}:-${n - 1}`;
    });
    out += `${path.slice(from, start)}[${slices.join(',')}]`;
    from = start + text.length;
  }
  return out + path.slice(from);
}

function walk(root: unknown, path: string): Array<Array<string | number>> {
  let current: Array<{ value: unknown; at: Array<string | number> }> = [{ value: root, at: [] }];
  for (const step of path.slice(1).match(STEP) ?? []) {
    const next: typeof current = [];
    for (const { value, at } of current) {
      if (step === '[*]' || step === '.*') {
        if (Array.isArray(value)) value.forEach((v, i) => next.push({ value: v, at: [...at, i] }));
        else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) next.push({ value: v, at: [...at, k] });
      } else if (/^\[-?\d+\]$/.test(step)) {
        const written = Number(step.slice(1, -1));
        const index = Array.isArray(value) && written < 0 ? value.length + written : written;
        if (Array.isArray(value) && index >= 0 && index < value.length) next.push({ value: value[index], at: [...at, index] });
      } else {
        const key = step.startsWith('.') ? step.slice(1) : step.slice(2, -2);
        if (value && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, key)) {
          next.push({ value: (value as Record<string, unknown>)[key], at: [...at, key] });
        }
      }
    }
    current = next;
  }
  return current.map(({ at }) => at);
}
