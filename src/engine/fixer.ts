/**
 * Text edits on the source, built from paths. Every edit touches only the tokens it names and copies the
 * file's own indentation, line endings and separators, so a fixed file differs only where it had to.
 */
import type { Node } from 'jsonc-parser';
import type { PolicyDocument } from './document.js';
import { denormalizePath } from './normalize.js';
import type { JsonPath, TextEdit } from './types.js';

export class Fixer {
  constructor(private readonly document: PolicyDocument) {}

  replaceRange(range: [number, number], text: string): TextEdit {
    return { range, text };
  }

  insertTextAt(offset: number, text: string): TextEdit {
    return { range: [offset, offset], text };
  }

  /** Replace the value at `path` with a JSON value. */
  replaceValue(path: JsonPath, value: unknown): TextEdit {
    const node = this.require(path);
    return { range: [node.offset, node.offset + node.length], text: this.stringify(value, node) };
  }

  /** Rename the key of the property whose value is at `path`. */
  renameKey(path: JsonPath, newKey: string): TextEdit {
    const key = this.requireProperty(path).children![0];
    return { range: [key.offset, key.offset + key.length], text: JSON.stringify(newKey) };
  }

  /** Remove the property whose value is at `path`, with its comma and its line when it has one of its own. */
  removeProperty(path: JsonPath): TextEdit {
    return this.removeChild(this.requireProperty(path));
  }

  /** Remove the array element at `path`, with its comma and its line when it has one of its own. */
  removeElement(path: JsonPath): TextEdit {
    const node = this.require(path);
    if (node.parent?.type !== 'array') throw new Error(`Not an array element: ${JSON.stringify(path)}`);
    return this.removeChild(node);
  }

  /**
   * Add a property to the object at `objectPath`, laid out like its siblings. By default it goes last;
   * `first: true` puts it before the first property.
   */
  insertProperty(objectPath: JsonPath, key: string, value: unknown, options: { first?: boolean; rawValue?: string } = {}): TextEdit {
    const object = this.require(objectPath);
    if (object.type !== 'object') throw new Error(`Not an object: ${JSON.stringify(objectPath)}`);
    const children = object.children ?? [];
    // The key-value separator as the object (or the nearest one) writes it: `":"` in a minified file, `" : "`.
    const colon = this.colon(object);
    // `rawValue`: the value's text exactly as given (a value moved from elsewhere in the file, as written there).
    const member = (indent: string) => `${JSON.stringify(key)}${colon}${options.rawValue ?? this.stringify(value, this.model(object), indent)}`;
    if (children.length === 0) {
      if (this.onOneLine(object)) return { range: [object.offset, object.offset + object.length], text: `{${member('')}}` };
      const indent = this.lineIndent(object.offset);
      const inner = indent + this.indentUnit();
      const eol = this.eol();
      return { range: [object.offset, object.offset + object.length], text: `{${eol}${inner}${member(inner)}${eol}${indent}}` };
    }
    const first = children[0];
    const last = children[children.length - 1];
    const separator = this.separatorIn(object);
    const indent = this.lineIndent(first.offset);
    if (options.first) {
      return { range: [first.offset, first.offset], text: `${member(indent)}${separator}` };
    }
    const end = last.offset + last.length;
    return { range: [end, end], text: `${separator}${member(indent)}` };
  }

  /**
   * The key-value separator the file writes at `near`: as the first member of the nearest object holding
   * it (or of the document) writes it, else `": "`. A colon on its own line is not copied.
   */
  colon(near?: Node): string {
    for (let node = near ?? this.document.root; node; node = node.parent) {
      const colon = node.type === 'object' ? this.colonOf(node.children?.[0]) : undefined;
      if (colon !== undefined) return colon;
    }
    return ': ';
  }

  /** The text between a property's key and its value (the colon and its spaces), unless it spans lines. */
  private colonOf(property: Node | undefined): string | undefined {
    const [keyNode, valueNode] = property?.children ?? [];
    if (!keyNode || !valueNode) return undefined;
    const between = this.document.text.slice(keyNode.offset + keyNode.length, valueNode.offset);
    return /^[ \t]*:[ \t]*$/.test(between) ? between : undefined;
  }

  /**
   * Append values to the list at `path`. An array gets new elements laid out like its own; a single
   * value (a string) becomes an array of the old value and the new ones.
   */
  appendToList(path: JsonPath, values: unknown[]): TextEdit {
    const node = this.require(path);
    const text = this.document.text;
    if (node.type === 'array') {
      const elements = node.children ?? [];
      if (elements.length === 0) {
        return { range: [node.offset, node.offset + node.length], text: this.stringify(values, node) };
      }
      const last = elements[elements.length - 1];
      const separator = this.separatorIn(node);
      const end = last.offset + last.length;
      const indent = this.lineIndent(elements[0].offset);
      return { range: [end, end], text: values.map((v) => separator + this.stringify(v, this.model(node), indent)).join('') };
    }
    const old = text.slice(node.offset, node.offset + node.length);
    // A single value becomes a list laid out as the object holding it: on one line where it is on one line.
    if (this.onOneLine(node)) {
      const comma = this.oneLineComma(enclosing(node), node);
      return { range: [node.offset, node.offset + node.length], text: `[${[old, ...values.map((v) => this.stringify(v, node))].join(comma)}]` };
    }
    const indent = this.lineIndent(node.offset);
    const inner = indent + this.indentUnit();
    const eol = this.eol();
    const items = [old, ...values.map((v) => this.stringify(v, node, inner))].map((item) => inner + item).join(`,${eol}`);
    return { range: [node.offset, node.offset + node.length], text: `[${eol}${items}${eol}${indent}]` };
  }

  /** Leading whitespace of the line that holds `offset`. */
  lineIndent(offset: number): string {
    const text = this.document.text;
    let start = offset;
    while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
    let end = start;
    while (end < text.length && (text[end] === ' ' || text[end] === '\t')) end++;
    return text.slice(start, end);
  }

  /** The file's indentation step: the smallest non-empty indentation it uses, else four spaces. */
  indentUnit(): string {
    const match = /^([ \t]+)\S/m.exec(this.document.text);
    if (!match) return '    ';
    const indents = [...this.document.text.matchAll(/^([ \t]+)\S/gm)].map((m) => m[1]);
    return indents.reduce((a, b) => (b.length < a.length ? b : a));
  }

  eol(): string {
    const match = /\r\n|\r|\n/.exec(this.document.text);
    return match ? match[0] : '\n';
  }

  /**
   * Serialise a value for insertion as the file writes values at `near` (the value it replaces or goes
   * beside, or the container it goes in): with its colon; on one line where `near` is on one line (see
   * onOneLine), else one member per line, indented by the file's unit from `indent` (default: `near`'s line's).
   */
  stringify(value: unknown, near?: Node, indent?: string): string {
    if (value === null || typeof value !== 'object') return JSON.stringify(value);
    const colon = this.colon(near);
    if (near && this.onOneLine(near)) {
      const comma = this.oneLineComma(near, near);
      return render(value, colon, (items) => items.join(comma));
    }
    const base = indent ?? (near ? this.lineIndent(near.offset) : '');
    const unit = this.indentUnit();
    const eol = this.eol();
    return render(value, colon, (items, depth) => {
      const inner = eol + base + unit.repeat(depth + 1);
      return `${inner}${items.join(`,${inner}`)}${eol}${base}${unit.repeat(depth)}`;
    });
  }

  /**
   * Whether values inserted at `node` go on one line: as a non-empty object or array is written; a scalar or
   * an empty container as the object or array holding it (none, as the empty document `{}`: not).
   */
  private onOneLine(node: Node): boolean {
    const span = isContainer(node) && node.children?.length ? node : enclosing(node);
    return span !== undefined && !/[\r\n]/.test(this.document.text.slice(span.offset, span.offset + span.length));
  }

  /** The first member value or element of `container` that is itself a non-empty object or array, else `container`: a new one is laid out like it. */
  private model(container: Node): Node {
    for (const child of container.children ?? []) {
      const value = child.type === 'property' ? child.children?.[1] : child;
      if (value && isContainer(value) && value.children?.length) return value;
    }
    return container;
  }

  /** The comma for items on one line: as between `container`'s first two children, else by the colon at `near` (`,` minified, `, `). */
  private oneLineComma(container: Node | undefined, near: Node): string {
    return (container && this.inlineComma(container)) ?? (this.colon(near).endsWith(' ') ? ', ' : ',');
  }

  /** The separator between `node`'s first two children when they are on one line (`,` or `, `). */
  private inlineComma(node: Node): string | undefined {
    const [a, b] = node.children ?? [];
    const separator = a && isContainer(node) ? this.separatorAfter(a, b) : undefined;
    return separator !== undefined && !/[\r\n]/.test(separator) ? separator : undefined;
  }

  /** The separator before a new last child of a non-empty container: as between its children, else separatorFor. */
  separatorIn(container: Node): string {
    const [first, second] = container.children!;
    return this.separatorAfter(first, second) ?? this.separatorFor(container, first);
  }

  /** The text between two siblings, from the comma on: `,\n        `. */
  private separatorAfter(a: Node, b: Node | undefined): string | undefined {
    if (!b) return undefined;
    const between = this.document.text.slice(a.offset + a.length, b.offset);
    const comma = between.indexOf(',');
    return comma >= 0 ? between.slice(comma) : undefined;
  }

  /**
   * For a container with one child: a newline and the child's indentation if it sits on its own line (there
   * is a newline between the bracket and the child); when it hugs the bracket, a bare comma in a minified
   * file (`{"Statement":[{…}]}`, colons without a space) and a comma and a space where colons are spaced
   * (`{"Statement": [{…}]}`); else a comma and a space.
   */
  private separatorFor(container: Node, child: Node): string {
    const text = this.document.text;
    const before = text.slice(container.offset + 1, child.offset);
    if (/[\r\n]/.test(before)) return `,${this.eol()}${this.lineIndent(child.offset)}`;
    return before === '' && !this.colon(container).endsWith(' ') ? ',' : ', ';
  }

  private removeChild(child: Node): TextEdit {
    const parent = child.parent!;
    const siblings = parent.children!;
    const index = siblings.indexOf(child);
    if (siblings.length === 1) {
      // The only child: empty the container, keep the brackets.
      return { range: [parent.offset + 1, parent.offset + parent.length - 1], text: '' };
    }
    if (index < siblings.length - 1) {
      // Up to the start of the next sibling: removes our comma and the whitespace before the next one.
      const next = siblings[index + 1];
      return { range: [child.offset, next.offset], text: '' };
    }
    // The last child: from the end of the previous sibling (its comma goes with us).
    const previous = siblings[index - 1];
    return { range: [previous.offset + previous.length, child.offset + child.length], text: '' };
  }

  /** Paths may be in the normalised view (`["Statement", 0, …]` for a single statement object), as in reports. */
  private require(path: JsonPath): Node {
    const node = this.document.nodeAt(denormalizePath(this.document.value, path));
    if (!node) throw new Error(`No node at ${JSON.stringify(path)}`);
    return node;
  }

  private requireProperty(path: JsonPath): Node {
    const property = this.document.propertyAt(denormalizePath(this.document.value, path));
    if (!property) throw new Error(`No property at ${JSON.stringify(path)}`);
    return property;
  }
}

const isContainer = (node: Node) => node.type === 'object' || node.type === 'array';

/** The object or array holding `node` (through its property). */
function enclosing(node: Node): Node | undefined {
  return node.parent?.type === 'property' ? node.parent.parent : node.parent;
}

/** A JSON value with `colon` between keys and values, and `join` laying out a container's items at `depth`. */
function render(value: unknown, colon: string, join: (items: string[], depth: number) => string, depth = 0): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const items = Array.isArray(value)
    ? value.map((item) => render(item, colon, join, depth + 1))
    : Object.entries(value).filter(([, item]) => item !== undefined).map(([key, item]) => `${JSON.stringify(key)}${colon}${render(item, colon, join, depth + 1)}`);
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return items.length === 0 ? open + close : `${open}${join(items, depth)}${close}`;
}

/** Apply non-overlapping edits (sorted or not) to a text. Overlapping edits throw. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.range[0] < cursor) throw new Error('Overlapping edits');
    out += text.slice(cursor, edit.range[0]) + edit.text;
    cursor = edit.range[1];
  }
  return out + text.slice(cursor);
}

/** Several edits of one fix as one ESLint-style edit spanning them all. */
export function mergeEdits(text: string, edits: readonly TextEdit[]): TextEdit {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0]);
  const start = sorted[0].range[0];
  const end = Math.max(...sorted.map((e) => e.range[1]));
  const shifted = sorted.map((e) => ({ range: [e.range[0] - start, e.range[1] - start] as [number, number], text: e.text }));
  return { range: [start, end], text: applyEdits(text.slice(start, end), shifted) };
}
