/**
 * Lint the IAM policies of a CloudFormation template: each embedded policy is linted as its own document
 * with every rule and the policy type its resource decides, and each finding is put back on the template's
 * exact characters. Fixes are kept only for literal policy text of a JSON template.
 */
import { blankBom, LineIndex, PolicyDocument, type Positions, type SentText } from '../engine/document.js';
import { applyEdits } from '../engine/fixer.js';
import { findingKey, fixesOfPass, JSON_SYNTAX_ISSUE_CODE, JSON_SYNTAX_MESSAGE_ID, JSON_SYNTAX_RULE_ID, lintDocument, rangeMessage, type EnabledRule } from '../engine/linter.js';
import { rulesForResourceType } from '../engine/resource-type.js';
import { appliesTo } from '../engine/rule.js';
import { compareMessages, type LintMessage, type PolicyType, type TextEdit } from '../engine/types.js';
import { FN_SUB_VARIABLE_MESSAGE_ID } from '../../rules/policy-variable-syntax/policy-variable-syntax.js';
import { conditionForms, embedPolicy, mapEdit, mapRange, onPlaceholder, statementPositions, wrapStatement, type EmbeddedText } from './embed.js';
import { policyLocations } from './locations.js';
import { embedPermission, permissionMessage, permissionPropertyOf, type PermissionSpec } from './permission.js';
import { unknownActionFilter } from './unknown-action.js';
import { unknownConditionFilter } from './unknown-condition.js';
import { entryOf, jsonTemplate, type ParsedTemplate, type SrcNode } from './source.js';
import { templatePolicyArnSites } from './policy-arns.js';
import { policyArnMessages } from '../iam/policy-arns.js';
import { samPolicyTemplateMessages } from './sam-policy-templates.js';
import { conditionModel, policyVariants } from './variants.js';
import { asWrittenInTerraform } from '../terraform/known-forms.js';
import { knownFormValue } from '../iam/known-forms.js';

/** The message id of policy-variable-syntax for `${aws:username}` written unescaped in an Fn::Sub string. */
export const SUB_VARIABLE_RULE_ID = 'policy-variable-syntax';
export const SUB_VARIABLE_MESSAGE_ID = FN_SUB_VARIABLE_MESSAGE_ID;

export interface TemplateOutcome {
  messages: LintMessage[];
  /** The fixed text, when fixes were applied (JSON templates only). */
  output?: string;
  fixed: boolean;
  /** The template as a plain value (short-form tags as their long form), for `ignore` paths. */
  value?: unknown;
  /** The number of policies found. */
  policies: number;
}

/**
 * An embedded policy's document: its positions are the template's, so that a rule that names a line in its
 * message (sid-unique's "(line 5)") names the template's line.
 */
class EmbeddedDocument extends PolicyDocument {
  constructor(filePath: string, text: string, private readonly embedded: EmbeddedText, private readonly lines: Positions) {
    super(filePath, text);
  }

  override get sent(): SentText {
    const sent = this.embedded.sent;
    return sent ? { texts: sent.texts ?? [this.text], layout: sent.layout } : super.sent;
  }

  override positionAt(offset: number): { line: number; column: number } {
    const range = mapRange(this.embedded, offset, offset);
    return range ? this.lines.at(range[0]) : super.positionAt(offset);
  }
}

/** A fatal finding for a template that cannot be read. */
export function templateSyntaxMessage(text: string, error: { message: string; offset: number; length: number }): LintMessage {
  const lines = new LineIndex(text);
  // The YAML parser may place an error at the end of the text, one past it (a quote never closed).
  const offset = Math.min(Math.max(error.offset, 0), text.length);
  const endOffset = Math.min(offset + Math.max(error.length, 0), text.length);
  const start = lines.at(offset);
  const end = lines.at(endOffset);
  return {
    ruleId: JSON_SYNTAX_RULE_ID, severity: 2, fatal: true, message: error.message, messageId: JSON_SYNTAX_MESSAGE_ID,
    line: start.line, column: start.column, endLine: end.line, endColumn: end.column,
    range: [offset, endOffset], issueCode: JSON_SYNTAX_ISSUE_CODE,
  };
}

/**
 * One policy embedded in a file (a template, a Terraform configuration), ready to lint: its JSON text and map,
 * where it is, the policy type and resource type its resource gives it.
 */
export interface EmbeddedPolicy {
  embedded: EmbeddedText;
  /** The policy's path in the file's value: findings' paths start with it (for `ignore` paths). */
  path: Array<string | number>;
  policyType: PolicyType;
  ruleResourceType?: string;
  /** Whether fixes may be kept (edits that land in literal text copied from the file). */
  fixable: boolean;
  /** A single statement wrapped into a policy (wrapStatement): findings' paths below `path` drop the `Statement`. */
  statement?: boolean;
  /**
   * A statement written from a resource's properties (permission.ts): a finding's path below `Statement`, as
   * the path below `path` of the property that supplies it (`['Principal']`), or `[]`.
   */
  propertyPath?: (path: ReadonlyArray<string | number>) => Array<string | number>;
  /**
   * A finding's message in the words of the resource that supplies the statement (permissionMessage: the
   * properties to set, not condition keys to add); `template`: the rule's message template.
   */
  message?: (message: LintMessage, template: string | undefined) => string;
  /**
   * The text a fix writes at a source range, in the file's own syntax (Terraform's escapes in a heredoc), or
   * undefined to drop the fix; by default the fix's text as it is.
   */
  editText?: (text: string, range: [number, number]) => string | undefined;
  /** Rules not run on this policy (a Terraform document whose statements may be repeated or absent). */
  skipRules?: ReadonlySet<string>;
  /** The only rules run on this policy, when set (a Serverless function role with the provider's statements). */
  onlyRules?: ReadonlySet<string>;
  /**
   * A finding's whole path in the file, from its path in the policy, in place of `path` and `propertyPath`
   * (a policy whose statements come from several places of the file).
   */
  findingPath?: (path: ReadonlyArray<string | number>) => Array<string | number>;
  /**
   * The statements (their indexes) that other policies deploy too (a Terraform document merged into several, a
   * Serverless statement in several roles): no redundant-statement finding on them, as removing one changes those.
   */
  sharedStatements?: ReadonlySet<number>;
  /**
   * Each statement's place in the file's Statement list, when it is not its number in this policy (an Fn::If
   * deployment without a statement before it: see statementPositions). A finding names its statements by their
   * place, the same in every deployment, so that one defect gives one finding.
   */
  statementPositions?: readonly number[];
}

/** A statement number in a message's own words (`Statement 2`, `(statement 2)`); a quoted value is skipped. */
const STATEMENT_NUMBER = /("(?:[^"\\]|\\.)*")|\b([Ss]tatement) (\d+)\b/g;

/** The message with the statement numbers it names as places in the file's list (its path: policyPath). */
function placed(message: LintMessage, positions: readonly number[]): LintMessage {
  const text = message.message.replace(STATEMENT_NUMBER, (whole, quoted: string | undefined, word: string, n: string) => quoted ? whole : `${word} ${positions[Number(n)] ?? n}`);
  return { ...message, message: text };
}

/** A redundant-statement finding on a statement other policies deploy too (EmbeddedPolicy.sharedStatements). */
function onSharedStatement(message: LintMessage, shared: ReadonlySet<number> | undefined): boolean {
  const [element, index] = message.path ?? [];
  return shared !== undefined && message.ruleId === 'redundant-statement' && element === 'Statement' && typeof index === 'number' && shared.has(index);
}

/**
 * The policy-variable-syntax message for a policy variable the file's own template syntax would read
 * (`embedded.subVariables`): its message id and the text to write instead.
 */
export interface VariableMistake {
  messageId: string;
  fixed: (name: string) => string;
}

const FN_SUB_MISTAKE: VariableMistake = { messageId: SUB_VARIABLE_MESSAGE_ID, fixed: (name) => `\${!${name}}` };

/**
 * Lint embedded policies with the file's rules, each with its own policy type, findings mapped back to the
 * file's text (those on placeholders dropped, and those a computed condition or action list could make false:
 * see unknown-condition.ts and unknown-action.ts), deduplicated and sorted.
 */
export function lintEmbeddedPolicies(
  filePath: string, text: string, policies: readonly EmbeddedPolicy[], rules: readonly EnabledRule[], mistake: VariableMistake,
  lines: Positions = new LineIndex(text),
): LintMessage[] {
  const messages: LintMessage[] = [];
  for (const policy of policies) {
    const { embedded } = policy;
    const document = new EmbeddedDocument(filePath, embedded.text, embedded, lines);
    const typed = policy.ruleResourceType ? rulesForResourceType(rules, policy.ruleResourceType) : rules;
    const { skipRules, onlyRules } = policy;
    const located = skipRules || onlyRules ? typed.filter(({ rule }) => !skipRules?.has(rule.id) && (!onlyRules || onlyRules.has(rule.id))) : typed;
    // Made once per policy, when it has a finding to map.
    let filters: Array<((message: LintMessage) => boolean) | undefined> | undefined;
    let opaque: EmbeddedText | undefined;
    const mapped = new Map<LintMessage, LintMessage | undefined>();
    /** The message in the file, or undefined when it is dropped; asked by lintDocument too (LintOptions.kept). */
    const inFile = (message: LintMessage): LintMessage | undefined => {
      if (mapped.has(message)) return mapped.get(message);
      filters ??= [
        unknownConditionFilter(() => document.root, embedded.placeholders, located),
        unknownActionFilter(() => document.root, embedded.placeholders, located),
      ];
      let out: LintMessage | undefined;
      if (filters.every((keep) => !keep || keep(message)) && !onSharedStatement(message, policy.sharedStatements)) {
        const template = policy.message && located.find(({ rule }) => rule.id === message.ruleId)?.rule.meta.messages[message.messageId ?? ''];
        const worded = policy.message ? { ...message, message: policy.message(message, template) } : message;
        const numbered = policy.statementPositions ? placed(worded, policy.statementPositions) : worded;
        out = mapMessage(numbered, embedded, (opaque ??= withOpaquePlaceholders(embedded)), policy, lines);
      }
      mapped.set(message, out);
      return out;
    };
    const found = lintDocument(document, { policyType: policy.policyType, rules: located, kept: (message) => inFile(message) !== undefined });
    for (const message of found) {
      const out = inFile(message);
      if (out) messages.push(out);
    }
    messages.push(...subVariableMessages(embedded, policy, rules, lines, mistake));
  }
  return dedupe(messages).sort(compareMessages);
}

/**
 * Lint every policy of a parsed template. A policy with Fn::If is embedded once per deployment
 * `policyVariants` picks from those the template's Conditions allow: the first (each If's first usable branch
 * when possible, else the closest possible reading) is the only embedding whose fixes are kept; then one that
 * reaches each branch not read yet. Their findings are merged, the same finding at the same place kept once.
 * Each location's embeddings are linted as soon as they are made (not all of the template's kept at once).
 */
export function lintParsedTemplate(filePath: string, text: string, parsed: ParsedTemplate, rules: readonly EnabledRule[]): { messages: LintMessage[]; policies: number } {
  if (parsed.error) return { messages: [templateSyntaxMessage(text, parsed.error)], policies: 0 };
  if (!parsed.root) return { messages: [], policies: 0 };
  const lines = new LineIndex(text);
  const messages: LintMessage[] = [];
  const locations = eachLocationPolicies(text, parsed, (policies) => {
    for (const message of lintEmbeddedPolicies(filePath, text, policies, rules, FN_SUB_MISTAKE, lines)) messages.push(message);
  });
  const resources = entryOf(parsed.root, 'Resources')?.value;
  messages.push(...policyArnMessages(templatePolicyArnSites(resources), rules, lines));
  messages.push(...samPolicyTemplateMessages(resources, rules, lines));
  return { messages: dedupe(messages).sort(compareMessages), policies: locations };
}

/**
 * The embedded policies of a parsed template as lintParsedTemplate lints them (each Fn::If variant one more
 * policy, the default embedding first), and the number of policy locations. Also what Access Analyzer gets.
 */
export function templateEmbeddedPolicies(text: string, parsed: ParsedTemplate): { policies: EmbeddedPolicy[]; locations: number } {
  const policies: EmbeddedPolicy[] = [];
  const locations = eachLocationPolicies(text, parsed, (embedded) => { for (const policy of embedded) policies.push(policy); });
  return { policies, locations };
}

/** The rules not run on a policy with Fn::If variants: their finding in one deployment may be wrong in another. */
const BRANCHING_SKIPPED: ReadonlySet<string> = new Set(['redundant-statement']);

/** Each policy location's embedded policies (its Fn::If variants, the default first), in order; the number of locations. */
function eachLocationPolicies(text: string, parsed: ParsedTemplate, use: (policies: EmbeddedPolicy[]) => void): number {
  if (parsed.error || !parsed.root) return 0;
  const locations = policyLocations(parsed.root);
  const model = conditionModel(parsed.root);
  const forms = conditionForms(parsed.root);
  for (const location of locations) {
    const policies: EmbeddedPolicy[] = [];
    const variants = policyVariants(location.node, model, forms, location.condition);
    // A statement repeated in one deployment may be needed in another: with Fn::If variants, no redundant-statement.
    const branching = variants.length > 1 ? { skipRules: BRANCHING_SKIPPED } : {};
    variants.forEach((flip, variant) => {
      if (location.permission) {
        const spec = location.permission;
        const properties = new Map(location.node.entries!.map((e) => [e.key, e]));
        const read = embedPermission(text, properties, spec, location.anchor, flip);
        if (read) policies.push({ embedded: read, path: location.path, policyType: 'resource', fixable: false, propertyPath: permissionPath(spec), message: permissionMessage(spec) });
        return;
      }
      const read = embedPolicy(text, location.node, location.anchor, flip, location.sdkParameter);
      if (!read) return;
      const positions = location.statement ? undefined : statementPositions(location.node, flip);
      policies.push({
        embedded: location.statement ? wrapStatement(read, location.anchor) : read,
        path: location.path, policyType: location.policyType,
        fixable: variant === 0 && parsed.format === 'json' && location.node.kind === 'object' && !location.sdkParameter,
        ...branching,
        ...(location.statement ? { statement: true } : {}),
        ...(positions ? { statementPositions: positions } : {}),
        ...(location.ruleResourceType ? { ruleResourceType: location.ruleResourceType } : {}),
      });
    });
    use(policies);
  }
  return locations.length;
}

/** The messages, each finding once (two reports may name the same finding). */
export function dedupe(messages: LintMessage[]): LintMessage[] {
  const seen = new Set<string>();
  return messages.filter((m) => {
    const key = findingKey(m);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The embedded text with only its placeholders of no known form. A pseudo parameter of a known form is only a
 * variable part of the string around it: a finding on that string (`arn:${AWS::Partition}:iam::12345678:root`)
 * is about the rest of it; one on the parameter alone is dropped (mapMessage).
 */
function withOpaquePlaceholders(embedded: EmbeddedText): EmbeddedText {
  return { ...embedded, placeholders: embedded.placeholders.filter(([s, e]) => knownFormValue(placeholderText(embedded.text, s, e)) === undefined) };
}

/** `opaque`: `embedded` with its placeholders of no known form (withOpaquePlaceholders). */
function mapMessage(message: LintMessage, embedded: EmbeddedText, opaque: EmbeddedText, policy: EmbeddedPolicy, lines: Positions): LintMessage | undefined {
  const { fixable, editText = (text: string) => text } = policy;
  const [start, end] = message.range ?? [0, 0];
  if (onPlaceholder(opaque, start, end)) return undefined;
  // On text the linter wrote (a permission resource's `"Effect": "Allow"`): no property holds it.
  if (embedded.synthetic?.some(([s, e]) => start >= s && end <= e)) return undefined;
  if (embedded.placeholders.some(([s, e]) => start >= s && end <= e && (end > start || start > s))) return undefined;
  // A finding elsewhere that exists only because of a placeholder names it (`"${Bucket.Arn}" is literal text`).
  if (opaque.placeholders.some(([s, e]) => e - s > 3 && message.message.includes(placeholderText(embedded.text, s, e)))) return undefined;
  const range = mapRange(embedded, start, end);
  if (!range) return undefined;
  const from = lines.at(range[0]);
  const to = lines.at(range[1]);
  const { fix, suggestions, ...rest } = message;
  const out: LintMessage = {
    ...rest,
    // A Terraform data source of a known form is quoted as the file writes it (`${data.aws_partition.current.partition}`).
    message: asWrittenInTerraform(rest.message),
    line: from.line, column: from.column, endLine: to.line, endColumn: to.column,
    range,
    path: policy.findingPath ? policy.findingPath(message.path ?? []) : [...policy.path, ...policyPath(message.path ?? [], policy)],
  };
  const mapFix = (edit: TextEdit): TextEdit | undefined => {
    if (!fixable) return undefined;
    const at = mapEdit(embedded, edit.range[0], edit.range[1], edit.text);
    const text = at && editText(edit.text, at);
    return at && text !== undefined ? { range: at, text } : undefined;
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

/** A finding's path in a permission resource: the property that supplies the statement's element. */
export function permissionPath(spec: PermissionSpec, rename: (property: string) => string = (p) => p): (path: ReadonlyArray<string | number>) => Array<string | number> {
  return (path) => {
    const property = permissionPropertyOf(spec, path);
    return property ? [rename(property)] : [];
  };
}

/**
 * A finding's path below the policy's property: for a wrapped statement, the part below its `Statement`; a
 * statement index as its place in the file's list (EmbeddedPolicy.statementPositions).
 */
export function policyPath(path: ReadonlyArray<string | number>, policy: EmbeddedPolicy): ReadonlyArray<string | number> {
  if (policy.propertyPath) return path[0] === 'Statement' ? policy.propertyPath(path.slice(1)) : [];
  if (!policy.statement) {
    const [element, index, ...rest] = path;
    const place = typeof index === 'number' ? policy.statementPositions?.[index] : undefined;
    return element === 'Statement' && place !== undefined ? [element, place, ...rest] : path;
  }
  return path[0] === 'Statement' ? path.slice(1) : [];
}

/** A placeholder's text as a rule would quote it (decoded when it sits in a JSON string). */
export function placeholderText(text: string, start: number, end: number): string {
  return text.slice(start, end).replace(/\\(["\\/])/g, '$1');
}

/** policy-variable-syntax's finding for each `${aws:…}` left unescaped where the file's template syntax reads it (an Fn::Sub string). */
function subVariableMessages(embedded: EmbeddedText, location: EmbeddedPolicy, rules: readonly EnabledRule[], lines: Positions, mistake: VariableMistake): LintMessage[] {
  if (embedded.subVariables.length === 0) return [];
  const enabled = rules.find(({ rule }) => rule.id === SUB_VARIABLE_RULE_ID);
  if (!enabled || !appliesTo(enabled.rule, location.policyType)) return [];
  return embedded.subVariables.map(({ text, name, start, end }) =>
    rangeMessage(enabled, mistake.messageId, { text, name, fixed: mistake.fixed(name) }, [start, end], location.path, lines));
}

/** A template's plain value: short-form tags in their long form (`!Sub x` → `{"Fn::Sub": "x"}`). */
export function templateValue(node: SrcNode | undefined): unknown {
  if (!node) return undefined;
  let value: unknown;
  if (node.kind === 'object') value = Object.fromEntries(node.entries!.map((e) => [e.key, templateValue(e.value)]));
  else if (node.kind === 'array') value = node.items!.map(templateValue);
  else value = node.value;
  return node.tag ? { [node.tag]: value } : value;
}

/**
 * Lint a template, and with `fix`, apply the safe fixes that land in literal JSON policy text, repeating until
 * nothing changes (at most 10 passes). `unsuppressed` keeps the messages the configuration does not suppress.
 */
export function lintTemplate(
  filePath: string, text: string, parsed: ParsedTemplate, rules: readonly EnabledRule[],
  options: { fix?: boolean; unsuppressed?: (messages: LintMessage[], value: unknown) => LintMessage[] } = {},
): TemplateOutcome {
  let current = text;
  let currentParsed = parsed;
  let fixed = false;
  for (let pass = 0; ; pass++) {
    const { messages, policies } = lintParsedTemplate(filePath, current, currentParsed, rules);
    const value = templateValue(currentParsed.root);
    const done = (): TemplateOutcome => ({ messages, fixed, policies, value, ...(fixed ? { output: current } : {}) });
    if (!options.fix || currentParsed.format !== 'json' || pass >= 10) return done();
    const edits = fixesOfPass((options.unsuppressed ?? ((m) => m))(messages, value));
    if (edits.length === 0) return done();
    const next = applyEdits(current, edits);
    let nextParsed: ParsedTemplate;
    try {
      JSON.parse(blankBom(next)); // a byte order mark the template has is kept, as read
      nextParsed = jsonTemplate(next);
    } catch {
      return done(); // a fix that breaks the template is never written
    }
    if (nextParsed.error || next === current) return done();
    current = next;
    currentParsed = nextParsed;
    fixed = true;
  }
}

