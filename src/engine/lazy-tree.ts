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
  return makeNode(new Ends(text), start, end, undefined);
}

/**
 * Where the containers of a text end, recorded while a scan skips over them. Listing a container's children
 * means skipping each child to find the next one; the first listing (the root's) skips over every container
 * inside, so recording their ends there spares the deeper listings another scan of the same text (a
 * finding at Statement[i].Action[j] scanned the statements twice: as the root's child, then each as an
 * element). With the native search in `scan`, positions for all findings on the AWS managed policies took
 * ~7.3 ms instead of ~12.3 ms.
 */
class Ends {
  /** Offsets of the containers' opening brackets, in increasing order, and the offsets after their ends. */
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(readonly text: string) {}

  /** The offset after the object or array that starts at `start`. */
  endOf(start: number): number {
    const starts = this.starts;
    let low = 0;
    let high = starts.length - 1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (starts[mid] < start) low = mid + 1;
      else if (starts[mid] > start) high = mid - 1;
      else return this.ends[mid];
    }
    // Not yet scanned. A container after every recorded one (the usual case: listings go from the root down,
    // in order) can be recorded with everything it holds, keeping `starts` sorted; otherwise just scan it.
    return this.scan(start, low === starts.length);
  }

  private scan(start: number, record: boolean): number {
    const { text, starts, ends } = this;
    const open: number[] = []; // indexes into starts/ends of the containers not yet closed
    // The next quote or bracket is found by a native search: most of a pretty-printed policy is indentation,
    // which a loop over every character took ~30% longer to step through.
    STRUCTURE.lastIndex = start;
    while (STRUCTURE.test(text)) {
      const i = STRUCTURE.lastIndex - 1;
      const code = text.charCodeAt(i);
      if (code === QUOTE) STRUCTURE.lastIndex = stringEnd(text, i);
      else if (code === 0x7b || code === 0x5b) {
        open.push(starts.length);
        if (record) {
          starts.push(i);
          ends.push(0);
        }
      } else if (code === 0x7d || code === 0x5d) {
        const index = open.pop()!;
        if (record) ends[index] = i + 1;
        if (open.length === 0) return i + 1;
      }
    }
    throw new Error('Unbalanced brackets in a text that JSON.parse accepted');
  }
}

/** A quote or a bracket (global, so that `lastIndex` moves the search along). */
const STRUCTURE = /["[\]{}]/g;

class Container implements Node {
  private items: Node[] | undefined;
  constructor(
    readonly type: 'object' | 'array',
    readonly offset: number,
    readonly length: number,
    readonly parent: Node | undefined,
    private readonly ends: Ends,
  ) {}

  get children(): Node[] {
    return (this.items ??= this.type === 'object' ? this.properties() : this.elements());
  }

  private properties(): Node[] {
    const ends = this.ends;
    const text = ends.text;
    const out: Node[] = [];
    let i = skipSpace(text, this.offset + 1);
    while (text.charCodeAt(i) === QUOTE) {
      const keyEnd = stringEnd(text, i);
      const colon = skipSpace(text, keyEnd);
      const valueStart = skipSpace(text, colon + 1);
      const valueEnd = skipValue(ends, valueStart);
      const property: { type: NodeType; offset: number; length: number; parent: Node; children: Node[]; colonOffset?: number } =
        { type: 'property', offset: i, length: valueEnd - i, parent: this, children: [] };
      property.children.push({ type: 'string', value: decodeString(text, i, keyEnd), offset: i, length: keyEnd - i, parent: property });
      property.colonOffset = colon;
      property.children.push(makeNode(ends, valueStart, valueEnd, property));
      out.push(property);
      i = skipSpace(text, valueEnd);
      if (text[i] === ',') i = skipSpace(text, i + 1);
    }
    return out;
  }

  private elements(): Node[] {
    const ends = this.ends;
    const text = ends.text;
    const out: Node[] = [];
    let i = skipSpace(text, this.offset + 1);
    while (text[i] !== ']') {
      const end = skipValue(ends, i);
      out.push(makeNode(ends, i, end, this));
      i = skipSpace(text, end);
      if (text[i] === ',') i = skipSpace(text, i + 1);
    }
    return out;
  }
}

function makeNode(ends: Ends, start: number, end: number, parent: Node | undefined): Node {
  const text = ends.text;
  const c = text[start];
  if (c === '{' || c === '[') return new Container(c === '{' ? 'object' : 'array', start, end - start, parent, ends);
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
function skipValue(ends: Ends, start: number): number {
  const text = ends.text;
  const c = text[start];
  if (c === '"') return stringEnd(text, start);
  if (c !== '{' && c !== '[') {
    let i = start + 1;
    while (i < text.length && !',}] \n\r\t'.includes(text[i])) i++;
    return i;
  }
  return ends.endOf(start);
}
