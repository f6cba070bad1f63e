import { createRequire as __policyLintCreateRequire } from 'node:module';
const require = __policyLintCreateRequire(import.meta.url);
import {
  SOURCED_POLICY_RULES
} from "./chunk-FKZLGG56.mjs";
import {
  embedPolicy,
  entryOf,
  lintEmbeddedPolicies,
  policyLocations,
  templateEmbeddedPolicies,
  templateSyntaxMessage,
  templateValue
} from "./chunk-54N63F3O.mjs";
import {
  FN_SUB_VARIABLE_MESSAGE_ID,
  SERVERLESS_VARIABLE_MESSAGE_ID,
  appliesTo,
  interpolate,
  isProviderPrefix,
  resolveConditionKey
} from "./chunk-SWEMEBQV.mjs";
import {
  LineIndex,
  compareMessages
} from "./chunk-OIAPWKBM.mjs";
import "./chunk-PI7H3LEV.mjs";

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
function inheritingRole(text, entry, inherited, path) {
  const own = entry?.value;
  const base = inherited.list;
  if (!entry || own?.kind !== "array" || base?.kind !== "array") return void 0;
  if (own.items.length === 0 || base.items.length === 0 || own.items.every(isWholeVariable) || base.items.every(isWholeVariable)) return void 0;
  const count = base.items.length;
  const embedded = statementsPolicy(text, entry, { ...own, items: [...base.items, ...own.items] });
  if (!embedded) return void 0;
  const findingPath = (at) => {
    const [element, index, ...rest] = at;
    if (element !== "Statement" || typeof index !== "number") return path;
    return index < count ? [...inherited.path, index, ...rest] : [...path, index - count, ...rest];
  };
  return {
    embedded,
    path,
    policyType: "identity",
    fixable: false,
    statement: true,
    resourceType: "AWS::IAM::Role",
    start: own.start,
    node: own,
    onlyRules: SOURCED_POLICY_RULES,
    findingPath
  };
}
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
function sectionParts(root, key) {
  const section = entryOf(root, key)?.value;
  if (!section) return [];
  return section.kind === "array" ? section.items.map((item, i) => [item, [key, i]]) : [[section, [key]]];
}
function readPolicies(text, parsed) {
  const mistakes = [];
  if (parsed.error || !parsed.root) return { policies: [], mistakes };
  const root = resolveTree(parsed.root, mistakes, usesHashSub(parsed.root));
  const policies = [];
  const statements = (owner, key, path, skipRules) => {
    const entry = entryOf(owner, key);
    if (!entry) return;
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
  const provider = entryOf(root, "provider")?.value;
  const iam = entryOf(provider, "iam");
  const role = entryOf(iam?.value, "role")?.value;
  statements(role, "statements", ["provider", "iam", "role"]);
  statements(provider, "iamRoleStatements", ["provider"]);
  const inherited = iam ? { list: entryOf(role, "statements")?.value, path: ["provider", "iam", "role", "statements"] } : { list: entryOf(provider, "iamRoleStatements")?.value, path: ["provider", "iamRoleStatements"] };
  const plugin = entryOf(entryOf(root, "custom")?.value, "serverless-iam-roles-per-function")?.value;
  const defaultInherit = entryOf(plugin, "defaultInherit")?.value;
  for (const [map, prefix] of sectionParts(root, "functions")) {
    if (map.kind !== "object") continue;
    for (const { key, value } of map.entries) {
      const inherit = entryOf(value, "iamRoleStatementsInherit")?.value;
      const inherits = isBoolean(inherit, true) || isBoolean(defaultInherit, true) && !isBoolean(inherit, false);
      const role2 = inherits ? inheritingRole(text, entryOf(value, "iamRoleStatements"), inherited, [...prefix, key, "iamRoleStatements"]) : void 0;
      if (role2) policies.push(role2);
      statements(value, "iamRoleStatements", [...prefix, key], role2 ? SOURCED_POLICY_RULES : void 0);
    }
  }
  const machines = entryOf(entryOf(root, "stepFunctions")?.value, "stateMachines")?.value;
  if (machines?.kind === "object") for (const { key, value } of machines.entries) statements(value, "iamRoleStatements", ["stepFunctions", "stateMachines", key]);
  const fragments = sectionParts(root, "resources");
  for (const [fragment, prefix] of fragments) {
    if (fragment.kind !== "object") continue;
    const fragmentParsed = { format: "yaml", root: withSharedSections(fragment, fragments.map(([f]) => f)) };
    const types = new Map(policyLocations(fragment).map((l) => [JSON.stringify(l.path), { resourceType: l.resourceType, node: l.node }]));
    for (const policy of templateEmbeddedPolicies(text, fragmentParsed).policies) {
      const located = types.get(JSON.stringify(policy.path));
      policies.push({ ...policy, path: [...prefix, ...policy.path], fixable: false, resourceType: located.resourceType, start: located.node.start, node: located.node });
    }
  }
  policies.sort((a, b) => a.start - b.start);
  return { policies, mistakes, root };
}
function mistakeMessages(text, read, rules, found) {
  const enabled = rules.find(({ rule }) => rule.id === RULE_ID);
  if (!enabled || read.mistakes.length === 0) return [];
  const lines = new LineIndex(text);
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
function lintServerless(filePath, text, parsed, rules) {
  if (parsed.error) return { messages: [templateSyntaxMessage(text, parsed.error)], fixed: false, policies: 0 };
  const read = readPolicies(text, parsed);
  const found = lintEmbeddedPolicies(filePath, text, read.policies, rules, FN_SUB_MISTAKE);
  const messages = [...found, ...mistakeMessages(text, read, rules, found)].sort(compareMessages);
  return { messages, fixed: false, policies: read.policies.length, value: templateValue(read.root) };
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
