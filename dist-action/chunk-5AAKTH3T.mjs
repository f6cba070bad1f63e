import { createRequire as __policyLintCreateRequire } from 'node:module';
const require = __policyLintCreateRequire(import.meta.url);
import {
  ADMIN_MANAGED_POLICY_MESSAGE_ID,
  FN_SUB_VARIABLE_MESSAGE_ID,
  JSON_SYNTAX_ISSUE_CODE,
  JSON_SYNTAX_MESSAGE_ID,
  JSON_SYNTAX_RULE_ID,
  MANAGED_POLICY_ARN_MESSAGE_ID,
  appliesTo,
  applyEdits,
  closest,
  findingKey,
  fixesOfPass,
  isAllowed,
  jsonStringMap,
  lintDocument,
  rangeMessage,
  rulesForResourceType,
  suggestionLimit
} from "./chunk-ZFZ5RIQ7.mjs";
import {
  LineIndex,
  PolicyDocument,
  blankBom,
  compareMessages,
  findNodeAtLocation,
  parseTree,
  quoted
} from "./chunk-TULTTBMC.mjs";

// src/cloudformation/source.ts
function entryOf(node, key) {
  if (node?.kind !== "object") return void 0;
  let found;
  for (const e of node.entries) if (e.key === key) found = e;
  return found;
}
function jsonTemplate(text2) {
  const errors = [];
  const tree = parseTree(blankBom(text2), errors, { disallowComments: true, allowTrailingComma: false });
  if (!tree || errors.length > 0) return { format: "json", error: { message: "Invalid JSON.", offset: errors[0]?.offset ?? 0, length: errors[0]?.length ?? 0 } };
  return { format: "json", root: fromJson(text2, tree) };
}
function fromJson(text2, node) {
  const base = { start: node.offset, end: node.offset + node.length, json: true };
  switch (node.type) {
    case "object":
      return {
        ...base,
        kind: "object",
        entries: (node.children ?? []).filter((p) => p.children?.length === 2).map((p) => {
          const [key, value2] = p.children;
          return { key: key.value, keyStart: key.offset, keyEnd: key.offset + key.length, keyMap: jsonStringMap(text2, key.offset), value: fromJson(text2, value2) };
        })
      };
    case "array":
      return { ...base, kind: "array", items: (node.children ?? []).map((child) => fromJson(text2, child)) };
    case "string":
      return { ...base, kind: "string", value: node.value, charMap: jsonStringMap(text2, node.offset) };
    case "number":
      return { ...base, kind: "number", value: node.value };
    case "boolean":
      return { ...base, kind: "boolean", value: node.value };
    default:
      return { ...base, kind: "null", value: null };
  }
}
var SHORT_FORMS = {
  Sub: "Fn::Sub",
  Join: "Fn::Join",
  If: "Fn::If",
  Ref: "Ref",
  GetAtt: "Fn::GetAtt",
  Select: "Fn::Select",
  Split: "Fn::Split",
  ImportValue: "Fn::ImportValue",
  FindInMap: "Fn::FindInMap",
  Base64: "Fn::Base64",
  Cidr: "Fn::Cidr",
  GetAZs: "Fn::GetAZs",
  Equals: "Fn::Equals",
  Not: "Fn::Not",
  And: "Fn::And",
  Or: "Fn::Or",
  Condition: "Condition",
  Transform: "Fn::Transform",
  Length: "Fn::Length",
  ToJsonString: "Fn::ToJsonString"
};
var yamlModule;
async function loadYaml() {
  if (!yamlModule) {
    const loaded = await import("./dist-YZSDXLCQ.mjs");
    yamlModule = typeof loaded.parseDocument === "function" ? loaded : loaded.default;
  }
  return yamlModule;
}
function yamlTemplate(text2) {
  const yaml = yamlModule;
  const customTags = Object.keys(SHORT_FORMS).flatMap((name) => [
    { tag: `!${name}`, resolve: (value2) => value2 },
    { tag: `!${name}`, collection: "seq", resolve: (value2) => value2 },
    { tag: `!${name}`, collection: "map", resolve: (value2) => value2 }
  ]);
  const source = text2.charCodeAt(0) === 65279 ? `
${text2.slice(1)}` : text2;
  const doc = yaml.parseDocument(source, { customTags, uniqueKeys: true, prettyErrors: false, strict: true });
  const error = doc.errors[0];
  if (error?.code === "MULTIPLE_DOCS") return { format: "yaml", error: secondDocument(text2, error.pos[0]) };
  if (error) {
    const [offset, end] = error.pos;
    const message = error.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    return { format: "yaml", error: { message: `Invalid YAML: ${message}${/[.!?]$/.test(message) ? "" : "."}`, offset, length: Math.max(0, end - offset) } };
  }
  if (!doc.contents) return { format: "yaml" };
  try {
    return { format: "yaml", root: fromYaml(yaml, doc, text2, doc.contents, 0, { aliases: 0 }) };
  } catch (error2) {
    if (!(error2 instanceof TemplateLimit)) throw error2;
    return { format: "yaml", error: { message: error2.message, offset: error2.offset, length: 0 } };
  }
}
function secondDocument(text2, offset) {
  const { line, column } = new LineIndex(text2).at(offset);
  const marker = text2.startsWith("---", offset);
  const lineEnd = text2.indexOf("\n", offset);
  const length = marker ? 3 : (lineEnd < 0 ? text2.length : lineEnd) - offset;
  const message = marker ? `Invalid YAML: a second YAML document starts at ${line}:${column} with "---"; a file is read as one document: remove the "---" line, or put each document in a file of its own.` : `Invalid YAML: a second YAML document starts at ${line}:${column}; a file is read as one document: put each document in a file of its own.`;
  return { message, offset, length };
}
var TemplateLimit = class extends Error {
  constructor(message, offset) {
    super(message);
    this.offset = offset;
  }
  offset;
};
var MAX_DEPTH = 200;
var MAX_ALIASES = 1e4;
function fromYaml(yaml, doc, text2, input, depth, count) {
  let node = input;
  if (depth > MAX_DEPTH) throw new TemplateLimit(`The template nests more than ${MAX_DEPTH} levels deep, too deep to read.`, node.range?.[0] ?? 0);
  if (yaml.isAlias(node)) {
    if (++count.aliases > MAX_ALIASES) throw new TemplateLimit(`The template's aliases expand to more than ${MAX_ALIASES} nodes, too many to read.`, node.range?.[0] ?? 0);
    node = node.resolve(doc) ?? node;
  }
  const [start, end] = node.range ?? [0, 0];
  const tagName = node.tag?.startsWith("!") && !node.tag.startsWith("!!") ? node.tag.slice(1) : void 0;
  const tag = tagName && SHORT_FORMS[tagName] ? SHORT_FORMS[tagName] : void 0;
  const base = { start, end, json: false, ...tag ? { tag } : {} };
  const collection = (last) => collectionRange(text2, start, end, last?.end, tag ? tagName : void 0);
  if (yaml.isMap(node)) {
    const entries = [];
    for (const pair of node.items) {
      const keyNode = pair.key;
      const key = yaml.isScalar(keyNode) ? String(keyNode.value) : "";
      const [keyStart, keyEnd] = keyNode?.range ?? [start, start];
      const keyMap = yaml.isScalar(keyNode) ? scalarMap(text2, keyNode, key) : void 0;
      const value3 = pair.value ? fromYaml(yaml, doc, text2, pair.value, depth + 1, count) : { kind: "null", value: null, start: keyEnd, end: keyEnd, json: false };
      entries.push({ key, keyStart, keyEnd, ...keyMap ? { keyMap } : {}, value: value3 });
    }
    const [from, to] = collection(entries.at(-1)?.value);
    return { ...base, start: from, end: to, kind: "object", entries };
  }
  if (yaml.isSeq(node)) {
    const items = node.items.map((item) => item ? fromYaml(yaml, doc, text2, item, depth + 1, count) : { kind: "null", value: null, start, end: start, json: false });
    const [from, to] = collection(items.at(-1));
    return { ...base, start: from, end: to, kind: "array", items };
  }
  const value2 = node.value;
  if (typeof value2 === "string") {
    const charMap = scalarMap(text2, node, value2);
    return { ...base, kind: "string", value: value2, ...charMap ? { charMap } : {} };
  }
  if (typeof value2 === "number") return { ...base, kind: "number", value: value2 };
  if (typeof value2 === "bigint") return { ...base, kind: "number", value: Number(value2) };
  if (typeof value2 === "boolean") return { ...base, kind: "boolean", value: value2 };
  if (value2 === null || value2 === void 0) return { ...base, kind: "null", value: null };
  return { ...base, kind: "string", value: text2.slice(start, end) };
}
function collectionRange(text2, start, end, lastEnd, tagName) {
  if (text2[start] === "[" || text2[start] === "{") {
    const close = text2[start] === "[" ? "]" : "}";
    let i = lastEnd ?? start + 1;
    while (i < end && text2[i] !== close) i = text2[i] === "#" ? text2.indexOf("\n", i) + 1 || end : i + 1;
    if (i < end) end = i + 1;
  } else {
    if (lastEnd !== void 0) end = Math.min(end, lastEnd);
    while (end > start && /\s/.test(text2[end - 1])) end--;
  }
  if (tagName) {
    let before = start;
    while (before > 0 && /\s/.test(text2[before - 1])) before--;
    if (text2.slice(before - tagName.length - 1, before) === `!${tagName}`) start = before - tagName.length - 1;
  }
  return [start, end];
}
function scalarMap(text2, node, value2) {
  if (!node.range) return void 0;
  const [start, end] = node.range;
  const map = [];
  const escaped = /* @__PURE__ */ new Set();
  switch (node.type) {
    case "PLAIN":
    case "QUOTE_SINGLE":
    case "QUOTE_DOUBLE":
      if (!flowScalarMap(text2, start, end, value2, node.type, map, escaped)) return void 0;
      break;
    case "BLOCK_LITERAL": {
      const header = text2.indexOf("\n", start);
      if (header < 0) return void 0;
      let i = header + 1;
      let indent = -1;
      const firstLine = value2.split("\n").find((l) => l.trim() !== "") ?? "";
      const kept = firstLine.length - firstLine.trimStart().length;
      while (i < end && map.length < value2.length) {
        let lineEnd = text2.indexOf("\n", i);
        if (lineEnd < 0 || lineEnd > end) lineEnd = end;
        const contentEnd = lineEnd > i && text2[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
        const line = text2.slice(i, contentEnd);
        if (indent < 0 && line.trim() !== "") indent = line.length - line.trimStart().length - kept;
        const from = i + Math.min(Math.max(indent, 0), line.length);
        for (let k = from; k < contentEnd && map.length < value2.length; k++) map.push(k);
        if (map.length < value2.length) map.push(contentEnd);
        i = lineEnd + 1;
      }
      map.push(map.length > 0 ? map[map.length - 1] + 1 : start);
      break;
    }
    default:
      return void 0;
  }
  if (map.length !== value2.length + 1) return void 0;
  for (let i = 0; i < value2.length; i++) {
    if (escaped.has(i)) continue;
    const c = text2[map[i]];
    if (c !== value2[i] && !((value2[i] === "\n" || value2[i] === " ") && (c === "\n" || c === "\r"))) return void 0;
  }
  return map;
}
function flowScalarMap(text2, start, end, value2, type, map, escaped) {
  const quoted3 = type !== "PLAIN";
  const blank = (c) => c === " " || c === "	";
  const breakWidth = (at) => text2[at] === "\n" ? 1 : text2[at] === "\r" ? text2[at + 1] === "\n" ? 2 : 1 : 0;
  const stop = end - (quoted3 ? 1 : 0);
  let i = start + (quoted3 ? 1 : 0);
  while (i < stop && map.length < value2.length) {
    let j = i;
    while (j < stop && blank(text2[j])) j++;
    if (breakWidth(j) > 0) {
      const at = j;
      j += breakWidth(j);
      let empty = 0;
      for (; ; ) {
        while (j < stop && blank(text2[j])) j++;
        if (breakWidth(j) === 0) break;
        j += breakWidth(j);
        empty++;
      }
      for (let n = 0; n < Math.max(empty, 1); n++) map.push(at);
      i = j;
      continue;
    }
    const c = text2[i];
    if (type === "QUOTE_DOUBLE" && c === "\\") {
      const e = text2[i + 1];
      if (breakWidth(i + 1) > 0) {
        i += 1 + breakWidth(i + 1);
        while (i < stop && blank(text2[i])) i++;
        continue;
      }
      if (e === "U") return false;
      escaped.add(map.length);
      map.push(i);
      i += e === "x" ? 4 : e === "u" ? 6 : 2;
    } else {
      map.push(i);
      i += type === "QUOTE_SINGLE" && c === "'" && text2[i + 1] === "'" ? 2 : 1;
    }
  }
  map.push(i);
  return true;
}

// src/cloudformation/embed.ts
function placeholder(name) {
  return name.includes("::") ? `\${${name}}` : `\${Ref::${name}}`;
}
function intrinsicOf(node) {
  if (node.tag) return { name: node.tag, arg: { ...node, tag: void 0 } };
  if (node.kind !== "object" || node.entries.length !== 1) return void 0;
  const [entry] = node.entries;
  if (entry.key.startsWith("Fn::")) return { name: entry.key, arg: entry.value };
  if ((entry.key === "Ref" || entry.key === "Condition") && entry.value.kind === "string") return { name: entry.key, arg: entry.value };
  return void 0;
}
function placeholderString(text2, node) {
  return { kind: "string", value: text2, map: new Array(text2.length + 1).fill(-1), placeholders: [[0, text2.length]], start: node.start, end: node.end };
}
function stringOf(node) {
  const value2 = String(node.value);
  const map = node.kind === "string" && node.charMap ? node.charMap : new Array(value2.length + 1).fill(-1);
  return { kind: "string", value: value2, map, placeholders: node.placeholders ?? [], start: node.start, end: node.end };
}
function resolveNode(node, subVariables, inIntrinsic = false, flip) {
  const fn = intrinsicOf(node);
  if (!fn) return { kind: "node", node, inIntrinsic };
  const { name, arg } = fn;
  switch (name) {
    case "Ref":
      if (arg.kind !== "string") return placeholderString("${Ref}", node);
      if (arg.value === "AWS::NoValue") return { kind: "novalue" };
      return placeholderString(placeholder(String(arg.value)), node);
    case "Fn::GetAtt": {
      const parts = arg.kind === "string" ? String(arg.value).split(".") : arg.kind === "array" ? arg.items.map((i) => i.kind === "string" ? String(i.value) : "Attribute") : ["GetAtt"];
      return placeholderString(`\${GetAtt::${parts.join(".")}}`, node);
    }
    case "Fn::If": {
      const usable = usableBranch(node);
      if (usable === void 0) return placeholderString("${Fn::If}", node);
      if (usable === 0) return { kind: "novalue" };
      const taken = flip?.has(node) ? 3 - usable : usable;
      return resolveNode(arg.items[taken], subVariables, true, flip);
    }
    case "Fn::Sub": {
      const template = arg.kind === "array" ? arg.items[0] : arg;
      const names = new Map(arg.kind === "array" && arg.items[1]?.kind === "object" ? arg.items[1].entries.map((e) => [e.key, e.value]) : []);
      if (!template || template.kind !== "string") return placeholderString("${Fn::Sub}", node);
      return resolveSub(template, names, subVariables, flip);
    }
    case "Fn::Join": {
      if (arg.kind !== "array" || arg.items.length !== 2 || arg.items[0].kind !== "string" || arg.items[1].kind !== "array" || intrinsicOf(arg.items[1])) {
        return placeholderString("${Fn::Join}", node);
      }
      const delimiter = stringOf(arg.items[0]);
      const parts = [];
      for (const item of arg.items[1].items) {
        const resolved = resolveNode(item, subVariables, true, flip);
        if (resolved.kind === "novalue") continue;
        if (resolved.kind === "string") parts.push(resolved);
        else if (resolved.node.kind === "string" || resolved.node.kind === "number" || resolved.node.kind === "boolean") parts.push(stringOf(resolved.node));
        else return placeholderString("${Fn::Join}", node);
      }
      let value2 = "";
      const map = [];
      const placeholders = [];
      parts.forEach((part, i) => {
        if (i > 0) {
          value2 += delimiter.value;
          map.push(...delimiter.map.slice(0, -1));
        }
        for (const [s, e] of part.placeholders) placeholders.push([value2.length + s, value2.length + e]);
        value2 += part.value;
        map.push(...part.map.slice(0, -1));
      });
      map.push(-1);
      return { kind: "string", value: value2, map, placeholders, start: node.start, end: node.end };
    }
    default:
      return placeholderString(`\${${name}}`, node);
  }
}
function resolveSub(template, names, subVariables, flip) {
  const source = String(template.value);
  const charMap = template.charMap;
  const at = (i2) => charMap?.[i2] ?? -1;
  let value2 = "";
  const map = [];
  const placeholders = [];
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf("${", i);
    const stop = open < 0 ? source.length : open;
    for (let k = i; k < stop; k++) {
      value2 += source[k];
      map.push(at(k));
    }
    if (open < 0) break;
    const close = source.indexOf("}", open + 2);
    if (close < 0) {
      for (let k = open; k < source.length; k++) {
        value2 += source[k];
        map.push(at(k));
      }
      break;
    }
    const filled = template.placeholders?.find(([s]) => s === open);
    if (filled) {
      placeholders.push([value2.length, value2.length + filled[1] - filled[0]]);
      for (let k = filled[0]; k < filled[1]; k++) {
        value2 += source[k];
        map.push(at(k));
      }
      i = filled[1];
      continue;
    }
    const inner = source.slice(open + 2, close);
    if (inner.startsWith("!")) {
      value2 += "${";
      map.push(at(open), at(open + 1));
      for (let k = open + 3; k <= close; k++) {
        value2 += source[k];
        map.push(at(k));
      }
    } else {
      const isReference = names.has(inner) || inner.includes("::") || /^[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*$/.test(inner);
      const given = names.get(inner);
      const substituted = given && resolveNode(given, subVariables, true, flip);
      if (substituted && (substituted.kind === "string" || substituted.kind === "node" && substituted.node.kind === "string")) {
        const part = substituted.kind === "string" ? substituted : stringOf(substituted.node);
        for (const [s, e] of part.placeholders) placeholders.push([value2.length + s, value2.length + e]);
        value2 += part.value;
        map.push(...part.map.slice(0, -1));
      } else if (isReference) {
        const text2 = placeholder(inner);
        placeholders.push([value2.length, value2.length + text2.length]);
        value2 += text2;
        for (let k = 0; k < text2.length; k++) map.push(-1);
      } else {
        for (let k = open; k <= close; k++) {
          value2 += source[k];
          map.push(at(k));
        }
        const known = at(open) >= 0 && at(close) >= 0;
        subVariables.push({ text: source.slice(open, close + 1), name: inner, start: known ? at(open) : template.start, end: known ? at(close) + 1 : template.end });
      }
    }
    i = close + 1;
  }
  map.push(charMap ? at(source.length) : -1);
  return { kind: "string", value: value2, map, placeholders, start: template.start, end: template.end };
}
function encodeString(value2) {
  let text2 = '"';
  const enc = [];
  for (let i = 0; i < value2.length; i++) {
    enc.push(text2.length);
    const c = value2.charCodeAt(i);
    if (c === 34) text2 += '\\"';
    else if (c === 92) text2 += "\\\\";
    else if (c < 32) text2 += JSON.stringify(value2[i]).slice(1, -1);
    else if (c >= 55296 && c <= 56319 && i + 1 < value2.length && value2.charCodeAt(i + 1) >= 56320 && value2.charCodeAt(i + 1) <= 57343) {
      text2 += value2[i] + value2[i + 1];
      enc.push(text2.length - 1);
      i++;
    } else if (c >= 55296 && c <= 57343) text2 += `\\u${c.toString(16)}`;
    else text2 += value2[i];
  }
  enc.push(text2.length);
  text2 += '"';
  return { text: text2, enc };
}
var written = /* @__PURE__ */ new WeakMap();
var Builder = class {
  constructor(source, subVariables, flip) {
    this.source = source;
    this.subVariables = subVariables;
    this.flip = flip;
  }
  source;
  subVariables;
  flip;
  text = "";
  segs = [];
  placeholders = [];
  generated = false;
  copy(start, end, fixable) {
    if (end <= start) return;
    const synStart = this.text.length;
    this.text += this.source.slice(start, end);
    this.segs.push({ kind: "copy", synStart, synEnd: this.text.length, srcStart: start, fixable });
  }
  /** Punctuation written for a collection: mapped to a source range as a whole. */
  punct(text2, srcStart, srcEnd) {
    const synStart = this.text.length;
    this.text += text2;
    this.generated = true;
    this.segs.push({ kind: "token", synStart, synEnd: this.text.length, srcStart, srcEnd, quoted: false });
  }
  /** `of`: the node or entry the value is (a string or a key), whose JSON text is then written once for every embedding. */
  string(value2, map, srcStart, srcEnd, placeholders = [], of) {
    [srcStart, srcEnd] = blockText(this.source, srcStart, srcEnd);
    let encoded = of && written.get(of);
    if (encoded?.value !== value2) {
      encoded = { value: value2, ...encodeString(value2) };
      if (of) written.set(of, encoded);
    }
    const { text: text2, enc } = encoded;
    const synStart = this.text.length;
    this.text += text2;
    this.generated = true;
    this.segs.push({ kind: "token", synStart, synEnd: this.text.length, srcStart, srcEnd, quoted: true, map, enc });
    for (const [s, e] of placeholders) this.placeholders.push([synStart + enc[s], synStart + enc[e]]);
  }
  scalar(node) {
    if (node.kind === "string") return this.string(String(node.value), node.charMap, node.start, node.end, node.placeholders, node);
    this.punct(JSON.stringify(node.value), node.start, node.end);
  }
  value(node, inIntrinsic) {
    const resolved = resolveNode(node, this.subVariables, inIntrinsic, this.flip);
    if (resolved.kind === "novalue") return this.punct("null", node.start, node.end);
    if (resolved.kind === "string") return this.string(resolved.value, resolved.map, resolved.start, resolved.end, resolved.placeholders);
    this.node(resolved.node, resolved.inIntrinsic);
  }
  node(node, inIntrinsic, anchor) {
    if (node.kind !== "object" && node.kind !== "array") {
      if (node.json) return this.copy(node.start, node.end, !inIntrinsic);
      return this.scalar(node);
    }
    const children = node.kind === "object" ? node.entries.map((e) => e.value) : node.items;
    const dropped = children.map((child) => resolveNode(child, [], inIntrinsic, this.flip).kind === "novalue");
    if (node.json && !dropped.includes(true)) {
      if (!children.some(containsIntrinsic)) return this.copy(node.start, node.end, !inIntrinsic);
      let cursor = node.start;
      for (const child of children) {
        this.copy(cursor, child.start, !inIntrinsic);
        this.value(child, inIntrinsic);
        cursor = child.end;
      }
      return this.copy(cursor, node.end, !inIntrinsic);
    }
    const [open, close] = node.kind === "object" ? ["{", "}"] : ["[", "]"];
    const [aStart, aEnd] = anchor ?? [node.start, Math.min(node.start + 1, node.end)];
    this.punct(open, aStart, aEnd);
    let first = true;
    children.forEach((child, i) => {
      if (dropped[i]) return;
      if (!first) this.punct(",", child.start, child.start);
      first = false;
      if (node.kind === "object") {
        const entry = node.entries[i];
        this.string(entry.key, entry.keyMap, entry.keyStart, entry.keyEnd, entry.keyPlaceholders, entry);
        this.punct(":", entry.keyEnd, entry.keyEnd);
      }
      this.value(child, inIntrinsic);
    });
    this.punct(close, aStart, aEnd);
  }
};
function usableBranch(node) {
  const arg = intrinsicOf(node).arg;
  if (arg.kind !== "array" || arg.items.length !== 3) return void 0;
  if (resolveNode(arg.items[1], [], true).kind !== "novalue") return 1;
  return resolveNode(arg.items[2], [], true).kind !== "novalue" ? 2 : 0;
}
function eachIfBranch(node, path, visit) {
  const fn = intrinsicOf(node);
  if (fn?.name !== "Fn::If") return false;
  if (fn.arg.kind === "array" && fn.arg.items.length === 3) for (const branch of [1, 2]) visit(fn.arg.items[branch], [...path, "Fn::If", branch]);
  return true;
}
function eachListItem(node, path, visit, single = true) {
  if (eachIfBranch(node, path, (branch, at) => eachListItem(branch, at, visit, single))) return;
  if (node.kind === "array" && !node.tag) node.items.forEach((item, i) => visit(item, [...path, i]));
  else if (single) visit(node, path);
}
var MAX_BRANCH_VARIANTS = 16;
function policyIfs(node) {
  const ifs = [];
  const index = /* @__PURE__ */ new Map();
  const walk2 = (n, holder) => {
    const fn = intrinsicOf(n);
    if (fn?.name === "Fn::If") {
      const known = index.get(n);
      if (known !== void 0) {
        ifs[known].holders.push(holder);
        return;
      }
      const usable = usableBranch(n);
      if (usable === void 0 || usable === 0) return;
      const [, a, b] = fn.arg.items;
      const at = ifs.length;
      index.set(n, at);
      ifs.push({ node: n, usable, same: a === b, holders: [holder] });
      if (a === b) return walk2(a, { at, branch: 0 });
      walk2(a, { at, branch: 1 });
      walk2(b, { at, branch: 2 });
      return;
    }
    if (fn?.name === "Fn::Join") {
      const list = fn.arg.kind === "array" ? fn.arg.items[1] : void 0;
      if (list?.kind === "array") for (const item of list.items) walk2(item, holder);
      return;
    }
    if (fn?.name === "Fn::Sub") {
      const map = fn.arg.kind === "array" ? fn.arg.items[1] : void 0;
      if (map?.kind === "object") for (const entry of map.entries) walk2(entry.value, holder);
      return;
    }
    if (fn) return;
    if (n.kind === "object") for (const entry of n.entries) walk2(entry.value, holder);
    else if (n.kind === "array") for (const item of n.items) walk2(item, holder);
  };
  walk2(node, void 0);
  return ifs;
}
function ifReach(ifs, branchOf) {
  const reached = new Array(ifs.length);
  const branches = new Array(ifs.length);
  const takes = (at, branch) => {
    if (branch === 0) return true;
    const taken = branches[at] ?? (branches[at] = branchOf(at));
    return taken === 0 || taken === branch;
  };
  const reach = (i) => {
    let value2 = reached[i];
    if (value2 === void 0) {
      reached[i] = false;
      value2 = ifs[i].holders.some((h) => h === void 0 || reach(h.at) && takes(h.at, h.branch));
      reached[i] = value2;
    }
    return value2;
  };
  return reach;
}
function branchVariants(node, forms, ifs = policyIfs(node)) {
  const groups = /* @__PURE__ */ new Map();
  const around = [];
  ifs.forEach((i, at) => {
    const holder = i.holders[0];
    const outer = holder === void 0 ? [] : around[holder.at];
    around.push(holder !== void 0 && holder.branch !== 0 && holder.branch !== ifs[holder.at].usable ? [...outer, ifs[holder.at].node] : outer);
    if (i.same) return;
    const condition = intrinsicOf(i.node).arg.items[0];
    const form = condition.kind === "string" ? forms?.get(String(condition.value)) : void 0;
    const name = form ? form.base : condition.kind === "string" ? `name:${String(condition.value)}` : `#${i.node.start}`;
    const key = `${name}\0${form?.negated ? 3 - i.usable : i.usable}`;
    const group = groups.get(key) ?? /* @__PURE__ */ new Set();
    for (const flipped of [...around[at], i.node]) group.add(flipped);
    groups.set(key, group);
  });
  return [...groups.values()].slice(0, MAX_BRANCH_VARIANTS);
}
function namesSsmParameter(parameter) {
  const type = entryOf(parameter, "Type")?.value;
  return type?.kind === "string" && String(type.value).startsWith("AWS::SSM::Parameter::Value<");
}
function conditionForms(root) {
  const conditions = entryOf(root, "Conditions")?.value;
  const parameters = entryOf(root, "Parameters")?.value;
  const definitions = new Map(conditions?.kind === "object" ? conditions.entries.map((e) => [e.key, e.value]) : []);
  const scalar2 = (n) => n.kind === "string" || n.kind === "number" || n.kind === "boolean";
  const twoValues = (parameter) => {
    const declared = entryOf(parameters, parameter)?.value;
    if (namesSsmParameter(declared)) return void 0;
    const allowed2 = entryOf(declared, "AllowedValues")?.value;
    if (allowed2?.kind !== "array" || allowed2.items.length !== 2 || !allowed2.items.every(scalar2)) return void 0;
    const values = allowed2.items.map((i) => String(i.value));
    return values[0] !== values[1] ? values : void 0;
  };
  const text2 = (n) => {
    const fn = intrinsicOf(n);
    if (fn) return `${fn.name}(${text2(fn.arg)})`;
    if (n.kind === "object") return `{${n.entries.map((e) => `${JSON.stringify(e.key)}:${text2(e.value)}`).join(",")}}`;
    if (n.kind === "array") return `[${n.items.map(text2).join(",")}]`;
    return JSON.stringify(n.value === null || n.value === void 0 ? null : String(n.value));
  };
  const forms = /* @__PURE__ */ new Map();
  const visiting = /* @__PURE__ */ new Set();
  const formOf = (name) => {
    const definition = definitions.get(name);
    if (!definition) return void 0;
    if (!forms.has(name)) {
      if (visiting.has(name)) return { base: `condition:${name}`, negated: false };
      visiting.add(name);
      forms.set(name, read(definition));
      visiting.delete(name);
    }
    return forms.get(name);
  };
  const read = (n) => {
    const fn = intrinsicOf(n);
    if (fn?.name === "Fn::Not" && fn.arg.kind === "array" && fn.arg.items.length === 1) {
      const inner = read(fn.arg.items[0]);
      return { base: inner.base, negated: !inner.negated };
    }
    if (fn?.name === "Condition") {
      const form = formOf(String(fn.arg.value));
      if (form) return form;
    }
    if (fn?.name === "Fn::Equals" && fn.arg.kind === "array" && fn.arg.items.length === 2) {
      const [a, b] = fn.arg.items;
      for (const [ref, value2] of [[a, b], [b, a]]) {
        const r = intrinsicOf(ref);
        const values = r?.name === "Ref" && scalar2(value2) ? twoValues(String(r.arg.value)) : void 0;
        if (values?.includes(String(value2.value))) {
          return { base: `Fn::Equals(${text2(ref)},${JSON.stringify(values[0])})`, negated: String(value2.value) !== values[0] };
        }
      }
      return { base: `Fn::Equals(${[text2(a), text2(b)].sort().join(",")})`, negated: false };
    }
    return { base: text2(n), negated: false };
  };
  for (const name of definitions.keys()) formOf(name);
  return forms;
}
function containsIntrinsic(node) {
  if (intrinsicOf(node)) return true;
  if (node.kind === "object") return node.entries.some((e) => containsIntrinsic(e.value));
  if (node.kind === "array") return node.items.some(containsIntrinsic);
  return false;
}
function embedPolicy(source, node, anchor, flip, sdkParameter) {
  const subVariables = [];
  const builder = new Builder(source, subVariables, flip);
  let resolved = resolveNode(node, subVariables, false, flip);
  if (resolved.kind === "novalue") return void 0;
  if (sdkParameter !== void 0) {
    const call = resolved.kind === "string" ? resolved : resolved.node.kind === "string" ? stringOf(resolved.node) : void 0;
    const inner = call?.kind === "string" ? sdkParameterString(call, sdkParameter) : void 0;
    if (!inner) return void 0;
    resolved = inner;
  }
  if (resolved.kind === "string" || resolved.node.kind === "string") {
    const r = resolved.kind === "string" ? resolved : stringOf(resolved.node);
    const text2 = r.value;
    const [srcStart, srcEnd] = blockText(source, r.start, r.end);
    const segs = [{ kind: "token", synStart: 0, synEnd: text2.length, srcStart, srcEnd, quoted: false, map: r.map }];
    return { text: text2, segs, placeholders: r.placeholders.map(([s, e]) => [s, e]), subVariables, generated: true };
  }
  if (resolved.node.kind !== "object") return void 0;
  builder.node(resolved.node, resolved.inIntrinsic, anchor);
  return { text: builder.text, segs: builder.segs, placeholders: builder.placeholders, subVariables, generated: builder.generated, sent: { layout: "serialized" } };
}
function statementPositions(node, flip) {
  const policy = resolveNode(node, [], false, flip);
  const statements = policy.kind === "node" ? entryOf(policy.node, "Statement")?.value : void 0;
  const list = statements && resolveNode(statements, [], false, flip);
  if (list?.kind !== "node" || list.node.kind !== "array") return void 0;
  const positions = [];
  list.node.items.forEach((item, i) => {
    if (resolveNode(item, [], false, flip).kind !== "novalue") positions.push(i);
  });
  return positions.length < list.node.items.length ? positions : void 0;
}
function sdkParameterString(call, name) {
  const errors = [];
  const tree = parseTree(call.value, errors, { disallowComments: true, allowTrailingComma: false });
  if (!tree || errors.length > 0) return void 0;
  const parameter = findNodeAtLocation(tree, ["parameters", name]);
  if (parameter?.type !== "string") return void 0;
  const at = jsonStringMap(call.value, parameter.offset);
  const placeholders = [];
  for (const [s, e] of call.placeholders) {
    if (s < parameter.offset || e > parameter.offset + parameter.length) continue;
    const from = at.findIndex((offset) => offset >= s);
    const to = at.findIndex((offset) => offset >= e);
    if (from >= 0) placeholders.push([from, to < 0 ? at.length - 1 : to]);
  }
  return { kind: "string", value: parameter.value, map: at.map((offset) => call.map[offset] ?? -1), placeholders, start: call.start, end: call.end };
}
function wrapStatement(inner, anchor) {
  const prefix = '{"Version": "2012-10-17", "Statement": ';
  const shift = prefix.length;
  const end = shift + inner.text.length;
  const around = (synStart, synEnd) => ({ kind: "token", synStart, synEnd, srcStart: anchor[0], srcEnd: anchor[1], quoted: false });
  return {
    text: `${prefix}${inner.text}}`,
    segs: [around(0, shift), ...inner.segs.map((seg) => ({ ...seg, synStart: seg.synStart + shift, synEnd: seg.synEnd + shift })), around(end, end + 1)],
    placeholders: inner.placeholders.map(([s, e]) => [s + shift, e + shift]),
    subVariables: inner.subVariables,
    generated: true,
    // Laid out as the inner policy is; texts the reader set for the inner policy alone do not carry over.
    ...inner.sent ? { sent: { layout: inner.sent.layout } } : {}
  };
}
function segAt(segs, offset) {
  for (const seg of segs) if (offset >= seg.synStart && offset < seg.synEnd) return seg;
  return void 0;
}
function mapRange(embedded, start, end) {
  const first = segAt(embedded.segs, start) ?? embedded.segs[embedded.segs.length - 1];
  const last = end > start ? segAt(embedded.segs, end - 1) ?? first : first;
  if (!first) return void 0;
  if (first.kind === "copy" && last.kind === "copy") {
    return [first.srcStart + (start - first.synStart), last.srcStart + (end - last.synStart)];
  }
  if (first === last && first.kind === "token") {
    const inner = innerRange(first, start, end);
    return inner ?? [first.srcStart, first.srcEnd];
  }
  const from = first.kind === "copy" ? first.srcStart + (start - first.synStart) : first.srcStart;
  const to = last.kind === "copy" ? last.srcStart + (end - last.synStart) : last.srcEnd;
  return to >= from ? [from, to] : [from, from];
}
function blockText(source, start, end) {
  if (source[start] !== "|" && source[start] !== ">") return [start, end];
  const header = source.indexOf("\n", start);
  if (header < 0 || header >= end) return [start, end];
  let from = header + 1;
  while (from < end && /\s/.test(source[from])) from++;
  let to = end;
  while (to > from && /\s/.test(source[to - 1])) to--;
  return from < to ? [from, to] : [start, end];
}
function innerRange(seg, start, end) {
  if (!seg.map) return void 0;
  let ds;
  let de;
  if (seg.quoted) {
    const enc = seg.enc;
    if (start <= seg.synStart || end >= seg.synEnd) return void 0;
    ds = enc.findIndex((o) => seg.synStart + o >= start);
    de = enc.findIndex((o) => seg.synStart + o >= end);
    if (ds < 0 || de < 0) return void 0;
  } else {
    ds = start - seg.synStart;
    de = end - seg.synStart;
  }
  if (de === ds) {
    const at = seg.map[ds];
    return at >= 0 ? [at, at] : void 0;
  }
  const from = seg.map[ds];
  const lastChar = seg.map[de - 1];
  if (from < 0 || lastChar < 0 || lastChar < from) return void 0;
  for (let i = ds; i < de; i++) if (seg.map[i] < 0) return void 0;
  const next = seg.map[de];
  const to = next !== void 0 && next > lastChar && next - lastChar <= 6 ? next : lastChar + 1;
  return [from, to];
}
function onPlaceholder(embedded, start, end) {
  return embedded.placeholders.some(([s, e]) => end > start ? start < e && end > s : start > s && start < e);
}
function mapEdit(embedded, start, end, text2) {
  for (const seg of embedded.segs) {
    if (seg.kind !== "copy" || !seg.fixable) continue;
    if (start >= seg.synStart && end <= seg.synEnd) {
      const touches = embedded.segs.some((other) => other.kind === "token" && (start < other.synEnd && end > other.synStart || start === end && (start === other.synStart || start === other.synEnd)) && other.synEnd > other.synStart);
      if (touches) return void 0;
      for (const other of embedded.segs) {
        if (other.kind === "token" && other.synEnd - other.synStart >= 3 && text2.includes(embedded.text.slice(other.synStart, other.synEnd))) return void 0;
      }
      return [seg.srcStart + (start - seg.synStart), seg.srcStart + (end - seg.synStart)];
    }
  }
  return void 0;
}

// src/cloudformation/permission.ts
var LAMBDA_PERMISSION = {
  kind: "function",
  principal: "Principal",
  action: "Action",
  resource: "FunctionName",
  qualifier: "Qualifier",
  conditions: [
    { property: "SourceArn", operator: "ArnLike", key: "AWS:SourceArn" },
    { property: "SourceAccount", operator: "StringEquals", key: "AWS:SourceAccount" },
    { property: "PrincipalOrgID", operator: "StringEquals", key: "aws:PrincipalOrgID" },
    { property: "EventSourceToken", operator: "StringEquals", key: "lambda:EventSourceToken" },
    { property: "FunctionUrlAuthType", operator: "StringEquals", key: "lambda:FunctionUrlAuthType" },
    { property: "InvokedViaFunctionUrl", operator: "Bool", key: "lambda:InvokedViaFunctionUrl" }
  ]
};
var LAYER_VERSION_PERMISSION = {
  kind: "layer",
  principal: "Principal",
  action: "Action",
  resource: "LayerVersionArn",
  qualifier: "VersionNumber",
  conditions: [{ property: "OrganizationId", operator: "StringEquals", key: "aws:PrincipalOrgID" }]
};
function permissionPropertyOf(spec, path) {
  const [element, operator, key] = path;
  if (element === "Principal") return spec.principal;
  if (element === "Action") return spec.action;
  if (element === "Resource") return spec.resource;
  if (element === "Condition") return spec.conditions.find((c) => c.operator === operator && c.key === key)?.property;
  return void 0;
}
function asString(resolved) {
  if (resolved.kind === "string") return resolved;
  if (resolved.kind !== "node") return void 0;
  const { node } = resolved;
  if (node.kind === "string") return stringOf(node);
  if (node.kind === "number" || node.kind === "boolean") {
    const value2 = String(node.value);
    const map = Array.from({ length: value2.length + 1 }, (_, i) => node.start + i);
    return { kind: "string", value: value2, map: node.end - node.start === value2.length ? map : new Array(value2.length + 1).fill(-1), placeholders: [], start: node.start, end: node.end };
  }
  return void 0;
}
function affix(r, prefix, suffix, placeholders = []) {
  return {
    ...r,
    value: prefix + r.value + suffix,
    map: [...new Array(prefix.length).fill(-1), ...r.map.slice(0, -1), ...new Array(suffix.length + 1).fill(-1)],
    placeholders: [...placeholders, ...r.placeholders.map(([s, e]) => [s + prefix.length, e + prefix.length])]
  };
}
function allPlaceholder(r) {
  let covered = 0;
  for (const [s, e] of [...r.placeholders].sort((a, b) => a[0] - b[0])) {
    if (s > covered) return false;
    covered = Math.max(covered, e);
  }
  return r.value.length > 0 && covered >= r.value.length;
}
var PARTITION = "${AWS::Partition}";
var REGION = "${AWS::Region}";
var ACCOUNT = "${AWS::AccountId}";
function withPseudo(parts) {
  let text2 = "";
  const placeholders = [];
  for (const part of parts) {
    if (part.startsWith("${")) placeholders.push([text2.length, text2.length + part.length]);
    text2 += part;
  }
  return { text: text2, placeholders };
}
function resourceArn(r, kind, qualifier) {
  let out = r;
  if (!r.value.startsWith("arn:") && !allPlaceholder(r)) {
    const prefix = /^\d{12}:(?:function|layer):/.test(r.value) ? withPseudo(["arn:", PARTITION, ":lambda:", REGION, ":"]) : withPseudo(["arn:", PARTITION, ":lambda:", REGION, ":", ACCOUNT, `:${kind}:`]);
    out = affix(r, prefix.text, "", prefix.placeholders);
  }
  if (!qualifier) return out;
  return {
    ...out,
    value: `${out.value}:${qualifier.value}`,
    map: [...out.map.slice(0, -1), -1, ...qualifier.map],
    placeholders: [...out.placeholders, ...qualifier.placeholders.map(([s, e]) => [s + out.value.length + 1, e + out.value.length + 1])]
  };
}
function embedPermission(source, properties, spec, anchor, flip) {
  const subVariables = [];
  const builder = new Builder(source, subVariables, flip);
  const synthetic = [];
  const resolved = (name) => {
    const property2 = properties.get(name);
    if (!property2) return void 0;
    const value2 = resolveNode(property2.value, subVariables, false, flip);
    return value2.kind === "novalue" ? void 0 : { property: property2, value: value2 };
  };
  const principal = resolved(spec.principal);
  const action = resolved(spec.action);
  if (!principal || !action) return void 0;
  const written2 = (text2, [start, end]) => {
    const from = builder.text.length;
    builder.punct(text2, start, end);
    synthetic.push([from, builder.text.length]);
  };
  const keyOf = (p) => [p.keyStart, p.keyEnd];
  const writeString = (r) => builder.string(r.value, r.map, r.start, r.end, r.placeholders);
  const writeValue = (p) => {
    const r = asString(p.value);
    if (r) writeString(r);
    else builder.value(p.property.value, false);
  };
  builder.punct("{", anchor[0], anchor[1]);
  written2('"Version"', anchor);
  builder.punct(": ", anchor[0], anchor[1]);
  written2('"2012-10-17"', anchor);
  builder.punct(", ", anchor[0], anchor[1]);
  builder.punct('"Statement"', anchor[0], anchor[1]);
  builder.punct(": {", anchor[0], anchor[1]);
  written2('"Effect"', anchor);
  builder.punct(": ", anchor[0], anchor[1]);
  written2('"Allow"', anchor);
  const principalKey = keyOf(principal.property);
  builder.punct(", ", principalKey[0], principalKey[0]);
  builder.punct('"Principal"', principalKey[0], principalKey[1]);
  builder.punct(": ", principalKey[1], principalKey[1]);
  const who = asString(principal.value);
  if (who && who.value === "*") {
    writeString(who);
  } else {
    let kind = "AWS";
    let value2 = who;
    if (who && (/^\d{12}$/.test(who.value) || who.value === ACCOUNT)) {
      const prefix = withPseudo(["arn:", PARTITION, ":iam::"]);
      value2 = affix(who, prefix.text, ":root", prefix.placeholders);
    } else if (who && !who.value.startsWith("arn:") && !allPlaceholder(who) && who.value.includes(".")) {
      kind = "Service";
    }
    builder.punct("{", principalKey[0], principalKey[1]);
    builder.punct(`"${kind}"`, principalKey[0], principalKey[1]);
    builder.punct(": ", principalKey[1], principalKey[1]);
    if (value2) writeString(value2);
    else builder.value(principal.property.value, false);
    builder.punct("}", principalKey[0], principalKey[1]);
  }
  const actionKey = keyOf(action.property);
  builder.punct(", ", actionKey[0], actionKey[0]);
  builder.punct('"Action"', actionKey[0], actionKey[1]);
  builder.punct(": ", actionKey[1], actionKey[1]);
  writeValue(action);
  const resource2 = resolved(spec.resource);
  const resourceString = resource2 && asString(resource2.value);
  if (resource2 && resourceString) {
    const qualifierProperty = spec.qualifier ? resolved(spec.qualifier) : void 0;
    const qualifier = qualifierProperty && asString(qualifierProperty.value);
    const resourceKey = keyOf(resource2.property);
    builder.punct(", ", resourceKey[0], resourceKey[0]);
    builder.punct('"Resource"', resourceKey[0], resourceKey[1]);
    builder.punct(": ", resourceKey[1], resourceKey[1]);
    const arn = resourceArn(resourceString, spec.kind, qualifier);
    writeString(arn);
  }
  const present = spec.conditions.flatMap((c) => {
    const found = resolved(c.property);
    return found ? [{ ...c, ...found }] : [];
  });
  if (present.length > 0) {
    const conditionKey = keyOf(present[0].property);
    builder.punct(", ", conditionKey[0], conditionKey[0]);
    builder.punct('"Condition"', conditionKey[0], conditionKey[1]);
    builder.punct(": {", conditionKey[0], conditionKey[1]);
    const operators = [...new Set(present.map((c) => c.operator))];
    operators.forEach((operator, i) => {
      const entries = present.filter((c) => c.operator === operator);
      const operatorKey = keyOf(entries[0].property);
      if (i > 0) builder.punct(", ", operatorKey[0], operatorKey[0]);
      builder.punct(JSON.stringify(operator), operatorKey[0], operatorKey[1]);
      builder.punct(": {", operatorKey[0], operatorKey[1]);
      entries.forEach((entry, j) => {
        const key = keyOf(entry.property);
        if (j > 0) builder.punct(", ", key[0], key[0]);
        builder.punct(JSON.stringify(entry.key), key[0], key[1]);
        builder.punct(": ", key[1], key[1]);
        writeValue(entry);
      });
      builder.punct("}", operatorKey[0], operatorKey[1]);
    });
    builder.punct("}", conditionKey[0], conditionKey[1]);
  }
  builder.punct("}}", anchor[0], anchor[1]);
  return { text: builder.text, segs: builder.segs, placeholders: builder.placeholders, subVariables, generated: true, synthetic };
}
var ADVICE = {
  "service-principal-source/missingSource": ({ names }) => names ? `set ${names}.` : void 0,
  "principal-public-access/resource": ({ names, principal }) => names ? `name the principal in "${principal}", or set ${names}.` : void 0,
  "principal-public-access/resourceWeak": ({ names, principal }) => names ? `name the principal in "${principal}", or set ${names}.` : void 0,
  "condition-key-action-support/unsupported": ({ property: property2 }) => property2 ? `remove "${property2}", or grant an action whose requests have that key.` : void 0,
  // The statement has one resource, the one the resource property names: no Resource to add an ARN to.
  "action-resource-type/noMatchingResource": ({ property: property2, resource: resource2, kind }) => property2 ? `write in "${property2}" an action on ${kind}s, or in "${resource2}" the ${kind} the action is for.` : void 0
};
var RESOURCE_CLAUSES = {
  "action-resource-type/noMatchingResource": (resource2) => [
    "no Resource of this statement can be one, so the statement never allows it",
    `what "${resource2}" names is not one, so the permission never allows it`
  ]
};
var escapeRegExp = (text2) => text2.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
function orList(names) {
  const quoted3 = names.map((name) => `"${name}"`);
  return quoted3.length <= 1 ? quoted3.join("") : `${quoted3.slice(0, -1).join(", ")} or ${quoted3[quoted3.length - 1]}`;
}
function permissionMessage(spec, rename = (p) => p) {
  return (message, template) => {
    let text2 = message.message;
    const advice = ADVICE[`${message.ruleId}/${message.messageId}`];
    const cut = template?.lastIndexOf("; ") ?? -1;
    if (advice && template && cut >= 0) {
      const tail = template.slice(cut + 2);
      const pattern = new RegExp(`; ${escapeRegExp(tail).replace(/\\\{\\\{\w+\\\}\\\}/g, "[\\s\\S]*?")}$`);
      const match = pattern.exec(text2);
      const keys = [...tail.matchAll(/"([\w-]+:[\w/-]+)"/g)].map((m) => m[1].toLowerCase());
      const names = spec.conditions.filter((c) => keys.includes(c.key.toLowerCase())).map((c) => rename(c.property));
      const path = message.path ?? [];
      const property2 = path[0] === "Statement" ? permissionPropertyOf(spec, path.slice(1)) : void 0;
      const replacement = match ? advice({ names: orList(names), property: property2 && rename(property2), principal: rename(spec.principal), resource: rename(spec.resource), kind: spec.kind }) : void 0;
      if (match && replacement) text2 = `${text2.slice(0, match.index)}; ${replacement}`;
    }
    const clause = RESOURCE_CLAUSES[`${message.ruleId}/${message.messageId}`]?.(rename(spec.resource));
    if (clause) text2 = text2.replace(clause[0], clause[1]);
    for (const { key, property: property2 } of spec.conditions) {
      text2 = text2.replace(new RegExp(`"${escapeRegExp(key)}"`, "gi"), `"${rename(property2)}"`);
    }
    return text2.replace(/^"Principal": /, `"${rename(spec.principal)}": `);
  };
}

// src/cloudformation/locations.ts
var identity = (path) => ({ path, policyType: "identity" });
var resource = (path, resourceType) => ({ path, policyType: "resource", ...resourceType ? { resourceType } : {} });
var INLINE = [identity(["Policies", "*", "PolicyDocument"])];
var SAM_POLICIES = [
  { path: ["Policies"], policyType: "identity", documentsOnly: true },
  { path: ["Policies", "*"], policyType: "identity", documentsOnly: true }
];
var POLICY_LOCATIONS = {
  "AWS::IAM::Policy": [identity(["PolicyDocument"])],
  "AWS::IAM::ManagedPolicy": [identity(["PolicyDocument"])],
  "AWS::IAM::Role": [{ path: ["AssumeRolePolicyDocument"], policyType: "trust" }, ...INLINE],
  "AWS::IAM::User": INLINE,
  "AWS::IAM::Group": INLINE,
  "AWS::IAM::UserPolicy": [identity(["PolicyDocument"])],
  "AWS::IAM::GroupPolicy": [identity(["PolicyDocument"])],
  "AWS::IAM::RolePolicy": [identity(["PolicyDocument"])],
  "AWS::SSO::PermissionSet": [identity(["InlinePolicy"])],
  "AWS::S3::BucketPolicy": [resource(["PolicyDocument"], "AWS::S3::Bucket")],
  "AWS::S3::AccessPoint": [resource(["Policy"], "AWS::S3::AccessPoint")],
  "AWS::S3::MultiRegionAccessPointPolicy": [resource(["Policy"], "AWS::S3::MultiRegionAccessPoint")],
  "AWS::S3ObjectLambda::AccessPointPolicy": [resource(["PolicyDocument"], "AWS::S3ObjectLambda::AccessPoint")],
  "AWS::S3Express::BucketPolicy": [resource(["PolicyDocument"])],
  // A table's policy, and its stream's (whose checks are not the table's).
  "AWS::DynamoDB::Table": [
    resource(["ResourcePolicy", "PolicyDocument"], "AWS::DynamoDB::Table"),
    resource(["StreamSpecification", "ResourcePolicy", "PolicyDocument"])
  ],
  "AWS::DynamoDB::GlobalTable": [
    resource(["Replicas", "*", "ResourcePolicy", "PolicyDocument"], "AWS::DynamoDB::Table"),
    resource(["Replicas", "*", "ReplicaStreamSpecification", "ResourcePolicy", "PolicyDocument"])
  ],
  "AWS::SQS::QueuePolicy": [resource(["PolicyDocument"], "AWS::SQS::Queue")],
  "AWS::SQS::QueueInlinePolicy": [resource(["PolicyDocument"], "AWS::SQS::Queue")],
  "AWS::SNS::TopicPolicy": [resource(["PolicyDocument"], "AWS::SNS::Topic")],
  "AWS::SNS::TopicInlinePolicy": [resource(["PolicyDocument"], "AWS::SNS::Topic")],
  "AWS::KMS::Key": [resource(["KeyPolicy"], "AWS::KMS::Key")],
  "AWS::KMS::ReplicaKey": [resource(["KeyPolicy"], "AWS::KMS::Key")],
  "AWS::SecretsManager::ResourcePolicy": [resource(["ResourcePolicy"])],
  "AWS::ECR::Repository": [resource(["RepositoryPolicyText"], "AWS::ECR::Repository")],
  "AWS::ECR::RegistryPolicy": [resource(["PolicyText"])],
  "AWS::Events::EventBus": [resource(["Policy"])],
  // The newer form: one statement; the older form (Action, Principal, Condition properties) is no IAM text.
  "AWS::Events::EventBusPolicy": [{ path: ["Statement"], policyType: "resource", statement: true }],
  "AWS::Kinesis::ResourcePolicy": [resource(["ResourcePolicy"])],
  "AWS::Logs::ResourcePolicy": [resource(["PolicyDocument"])],
  // A cross-account subscription destination: which accounts may subscribe to it (a string of JSON).
  "AWS::Logs::Destination": [resource(["DestinationPolicy"])],
  "AWS::CodeArtifact::Domain": [resource(["PermissionsPolicyDocument"])],
  "AWS::CodeArtifact::Repository": [resource(["PermissionsPolicyDocument"])],
  "AWS::Organizations::ResourcePolicy": [resource(["Content"])],
  "AWS::EFS::FileSystem": [resource(["FileSystemPolicy"])],
  "AWS::Backup::BackupVault": [resource(["AccessPolicy"])],
  "AWS::OpenSearchService::Domain": [resource(["AccessPolicies"])],
  "AWS::Elasticsearch::Domain": [resource(["AccessPolicies"])],
  "AWS::ApiGateway::RestApi": [resource(["Policy"])],
  // An endpoint policy: "Principal": "*" is its normal form (principal-public-access, kms-key-policy-lockout).
  "AWS::EC2::VPCEndpoint": [resource(["PolicyDocument"], "AWS::EC2::VPCEndpoint")],
  // AWS SAM (Transform: AWS::Serverless-2016-10-31): the policies SAM copies into the function's or state
  // machine's role. SAM's own shorthands (policy templates, Api Auth.ResourcePolicy) are not IAM documents.
  "AWS::Serverless::Function": [{ path: ["AssumeRolePolicyDocument"], policyType: "trust" }, ...SAM_POLICIES],
  "AWS::Serverless::StateMachine": SAM_POLICIES,
  // CDK's custom resources that set a policy by an SDK call (the call's Create; its Update is the same call):
  // an OpenSearch or Elasticsearch domain's access policy (opensearch.Domain's accessPolicies), and a
  // CloudWatch Logs resource policy (the one events-targets.CloudWatchLogGroup and opensearch.Domain's
  // logging add). The policy is a string of JSON inside the call's JSON text.
  "Custom::OpenSearchAccessPolicy": [{ path: ["Create"], policyType: "resource", sdkParameter: "AccessPolicies" }],
  "Custom::ElasticsearchAccessPolicy": [{ path: ["Create"], policyType: "resource", sdkParameter: "AccessPolicies" }],
  "Custom::CloudwatchLogResourcePolicy": [{ path: ["Create"], policyType: "resource", sdkParameter: "policyDocument" }]
};
var PERMISSION_RESOURCES = {
  "AWS::Lambda::Permission": LAMBDA_PERMISSION,
  "AWS::Lambda::LayerVersionPermission": LAYER_VERSION_PERMISSION
};
var ORGANIZATIONS_TYPES = {
  SERVICE_CONTROL_POLICY: "scp",
  RESOURCE_CONTROL_POLICY: "rcp"
};
function literal(node) {
  if (!intrinsicOf(node)) return node;
  const resolved = resolveNode(node, []);
  return resolved.kind === "node" ? resolved.node : void 0;
}
function policyLocations(root) {
  const out = [];
  const resources = entryOf(root, "Resources")?.value;
  if (resources?.kind !== "object") return out;
  for (const { key: logicalId, value: resourceNode } of resources.entries) {
    const type = entryOf(resourceNode, "Type")?.value;
    if (type?.kind !== "string") continue;
    const resourceType = String(type.value);
    const propertiesEntry = entryOf(resourceNode, "Properties");
    const properties = propertiesEntry?.value;
    if (!properties) continue;
    const conditionNode = entryOf(resourceNode, "Condition")?.value;
    const condition = conditionNode?.kind === "string" && !conditionNode.tag ? { condition: String(conditionNode.value) } : {};
    const permission = PERMISSION_RESOURCES[resourceType];
    if (permission && properties.kind === "object") {
      out.push({
        logicalId,
        resourceType,
        policyType: "resource",
        path: ["Resources", logicalId, "Properties"],
        node: properties,
        anchor: [propertiesEntry.keyStart, propertiesEntry.keyEnd],
        permission,
        ...condition
      });
      continue;
    }
    let locations = POLICY_LOCATIONS[resourceType];
    if (resourceType === "AWS::Organizations::Policy") {
      const orgType = entryOf(properties, "Type")?.value;
      const policyType = orgType?.kind === "string" ? ORGANIZATIONS_TYPES[String(orgType.value)] : void 0;
      locations = policyType ? [{ path: ["Content"], policyType }] : void 0;
    }
    for (const location of locations ?? []) {
      walk(properties, location.path, ["Resources", logicalId, "Properties"], void 0, (node, path, anchor) => {
        if (location.documentsOnly && !isPolicyDocument(node)) return;
        out.push({
          logicalId,
          resourceType,
          policyType: location.policyType,
          path,
          node,
          anchor,
          ...location.resourceType ? { ruleResourceType: location.resourceType } : {},
          ...location.statement ? { statement: true } : {},
          ...location.sdkParameter ? { sdkParameter: location.sdkParameter } : {},
          ...condition
        });
      });
    }
  }
  return out.sort((a, b) => a.node.start - b.node.start);
}
function isPolicyDocument(node) {
  const value2 = literal(node);
  return value2 !== void 0 && entryOf(value2, "Statement") !== void 0;
}
function walk(node, steps, path, anchor, found) {
  if (steps.length === 0) {
    if (anchor) found(node, path, anchor);
    return;
  }
  const current = literal(node);
  if (!current) return;
  const [step, ...rest] = steps;
  if (step === "*") {
    if (current.kind !== "array") return;
    current.items.forEach((item, i) => {
      const value2 = literal(item);
      const first = rest.length === 0 && value2?.kind === "object" ? value2.entries[0] : void 0;
      if (value2) walk(value2, rest, [...path, i], first ? [first.keyStart, first.keyEnd] : anchor, found);
    });
    return;
  }
  const next = entryOf(current, step);
  if (!next) return;
  walk(rest.length === 0 ? next.value : literal(next.value) ?? next.value, rest, [...path, step], [next.keyStart, next.keyEnd], found);
}

// src/cloudformation/unknown-condition.ts
function statementsAndPlaceholders(root, placeholders) {
  if (!root || root.type !== "object" || placeholders.length === 0) return void 0;
  const statements = property(root, "Statement");
  if (!statements) return void 0;
  const list = statements.type === "array" ? statements.children ?? [] : [statements];
  const open = (node) => node !== void 0 && placeholders.some(([s, e]) => node.offset < e && node.offset + node.length > s);
  return { list, open };
}
function unknownConditionStatements(root, placeholders) {
  const found = statementsAndPlaceholders(root, placeholders);
  if (!found) return [];
  const { list, open } = found;
  const out = [];
  for (const statement of list) {
    if (statement.type !== "object" ? open(statement) : unknown(statement, open)) out.push([statement.offset, statement.offset + statement.length]);
  }
  return out;
}
function unknown(statement, open) {
  for (const element of statement.children ?? []) {
    const [key, value2] = element.children ?? [];
    if (open(key)) return true;
    if (key?.value !== "Condition" || !value2) continue;
    if (value2.type !== "object") return open(value2);
    for (const operator of value2.children ?? []) {
      const [name, block] = operator.children ?? [];
      if (open(name)) return true;
      if (!block) continue;
      if (block.type !== "object") {
        if (open(block)) return true;
        continue;
      }
      for (const entry of block.children ?? []) if (open(entry.children?.[0])) return true;
    }
  }
  return false;
}
function property(object, name) {
  let found;
  for (const p of object.children ?? []) if (p.children?.[0]?.value === name) found = p.children[1];
  return found;
}
function unknownConditionFilter(root, placeholders, rules) {
  if (placeholders.length === 0) return void 0;
  const statements = unknownConditionStatements(root(), placeholders);
  if (statements.length === 0) return void 0;
  const byId = new Map(rules.map(({ rule }) => [rule.id, rule.meta.unknownCondition]));
  return (message) => {
    const dependence = message.ruleId ? byId.get(message.ruleId) : void 0;
    if (!dependence || !message.messageId) return true;
    if (dependence.policy?.includes(message.messageId)) return false;
    if (!dependence.statement?.includes(message.messageId)) return true;
    const [start, end] = message.range ?? [0, 0];
    return !statements.some(([s, e]) => start >= s && end <= e);
  };
}

// src/cloudformation/unknown-action.ts
var ACTION_ELEMENTS = /* @__PURE__ */ new Set(["Action", "NotAction"]);
function unknownActionStatements(root, placeholders) {
  const found = statementsAndPlaceholders(root, placeholders);
  if (!found) return [];
  const { list, open } = found;
  const out = [];
  for (const statement of list) {
    const range = [statement.offset, statement.offset + statement.length];
    if (statement.type !== "object") {
      if (open(statement)) out.push({ range, notAction: true, deny: true });
      continue;
    }
    const { list: list2, notAction, action } = unknown2(statement, open);
    if (!list2) continue;
    const effect = property(statement, "Effect");
    const literal2 = (value2) => effect?.type === "string" && effect.value === value2 && !open(effect);
    out.push({ range, notAction, deny: !literal2("Allow") && (action || !literal2("Deny")) });
  }
  return out;
}
function unknown2(statement, open) {
  const out = { list: false, notAction: false, action: false };
  for (const element of statement.children ?? []) {
    const [key, value2] = element.children ?? [];
    if (open(key)) return { list: true, notAction: true, action: true };
    if (!ACTION_ELEMENTS.has(key?.value) || !value2) continue;
    if (value2.type === "array" ? (value2.children ?? []).some(open) : open(value2)) {
      out.list = true;
      if (key.value === "NotAction") out.notAction = true;
      else out.action = true;
    }
  }
  return out;
}
function unknownActionFilter(root, placeholders, rules) {
  if (placeholders.length === 0) return void 0;
  const statements = unknownActionStatements(root(), placeholders);
  if (statements.length === 0) return void 0;
  const deny = statements.some((s) => s.deny);
  const byId = new Map(rules.map(({ rule }) => [rule.id, rule.meta.unknownActions]));
  return (message) => {
    const dependence = message.ruleId ? byId.get(message.ruleId) : void 0;
    if (!dependence || !message.messageId) return true;
    if (dependence.policy?.includes(message.messageId)) return false;
    if (deny && dependence.deny?.includes(message.messageId)) return false;
    const whole = dependence.statement?.includes(message.messageId);
    if (!whole && !dependence.notAction?.includes(message.messageId)) return true;
    const [start, end] = message.range ?? [0, 0];
    return !statements.some(({ range: [s, e], notAction }) => start >= s && end <= e && (whole || notAction));
  };
}

// src/cloudformation/policy-arns.ts
var PROPERTIES = {
  "AWS::IAM::Role": { ManagedPolicyArns: false, PermissionsBoundary: false },
  "AWS::IAM::User": { ManagedPolicyArns: false, PermissionsBoundary: false },
  "AWS::IAM::Group": { ManagedPolicyArns: false },
  "AWS::Serverless::Function": { Policies: true, PermissionsBoundary: false },
  "AWS::Serverless::StateMachine": { Policies: true, PermissionsBoundary: false }
};
function templatePolicyArnSites(resources, prefix = ["Resources"]) {
  const out = [];
  if (resources?.kind !== "object") return out;
  for (const { key: id, value: resource2 } of resources.entries) {
    const type = entryOf(resource2, "Type")?.value;
    const properties = type?.kind === "string" ? PROPERTIES[String(type.value)] : void 0;
    const props = entryOf(resource2, "Properties")?.value;
    if (!properties || props?.kind !== "object") continue;
    for (const [property2, nameAllowed] of Object.entries(properties)) {
      const node = entryOf(props, property2)?.value;
      if (!node) continue;
      const path = [...prefix, id, "Properties", property2];
      const where = `${id}.${property2}`;
      const boundary = property2 === "PermissionsBoundary";
      eachListItem(node, path, (item, at) => value(item, at, where, nameAllowed, boundary, out), property2 !== "ManagedPolicyArns");
    }
  }
  return out;
}
function policyArnValueSites(node, path, where, boundary, out) {
  value(node, path, where, false, boundary, out);
}
function value(node, path, where, nameAllowed, boundary, out) {
  if (eachIfBranch(node, path, (branch, at) => value(branch, at, where, nameAllowed, boundary, out))) return;
  const resolved = resolveNode(node, []);
  if (resolved.kind === "novalue") return;
  const string = resolved.kind === "string" ? resolved : resolved.node.kind === "string" ? stringOf(resolved.node) : void 0;
  if (string?.kind !== "string") return;
  out.push({
    value: string.value,
    placeholders: string.placeholders,
    start: string.start,
    end: string.end,
    written: string.value,
    path,
    where,
    ...nameAllowed ? { nameAllowed } : {},
    ...boundary ? { boundary } : {},
    ...nameToken(node, string)
  });
}
function nameToken(node, string) {
  const fn = intrinsicOf(node);
  const items = fn?.name === "Fn::Join" && fn.arg.kind === "array" ? fn.arg.items[1]?.items : void 0;
  if (!items || !string.map || string.value.length === 0) return {};
  const first = string.map[string.value.lastIndexOf("/") + 1];
  const last = string.map[string.value.length - 1];
  const item = items.find((i) => i.kind === "string" && i.start <= first && last < i.end);
  return item ? { nameToken: [item.start, item.end] } : {};
}

// src/generated/aws-managed-policies.js
var MANAGED_POLICIES = { "": "AIDevOpsAgentAccessPolicy\nAIDevOpsAgentActionsPolicy\nAIDevOpsAgentFullAccess\nAIDevOpsAgentReadOnlyAccess\nAIDevOpsOperatorAppAccessPolicy\nAIDevOpsReleaseManagementVPCPolicy\nAIOpsAssistantIncidentReportPolicy\nAIOpsAssistantPolicy\nAIOpsConsoleAdminPolicy\nAIOpsOperatorAccess\nAIOpsReadOnlyAccess\nAWS-SSM-Automation-DiagnosisBucketPolicy\nAWS-SSM-DiagnosisAutomation-AdministrationRolePolicy\nAWS-SSM-DiagnosisAutomation-ExecutionRolePolicy\nAWS-SSM-DiagnosisAutomation-OperationalAccountAdministrationRolePolicy\nAWS-SSM-RemediationAutomation-AdministrationRolePolicy\nAWS-SSM-RemediationAutomation-ExecutionRolePolicy\nAWS-SSM-RemediationAutomation-OperationalAccountAdministrationRolePolicy\nAWSAccountActivityAccess\nAWSAccountManagementFullAccess\nAWSAccountManagementReadOnlyAccess\nAWSAccountSettingsManagementRole\nAWSAccountUsageReportAccess\nAWSAgentlessDiscoveryService\nAWSAppFabricFullAccess\nAWSAppFabricReadOnlyAccess\nAWSAppMeshEnvoyAccess\nAWSAppMeshFullAccess\nAWSAppMeshPreviewEnvoyAccess\nAWSAppMeshReadOnly\nAWSAppRunnerFullAccess\nAWSAppRunnerReadOnlyAccess\nAWSAppSyncAdministrator\nAWSAppSyncInvokeFullAccess\nAWSAppSyncSchemaAuthor\nAWSApplicationDiscoveryAgentAccess\nAWSApplicationDiscoveryAgentlessCollectorAccess\nAWSApplicationDiscoveryServiceFullAccess\nAWSApplicationMigrationAgentInstallationPolicy\nAWSApplicationMigrationAgentPolicy\nAWSApplicationMigrationEC2Access\nAWSApplicationMigrationFullAccess\nAWSApplicationMigrationNetworkMigrationCustomResource\nAWSApplicationMigrationNetworkMigrationMultiAccount\nAWSApplicationMigrationReadOnlyAccess\nAWSApplicationMigrationSSMAccess\nAWSApplicationMigrationServiceEc2InstancePolicy\nAWSApplicationMigrationVCenterClientPolicy\nAWSArtifactAgreementsFullAccess\nAWSArtifactAgreementsReadOnlyAccess\nAWSArtifactComplianceInquiriesFullAccess\nAWSArtifactComplianceInquiriesReadOnlyAccess\nAWSArtifactReportsReadOnlyAccess\nAWSAuditManagerAdministratorAccess\nAWSBackupAccessPointOperatorAccess\nAWSBackupAuditAccess\nAWSBackupDataTransferAccess\nAWSBackupFullAccess\nAWSBackupGuardDutyRolePolicyForScans\nAWSBackupOperatorAccess\nAWSBackupOrganizationAdminAccess\nAWSBackupRestoreAccessForSAPHANA\nAWSBackupSearchOperatorAccess\nAWSBackupServiceRolePolicyForIndexing\nAWSBackupServiceRolePolicyForItemRestores\nAWSBackupServiceRolePolicyForS3Backup\nAWSBackupServiceRolePolicyForS3Restore\nAWSBackupServiceRolePolicyForScans\nAWSBatchFullAccess\nAWSBillingConductorFullAccess\nAWSBillingConductorReadOnlyAccess\nAWSBillingReadOnlyAccess\nAWSBudgetsActionsWithAWSResourceControlAccess\nAWSBudgetsActions_RolePolicyForResourceAdministrationWithSSM\nAWSBudgetsReadOnlyAccess\nAWSBugBustFullAccess\nAWSBugBustPlayerAccess\nAWSCertificateManagerFullAccess\nAWSCertificateManagerPrivateCAAuditor\nAWSCertificateManagerPrivateCAFullAccess\nAWSCertificateManagerPrivateCAPrivilegedUser\nAWSCertificateManagerPrivateCAReadOnly\nAWSCertificateManagerPrivateCAUser\nAWSCertificateManagerReadOnly\nAWSCleanRoomsFullAccess\nAWSCleanRoomsFullAccessNoQuerying\nAWSCleanRoomsMLFullAccess\nAWSCleanRoomsMLReadOnlyAccess\nAWSCleanRoomsReadOnlyAccess\nAWSCloud9Administrator\nAWSCloud9EnvironmentMember\nAWSCloud9SSMInstanceProfile\nAWSCloud9User\nAWSCloudFormationFullAccess\nAWSCloudFormationReadOnlyAccess\nAWSCloudHSMFullAccess\nAWSCloudHSMReadOnlyAccess\nAWSCloudMapDiscoverInstanceAccess\nAWSCloudMapFullAccess\nAWSCloudMapReadOnlyAccess\nAWSCloudMapRegisterInstanceAccess\nAWSCloudShellFullAccess\nAWSCloudTrail_FullAccess\nAWSCloudTrail_ReadOnlyAccess\nAWSCodeArtifactAdminAccess\nAWSCodeArtifactReadOnlyAccess\nAWSCodeBuildAdminAccess\nAWSCodeBuildDeveloperAccess\nAWSCodeBuildReadOnlyAccess\nAWSCodeCommitFullAccess\nAWSCodeCommitPowerUser\nAWSCodeCommitReadOnly\nAWSCodeDeployDeployerAccess\nAWSCodeDeployFullAccess\nAWSCodeDeployReadOnlyAccess\nAWSCodeDeployRoleForECS\nAWSCodeDeployRoleForECSLimited\nAWSCodePipelineApproverAccess\nAWSCodePipelineCustomActionAccess\nAWSCodePipeline_FullAccess\nAWSCodePipeline_ReadOnlyAccess\nAWSCodeStarFullAccess\nAWSCompromisedKeyQuarantine\nAWSCompromisedKeyQuarantineV2\nAWSCompromisedKeyQuarantineV3\nAWSConfigUserAccess\nAWSConnector\nAWSDataExchangeDataGrantOwnerFullAccess\nAWSDataExchangeDataGrantReceiverFullAccess\nAWSDataExchangeFullAccess\nAWSDataExchangeProviderFullAccess\nAWSDataExchangeReadOnly\nAWSDataExchangeSubscriberFullAccess\nAWSDataPipeline_FullAccess\nAWSDataPipeline_PowerUser\nAWSDataSyncFullAccess\nAWSDataSyncReadOnlyAccess\nAWSDeadlineCloud-FleetWorker\nAWSDeadlineCloud-UserAccessFarms\nAWSDeadlineCloud-UserAccessFleets\nAWSDeadlineCloud-UserAccessJobs\nAWSDeadlineCloud-UserAccessQueues\nAWSDeadlineCloud-WorkerHost\nAWSDeepLensLambdaFunctionAccessPolicy\nAWSDeepRacerAccountAdminAccess\nAWSDeepRacerCloudFormationAccessPolicy\nAWSDeepRacerDefaultMultiUserAccess\nAWSDeepRacerFullAccess\nAWSDeepRacerRoboMakerAccessPolicy\nAWSDenyAll\nAWSDeviceFarmFullAccess\nAWSDirectConnectFullAccess\nAWSDirectConnectReadOnlyAccess\nAWSDirectoryServiceDataFullAccess\nAWSDirectoryServiceDataReadOnlyAccess\nAWSDirectoryServiceFullAccess\nAWSDirectoryServiceReadOnlyAccess\nAWSDiscoveryContinuousExportFirehosePolicy\nAWSEC2SqlHaInstancePolicy\nAWSEC2VssRestorePolicy\nAWSEC2VssSnapshotPolicy\nAWSElasticBeanstalkCustomPlatformforEC2Role\nAWSElasticBeanstalkEKSImageBuild\nAWSElasticBeanstalkEKSObservability\nAWSElasticBeanstalkEKSTagging\nAWSElasticBeanstalkManagedUpdatesCustomerRolePolicy\nAWSElasticBeanstalkMulticontainerDocker\nAWSElasticBeanstalkReadOnly\nAWSElasticBeanstalkWebTier\nAWSElasticBeanstalkWorkerTier\nAWSElasticDisasterRecoveryAgentInstallationPolicy\nAWSElasticDisasterRecoveryConsoleFullAccess\nAWSElasticDisasterRecoveryConsoleFullAccess_v2\nAWSElasticDisasterRecoveryFailbackInstallationPolicy\nAWSElasticDisasterRecoveryLaunchActionsPolicy\nAWSElasticDisasterRecoveryReadOnlyAccess\nAWSElementalMediaConnectCreateBridge\nAWSElementalMediaConnectCreateFlow\nAWSElementalMediaConnectDeleteBridge\nAWSElementalMediaConnectDeleteFlow\nAWSElementalMediaConnectFullAccess\nAWSElementalMediaConnectReadOnlyAccess\nAWSElementalMediaConvertFullAccess\nAWSElementalMediaConvertReadOnly\nAWSElementalMediaLiveFullAccess\nAWSElementalMediaLiveReadOnly\nAWSElementalMediaPackageFullAccess\nAWSElementalMediaPackageReadOnly\nAWSElementalMediaPackageV2FullAccess\nAWSElementalMediaPackageV2ReadOnly\nAWSElementalMediaStoreFullAccess\nAWSElementalMediaStoreReadOnly\nAWSElementalMediaTailorFullAccess\nAWSElementalMediaTailorReadOnly\nAWSEntityResolutionConsoleFullAccess\nAWSEntityResolutionConsoleReadOnlyAccess\nAWSFMAdminFullAccess\nAWSFMAdminReadOnlyAccess\nAWSFMMemberReadOnlyAccess\nAWSForWordPressPluginPolicy\nAWSGlueConsoleFullAccess\nAWSGlueConsoleSageMakerNotebookFullAccess\nAWSGlueSchemaRegistryFullAccess\nAWSGlueSchemaRegistryReadonlyAccess\nAWSGrafanaAccountAdministrator\nAWSGrafanaConsoleReadOnlyAccess\nAWSGrafanaWorkspacePermissionManagement\nAWSGrafanaWorkspacePermissionManagementV2\nAWSGreengrassFullAccess\nAWSGreengrassReadOnlyAccess\nAWSGroundStationAgentInstancePolicy\nAWSHealthFullAccess\nAWSHealthImagingFullAccess\nAWSHealthImagingReadOnlyAccess\nAWSIAMIdentityCenterAllowListForIdentityContext\nAWSIQFullAccess\nAWSIdentitySyncFullAccess\nAWSIdentitySyncReadOnlyAccess\nAWSImageBuilderFullAccess\nAWSImageBuilderReadOnlyAccess\nAWSImportExportFullAccess\nAWSImportExportReadOnlyAccess\nAWSIncidentManagerIncidentAccessServiceRolePolicy\nAWSIncidentManagerResolverAccess\nAWSIoT1ClickFullAccess\nAWSIoT1ClickReadOnlyAccess\nAWSIoTAnalyticsFullAccess\nAWSIoTAnalyticsReadOnlyAccess\nAWSIoTConfigAccess\nAWSIoTConfigReadOnlyAccess\nAWSIoTDataAccess\nAWSIoTDeviceTesterForFreeRTOSFullAccess\nAWSIoTDeviceTesterForGreengrassFullAccess\nAWSIoTEventsFullAccess\nAWSIoTEventsReadOnlyAccess\nAWSIoTFullAccess\nAWSIoTManagedIntegrationsFullAccess\nAWSIoTSiteWiseConsoleFullAccess\nAWSIoTSiteWiseFullAccess\nAWSIoTSiteWiseReadOnlyAccess\nAWSIoTWirelessDataAccess\nAWSIoTWirelessFullAccess\nAWSIoTWirelessFullPublishAccess\nAWSIoTWirelessGatewayCertManager\nAWSIoTWirelessLogging\nAWSIoTWirelessReadOnlyAccess\nAWSIotRoboRunnerFullAccess\nAWSIotRoboRunnerReadOnly\nAWSKeyManagementServicePowerUser\nAWSLakeFormationCrossAccountManager\nAWSLakeFormationDataAdmin\nAWSLambdaExecute\nAWSLambdaInvocation-DynamoDB\nAWSLambdaManagedEC2ResourceOperator\nAWSLambdaNetworkConnectorOperatorPolicy\nAWSLambda_FullAccess\nAWSLambda_ReadOnlyAccess\nAWSMCPSignInOAuthAccessPolicy\nAWSManagedAccountManagementAccess\nAWSManagedAccountUserEntitlementAccess\nAWSManagedAdvancedFeaturesActivationAccess\nAWSManagedBudgetsSpendLimitManagementAccess\nAWSManagedControlPolicyManagementAccess\nAWSManagedSettingsAdminAccess\nAWSManagedSettingsReadOnlyAccess\nAWSManagementConsoleBasicUserAccess\nAWSMarketplaceAmiIngestion\nAWSMarketplaceDiscoveryFullAccess\nAWSMarketplaceFullAccess\nAWSMarketplaceGetEntitlements\nAWSMarketplaceImageBuildFullAccess\nAWSMarketplaceManageSubscriptions\nAWSMarketplaceMeteringFullAccess\nAWSMarketplaceMeteringRegisterUsage\nAWSMarketplaceProcurementSystemAdminFullAccess\nAWSMarketplaceRead-only\nAWSMarketplaceSellerFullAccess\nAWSMarketplaceSellerOfferManagement\nAWSMarketplaceSellerProductsFullAccess\nAWSMarketplaceSellerProductsReadOnly\nAWSMcpServiceActionsFullAccess\nAWSMigrationHubFullAccess\nAWSMigrationHubOrchestratorConsoleFullAccess\nAWSMigrationHubOrchestratorInstanceRolePolicy\nAWSMigrationHubOrchestratorPlugin\nAWSMigrationHubRefactorSpaces-EnvironmentsWithoutBridgesFullAccess\nAWSMigrationHubRefactorSpacesFullAccess\nAWSMigrationHubStrategyCollector\nAWSMigrationHubStrategyConsoleFullAccess\nAWSMobileHub_FullAccess\nAWSMobileHub_ReadOnly\nAWSNetworkFirewallFullAccess\nAWSNetworkFirewallReadOnlyAccess\nAWSNetworkManagerFullAccess\nAWSNetworkManagerReadOnlyAccess\nAWSOpsWorksCMInstanceProfileRole\nAWSOpsWorksCloudWatchLogs\nAWSOpsWorksInstanceRegistration\nAWSOpsWorksRegisterCLI_EC2\nAWSOpsWorksRegisterCLI_OnPremises\nAWSOpsWorks_FullAccess\nAWSOrganizationsFullAccess\nAWSOrganizationsReadOnlyAccess\nAWSOutpostsAuthorizeServerPolicy\nAWSPCSComputeNodePolicy\nAWSPanoramaFullAccess\nAWSPartnerCentralChannelHandshakeApprovalManagement\nAWSPartnerCentralChannelManagement\nAWSPartnerCentralFullAccess\nAWSPartnerCentralMarketingManagement\nAWSPartnerCentralOpportunityManagement\nAWSPartnerCentralRevenueAttributionManagement\nAWSPartnerCentralSandboxFullAccess\nAWSPartnerCentralSellingResourceSnapshotJobExecutionRolePolicy\nAWSPartnerLedSupportReadOnlyAccess\nAWSPartnerProServeToolsFullAccess\nAWSPartnerProServeToolsIndividualContributor\nAWSPartnerProServeToolsOrganizationReaderIndividualContributor\nAWSPriceListServiceFullAccess\nAWSPrivateCAAuditor\nAWSPrivateCAConnectorForKubernetesPolicy\nAWSPrivateCAFullAccess\nAWSPrivateCAPrivilegedUser\nAWSPrivateCAReadOnly\nAWSPrivateCAUser\nAWSPrivateMarketplaceAdminFullAccess\nAWSPrivateMarketplaceRequests\nAWSProtonCodeBuildProvisioningBasicAccess\nAWSProtonDeveloperAccess\nAWSProtonFullAccess\nAWSProtonReadOnlyAccess\nAWSPurchaseOrdersServiceRolePolicy\nAWSQuickSetupCFGCPacksPermissionsBoundary\nAWSQuickSetupDeploymentRolePolicy\nAWSQuickSetupDevOpsGuruPermissionsBoundary\nAWSQuickSetupDistributorPermissionsBoundary\nAWSQuickSetupEnableAREXExecutionPolicy\nAWSQuickSetupEnableDHMCExecutionPolicy\nAWSQuickSetupJITNADeploymentRolePolicy\nAWSQuickSetupManageJITNAResourcesExecutionPolicy\nAWSQuickSetupManagedInstanceProfileExecutionPolicy\nAWSQuickSetupPatchPolicyBaselineAccess\nAWSQuickSetupPatchPolicyDeploymentRolePolicy\nAWSQuickSetupPatchPolicyLambdaExecutionPolicy\nAWSQuickSetupPatchPolicyPermissionsBoundary\nAWSQuickSetupPatchPolicyTagManagementExecutionPolicy\nAWSQuickSetupSSMDeploymentRolePolicy\nAWSQuickSetupSSMDeploymentS3BucketRolePolicy\nAWSQuickSetupSSMHostMgmtPermissionsBoundary\nAWSQuickSetupSSMLifecycleManagementExecutionPolicy\nAWSQuickSetupSSMManageResourcesExecutionPolicy\nAWSQuickSetupSchedulerPermissionsBoundary\nAWSQuickSetupStartSSMAssociationsExecutionPolicy\nAWSQuickSetupStartStopInstancesExecutionPolicy\nAWSQuickSightAssetBundleExportPolicy\nAWSQuickSightAssetBundleImportPolicy\nAWSQuickSightIoTAnalyticsAccess\nAWSQuickSightSecretsManagerWritePolicy\nAWSRefactoringToolkitFullAccess\nAWSRefactoringToolkitSidecarPolicy\nAWSRepostSpaceSupportOperationsPolicy\nAWSResilienceHubAsssessmentExecutionPolicy\nAWSResilienceHubResilienceTestingPolicy\nAWSResilienceHubV2AssessmentExecutionPolicy\nAWSResourceAccessManagerFullAccess\nAWSResourceAccessManagerReadOnlyAccess\nAWSResourceAccessManagerResourceShareParticipantAccess\nAWSResourceExplorerFullAccess\nAWSResourceExplorerOrganizationsAccess\nAWSResourceExplorerReadOnlyAccess\nAWSResourceGroupsReadOnlyAccess\nAWSRevenueAttributionManagement\nAWSRoboMakerReadOnlyAccess\nAWSRoboMakerServiceRolePolicy\nAWSRoboMaker_FullAccess\nAWSRolesAnywhereFullAccess\nAWSRolesAnywhereReadOnly\nAWSSSODirectoryAdministrator\nAWSSSODirectoryReadOnly\nAWSSSOMasterAccountAdministrator\nAWSSSOMemberAccountAdministrator\nAWSSSOReadOnly\nAWSSavingsPlansFullAccess\nAWSSavingsPlansReadOnlyAccess\nAWSSecretsManagerClientReadOnlyAccess\nAWSSecurityHubFullAccess\nAWSSecurityHubOrganizationsAccess\nAWSSecurityHubReadOnlyAccess\nAWSSecurityIncidentResponseCaseFullAccess\nAWSSecurityIncidentResponseFullAccess\nAWSSecurityIncidentResponseReadOnlyAccess\nAWSServiceCatalogAdminFullAccess\nAWSServiceCatalogAdminReadOnlyAccess\nAWSServiceCatalogAppRegistryFullAccess\nAWSServiceCatalogAppRegistryReadOnlyAccess\nAWSServiceCatalogEndUserFullAccess\nAWSServiceCatalogEndUserReadOnlyAccess\nAWSStepFunctionsConsoleFullAccess\nAWSStepFunctionsFullAccess\nAWSStepFunctionsReadOnlyAccess\nAWSStorageGatewayFullAccess\nAWSStorageGatewayReadOnlyAccess\nAWSSupportAccess\nAWSSupportAppFullAccess\nAWSSupportAppReadOnlyAccess\nAWSSupportPlansFullAccess\nAWSSupportPlansReadOnlyAccess\nAWSSystemsManagerEnableConfigRecordingExecutionPolicy\nAWSSystemsManagerEnableExplorerExecutionPolicy\nAWSSystemsManagerForSAPFullAccess\nAWSSystemsManagerForSAPReadOnlyAccess\nAWSSystemsManagerJustInTimeAccessTokenPolicy\nAWSSystemsManagerJustInTimeAccessTokenSessionPolicy\nAWSSystemsManagerJustInTimeNodeAccessRolePropagationPolicy\nAWSThinkboxAWSPortalAdminPolicy\nAWSThinkboxAWSPortalGatewayPolicy\nAWSThinkboxAWSPortalWorkerPolicy\nAWSThinkboxAssetServerPolicy\nAWSThinkboxDeadlineResourceTrackerAccessPolicy\nAWSThinkboxDeadlineResourceTrackerAdminPolicy\nAWSThinkboxDeadlineSpotEventPluginAdminPolicy\nAWSThinkboxDeadlineSpotEventPluginWorkerPolicy\nAWSTransferConsoleFullAccess\nAWSTransferFullAccess\nAWSTransferReadOnlyAccess\nAWSTransformCustomExecuteTransformations\nAWSTransformCustomFullAccess\nAWSTransformCustomManageTransformations\nAWSTransformInfrastructureExecutorAccessBatch\nAWSTransformInfrastructureExecutorAccessEC2\nAWSTransformLandingZoneAgentPolicy\nAWSTransformNetworkMigrationAgentPolicy\nAWSTransformRevenueAttributionPolicy\nAWSTransformSecretsManagerConnectorPolicy\nAWSTransformSecurityAgentExecutorAccess\nAWSTransformServerMigrationAgentPolicy\nAWSTrustedAdvisorPriorityFullAccess\nAWSTrustedAdvisorPriorityReadOnlyAccess\nAWSVendorInsightsAssessorFullAccess\nAWSVendorInsightsAssessorReadOnly\nAWSVendorInsightsVendorFullAccess\nAWSVendorInsightsVendorReadOnly\nAWSWAFConsoleFullAccess\nAWSWAFConsoleReadOnlyAccess\nAWSWAFFullAccess\nAWSWAFReadOnlyAccess\nAWSWickrFullAccess\nAWSXRayDaemonWriteAccess\nAWSXrayCrossAccountSharingConfiguration\nAWSXrayFullAccess\nAWSXrayReadOnlyAccess\nAWSXrayWriteOnlyAccess\nAccountManagementFromVercel\nAdministratorAccess\nAdministratorAccess-AWSElasticBeanstalk\nAdministratorAccess-Amplify\nAgentRegistryFullAccess\nAgentRegistryReadOnlyAccess\nAlexaForBusinessDeviceSetup\nAlexaForBusinessFullAccess\nAlexaForBusinessGatewayExecution\nAlexaForBusinessLifesizeDelegatedAccessPolicy\nAlexaForBusinessPolyDelegatedAccessPolicy\nAlexaForBusinessReadOnlyAccess\nAmazonAPIGatewayAdministrator\nAmazonAPIGatewayInvokeFullAccess\nAmazonAppFlowFullAccess\nAmazonAppFlowReadOnlyAccess\nAmazonAppStreamFullAccess\nAmazonAppStreamReadOnlyAccess\nAmazonApplicationRecoveryControllerRegionSwitchPlanExecutionPolicy\nAmazonAthenaFullAccess\nAmazonAugmentedAIFullAccess\nAmazonAugmentedAIHumanLoopFullAccess\nAmazonAugmentedAIIntegratedAPIAccess\nAmazonAuroraDSQLConsoleFullAccess\nAmazonAuroraDSQLFullAccess\nAmazonAuroraDSQLReadOnlyAccess\nAmazonBedrockAgentCoreMemoryBedrockModelInferenceExecutionRolePolicy\nAmazonBedrockExternalWebSearchFullAccess\nAmazonBedrockExternalWebSearchReadOnly\nAmazonBedrockFullAccess\nAmazonBedrockLimitedAccess\nAmazonBedrockMantleFullAccess\nAmazonBedrockMantleInferenceAccess\nAmazonBedrockMantleReadOnly\nAmazonBedrockMarketplaceAccess\nAmazonBedrockReadOnly\nAmazonBedrockStudioPermissionsBoundary\nAmazonBedrockWebSearchFullAccess\nAmazonBedrockWebSearchReadOnly\nAmazonBioDiscoveryFullAccess\nAmazonBioDiscoveryInAppFullAccess\nAmazonBraketFullAccess\nAmazonBraketJobsExecutionPolicy\nAmazonChimeFullAccess\nAmazonChimeReadOnly\nAmazonChimeSDK\nAmazonChimeUserManagement\nAmazonCloudDirectoryFullAccess\nAmazonCloudDirectoryReadOnlyAccess\nAmazonCloudWatchEvidentlyFullAccess\nAmazonCloudWatchEvidentlyReadOnlyAccess\nAmazonCloudWatchRUMFullAccess\nAmazonCloudWatchRUMReadOnlyAccess\nAmazonCodeCatalystFullAccess\nAmazonCodeCatalystReadOnlyAccess\nAmazonCodeGuruProfilerAgentAccess\nAmazonCodeGuruProfilerFullAccess\nAmazonCodeGuruProfilerReadOnlyAccess\nAmazonCodeGuruReviewerFullAccess\nAmazonCodeGuruReviewerReadOnlyAccess\nAmazonCodeGuruSecurityFullAccess\nAmazonCodeGuruSecurityScanAccess\nAmazonCognitoDeveloperAuthenticatedIdentities\nAmazonCognitoPowerUser\nAmazonCognitoReadOnly\nAmazonCognitoUnAuthedIdentitiesSessionPolicy\nAmazonCognitoUnauthenticatedIdentities\nAmazonConnectReadOnlyAccess\nAmazonConnectVoiceIDFullAccess\nAmazonConnect_FullAccess\nAmazonDRSVPCManagement\nAmazonDataZoneEnvironmentRolePermissionsBoundary\nAmazonDataZoneFullAccess\nAmazonDataZoneFullUserAccess\nAmazonDataZonePortalFullAccessPolicy\nAmazonDataZonePreviewConsoleFullAccess\nAmazonDataZoneProjectDeploymentPermissionsBoundary\nAmazonDataZoneProjectRolePermissionsBoundary\nAmazonDataZoneRedshiftGlueProvisioningPolicy\nAmazonDataZoneSageMakerEnvironmentRolePermissionsBoundary\nAmazonDataZoneSageMakerManageAccessRolePolicy\nAmazonDataZoneSageMakerProvisioningRolePolicy\nAmazonDetectiveFullAccess\nAmazonDetectiveInvestigatorAccess\nAmazonDetectiveMemberAccess\nAmazonDetectiveOrganizationsAccess\nAmazonDevOpsGuruConsoleFullAccess\nAmazonDevOpsGuruFullAccess\nAmazonDevOpsGuruOrganizationsAccess\nAmazonDevOpsGuruReadOnlyAccess\nAmazonDocDBConsoleFullAccess\nAmazonDocDBElasticFullAccess\nAmazonDocDBElasticReadOnlyAccess\nAmazonDocDBFullAccess\nAmazonDocDBReadOnlyAccess\nAmazonDynamoDBFullAccess\nAmazonDynamoDBFullAccess_v2\nAmazonDynamoDBFullAccesswithDataPipeline\nAmazonDynamoDBReadOnlyAccess\nAmazonEBSCSIDriverEKSClusterScopedPolicy\nAmazonEBSCSIDriverPolicyV2\nAmazonEC2ContainerRegistryFullAccess\nAmazonEC2ContainerRegistryPowerUser\nAmazonEC2ContainerRegistryPullOnly\nAmazonEC2ContainerRegistryReadOnly\nAmazonEC2FullAccess\nAmazonEC2ImageReferencesAccessPolicy\nAmazonEC2ReadOnlyAccess\nAmazonEC2RolePolicyForLaunchWizard\nAmazonECSInfrastructureRolePolicyForLoadBalancers\nAmazonECSInfrastructureRolePolicyForManagedInstances\nAmazonECSInfrastructureRolePolicyForVpcLattice\nAmazonECSInstanceRolePolicyForManagedInstances\nAmazonECS_FullAccess\nAmazonEKSBlockStoragePolicy\nAmazonEKSBlockStoragePolicyV2\nAmazonEKSClusterPolicy\nAmazonEKSComputePolicy\nAmazonEKSDashboardConsoleReadOnly\nAmazonEKSFargatePodExecutionRolePolicy\nAmazonEKSLoadBalancingPolicy\nAmazonEKSLocalOutpostClusterPolicy\nAmazonEKSMCPReadOnlyAccess\nAmazonEKSNetworkingPolicy\nAmazonEKSServicePolicy\nAmazonEKSVPCResourceController\nAmazonEKSWorkerNodeMinimalPolicy\nAmazonEKSWorkerNodePolicy\nAmazonEKS_CNI_Policy\nAmazonEMRFullAccessPolicy_v2\nAmazonEMRReadOnlyAccessPolicy_v2\nAmazonESCognitoAccess\nAmazonESFullAccess\nAmazonESReadOnlyAccess\nAmazonElastiCacheFullAccess\nAmazonElastiCacheReadOnlyAccess\nAmazonElasticContainerRegistryPublicFullAccess\nAmazonElasticContainerRegistryPublicPowerUser\nAmazonElasticContainerRegistryPublicReadOnly\nAmazonElasticFileSystemClientFullAccess\nAmazonElasticFileSystemClientReadOnlyAccess\nAmazonElasticFileSystemClientReadWriteAccess\nAmazonElasticFileSystemFullAccess\nAmazonElasticFileSystemReadOnlyAccess\nAmazonElasticFileSystemsUtils\nAmazonElasticMapReduceFullAccess\nAmazonElasticMapReducePlacementGroupPolicy\nAmazonElasticMapReduceReadOnlyAccess\nAmazonElasticTranscoder_FullAccess\nAmazonElasticTranscoder_JobsSubmitter\nAmazonElasticTranscoder_ReadOnlyAccess\nAmazonEventBridgeFullAccess\nAmazonEventBridgePipesFullAccess\nAmazonEventBridgePipesOperatorAccess\nAmazonEventBridgePipesReadOnlyAccess\nAmazonEventBridgeReadOnlyAccess\nAmazonEventBridgeSchedulerFullAccess\nAmazonEventBridgeSchedulerReadOnlyAccess\nAmazonEventBridgeSchemasFullAccess\nAmazonEventBridgeSchemasReadOnlyAccess\nAmazonFSxConsoleFullAccess\nAmazonFSxConsoleReadOnlyAccess\nAmazonFSxFullAccess\nAmazonFSxReadOnlyAccess\nAmazonForecastFullAccess\nAmazonFraudDetectorFullAccessPolicy\nAmazonFreeRTOSFullAccess\nAmazonGlacierFullAccess\nAmazonGlacierReadOnlyAccess\nAmazonGuardDutyFullAccess\nAmazonGuardDutyFullAccess_v2\nAmazonGuardDutyReadOnlyAccess\nAmazonHealthLakeFullAccess\nAmazonHealthLakeReadOnlyAccess\nAmazonHoneycodeFullAccess\nAmazonHoneycodeReadOnlyAccess\nAmazonHoneycodeTeamAssociationFullAccess\nAmazonHoneycodeTeamAssociationReadOnlyAccess\nAmazonHoneycodeWorkbookFullAccess\nAmazonHoneycodeWorkbookReadOnlyAccess\nAmazonInspector2FullAccess\nAmazonInspector2FullAccess_v2\nAmazonInspector2ManagedCisPolicy\nAmazonInspector2ManagedTelemetryPolicy\nAmazonInspector2ReadOnlyAccess\nAmazonInspectorFullAccess\nAmazonInspectorReadOnlyAccess\nAmazonKendraFullAccess\nAmazonKendraReadOnlyAccess\nAmazonKeyspacesFullAccess\nAmazonKeyspacesReadOnlyAccess\nAmazonKeyspacesReadOnlyAccess_v2\nAmazonKinesisAnalyticsFullAccess\nAmazonKinesisAnalyticsReadOnly\nAmazonKinesisFirehoseFullAccess\nAmazonKinesisFirehoseReadOnlyAccess\nAmazonKinesisFullAccess\nAmazonKinesisReadOnlyAccess\nAmazonKinesisVideoStreamsFullAccess\nAmazonKinesisVideoStreamsReadOnlyAccess\nAmazonLaunchWizardFullAccessV2\nAmazonLaunchWizard_Fullaccess\nAmazonLexFullAccess\nAmazonLexReadOnly\nAmazonLexRunBotsOnly\nAmazonLookoutEquipmentFullAccess\nAmazonLookoutEquipmentReadOnlyAccess\nAmazonLookoutMetricsFullAccess\nAmazonLookoutMetricsReadOnlyAccess\nAmazonLookoutVisionConsoleFullAccess\nAmazonLookoutVisionConsoleReadOnlyAccess\nAmazonLookoutVisionFullAccess\nAmazonLookoutVisionReadOnlyAccess\nAmazonMCSFullAccess\nAmazonMCSReadOnlyAccess\nAmazonMQApiFullAccess\nAmazonMQApiReadOnlyAccess\nAmazonMQFullAccess\nAmazonMQReadOnlyAccess\nAmazonMSKConnectReadOnlyAccess\nAmazonMSKFullAccess\nAmazonMSKReadOnlyAccess\nAmazonMachineLearningBatchPredictionsAccess\nAmazonMachineLearningCreateOnlyAccess\nAmazonMachineLearningFullAccess\nAmazonMachineLearningManageRealTimeEndpointOnlyAccess\nAmazonMachineLearningReadOnlyAccess\nAmazonMachineLearningRealTimePredictionOnlyAccess\nAmazonMacieFullAccess\nAmazonMacieReadOnlyAccess\nAmazonManagedBlockchainConsoleFullAccess\nAmazonManagedBlockchainFullAccess\nAmazonManagedBlockchainReadOnlyAccess\nAmazonMechanicalTurkFullAccess\nAmazonMechanicalTurkReadOnly\nAmazonMemoryDBFullAccess\nAmazonMemoryDBReadOnlyAccess\nAmazonMobileAnalyticsFinancialReportAccess\nAmazonMobileAnalyticsFullAccess\nAmazonMobileAnalyticsNon-financialReportAccess\nAmazonMobileAnalyticsWriteOnlyAccess\nAmazonMonitronFullAccess\nAmazonNimbleStudio-LaunchProfileWorker\nAmazonNimbleStudio-StudioAdmin\nAmazonNimbleStudio-StudioUser\nAmazonODBFullAccess\nAmazonODBReadOnlyAccess\nAmazonOmicsFullAccess\nAmazonOmicsReadOnlyAccess\nAmazonOneEnterpriseFullAccess\nAmazonOneEnterpriseInstallerAccess\nAmazonOneEnterpriseReadOnlyAccess\nAmazonOpenSearchDirectQueryGlueCreateAccess\nAmazonOpenSearchIngestionFullAccess\nAmazonOpenSearchIngestionReadOnlyAccess\nAmazonOpenSearchServiceCognitoAccess\nAmazonOpenSearchServiceFullAccess\nAmazonOpenSearchServiceReadOnlyAccess\nAmazonPollyFullAccess\nAmazonPollyReadOnlyAccess\nAmazonPrometheusConsoleFullAccess\nAmazonPrometheusFullAccess\nAmazonPrometheusQueryAccess\nAmazonPrometheusRemoteWriteAccess\nAmazonQDeveloperAccess\nAmazonQFullAccess\nAmazonQLDBConsoleFullAccess\nAmazonQLDBFullAccess\nAmazonQLDBReadOnly\nAmazonRDSCustomInstanceProfileRolePolicy\nAmazonRDSDataFullAccess\nAmazonRDSFullAccess\nAmazonRDSPerformanceInsightsFullAccess\nAmazonRDSPerformanceInsightsReadOnly\nAmazonRDSReadOnlyAccess\nAmazonRedshiftAllCommandsFullAccess\nAmazonRedshiftDataFullAccess\nAmazonRedshiftFederatedAuthorization\nAmazonRedshiftFullAccess\nAmazonRedshiftQueryEditor\nAmazonRedshiftQueryEditorV2FullAccess\nAmazonRedshiftQueryEditorV2NoSharing\nAmazonRedshiftQueryEditorV2ReadSharing\nAmazonRedshiftQueryEditorV2ReadWriteSharing\nAmazonRedshiftReadOnlyAccess\nAmazonRekognitionCustomLabelsFullAccess\nAmazonRekognitionFullAccess\nAmazonRekognitionReadOnlyAccess\nAmazonRoute53AutoNamingFullAccess\nAmazonRoute53AutoNamingReadOnlyAccess\nAmazonRoute53AutoNamingRegistrantAccess\nAmazonRoute53DomainsFullAccess\nAmazonRoute53DomainsReadOnlyAccess\nAmazonRoute53FullAccess\nAmazonRoute53GlobalResolverFullAccess\nAmazonRoute53GlobalResolverReadOnlyAccess\nAmazonRoute53ProfilesFullAccess\nAmazonRoute53ProfilesReadOnlyAccess\nAmazonRoute53ReadOnlyAccess\nAmazonRoute53RecoveryClusterFullAccess\nAmazonRoute53RecoveryClusterReadOnlyAccess\nAmazonRoute53RecoveryControlConfigFullAccess\nAmazonRoute53RecoveryControlConfigReadOnlyAccess\nAmazonRoute53RecoveryReadinessFullAccess\nAmazonRoute53RecoveryReadinessReadOnlyAccess\nAmazonRoute53ResolverFullAccess\nAmazonRoute53ResolverReadOnlyAccess\nAmazonS3ExpressFullAccess\nAmazonS3ExpressReadOnlyAccess\nAmazonS3FilesClientFullAccess\nAmazonS3FilesClientReadOnlyAccess\nAmazonS3FilesClientReadWriteAccess\nAmazonS3FilesFullAccess\nAmazonS3FilesReadOnlyAccess\nAmazonS3FullAccess\nAmazonS3OutpostsFullAccess\nAmazonS3OutpostsReadOnlyAccess\nAmazonS3ReadOnlyAccess\nAmazonS3TablesFullAccess\nAmazonS3TablesReadOnlyAccess\nAmazonSESFullAccess\nAmazonSESReadOnlyAccess\nAmazonSNSFullAccess\nAmazonSNSReadOnlyAccess\nAmazonSQSFullAccess\nAmazonSQSReadOnlyAccess\nAmazonSSMAutomationApproverAccess\nAmazonSSMDirectoryServiceAccess\nAmazonSSMFullAccess\nAmazonSSMManagedEC2InstanceDefaultPolicy\nAmazonSSMManagedInstanceCore\nAmazonSSMPatchAssociation\nAmazonSSMReadOnlyAccess\nAmazonSageMakerAdmin-ServiceCatalogProductsServiceRolePolicy\nAmazonSageMakerCanvasAIServicesAccess\nAmazonSageMakerCanvasBedrockAccess\nAmazonSageMakerCanvasDataPrepFullAccess\nAmazonSageMakerCanvasEMRServerlessExecutionRolePolicy\nAmazonSageMakerCanvasFullAccess\nAmazonSageMakerCanvasSMDataScienceAssistantAccess\nAmazonSageMakerClusterInstanceRolePolicy\nAmazonSageMakerFeatureStoreAccess\nAmazonSageMakerFullAccess\nAmazonSageMakerGroundTruthExecution\nAmazonSageMakerHyperPodGatedModelAccess\nAmazonSageMakerHyperPodInferenceAccess\nAmazonSageMakerHyperPodObservabilityAdminAccess\nAmazonSageMakerHyperPodTrainingOperatorAccess\nAmazonSageMakerJobFullAccess\nAmazonSageMakerJobRuntimeAccess\nAmazonSageMakerMechanicalTurkAccess\nAmazonSageMakerModelCustomizationCoreAccess\nAmazonSageMakerModelGovernanceUseAccess\nAmazonSageMakerModelRegistryFullAccess\nAmazonSageMakerPartnerAppsFullAccess\nAmazonSageMakerPipelinesIntegrations\nAmazonSageMakerReadOnly\nAmazonSageMakerServiceCatalogProductsCodeBuildServiceRolePolicy\nAmazonSageMakerSpacesControllerPolicy\nAmazonSageMakerSpacesRouterPolicy\nAmazonSageMakerTrainingPlanCreateAccess\nAmazonSecurityLakeAdministrator\nAmazonSecurityLakePermissionsBoundary\nAmazonTextractFullAccess\nAmazonTimestreamConsoleFullAccess\nAmazonTimestreamFullAccess\nAmazonTimestreamInfluxDBFullAccess\nAmazonTimestreamInfluxDBFullAccessWithoutMarketplaceAccess\nAmazonTimestreamReadOnlyAccess\nAmazonTranscribeFullAccess\nAmazonTranscribeReadOnlyAccess\nAmazonVPCCrossAccountNetworkInterfaceOperations\nAmazonVPCFullAccess\nAmazonVPCNetworkAccessAnalyzerFullAccessPolicy\nAmazonVPCReachabilityAnalyzerFullAccessPolicy\nAmazonVPCReachabilityAnalyzerPathComponentReadPolicy\nAmazonVPCReadOnlyAccess\nAmazonVerifiedPermissionsFullAccess\nAmazonVerifiedPermissionsReadOnlyAccess\nAmazonWorkDocsFullAccess\nAmazonWorkDocsReadOnlyAccess\nAmazonWorkMailFullAccess\nAmazonWorkMailMessageFlowFullAccess\nAmazonWorkMailMessageFlowReadOnlyAccess\nAmazonWorkMailReadOnlyAccess\nAmazonWorkSpacesAdmin\nAmazonWorkSpacesApplicationManagerAdminAccess\nAmazonWorkSpacesPoolServiceAccess\nAmazonWorkSpacesSecureBrowserReadOnly\nAmazonWorkSpacesSelfServiceAccess\nAmazonWorkSpacesServiceAccess\nAmazonWorkSpacesThinClientFullAccess\nAmazonWorkSpacesThinClientReadOnlyAccess\nAmazonWorkSpacesWebReadOnly\nAmazonWorkspacesPCAAccess\nAmazonZocaloFullAccess\nAmazonZocaloReadOnlyAccess\nAnthropicFullAccess\nAnthropicInferenceAccess\nAnthropicLimitedAccess\nAnthropicReadOnlyAccess\nAnthropicSelfHostedEnvironmentAccess\nAutoScalingConsoleFullAccess\nAutoScalingConsoleReadOnlyAccess\nAutoScalingFullAccess\nAutoScalingReadOnlyAccess\nAwsGlueDataBrewFullAccessPolicy\nAwsGlueSessionUserRestrictedNotebookPolicy\nAwsGlueSessionUserRestrictedPolicy\nBedrockAgentCoreFullAccess\nBedrockAgentCoreRuntimeInstancesInstanceRolePolicy\nBedrockAgentCoreRuntimeInstancesOperatorRolePolicy\nCloudFrontFullAccess\nCloudFrontReadOnlyAccess\nCloudSearchFullAccess\nCloudSearchReadOnlyAccess\nCloudWatchAPIKeyAccess\nCloudWatchActionsEC2Access\nCloudWatchAgentAdminPolicy\nCloudWatchAgentServerPolicy\nCloudWatchApplicationInsightsFullAccess\nCloudWatchApplicationInsightsReadOnlyAccess\nCloudWatchApplicationSignalsFullAccess\nCloudWatchApplicationSignalsReadOnlyAccess\nCloudWatchAutomaticDashboardsAccess\nCloudWatchCrossAccountSharingConfiguration\nCloudWatchEventsFullAccess\nCloudWatchEventsReadOnlyAccess\nCloudWatchFullAccess\nCloudWatchFullAccessV2\nCloudWatchInternetMonitorFullAccess\nCloudWatchInternetMonitorReadOnlyAccess\nCloudWatchLambdaApplicationSignalsExecutionRolePolicy\nCloudWatchLambdaInsightsExecutionRolePolicy\nCloudWatchLogsAPIKeyAccess\nCloudWatchLogsCrossAccountSharingConfiguration\nCloudWatchLogsFullAccess\nCloudWatchLogsReadOnlyAccess\nCloudWatchNetworkFlowMonitorAgentPublishPolicy\nCloudWatchOpenSearchDashboardAccess\nCloudWatchOpenSearchDashboardsFullAccess\nCloudWatchReadOnlyAccess\nCloudWatchSyntheticsFullAccess\nCloudWatchSyntheticsReadOnlyAccess\nComprehendFullAccess\nComprehendMedicalFullAccess\nComprehendReadOnly\nComputeOptimizerReadOnlyAccess\nConsoleFullAccessFromVercel\nConsoleViewOnlyAccessFromVercel\nCostOptimizationHubAdminAccess\nCostOptimizationHubReadOnlyAccess\nDBModDiscoveryAndAssessment\nDBModProvisioningAndMigration\nDBModVirtualSource\nEC2FastLaunchFullAccess\nEC2ImageBuilderExecutionPolicy\nEC2InstanceConnect\nEC2InstanceProfileForImageBuilder\nEC2InstanceProfileForImageBuilderECRContainerBuilds\nEc2ImageBuilderCrossAccountDistributionAccess\nElasticLoadBalancingFullAccess\nElasticLoadBalancingReadOnly\nElementalActivationsDownloadSoftwareAccess\nElementalActivationsFullAccess\nElementalActivationsGenerateLicenses\nElementalActivationsReadOnlyAccess\nElementalAppliancesSoftwareFullAccess\nElementalAppliancesSoftwareReadOnlyAccess\nElementalSupportCenterFullAccess\nFinOpsAgentAgentPolicy\nFinOpsAgentOperatorPolicy\nGameLiftContainerFleetPolicy\nGameLiftGameServerGroupPolicy\nGitLabDuoWithAmazonQPermissionsPolicy\nGlobalAcceleratorFullAccess\nGlobalAcceleratorReadOnlyAccess\nGroundTruthSyntheticConsoleFullAccess\nGroundTruthSyntheticConsoleReadOnlyAccess\nIAMAccessAdvisorReadOnly\nIAMAccessAnalyzerFullAccess\nIAMAccessAnalyzerReadOnlyAccess\nIAMFullAccess\nIAMReadOnlyAccess\nIAMSelfManageServiceSpecificCredentials\nIAMUserChangePassword\nIAMUserSSHKeys\nIVSFullAccess\nIVSReadOnlyAccess\nMediaConnectGatewayInstanceRolePolicy\nMultiPartyApprovalFullAccess\nMultiPartyApprovalReadOnlyAccess\nNAPSPropagatorIntegTestManagedPolicy07\nNeptuneConsoleFullAccess\nNeptuneFullAccess\nNeptuneGraphReadOnlyAccess\nNeptuneReadOnlyAccess\nOAMFullAccess\nOAMReadOnlyAccess\nPartnerCentralAccountManagementUserRoleAssociation\nPartnerCentralIncentiveBenefitManagement\nPowerUserAccess\nPricingPlanManagerFullAccess\nPricingPlanManagerReadonlyAccess\nQBusinessQuicksightPluginPolicy\nROSAManageSubscription\nROSASharedVPCEndpointPolicy\nROSASharedVPCRoute53Policy\nReInventTicketApprovalAccess\nReadOnlyAccess\nResourceGroupsTaggingAPITagUntagSupportedResources\nResourceGroupsandTagEditorFullAccess\nResourceGroupsandTagEditorReadOnlyAccess\nSageMakerStudioAdminIAMConsolePolicy\nSageMakerStudioAdminIAMDefaultExecutionPolicy\nSageMakerStudioAdminIAMPermissiveExecutionPolicy\nSageMakerStudioAdminProjectUserRolePolicy\nSageMakerStudioFullAccess\nSageMakerStudioProjectRoleMachineLearningPolicy\nSageMakerStudioProjectUserRolePermissionsBoundary\nSageMakerStudioProjectUserRolePolicy\nSageMakerStudioUserIAMConsolePolicy\nSageMakerStudioUserIAMDefaultExecutionPolicy\nSageMakerStudioUserIAMPermissiveExecutionPolicy\nSecretsManagerReadWrite\nSecurityAgentWebAppPolicy\nSecurityAudit\nServerMigrationConnector\nServerMigrationServiceConsoleFullAccess\nServiceQuotasFullAccess\nServiceQuotasReadOnlyAccess\nSignInLocalDevelopmentAccess\nSimpleWorkflowFullAccess\nTranslateFullAccess\nTranslateReadOnly\nVPCLatticeFullAccess\nVPCLatticeReadOnlyAccess\nVPCLatticeServicesInvokeAccess\nWellArchitectedAgentResourceScanning\nWellArchitectedConsoleFullAccess\nWellArchitectedConsoleReadOnlyAccess\nWorkLinkServiceRolePolicy", "aws-service-role/": "APIGatewayServiceRolePolicy\nAWSAgentRegistryServiceRolePolicy\nAWSAppConfigServiceRolePolicy\nAWSAppFabricServiceRolePolicy\nAWSAppMeshPreviewServiceRolePolicy\nAWSAppMeshServiceRolePolicy\nAWSAppSyncServiceRolePolicy\nAWSApplicationAutoScalingCustomResourcePolicy\nAWSApplicationAutoscalingAppStreamFleetPolicy\nAWSApplicationAutoscalingCassandraTablePolicy\nAWSApplicationAutoscalingComprehendEndpointPolicy\nAWSApplicationAutoscalingDynamoDBTablePolicy\nAWSApplicationAutoscalingEC2SpotFleetRequestPolicy\nAWSApplicationAutoscalingECSServicePolicy\nAWSApplicationAutoscalingEMRInstanceGroupPolicy\nAWSApplicationAutoscalingElastiCacheRGPolicy\nAWSApplicationAutoscalingKafkaClusterPolicy\nAWSApplicationAutoscalingLambdaConcurrencyPolicy\nAWSApplicationAutoscalingNeptuneClusterPolicy\nAWSApplicationAutoscalingRDSClusterPolicy\nAWSApplicationAutoscalingSageMakerEndpointPolicy\nAWSApplicationAutoscalingWorkSpacesPoolPolicy\nAWSApplicationMigrationServiceRolePolicy\nAWSArtifactServiceRolePolicy\nAWSAuditManagerServiceRolePolicy\nAWSAutoScalingPlansEC2AutoScalingPolicy\nAWSBCMDataExportsServiceRolePolicy\nAWSBackupServiceLinkedRolePolicyForBackup\nAWSBackupServiceLinkedRolePolicyForBackupTest\nAWSBatchServiceRolePolicyForSageMaker\nAWSBedrockAgentCoreGatewayNetworkServiceRolePolicy\nAWSBedrockAgentCoreIdentityNetworkServiceRolePolicy\nAWSBedrockAgentCoreRuntimeInstancesServiceRolePolicy\nAWSBillingServiceRolePolicy\nAWSBudgetsSpendLimitMemberRolePolicy\nAWSBugBustServiceRolePolicy\nAWSChatbotServiceLinkedRolePolicy\nAWSCleanRoomsServiceRolePolicy\nAWSCloud9ServiceRolePolicy\nAWSCloudFrontLogger\nAWSCloudFrontVPCOriginServiceRolePolicy\nAWSCloudWatchAlarms_ActionSSMIncidentsServiceRolePolicy\nAWSCodeStarNotificationsServiceRolePolicy\nAWSConfigMultiAccountSetupPolicy\nAWSConfigRemediationServiceRolePolicy\nAWSConfigServiceRolePolicy\nAWSConfigThirdPartyServiceRolePolicy\nAWSControlTowerAccountServiceRolePolicy\nAWSDMSFleetAdvisorServiceRolePolicy\nAWSDMSServerlessServiceRolePolicy\nAWSDataExchangeServiceRolePolicyForLicenseManagement\nAWSDataExchangeServiceRolePolicyForOrganizationDiscovery\nAWSDataSyncDiscoveryServiceRolePolicy\nAWSDataSyncServiceRolePolicy\nAWSDeviceFarmServiceRolePolicy\nAWSDeviceFarmTestGridServiceRolePolicy\nAWSDirectConnectServiceRolePolicy\nAWSDirectoryServiceServiceRolePolicy\nAWSEC2CapacityManagerServiceRolePolicy\nAWSEC2CapacityReservationFleetRolePolicy\nAWSEC2FleetServiceRolePolicy\nAWSEC2SpotFleetServiceRolePolicy\nAWSEC2SpotServiceRolePolicy\nAWSEC2SqlHaServiceRolePolicy\nAWSECRPullThroughCache_ServiceRolePolicy\nAWSElasticBeanstalkMaintenance\nAWSElasticBeanstalkManagedUpdatesServiceRolePolicy\nAWSElasticBeanstalkServiceRolePolicy\nAWSElasticDisasterRecoveryServiceRolePolicy\nAWSElasticLoadBalancingClassicServiceRolePolicy\nAWSElasticLoadBalancingServiceRolePolicy\nAWSEnhancedClassicNetworkingMangementPolicy\nAWSFinSpaceServiceRolePolicy\nAWSGitSyncServiceRolePolicy\nAWSGlobalAcceleratorSLRPolicy\nAWSHealthImagingServiceRolePolicy\nAWSHealthOmicsServiceLinkedRolePolicy\nAWSHealth_EventProcessorServiceRolePolicy\nAWSIAMRoleManagerServiceRolePolicy\nAWSIPAMServiceRolePolicy\nAWSIQContractServiceRolePolicy\nAWSIQPermissionServiceRolePolicy\nAWSIncidentManagerServiceRolePolicy\nAWSIoTFleetwiseServiceRolePolicy\nAWSIoTManagedIntegrationsRolePolicy\nAWSIoTSiteWiseMonitorServiceRolePolicy\nAWSIoTTwinMakerServiceRolePolicy\nAWSIotRoboRunnerServiceRolePolicy\nAWSKeyManagementServiceCustomKeyStoresServiceRolePolicy\nAWSKeyManagementServiceMultiRegionKeysServiceRolePolicy\nAWSLambdaReplicator\nAWSLambdaServiceRolePolicy\nAWSLicenseManagerLinuxSubscriptionsServiceRolePolicy\nAWSLicenseManagerMasterAccountRolePolicy\nAWSLicenseManagerMemberAccountRolePolicy\nAWSLicenseManagerServiceRolePolicy\nAWSLicenseManagerUserSubscriptionsServiceRolePolicy\nAWSM2ServicePolicy\nAWSManagedServicesDeploymentToolkitPolicy\nAWSManagedServices_ContactsServiceRolePolicy\nAWSManagedServices_DetectiveControlsConfig_ServiceRolePolicy\nAWSManagedServices_EventsServiceRolePolicy\nAWSManagedServices_SelfServiceReporting_ServiceRolePolicy\nAWSMarketplaceDeploymentServiceRolePolicy\nAWSMarketplaceLicenseManagementServiceRolePolicy\nAWSMarketplacePurchaseOrdersServiceRolePolicy\nAWSMarketplaceResaleAuthorizationServiceRolePolicy\nAWSMediaConnectServicePolicy\nAWSMediaLiveAnywhereServiceRolePolicy\nAWSMediaTailorServiceRolePolicy\nAWSMigrationHubOrchestratorServiceRolePolicy\nAWSMigrationHubRefactorSpacesServiceRolePolicy\nAWSMigrationHubStrategyServiceRolePolicy\nAWSNATGatewayServiceRolePolicy\nAWSNetworkFirewallServiceRolePolicy\nAWSNetworkManagerCloudWANServiceRolePolicy\nAWSNetworkManagerServiceRolePolicy\nAWSObservabilityAdminLogsCentralizationServiceRolePolicy\nAWSObservabilityAdminServiceRolePolicy\nAWSObservabilityAdminTelemetryEnablementServiceRolePolicy\nAWSOrganizationsServiceTrustPolicy\nAWSOutpostsServiceRolePolicy\nAWSPCSServiceRolePolicy\nAWSPanoramaServiceLinkedRolePolicy\nAWSPrivateNetworksServiceRolePolicy\nAWSProtonCodeBuildProvisioningServiceRolePolicy\nAWSProtonServiceGitSyncServiceRolePolicy\nAWSProtonSyncServiceRolePolicy\nAWSReachabilityAnalyzerServiceRolePolicy\nAWSResilienceHubServiceRolePolicy\nAWSResourceAccessManagerServiceRolePolicy\nAWSResourceExplorerServiceRolePolicy\nAWSRoboMakerServicePolicy\nAWSRolesAnywhereServicePolicy\nAWSS3OnOutpostsServiceRolePolicy\nAWSSDMPServiceRolePolicy\nAWSSSMForSAPServiceLinkedRolePolicy\nAWSSSMOpsInsightsServiceRolePolicy\nAWSSSOServiceRolePolicy\nAWSSecurityAgentServiceRolePolicy\nAWSSecurityHubServiceRolePolicy\nAWSSecurityHubV2ServiceRolePolicy\nAWSSecurityIncidentResponseServiceRolePolicy\nAWSSecurityIncidentResponseTriageServiceRolePolicy\nAWSServiceCatalogAppRegistryServiceRolePolicy\nAWSServiceCatalogOrgsDataSyncServiceRolePolicy\nAWSServiceCatalogSyncServiceRolePolicy\nAWSServiceRoleForAIDevOpsPolicy\nAWSServiceRoleForAWSTransform\nAWSServiceRoleForAWSTransformCustom\nAWSServiceRoleForAmazonEKSNodegroup\nAWSServiceRoleForAmazonQDeveloper\nAWSServiceRoleForCloudWatchAlarmsActionSSMServiceRolePolicy\nAWSServiceRoleForCloudWatchMetrics_DbPerfInsightsServiceRolePolicy\nAWSServiceRoleForCodeGuru-Profiler\nAWSServiceRoleForCodeWhispererPolicy\nAWSServiceRoleForEC2ScheduledInstances\nAWSServiceRoleForGroundStationDataflowEndpointGroupPolicy\nAWSServiceRoleForImageBuilder\nAWSServiceRoleForIoTSiteWise\nAWSServiceRoleForLogDeliveryPolicy\nAWSServiceRoleForMonitronPolicy\nAWSServiceRoleForNeptuneGraphPolicy\nAWSServiceRoleForPrivateMarketplaceAdminPolicy\nAWSServiceRoleForProcurementInsightsPolicy\nAWSServiceRoleForSMS\nAWSServiceRoleForUserSubscriptions\nAWSServiceRolePolicyForBackupReports\nAWSServiceRolePolicyForBackupRestoreTesting\nAWSServiceRolePolicyForWorkspacesInstances\nAWSShieldServiceRolePolicy\nAWSSocialMessagingServiceRolePolicy\nAWSStorageGatewayServiceRolePolicy\nAWSSupportPlansServiceRolePolicy\nAWSSupportServiceRolePolicy\nAWSSystemsManagerAccountDiscoveryServicePolicy\nAWSSystemsManagerChangeManagementServicePolicy\nAWSSystemsManagerJustInTimeAccessServicePolicy\nAWSSystemsManagerNotificationsServicePolicy\nAWSSystemsManagerOpsDataSyncServiceRolePolicy\nAWSTrustedAdvisorReportingServiceRolePolicy\nAWSTrustedAdvisorServiceRolePolicy\nAWSUserAttributeCostAllocationPolicy\nAWSUserNotificationsServiceLinkedRolePolicy\nAWSVPCFlowLogsServiceRolePolicy\nAWSVPCS2SVpnServiceRolePolicy\nAWSVPCTransitGatewayServiceRolePolicy\nAWSVPCVerifiedAccessServiceRolePolicy\nAWSVpcLatticeServiceRolePolicy\nAWSWellArchitectedAgentResourceScanningServiceRolePolicy\nAWSWellArchitectedDiscoveryServiceRolePolicy\nAWSWellArchitectedOrganizationsServiceRolePolicy\nAWSZonalAutoshiftPracticeRunSLRPolicy\nAWSZoneGroupAccessManagementServiceRolePolicy\nAWSrePostPrivateCloudWatchAccess\nAccessAnalyzerServiceRolePolicy\nAccountAccessManagerServiceRolePolicy\nAlexaForBusinessNetworkProfileServicePolicy\nAmazonAthenaServiceRolePolicy\nAmazonBraketServiceRolePolicy\nAmazonChimeSDKMediaPipelinesServiceLinkedRolePolicy\nAmazonChimeSDKMessagingServiceRolePolicy\nAmazonChimeServiceRolePolicy\nAmazonChimeTranscriptionServiceLinkedRolePolicy\nAmazonChimeVoiceConnectorServiceLinkedRolePolicy\nAmazonCloudWatchEvidentlyServiceRolePolicy\nAmazonCloudWatchRUMServiceRolePolicy\nAmazonCodeGuruReviewerServiceRolePolicy\nAmazonCognitoIdpEmailServiceRolePolicy\nAmazonCognitoIdpServiceRolePolicy\nAmazonConnectCampaignsServiceLinkedRolePolicy\nAmazonConnectServiceLinkedRolePolicy\nAmazonConnectSynchronizationServiceRolePolicy\nAmazonDetectiveServiceLinkedRolePolicy\nAmazonDevOpsGuruServiceRolePolicy\nAmazonDocDB-ElasticServiceRolePolicy\nAmazonECSComputeServiceRolePolicy\nAmazonECSServiceRolePolicy\nAmazonEKSConnectorServiceRolePolicy\nAmazonEKSDashboardServiceRolePolicy\nAmazonEKSForFargateServiceRolePolicy\nAmazonEKSLocalOutpostServiceRolePolicy\nAmazonEKSServiceRolePolicy\nAmazonEMRCleanupPolicy\nAmazonEMRContainersServiceRolePolicy\nAmazonEMRServerlessServiceRolePolicy\nAmazonEVSServiceRolePolicy\nAmazonElasticFileSystemServiceRolePolicy\nAmazonElasticsearchServiceRolePolicy\nAmazonEventBridgeApiDestinationsServiceRolePolicy\nAmazonEventBridgeSchemasServiceRolePolicy\nAmazonFISServiceRolePolicy\nAmazonFSxServiceRolePolicy\nAmazonGrafanaServiceLinkedRolePolicy\nAmazonGuardDutyMalwareProtectionServiceRolePolicy\nAmazonGuardDutyServiceRolePolicy\nAmazonHoneycodeServiceRolePolicy\nAmazonInspector2AgentlessServiceRolePolicy\nAmazonInspector2AmiScanServiceRolePolicy\nAmazonInspector2ServiceRolePolicy\nAmazonInspector2ThirdPartyServiceRolePolicy\nAmazonInspectorServiceRolePolicy\nAmazonLexChannelsAccess\nAmazonLexReplicationPolicy\nAmazonLexV2BotPolicy\nAmazonMQServiceRolePolicy\nAmazonMWAAServerlessServiceRolePolicy\nAmazonMWAAServiceRolePolicy\nAmazonMacieServiceRolePolicy\nAmazonManagedBlockchainServiceRolePolicy\nAmazonODBServiceRolePolicy\nAmazonOpenSearchDashboardsServiceRolePolicy\nAmazonOpenSearchIngestionServiceRolePolicy\nAmazonOpenSearchServerlessServiceRolePolicy\nAmazonOpenSearchServiceRolePolicy\nAmazonPrometheusScraperServiceRolePolicy\nAmazonRDSBetaServiceRolePolicy\nAmazonRDSCustomPreviewServiceRolePolicy\nAmazonRDSCustomServiceRolePolicy\nAmazonRDSPreviewServiceRolePolicy\nAmazonRDSServiceRolePolicy\nAmazonRedshiftServiceLinkedRolePolicy\nAmazonSESServiceRolePolicy\nAmazonSSMServiceRolePolicy\nAmazonSageMakerCapacityReservationServiceRolePolicy\nAmazonSageMakerCoreServiceRolePolicy\nAmazonSageMakerHyperPodServiceRolePolicy\nAmazonSageMakerInferenceServiceRolePolicy\nAmazonSageMakerNotebooksServiceRolePolicy\nAmazonTimestreamInfluxDBServiceRolePolicy\nAmazonWorkMailEventsServiceRolePolicy\nAmazonWorkSpacesThinClientMonitoringServiceRolePolicy\nAmazonWorkSpacesWebServiceRolePolicy\nAppIntegrationsServiceLinkedRolePolicy\nAppRunnerNetworkingServiceRolePolicy\nAppRunnerServiceRolePolicy\nAppStudioServiceRolePolicy\nApplicationDiscoveryServiceContinuousExportServiceRolePolicy\nAuroraDsqlServiceLinkedRolePolicy\nAutoScalingServiceRolePolicy\nBatchServiceRolePolicy\nBedrockAgentCoreNetworkServiceRolePolicy\nBedrockAgentCoreRuntimeIdentityServiceRolePolicy\nBudgetsServiceRolePolicy\nCertificateManagerServiceRolePolicy\nClientVPNServiceConnectionsRolePolicy\nClientVPNServiceRolePolicy\nCloudFormationStackSetsOrgAdminServiceRolePolicy\nCloudFormationStackSetsOrgMemberServiceRolePolicy\nCloudHSMServiceRolePolicy\nCloudTrailEventContext\nCloudTrailServiceRolePolicy\nCloudWatch-CrossAccountAccess\nCloudWatchApplicationSignalsServiceRolePolicy\nCloudWatchEventsServiceRolePolicy\nCloudWatchInternetMonitorServiceRolePolicy\nCloudWatchNetworkFlowMonitorServiceRolePolicy\nCloudWatchNetworkFlowMonitorTopologyServiceRolePolicy\nCloudWatchNetworkMonitorServiceRolePolicy\nCloudwatchApplicationInsightsServiceLinkedRolePolicy\nComputeOptimizerAutomationServiceRolePolicy\nComputeOptimizerServiceRolePolicy\nConfigConformsServiceRolePolicy\nCostOptimizationHubServiceRolePolicy\nCustomerProfilesServiceLinkedRolePolicy\nDAXServiceRolePolicy\nDeclarativePoliciesEC2Report\nDynamoDBCloudWatchContributorInsightsServiceRolePolicy\nDynamoDBGlobalTableSettingsManagementServiceRolePolicy\nDynamoDBKinesisReplicationServiceRolePolicy\nDynamoDBReplicationServiceRolePolicy\nEC2ApplicationStatusChecksServiceRolePolicy\nEC2FastLaunchServiceRolePolicy\nEC2FleetTimeShiftableServiceRolePolicy\nECRReplicationServiceRolePolicy\nECRTemplateServiceRolePolicy\nEMRDescribeClusterPolicyForEMRWAL\nEc2InstanceConnectEndpoint\nElastiCacheServiceRolePolicy\nFMSServiceRolePolicy\nFSxDeleteServiceLinkedRoleAccess\nHealth_OrganizationsServiceRolePolicy\nIVSRecordToS3\nKafkaConnectServiceRolePolicy\nKafkaServiceRolePolicy\nKeyspacesCDCServiceRolePolicy\nKeyspacesReplicationServiceRolePolicy\nLakeFormationDataAccessServiceRolePolicy\nLexBotPolicy\nLexChannelPolicy\nLightsailExportAccess\nMediaPackageServiceRolePolicy\nMemoryDBServiceRolePolicy\nMigrationHubDMSAccessServiceRolePolicy\nMigrationHubSMSAccessServiceRolePolicy\nMigrationHubServiceRolePolicy\nMonitronServiceRolePolicy\nNetworkSecurityDirectorServiceLinkedRolePolicy\nNetworkSecurityManagerServiceRolePolicy\nNovaActServiceRolePolicy\nOpensearchIngestionSelfManagedVpcePolicy\nQAppsServiceRolePolicy\nQBusinessServiceRolePolicy\nRTBFabricServiceRolePolicy\nResourceGroupsServiceRolePolicy\nRoute53RecoveryReadinessServiceRolePolicy\nRoute53ResolverServiceRolePolicy\nS3StorageLensServiceRolePolicy\nSMSVoiceServiceRolePolicy\nSSMQuickSetupRolePolicy\nSecurityLakeResourceManagementServiceRolePolicy\nSecurityLakeServiceLinkedRole\nServiceQuotasServiceRolePolicy\nSplitCostAllocationDataServiceRolePolicy\nWAFLoggingServiceRolePolicy\nWAFRegionalLoggingServiceRolePolicy\nWAFV2LoggingServiceRolePolicy", "job-function/": "AWSManagementConsoleAdministratorAccess\nAmazonODBAutonomousVmClusterAdmin\nAmazonODBExadataInfrastructureAdmin\nAmazonODBNetworkAdmin\nBilling\nDataScientist\nDatabaseAdministrator\nNetworkAdministrator\nSupportUser\nSystemAdministrator\nViewOnlyAccess", "root-task/": "IAMAuditRootUserCredentials\nIAMCreateRootUserPassword\nIAMDeleteRootUserCredentials\nS3UnlockBucketPolicy\nSQSUnlockQueuePolicy", "service-role/": "AIDevOpsConstellationAccessPolicy\nAWSAppRunnerServicePolicyForECRAccess\nAWSAppSyncPushToCloudWatchLogs\nAWSApplicationMigrationAgentPolicy_v2\nAWSApplicationMigrationConversionServerPolicy\nAWSApplicationMigrationFSxProxyPolicy\nAWSApplicationMigrationFSxProxyVPCPolicy\nAWSApplicationMigrationMGHAccess\nAWSApplicationMigrationReplicationServerPolicy\nAWSArtifactAccountSync\nAWSBackupGatewayServiceRolePolicyForVirtualMachineMetadataSync\nAWSBackupServiceRolePolicyForBackup\nAWSBackupServiceRolePolicyForRestores\nAWSBatchServiceEventTargetRole\nAWSBatchServiceRole\nAWSCloudHSMRole\nAWSCodeDeployRole\nAWSCodeDeployRoleForCloudFormation\nAWSCodeDeployRoleForLambda\nAWSCodeDeployRoleForLambdaLimited\nAWSCodeStarServiceRole\nAWSConfigRoleForOrganizations\nAWSConfigRulesExecutionRole\nAWSControlTowerCloudTrailRolePolicy\nAWSControlTowerIdentityCenterManagementPolicy\nAWSControlTowerServiceRolePolicy\nAWSCostAndUsageReportAutomationPolicy\nAWSDataLifecycleManagerSSMFullAccess\nAWSDataLifecycleManagerServiceRole\nAWSDataLifecycleManagerServiceRoleForAMIManagement\nAWSDeepLensServiceRolePolicy\nAWSDeepRacerServiceRolePolicy\nAWSElasticBeanstalkEnhancedHealth\nAWSElasticBeanstalkRoleCWL\nAWSElasticBeanstalkRoleCore\nAWSElasticBeanstalkRoleECS\nAWSElasticBeanstalkRoleRDS\nAWSElasticBeanstalkRoleSNS\nAWSElasticBeanstalkRoleWorkerTier\nAWSElasticBeanstalkService\nAWSElasticDisasterRecoveryAgentPolicy\nAWSElasticDisasterRecoveryConversionServerPolicy\nAWSElasticDisasterRecoveryCrossAccountReplicationPolicy\nAWSElasticDisasterRecoveryEc2InstancePolicy\nAWSElasticDisasterRecoveryFailbackPolicy\nAWSElasticDisasterRecoveryNetworkReplicationPolicy\nAWSElasticDisasterRecoveryRecoveryInstancePolicy\nAWSElasticDisasterRecoveryReplicationServerPolicy\nAWSElasticDisasterRecoveryStagingAccountPolicy\nAWSElasticDisasterRecoveryStagingAccountPolicy_v2\nAWSFaultInjectionSimulatorEC2Access\nAWSFaultInjectionSimulatorECSAccess\nAWSFaultInjectionSimulatorEKSAccess\nAWSFaultInjectionSimulatorNetworkAccess\nAWSFaultInjectionSimulatorRDSAccess\nAWSFaultInjectionSimulatorSSMAccess\nAWSGlueDataBrewServiceRole\nAWSGlueServiceNotebookRole\nAWSGlueServiceRole\nAWSGreengrassResourceAccessRolePolicy\nAWSIdentityCenterExternalManagementPolicy\nAWSIoTDeviceDefenderAddThingsToThingGroupMitigationAction\nAWSIoTDeviceDefenderAudit\nAWSIoTDeviceDefenderEnableIoTLoggingMitigationAction\nAWSIoTDeviceDefenderPublishFindingsToSNSMitigationAction\nAWSIoTDeviceDefenderReplaceDefaultPolicyMitigationAction\nAWSIoTDeviceDefenderUpdateCACertMitigationAction\nAWSIoTDeviceDefenderUpdateDeviceCertMitigationAction\nAWSIoTFleetHubFederationAccess\nAWSIoTLogging\nAWSIoTOTAUpdate\nAWSIoTRuleActions\nAWSIoTSiteWiseMonitorPortalAccess\nAWSIoTThingsRegistration\nAWSLambdaBasicDurableExecutionRolePolicy\nAWSLambdaBasicExecutionRole\nAWSLambdaDynamoDBExecutionRole\nAWSLambdaENIManagementAccess\nAWSLambdaKinesisExecutionRole\nAWSLambdaMSKExecutionRole\nAWSLambdaRole\nAWSLambdaSQSQueueExecutionRole\nAWSLambdaVPCAccessExecutionRole\nAWSLicenseManagerConsumptionPolicy\nAWSMSKReplicatorExecutionRole\nAWSManagedServiceAccessManagementAccess\nAWSManagedSignUpAdminAccess\nAWSMigrationHubDMSAccess\nAWSMigrationHubDiscoveryAccess\nAWSMigrationHubRefactorSpaces-SSMAutomationPolicy\nAWSMigrationHubSMSAccess\nAWSOpsWorksCMServiceRole\nAWSPanoramaApplianceRolePolicy\nAWSPanoramaApplianceServiceRolePolicy\nAWSPanoramaGreengrassGroupRolePolicy\nAWSPanoramaSageMakerRolePolicy\nAWSPanoramaServiceRolePolicy\nAWSQuickSightDescribeRDS\nAWSQuickSightDescribeRedshift\nAWSQuickSightElasticsearchPolicy\nAWSQuickSightListIAM\nAWSQuickSightSageMakerPolicy\nAWSQuickSightSecretsManagerWriteAccess\nAWSQuickSightTimestreamPolicy\nAWSQuicksightAthenaAccess\nAWSQuicksightOpenSearchPolicy\nAWSSecurityAgentWebAppPolicy\nAWSShieldDRTAccessPolicy\nAWSSupplyChainFederationAdminAccess\nAWSTransferLoggingAccess\nAWSTransformApplicationDeploymentPolicy\nAWSTransformApplicationECSDeploymentPolicy\nAWS_ConfigRole\nAmazonAPIGatewayPushToCloudWatchLogs\nAmazonAppStreamPCAAccess\nAmazonAppStreamServiceAccess\nAmazonCodeCatalystSupportAccess\nAmazonDMSCloudWatchLogsRole\nAmazonDMSRedshiftS3Role\nAmazonDMSVPCManagementRole\nAmazonDataZoneBedrockModelConsumptionPolicy\nAmazonDataZoneBedrockModelManagementPolicy\nAmazonDataZoneDomainExecutionRolePolicy\nAmazonDataZoneGlueManageAccessRolePolicy\nAmazonDataZoneRedshiftManageAccessRolePolicy\nAmazonEBSCSIDriverPolicy\nAmazonEC2ContainerServiceAutoscaleRole\nAmazonEC2ContainerServiceEventsRole\nAmazonEC2ContainerServiceRole\nAmazonEC2ContainerServiceforEC2Role\nAmazonEC2RoleforAWSCodeDeploy\nAmazonEC2RoleforAWSCodeDeployLimited\nAmazonEC2RoleforDataPipelineRole\nAmazonEC2RoleforSSM\nAmazonEC2SpotFleetAutoscaleRole\nAmazonEC2SpotFleetTaggingRole\nAmazonECSInfrastructureRolePolicyForServiceConnectTransportLayerSecurity\nAmazonECSInfrastructureRolePolicyForVolumes\nAmazonECSInfrastructureRoleforExpressGatewayServices\nAmazonECSTaskExecutionRolePolicy\nAmazonEFSCSIDriverPolicy\nAmazonEMRServicePolicyForSessions\nAmazonEMRServicePolicy_v2\nAmazonElasticMapReduceEditorsRole\nAmazonElasticMapReduceRole\nAmazonElasticMapReduceforAutoScalingRole\nAmazonElasticMapReduceforEC2Role\nAmazonElasticTranscoderRole\nAmazonFreeRTOSOTAUpdate\nAmazonGrafanaAthenaAccess\nAmazonGrafanaCloudWatchAccess\nAmazonGrafanaRedshiftAccess\nAmazonMachineLearningRoleforRedshiftDataSourceV3\nAmazonMacieHandshakeRole\nAmazonMacieServiceRole\nAmazonPersonalizeFullAccess\nAmazonRDSDirectoryServiceAccess\nAmazonRDSEnhancedMonitoringRole\nAmazonRekognitionServiceRole\nAmazonS3FilesCSIDriverPolicy\nAmazonS3ObjectLambdaExecutionRolePolicy\nAmazonS3TablesLakeFormationServiceRole\nAmazonSNSRole\nAmazonSSMAutomationRole\nAmazonSSMMaintenanceWindowRole\nAmazonSageMakerCanvasDirectDeployAccess\nAmazonSageMakerCanvasForecastAccess\nAmazonSageMakerEdgeDeviceFleetPolicy\nAmazonSageMakerGeospatialExecutionRole\nAmazonSageMakerGeospatialFullAccess\nAmazonSageMakerPartnerServiceCatalogProductsApiGatewayServiceRolePolicy\nAmazonSageMakerPartnerServiceCatalogProductsCloudFormationServiceRolePolicy\nAmazonSageMakerPartnerServiceCatalogProductsLambdaServiceRolePolicy\nAmazonSageMakerQuickSightVPCPolicy\nAmazonSageMakerServiceCatalogProductsApiGatewayServiceRolePolicy\nAmazonSageMakerServiceCatalogProductsCloudformationServiceRolePolicy\nAmazonSageMakerServiceCatalogProductsCodePipelineServiceRolePolicy\nAmazonSageMakerServiceCatalogProductsEventsServiceRolePolicy\nAmazonSageMakerServiceCatalogProductsFirehoseServiceRolePolicy\nAmazonSageMakerServiceCatalogProductsGlueServiceRolePolicy\nAmazonSageMakerServiceCatalogProductsLambdaServiceRolePolicy\nAmazonSecurityLakeMetastoreManager\nAmazonTextractServiceRole\nAmplifyBackendDeployFullAccess\nApplicationAutoScalingForAmazonAppStreamAccess\nAutoScalingNotificationAccessRole\nAwsGlueSessionUserRestrictedNotebookServiceRole\nAwsGlueSessionUserRestrictedServiceRole\nCloudWatchEventsBuiltInTargetExecutionAccess\nCloudWatchEventsInvocationAccess\nComprehendDataAccessRolePolicy\nEC2ImageBuilderLifecycleExecutionPolicy\nGreengrassOTAUpdateArtifactAccess\nQuickSightAccessForS3StorageManagementAnalyticsReadOnly\nRDSCloudHsmAuthorizationRole\nROSAAmazonEBSCSIDriverOperatorPolicy\nROSACloudNetworkConfigOperatorPolicy\nROSAControlPlaneOperatorPolicy\nROSAImageRegistryOperatorPolicy\nROSAIngressOperatorPolicy\nROSAInstallerPolicy\nROSAKMSProviderPolicy\nROSAKarpenterControllerPolicy\nROSAKubeControllerPolicy\nROSANodePoolManagementPolicy\nROSASRESupportPolicy\nROSAWorkerInstancePolicy\nSageMakerStudioBedrockAgentServiceRolePolicy\nSageMakerStudioBedrockChatAgentUserRolePolicy\nSageMakerStudioBedrockEvaluationJobServiceRolePolicy\nSageMakerStudioBedrockFlowServiceRolePolicy\nSageMakerStudioBedrockFunctionExecutionRolePolicy\nSageMakerStudioBedrockKnowledgeBaseCustomResourcePolicy\nSageMakerStudioBedrockKnowledgeBaseServiceRolePolicy\nSageMakerStudioBedrockPromptUserRolePolicy\nSageMakerStudioDomainExecutionRolePolicy\nSageMakerStudioDomainServiceRolePolicy\nSageMakerStudioEMRContainersSystemNamespaceRolePolicy\nSageMakerStudioEMRInstanceRolePolicy\nSageMakerStudioEMRServiceRolePolicy\nSageMakerStudioProjectProvisioningRolePolicy\nSageMakerStudioQueryExecutionRolePolicy\nSecurityAgentWebAppAPIPolicy\nServerMigrationServiceLaunchRole\nServerMigrationServiceRoleForInstanceValidation\nServerMigration_ServiceRole\nVMImportExportRoleForAWSConnector" };
var MANAGED_POLICIES_VERSION = "0.0.656";

// src/iam/managed-policies.ts
var table;
var REPLACED = {
  AmazonEC2ContainerServiceFullAccess: "AmazonECS_FullAccess",
  AWSElasticBeanstalkFullAccess: "AdministratorAccess-AWSElasticBeanstalk"
};
var NO_SUGGESTION = ` If AWS published it after this list, add its name to the rule's "allow" option.`;
function load() {
  if (table) return table;
  const paths = /* @__PURE__ */ new Map();
  for (const [path, names2] of Object.entries(MANAGED_POLICIES)) for (const name of names2.split("\n")) paths.set(name, path);
  const names = [...paths.keys()];
  return table = { paths, names, lower: names.map((n) => n.toLowerCase()) };
}
function managedPolicyProblem(resource2, anyPath, prefix = "arn:aws:iam::aws:") {
  const match = /^policy\/((?:[^/]+\/)*)([^/]+)$/.exec(resource2);
  if (!match) return void 0;
  const [, path, name] = match;
  const { paths, names, lower } = load();
  const actual = paths.get(name);
  if (actual !== void 0) {
    if (anyPath || actual === path) return void 0;
    return { messageId: "wrongPath", data: { name, path: `/${path}`, expected: `${prefix}policy/${actual}${name}`, actualPath: `/${actual}` } };
  }
  const replaced = Object.hasOwn(REPLACED, name) && paths.has(REPLACED[name]) ? REPLACED[name] : void 0;
  const near2 = replaced ?? closest(name, names, suggestionLimit(name.length), lower);
  const suggestion = near2 === void 0 ? NO_SUGGESTION : anyPath ? ` Did you mean "${near2}"?` : ` Did you mean "${prefix}policy/${paths.get(near2)}${near2}"?`;
  return { messageId: "unknownPolicy", data: { name, suggestion, version: MANAGED_POLICIES_VERSION } };
}

// src/cloudformation/known-forms.ts
var PSEUDO_PARAMETERS = {
  "${AWS::Partition}": "aws",
  "${AWS::Region}": "us-east-1",
  "${AWS::AccountId}": "123456789012",
  "${AWS::URLSuffix}": "amazonaws.com"
};
function cloudFormationKnownValue(placeholder2) {
  return Object.hasOwn(PSEUDO_PARAMETERS, placeholder2) ? PSEUDO_PARAMETERS[placeholder2] : void 0;
}

// src/serverless/known-forms.ts
var KNOWN = /^\$\{(?:aws:(accountId|region)|self:provider\.region|opt:region(?:\s*,[^{}]*)?)\}$/;
function serverlessKnownValue(placeholder2) {
  const match = KNOWN.exec(placeholder2);
  if (!match) return void 0;
  return match[1] === "accountId" ? "123456789012" : "us-east-1";
}

// src/terraform/known-forms.ts
var KNOWN2 = /^\$\{TF::data\.aws_(partition|caller_identity|region)\.[\w-]+\.(\w+)\}$/;
var VALUES = {
  partition: { partition: "aws", id: "aws", dns_suffix: "amazonaws.com" },
  caller_identity: { account_id: "123456789012", id: "123456789012" },
  region: { name: "us-east-1", region: "us-east-1", id: "us-east-1" }
};
function terraformKnownValue(placeholder2) {
  const [, source, attribute] = KNOWN2.exec(placeholder2) ?? [];
  return source && Object.hasOwn(VALUES[source], attribute) ? VALUES[source][attribute] : void 0;
}
function asWrittenInTerraform(text2) {
  return text2.replaceAll("${TF::", "${");
}

// src/iam/known-forms.ts
function knownFormValue(placeholder2) {
  return cloudFormationKnownValue(placeholder2) ?? serverlessKnownValue(placeholder2) ?? terraformKnownValue(placeholder2);
}

// src/cloudformation/sam-policy-templates-data.ts
var SAM_POLICY_TEMPLATES = {
  AMIDescribePolicy: [],
  AWSSecretsManagerGetSecretValuePolicy: ["SecretArn"],
  AWSSecretsManagerRotationPolicy: ["FunctionName"],
  AcmGetCertificatePolicy: ["CertificateArn"],
  AthenaQueryPolicy: ["WorkGroupName"],
  CloudFormationDescribeStacksPolicy: [],
  CloudWatchDashboardPolicy: [],
  CloudWatchDescribeAlarmHistoryPolicy: [],
  CloudWatchPutMetricPolicy: [],
  CodeCommitCrudPolicy: ["RepositoryName"],
  CodeCommitReadPolicy: ["RepositoryName"],
  CodePipelineLambdaExecutionPolicy: [],
  CodePipelineReadOnlyPolicy: ["PipelineName"],
  ComprehendBasicAccessPolicy: [],
  CostExplorerReadOnlyPolicy: [],
  DynamoDBBackupFullAccessPolicy: ["TableName"],
  DynamoDBCrudPolicy: ["TableName"],
  DynamoDBReadPolicy: ["TableName"],
  DynamoDBReconfigurePolicy: ["TableName"],
  DynamoDBRestoreFromBackupPolicy: ["TableName"],
  DynamoDBStreamReadPolicy: ["StreamName", "TableName"],
  DynamoDBWritePolicy: ["TableName"],
  EC2CopyImagePolicy: ["ImageId"],
  EC2DescribePolicy: [],
  EFSWriteAccessPolicy: ["AccessPoint", "FileSystem"],
  EKSDescribePolicy: [],
  EcsRunTaskPolicy: ["TaskDefinition"],
  ElasticMapReduceAddJobFlowStepsPolicy: ["ClusterId"],
  ElasticMapReduceCancelStepsPolicy: ["ClusterId"],
  ElasticMapReduceModifyInstanceFleetPolicy: ["ClusterId"],
  ElasticMapReduceModifyInstanceGroupsPolicy: ["ClusterId"],
  ElasticMapReduceSetTerminationProtectionPolicy: ["ClusterId"],
  ElasticMapReduceTerminateJobFlowsPolicy: ["ClusterId"],
  ElasticsearchHttpPostPolicy: ["DomainName"],
  EventBridgePutEventsPolicy: ["EventBusName"],
  FilterLogEventsPolicy: ["LogGroupName"],
  FirehoseCrudPolicy: ["DeliveryStreamName"],
  FirehoseWritePolicy: ["DeliveryStreamName"],
  KMSDecryptPolicy: ["KeyId"],
  KMSEncryptPolicy: ["KeyId"],
  KMSEncryptPolicy_v2: ["KeyId"],
  KinesisCrudPolicy: ["StreamName"],
  KinesisStreamReadPolicy: ["StreamName"],
  LambdaInvokePolicy: ["FunctionName"],
  MobileAnalyticsWriteOnlyAccessPolicy: [],
  OrganizationsListAccountsPolicy: [],
  PinpointEndpointAccessPolicy: ["PinpointApplicationId"],
  PollyFullAccessPolicy: ["LexiconName"],
  RekognitionDetectOnlyPolicy: [],
  RekognitionFacesManagementPolicy: ["CollectionId"],
  RekognitionFacesPolicy: [],
  RekognitionLabelsPolicy: [],
  RekognitionNoDataAccessPolicy: ["CollectionId"],
  RekognitionReadPolicy: ["CollectionId"],
  RekognitionWriteOnlyAccessPolicy: ["CollectionId"],
  Route53ChangeResourceRecordSetsPolicy: ["HostedZoneId"],
  S3CrudPolicy: ["BucketName"],
  S3FullAccessPolicy: ["BucketName"],
  S3ReadPolicy: ["BucketName"],
  S3WritePolicy: ["BucketName"],
  SESBulkTemplatedCrudPolicy: ["IdentityName"],
  SESBulkTemplatedCrudPolicy_v2: ["IdentityName", "TemplateName"],
  SESCrudPolicy: ["IdentityName"],
  SESEmailTemplateCrudPolicy: [],
  SESSendBouncePolicy: ["IdentityName"],
  SNSCrudPolicy: ["TopicName"],
  SNSPublishMessagePolicy: ["TopicName"],
  SQSPollerPolicy: ["QueueName"],
  SQSSendMessagePolicy: ["QueueName"],
  SSMParameterReadPolicy: ["ParameterName"],
  SSMParameterWithSlashPrefixReadPolicy: ["ParameterName"],
  SageMakerCreateEndpointConfigPolicy: ["EndpointConfigName"],
  SageMakerCreateEndpointPolicy: ["EndpointName"],
  ServerlessRepoReadWriteAccessPolicy: [],
  StepFunctionsCallbackPolicy: ["StateMachineName"],
  StepFunctionsExecutionPolicy: ["StateMachineName"],
  StepFunctionsExecutionPolicy_v2: ["StateMachineName"],
  TextractDetectAnalyzePolicy: [],
  TextractGetResultPolicy: [],
  TextractPolicy: [],
  VPCAccessPolicy: []
};

// src/cloudformation/sam-policy-templates.ts
var SAM_POLICY_TEMPLATE_RULE_ID = "sam-policy-template";
var RESOURCE_TYPES = /* @__PURE__ */ new Set(["AWS::Serverless::Function", "AWS::Serverless::StateMachine"]);
var NAMES = Object.keys(SAM_POLICY_TEMPLATES);
function near(word, candidates) {
  const found = closest(word, candidates, suggestionLimit(word.length));
  if (found !== void 0) return found;
  const singular = word.replace(/ies$/, "y");
  return singular !== word ? closest(singular, candidates, suggestionLimit(singular.length)) : void 0;
}
function example(parameters) {
  return parameters.length > 0 ? `{${parameters.map((p) => `${p}: …`).join(", ")}}` : "{}";
}
function quoted2(names) {
  return names.map((n) => `"${n}"`).join(", ");
}
function samTemplateNamedAsPolicy(name) {
  if (!Object.hasOwn(SAM_POLICY_TEMPLATES, name)) return void 0;
  return ` "${name}" is a SAM policy template, which SAM reads only as a map of its parameters: write "${name}: ${example(SAM_POLICY_TEMPLATES[name])}".`;
}
function samPolicyTemplateMessages(resources, rules, lines) {
  const enabled = rules.find(({ rule }) => rule.id === SAM_POLICY_TEMPLATE_RULE_ID);
  if (!enabled || resources?.kind !== "object") return [];
  const out = [];
  const push = (messageId, data, range, path) => {
    out.push(rangeMessage(enabled, messageId, data, range, path, lines));
  };
  for (const { key: id, value: resource2 } of resources.entries) {
    const type = entryOf(resource2, "Type")?.value;
    if (type?.kind !== "string" || !RESOURCE_TYPES.has(String(type.value))) continue;
    const policies = entryOf(entryOf(resource2, "Properties")?.value, "Policies")?.value;
    if (!policies) continue;
    const where = `${id}.Policies`;
    const item = (node, path) => {
      if (eachIfBranch(node, path, item)) return;
      const fn = intrinsicOf(node);
      if (fn || node.kind !== "object" || entryOf(node, "Statement")) return;
      const entries = node.entries;
      if (entries.length !== 1) {
        push("notPolicy", { where }, entries.length > 0 ? [entries[0].keyStart, entries[0].keyEnd] : [node.start, node.end], path);
        return;
      }
      const [{ key: name, keyStart, keyEnd, value: value2 }] = entries;
      const at = [...path, name];
      if (!Object.hasOwn(SAM_POLICY_TEMPLATES, name)) {
        const suggestion = near(name, NAMES);
        push("unknownTemplate", { name, where, suggestion: suggestion ? ` Did you mean "${suggestion}"?` : "" }, [keyStart, keyEnd], at);
        return;
      }
      const parameters = SAM_POLICY_TEMPLATES[name];
      const takes = parameters.length > 0 ? `the parameters ${quoted2(parameters)}` : "no parameters";
      const valueFn = intrinsicOf(value2);
      if (valueFn) {
        if (parameters.length > 0) {
          push("notMap", { name, where, what: `the intrinsic function ${valueFn.name}, which SAM does not evaluate here`, example: example(parameters) }, [keyStart, keyEnd], at);
        }
        return;
      }
      if (value2.kind !== "object") {
        const what = value2.kind === "null" ? "no value" : value2.kind === "array" ? "a list" : `the ${value2.kind} ${JSON.stringify(value2.value)}`;
        const empty = value2.kind === "null" && value2.end <= value2.start;
        push(
          "notMap",
          { name, where, takes, what, example: example(parameters) },
          empty ? [keyStart, keyEnd] : [value2.start, value2.end],
          at
        );
        return;
      }
      const given = new Set(value2.entries.map((e) => e.key));
      const missing = new Set(parameters.filter((p) => !given.has(p)));
      const unknown3 = value2.entries.filter((e) => !parameters.includes(e.key));
      for (const entry of unknown3) {
        const lower = entry.key.toLowerCase();
        const expected = missing.size === 0 ? void 0 : near(entry.key, [...missing]) ?? [...missing].find((p) => lower.length >= 3 && p.toLowerCase().includes(lower)) ?? (missing.size === 1 && unknown3.length === 1 ? [...missing][0] : void 0);
        const range = [entry.keyStart, entry.keyEnd];
        if (expected) {
          missing.delete(expected);
          push("misspeltParameter", { parameter: entry.key, name, where, expected }, range, [...at, entry.key]);
        } else {
          const suggestion = near(entry.key, parameters);
          push("unknownParameter", { parameter: entry.key, name, where, takes, suggestion: suggestion ? ` Did you mean "${suggestion}"?` : "" }, range, [...at, entry.key]);
        }
      }
      if (missing.size > 0) {
        const list = [...missing];
        push("missingParameters", { name, where, missing: `${list.length === 1 ? "the parameter" : "the parameters"} ${quoted2(list)}` }, [keyStart, keyEnd], at);
      }
    };
    eachListItem(policies, ["Resources", id, "Properties", "Policies"], item);
  }
  return out;
}

// src/iam/policy-arns.ts
var ARN_FORMAT_RULE_ID = "arn-format";
var MANAGED_POLICY_RULE_ID = "managed-policy-exists";
var ADMIN_POLICY_RULE_ID = "admin-managed-policy";
var ADMIN_POLICIES = {
  AdministratorAccess: "every action on every resource",
  PowerUserAccess: "every action on every resource except most of IAM and Organizations",
  IAMFullAccess: "every IAM action, so the principal can grant itself any permission"
};
function policyArnProblem(arn) {
  if (!arn.startsWith("arn:")) return 'it does not start with "arn:"';
  const fields = arn.split(":");
  if (fields.length < 6) return `it has ${fields.length} of the 6 fields of an ARN`;
  const [, partition, service, region, account] = fields;
  const resource2 = fields.slice(5).join(":");
  if (!/^aws(?:-[a-z]+)*$/.test(partition)) return `the partition ${quoted(partition)} is not one`;
  if (service !== "iam") return `its service is ${quoted(service)}, not "iam"`;
  if (region !== "") return `IAM has no Region, ${quoted(region)} is given`;
  if (account !== "aws" && !/^\d{12}$/.test(account)) return `the account ${quoted(account)} is neither "aws" nor 12 digits`;
  if (!/^policy\/(?:[^\s/]+\/)*[\w+=,.@-]+$/.test(resource2)) return `${quoted(resource2)} is not policy/<path/><name>`;
  return void 0;
}
function checkableArn(value2, placeholders) {
  let out = value2;
  for (const [start, end] of [...placeholders].sort((a, b) => b[0] - a[0])) {
    const known = knownFormValue(out.slice(start, end));
    if (known === void 0) return void 0;
    out = out.slice(0, start) + known + out.slice(end);
  }
  return out.includes("${") ? void 0 : out;
}
function policyArnMessages(sites, rules, lines) {
  if (sites.length === 0) return [];
  const format = rules.find(({ rule }) => rule.id === ARN_FORMAT_RULE_ID);
  const exists = rules.find(({ rule }) => rule.id === MANAGED_POLICY_RULE_ID);
  const admin = rules.find(({ rule }) => rule.id === ADMIN_POLICY_RULE_ID);
  if (!format && !exists && !admin) return [];
  const out = [];
  const push = (enabled, messageId, data, site) => {
    const range = enabled === format ? [site.start, site.end] : site.nameToken ?? [site.start, site.end];
    out.push(rangeMessage(enabled, messageId, data, range, site.path, lines));
  };
  const adminCheck = (name, site) => {
    const grants = Object.hasOwn(ADMIN_POLICIES, name) ? ADMIN_POLICIES[name] : void 0;
    if (admin && grants && !site.boundary) push(admin, ADMIN_MANAGED_POLICY_MESSAGE_ID, { value: site.written, where: site.where, name, grants }, site);
  };
  for (const site of sites) {
    const value2 = checkableArn(site.value, site.placeholders);
    if (value2 === void 0) continue;
    if (site.nameAllowed && !value2.startsWith("arn:")) {
      const problem2 = exists && managedPolicyProblem(`policy/${value2}`, true);
      if (exists && problem2 && !allowed(exists, problem2.messageId, value2)) {
        const hint = problem2.messageId === "unknownPolicy" ? samTemplateNamedAsPolicy(value2) : void 0;
        const data = hint ? { ...problem2.data, suggestion: hint } : problem2.data;
        push(exists, problem2.messageId, { value: site.written, where: site.where, ...data }, site);
      }
      adminCheck(value2, site);
      continue;
    }
    const problem = policyArnProblem(value2);
    if (problem) {
      if (format) push(format, MANAGED_POLICY_ARN_MESSAGE_ID, { value: site.written, where: site.where, problem }, site);
      continue;
    }
    const fields = value2.split(":");
    if (fields[4] !== "aws") continue;
    if (fields.length === 6 && fields[5].startsWith("policy/")) adminCheck(fields[5].slice("policy/".length), site);
    if (!exists || fields[1] !== "aws") continue;
    const at = site.written.indexOf(":policy/");
    const resource2 = fields.slice(5).join(":");
    const missing = managedPolicyProblem(resource2, false, at > 0 ? site.written.slice(0, at + 1) : void 0);
    if (missing && !allowed(exists, missing.messageId, resource2.slice("policy/".length))) push(exists, missing.messageId, { value: site.written, where: site.where, ...missing.data }, site);
  }
  return out;
}
function allowed(exists, messageId, pathAndName) {
  if (messageId !== "unknownPolicy") return false;
  const options = { ...exists.rule.meta.defaultOptions, ...exists.options };
  return isAllowed(options, pathAndName) || isAllowed(options, pathAndName.slice(pathAndName.lastIndexOf("/") + 1));
}

// src/cloudformation/variants.ts
var MAX_ASSIGNMENTS = 256;
var scalar = (n) => !n.tag && (n.kind === "string" || n.kind === "number" || n.kind === "boolean");
function text(n) {
  const fn = intrinsicOf(n);
  if (fn?.name === "Fn::GetAtt" && fn.arg.kind === "string") {
    const value2 = String(fn.arg.value);
    const dot = value2.indexOf(".");
    if (dot > 0) return `Fn::GetAtt([${JSON.stringify(value2.slice(0, dot))},${JSON.stringify(value2.slice(dot + 1))}])`;
  }
  if (fn) return `${fn.name}(${text(fn.arg)})`;
  if (n.kind === "object") return `{${n.entries.map((e) => `${JSON.stringify(e.key)}:${text(e.value)}`).join(",")}}`;
  if (n.kind === "array") return `[${n.items.map(text).join(",")}]`;
  return JSON.stringify(n.value === null || n.value === void 0 ? null : String(n.value));
}
var MAX_FORMULA_DEPTH = 256;
function conditionModel(root) {
  const conditions = entryOf(root, "Conditions")?.value;
  const parameters = entryOf(root, "Parameters")?.value;
  const allowed2 = /* @__PURE__ */ new Map();
  if (parameters?.kind === "object") {
    for (const entry of parameters.entries) {
      if (namesSsmParameter(entry.value)) continue;
      const values = entryOf(entry.value, "AllowedValues")?.value;
      if (values?.kind !== "array" || values.items.length === 0 || !values.items.every(scalar)) continue;
      allowed2.set(entry.key, [...new Set(values.items.map((i) => String(i.value)))]);
    }
  }
  const definitions = new Map(conditions?.kind === "object" ? conditions.entries.map((e) => [e.key, e.value]) : []);
  const formulas = /* @__PURE__ */ new Map();
  const depths = /* @__PURE__ */ new Map();
  const depthOf = (f) => depths.get(f) ?? 1;
  const nested = (n, f) => {
    const depth = 1 + (Array.isArray(f.of) ? f.of : [f.of]).reduce((deepest, g) => Math.max(deepest, depthOf(g)), 0);
    if (depth > MAX_FORMULA_DEPTH) return { kind: "test", id: text(n) };
    depths.set(f, depth);
    return f;
  };
  const visiting = /* @__PURE__ */ new Set();
  let reading = 0;
  const condition = (name) => {
    const definition = definitions.get(name);
    if (!definition || visiting.has(name) || reading >= MAX_FORMULA_DEPTH) return { kind: "test", id: `condition:${name}` };
    if (!formulas.has(name)) {
      visiting.add(name);
      formulas.set(name, read(definition));
      visiting.delete(name);
    }
    return formulas.get(name);
  };
  const literal2 = (n) => scalar(n) && !n.placeholders?.length;
  const variable = (n) => n.kind === "string" && n.placeholders?.length === 1 && n.placeholders[0][0] === 0 && n.placeholders[0][1] === String(n.value).length;
  const read = (n) => {
    reading++;
    try {
      return readFormula(n);
    } finally {
      reading--;
    }
  };
  const readFormula = (n) => {
    const fn = intrinsicOf(n);
    const args = fn?.arg.kind === "array" ? fn.arg.items : void 0;
    if (fn?.name === "Condition" && fn.arg.kind === "string") return condition(String(fn.arg.value));
    if (fn?.name === "Fn::Not" && args?.length === 1) return nested(n, { kind: "not", of: read(args[0]) });
    if ((fn?.name === "Fn::And" || fn?.name === "Fn::Or") && args && args.length > 0) {
      return nested(n, { kind: fn.name === "Fn::And" ? "and" : "or", of: args.map(read) });
    }
    if (fn?.name === "Fn::Equals" && args?.length === 2) {
      const [a, b] = args;
      if (literal2(a) && literal2(b)) return { kind: "const", value: String(a.value) === String(b.value) };
      for (const [ref, value2] of [[a, b], [b, a]]) {
        const r = intrinsicOf(ref);
        if (r?.name === "Ref" && r.arg.kind === "string" && literal2(value2)) return { kind: "equals", parameter: String(r.arg.value), value: String(value2.value) };
        if (variable(ref) && literal2(value2)) return { kind: "equals", parameter: `variable:${String(ref.value)}`, value: String(value2.value) };
      }
      return { kind: "test", id: `Fn::Equals(${[text(a), text(b)].sort().join(",")})` };
    }
    return { kind: "test", id: text(n) };
  };
  for (const name of definitions.keys()) condition(name);
  return { conditions: formulas, allowed: allowed2 };
}
function ifFormula(model, condition, ifNode) {
  if (condition.kind !== "string") return { kind: "test", id: `#${ifNode.start}` };
  const name = String(condition.value);
  return model.conditions.get(name) ?? { kind: "test", id: `condition:${name}` };
}
var OTHER = "\0other";
function policyVariants(node, model, forms, resourceCondition) {
  const all = policyIfs(node);
  const ifs = [];
  for (const [at, i] of all.entries()) {
    if (!i.same) ifs.push({ at, node: i.node, usable: i.usable, formula: ifFormula(model, intrinsicOf(i.node).arg.items[0], i.node) });
  }
  if (ifs.length === 0) return [void 0];
  const domains = /* @__PURE__ */ new Map();
  const collected = /* @__PURE__ */ new Set();
  const collect = (f) => {
    if (collected.has(f)) return;
    collected.add(f);
    if (f.kind === "test") domains.set(`test:${f.id}`, ["true", "false"]);
    else if (f.kind === "equals") {
      const key = `ref:${f.parameter}`;
      const known = model.allowed.get(f.parameter);
      const values2 = domains.get(key) ?? (known ? [...known] : [OTHER]);
      if (!known && !values2.includes(f.value)) values2.splice(values2.length - 1, 0, f.value);
      domains.set(key, values2);
    } else if (f.kind === "not") collect(f.of);
    else if (f.kind === "and" || f.kind === "or") f.of.forEach(collect);
  };
  for (const i of ifs) collect(i.formula);
  const required = resourceCondition === void 0 ? void 0 : model.conditions.get(resourceCondition);
  if (required) collect(required);
  const inputs = [...domains.entries()];
  const count = inputs.reduce((n, [, values2]) => n * values2.length, 1);
  if (count > MAX_ASSIGNMENTS) return fallbackVariants(node, all, forms, resourceCondition);
  const classes = [];
  const byKey = /* @__PURE__ */ new Map();
  const formulaIds = /* @__PURE__ */ new Map();
  for (const i of ifs) {
    const holders = all[i.at].holders.map((h) => h === void 0 ? "-" : `${h.at}.${h.branch}`).join(",");
    const formulaId = formulaIds.get(i.formula) ?? formulaIds.set(i.formula, formulaIds.size).size - 1;
    const key = `${formulaId}|${i.usable}|${holders}`;
    const known = byKey.get(key);
    if (known) known.members.push(i.node);
    else {
      const created = { rep: i.at, usable: i.usable, members: [i.node] };
      classes.push(created);
      byKey.set(key, created);
    }
  }
  const readings = /* @__PURE__ */ new Map();
  const assignment = /* @__PURE__ */ new Map();
  const values = /* @__PURE__ */ new Map();
  const evaluate = (f) => {
    let value2 = values.get(f);
    if (value2 !== void 0) return value2;
    switch (f.kind) {
      case "const":
        value2 = f.value;
        break;
      case "test":
        value2 = assignment.get(`test:${f.id}`) === "true";
        break;
      case "equals":
        value2 = assignment.get(`ref:${f.parameter}`) === f.value;
        break;
      case "not":
        value2 = !evaluate(f.of);
        break;
      case "and":
        value2 = f.of.every(evaluate);
        break;
      case "or":
        value2 = f.of.some(evaluate);
        break;
    }
    values.set(f, value2);
    return value2;
  };
  const formulaAt = new Map(ifs.map((i) => [i.at, i.formula]));
  const branchOf = (at) => {
    const formula = formulaAt.get(at);
    return formula === void 0 ? 0 : evaluate(formula) ? 1 : 2;
  };
  const readAll = (where) => {
    for (let k = 0; k < count; k++) {
      values.clear();
      let rest = k;
      for (const [key2, values2] of inputs) {
        assignment.set(key2, values2[rest % values2.length]);
        rest = Math.floor(rest / values2.length);
      }
      if (where && !evaluate(where)) continue;
      const reached = ifReach(all, branchOf);
      const taken = new Uint8Array(classes.length);
      const flipped = [];
      let flips = 0;
      let key = "";
      classes.forEach((c, n) => {
        const branch = reached(c.rep) ? branchOf(c.rep) : 0;
        taken[n] = branch;
        key += branch;
        if (branch !== 0 && branch !== c.usable) {
          flipped.push(n);
          flips += c.members.length;
        }
      });
      if (!readings.has(key)) readings.set(key, { taken, flipped, flips });
    }
  };
  readAll(required);
  if (readings.size === 0) readAll();
  const closer = (a, b) => {
    if (a.flips !== b.flips) return a.flips < b.flips;
    for (let i = 0; i < a.flipped.length && i < b.flipped.length; i++) {
      if (a.flipped[i] !== b.flipped[i]) return a.flipped[i] > b.flipped[i];
    }
    return false;
  };
  const closest2 = (reaches) => {
    let best;
    for (const r of readings.values()) if (reaches(r.taken) && (!best || closer(r, best))) best = r;
    return best;
  };
  const chosen = [closest2(() => true)];
  const covered = new Uint8Array(classes.length);
  const cover = (taken) => {
    taken.forEach((b, n) => {
      covered[n] |= b;
    });
  };
  cover(chosen[0].taken);
  for (let n = 0; n < classes.length && chosen.length <= MAX_BRANCH_VARIANTS; n++) {
    for (const branch of [classes[n].usable, 3 - classes[n].usable]) {
      if (covered[n] & branch || chosen.length > MAX_BRANCH_VARIANTS) continue;
      const found = closest2((taken) => taken[n] === branch);
      if (!found) continue;
      chosen.push(found);
      cover(found.taken);
    }
  }
  const order = new Map(ifs.map((i, n) => [i.node, n]));
  return chosen.map(({ flipped }) => flipped.length === 0 ? void 0 : new Set(flipped.flatMap((n) => classes[n].members).sort((a, b) => order.get(a) - order.get(b))));
}
function fallbackVariants(node, ifs, forms, resourceCondition) {
  const groups = branchVariants(node, forms, ifs);
  const form = resourceCondition === void 0 ? void 0 : forms?.get(resourceCondition);
  if (!form) return [void 0, ...groups];
  const branchOf = (at) => {
    if (ifs[at].same) return 0;
    const condition = intrinsicOf(ifs[at].node).arg.items[0];
    const other = condition.kind === "string" ? forms.get(String(condition.value)) : void 0;
    if (other?.base !== form.base) return 0;
    return other.negated === form.negated ? 1 : 2;
  };
  const decided = /* @__PURE__ */ new Set();
  const flipped = /* @__PURE__ */ new Set();
  const reached = ifReach(ifs, branchOf);
  ifs.forEach((_, at) => {
    const branch = reached(at) ? branchOf(at) : 0;
    if (branch === 0) return;
    decided.add(ifs[at].node);
    if (branch !== ifs[at].usable) flipped.add(ifs[at].node);
  });
  const base = flipped.size === 0 ? void 0 : flipped;
  const rest = groups.filter((group) => ![...group].some((n) => decided.has(n))).map((group) => /* @__PURE__ */ new Set([...group, ...flipped]));
  return [base, ...rest];
}

// src/cloudformation/lint.ts
var SUB_VARIABLE_RULE_ID = "policy-variable-syntax";
var SUB_VARIABLE_MESSAGE_ID = FN_SUB_VARIABLE_MESSAGE_ID;
var EmbeddedDocument = class extends PolicyDocument {
  constructor(filePath, text2, embedded, lines) {
    super(filePath, text2);
    this.embedded = embedded;
    this.lines = lines;
  }
  embedded;
  lines;
  get sent() {
    const sent = this.embedded.sent;
    return sent ? { texts: sent.texts ?? [this.text], layout: sent.layout } : super.sent;
  }
  positionAt(offset) {
    const range = mapRange(this.embedded, offset, offset);
    return range ? this.lines.at(range[0]) : super.positionAt(offset);
  }
};
function templateSyntaxMessage(text2, error) {
  const lines = new LineIndex(text2);
  const offset = Math.min(Math.max(error.offset, 0), text2.length);
  const endOffset = Math.min(offset + Math.max(error.length, 0), text2.length);
  const start = lines.at(offset);
  const end = lines.at(endOffset);
  return {
    ruleId: JSON_SYNTAX_RULE_ID,
    severity: 2,
    fatal: true,
    message: error.message,
    messageId: JSON_SYNTAX_MESSAGE_ID,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    range: [offset, endOffset],
    issueCode: JSON_SYNTAX_ISSUE_CODE
  };
}
var STATEMENT_NUMBER = /("(?:[^"\\]|\\.)*")|\b([Ss]tatement) (\d+)\b/g;
function placed(message, positions) {
  const text2 = message.message.replace(STATEMENT_NUMBER, (whole, quoted3, word, n) => quoted3 ? whole : `${word} ${positions[Number(n)] ?? n}`);
  return { ...message, message: text2 };
}
function onSharedStatement(message, shared) {
  const [element, index] = message.path ?? [];
  return shared !== void 0 && message.ruleId === "redundant-statement" && element === "Statement" && typeof index === "number" && shared.has(index);
}
var FN_SUB_MISTAKE = { messageId: SUB_VARIABLE_MESSAGE_ID, fixed: (name) => `\${!${name}}` };
function lintEmbeddedPolicies(filePath, text2, policies, rules, mistake, lines = new LineIndex(text2)) {
  const messages = [];
  for (const policy of policies) {
    const { embedded } = policy;
    const document = new EmbeddedDocument(filePath, embedded.text, embedded, lines);
    const typed = policy.ruleResourceType ? rulesForResourceType(rules, policy.ruleResourceType) : rules;
    const { skipRules, onlyRules } = policy;
    const located = skipRules || onlyRules ? typed.filter(({ rule }) => !skipRules?.has(rule.id) && (!onlyRules || onlyRules.has(rule.id))) : typed;
    let filters;
    let opaque;
    const mapped = /* @__PURE__ */ new Map();
    const inFile = (message) => {
      if (mapped.has(message)) return mapped.get(message);
      filters ??= [
        unknownConditionFilter(() => document.root, embedded.placeholders, located),
        unknownActionFilter(() => document.root, embedded.placeholders, located)
      ];
      let out;
      if (filters.every((keep) => !keep || keep(message)) && !onSharedStatement(message, policy.sharedStatements)) {
        const template = policy.message && located.find(({ rule }) => rule.id === message.ruleId)?.rule.meta.messages[message.messageId ?? ""];
        const worded = policy.message ? { ...message, message: policy.message(message, template) } : message;
        const numbered = policy.statementPositions ? placed(worded, policy.statementPositions) : worded;
        out = mapMessage(numbered, embedded, opaque ??= withOpaquePlaceholders(embedded), policy, lines);
      }
      mapped.set(message, out);
      return out;
    };
    const found = lintDocument(document, { policyType: policy.policyType, rules: located, kept: (message) => inFile(message) !== void 0 });
    for (const message of found) {
      const out = inFile(message);
      if (out) messages.push(out);
    }
    messages.push(...subVariableMessages(embedded, policy, rules, lines, mistake));
  }
  return dedupe(messages).sort(compareMessages);
}
function lintParsedTemplate(filePath, text2, parsed, rules) {
  if (parsed.error) return { messages: [templateSyntaxMessage(text2, parsed.error)], policies: 0 };
  if (!parsed.root) return { messages: [], policies: 0 };
  const lines = new LineIndex(text2);
  const messages = [];
  const locations = eachLocationPolicies(text2, parsed, (policies) => {
    for (const message of lintEmbeddedPolicies(filePath, text2, policies, rules, FN_SUB_MISTAKE, lines)) messages.push(message);
  });
  const resources = entryOf(parsed.root, "Resources")?.value;
  messages.push(...policyArnMessages(templatePolicyArnSites(resources), rules, lines));
  messages.push(...samPolicyTemplateMessages(resources, rules, lines));
  return { messages: dedupe(messages).sort(compareMessages), policies: locations };
}
function templateEmbeddedPolicies(text2, parsed) {
  const policies = [];
  const locations = eachLocationPolicies(text2, parsed, (embedded) => {
    for (const policy of embedded) policies.push(policy);
  });
  return { policies, locations };
}
var BRANCHING_SKIPPED = /* @__PURE__ */ new Set(["redundant-statement"]);
function eachLocationPolicies(text2, parsed, use) {
  if (parsed.error || !parsed.root) return 0;
  const locations = policyLocations(parsed.root);
  const model = conditionModel(parsed.root);
  const forms = conditionForms(parsed.root);
  for (const location of locations) {
    const policies = [];
    const variants = policyVariants(location.node, model, forms, location.condition);
    const branching = variants.length > 1 ? { skipRules: BRANCHING_SKIPPED } : {};
    variants.forEach((flip, variant) => {
      if (location.permission) {
        const spec = location.permission;
        const properties = new Map(location.node.entries.map((e) => [e.key, e]));
        const read2 = embedPermission(text2, properties, spec, location.anchor, flip);
        if (read2) policies.push({ embedded: read2, path: location.path, policyType: "resource", fixable: false, propertyPath: permissionPath(spec), message: permissionMessage(spec) });
        return;
      }
      const read = embedPolicy(text2, location.node, location.anchor, flip, location.sdkParameter);
      if (!read) return;
      const positions = location.statement ? void 0 : statementPositions(location.node, flip);
      policies.push({
        embedded: location.statement ? wrapStatement(read, location.anchor) : read,
        path: location.path,
        policyType: location.policyType,
        fixable: variant === 0 && parsed.format === "json" && location.node.kind === "object" && !location.sdkParameter,
        ...branching,
        ...location.statement ? { statement: true } : {},
        ...positions ? { statementPositions: positions } : {},
        ...location.ruleResourceType ? { ruleResourceType: location.ruleResourceType } : {}
      });
    });
    use(policies);
  }
  return locations.length;
}
function dedupe(messages) {
  const seen = /* @__PURE__ */ new Set();
  return messages.filter((m) => {
    const key = findingKey(m);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
function withOpaquePlaceholders(embedded) {
  return { ...embedded, placeholders: embedded.placeholders.filter(([s, e]) => knownFormValue(placeholderText(embedded.text, s, e)) === void 0) };
}
function mapMessage(message, embedded, opaque, policy, lines) {
  const { fixable, editText = (text2) => text2 } = policy;
  const [start, end] = message.range ?? [0, 0];
  if (onPlaceholder(opaque, start, end)) return void 0;
  if (embedded.synthetic?.some(([s, e]) => start >= s && end <= e)) return void 0;
  if (embedded.placeholders.some(([s, e]) => start >= s && end <= e && (end > start || start > s))) return void 0;
  if (opaque.placeholders.some(([s, e]) => e - s > 3 && message.message.includes(placeholderText(embedded.text, s, e)))) return void 0;
  const range = mapRange(embedded, start, end);
  if (!range) return void 0;
  const from = lines.at(range[0]);
  const to = lines.at(range[1]);
  const { fix, suggestions, ...rest } = message;
  const out = {
    ...rest,
    // A Terraform data source of a known form is quoted as the file writes it (`${data.aws_partition.current.partition}`).
    message: asWrittenInTerraform(rest.message),
    line: from.line,
    column: from.column,
    endLine: to.line,
    endColumn: to.column,
    range,
    path: policy.findingPath ? policy.findingPath(message.path ?? []) : [...policy.path, ...policyPath(message.path ?? [], policy)]
  };
  const mapFix = (edit) => {
    if (!fixable) return void 0;
    const at = mapEdit(embedded, edit.range[0], edit.range[1], edit.text);
    const text2 = at && editText(edit.text, at);
    return at && text2 !== void 0 ? { range: at, text: text2 } : void 0;
  };
  if (fix) {
    const mappedFix = mapFix(fix);
    if (mappedFix) out.fix = mappedFix;
  }
  if (suggestions) {
    const kept = suggestions.flatMap((s) => {
      const mappedFix = mapFix(s.fix);
      return mappedFix ? [{ ...s, fix: mappedFix }] : [];
    });
    if (kept.length > 0) out.suggestions = kept;
  }
  return out;
}
function permissionPath(spec, rename = (p) => p) {
  return (path) => {
    const property2 = permissionPropertyOf(spec, path);
    return property2 ? [rename(property2)] : [];
  };
}
function policyPath(path, policy) {
  if (policy.propertyPath) return path[0] === "Statement" ? policy.propertyPath(path.slice(1)) : [];
  if (!policy.statement) {
    const [element, index, ...rest] = path;
    const place = typeof index === "number" ? policy.statementPositions?.[index] : void 0;
    return element === "Statement" && place !== void 0 ? [element, place, ...rest] : path;
  }
  return path[0] === "Statement" ? path.slice(1) : [];
}
function placeholderText(text2, start, end) {
  return text2.slice(start, end).replace(/\\(["\\/])/g, "$1");
}
function subVariableMessages(embedded, location, rules, lines, mistake) {
  if (embedded.subVariables.length === 0) return [];
  const enabled = rules.find(({ rule }) => rule.id === SUB_VARIABLE_RULE_ID);
  if (!enabled || !appliesTo(enabled.rule, location.policyType)) return [];
  return embedded.subVariables.map(({ text: text2, name, start, end }) => rangeMessage(enabled, mistake.messageId, { text: text2, name, fixed: mistake.fixed(name) }, [start, end], location.path, lines));
}
function templateValue(node) {
  if (!node) return void 0;
  let value2;
  if (node.kind === "object") value2 = Object.fromEntries(node.entries.map((e) => [e.key, templateValue(e.value)]));
  else if (node.kind === "array") value2 = node.items.map(templateValue);
  else value2 = node.value;
  return node.tag ? { [node.tag]: value2 } : value2;
}
function lintTemplate(filePath, text2, parsed, rules, options = {}) {
  let current = text2;
  let currentParsed = parsed;
  let fixed = false;
  for (let pass = 0; ; pass++) {
    const { messages, policies } = lintParsedTemplate(filePath, current, currentParsed, rules);
    const value2 = templateValue(currentParsed.root);
    const done = () => ({ messages, fixed, policies, value: value2, ...fixed ? { output: current } : {} });
    if (!options.fix || currentParsed.format !== "json" || pass >= 10) return done();
    const edits = fixesOfPass((options.unsuppressed ?? ((m) => m))(messages, value2));
    if (edits.length === 0) return done();
    const next = applyEdits(current, edits);
    let nextParsed;
    try {
      JSON.parse(blankBom(next));
      nextParsed = jsonTemplate(next);
    } catch {
      return done();
    }
    if (nextParsed.error || next === current) return done();
    current = next;
    currentParsed = nextParsed;
    fixed = true;
  }
}

export {
  entryOf,
  jsonTemplate,
  loadYaml,
  yamlTemplate,
  embedPolicy,
  mapRange,
  onPlaceholder,
  LAMBDA_PERMISSION,
  LAYER_VERSION_PERMISSION,
  embedPermission,
  permissionMessage,
  policyLocations,
  templatePolicyArnSites,
  policyArnValueSites,
  terraformKnownValue,
  asWrittenInTerraform,
  policyArnMessages,
  templateSyntaxMessage,
  lintEmbeddedPolicies,
  templateEmbeddedPolicies,
  dedupe,
  permissionPath,
  policyPath,
  placeholderText,
  templateValue,
  lintTemplate
};
