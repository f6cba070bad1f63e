/**
 * Lint the IAM policies of a Terraform configuration (.tf): each policy attribute (a heredoc or string of JSON,
 * or `jsonencode({…})`) is linted as its own document with the policy type its resource decides, through the
 * CloudFormation reader's pipeline, and each finding is put back on the file's exact characters. `--fix`
 * edits heredocs only, where an edit lands in literal text (never on an interpolation or an escape), with
 * Terraform's escapes; jsonencode and quoted strings are report only.
 */
import { applyEdits } from '../engine/fixer.js';
import { lastAtOrBefore, LineIndex } from '../engine/document.js';
import { findingKey, fixesOfPass, type EnabledRule } from '../engine/linter.js';
import { compareMessages, type LintMessage, type PolicyType } from '../engine/types.js';
import { policyArnMessages } from '../iam/policy-arns.js';
import { POLICY_ARN_ATTRIBUTES, terraformPolicyArnSites, type TerraformPolicyArnSite } from './policy-arns.js';
import { TERRAFORM_VARIABLE_MESSAGE_ID } from '../../rules/policy-variable-syntax/policy-variable-syntax.js';
import { embedPolicy } from '../cloudformation/embed.js';
import { dedupe, lintEmbeddedPolicies, permissionPath, templateSyntaxMessage, type EmbeddedPolicy, type VariableMistake } from '../cloudformation/lint.js';
import { documentAttributes, policyDocuments } from './document.js';
import { documentRenderings, flushHeredoc, goJson, jsonencodeValue } from './render.js';
import { heredocEditText, heredocEmbedding, policyNode, toSrcNode, type State } from './embed.js';
import { PERMISSION_BLOCKS, POLICY_ATTRIBUTES, terraformPermissions, terraformPolicyLocations, unsetByProvider } from './locations.js';
import { moduleLocals, namingLocals, type Locals } from './locals.js';
import { literalText, scanTemplateFile, type HclBody } from './scan.js';
import { joinModule, scanModule, type ModuleText } from './module-text.js';
import { isOverrideFile } from './detect.js';
import { embedPermission, permissionMessage } from '../cloudformation/permission.js';

export const TERRAFORM_MISTAKE: VariableMistake = { messageId: TERRAFORM_VARIABLE_MESSAGE_ID, fixed: (name) => `$\${${name}}` };

export interface TerraformOutcome {
  messages: LintMessage[];
  /** The fixed text, when fixes were applied. */
  output?: string;
  fixed: boolean;
  /** The number of policies linted (those that start in the file). */
  policies: number;
  /** The number of the file's documents linted as parts of policies (merged into others, maybe of other files). */
  parts: number;
  /** The number of managed policy ARNs checked (policy-arns.ts): a file with attachments only is linted too. */
  policyArns: number;
  /** The file's policies as a value (`{resource: {aws_iam_policy: {name: {policy: {…}}}}}`), for `ignore` paths. */
  value: unknown;
  /**
   * When the scan met text it cannot read (the policies before it are linted): `finding`, the fatal `json-syntax`
   * finding that says so, at the line and column where the scan stopped; `namesIam`, whether the file's text
   * declares a resource or data source that holds IAM policies (`resource "aws_iam_role"`, `data
   * "aws_iam_policy_document"`) before, around or after it.
   */
  error?: { namesIam: boolean; finding: LintMessage };
}

/** One policy of a .tf file, for --print-config. */
export interface TerraformPolicyInfo {
  path: Array<string | number>;
  resourceType: string;
  policyType: PolicyType;
}

/** The index of the file of a module that holds an offset, from the starts of its spans. */
const fileAt = lastAtOrBefore;

/** A message on a module's text with its offsets in the file that starts at `base`. */
function shiftMessage(message: LintMessage, base: number): LintMessage {
  if (base === 0) return message;
  const shift = (range: [number, number]): [number, number] => [range[0] - base, range[1] - base];
  return {
    ...message,
    ...(message.range ? { range: shift(message.range) } : {}),
    ...(message.fix ? { fix: { ...message.fix, range: shift(message.fix.range) } } : {}),
    ...(message.suggestions ? { suggestions: message.suggestions.map((s) => ({ ...s, fix: { ...s.fix, range: shift(s.fix.range) } })) } : {}),
  };
}

/** Items grouped by the file of the module they start in (`offset`: where an item starts, by default its `start`). */
function byFile<T extends { start: number }>(starts: readonly number[], items: readonly T[], offset = (item: T) => item.start): T[][] {
  const out: T[][] = starts.map(() => []);
  for (const item of items) out[fileAt(starts, offset(item))].push(item);
  return out;
}

/** Lines and columns in a module's text counted in the file that holds each offset. */
class ModuleLines extends LineIndex {
  private readonly fileStarts: readonly number[];
  private readonly text: string;
  /** The number of lines before each file. */
  private readonly lineBases: readonly number[];
  constructor(module: ModuleText) {
    super(module.text);
    this.fileStarts = module.starts;
    this.text = module.text;
    this.lineBases = module.starts.map((start) => super.at(start).line - 1);
  }

  override at(offset: number): { line: number; column: number } {
    const { line, column } = super.at(offset);
    const i = fileAt(this.fileStarts, offset);
    const start = this.fileStarts[i];
    const fileLine = line - this.lineBases[i];
    // A byte order mark of a file after the first is not counted in its line 1 either (LineIndex skips the first's).
    const bom = start > 0 && fileLine === 1 && this.text.charCodeAt(start) === 0xfeff;
    return { line: fileLine, column: bom ? Math.max(column - 1, 1) : column };
  }
}

/**
 * `value`: the policy as a value, for `ignore` paths (its text parsed once, when read, or a permission resource's
 * attributes); `json`: whether its text is JSON (undefined: not parsed yet). `readsLocals`: it reads a local,
 * whose findings may be in another file of the module.
 */
type ReadPolicy = EmbeddedPolicy & { resourceType: string; start: number; value: unknown; json?: boolean; readsLocals?: boolean };

function readPolicies(text: string, spans: ReadonlyArray<{ start: number; end: number }> = [{ start: 0, end: text.length }], overrides: readonly boolean[] = []): {
  policies: ReadPolicy[];
  /** The documents linted only as parts of others (covered): their paths and values, for `ignore` paths. */
  parts: Array<{ path: Array<string | number>; value: unknown; start: number }>;
  /** The managed policy ARNs of the file's IAM resources (policy-arns.ts). */
  arns: TerraformPolicyArnSite[];
  /** Each file's scan error, where its scan stopped. */
  errors: Array<{ message: string; offset: number } | undefined>;
  /** Whether two of the files declare the same resource or data source (`data "aws_iam_policy_document" "this"`). */
  declaredTwice: boolean;
  /** The module's locals (locals.ts). */
  locals: Locals;
} {
  const body: HclBody = [];
  const declared = new Map<string, number>();
  let declaredTwice = false;
  const errors = scanModule(text, spans).map((scanned, i) => {
    body.push(...scanned.body);
    // An override file declares again what it overrides (Terraform requires it).
    if (!overrides[i]) for (const item of scanned.body) {
      if (item.kind !== 'block' || (item.type !== 'resource' && item.type !== 'data') || item.labels.length !== 2) continue;
      const address = `${item.type}.${item.labels.join('.')}`;
      if ((declared.get(address) ?? i) !== i) declaredTwice = true;
      declared.set(address, i);
    }
    return scanned.error;
  });
  const parts: Array<{ path: Array<string | number>; value: unknown; start: number }> = [];
  const policies: ReadPolicy[] = [];
  const locals = moduleLocals(body);
  const locations = terraformPolicyLocations(body, text, locals);
  for (const location of locations) {
    const policy = policyNode(text, location.attribute, locals);
    if (!policy) continue;
    const { nameStart, nameEnd } = location.attribute;
    const heredoc = policy.heredoc;
    const embedded = heredoc ? heredocEmbedding(text, policy) : embedPolicy(text, policy.node, [nameStart, nameEnd]);
    if (!embedded) continue;
    if (!heredoc) embedded.subVariables.push(...policy.mistakes);
    // A `<<-EOT` heredoc is sent without its common indentation (the linted text keeps it: see embed.ts).
    if (policy.expr.kind === 'template' && policy.expr.heredoc && /<<-[\w-]+[ \t\r]*\n$/.test(text.slice(text.lastIndexOf('\n', policy.expr.start - 2) + 1, policy.expr.start))) {
      const flush = flushHeredoc(embedded.text);
      if (flush !== embedded.text) embedded.sent = { layout: 'unindented', texts: [flush] };
    }
    const value = parsed(embedded.text);
    // jsonencode sends its argument as Go's compact JSON (keys sorted, `<`, `>`, `&` escaped), a string it re-encodes too.
    if (((!heredoc && policy.node.kind === 'object') || policy.reencoded) && value !== undefined) embedded.sent = { layout: 'rendered', texts: [goJson(jsonencodeValue(value))] };
    policies.push({
      embedded, value, json: value !== undefined, path: location.path, policyType: location.policyType, resourceType: location.resourceType,
      fixable: heredoc !== undefined, ...(heredoc ? { editText: heredocEditText(text, heredoc.delimiter) } : {}),
      ...(location.ruleResourceType ? { ruleResourceType: location.ruleResourceType } : {}),
      start: location.attribute.value.start, ...(policy.readsLocals ? { readsLocals: true } : {}),
    });
  }
  for (const permission of terraformPermissions(body)) {
    const state: State = { mistakes: [], directive: false, locals };
    const properties = new Map([...permission.attributes].flatMap(([property, attribute]) => {
      const value = toSrcNode(text, attribute.value, state);
      // `= null` is not set (Terraform's own rule); `source_account = ""` is no condition either: the provider sends
      // "" and false as if absent.
      const known = value.kind === 'boolean' || (value.kind === 'string' && (value.placeholders ?? []).length === 0) ? value.value : undefined;
      if (value.kind === 'null' || unsetByProvider(permission.resourceType, permission.names.get(property)!, known)) return [];
      return [[property, { keyStart: attribute.nameStart, keyEnd: attribute.nameEnd, value }]] as const;
    }));
    const embedded = embedPermission(text, properties, permission.spec, permission.anchor);
    if (!embedded) continue;
    const rename = (property: string) => permission.names.get(property) ?? property;
    policies.push({
      embedded, path: permission.path, policyType: 'resource', resourceType: permission.resourceType, fixable: false,
      propertyPath: permissionPath(permission.spec, rename),
      message: permissionMessage(permission.spec, rename),
      value: Object.fromEntries([...permission.attributes].map(([property, attribute]) => [permission.names.get(property), literalText(attribute.value) ?? null])),
      start: permission.anchor[0], ...(state.readLocals ? { readsLocals: true } : {}),
    });
  }
  const attributes = documentAttributes(text, body, locations);
  for (const document of policyDocuments(text, body, locations, locals)) {
    const embedded = embedPolicy(text, document.node, document.anchor);
    if (!embedded) continue;
    const value = parsed(embedded.text);
    if (document.covered) {
      parts.push({ path: document.path, value, start: document.node.start });
      continue;
    }
    embedded.subVariables.push(...document.mistakes);
    // What the provider renders, through the attributes the file reads it by (`json` is pretty-printed).
    if (value !== undefined) embedded.sent = { layout: 'rendered', texts: documentRenderings(value, attributes(document.name, document.policyType, document.ruleResourceType)) };
    policies.push({
      embedded, value, json: value !== undefined, path: document.path, policyType: document.policyType, resourceType: 'aws_iam_policy_document', fixable: false,
      ...(document.ruleResourceType ? { ruleResourceType: document.ruleResourceType } : {}),
      ...(document.skipRules ? { skipRules: document.skipRules } : {}),
      ...(document.findingPath ? { findingPath: document.findingPath } : {}),
      ...(document.sharedStatements ? { sharedStatements: document.sharedStatements } : {}),
      ...(document.message ? { message: document.message } : {}),
      start: document.node.start, ...(document.readsLocals ? { readsLocals: true } : {}),
    });
  }
  policies.sort((a, b) => a.start - b.start);
  return { policies, parts, arns: terraformPolicyArnSites(text, body, locals), errors, declaredTwice, locals };
}

type ModuleRead = ReturnType<typeof readPolicies>;

/**
 * The files of a module read together (`files` in the order Terraform reads them: moduleOrder in run.ts), as
 * lintTerraformModule, terraformModuleEmbeddedPolicies and terraformPolicies read them.
 */
function readModule(files: ReadonlyArray<{ filePath: string; text: string }>): { module: ModuleText; read: ModuleRead } {
  const module = joinModule(files.map((file) => file.text));
  return { module, read: readPolicies(module.text, module.spans, files.map((file) => isOverrideFile(file.filePath))) };
}

/**
 * Files that declare the same resource or data source twice are no module Terraform accepts (snippets of unrelated
 * configurations side by side): then each of `files` is read alone, by `readAlone`, and the results are returned by
 * file path. Undefined when the files read as one module (`read` is readModule's). A single file is always a module.
 */
function eachReadAlone<F extends { filePath: string }, T>(read: ModuleRead, files: readonly F[], readAlone: (file: F) => T): Map<string, T> | undefined {
  if (!read.declaredTwice) return undefined;
  return new Map(files.map((file) => [file.filePath, readAlone(file)]));
}

/** A resource or data source that holds IAM policies (`resource "aws_iam_role"`, `data "aws_iam_policy_document"`). */
const POLICY_BLOCK = new RegExp(`\\b(?:resource\\s+"(?:${[...Object.keys(POLICY_ATTRIBUTES), ...Object.keys(PERMISSION_BLOCKS), ...Object.keys(POLICY_ARN_ATTRIBUTES), 'aws_organizations_policy'].join('|')})"|data\\s+"aws_iam_policy_document")`);

/**
 * Whether a .tf file's text declares a resource or data source that holds IAM policies, wherever the scanner
 * stopped: a file that cannot be read is reported when this holds (or when it was named), never a .tf file that
 * only configures other things.
 */
export function mayHoldPolicies(text: string): boolean {
  return POLICY_BLOCK.test(text);
}

/** One .tf file of a module (a directory's .tf files, which Terraform reads as one configuration). */
export interface TerraformModuleFile {
  filePath: string;
  text: string;
  /** The rules its settings give; undefined: a sibling read only for what it defines, whose findings are not reported. */
  rules?: readonly EnabledRule[];
}

/**
 * Lint the policies of a module's .tf files read together, as Terraform reads a directory: a document, its
 * sources and overrides, and the attributes that use it (which give its policy type and the text the size rules
 * measure) may be in any of its files. Each policy is linted with the rules of the file it starts in, and each
 * finding is reported in the file that holds its text, with that file's lines and columns; a sibling's (no
 * `rules`) are not reported. With `fix`, apply the safe fixes that land in literal heredoc text, repeating until
 * nothing changes (at most 10 passes). A pass is kept only when the fixed files read as the same policies (same
 * paths and placeholders, still JSON): a fix never changes what Terraform interpolates. `unsuppressed` keeps the
 * messages of a file the configuration does not suppress. An outcome for each file with rules, by its path.
 */
export function lintTerraformModule(
  files: readonly TerraformModuleFile[],
  options: { fix?: boolean; unsuppressed?: (filePath: string, messages: LintMessage[], value: unknown) => LintMessage[] } = {},
): Map<string, TerraformOutcome> {
  const fallbackRules = files.find((file) => file.rules)?.rules ?? [];
  let texts = files.map((file) => file.text);
  let { module, read } = readModule(files);
  const alone = eachReadAlone(read, files.filter((file) => file.rules), (file) => lintTerraformModule([file], options).get(file.filePath)!);
  if (alone) return alone;
  for (let pass = 0; ; pass++) {
    const { spans, starts } = module;
    const lines = new ModuleLines(module);
    const at = (offset: number) => fileAt(starts, offset);
    const found: LintMessage[][] = files.map(() => []);
    // A message in the file that holds its text, its offsets in that file; the locals it quotes through an interpolation named.
    const place = (message: LintMessage, fallback: number) => {
      const i = message.range ? at(message.range[0]) : fallback;
      found[i].push(shiftMessage(namingLocals(module.text, message, read.locals), spans[i].start));
    };
    const policiesOf = byFile(starts, read.policies);
    const partsOf = byFile(starts, read.parts);
    // A managed policy ARN belongs to the file that attaches it (a local's value may be in another).
    const arnsOf = byFile(starts, read.arns, (arn) => arn.at);
    files.forEach((file, i) => {
      // A sibling's policies are linted only when they hold text another file writes (a merge, a local).
      const policies = file.rules ? policiesOf[i] : policiesOf[i].filter((p) => p.findingPath || p.readsLocals);
      const rules = file.rules ?? fallbackRules;
      if (policies.length > 0) for (const message of lintEmbeddedPolicies(file.filePath, module.text, policies, rules, TERRAFORM_MISTAKE, lines)) place(message, i);
      // A sibling's, only those read through a local (whose text may be in a file linted).
      const arns = file.rules ? arnsOf[i] : arnsOf[i].filter((arn) => arn.readsLocals);
      if (arns.length > 0) for (const message of policyArnMessages(arns, rules, lines)) place(message, i);
    });
    const values = files.map(() => ({} as Record<string, unknown>));
    // A permission resource's value: its attributes (a literal's text, else null), as its findings' paths name them.
    for (const policy of read.policies) setPath(values[at(policy.start)], policy.path, policy.value);
    for (const part of read.parts) setPath(values[at(part.start)], part.path, part.value);
    for (const arn of read.arns) setPath(values[at(arn.at)], arn.path, arn.written);
    const messages = found.map((list) => dedupe(list).sort(compareMessages));
    const done = (): Map<string, TerraformOutcome> => {
      const outcomes = new Map<string, TerraformOutcome>();
      files.forEach((file, i) => {
        if (!file.rules) return;
        const error = read.errors[i];
        const span = spans[i];
        const where = error && {
          namesIam: mayHoldPolicies(texts[i]),
          finding: templateSyntaxMessage(texts[i], { message: `Terraform: ${error.message} The policies after it were not read.`, offset: error.offset - span.start, length: 1 }),
        };
        const fixed = texts[i] !== file.text;
        outcomes.set(file.filePath, {
          messages: messages[i], value: values[i], fixed, ...(fixed ? { output: texts[i] } : {}), ...(where ? { error: where } : {}),
          policies: policiesOf[i].length, parts: partsOf[i].length, policyArns: arnsOf[i].length,
        });
      });
      return outcomes;
    };
    if (!options.fix || pass >= 10) return done();
    const unsuppressed = options.unsuppressed ?? ((_: string, m: LintMessage[]) => m);
    const edits = files.map((file, i) => (file.rules ? fixesOfPass(unsuppressed(file.filePath, messages[i], values[i])) : []));
    if (edits.every((list) => list.length === 0)) return done();
    const next = texts.map((text, i) => (edits[i].length > 0 ? applyEdits(text, edits[i]) : text));
    if (next.every((text, i) => text === texts[i])) return done();
    const nextRead = readModule(files.map((file, i) => ({ filePath: file.filePath, text: next[i] })));
    if (!samePolicies(read, nextRead.read)) return done();
    texts = next;
    ({ module, read } = nextRead);
  }
}

/** Whether fixed files read as the same policies: the same paths, placeholders and mistakes, JSON still JSON, no new scan error. */
function samePolicies(before: ReturnType<typeof readPolicies>, after: ReturnType<typeof readPolicies>): boolean {
  if (after.errors.some((error, i) => error && !before.errors[i])) return false;
  if (before.policies.length !== after.policies.length) return false;
  const json = (p: ReadPolicy) => p.json ?? parsed(p.embedded.text) !== undefined;
  return before.policies.every((policy, i) => {
    const other = after.policies[i];
    const placeholders = (p: typeof policy) => p.embedded.placeholders.map(([s, e]) => p.embedded.text.slice(s, e)).join('\n');
    return JSON.stringify(policy.path) === JSON.stringify(other.path) && policy.fixable === other.fixable
      && placeholders(policy) === placeholders(other)
      && policy.embedded.subVariables.length === other.embedded.subVariables.length
      && (!json(policy) || json(other));
  });
}

/** The policies that start in one file of a module, read with the module (see terraformModuleEmbeddedPolicies). */
export interface TerraformFilePolicies {
  /** The text the policies' offsets are in: the module's. */
  text: string;
  policies: EmbeddedPolicy[];
  /**
   * The other files' policies whose findings may be on this file's text (they read a local it writes, or merge a
   * document it writes), as lintTerraformModule lints them for it: their messages that `own` keeps are this file's.
   */
  shared: EmbeddedPolicy[];
  /** Lines and columns in `text`, counted in the file that holds each offset. */
  lines: LineIndex;
  /**
   * A message on `text` (Access Analyzer's, placed by `lines`) with the offsets of this file, or undefined when its
   * text is another file's (a source merged in, a local).
   */
  own(message: LintMessage): LintMessage | undefined;
}

/**
 * The embedded policies of each file of a module, as lintTerraformModule lints them (what Access Analyzer gets),
 * the module read once: `files` in the order lintTerraformModule gets them. Files that declare the same resource
 * or data source twice are each read alone, as lintTerraformModule reads them. By file path.
 */
export function terraformModuleEmbeddedPolicies(files: ReadonlyArray<{ filePath: string; text: string }>): Map<string, TerraformFilePolicies> {
  const { module, read } = readModule(files);
  const alone = eachReadAlone(read, files, (file) => terraformModuleEmbeddedPolicies([file]).get(file.filePath)!);
  if (alone) return alone;
  const lines = new ModuleLines(module);
  const policiesOf = byFile(module.starts, read.policies);
  const reaching = read.policies.filter((p) => p.findingPath || p.readsLocals);
  return new Map(files.map((file, i) => {
    const { start, end } = module.spans[i];
    const own = (message: LintMessage) => (!message.range ? message : message.range[0] >= start && message.range[1] <= end ? shiftMessage(message, start) : undefined);
    // Only those that copy some of this file's text: another file's policy that reads a local of a third is not sent for it.
    const shared = reaching.filter((p) => (p.start < start || p.start >= end) && p.embedded.segs.some((seg) => seg.srcStart >= start && seg.srcStart < end));
    return [file.filePath, { text: module.text, policies: policiesOf[i], shared, lines, own }];
  }));
}

/**
 * The policies that start in the file `filePath` of a module and their types (for --print-config), the module read
 * as lintTerraformModule reads it: `files` in its order (which decides the use that gives a document its type, and
 * which of two copies of a document is read), each file read alone when two declare the same resource.
 */
export function terraformPolicies(files: ReadonlyArray<{ filePath: string; text: string }>, filePath = files[0].filePath): TerraformPolicyInfo[] {
  const asked = files.findIndex((file) => file.filePath === filePath);
  const { module, read } = readModule(files);
  const alone = eachReadAlone(read, [files[asked]], (file) => terraformPolicies([file]));
  if (alone) return alone.get(filePath)!;
  return read.policies.filter((policy) => fileAt(module.starts, policy.start) === asked).map(({ path, resourceType, policyType }) => ({ path, resourceType, policyType }));
}

/**
 * A file `templatefile()` renders as a policy (file-refs.ts), linted as a heredoc of JSON is: its `${…}` are
 * placeholders, `$${aws:username}` the IAM variable, an unescaped `${aws:username}` a mistake; a `%{ … }` directive
 * makes it unreadable (no finding). Report only. `value`: the policy as a value, for `ignore` paths.
 */
export function lintTerraformTemplateFile(
  filePath: string, text: string, policyType: PolicyType, ruleResourceType: string | undefined, rules: readonly EnabledRule[],
): { messages: LintMessage[]; value: unknown } {
  const scanned = scanTemplateFile(text);
  if ('error' in scanned) {
    return { messages: [templateSyntaxMessage(text, { message: `Terraform template: ${scanned.error.message}`, offset: scanned.error.offset, length: 1 })], value: undefined };
  }
  const attribute = { kind: 'attribute' as const, name: 'policy', nameStart: 0, nameEnd: 0, value: scanned.expr };
  const policy = policyNode(text, attribute);
  if (!policy) return { messages: [], value: undefined };
  const embedded = heredocEmbedding(text, policy);
  const value = parsed(embedded.text);
  const read: EmbeddedPolicy = { embedded, path: [], policyType, fixable: false, ...(ruleResourceType ? { ruleResourceType } : {}) };
  return { messages: dedupe(lintEmbeddedPolicies(filePath, text, [read], rules, TERRAFORM_MISTAKE)).sort(compareMessages), value };
}

/** A text's JSON value, or undefined when it is not JSON. */
export function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Set the value at a path of `target`, making the objects and arrays on the way that it lacks. */
export function setPath(target: Record<string, unknown>, path: ReadonlyArray<string | number>, value: unknown): void {
  let node: Record<string | number, unknown> = target;
  path.forEach((step, i) => {
    if (i === path.length - 1) {
      node[step] = value;
      return;
    }
    const next = path[i + 1];
    node[step] ??= typeof next === 'number' ? [] : {};
    node = node[step] as Record<string | number, unknown>;
  });
}
