/**
 * Unknown conditions: the statements of an embedded policy (a CloudFormation template's, a Terraform file's)
 * whose condition the file computes, so that no rule can tell what it tests.
 *
 * A statement's condition is unknown when a placeholder (something the file leaves open: `${Ref::Cond}`,
 * `${TF::var.c}`, `${Fn::If}`) stands, in the embedded policy's text, in
 *   - the Condition's value, when it is not an object (`Condition = var.c`, `Condition: !Ref Cond`);
 *   - an operator's name (`(var.op) = {…}`, `test = var.t`, a `dynamic "condition"` block);
 *   - an operator block that is not an object (`ArnEquals = local.x`, `StringEquals: !Ref X`, `!GetAtt C.Block`);
 *   - a condition key's name, in whole or in part (`variable = var.key`, `"${var.issuer}:sub"`);
 *   - a statement element's name (`(var.k) = …` beside Effect), which may be the Condition;
 *   - the statement itself (`Statement = [{…}, local.deny]`, `Statement = var.statements`): no rule reads it,
 *     but it may hold any condition, so the findings that weigh every statement's condition are dropped.
 * Not when only values are computed (`values = [var.arn]`, `values = var.v`, `aws:SourceArn: !GetAtt X.Arn`):
 * the operator and key are known, and the rules read a placeholder value as a value they cannot judge. Nor for
 * an Fn::If around a condition, block or key: each of its branches is linted as its own embedding.
 *
 * The findings of the rules that declare them condition-dependent (`meta.unknownCondition`) are then dropped:
 * `statement` message ids when they lie in such a statement, `policy` ones when any statement is one.
 */
import type { Node } from 'jsonc-parser';
import type { EnabledRule } from '../engine/linter.js';
import type { LintMessage } from '../engine/types.js';

type Range = readonly [number, number];

/**
 * A policy's statements (Statement's items, or Statement itself when it is one object), and whether a node
 * overlaps a placeholder (its text is computed, wholly or in part); undefined when there is nothing to judge.
 */
export function statementsAndPlaceholders(
  root: Node | undefined, placeholders: readonly Range[],
): { list: Node[]; open: (node: Node | undefined) => boolean } | undefined {
  if (!root || root.type !== 'object' || placeholders.length === 0) return undefined;
  const statements = property(root, 'Statement');
  if (!statements) return undefined;
  const list = statements.type === 'array' ? statements.children ?? [] : [statements];
  const open = (node: Node | undefined): boolean => node !== undefined && placeholders.some(([s, e]) => node.offset < e && node.offset + node.length > s);
  return { list, open };
}

/** The ranges (in the policy's text) of the statements whose condition is unknown. */
export function unknownConditionStatements(root: Node | undefined, placeholders: readonly Range[]): Array<[number, number]> {
  const found = statementsAndPlaceholders(root, placeholders);
  if (!found) return [];
  const { list, open } = found;
  const out: Array<[number, number]> = [];
  for (const statement of list) {
    if (statement.type !== 'object' ? open(statement) : unknown(statement, open)) out.push([statement.offset, statement.offset + statement.length]);
  }
  return out;
}

function unknown(statement: Node, open: (node: Node | undefined) => boolean): boolean {
  for (const element of statement.children ?? []) {
    const [key, value] = element.children ?? [];
    if (open(key)) return true;
    if (key?.value !== 'Condition' || !value) continue;
    if (value.type !== 'object') return open(value);
    for (const operator of value.children ?? []) {
      const [name, block] = operator.children ?? [];
      if (open(name)) return true;
      if (!block) continue;
      if (block.type !== 'object') {
        if (open(block)) return true;
        continue;
      }
      for (const entry of block.children ?? []) if (open(entry.children?.[0])) return true;
    }
  }
  return false;
}

/** The value of an object's member `name` (the last one, as JSON.parse reads it); shared with unknown-action.ts. */
export function property(object: Node, name: string): Node | undefined {
  let found: Node | undefined;
  for (const p of object.children ?? []) if (p.children?.[0]?.value === name) found = p.children[1]; // the last, as JSON.parse
  return found;
}

/**
 * A filter of one policy's messages (their ranges in the policy's text) that drops the findings an unknown
 * condition could make false; undefined when there is nothing to drop.
 */
export function unknownConditionFilter(
  root: () => Node | undefined, placeholders: readonly Range[], rules: readonly EnabledRule[],
): ((message: LintMessage) => boolean) | undefined {
  if (placeholders.length === 0) return undefined;
  const statements = unknownConditionStatements(root(), placeholders);
  if (statements.length === 0) return undefined;
  const byId = new Map(rules.map(({ rule }) => [rule.id, rule.meta.unknownCondition]));
  return (message) => {
    const dependence = message.ruleId ? byId.get(message.ruleId) : undefined;
    if (!dependence || !message.messageId) return true;
    if (dependence.policy?.includes(message.messageId)) return false;
    if (!dependence.statement?.includes(message.messageId)) return true;
    const [start, end] = message.range ?? [0, 0];
    return !statements.some(([s, e]) => start >= s && end <= e);
  };
}
