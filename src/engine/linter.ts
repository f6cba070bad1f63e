/**
 * Lint one document: parse, normalise, run the enabled rules, turn their reports into positioned
 * messages. Fixing repeats lint → apply until nothing changes (at most 10 passes).
 */
import type { Node } from 'jsonc-parser';
import { PolicyDocument, duplicateKeys, type Located, type Positions } from './document.js';
import { Fixer, applyEdits, mergeEdits } from './fixer.js';
import { memoizeLast } from './memo.js';
import type { InvalidUtf8 } from '../io.js';
import { denormalizePath, normalizePolicy, type NormalizedPolicy } from './normalize.js';
import { appliesTo, interpolate, issueCodesOf, type FixFunction, type Report, type Rule, type RuleContext } from './rule.js';
import { Selector, loadJsonPathEngine, needsJsonPathEngine } from './select.js';
import { ruleTimes } from './timing.js';
import {
  compareMessages, countResult, type JsonPath, type LintMessage, type LintResult, type PolicyType, type Severity, type TextEdit,
} from './types.js';

export interface EnabledRule {
  rule: Rule;
  severity: Severity;
  options?: Record<string, unknown>;
}

/** The options a rule runs with: its defaults, overridden by those the configuration gives. */
export function ruleOptions(enabled: EnabledRule): Record<string, unknown> {
  return { ...enabled.rule.meta.defaultOptions, ...enabled.options };
}

export interface LintOptions {
  policyType: PolicyType;
  rules: readonly EnabledRule[];
  /**
   * Whether the caller will keep a message (a template drops those on placeholders): a finding deferred to
   * another rule's (Report.deferTo) gives way only to one that is kept, so that the defect keeps a finding.
   */
  kept?: (message: LintMessage) => boolean;
}

export const JSON_SYNTAX_RULE_ID = 'json-syntax';
export const JSON_SYNTAX_ISSUE_CODE = 'JSON_SYNTAX_ERROR';
/** The message id of syntax errors; rules/json-syntax defines it as `{{message}}`. */
export const JSON_SYNTAX_MESSAGE_ID = 'syntaxError';

/** Thrown when a rule itself fails: a bug in policy-lint, not in the policy. */
export class RuleError extends Error {
  constructor(readonly ruleId: string, readonly filePath: string, readonly causeError: unknown) {
    super(`Rule "${ruleId}" failed on ${filePath}: ${causeError instanceof Error ? causeError.message : String(causeError)}`);
  }
}

/** Load what the rules need before linting (the JSONPath engine only when a rule uses a complex path). */
export async function prepareRules(rules: readonly EnabledRule[]): Promise<void> {
  if (rules.some(({ rule }) => needsJsonPathEngine(rule.given))) await loadJsonPathEngine();
}

export function lintDocument(document: PolicyDocument, options: LintOptions): LintMessage[] {
  if (document.syntaxError) return [syntaxMessage(document)];
  const policy = normalizePolicy(document.value) as NormalizedPolicy;
  const selector = new Selector(policy);
  const findings = new Findings(options.kept);
  const contexts = contextsFor(options.rules, options.policyType);
  // One try for the whole run and indexed loops: this loop runs (rules × statements) times per document,
  // and a try/finally plus an iterator per rule cost as much as the cheap rules themselves.
  let current: Context | undefined;
  const times = ruleTimes(); // POLICY_LINT_TIMING
  try {
    for (let i = 0; i < contexts.length; i++) {
      current = contexts[i];
      current.document = document;
      current.policy = policy;
      current.findings = findings;
      const { rule } = current.enabled;
      const start = times ? performance.now() : 0;
      const matches = selector.select(rule.given);
      for (let j = 0; j < matches.length; j++) rule.check(matches[j], current);
      if (times) times.set(current.ruleId, (times.get(current.ruleId) ?? 0) + (performance.now() - start));
    }
  } catch (error) {
    // JSON.parse takes any depth, the rules' walks do not: report the nesting instead of failing the run.
    if (error instanceof RangeError && /call stack/i.test(error.message)) return [tooDeepMessage(document)];
    throw new RuleError(current!.ruleId, document.filePath, error);
  } finally {
    for (let i = 0; i < contexts.length; i++) contexts[i].release();
  }
  return findings.result().sort(compareMessages);
}

/** Where a rule reported: its id and the report's normalised path. */
const reportKey = (ruleId: string, path: JsonPath) => `${ruleId}\u0000${path.join('\u0000')}`;

/** The messages of one document, each once (two reports may name the same finding). */
class Findings {
  readonly messages: LintMessage[] = [];
  private seen: Set<string> | undefined;
  /** Where each kept report that is sure was, by rule (see Report.deferTo), and the messages that give way or replace. */
  private reported: Set<string> | undefined; // made on the first report: most documents have none
  private deferred: Map<LintMessage, Report['deferTo'] & object> | undefined;
  private replacing: Array<[LintMessage, string]> | undefined;

  constructor(private readonly kept?: (message: LintMessage) => boolean) {}

  add(message: LintMessage, ruleId: string, report: Report): void {
    const kept = !this.kept || this.kept(message);
    if (kept && !report.unsure) (this.reported ??= new Set()).add(reportKey(ruleId, report.path));
    const key = findingKey(message);
    this.seen ??= new Set();
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.messages.push(message);
    if (report.deferTo) (this.deferred ??= new Map()).set(message, report.deferTo);
    // Only a finding the reader keeps may take another's place: the defect must keep one finding.
    if (report.replaces && kept) (this.replacing ??= []).push([message, report.replaces]);
  }

  /**
   * One finding per defect: the messages without those deferred to a rule that reported where they defer to it
   * (Report.deferTo), and without another rule's finding on the token of one that replaces it (Report.replaces),
   * which then takes its Access Analyzer issue code.
   */
  result(): LintMessage[] {
    const { deferred, replacing } = this;
    if (!deferred && !replacing) return this.messages;
    const dropped = new Set<LintMessage>();
    // A new message, not the one `kept` was asked about: a reader may have mapped that one already (by identity).
    const coded = new Map<LintMessage, LintMessage>();
    for (const [message, ruleId] of replacing ?? []) {
      const same = this.messages.find((m) => m.ruleId === ruleId && !dropped.has(m) &&
        m.range![0] === message.range![0] && m.range![1] === message.range![1]);
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
}

/** What makes two messages the same finding: rule, range and text. */
export function findingKey(message: LintMessage): string {
  return `${message.ruleId}|${message.range}|${message.message}`;
}

/**
 * The context of one enabled rule, made once per list of rules and reused for every document: a run lints
 * every file with the same few lists, and a new context per rule per document (with its options merged
 * again) was a large part of the engine's cost. Not re-entrant: one document is linted at a time.
 */
class Context implements RuleContext {
  readonly ruleId: string;
  readonly options: Record<string, unknown>;
  document!: PolicyDocument;
  policy!: NormalizedPolicy;
  findings: Findings | undefined;

  constructor(readonly enabled: EnabledRule, readonly policyType: PolicyType) {
    this.ruleId = enabled.rule.id;
    this.options = ruleOptions(enabled);
    this.report = this.report.bind(this); // rules may pass `context.report` around
  }

  report(report: Report): void {
    this.findings!.add(toMessage(this.document, this.enabled, report), this.ruleId, report);
  }

  /** Let go of the document once it is linted. */
  release(): void {
    this.document = undefined!;
    this.policy = undefined!;
    this.findings = undefined;
  }
}

/** The contexts of the rules that apply to a policy type, for the list of rules used last. */
const contextsByType = memoizeLast((_rules: readonly EnabledRule[]) => new Map<PolicyType, Context[]>());

function contextsFor(rules: readonly EnabledRule[], policyType: PolicyType): Context[] {
  const byType = contextsByType(rules);
  let contexts = byType.get(policyType);
  if (!contexts) {
    contexts = rules
      .filter(({ rule }) => appliesTo(rule, policyType))
      .map((enabled) => new Context(enabled, policyType));
    byType.set(policyType, contexts);
  }
  return contexts;
}

function syntaxMessage(document: PolicyDocument): LintMessage {
  const { message, offset, length } = document.syntaxError!;
  const bom = offset === 0 && document.text.charCodeAt(0) === 0xfeff;
  return fatalMessage(document, message, offset, length, bom ? { range: [0, 1], text: '' } : undefined);
}

/**
 * A rule's finding on a range of a file outside any policy document (a managed policy ARN, a SAM policy
 * template), worded from the rule's message template.
 */
export function rangeMessage(
  enabled: EnabledRule, messageId: string, data: Record<string, unknown>, [start, end]: [number, number], path: Array<string | number>, lines: Positions,
): LintMessage {
  const from = lines.at(start);
  const to = lines.at(end);
  return {
    ruleId: enabled.rule.id, severity: enabled.severity, message: interpolate(enabled.rule.meta.messages[messageId], data),
    messageId, line: from.line, column: from.column, endLine: to.line, endColumn: to.column, range: [start, end], path,
  };
}

/** A json-syntax finding: the document cannot be checked, so it is the only one. */
function fatalMessage(document: PolicyDocument, message: string, offset: number, length: number, fix?: TextEdit): LintMessage {
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
    ...(fix ? { fix } : {}),
  };
}

/**
 * The json-syntax finding of a text whose bytes are not UTF-8 (JSON text must be UTF-8, RFC 8259), at the
 * first bad byte. Nothing else is checked: the text holds U+FFFD where the bytes were, and a fix written
 * from it would lose them.
 */
export function notUtf8Message(document: PolicyDocument, invalid: InvalidUtf8): LintMessage {
  if (invalid.utf16) {
    const order = invalid.utf16.endian === 'LE' ? 'little-endian' : 'big-endian';
    return fatalMessage(document,
      `The file is UTF-16 (${order}) text; a policy file (JSON, YAML or Terraform) must be UTF-8 text: save it as UTF-8 (Windows PowerShell's \`>\` and Out-File write UTF-16).`,
      invalid.offset, 1);
  }
  const byte = `0x${invalid.byte.toString(16).toUpperCase().padStart(2, '0')}`;
  return fatalMessage(document,
    `Byte ${byte} is not UTF-8 (was the file saved as Latin-1 or Windows-1252?); a policy file (JSON, YAML or Terraform) must be UTF-8 text: save it as UTF-8.`,
    invalid.offset, 1);
}

/** Deeper than any IAM policy (a Condition value sits at depth 5); where the text first goes deeper is reported. */
const MAX_REPORTED_DEPTH = 64;

function tooDeepMessage(document: PolicyDocument): LintMessage {
  return fatalMessage(document,
    `The document nests arrays and objects more than ${MAX_REPORTED_DEPTH} levels deep, too deep to check; an IAM policy has a few levels.`,
    deeperThan(document.text, MAX_REPORTED_DEPTH), 1);
}

/** Where a JSON text first nests more than `limit` arrays and objects (strings skipped); 0 if it never does. */
export function deeperThan(text: string, limit: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return i;
    } else if (c === 0x5d || c === 0x7d) {
      depth--;
    }
  }
  return 0;
}

function toMessage(document: PolicyDocument, enabled: EnabledRule, report: Report): LintMessage {
  const { rule } = enabled;
  const template = rule.meta.messages[report.messageId];
  if (template === undefined) throw new Error(`Unknown messageId "${report.messageId}"`);
  const codes = issueCodesOf(rule.meta);
  if (report.issueCode != null && !codes.includes(report.issueCode)) {
    throw new Error(`issueCode "${report.issueCode}" is not in meta.issueCode`);
  }
  const path = denormalizePath(document.value, report.path);
  const located = report.node ? locateNode(document, report.node, path) : document.locate(path, report.target);
  if (!located) throw new Error('Cannot locate a finding in an empty document');
  let { offset, endOffset } = located.range;
  if (report.substring && located.exact && located.node.type === 'string') {
    [offset, endOffset] = substringOffsets(document.text, located.node.offset, report.substring);
  }
  const range = document.rangeOf(offset, endOffset);
  const reportLevel: Severity = report.severity === 'warn' ? 1 : 2;
  const message: LintMessage = {
    ruleId: rule.id,
    severity: Math.min(enabled.severity, reportLevel) as Severity,
    message: interpolate(template, report.data),
    line: range.line,
    column: range.column,
    endLine: range.endLine,
    endColumn: range.endColumn,
    messageId: report.messageId,
    range: [offset, endOffset],
    path: located.path,
  };
  const issueCode = report.issueCode === null ? undefined : report.issueCode ?? (codes.length === 1 ? codes[0] : undefined);
  if (issueCode) message.issueCode = issueCode;
  const fixer = new Fixer(document);
  if (report.fix) {
    const edit = runFix(document, fixer, report.fix);
    if (edit && rule.meta.fixable === 'safe') message.fix = edit;
    else if (edit && rule.meta.fixable === 'suggestion') {
      message.suggestions = [{ desc: message.message, messageId: report.messageId, fix: edit }];
    }
  }
  for (const suggestion of report.suggest ?? []) {
    const edit = runFix(document, fixer, suggestion.fix);
    const desc = rule.meta.messages[suggestion.messageId];
    if (desc === undefined) throw new Error(`Unknown suggestion messageId "${suggestion.messageId}"`);
    if (edit) {
      (message.suggestions ??= []).push({ desc: interpolate(desc, suggestion.data), messageId: suggestion.messageId, fix: edit });
    }
  }
  return message;
}

/** A report's explicit node: a property points at its key, anything else at itself. */
function locateNode(document: PolicyDocument, node: Node, path: Array<string | number>): Located {
  const token = node.type === 'property' && node.children?.[0] ? node.children[0] : node;
  return { node: token, exact: true, range: document.nodeRange(token), path };
}

function runFix(document: PolicyDocument, fixer: Fixer, fix: FixFunction): TextEdit | undefined {
  const result = fix(fixer);
  if (!result) return undefined;
  const edits = Array.isArray(result) ? result : [result];
  if (edits.length === 0) return undefined;
  return mergeEdits(document.text, edits);
}

/**
 * Offsets in the source of part of a string's content. `start` and `length` count characters of the
 * decoded string; escapes (`\"`, `\u0041`) take more source characters than they decode to.
 */
export function substringOffsets(text: string, tokenOffset: number, { start, length }: { start: number; length: number }): [number, number] {
  const map = jsonStringMap(text, tokenOffset);
  const last = map.length - 1; // the closing quote
  return [map[Math.min(start, last)], map[Math.min(start + length, last)]];
}

/** The source offset of each decoded character of the JSON string token at `offset`, and of its closing quote last. */
export function jsonStringMap(text: string, offset: number): number[] {
  const map: number[] = [];
  let i = offset + 1;
  while (i < text.length && text[i] !== '"') {
    map.push(i);
    i += text[i] === '\\' ? (text[i + 1] === 'u' ? 6 : 2) : 1;
  }
  map.push(i);
  return map;
}

export interface FixOutcome {
  output: string;
  messages: LintMessage[];
  /** True when at least one fix was applied. */
  fixed: boolean;
  /** The document of the final output (its value serves suppressions without a second parse). */
  document: PolicyDocument;
}

/**
 * Lint, apply the safe fixes that do not overlap, and repeat until stable (at most 10 passes).
 * `unsuppressed` gives the messages that the configuration does not suppress (`ignore`), given the parsed
 * value of the text they were found in: only their fixes are applied, so that a suppressed finding is also
 * left as it is on disk. `anchors` gives the offsets of the nodes that `ignore` paths select: a fix that would
 * make a path select another node (removing a statement before `$.Statement[2]`) is not applied, or the
 * suppression would move to another statement, and that statement's findings be fixed or shown.
 */
export function lintAndFix(
  filePath: string, text: string, options: LintOptions,
  unsuppressed: (messages: LintMessage[], value: unknown) => LintMessage[] = (messages) => messages,
  anchors?: (document: PolicyDocument) => number[],
): FixOutcome {
  let document = new PolicyDocument(filePath, text);
  let fixed = false;
  for (let pass = 0; pass < 10; pass++) {
    const messages = lintDocument(document, options);
    const edits = fixesOfPass(unsuppressed(messages, document.value));
    const next = edits.length > 0 ? acceptedEdits(document, edits, anchors) : document.text;
    if (next === document.text) return { output: document.text, messages, fixed, document };
    document = new PolicyDocument(filePath, next);
    fixed = true;
  }
  return { output: document.text, messages: lintDocument(document, options), fixed, document };
}

/**
 * The fixes one pass of --fix applies, in text order: a fix that overlaps or touches the one before waits for
 * the next pass (as ESLint).
 */
export function fixesOfPass(messages: readonly LintMessage[]): TextEdit[] {
  const edits: TextEdit[] = [];
  let cursor = -1;
  for (const m of messages.filter((m) => m.fix).sort((a, b) => a.fix!.range[0] - b.fix!.range[0])) {
    if (m.fix!.range[0] <= cursor) continue;
    edits.push(m.fix!);
    cursor = m.fix!.range[1];
  }
  return edits;
}

/**
 * The text with a pass's edits applied, but none that breaks what they must keep:
 * - each fix was made against the text before the pass, so two fixes that rename keys of one object to the
 *   same name (two misspelt operators both becoming `StringEquals`) would together make a duplicate key, and
 *   a parser keeps only one of the two blocks (counted per object: a duplicate that another fix of the pass
 *   removes elsewhere does not make room for a new one);
 * - the nodes that `ignore` paths select (`anchors`) must still be the ones selected, where the edits moved them.
 * When all the edits together break one of these, they are tried one at a time, keeping those that do not;
 * the others' findings stay reported.
 */
function acceptedEdits(document: PolicyDocument, edits: readonly TextEdit[], anchors?: (document: PolicyDocument) => number[]): string {
  const text = document.text;
  const duplicates = duplicateKeys(text);
  const selected = anchors?.(document) ?? [];
  const keeps = (next: string, applied: readonly TextEdit[]): boolean => {
    if (addsDuplicateKey(duplicates, duplicateKeys(next), applied)) return false;
    if (selected.length === 0) return true;
    const moved = selected.map((offset) => movedOffset(offset, applied));
    const now = anchors!(new PolicyDocument(document.filePath, next));
    return moved.length === now.length && moved.every((offset, i) => offset === now[i]);
  };
  const all = applyEdits(text, edits);
  if (keeps(all, edits)) return all;
  const kept: TextEdit[] = [];
  for (const edit of edits) {
    const candidate = [...kept, edit];
    if (keeps(applyEdits(text, candidate), candidate)) kept.push(edit);
  }
  return applyEdits(text, kept);
}

/**
 * Whether the edits make an object repeat a key more often than before. Objects are matched by where the
 * edits move their `{` (those that an edit rewrote, by key alone): a duplicate that one fix removes must not
 * hide one that two others write elsewhere in the same pass.
 */
function addsDuplicateKey(before: ReadonlyArray<{ object: number; key: string }>, after: ReadonlyArray<{ object: number; key: string }>, edits: readonly TextEdit[]): boolean {
  if (after.length === 0) return false;
  const counts = new Map<string, number>();
  const count = (id: string, n: number) => counts.set(id, (counts.get(id) ?? 0) + n);
  for (const { object, key } of before) {
    const moved = movedOffset(object, edits);
    count(`${moved < 0 ? '?' : moved}|${key}`, 1);
  }
  const written = writtenRanges(edits);
  for (const { object, key } of after) {
    count(`${written.some(([start, end]) => object >= start && object < end) ? '?' : object}|${key}`, -1);
  }
  for (const n of counts.values()) if (n < 0) return true;
  return false;
}

/** Where the texts of `edits` (sorted, not overlapping) are once applied: [start, end) in the new text. */
function writtenRanges(edits: readonly TextEdit[]): Array<[number, number]> {
  let shift = 0;
  return edits.map(({ range: [start, end], text }) => {
    const at = start + shift;
    shift += text.length - (end - start);
    return [at, at + text.length];
  });
}

/** Where the node starting at `offset` starts once `edits` (sorted, not overlapping) are applied; -1 if an edit replaces its start. */
function movedOffset(offset: number, edits: readonly TextEdit[]): number {
  let shift = 0;
  for (const { range: [start, end], text } of edits) {
    if (start > offset) break;
    if (start === end || end <= offset) shift += text.length - (end - start);
    else return -1;
  }
  return offset + shift;
}

export function lintText(filePath: string, text: string, options: LintOptions): LintResult {
  const messages = lintDocument(new PolicyDocument(filePath, text), options);
  return countResult(filePath, messages, { source: text, policyType: options.policyType });
}
