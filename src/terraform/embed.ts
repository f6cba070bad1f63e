/**
 * A Terraform policy attribute as the CloudFormation reader's source tree (`SrcNode`), so that its embedding
 * (src/cloudformation/embed.ts: JSON text, token and character maps, placeholders) and its lint pipeline read
 * Terraform policies as they read template policies:
 *   - a heredoc or quoted string holding JSON → a string node, each character mapped to its source character;
 *   - `jsonencode({ … })` → the object's tree (keys, strings, numbers, tuples), each token mapped to its source.
 * Template sequences: `$${` and `%%{` are Terraform's escapes for a literal `${` and `%{` (so `$${aws:username}`
 * is the IAM variable `${aws:username}`); an interpolation (`${var.bucket_arn}`) and any expression that is not a
 * literal (`var.actions`, a function call) become placeholders (`${TF::var.bucket_arn}`: the `::` makes the
 * variable rules read it as a template placeholder), on which no finding is kept; a local the module decides is
 * read as its value (locals.ts). An unescaped
 * `${aws:username}` is a Terraform error (it is read as an expression): it is kept as the IAM variable and
 * reported. A `%{ … }` directive (`if`, `for`) makes the policy unreadable: it is skipped.
 *
 * A `<<-EOT` heredoc's indentation is not stripped: JSON strings cannot span lines, so removing leading spaces
 * never changes the policy, and every character keeps its own source position (and a fix's new lines take the
 * heredoc's own indentation).
 */
import type { EmbeddedText, SubVariable } from '../cloudformation/embed.js';
import type { SrcEntry, SrcNode } from '../cloudformation/source.js';
import { terraformKnownValue } from './known-forms.js';
import { resolveLocal, throughLocals, type Locals } from './locals.js';
import type { HclAttribute, HclExpr, TemplatePart } from './scan.js';

/** The inside of a `${…}` that is an IAM policy variable (`aws:username`, `aws:PrincipalTag/team`, `*`), not a Terraform expression. */
const IAM_VARIABLE = /^\s*(?:[A-Za-z][\w-]*:[\w/.:-]+(?:\s*,\s*'[^']*')?|[*?$])\s*$/;

export interface TerraformPolicy {
  node: SrcNode;
  /** Policy variables written unescaped (`${aws:username}`), which Terraform rejects. */
  mistakes: SubVariable[];
  /** For a heredoc: its delimiter, and the source range of each placeholder's interpolation (for heredocEmbedding). */
  heredoc?: { delimiter: string; sources: Array<[number, number]>; spliced: Spliced[] };
  /** The expression read: the attribute's value, or the local it names (`policy = local.policy`). */
  expr: HclExpr;
  /** Whether it reads a local (whose findings may be in another file). */
  readsLocals?: boolean;
  /** A string of JSON in `jsonencode(jsondecode(…))`: Terraform sends it as jsonencode writes it. */
  reencoded?: boolean;
}

/** The placeholder of a Terraform expression: `${TF::var.bucket_arn}`. */
export function placeholderOf(source: string): string {
  const compact = source.replace(/\s+/g, '').replace(/[^\w.[\]*-]/g, '_').slice(0, 60);
  return `\${TF::${compact || 'expr'}}`;
}

/**
 * The policy an attribute's value holds: a string of JSON (heredoc, quoted), or `jsonencode({…})`; also through a
 * local (`policy = local.policy`, locals.ts), then never as a heredoc: a fix is never written through a local.
 */
export function policyNode(source: string, attribute: HclAttribute, locals?: Locals): TerraformPolicy | undefined {
  const resolving = new Set<string>();
  const state: State = { mistakes: [], directive: false, locals, resolving };
  const { expr: read, through } = throughLocals(source, attribute.value, locals, resolving);
  let value = read;
  if (through) state.readLocals = true;
  let node: SrcNode | undefined;
  const sources: Array<[number, number]> = [];
  const spliced: Spliced[] = [];
  // `jsonencode(jsondecode(<<EOT … EOT))`: the JSON text read, sent as jsonencode writes it.
  const reencoded = value.kind === 'call' && value.name === 'jsonencode' && value.args.length === 1 && value.args[0].kind === 'call'
    && value.args[0].name === 'jsondecode' && value.args[0].args.length === 1 && value.args[0].args[0].kind === 'template';
  if (reencoded) value = (value as { args: Array<{ args: HclExpr[] }> }).args[0].args[0];
  if (value.kind === 'template') node = templateNode(source, value, state, true, sources, spliced);
  else if (value.kind === 'call' && value.name === 'jsonencode' && value.args.length === 1) {
    const argument = toSrcNode(source, value.args[0], state);
    if (argument.kind === 'object') node = argument;
  }
  if (!node || state.directive || onlyPlaceholders(node)) return undefined;
  const heredoc = !through && value.kind === 'template' && value.heredoc && value.delimiter !== undefined ? { delimiter: value.delimiter, sources, spliced } : undefined;
  return { node, mistakes: state.mistakes, expr: value, ...(heredoc ? { heredoc } : {}), ...(state.readLocals ? { readsLocals: true } : {}), ...(reencoded ? { reencoded } : {}) };
}

/** A string that is nothing but interpolations (`"${data.aws_iam_policy_document.x.json}"`): no policy text to read. */
function onlyPlaceholders(node: SrcNode): boolean {
  if (node.kind !== 'string') return false;
  let rest = String(node.value);
  for (const [start, end] of [...(node.placeholders ?? [])].reverse()) rest = rest.slice(0, start) + rest.slice(end);
  return (node.placeholders ?? []).length > 0 && rest.trim() === '';
}

export interface State {
  mistakes: SubVariable[];
  directive: boolean;
  /** The module's locals, read where a reference names one (locals.ts). */
  locals?: Locals;
  /** The locals being read (a reference to one of them is a cycle: a placeholder). */
  resolving?: Set<string>;
  /** Set when a value was read from a local. */
  readLocals?: boolean;
  /** The number of local references read: past MAX_LOCAL_READS (locals that each read others many times), placeholders. */
  localReads?: number;
}

const MAX_LOCAL_READS = 10_000;

/** The value of the local a reference names, read as if written there (locals.ts); undefined when it is none. */
function throughLocal(source: string, text: string, state: State): SrcNode | undefined {
  const local = resolveLocal(text, state.locals, state.resolving);
  if (!local) return undefined;
  state.localReads = (state.localReads ?? 0) + 1;
  if (state.localReads > MAX_LOCAL_READS) return undefined;
  state.readLocals = true;
  const resolving = (state.resolving ??= new Set());
  resolving.add(local.name);
  try {
    return toSrcNode(source, local.expr, state);
  } finally {
    resolving.delete(local.name);
  }
}

/** A value the file does not decide (a placeholder node): it may be a list, a string, anything. */
function unknown(node: SrcNode): boolean {
  const placeholders = node.placeholders ?? [];
  return node.kind === 'string' && placeholders.length === 1 && placeholders[0][0] === 0 && placeholders[0][1] === String(node.value).length;
}

/**
 * `concat`, `distinct` and `flatten` of lists the file decides, as Terraform evaluates them; undefined for any
 * other call, an argument that is not a known list (`concat(var.extra, […])`), an expanded argument (`x...`), or
 * `distinct` of a list with values that are not known scalars.
 */
function callNode(source: string, expr: Extract<HclExpr, { kind: 'call' }>, state: State): SrcNode | undefined {
  const { name, args } = expr;
  if (!['concat', 'distinct', 'flatten'].includes(name) || args.length === 0) return undefined;
  if (source.slice(args[args.length - 1].end, expr.end).includes('...')) return undefined;
  if (name !== 'concat' && args.length !== 1) return undefined;
  const lists = args.map((arg) => toSrcNode(source, arg, state));
  if (lists.some((list) => list.kind !== 'array')) return undefined;
  let items = lists.flatMap((list) => list.items!);
  if (name === 'flatten') {
    const flat = (list: SrcNode[]): SrcNode[] | undefined => {
      const out: SrcNode[] = [];
      for (const item of list) {
        if (unknown(item)) return undefined;
        if (item.kind !== 'array') out.push(item);
        else {
          const inner = flat(item.items!);
          if (!inner) return undefined;
          out.push(...inner);
        }
      }
      return out;
    };
    const flattened = flat(items);
    if (!flattened) return undefined;
    items = flattened;
  }
  if (name === 'distinct') {
    if (items.some((item) => !['string', 'number', 'boolean'].includes(item.kind) || (item.placeholders ?? []).length > 0)) return undefined;
    const seen = new Set<string>();
    items = items.filter((item) => {
      const key = `${item.kind}:${String(item.value)}`;
      return !seen.has(key) && !!seen.add(key);
    });
  }
  return { kind: 'array', start: expr.start, end: expr.end, json: false, items };
}

export function placeholderNode(source: string, expr: { start: number; end: number }): SrcNode {
  const value = placeholderOf(source.slice(expr.start, expr.end));
  return { kind: 'string', value, start: expr.start, end: expr.end, json: false, charMap: new Array(value.length + 1).fill(-1), placeholders: [[0, value.length]] };
}

/** A key the file computes, as a string whose interpolations are placeholders no finding is kept on. */
export function computedKey(source: string, expr: HclExpr, state: State): Pick<SrcEntry, 'key' | 'keyMap' | 'keyPlaceholders'> {
  const node = toSrcNode(source, expr, state);
  const key = String(node.value);
  return { key, ...(node.charMap?.length === key.length + 1 ? { keyMap: node.charMap } : {}), keyPlaceholders: node.placeholders ?? [] };
}

export function toSrcNode(source: string, expr: HclExpr, state: State): SrcNode {
  const base = { start: expr.start, end: expr.end, json: false };
  switch (expr.kind) {
    case 'object':
      return {
        ...base, kind: 'object',
        entries: expr.entries.map((entry): SrcEntry => {
          const value = toSrcNode(source, entry.value, state);
          if (entry.key === undefined) {
            // A key the file computes: `"${var.provider}:sub"` with its interpolations as placeholders, `(var.k)` one.
            const expr = entry.keyParts
              ? { kind: 'template' as const, start: entry.keyStart, end: entry.keyEnd, parts: entry.keyParts, heredoc: false }
              : { kind: 'other' as const, start: entry.keyStart, end: entry.keyEnd };
            return { ...computedKey(source, expr, state), keyStart: entry.keyStart, keyEnd: entry.keyEnd, value };
          }
          const keyMap = entry.keyParts
            ? [...entry.keyParts.flatMap((p) => (p.kind === 'text' ? p.map : [])), entry.keyEnd - 1]
            : [...Array.from({ length: entry.key.length + 1 }, (_, i) => entry.keyStart + i)];
          return { key: entry.key, keyStart: entry.keyStart, keyEnd: entry.keyEnd, ...(keyMap.length === entry.key.length + 1 ? { keyMap } : {}), value };
        }),
      };
    case 'tuple':
      return { ...base, kind: 'array', items: expr.items.map((item) => toSrcNode(source, item, state)) };
    case 'template':
      return templateNode(source, expr, state, false);
    case 'number':
      return { ...base, kind: 'number', value: expr.value };
    case 'bool':
      return { ...base, kind: 'boolean', value: expr.value };
    case 'null':
      return { ...base, kind: 'null', value: null };
    case 'call':
      return callNode(source, expr, state) ?? placeholderNode(source, expr);
    default:
      return throughLocal(source, source.slice(expr.start, expr.end), state) ?? placeholderNode(source, expr);
  }
}

/**
 * A string template as a string node. In a string of JSON (`json`), an interpolation outside a JSON string
 * (`"Resource": ${jsonencode(var.arns)}`) becomes a quoted placeholder, so that the JSON stays readable.
 */
function templateNode(
  source: string, expr: Extract<HclExpr, { kind: 'template' }>, state: State, json: boolean, sources: Array<[number, number]> = [], splicedRuns: Spliced[] = [],
): SrcNode {
  let value = '';
  const map: number[] = [];
  const placeholders: Array<[number, number]> = [];
  let inString = false;
  let escaped = false;
  const parts: readonly TemplatePart[] = expr.parts;
  let spliced: { value: string; placeholders: Array<[number, number]> } | undefined;
  // A template that is one interpolation and nothing else (`"${var.policy}"`) is the expression itself.
  if (!json && parts.length === 1 && parts[0].kind === 'interpolation' && !IAM_VARIABLE.test(parts[0].inner)) {
    return throughLocal(source, parts[0].inner, state) ?? placeholderNode(source, expr);
  }
  for (const part of parts) {
    if (part.kind === 'text') {
      for (let i = 0; i < part.text.length; i++) {
        const c = part.text[i];
        if (json) {
          if (escaped) escaped = false;
          else if (c === '\\' && inString) escaped = true;
          else if (c === '"') inString = !inString;
        }
        value += c;
        map.push(part.map[i]);
      }
    } else if (part.kind === 'directive') {
      state.directive = true;
    } else if (IAM_VARIABLE.test(part.inner)) {
      // `${aws:username}` unescaped: Terraform fails on it; IAM would read the variable it means.
      const text = source.slice(part.start, part.end);
      for (let k = 0; k < text.length; k++) map.push(part.start + k);
      value += text;
      state.mistakes.push({ text, name: part.inner.trim(), start: part.start, end: part.end });
    } else if ((spliced = json ? (inString ? jsonSplicedText(source, part.inner, state) : undefined) : splicedText(source, part.inner, state))) {
      // A local's text (locals.ts): no characters of its own in this string (a finding on it is on the string, or
      // in a string of JSON on the interpolation).
      const from = value.length;
      value += spliced.value;
      for (let k = 0; k < spliced.value.length; k++) map.push(-1);
      for (const [s, e] of spliced.placeholders) placeholders.push([from + s, from + e]);
      if (json && spliced.value.length > 0) splicedRuns.push({ from, to: value.length, start: part.start, end: part.end });
    } else {
      const text = placeholderOf(part.inner);
      const quoted = json && !inString;
      const from = value.length;
      value += quoted ? `"${text}"` : text;
      for (let k = from; k < value.length; k++) map.push(-1);
      placeholders.push([from, value.length]);
      sources.push([part.start, part.end]);
    }
  }
  map.push(expr.heredoc ? expr.end : expr.end - 1);
  return { kind: 'string', value, start: expr.start, end: expr.end, json: false, charMap: map, placeholders };
}

/** An interpolation of a local that is a string, number or bool (`"${local.bucket_arn}/*"`): its text and placeholders. */
function splicedText(source: string, inner: string, state: State): { value: string; placeholders: Array<[number, number]> } | undefined {
  const node = throughLocal(source, inner, state);
  // A local that is a data source of a known form (`data.aws_partition.current.partition`) is read as that form.
  if (!node || (unknown(node) && terraformKnownValue(String(node.value)) === undefined)) return undefined;
  if (node.kind === 'number' || node.kind === 'boolean') return { value: String(node.value), placeholders: [] };
  return node.kind === 'string' ? { value: String(node.value), placeholders: node.placeholders ?? [] } : undefined;
}

/**
 * In a string of JSON, inside a JSON string: a local's text without placeholders and without a character JSON
 * would read otherwise (`"`, `\`, a control character), as Terraform writes it there.
 */
function jsonSplicedText(source: string, inner: string, state: State): { value: string; placeholders: Array<[number, number]> } | undefined {
  const scratch: State = { ...state, mistakes: [] };
  const spliced = splicedText(source, inner, scratch);
  state.localReads = scratch.localReads;
  if (!spliced || spliced.placeholders.length > 0 || /["\\\u0000-\u001f]/.test(spliced.value)) return undefined;
  state.mistakes.push(...scratch.mistakes);
  state.readLocals = true;
  return spliced;
}

/** A local's text spliced into a heredoc of JSON: its range in the value, and the interpolation's in the file. */
export interface Spliced {
  from: number;
  to: number;
  start: number;
  end: number;
}

type Seg = EmbeddedText['segs'][number];

/**
 * A heredoc's policy as an embedded text whose literal runs are copied from the file (each a segment that maps
 * by a shift, so fixes can edit the heredoc exactly, as they edit a JSON template), with the interpolations'
 * placeholders and the `$${` / `%%{` escapes as segments no fix may touch.
 */
export function heredocEmbedding(source: string, policy: TerraformPolicy): EmbeddedText {
  const { node } = policy;
  const value = String(node.value);
  const map = node.charMap!;
  const placeholders = node.placeholders ?? [];
  const sources = policy.heredoc?.sources ?? [];
  const spliced = policy.heredoc?.spliced ?? [];
  const segs: Seg[] = [];
  let i = 0;
  let p = 0;
  let q = 0;
  while (i < value.length) {
    if (q < spliced.length && spliced[q].from === i) {
      // A local's text: a token of the interpolation, which no fix may touch.
      const { from, to, start, end } = spliced[q];
      segs.push({ kind: 'token', synStart: from, synEnd: to, srcStart: start, srcEnd: end, quoted: false });
      i = to;
      q++;
      continue;
    }
    if (p < placeholders.length && placeholders[p][0] === i) {
      const [start, end] = placeholders[p];
      const [srcStart, srcEnd] = sources[p] ?? [node.start, node.end];
      segs.push({ kind: 'token', synStart: start, synEnd: end, srcStart, srcEnd, quoted: false });
      i = end;
      p++;
      continue;
    }
    const at = map[i];
    if (isEscape(source, value, map, i)) {
      // `$${` → `${`: the `$` stands for the escape's two characters.
      segs.push({ kind: 'token', synStart: i, synEnd: i + 1, srcStart: at, srcEnd: at + 2, quoted: false, map: [at, at + 2] });
      i++;
      continue;
    }
    let j = i + 1;
    const stop = Math.min(p < placeholders.length ? placeholders[p][0] : value.length, q < spliced.length ? spliced[q].from : value.length);
    while (j < stop && map[j] === map[j - 1] + 1 && !isEscape(source, value, map, j)) j++;
    segs.push({ kind: 'copy', synStart: i, synEnd: j, srcStart: at, fixable: true });
    i = j;
  }
  return { text: value, segs, placeholders: placeholders.map(([s, e]) => [s, e]), subVariables: [...policy.mistakes], generated: false };
}

/** Whether the value's character at `i` is the `$` (or `%`) of a `$${` (`%%{`) escape. */
function isEscape(source: string, value: string, map: readonly number[], i: number): boolean {
  const c = value[i];
  return (c === '$' || c === '%') && value[i + 1] === '{' && source[map[i] + 1] === c && map[i + 1] === map[i] + 2;
}

/**
 * The text a fix writes into a heredoc: `${` and `%{` escaped as Terraform reads them (`$${`, `%%{`), and no
 * fix that would make a template sequence with the characters around it, or write the heredoc's delimiter
 * on a line of its own.
 */
export function heredocEditText(source: string, delimiter: string): (text: string, range: [number, number]) => string | undefined {
  return (text, [start, end]) => {
    const escaped = text.replace(/([$%])\{/g, '$1$1{');
    const before = source[start - 1] ?? '';
    const after = source[end] ?? '';
    if (/[$%]$/.test(before + escaped) && after === '{') return undefined;
    if ((before === '$' || before === '%') && (escaped + after).startsWith('{')) return undefined;
    if (escaped.split(/\r?\n/).some((line) => line.trim() === delimiter)) return undefined;
    return escaped;
  };
}
