import { defineRule } from '../../src/engine/rule.js';
import { denormalizePath, isObject, statementMatches, type NormalizedPolicy, type NormalizedStatement } from '../../src/engine/normalize.js';
import { canonicalJson } from '../../src/engine/canonical.js';
import { arnPatternEntry, entryCovers, globCovers, type ArnPatternEntry } from '../../src/arn/pattern.js';

/** The elements this rule understands; a statement with any other is left alone. */
const ELEMENTS = new Set(['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Principal', 'NotPrincipal', 'Condition']);

/**
 * A template placeholder (`${Ref::Bucket}`, `${Fn::Select}`, `${TF::var.arn}`, see src/cloudformation/embed.ts):
 * two equal placeholders need not stand for equal values (two different Fn::Select calls; Terraform's are cut
 * to 60 characters), so an entry with one is never compared.
 */
const PLACEHOLDER = /\$\{[^}]*::/;
const unknownText = (value: unknown): boolean => typeof value !== 'string' || (value.includes('${') && PLACEHOLDER.test(value));

/** One statement, read once for comparing with the others that may cover it; undefined elements are absent. */
export interface Shape {
  index: number;
  sid: string | undefined;
  effect: 'Allow' | 'Deny';
  /** `Action` entries lower-cased (actions are case-insensitive). */
  actions?: string[];
  /** Of those, the entries without wildcards or variables, which cover only themselves. */
  exactActions?: string[];
  /** hasExactAction's memo, for a long list. */
  exactActionSet?: Set<string>;
  /** And the patterns with wildcards, compared as globs. */
  actionPatterns?: string[];
  /** The services (serviceOf) of those two lists: coverIndex files the statement under each. */
  services?: Set<string>;
  /** `NotAction` as a sorted set of lower-cased entries, compared whole. */
  notActions?: string;
  /** `Resource` entries as written; resourcesOf parses them. */
  resources?: string[];
  /** resourcesOf's memo. */
  resourceMemo?: Array<ArnPatternEntry | 'unknown'>;
  notResources?: string;
  /** `"*"`, or type → set of values. */
  principal?: '*' | Map<string, Set<string>>;
  notPrincipal?: string;
  /** The Condition block as written; its canonical text is conditionOf's. */
  conditionBlock?: unknown;
  /** conditionOf's memo: the text, or null when the block cannot be compared. */
  conditionMemo?: string | null;
}

/**
 * The canonical text of a shape's Condition block (undefined without one; null when it cannot be compared, which
 * leaves the statement out of every comparison), made only for pairs that agree on everything else: most never do.
 */
function conditionOf(shape: Shape): string | null | undefined {
  if (shape.conditionBlock === undefined) return undefined;
  shape.conditionMemo ??= conditionText(shape.conditionBlock) ?? null;
  return shape.conditionMemo;
}

/**
 * A shape's Resource entries parsed for comparing (undefined without them), made only for pairs that agree on
 * their actions: most never do. A computed resource may be anything: it stays, as an entry only "*" covers
 * (`unknown`).
 */
function resourcesOf(shape: Shape): Array<ArnPatternEntry | 'unknown'> | undefined {
  if (!shape.resources) return undefined;
  shape.resourceMemo ??= shape.resources.map((r) => (PLACEHOLDER.test(r) ? 'unknown' : arnPatternEntry(r)));
  return shape.resourceMemo;
}

const setText = (values: readonly string[]): string => JSON.stringify([...new Set(values)].sort());

/**
 * A statement's shape, or undefined when any part of it cannot be compared safely (then it is left alone).
 * shapeOf, covers and kept are exported for the test that compares the findings with every pair's.
 */
export function shapeOf(statement: NormalizedStatement, index: number): Shape | undefined {
  for (const key of Object.keys(statement)) if (!ELEMENTS.has(key)) return undefined;
  const { Effect, Sid } = statement;
  if (Effect !== 'Allow' && Effect !== 'Deny') return undefined;
  const shape: Shape = { index, sid: typeof Sid === 'string' && Sid !== '' ? Sid : undefined, effect: Effect };
  // Exactly one of each pair, as a non-empty list of known strings (empty lists are empty-statement-element's).
  const list = (value: unknown): string[] | undefined =>
    Array.isArray(value) && value.length > 0 && !value.some(unknownText) ? (value as string[]) : undefined;
  if ((statement.Action === undefined) === (statement.NotAction === undefined)) return undefined;
  if (statement.Action !== undefined) {
    const actions = list(statement.Action);
    if (!actions) return undefined;
    shape.actions = [];
    shape.exactActions = [];
    shape.actionPatterns = [];
    shape.services = new Set();
    let service: string | undefined;
    for (const action of actions) {
      const a = action.toLowerCase();
      shape.actions.push(a);
      // A plain entry covers only itself (globCovers); one with a variable covers nothing (not compared).
      if (a.includes('${')) continue;
      if (a.includes('*') || a.includes('?')) shape.actionPatterns.push(a);
      else shape.exactActions.push(a);
      // Entries of one service mostly come together, and one that begins with the last service has it.
      if (service === undefined || !a.startsWith(service)) shape.services.add((service = serviceOf(a)));
    }
  } else {
    const notActions = list(statement.NotAction);
    if (!notActions) return undefined;
    shape.notActions = setText(notActions.map((a) => a.toLowerCase()));
  }
  if (statement.Resource !== undefined && statement.NotResource !== undefined) return undefined;
  if (statement.Resource !== undefined) {
    const resources = statement.Resource;
    if (!Array.isArray(resources) || resources.length === 0 || resources.some((r) => typeof r !== 'string')) return undefined;
    shape.resources = resources as string[];
  } else if (statement.NotResource !== undefined) {
    const notResources = list(statement.NotResource);
    if (!notResources) return undefined;
    shape.notResources = setText(notResources);
  }
  if (statement.Principal !== undefined && statement.NotPrincipal !== undefined) return undefined;
  if (statement.Principal !== undefined) {
    const principal = principalSets(statement.Principal);
    if (!principal) return undefined;
    shape.principal = principal;
  } else if (statement.NotPrincipal !== undefined) {
    const notPrincipal = principalSets(statement.NotPrincipal);
    if (!notPrincipal) return undefined;
    shape.notPrincipal = notPrincipal === '*' ? '*' : JSON.stringify([...notPrincipal].map(([type, values]) => [type, [...values].sort()]).sort());
  }
  if (statement.Condition !== undefined) shape.conditionBlock = statement.Condition;
  return shape;
}

/** `"*"`, or each principal type's set of values; undefined when malformed, empty or computed. */
function principalSets(value: unknown): Shape['principal'] {
  if (value === '*') return '*';
  if (!isObject(value)) return undefined;
  const out = new Map<string, Set<string>>();
  for (const type of Object.keys(value)) {
    const values = value[type];
    if (unknownText(type) || !Array.isArray(values) || values.length === 0 || values.some(unknownText)) return undefined;
    out.set(type, new Set(values as string[]));
  }
  return out.size > 0 ? out : undefined;
}

/**
 * The Condition block as text that is the same for the same conditions: operators as written (IAM rejects
 * operator names in another case), key names lower-cased (they are not case-sensitive), each key's values
 * as a sorted set (values keep their case and JSON type). Undefined when anything is malformed or computed.
 */
function conditionText(condition: unknown): string | undefined {
  if (!isObject(condition)) return undefined;
  const operators: Array<[string, Array<[string, string[]]>]> = [];
  for (const operator of Object.keys(condition)) {
    const block = condition[operator];
    if (unknownText(operator) || !isObject(block)) return undefined;
    const keys = new Map<string, string[]>();
    for (const key of Object.keys(block)) {
      const values = block[key];
      const lower = key.toLowerCase();
      // Two spellings of one key in a block: leave it to the rules about duplicate keys.
      if (unknownText(key) || keys.has(lower) || !Array.isArray(values) || values.length === 0) return undefined;
      if (values.some((v) => v === null || typeof v === 'object' || (typeof v === 'string' && PLACEHOLDER.test(v)))) return undefined;
      keys.set(lower, [...new Set(values.map((v) => JSON.stringify(v)))].sort());
    }
    if (keys.size === 0) return undefined;
    operators.push([operator, [...keys].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))]);
  }
  if (operators.length === 0) return undefined;
  return JSON.stringify(operators.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * An action entry's service with its colon (`s3:`), or `*` when the service has a wildcard (or there is no
 * colon). A pattern covers only entries that begin with its literal text before its first wildcard (globCovers),
 * so an entry is covered only by one of its service or one whose service is `*`.
 */
function serviceOf(action: string): string {
  const colon = action.indexOf(':');
  if (colon < 0) return '*';
  const service = action.slice(0, colon + 1);
  return service.includes('*') || service.includes('?') ? '*' : service;
}

/**
 * The statements filed under one key of coverIndex; a large bucket is filed again by what their Resource entries
 * cover (resourceIndex), when first asked.
 */
interface Bucket {
  shapes: Shape[];
  byResource?: Map<string, Shape[]>;
}

type CoverIndex = Record<Shape['effect'], Map<string, Bucket>>;

/**
 * The statements that may cover others, filed by what they must share with a statement they cover: the Effect
 * and, with Action, each entry's service; with NotAction, the same list. Most pairs then are never compared
 * (comparing every pair made this the costliest rule on the AWS managed policies).
 */
function coverIndex(shapes: ReadonlyArray<Shape | undefined>): CoverIndex {
  const index: CoverIndex = { Allow: new Map(), Deny: new Map() };
  for (const t of shapes) {
    if (!t) continue;
    const byKey = index[t.effect];
    for (const key of t.services ?? [`!${t.notActions}`]) {
      const bucket = byKey.get(key);
      if (bucket) bucket.shapes.push(t);
      else byKey.set(key, { shapes: [t] });
    }
  }
  return index;
}

/**
 * Above this many statements, a bucket is searched through resourceIndex rather than whole: comparing each
 * statement with every other of its service took seconds on a policy of 4,000 statements of one service,
 * while indexing costs more than it saves on the short buckets of most policies.
 */
const LARGE_BUCKET = 32;

/**
 * A bucket's statements filed by what their Resource entries cover (entryCovers): `*` everything; a pattern only
 * entries whose resource part begins with its literal text before the first wildcard (`^` that text), itself
 * among them; another entry only the same text (`=`); an entry with a computed part nothing. Without Resource,
 * by their NotResource list (`!`), which a statement they cover has too.
 */
function resourceIndex(shapes: readonly Shape[]): Map<string, Shape[]> {
  const byResource = new Map<string, Shape[]>();
  for (const t of shapes) {
    const keys = t.resources
      ? resourcesOf(t)!.map((q) => (q === 'unknown' ? undefined : q.text === '*' ? '*' : q.resourceEnds ? `^${q.resourceEnds[0]}` : `=${q.text}`))
      : [`!${t.notResources ?? ''}`];
    for (const key of new Set(keys)) {
      if (key === undefined) continue;
      const list = byResource.get(key);
      if (list) list.push(t);
      else byResource.set(key, [t]);
    }
  }
  return byResource;
}

/** The keys of resourceIndex under which a statement that covers `s` is filed: those that cover its first Resource entry. */
function coveringKeys(s: Shape): string[] {
  if (!s.resources) return [`!${s.notResources ?? ''}`];
  const first = resourcesOf(s)![0];
  if (first === 'unknown') return ['*'];
  const keys = ['*', `=${first.text}`];
  // Every beginning of its resource part, as the literal start of a pattern that may cover it.
  const resource = first.specific?.resource.value;
  if (resource !== undefined) for (let i = 0; i <= resource.length; i++) keys.push(`^${resource.slice(0, i)}`);
  return keys;
}

const inOrder = (shapes: readonly Shape[]): Shape[] => [...new Set(shapes)].sort((a, b) => a.index - b.index);

/** The statements of a bucket that may cover `s`, in the policy's order: all of a short one. */
function inBucket(bucket: Bucket | undefined, s: Shape): Shape[] {
  if (!bucket) return [];
  if (bucket.shapes.length <= LARGE_BUCKET) return bucket.shapes;
  bucket.byResource ??= resourceIndex(bucket.shapes);
  return inOrder(coveringKeys(s).flatMap((key) => bucket.byResource!.get(key) ?? []));
}

/** The statements that may cover `s`, in the policy's order (the first that stays is the one named). */
function candidates(index: CoverIndex, s: Shape): Shape[] {
  const byKey = index[s.effect];
  if (!s.actions) return inBucket(byKey.get(`!${s.notActions}`), s);
  // A covering statement covers s's first entry too: with an entry of its service, or one whose service is `*`.
  const service = serviceOf(s.actions[0]);
  const own = inBucket(byKey.get(service), s);
  const wild = service === '*' ? [] : inBucket(byKey.get('*'), s);
  if (wild.length === 0) return own;
  return inOrder([...own, ...wild]);
}

/**
 * Of two statements that cover each other, whether `t` is the one that stays: the one with a Sid when only one
 * has it (its name may be shown or referred to elsewhere), or else the earlier.
 */
export function kept(t: Shape, s: Shape): boolean {
  if ((t.sid === undefined) !== (s.sid === undefined)) return t.sid !== undefined;
  return t.index < s.index;
}

/** Whether `t` has the plain action entry `a`: a short list is searched, a long one made a set once. */
function hasExactAction(t: Shape, a: string): boolean {
  if (t.exactActions!.length <= 16) return t.exactActions!.includes(a);
  t.exactActionSet ??= new Set(t.exactActions);
  return t.exactActionSet.has(a);
}

/** Whether statement `t` allows (or denies) everything `s` does, so that `s` adds nothing. */
export function covers(t: Shape, s: Shape): boolean {
  if (t.effect !== s.effect) return false;
  if (s.actions) {
    if (!t.actions) return false;
    // Action names compare case-insensitively: both sides are lower-cased, then compared as globs.
    const { actionPatterns } = t;
    if (!s.actions.every((a) => hasExactAction(t, a) || actionPatterns!.some((b) => globCovers(b, a)))) return false;
  } else if (s.notActions !== t.notActions) return false;
  if (s.resources) {
    if (!t.resources) return false;
    const tResources = resourcesOf(t)!;
    const covered = (r: ArnPatternEntry | 'unknown') => tResources.some((q) => q !== 'unknown' && (r === 'unknown' ? q.text === '*' : entryCovers(q, r)));
    if (!resourcesOf(s)!.every(covered)) return false;
  } else if (s.notResources !== t.notResources || t.resources) return false;
  if (s.principal) {
    if (!t.principal) return false;
    if (t.principal !== '*') {
      if (s.principal === '*') return false;
      for (const [type, values] of s.principal) {
        const others = t.principal.get(type);
        if (!others) return false;
        for (const value of values) if (!others.has(value)) return false;
      }
    }
  } else if (s.notPrincipal !== t.notPrincipal || t.principal) return false;
  // Last, as it is the dearest: an unconditioned statement covers a conditioned one; otherwise the conditions
  // must be the same. A block that cannot be compared (null) leaves both statements alone.
  const sCondition = conditionOf(s);
  const tCondition = conditionOf(t);
  if (sCondition === null || tCondition === null) return false;
  return tCondition === undefined || tCondition === sCondition;
}

export default defineRule({
  id: 'redundant-statement',
  meta: {
    category: 'style',
    severity: 'warn',
    recommended: true,
    fixable: 'suggestion',
    issueCode: 'REDUNDANT_STATEMENT',
    // It weighs other statements' actions and conditions: with any of them computed, it says nothing.
    unknownCondition: { policy: ['redundant'] },
    unknownActions: { policy: ['redundant'] },
    docs: { description: 'No statement is wholly covered by another statement of the same policy, with the same Effect, so that removing it would change nothing.' },
    messages: {
      redundant: 'This statement is redundant: {{by}} already {{verb}} everything it {{verb}}{{conditions}}; remove it.',
      remove: 'Remove this statement.',
    },
  },
  given: '$',
  check({ value }, context) {
    const statements = statementMatches(value as NormalizedPolicy);
    if (statements.length < 2) return;
    const shapes = statements.map(({ value: statement, path }) => shapeOf(statement as NormalizedStatement, path[1] as number));
    // The statements each one is covered by. Of two that cover each other (the same statement twice), only
    // one is redundant: the other stays (kept).
    const index = coverIndex(shapes);
    const coveredBy = shapes.map((s) => {
      if (!s) return [];
      return candidates(index, s).filter((t) => t !== s && covers(t, s) && (kept(t, s) || !covers(s, t)));
    });
    const redundant = new Set(shapes.filter((s, i) => s && coveredBy[i].length > 0).map((s) => s!.index));
    statements.forEach(({ value: statement, path }, i) => {
      const s = shapes[i];
      if (!s || coveredBy[i].length === 0) return;
      // Name a statement that stays, when one does.
      const t = coveredBy[i].find((c) => !redundant.has(c.index)) ?? coveredBy[i][0];
      // Where it is, as sid-unique names an earlier statement: the reader goes to it.
      const covering = statements[shapes.indexOf(t)];
      const line = context.document.locate(denormalizePath(context.document.value, covering.path))?.range.line;
      const where = [t.sid !== undefined ? `Sid "${t.sid}"` : undefined, line !== undefined ? `line ${line}` : undefined].filter(Boolean);
      const by = where.length > 0 ? `Statement ${t.index} (${where.join(', ')})` : `Statement ${t.index}`;
      const data = {
        by,
        verb: s.effect === 'Allow' ? 'allows' : 'denies',
        conditions: t.conditionBlock !== undefined ? ', under the same conditions' : s.conditionBlock !== undefined ? ', with no conditions' : '',
      };
      const sidPath = [...path, 'Sid'];
      // The same statement twice under one Sid: sid-unique reports that copy and removes it.
      const copy = s.sid !== undefined && t.sid === s.sid && canonicalJson(statement) === canonicalJson(covering.value);
      context.report({
        messageId: 'redundant',
        // At the Sid, or else at the Effect key: a statement's whole range is its `{` alone in a YAML template.
        ...((statement as NormalizedStatement).Sid !== undefined ? { path: sidPath } : { path: [...path, 'Effect'], target: 'key' as const }),
        data,
        deferTo: copy ? { rules: ['sid-unique'], paths: [sidPath] } : undefined,
        suggest: [{ messageId: 'remove', fix: (fixer) => fixer.removeElement(path) }],
      });
    });
  },
});
