/**
 * A module's `locals { … }` values, as far as the text alone decides them. A reference `local.x` (an attribute's
 * whole value, or a whole interpolation `${local.x}`) reads the expression the module's `locals` block writes for
 * `x`, in any of its files, as if it were written at the reference: literals, tuples, objects, strings (their
 * interpolations read the same way), `jsonencode({…})` for a policy attribute, and `concat`, `distinct`,
 * `flatten` of lists it knows (embed.ts); `local.x.key` reads a key of an object the local writes. Anything else
 * in it stays a placeholder, as it is when written in place: `var.x` (a variable's default can be overridden),
 * `data.…`, a resource's attribute, another function, `local.x[0]`; and a local that refers to itself (a cycle, which Terraform rejects), or that the
 * module's files declare twice.
 *
 * Positions: a value written entirely in the local (`actions = local.actions`) keeps the local's own tokens, so
 * a finding on it lands at the local's definition (in its own file, when a sibling holds it); text an
 * interpolation splices into a string (`"${local.bucket_arn}/*"`) has no characters of its own in that string, so
 * a finding on it lands on the string that writes the reference. Policies read through a local are never fixed.
 */
import { literalText, type HclBody, type HclExpr } from './scan.js';
import { quoted } from '../words.js';

/** The module's locals by name: the expression written, or null for a name declared twice. */
export type Locals = ReadonlyMap<string, HclExpr | null>;

/** The locals of a module's top-level `locals` blocks. */
export function moduleLocals(body: HclBody): Locals {
  const out = new Map<string, HclExpr | null>();
  for (const block of body) {
    if (block.kind !== 'block' || block.type !== 'locals' || block.labels.length !== 0) continue;
    for (const item of block.body) {
      if (item.kind !== 'attribute') continue;
      out.set(item.name, out.has(item.name) ? null : item.value);
    }
  }
  return out;
}

/** `local.x`, `local.x.key.key` (spaces and a trailing comment aside): the local's name and the keys read. */
const REFERENCE = /^\s*local\.([A-Za-z_][\w-]*)((?:\.[A-Za-z_][\w-]*)*)\s*(?:(?:#|\/\/)[^\n]*|\/\*[\s\S]*?\*\/\s*)?$/;

/**
 * What a reference reads: the local's name and expression (for `local.x.key`, the value the key has in the object
 * the local writes); undefined when it is no local the module decides, or one being read (a cycle).
 */
export function resolveLocal(
  text: string, locals: Locals | undefined, resolving: ReadonlySet<string> | undefined,
): { name: string; expr: HclExpr } | undefined {
  if (!locals) return undefined;
  const [, name, keys] = REFERENCE.exec(text) ?? [];
  if (name === undefined || resolving?.has(name)) return undefined;
  let expr = locals.get(name);
  for (const key of keys ? keys.slice(1).split('.') : []) {
    if (expr?.kind !== 'object') return undefined;
    const entries = expr.entries.filter((entry) => entry.key === key);
    // A key the object computes (`(var.k) = …`) could be this one.
    if (entries.length === 0 || expr.entries.some((entry) => entry.key === undefined)) return undefined;
    expr = entries[entries.length - 1].value;
  }
  return expr ? { name, expr } : undefined;
}

/**
 * The expression a value reads when it is a reference to a local, following one local to another
 * (`local.trust` → `local.assume` → `data.aws_iam_policy_document.assume.json`); the value itself when it is none.
 * `through`: whether a local was read. `resolving` gets the names of the locals passed through.
 */
export function throughLocals(
  source: string, expr: HclExpr, locals: Locals | undefined, resolving = new Set<string>(),
): { expr: HclExpr; through: boolean } {
  let value = expr;
  for (let local = resolveLocal(source.slice(value.start, value.end), locals, resolving); local; local = resolveLocal(source.slice(value.start, value.end), locals, resolving)) {
    resolving.add(local.name);
    value = local.expr;
  }
  return { expr: value, through: value !== expr };
}

/** An interpolation of a local in a file's text (`${local.bucket_arn}`, not the escape `$${local.x}`). */
const INTERPOLATED_LOCAL = /(?<!\$)\$\{~?\s*(local\.[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)\s*~?\}/g;

/**
 * A message on text that interpolates locals (`"${local.bucket_arn}/*"`) and quotes what one of them writes
 * (`ARN "arn:aws:s3:us-east-1::b/*" has Region …`), which is written in another place: each such local named,
 * with its value (`(local.bucket_arn = "arn:aws:s3:us-east-1::b")`). `text`: the text the range is in.
 */
export function namingLocals<M extends { message: string; range?: [number, number] }>(text: string, message: M, locals: Locals | undefined): M {
  if (!message.range || !locals || locals.size === 0) return message;
  const written = text.slice(message.range[0], message.range[1]);
  if (!written.includes('local.')) return message;
  const named: string[] = [];
  for (const [, reference] of written.matchAll(INTERPOLATED_LOCAL)) {
    const expr = resolveLocal(reference, locals, undefined)?.expr;
    const value = expr?.kind === 'number' || expr?.kind === 'bool' ? String(expr.value) : literalText(expr);
    const item = `${reference} = ${expr?.kind === 'template' ? JSON.stringify(value) : value}`;
    // Messages quote values with JSON escapes (`"a\"b"`): look for the value as quoted, too.
    const mentioned = value && (message.message.includes(value) || message.message.includes(quoted(value).slice(1, -1)));
    if (mentioned && !message.message.includes(reference) && !named.includes(item)) named.push(item);
  }
  return named.length === 0 ? message : { ...message, message: `${message.message} (${named.join(', ')})` };
}
