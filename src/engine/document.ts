/**
 * A policy file: its source text and a JSON tree that keeps offsets, so that every finding can be put on
 * the exact token. One parser (jsonc-parser, in strict JSON mode) serves all rules.
 */
import { getLocation, ParseErrorCode, parseTree, printParseErrorCode, visit, type Node, type ParseError } from 'jsonc-parser';
import { lazyTree } from './lazy-tree.js';
import { quoted } from '../words.js';
import type { JsonPath, SourceRange } from './types.js';

export interface SyntaxProblem {
  message: string;
  offset: number;
  length: number;
}

/** Which token of a property a path should point at. */
export type Target = 'key' | 'value' | 'auto';

export interface Located {
  node: Node;
  /** True when the path exists; false when the range is that of the nearest existing parent. */
  exact: boolean;
  range: SourceRange;
  /** The longest prefix of the path that exists in the document. */
  path: Array<string | number>;
}

/**
 * How the whitespace between the tokens of the texts AWS receives is laid out:
 * - `written`: as the author wrote it (a policy file, a string of JSON);
 * - `unindented`: as written, less the common indentation (a Terraform `<<-` heredoc);
 * - `rendered`: by the deploying tool, in a way known here (a Terraform document's `json`, jsonencode's output);
 * - `serialized`: by the deploying tool, in a way not known here (a JSON object in a CloudFormation template):
 *   only the size without the whitespace outside strings is meaningful.
 */
export type SentLayout = 'written' | 'unindented' | 'rendered' | 'serialized';

/** The text AWS receives for a policy. */
export interface SentText {
  /** The texts the deploying tool may send (a Terraform document read through `json` and `minified_json`): the largest counts. */
  readonly texts: readonly string[];
  readonly layout: SentLayout;
}

/**
 * The text with a leading byte order mark read as a space, for the readers of the files whose own tools skip one
 * (CloudFormation templates, Terraform plans): one UTF-16 unit for another, so every offset stays the text's.
 */
export function blankBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
}

export class PolicyDocument {
  readonly filePath: string;
  readonly text: string;
  /** The first syntax error, when the text is not valid JSON; the document is then not linted further. */
  readonly syntaxError: SyntaxProblem | undefined;
  /** The parsed value, from `JSON.parse` (the last of duplicate keys wins). */
  readonly value: unknown;
  private tree: Node | undefined | null = null;
  private starts: LineStarts | undefined;

  /**
   * Most documents are valid and clean, and need no positions at all: the value comes from the native
   * `JSON.parse`, and the tree with offsets (jsonc-parser, 5-10x slower) is built only when something
   * asks for a position, or to describe a syntax error exactly. `parsed`: what `JSON.parse(text)` returned, when
   * the caller already parsed the text (the run reads a JSON file's value to tell a template from a policy).
   */
  constructor(filePath: string, text: string, parsed?: { value: unknown }) {
    this.filePath = filePath;
    this.text = text;
    if (parsed) {
      this.value = parsed.value;
      this.syntaxError = undefined;
      return;
    }
    try {
      this.value = JSON.parse(text);
      this.syntaxError = undefined;
    } catch {
      const errors: ParseError[] = [];
      this.tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
      // JSON.parse and jsonc-parser in strict mode reject the same texts; keep a message if they ever differ.
      const first = errors[0] ?? { error: 0, offset: 0, length: 0 };
      this.syntaxError = describeSyntaxError(text, first as ParseError, this.tree);
      this.value = undefined;
    }
  }

  /** What AWS receives for the policy: the one thing the size rules measure. By default, the text as written. */
  get sent(): SentText {
    return { texts: [this.text], layout: 'written' };
  }

  /**
   * The JSON tree with offsets (jsonc-parser's nodes), made on first use. The text is valid JSON here, so
   * the tree is lazy (see lazy-tree.ts): only the containers that are walked into are scanned.
   */
  get root(): Node | undefined {
    if (this.tree === null) this.tree = lazyTree(this.text);
    return this.tree;
  }

  /** The offsets where lines start, at least up to the line that holds `offset`. */
  private lineStarts(offset = Infinity): number[] {
    return (this.starts ??= new LineStarts(this.text)).through(offset);
  }

  /**
   * True when the text may hold an object with the same key twice: the number of key tokens in the text
   * differs from the number of keys in the parsed value (JSON.parse keeps one of each duplicate). A cheap
   * check that spares rules a walk of the tree for the common document without duplicates.
   */
  mayHaveDuplicateKeys(): boolean {
    if (this.syntaxError) return false;
    const value = this.value;
    return countKeyTokens(this.text) !== (typeof value === 'object' && value !== null ? countKeys(value) : 0);
  }

  /** 1-based line and column of a 0-based offset. */
  positionAt(offset: number): { line: number; column: number } {
    return positionIn(this.lineStarts(offset), offset);
  }

  /** The 0-based offset of a 1-based line and column (clamped to the text). */
  offsetAt(line: number, column: number): number {
    const starts = this.lineStarts();
    const start = starts[Math.min(Math.max(line, 1), starts.length) - 1];
    return Math.min(start + Math.max(column, 1) - 1, this.text.length);
  }

  rangeOf(offset: number, endOffset: number): SourceRange {
    const start = this.positionAt(offset);
    const end = this.positionAt(endOffset);
    return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column, offset, endOffset };
  }

  /** The value node at a path (for duplicate keys, the last one, which is what JSON.parse keeps). */
  nodeAt(path: JsonPath): Node | undefined {
    return this.walk(path).node;
  }

  /** The property node (key + value) whose value is at `path`, when the path ends in an object key. */
  propertyAt(path: JsonPath): Node | undefined {
    const node = this.nodeAt(path);
    return node?.parent?.type === 'property' ? node.parent : undefined;
  }

  /**
   * Map a path to a token. `key` points at a property's key, `value` at its value, `auto` at the value
   * when it is a scalar and at the key when it is an object or array (so that a finding about a whole
   * block points at its name, not at twenty lines). A path that does not exist points at its nearest
   * existing parent: the parent's key if it has one, otherwise the parent's opening bracket.
   */
  locate(path: JsonPath, target: Target = 'auto'): Located | undefined {
    const { node, depth } = this.walk(path);
    if (node) return { node, exact: true, range: this.tokenRange(node, target), path: [...path] };
    if (!this.root) return undefined;
    const parentPath = path.slice(0, depth);
    const parent = this.walk(parentPath).node ?? this.root;
    const property = parent.parent?.type === 'property' ? parent.parent : undefined;
    const range = property ? this.nodeRange(property.children![0]) : this.rangeOf(parent.offset, parent.offset + 1);
    return { node: parent, exact: false, range, path: parentPath };
  }

  nodeRange(node: Node): SourceRange {
    return this.rangeOf(node.offset, node.offset + node.length);
  }

  private tokenRange(node: Node, target: Target): SourceRange {
    const property = node.parent?.type === 'property' ? node.parent : undefined;
    if (property && (target === 'key' || (target === 'auto' && (node.type === 'object' || node.type === 'array')))) {
      return this.nodeRange(property.children![0]);
    }
    return this.nodeRange(node);
  }

  /** Walk a path; `depth` is how many segments matched. */
  private walk(path: JsonPath): { node: Node | undefined; depth: number } {
    let node = this.root;
    let depth = 0;
    for (const segment of path) {
      if (!node) break;
      const next = childOf(node, segment);
      if (!next) return { node: undefined, depth };
      node = next;
      depth++;
    }
    return { node, depth };
  }
}

function childOf(node: Node, segment: string | number): Node | undefined {
  if (node.type === 'array' && typeof segment === 'number') return node.children?.[segment];
  if (node.type === 'object' && typeof segment === 'string') {
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) {
      const property = children[i];
      if (property.children?.[0]?.value === segment) return property.children[1];
    }
  }
  return undefined;
}

/** The plain value of a node; for duplicate keys the last wins, as in JSON.parse. */
export function nodeValue(node: Node): unknown {
  switch (node.type) {
    case 'object': {
      const result: Record<string, unknown> = {};
      for (const property of node.children ?? []) {
        const [key, value] = property.children ?? [];
        if (key && value) result[key.value as string] = nodeValue(value);
      }
      return result;
    }
    case 'array':
      return (node.children ?? []).map(nodeValue);
    default:
      return node.value;
  }
}

/**
 * An upper bound of the key tokens in a valid JSON text: every key ends with a quote followed by a colon
 * (a string value may contain `\":` too, which only makes the bound larger and sends the caller to the
 * exact walk). Equal to the number of parsed keys only when no key is duplicated. A scan with indexOf:
 * a global RegExp allocated a match per key.
 */
function countKeyTokens(text: string): number {
  let count = 0;
  for (let colon = text.indexOf(':'); colon >= 0; colon = text.indexOf(':', colon + 1)) {
    let i = colon - 1;
    for (let c = text.charCodeAt(i); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(i)) i--;
    if (text.charCodeAt(i) === 0x22) count++;
  }
  return count;
}

/** The keys of a parsed value; it recurses only into objects and arrays (a call per string of an Action list cost a third of the walk). */
function countKeys(value: object): number {
  let n = 0;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item === 'object' && item !== null) n += countKeys(item);
    }
    return n;
  }
  for (const key in value) {
    n++;
    const member: unknown = (value as Record<string, unknown>)[key];
    if (typeof member === 'object' && member !== null) n += countKeys(member);
  }
  return n;
}

/** 1-based line and column of a 0-based offset, given the offsets where the text's lines start. */
function positionIn(starts: readonly number[], offset: number): { line: number; column: number } {
  const index = lastAtOrBefore(starts, offset);
  // Line 1 of a text with a byte order mark starts after it: the mark itself is at column 1 too.
  return { line: index + 1, column: Math.max(offset - starts[index] + 1, 1) };
}

/**
 * The index of the last of ascending `starts` (the first 0) at or before an offset, by binary search: the line
 * of a text that holds it, the file of a Terraform module (src/terraform/lint.ts).
 */
export function lastAtOrBefore(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** 1-based lines and columns of a text's offsets (a LineIndex, or the count of a text made of several files'). */
export interface Positions {
  at(offset: number): { line: number; column: number };
}

/**
 * Line and column of offsets in a text that is not a policy document (a CloudFormation template), counted as
 * PolicyDocument counts them: CRLF, LF and CR each end a line.
 */
export class LineIndex implements Positions {
  private readonly starts: number[];
  constructor(text: string) {
    this.starts = computeLineStarts(text);
  }

  at(offset: number): { line: number; column: number } {
    return positionIn(this.starts, offset);
  }
}

/**
 * The offsets where lines start. A byte order mark is not counted in line 1's columns, as editors show the file
 * (VS Code, GitHub and the config loader skip it): column 1 is the character after it. Also the fingerprints'
 * count (src/formatters/fingerprint.ts), which must match the engine's lines and columns.
 */
export function computeLineStarts(text: string): number[] {
  return new LineStarts(text).through(Infinity);
}

/**
 * The offsets where a text's lines start (see computeLineStarts), found only as far as they are asked for: a
 * document's findings need the lines before the last of them, on average half the text of the AWS managed
 * policies that have findings.
 */
class LineStarts {
  private readonly starts: number[];
  /** Where the search for the next LF resumes; -1 once every start is known. */
  private from = 0;

  constructor(private readonly text: string) {
    this.starts = [text.charCodeAt(0) === 0xfeff ? 1 : 0];
    if (!text.includes('\r')) return;
    // CR and CRLF line ends too (rare): counted all at once.
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* CR */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (c === 10 /* LF */) {
        this.starts.push(i + 1);
      }
    }
    this.from = -1;
  }

  /** The starts of the lines up to the one that holds `offset`, and possibly more. */
  through(offset: number): number[] {
    const { starts, text } = this;
    // Only LF line ends (the common case): indexOf finds them much faster than a loop over every character.
    while (this.from >= 0 && starts[starts.length - 1] <= offset) {
      const newline = text.indexOf('\n', this.from);
      if (newline < 0) {
        this.from = -1;
      } else {
        starts.push(newline + 1);
        this.from = newline + 1;
      }
    }
    return starts;
  }
}

/**
 * Turn jsonc-parser's error code into a sentence a person understands. `root`: the value jsonc-parser read,
 * to tell text after a complete document from a value that was expected.
 */
function describeSyntaxError(text: string, error: ParseError, root?: Node): SyntaxProblem {
  const { offset } = error;
  const length = error.error === ParseErrorCode.InvalidSymbol ? singleQuotedLength(text, offset, error.length) : Math.max(error.length, 0);
  const found = text.slice(offset, offset + Math.max(length, 1));
  if (offset === 0 && text.charCodeAt(0) === 0xfeff) {
    return { message: 'The file starts with a byte order mark (U+FEFF); IAM policies must be plain JSON without one.', offset: 0, length: 1 };
  }
  if (text.trim() === '') return { message: 'The file is empty; expected a JSON policy document.', offset, length: 0 };
  const before = text.slice(0, offset).trimEnd();
  // jsonc-parser reports `{"a": 1}x` as an invalid symbol, but `{"a": 1}{` as text after the end: an error after
  // the root value's end (the first error, so that value is complete) is text after the end either way.
  const afterEnd = root !== undefined && root.offset < offset && root.offset + root.length <= offset;
  const code = afterEnd && error.error === ParseErrorCode.InvalidSymbol ? 'EndOfFileExpected' : printParseErrorCode(error.error);
  if ((code === 'PropertyNameExpected' || code === 'ValueExpected') && before.endsWith(',') && /^[}\]]/.test(found)) {
    const comma = before.length - 1;
    return { message: `Trailing comma before "${found[0]}"; JSON does not allow one.`, offset: comma, length: 1 };
  }
  if (offset >= text.length || length === 0 && text.slice(offset).trim() === '') {
    const expected = code === 'CloseBraceExpected' ? '"}"' : code === 'CloseBracketExpected' ? '"]"' : 'more JSON';
    return { message: `Unexpected end of file; expected ${expected}. Is the file truncated?`, offset: Math.min(offset, text.length), length: 0 };
  }
  if (code === 'InvalidEscapeCharacter' || code === 'InvalidUnicode') {
    // jsonc-parser reports the whole string: point at the escape, and show it as written.
    const escape = invalidEscape(found);
    if (escape) {
      const message = escape.text.startsWith('\\u')
        ? `Invalid \\u escape "${escape.text}" in a string: expected four hexadecimal digits.`
        : `Invalid escape sequence "${escape.text}" in a string; JSON's escapes are \\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t and \\u with four hexadecimal digits.`;
      return { message, offset: offset + escape.index, length: escape.text.length };
    }
  }
  // jsonc-parser stops inside a malformed number (`010` as `0`, then "a comma missing" before `10`): name the whole token.
  const number = invalidNumber(text, offset);
  if (number) return number;
  // An unquoted or single-quoted name (`{Version: …}`) is a property name without its double quotes, not a value.
  // A bare word there is named whole, as written: jsonc-parser's number token stops inside `01` or `0x1F`.
  if (code === 'PropertyNameExpected' || (code === 'InvalidSymbol' && getLocation(text, offset).isAtPropertyKey)) {
    const word = found.startsWith("'") ? undefined : /^[\w.+-]+/.exec(text.slice(offset, offset + 1000))?.[0];
    return { message: `Expected a property name in double quotes, found ${tokenText(word ?? found)}.`, offset, length: word?.length ?? length };
  }
  const messages: Record<string, string> = {
    InvalidSymbol: found.startsWith("'")
      ? `Unexpected ${tokenText(found)}; JSON strings take double quotes, not single quotes.`
      : `Unexpected ${tokenText(found)}; expected a JSON value.`,
    InvalidNumberFormat: `Invalid number ${tokenText(found)}.`,
    ValueExpected: `Expected a JSON value, found ${tokenText(found)}.`,
    ColonExpected: `Expected ":" after the property name, found ${tokenText(found)}.`,
    CommaExpected: `Expected "," between elements, found ${tokenText(found)}. Is a comma missing?`,
    CloseBraceExpected: `Expected "}" or ",", found ${tokenText(found)}.`,
    CloseBracketExpected: `Expected "]" or ",", found ${tokenText(found)}.`,
    EndOfFileExpected: `Unexpected ${tokenText(found)} after the end of the JSON document.`,
    InvalidCommentToken: 'Comments are not allowed in JSON policy documents.',
    UnexpectedEndOfComment: 'Comments are not allowed in JSON policy documents.',
    UnexpectedEndOfString: 'Unterminated string: a closing double quote is missing (a string cannot span lines).',
    UnexpectedEndOfNumber: `Invalid number ${tokenText(found)}.`,
    InvalidUnicode: 'Invalid \\u escape in a string: expected four hexadecimal digits.',
    InvalidEscapeCharacter: `Invalid escape sequence in the string ${tokenText(found)}.`,
    InvalidCharacter: 'Invalid character in a string: control characters such as tabs and line breaks must be escaped.',
  };
  return { message: messages[code] ?? `Invalid JSON (${code}).`, offset, length };
}

/**
 * The source text a syntax message names, shown as written, as the escape it points at is (`"\*"`): a string
 * token in its own quotes (`'s3:GetObject'`, `"a\/b"`, its escapes not doubled); other text in double quotes,
 * JSON-escaped (words.ts `quoted`), as messages quote text.
 */
function tokenText(token: string): string {
  return token.length >= 2 && /^["']/.test(token) && token.endsWith(token[0]) ? token : quoted(token);
}

/**
 * A symbol that opens a single-quoted string, to its closing quote on the same line: jsonc-parser's token stops
 * at a colon or a space (`'s3` of `'s3:GetObject'`). Else the token's length.
 */
function singleQuotedLength(text: string, offset: number, length: number): number {
  if (text[offset] !== "'") return Math.max(length, 0);
  const close = /^'[^'\r\n]*'/.exec(text.slice(offset, offset + 1000));
  return close ? close[0].length : Math.max(length, 0);
}

const JSON_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?$/;

/**
 * A value written as a number that JSON does not accept (`010`, `.5`, `0x1F`, `NaN`, an unquoted `2012-10-17`),
 * told what JSON expects, over the whole token: the run of letters, digits, `.`, `+`, `-` and `_` around the error,
 * where a value starts. A valid number there (`[1 2]`) is left to the parser's message.
 */
function invalidNumber(text: string, offset: number): SyntaxProblem | undefined {
  const isWordChar = (i: number) => /[\w.+-]/.test(text.charAt(i));
  let start = offset;
  while (start > 0 && isWordChar(start - 1)) start--;
  let end = offset;
  while (end < text.length && isWordChar(end)) end++;
  const word = text.slice(start, end);
  if (!/^([-+.\d]|[+-]?(NaN|Infinity)$)/.test(word) || JSON_NUMBER.test(word)) return undefined;
  const previous = text.slice(0, start).trimEnd().slice(-1);
  if (!['', ':', '[', ','].includes(previous) || getLocation(text, start).isAtPropertyKey) return undefined;
  const found = JSON.stringify(word);
  const write = (fixed: string) => (JSON_NUMBER.test(fixed) ? fixed : undefined);
  const sign = word.startsWith('-') ? '-' : '';
  const unsigned = word.replace(/^[+-]/, '');
  let why: string | undefined;
  let fixed: string | undefined;
  if (/^(NaN|Infinity)$/.test(unsigned)) {
    return { message: `Unexpected ${found}; JSON has no NaN or Infinity: write a number, or a string in double quotes.`, offset: start, length: word.length };
  } else if (/^0\d/.test(unsigned) && (fixed = write(sign + unsigned.replace(/^0+(?=\d)/, '')))) {
    return {
      message: `Invalid number ${found}: JSON numbers have no leading zero (write ${fixed}, or ${found} as a string if the zero matters).`,
      offset: start,
      length: word.length,
    };
  } else if (/^0[xob]/i.test(unsigned) && (fixed = write(String(Number(`${sign}${Number(unsigned)}`))))) {
    why = `JSON numbers are decimal (write ${fixed})`;
  } else if (word.startsWith('+') && (fixed = write(unsigned))) {
    why = `JSON numbers take no plus sign (write ${fixed})`;
  } else if (unsigned.startsWith('.') && (fixed = write(`${sign}0${unsigned}`))) {
    why = `a digit must come before the decimal point (write ${fixed})`;
  } else if (/\.(?!\d)/.test(word) && (fixed = write(word.replace(/\.(?!\d)/, '')))) {
    why = `a digit must follow the decimal point (write ${fixed})`;
  } else if (/[eE][+-]?$/.test(word) && JSON_NUMBER.test(word.replace(/[eE][+-]?$/, ''))) {
    // The letter as written: "1E" is told about "E".
    why = `"${word.match(/[eE](?=[+-]?$)/)![0]}" must be followed by the exponent's digits (as in 1e3)`;
  } else if (word.includes('_') && (fixed = write(word.replace(/_/g, '')))) {
    why = `JSON numbers have no digit separators (write ${fixed})`;
  } else if (/^-(?!\d)/.test(word)) {
    why = 'a minus sign must be followed by digits';
  } else {
    why = 'text must be written as a string, in double quotes';
  }
  return { message: `Invalid number ${found}: ${why}.`, offset: start, length: word.length };
}

/** The first escape of a JSON string token (quotes included) that JSON does not accept, and where it starts. */
function invalidEscape(token: string): { index: number; text: string } | undefined {
  for (let i = 0; i < token.length; i++) {
    if (token[i] !== '\\') continue;
    const next = token.codePointAt(i + 1);
    if (next === undefined) return undefined;
    const after = String.fromCodePoint(next);
    if (after === 'u') {
      const hex = /^[0-9a-fA-F]{0,4}/.exec(token.slice(i + 2))![0];
      if (hex.length < 4) return { index: i, text: `\\u${hex}` };
      i += 5;
    } else if ('"\\/bfnrt'.includes(after)) {
      i++;
    } else {
      return { index: i, text: `\\${after}` };
    }
  }
  return undefined;
}

/**
 * How many keys of a JSON text repeat an earlier key of the same object: what JSON.parse silently drops.
 */
export function duplicateKeyCount(text: string): number {
  return duplicateKeys(text).length;
}

/**
 * The keys of a JSON text that repeat an earlier key of the same object, each with the offset of its
 * object's `{`. The fixer checks them so that two fixes that each rename a key cannot, together, merge two
 * objects' entries.
 */
export function duplicateKeys(text: string): Array<{ object: number; key: string }> {
  const found: Array<{ object: number; key: string }> = [];
  const objects: Array<{ offset: number; keys: Set<string> } | undefined> = [];
  visit(text, {
    onObjectBegin: (offset) => { objects.push({ offset, keys: new Set() }); },
    onObjectEnd: () => { objects.pop(); },
    onArrayBegin: () => { objects.push(undefined); },
    onArrayEnd: () => { objects.pop(); },
    onObjectProperty: (key) => {
      const object = objects[objects.length - 1];
      if (!object) return;
      if (object.keys.has(key)) found.push({ object: object.offset, key });
      else object.keys.add(key);
    },
  });
  return found;
}
