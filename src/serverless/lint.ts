/**
 * Lint the IAM policies of a Serverless Framework service file (serverless.yml, serverless.yaml,
 * serverless.json), through the CloudFormation reader's pipeline:
 *   - the statements of the function role the framework makes: `provider.iam.role.statements` (v3 and later)
 *     and `provider.iamRoleStatements` (v1, v2), each list one identity policy;
 *   - the role of each function made by the serverless-iam-roles-per-function plugin
 *     (`functions.<name>.iamRoleStatements`), and of each state machine of serverless-step-functions
 *     (`stepFunctions.stateMachines.<name>.iamRoleStatements`);
 *   - the CloudFormation resources of `resources.Resources`, as in a template;
 *   - the managed policy ARNs of the role (policy-arns.ts), with arn-format.
 * A list, a statement, `functions` or `resources` written as one `${file(…)}` is read from that file (files.ts),
 * and its findings are that file's, at their place in it.
 * Serverless variables (`${self:custom.bucket}`) are placeholders no rule reports on; an IAM policy variable
 * written where the framework reads it as its own (`${aws:username}`) is policy-variable-syntax's finding.
 * Report only: no fix is written.
 */
import { resolve } from 'node:path';
import { LineIndex, type Positions } from '../engine/document.js';
import { JSON_SYNTAX_ISSUE_CODE, JSON_SYNTAX_MESSAGE_ID, JSON_SYNTAX_RULE_ID, type EnabledRule } from '../engine/linter.js';
import { appliesTo, interpolate } from '../engine/rule.js';
import { compareMessages, type LintMessage, type PolicyType } from '../engine/types.js';
import { FN_SUB_VARIABLE_MESSAGE_ID, SERVERLESS_VARIABLE_MESSAGE_ID } from '../../rules/policy-variable-syntax/policy-variable-syntax.js';
import { quoted } from '../words.js';
import { embedPolicy } from '../cloudformation/embed.js';
import { dedupe, lintEmbeddedPolicies, templateEmbeddedPolicies, templateSyntaxMessage, templateValue, type EmbeddedPolicy, type VariableMistake } from '../cloudformation/lint.js';
import { policyLocations } from '../cloudformation/locations.js';
import { entryOf, type ParsedTemplate, type SrcEntry, type SrcNode } from '../cloudformation/source.js';
import { addressed, fileReference, readReference, selfReference, type ReadReference } from './files.js';
import { serverlessPolicyArnSites } from './policy-arns.js';
import { sectionParts } from './sections.js';
import { policyArnMessages } from '../iam/policy-arns.js';
import { resolveString, type ServerlessMistake } from './variables.js';
import { SOURCED_POLICY_RULES } from '../engine/whole-policy.js';

const RULE_ID = 'policy-variable-syntax';

/** The `${…}` of Fn::Sub strings (in `resources`), as CloudFormation reads them. */
const FN_SUB_MISTAKE: VariableMistake = { messageId: FN_SUB_VARIABLE_MESSAGE_ID, fixed: (name) => `\${!${name}}` };

export interface ServerlessOutcome {
  messages: LintMessage[];
  fixed: false;
  /** The number of policies found. */
  policies: number;
  /** The service file as a plain value (short-form tags as their long form), for `ignore` paths. */
  value?: unknown;
  /** The files included with `${file(…)}` whose statements were linted, each with its findings. */
  included: IncludedOutcome[];
  /** Every file a `${file(…)}` of the service named and that was read (with or without statements). */
  followed: string[];
}

/** An included file's findings (positions in it), its text for code frames, and its value for `ignore` paths. */
export interface IncludedOutcome {
  filePath: string;
  text: string;
  messages: LintMessage[];
  value?: unknown;
}

/** One policy of a service file, for --print-config. */
export interface ServerlessPolicyInfo {
  path: Array<string | number>;
  resourceType: string;
  policyType: PolicyType;
}

type Found = EmbeddedPolicy & { resourceType: string; start: number; node: SrcNode };

/**
 * Whether a parsed file is a Serverless Framework service for AWS: a `service`, and a `provider` named `aws`
 * (`provider: {name: aws}`, or the framework's short form `provider: aws`).
 */
export function isServerlessService(root: SrcNode | undefined): boolean {
  if (root?.kind !== 'object' || !entryOf(root, 'service')) return false;
  const provider = entryOf(root, 'provider')?.value;
  const name = provider?.kind === 'string' ? provider : entryOf(provider, 'name')?.value;
  return name?.kind === 'string' && name.value === 'aws';
}

/**
 * The tree as the framework leaves it before deploying: each string value with its escapes read and its
 * variables marked as placeholders (keys are never resolved), and every node written anew (never copied as
 * JSON text: a fix is never kept). The IAM policy variables it reads as its own are collected.
 */
function resolveTree(node: SrcNode, mistakes: ServerlessMistake[], hashSub: boolean): SrcNode {
  if (node.kind === 'object') return { ...node, json: false, entries: node.entries!.map((e) => ({ ...e, value: resolveTree(e.value, mistakes, hashSub) })) };
  if (node.kind === 'array') return { ...node, json: false, items: node.items!.map((item) => resolveTree(item, mistakes, hashSub)) };
  if (node.kind !== 'string') return { ...node, json: false };
  const value = String(node.value);
  if (!value.includes('${') && !(hashSub && value.includes('#{'))) return { ...node, json: false };
  const resolved = resolveString(value, hashSub);
  const at = (i: number) => node.charMap?.[i] ?? -1;
  for (const m of resolved.mistakes) {
    const known = at(m.start) >= 0 && at(m.end - 1) >= 0;
    mistakes.push({ text: m.text, name: m.name, start: known ? at(m.start) : node.start, end: known ? at(m.end - 1) + 1 : node.end });
  }
  const charMap = node.charMap ? resolved.index.map(at) : undefined;
  return {
    ...node, json: false, value: resolved.value,
    ...(charMap ? { charMap } : { charMap: undefined }),
    placeholders: [...(node.placeholders ?? []), ...resolved.placeholders],
  };
}

/** The plugins that turn `#{…}` into Fn::Sub's `${…}`. */
const HASH_SUB_PLUGINS = new Set(['serverless-pseudo-parameters', 'serverless-cloudformation-sub-variables']);

/** Whether the service's `plugins` (a list, or `modules` of an object) name one of HASH_SUB_PLUGINS. */
function usesHashSub(root: SrcNode): boolean {
  let plugins = entryOf(root, 'plugins')?.value;
  if (plugins?.kind === 'object') plugins = entryOf(plugins, 'modules')?.value;
  return plugins?.kind === 'array' && plugins.items!.some((item) => item.kind === 'string' && HASH_SUB_PLUGINS.has(String(item.value)));
}

/** A value that is one Serverless variable from start to end (`${file(./iam.yml):statements}`): what it holds is unknown. */
function isWholeVariable(node: SrcNode): boolean {
  if (node.kind !== 'string') return false;
  const length = String(node.value).length;
  return (node.placeholders ?? []).some(([s, e]) => s === 0 && e === length);
}

/**
 * A list of statements as the policy the framework makes of it (`{"Version": "2012-10-17", "Statement": […]}`),
 * its punctuation mapped to the list's key. Undefined when the list is no list, or only variables.
 */
function statementsPolicy(text: string, key: { keyStart: number; keyEnd: number }, list: SrcNode): ReturnType<typeof embedPolicy> {
  if (list.kind !== 'array' || list.items!.length === 0 || list.items!.every(isWholeVariable)) return undefined;
  const { keyStart, keyEnd } = key;
  const version: SrcNode = { kind: 'string', value: '2012-10-17', start: keyStart, end: keyEnd, json: false };
  const policy: SrcNode = {
    kind: 'object', start: list.start, end: list.end, json: false,
    entries: [{ key: 'Version', keyStart, keyEnd, value: version }, { key: 'Statement', keyStart, keyEnd, value: list }],
  };
  return embedPolicy(text, policy, [keyStart, keyEnd]);
}

const isBoolean = (node: SrcNode | undefined, value: boolean) => node?.kind === 'boolean' && node.value === value;

/** The sections of a template that Fn::If and Ref read from anywhere in it. */
const SHARED_SECTIONS = ['Conditions', 'Parameters'];

/**
 * A fragment of a `resources` list with the Conditions and Parameters of every fragment: the framework merges
 * the list into one template (later fragments' names win), so a resource's Fn::If may name a condition that
 * another fragment defines.
 */
function withSharedSections(fragment: SrcNode, all: readonly SrcNode[]): SrcNode {
  if (all.length < 2) return fragment;
  const entries = fragment.entries!.filter((e) => !SHARED_SECTIONS.includes(e.key));
  for (const section of SHARED_SECTIONS) {
    const byName = new Map<string, SrcEntry>();
    let first: SrcEntry | undefined;
    for (const other of all) {
      const found = entryOf(other, section);
      if (found?.value.kind !== 'object') continue;
      first ??= found;
      for (const entry of found.value.entries!) byName.set(entry.key, entry);
    }
    if (first) entries.push({ ...first, value: { ...first.value, entries: [...byName.values()] } });
  }
  return { ...fragment, entries };
}

/**
 * A file whose statements are linted: the service file, or a file it includes with `${file(…)}` (files.ts),
 * each with its text, its tree as the framework leaves it, and the IAM policy variables read as the framework's.
 */
interface Source {
  filePath: string;
  text: string;
  root?: SrcNode;
  mistakes: ServerlessMistake[];
  /** The included file cannot be parsed: its syntax error, reported in it. */
  syntax?: LintMessage;
}

/** A statement of a role as the framework deploys it, in the file that writes it, with its path there. */
interface RoleStatement {
  node: SrcNode;
  source: Source;
  path: Array<string | number>;
}

/**
 * A role whose statements come from several lists linted on their own: the provider's or a function's list
 * with items that name statements of other files or of `custom` (`- ${file(./s3.yml)}`, `- ${self:custom.x}`),
 * or the role serverless-iam-roles-per-function makes for a function with `iamRoleStatementsInherit: true` (or
 * `defaultInherit`): the provider's statements, then the function's (its own statements for logs, streams and
 * queues left out). It is linted as one policy with SOURCED_POLICY_RULES only, the rules that judge a statement
 * by the others of the policy (an escalation path the lists make together, a repeated Sid, the size, a Deny of
 * one list that closes an Allow of another); each list is linted on its own with every other rule (and the
 * provider's as the provider's role). Each finding keeps its file, its place and the path of the statement it
 * is about; one about the policy as a whole is on the key of the role's list (`key`, `path`).
 */
interface CombinedRole {
  statements: RoleStatement[];
  key: { source: Source; range: [number, number] };
  path: Array<string | number>;
  /** How many of the first statements are the provider's, which an inheriting function's role repeats. */
  inherited: number;
}

interface ReadPolicies {
  policies: Found[];
  /** The roles linted as one policy across lists (and files). */
  roles: CombinedRole[];
  /** How many roles, linted as one or not, deploy each statement (an inheriting function's copies of the provider's aside). */
  deployments: Map<SrcNode, number>;
  mistakes: ServerlessMistake[];
  root?: SrcNode;
  /** The policies of each included file, by its path (policies' positions are in that file). */
  included: Map<string, { source: Source; policies: Found[] }>;
  /** `${file(…)}` variables that stop the deploy (a missing file or address): on the variable. */
  referenceErrors: Array<{ start: number; end: number; message: string }>;
}

/** How many `${self:…}` one value is followed through (`${self:custom.a}` naming `${self:custom.b}`, …). */
const SELF_DEPTH = 10;

/** A node that a variable of the service file names (of an included file, or of the service file for `${self:…}`), and its path there. */
interface Followed {
  node: SrcNode;
  path: Array<string | number>;
  key?: [number, number];
  source: Source;
}

/**
 * `filePath`: the service file's path, from which `${file(…)}` paths are read; without it (Access Analyzer,
 * --print-config), included files are not followed.
 */
function readPolicies(text: string, parsed: ParsedTemplate, filePath?: string, texts?: ReadonlyMap<string, string>): ReadPolicies {
  const mistakes: ServerlessMistake[] = [];
  const included = new Map<string, { source: Source; policies: Found[] }>();
  const referenceErrors: ReadPolicies['referenceErrors'] = [];
  if (parsed.error || !parsed.root) return { policies: [], roles: [], deployments: new Map(), mistakes, included, referenceErrors };
  const hashSub = usesHashSub(parsed.root);
  const root = resolveTree(parsed.root, mistakes, hashSub);
  const policies: Found[] = [];
  const cache = new Map<string, ReadReference>();
  // A service file that includes itself (`${file(./serverless.yml):custom.statements}`) is read as it is linted.
  const given = new Map(texts);
  if (filePath) given.set(resolve(filePath), text);
  /** The service file itself, as the source of what a `${self:…}` names. */
  const service: Source = { filePath: filePath ?? '', text, root, mistakes };
  /** The lists and statements of the service file a `${self:…}` names, linted once. */
  const selfStatements = new Set<SrcNode>();
  /** The part of the service file a followed node is in: undefined for the service file itself. */
  const sourceOf = (followed: Followed): Source | undefined => (followed.source === service ? undefined : followed.source);
  /**
   * What a value that is one variable names: the node of an included file a `${file(…)}` names (read once per
   * file), or the node of the service file a `${self:…}` names (followed on when it is one variable itself, up
   * to SELF_DEPTH steps, never twice through the same node); undefined for anything else.
   */
  const follow = (node: SrcNode | undefined, through: ReadonlySet<SrcNode> = new Set()): Followed | undefined => {
    if (!node || !isWholeVariable(node)) return undefined;
    const self = selfReference(String(node.value));
    if (self) {
      const at = addressed(root, self.address);
      if (!at || through.has(at.node) || through.size >= SELF_DEPTH) return undefined;
      return isWholeVariable(at.node) ? follow(at.node, new Set([...through, node])) : { ...at, source: service };
    }
    if (!filePath) return undefined;
    const reference = fileReference(String(node.value));
    if (!reference) return undefined;
    const read = readReference(filePath, reference, cache, given);
    if (read.kind === 'skip') return undefined;
    if (read.kind === 'error') {
      if (!referenceErrors.some((e) => e.start === node.start)) referenceErrors.push({ start: node.start, end: node.end, message: read.message });
      return undefined;
    }
    let file = included.get(read.filePath);
    if (!file) {
      const own: ServerlessMistake[] = [];
      const source: Source = read.parsed.error
        ? { filePath: read.filePath, text: read.text, mistakes: own, syntax: templateSyntaxMessage(read.text, read.parsed.error) }
        : { filePath: read.filePath, text: read.text, mistakes: own, ...(read.parsed.root ? { root: resolveTree(read.parsed.root, own, hashSub) } : {}) };
      included.set(read.filePath, (file = { source, policies: [] }));
    }
    if (file.source.syntax) return undefined;
    const at = addressed(file.source.root, reference.address);
    if (!at) {
      if (!reference.fallback && !referenceErrors.some((e) => e.start === node.start)) {
        const where = reference.address.length > 0 ? `${quoted(reference.address.join('.'))} names nothing in ${quoted(reference.path)}` : `${quoted(reference.path)} is empty`;
        referenceErrors.push({ start: node.start, end: node.end, message: `${where}: the Serverless Framework stops the deploy (Value not found at "file" source).` });
      }
      return undefined;
    }
    return { ...at, source: file.source };
  };
  /**
   * The statements of an included file: a list of them, or one statement, linted where they are written.
   * `part`: they are not the role's whole policy (an item beside others, the list of a function that inherits
   * the provider's statements), so the rules that judge the whole policy (SOURCED_POLICY_RULES) are not run
   * on them: the rest of the role may hold the Deny or the statements they miss.
   */
  const includedStatements = (followed: Followed, part = false) => {
    const { node, path, source } = followed;
    if (node.kind !== 'array' && node.kind !== 'object') return;
    if (source === service) {
      // Statements of the service file that `${self:…}` names: linted once however often they are named, and
      // always as a part: the rules that judge the whole policy judge each role that names them (CombinedRole).
      if (selfStatements.has(node)) return;
      part = true;
    }
    const single = node.kind === 'object';
    const list: SrcNode = single ? { kind: 'array', start: node.start, end: node.end, json: false, items: [node] } : node;
    const [keyStart, keyEnd] = followed.key ?? [node.start, Math.min(node.start + 1, node.end)];
    const embedded = statementsPolicy(source.text, { keyStart, keyEnd }, list);
    const found: Found | undefined = embedded && {
      embedded, path, policyType: 'identity', fixable: false, statement: true, resourceType: 'AWS::IAM::Role', start: node.start, node,
      ...(part ? { skipRules: SOURCED_POLICY_RULES } : {}),
      ...(single ? { findingPath: (at: ReadonlyArray<string | number>) => (at[0] === 'Statement' ? [...path, ...at.slice(2)] : path) } : {}),
    };
    if (source !== service) {
      if (found) included.get(source.filePath)!.policies.push(found);
      return;
    }
    selfStatements.add(node);
    if (found) policies.push(found);
    // The items of such a list that are one variable each (`- ${file(./s3.yml)}`), as in the service's own lists.
    if (node.kind === 'array') {
      for (const item of node.items!) {
        const itemFollowed = follow(item);
        if (itemFollowed) includedStatements(itemFollowed, part || node.items!.length > 1);
      }
    }
  };
  /** `inherits`: the list is a function's that inherits the provider's statements (a part of its role). */
  const statements = (owner: SrcNode | undefined, key: string, path: Array<string | number>, skipRules?: ReadonlySet<string>, inherits = false) => {
    const entry = entryOf(owner, key);
    if (!entry) return;
    const whole = follow(entry.value);
    if (whole) return includedStatements(whole, inherits);
    if (entry.value.kind === 'array') {
      for (const item of entry.value.items!) {
        const followed = follow(item);
        if (followed) includedStatements(followed, inherits || entry.value.items!.length > 1);
      }
    }
    const embedded = statementsPolicy(text, entry, entry.value);
    if (!embedded) return;
    policies.push({
      embedded, path: [...path, key], policyType: 'identity', fixable: false, statement: true,
      resourceType: 'AWS::IAM::Role', start: entry.value.start, node: entry.value, ...(skipRules ? { skipRules } : {}),
    });
  };
  const roles: CombinedRole[] = [];
  /**
   * The statements a list deploys, each in the file that writes it: its items, with the statements a variable
   * item names in its place (followed in the service file only: an included file's variables are
   * placeholders; an item that stays unknown is kept as it is); and how many lists linted on their own they
   * come from.
   */
  const deployed = (followed: Followed, through = new Set<SrcNode>()): { statements: RoleStatement[]; lists: number; self: boolean } => {
    const { node, source, path } = followed;
    if (node.kind === 'object') return { statements: [{ node, source, path }], lists: 1, self: false };
    if (node.kind !== 'array' || through.has(node)) return { statements: [], lists: 0, self: false };
    through.add(node);
    const statements: RoleStatement[] = [];
    let lists = 0;
    let own = false;
    let self = false;
    node.items!.forEach((item, i) => {
      const inner = source === service ? follow(item) : undefined;
      if (inner) {
        const more = deployed(inner, through);
        statements.push(...more.statements);
        lists += more.lists;
        self ||= more.self || inner.source === service;
      } else {
        statements.push({ node: item, source, path: [...path, i] });
        own ||= !isWholeVariable(item);
      }
    });
    return { statements, lists: lists + (own ? 1 : 0), self };
  };
  /** The list of a role (`owner`'s `key` in `source`) as deployed, with its key and path; undefined without one. */
  const roleList = (owner: SrcNode | undefined, key: string, path: Array<string | number>, source = service) => {
    const entry = entryOf(owner, key);
    if (!entry) return undefined;
    const listPath = [...path, key];
    const whole = source === service ? follow(entry.value) : undefined;
    const { statements, lists, self } = deployed(whole ?? { node: entry.value, path: listPath, source });
    return { statements, lists, self: self || whole?.source === service, key: { source, range: [entry.keyStart, entry.keyEnd] as [number, number] }, path: listPath };
  };
  /**
   * Whether a role's statements come from several lists, or some from what a `${self:…}` names (linted as a
   * part, however often it is named): it is then linted as one policy too (CombinedRole).
   */
  const deployments = new Map<SrcNode, number>();
  const combined = (role: ReturnType<typeof roleList>, inherited = 0): boolean => {
    role?.statements.slice(inherited).forEach(({ node }) => deployments.set(node, (deployments.get(node) ?? 0) + 1));
    if (!role || role.lists === 0 || (role.lists < 2 && !role.self)) return false;
    roles.push({ statements: role.statements, key: role.key, path: role.path, inherited });
    return true;
  };
  const provider = entryOf(root, 'provider')?.value;
  const iam = entryOf(provider, 'iam');
  const role = entryOf(iam?.value, 'role')?.value;
  const v3 = roleList(role, 'statements', ['provider', 'iam', 'role']);
  const v1 = roleList(provider, 'iamRoleStatements', ['provider']);
  statements(role, 'statements', ['provider', 'iam', 'role'], combined(v3) ? SOURCED_POLICY_RULES : undefined);
  statements(provider, 'iamRoleStatements', ['provider'], combined(v1) ? SOURCED_POLICY_RULES : undefined);
  // What serverless-iam-roles-per-function adds to an inheriting function's role: v3's statements when
  // `provider.iam` is set, else v1/v2's `provider.iamRoleStatements`.
  const inherited = iam
    ? { list: entryOf(role, 'statements')?.value, role: v3 }
    : { list: entryOf(provider, 'iamRoleStatements')?.value, role: v1 };
  /** The role of a function that inherits the provider's statements: theirs, then its own (when both have some). */
  const inheritingRole = (own: ReturnType<typeof roleList>): ReturnType<typeof roleList> => {
    const base = inherited.role;
    if (!own || !base || own.lists === 0 || base.lists === 0) return undefined;
    return { ...own, statements: [...base.statements, ...own.statements], lists: base.lists + own.lists, self: base.self || own.self };
  };
  const plugin = entryOf(entryOf(root, 'custom')?.value, 'serverless-iam-roles-per-function')?.value;
  const defaultInherit = entryOf(plugin, 'defaultInherit')?.value;
  /** Whether a function's role has the provider's statements too (the plugin's inherit flag, and some to inherit). */
  const inheritsSome = (fn: SrcNode): boolean => {
    const inherit = entryOf(fn, 'iamRoleStatementsInherit')?.value;
    const inherits = isBoolean(inherit, true) || (isBoolean(defaultInherit, true) && !isBoolean(inherit, false));
    return inherits && inherited.list !== undefined && !(inherited.list.kind === 'array' && inherited.list.items!.length === 0) && inherited.list.kind !== 'null';
  };
  /**
   * The parts of a section (sectionParts), with those the service file includes: the section, or an item of
   * its list, that is one `${file(…)}` (`functions: ${file(./functions.yml)}`, `- ${file(./resources/s3.yml)}`).
   */
  const parts = (key: string): Array<{ node: SrcNode; path: Array<string | number>; source?: Source }> => {
    const whole = follow(entryOf(root, key)?.value);
    if (whole) {
      const { node, path } = whole;
      const source = sourceOf(whole);
      return node.kind === 'array' ? node.items!.map((item, i) => ({ node: item, path: [...path, i], source })) : [{ node, path, source }];
    }
    return sectionParts(root, key).map(([node, path]) => {
      const followed = follow(node);
      return followed ? { node: followed.node, path: followed.path, source: sourceOf(followed) } : { node, path };
    });
  };
  for (const { node: map, path: prefix, source } of parts('functions')) {
    if (map.kind !== 'object') continue;
    if (source) {
      // A function of an included file: its statements are linted there, on their own.
      for (const { key, value } of map.entries!) {
        const entry = entryOf(value, 'iamRoleStatements');
        if (!entry) continue;
        const inherits = inheritsSome(value);
        const own = roleList(value, 'iamRoleStatements', [...prefix, key], source);
        const whole = inherits ? combined(inheritingRole(own), inherited.role?.statements.length) : combined(own);
        includedStatements({ node: entry.value, path: [...prefix, key, 'iamRoleStatements'], key: [entry.keyStart, entry.keyEnd], source }, inherits || whole);
      }
      continue;
    }
    for (const { key, value } of map.entries!) {
      const inherits = inheritsSome(value);
      const own = roleList(value, 'iamRoleStatements', [...prefix, key]);
      const role = inherits ? combined(inheritingRole(own), inherited.role?.statements.length) : combined(own);
      statements(value, 'iamRoleStatements', [...prefix, key], role ? SOURCED_POLICY_RULES : undefined, inherits);
    }
  }
  const machines = entryOf(entryOf(root, 'stepFunctions')?.value, 'stateMachines')?.value;
  if (machines?.kind === 'object') {
    for (const { key, value } of machines.entries!) {
      const path = ['stepFunctions', 'stateMachines', key];
      statements(value, 'iamRoleStatements', path, combined(roleList(value, 'iamRoleStatements', path)) ? SOURCED_POLICY_RULES : undefined);
    }
  }
  // `resources`: a CloudFormation fragment, or a list of them.
  // Included fragments share Conditions and Parameters with the other fragments of their own file only.
  const fragments: Array<{ node: SrcNode; path: Array<string | number>; source?: Source; resourcesOnly?: boolean }> = parts('resources');
  // `Resources: ${file(./resources.yml)}` in a fragment of the service file: the resources of that file.
  for (const { node, source } of [...fragments]) {
    const followed = source ? undefined : follow(entryOf(node, 'Resources')?.value);
    if (!followed || followed.node.kind !== 'object') continue;
    const { start } = followed.node;
    const resources: SrcNode = { kind: 'object', start, end: followed.node.end, json: false, entries: [{ key: 'Resources', keyStart: start, keyEnd: start, value: followed.node }] };
    fragments.push({ node: resources, path: followed.path, source: sourceOf(followed), resourcesOnly: true });
  }
  for (const { node: fragment, path: prefix, source, resourcesOnly } of fragments) {
    if (fragment.kind !== 'object') continue;
    const sameFile = fragments.filter((f) => f.source === source && f.node.kind === 'object').map((f) => f.node);
    const fragmentParsed: ParsedTemplate = { format: 'yaml', root: withSharedSections(fragment, sameFile) };
    const types = new Map(policyLocations(fragment).map((l) => [JSON.stringify(l.path), { resourceType: l.resourceType, node: l.node }]));
    const into = source ? included.get(source.filePath)!.policies : policies;
    for (const policy of templateEmbeddedPolicies(source?.text ?? text, fragmentParsed).policies) {
      const located = types.get(JSON.stringify(policy.path))!;
      const path = [...prefix, ...(resourcesOnly ? policy.path.slice(1) : policy.path)];
      into.push({ ...policy, path, fixable: false, resourceType: located.resourceType, start: located.node.start, node: located.node });
    }
  }
  policies.sort((a, b) => a.start - b.start);
  for (const file of included.values()) file.policies.sort((a, b) => a.start - b.start);
  return { policies, roles, deployments, mistakes, root, included, referenceErrors };
}

/**
 * policy-variable-syntax's finding for each IAM policy variable the framework would read as its own, inside a
 * policy (one inside an Fn::Sub string is left to the Fn::Sub finding, whose `${!…}` satisfies both).
 */
function mistakeMessages(lines: LineIndex, read: { mistakes: readonly ServerlessMistake[]; policies: readonly Found[] }, rules: readonly EnabledRule[], found: readonly LintMessage[]): LintMessage[] {
  const enabled = rules.find(({ rule }) => rule.id === RULE_ID);
  if (!enabled || read.mistakes.length === 0) return [];
  const template = enabled.rule.meta.messages[SERVERLESS_VARIABLE_MESSAGE_ID];
  const subs = new Set(found.filter((m) => m.messageId === FN_SUB_VARIABLE_MESSAGE_ID).map((m) => `${m.range![0]}:${m.range![1]}`));
  const out: LintMessage[] = [];
  const seen = new Set<string>();
  for (const mistake of read.mistakes) {
    const policy = read.policies.find((p) => mistake.start >= p.node.start && mistake.end <= p.node.end && appliesTo(enabled.rule, p.policyType));
    const key = `${mistake.start}:${mistake.end}`;
    if (!policy || subs.has(key) || seen.has(key)) continue;
    seen.add(key);
    const from = lines.at(mistake.start);
    const to = lines.at(mistake.end);
    out.push({
      ruleId: RULE_ID, severity: enabled.severity,
      message: interpolate(template, { text: mistake.text, name: mistake.name, fixed: `\\${mistake.text}` }),
      line: from.line, column: from.column, endLine: to.line, endColumn: to.column,
      messageId: SERVERLESS_VARIABLE_MESSAGE_ID, range: [mistake.start, mistake.end], path: policy.path,
    });
  }
  return out;
}

/**
 * Lint every policy of a parsed service file (report only). `texts`: the texts of included files to read
 * instead of the disk's (by absolute path), such as a file --fix rewrote.
 */
export function lintServerless(filePath: string, text: string, parsed: ParsedTemplate, rules: readonly EnabledRule[], texts?: ReadonlyMap<string, string>): ServerlessOutcome {
  if (parsed.error) return { messages: [templateSyntaxMessage(text, parsed.error)], fixed: false, policies: 0, included: [], followed: [] };
  const read = readPolicies(text, parsed, filePath, texts);
  // One line index per file, for every kind of finding in it.
  const indexes = new Map<string, LineIndex>();
  const linesOf = (source: { filePath: string; text: string }) => {
    let lines = indexes.get(source.filePath);
    if (!lines) indexes.set(source.filePath, (lines = new LineIndex(source.text)));
    return lines;
  };
  const fromRoles = roleMessages(read.roles, read.deployments, filePath, rules, linesOf);
  const lint = (source: { filePath: string; text: string; root?: SrcNode }, policies: readonly Found[], mistakes: readonly ServerlessMistake[]) => {
    const lines = linesOf(source);
    const found = dedupe([...lintEmbeddedPolicies(source.filePath, source.text, policies, rules, FN_SUB_MISTAKE, lines), ...(fromRoles.get(source.filePath) ?? [])]);
    return withKeyHints([...found, ...mistakeMessages(lines, { mistakes, policies }, rules, found)], source.root);
  };
  const lines = linesOf({ filePath, text });
  const messages = [
    ...lint({ filePath, text, root: read.root }, read.policies, read.mistakes),
    ...referenceMessages(lines, read.referenceErrors),
    ...policyArnMessages(serverlessPolicyArnSites(read.root), rules, lines),
  ].sort(compareMessages);
  // An included file without statements or resources with policies (a `functions` file without roles) is no result.
  const included: IncludedOutcome[] = [...read.included.values()].filter(({ source, policies }) => source.syntax || policies.length > 0 || fromRoles.has(source.filePath)).map(({ source, policies }) => ({
    filePath: source.filePath, text: source.text,
    messages: source.syntax ? [source.syntax] : lint(source, policies, source.mistakes).sort(compareMessages),
    value: templateValue(source.root),
  }));
  const policies = read.policies.length + [...read.included.values()].reduce((n, file) => n + file.policies.length, 0);
  return { messages, fixed: false, policies, value: templateValue(read.root), included, followed: [...read.included.keys()] };
}

/** A node of a file as if the file began `offset` characters later (in the text of a role's files one after the other). */
function shifted(node: SrcNode, offset: number): SrcNode {
  const out: SrcNode = { ...node, start: node.start + offset, end: node.end + offset };
  if (node.charMap) out.charMap = node.charMap.map((at) => (at < 0 ? at : at + offset));
  if (node.items) out.items = node.items.map((item) => shifted(item, offset));
  if (node.entries) {
    out.entries = node.entries.map((entry) => ({
      ...entry, keyStart: entry.keyStart + offset, keyEnd: entry.keyEnd + offset, value: shifted(entry.value, offset),
      ...(entry.keyMap ? { keyMap: entry.keyMap.map((at) => (at < 0 ? at : at + offset)) } : {}),
    }));
  }
  return out;
}

/**
 * The findings of each role linted as one policy across lists (CombinedRole), by the path of the file they
 * are in. The role's files are read as one text, one after the other (each node moved by its file's offset),
 * and each finding is moved back into the file its range is in, with its line and column there.
 */
function roleMessages(
  roles: readonly CombinedRole[], deployments: ReadonlyMap<SrcNode, number>, serviceFile: string, rules: readonly EnabledRule[], linesOf: (source: Source) => LineIndex,
): Map<string, LintMessage[]> {
  const out = new Map<string, LintMessage[]>();
  for (const role of roles) {
    const sources: Source[] = [];
    for (const source of [role.key.source, ...role.statements.map((s) => s.source)]) if (!sources.includes(source)) sources.push(source);
    const offsets = new Map<Source, number>();
    let text = '';
    for (const source of sources) {
      offsets.set(source, text.length);
      text += `${source.text}\n`;
    }
    const items = role.statements.map(({ node, source }) => shifted(node, offsets.get(source)!));
    const keyOffset = offsets.get(role.key.source)!;
    const [keyStart, keyEnd] = [role.key.range[0] + keyOffset, role.key.range[1] + keyOffset];
    const list: SrcNode = { kind: 'array', start: keyStart, end: keyEnd, json: false, items };
    const embedded = statementsPolicy(text, { keyStart, keyEnd }, list);
    if (!embedded) continue;
    const findingPath = (at: ReadonlyArray<string | number>): Array<string | number> => {
      const [element, index, ...rest] = at;
      if (element !== 'Statement' || typeof index !== 'number' || !role.statements[index]) return role.path;
      return [...role.statements[index].path, ...rest];
    };
    // A statement another role deploys too is needed there whatever this role has: the provider's, which an
    // inheriting function's role repeats (judged in the provider's role), and one that several roles' lists name
    // (a `${self:…}`, a `${file(…)}`).
    const sharedStatements = new Set(role.statements.flatMap(({ node }, i) => (i < role.inherited || (deployments.get(node) ?? 0) > 1 ? [i] : [])));
    const policy: Found = {
      embedded, path: role.path, policyType: 'identity', fixable: false, statement: true, resourceType: 'AWS::IAM::Role',
      start: keyStart, node: list, onlyRules: SOURCED_POLICY_RULES, findingPath, sharedStatements,
    };
    /** The file an offset of the role's text is in. */
    const sourceAt = (at: number): Source => {
      let found = sources[0];
      for (const other of sources) if (offsets.get(other)! <= at) found = other;
      return found;
    };
    // Lines and columns (also those a message names, "Statement 0 (line 7)") in the file of the offset.
    const lines: Positions = {
      at: (at) => {
        const source = sourceAt(at);
        return linesOf(source).at(at - offsets.get(source)!);
      },
    };
    for (const message of lintEmbeddedPolicies(serviceFile, text, [policy], rules, FN_SUB_MISTAKE, lines)) {
      const [start, end] = message.range ?? [keyStart, keyEnd];
      const source = sourceAt(start);
      const offset = offsets.get(source)!;
      const { fix: _fix, suggestions: _suggestions, ...rest } = message;
      const moved: LintMessage = { ...rest, range: [start - offset, end - offset] };
      const list = out.get(source.filePath) ?? [];
      list.push(moved);
      out.set(source.filePath, list);
    }
  }
  return out;
}

/**
 * Each finding on a key that holds a Serverless variable (`${self:custom.key}: value` under a condition
 * operator), with the reason: the framework resolves variables in values only (resolve-meta.js parses string
 * values, never keys), so the key is deployed as written and IAM reads `${self:custom.key}` itself.
 */
function withKeyHints(messages: LintMessage[], root: SrcNode | undefined): LintMessage[] {
  if (messages.length === 0) return messages; // nothing to annotate: no walk
  const keys: Array<{ start: number; end: number; key: string }> = [];
  const walk = (node: SrcNode) => {
    if (node.kind === 'array') node.items!.forEach(walk);
    if (node.kind !== 'object') return;
    for (const entry of node.entries!) {
      if (entry.key.includes('${')) {
        const resolved = resolveString(entry.key);
        if (resolved.placeholders.length > 0 || resolved.mistakes.length > 0) keys.push({ start: entry.keyStart, end: entry.keyEnd, key: entry.key });
      }
      walk(entry.value);
    }
  };
  if (root) walk(root);
  if (keys.length === 0) return messages;
  return messages.map((m) => {
    const key = m.range && keys.find((k) => m.range![0] >= k.start && m.range![1] <= k.end);
    if (!key) return m;
    return { ...m, message: `${m.message} The Serverless Framework resolves variables in values only: the key ${JSON.stringify(key.key)} is deployed as it is written; write the key itself.` };
  });
}

/** A finding of json-syntax on each `${file(…)}` the framework would stop at: the file it names cannot be read. */
function referenceMessages(lines: LineIndex, errors: ReadPolicies['referenceErrors']): LintMessage[] {
  if (errors.length === 0) return [];
  return errors.map(({ start, end, message }) => {
    const from = lines.at(start);
    const to = lines.at(end);
    return {
      ruleId: JSON_SYNTAX_RULE_ID, severity: 2, message, messageId: JSON_SYNTAX_MESSAGE_ID, issueCode: JSON_SYNTAX_ISSUE_CODE,
      line: from.line, column: from.column, endLine: to.line, endColumn: to.column, range: [start, end],
    };
  });
}

/**
 * The embedded policies of a service file as lintServerless lints them, for Access Analyzer: each list of
 * statements as it is, without an inheriting function's role (provider and function statements together),
 * whose findings on the provider's statements Access Analyzer would report a second time.
 */
export function serverlessEmbeddedPolicies(text: string, parsed: ParsedTemplate): EmbeddedPolicy[] {
  return readPolicies(text, parsed).policies.filter((policy) => !policy.onlyRules);
}

/** The policies of a service file and their types (for --print-config). */
export function serverlessPolicies(text: string, parsed: ParsedTemplate): ServerlessPolicyInfo[] {
  // A policy with Fn::If is embedded once per variant: listed once.
  const seen = new Set<string>();
  return readPolicies(text, parsed).policies.flatMap(({ path, resourceType, policyType }) => {
    const key = JSON.stringify(path);
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ path, resourceType, policyType }];
  });
}
