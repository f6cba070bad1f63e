/**
 * The jsonc-parser tree of a text that `JSON.parse` accepted, built lazily: a container's children are
 * scanned when `children` is first read. Putting a finding on its token then costs a scan of the containers
 * on its path instead of a tree of the whole document (jsonc-parser's `parseTree` took ~100 ms for the
 * 3 MB of AWS managed policies that have findings). The nodes have the same fields and values as
 * `parseTree`'s (src/engine/lazy-tree.test.ts compares them); the text must be valid JSON.
 */
import type { Node, NodeType } from 'jsonc-parser';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The tree of a valid JSON text (undefined for a text of whitespace only, which JSON.parse rejects anyway). */
export function lazyTree(text: string): Node | undefined {
  const start = skipSpace(text, 0);
  if (start >= text.length) return undefined;
  // The text is one valid JSON value between whitespace: it ends where the trailing whitespace begins, which
  // spares a scan of the whole document.
  let end = text.length;
  for (let c = text.charCodeAt(end - 1); c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09; c = text.charCodeAt(end - 1)) end--;
  return makeNode(text, start, end, undefined);
}

class Container implements Node {
  private items: Node[] | undefined;
  constructor(
    readonly type: 'object' | 'array',
    readonly offset: number,
    readonly length: number,
    readonly parent: Node | undefined,
    private readonly text: string,
  ) {}

  get children(): Node[] {
    return (this.items ??= this.type === 'object' ? this.properties() : this.elements());
  }

  private properties(): Node[] {
    const text = this.text;
    const out: Node[] = [];
    let i = skipSpace(text, this.offset + 1);
    while (text.charCodeAt(i) === QUOTE) {
      const keyEnd = stringEnd(text, i);
      const colon = skipSpace(text, keyEnd);
      const valueStart = skipSpace(text, colon + 1);
      const valueEnd = skipValue(text, valueStart);
      const property: { type: NodeType; offset: number; length: number; parent: Node; children: Node[]; colonOffset?: number } =
        { type: 'property', offset: i, length: valueEnd - i, parent: this, children: [] };
      property.children.push({ type: 'string', value: decodeString(text, i, keyEnd), offset: i, length: keyEnd - i, parent: property });
      property.colonOffset = colon;
      property.children.push(makeNode(text, valueStart, valueEnd, property));
      out.push(property);
      i = skipSpace(text, valueEnd);
      if (text[i] === ',') i = skipSpace(text, i + 1);
    }
    return out;
  }

  private elements(): Node[] {
    const text = this.text;
    const out: Node[] = [];
    let i = skipSpace(text, this.offset + 1);
    while (text[i] !== ']') {
      const end = skipValue(text, i);
      out.push(makeNode(text, i, end, this));
      i = skipSpace(text, end);
      if (text[i] === ',') i = skipSpace(text, i + 1);
    }
    return out;
  }
}

function makeNode(text: string, start: number, end: number, parent: Node | undefined): Node {
  const c = text[start];
  if (c === '{' || c === '[') return new Container(c === '{' ? 'object' : 'array', start, end - start, parent, text);
  const length = end - start;
  if (c === '"') return { type: 'string', value: decodeString(text, start, end), offset: start, length, parent };
  if (c === 't' || c === 'f') return { type: 'boolean', value: c === 't', offset: start, length, parent };
  if (c === 'n') return { type: 'null', value: null, offset: start, length, parent };
  return { type: 'number', value: JSON.parse(text.slice(start, end)) as number, offset: start, length, parent };
}

function decodeString(text: string, start: number, end: number): string {
  const inner = text.slice(start + 1, end - 1);
  return inner.includes('\\') ? (JSON.parse(text.slice(start, end)) as string) : inner;
}

function skipSpace(text: string, i: number): number {
  for (;;) {
    const c = text.charCodeAt(i);
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
    i++;
  }
}

/** The offset after the string token that starts (with its quote) at `start`. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  for (;;) {
    const quote = text.indexOf('"', i);
    let backslashes = 0;
    while (text.charCodeAt(quote - 1 - backslashes) === BACKSLASH) backslashes++;
    if (backslashes % 2 === 0) return quote + 1;
    i = quote + 1;
  }
}

/** The offset after the value that starts at `start`. */
function skipValue(text: string, start: number): number {
  const c = text[start];
  if (c === '"') return stringEnd(text, start);
  if (c !== '{' && c !== '[') {
    let i = start + 1;
    while (i < text.length && !',}] \n\r\t'.includes(text[i])) i++;
    return i;
  }
  let depth = 0;
  for (let i = start; ; i++) {
    const code = text.charCodeAt(i);
    if (code === QUOTE) i = stringEnd(text, i) - 1;
    else if (code === 0x7b || code === 0x5b) depth++;
    else if ((code === 0x7d || code === 0x5d) && --depth === 0) return i + 1;
  }
}
