/**
 * "The file" below is a module's text: lint.ts reads the .tf files of a directory as one text (each file on
 * lines of its own), so that documents, their uses, sources and overrides are found across files.
 *
 * `data "aws_iam_policy_document"` blocks as the policy JSON the AWS provider renders from them, as a source tree
 * (`SrcNode`) whose tokens map to the block's own: `statement` blocks → Statement, `sid`, `effect` (default
 * Allow), `actions`, `not_actions`, `resources`, `not_resources` → Sid, Effect, Action, NotAction, Resource,
 * NotResource; `principals` / `not_principals` blocks → Principal / NotPrincipal by `type` (one block of type
 * "*" with identifiers ["*"], also read through a local → "*");
 * `condition` blocks → Condition by `test` and `variable`; `version` (default 2012-10-17), `policy_id` → Version,
 * Id. The provider's `&{…}` escape is read as `${…}`.
 *
 * `dynamic "statement"`, `dynamic "principals"`, `dynamic "not_principals"` and `dynamic "condition"` blocks:
 * their `content` rendered once, its iterator's `x.value` / `x.key` (any expression) as placeholders. A dynamic
 * statement may be repeated 0..n times: such a document is linted without WHOLE_POLICY_RULES. A dynamic
 * condition is read as a condition block: its literal `test` and `variable` as they are.
 *
 * `source_policy_documents`, `override_policy_documents`, `source_json`, `override_json`: merged as the
 * provider merges them (`render`) when each names a document of the module
 * (`data.aws_iam_policy_document.x.json`). A source that is anything else (a variable, `file()`, a module's
 * output, a document whose sids a merge cannot compare) only adds statements: the document's own are linted
 * without SOURCED_POLICY_RULES. Not read: an override that is anything else (it could replace the document's
 * statements). A document that another merges in, and no policy attribute of the file uses, is a part: when
 * every document that names it merges it in, its statements are linted there (`covered`; a statement they
 * replace by sid is in no policy), with their own path (`findingPath`); else on its own, without
 * SOURCED_POLICY_RULES.
 *
 * Its policy type: that of the resource attribute in the module that uses it
 * (`assume_role_policy = data.aws_iam_policy_document.x.json` → trust; also `= local.trust`, a local that names
 * it), else inferred: no principals →
 * identity; principals with only sts:AssumeRole… actions → trust; other principals → resource.
 */
import type { SubVariable } from '../cloudformation/embed.js';
import type { SrcEntry, SrcNode } from '../cloudformation/source.js';
import type { PolicyType } from '../engine/types.js';
import { computedKey, toSrcNode, type State } from './embed.js';
import { throughLocals, type Locals } from './locals.js';
import type { TerraformPolicyLocation } from './locations.js';
import { SOURCED_POLICY_RULES, WHOLE_POLICY_RULES } from '../engine/whole-policy.js';
import type { DocumentAttribute } from './render.js';
import { attributeOf, literalText, type HclAttribute, type HclBlock, type HclBody, type HclExpr } from './scan.js';

export interface PolicyDocumentSource {
  name: string;
  path: Array<string | number>;
  policyType: PolicyType;
  ruleResourceType?: string;
  node: SrcNode;
  mistakes: SubVariable[];
  /** The data source's name label: findings about the policy as a whole point at it. */
  anchor: [number, number];
  /** The rules not run on it: WHOLE_POLICY_RULES (a dynamic statement), SOURCED_POLICY_RULES (unknown sources). */
  skipRules?: ReadonlySet<string>;
  /**
   * A finding's whole path in the file, from its path in the policy, for a document with statements merged in:
   * a statement's findings have the path of the data source that writes it.
   */
  findingPath?: (path: ReadonlyArray<string | number>) => Array<string | number>;
  /** Its statements (indexes) that other documents deploy too, merged into several (EmbeddedPolicy.sharedStatements). */
  sharedStatements?: ReadonlySet<number>;
  /**
   * A part of policies only: no policy attribute of the file uses it, and every document that names it merges
   * it in. Its statements are linted in those documents (where they are not replaced), not on their own.
   */
  covered?: boolean;
  /** Whether it reads a local (whose findings may be in another file). */
  readsLocals?: boolean;
  /** A finding's message without a statement number the file does not decide (unnumbered). */
  message?: (message: { message: string; path?: ReadonlyArray<string | number> }, template: string | undefined) => string;
}

export { SOURCED_POLICY_RULES, WHOLE_POLICY_RULES };

/**
 * A message that numbers its own statement (`Statement 2 has no "Resource"`) says "This statement" where the
 * file does not decide that number in the policy the provider renders: at or after a `dynamic "statement"` block
 * (its `for_each` renders 0..n statements in its place), or after sources the module does not define (every
 * statement). Undefined when each number is known. The finding's position names the block; the `ignore` path
 * keeps the block's index among the document's statement blocks (a dynamic block counting as one).
 */
function unnumbered(rendered: Rendered): PolicyDocumentSource['message'] {
  const first = rendered.unknownSources ? 0 : rendered.statements.findIndex((s) => s.dynamic);
  if (first < 0) return undefined;
  return (message, template) => {
    const [element, index] = message.path ?? [];
    if (element !== 'Statement' || typeof index !== 'number' || index < first || !template?.includes('Statement {{statement}}')) return message.message;
    return message.message.replace(`Statement ${index} `, 'This statement ');
  };
}

const TRUST_ACTIONS = /^sts:(AssumeRole|AssumeRoleWithSAML|AssumeRoleWithWebIdentity|TagSession|SetSourceIdentity|SetContext)$/i;

const blocks = (body: HclBody, type: string) => body.filter((item): item is HclBlock => item.kind === 'block' && item.type === type);

/** A string node the provider writes where the block says nothing (a default), mapped to `at`. */
function synthetic(value: string, at: [number, number]): SrcNode {
  return { kind: 'string', value, start: at[0], end: at[1], json: false, charMap: new Array(value.length + 1).fill(-1) };
}

/** A `type`, `test` or `variable` as the key it becomes: its text, or with its interpolations as placeholders. */
function keyOf(source: string, expr: HclExpr, state: State): Pick<SrcEntry, 'key' | 'keyMap' | 'keyPlaceholders'> {
  const text = literalText(expr);
  return text !== undefined ? { key: text } : computedKey(source, expr, state);
}

/** A value as the provider reads it: `&{` is its escape for `${`. */
function valueOf(source: string, expr: HclExpr, state: State): SrcNode {
  const node = toSrcNode(source, expr, state);
  const unescape = (n: SrcNode): void => {
    if (n.kind === 'string' && typeof n.value === 'string' && n.value.includes('&{')) n.value = n.value.replace(/&\{/g, '${');
    n.items?.forEach(unescape);
    n.entries?.forEach((e) => unescape(e.value));
  };
  unescape(node);
  return node;
}

/** A list-valued element written in several blocks (two `principals` of one type): one array. */
function merged(nodes: SrcNode[]): SrcNode {
  if (nodes.length === 1) return nodes[0];
  const items = nodes.flatMap((n) => (n.kind === 'array' ? n.items! : [n]));
  return { kind: 'array', start: nodes[0].start, end: nodes[nodes.length - 1].end, json: false, items };
}

/**
 * A nested block as the provider reads it: a `principals` / `condition` block, or the `content` of a
 * `dynamic "principals"` / `dynamic "condition"` block (rendered once), with the range its key points at.
 */
interface Part {
  body: HclBody;
  start: number;
  end: number;
  key: [number, number];
  dynamic: boolean;
}

/** The `type` blocks of a body and its `dynamic "type"` blocks' contents, in the order of the file. */
function parts(body: HclBody, type: string): Part[] | undefined {
  const out: Part[] = [];
  for (const item of body) {
    if (item.kind !== 'block') continue;
    if (item.type === type) out.push({ body: item.body, start: item.start, end: item.end, key: [item.start, item.start + type.length], dynamic: false });
    else if (item.type === 'dynamic' && item.labels.length === 1 && item.labels[0] === type) {
      const content = blocks(item.body, 'content');
      if (content.length !== 1) return undefined;
      out.push({ body: content[0].body, start: item.start, end: item.end, key: item.labelRanges[0], dynamic: true });
    }
  }
  return out;
}

/**
 * A `principals` block `type = "*"`, `identifiers = ["*"]` (as the text decides them: written there, or in a local,
 * `identifiers = local.everyone`): the identifiers' node (the local's tokens, for one read there), else undefined.
 */
function anyone(source: string, block: Part, state: State): SrcNode | undefined {
  const type = attributeOf(block.body, 'type');
  const identifiers = attributeOf(block.body, 'identifiers');
  if (!type || !identifiers) return undefined;
  const scratch: State = { mistakes: [], directive: false, locals: state.locals, resolving: state.resolving };
  const star = (node: SrcNode) => node.kind === 'string' && node.value === '*' && (node.placeholders ?? []).length === 0;
  const value = toSrcNode(source, identifiers.value, scratch);
  if (!star(toSrcNode(source, type.value, scratch)) || value.kind !== 'array' || value.items!.length !== 1 || !star(value.items![0]) || scratch.directive) return undefined;
  if (scratch.readLocals) state.readLocals = true;
  return value;
}

function principalNode(source: string, list: Part[], state: State): SrcNode | undefined {
  // The provider writes "Principal": "*" only for a set of one principal, `type = "*"` with `identifiers =
  // ["*"]` (identical blocks are one element of the set); beside other blocks, "*" is one more type: {"*": "*", …}.
  const only = anyone(source, list[0], state);
  if (only && list.every((block) => anyone(source, block, state))) return synthetic('*', [only.start, only.end]);
  const byType = new Map<string, Omit<SrcEntry, 'key' | 'value'> & { values: SrcNode[] }>();
  for (const block of list) {
    const type = attributeOf(block.body, 'type');
    const identifiers = attributeOf(block.body, 'identifiers');
    if (!type || !identifiers) continue;
    const { key: name, ...computed } = keyOf(source, type.value, state);
    const value = valueOf(source, identifiers.value, state);
    const entry = byType.get(name) ?? { ...computed, keyStart: type.value.start, keyEnd: type.value.end, values: [] };
    entry.values.push(value);
    byType.set(name, entry);
  }
  if (byType.size === 0) return undefined;
  return {
    kind: 'object', start: list[0].start, end: list[list.length - 1].end, json: false,
    entries: [...byType].map(([key, { values, ...rest }]) => ({ key, ...rest, value: merged(values) })),
  };
}

/**
 * The `condition` blocks of a statement, and the `content` of its `dynamic "condition"` blocks, read alike: a
 * literal `test` and `variable` are the operator and key the rules check (a dynamic block's `for_each` gives
 * the statement that condition, with all its values, or none: it is read as there, so that nothing is reported
 * as missing); a computed one (`test = condition.value.test`) is a placeholder: the condition is unknown.
 */
function conditionNode(source: string, list: Part[], state: State): SrcNode | undefined {
  type Key = Omit<SrcEntry, 'key' | 'value'>;
  const byTest = new Map<string, Key & { variables: Map<string, Key & { values: SrcNode[] }> }>();
  for (const block of list) {
    const test = attributeOf(block.body, 'test');
    const variable = attributeOf(block.body, 'variable');
    const values = attributeOf(block.body, 'values');
    if (!test || !variable || !values) continue;
    const { key: testName, ...testKey } = keyOf(source, test.value, state);
    const { key: variableName, ...variableKey } = keyOf(source, variable.value, state);
    const entry = byTest.get(testName) ?? { ...testKey, keyStart: test.value.start, keyEnd: test.value.end, variables: new Map() };
    const inner = entry.variables.get(variableName) ?? { ...variableKey, keyStart: variable.value.start, keyEnd: variable.value.end, values: [] };
    inner.values.push(valueOf(source, values.value, state));
    entry.variables.set(variableName, inner);
    byTest.set(testName, entry);
  }
  if (byTest.size === 0) return undefined;
  return {
    kind: 'object', start: list[0].start, end: list[list.length - 1].end, json: false,
    entries: [...byTest].map(([key, { variables, ...rest }]): SrcEntry => ({
      key, ...rest,
      value: {
        kind: 'object', start: rest.keyStart, end: rest.keyEnd, json: false,
        entries: [...variables].map(([name, { values, ...v }]) => ({ key: name, ...v, value: merged(values) })),
      },
    })),
  };
}

function statementNode(source: string, block: Part, state: State): SrcNode | undefined {
  const entries: SrcEntry[] = [];
  const typeRange = block.key;
  const add = (key: string, name: string, fallback?: SrcNode) => {
    const found = attributeOf(block.body, name);
    if (found) entries.push({ key, keyStart: found.nameStart, keyEnd: found.nameEnd, value: valueOf(source, found.value, state) });
    else if (fallback) entries.push({ key, keyStart: typeRange[0], keyEnd: typeRange[1], value: fallback });
  };
  // The provider writes no Sid for `sid = ""` (its JSON omits an empty one), as for a statement without `sid`.
  const sid = attributeOf(block.body, 'sid');
  if (!sid || literalText(sid.value) !== '') add('Sid', 'sid');
  add('Effect', 'effect', synthetic('Allow', typeRange));
  add('Action', 'actions');
  add('NotAction', 'not_actions');
  add('Resource', 'resources');
  add('NotResource', 'not_resources');
  for (const [key, type] of [['Principal', 'principals'], ['NotPrincipal', 'not_principals']] as const) {
    const list = parts(block.body, type);
    if (!list) return undefined;
    const node = list.length > 0 ? principalNode(source, list, state) : undefined;
    if (node) entries.push({ key, keyStart: list[0].key[0], keyEnd: list[0].key[1], value: node });
  }
  const conditions = parts(block.body, 'condition');
  if (!conditions) return undefined;
  const condition = conditions.length > 0 ? conditionNode(source, conditions, state) : undefined;
  if (condition) entries.push({ key: 'Condition', keyStart: conditions[0].key[0], keyEnd: conditions[0].key[1], value: condition });
  return { kind: 'object', start: block.start, end: block.end, json: false, entries };
}

/** Whether `source_policy_documents` and the like bring statements: not when absent, `[]` or `null`. */
function merges(found: HclAttribute | undefined): boolean {
  const value = found?.value;
  return value !== undefined && value.kind !== 'null' && !(value.kind === 'tuple' && value.items.length === 0);
}

/** One statement of a rendered document, with what the provider's merge by sid and the policy type read of it. */
interface Statement {
  node: SrcNode;
  body: HclBody;
  /** Its sid as written ('' for none), or null when the file computes it. */
  sid: string | null;
  /** From a `dynamic "statement"`: rendered once, its `for_each` may give 0..n statements. */
  dynamic: boolean;
  /** The data source that writes it, and its index in that data source's own rendered Statement. */
  origin?: { name: string; index: number };
}

/** A document as the provider renders it, its sources and overrides merged in. */
interface Rendered {
  statements: Statement[];
  /** Version and Id: their text (undefined when computed) and entry. */
  version: { text: string | undefined; entry: SrcEntry };
  id?: { text: string | undefined; entry: SrcEntry };
  /** Whether a statement comes from a `dynamic "statement"`: the policy may hold it 0..n times. */
  partial: boolean;
  /** Whether sources the file does not define add statements (read: the document's own and its overrides). */
  unknownSources: boolean;
  /** The documents whose statements are merged in (each source and override read). */
  merged: string[];
}

const DOCUMENT_REFERENCE = /^"?(?:\$\{)?\s*data\.aws_iam_policy_document\.([\w-]+)(?:\[[^\]]*\])?\.(?:minified_)?json\s*\}?"?$/;

/**
 * The documents a merge attribute names (`[data.aws_iam_policy_document.a.json, …]`, or one for `source_json`
 * and `override_json`), in order; undefined when one is anything else (a variable, `file()`, a module's output).
 */
function mergedNames(source: string, found: HclAttribute | undefined, list: boolean): string[] | undefined {
  if (!found || !merges(found)) return [];
  const value = found.value;
  const items = list ? (value.kind === 'tuple' ? value.items : undefined) : [value];
  if (!items) return undefined;
  const names: string[] = [];
  for (const item of items) {
    if (item.kind === 'null') continue;
    const name = DOCUMENT_REFERENCE.exec(source.slice(item.start, item.end).trim())?.[1];
    if (!name) return undefined;
    names.push(name);
  }
  return names;
}

const MERGE_ATTRIBUTES = new Set(['source_json', 'source_policy_documents', 'override_policy_documents', 'override_json']);
const DOCUMENT_USE = /\bdata\.aws_iam_policy_document\.([\w-]+)(?:\[[^\]]*\])?\.(minified_json|json)\b/g;

/**
 * The attributes each document is read through in the file (`data.aws_iam_policy_document.x.json`, its
 * `minified_json`), in any attribute's value (a policy, a module's argument, a local, an output) but the merge
 * attributes of documents, which read a document's statements, not its text. The function returned takes the
 * type of policy the document is linted as (and the resource type whose quota applies): a use in a policy
 * attribute of another type (an `aws_iam_policy` reading `json` of a document linted as an SCP, which reads
 * `minified_json`) is not the text the size rules measure for it.
 */
export function documentAttributes(
  source: string, body: HclBody, locations: readonly TerraformPolicyLocation[] = [],
): (name: string, policyType: PolicyType, ruleResourceType?: string) => Set<DocumentAttribute> {
  const uses = new Map<string, Array<{ attribute: DocumentAttribute; kind?: string }>>();
  const kindOf = (policyType: PolicyType, ruleResourceType?: string) => `${policyType} ${ruleResourceType ?? ''}`;
  const typeOf = new Map(locations.map((location) => [location.attribute, kindOf(location.policyType, location.ruleResourceType)]));
  const walk = (items: HclBody, inDocument: boolean): void => {
    for (const item of items) {
      if (item.kind === 'block') {
        walk(item.body, item.type === 'data' && item.labels[0] === 'aws_iam_policy_document');
        continue;
      }
      if (inDocument && MERGE_ATTRIBUTES.has(item.name)) continue;
      const kind = typeOf.get(item);
      for (const match of source.slice(item.value.start, item.value.end).matchAll(DOCUMENT_USE)) {
        const list = uses.get(match[1]) ?? [];
        uses.set(match[1], [...list, { attribute: match[2] as DocumentAttribute, ...(kind ? { kind } : {}) }]);
      }
    }
  };
  walk(body, false);
  return (name, policyType, ruleResourceType) => new Set((uses.get(name) ?? [])
    .filter((use) => use.kind === undefined || use.kind === kindOf(policyType, ruleResourceType))
    .map((use) => use.attribute));
}

/** Whether literal sids repeat (the provider rejects that in a document's own statements and across sources). */
function repeatsSid(statements: readonly Statement[]): boolean {
  const sids = statements.map((s) => s.sid).filter((sid) => sid !== '' && sid !== null);
  return new Set(sids).size !== sids.length;
}

/**
 * A data source as the provider renders it (internal/service/iam/policy_document_data_source.go): `source_json`
 * as the start, then each of `source_policy_documents` merged in, then the document's own statements, then each
 * of `override_policy_documents`, then `override_json`. A merge replaces the statement with the same sid in
 * place and appends the others (and those without a sid); Version is the highest, Id the last one given.
 * Sources that are not documents of this file (`unknownSources`) are left out: the document's own statements
 * replace theirs by sid, so those are all there. Undefined when it cannot be rendered: an override that is not a
 * document of this file, a sid a merge would compare that the file computes or that a `dynamic "statement"`
 * gives, sids the provider rejects as repeated, a `dynamic` block without one `content`; with unknown sources,
 * no own statement, or a Version other than 2012-10-17 (a source's could be higher).
 */
function render(source: string, documents: ReadonlyMap<string, HclBlock>, name: string, state: State, seen: ReadonlySet<string>): Rendered | undefined {
  const block = documents.get(name);
  if (!block || seen.has(name)) return undefined;
  const list = parts(block.body, 'statement');
  if (!list) return undefined;
  const own: Statement[] = [];
  for (const part of list) {
    const node = statementNode(source, part, state);
    if (!node) return undefined;
    const sid = attributeOf(part.body, 'sid');
    own.push({ node, body: part.body, sid: sid ? (literalText(sid.value) ?? null) : '', dynamic: part.dynamic });
  }
  const anchor = block.labelRanges[1];
  const versionAttribute = attributeOf(block.body, 'version');
  const version: Rendered['version'] = versionAttribute
    ? { text: literalText(versionAttribute.value), entry: { key: 'Version', keyStart: versionAttribute.nameStart, keyEnd: versionAttribute.nameEnd, value: valueOf(source, versionAttribute.value, state) } }
    : { text: '2012-10-17', entry: { key: 'Version', keyStart: anchor[0], keyEnd: anchor[1], value: synthetic('2012-10-17', anchor) } };
  const idAttribute = attributeOf(block.body, 'policy_id');
  const id: Rendered['id'] = idAttribute
    ? { text: literalText(idAttribute.value), entry: { key: 'Id', keyStart: idAttribute.nameStart, keyEnd: idAttribute.nameEnd, value: valueOf(source, idAttribute.value, state) } }
    : undefined;
  const names = (attribute: string, isList: boolean) => mergedNames(source, attributeOf(block.body, attribute), isList);
  const sourceNames = [names('source_json', false), names('source_policy_documents', true)];
  const overrideNames = [names('override_policy_documents', true), names('override_json', false)];
  if (overrideNames.some((l) => l === undefined)) return undefined;
  const inner = new Set([...seen, name]);
  // A document merged in that holds a `%{…}` directive cannot be read (as one that cannot be rendered), but
  // does not make this one unreadable: an unknown source, or an override that is not read.
  const renderAll = (list: string[]) => list.map((n) => {
    const nested: State = { mistakes: [], directive: false, locals: state.locals };
    const doc = render(source, documents, n, nested, inner);
    if (nested.directive) return undefined;
    state.mistakes.push(...nested.mistakes);
    if (nested.readLocals) state.readLocals = true;
    return doc;
  });
  const [overrides, overrideJson] = (overrideNames as string[][]).map(renderAll);
  // An override with sources the file does not define brings their statements, which replace any by sid.
  if ([...overrides, ...overrideJson].some((d) => d === undefined || d.unknownSources)) return undefined;
  const [sourceJson, sources] = sourceNames.map((l) => (l === undefined ? undefined : renderAll(l)));
  // Merges compare sids: each must be known (a dynamic statement with a sid may be there 0..n times).
  const comparable = (s: Statement) => s.sid !== null && !(s.dynamic && s.sid !== '');
  const hasSources = sourceNames.some((l) => l === undefined || l.length > 0);
  // Unknown sources: one the file does not define (a variable, file(), a module's output), a document that cannot
  // be read, has unknown sources itself or a sid a merge cannot compare; or any source, when an own sid is such.
  const unknownSources = sourceJson === undefined || sources === undefined
    || [...sourceJson, ...sources].some((d) => d === undefined || d.unknownSources || !d.statements.every(comparable))
    || (hasSources && !own.every(comparable));
  const known = unknownSources ? [] : [...sourceJson!, ...sources!];
  const stamp = (statements: Statement[]) => {
    statements.forEach((s, index) => { if (own.includes(s)) s.origin = { name, index }; });
    return statements;
  };
  if (known.length + overrides.length + overrideJson.length === 0 && !unknownSources) {
    return { statements: stamp(own), version, ...(id ? { id } : {}), partial: own.some((s) => s.dynamic), unknownSources: false, merged: [] };
  }
  const others = [...known, ...overrides, ...overrideJson].map((d) => d!.statements);
  // A merge with a document read compares the sids of both: all must be comparable (an override replaces by sid
  // among own and unknown sources' statements alike).
  if ((others.length > 0 && [own, ...others].flat().some((s) => !comparable(s))) || repeatsSid(own)) return undefined;
  // With unknown sources: the own statements are all there is to read (at least one), and the Version is the
  // highest of all only when it is the document's own "2012-10-17".
  if (unknownSources && (own.length === 0 || version.text !== '2012-10-17')) return undefined;

  let statements: Statement[] = [];
  let merged: Pick<Rendered, 'version' | 'id'> = { version: { text: '', entry: version.entry } };
  const mergeIn = (doc: Pick<Rendered, 'statements' | 'version' | 'id'>) => {
    if (doc.id && doc.id.text !== '') merged.id = doc.id;
    if (doc.version.text === undefined || merged.version.text === undefined) merged.version = { text: undefined, entry: version.entry };
    else if (doc.version.text > merged.version.text) merged.version = doc.version;
    for (const statement of doc.statements) {
      const at = statement.sid === '' ? -1 : statements.findIndex((s) => s.sid === statement.sid);
      if (at >= 0) statements[at] = statement;
      else statements.push(statement);
    }
  };
  for (const doc of unknownSources ? [] : sourceJson!) {
    // Read as the start of the merge: taken as it is.
    statements = [...doc!.statements];
    merged = { version: doc!.version, ...(doc!.id ? { id: doc!.id } : {}) };
  }
  for (const doc of unknownSources ? [] : sources!) {
    if (repeatsSid([...statements, ...doc!.statements])) return undefined;
    mergeIn(doc!);
  }
  mergeIn({ statements: own, version, ...(id ? { id } : {}) });
  for (const doc of [...overrides, ...overrideJson]) mergeIn(doc!);
  const mergedDocs = [...(unknownSources ? [] : (sourceNames as string[][]).flat()), ...(overrideNames as string[][]).flat()];
  // A Version the file computes: the document's own entry (its placeholder), as when nothing is merged.
  return { statements: stamp(statements), ...merged, partial: statements.some((s) => s.dynamic), unknownSources, merged: mergedDocs };
}

function declares(body: HclBody, type: string): boolean {
  return body.some((i) => i.kind === 'block' && (i.type === type || (i.type === 'dynamic' && i.labels[0] === type)));
}

/** The policy type of a document no attribute of the file names: by its principals and actions. */
function inferredType(statements: HclBody[]): PolicyType {
  const withPrincipals = statements.filter((body) => declares(body, 'principals') || declares(body, 'not_principals'));
  if (withPrincipals.length === 0) return 'identity';
  const actions = withPrincipals.flatMap((body) => {
    const value = attributeOf(body, 'actions')?.value;
    return value?.kind === 'tuple' ? value.items.map(literalText) : [undefined];
  });
  return actions.length > 0 && actions.every((a) => a !== undefined && TRUST_ACTIONS.test(a)) ? 'trust' : 'resource';
}

/**
 * The document a policy attribute names (`data.aws_iam_policy_document.x.json`, or the same in "${…}"), also one
 * instance of a document with `count` or `for_each` (`data.aws_iam_policy_document.x[0].json`, `x[each.key]`),
 * and through a local that names it (`assume_role_policy = local.trust`, one local or several in a row: locals.ts).
 */
function referencedDocument(source: string, location: TerraformPolicyLocation, locals: Locals | undefined): string | undefined {
  const { expr } = throughLocals(source, location.attribute.value, locals);
  return DOCUMENT_REFERENCE.exec(source.slice(expr.start, expr.end).trim())?.[1];
}

/** Every aws_iam_policy_document data source of a file that can be read, in the order of the file. */
export function policyDocuments(source: string, body: HclBody, locations: readonly TerraformPolicyLocation[], locals?: Locals): PolicyDocumentSource[] {
  const usedBy = new Map<string, TerraformPolicyLocation>();
  for (const location of locations) {
    const name = referencedDocument(source, location, locals);
    if (name && !usedBy.has(name)) usedBy.set(name, location);
  }
  const documents = new Map<string, HclBlock>();
  const isDocument = (block: HclBody[number]): block is HclBlock =>
    block.kind === 'block' && block.type === 'data' && block.labels[0] === 'aws_iam_policy_document' && block.labels.length === 2;
  for (const block of body) if (isDocument(block) && !documents.has(block.labels[1])) documents.set(block.labels[1], block);
  // The documents that name each document in a merge attribute: one no policy attribute of the file uses is a part.
  const consumers = new Map<string, Set<string>>();
  for (const [consumer, block] of documents) {
    for (const [attribute, list] of [['source_json', false], ['source_policy_documents', true], ['override_policy_documents', true], ['override_json', false]] as const) {
      const found = attributeOf(block.body, attribute);
      const items = !found ? [] : list && found.value.kind === 'tuple' ? found.value.items : [found.value];
      for (const item of items) {
        const referenced = DOCUMENT_REFERENCE.exec(source.slice(item.start, item.end).trim())?.[1];
        if (referenced) consumers.set(referenced, (consumers.get(referenced) ?? new Set()).add(consumer));
      }
    }
  }
  const renders = new Map<string, { rendered: Rendered | undefined; state: State }>();
  for (const name of documents.keys()) {
    const state: State = { mistakes: [], directive: false, locals };
    renders.set(name, { rendered: render(source, documents, name, state, new Set()), state });
  }
  const read = (name: string) => {
    const found = renders.get(name);
    return found?.rendered && !found.state.directive ? found.rendered : undefined;
  };
  /** A part (merged in, no policy attribute uses it) that each document naming it merges: linted only there. */
  const isCovered = (name: string): boolean => {
    const users = consumers.get(name);
    return users !== undefined && !usedBy.has(name) && [...users].every((consumer) => read(consumer)?.merged.includes(name));
  };
  // How many linted documents deploy each statement, by the data source that writes it and its index there: one
  // merged into several is needed in each of them.
  const origin = (s: Statement) => (s.origin ? `${s.origin.name}#${s.origin.index}` : undefined);
  const deployments = new Map<string, number>();
  for (const name of documents.keys()) {
    if (isCovered(name)) continue;
    for (const s of read(name)?.statements ?? []) {
      const key = origin(s);
      if (key !== undefined) deployments.set(key, (deployments.get(key) ?? 0) + 1);
    }
  }
  const out: PolicyDocumentSource[] = [];
  for (const block of body) {
    if (!isDocument(block) || documents.get(block.labels[1]) !== block) continue;
    const name = block.labels[1];
    const anchor = block.labelRanges[1];
    const { state } = renders.get(name)!;
    const rendered = read(name);
    if (!rendered) continue;
    const { statements } = rendered;
    const entries: SrcEntry[] = [rendered.version.entry];
    if (rendered.id) entries.push(rendered.id.entry);
    if (statements.length > 0) {
      const first = statements[0].node;
      entries.push({
        key: 'Statement', keyStart: first.start, keyEnd: first.start + source.slice(first.start).search(/[\s{"]|$/),
        value: { kind: 'array', start: first.start, end: statements[statements.length - 1].node.end, json: false, items: statements.map((s) => s.node) },
      });
    }
    const user = usedBy.get(name);
    // Part of another document (its source or override) and of no policy attribute: not the whole policy.
    const users = consumers.get(name);
    const part = users !== undefined && !user;
    // Each document that names it merges it in: its statements are linted there, those that are not replaced.
    const covered = isCovered(name);
    const path = ['data', 'aws_iam_policy_document', name];
    const findingPath = statements.some((s) => s.origin && s.origin.name !== name)
      ? (at: ReadonlyArray<string | number>): Array<string | number> => {
        const [element, index, ...rest] = at;
        const origin = element === 'Statement' && typeof index === 'number' ? statements[index]?.origin : undefined;
        return origin ? ['data', 'aws_iam_policy_document', origin.name, 'Statement', origin.index, ...rest] : [...path, ...at];
      }
      : undefined;
    const message = unnumbered(rendered);
    const shared = statements.flatMap((s, i) => ((deployments.get(origin(s) ?? '') ?? 0) > 1 ? [i] : []));
    out.push({
      name, path, anchor, mistakes: state.mistakes, ...(message ? { message } : {}),
      ...(rendered.unknownSources || part ? { skipRules: SOURCED_POLICY_RULES } : rendered.partial ? { skipRules: WHOLE_POLICY_RULES } : {}),
      ...(findingPath ? { findingPath } : {}),
      ...(shared.length > 0 ? { sharedStatements: new Set(shared) } : {}),
      ...(covered ? { covered } : {}),
      ...(state.readLocals ? { readsLocals: true } : {}),
      node: { kind: 'object', start: block.start, end: block.end, json: false, entries },
      policyType: user?.policyType ?? inferredType(statements.map((s) => s.body)),
      ...(user?.ruleResourceType ? { ruleResourceType: user.ruleResourceType } : {}),
    });
  }
  return out;
}
