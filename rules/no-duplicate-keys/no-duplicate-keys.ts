import type { Node } from 'jsonc-parser';
import { canonicalJson } from '../../src/engine/canonical.js';
import { conditionStatementMatches, isObject, type NormalizedStatement } from '../../src/engine/normalize.js';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { nodeValue } from '../../src/engine/document.js';

/** True when some condition operator block names a key twice in different letter case. */
function hasCaseVariantConditionKeys(context: RuleContext): boolean {
  for (const { value: statement } of conditionStatementMatches(context.policy)) {
    for (const block of Object.values((statement as NormalizedStatement).Condition as object)) {
      if (!isObject(block)) continue;
      const keys = Object.keys(block);
      // Most blocks name one key: nothing to lower-case.
      if (keys.length > 1 && new Set(keys.map((k) => k.toLowerCase())).size !== keys.length) return true;
    }
  }
  return false;
}

/** `["Statement", "Condition", op]` or `["Statement", i, "Condition", op]`: an operator block of a condition. */
function isOperatorBlock(path: Array<string | number>): boolean {
  return path[0] === 'Statement' && path[path.length - 2] === 'Condition' &&
    (path.length === 3 || (path.length === 4 && typeof path[1] === 'number'));
}

/**
 * Walk the raw tree. `addressable` is false below an earlier one of two duplicate keys: paths resolve to the
 * last occurrence, so nothing under an earlier one can be named by a fix.
 */
function walk(node: Node, path: Array<string | number>, addressable: boolean, context: RuleContext): void {
  if (node.type === 'array') {
    (node.children ?? []).forEach((child, index) => walk(child, [...path, index], addressable, context));
    return;
  }
  if (node.type !== 'object') return;
  const properties = (node.children ?? []).filter((p) => p.children?.[0] && p.children[1]);
  const keyOf = (property: Node) => property.children![0].value as string;
  const lineOf = (property: Node) => context.document.positionAt(property.children![0].offset).line;
  const last = new Map(properties.map((p) => [keyOf(p), p]));
  const first = new Map<string, Node>();
  const previous = new Map<string, Node>();
  const byLowerCase = new Map<string, Node>();
  const operatorBlock = isOperatorBlock(path);
  for (const property of properties) {
    const key = keyOf(property);
    const value = property.children![1];
    const keyPath = [...path, key];
    const earlier = previous.get(key);
    if (earlier) {
      const removable = addressable && last.get(key) === property &&
        canonicalJson(nodeValue(earlier.children![1])) === canonicalJson(nodeValue(value));
      context.report({
        messageId: 'duplicate', node: property, path: keyPath, data: { key, line: lineOf(first.get(key)!) }, issueCode: null,
        // The same value twice: every parser reads the same thing whichever occurrence it keeps.
        fix: removable ? (fixer) => fixer.removeProperty(keyPath) : undefined,
      });
    } else if (operatorBlock) {
      const sameKey = byLowerCase.get(key.toLowerCase());
      if (sameKey) {
        context.report({
          messageId: 'differentCase', node: property, path: keyPath, issueCode: 'DUPLICATE_KEYS_WITH_DIFFERENT_CASE',
          data: { key, first: keyOf(sameKey), line: lineOf(sameKey), operator: path[path.length - 1] },
        });
      } else {
        byLowerCase.set(key.toLowerCase(), property);
      }
    }
    if (!first.has(key)) first.set(key, property);
    previous.set(key, property);
    walk(value, keyPath, addressable && last.get(key) === property, context);
  }
}

export default defineRule({
  id: 'no-duplicate-keys',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    unknownCondition: false,
    issueCode: 'DUPLICATE_KEYS_WITH_DIFFERENT_CASE',
    docs: { description: 'No object in the document has the same key twice, and no condition block names a condition key twice in different case.' },
    messages: {
      duplicate: 'Key "{{key}}" appears again (first on line {{line}}); JSON parsers disagree about which value wins, so keep only one.',
      differentCase: 'Condition key "{{key}}" repeats "{{first}}" (line {{line}}) in other letter case in the same "{{operator}}" block; condition keys are case-insensitive, so merge the two.',
    },
  },
  given: '$',
  check(_match, context) {
    // Condition keys that differ only in case are not duplicates to JSON.parse, so they need the walk too.
    if (!context.document.mayHaveDuplicateKeys() && !hasCaseVariantConditionKeys(context)) return;
    if (context.document.root) walk(context.document.root, [], true, context);
  },
});
