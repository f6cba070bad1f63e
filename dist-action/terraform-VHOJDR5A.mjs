import { createRequire as __policyLintCreateRequire } from 'node:module';
const require = __policyLintCreateRequire(import.meta.url);
import {
  SOURCED_POLICY_RULES,
  WHOLE_POLICY_RULES
} from "./chunk-N3EGSMHK.mjs";
import {
  isOverrideFile
} from "./chunk-VP6XJ2SF.mjs";
import {
  LAMBDA_PERMISSION,
  LAYER_VERSION_PERMISSION,
  asWrittenInTerraform,
  dedupe,
  embedPermission,
  embedPolicy,
  lintEmbeddedPolicies,
  permissionMessage,
  permissionPath,
  policyArnMessages,
  templateSyntaxMessage,
  terraformKnownValue
} from "./chunk-5AAKTH3T.mjs";
import {
  TERRAFORM_VARIABLE_MESSAGE_ID,
  applyEdits,
  fixesOfPass,
  isObject,
  jsonStringMap
} from "./chunk-ZFZ5RIQ7.mjs";
import {
  LineIndex,
  compareMessages,
  lastAtOrBefore,
  quoted
} from "./chunk-TULTTBMC.mjs";
import "./chunk-PI7H3LEV.mjs";

// src/terraform/scan.ts
function attributeOf(body, name) {
  let found;
  for (const item of body) if (item.kind === "attribute" && item.name === name) found = item;
  return found;
}
function literalText(expr) {
  if (expr?.kind !== "template" || !expr.parts.every((p) => p.kind === "text")) return void 0;
  return expr.parts.map((p) => p.text).join("");
}
var ScanError = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var IDENT_START = /[A-Za-z_]/;
var IDENT = /[A-Za-z0-9_-]/;
var MAX_DEPTH = 200;
function scanHcl(text, start = 0) {
  const scanner = new Scanner(text);
  scanner.pos = start;
  const body = [];
  try {
    scanner.body(body, false);
    return { body };
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    return { body, error: { message: error.message, offset: error.offset } };
  }
}
var Scanner = class {
  constructor(text) {
    this.text = text;
  }
  text;
  pos = 0;
  depth = 0;
  fail(message, offset = this.pos) {
    throw new ScanError(message, offset);
  }
  /** Skip spaces and comments; newlines too when `newlines`. A `#` or `//` comment stops before its newline. */
  skip(newlines) {
    const t = this.text;
    while (this.pos < t.length) {
      const c = t[this.pos];
      if (c === " " || c === "	" || c === "\r" || c === "\uFEFF") this.pos++;
      else if (c === "\n") {
        if (!newlines) return;
        this.pos++;
      } else if (c === "#" || c === "/" && t[this.pos + 1] === "/") {
        const end = t.indexOf("\n", this.pos);
        this.pos = end < 0 ? t.length : end;
      } else if (c === "/" && t[this.pos + 1] === "*") {
        const end = t.indexOf("*/", this.pos + 2);
        if (end < 0) this.fail("A /* comment is never closed.");
        this.pos = end + 2;
      } else return;
    }
  }
  ident() {
    const start = this.pos;
    if (!IDENT_START.test(this.text[this.pos] ?? "")) return "";
    while (this.pos < this.text.length && IDENT.test(this.text[this.pos])) this.pos++;
    return this.text.slice(start, this.pos);
  }
  /**
   * A body's items until its `}` (consumed) or, at the top, the end of the text. `open`: a block's `{`, where a block
   * never closed is reported (as Terraform does), not at the end of the file.
   */
  body(out, nested, open = this.pos) {
    for (; ; ) {
      this.skip(true);
      if (this.pos >= this.text.length) {
        if (nested) this.fail("A block is never closed.", open);
        return;
      }
      if (this.text[this.pos] === "}") {
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
      if (c === "=" && this.text[this.pos + 1] !== "=") {
        this.pos++;
        const value = this.expression(true);
        out.push({ kind: "attribute", name, nameStart, nameEnd, value });
        this.endOfItem();
        continue;
      }
      const labels = [];
      const labelRanges = [];
      for (; ; ) {
        this.skip(false);
        const d = this.text[this.pos];
        if (d === "{") break;
        const labelStart = this.pos;
        if (d === '"') {
          const label = this.template();
          labels.push(label.parts.map((p) => p.kind === "text" ? p.text : this.text.slice(p.start, p.end)).join(""));
        } else if (IDENT_START.test(d ?? "")) labels.push(this.ident());
        else this.fail(`Unexpected ${quoted(d ?? "end of file")} after ${quoted(name)}: expected "=" or a block's "{".`);
        labelRanges.push([labelStart, this.pos]);
      }
      const brace = this.pos++;
      if (++this.depth > MAX_DEPTH) this.fail("Blocks nest too deeply to read.");
      const body = [];
      this.body(body, true, brace);
      this.depth--;
      out.push({ kind: "block", type: name, labels, labelRanges, start: nameStart, end: this.pos, body });
      this.endOfItem();
    }
  }
  /** The rest of a dotted attribute name (`method.request.header.X-Event = true`, Terraform 0.11), when `=` follows. */
  dottedRest(start) {
    if (this.pos === start || this.text[this.pos] !== ".") return "";
    const from = this.pos;
    const rest = /^[\w.-]*/.exec(this.text.slice(from, from + 256))[0];
    this.pos = from + rest.length;
    this.skip(false);
    const assigned = this.text[this.pos] === "=" && this.text[this.pos + 1] !== "=";
    this.pos = assigned ? from + rest.length : from;
    return assigned ? rest : "";
  }
  /**
   * A quoted attribute name (`"kubernetes.io/cluster/x" = "owned"` in a block used as a map, Terraform 0.11's
   * syntax): its text, when it is literal and `=` follows; else nothing is read.
   */
  quotedName() {
    const start = this.pos;
    if (this.text[start] !== '"') return "";
    const { parts: parts2 } = this.template();
    const end = this.pos;
    this.skip(false);
    const literal = parts2.every((p) => p.kind === "text");
    this.pos = literal && this.text[this.pos] === "=" && this.text[this.pos + 1] !== "=" ? end : start;
    return this.pos === end ? parts2.map((p) => p.text).join("") : "";
  }
  /** After an attribute or a block: a newline, a comment, a closing brace or the end of the text. */
  endOfItem() {
    this.skip(false);
    const c = this.text[this.pos];
    if (c === void 0 || c === "\n" || c === "}") return;
    this.fail(`Unexpected ${this.token()}: expected a new line.`);
  }
  /**
   * An expression. `newlineEnds`: a newline outside brackets ends it (in a body and an object; not in a
   * tuple or a call's arguments, where HCL ignores newlines).
   */
  expression(newlineEnds) {
    this.skip(!newlineEnds);
    const start = this.pos;
    if (++this.depth > MAX_DEPTH) this.fail("Expressions nest too deeply to read.");
    const primary = this.primary(newlineEnds);
    this.depth--;
    const save = this.pos;
    this.skip(!newlineEnds);
    if (this.atTerminator() || this.atOperand()) {
      this.pos = save;
      return primary;
    }
    this.rest(newlineEnds);
    return { kind: "other", start, end: this.pos };
  }
  /** Whether the text here starts an operand (a name, a string, a number, an object): never an operator or a traversal. */
  atOperand() {
    const c = this.text[this.pos] ?? "";
    return IDENT_START.test(c) || c === '"' || c === "{" || /\d/.test(c);
  }
  /** The token here, quoted for a message: a whole name (`"Action"`), else a character. */
  token() {
    const name = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(this.text.slice(this.pos, this.pos + 256))?.[0];
    return quoted(name ?? this.text[this.pos] ?? "end of file");
  }
  atTerminator() {
    const c = this.text[this.pos];
    return c === void 0 || c === "\n" || c === "," || c === "}" || c === "]" || c === ")";
  }
  primary(newlineEnds) {
    const t = this.text;
    const start = this.pos;
    const c = t[this.pos];
    if (c === "{" || c === "[") {
      if (/^[{[]\s*for\s/.test(t.slice(this.pos, this.pos + 40))) {
        this.balanced();
        return { kind: "other", start, end: this.pos };
      }
      return c === "{" ? this.object() : this.tuple();
    }
    if (c === '"') return this.template();
    if (c === "<" && t[this.pos + 1] === "<") return this.heredoc();
    if (c === "(") {
      this.balanced();
      return { kind: "other", start, end: this.pos };
    }
    const number = /^\d+(\.\d+)?([eE][+-]?\d+)?/.exec(t.slice(this.pos, this.pos + 64));
    if (number) {
      this.pos += number[0].length;
      return { kind: "number", start, end: this.pos, value: Number(number[0]) };
    }
    const name = this.ident();
    if (name) {
      if (name === "true" || name === "false") return { kind: "bool", start, end: this.pos, value: name === "true" };
      if (name === "null") return { kind: "null", start, end: this.pos };
      if (t[this.pos] === "(") return this.call(name, start);
      return { kind: "other", start, end: this.pos };
    }
    if (c === void 0 || this.atTerminator()) this.fail("An expression is missing.");
    this.rest(newlineEnds);
    return { kind: "other", start, end: this.pos };
  }
  call(name, start) {
    this.pos++;
    const args = [];
    for (; ; ) {
      this.skip(true);
      if (this.text[this.pos] === ")") break;
      args.push(this.expression(false));
      this.skip(true);
      if (this.text.startsWith("...", this.pos)) {
        this.pos += 3;
        this.skip(true);
      }
      const c = this.text[this.pos];
      if (c === ",") this.pos++;
      else if (c !== ")") this.fail(`Unexpected ${this.token()} in the arguments of ${name}().`);
    }
    this.pos++;
    return { kind: "call", start, end: this.pos, name, args };
  }
  object() {
    const start = this.pos++;
    const entries = [];
    for (; ; ) {
      this.skip(true);
      const c = this.text[this.pos];
      if (c === "}") break;
      if (c === void 0) this.fail("An object is never closed.", start);
      const keyStart = this.pos;
      let entry;
      if (c === '"') {
        const key = this.template();
        const literal = key.parts.every((p) => p.kind === "text");
        entry = { keyStart, keyEnd: this.pos, keyParts: key.parts, ...literal ? { key: key.parts.map((p) => p.text).join("") } : {} };
      } else if (c === "(") {
        this.balanced();
        entry = { keyStart, keyEnd: this.pos };
      } else {
        const name = this.ident() || (/^\d+(\.\d+)?/.exec(this.text.slice(this.pos, this.pos + 64))?.[0] ?? "");
        if (!name) this.fail(`Unexpected ${quoted(c)}: expected an object key.`);
        if (/^\d/.test(name)) this.pos += name.length;
        entry = { key: name, keyStart, keyEnd: this.pos };
      }
      this.skip(false);
      const sep = this.text[this.pos];
      if (sep !== "=" && sep !== ":") this.fail(`Unexpected ${quoted(sep ?? "end of file")}: expected "=" or ":" after an object key.`);
      this.pos++;
      const value = this.expression(true);
      entries.push({ ...entry, value });
      this.skip(false);
      if (this.text[this.pos] === ",") this.pos++;
      else {
        const d = this.text[this.pos];
        if (d !== "\n" && d !== "}") this.fail(`Unexpected ${this.token()}: expected "," or a new line between object attributes.`);
      }
    }
    this.pos++;
    return { kind: "object", start, end: this.pos, entries };
  }
  tuple() {
    const start = this.pos++;
    const items = [];
    for (; ; ) {
      this.skip(true);
      const c = this.text[this.pos];
      if (c === "]") break;
      if (c === void 0) this.fail("A tuple is never closed.", start);
      items.push(this.expression(false));
      this.skip(true);
      const d = this.text[this.pos];
      if (d === ",") this.pos++;
      else if (d !== "]") this.fail(`Unexpected ${this.token()}: expected "," or "]" in a tuple.`);
    }
    this.pos++;
    return { kind: "tuple", start, end: this.pos, items };
  }
  /** Read past the rest of an expression: to a terminator outside brackets, strings and heredocs. */
  rest(newlineEnds) {
    const t = this.text;
    while (this.pos < t.length) {
      this.skip(!newlineEnds);
      const c = t[this.pos];
      if (c === void 0 || this.atTerminator()) return;
      if (c === "(" || c === "[" || c === "{") this.balanced();
      else if (c === '"') this.template();
      else if (c === "<" && t[this.pos + 1] === "<" && /^<<-?[A-Za-z_]/.test(t.slice(this.pos, this.pos + 4))) this.heredoc();
      else this.pos++;
    }
  }
  /** Read past a bracketed group (`(…)`, `[…]`, `{…}`), strings, heredocs and comments inside it. */
  balanced() {
    const t = this.text;
    const start = this.pos;
    const stack = [];
    while (this.pos < t.length) {
      this.skip(true);
      const c = t[this.pos];
      if (c === "(" || c === "[" || c === "{") {
        stack.push(c === "(" ? ")" : c === "[" ? "]" : "}");
        this.pos++;
      } else if (c === ")" || c === "]" || c === "}") {
        if (stack.pop() !== c) this.fail(`Unexpected ${quoted(c)}.`);
        this.pos++;
        if (stack.length === 0) return;
      } else if (c === '"') this.template();
      else if (c === "<" && t[this.pos + 1] === "<" && /^<<-?[A-Za-z_]/.test(t.slice(this.pos, this.pos + 4))) this.heredoc();
      else if (c !== void 0) this.pos++;
    }
    this.fail("A bracket is never closed.", start);
  }
  /** A quoted string: its parts, with backslash escapes decoded and `$${`, `%%{` as literal `${`, `%{`. */
  template() {
    const t = this.text;
    const start = this.pos++;
    const parts2 = [];
    let text = "";
    let map = [];
    const flush = () => {
      if (text) parts2.push({ kind: "text", text, map });
      text = "";
      map = [];
    };
    for (; ; ) {
      const c = t[this.pos];
      if (c === void 0 || c === "\n") this.fail("A string is never closed.", start);
      if (c === '"') break;
      if (c === "\\") {
        const e = t[this.pos + 1];
        const simple = { n: "\n", r: "\r", t: "	", '"': '"', "\\": "\\" };
        if (e !== void 0 && simple[e] !== void 0) {
          text += simple[e];
          map.push(this.pos);
          this.pos += 2;
        } else if (e === "u" || e === "U") {
          const width = e === "u" ? 4 : 8;
          const hex = t.slice(this.pos + 2, this.pos + 2 + width);
          if (!/^[0-9A-Fa-f]+$/.test(hex) || hex.length !== width) this.fail(`Invalid escape "\\${e}${hex}".`);
          const decoded = String.fromCodePoint(parseInt(hex, 16));
          for (let k = 0; k < decoded.length; k++) map.push(this.pos);
          text += decoded;
          this.pos += 2 + width;
        } else this.fail(`Invalid escape "\\${e ?? ""}".`);
        continue;
      }
      if (this.sequence(parts2, () => flush(), (s, at2) => {
        text += s;
        for (let k = 0; k < s.length; k++) map.push(at2 + k);
      })) continue;
      text += c;
      map.push(this.pos++);
    }
    flush();
    this.pos++;
    return { kind: "template", start, end: this.pos, parts: parts2, heredoc: false };
  }
  /**
   * A template sequence at the position, if any: `$${` / `%%{` (literal text), `${…}`, `%{…}`. Returns
   * whether one was read. `literal` receives literal text with the source offset of its first character.
   */
  sequence(parts2, flush, literal) {
    const t = this.text;
    const c = t[this.pos];
    if ((c === "$" || c === "%") && t[this.pos + 1] === c && t[this.pos + 2] === "{") {
      literal(c, this.pos);
      literal("{", this.pos + 2);
      this.pos += 3;
      return true;
    }
    if ((c === "$" || c === "%") && t[this.pos + 1] === "{") {
      flush();
      const start = this.pos;
      this.pos += 2;
      if (++this.depth > MAX_DEPTH) this.fail("Template sequences nest too deeply to read.");
      const comments = this.templateExpression();
      this.depth--;
      let inner = t.slice(start + 2, this.pos - 1);
      for (const [from, to] of comments) inner = inner.slice(0, from - start - 2) + " ".repeat(to - from) + inner.slice(to - start - 2);
      inner = inner.replace(/^~/, "").replace(/~$/, "");
      parts2.push(c === "$" ? { kind: "interpolation", start, end: this.pos, inner } : { kind: "directive", start, end: this.pos });
      return true;
    }
    return false;
  }
  /**
   * Read past a template sequence's expression, to its `}` (consumed); returns the source ranges of its comments.
   * HCL reads an expression there (newlines are spaces, `#`, `//` and `/* *\/` are comments, whose brackets and
   * quotes are text).
   */
  templateExpression() {
    const t = this.text;
    const start = this.pos - 2;
    const comments = [];
    let depth = 0;
    while (this.pos < t.length) {
      const c = t[this.pos];
      if (c === "#" || c === "/" && (t[this.pos + 1] === "/" || t[this.pos + 1] === "*")) {
        const from = this.pos;
        this.skip(false);
        comments.push([from, this.pos]);
        continue;
      }
      if (c === '"') {
        this.template();
        continue;
      }
      if (c === "<" && t[this.pos + 1] === "<" && /^<<-?[A-Za-z_]/.test(t.slice(this.pos, this.pos + 4))) {
        this.heredoc();
        continue;
      }
      if (c === "{" || c === "(" || c === "[") depth++;
      else if (c === ")" || c === "]") depth--;
      else if (c === "}") {
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
  heredoc() {
    const t = this.text;
    const open = this.pos;
    this.pos += 2;
    if (t[this.pos] === "-") this.pos++;
    const delimiter = this.ident();
    if (!delimiter) this.fail("A heredoc has no delimiter.", open);
    while (t[this.pos] === " " || t[this.pos] === "	" || t[this.pos] === "\r") this.pos++;
    if (t[this.pos] !== "\n") this.fail("A heredoc's delimiter must end its line.", open);
    this.pos++;
    const contentStart = this.pos;
    let contentEnd = -1;
    let closeEnd = -1;
    for (let lineStart = contentStart; lineStart <= t.length; ) {
      let lineEnd = t.indexOf("\n", lineStart);
      if (lineEnd < 0) lineEnd = t.length;
      if (t.slice(lineStart, lineEnd).replace(/\r$/, "").trim() === delimiter) {
        contentEnd = lineStart;
        closeEnd = lineStart + t.slice(lineStart, lineEnd).indexOf(delimiter) + delimiter.length;
        break;
      }
      if (lineEnd >= t.length) break;
      lineStart = lineEnd + 1;
    }
    if (contentEnd < 0) this.fail(`The heredoc is never closed: no line ${quoted(delimiter)}.`, open);
    const parts2 = this.templateParts(contentEnd, "heredoc");
    this.pos = closeEnd;
    return { kind: "template", start: contentStart, end: contentEnd, parts: parts2, heredoc: true, delimiter };
  }
  /** The parts of a template's text from the position to `contentEnd`: a heredoc's content, or a template file's. */
  templateParts(contentEnd, what) {
    const parts2 = [];
    let text = "";
    let map = [];
    const flush = () => {
      if (text) parts2.push({ kind: "text", text, map });
      text = "";
      map = [];
    };
    while (this.pos < contentEnd) {
      if (this.sequence(parts2, flush, (s, at2) => {
        text += s;
        for (let k = 0; k < s.length; k++) map.push(at2 + k);
      })) {
        if (this.pos > contentEnd) this.fail(`A template sequence runs past the end of its ${what}.`, contentEnd);
        continue;
      }
      text += this.text[this.pos];
      map.push(this.pos++);
    }
    flush();
    return parts2;
  }
};
function scanTemplateFile(text) {
  const scanner = new Scanner(text);
  try {
    const parts2 = scanner.templateParts(text.length, "file");
    return { expr: { kind: "template", start: 0, end: text.length, parts: parts2, heredoc: true, delimiter: "" } };
  } catch (error) {
    if (!(error instanceof ScanError)) throw error;
    return { error: { message: error.message, offset: error.offset } };
  }
}

// src/terraform/locals.ts
function moduleLocals(body) {
  const out = /* @__PURE__ */ new Map();
  for (const block of body) {
    if (block.kind !== "block" || block.type !== "locals" || block.labels.length !== 0) continue;
    for (const item of block.body) {
      if (item.kind !== "attribute") continue;
      out.set(item.name, out.has(item.name) ? null : item.value);
    }
  }
  return out;
}
var REFERENCE = /^\s*local\.([A-Za-z_][\w-]*)((?:\.[A-Za-z_][\w-]*)*)\s*(?:(?:#|\/\/)[^\n]*|\/\*[\s\S]*?\*\/\s*)?$/;
function resolveLocal(text, locals, resolving) {
  if (!locals) return void 0;
  const [, name, keys] = REFERENCE.exec(text) ?? [];
  if (name === void 0 || resolving?.has(name)) return void 0;
  let expr = locals.get(name);
  for (const key of keys ? keys.slice(1).split(".") : []) {
    if (expr?.kind !== "object") return void 0;
    const entries = expr.entries.filter((entry) => entry.key === key);
    if (entries.length === 0 || expr.entries.some((entry) => entry.key === void 0)) return void 0;
    expr = entries[entries.length - 1].value;
  }
  return expr ? { name, expr } : void 0;
}
function throughLocals(source, expr, locals, resolving = /* @__PURE__ */ new Set()) {
  let value = expr;
  for (let local = resolveLocal(source.slice(value.start, value.end), locals, resolving); local; local = resolveLocal(source.slice(value.start, value.end), locals, resolving)) {
    resolving.add(local.name);
    value = local.expr;
  }
  return { expr: value, through: value !== expr };
}
var INTERPOLATED_LOCAL = /(?<!\$)\$\{~?\s*(local\.[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*)\s*~?\}/g;
function namingLocals(text, message, locals) {
  if (!message.range || !locals || locals.size === 0) return message;
  const written = text.slice(message.range[0], message.range[1]);
  if (!written.includes("local.")) return message;
  const named = [];
  for (const [, reference] of written.matchAll(INTERPOLATED_LOCAL)) {
    const expr = resolveLocal(reference, locals, void 0)?.expr;
    const value = expr?.kind === "number" || expr?.kind === "bool" ? String(expr.value) : literalText(expr);
    const item = `${reference} = ${expr?.kind === "template" ? JSON.stringify(value) : value}`;
    const mentioned = value && (message.message.includes(value) || message.message.includes(quoted(value).slice(1, -1)));
    if (mentioned && !message.message.includes(reference) && !named.includes(item)) named.push(item);
  }
  return named.length === 0 ? message : { ...message, message: `${message.message} (${named.join(", ")})` };
}

// src/terraform/embed.ts
var IAM_VARIABLE = /^\s*(?:[A-Za-z][\w-]*:[\w/.:-]+(?:\s*,\s*'[^']*')?|[*?$])\s*$/;
function placeholderOf(source) {
  const compact = source.replace(/\s+/g, "").replace(/[^\w.[\]*-]/g, "_").slice(0, 60);
  return `\${TF::${compact || "expr"}}`;
}
function policyNode(source, attribute, locals) {
  const resolving = /* @__PURE__ */ new Set();
  const state = { mistakes: [], directive: false, locals, resolving };
  const { expr: read, through } = throughLocals(source, attribute.value, locals, resolving);
  let value = read;
  if (through) state.readLocals = true;
  let node;
  const sources = [];
  const spliced = [];
  const reencoded = value.kind === "call" && value.name === "jsonencode" && value.args.length === 1 && value.args[0].kind === "call" && value.args[0].name === "jsondecode" && value.args[0].args.length === 1 && value.args[0].args[0].kind === "template";
  if (reencoded) value = value.args[0].args[0];
  if (value.kind === "template") node = templateNode(source, value, state, true, sources, spliced);
  else if (value.kind === "call" && value.name === "jsonencode" && value.args.length === 1) {
    const argument = toSrcNode(source, value.args[0], state);
    if (argument.kind === "object") node = argument;
  }
  if (!node || state.directive || onlyPlaceholders(node)) return void 0;
  const heredoc = !through && value.kind === "template" && value.heredoc && value.delimiter !== void 0 ? { delimiter: value.delimiter, sources, spliced } : void 0;
  return { node, mistakes: state.mistakes, expr: value, ...heredoc ? { heredoc } : {}, ...state.readLocals ? { readsLocals: true } : {}, ...reencoded ? { reencoded } : {} };
}
function onlyPlaceholders(node) {
  if (node.kind !== "string") return false;
  let rest = String(node.value);
  for (const [start, end] of [...node.placeholders ?? []].reverse()) rest = rest.slice(0, start) + rest.slice(end);
  return (node.placeholders ?? []).length > 0 && rest.trim() === "";
}
var MAX_LOCAL_READS = 1e4;
function throughLocal(source, text, state) {
  const local = resolveLocal(text, state.locals, state.resolving);
  if (!local) return void 0;
  state.localReads = (state.localReads ?? 0) + 1;
  if (state.localReads > MAX_LOCAL_READS) return void 0;
  state.readLocals = true;
  const resolving = state.resolving ??= /* @__PURE__ */ new Set();
  resolving.add(local.name);
  try {
    return toSrcNode(source, local.expr, state);
  } finally {
    resolving.delete(local.name);
  }
}
function unknown(node) {
  const placeholders = node.placeholders ?? [];
  return node.kind === "string" && placeholders.length === 1 && placeholders[0][0] === 0 && placeholders[0][1] === String(node.value).length;
}
function callNode(source, expr, state) {
  const { name, args } = expr;
  if (!["concat", "distinct", "flatten"].includes(name) || args.length === 0) return void 0;
  if (source.slice(args[args.length - 1].end, expr.end).includes("...")) return void 0;
  if (name !== "concat" && args.length !== 1) return void 0;
  const lists = args.map((arg) => toSrcNode(source, arg, state));
  if (lists.some((list) => list.kind !== "array")) return void 0;
  let items = lists.flatMap((list) => list.items);
  if (name === "flatten") {
    const flat = (list) => {
      const out = [];
      for (const item of list) {
        if (unknown(item)) return void 0;
        if (item.kind !== "array") out.push(item);
        else {
          const inner = flat(item.items);
          if (!inner) return void 0;
          out.push(...inner);
        }
      }
      return out;
    };
    const flattened = flat(items);
    if (!flattened) return void 0;
    items = flattened;
  }
  if (name === "distinct") {
    if (items.some((item) => !["string", "number", "boolean"].includes(item.kind) || (item.placeholders ?? []).length > 0)) return void 0;
    const seen = /* @__PURE__ */ new Set();
    items = items.filter((item) => {
      const key = `${item.kind}:${String(item.value)}`;
      return !seen.has(key) && !!seen.add(key);
    });
  }
  return { kind: "array", start: expr.start, end: expr.end, json: false, items };
}
function placeholderNode(source, expr) {
  const value = placeholderOf(source.slice(expr.start, expr.end));
  return { kind: "string", value, start: expr.start, end: expr.end, json: false, charMap: new Array(value.length + 1).fill(-1), placeholders: [[0, value.length]] };
}
function computedKey(source, expr, state) {
  const node = toSrcNode(source, expr, state);
  const key = String(node.value);
  return { key, ...node.charMap?.length === key.length + 1 ? { keyMap: node.charMap } : {}, keyPlaceholders: node.placeholders ?? [] };
}
function toSrcNode(source, expr, state) {
  const base = { start: expr.start, end: expr.end, json: false };
  switch (expr.kind) {
    case "object":
      return {
        ...base,
        kind: "object",
        entries: expr.entries.map((entry) => {
          const value = toSrcNode(source, entry.value, state);
          if (entry.key === void 0) {
            const expr2 = entry.keyParts ? { kind: "template", start: entry.keyStart, end: entry.keyEnd, parts: entry.keyParts, heredoc: false } : { kind: "other", start: entry.keyStart, end: entry.keyEnd };
            return { ...computedKey(source, expr2, state), keyStart: entry.keyStart, keyEnd: entry.keyEnd, value };
          }
          const keyMap = entry.keyParts ? [...entry.keyParts.flatMap((p) => p.kind === "text" ? p.map : []), entry.keyEnd - 1] : [...Array.from({ length: entry.key.length + 1 }, (_, i) => entry.keyStart + i)];
          return { key: entry.key, keyStart: entry.keyStart, keyEnd: entry.keyEnd, ...keyMap.length === entry.key.length + 1 ? { keyMap } : {}, value };
        })
      };
    case "tuple":
      return { ...base, kind: "array", items: expr.items.map((item) => toSrcNode(source, item, state)) };
    case "template":
      return templateNode(source, expr, state, false);
    case "number":
      return { ...base, kind: "number", value: expr.value };
    case "bool":
      return { ...base, kind: "boolean", value: expr.value };
    case "null":
      return { ...base, kind: "null", value: null };
    case "call":
      return callNode(source, expr, state) ?? placeholderNode(source, expr);
    default:
      return throughLocal(source, source.slice(expr.start, expr.end), state) ?? placeholderNode(source, expr);
  }
}
function templateNode(source, expr, state, json, sources = [], splicedRuns = []) {
  let value = "";
  const map = [];
  const placeholders = [];
  let inString = false;
  let escaped = false;
  const parts2 = expr.parts;
  let spliced;
  if (!json && parts2.length === 1 && parts2[0].kind === "interpolation" && !IAM_VARIABLE.test(parts2[0].inner)) {
    return throughLocal(source, parts2[0].inner, state) ?? placeholderNode(source, expr);
  }
  for (const part of parts2) {
    if (part.kind === "text") {
      for (let i = 0; i < part.text.length; i++) {
        const c = part.text[i];
        if (json) {
          if (escaped) escaped = false;
          else if (c === "\\" && inString) escaped = true;
          else if (c === '"') inString = !inString;
        }
        value += c;
        map.push(part.map[i]);
      }
    } else if (part.kind === "directive") {
      state.directive = true;
    } else if (IAM_VARIABLE.test(part.inner)) {
      const text = source.slice(part.start, part.end);
      for (let k = 0; k < text.length; k++) map.push(part.start + k);
      value += text;
      state.mistakes.push({ text, name: part.inner.trim(), start: part.start, end: part.end });
    } else if (spliced = json ? inString ? jsonSplicedText(source, part.inner, state) : void 0 : splicedText(source, part.inner, state)) {
      const from = value.length;
      value += spliced.value;
      for (let k = 0; k < spliced.value.length; k++) map.push(-1);
      for (const [s, e] of spliced.placeholders) placeholders.push([from + s, from + e]);
      if (json && spliced.value.length > 0) splicedRuns.push({ from, to: value.length, start: part.start, end: part.end });
    } else {
      const text = placeholderOf(part.inner);
      const quoted2 = json && !inString;
      const from = value.length;
      value += quoted2 ? `"${text}"` : text;
      for (let k = from; k < value.length; k++) map.push(-1);
      placeholders.push([from, value.length]);
      sources.push([part.start, part.end]);
    }
  }
  map.push(expr.heredoc ? expr.end : expr.end - 1);
  return { kind: "string", value, start: expr.start, end: expr.end, json: false, charMap: map, placeholders };
}
function splicedText(source, inner, state) {
  const node = throughLocal(source, inner, state);
  if (!node || unknown(node) && terraformKnownValue(String(node.value)) === void 0) return void 0;
  if (node.kind === "number" || node.kind === "boolean") return { value: String(node.value), placeholders: [] };
  return node.kind === "string" ? { value: String(node.value), placeholders: node.placeholders ?? [] } : void 0;
}
function jsonSplicedText(source, inner, state) {
  const scratch = { ...state, mistakes: [] };
  const spliced = splicedText(source, inner, scratch);
  state.localReads = scratch.localReads;
  if (!spliced || spliced.placeholders.length > 0 || /["\\\u0000-\u001f]/.test(spliced.value)) return void 0;
  state.mistakes.push(...scratch.mistakes);
  state.readLocals = true;
  return spliced;
}
function heredocEmbedding(source, policy) {
  const { node } = policy;
  const value = String(node.value);
  const map = node.charMap;
  const placeholders = node.placeholders ?? [];
  const sources = policy.heredoc?.sources ?? [];
  const spliced = policy.heredoc?.spliced ?? [];
  const segs = [];
  let i = 0;
  let p = 0;
  let q = 0;
  while (i < value.length) {
    if (q < spliced.length && spliced[q].from === i) {
      const { from, to, start, end } = spliced[q];
      segs.push({ kind: "token", synStart: from, synEnd: to, srcStart: start, srcEnd: end, quoted: false });
      i = to;
      q++;
      continue;
    }
    if (p < placeholders.length && placeholders[p][0] === i) {
      const [start, end] = placeholders[p];
      const [srcStart, srcEnd] = sources[p] ?? [node.start, node.end];
      segs.push({ kind: "token", synStart: start, synEnd: end, srcStart, srcEnd, quoted: false });
      i = end;
      p++;
      continue;
    }
    const at2 = map[i];
    if (isEscape(source, value, map, i)) {
      segs.push({ kind: "token", synStart: i, synEnd: i + 1, srcStart: at2, srcEnd: at2 + 2, quoted: false, map: [at2, at2 + 2] });
      i++;
      continue;
    }
    let j = i + 1;
    const stop = Math.min(p < placeholders.length ? placeholders[p][0] : value.length, q < spliced.length ? spliced[q].from : value.length);
    while (j < stop && map[j] === map[j - 1] + 1 && !isEscape(source, value, map, j)) j++;
    segs.push({ kind: "copy", synStart: i, synEnd: j, srcStart: at2, fixable: true });
    i = j;
  }
  return { text: value, segs, placeholders: placeholders.map(([s, e]) => [s, e]), subVariables: [...policy.mistakes], generated: false };
}
function isEscape(source, value, map, i) {
  const c = value[i];
  return (c === "$" || c === "%") && value[i + 1] === "{" && source[map[i] + 1] === c && map[i + 1] === map[i] + 2;
}
function heredocEditText(source, delimiter) {
  return (text, [start, end]) => {
    const escaped = text.replace(/([$%])\{/g, "$1$1{");
    const before = source[start - 1] ?? "";
    const after = source[end] ?? "";
    if (/[$%]$/.test(before + escaped) && after === "{") return void 0;
    if ((before === "$" || before === "%") && (escaped + after).startsWith("{")) return void 0;
    if (escaped.split(/\r?\n/).some((line) => line.trim() === delimiter)) return void 0;
    return escaped;
  };
}

// src/terraform/policy-arns.ts
var POLICY_ARN_ATTRIBUTES = {
  aws_iam_role: ["managed_policy_arns", "permissions_boundary"],
  aws_iam_user: ["permissions_boundary"],
  aws_iam_role_policy_attachment: ["policy_arn"],
  aws_iam_user_policy_attachment: ["policy_arn"],
  aws_iam_group_policy_attachment: ["policy_arn"],
  aws_iam_policy_attachment: ["policy_arn"]
};
function terraformPolicyArnSites(text, body, locals) {
  const out = [];
  for (const block of body) {
    if (block.kind !== "block" || block.type !== "resource" || block.labels.length !== 2) continue;
    const [type, name] = block.labels;
    const names = POLICY_ARN_ATTRIBUTES[type];
    if (!names) continue;
    for (const item of block.body) {
      if (item.kind !== "attribute" || !names.includes(item.name)) continue;
      const path = ["resource", type, name, item.name];
      const where = `${type}.${name}.${item.name}`;
      const one = (written, at2, listThrough, resolved = false) => {
        const { expr, through: through2 } = resolved ? { expr: written, through: false } : throughLocals(text, written, locals);
        if (expr.kind !== "template" || expr.heredoc) return;
        const state = { mistakes: [], directive: false, locals };
        const node = toSrcNode(text, expr, state);
        if (node.kind !== "string" || state.directive) return;
        const value2 = String(node.value);
        out.push({
          // Quoted as written: an interpolation's placeholder `${TF::data.aws_partition.current.partition}` is `${data.…}` in the file.
          value: value2,
          placeholders: node.placeholders ?? [],
          start: expr.start,
          end: expr.end,
          written: asWrittenInTerraform(value2),
          path: at2,
          where,
          at: item.value.start,
          ...listThrough || through2 || state.readLocals ? { readsLocals: true } : {},
          ...item.name === "permissions_boundary" ? { boundary: true } : {}
        });
      };
      const { expr: value, through } = throughLocals(text, item.value, locals);
      if (value.kind === "tuple") value.items.forEach((expr, i) => one(expr, [...path, i], through));
      else one(value, path, through, true);
    }
  }
  return out;
}

// src/terraform/document.ts
function unnumbered(rendered) {
  const first = rendered.unknownSources ? 0 : rendered.statements.findIndex((s) => s.dynamic);
  if (first < 0) return void 0;
  return (message, template) => {
    const [element, index] = message.path ?? [];
    if (element !== "Statement" || typeof index !== "number" || index < first || !template?.includes("Statement {{statement}}")) return message.message;
    return message.message.replace(`Statement ${index} `, "This statement ");
  };
}
var TRUST_ACTIONS = /^sts:(AssumeRole|AssumeRoleWithSAML|AssumeRoleWithWebIdentity|TagSession|SetSourceIdentity|SetContext)$/i;
var blocks = (body, type) => body.filter((item) => item.kind === "block" && item.type === type);
function synthetic(value, at2) {
  return { kind: "string", value, start: at2[0], end: at2[1], json: false, charMap: new Array(value.length + 1).fill(-1) };
}
function keyOf(source, expr, state) {
  const text = literalText(expr);
  return text !== void 0 ? { key: text } : computedKey(source, expr, state);
}
function valueOf(source, expr, state) {
  const node = toSrcNode(source, expr, state);
  const unescape = (n) => {
    if (n.kind === "string" && typeof n.value === "string" && n.value.includes("&{")) n.value = n.value.replace(/&\{/g, "${");
    n.items?.forEach(unescape);
    n.entries?.forEach((e) => unescape(e.value));
  };
  unescape(node);
  return node;
}
function merged(nodes) {
  if (nodes.length === 1) return nodes[0];
  const items = nodes.flatMap((n) => n.kind === "array" ? n.items : [n]);
  return { kind: "array", start: nodes[0].start, end: nodes[nodes.length - 1].end, json: false, items };
}
function parts(body, type) {
  const out = [];
  for (const item of body) {
    if (item.kind !== "block") continue;
    if (item.type === type) out.push({ body: item.body, start: item.start, end: item.end, key: [item.start, item.start + type.length], dynamic: false });
    else if (item.type === "dynamic" && item.labels.length === 1 && item.labels[0] === type) {
      const content = blocks(item.body, "content");
      if (content.length !== 1) return void 0;
      out.push({ body: content[0].body, start: item.start, end: item.end, key: item.labelRanges[0], dynamic: true });
    }
  }
  return out;
}
function anyone(source, block, state) {
  const type = attributeOf(block.body, "type");
  const identifiers = attributeOf(block.body, "identifiers");
  if (!type || !identifiers) return void 0;
  const scratch = { mistakes: [], directive: false, locals: state.locals, resolving: state.resolving };
  const star = (node) => node.kind === "string" && node.value === "*" && (node.placeholders ?? []).length === 0;
  const value = toSrcNode(source, identifiers.value, scratch);
  if (!star(toSrcNode(source, type.value, scratch)) || value.kind !== "array" || value.items.length !== 1 || !star(value.items[0]) || scratch.directive) return void 0;
  if (scratch.readLocals) state.readLocals = true;
  return value;
}
function principalNode(source, list, state) {
  const only = anyone(source, list[0], state);
  if (only && list.every((block) => anyone(source, block, state))) return synthetic("*", [only.start, only.end]);
  const byType = /* @__PURE__ */ new Map();
  for (const block of list) {
    const type = attributeOf(block.body, "type");
    const identifiers = attributeOf(block.body, "identifiers");
    if (!type || !identifiers) continue;
    const { key: name, ...computed } = keyOf(source, type.value, state);
    const value = valueOf(source, identifiers.value, state);
    const entry = byType.get(name) ?? { ...computed, keyStart: type.value.start, keyEnd: type.value.end, values: [] };
    entry.values.push(value);
    byType.set(name, entry);
  }
  if (byType.size === 0) return void 0;
  return {
    kind: "object",
    start: list[0].start,
    end: list[list.length - 1].end,
    json: false,
    entries: [...byType].map(([key, { values, ...rest }]) => ({ key, ...rest, value: merged(values) }))
  };
}
function conditionNode(source, list, state) {
  const byTest = /* @__PURE__ */ new Map();
  for (const block of list) {
    const test = attributeOf(block.body, "test");
    const variable = attributeOf(block.body, "variable");
    const values = attributeOf(block.body, "values");
    if (!test || !variable || !values) continue;
    const { key: testName, ...testKey } = keyOf(source, test.value, state);
    const { key: variableName, ...variableKey } = keyOf(source, variable.value, state);
    const entry = byTest.get(testName) ?? { ...testKey, keyStart: test.value.start, keyEnd: test.value.end, variables: /* @__PURE__ */ new Map() };
    const inner = entry.variables.get(variableName) ?? { ...variableKey, keyStart: variable.value.start, keyEnd: variable.value.end, values: [] };
    inner.values.push(valueOf(source, values.value, state));
    entry.variables.set(variableName, inner);
    byTest.set(testName, entry);
  }
  if (byTest.size === 0) return void 0;
  return {
    kind: "object",
    start: list[0].start,
    end: list[list.length - 1].end,
    json: false,
    entries: [...byTest].map(([key, { variables, ...rest }]) => ({
      key,
      ...rest,
      value: {
        kind: "object",
        start: rest.keyStart,
        end: rest.keyEnd,
        json: false,
        entries: [...variables].map(([name, { values, ...v }]) => ({ key: name, ...v, value: merged(values) }))
      }
    }))
  };
}
function statementNode(source, block, state) {
  const entries = [];
  const typeRange = block.key;
  const add = (key, name, fallback) => {
    const found = attributeOf(block.body, name);
    if (found) entries.push({ key, keyStart: found.nameStart, keyEnd: found.nameEnd, value: valueOf(source, found.value, state) });
    else if (fallback) entries.push({ key, keyStart: typeRange[0], keyEnd: typeRange[1], value: fallback });
  };
  const sid = attributeOf(block.body, "sid");
  if (!sid || literalText(sid.value) !== "") add("Sid", "sid");
  add("Effect", "effect", synthetic("Allow", typeRange));
  add("Action", "actions");
  add("NotAction", "not_actions");
  add("Resource", "resources");
  add("NotResource", "not_resources");
  for (const [key, type] of [["Principal", "principals"], ["NotPrincipal", "not_principals"]]) {
    const list = parts(block.body, type);
    if (!list) return void 0;
    const node = list.length > 0 ? principalNode(source, list, state) : void 0;
    if (node) entries.push({ key, keyStart: list[0].key[0], keyEnd: list[0].key[1], value: node });
  }
  const conditions = parts(block.body, "condition");
  if (!conditions) return void 0;
  const condition = conditions.length > 0 ? conditionNode(source, conditions, state) : void 0;
  if (condition) entries.push({ key: "Condition", keyStart: conditions[0].key[0], keyEnd: conditions[0].key[1], value: condition });
  return { kind: "object", start: block.start, end: block.end, json: false, entries };
}
function merges(found) {
  const value = found?.value;
  return value !== void 0 && value.kind !== "null" && !(value.kind === "tuple" && value.items.length === 0);
}
var DOCUMENT_REFERENCE = /^"?(?:\$\{)?\s*data\.aws_iam_policy_document\.([\w-]+)(?:\[[^\]]*\])?\.(?:minified_)?json\s*\}?"?$/;
function mergedNames(source, found, list) {
  if (!found || !merges(found)) return [];
  const value = found.value;
  const items = list ? value.kind === "tuple" ? value.items : void 0 : [value];
  if (!items) return void 0;
  const names = [];
  for (const item of items) {
    if (item.kind === "null") continue;
    const name = DOCUMENT_REFERENCE.exec(source.slice(item.start, item.end).trim())?.[1];
    if (!name) return void 0;
    names.push(name);
  }
  return names;
}
var MERGE_ATTRIBUTES = /* @__PURE__ */ new Set(["source_json", "source_policy_documents", "override_policy_documents", "override_json"]);
var DOCUMENT_USE = /\bdata\.aws_iam_policy_document\.([\w-]+)(?:\[[^\]]*\])?\.(minified_json|json)\b/g;
function documentAttributes(source, body, locations = []) {
  const uses = /* @__PURE__ */ new Map();
  const kindOf = (policyType, ruleResourceType) => `${policyType} ${ruleResourceType ?? ""}`;
  const typeOf = new Map(locations.map((location) => [location.attribute, kindOf(location.policyType, location.ruleResourceType)]));
  const walk = (items, inDocument) => {
    for (const item of items) {
      if (item.kind === "block") {
        walk(item.body, item.type === "data" && item.labels[0] === "aws_iam_policy_document");
        continue;
      }
      if (inDocument && MERGE_ATTRIBUTES.has(item.name)) continue;
      const kind = typeOf.get(item);
      for (const match of source.slice(item.value.start, item.value.end).matchAll(DOCUMENT_USE)) {
        const list = uses.get(match[1]) ?? [];
        uses.set(match[1], [...list, { attribute: match[2], ...kind ? { kind } : {} }]);
      }
    }
  };
  walk(body, false);
  return (name, policyType, ruleResourceType) => new Set((uses.get(name) ?? []).filter((use) => use.kind === void 0 || use.kind === kindOf(policyType, ruleResourceType)).map((use) => use.attribute));
}
function repeatsSid(statements) {
  const sids = statements.map((s) => s.sid).filter((sid) => sid !== "" && sid !== null);
  return new Set(sids).size !== sids.length;
}
function render(source, documents, name, state, seen) {
  const block = documents.get(name);
  if (!block || seen.has(name)) return void 0;
  const list = parts(block.body, "statement");
  if (!list) return void 0;
  const own = [];
  for (const part of list) {
    const node = statementNode(source, part, state);
    if (!node) return void 0;
    const sid = attributeOf(part.body, "sid");
    own.push({ node, body: part.body, sid: sid ? literalText(sid.value) ?? null : "", dynamic: part.dynamic });
  }
  const anchor = block.labelRanges[1];
  const versionAttribute = attributeOf(block.body, "version");
  const version = versionAttribute ? { text: literalText(versionAttribute.value), entry: { key: "Version", keyStart: versionAttribute.nameStart, keyEnd: versionAttribute.nameEnd, value: valueOf(source, versionAttribute.value, state) } } : { text: "2012-10-17", entry: { key: "Version", keyStart: anchor[0], keyEnd: anchor[1], value: synthetic("2012-10-17", anchor) } };
  const idAttribute = attributeOf(block.body, "policy_id");
  const id = idAttribute ? { text: literalText(idAttribute.value), entry: { key: "Id", keyStart: idAttribute.nameStart, keyEnd: idAttribute.nameEnd, value: valueOf(source, idAttribute.value, state) } } : void 0;
  const names = (attribute, isList) => mergedNames(source, attributeOf(block.body, attribute), isList);
  const sourceNames = [names("source_json", false), names("source_policy_documents", true)];
  const overrideNames = [names("override_policy_documents", true), names("override_json", false)];
  if (overrideNames.some((l) => l === void 0)) return void 0;
  const inner = /* @__PURE__ */ new Set([...seen, name]);
  const renderAll = (list2) => list2.map((n) => {
    const nested = { mistakes: [], directive: false, locals: state.locals };
    const doc = render(source, documents, n, nested, inner);
    if (nested.directive) return void 0;
    state.mistakes.push(...nested.mistakes);
    if (nested.readLocals) state.readLocals = true;
    return doc;
  });
  const [overrides, overrideJson] = overrideNames.map(renderAll);
  if ([...overrides, ...overrideJson].some((d) => d === void 0 || d.unknownSources)) return void 0;
  const [sourceJson, sources] = sourceNames.map((l) => l === void 0 ? void 0 : renderAll(l));
  const comparable = (s) => s.sid !== null && !(s.dynamic && s.sid !== "");
  const hasSources = sourceNames.some((l) => l === void 0 || l.length > 0);
  const unknownSources = sourceJson === void 0 || sources === void 0 || [...sourceJson, ...sources].some((d) => d === void 0 || d.unknownSources || !d.statements.every(comparable)) || hasSources && !own.every(comparable);
  const known = unknownSources ? [] : [...sourceJson, ...sources];
  const stamp = (statements2) => {
    statements2.forEach((s, index) => {
      if (own.includes(s)) s.origin = { name, index };
    });
    return statements2;
  };
  if (known.length + overrides.length + overrideJson.length === 0 && !unknownSources) {
    return { statements: stamp(own), version, ...id ? { id } : {}, partial: own.some((s) => s.dynamic), unknownSources: false, merged: [] };
  }
  const others = [...known, ...overrides, ...overrideJson].map((d) => d.statements);
  if (others.length > 0 && [own, ...others].flat().some((s) => !comparable(s)) || repeatsSid(own)) return void 0;
  if (unknownSources && (own.length === 0 || version.text !== "2012-10-17")) return void 0;
  let statements = [];
  let merged2 = { version: { text: "", entry: version.entry } };
  const mergeIn = (doc) => {
    if (doc.id && doc.id.text !== "") merged2.id = doc.id;
    if (doc.version.text === void 0 || merged2.version.text === void 0) merged2.version = { text: void 0, entry: version.entry };
    else if (doc.version.text > merged2.version.text) merged2.version = doc.version;
    for (const statement2 of doc.statements) {
      const at2 = statement2.sid === "" ? -1 : statements.findIndex((s) => s.sid === statement2.sid);
      if (at2 >= 0) statements[at2] = statement2;
      else statements.push(statement2);
    }
  };
  for (const doc of unknownSources ? [] : sourceJson) {
    statements = [...doc.statements];
    merged2 = { version: doc.version, ...doc.id ? { id: doc.id } : {} };
  }
  for (const doc of unknownSources ? [] : sources) {
    if (repeatsSid([...statements, ...doc.statements])) return void 0;
    mergeIn(doc);
  }
  mergeIn({ statements: own, version, ...id ? { id } : {} });
  for (const doc of [...overrides, ...overrideJson]) mergeIn(doc);
  const mergedDocs = [...unknownSources ? [] : sourceNames.flat(), ...overrideNames.flat()];
  return { statements: stamp(statements), ...merged2, partial: statements.some((s) => s.dynamic), unknownSources, merged: mergedDocs };
}
function declares(body, type) {
  return body.some((i) => i.kind === "block" && (i.type === type || i.type === "dynamic" && i.labels[0] === type));
}
function inferredType(statements) {
  const withPrincipals = statements.filter((body) => declares(body, "principals") || declares(body, "not_principals"));
  if (withPrincipals.length === 0) return "identity";
  const actions = withPrincipals.flatMap((body) => {
    const value = attributeOf(body, "actions")?.value;
    return value?.kind === "tuple" ? value.items.map(literalText) : [void 0];
  });
  return actions.length > 0 && actions.every((a) => a !== void 0 && TRUST_ACTIONS.test(a)) ? "trust" : "resource";
}
function referencedDocument(source, location, locals) {
  const { expr } = throughLocals(source, location.attribute.value, locals);
  return DOCUMENT_REFERENCE.exec(source.slice(expr.start, expr.end).trim())?.[1];
}
function policyDocuments(source, body, locations, locals) {
  const usedBy = /* @__PURE__ */ new Map();
  for (const location of locations) {
    const name = referencedDocument(source, location, locals);
    if (name && !usedBy.has(name)) usedBy.set(name, location);
  }
  const documents = /* @__PURE__ */ new Map();
  const isDocument = (block) => block.kind === "block" && block.type === "data" && block.labels[0] === "aws_iam_policy_document" && block.labels.length === 2;
  for (const block of body) if (isDocument(block) && !documents.has(block.labels[1])) documents.set(block.labels[1], block);
  const consumers = /* @__PURE__ */ new Map();
  for (const [consumer, block] of documents) {
    for (const [attribute, list] of [["source_json", false], ["source_policy_documents", true], ["override_policy_documents", true], ["override_json", false]]) {
      const found = attributeOf(block.body, attribute);
      const items = !found ? [] : list && found.value.kind === "tuple" ? found.value.items : [found.value];
      for (const item of items) {
        const referenced = DOCUMENT_REFERENCE.exec(source.slice(item.start, item.end).trim())?.[1];
        if (referenced) consumers.set(referenced, (consumers.get(referenced) ?? /* @__PURE__ */ new Set()).add(consumer));
      }
    }
  }
  const renders = /* @__PURE__ */ new Map();
  for (const name of documents.keys()) {
    const state = { mistakes: [], directive: false, locals };
    renders.set(name, { rendered: render(source, documents, name, state, /* @__PURE__ */ new Set()), state });
  }
  const read = (name) => {
    const found = renders.get(name);
    return found?.rendered && !found.state.directive ? found.rendered : void 0;
  };
  const isCovered = (name) => {
    const users = consumers.get(name);
    return users !== void 0 && !usedBy.has(name) && [...users].every((consumer) => read(consumer)?.merged.includes(name));
  };
  const origin = (s) => s.origin ? `${s.origin.name}#${s.origin.index}` : void 0;
  const deployments = /* @__PURE__ */ new Map();
  for (const name of documents.keys()) {
    if (isCovered(name)) continue;
    for (const s of read(name)?.statements ?? []) {
      const key = origin(s);
      if (key !== void 0) deployments.set(key, (deployments.get(key) ?? 0) + 1);
    }
  }
  const out = [];
  for (const block of body) {
    if (!isDocument(block) || documents.get(block.labels[1]) !== block) continue;
    const name = block.labels[1];
    const anchor = block.labelRanges[1];
    const { state } = renders.get(name);
    const rendered = read(name);
    if (!rendered) continue;
    const { statements } = rendered;
    const entries = [rendered.version.entry];
    if (rendered.id) entries.push(rendered.id.entry);
    if (statements.length > 0) {
      const first = statements[0].node;
      entries.push({
        key: "Statement",
        keyStart: first.start,
        keyEnd: first.start + source.slice(first.start).search(/[\s{"]|$/),
        value: { kind: "array", start: first.start, end: statements[statements.length - 1].node.end, json: false, items: statements.map((s) => s.node) }
      });
    }
    const user = usedBy.get(name);
    const users = consumers.get(name);
    const part = users !== void 0 && !user;
    const covered = isCovered(name);
    const path = ["data", "aws_iam_policy_document", name];
    const findingPath = statements.some((s) => s.origin && s.origin.name !== name) ? (at2) => {
      const [element, index, ...rest] = at2;
      const origin2 = element === "Statement" && typeof index === "number" ? statements[index]?.origin : void 0;
      return origin2 ? ["data", "aws_iam_policy_document", origin2.name, "Statement", origin2.index, ...rest] : [...path, ...at2];
    } : void 0;
    const message = unnumbered(rendered);
    const shared = statements.flatMap((s, i) => (deployments.get(origin(s) ?? "") ?? 0) > 1 ? [i] : []);
    out.push({
      name,
      path,
      anchor,
      mistakes: state.mistakes,
      ...message ? { message } : {},
      ...rendered.unknownSources || part ? { skipRules: SOURCED_POLICY_RULES } : rendered.partial ? { skipRules: WHOLE_POLICY_RULES } : {},
      ...findingPath ? { findingPath } : {},
      ...shared.length > 0 ? { sharedStatements: new Set(shared) } : {},
      ...covered ? { covered } : {},
      ...state.readLocals ? { readsLocals: true } : {},
      node: { kind: "object", start: block.start, end: block.end, json: false, entries },
      policyType: user?.policyType ?? inferredType(statements.map((s) => s.body)),
      ...user?.ruleResourceType ? { ruleResourceType: user.ruleResourceType } : {}
    });
  }
  return out;
}

// src/terraform/render.ts
function goString(value) {
  let out = '"';
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 34) out += '\\"';
    else if (c === 92) out += "\\\\";
    else if (c === 10) out += "\\n";
    else if (c === 13) out += "\\r";
    else if (c === 9) out += "\\t";
    else if (c === 8) out += "\\b";
    else if (c === 12) out += "\\f";
    else if (c < 32 || c === 60 || c === 62 || c === 38 || c === 8232 || c === 8233) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else if (c >= 55296 && c <= 56319 && i + 1 < value.length && value.charCodeAt(i + 1) >= 56320 && value.charCodeAt(i + 1) <= 57343) {
      out += value.slice(i, i + 2);
      i++;
    } else if (c >= 55296 && c <= 57343) out += "\\ufffd";
    else out += value[i];
  }
  return `${out}"`;
}
function goJson(value, indent, depth = 0) {
  if (value === null || value === void 0) return "null";
  if (typeof value === "string") return goString(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const open = (d) => indent === void 0 ? "" : `
${indent.repeat(d)}`;
  const colon = indent === void 0 ? ":" : ": ";
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[${value.map((v) => open(depth + 1) + goJson(v, indent, depth + 1)).join(",")}${open(depth)}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return "{}";
  return `{${entries.map(([k, v]) => open(depth + 1) + goString(k) + colon + goJson(v, indent, depth + 1)).join(",")}${open(depth)}}`;
}
var isObject2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var byGoOrder = (a, b) => a < b ? -1 : a > b ? 1 : 0;
function sortedKeys(object, each) {
  return Object.fromEntries(Object.keys(object).sort(byGoOrder).map((k) => [k, each(object[k])]));
}
function stringSet(value) {
  if (!Array.isArray(value)) return value;
  const unique = [...new Set(value.map((v) => typeof v === "string" ? v : String(v)))];
  if (unique.length === 1) return unique[0];
  return unique.sort(byGoOrder).reverse();
}
var asString = (v) => typeof v === "number" || typeof v === "boolean" ? String(v) : v;
function listValue(value) {
  if (!Array.isArray(value)) return asString(value);
  return value.length === 1 ? asString(value[0]) : value.map(asString);
}
function principal(value) {
  return isObject2(value) ? sortedKeys(value, stringSet) : value;
}
function statement(value) {
  if (!isObject2(value)) return value;
  const out = {};
  const set = (key, v) => {
    if (v === void 0 || v === "" || Array.isArray(v) && v.length === 0 || isObject2(v) && Object.keys(v).length === 0) return;
    out[key] = v;
  };
  set("Sid", value.Sid);
  set("Effect", value.Effect);
  for (const key of ["Action", "NotAction", "Resource", "NotResource"]) set(key, stringSet(value[key]));
  set("Principal", principal(value.Principal));
  set("NotPrincipal", principal(value.NotPrincipal));
  const condition = value.Condition;
  set("Condition", isObject2(condition) ? sortedKeys(condition, (test) => isObject2(test) ? sortedKeys(test, listValue) : test) : condition);
  return out;
}
function providerDocument(value) {
  if (!isObject2(value)) return value;
  const out = {};
  if (value.Version !== void 0 && value.Version !== "") out.Version = value.Version;
  if (value.Id !== void 0 && value.Id !== "") out.Id = value.Id;
  if (Array.isArray(value.Statement) && value.Statement.length > 0) out.Statement = value.Statement.map(statement);
  return out;
}
function jsonencodeValue(value) {
  if (Array.isArray(value)) return value.map(jsonencodeValue);
  if (isObject2(value)) return sortedKeys(value, jsonencodeValue);
  return value;
}
function flushHeredoc(text) {
  const lines = text.split("\n");
  const indents = lines.filter((line) => /\S/.test(line)).map((line) => /^[ \t]*/.exec(line)[0].length);
  const strip = indents.length > 0 ? Math.min(...indents) : 0;
  return strip === 0 ? text : lines.map((line) => /\S/.test(line) ? line.slice(strip) : line).join("\n");
}
function documentRenderings(value, attributes) {
  const document = providerDocument(value);
  const out = [];
  if (attributes.has("json")) out.push(goJson(document, "  "));
  if (attributes.has("minified_json") || attributes.size === 0) out.push(goJson(document));
  return out;
}

// src/terraform/locations.ts
var identity = (attribute) => ({ attribute, policyType: "identity" });
var resource = (attribute, resourceType) => ({ attribute, policyType: "resource", ...resourceType ? { resourceType } : {} });
var POLICY_ATTRIBUTES = {
  aws_iam_policy: [identity("policy")],
  aws_iam_role_policy: [identity("policy")],
  aws_iam_user_policy: [identity("policy")],
  aws_iam_group_policy: [identity("policy")],
  aws_iam_role: [{ attribute: "assume_role_policy", policyType: "trust" }],
  aws_ssoadmin_permission_set_inline_policy: [identity("inline_policy")],
  aws_s3_bucket_policy: [resource("policy", "AWS::S3::Bucket")],
  aws_s3_bucket: [resource("policy", "AWS::S3::Bucket")],
  // the deprecated inline policy
  aws_s3_access_point: [resource("policy", "AWS::S3::AccessPoint")],
  aws_sqs_queue_policy: [resource("policy", "AWS::SQS::Queue")],
  aws_sqs_queue: [resource("policy", "AWS::SQS::Queue")],
  aws_sns_topic_policy: [resource("policy", "AWS::SNS::Topic")],
  aws_sns_topic: [resource("policy", "AWS::SNS::Topic")],
  aws_kms_key: [resource("policy", "AWS::KMS::Key")],
  aws_kms_replica_key: [resource("policy", "AWS::KMS::Key")],
  aws_kms_key_policy: [resource("policy", "AWS::KMS::Key")],
  aws_kms_external_key: [resource("policy", "AWS::KMS::Key")],
  aws_ecr_repository_policy: [resource("policy", "AWS::ECR::Repository")],
  aws_ecr_registry_policy: [resource("policy")],
  aws_secretsmanager_secret_policy: [resource("policy")],
  aws_secretsmanager_secret: [resource("policy")],
  aws_cloudwatch_event_bus_policy: [resource("policy")],
  aws_cloudwatch_log_resource_policy: [resource("policy_document")],
  aws_efs_file_system_policy: [resource("policy")],
  aws_backup_vault_policy: [resource("policy")],
  aws_opensearch_domain_policy: [resource("access_policies")],
  aws_elasticsearch_domain_policy: [resource("access_policies")],
  aws_api_gateway_rest_api_policy: [resource("policy")],
  aws_codeartifact_domain_permissions_policy: [resource("policy_document")],
  aws_codeartifact_repository_permissions_policy: [resource("policy_document")],
  aws_vpc_endpoint: [resource("policy", "AWS::EC2::VPCEndpoint")],
  aws_vpc_endpoint_policy: [resource("policy", "AWS::EC2::VPCEndpoint")]
};
var PERMISSION_BLOCKS = {
  aws_lambda_permission: {
    spec: LAMBDA_PERMISSION,
    attributes: {
      action: "Action",
      function_name: "FunctionName",
      principal: "Principal",
      qualifier: "Qualifier",
      source_arn: "SourceArn",
      source_account: "SourceAccount",
      principal_org_id: "PrincipalOrgID",
      event_source_token: "EventSourceToken",
      function_url_auth_type: "FunctionUrlAuthType",
      invoked_via_function_url: "InvokedViaFunctionUrl"
    },
    // internal/service/lambda/permission.go
    getOk: /* @__PURE__ */ new Set(["qualifier", "source_arn", "source_account", "principal_org_id", "event_source_token", "function_url_auth_type", "invoked_via_function_url"])
  },
  aws_lambda_layer_version_permission: {
    spec: LAYER_VERSION_PERMISSION,
    attributes: { action: "Action", layer_name: "LayerVersionArn", version_number: "VersionNumber", principal: "Principal", organization_id: "OrganizationId" },
    // internal/service/lambda/layer_version_permission.go
    getOk: /* @__PURE__ */ new Set(["organization_id"])
  },
  // The Cloud Control provider (hashicorp/awscc): the CloudFormation resources, their properties in snake case. Its
  // null is unset and "" a value it sends as it is (no getOk).
  awscc_lambda_permission: {
    spec: LAMBDA_PERMISSION,
    attributes: {
      action: "Action",
      function_name: "FunctionName",
      principal: "Principal",
      source_arn: "SourceArn",
      source_account: "SourceAccount",
      principal_org_id: "PrincipalOrgID",
      event_source_token: "EventSourceToken",
      function_url_auth_type: "FunctionUrlAuthType",
      invoked_via_function_url: "InvokedViaFunctionUrl"
    }
  },
  awscc_lambda_layer_version_permission: {
    spec: LAYER_VERSION_PERMISSION,
    attributes: { action: "Action", layer_version_arn: "LayerVersionArn", principal: "Principal", organization_id: "OrganizationId" }
  }
};
function unsetByProvider(resourceType, attribute, value) {
  return (value === "" || value === false) && Object.hasOwn(PERMISSION_BLOCKS, resourceType) && PERMISSION_BLOCKS[resourceType].getOk?.has(attribute) === true;
}
function terraformPermissions(body) {
  const out = [];
  for (const block of body) {
    if (block.kind !== "block" || block.type !== "resource" || block.labels.length !== 2) continue;
    const [type, name] = block.labels;
    const known = Object.hasOwn(PERMISSION_BLOCKS, type) ? PERMISSION_BLOCKS[type] : void 0;
    if (!known) continue;
    const attributes = /* @__PURE__ */ new Map();
    const names = /* @__PURE__ */ new Map();
    for (const [attribute, property] of Object.entries(known.attributes)) {
      const found = attributeOf(block.body, attribute);
      if (found) attributes.set(property, found);
      names.set(property, attribute);
    }
    out.push({ resourceType: type, path: ["resource", type, name], spec: known.spec, attributes, names, anchor: block.labelRanges[1] });
  }
  return out;
}
var POLICY_MODULES = [
  {
    source: /^(?:registry\.terraform\.io\/)?terraform-aws-modules\/iam\/aws\/\/modules\/iam-policy$|^(?:git::)?(?:https:\/\/|git@)github\.com[/:]terraform-aws-modules\/terraform-aws-iam(?:\.git)?\/\/modules\/iam-policy(?:\?ref=[\w.-]+)?$/,
    resourceType: "aws_iam_policy",
    locations: [identity("policy")]
  }
];
var ORGANIZATIONS_TYPES = {
  SERVICE_CONTROL_POLICY: "scp",
  RESOURCE_CONTROL_POLICY: "rcp"
};
function terraformPolicyLocations(body, source, locals) {
  const out = [];
  for (const block of body) {
    if (block.kind === "block" && block.type === "module" && block.labels.length === 1) {
      const module = POLICY_MODULES.find(({ source: pattern }) => pattern.test(literalText(attributeOf(block.body, "source")?.value) ?? ""));
      const base2 = { resourceType: module?.resourceType ?? "", path: ["module", block.labels[0]] };
      for (const location of module?.locations ?? []) {
        const found = attributeOf(block.body, location.attribute);
        if (found) out.push(at(base2, `module.${block.labels[0]}`, location, found, [location.attribute]));
      }
      continue;
    }
    if (block.kind !== "block" || block.type !== "resource" || block.labels.length !== 2) continue;
    const [type, name] = block.labels;
    const base = { resourceType: type, path: ["resource", type, name] };
    let locations = POLICY_ATTRIBUTES[type];
    if (type === "aws_organizations_policy") {
      const typeAttribute = attributeOf(block.body, "type");
      const orgType = typeAttribute ? literalText(source === void 0 ? typeAttribute.value : throughLocals(source, typeAttribute.value, locals).expr) : "SERVICE_CONTROL_POLICY";
      const policyType = orgType === void 0 ? void 0 : ORGANIZATIONS_TYPES[orgType];
      locations = policyType ? [{ attribute: "content", policyType }] : void 0;
    }
    for (const location of locations ?? []) {
      const found = attributeOf(block.body, location.attribute);
      if (found) out.push(at(base, `${type}.${name}`, location, found, [location.attribute]));
    }
    if (type === "aws_iam_role") inlinePolicies(block, base, `${type}.${name}`, out);
  }
  return out.sort((a, b) => a.attribute.value.start - b.attribute.value.start);
}
function inlinePolicies(role, base, address, out) {
  let index = 0;
  for (const item of role.body) {
    if (item.kind !== "block" || item.type !== "inline_policy") continue;
    const policy = attributeOf(item.body, "policy");
    if (policy) out.push(at(base, `${address}.inline_policy[${index}]`, identity("policy"), policy, ["inline_policy", index, "policy"]));
    index++;
  }
}
function at(base, address, location, found, steps) {
  return {
    address,
    resourceType: base.resourceType,
    policyType: location.policyType,
    path: [...base.path, ...steps],
    attribute: found,
    ...location.resourceType ? { ruleResourceType: location.resourceType } : {}
  };
}

// src/terraform/module-text.ts
function joinModule(texts) {
  let text = "";
  const ranges = [];
  for (const t of texts) {
    ranges.push([text.length, text.length + t.length]);
    text += t.endsWith("\n") || t === "" ? t : `${t}
`;
  }
  return { text, spans: ranges.map(([start, end]) => ({ start, end })), starts: ranges.map(([start]) => start) };
}
function scanModule(text, spans) {
  return spans.map(({ start, end }) => scanHcl(end === text.length ? text : text.slice(0, end), start));
}

// src/terraform/lint.ts
var TERRAFORM_MISTAKE = { messageId: TERRAFORM_VARIABLE_MESSAGE_ID, fixed: (name) => `$\${${name}}` };
var fileAt = lastAtOrBefore;
function shiftMessage(message, base) {
  if (base === 0) return message;
  const shift = (range) => [range[0] - base, range[1] - base];
  return {
    ...message,
    ...message.range ? { range: shift(message.range) } : {},
    ...message.fix ? { fix: { ...message.fix, range: shift(message.fix.range) } } : {},
    ...message.suggestions ? { suggestions: message.suggestions.map((s) => ({ ...s, fix: { ...s.fix, range: shift(s.fix.range) } })) } : {}
  };
}
function byFile(starts, items, offset = (item) => item.start) {
  const out = starts.map(() => []);
  for (const item of items) out[fileAt(starts, offset(item))].push(item);
  return out;
}
var ModuleLines = class extends LineIndex {
  fileStarts;
  text;
  /** The number of lines before each file. */
  lineBases;
  constructor(module) {
    super(module.text);
    this.fileStarts = module.starts;
    this.text = module.text;
    this.lineBases = module.starts.map((start) => super.at(start).line - 1);
  }
  at(offset) {
    const { line, column } = super.at(offset);
    const i = fileAt(this.fileStarts, offset);
    const start = this.fileStarts[i];
    const fileLine = line - this.lineBases[i];
    const bom = start > 0 && fileLine === 1 && this.text.charCodeAt(start) === 65279;
    return { line: fileLine, column: bom ? Math.max(column - 1, 1) : column };
  }
};
function readPolicies(text, spans = [{ start: 0, end: text.length }], overrides = []) {
  const body = [];
  const declared = /* @__PURE__ */ new Map();
  let declaredTwice = false;
  const errors = scanModule(text, spans).map((scanned, i) => {
    body.push(...scanned.body);
    if (!overrides[i]) for (const item of scanned.body) {
      if (item.kind !== "block" || item.type !== "resource" && item.type !== "data" || item.labels.length !== 2) continue;
      const address = `${item.type}.${item.labels.join(".")}`;
      if ((declared.get(address) ?? i) !== i) declaredTwice = true;
      declared.set(address, i);
    }
    return scanned.error;
  });
  const parts2 = [];
  const policies = [];
  const locals = moduleLocals(body);
  const locations = terraformPolicyLocations(body, text, locals);
  for (const location of locations) {
    const policy = policyNode(text, location.attribute, locals);
    if (!policy) continue;
    const { nameStart, nameEnd } = location.attribute;
    const heredoc = policy.heredoc;
    const embedded = heredoc ? heredocEmbedding(text, policy) : embedPolicy(text, policy.node, [nameStart, nameEnd]);
    if (!embedded) continue;
    if (!heredoc) embedded.subVariables.push(...policy.mistakes);
    if (policy.expr.kind === "template" && policy.expr.heredoc && /<<-[\w-]+[ \t\r]*\n$/.test(text.slice(text.lastIndexOf("\n", policy.expr.start - 2) + 1, policy.expr.start))) {
      const flush = flushHeredoc(embedded.text);
      if (flush !== embedded.text) embedded.sent = { layout: "unindented", texts: [flush] };
    }
    const value = parsed(embedded.text);
    if ((!heredoc && policy.node.kind === "object" || policy.reencoded) && value !== void 0) embedded.sent = { layout: "rendered", texts: [goJson(jsonencodeValue(value))] };
    policies.push({
      embedded,
      value,
      json: value !== void 0,
      path: location.path,
      policyType: location.policyType,
      resourceType: location.resourceType,
      fixable: heredoc !== void 0,
      ...heredoc ? { editText: heredocEditText(text, heredoc.delimiter) } : {},
      ...location.ruleResourceType ? { ruleResourceType: location.ruleResourceType } : {},
      start: location.attribute.value.start,
      ...policy.readsLocals ? { readsLocals: true } : {}
    });
  }
  for (const permission of terraformPermissions(body)) {
    const state = { mistakes: [], directive: false, locals };
    const properties = new Map([...permission.attributes].flatMap(([property, attribute]) => {
      const value = toSrcNode(text, attribute.value, state);
      const known = value.kind === "boolean" || value.kind === "string" && (value.placeholders ?? []).length === 0 ? value.value : void 0;
      if (value.kind === "null" || unsetByProvider(permission.resourceType, permission.names.get(property), known)) return [];
      return [[property, { keyStart: attribute.nameStart, keyEnd: attribute.nameEnd, value }]];
    }));
    const embedded = embedPermission(text, properties, permission.spec, permission.anchor);
    if (!embedded) continue;
    const rename = (property) => permission.names.get(property) ?? property;
    policies.push({
      embedded,
      path: permission.path,
      policyType: "resource",
      resourceType: permission.resourceType,
      fixable: false,
      propertyPath: permissionPath(permission.spec, rename),
      message: permissionMessage(permission.spec, rename),
      value: Object.fromEntries([...permission.attributes].map(([property, attribute]) => [permission.names.get(property), literalText(attribute.value) ?? null])),
      start: permission.anchor[0],
      ...state.readLocals ? { readsLocals: true } : {}
    });
  }
  const attributes = documentAttributes(text, body, locations);
  for (const document of policyDocuments(text, body, locations, locals)) {
    const embedded = embedPolicy(text, document.node, document.anchor);
    if (!embedded) continue;
    const value = parsed(embedded.text);
    if (document.covered) {
      parts2.push({ path: document.path, value, start: document.node.start });
      continue;
    }
    embedded.subVariables.push(...document.mistakes);
    if (value !== void 0) embedded.sent = { layout: "rendered", texts: documentRenderings(value, attributes(document.name, document.policyType, document.ruleResourceType)) };
    policies.push({
      embedded,
      value,
      json: value !== void 0,
      path: document.path,
      policyType: document.policyType,
      resourceType: "aws_iam_policy_document",
      fixable: false,
      ...document.ruleResourceType ? { ruleResourceType: document.ruleResourceType } : {},
      ...document.skipRules ? { skipRules: document.skipRules } : {},
      ...document.findingPath ? { findingPath: document.findingPath } : {},
      ...document.sharedStatements ? { sharedStatements: document.sharedStatements } : {},
      ...document.message ? { message: document.message } : {},
      start: document.node.start,
      ...document.readsLocals ? { readsLocals: true } : {}
    });
  }
  policies.sort((a, b) => a.start - b.start);
  return { policies, parts: parts2, arns: terraformPolicyArnSites(text, body, locals), errors, declaredTwice, locals };
}
function readModule(files) {
  const module = joinModule(files.map((file) => file.text));
  return { module, read: readPolicies(module.text, module.spans, files.map((file) => isOverrideFile(file.filePath))) };
}
function eachReadAlone(read, files, readAlone) {
  if (!read.declaredTwice) return void 0;
  return new Map(files.map((file) => [file.filePath, readAlone(file)]));
}
var POLICY_BLOCK = new RegExp(`\\b(?:resource\\s+"(?:${[...Object.keys(POLICY_ATTRIBUTES), ...Object.keys(PERMISSION_BLOCKS), ...Object.keys(POLICY_ARN_ATTRIBUTES), "aws_organizations_policy"].join("|")})"|data\\s+"aws_iam_policy_document")`);
function mayHoldPolicies(text) {
  return POLICY_BLOCK.test(text);
}
function lintTerraformModule(files, options = {}) {
  const fallbackRules = files.find((file) => file.rules)?.rules ?? [];
  let texts = files.map((file) => file.text);
  let { module, read } = readModule(files);
  const alone = eachReadAlone(read, files.filter((file) => file.rules), (file) => lintTerraformModule([file], options).get(file.filePath));
  if (alone) return alone;
  for (let pass = 0; ; pass++) {
    const { spans, starts } = module;
    const lines = new ModuleLines(module);
    const at2 = (offset) => fileAt(starts, offset);
    const found = files.map(() => []);
    const place = (message, fallback) => {
      const i = message.range ? at2(message.range[0]) : fallback;
      found[i].push(shiftMessage(namingLocals(module.text, message, read.locals), spans[i].start));
    };
    const policiesOf = byFile(starts, read.policies);
    const partsOf = byFile(starts, read.parts);
    const arnsOf = byFile(starts, read.arns, (arn) => arn.at);
    files.forEach((file, i) => {
      const policies = file.rules ? policiesOf[i] : policiesOf[i].filter((p) => p.findingPath || p.readsLocals);
      const rules = file.rules ?? fallbackRules;
      if (policies.length > 0) for (const message of lintEmbeddedPolicies(file.filePath, module.text, policies, rules, TERRAFORM_MISTAKE, lines)) place(message, i);
      const arns = file.rules ? arnsOf[i] : arnsOf[i].filter((arn) => arn.readsLocals);
      if (arns.length > 0) for (const message of policyArnMessages(arns, rules, lines)) place(message, i);
    });
    const values = files.map(() => ({}));
    for (const policy of read.policies) setPath(values[at2(policy.start)], policy.path, policy.value);
    for (const part of read.parts) setPath(values[at2(part.start)], part.path, part.value);
    for (const arn of read.arns) setPath(values[at2(arn.at)], arn.path, arn.written);
    const messages = found.map((list) => dedupe(list).sort(compareMessages));
    const done = () => {
      const outcomes = /* @__PURE__ */ new Map();
      files.forEach((file, i) => {
        if (!file.rules) return;
        const error = read.errors[i];
        const span = spans[i];
        const where = error && {
          namesIam: mayHoldPolicies(texts[i]),
          finding: templateSyntaxMessage(texts[i], { message: `Terraform: ${error.message} The policies after it were not read.`, offset: error.offset - span.start, length: 1 })
        };
        const fixed = texts[i] !== file.text;
        outcomes.set(file.filePath, {
          messages: messages[i],
          value: values[i],
          fixed,
          ...fixed ? { output: texts[i] } : {},
          ...where ? { error: where } : {},
          policies: policiesOf[i].length,
          parts: partsOf[i].length,
          policyArns: arnsOf[i].length
        });
      });
      return outcomes;
    };
    if (!options.fix || pass >= 10) return done();
    const unsuppressed = options.unsuppressed ?? ((_, m) => m);
    const edits = files.map((file, i) => file.rules ? fixesOfPass(unsuppressed(file.filePath, messages[i], values[i])) : []);
    if (edits.every((list) => list.length === 0)) return done();
    const next = texts.map((text, i) => edits[i].length > 0 ? applyEdits(text, edits[i]) : text);
    if (next.every((text, i) => text === texts[i])) return done();
    const nextRead = readModule(files.map((file, i) => ({ filePath: file.filePath, text: next[i] })));
    if (!samePolicies(read, nextRead.read)) return done();
    texts = next;
    ({ module, read } = nextRead);
  }
}
function samePolicies(before, after) {
  if (after.errors.some((error, i) => error && !before.errors[i])) return false;
  if (before.policies.length !== after.policies.length) return false;
  const json = (p) => p.json ?? parsed(p.embedded.text) !== void 0;
  return before.policies.every((policy, i) => {
    const other = after.policies[i];
    const placeholders = (p) => p.embedded.placeholders.map(([s, e]) => p.embedded.text.slice(s, e)).join("\n");
    return JSON.stringify(policy.path) === JSON.stringify(other.path) && policy.fixable === other.fixable && placeholders(policy) === placeholders(other) && policy.embedded.subVariables.length === other.embedded.subVariables.length && (!json(policy) || json(other));
  });
}
function terraformModuleEmbeddedPolicies(files) {
  const { module, read } = readModule(files);
  const alone = eachReadAlone(read, files, (file) => terraformModuleEmbeddedPolicies([file]).get(file.filePath));
  if (alone) return alone;
  const lines = new ModuleLines(module);
  const policiesOf = byFile(module.starts, read.policies);
  const reaching = read.policies.filter((p) => p.findingPath || p.readsLocals);
  return new Map(files.map((file, i) => {
    const { start, end } = module.spans[i];
    const own = (message) => !message.range ? message : message.range[0] >= start && message.range[1] <= end ? shiftMessage(message, start) : void 0;
    const shared = reaching.filter((p) => (p.start < start || p.start >= end) && p.embedded.segs.some((seg) => seg.srcStart >= start && seg.srcStart < end));
    return [file.filePath, { text: module.text, policies: policiesOf[i], shared, lines, own }];
  }));
}
function terraformPolicies(files, filePath2 = files[0].filePath) {
  const asked = files.findIndex((file) => file.filePath === filePath2);
  const { module, read } = readModule(files);
  const alone = eachReadAlone(read, [files[asked]], (file) => terraformPolicies([file]));
  if (alone) return alone.get(filePath2);
  return read.policies.filter((policy) => fileAt(module.starts, policy.start) === asked).map(({ path, resourceType, policyType }) => ({ path, resourceType, policyType }));
}
function lintTerraformTemplateFile(filePath2, text, policyType, ruleResourceType, rules) {
  const scanned = scanTemplateFile(text);
  if ("error" in scanned) {
    return { messages: [templateSyntaxMessage(text, { message: `Terraform template: ${scanned.error.message}`, offset: scanned.error.offset, length: 1 })], value: void 0 };
  }
  const attribute = { kind: "attribute", name: "policy", nameStart: 0, nameEnd: 0, value: scanned.expr };
  const policy = policyNode(text, attribute);
  if (!policy) return { messages: [], value: void 0 };
  const embedded = heredocEmbedding(text, policy);
  const value = parsed(embedded.text);
  const read = { embedded, path: [], policyType, fixable: false, ...ruleResourceType ? { ruleResourceType } : {} };
  return { messages: dedupe(lintEmbeddedPolicies(filePath2, text, [read], rules, TERRAFORM_MISTAKE)).sort(compareMessages), value };
}
function parsed(text) {
  try {
    return JSON.parse(text);
  } catch {
    return void 0;
  }
}
function setPath(target, path, value) {
  let node = target;
  path.forEach((step, i) => {
    if (i === path.length - 1) {
      node[step] = value;
      return;
    }
    const next = path[i + 1];
    node[step] ??= typeof next === "number" ? [] : {};
    node = node[step];
  });
}

// src/terraform/plan.ts
var POLICY_RESOURCE_OF = {
  aws_s3_bucket: { resource: "aws_s3_bucket_policy", target: "bucket", names: ["bucket", "id"] },
  aws_sqs_queue: { resource: "aws_sqs_queue_policy", target: "queue_url", names: ["url", "id"] },
  aws_sns_topic: { resource: "aws_sns_topic_policy", target: "arn", names: ["arn", "id"] },
  aws_kms_key: { resource: "aws_kms_key_policy", target: "key_id", names: ["key_id", "id", "arn"] },
  aws_secretsmanager_secret: { resource: "aws_secretsmanager_secret_policy", target: "secret_arn", names: ["arn", "id"] }
};
function isAwsDefaultPolicy(type, policy) {
  const id = type === "aws_sns_topic" ? "__default_policy_ID" : type === "aws_kms_key" ? "key-default-1" : void 0;
  if (!id || !policy.includes(id)) return false;
  const value = parsed(policy);
  if (!isObject(value) || value.Id !== id || !Array.isArray(value.Statement) || value.Statement.length !== 1) return false;
  const [statement2] = value.Statement;
  if (!isObject(statement2) || statement2.Effect !== "Allow" || !isObject(statement2.Principal)) return false;
  if (type === "aws_sns_topic") {
    const condition = statement2.Condition;
    return statement2.Sid === "__default_statement_ID" && statement2.Principal.AWS === "*" && isObject(condition) && isObject(condition.StringEquals) && typeof condition.StringEquals["AWS:SourceOwner"] === "string";
  }
  return statement2.Sid === "Enable IAM User Permissions" && typeof statement2.Principal.AWS === "string" && /^arn:[\w-]+:iam::\d{12}:root$/.test(statement2.Principal.AWS) && statement2.Action === "kms:*" && statement2.Resource === "*";
}
function planResources(value, key) {
  const out = [];
  const walk = (module, path, depth) => {
    if (!isObject(module) || depth > 100) return;
    if (Array.isArray(module.resources)) {
      module.resources.forEach((resource2, i) => {
        if (!isObject(resource2) || resource2.mode !== void 0 && resource2.mode !== "managed") return;
        if (typeof resource2.type !== "string" || !isObject(resource2.values)) return;
        const address = typeof resource2.address === "string" ? resource2.address : `${resource2.type}.${String(resource2.name)}`;
        const at2 = [...path, "resources", i];
        out.push({ address, type: resource2.type, values: resource2.values, valuesPath: [...at2, "values"], anchorPath: [...at2, "address"] });
      });
    }
    if (Array.isArray(module.child_modules)) module.child_modules.forEach((child, i) => walk(child, [...path, "child_modules", i], depth + 1));
  };
  const values = value[key];
  if (isObject(values)) walk(values.root_module, [key, "root_module"], 0);
  return out;
}
function stateResources(value) {
  const out = [];
  if (!Array.isArray(value.resources)) return out;
  value.resources.forEach((resource2, i) => {
    if (!isObject(resource2) || resource2.mode !== "managed" || typeof resource2.type !== "string" || !Array.isArray(resource2.instances)) return;
    const module = typeof resource2.module === "string" && resource2.module !== "" ? `${resource2.module}.` : "";
    const base = `${module}${resource2.type}.${String(resource2.name)}`;
    resource2.instances.forEach((instance, j) => {
      if (!isObject(instance) || !isObject(instance.attributes)) return;
      const key = instance.index_key;
      const index = typeof key === "number" || typeof key === "string" ? `[${JSON.stringify(key)}]` : "";
      const at2 = ["resources", i, "instances", j];
      out.push({
        address: `${base}${index}`,
        type: resource2.type,
        values: instance.attributes,
        valuesPath: [...at2, "attributes"],
        anchorPath: index ? [...at2, "index_key"] : ["resources", i, "name"]
      });
    });
  });
  return out;
}
function legacyStateResources(value) {
  const out = [];
  if (!Array.isArray(value.modules)) return out;
  value.modules.forEach((module, i) => {
    if (!isObject(module) || !isObject(module.resources)) return;
    const prefix = Array.isArray(module.path) ? module.path.slice(1).map((name) => `module.${String(name)}.`).join("") : "";
    for (const [key, resource2] of Object.entries(module.resources)) {
      if (key.startsWith("data.") || !isObject(resource2) || typeof resource2.type !== "string") continue;
      const { primary } = resource2;
      if (!isObject(primary) || !isObject(primary.attributes)) continue;
      const counted = /^(.+)\.(\d+)$/.exec(key);
      const at2 = ["modules", i, "resources", key];
      out.push({
        address: `${prefix}${counted ? `${counted[1]}[${counted[2]}]` : key}`,
        type: resource2.type,
        values: primary.attributes,
        valuesPath: [...at2, "primary", "attributes"],
        anchorPath: [...at2, "type"]
      });
    }
  });
  return out;
}
function unknownAttributes(value) {
  const out = /* @__PURE__ */ new Map();
  if (!Array.isArray(value.resource_changes)) return out;
  for (const change of value.resource_changes) {
    if (!isObject(change) || typeof change.address !== "string" || !isObject(change.change)) continue;
    const unknown2 = change.change.after_unknown;
    if (isObject(unknown2)) out.set(change.address, unknown2);
  }
  return out;
}
function isEndpointDefaultPolicy(policy) {
  const value = typeof policy === "string" ? parsed(policy) : void 0;
  if (!isObject(value) || !Array.isArray(value.Statement) || value.Statement.length !== 1) return false;
  if (Object.keys(value).some((key) => key !== "Statement" && !(key === "Version" && value.Version === "2008-10-17"))) return false;
  const statement2 = value.Statement[0];
  return isObject(statement2) && Object.keys(statement2).length === 4 && statement2.Action === "*" && statement2.Effect === "Allow" && statement2.Principal === "*" && statement2.Resource === "*";
}
function planSites(resources, unknown2) {
  const standalone = /* @__PURE__ */ new Map();
  const governed = /* @__PURE__ */ new Set();
  const roleParts = /* @__PURE__ */ new Set();
  for (const { type, values } of resources) {
    for (const { attribute } of POLICY_ATTRIBUTES[type] ?? []) standalone.set(type, (standalone.get(type) ?? /* @__PURE__ */ new Set()).add(values[attribute]));
    const container = Object.values(POLICY_RESOURCE_OF).find((c) => c.resource === type);
    if (container && typeof values[container.target] === "string") governed.add(`${type}\0${values[container.target]}`);
    if (type === "aws_iam_role_policy") roleParts.add(`${String(values.role)}\0policy\0${String(values.name)}`);
    if (type === "aws_iam_role_policy_attachment") roleParts.add(`${String(values.role)}\0arn`);
  }
  const sites = [];
  for (const resource2 of resources) {
    const { type, values, address } = resource2;
    const at2 = (...steps) => [...resource2.valuesPath, ...steps];
    let locations = POLICY_ATTRIBUTES[type];
    if (type === "aws_organizations_policy") {
      const orgType = values.type === null ? "SERVICE_CONTROL_POLICY" : values.type;
      const policyType = typeof orgType === "string" && Object.hasOwn(ORGANIZATIONS_TYPES, orgType) ? ORGANIZATIONS_TYPES[orgType] : void 0;
      locations = policyType ? [{ attribute: "content", policyType }] : void 0;
    }
    if (type === "aws_vpc_endpoint" && (standalone.get("aws_vpc_endpoint_policy")?.has(values.policy) || isEndpointDefaultPolicy(values.policy))) locations = void 0;
    for (const { attribute, policyType, resourceType: ruleResourceType } of locations ?? []) {
      const own = Object.hasOwn(POLICY_RESOURCE_OF, type) ? POLICY_RESOURCE_OF[type] : void 0;
      const policy = values[attribute];
      if (typeof policy !== "string") continue;
      if (own && (standalone.get(own.resource)?.has(policy) || isAwsDefaultPolicy(type, policy) || own.names.some((name) => typeof values[name] === "string" && governed.has(`${own.resource}\0${values[name]}`)))) continue;
      sites.push({ kind: "policy", path: at2(attribute), address, resourceType: type, policyType, ...ruleResourceType ? { ruleResourceType } : {} });
    }
    if (type === "aws_iam_role" && Array.isArray(values.inline_policy)) {
      values.inline_policy.forEach((inline, i) => {
        if (!isObject(inline) || typeof inline.policy !== "string" || roleParts.has(`${String(values.name)}\0policy\0${String(inline.name)}`)) return;
        sites.push({ kind: "policy", path: at2("inline_policy", i, "policy"), address: `${address}.inline_policy[${i}]`, resourceType: type, policyType: "identity" });
      });
    }
    for (const attribute of POLICY_ARN_ATTRIBUTES[type] ?? []) {
      const arn = values[attribute];
      if (arn === "") continue;
      const list = Array.isArray(arn) ? arn.map((item, i) => [item, at2(attribute, i)]) : [[arn, at2(attribute)]];
      for (const [item, path] of list) {
        if (typeof item !== "string" || attribute === "managed_policy_arns" && roleParts.has(`${String(values.name)}\0arn`)) continue;
        sites.push({ kind: "arn", path, where: `${address}.${attribute}`, boundary: attribute === "permissions_boundary" });
      }
    }
    const permission = Object.hasOwn(PERMISSION_BLOCKS, type) ? PERMISSION_BLOCKS[type] : void 0;
    if (permission) {
      const open = unknown2.get(address) ?? {};
      const attributes = Object.entries(permission.attributes).filter(([attribute]) => (values[attribute] ?? null) !== null && !unsetByProvider(type, attribute, values[attribute]) || open[attribute] === true).map(([attribute, property]) => ({ attribute, property, path: at2(attribute), unknown: (values[attribute] ?? null) === null }));
      sites.push({ kind: "permission", resource: resource2, attributes });
    }
  }
  return sites;
}
function readTerraformPlan(text, value, key) {
  const resources = key === "resources" ? stateResources(value) : key === "modules" ? legacyStateResources(value) : planResources(value, key);
  const sites = planSites(resources, key === "planned_values" ? unknownAttributes(value) : /* @__PURE__ */ new Map());
  const policies = [];
  const arns = [];
  const wanted = sites.flatMap((site) => site.kind === "permission" ? [site.resource.anchorPath, ...site.attributes.filter((a) => !a.unknown).map((a) => a.path)] : [site.path]);
  const located = locate(text, wanted);
  const at2 = (path) => located.get(pathKey(path));
  const valueAt = (path) => path.reduce((node, step) => node[step], value);
  for (const site of sites) {
    if (site.kind === "policy") {
      const where = at2(site.path);
      const policy = valueAt(site.path);
      if (!where || policy === "") continue;
      const embedded = embedPolicy(text, stringNode(text, where, policy), [where.keyStart, where.keyEnd]);
      if (!embedded) continue;
      const { kind: _, ...rest } = site;
      policies.push({ embedded, fixable: false, ...rest });
      const parsed2 = parsed(policy);
      if (parsed2 !== void 0) setPath(value, site.path, parsed2);
    } else if (site.kind === "arn") {
      const where = at2(site.path);
      const arn = valueAt(site.path);
      if (where) arns.push({ value: arn, placeholders: [], start: where.start, end: where.end, written: arn, path: site.path, where: site.where, ...site.boundary ? { boundary: true } : {} });
    } else {
      const { resource: resource2 } = site;
      const permission = PERMISSION_BLOCKS[resource2.type];
      const addressAt = at2(resource2.anchorPath);
      const anchor = addressAt ? [addressAt.start, addressAt.end] : [0, 0];
      const properties = /* @__PURE__ */ new Map();
      for (const { property, path, unknown: unknown2 } of site.attributes) {
        const where = at2(path);
        const node = unknown2 ? knownAfterApply(anchor) : where && scalarNode(text, where, valueAt(path));
        if (node) properties.set(property, { keyStart: where?.keyStart ?? anchor[0], keyEnd: where?.keyEnd ?? anchor[1], value: node });
      }
      const embedded = embedPermission(text, properties, permission.spec, anchor);
      if (!embedded) continue;
      const rename = (property) => Object.entries(permission.attributes).find(([, p]) => p === property)?.[0] ?? property;
      policies.push({
        embedded,
        path: resource2.valuesPath,
        policyType: "resource",
        fixable: false,
        address: resource2.address,
        resourceType: resource2.type,
        propertyPath: permissionPath(permission.spec, rename),
        message: permissionMessage(permission.spec, rename)
      });
    }
  }
  return { policies, arns, value };
}
function lintTerraformPlan(filePath2, text, value, key, rules) {
  const read = readTerraformPlan(text, value, key);
  if (read.policies.length === 0 && read.arns.length === 0) return { messages: [], policies: 0, value: read.value };
  const lines = new LineIndex(text);
  const messages = [
    ...lintEmbeddedPolicies(filePath2, text, read.policies, rules, TERRAFORM_MISTAKE, lines),
    ...policyArnMessages(read.arns, rules, lines)
  ];
  return { messages: dedupe(messages).sort(compareMessages), policies: read.policies.length + read.arns.length, value: read.value };
}
var pathKey = (path) => JSON.stringify(path);
function locate(text, paths) {
  const out = /* @__PURE__ */ new Map();
  if (paths.length === 0) return out;
  const root = { children: /* @__PURE__ */ new Map() };
  for (const path of paths) {
    let node = root;
    for (const step of path) {
      let next = node.children.get(step);
      if (!next) node.children.set(step, next = { children: /* @__PURE__ */ new Map() });
      node = next;
    }
    node.wanted = pathKey(path);
  }
  const space = (i) => {
    while (i < text.length && (text[i] === " " || text[i] === "\n" || text[i] === "\r" || text[i] === "	")) i++;
    return i;
  };
  const skipString = (i) => {
    for (let j = text.indexOf('"', i + 1); ; j = text.indexOf('"', j + 1)) {
      let backslashes = 0;
      while (text[j - 1 - backslashes] === "\\") backslashes++;
      if (backslashes % 2 === 0) return j + 1;
    }
  };
  const skipValue = (i) => {
    if (text[i] === '"') return skipString(i);
    if (text[i] !== "{" && text[i] !== "[") {
      while (i < text.length && !",}] \n\r	".includes(text[i])) i++;
      return i;
    }
    let depth = 0;
    for (; ; ) {
      const c = text[i];
      if (c === '"') {
        i = skipString(i);
        continue;
      }
      if (c === "{" || c === "[") depth++;
      else if ((c === "}" || c === "]") && --depth === 0) return i + 1;
      i++;
    }
  };
  const visit = (i, trie, key) => {
    const end = trie.children.size === 0 || text[i] !== "{" && text[i] !== "[" ? skipValue(i) : void 0;
    if (trie.wanted && end !== void 0) out.set(trie.wanted, { start: i, end, keyStart: key[0], keyEnd: key[1] });
    if (end !== void 0) return end;
    const object = text[i] === "{";
    i = space(i + 1);
    for (let index = 0; text[i] !== (object ? "}" : "]"); index++) {
      let step = index;
      let at2 = [i, i];
      if (object) {
        const keyEnd = skipString(i);
        at2 = [i, keyEnd];
        step = JSON.parse(text.slice(i, keyEnd));
        i = space(space(keyEnd) + 1);
      }
      const child = trie.children.get(step);
      i = space(child ? visit(i, child, at2) : skipValue(i));
      if (text[i] === ",") i = space(i + 1);
    }
    return i + 1;
  };
  visit(space(text.charCodeAt(0) === 65279 ? 1 : 0), root, [0, 0]);
  return out;
}
function stringNode(text, where, value) {
  return { kind: "string", start: where.start, end: where.end, value, charMap: jsonStringMap(text, where.start), json: true };
}
function scalarNode(text, where, value) {
  if (typeof value === "string") return stringNode(text, where, value);
  if (typeof value === "number" || typeof value === "boolean") return { kind: typeof value, start: where.start, end: where.end, value, json: true };
  return void 0;
}
function knownAfterApply(anchor) {
  const placeholder = "${TF::(known after apply)}";
  return {
    kind: "string",
    value: placeholder,
    start: anchor[0],
    end: anchor[1],
    charMap: new Array(placeholder.length + 1).fill(-1),
    placeholders: [[0, placeholder.length]],
    json: true
  };
}

// src/terraform/file-refs.ts
import { resolve } from "node:path";
function fileCall(expr) {
  let value = expr;
  if (value.kind === "call" && value.name === "jsonencode" && value.args.length === 1) {
    const inner = value.args[0];
    if (inner.kind !== "call" || inner.name !== "jsondecode" || inner.args.length !== 1) return void 0;
    value = inner.args[0];
  }
  if (value.kind !== "call" || value.args.length === 0) return void 0;
  if (value.name === "file" && value.args.length === 1) return { path: value.args[0], template: false };
  if (value.name === "templatefile" && value.args.length === 2) return { path: value.args[0], template: true };
  return void 0;
}
function filePath(expr, directory) {
  if (expr.kind !== "template" || expr.heredoc) return void 0;
  const [first, ...rest] = expr.parts;
  const literal = (parts2) => parts2.every((p) => p.kind === "text") ? parts2.map((p) => p.text).join("") : void 0;
  if (first?.kind === "interpolation" && first.inner.trim() === "path.module") {
    const tail = literal(rest);
    return tail !== void 0 && tail.startsWith("/") ? resolve(directory, `.${tail}`) : void 0;
  }
  const whole = literal(expr.parts);
  return whole ? resolve(directory, whole) : void 0;
}
function terraformFileReferences(files, directory) {
  const out = /* @__PURE__ */ new Map();
  const { text, spans } = joinModule(files.map((file) => file.text));
  const body = scanModule(text, spans).flatMap((scanned) => scanned.body);
  const locals = moduleLocals(body);
  for (const location of terraformPolicyLocations(body, text, locals)) {
    const call = fileCall(throughLocals(text, location.attribute.value, locals).expr);
    const path = call && filePath(call.path, directory);
    if (!path) continue;
    const reference = {
      policyType: location.policyType,
      template: call.template,
      ...location.ruleResourceType ? { ruleResourceType: location.ruleResourceType } : {}
    };
    out.set(path, [...out.get(path) ?? [], reference]);
  }
  return out;
}
function agreedReference(references) {
  const [first] = references;
  const same = (r) => r.policyType === first.policyType && r.ruleResourceType === first.ruleResourceType;
  if (!first || !references.every(same)) return void 0;
  return { ...first, template: references.some((r) => r.template) };
}
export {
  agreedReference,
  lintTerraformModule,
  lintTerraformPlan,
  lintTerraformTemplateFile,
  mayHoldPolicies,
  readTerraformPlan,
  terraformFileReferences,
  terraformModuleEmbeddedPolicies,
  terraformPolicies
};
