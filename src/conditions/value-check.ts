/**
 * The walk of the rules that check whether condition values fit their operator (condition-number-value,
 * condition-bool-value, condition-date-value, condition-binary-value, condition-arn-value,
 * condition-ip-range-valid): each rule keeps its own judgement and messages, this finds what to judge.
 */
import { conditionEntries, type ConditionEntry, type NormalizedStatement } from '../engine/normalize.js';
import type { RuleContext } from '../engine/rule.js';
import type { JsonPath } from '../engine/types.js';
import { parseOperator, type OperatorFamily, type ParsedOperator } from './operator.js';
import { hasVariable } from './values.js';

/**
 * What a rule does with the keys and values of its family. Declare it once, outside `check`, and report through
 * the context passed along: the walk runs for every statement with a Condition in every file, and a visitor of
 * closures made in each `check` made these rules 10-20% slower on the AWS managed policies.
 */
export interface FamilyValueVisitor {
  /** Once per condition key under an operator of the family, before its values: for a judgement of the whole list. */
  entry?(context: RuleContext, entry: ConditionEntry, operator: ParsedOperator): void;
  /**
   * Once per value to judge, with its position in the key's list (its path is `[...entry.keyPath, index]`).
   * Values holding a policy variable (`${...}`) are not passed: they are known only at request time, and the
   * variable rules check them. Nor are null, objects and nested lists: the schema rule reports those.
   */
  value(context: RuleContext, value: string | number | boolean, index: number, entry: ConditionEntry): void;
}

/**
 * Visit the condition keys and values of a statement under the operators of `family` (one, or several such as
 * `['Bool', 'Null']`), in every form: with or without `IfExists` and a `ForAllValues:` or `ForAnyValue:`
 * qualifier. Operators IAM does not know are skipped (condition-operator-valid reports them).
 */
export function forEachFamilyValue(
  statement: unknown, statementPath: JsonPath, family: OperatorFamily | readonly OperatorFamily[],
  visitor: FamilyValueVisitor, context: RuleContext,
): void {
  for (const entry of conditionEntries(statement as NormalizedStatement, statementPath)) {
    const operator = parseOperator(entry.operator);
    if (!operator || !(typeof family === 'string' ? operator.family === family : family.includes(operator.family))) continue;
    const { values } = entry;
    if (!Array.isArray(values)) continue;
    visitor.entry?.(context, entry, operator);
    for (let index = 0; index < values.length; index++) {
      const value: unknown = values[index];
      if (typeof value === 'string' ? hasVariable(value) : typeof value !== 'number' && typeof value !== 'boolean') continue;
      visitor.value(context, value as string | number | boolean, index, entry);
    }
  }
}
