/**
 * The text Terraform sends for a policy, for the size rules: what the AWS provider's `aws_iam_policy_document`
 * renders (its `json` and `minified_json` attributes) and what `jsonencode` returns. Both are Go's
 * encoding/json output:
 *   - the provider (internal/service/iam/policy_document_data_source.go) sets `json` from
 *     `json.MarshalIndent(mergedDoc, "", "  ")` and `minified_json` from `json.Marshal(mergedDoc)`, of the
 *     structs in internal/service/iam/policy_model.go: fields Version, Id, Statement; in a statement Sid,
 *     Effect, Action, NotAction, Resource, NotResource, Principal, NotPrincipal, Condition, each `omitempty`;
 *     a set of strings (actions, resources, identifiers) of one element as a string, else sorted in reverse;
 *     Principal and Condition as Go maps (keys sorted), a condition's values of one element as a string;
 *   - jsonencode (cty's JSON marshal) is compact, an object's attributes sorted by name.
 * Go's json.Marshal escapes HTML: `<`, `>`, `&`, U+2028 and U+2029 as `\u003c`, `\u003e`, `\u0026`, `\u2028`,
 * `\u2029` (the provider calls json.Marshal / MarshalIndent, never an Encoder with SetEscapeHTML(false);
 * Terraform documents the same escapes for jsonencode), which makes such a string longer than it is written.
 */

/** A JSON string as Go's encoding/json writes it (HTML escaping on, Go 1.22+ short escapes). */
function goString(value: string): string {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c === 0x08) out += '\\b';
    else if (c === 0x0c) out += '\\f';
    else if (c < 0x20 || c === 0x3c || c === 0x3e || c === 0x26 || c === 0x2028 || c === 0x2029) out += `\\u${c.toString(16).padStart(4, '0')}`;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length && value.charCodeAt(i + 1) >= 0xdc00 && value.charCodeAt(i + 1) <= 0xdfff) {
      out += value.slice(i, i + 2);
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) out += '\\ufffd'; // a lone surrogate is invalid UTF-8 to Go
    else out += value[i];
  }
  return `${out}"`;
}

/**
 * A value as Go's json.Marshal (`indent` undefined) or json.MarshalIndent(v, "", indent) writes it, keys in the
 * order given. An empty object or array stays `{}` / `[]` when indented, as Go's Indent leaves it.
 */
export function goJson(value: unknown, indent?: string, depth = 0): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return goString(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const open = (d: number) => (indent === undefined ? '' : `\n${indent.repeat(d)}`);
  const colon = indent === undefined ? ':' : ': ';
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[${value.map((v) => open(depth + 1) + goJson(v, indent, depth + 1)).join(',')}${open(depth)}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return '{}';
  return `{${entries.map(([k, v]) => open(depth + 1) + goString(k) + colon + goJson(v, indent, depth + 1)).join(',')}${open(depth)}}`;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const byGoOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A Go map: its keys sorted. */
function sortedKeys<T>(object: Record<string, T>, each: (v: T) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.keys(object).sort(byGoOrder).map((k) => [k, each(object[k])]));
}

/** A set of strings as the provider writes it (policyDecodeConfigStrings): one element as a string, else sorted in reverse. */
function stringSet(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const unique = [...new Set(value.map((v) => (typeof v === 'string' ? v : String(v))))];
  if (unique.length === 1) return unique[0];
  return unique.sort(byGoOrder).reverse();
}

/** A scalar of a list of strings (`values = [true]`): the string Terraform converts it to. */
const asString = (v: unknown) => (typeof v === 'number' || typeof v === 'boolean' ? String(v) : v);

/** A condition's values (a list of strings): one value as a string. */
function listValue(value: unknown): unknown {
  if (!Array.isArray(value)) return asString(value);
  return value.length === 1 ? asString(value[0]) : value.map(asString);
}

function principal(value: unknown): unknown {
  return isObject(value) ? sortedKeys(value, stringSet) : value;
}

function statement(value: unknown): unknown {
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  const set = (key: string, v: unknown) => {
    if (v === undefined || v === '' || (Array.isArray(v) && v.length === 0) || (isObject(v) && Object.keys(v).length === 0)) return;
    out[key] = v;
  };
  set('Sid', value.Sid);
  set('Effect', value.Effect);
  for (const key of ['Action', 'NotAction', 'Resource', 'NotResource']) set(key, stringSet(value[key]));
  set('Principal', principal(value.Principal));
  set('NotPrincipal', principal(value.NotPrincipal));
  const condition = value.Condition;
  set('Condition', isObject(condition) ? sortedKeys(condition, (test) => (isObject(test) ? sortedKeys(test, listValue) : test)) : condition);
  return out;
}

/**
 * An aws_iam_policy_document's policy (as the reader writes it: document.ts) as the provider's structs hold it,
 * for goJson: the fields in the structs' order, empty ones left out, sets and maps as the provider writes them.
 */
export function providerDocument(value: unknown): unknown {
  if (!isObject(value)) return value;
  const out: Record<string, unknown> = {};
  if (value.Version !== undefined && value.Version !== '') out.Version = value.Version;
  if (value.Id !== undefined && value.Id !== '') out.Id = value.Id;
  if (Array.isArray(value.Statement) && value.Statement.length > 0) out.Statement = value.Statement.map(statement);
  return out;
}

/** A jsonencode argument as cty holds it: every object's attributes sorted by name. */
export function jsonencodeValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(jsonencodeValue);
  if (isObject(value)) return sortedKeys(value, jsonencodeValue);
  return value;
}

/**
 * A `<<-EOT` heredoc's text as Terraform makes it: each line that holds more than whitespace loses as many
 * leading spaces and tabs as the least indented such line has; a line of whitespace only is kept (as
 * `terraform apply` shows of an output `<<-EOT` with lines "    x", "      y", "  ", "    z": "x", "  y", "  ", "z").
 */
export function flushHeredoc(text: string): string {
  const lines = text.split('\n');
  const indents = lines.filter((line) => /\S/.test(line)).map((line) => /^[ \t]*/.exec(line)![0].length);
  const strip = indents.length > 0 ? Math.min(...indents) : 0;
  return strip === 0 ? text : lines.map((line) => (/\S/.test(line) ? line.slice(strip) : line)).join('\n');
}

/** The attributes of an aws_iam_policy_document the file reads: `json` (pretty-printed), `minified_json`. */
export type DocumentAttribute = 'json' | 'minified_json';

/** The texts the provider sends for a document read through `attributes` (none known: `minified_json`, the least). */
export function documentRenderings(value: unknown, attributes: ReadonlySet<DocumentAttribute>): string[] {
  const document = providerDocument(value);
  const out: string[] = [];
  if (attributes.has('json')) out.push(goJson(document, '  '));
  if (attributes.has('minified_json') || attributes.size === 0) out.push(goJson(document));
  return out;
}
