/**
 * A template's tree with source offsets, the same shape for JSON (jsonc-parser) and YAML (eemeli/yaml,
 * loaded only when a YAML template is read). Every string knows, where it can, the source offset of each of
 * its characters (`charMap`), so that a finding inside a string lands on the exact characters.
 */
import { parseTree, type Node, type ParseError } from 'jsonc-parser';
import { blankBom, LineIndex } from '../engine/document.js';
import { jsonStringMap } from '../engine/linter.js';

export interface SrcEntry {
  key: string;
  keyStart: number;
  keyEnd: number;
  /** The key's characters in the source (undefined when they cannot be mapped one by one). */
  keyMap?: number[];
  /** Ranges of the key that a template fills in (Terraform's `"${var.provider}:sub"`): no finding is kept on them. */
  keyPlaceholders?: Array<[number, number]>;
  value: SrcNode;
}

export interface SrcNode {
  kind: 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';
  /** The token (or the collection) in the source, end exclusive. */
  start: number;
  end: number;
  value?: string | number | boolean | null;
  entries?: SrcEntry[];
  items?: SrcNode[];
  /** A YAML short-form intrinsic function (`!Sub` → `Fn::Sub`, `!Ref` → `Ref`). */
  tag?: string;
  /** For strings: the source offset of each character of `value`, and of its end (length + 1 entries). */
  charMap?: number[];
  /**
   * For strings: ranges of `value` (start, end offsets) that stand for something the file leaves open (a
   * Terraform interpolation written as a placeholder); findings on them are dropped.
   */
  placeholders?: Array<[number, number]>;
  /** From a JSON text: the source slice is JSON, and can be copied as it is. */
  json: boolean;
}

/** The entry of an object node with this key (the last of duplicates, as JSON.parse keeps), else undefined. */
export function entryOf(node: SrcNode | undefined, key: string): SrcEntry | undefined {
  if (node?.kind !== 'object') return undefined;
  let found: SrcEntry | undefined;
  for (const e of node.entries!) if (e.key === key) found = e;
  return found;
}

export interface ParsedTemplate {
  format: 'json' | 'yaml';
  root?: SrcNode;
  /** The first syntax error: the template cannot be read. */
  error?: { message: string; offset: number; length: number };
}

/** The tree of a JSON text (already known to be valid JSON). */
export function jsonTemplate(text: string): ParsedTemplate {
  const errors: ParseError[] = [];
  // A byte order mark is read as a space (CloudFormation reads a template saved with one): the offsets stay the text's.
  const tree = parseTree(blankBom(text), errors, { disallowComments: true, allowTrailingComma: false });
  if (!tree || errors.length > 0) return { format: 'json', error: { message: 'Invalid JSON.', offset: errors[0]?.offset ?? 0, length: errors[0]?.length ?? 0 } };
  return { format: 'json', root: fromJson(text, tree) };
}

function fromJson(text: string, node: Node): SrcNode {
  const base = { start: node.offset, end: node.offset + node.length, json: true };
  switch (node.type) {
    case 'object':
      return {
        ...base, kind: 'object',
        entries: (node.children ?? []).filter((p) => p.children?.length === 2).map((p) => {
          const [key, value] = p.children!;
          return { key: key.value as string, keyStart: key.offset, keyEnd: key.offset + key.length, keyMap: jsonStringMap(text, key.offset), value: fromJson(text, value) };
        }),
      };
    case 'array':
      return { ...base, kind: 'array', items: (node.children ?? []).map((child) => fromJson(text, child)) };
    case 'string':
      return { ...base, kind: 'string', value: node.value as string, charMap: jsonStringMap(text, node.offset) };
    case 'number':
      return { ...base, kind: 'number', value: node.value as number };
    case 'boolean':
      return { ...base, kind: 'boolean', value: node.value as boolean };
    default:
      return { ...base, kind: 'null', value: null };
  }
}

/** CloudFormation's short-form tags and the function each stands for. */
export const SHORT_FORMS: Record<string, string> = {
  Sub: 'Fn::Sub', Join: 'Fn::Join', If: 'Fn::If', Ref: 'Ref', GetAtt: 'Fn::GetAtt', Select: 'Fn::Select', Split: 'Fn::Split',
  ImportValue: 'Fn::ImportValue', FindInMap: 'Fn::FindInMap', Base64: 'Fn::Base64', Cidr: 'Fn::Cidr', GetAZs: 'Fn::GetAZs',
  Equals: 'Fn::Equals', Not: 'Fn::Not', And: 'Fn::And', Or: 'Fn::Or', Condition: 'Condition',
  Transform: 'Fn::Transform', Length: 'Fn::Length', ToJsonString: 'Fn::ToJsonString',
};

type YamlModule = typeof import('yaml');
let yamlModule: YamlModule | undefined;

/** Load the YAML parser (a dynamic import: plain JSON runs never load it). */
export async function loadYaml(): Promise<YamlModule> {
  if (!yamlModule) {
    const loaded = await import('yaml');
    // Bundled, the package's CommonJS build comes back as a namespace with `default`.
    yamlModule = typeof loaded.parseDocument === 'function' ? loaded : (loaded as unknown as { default: YamlModule }).default;
  }
  return yamlModule;
}

/** Whether the YAML parser is loaded (for tests of the start-up path). */
export function yamlLoaded(): boolean {
  return yamlModule !== undefined;
}

/** The tree of a YAML text; loadYaml() must have been awaited. */
export function yamlTemplate(text: string): ParsedTemplate {
  const yaml = yamlModule!;
  const customTags = Object.keys(SHORT_FORMS).flatMap((name) => [
    { tag: `!${name}`, resolve: (value: string) => value },
    { tag: `!${name}`, collection: 'seq' as const, resolve: (value: unknown) => value },
    { tag: `!${name}`, collection: 'map' as const, resolve: (value: unknown) => value },
  ]);
  // CloudFormation's YAML is 1.1-ish in practice but reads keys as strings; the core schema with custom tags is enough.
  // A byte order mark is read as a line break, one UTF-16 unit for another (the offsets stay the text's): the
  // parser refuses a list that starts right after one ("\uFEFF- a: 1"), which the framework's reader takes.
  const source = text.charCodeAt(0) === 0xfeff ? `\n${text.slice(1)}` : text;
  const doc = yaml.parseDocument(source, { customTags: customTags as never, uniqueKeys: true, prettyErrors: false, strict: true });
  const error = doc.errors[0];
  if (error?.code === 'MULTIPLE_DOCS') return { format: 'yaml', error: secondDocument(text, error.pos[0]) };
  if (error) {
    const [offset, end] = error.pos;
    const message = error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    return { format: 'yaml', error: { message: `Invalid YAML: ${message}${/[.!?]$/.test(message) ? '' : '.'}`, offset, length: Math.max(0, end - offset) } };
  }
  if (!doc.contents) return { format: 'yaml' };
  try {
    return { format: 'yaml', root: fromYaml(yaml, doc, text, doc.contents as never, 0, { aliases: 0 }) };
  } catch (error) {
    if (!(error instanceof TemplateLimit)) throw error;
    return { format: 'yaml', error: { message: error.message, offset: error.offset, length: 0 } };
  }
}

/**
 * The error for a second YAML document (the parser's text names its own API: "please use
 * YAML.parseAllDocuments()"): where it starts, and what to do. Marked on its first line, the `---`.
 */
function secondDocument(text: string, offset: number): { message: string; offset: number; length: number } {
  const { line, column } = new LineIndex(text).at(offset);
  const marker = text.startsWith('---', offset);
  const lineEnd = text.indexOf('\n', offset);
  const length = marker ? 3 : (lineEnd < 0 ? text.length : lineEnd) - offset;
  const message = marker
    ? `Invalid YAML: a second YAML document starts at ${line}:${column} with "---"; a file is read as one document: remove the "---" line, or put each document in a file of its own.`
    : `Invalid YAML: a second YAML document starts at ${line}:${column}; a file is read as one document: put each document in a file of its own.`;
  return { message, offset, length };
}

/** A template the reader refuses: nested too deeply, or aliases that expand too far ("billion laughs"). */
class TemplateLimit extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

const MAX_DEPTH = 200;
const MAX_ALIASES = 10_000;

type YamlNode = { range?: [number, number, number] | null; tag?: string; type?: string; value?: unknown; items?: unknown[]; source?: string };

function fromYaml(yaml: YamlModule, doc: unknown, text: string, input: YamlNode, depth: number, count: { aliases: number }): SrcNode {
  let node = input;
  if (depth > MAX_DEPTH) throw new TemplateLimit(`The template nests more than ${MAX_DEPTH} levels deep, too deep to read.`, node.range?.[0] ?? 0);
  if (yaml.isAlias(node)) {
    if (++count.aliases > MAX_ALIASES) throw new TemplateLimit(`The template's aliases expand to more than ${MAX_ALIASES} nodes, too many to read.`, node.range?.[0] ?? 0);
    node = (node as unknown as { resolve(doc: unknown): YamlNode }).resolve(doc) ?? node;
  }
  const [start, end] = node.range ?? [0, 0];
  const tagName = node.tag?.startsWith('!') && !node.tag.startsWith('!!') ? node.tag.slice(1) : undefined;
  const tag = tagName && SHORT_FORMS[tagName] ? SHORT_FORMS[tagName] : undefined;
  const base = { start, end, json: false, ...(tag ? { tag } : {}) };
  // A collection's range, once its last item's is known.
  const collection = (last: SrcNode | undefined) => collectionRange(text, start, end, last?.end, tag ? tagName : undefined);
  if (yaml.isMap(node)) {
    const entries: SrcEntry[] = [];
    for (const pair of node.items as Array<{ key: YamlNode | null; value: YamlNode | null }>) {
      const keyNode = pair.key;
      const key = yaml.isScalar(keyNode) ? String(keyNode.value) : '';
      const [keyStart, keyEnd] = keyNode?.range ?? [start, start];
      const keyMap = yaml.isScalar(keyNode) ? scalarMap(text, keyNode as YamlNode, key) : undefined;
      const value: SrcNode = pair.value ? fromYaml(yaml, doc, text, pair.value, depth + 1, count) : { kind: 'null', value: null, start: keyEnd, end: keyEnd, json: false };
      entries.push({ key, keyStart, keyEnd, ...(keyMap ? { keyMap } : {}), value });
    }
    const [from, to] = collection(entries.at(-1)?.value);
    return { ...base, start: from, end: to, kind: 'object', entries };
  }
  if (yaml.isSeq(node)) {
    const items = (node.items as Array<YamlNode | null>).map((item) => item ? fromYaml(yaml, doc, text, item, depth + 1, count) : { kind: 'null' as const, value: null, start, end: start, json: false });
    const [from, to] = collection(items.at(-1));
    return { ...base, start: from, end: to, kind: 'array', items };
  }
  const value = node.value;
  if (typeof value === 'string') {
    const charMap = scalarMap(text, node, value);
    return { ...base, kind: 'string', value, ...(charMap ? { charMap } : {}) };
  }
  if (typeof value === 'number') return { ...base, kind: 'number', value };
  if (typeof value === 'bigint') return { ...base, kind: 'number', value: Number(value) };
  if (typeof value === 'boolean') return { ...base, kind: 'boolean', value };
  if (value === null || value === undefined) return { ...base, kind: 'null', value: null };
  // Dates and other YAML types: CloudFormation reads them as their text.
  return { ...base, kind: 'string', value: text.slice(start, end) };
}

/**
 * A collection's range as its token: a short-form function's from its tag (`!Join` before a block or flow list,
 * as `Fn::Join:` is its long form's start), a block collection's up to its last item's end, without the line
 * break, comments and blank lines the parser counts in (a flow collection ends at its bracket).
 */
function collectionRange(text: string, start: number, end: number, lastEnd: number | undefined, tagName: string | undefined): [number, number] {
  if (text[start] === '[' || text[start] === '{') {
    // A flow collection: up to its closing bracket, past commas, line breaks and comments after its last item.
    const close = text[start] === '[' ? ']' : '}';
    let i = lastEnd ?? start + 1;
    while (i < end && text[i] !== close) i = text[i] === '#' ? (text.indexOf('\n', i) + 1 || end) : i + 1;
    if (i < end) end = i + 1;
  } else {
    if (lastEnd !== undefined) end = Math.min(end, lastEnd);
    while (end > start && /\s/.test(text[end - 1])) end--;
  }
  if (tagName) {
    let before = start;
    while (before > 0 && /\s/.test(text[before - 1])) before--;
    if (text.slice(before - tagName.length - 1, before) === `!${tagName}`) start = before - tagName.length - 1;
  }
  return [start, end];
}

/**
 * The source offset of each character of a YAML scalar's value, where the source holds them one by one:
 * plain and quoted scalars (with their simple escapes, on one line or folded over several), and literal blocks
 * (`|`). Every mapped character is checked against the source; anything else (a folded `>` block) has no map.
 */
function scalarMap(text: string, node: YamlNode, value: string): number[] | undefined {
  if (!node.range) return undefined;
  const [start, end] = node.range;
  const map: number[] = [];
  const escaped = new Set<number>();
  switch (node.type) {
    case 'PLAIN':
    case 'QUOTE_SINGLE':
    case 'QUOTE_DOUBLE':
      if (!flowScalarMap(text, start, end, value, node.type, map, escaped)) return undefined;
      break;
    case 'BLOCK_LITERAL': {
      const header = text.indexOf('\n', start);
      if (header < 0) return undefined;
      let i = header + 1;
      let indent = -1;
      // An indentation indicator (`|2`) keeps the spaces beyond it in the value: the indentation is what the
      // first line with text has in the source and not in the value.
      const firstLine = value.split('\n').find((l) => l.trim() !== '') ?? '';
      const kept = firstLine.length - firstLine.trimStart().length;
      while (i < end && map.length < value.length) {
        let lineEnd = text.indexOf('\n', i);
        if (lineEnd < 0 || lineEnd > end) lineEnd = end;
        // A CRLF line end: the CR is the line break, not a character of the line.
        const contentEnd = lineEnd > i && text[lineEnd - 1] === '\r' ? lineEnd - 1 : lineEnd;
        const line = text.slice(i, contentEnd);
        if (indent < 0 && line.trim() !== '') indent = line.length - line.trimStart().length - kept;
        const from = i + Math.min(Math.max(indent, 0), line.length);
        for (let k = from; k < contentEnd && map.length < value.length; k++) map.push(k);
        if (map.length < value.length) map.push(contentEnd); // the line break
        i = lineEnd + 1;
      }
      map.push(map.length > 0 ? map[map.length - 1] + 1 : start);
      break;
    }
    default:
      return undefined;
  }
  if (map.length !== value.length + 1) return undefined;
  for (let i = 0; i < value.length; i++) {
    if (escaped.has(i)) continue;
    const c = text[map[i]];
    // A line break stands for a "\n" of the value, or a space (a plain or quoted scalar's lines folded).
    if (c !== value[i] && !((value[i] === '\n' || value[i] === ' ') && (c === '\n' || c === '\r'))) return undefined;
  }
  return map;
}

/**
 * The characters of a plain or quoted scalar (its escapes, `''` and `\x41`, one character each), on one line
 * or several: a line break folds to a space, or to one "\n" per empty line after it, mapped to the break; the
 * blanks around it and an escaped line break (`\` at the end of a line) are no character. False when the
 * scalar holds what this cannot map (a `\U` escape, two UTF-16 units).
 */
function flowScalarMap(text: string, start: number, end: number, value: string, type: string, map: number[], escaped: Set<number>): boolean {
  const quoted = type !== 'PLAIN';
  const blank = (c: string | undefined) => c === ' ' || c === '\t';
  const breakWidth = (at: number) => text[at] === '\n' ? 1 : text[at] === '\r' ? (text[at + 1] === '\n' ? 2 : 1) : 0;
  const stop = end - (quoted ? 1 : 0);
  let i = start + (quoted ? 1 : 0);
  while (i < stop && map.length < value.length) {
    let j = i;
    while (j < stop && blank(text[j])) j++;
    if (breakWidth(j) > 0) {
      const at = j;
      j += breakWidth(j);
      let empty = 0;
      for (;;) {
        while (j < stop && blank(text[j])) j++;
        if (breakWidth(j) === 0) break;
        j += breakWidth(j);
        empty++;
      }
      for (let n = 0; n < Math.max(empty, 1); n++) map.push(at);
      i = j;
      continue;
    }
    const c = text[i];
    if (type === 'QUOTE_DOUBLE' && c === '\\') {
      const e = text[i + 1];
      if (breakWidth(i + 1) > 0) {
        i += 1 + breakWidth(i + 1);
        while (i < stop && blank(text[i])) i++;
        continue;
      }
      if (e === 'U') return false; // two UTF-16 units for one escape
      escaped.add(map.length);
      map.push(i);
      i += e === 'x' ? 4 : e === 'u' ? 6 : 2;
    } else {
      map.push(i);
      i += type === 'QUOTE_SINGLE' && c === "'" && text[i + 1] === "'" ? 2 : 1;
    }
  }
  map.push(i);
  return true;
}
