/**
 * A scanner for the part of HCL (Terraform's configuration language) that holds IAM policies, keeping source
 * offsets: a file's blocks (`resource "aws_iam_policy" "p" { … }`) and attributes (`policy = …`), and for an
 * attribute's value the expression subset a policy is written in: objects (`key = value` or `key: value`,
 * separated by newlines or commas), tuples, quoted strings and heredocs (`<<EOF`, `<<-EOT`) with their
 * template sequences, numbers, `true`/`false`/`null`, and function calls (for `jsonencode(…)`). Any other
 * expression (a reference such as `var.x`, an operator, a conditional, a `for` expression) is read past and
 * kept as `other`, its source range only. Comments (`#`, `//`, `/* *\/`) are skipped.
 *
 * Not a validating parser: text it cannot read ends the scan of its body (`error`), and the policies found
 * before it are still linted.
 */
import { quoted } from '../words.js';

/** A piece of a string template: literal text (each character with its source offset) or a template sequence. */
export type TemplatePart =
  | { kind: 'text'; text: string; map: number[] }
  /** `${ … }`: `inner` is the expression's source text (without the `~` strip markers). */
  | { kind: 'interpolation'; start: number; end: number; inner: string }
  /** `%{ … }`: a template directive (`if`, `for`). */
  | { kind: 'directive'; start: number; end: number };

export interface HclEntry {
  /** The key as written: an identifier or a quoted string's text; undefined for a key expression (`(var.k)`). */
  key?: string;
  keyStart: number;
  keyEnd: number;
  /** A quoted key's parts (it may hold template sequences). */
  keyParts?: TemplatePart[];
  value: HclExpr;
}

export type HclExpr =
  | { kind: 'object'; start: number; end: number; entries: HclEntry[] }
  | { kind: 'tuple'; start: number; end: number; items: HclExpr[] }
  /** A quoted string or a heredoc; for a heredoc, start and end are those of its content, and its delimiter. */
  | { kind: 'template'; start: number; end: number; parts: TemplatePart[]; heredoc: boolean; delimiter?: string }
  | { kind: 'number'; start: number; end: number; value: number }
  | { kind: 'bool'; start: number; end: number; value: boolean }
  | { kind: 'null'; start: number; end: number }
  | { kind: 'call'; start: number; end: number; name: string; args: HclExpr[] }
  | { kind: 'other'; start: number; end: number };

export interface HclAttribute {
  kind: 'attribute';
  name: string;
  nameStart: number;
  nameEnd: number;
  value: HclExpr;
}

export interface HclBlock {
  kind: 'block';
  type: string;
  labels: string[];
  /** Each label's source range (quotes included). */
  labelRanges: Array<[number, number]>;
  start: number;
  end: number;
  body: HclBody;
}

export type HclBody = Array<HclAttribute | HclBlock>;

/** A body's attribute of this name (the last, if written twice), for the readers of the scanned tree. */
export function attributeOf(body: HclBody, name: string): HclAttribute | undefined {
  let found: HclAttribute | undefined;
  for (const item of body) if (item.kind === 'attribute' && item.name === name) found = item;
  return found;
}

/** The text of a string expression without template sequences (`type = "SERVICE_CONTROL_POLICY"`), else undefined. */
export function literalText(expr: HclExpr | undefined): string | undefined {
  if (expr?.kind !== 'template' || !expr.parts.every((p) => p.kind === 'text')) return undefined;
  return expr.parts.map((p) => (p as { text: string }).text).join('');
}

class ScanError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

const IDENT_START = /[A-Za-z_]/;
const IDENT = /[A-Za-z0-9_-]/;
const MAX_DEPTH = 200;

/**
 * The blocks and attributes of a file, as far as they can be read; from `start` (a module's text: its files one
 * after the other, each scanned from its start to the end of `text`, with offsets in the module's text).
 */
export function scanHcl(text: string, start = 0): { body: HclBody; error?: { message: string; offset: number } } {
  const scanner = new Scanner(text);
  scanner.pos = start;
  const body: HclBody = [];
  try {
    scanner.body(body, false);
    return { body };
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    return { body, error: { message: error.message, offset: error.offset } };
  }
}

class Scanner {
  pos = 0;
  depth = 0;

  constructor(readonly text: string) {}

  fail(message: string, offset = this.pos): never {
    throw new ScanError(message, offset);
  }

  /** Skip spaces and comments; newlines too when `newlines`. A `#` or `//` comment stops before its newline. */
  skip(newlines: boolean): void {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t[this.pos];
      if (c === ' ' || c === '\t' || c === '\r' || c === '\uFEFF') this.pos++;
      else if (c === '\n') {
        if (!newlines) return;
        this.pos++;
      } else if (c === '#' || (c === '/' && t[this.pos + 1] === '/')) {
        const end = t.indexOf('\n', this.pos);
        this.pos = end < 0 ? t.length : end;
      } else if (c === '/' && t[this.pos + 1] === '*') {
        const end = t.indexOf('*/', this.pos + 2);
        if (end < 0) this.fail('A /* comment is never closed.');
        this.pos = end + 2;
      } else return;
    }
  }

  ident(): string {
    const start = this.pos;
    if (!IDENT_START.test(this.text[this.pos] ?? '')) return '';
    while (this.pos < this.text.length && IDENT.test(this.text[this.pos])) this.pos++;
    return this.text.slice(start, this.pos);
  }

  /**
   * A body's items until its `}` (consumed) or, at the top, the end of the text. `open`: a block's `{`, where a block
   * never closed is reported (as Terraform does), not at the end of the file.
   */
  body(out: HclBody, nested: boolean, open = this.pos): void {
    for (;;) {
      this.skip(true);
      if (this.pos >= this.text.length) {
        if (nested) this.fail('A block is never closed.', open);
        return;
      }
      if (this.text[this.pos] === '}') {
        if (!nested) this.fail('Unexpected "}".');
        this.pos++;
        return;
      }
      const nameStart = this.pos;
      const name = this.ident() + this.dottedRest(nameStart) || this.quotedName();
      if (!name) this.fail(`Unexpected ${quoted(this.text[this.pos])}: expected an attribute or a block.`);
      const nameEnd = this.pos;
      this.skip(false);
      const c = this.text[this.pos];
      if (c === '=' && this.text[this.pos + 1] !== '=') {
        this.pos++;
        const value = this.expression(true);
        out.push({ kind: 'attribute', name, nameStart, nameEnd, value });
        this.endOfItem();
        continue;
      }
      // A block: labels (quoted strings or identifiers), then its body.
      const labels: string[] = [];
      const labelRanges: Array<[number, number]> = [];
      for (;;) {
        this.skip(false);
        const d = this.text[this.pos];
        if (d === '{') break;
        const labelStart = this.pos;
        if (d === '"') {
          const label = this.template();
          labels.push(label.parts.map((p) => (p.kind === 'text' ? p.text : this.text.slice(p.start, p.end))).join(''));
        } else if (IDENT_START.test(d ?? '')) labels.push(this.ident());
        else this.fail(`Unexpected ${quoted(d ?? 'end of file')} after ${quoted(name)}: expected "=" or a block's "{".`);
        labelRanges.push([labelStart, this.pos]);
      }
      const brace = this.pos++;
      if (++this.depth > MAX_DEPTH) this.fail('Blocks nest too deeply to read.');
      const body: HclBody = [];
      this.body(body, true, brace);
      this.depth--;
      out.push({ kind: 'block', type: name, labels, labelRanges, start: nameStart, end: this.pos, body });
      this.endOfItem();
    }
  }

  /** The rest of a dotted attribute name (`method.request.header.X-Event = true`, Terraform 0.11), when `=` follows. */
  dottedRest(start: number): string {
    if (this.pos === start || this.text[this.pos] !== '.') return '';
    const from = this.pos;
    const rest = /^[\w.-]*/.exec(this.text.slice(from, from + 256))![0];
    this.pos = from + rest.length;
    this.skip(false);
    const assigned = this.text[this.pos] === '=' && this.text[this.pos + 1] !== '=';
    this.pos = assigned ? from + rest.length : from;
    return assigned ? rest : '';
  }

  /**
   * A quoted attribute name (`"kubernetes.io/cluster/x" = "owned"` in a block used as a map, Terraform 0.11's
   * syntax): its text, when it is literal and `=` follows; else nothing is read.
   */
  quotedName(): string {
    const start = this.pos;
    if (this.text[start] !== '"') return '';
    const { parts } = this.template();
    const end = this.pos;
    this.skip(false);
    const literal = parts.every((p) => p.kind === 'text');
    this.pos = literal && this.text[this.pos] === '=' && this.text[this.pos + 1] !== '=' ? end : start;
    return this.pos === end ? parts.map((p) => (p as { text: string }).text).join('') : '';
  }

  /** After an attribute or a block: a newline, a comment, a closing brace or the end of the text. */
  endOfItem(): void {
    this.skip(false);
    const c = this.text[this.pos];
    if (c === undefined || c === '\n' || c === '}') return;
    this.fail(`Unexpected ${this.token()}: expected a new line.`);
  }

  /**
   * An expression. `newlineEnds`: a newline outside brackets ends it (in a body and an object; not in a
   * tuple or a call's arguments, where HCL ignores newlines).
   */
  expression(newlineEnds: boolean): HclExpr {
    this.skip(!newlineEnds);
    const start = this.pos;
    if (++this.depth > MAX_DEPTH) this.fail('Expressions nest too deeply to read.');
    const primary = this.primary(newlineEnds);
    this.depth--;
    // Anything after the primary but a terminator (an operator, a traversal, a conditional) makes it another expression.
    const save = this.pos;
    this.skip(!newlineEnds);
    if (this.atTerminator() || this.atOperand()) {
      // An operand right after another (`{ Effect = "Allow" Action = … }`) lacks its separator: the caller says so.
      this.pos = save;
      return primary;
    }
    this.rest(newlineEnds);
    return { kind: 'other', start, end: this.pos };
  }

  /** Whether the text here starts an operand (a name, a string, a number, an object): never an operator or a traversal. */
  atOperand(): boolean {
    const c = this.text[this.pos] ?? '';
    return IDENT_START.test(c) || c === '"' || c === '{' || /\d/.test(c);
  }

  /** The token here, quoted for a message: a whole name (`"Action"`), else a character. */
  token(): string {
    const name = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(this.text.slice(this.pos, this.pos + 256))?.[0];
    return quoted(name ?? this.text[this.pos] ?? 'end of file');
  }

  atTerminator(): boolean {
    const c = this.text[this.pos];
    return c === undefined || c === '\n' || c === ',' || c === '}' || c === ']' || c === ')';
  }

  primary(newlineEnds: boolean): HclExpr {
    const t = this.text;
    const start = this.pos;
    const c = t[this.pos];
    if (c === '{' || c === '[') {
      if (/^[{[]\s*for\s/.test(t.slice(this.pos, this.pos + 40))) {
        this.balanced();
        return { kind: 'other', start, end: this.pos };
      }
      return c === '{' ? this.object() : this.tuple();
    }
    if (c === '"') return this.template();
    if (c === '<' && t[this.pos + 1] === '<') return this.heredoc();
    if (c === '(') {
      this.balanced();
      return { kind: 'other', start, end: this.pos };
    }
    const number = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(t.slice(this.pos, this.pos + 64));
    if (number) {
      this.pos += number[0].length;
      return { kind: 'number', start, end: this.pos, value: Number(number[0]) };
    }
    const name = this.ident();
    if (name) {
      if (name === 'true' || name === 'false') return { kind: 'bool', start, end: this.pos, value: name === 'true' };
      if (name === 'null') return { kind: 'null', start, end: this.pos };
      // A function call (`jsonencode(…)`, `provider::aws::arn_parse(…)` is read past as another expression).
      if (t[this.pos] === '(') return this.call(name, start);
      return { kind: 'other', start, end: this.pos };
    }
    if (c === undefined || this.atTerminator()) this.fail('An expression is missing.');
    // An operator (`-x`, `!x`) or something else: read past it.
    this.rest(newlineEnds);
    return { kind: 'other', start, end: this.pos };
  }

  call(name: string, start: number): HclExpr {
    this.pos++; // (
    const args: HclExpr[] = [];
    for (;;) {
      this.skip(true);
      if (this.text[this.pos] === ')') break;
      args.push(this.expression(false));
      this.skip(true);
      if (this.text.startsWith('...', this.pos)) {
        this.pos += 3;
        this.skip(true);
      }
      const c = this.text[this.pos];
      if (c === ',') this.pos++;
      else if (c !== ')') this.fail(`Unexpected ${this.token()} in the arguments of ${name}().`);
    }
    this.pos++;
    return { kind: 'call', start, end: this.pos, name, args };
  }

  object(): HclExpr {
    const start = this.pos++;
    const entries: HclEntry[] = [];
    for (;;) {
      this.skip(true);
      const c = this.text[this.pos];
      if (c === '}') break;
      if (c === undefined) this.fail('An object is never closed.', start);
      const keyStart = this.pos;
      let entry: Omit<HclEntry, 'value'>;
      if (c === '"') {
        const key = this.template() as Extract<HclExpr, { kind: 'template' }>;
        const literal = key.parts.every((p) => p.kind === 'text');
        entry = { keyStart, keyEnd: this.pos, keyParts: key.parts, ...(literal ? { key: key.parts.map((p) => (p as { text: string }).text).join('') } : {}) };
      } else if (c === '(') {
        this.balanced();
        entry = { keyStart, keyEnd: this.pos };
      } else {
        // An identifier, or a number (`{ 1 = "a" }`), is a literal key.
        const name = this.ident() || (/^\d+(\.\d+)?/.exec(this.text.slice(this.pos, this.pos + 64))?.[0] ?? '');
        if (!name) this.fail(`Unexpected ${quoted(c)}: expected an object key.`);
        if (/^\d/.test(name)) this.pos += name.length;
        entry = { key: name, keyStart, keyEnd: this.pos };
      }
      this.skip(false);
      const sep = this.text[this.pos];
      if (sep !== '=' && sep !== ':') this.fail(`Unexpected ${quoted(sep ?? 'end of file')}: expected "=" or ":" after an object key.`);
      this.pos++;
      const value = this.expression(true);
      entries.push({ ...entry, value });
      this.skip(false);
      if (this.text[this.pos] === ',') this.pos++;
      else {
        const d = this.text[this.pos];
        if (d !== '\n' && d !== '}') this.fail(`Unexpected ${this.token()}: expected "," or a new line between object attributes.`);
      }
    }
    this.pos++;
    return { kind: 'object', start, end: this.pos, entries };
  }

  tuple(): HclExpr {
    const start = this.pos++;
    const items: HclExpr[] = [];
    for (;;) {
      this.skip(true);
      const c = this.text[this.pos];
      if (c === ']') break;
      if (c === undefined) this.fail('A tuple is never closed.', start);
      items.push(this.expression(false));
      this.skip(true);
      const d = this.text[this.pos];
      if (d === ',') this.pos++;
      else if (d !== ']') this.fail(`Unexpected ${this.token()}: expected "," or "]" in a tuple.`);
    }
    this.pos++;
    return { kind: 'tuple', start, end: this.pos, items };
  }

  /** Read past the rest of an expression: to a terminator outside brackets, strings and heredocs. */
  rest(newlineEnds: boolean): void {
    const t = this.text;
    while (this.pos < t.length) {
      this.skip(!newlineEnds);
      const c = t[this.pos];
      if (c === undefined || this.atTerminator()) return;
      if (c === '(' || c === '[' || c === '{') this.balanced();
      else if (c === '"') this.template();
      else if (c === '<' && t[this.pos + 1] === '<' && /^<<-?[A-Za-z_]/.test(t.slice(this.pos, this.pos + 4))) this.heredoc();
      else this.pos++;
    }
  }

  /** Read past a bracketed group (`(…)`, `[…]`, `{…}`), strings, heredocs and comments inside it. */
  balanced(): void {
    const t = this.text;
    const start = this.pos;
    const stack: string[] = [];
    while (this.pos < t.length) {
      this.skip(true);
      const c = t[this.pos];
      if (c === '(' || c === '[' || c === '{') {
        stack.push(c === '(' ? ')' : c === '[' ? ']' : '}');
        this.pos++;
      } else if (c === ')' || c === ']' || c === '}') {
        if (stack.pop() !== c) this.fail(`Unexpected ${quoted(c)}.`);
        this.pos++;
        if (stack.length === 0) return;
      } else if (c === '"') this.template();
      else if (c === '<' && t[this.pos + 1] === '<' && /^<<-?[A-Za-z_]/.test(t.slice(this.pos, this.pos + 4))) this.heredoc();
      else if (c !== undefined) this.pos++;
    }
    this.fail('A bracket is never closed.', start);
  }

  /** A quoted string: its parts, with backslash escapes decoded and `$${`, `%%{` as literal `${`, `%{`. */
  template(): Extract<HclExpr, { kind: 'template' }> {
    const t = this.text;
    const start = this.pos++;
    const parts: TemplatePart[] = [];
    let text = '';
    let map: number[] = [];
    const flush = () => {
      if (text) parts.push({ kind: 'text', text, map });
      text = '';
      map = [];
    };
    for (;;) {
      const c = t[this.pos];
      if (c === undefined || c === '\n') this.fail('A string is never closed.', start);
      if (c === '"') break;
      if (c === '\\') {
        const e = t[this.pos + 1];
        const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };
        if (e !== undefined && simple[e] !== undefined) {
          text += simple[e];
          map.push(this.pos);
          this.pos += 2;
        } else if (e === 'u' || e === 'U') {
          const width = e === 'u' ? 4 : 8;
          const hex = t.slice(this.pos + 2, this.pos + 2 + width);
          if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== width) this.fail(`Invalid escape "\\${e}${hex}".`);
          const decoded = String.fromCodePoint(parseInt(hex, 16));
          for (let k = 0; k < decoded.length; k++) map.push(this.pos);
          text += decoded;
          this.pos += 2 + width;
        } else this.fail(`Invalid escape "\\${e ?? ''}".`);
        continue;
      }
      if (this.sequence(parts, () => flush(), (s, at) => {
        text += s;
        for (let k = 0; k < s.length; k++) map.push(at + k);
      })) continue;
      text += c;
      map.push(this.pos++);
    }
    flush();
    this.pos++;
    return { kind: 'template', start, end: this.pos, parts, heredoc: false };
  }

  /**
   * A template sequence at the position, if any: `$${` / `%%{` (literal text), `${…}`, `%{…}`. Returns
   * whether one was read. `literal` receives literal text with the source offset of its first character.
   */
  sequence(parts: TemplatePart[], flush: () => void, literal: (text: string, at: number) => void): boolean {
    const t = this.text;
    const c = t[this.pos];
    if ((c === '$' || c === '%') && t[this.pos + 1] === c && t[this.pos + 2] === '{') {
      // `$${`: the literal `${`, its `$` mapped to the escape's first character.
      literal(c, this.pos);
      literal('{', this.pos + 2);
      this.pos += 3;
      return true;
    }
    if ((c === '$' || c === '%') && t[this.pos + 1] === '{') {
      flush();
      const start = this.pos;
      this.pos += 2;
      // Strings nest in template sequences ("${"${…}"}"): bounded like other nesting.
      if (++this.depth > MAX_DEPTH) this.fail('Template sequences nest too deeply to read.');
      const comments = this.templateExpression();
      this.depth--;
      let inner = t.slice(start + 2, this.pos - 1);
      // A comment in the sequence (`${ var.x # why }` over lines) is a space to HCL: blanked in the expression's text.
      for (const [from, to] of comments) inner = inner.slice(0, from - start - 2) + ' '.repeat(to - from) + inner.slice(to - start - 2);
      inner = inner.replace(/^~/, '').replace(/~$/, '');
      parts.push(c === '$' ? { kind: 'interpolation', start, end: this.pos, inner } : { kind: 'directive', start, end: this.pos });
      return true;
    }
    return false;
  }

  /**
   * Read past a template sequence's expression, to its `}` (consumed); returns the source ranges of its comments.
   * HCL reads an expression there (newlines are spaces, `#`, `//` and `/* *\/` are comments, whose brackets and
   * quotes are text).
   */
  templateExpression(): Array<[number, number]> {
    const t = this.text;
    const start = this.pos - 2;
    const comments: Array<[number, number]> = [];
    let depth = 0;
    while (this.pos < t.length) {
      const c = t[this.pos];
      if (c === '#' || (c === '/' && (t[this.pos + 1] === '/' || t[this.pos + 1] === '*'))) {
        const from = this.pos;
        this.skip(false);
        comments.push([from, this.pos]);
        continue;
      }
      if (c === '"') {
        this.template();
        continue;
      }
      // A heredoc in the expression (`${join("\n", [for l in var.lines : <<-EOT … EOT])}`): its braces are text.
      if (c === '<' && t[this.pos + 1] === '<' && /^<<-?[A-Za-z_]/.test(t.slice(this.pos, this.pos + 4))) {
        this.heredoc();
        continue;
      }
      if (c === '{' || c === '(' || c === '[') depth++;
      else if (c === ')' || c === ']') depth--;
      else if (c === '}') {
        if (depth === 0) {
          this.pos++;
          return comments;
        }
        depth--;
      }
      this.pos++;
    }
    this.fail('A template sequence "${" is never closed.', start);
  }

  /** A heredoc (`<<EOF` or `<<-EOF` … `EOF`): its content's parts. Indentation is kept (see terraform/embed.ts). */
  heredoc(): Extract<HclExpr, { kind: 'template' }> {
    const t = this.text;
    const open = this.pos;
    this.pos += 2;
    if (t[this.pos] === '-') this.pos++;
    const delimiter = this.ident();
    if (!delimiter) this.fail('A heredoc has no delimiter.', open);
    while (t[this.pos] === ' ' || t[this.pos] === '\t' || t[this.pos] === '\r') this.pos++;
    if (t[this.pos] !== '\n') this.fail('A heredoc\'s delimiter must end its line.', open);
    this.pos++;
    const contentStart = this.pos;
    // The closing line: the delimiter alone, after optional spaces.
    let contentEnd = -1;
    let closeEnd = -1;
    for (let lineStart = contentStart; lineStart <= t.length;) {
      let lineEnd = t.indexOf('\n', lineStart);
      if (lineEnd < 0) lineEnd = t.length;
      if (t.slice(lineStart, lineEnd).replace(/\r$/, '').trim() === delimiter) {
        contentEnd = lineStart;
        closeEnd = lineStart + t.slice(lineStart, lineEnd).indexOf(delimiter) + delimiter.length;
        break;
      }
      if (lineEnd >= t.length) break;
      lineStart = lineEnd + 1;
    }
    if (contentEnd < 0) this.fail(`The heredoc is never closed: no line ${quoted(delimiter)}.`, open);
    const parts = this.templateParts(contentEnd, 'heredoc');
    this.pos = closeEnd;
    return { kind: 'template', start: contentStart, end: contentEnd, parts, heredoc: true, delimiter };
  }

  /** The parts of a template's text from the position to `contentEnd`: a heredoc's content, or a template file's. */
  templateParts(contentEnd: number, what: string): TemplatePart[] {
    const parts: TemplatePart[] = [];
    let text = '';
    let map: number[] = [];
    const flush = () => {
      if (text) parts.push({ kind: 'text', text, map });
      text = '';
      map = [];
    };
    while (this.pos < contentEnd) {
      if (this.sequence(parts, flush, (s, at) => {
        text += s;
        for (let k = 0; k < s.length; k++) map.push(at + k);
      })) {
        if (this.pos > contentEnd) this.fail(`A template sequence runs past the end of its ${what}.`, contentEnd);
        continue;
      }
      text += this.text[this.pos];
      map.push(this.pos++);
    }
    flush();
    return parts;
  }
}

/**
 * A file Terraform's `templatefile()` renders, as a heredoc's content: `${…}` and `%{…}` are template sequences,
 * `$${` and `%%{` escapes; as a template expression whose offsets are the file's (a heredoc without delimiter).
 */
export function scanTemplateFile(text: string): { expr: Extract<HclExpr, { kind: 'template' }> } | { error: { message: string; offset: number } } {
  const scanner = new Scanner(text);
  try {
    const parts = scanner.templateParts(text.length, 'file');
    return { expr: { kind: 'template', start: 0, end: text.length, parts, heredoc: true, delimiter: '' } };
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    return { error: { message: error.message, offset: error.offset } };
  }
}
