/**
 * Unknown action lists: the statements of an embedded policy (a CloudFormation template's, a Serverless
 * service's, a Terraform file's) whose Action or NotAction the file computes, as a whole or in part, so that
 * no rule can tell which actions the statement names.
 *
 * A statement's action list is unknown when a placeholder (`${Ref::Actions}`, `${TF::var.actions}`,
 * `${self:custom.actions}`) stands, in the embedded policy's text, in
 *   - the Action or NotAction value, when it is not an array (`NotAction: !Ref Actions`, `not_actions = var.a`,
 *     `Action: !Sub "s3:${Verb}"`);
 *   - an element of an Action or NotAction array, in whole or in part (`[iam:PassRole, !Ref More]`,
 *     `["s3:GetObject", var.more]`): the list holds the literal elements and something more;
 *   - a statement element's name (`(var.k) = …`), which may be Action or NotAction;
 *   - the statement itself (`Statement = [{…}, local.deny]`): no rule reads it, but it may hold any actions.
 * An Fn::If around an action or a list is not one: each of its branches is linted as its own embedding.
 *
 * What stays known: the literal elements of such a list are there, so a finding about one of them (an action
 * that does not exist, `iam:PassRole` on `"*"`) stands. What is lost: that an action is absent from the list
 * (a NotAction that does not exclude `iam:PassRole`; a Deny whose Action does not cover the MFA actions), and
 * what the whole set is (only read actions; no action applies to the resource type). The rules that conclude
 * from those declare the message ids in `meta.unknownActions`, whose findings are then dropped:
 *   - `statement` ids (what the list leaves out, or its whole set) when they lie in such a statement;
 *   - `notAction` ids (what a NotAction leaves out: "NotAction allows iam:PassRole"; the same ids may name what
 *     an Action entry covers, which stays known) when they lie in a statement whose NotAction is unknown;
 *   - `deny` ids (a statement's grant that a Deny of the same policy could take back) when any such statement
 *     may be a Deny that denies more than the rules read (its Effect is not the literal "Allow", and its Action
 *     or Effect is computed: a literal Deny whose NotAction alone is computed denies at most what the rules
 *     read, all but its literal entries, so a grant they find open stays open);
 *   - `policy` ids (a conclusion about what the policy's statements together name) when any statement is one.
 */
import type { Node } from 'jsonc-parser';
import type { EnabledRule } from '../engine/linter.js';
import type { LintMessage } from '../engine/types.js';
import { property, statementsAndPlaceholders } from './unknown-condition.js';

type Range = readonly [number, number];

export interface UnknownActionStatement {
  /** The statement's range in the policy's text. */
  range: [number, number];
  /** Whether its NotAction is (or may be) the unknown list. */
  notAction: boolean;
  /**
   * Whether it may be a Deny of actions the rules do not read it as denying: its Effect is not the literal
   * "Allow", and its Action, an element's name, the statement or its Effect is computed. (A literal "Deny"
   * whose NotAction alone is computed is not one: it denies all but its literal entries and the computed ones,
   * at most what the rules read.)
   */
  deny: boolean;
}

const ACTION_ELEMENTS = new Set(['Action', 'NotAction']);

/** The statements whose action list is unknown, as a whole or in part. */
export function unknownActionStatements(root: Node | undefined, placeholders: readonly Range[]): UnknownActionStatement[] {
  const found = statementsAndPlaceholders(root, placeholders);
  if (!found) return [];
  const { list, open } = found;
  const out: UnknownActionStatement[] = [];
  for (const statement of list) {
    const range: [number, number] = [statement.offset, statement.offset + statement.length];
    if (statement.type !== 'object') {
      if (open(statement)) out.push({ range, notAction: true, deny: true });
      continue;
    }
    const { list, notAction, action } = unknown(statement, open);
    if (!list) continue;
    const effect = property(statement, 'Effect');
    const literal = (value: string) => effect?.type === 'string' && effect.value === value && !open(effect);
    out.push({ range, notAction, deny: !literal('Allow') && (action || !literal('Deny')) });
  }
  return out;
}

/**
 * Whether a statement's action list is unknown (`list`), whether its NotAction may be (`notAction`), and
 * whether its Action may be (`action`).
 */
function unknown(statement: Node, open: (node: Node | undefined) => boolean): { list: boolean; notAction: boolean; action: boolean } {
  const out = { list: false, notAction: false, action: false };
  for (const element of statement.children ?? []) {
    const [key, value] = element.children ?? [];
    if (open(key)) return { list: true, notAction: true, action: true };
    if (!ACTION_ELEMENTS.has(key?.value) || !value) continue;
    if (value.type === 'array' ? (value.children ?? []).some(open) : open(value)) {
      out.list = true;
      if (key.value === 'NotAction') out.notAction = true;
      else out.action = true;
    }
  }
  return out;
}

/**
 * A filter of one policy's messages (their ranges in the policy's text) that drops the findings an unknown
 * action list could make false; undefined when there is nothing to drop.
 */
export function unknownActionFilter(
  root: () => Node | undefined, placeholders: readonly Range[], rules: readonly EnabledRule[],
): ((message: LintMessage) => boolean) | undefined {
  if (placeholders.length === 0) return undefined;
  const statements = unknownActionStatements(root(), placeholders);
  if (statements.length === 0) return undefined;
  const deny = statements.some((s) => s.deny);
  const byId = new Map(rules.map(({ rule }) => [rule.id, rule.meta.unknownActions]));
  return (message) => {
    const dependence = message.ruleId ? byId.get(message.ruleId) : undefined;
    if (!dependence || !message.messageId) return true;
    if (dependence.policy?.includes(message.messageId)) return false;
    if (deny && dependence.deny?.includes(message.messageId)) return false;
    const whole = dependence.statement?.includes(message.messageId);
    if (!whole && !dependence.notAction?.includes(message.messageId)) return true;
    const [start, end] = message.range ?? [0, 0];
    return !statements.some(({ range: [s, e], notAction }) => start >= s && end <= e && (whole || notAction));
  };
}
