import { createRequire as __policyLintCreateRequire } from 'node:module';
const require = __policyLintCreateRequire(import.meta.url);
import {
  SOURCED_POLICY_RULES
} from "./chunk-N3EGSMHK.mjs";
import {
  JSON_BOM_MESSAGE
} from "./chunk-H6C5P6VC.mjs";
import {
  dedupe,
  embedPolicy,
  entryOf,
  jsonTemplate,
  lintEmbeddedPolicies,
  policyArnMessages,
  policyArnValueSites,
  policyLocations,
  templateEmbeddedPolicies,
  templatePolicyArnSites,
  templateSyntaxMessage,
  templateValue,
  yamlTemplate
} from "./chunk-5AAKTH3T.mjs";
import {
  FN_SUB_VARIABLE_MESSAGE_ID,
  JSON_SYNTAX_ISSUE_CODE,
  JSON_SYNTAX_MESSAGE_ID,
  JSON_SYNTAX_RULE_ID,
  SERVERLESS_VARIABLE_MESSAGE_ID,
  appliesTo,
  interpolate,
  isProviderPrefix,
  resolveConditionKey
} from "./chunk-ZFZ5RIQ7.mjs";
import {
  LineIndex,
  compareMessages,
  quoted
} from "./chunk-TULTTBMC.mjs";
import "./chunk-PI7H3LEV.mjs";

// src/serverless/lint.ts
import { resolve as resolve2 } from "node:path";

// src/serverless/files.ts
import { readFileSync } from "node:fs";
import { dirname, extname, relative, resolve } from "node:path";
var LITERAL = String.raw`'[^']*'|"(?:[^"\\]|\\.)*"`;
var REFERENCE = new RegExp(String.raw`^\$\{file\(\s*(${LITERAL}|[^'"(),$\s][^(),$]*?)\s*\)\s*(?::\s*(${LITERAL}|[^'"$,:{}\s][^$,:{}]*?)\s*)?(,[^]*)?\}$`);
function literal(text) {
  if (text.startsWith("'")) return text.slice(1, -1);
  if (text.startsWith('"')) {
    try {
      return JSON.parse(text);
    } catch {
      return void 0;
    }
  }
  return text;
}
function fileReference(value) {
  const match = REFERENCE.exec(value);
  if (!match) return void 0;
  const path = literal(match[1]);
  const address = match[2] === void 0 ? "" : literal(match[2]);
  if (!path || address === void 0) return void 0;
  return { path, address: address === "" ? [] : address.split("."), fallback: match[3] !== void 0 };
}
function readReference(serviceFile, reference, cache, texts) {
  const serviceDir = dirname(resolve(serviceFile));
  const filePath = resolve(serviceDir, reference.path);
  const shown = JSON.stringify(reference.path);
  const extension = extname(filePath).toLowerCase();
  if (![".yml", ".yaml", ".json"].includes(extension)) return { kind: "skip" };
  let read = cache.get(filePath);
  if (!read) {
    read = readFile(filePath, extension, relative(serviceDir, filePath), texts?.get(filePath));
    cache.set(filePath, read);
  }
  if (read.kind === "error" && read.message === MISSING) {
    return reference.fallback ? { kind: "skip" } : { kind: "error", message: `${shown} does not exist: the Serverless Framework stops the deploy (Value not found at "file" source); create it, fix the path (relative to the service's directory), or give a fallback.` };
  }
  return read;
}
var MISSING = "missing";
function readFile(filePath, extension, shown, given) {
  let text;
  try {
    text = given ?? readFileSync(filePath, "utf8");
  } catch (error) {
    if (error.code === "ENOENT") return { kind: "error", message: MISSING };
    return { kind: "error", message: `${quoted(shown)} cannot be read (${error.message}): the Serverless Framework stops the deploy.` };
  }
  if (extension === ".json" && text.startsWith("\uFEFF")) {
    return { kind: "file", filePath, text, parsed: { format: "json", error: { message: JSON_BOM_MESSAGE, offset: 0, length: 1 } } };
  }
  try {
    return { kind: "file", filePath, text, parsed: extension === ".json" ? jsonTemplate(text) : yamlTemplate(text) };
  } catch (error) {
    if (error instanceof RangeError) return { kind: "error", message: `${quoted(shown)} nests too deeply to read.` };
    throw error;
  }
}
function addressed(root, address) {
  let node = root;
  const path = [];
  let key;
  for (const step of address) {
    if (node?.kind === "array" && /^\d+$/.test(step)) {
      node = node.items[Number(step)];
      path.push(Number(step));
      key = void 0;
    } else {
      const entry = entryOf(node, step);
      node = entry?.value;
      path.push(step);
      key = entry ? [entry.keyStart, entry.keyEnd] : void 0;
    }
    if (!node || node.kind === "null") return void 0;
  }
  if (!node || node.kind === "null") return void 0;
  return { node, path, ...key ? { key } : {} };
}
var SELF = /^\$\{self:\s*([^'"$,:{}\s][^'"$,:{}]*?)\s*(,[^]*)?\}$/;
function selfReference(value) {
  const match = SELF.exec(value);
  if (!match) return void 0;
  const address = match[1].split(".");
  if (address.some((step) => step === "")) return void 0;
  return { address, fallback: match[2] !== void 0 };
}

// src/serverless/sections.ts
function sectionParts(root, key) {
  const section = entryOf(root, key)?.value;
  if (!section) return [];
  return section.kind === "array" ? section.items.map((item, i) => [item, [key, i]]) : [[section, [key]]];
}

// src/serverless/policy-arns.ts
function serverlessPolicyArnSites(root) {
  const out = [];
  const check = (node, path) => {
    if (!node) return;
    const where = path.join(".");
    const boundary = /PermissionsBoundary$/i.test(String(path[path.length - 1]));
    const one = (item, at) => policyArnValueSites(item, at, where, boundary, out);
    if (node.kind === "array") node.items.forEach((item, i) => one(item, [...path, i]));
    else one(node, path);
  };
  const provider = entryOf(root, "provider")?.value;
  const role = entryOf(entryOf(provider, "iam")?.value, "role")?.value;
  check(entryOf(role, "managedPolicies")?.value, ["provider", "iam", "role", "managedPolicies"]);
  check(entryOf(role, "permissionsBoundary")?.value, ["provider", "iam", "role", "permissionsBoundary"]);
  check(entryOf(provider, "iamManagedPolicies")?.value, ["provider", "iamManagedPolicies"]);
  check(entryOf(provider, "rolePermissionsBoundary")?.value, ["provider", "rolePermissionsBoundary"]);
  const plugin = entryOf(entryOf(root, "custom")?.value, "serverless-iam-roles-per-function")?.value;
  check(entryOf(plugin, "iamGlobalPermissionsBoundary")?.value, ["custom", "serverless-iam-roles-per-function", "iamGlobalPermissionsBoundary"]);
  for (const [map, prefix] of sectionParts(root, "functions")) {
    if (map.kind !== "object") continue;
    for (const { key, value } of map.entries) check(entryOf(value, "iamPermissionsBoundary")?.value, [...prefix, key, "iamPermissionsBoundary"]);
  }
  for (const [part, prefix] of sectionParts(root, "resources")) out.push(...templatePolicyArnSites(entryOf(part, "Resources")?.value, [...prefix, "Resources"]));
  return out;
}

// src/serverless/variables.ts
var SOURCES = /* @__PURE__ */ new Set(["self", "sls", "opt", "env", "ssm", "cf", "s3", "file", "param", "strToBool", "output", "git", "terraform", "vault", "doppler"]);
var AWS_ADDRESSES = /* @__PURE__ */ new Set(["accountId", "region"]);
var TYPE_START = /[a-z]/;
var TYPE_CHAR = /[A-Za-z0-9.-]/;
function isPolicyVariable(type, address) {
  if (type === "aws") return !AWS_ADDRESSES.has(address);
  if (SOURCES.has(type)) return false;
  if (isProviderPrefix(type)) return true;
  const kind = resolveConditionKey(`${type}:${address}`).kind;
  return kind === "global" || kind === "service";
}
function variableEnd(text, start) {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const c = text[i];
    if (c === "$" && text[i + 1] === "{") {
      depth++;
      i++;
    } else if (c === "}") {
      if (--depth === 0) return i + 1;
    } else if ((c === "'" || c === '"') && depth > 0) {
      const close = text.indexOf(c, i + 1);
      if (close < 0) return -1;
      i = close;
    }
  }
  return -1;
}
function resolveString(text, hashSub = false) {
  const out = { value: "", index: [], placeholders: [], mistakes: [] };
  if (!text.includes("${") && !(hashSub && text.includes("#{"))) {
    out.value = text;
    for (let i2 = 0; i2 <= text.length; i2++) out.index.push(i2);
    return out;
  }
  const push = (from, to) => {
    for (let k = from; k < to; k++) {
      out.value += text[k];
      out.index.push(k);
    }
  };
  let i = 0;
  while (i < text.length) {
    if (text[i] === "\\") {
      let n = 0;
      while (text[i + n] === "\\") n++;
      if (text.startsWith("${", i + n)) {
        for (let k = 0; k < Math.floor(n / 2); k++) push(i + 2 * k, i + 2 * k + 1);
        i += n;
        if (n % 2 === 1) {
          push(i, i + 2);
          i += 2;
        }
        continue;
      }
      push(i, i + n);
      i += n;
      continue;
    }
    if (hashSub && text.startsWith("#{", i)) {
      const close = text.indexOf("}", i);
      if (close > 0 && /^[A-Za-z][\w:.]*$/.test(text.slice(i + 2, close))) {
        const start = out.value.length;
        push(i, close + 1);
        out.value = `${out.value.slice(0, start)}$${out.value.slice(start + 1)}`;
        out.placeholders.push([start, out.value.length]);
        i = close + 1;
        continue;
      }
    }
    if (text.startsWith("${", i)) {
      let k = i + 2;
      if (TYPE_START.test(text[k] ?? "")) {
        while (k < text.length && TYPE_CHAR.test(text[k])) k++;
        const end = text[k] === ":" || text[k] === "(" ? variableEnd(text, i) : -1;
        if (end > 0) {
          const start = out.value.length;
          push(i, end);
          const type = text.slice(i + 2, k);
          const address = text.slice(k + 1, end - 1);
          if (text[k] === ":" && !/[$,]/.test(address) && isPolicyVariable(type, address)) {
            out.mistakes.push({ text: text.slice(i, end), name: `${type}:${address}`, start: i, end });
          } else {
            out.placeholders.push([start, out.value.length]);
          }
          i = end;
          continue;
        }
      }
      push(i, i + 2);
      i += 2;
      continue;
    }
    push(i, i + 1);
    i++;
  }
  out.index.push(text.length);
  return out;
}

// src/serverless/lint.ts
var RULE_ID = "policy-variable-syntax";
var FN_SUB_MISTAKE = { messageId: FN_SUB_VARIABLE_MESSAGE_ID, fixed: (name) => `\${!${name}}` };
function isServerlessService(root) {
  if (root?.kind !== "object" || !entryOf(root, "service")) return false;
  const provider = entryOf(root, "provider")?.value;
  const name = provider?.kind === "string" ? provider : entryOf(provider, "name")?.value;
  return name?.kind === "string" && name.value === "aws";
}
function resolveTree(node, mistakes, hashSub) {
  if (node.kind === "object") return { ...node, json: false, entries: node.entries.map((e) => ({ ...e, value: resolveTree(e.value, mistakes, hashSub) })) };
  if (node.kind === "array") return { ...node, json: false, items: node.items.map((item) => resolveTree(item, mistakes, hashSub)) };
  if (node.kind !== "string") return { ...node, json: false };
  const value = String(node.value);
  if (!value.includes("${") && !(hashSub && value.includes("#{"))) return { ...node, json: false };
  const resolved = resolveString(value, hashSub);
  const at = (i) => node.charMap?.[i] ?? -1;
  for (const m of resolved.mistakes) {
    const known = at(m.start) >= 0 && at(m.end - 1) >= 0;
    mistakes.push({ text: m.text, name: m.name, start: known ? at(m.start) : node.start, end: known ? at(m.end - 1) + 1 : node.end });
  }
  const charMap = node.charMap ? resolved.index.map(at) : void 0;
  return {
    ...node,
    json: false,
    value: resolved.value,
    ...charMap ? { charMap } : { charMap: void 0 },
    placeholders: [...node.placeholders ?? [], ...resolved.placeholders]
  };
}
var HASH_SUB_PLUGINS = /* @__PURE__ */ new Set(["serverless-pseudo-parameters", "serverless-cloudformation-sub-variables"]);
function usesHashSub(root) {
  let plugins = entryOf(root, "plugins")?.value;
  if (plugins?.kind === "object") plugins = entryOf(plugins, "modules")?.value;
  return plugins?.kind === "array" && plugins.items.some((item) => item.kind === "string" && HASH_SUB_PLUGINS.has(String(item.value)));
}
function isWholeVariable(node) {
  if (node.kind !== "string") return false;
  const length = String(node.value).length;
  return (node.placeholders ?? []).some(([s, e]) => s === 0 && e === length);
}
function statementsPolicy(text, key, list) {
  if (list.kind !== "array" || list.items.length === 0 || list.items.every(isWholeVariable)) return void 0;
  const { keyStart, keyEnd } = key;
  const version = { kind: "string", value: "2012-10-17", start: keyStart, end: keyEnd, json: false };
  const policy = {
    kind: "object",
    start: list.start,
    end: list.end,
    json: false,
    entries: [{ key: "Version", keyStart, keyEnd, value: version }, { key: "Statement", keyStart, keyEnd, value: list }]
  };
  return embedPolicy(text, policy, [keyStart, keyEnd]);
}
var isBoolean = (node, value) => node?.kind === "boolean" && node.value === value;
var SHARED_SECTIONS = ["Conditions", "Parameters"];
function withSharedSections(fragment, all) {
  if (all.length < 2) return fragment;
  const entries = fragment.entries.filter((e) => !SHARED_SECTIONS.includes(e.key));
  for (const section of SHARED_SECTIONS) {
    const byName = /* @__PURE__ */ new Map();
    let first;
    for (const other of all) {
      const found = entryOf(other, section);
      if (found?.value.kind !== "object") continue;
      first ??= found;
      for (const entry of found.value.entries) byName.set(entry.key, entry);
    }
    if (first) entries.push({ ...first, value: { ...first.value, entries: [...byName.values()] } });
  }
  return { ...fragment, entries };
}
var SELF_DEPTH = 10;
function readPolicies(text, parsed, filePath, texts) {
  const mistakes = [];
  const included = /* @__PURE__ */ new Map();
  const referenceErrors = [];
  if (parsed.error || !parsed.root) return { policies: [], roles: [], deployments: /* @__PURE__ */ new Map(), mistakes, included, referenceErrors };
  const hashSub = usesHashSub(parsed.root);
  const root = resolveTree(parsed.root, mistakes, hashSub);
  const policies = [];
  const cache = /* @__PURE__ */ new Map();
  const given = new Map(texts);
  if (filePath) given.set(resolve2(filePath), text);
  const service = { filePath: filePath ?? "", text, root, mistakes };
  const selfStatements = /* @__PURE__ */ new Set();
  const sourceOf = (followed) => followed.source === service ? void 0 : followed.source;
  const follow = (node, through = /* @__PURE__ */ new Set()) => {
    if (!node || !isWholeVariable(node)) return void 0;
    const self = selfReference(String(node.value));
    if (self) {
      const at2 = addressed(root, self.address);
      if (!at2 || through.has(at2.node) || through.size >= SELF_DEPTH) return void 0;
      return isWholeVariable(at2.node) ? follow(at2.node, /* @__PURE__ */ new Set([...through, node])) : { ...at2, source: service };
    }
    if (!filePath) return void 0;
    const reference = fileReference(String(node.value));
    if (!reference) return void 0;
    const read = readReference(filePath, reference, cache, given);
    if (read.kind === "skip") return void 0;
    if (read.kind === "error") {
      if (!referenceErrors.some((e) => e.start === node.start)) referenceErrors.push({ start: node.start, end: node.end, message: read.message });
      return void 0;
    }
    let file = included.get(read.filePath);
    if (!file) {
      const own = [];
      const source = read.parsed.error ? { filePath: read.filePath, text: read.text, mistakes: own, syntax: templateSyntaxMessage(read.text, read.parsed.error) } : { filePath: read.filePath, text: read.text, mistakes: own, ...read.parsed.root ? { root: resolveTree(read.parsed.root, own, hashSub) } : {} };
      included.set(read.filePath, file = { source, policies: [] });
    }
    if (file.source.syntax) return void 0;
    const at = addressed(file.source.root, reference.address);
    if (!at) {
      if (!reference.fallback && !referenceErrors.some((e) => e.start === node.start)) {
        const where = reference.address.length > 0 ? `${quoted(reference.address.join("."))} names nothing in ${quoted(reference.path)}` : `${quoted(reference.path)} is empty`;
        referenceErrors.push({ start: node.start, end: node.end, message: `${where}: the Serverless Framework stops the deploy (Value not found at "file" source).` });
      }
      return void 0;
    }
    return { ...at, source: file.source };
  };
  const includedStatements = (followed, part = false) => {
    const { node, path, source } = followed;
    if (node.kind !== "array" && node.kind !== "object") return;
    if (source === service) {
      if (selfStatements.has(node)) return;
      part = true;
    }
    const single = node.kind === "object";
    const list = single ? { kind: "array", start: node.start, end: node.end, json: false, items: [node] } : node;
    const [keyStart, keyEnd] = followed.key ?? [node.start, Math.min(node.start + 1, node.end)];
    const embedded = statementsPolicy(source.text, { keyStart, keyEnd }, list);
    const found = embedded && {
      embedded,
      path,
      policyType: "identity",
      fixable: false,
      statement: true,
      resourceType: "AWS::IAM::Role",
      start: node.start,
      node,
      ...part ? { skipRules: SOURCED_POLICY_RULES } : {},
      ...single ? { findingPath: (at) => at[0] === "Statement" ? [...path, ...at.slice(2)] : path } : {}
    };
    if (source !== service) {
      if (found) included.get(source.filePath).policies.push(found);
      return;
    }
    selfStatements.add(node);
    if (found) policies.push(found);
    if (node.kind === "array") {
      for (const item of node.items) {
        const itemFollowed = follow(item);
        if (itemFollowed) includedStatements(itemFollowed, part || node.items.length > 1);
      }
    }
  };
  const statements = (owner, key, path, skipRules, inherits = false) => {
    const entry = entryOf(owner, key);
    if (!entry) return;
    const whole = follow(entry.value);
    if (whole) return includedStatements(whole, inherits);
    if (entry.value.kind === "array") {
      for (const item of entry.value.items) {
        const followed = follow(item);
        if (followed) includedStatements(followed, inherits || entry.value.items.length > 1);
      }
    }
    const embedded = statementsPolicy(text, entry, entry.value);
    if (!embedded) return;
    policies.push({
      embedded,
      path: [...path, key],
      policyType: "identity",
      fixable: false,
      statement: true,
      resourceType: "AWS::IAM::Role",
      start: entry.value.start,
      node: entry.value,
      ...skipRules ? { skipRules } : {}
    });
  };
  const roles = [];
  const deployed = (followed, through = /* @__PURE__ */ new Set()) => {
    const { node, source, path } = followed;
    if (node.kind === "object") return { statements: [{ node, source, path }], lists: 1, self: false };
    if (node.kind !== "array" || through.has(node)) return { statements: [], lists: 0, self: false };
    through.add(node);
    const statements2 = [];
    let lists = 0;
    let own = false;
    let self = false;
    node.items.forEach((item, i) => {
      const inner = source === service ? follow(item) : void 0;
      if (inner) {
        const more = deployed(inner, through);
        statements2.push(...more.statements);
        lists += more.lists;
        self ||= more.self || inner.source === service;
      } else {
        statements2.push({ node: item, source, path: [...path, i] });
        own ||= !isWholeVariable(item);
      }
    });
    return { statements: statements2, lists: lists + (own ? 1 : 0), self };
  };
  const roleList = (owner, key, path, source = service) => {
    const entry = entryOf(owner, key);
    if (!entry) return void 0;
    const listPath = [...path, key];
    const whole = source === service ? follow(entry.value) : void 0;
    const { statements: statements2, lists, self } = deployed(whole ?? { node: entry.value, path: listPath, source });
    return { statements: statements2, lists, self: self || whole?.source === service, key: { source, range: [entry.keyStart, entry.keyEnd] }, path: listPath };
  };
  const deployments = /* @__PURE__ */ new Map();
  const combined = (role2, inherited2 = 0) => {
    role2?.statements.slice(inherited2).forEach(({ node }) => deployments.set(node, (deployments.get(node) ?? 0) + 1));
    if (!role2 || role2.lists === 0 || role2.lists < 2 && !role2.self) return false;
    roles.push({ statements: role2.statements, key: role2.key, path: role2.path, inherited: inherited2 });
    return true;
  };
  const provider = entryOf(root, "provider")?.value;
  const iam = entryOf(provider, "iam");
  const role = entryOf(iam?.value, "role")?.value;
  const v3 = roleList(role, "statements", ["provider", "iam", "role"]);
  const v1 = roleList(provider, "iamRoleStatements", ["provider"]);
  statements(role, "statements", ["provider", "iam", "role"], combined(v3) ? SOURCED_POLICY_RULES : void 0);
  statements(provider, "iamRoleStatements", ["provider"], combined(v1) ? SOURCED_POLICY_RULES : void 0);
  const inherited = iam ? { list: entryOf(role, "statements")?.value, role: v3 } : { list: entryOf(provider, "iamRoleStatements")?.value, role: v1 };
  const inheritingRole = (own) => {
    const base = inherited.role;
    if (!own || !base || own.lists === 0 || base.lists === 0) return void 0;
    return { ...own, statements: [...base.statements, ...own.statements], lists: base.lists + own.lists, self: base.self || own.self };
  };
  const plugin = entryOf(entryOf(root, "custom")?.value, "serverless-iam-roles-per-function")?.value;
  const defaultInherit = entryOf(plugin, "defaultInherit")?.value;
  const inheritsSome = (fn) => {
    const inherit = entryOf(fn, "iamRoleStatementsInherit")?.value;
    const inherits = isBoolean(inherit, true) || isBoolean(defaultInherit, true) && !isBoolean(inherit, false);
    return inherits && inherited.list !== void 0 && !(inherited.list.kind === "array" && inherited.list.items.length === 0) && inherited.list.kind !== "null";
  };
  const parts = (key) => {
    const whole = follow(entryOf(root, key)?.value);
    if (whole) {
      const { node, path } = whole;
      const source = sourceOf(whole);
      return node.kind === "array" ? node.items.map((item, i) => ({ node: item, path: [...path, i], source })) : [{ node, path, source }];
    }
    return sectionParts(root, key).map(([node, path]) => {
      const followed = follow(node);
      return followed ? { node: followed.node, path: followed.path, source: sourceOf(followed) } : { node, path };
    });
  };
  for (const { node: map, path: prefix, source } of parts("functions")) {
    if (map.kind !== "object") continue;
    if (source) {
      for (const { key, value } of map.entries) {
        const entry = entryOf(value, "iamRoleStatements");
        if (!entry) continue;
        const inherits = inheritsSome(value);
        const own = roleList(value, "iamRoleStatements", [...prefix, key], source);
        const whole = inherits ? combined(inheritingRole(own), inherited.role?.statements.length) : combined(own);
        includedStatements({ node: entry.value, path: [...prefix, key, "iamRoleStatements"], key: [entry.keyStart, entry.keyEnd], source }, inherits || whole);
      }
      continue;
    }
    for (const { key, value } of map.entries) {
      const inherits = inheritsSome(value);
      const own = roleList(value, "iamRoleStatements", [...prefix, key]);
      const role2 = inherits ? combined(inheritingRole(own), inherited.role?.statements.length) : combined(own);
      statements(value, "iamRoleStatements", [...prefix, key], role2 ? SOURCED_POLICY_RULES : void 0, inherits);
    }
  }
  const machines = entryOf(entryOf(root, "stepFunctions")?.value, "stateMachines")?.value;
  if (machines?.kind === "object") {
    for (const { key, value } of machines.entries) {
      const path = ["stepFunctions", "stateMachines", key];
      statements(value, "iamRoleStatements", path, combined(roleList(value, "iamRoleStatements", path)) ? SOURCED_POLICY_RULES : void 0);
    }
  }
  const fragments = parts("resources");
  for (const { node, source } of [...fragments]) {
    const followed = source ? void 0 : follow(entryOf(node, "Resources")?.value);
    if (!followed || followed.node.kind !== "object") continue;
    const { start } = followed.node;
    const resources = { kind: "object", start, end: followed.node.end, json: false, entries: [{ key: "Resources", keyStart: start, keyEnd: start, value: followed.node }] };
    fragments.push({ node: resources, path: followed.path, source: sourceOf(followed), resourcesOnly: true });
  }
  for (const { node: fragment, path: prefix, source, resourcesOnly } of fragments) {
    if (fragment.kind !== "object") continue;
    const sameFile = fragments.filter((f) => f.source === source && f.node.kind === "object").map((f) => f.node);
    const fragmentParsed = { format: "yaml", root: withSharedSections(fragment, sameFile) };
    const types = new Map(policyLocations(fragment).map((l) => [JSON.stringify(l.path), { resourceType: l.resourceType, node: l.node }]));
    const into = source ? included.get(source.filePath).policies : policies;
    for (const policy of templateEmbeddedPolicies(source?.text ?? text, fragmentParsed).policies) {
      const located = types.get(JSON.stringify(policy.path));
      const path = [...prefix, ...resourcesOnly ? policy.path.slice(1) : policy.path];
      into.push({ ...policy, path, fixable: false, resourceType: located.resourceType, start: located.node.start, node: located.node });
    }
  }
  policies.sort((a, b) => a.start - b.start);
  for (const file of included.values()) file.policies.sort((a, b) => a.start - b.start);
  return { policies, roles, deployments, mistakes, root, included, referenceErrors };
}
function mistakeMessages(lines, read, rules, found) {
  const enabled = rules.find(({ rule }) => rule.id === RULE_ID);
  if (!enabled || read.mistakes.length === 0) return [];
  const template = enabled.rule.meta.messages[SERVERLESS_VARIABLE_MESSAGE_ID];
  const subs = new Set(found.filter((m) => m.messageId === FN_SUB_VARIABLE_MESSAGE_ID).map((m) => `${m.range[0]}:${m.range[1]}`));
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const mistake of read.mistakes) {
    const policy = read.policies.find((p) => mistake.start >= p.node.start && mistake.end <= p.node.end && appliesTo(enabled.rule, p.policyType));
    const key = `${mistake.start}:${mistake.end}`;
    if (!policy || subs.has(key) || seen.has(key)) continue;
    seen.add(key);
    const from = lines.at(mistake.start);
    const to = lines.at(mistake.end);
    out.push({
      ruleId: RULE_ID,
      severity: enabled.severity,
      message: interpolate(template, { text: mistake.text, name: mistake.name, fixed: `\\${mistake.text}` }),
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      messageId: SERVERLESS_VARIABLE_MESSAGE_ID,
      range: [mistake.start, mistake.end],
      path: policy.path
    });
  }
  return out;
}
function lintServerless(filePath, text, parsed, rules, texts) {
  if (parsed.error) return { messages: [templateSyntaxMessage(text, parsed.error)], fixed: false, policies: 0, included: [], followed: [] };
  const read = readPolicies(text, parsed, filePath, texts);
  const indexes = /* @__PURE__ */ new Map();
  const linesOf = (source) => {
    let lines2 = indexes.get(source.filePath);
    if (!lines2) indexes.set(source.filePath, lines2 = new LineIndex(source.text));
    return lines2;
  };
  const fromRoles = roleMessages(read.roles, read.deployments, filePath, rules, linesOf);
  const lint = (source, policies2, mistakes) => {
    const lines2 = linesOf(source);
    const found = dedupe([...lintEmbeddedPolicies(source.filePath, source.text, policies2, rules, FN_SUB_MISTAKE, lines2), ...fromRoles.get(source.filePath) ?? []]);
    return withKeyHints([...found, ...mistakeMessages(lines2, { mistakes, policies: policies2 }, rules, found)], source.root);
  };
  const lines = linesOf({ filePath, text });
  const messages = [
    ...lint({ filePath, text, root: read.root }, read.policies, read.mistakes),
    ...referenceMessages(lines, read.referenceErrors),
    ...policyArnMessages(serverlessPolicyArnSites(read.root), rules, lines)
  ].sort(compareMessages);
  const included = [...read.included.values()].filter(({ source, policies: policies2 }) => source.syntax || policies2.length > 0 || fromRoles.has(source.filePath)).map(({ source, policies: policies2 }) => ({
    filePath: source.filePath,
    text: source.text,
    messages: source.syntax ? [source.syntax] : lint(source, policies2, source.mistakes).sort(compareMessages),
    value: templateValue(source.root)
  }));
  const policies = read.policies.length + [...read.included.values()].reduce((n, file) => n + file.policies.length, 0);
  return { messages, fixed: false, policies, value: templateValue(read.root), included, followed: [...read.included.keys()] };
}
function shifted(node, offset) {
  const out = { ...node, start: node.start + offset, end: node.end + offset };
  if (node.charMap) out.charMap = node.charMap.map((at) => at < 0 ? at : at + offset);
  if (node.items) out.items = node.items.map((item) => shifted(item, offset));
  if (node.entries) {
    out.entries = node.entries.map((entry) => ({
      ...entry,
      keyStart: entry.keyStart + offset,
      keyEnd: entry.keyEnd + offset,
      value: shifted(entry.value, offset),
      ...entry.keyMap ? { keyMap: entry.keyMap.map((at) => at < 0 ? at : at + offset) } : {}
    }));
  }
  return out;
}
function roleMessages(roles, deployments, serviceFile, rules, linesOf) {
  const out = /* @__PURE__ */ new Map();
  for (const role of roles) {
    const sources = [];
    for (const source of [role.key.source, ...role.statements.map((s) => s.source)]) if (!sources.includes(source)) sources.push(source);
    const offsets = /* @__PURE__ */ new Map();
    let text = "";
    for (const source of sources) {
      offsets.set(source, text.length);
      text += `${source.text}
`;
    }
    const items = role.statements.map(({ node, source }) => shifted(node, offsets.get(source)));
    const keyOffset = offsets.get(role.key.source);
    const [keyStart, keyEnd] = [role.key.range[0] + keyOffset, role.key.range[1] + keyOffset];
    const list = { kind: "array", start: keyStart, end: keyEnd, json: false, items };
    const embedded = statementsPolicy(text, { keyStart, keyEnd }, list);
    if (!embedded) continue;
    const findingPath = (at) => {
      const [element, index, ...rest] = at;
      if (element !== "Statement" || typeof index !== "number" || !role.statements[index]) return role.path;
      return [...role.statements[index].path, ...rest];
    };
    const sharedStatements = new Set(role.statements.flatMap(({ node }, i) => i < role.inherited || (deployments.get(node) ?? 0) > 1 ? [i] : []));
    const policy = {
      embedded,
      path: role.path,
      policyType: "identity",
      fixable: false,
      statement: true,
      resourceType: "AWS::IAM::Role",
      start: keyStart,
      node: list,
      onlyRules: SOURCED_POLICY_RULES,
      findingPath,
      sharedStatements
    };
    const sourceAt = (at) => {
      let found = sources[0];
      for (const other of sources) if (offsets.get(other) <= at) found = other;
      return found;
    };
    const lines = {
      at: (at) => {
        const source = sourceAt(at);
        return linesOf(source).at(at - offsets.get(source));
      }
    };
    for (const message of lintEmbeddedPolicies(serviceFile, text, [policy], rules, FN_SUB_MISTAKE, lines)) {
      const [start, end] = message.range ?? [keyStart, keyEnd];
      const source = sourceAt(start);
      const offset = offsets.get(source);
      const { fix: _fix, suggestions: _suggestions, ...rest } = message;
      const moved = { ...rest, range: [start - offset, end - offset] };
      const list2 = out.get(source.filePath) ?? [];
      list2.push(moved);
      out.set(source.filePath, list2);
    }
  }
  return out;
}
function withKeyHints(messages, root) {
  if (messages.length === 0) return messages;
  const keys = [];
  const walk = (node) => {
    if (node.kind === "array") node.items.forEach(walk);
    if (node.kind !== "object") return;
    for (const entry of node.entries) {
      if (entry.key.includes("${")) {
        const resolved = resolveString(entry.key);
        if (resolved.placeholders.length > 0 || resolved.mistakes.length > 0) keys.push({ start: entry.keyStart, end: entry.keyEnd, key: entry.key });
      }
      walk(entry.value);
    }
  };
  if (root) walk(root);
  if (keys.length === 0) return messages;
  return messages.map((m) => {
    const key = m.range && keys.find((k) => m.range[0] >= k.start && m.range[1] <= k.end);
    if (!key) return m;
    return { ...m, message: `${m.message} The Serverless Framework resolves variables in values only: the key ${JSON.stringify(key.key)} is deployed as it is written; write the key itself.` };
  });
}
function referenceMessages(lines, errors) {
  if (errors.length === 0) return [];
  return errors.map(({ start, end, message }) => {
    const from = lines.at(start);
    const to = lines.at(end);
    return {
      ruleId: JSON_SYNTAX_RULE_ID,
      severity: 2,
      message,
      messageId: JSON_SYNTAX_MESSAGE_ID,
      issueCode: JSON_SYNTAX_ISSUE_CODE,
      line: from.line,
      column: from.column,
      endLine: to.line,
      endColumn: to.column,
      range: [start, end]
    };
  });
}
function serverlessEmbeddedPolicies(text, parsed) {
  return readPolicies(text, parsed).policies.filter((policy) => !policy.onlyRules);
}
function serverlessPolicies(text, parsed) {
  const seen = /* @__PURE__ */ new Set();
  return readPolicies(text, parsed).policies.flatMap(({ path, resourceType, policyType }) => {
    const key = JSON.stringify(path);
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ path, resourceType, policyType }];
  });
}
export {
  isServerlessService,
  lintServerless,
  serverlessEmbeddedPolicies,
  serverlessPolicies
};
