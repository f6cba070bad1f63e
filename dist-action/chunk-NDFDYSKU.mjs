import { createRequire as __policyLintCreateRequire } from 'node:module';
const require = __policyLintCreateRequire(import.meta.url);
import {
  PolicyDocument,
  compareMessages,
  duplicateKeys
} from "./chunk-E5A4K3G6.mjs";

// src/engine/rule.ts
function defineRule(rule) {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(rule.id)) throw new Error(`Rule id "${rule.id}" must be kebab-case.`);
  return Object.freeze(rule);
}
function interpolate(template, data = {}) {
  return template.replace(
    /\{\{\s*([\w.]+)\s*\}\}/g,
    (whole, name) => name in data ? String(data[name]) : whole
  );
}
function appliesTo(rule, policyType) {
  return !rule.meta.policyTypes || rule.meta.policyTypes.includes(policyType);
}
function issueCodesOf(meta) {
  return meta.issueCode === void 0 ? [] : typeof meta.issueCode === "string" ? [meta.issueCode] : [...meta.issueCode];
}

// src/engine/memo.ts
function memoizeLast(compute) {
  let lastKey;
  let lastValue;
  return (key) => {
    if (key !== lastKey) {
      lastValue = compute(key);
      lastKey = key;
    }
    return lastValue;
  };
}

// src/engine/normalize.ts
var LIST_ELEMENTS = ["Action", "NotAction", "Resource", "NotResource"];
function isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
var asList = (value) => Array.isArray(value) ? value : [value];
function normalizeStatement(statement) {
  if (!isObject(statement)) return statement;
  const out = { ...statement };
  for (const key of LIST_ELEMENTS) {
    if (key in out) out[key] = asList(out[key]);
  }
  if (isObject(out.Principal)) out.Principal = listValues(out.Principal);
  if (isObject(out.NotPrincipal)) out.NotPrincipal = listValues(out.NotPrincipal);
  if (isObject(out.Condition)) {
    const condition = { ...out.Condition };
    for (const operator of Object.keys(condition)) {
      const block = condition[operator];
      if (isObject(block)) condition[operator] = listValues(block);
    }
    out.Condition = condition;
  }
  return out;
}
function listValues(object) {
  const out = { ...object };
  for (const key of Object.keys(out)) out[key] = asList(out[key]);
  return out;
}
function normalizePolicy(value) {
  entriesByStatement = /* @__PURE__ */ new Map();
  if (!isObject(value)) return value;
  const out = { ...value };
  if ("Statement" in out) out.Statement = asList(out.Statement).map(normalizeStatement);
  return out;
}
function denormalizePath(raw, path) {
  const out = [];
  let current = raw;
  for (const segment of path) {
    if (typeof segment === "number" && !Array.isArray(current)) {
      if (segment === 0) continue;
      out.push(segment);
      current = void 0;
      continue;
    }
    out.push(segment);
    current = Array.isArray(current) ? current[segment] : isObject(current) ? current[segment] : void 0;
  }
  return out;
}
function formatPath(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else out += /^[A-Za-z_$][\w$]*$/.test(segment) ? out ? `.${segment}` : segment : `[${JSON.stringify(segment)}]`;
  }
  return out || "(document)";
}
function statementsOf(policy) {
  const list = isObject(policy) && Array.isArray(policy.Statement) ? policy.Statement : [];
  const out = [];
  list.forEach((statement, index) => {
    if (isObject(statement)) out.push({ statement, path: ["Statement", index] });
  });
  return out;
}
var statementMatches = memoizeLast((policy) => statementsOf(policy).map(({ statement, path }) => ({ value: statement, path })));
var conditionStatementMatches = memoizeLast((policy) => statementMatches(policy).filter(({ value }) => isObject(value.Condition)));
var NO_CONDITION_ENTRIES = Object.freeze([]);
var entriesByStatement = /* @__PURE__ */ new Map();
function conditionEntries(statement, statementPath) {
  if (!isObject(statement.Condition)) return NO_CONDITION_ENTRIES;
  const known = entriesByStatement.get(statement);
  if (known && known.path.length === statementPath.length && known.path.every((segment, i) => segment === statementPath[i])) {
    return known.entries;
  }
  const entries = entriesOf(statement, statementPath);
  if (entriesByStatement.size >= 1e4) entriesByStatement.clear();
  entriesByStatement.set(statement, { path: [...statementPath], entries });
  return entries;
}
function entriesOf(statement, statementPath) {
  const out = [];
  if (!isObject(statement.Condition)) return out;
  for (const [operator, block] of Object.entries(statement.Condition)) {
    if (!isObject(block)) continue;
    const operatorPath = [...statementPath, "Condition", operator];
    for (const [key, values] of Object.entries(block)) {
      out.push({ operator, key, values, operatorPath, keyPath: [...operatorPath, key] });
    }
  }
  return out;
}

// src/engine/fixer.ts
var Fixer = class {
  constructor(document) {
    this.document = document;
  }
  document;
  replaceRange(range, text) {
    return { range, text };
  }
  insertTextAt(offset, text) {
    return { range: [offset, offset], text };
  }
  /** Replace the value at `path` with a JSON value. */
  replaceValue(path, value) {
    const node = this.require(path);
    return { range: [node.offset, node.offset + node.length], text: this.stringify(value, node) };
  }
  /** Rename the key of the property whose value is at `path`. */
  renameKey(path, newKey) {
    const key = this.requireProperty(path).children[0];
    return { range: [key.offset, key.offset + key.length], text: JSON.stringify(newKey) };
  }
  /** Remove the property whose value is at `path`, with its comma and its line when it has one of its own. */
  removeProperty(path) {
    return this.removeChild(this.requireProperty(path));
  }
  /** Remove the array element at `path`, with its comma and its line when it has one of its own. */
  removeElement(path) {
    const node = this.require(path);
    if (node.parent?.type !== "array") throw new Error(`Not an array element: ${JSON.stringify(path)}`);
    return this.removeChild(node);
  }
  /**
   * Add a property to the object at `objectPath`, laid out like its siblings. By default it goes last;
   * `first: true` puts it before the first property.
   */
  insertProperty(objectPath, key, value, options = {}) {
    const object = this.require(objectPath);
    if (object.type !== "object") throw new Error(`Not an object: ${JSON.stringify(objectPath)}`);
    const children = object.children ?? [];
    const colon = this.colon(object);
    const member = (indent2) => `${JSON.stringify(key)}${colon}${options.rawValue ?? this.stringify(value, this.model(object), indent2)}`;
    if (children.length === 0) {
      if (this.onOneLine(object)) return { range: [object.offset, object.offset + object.length], text: `{${member("")}}` };
      const indent2 = this.lineIndent(object.offset);
      const inner = indent2 + this.indentUnit();
      const eol = this.eol();
      return { range: [object.offset, object.offset + object.length], text: `{${eol}${inner}${member(inner)}${eol}${indent2}}` };
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
  colon(near) {
    for (let node = near ?? this.document.root; node; node = node.parent) {
      const colon = node.type === "object" ? this.colonOf(node.children?.[0]) : void 0;
      if (colon !== void 0) return colon;
    }
    return ": ";
  }
  /** The text between a property's key and its value (the colon and its spaces), unless it spans lines. */
  colonOf(property) {
    const [keyNode, valueNode] = property?.children ?? [];
    if (!keyNode || !valueNode) return void 0;
    const between = this.document.text.slice(keyNode.offset + keyNode.length, valueNode.offset);
    return /^[ \t]*:[ \t]*$/.test(between) ? between : void 0;
  }
  /**
   * Append values to the list at `path`. An array gets new elements laid out like its own; a single
   * value (a string) becomes an array of the old value and the new ones.
   */
  appendToList(path, values) {
    const node = this.require(path);
    const text = this.document.text;
    if (node.type === "array") {
      const elements = node.children ?? [];
      if (elements.length === 0) {
        return { range: [node.offset, node.offset + node.length], text: this.stringify(values, node) };
      }
      const last = elements[elements.length - 1];
      const separator = this.separatorIn(node);
      const end = last.offset + last.length;
      const indent2 = this.lineIndent(elements[0].offset);
      return { range: [end, end], text: values.map((v) => separator + this.stringify(v, this.model(node), indent2)).join("") };
    }
    const old = text.slice(node.offset, node.offset + node.length);
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
  lineIndent(offset) {
    const text = this.document.text;
    let start = offset;
    while (start > 0 && text[start - 1] !== "\n" && text[start - 1] !== "\r") start--;
    let end = start;
    while (end < text.length && (text[end] === " " || text[end] === "	")) end++;
    return text.slice(start, end);
  }
  /** The file's indentation step: the smallest non-empty indentation it uses, else four spaces. */
  indentUnit() {
    const match = /^([ \t]+)\S/m.exec(this.document.text);
    if (!match) return "    ";
    const indents = [...this.document.text.matchAll(/^([ \t]+)\S/gm)].map((m) => m[1]);
    return indents.reduce((a, b) => b.length < a.length ? b : a);
  }
  eol() {
    const match = /\r\n|\r|\n/.exec(this.document.text);
    return match ? match[0] : "\n";
  }
  /**
   * Serialise a value for insertion as the file writes values at `near` (the value it replaces or goes
   * beside, or the container it goes in): with its colon; on one line where `near` is on one line (see
   * onOneLine), else one member per line, indented by the file's unit from `indent` (default: `near`'s line's).
   */
  stringify(value, near, indent) {
    if (value === null || typeof value !== "object") return JSON.stringify(value);
    const colon = this.colon(near);
    if (near && this.onOneLine(near)) {
      const comma = this.oneLineComma(near, near);
      return render(value, colon, (items) => items.join(comma));
    }
    const base = indent ?? (near ? this.lineIndent(near.offset) : "");
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
  onOneLine(node) {
    const span = isContainer(node) && node.children?.length ? node : enclosing(node);
    return span !== void 0 && !/[\r\n]/.test(this.document.text.slice(span.offset, span.offset + span.length));
  }
  /** The first member value or element of `container` that is itself a non-empty object or array, else `container`: a new one is laid out like it. */
  model(container) {
    for (const child of container.children ?? []) {
      const value = child.type === "property" ? child.children?.[1] : child;
      if (value && isContainer(value) && value.children?.length) return value;
    }
    return container;
  }
  /** The comma for items on one line: as between `container`'s first two children, else by the colon at `near` (`,` minified, `, `). */
  oneLineComma(container, near) {
    return (container && this.inlineComma(container)) ?? (this.colon(near).endsWith(" ") ? ", " : ",");
  }
  /** The separator between `node`'s first two children when they are on one line (`,` or `, `). */
  inlineComma(node) {
    const [a, b] = node.children ?? [];
    const separator = a && isContainer(node) ? this.separatorAfter(a, b) : void 0;
    return separator !== void 0 && !/[\r\n]/.test(separator) ? separator : void 0;
  }
  /** The separator before a new last child of a non-empty container: as between its children, else separatorFor. */
  separatorIn(container) {
    const [first, second] = container.children;
    return this.separatorAfter(first, second) ?? this.separatorFor(container, first);
  }
  /** The text between two siblings, from the comma on: `,\n        `. */
  separatorAfter(a, b) {
    if (!b) return void 0;
    const between = this.document.text.slice(a.offset + a.length, b.offset);
    const comma = between.indexOf(",");
    return comma >= 0 ? between.slice(comma) : void 0;
  }
  /**
   * For a container with one child: a newline and the child's indentation if it sits on its own line (there
   * is a newline between the bracket and the child); when it hugs the bracket, a bare comma in a minified
   * file (`{"Statement":[{…}]}`, colons without a space) and a comma and a space where colons are spaced
   * (`{"Statement": [{…}]}`); else a comma and a space.
   */
  separatorFor(container, child) {
    const text = this.document.text;
    const before = text.slice(container.offset + 1, child.offset);
    if (/[\r\n]/.test(before)) return `,${this.eol()}${this.lineIndent(child.offset)}`;
    return before === "" && !this.colon(container).endsWith(" ") ? "," : ", ";
  }
  removeChild(child) {
    const parent = child.parent;
    const siblings = parent.children;
    const index = siblings.indexOf(child);
    if (siblings.length === 1) {
      return { range: [parent.offset + 1, parent.offset + parent.length - 1], text: "" };
    }
    if (index < siblings.length - 1) {
      const next = siblings[index + 1];
      return { range: [child.offset, next.offset], text: "" };
    }
    const previous = siblings[index - 1];
    return { range: [previous.offset + previous.length, child.offset + child.length], text: "" };
  }
  /** Paths may be in the normalised view (`["Statement", 0, …]` for a single statement object), as in reports. */
  require(path) {
    const node = this.document.nodeAt(denormalizePath(this.document.value, path));
    if (!node) throw new Error(`No node at ${JSON.stringify(path)}`);
    return node;
  }
  requireProperty(path) {
    const property = this.document.propertyAt(denormalizePath(this.document.value, path));
    if (!property) throw new Error(`No property at ${JSON.stringify(path)}`);
    return property;
  }
};
var isContainer = (node) => node.type === "object" || node.type === "array";
function enclosing(node) {
  return node.parent?.type === "property" ? node.parent.parent : node.parent;
}
function render(value, colon, join, depth = 0) {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const items = Array.isArray(value) ? value.map((item) => render(item, colon, join, depth + 1)) : Object.entries(value).filter(([, item]) => item !== void 0).map(([key, item]) => `${JSON.stringify(key)}${colon}${render(item, colon, join, depth + 1)}`);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  return items.length === 0 ? open + close : `${open}${join(items, depth)}${close}`;
}
function applyEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = "";
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.range[0] < cursor) throw new Error("Overlapping edits");
    out += text.slice(cursor, edit.range[0]) + edit.text;
    cursor = edit.range[1];
  }
  return out + text.slice(cursor);
}
function mergeEdits(text, edits) {
  const sorted = [...edits].sort((a, b) => a.range[0] - b.range[0]);
  const start = sorted[0].range[0];
  const end = Math.max(...sorted.map((e) => e.range[1]));
  const shifted = sorted.map((e) => ({ range: [e.range[0] - start, e.range[1] - start], text: e.text }));
  return { range: [start, end], text: applyEdits(text.slice(start, end), shifted) };
}

// src/engine/select.ts
var jsonPathEngine;
var SIMPLE = /^\$(?:\.[A-Za-z_][\w-]*|\[\*\]|\.\*)*$/;
function needsJsonPathEngine(given) {
  if (typeof given === "function") return false;
  return (typeof given === "string" ? [given] : given).some((g) => !SIMPLE.test(g));
}
async function loadJsonPathEngine() {
  if (jsonPathEngine) return;
  const module = await import("./index-node-esm-54E37J7U.mjs");
  jsonPathEngine = module.JSONPath;
}
var Selector = class {
  constructor(policy) {
    this.policy = policy;
  }
  policy;
  cache = /* @__PURE__ */ new Map();
  select(given) {
    if (typeof given === "function") return given(this.policy);
    if (typeof given === "string") return this.one(given);
    return given.flatMap((g) => this.one(g));
  }
  one(path) {
    let result = this.cache.get(path);
    if (!result) {
      result = SIMPLE.test(path) ? walkSimple(this.policy, path) : evaluate(this.policy, path);
      this.cache.set(path, result);
    }
    return result;
  }
};
function walkSimple(root, path) {
  const steps = path.slice(1).match(/\.[A-Za-z_][\w-]*|\[\*\]|\.\*/g) ?? [];
  let current = [{ value: root, path: [] }];
  for (const step of steps) {
    const next = [];
    for (const { value, path: at } of current) {
      if (step === "[*]" || step === ".*") {
        if (Array.isArray(value)) value.forEach((v, i) => next.push({ value: v, path: [...at, i] }));
        else if (value && typeof value === "object") {
          for (const [k, v] of Object.entries(value)) next.push({ value: v, path: [...at, k] });
        }
      } else {
        const key = step.slice(1);
        if (value && typeof value === "object" && !Array.isArray(value) && Object.hasOwn(value, key)) {
          next.push({ value: value[key], path: [...at, key] });
        }
      }
    }
    current = next;
  }
  return current;
}
function evaluate(root, path) {
  if (!jsonPathEngine) throw new Error(`JSONPath engine not loaded for "${path}"; call loadJsonPathEngine() first.`);
  return jsonPathEngine({ path, json: root, resultType: "all", wrap: true }).map(({ value, pointer }) => ({
    value,
    path: pointerToPath(root, pointer)
  }));
}
function pointerToPath(root, pointer) {
  if (pointer === "") return [];
  const out = [];
  let current = root;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(current)) {
      const index = Number(segment);
      out.push(index);
      current = current[index];
    } else {
      out.push(segment);
      current = current && typeof current === "object" ? current[segment] : void 0;
    }
  }
  return out;
}

// src/engine/linter.ts
function ruleOptions(enabled) {
  return { ...enabled.rule.meta.defaultOptions, ...enabled.options };
}
var JSON_SYNTAX_RULE_ID = "json-syntax";
var JSON_SYNTAX_ISSUE_CODE = "JSON_SYNTAX_ERROR";
var JSON_SYNTAX_MESSAGE_ID = "syntaxError";
var RuleError = class extends Error {
  constructor(ruleId, filePath, causeError) {
    super(`Rule "${ruleId}" failed on ${filePath}: ${causeError instanceof Error ? causeError.message : String(causeError)}`);
    this.ruleId = ruleId;
    this.filePath = filePath;
    this.causeError = causeError;
  }
  ruleId;
  filePath;
  causeError;
};
async function prepareRules(rules) {
  if (rules.some(({ rule }) => needsJsonPathEngine(rule.given))) await loadJsonPathEngine();
}
function lintDocument(document, options) {
  if (document.syntaxError) return [syntaxMessage(document)];
  const policy = normalizePolicy(document.value);
  const selector = new Selector(policy);
  const findings = new Findings();
  const contexts = contextsFor(options.rules, options.policyType);
  let current;
  try {
    for (let i = 0; i < contexts.length; i++) {
      current = contexts[i];
      current.document = document;
      current.policy = policy;
      current.findings = findings;
      const { rule } = current.enabled;
      const matches = selector.select(rule.given);
      for (let j = 0; j < matches.length; j++) rule.check(matches[j], current);
    }
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) return [tooDeepMessage(document)];
    throw new RuleError(current.ruleId, document.filePath, error);
  } finally {
    for (let i = 0; i < contexts.length; i++) contexts[i].release();
  }
  return findings.messages.sort(compareMessages);
}
var Findings = class {
  messages = [];
  seen;
  add(message) {
    const key = findingKey(message);
    this.seen ??= /* @__PURE__ */ new Set();
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.messages.push(message);
  }
};
function findingKey(message) {
  return `${message.ruleId}|${message.range}|${message.message}`;
}
var Context = class {
  constructor(enabled, policyType) {
    this.enabled = enabled;
    this.policyType = policyType;
    this.ruleId = enabled.rule.id;
    this.options = ruleOptions(enabled);
    this.report = this.report.bind(this);
  }
  enabled;
  policyType;
  ruleId;
  options;
  document;
  policy;
  findings;
  report(report) {
    this.findings.add(toMessage(this.document, this.enabled, report));
  }
  /** Let go of the document once it is linted. */
  release() {
    this.document = void 0;
    this.policy = void 0;
    this.findings = void 0;
  }
};
var contextsByType = memoizeLast((_rules) => /* @__PURE__ */ new Map());
function contextsFor(rules, policyType) {
  const byType = contextsByType(rules);
  let contexts = byType.get(policyType);
  if (!contexts) {
    contexts = rules.filter(({ rule }) => appliesTo(rule, policyType)).map((enabled) => new Context(enabled, policyType));
    byType.set(policyType, contexts);
  }
  return contexts;
}
function syntaxMessage(document) {
  const { message, offset, length } = document.syntaxError;
  const bom = offset === 0 && document.text.charCodeAt(0) === 65279;
  return fatalMessage(document, message, offset, length, bom ? { range: [0, 1], text: "" } : void 0);
}
function fatalMessage(document, message, offset, length, fix) {
  const range = document.rangeOf(offset, offset + length);
  return {
    ruleId: JSON_SYNTAX_RULE_ID,
    severity: 2,
    fatal: true,
    message,
    messageId: JSON_SYNTAX_MESSAGE_ID,
    line: range.line,
    column: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn,
    range: [range.offset, range.endOffset],
    issueCode: JSON_SYNTAX_ISSUE_CODE,
    ...fix ? { fix } : {}
  };
}
function notUtf8Message(document, invalid) {
  if (invalid.utf16) {
    const order = invalid.utf16.endian === "LE" ? "little-endian" : "big-endian";
    return fatalMessage(
      document,
      `The file is UTF-16 (${order}) text; a JSON policy must be UTF-8 text: save it as UTF-8 (Windows PowerShell's \`>\` and Out-File write UTF-16).`,
      invalid.offset,
      1
    );
  }
  const byte = `0x${invalid.byte.toString(16).toUpperCase().padStart(2, "0")}`;
  return fatalMessage(
    document,
    `Byte ${byte} is not UTF-8 (was the file saved as Latin-1 or Windows-1252?); a JSON policy must be UTF-8 text: save it as UTF-8.`,
    invalid.offset,
    1
  );
}
var MAX_REPORTED_DEPTH = 64;
function tooDeepMessage(document) {
  return fatalMessage(
    document,
    `The document nests arrays and objects more than ${MAX_REPORTED_DEPTH} levels deep, too deep to check; an IAM policy has a few levels.`,
    deeperThan(document.text, MAX_REPORTED_DEPTH),
    1
  );
}
function deeperThan(text, limit) {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) {
      inString = true;
    } else if (c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else if (c === 93 || c === 125) {
      depth--;
    }
  }
  return 0;
}
function toMessage(document, enabled, report) {
  const { rule } = enabled;
  const template = rule.meta.messages[report.messageId];
  if (template === void 0) throw new Error(`Unknown messageId "${report.messageId}"`);
  const codes = issueCodesOf(rule.meta);
  if (report.issueCode != null && !codes.includes(report.issueCode)) {
    throw new Error(`issueCode "${report.issueCode}" is not in meta.issueCode`);
  }
  const path = denormalizePath(document.value, report.path);
  const located = report.node ? locateNode(document, report.node, path) : document.locate(path, report.target);
  if (!located) throw new Error("Cannot locate a finding in an empty document");
  let { offset, endOffset } = located.range;
  if (report.substring && located.exact && located.node.type === "string") {
    [offset, endOffset] = substringOffsets(document.text, located.node.offset, report.substring);
  }
  const range = document.rangeOf(offset, endOffset);
  const reportLevel = report.severity === "warn" ? 1 : 2;
  const message = {
    ruleId: rule.id,
    severity: Math.min(enabled.severity, reportLevel),
    message: interpolate(template, report.data),
    line: range.line,
    column: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn,
    messageId: report.messageId,
    range: [offset, endOffset],
    path: located.path
  };
  const issueCode = report.issueCode === null ? void 0 : report.issueCode ?? (codes.length === 1 ? codes[0] : void 0);
  if (issueCode) message.issueCode = issueCode;
  const fixer = new Fixer(document);
  if (report.fix) {
    const edit = runFix(document, fixer, report.fix);
    if (edit && rule.meta.fixable === "safe") message.fix = edit;
    else if (edit && rule.meta.fixable === "suggestion") {
      message.suggestions = [{ desc: message.message, messageId: report.messageId, fix: edit }];
    }
  }
  for (const suggestion of report.suggest ?? []) {
    const edit = runFix(document, fixer, suggestion.fix);
    const desc = rule.meta.messages[suggestion.messageId];
    if (desc === void 0) throw new Error(`Unknown suggestion messageId "${suggestion.messageId}"`);
    if (edit) {
      (message.suggestions ??= []).push({ desc: interpolate(desc, suggestion.data), messageId: suggestion.messageId, fix: edit });
    }
  }
  return message;
}
function locateNode(document, node, path) {
  const token = node.type === "property" && node.children?.[0] ? node.children[0] : node;
  return { node: token, exact: true, range: document.nodeRange(token), path };
}
function runFix(document, fixer, fix) {
  const result = fix(fixer);
  if (!result) return void 0;
  const edits = Array.isArray(result) ? result : [result];
  if (edits.length === 0) return void 0;
  return mergeEdits(document.text, edits);
}
function substringOffsets(text, tokenOffset, { start, length }) {
  const map = jsonStringMap(text, tokenOffset);
  const last = map.length - 1;
  return [map[Math.min(start, last)], map[Math.min(start + length, last)]];
}
function jsonStringMap(text, offset) {
  const map = [];
  let i = offset + 1;
  while (i < text.length && text[i] !== '"') {
    map.push(i);
    i += text[i] === "\\" ? text[i + 1] === "u" ? 6 : 2 : 1;
  }
  map.push(i);
  return map;
}
function lintAndFix(filePath, text, options, unsuppressed = (messages) => messages, anchors) {
  let document = new PolicyDocument(filePath, text);
  let fixed = false;
  for (let pass = 0; pass < 10; pass++) {
    const messages = lintDocument(document, options);
    const edits = fixesOfPass(unsuppressed(messages, document.value));
    const next = edits.length > 0 ? acceptedEdits(document, edits, anchors) : document.text;
    if (next === document.text) return { output: document.text, messages, fixed, document };
    document = new PolicyDocument(filePath, next);
    fixed = true;
  }
  return { output: document.text, messages: lintDocument(document, options), fixed, document };
}
function fixesOfPass(messages) {
  const edits = [];
  let cursor = -1;
  for (const m of messages.filter((m2) => m2.fix).sort((a, b) => a.fix.range[0] - b.fix.range[0])) {
    if (m.fix.range[0] <= cursor) continue;
    edits.push(m.fix);
    cursor = m.fix.range[1];
  }
  return edits;
}
function acceptedEdits(document, edits, anchors) {
  const text = document.text;
  const duplicates = duplicateKeys(text);
  const selected = anchors?.(document) ?? [];
  const keeps = (next, applied) => {
    if (addsDuplicateKey(duplicates, duplicateKeys(next), applied)) return false;
    if (selected.length === 0) return true;
    const moved = selected.map((offset) => movedOffset(offset, applied));
    const now = anchors(new PolicyDocument(document.filePath, next));
    return moved.length === now.length && moved.every((offset, i) => offset === now[i]);
  };
  const all = applyEdits(text, edits);
  if (keeps(all, edits)) return all;
  const kept = [];
  for (const edit of edits) {
    const candidate = [...kept, edit];
    if (keeps(applyEdits(text, candidate), candidate)) kept.push(edit);
  }
  return applyEdits(text, kept);
}
function addsDuplicateKey(before, after, edits) {
  if (after.length === 0) return false;
  const counts = /* @__PURE__ */ new Map();
  const count = (id, n) => counts.set(id, (counts.get(id) ?? 0) + n);
  for (const { object, key } of before) {
    const moved = movedOffset(object, edits);
    count(`${moved < 0 ? "?" : moved}|${key}`, 1);
  }
  const written = writtenRanges(edits);
  for (const { object, key } of after) {
    count(`${written.some(([start, end]) => object >= start && object < end) ? "?" : object}|${key}`, -1);
  }
  for (const n of counts.values()) if (n < 0) return true;
  return false;
}
function writtenRanges(edits) {
  let shift = 0;
  return edits.map(({ range: [start, end], text }) => {
    const at = start + shift;
    shift += text.length - (end - start);
    return [at, at + text.length];
  });
}
function movedOffset(offset, edits) {
  let shift = 0;
  for (const { range: [start, end], text } of edits) {
    if (start > offset) break;
    if (start === end || end <= offset) shift += text.length - (end - start);
    else return -1;
  }
  return offset + shift;
}

export {
  defineRule,
  interpolate,
  appliesTo,
  memoizeLast,
  isObject,
  denormalizePath,
  formatPath,
  statementsOf,
  statementMatches,
  conditionStatementMatches,
  conditionEntries,
  pointerToPath,
  applyEdits,
  JSON_SYNTAX_RULE_ID,
  JSON_SYNTAX_ISSUE_CODE,
  JSON_SYNTAX_MESSAGE_ID,
  RuleError,
  prepareRules,
  lintDocument,
  findingKey,
  notUtf8Message,
  deeperThan,
  jsonStringMap,
  lintAndFix,
  fixesOfPass
};
