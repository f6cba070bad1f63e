/**
 * One embedded policy as a JSON text the rules can lint, and the map from that text back to the template.
 *
 * From a JSON template, literal policy text is copied byte for byte (so positions map by a shift and a fix
 * edits the template exactly); from YAML, or where an intrinsic function stands, JSON is written, each token
 * mapped to its source token (and each character of a string to its source character where the source holds
 * them one by one). Intrinsic functions become values the rules can read:
 *   - `Ref` to a pseudo parameter or a resource, `Fn::GetAtt` → `${AWS::AccountId}`, `${Ref::Bucket}`,
 *     `${GetAtt::Role.Arn}` (placeholders: ARN rules read `${…}` as a variable part, and the variable rules
 *     read a name with `::` as a template placeholder, not an IAM policy variable);
 *   - `Fn::Sub` → its string, `${Param}` as the placeholder `${Ref::Param}` (a variable of the Sub's own map
 *     as the map's value when that is a string), `${!Literal}` → `${Literal}`;
 *   - `Fn::Join` → the parts joined (a part that is a function is a placeholder);
 *   - `Fn::If` → its first branch that is not `AWS::NoValue` (the other one when the If is in the embedding's
 *     `flip` set: see `policyVariants`); `AWS::NoValue` removes the entry;
 *   - any other function → `${Fn::Name}`.
 * Findings on a placeholder's characters are dropped: the template does not say what they will be.
 */
import { findNodeAtLocation, parseTree, type ParseError } from 'jsonc-parser';
import type { SentLayout } from '../engine/document.js';
import { jsonStringMap } from '../engine/linter.js';
import { entryOf, type SrcNode } from './source.js';

/** An unescaped IAM variable in an Fn::Sub string (`${aws:username}`): CloudFormation fails to resolve it. */
export interface SubVariable {
  text: string;
  name: string;
  start: number;
  end: number;
}

interface CopySeg {
  kind: 'copy';
  synStart: number;
  synEnd: number;
  srcStart: number;
  /** Inside an intrinsic function (an Fn::If branch): mapped, but never fixed. */
  fixable: boolean;
}

interface TokenSeg {
  kind: 'token';
  synStart: number;
  synEnd: number;
  srcStart: number;
  srcEnd: number;
  /** A JSON string token in the synthetic text (else: raw text, such as a whole policy given as a string). */
  quoted: boolean;
  /** The decoded value's characters: source offsets (-1 where unknown), length + 1 entries. */
  map?: number[];
  /** For quoted tokens: synthetic offset of each decoded character (length + 1 entries). */
  enc?: number[];
}

type Seg = CopySeg | TokenSeg;

export interface EmbeddedText {
  text: string;
  segs: Seg[];
  /** Synthetic ranges whose characters stand for something the template leaves open. */
  placeholders: Array<[number, number]>;
  subVariables: SubVariable[];
  /** Whether any part was written rather than copied (YAML, intrinsics, strings). */
  generated: boolean;
  /**
   * Synthetic ranges of text no property of the file holds (the keys and values a permission resource's
   * statement is written with: see permission.ts): a finding inside one is dropped.
   */
  synthetic?: Array<[number, number]>;
  /**
   * What the deploying tool sends, when it is not `text` as written: `texts` absent means `text` (a JSON object
   * of a template, `serialized`); Terraform's reader sets the texts it knows (see SentText).
   */
  sent?: { layout: Exclude<SentLayout, 'written'>; texts?: string[] };
}

export type Resolved =
  | { kind: 'node'; node: SrcNode; inIntrinsic: boolean }
  | { kind: 'string'; value: string; map: number[]; placeholders: Array<[number, number]>; start: number; end: number }
  | { kind: 'novalue' };

/**
 * The placeholder of a reference: pseudo parameters as they are (`${AWS::AccountId}`), others with a `::`
 * (`${Ref::Bucket}`, `${Ref::Role.Arn}` for a Sub's `${Role.Arn}`), which the variable rules read as a
 * template placeholder, not as an IAM policy variable, and the ARN rules as a variable part.
 */
function placeholder(name: string): string {
  return name.includes('::') ? `\${${name}}` : `\${Ref::${name}}`;
}

/** The intrinsic function a node is, if any: its name and argument. */
export function intrinsicOf(node: SrcNode): { name: string; arg: SrcNode } | undefined {
  if (node.tag) return { name: node.tag, arg: { ...node, tag: undefined } };
  if (node.kind !== 'object' || node.entries!.length !== 1) return undefined;
  const [entry] = node.entries!;
  if (entry.key.startsWith('Fn::')) return { name: entry.key, arg: entry.value };
  if ((entry.key === 'Ref' || entry.key === 'Condition') && entry.value.kind === 'string') return { name: entry.key, arg: entry.value };
  return undefined;
}

function placeholderString(text: string, node: SrcNode): Resolved {
  return { kind: 'string', value: text, map: new Array(text.length + 1).fill(-1), placeholders: [[0, text.length]], start: node.start, end: node.end };
}

export function stringOf(node: SrcNode): Resolved {
  const value = String(node.value);
  const map = node.kind === 'string' && node.charMap ? node.charMap : new Array(value.length + 1).fill(-1);
  return { kind: 'string', value, map, placeholders: node.placeholders ?? [], start: node.start, end: node.end };
}

/**
 * The Fn::If nodes that take their other branch (not their first usable one) in one embedding of a policy:
 * identified by node, so that resolving a node twice (as the walk does) reads it the same way.
 */
export type BranchFlip = ReadonlySet<SrcNode>;

/** What a node stands for once intrinsic functions are read. */
export function resolveNode(node: SrcNode, subVariables: SubVariable[], inIntrinsic = false, flip?: BranchFlip): Resolved {
  const fn = intrinsicOf(node);
  if (!fn) return { kind: 'node', node, inIntrinsic };
  const { name, arg } = fn;
  switch (name) {
    case 'Ref':
      if (arg.kind !== 'string') return placeholderString('${Ref}', node);
      if (arg.value === 'AWS::NoValue') return { kind: 'novalue' };
      return placeholderString(placeholder(String(arg.value)), node);
    case 'Fn::GetAtt': {
      const parts = arg.kind === 'string' ? String(arg.value).split('.') : arg.kind === 'array' ? arg.items!.map((i) => i.kind === 'string' ? String(i.value) : 'Attribute') : ['GetAtt'];
      return placeholderString(`\${GetAtt::${parts.join('.')}}`, node);
    }
    case 'Fn::If': {
      const usable = usableBranch(node);
      if (usable === undefined) return placeholderString('${Fn::If}', node);
      if (usable === 0) return { kind: 'novalue' };
      const taken = flip?.has(node) ? 3 - usable : usable;
      return resolveNode(arg.items![taken], subVariables, true, flip);
    }
    case 'Fn::Sub': {
      const template = arg.kind === 'array' ? arg.items![0] : arg;
      const names = new Map(arg.kind === 'array' && arg.items![1]?.kind === 'object' ? arg.items![1].entries!.map((e) => [e.key, e.value]) : []);
      if (!template || template.kind !== 'string') return placeholderString('${Fn::Sub}', node);
      return resolveSub(template, names, subVariables, flip);
    }
    case 'Fn::Join': {
      if (arg.kind !== 'array' || arg.items!.length !== 2 || arg.items![0].kind !== 'string' || arg.items![1].kind !== 'array' || intrinsicOf(arg.items![1])) {
        return placeholderString('${Fn::Join}', node);
      }
      const delimiter = stringOf(arg.items![0]) as Extract<Resolved, { kind: 'string' }>;
      const parts: Array<Extract<Resolved, { kind: 'string' }>> = [];
      for (const item of arg.items![1].items!) {
        const resolved = resolveNode(item, subVariables, true, flip);
        if (resolved.kind === 'novalue') continue;
        if (resolved.kind === 'string') parts.push(resolved);
        else if (resolved.node.kind === 'string' || resolved.node.kind === 'number' || resolved.node.kind === 'boolean') parts.push(stringOf(resolved.node) as Extract<Resolved, { kind: 'string' }>);
        else return placeholderString('${Fn::Join}', node);
      }
      let value = '';
      const map: number[] = [];
      const placeholders: Array<[number, number]> = [];
      parts.forEach((part, i) => {
        if (i > 0) {
          value += delimiter.value;
          map.push(...delimiter.map.slice(0, -1));
        }
        for (const [s, e] of part.placeholders) placeholders.push([value.length + s, value.length + e]);
        value += part.value;
        map.push(...part.map.slice(0, -1));
      });
      map.push(-1);
      return { kind: 'string', value, map, placeholders, start: node.start, end: node.end };
    }
    default:
      return placeholderString(`\${${name}}`, node);
  }
}

/** The string of an Fn::Sub: `${!X}` → `${X}`, `${Param}` kept as a placeholder, `${aws:…}` noted as a mistake. */
function resolveSub(template: SrcNode, names: Map<string, SrcNode>, subVariables: SubVariable[], flip?: BranchFlip): Resolved {
  const source = String(template.value);
  const charMap = template.charMap;
  const at = (i: number) => charMap?.[i] ?? -1;
  let value = '';
  const map: number[] = [];
  const placeholders: Array<[number, number]> = [];
  let i = 0;
  while (i < source.length) {
    const open = source.indexOf('${', i);
    const stop = open < 0 ? source.length : open;
    for (let k = i; k < stop; k++) {
      value += source[k];
      map.push(at(k));
    }
    if (open < 0) break;
    const close = source.indexOf('}', open + 2);
    if (close < 0) {
      for (let k = open; k < source.length; k++) {
        value += source[k];
        map.push(at(k));
      }
      break;
    }
    // A placeholder the file's own syntax fills in before CloudFormation reads the Sub (a Serverless variable): kept as one.
    const filled = template.placeholders?.find(([s]) => s === open);
    if (filled) {
      placeholders.push([value.length, value.length + filled[1] - filled[0]]);
      for (let k = filled[0]; k < filled[1]; k++) {
        value += source[k];
        map.push(at(k));
      }
      i = filled[1];
      continue;
    }
    const inner = source.slice(open + 2, close);
    if (inner.startsWith('!')) {
      // `${!Literal}`: CloudFormation writes `${Literal}`.
      value += '${';
      map.push(at(open), at(open + 1));
      for (let k = open + 3; k <= close; k++) {
        value += source[k];
        map.push(at(k));
      }
    } else {
      const isReference = names.has(inner) || inner.includes('::') || /^[A-Za-z0-9]+(?:\.[A-Za-z0-9]+)*$/.test(inner);
      const given = names.get(inner);
      const substituted = given && resolveNode(given, subVariables, true, flip);
      if (substituted && (substituted.kind === 'string' || substituted.kind === 'node' && substituted.node.kind === 'string')) {
        // A variable of the Sub's own map with a value the template gives: that value, mapped to where it is written.
        const part = substituted.kind === 'string' ? substituted : stringOf(substituted.node) as Extract<Resolved, { kind: 'string' }>;
        for (const [s, e] of part.placeholders) placeholders.push([value.length + s, value.length + e]);
        value += part.value;
        map.push(...part.map.slice(0, -1));
      } else if (isReference) {
        const text = placeholder(inner);
        placeholders.push([value.length, value.length + text.length]);
        value += text;
        for (let k = 0; k < text.length; k++) map.push(-1);
      } else {
        // An IAM variable (`${aws:username}`, `${*}`): CloudFormation reads it as a reference and fails.
        for (let k = open; k <= close; k++) {
          value += source[k];
          map.push(at(k));
        }
        const known = at(open) >= 0 && at(close) >= 0;
        subVariables.push({ text: source.slice(open, close + 1), name: inner, start: known ? at(open) : template.start, end: known ? at(close) + 1 : template.end });
      }
    }
    i = close + 1;
  }
  map.push(charMap ? at(source.length) : -1);
  return { kind: 'string', value, map, placeholders, start: template.start, end: template.end };
}

/** JSON string text of a value, with the synthetic offset (within the token) of each character. */
function encodeString(value: string): { text: string; enc: number[] } {
  let text = '"';
  const enc: number[] = [];
  for (let i = 0; i < value.length; i++) {
    enc.push(text.length);
    const c = value.charCodeAt(i);
    if (c === 0x22) text += '\\"';
    else if (c === 0x5c) text += '\\\\';
    else if (c < 0x20) text += JSON.stringify(value[i]).slice(1, -1);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < value.length && value.charCodeAt(i + 1) >= 0xdc00 && value.charCodeAt(i + 1) <= 0xdfff) {
      text += value[i] + value[i + 1];
      enc.push(text.length - 1);
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) text += `\\u${c.toString(16)}`;
    else text += value[i];
  }
  enc.push(text.length);
  text += '"';
  return { text, enc };
}

/**
 * The JSON text of a template's strings and keys (by node or entry, with the value it was written for),
 * written once: a policy with Fn::If is embedded once per reading, and its other strings read the same in
 * each. The `enc` arrays are shared, never changed.
 */
const written = new WeakMap<object, { value: string; text: string; enc: number[] }>();

export class Builder {
  text = '';
  segs: Seg[] = [];
  placeholders: Array<[number, number]> = [];
  generated = false;

  constructor(readonly source: string, readonly subVariables: SubVariable[], readonly flip?: BranchFlip) {}

  copy(start: number, end: number, fixable: boolean): void {
    if (end <= start) return;
    const synStart = this.text.length;
    this.text += this.source.slice(start, end);
    this.segs.push({ kind: 'copy', synStart, synEnd: this.text.length, srcStart: start, fixable });
  }

  /** Punctuation written for a collection: mapped to a source range as a whole. */
  punct(text: string, srcStart: number, srcEnd: number): void {
    const synStart = this.text.length;
    this.text += text;
    this.generated = true;
    this.segs.push({ kind: 'token', synStart, synEnd: this.text.length, srcStart, srcEnd, quoted: false });
  }

  /** `of`: the node or entry the value is (a string or a key), whose JSON text is then written once for every embedding. */
  string(value: string, map: number[] | undefined, srcStart: number, srcEnd: number, placeholders: ReadonlyArray<[number, number]> = [], of?: object): void {
    [srcStart, srcEnd] = blockText(this.source, srcStart, srcEnd);
    let encoded = of && written.get(of);
    if (encoded?.value !== value) {
      encoded = { value, ...encodeString(value) };
      if (of) written.set(of, encoded);
    }
    const { text, enc } = encoded;
    const synStart = this.text.length;
    this.text += text;
    this.generated = true;
    this.segs.push({ kind: 'token', synStart, synEnd: this.text.length, srcStart, srcEnd, quoted: true, map, enc });
    for (const [s, e] of placeholders) this.placeholders.push([synStart + enc[s], synStart + enc[e]]);
  }

  scalar(node: SrcNode): void {
    if (node.kind === 'string') return this.string(String(node.value), node.charMap, node.start, node.end, node.placeholders, node);
    this.punct(JSON.stringify(node.value), node.start, node.end);
  }

  value(node: SrcNode, inIntrinsic: boolean): void {
    const resolved = resolveNode(node, this.subVariables, inIntrinsic, this.flip);
    if (resolved.kind === 'novalue') return this.punct('null', node.start, node.end); // only at the top: callers skip NoValue entries
    if (resolved.kind === 'string') return this.string(resolved.value, resolved.map, resolved.start, resolved.end, resolved.placeholders);
    this.node(resolved.node, resolved.inIntrinsic);
  }

  node(node: SrcNode, inIntrinsic: boolean, anchor?: [number, number]): void {
    if (node.kind !== 'object' && node.kind !== 'array') {
      if (node.json) return this.copy(node.start, node.end, !inIntrinsic);
      return this.scalar(node);
    }
    const children = node.kind === 'object' ? node.entries!.map((e) => e.value) : node.items!;
    const dropped = children.map((child) => resolveNode(child, [], inIntrinsic, this.flip).kind === 'novalue');
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
    const [open, close] = node.kind === 'object' ? ['{', '}'] : ['[', ']'];
    const [aStart, aEnd] = anchor ?? [node.start, Math.min(node.start + 1, node.end)];
    this.punct(open, aStart, aEnd);
    let first = true;
    children.forEach((child, i) => {
      if (dropped[i]) return;
      if (!first) this.punct(',', child.start, child.start);
      first = false;
      if (node.kind === 'object') {
        const entry = node.entries![i];
        this.string(entry.key, entry.keyMap, entry.keyStart, entry.keyEnd, entry.keyPlaceholders, entry);
        this.punct(':', entry.keyEnd, entry.keyEnd);
      }
      this.value(child, inIntrinsic);
    });
    this.punct(close, aStart, aEnd);
  }
}

/**
 * Which branch of an Fn::If node its embedding takes by default: 1 or 2 (the first that is not
 * `AWS::NoValue`), 0 when both are, undefined when the If is malformed (not `[condition, a, b]`).
 */
export function usableBranch(node: SrcNode): 0 | 1 | 2 | undefined {
  const arg = intrinsicOf(node)!.arg;
  if (arg.kind !== 'array' || arg.items!.length !== 3) return undefined;
  if (resolveNode(arg.items![1], [], true).kind !== 'novalue') return 1;
  return resolveNode(arg.items![2], [], true).kind !== 'novalue' ? 2 : 0;
}

/**
 * Visit each branch of an Fn::If with its path (the template deploys one or the other; an AWS::NoValue branch
 * yields nothing where it is visited). False when `node` is not an Fn::If; a malformed one is skipped.
 */
export function eachIfBranch(node: SrcNode, path: Array<string | number>, visit: (branch: SrcNode, at: Array<string | number>) => void): boolean {
  const fn = intrinsicOf(node);
  if (fn?.name !== 'Fn::If') return false;
  if (fn.arg.kind === 'array' && fn.arg.items!.length === 3) for (const branch of [1, 2]) visit(fn.arg.items![branch], [...path, 'Fn::If', branch]);
  return true;
}

/**
 * Visit each item of a property that holds a list (ManagedPolicyArns, SAM's Policies), through the branches of
 * an Fn::If that chooses the whole list (`!If [Prod, [arn…], !Ref AWS::NoValue]`); `single`: a value that is no
 * list stands for one item (SAM's `Policies: AmazonS3ReadOnlyAccess`) and is visited in its place.
 */
export function eachListItem(node: SrcNode, path: Array<string | number>, visit: (item: SrcNode, at: Array<string | number>) => void, single = true): void {
  if (eachIfBranch(node, path, (branch, at) => eachListItem(branch, at, visit, single))) return;
  if (node.kind === 'array' && !node.tag) node.items!.forEach((item, i) => visit(item, [...path, i]));
  else if (single) visit(node, path);
}

/** At most this many variants per policy besides the first (`policyVariants`, `branchVariants`); later branches are not read. */
export const MAX_BRANCH_VARIANTS = 16;

/** Where `policyIfs` reaches an If: outside any If (`undefined`), or in a branch of one (0: a `same` If's one branch). */
export type IfHolder = { at: number; branch: 0 | 1 | 2 } | undefined;

/** One Fn::If of a policy, as `policyIfs` finds it. */
export interface PolicyIf {
  node: SrcNode;
  /** The branch its embedding takes by default (`usableBranch`). */
  usable: 1 | 2;
  /** Both branches are one node: it reads the same either way, and is only a way to the Ifs inside it. */
  same: boolean;
  /**
   * The places it is reached from, the first where the walk first reaches it: an If of the list (earlier,
   * for the first) and the branch of it that holds this one. More than one only for a node written once
   * and reached twice.
   */
  holders: IfHolder[];
}

/**
 * The Fn::If nodes of a policy that `resolveNode` can reach, each once, in document order, with the Ifs and
 * branches that hold them: the one walk of a policy's Ifs (`policyVariants` reads each assignment on the
 * list, `branchVariants` groups it). The walk reads the places `resolveNode` reads: collections, Fn::If
 * branches, Fn::Join parts and Fn::Sub map values. An If that is malformed, or whose branches are both
 * `AWS::NoValue` (so are the Ifs inside it), is not read, nor what it holds.
 */
export function policyIfs(node: SrcNode): PolicyIf[] {
  const ifs: PolicyIf[] = [];
  const index = new Map<SrcNode, number>();
  const walk = (n: SrcNode, holder: IfHolder): void => {
    const fn = intrinsicOf(n);
    if (fn?.name === 'Fn::If') {
      const known = index.get(n);
      if (known !== undefined) {
        ifs[known].holders.push(holder);
        return;
      }
      const usable = usableBranch(n);
      if (usable === undefined || usable === 0) return;
      const [, a, b] = fn.arg.items!;
      const at = ifs.length;
      index.set(n, at);
      ifs.push({ node: n, usable, same: a === b, holders: [holder] });
      if (a === b) return walk(a, { at, branch: 0 });
      walk(a, { at, branch: 1 });
      walk(b, { at, branch: 2 });
      return;
    }
    if (fn?.name === 'Fn::Join') {
      const list = fn.arg.kind === 'array' ? fn.arg.items![1] : undefined;
      if (list?.kind === 'array') for (const item of list.items!) walk(item, holder);
      return;
    }
    if (fn?.name === 'Fn::Sub') {
      const map = fn.arg.kind === 'array' ? fn.arg.items![1] : undefined;
      if (map?.kind === 'object') for (const entry of map.entries!) walk(entry.value, holder);
      return;
    }
    if (fn) return;
    if (n.kind === 'object') for (const entry of n.entries!) walk(entry.value, holder);
    else if (n.kind === 'array') for (const item of n.items!) walk(item, holder);
  };
  walk(node, undefined);
  return ifs;
}

/**
 * Whether one reading reaches an If of `policyIfs` (by its index), given the branch each If it reaches takes
 * (`branchOf`: 1 or 2, 0 for both: an If not decided, or a `same` one). Each If's answer, and each
 * `branchOf` answer, is worked out once, when first needed; `branchOf` is asked only about Ifs reached.
 */
export function ifReach(ifs: readonly PolicyIf[], branchOf: (at: number) => 0 | 1 | 2): (at: number) => boolean {
  const reached: Array<boolean | undefined> = new Array(ifs.length);
  const branches: Array<0 | 1 | 2 | undefined> = new Array(ifs.length);
  const takes = (at: number, branch: 0 | 1 | 2) => {
    if (branch === 0) return true;
    const taken = branches[at] ?? (branches[at] = branchOf(at));
    return taken === 0 || taken === branch;
  };
  const reach = (i: number): boolean => {
    let value = reached[i];
    if (value === undefined) {
      reached[i] = false; // holders never form a cycle: a guard only
      value = ifs[i].holders.some((h) => h === undefined || reach(h.at) && takes(h.at, h.branch));
      reached[i] = value;
    }
    return value;
  };
  return reach;
}

/**
 * The embeddings besides the default one that lint every branch of every Fn::If of a policy, when its Ifs
 * depend on too many combinations for `policyVariants` to try them all (conditions not evaluated). Ifs are grouped
 * by their condition's name and by the branch they take by default: one variant flips a whole group, so that
 * the Ifs on one condition read it the same way (a statement kept `!If [HasBucket, …]` whose Resource is
 * `!If [HasBucket, arn, AWS::NoValue]` never loses its Resource), together with the Ifs around them whose
 * other branch holds them (a nested If is reached through them, on the first path `policyIfs` reaches it by).
 * An If whose other branch reads the same (both `AWS::NoValue`, one node) flips nothing. At most
 * MAX_BRANCH_VARIANTS variants, in document order. The Ifs are those of `policyIfs` (`ifs`, when already
 * found). Empty without an Fn::If, so such a policy is embedded once. With the template's `forms`
 * (`conditionForms`), Ifs on conditions the template defines as one test or as opposites are one group: an If
 * on `CreateKey` (`!Not [!Condition UseExistingKey]`) taking its second branch reads UseExistingKey as an If on
 * it taking its first does, and the two flip together.
 */
export function branchVariants(node: SrcNode, forms?: ConditionForms, ifs: readonly PolicyIf[] = policyIfs(node)): BranchFlip[] {
  const groups = new Map<string, Set<SrcNode>>();
  // The Ifs around each one whose other branch holds it (on the first path it is reached by).
  const around: SrcNode[][] = [];
  ifs.forEach((i, at) => {
    const holder = i.holders[0];
    const outer = holder === undefined ? [] : around[holder.at];
    around.push(holder !== undefined && holder.branch !== 0 && holder.branch !== ifs[holder.at].usable ? [...outer, ifs[holder.at].node] : outer);
    if (i.same) return;
    const condition = intrinsicOf(i.node)!.arg.items![0];
    // A condition given as anything but its name is a group of its own.
    const form = condition.kind === 'string' ? forms?.get(String(condition.value)) : undefined;
    const name = form ? form.base : condition.kind === 'string' ? `name:${String(condition.value)}` : `#${i.node.start}`;
    // The branch it takes by default, as a branch of an If on the base test (the other one for a negation).
    const key = `${name}\u0000${form?.negated ? 3 - i.usable : i.usable}`;
    const group = groups.get(key) ?? new Set<SrcNode>();
    for (const flipped of [...around[at], i.node]) group.add(flipped);
    groups.set(key, group);
  });
  return [...groups.values()].slice(0, MAX_BRANCH_VARIANTS);
}

/**
 * A parameter of a Systems Manager type (`AWS::SSM::Parameter::Value<String>`): its AllowedValues list the names
 * of parameters it may be given, not the values stored under them, which are what `Ref` and Fn::Equals see.
 */
export function namesSsmParameter(parameter: SrcNode | undefined): boolean {
  const type = entryOf(parameter, 'Type')?.value;
  return type?.kind === 'string' && String(type.value).startsWith('AWS::SSM::Parameter::Value<');
}

/**
 * The template's conditions, each as a test and whether it is that test's negation, for `branchVariants`:
 * `!Not [X]` is X negated, `!Condition D` is D, two `Fn::Equals` of the same operands (in either order or
 * form) are one test, and `!Equals [!Ref P, v]` on a parameter with exactly two AllowedValues is the negation
 * of the Equals on its other value. Anything else (Fn::And, Fn::Or) is a test of its own, equal only to the
 * same text; a condition that refers to itself is its own name.
 */
export type ConditionForms = ReadonlyMap<string, { base: string; negated: boolean }>;

export function conditionForms(root: SrcNode | undefined): ConditionForms {
  const conditions = entryOf(root, 'Conditions')?.value;
  const parameters = entryOf(root, 'Parameters')?.value;
  const definitions = new Map(conditions?.kind === 'object' ? conditions.entries!.map((e) => [e.key, e.value]) : []);
  const scalar = (n: SrcNode) => n.kind === 'string' || n.kind === 'number' || n.kind === 'boolean';
  const twoValues = (parameter: string): string[] | undefined => {
    const declared = entryOf(parameters, parameter)?.value;
    if (namesSsmParameter(declared)) return undefined;
    const allowed = entryOf(declared, 'AllowedValues')?.value;
    if (allowed?.kind !== 'array' || allowed.items!.length !== 2 || !allowed.items!.every(scalar)) return undefined;
    const values = allowed.items!.map((i) => String(i.value));
    return values[0] !== values[1] ? values : undefined;
  };
  const text = (n: SrcNode): string => {
    const fn = intrinsicOf(n);
    if (fn) return `${fn.name}(${text(fn.arg)})`;
    if (n.kind === 'object') return `{${n.entries!.map((e) => `${JSON.stringify(e.key)}:${text(e.value)}`).join(',')}}`;
    if (n.kind === 'array') return `[${n.items!.map(text).join(',')}]`;
    return JSON.stringify(n.value === null || n.value === undefined ? null : String(n.value));
  };
  const forms = new Map<string, { base: string; negated: boolean }>();
  const visiting = new Set<string>();
  const formOf = (name: string): { base: string; negated: boolean } | undefined => {
    const definition = definitions.get(name);
    if (!definition) return undefined;
    if (!forms.has(name)) {
      if (visiting.has(name)) return { base: `condition:${name}`, negated: false };
      visiting.add(name);
      forms.set(name, read(definition));
      visiting.delete(name);
    }
    return forms.get(name);
  };
  const read = (n: SrcNode): { base: string; negated: boolean } => {
    const fn = intrinsicOf(n);
    if (fn?.name === 'Fn::Not' && fn.arg.kind === 'array' && fn.arg.items!.length === 1) {
      const inner = read(fn.arg.items![0]);
      return { base: inner.base, negated: !inner.negated };
    }
    if (fn?.name === 'Condition') {
      const form = formOf(String(fn.arg.value));
      if (form) return form;
    }
    if (fn?.name === 'Fn::Equals' && fn.arg.kind === 'array' && fn.arg.items!.length === 2) {
      const [a, b] = fn.arg.items!;
      for (const [ref, value] of [[a, b], [b, a]]) {
        const r = intrinsicOf(ref);
        const values = r?.name === 'Ref' && scalar(value) ? twoValues(String(r.arg.value)) : undefined;
        if (values?.includes(String(value.value))) {
          return { base: `Fn::Equals(${text(ref)},${JSON.stringify(values[0])})`, negated: String(value.value) !== values[0] };
        }
      }
      return { base: `Fn::Equals(${[text(a), text(b)].sort().join(',')})`, negated: false };
    }
    return { base: text(n), negated: false };
  };
  for (const name of definitions.keys()) formOf(name);
  return forms;
}

export function containsIntrinsic(node: SrcNode): boolean {
  if (intrinsicOf(node)) return true;
  if (node.kind === 'object') return node.entries!.some((e) => containsIntrinsic(e.value));
  if (node.kind === 'array') return node.items!.some(containsIntrinsic);
  return false;
}

/**
 * The JSON text of the policy at `node` (an object, or a string holding JSON). `anchor` is the source range
 * to report findings about the policy as a whole on (its property's key). `flip`: the Fn::If nodes that take
 * their other branch (one of `branchVariants`); by default every Fn::If takes its first usable branch.
 */
export function embedPolicy(source: string, node: SrcNode, anchor: [number, number], flip?: BranchFlip, sdkParameter?: string): EmbeddedText | undefined {
  const subVariables: SubVariable[] = [];
  const builder = new Builder(source, subVariables, flip);
  let resolved = resolveNode(node, subVariables, false, flip);
  if (resolved.kind === 'novalue') return undefined;
  if (sdkParameter !== undefined) {
    const call = resolved.kind === 'string' ? resolved : resolved.node.kind === 'string' ? stringOf(resolved.node) : undefined;
    const inner = call?.kind === 'string' ? sdkParameterString(call, sdkParameter) : undefined;
    if (!inner) return undefined;
    resolved = inner;
  }
  if (resolved.kind === 'string' || resolved.node.kind === 'string') {
    // A policy given as a string of JSON: the text is the string itself, each character mapped where possible.
    const r = resolved.kind === 'string' ? resolved : stringOf(resolved.node) as Extract<Resolved, { kind: 'string' }>;
    const text = r.value;
    // A block scalar's unmapped characters (`>`) point at its text, without its header and the line breaks around it.
    const [srcStart, srcEnd] = blockText(source, r.start, r.end);
    const segs: Seg[] = [{ kind: 'token', synStart: 0, synEnd: text.length, srcStart, srcEnd, quoted: false, map: r.map }];
    return { text, segs, placeholders: r.placeholders.map(([s, e]) => [s, e]), subVariables, generated: true };
  }
  if (resolved.node.kind !== 'object') return undefined;
  builder.node(resolved.node, resolved.inIntrinsic, anchor);
  return { text: builder.text, segs: builder.segs, placeholders: builder.placeholders, subVariables, generated: builder.generated, sent: { layout: 'serialized' } };
}

/**
 * Each statement's place in the template's Statement list, in the embedding of `node` that `flip` gives, when
 * an Fn::If there is AWS::NoValue (the embedding numbers the statements after it from 0 anew, as the deployed
 * policy does); undefined when every place is the statement's number. A list an If chooses as a whole counts
 * from 0 in each branch, as the embedding does.
 */
export function statementPositions(node: SrcNode, flip?: BranchFlip): number[] | undefined {
  const policy = resolveNode(node, [], false, flip);
  const statements = policy.kind === 'node' ? entryOf(policy.node, 'Statement')?.value : undefined;
  const list = statements && resolveNode(statements, [], false, flip);
  if (list?.kind !== 'node' || list.node.kind !== 'array') return undefined;
  const positions: number[] = [];
  list.node.items!.forEach((item, i) => { if (resolveNode(item, [], false, flip).kind !== 'novalue') positions.push(i); });
  return positions.length < list.node.items!.length ? positions : undefined;
}

/**
 * The string in `parameters.<name>` of an SDK call written as JSON text (the `Create` of CDK's
 * AwsCustomResource, an Fn::Join around references): a policy given as a string of JSON inside a string of
 * JSON. Each character is mapped through both strings to the template, and the placeholders kept.
 */
function sdkParameterString(call: Extract<Resolved, { kind: 'string' }>, name: string): Extract<Resolved, { kind: 'string' }> | undefined {
  const errors: ParseError[] = [];
  const tree = parseTree(call.value, errors, { disallowComments: true, allowTrailingComma: false });
  if (!tree || errors.length > 0) return undefined;
  const parameter = findNodeAtLocation(tree, ['parameters', name]);
  if (parameter?.type !== 'string') return undefined;
  const at = jsonStringMap(call.value, parameter.offset); // each decoded character's offset in the call, then the closing quote
  const placeholders: Array<[number, number]> = [];
  for (const [s, e] of call.placeholders) {
    if (s < parameter.offset || e > parameter.offset + parameter.length) continue;
    const from = at.findIndex((offset) => offset >= s);
    const to = at.findIndex((offset) => offset >= e);
    if (from >= 0) placeholders.push([from, to < 0 ? at.length - 1 : to]);
  }
  return { kind: 'string', value: parameter.value as string, map: at.map((offset) => call.map[offset] ?? -1), placeholders, start: call.start, end: call.end };
}

/**
 * One statement (AWS::Events::EventBusPolicy's `Statement`) as the policy the service makes of it:
 * `{"Version": "2012-10-17", "Statement": …}`. The text around the statement is mapped to `anchor`, the
 * property's key, so that findings about the policy as a whole point at it.
 */
export function wrapStatement(inner: EmbeddedText, anchor: [number, number]): EmbeddedText {
  const prefix = '{"Version": "2012-10-17", "Statement": ';
  const shift = prefix.length;
  const end = shift + inner.text.length;
  const around = (synStart: number, synEnd: number): TokenSeg => ({ kind: 'token', synStart, synEnd, srcStart: anchor[0], srcEnd: anchor[1], quoted: false });
  return {
    text: `${prefix}${inner.text}}`,
    segs: [around(0, shift), ...inner.segs.map((seg) => ({ ...seg, synStart: seg.synStart + shift, synEnd: seg.synEnd + shift })), around(end, end + 1)],
    placeholders: inner.placeholders.map(([s, e]) => [s + shift, e + shift]),
    subVariables: inner.subVariables,
    generated: true,
    // Laid out as the inner policy is; texts the reader set for the inner policy alone do not carry over.
    ...(inner.sent ? { sent: { layout: inner.sent.layout } } : {}),
  };
}

/** The segment holding a synthetic offset (the last one for the end of the text). */
function segAt(segs: readonly Seg[], offset: number): Seg | undefined {
  for (const seg of segs) if (offset >= seg.synStart && offset < seg.synEnd) return seg;
  return undefined;
}

/** Map a synthetic range to the template; `undefined` when it falls on nothing. */
export function mapRange(embedded: EmbeddedText, start: number, end: number): [number, number] | undefined {
  const first = segAt(embedded.segs, start) ?? embedded.segs[embedded.segs.length - 1];
  const last = end > start ? segAt(embedded.segs, end - 1) ?? first : first;
  if (!first) return undefined;
  if (first.kind === 'copy' && last.kind === 'copy') {
    return [first.srcStart + (start - first.synStart), last.srcStart + (end - last.synStart)];
  }
  if (first === last && first.kind === 'token') {
    const inner = innerRange(first, start, end);
    return inner ?? [first.srcStart, first.srcEnd];
  }
  const from = first.kind === 'copy' ? first.srcStart + (start - first.synStart) : first.srcStart;
  const to = last.kind === 'copy' ? last.srcStart + (end - last.synStart) : last.srcEnd;
  return to >= from ? [from, to] : [from, from];
}

/**
 * A YAML block scalar (`|`, `>`) as the range of its text, without its header (`|-`) and the line breaks
 * around it: a finding on the whole string then points at the string, not at the line before it.
 */
function blockText(source: string, start: number, end: number): [number, number] {
  if (source[start] !== '|' && source[start] !== '>') return [start, end];
  const header = source.indexOf('\n', start);
  if (header < 0 || header >= end) return [start, end];
  let from = header + 1;
  while (from < end && /\s/.test(source[from])) from++;
  let to = end;
  while (to > from && /\s/.test(source[to - 1])) to--;
  return from < to ? [from, to] : [start, end];
}

/** A range inside one token mapped character by character, when every character is known. */
function innerRange(seg: TokenSeg, start: number, end: number): [number, number] | undefined {
  if (!seg.map) return undefined;
  let ds: number;
  let de: number;
  if (seg.quoted) {
    const enc = seg.enc!;
    if (start <= seg.synStart || end >= seg.synEnd) return undefined; // the whole token, quotes included
    ds = enc.findIndex((o) => seg.synStart + o >= start);
    de = enc.findIndex((o) => seg.synStart + o >= end);
    if (ds < 0 || de < 0) return undefined;
  } else {
    ds = start - seg.synStart;
    de = end - seg.synStart;
  }
  if (de === ds) {
    const at = seg.map[ds];
    return at >= 0 ? [at, at] : undefined;
  }
  const from = seg.map[ds];
  const lastChar = seg.map[de - 1];
  if (from < 0 || lastChar < 0 || lastChar < from) return undefined;
  for (let i = ds; i < de; i++) if (seg.map[i] < 0) return undefined;
  // The end: the source position after the last character (its escape may take several characters).
  const next = seg.map[de];
  const to = next !== undefined && next > lastChar && next - lastChar <= 6 ? next : lastChar + 1;
  return [from, to];
}

/** Whether a synthetic range touches a placeholder. */
export function onPlaceholder(embedded: EmbeddedText, start: number, end: number): boolean {
  return embedded.placeholders.some(([s, e]) => (end > start ? start < e && end > s : start > s && start < e));
}

/** A fix edit in the template, when it lies in literal text copied from a JSON template. */
export function mapEdit(embedded: EmbeddedText, start: number, end: number, text: string): [number, number] | undefined {
  for (const seg of embedded.segs) {
    if (seg.kind !== 'copy' || !seg.fixable) continue;
    if (start >= seg.synStart && end <= seg.synEnd) {
      // An edit at a segment's edge touches generated text: refuse it (it would edit around an intrinsic).
      const touches = embedded.segs.some((other) => other.kind === 'token' && (start < other.synEnd && end > other.synStart || start === end && (start === other.synStart || start === other.synEnd)) && other.synEnd > other.synStart);
      if (touches) return undefined;
      for (const other of embedded.segs) {
        if (other.kind === 'token' && other.synEnd - other.synStart >= 3 && text.includes(embedded.text.slice(other.synStart, other.synEnd))) return undefined;
      }
      return [seg.srcStart + (start - seg.synStart), seg.srcStart + (end - seg.synStart)];
    }
  }
  return undefined;
}
