/**
 * `data "aws_iam_policy_document"` blocks as the policy JSON the AWS provider renders from them, as a source tree
 * (`SrcNode`) whose tokens map to the block's own: `statement` blocks → Statement, `sid`, `effect` (default
 * Allow), `actions`, `not_actions`, `resources`, `not_resources` → Sid, Effect, Action, NotAction, Resource,
 * NotResource; `principals` / `not_principals` blocks → Principal / NotPrincipal by `type` (type "*" → "*");
 * `condition` blocks → Condition by `test` and `variable`; `version` (default 2012-10-17), `policy_id` → Version,
 * Id. The provider's `&{…}` escape is read as `${…}`.
 *
 * Not read: a document whose statements come from elsewhere (`source_policy_documents`,
 * `override_policy_documents`, `source_json`, `override_json`, unless `[]` or `null`) or from `dynamic`
 * blocks: its statements here are not the whole policy.
 *
 * Its policy type: that of the resource attribute in the same file that uses it
 * (`assume_role_policy = data.aws_iam_policy_document.x.json` → trust), else inferred: no principals →
 * identity; principals with only sts:AssumeRole… actions → trust; other principals → resource.
 */
import type { SubVariable } from '../cloudformation/embed.js';
import type { SrcEntry, SrcNode } from '../cloudformation/source.js';
import type { PolicyType } from '../engine/types.js';
import { computedKey, toSrcNode, type State } from './embed.js';
import type { TerraformPolicyLocation } from './locations.js';
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
}

const MERGED = ['source_policy_documents', 'override_policy_documents', 'source_json', 'override_json'];
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

function principalNode(source: string, list: HclBlock[], state: State): SrcNode | undefined {
  const byType = new Map<string, Omit<SrcEntry, 'key' | 'value'> & { values: SrcNode[] }>();
  for (const block of list) {
    const type = attributeOf(block.body, 'type');
    const identifiers = attributeOf(block.body, 'identifiers');
    if (!type || !identifiers) continue;
    const { key: name, ...computed } = keyOf(source, type.value, state);
    const value = valueOf(source, identifiers.value, state);
    // `type = "*"` (identifiers ["*"]): the provider writes "Principal": "*".
    if (name === '*') return { ...synthetic('*', [identifiers.value.start, identifiers.value.end]) };
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

function conditionNode(source: string, list: HclBlock[], state: State): SrcNode | undefined {
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

function statementNode(source: string, block: HclBlock, state: State): SrcNode {
  const entries: SrcEntry[] = [];
  const typeRange: [number, number] = [block.start, block.start + block.type.length];
  const add = (key: string, name: string, fallback?: SrcNode) => {
    const found = attributeOf(block.body, name);
    if (found) entries.push({ key, keyStart: found.nameStart, keyEnd: found.nameEnd, value: valueOf(source, found.value, state) });
    else if (fallback) entries.push({ key, keyStart: typeRange[0], keyEnd: typeRange[1], value: fallback });
  };
  add('Sid', 'sid');
  add('Effect', 'effect', synthetic('Allow', typeRange));
  add('Action', 'actions');
  add('NotAction', 'not_actions');
  add('Resource', 'resources');
  add('NotResource', 'not_resources');
  for (const [key, type] of [['Principal', 'principals'], ['NotPrincipal', 'not_principals']] as const) {
    const list = blocks(block.body, type);
    const node = list.length > 0 ? principalNode(source, list, state) : undefined;
    if (node) entries.push({ key, keyStart: list[0].start, keyEnd: list[0].start + type.length, value: node });
  }
  const conditions = blocks(block.body, 'condition');
  const condition = conditions.length > 0 ? conditionNode(source, conditions, state) : undefined;
  if (condition) entries.push({ key: 'Condition', keyStart: conditions[0].start, keyEnd: conditions[0].start + 'condition'.length, value: condition });
  return { kind: 'object', start: block.start, end: block.end, json: false, entries };
}

/** Whether `source_policy_documents` and the like bring statements: not when absent, `[]` or `null`. */
function merges(found: HclAttribute | undefined): boolean {
  const value = found?.value;
  return value !== undefined && value.kind !== 'null' && !(value.kind === 'tuple' && value.items.length === 0);
}

function hasDynamic(body: HclBody): boolean {
  return body.some((item) => item.kind === 'block' && (item.type === 'dynamic' || hasDynamic(item.body)));
}

/** The policy type of a document no attribute of the file names: by its principals and actions. */
function inferredType(statements: HclBlock[]): PolicyType {
  const withPrincipals = statements.filter((s) => s.body.some((i) => i.kind === 'block' && (i.type === 'principals' || i.type === 'not_principals')));
  if (withPrincipals.length === 0) return 'identity';
  const actions = withPrincipals.flatMap((s) => {
    const value = attributeOf(s.body, 'actions')?.value;
    return value?.kind === 'tuple' ? value.items.map(literalText) : [undefined];
  });
  return actions.length > 0 && actions.every((a) => a !== undefined && TRUST_ACTIONS.test(a)) ? 'trust' : 'resource';
}

/**
 * The document a policy attribute names (`data.aws_iam_policy_document.x.json`, or the same in "${…}"), also one
 * instance of a document with `count` or `for_each` (`data.aws_iam_policy_document.x[0].json`, `x[each.key]`).
 */
function referencedDocument(source: string, location: TerraformPolicyLocation): string | undefined {
  const { value } = location.attribute;
  const text = source.slice(value.start, value.end);
  return /^"?(?:\$\{)?\s*data\.aws_iam_policy_document\.([\w-]+)(?:\[[^\]]*\])?\.(?:minified_)?json\s*\}?"?$/.exec(text.trim())?.[1];
}

/** Every aws_iam_policy_document data source of a file that can be read, in the order of the file. */
export function policyDocuments(source: string, body: HclBody, locations: readonly TerraformPolicyLocation[]): PolicyDocumentSource[] {
  const usedBy = new Map<string, TerraformPolicyLocation>();
  for (const location of locations) {
    const name = referencedDocument(source, location);
    if (name && !usedBy.has(name)) usedBy.set(name, location);
  }
  const out: PolicyDocumentSource[] = [];
  for (const block of body) {
    if (block.kind !== 'block' || block.type !== 'data' || block.labels[0] !== 'aws_iam_policy_document' || block.labels.length !== 2) continue;
    if (hasDynamic(block.body) || MERGED.some((name) => merges(attributeOf(block.body, name)))) continue;
    const name = block.labels[1];
    const anchor = block.labelRanges[1];
    const state: State = { mistakes: [], directive: false };
    const statements = blocks(block.body, 'statement');
    const entries: SrcEntry[] = [];
    const version = attributeOf(block.body, 'version');
    entries.push(version
      ? { key: 'Version', keyStart: version.nameStart, keyEnd: version.nameEnd, value: valueOf(source, version.value, state) }
      : { key: 'Version', keyStart: anchor[0], keyEnd: anchor[1], value: synthetic('2012-10-17', anchor) });
    const id = attributeOf(block.body, 'policy_id');
    if (id) entries.push({ key: 'Id', keyStart: id.nameStart, keyEnd: id.nameEnd, value: valueOf(source, id.value, state) });
    if (statements.length > 0) {
      entries.push({
        key: 'Statement', keyStart: statements[0].start, keyEnd: statements[0].start + 'statement'.length,
        value: { kind: 'array', start: statements[0].start, end: statements[statements.length - 1].end, json: false, items: statements.map((s) => statementNode(source, s, state)) },
      });
    }
    if (state.directive) continue;
    const user = usedBy.get(name);
    out.push({
      name, path: ['data', 'aws_iam_policy_document', name], anchor, mistakes: state.mistakes,
      node: { kind: 'object', start: block.start, end: block.end, json: false, entries },
      policyType: user?.policyType ?? inferredType(statements),
      ...(user?.ruleResourceType ? { ruleResourceType: user.ruleResourceType } : {}),
    });
  }
  return out;
}
