/**
 * Fix helpers shared by the MFA rule pack: moving one condition key from one operator to another
 * (`Bool` → `BoolIfExists`, `NumericGreaterThan` → `NumericGreaterThanIfExists`, …) with text edits that
 * keep the file's layout and the value exactly as written.
 */
import { nodeValue } from '../engine/document.js';
import { denormalizePath, isObject, type ConditionEntry, type NormalizedStatement } from '../engine/normalize.js';
import type { FixFunction, RuleContext } from '../engine/rule.js';
import type { JsonPath, TextEdit } from '../engine/types.js';

/** A normalised path as a path in the file (a single statement object has no index). */
export function filePath(context: RuleContext, path: JsonPath): Array<string | number> {
  return denormalizePath(context.document.value, path);
}

/**
 * Move `entry` (one key of one operator block) to the operator `to`:
 * - the block holds only this key and there is no `to` block: rename the operator;
 * - a `to` block exists: add the key there (after its keys) and remove it here;
 * - otherwise: add a `to` block with the key at the end of Condition and remove the key here.
 * Undefined when the `to` block already has the key (letter case ignored): the author must decide.
 */
export function moveConditionKeyFix(context: RuleContext, statement: NormalizedStatement, entry: ConditionEntry, to: string): FixFunction | undefined {
  const condition = statement.Condition;
  if (!isObject(condition)) return undefined;
  const block = condition[entry.operator];
  const target = condition[to];
  if (isObject(target) && Object.keys(target).some((key) => key.toLowerCase() === entry.key.toLowerCase())) return undefined;
  const operatorPath = filePath(context, entry.operatorPath);
  const keyPath = filePath(context, entry.keyPath);
  const conditionPath = operatorPath.slice(0, -1);
  const alone = isObject(block) && Object.keys(block).length === 1;
  return (fixer) => {
    if (alone && !(to in condition)) return fixer.renameKey(operatorPath, to);
    const valueNode = context.document.nodeAt(keyPath);
    const conditionNode = context.document.nodeAt(conditionPath);
    if (!valueNode || !conditionNode) return null;
    const text = context.document.text;
    // The value exactly as written (quotes, JSON booleans, layout of a one-line list).
    const valueText = text.slice(valueNode.offset, valueNode.offset + valueNode.length);
    const oneLine = !/[\r\n]/.test(text.slice(conditionNode.offset, conditionNode.offset + conditionNode.length));
    const edits: TextEdit[] = [];
    if (isObject(target)) {
      edits.push(/[\r\n]/.test(valueText)
        ? fixer.insertProperty([...conditionPath, to], entry.key, nodeValue(valueNode))
        : fixer.insertProperty([...conditionPath, to], entry.key, undefined, { rawValue: valueText }));
    } else if (oneLine) {
      // The block's colon as the file writes it (`"k":"v"` minified), as insertProperty does for the operator.
      edits.push(fixer.insertProperty(conditionPath, to, undefined, { rawValue: `{${JSON.stringify(entry.key)}${fixer.colon(valueNode)}${valueText}}` }));
    } else {
      edits.push(fixer.insertProperty(conditionPath, to, { [entry.key]: nodeValue(valueNode) }));
    }
    edits.push(alone ? fixer.removeProperty(operatorPath) : fixer.removeProperty(keyPath));
    return edits;
  };
}
