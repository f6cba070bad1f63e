/**
 * The rule model: metadata, a JSONPath `given` that selects nodes of the normalised policy, and a
 * `check` that reports paths with message ids. Rules never compute positions; the engine does.
 */
import type { Node } from 'jsonc-parser';
import type { PolicyDocument, Target } from './document.js';
import type { Fixer } from './fixer.js';
import type { NormalizedPolicy } from './normalize.js';
import type { JsonPath, PolicyType, SeverityName, TextEdit } from './types.js';
import { quoted } from '../words.js';

export type Category = 'correctness' | 'security' | 'best-practice' | 'style';
export type Fixable = 'safe' | 'suggestion' | 'none';

export interface RuleMeta {
  category: Category;
  /** Severity in the `recommended` config (and the default when a rule is switched on without one). */
  severity: Exclude<SeverityName, 'off'>;
  /** In `policy-lint:recommended`; every rule is in `policy-lint:all`. */
  recommended: boolean;
  fixable: Fixable;
  /** The equivalent Access Analyzer issue code(s), if any. A report names one when there are several. */
  issueCode?: string | readonly string[];
  /** Policy types the rule applies to; all when absent. */
  policyTypes?: readonly PolicyType[];
  docs: { description: string };
  /** Message templates with `{{name}}` placeholders. */
  messages: Record<string, string>;
  /** Default options; a config's options are merged over them. */
  defaultOptions?: Record<string, unknown>;
  /** JSON Schema of the options object (validated when a config sets options). */
  optionsSchema?: Record<string, unknown>;
  /**
   * The findings that a condition the file computes could make false (src/cloudformation/unknown-condition.ts):
   * in a CloudFormation template or a Terraform file, a statement whose Condition, an operator, an operator
   * block or a condition key name is computed has an unknown condition, and these findings are not reported
   * for it. `false`: no finding of the rule depends on what such a condition is (the decision is recorded;
   * every rule that reads conditions states one). Plain JSON policies never have unknown conditions.
   */
  unknownCondition?: false | ConditionDependence;
  /**
   * The findings that an action list the file computes could make false (src/cloudformation/unknown-action.ts):
   * in a CloudFormation template, a Serverless service or a Terraform file, a statement whose Action or
   * NotAction is computed, as a whole or in part (`NotAction: !Ref Actions`, `[iam:PassRole, !Ref More]`), has
   * an unknown action list. Its literal elements are known; which actions it leaves out, and its whole set, are
   * not: the findings concluded from those are not reported. `false`: no finding of the rule depends on that
   * (every rule that reads Action or NotAction states one). Plain JSON policies never have unknown action lists.
   */
  unknownActions?: false | ActionDependence;
}

/** Message ids whose findings depend on a condition that may be unknown, by how far they look. */
export interface ConditionDependence {
  /** Findings about the statement they are in, dropped when that statement's condition is unknown. */
  statement?: readonly string[];
  /** Findings that weigh the conditions of every statement, dropped when any statement's condition is unknown. */
  policy?: readonly string[];
}

/** Message ids whose findings depend on an action list that may be unknown, by how far they look. */
export interface ActionDependence {
  /**
   * Findings about the statement they are in, concluded from what its Action or NotAction leaves out or from
   * its whole set: dropped when that statement's action list is unknown.
   */
  statement?: readonly string[];
  /**
   * Findings about the statement they are in that are concluded from what its NotAction leaves out when the
   * statement has NotAction (the same ids name an Action entry's grant otherwise): dropped when that
   * statement's NotAction is unknown.
   */
  notAction?: readonly string[];
  /** Findings that a Deny of the policy could answer: dropped when a statement that may be a Deny has one. */
  deny?: readonly string[];
  /** Findings that weigh the actions of every statement: dropped when any statement's action list is unknown. */
  policy?: readonly string[];
}

export interface Match {
  /** The selected value in the normalised policy. */
  value: unknown;
  /** Its path in the normalised policy (mapped back to the file by the engine). */
  path: Array<string | number>;
}

export type FixFunction = (fixer: Fixer) => TextEdit | TextEdit[] | null | undefined;

export interface Report {
  messageId: string;
  data?: Record<string, unknown>;
  path: JsonPath;
  /** Which token of the property to point at; see PolicyDocument.locate. */
  target?: Target;
  /** Point at part of a string value: offsets into the string's content (without the quotes). */
  substring?: { start: number; length: number };
  /** Lower the severity of this one finding (a rule configured as `warn` is never raised to `error`). */
  severity?: Exclude<SeverityName, 'off'>;
  /**
   * One of meta.issueCode, when the rule has several; `null` when this finding has no Access Analyzer
   * equivalent although the rule's other findings do.
   */
  issueCode?: string | null;
  /**
   * Point at this node of `context.document.root` instead of resolving `path`: for tokens that no path can
   * name, such as the earlier of two duplicate keys (paths resolve to the last). A property node points at
   * its key. `path` is still required and should name the same place (it is reported as the message's path).
   */
  node?: Node;
  /**
   * The id of a general rule whose finding on the same token is this same defect, said less well (a misspelt
   * MFA key in the MFA deny is also an unknown key): that finding is dropped, and this one takes its Access
   * Analyzer issue code when it has none, so that it still merges with Access Analyzer's finding. Nothing
   * changes when that rule is off or reports nothing on the token.
   */
  replaces?: string;
  fix?: FixFunction;
  suggest?: Array<{ messageId: string; data?: Record<string, unknown>; fix: FixFunction }>;
  /**
   * Leave this finding to other rules: it is dropped when one of `rules` reports at one of `paths` (normalised
   * paths, as reports give them) in the same document, that rule's finding naming the same defect more
   * precisely. When those rules are off, or say nothing there, this finding stands: a defect keeps one finding.
   */
  deferTo?: { rules: readonly string[]; paths: readonly JsonPath[] };
  /**
   * The finding may name no defect (a Region newer than policy-lint's list): a finding deferred to this rule
   * (`deferTo`) does not give way to it, since the defect it reports may be the only one.
   */
  unsure?: boolean;
}

export interface RuleContext {
  readonly ruleId: string;
  readonly document: PolicyDocument;
  /** The normalised policy (see normalize.ts). */
  readonly policy: NormalizedPolicy;
  readonly policyType: PolicyType;
  readonly options: Record<string, unknown>;
  report(report: Report): void;
}

/** A selector: a JSONPath string, several, or a function for hot paths. */
export type Given = string | readonly string[] | ((policy: NormalizedPolicy) => Match[]);

export interface RuleDefinition {
  id: string;
  meta: RuleMeta;
  given: Given;
  check(match: Match, context: RuleContext): void;
}

export type Rule = Readonly<RuleDefinition>;

export function defineRule(rule: RuleDefinition): Rule {
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(rule.id)) throw new Error(`Rule id "${rule.id}" must be kebab-case.`);
  return Object.freeze(rule);
}

/**
 * Fill `{{name}}` placeholders; a missing value is left visible so that tests catch it. A placeholder inside
 * double quotes (`Sid "{{sid}}"`, `"{{issuer}}:sub"`) is policy text, escaped as in a JSON string (words.ts
 * `quoted`): a Sid `a"b` reads `Sid "a\"b"`, not `Sid "a"b"`.
 */
export function interpolate(template: string, data: Record<string, unknown> = {}): string {
  const parts = templateParts(template);
  let out = parts[0] as string;
  for (let i = 1; i < parts.length; i += 2) {
    const [name, whole, inQuotes] = parts[i] as Placeholder;
    const value = name in data ? String(data[name]) : whole;
    out += (inQuotes && name in data ? quoted(value).slice(1, -1) : value) + (parts[i + 1] as string);
  }
  return out;
}

/** A placeholder of a template: its name, as written, and whether it is inside double quotes. */
type Placeholder = [name: string, whole: string, inQuotes: boolean];

const PLACEHOLDER = /\{\{\s*([\w.]+)\s*\}\}/g;

/**
 * A template split once at its placeholders: text, [name, placeholder as written], text, … A replace with a
 * callback took ~7 µs a message; the templates are the rules' few hundred messages.
 */
const partsByTemplate = new Map<string, Array<string | Placeholder>>();

function templateParts(template: string): Array<string | Placeholder> {
  let parts = partsByTemplate.get(template);
  if (!parts) {
    parts = [];
    let last = 0;
    let quotes = 0;
    for (const match of template.matchAll(PLACEHOLDER)) {
      const text = template.slice(last, match.index);
      quotes += text.split('"').length - 1;
      parts.push(text, [match[1], match[0], quotes % 2 === 1]);
      last = match.index + match[0].length;
    }
    parts.push(template.slice(last));
    if (partsByTemplate.size >= 1000) partsByTemplate.clear();
    partsByTemplate.set(template, parts);
  }
  return parts;
}

/** Whether a rule checks policies of this type (a rule without `policyTypes` checks every type). */
export function appliesTo(rule: Rule, policyType: PolicyType): boolean {
  return !rule.meta.policyTypes || rule.meta.policyTypes.includes(policyType);
}

export function issueCodesOf(meta: RuleMeta): string[] {
  return meta.issueCode === undefined ? [] : typeof meta.issueCode === 'string' ? [meta.issueCode] : [...meta.issueCode];
}
