import { conditionEntries, type NormalizedStatement } from '../engine/normalize.js';
import type { JsonPath } from '../engine/types.js';
import type { RuleContext } from '../engine/rule.js';
import { reportStrayWhitespace } from '../engine/stray-whitespace.js';
import { hasWildcard } from '../iam/glob.js';
import { parseOperator, type ParsedOperator } from './operator.js';
import { hasVariable, lowerKey, show } from './values.js';

export interface IdValue {
  /** The condition key as written, and lower-cased. */
  key: string;
  lower: string;
  operator: ParsedOperator;
  /** The value as written, and its path (`[..., 'Condition', operator, key, index]`). */
  item: string;
  path: Array<string | number>;
}

/**
 * The values that the ID-format rules (account, organization, VPC IDs) check: each string of a String-operator
 * condition on one of `keys` (lower-case). Null takes true/false and other operator families are the type
 * rules' business, other values the schema's; patterns and variables (`${aws:PrincipalAccount}`, a template's
 * `${AWS::AccountId}`) cannot be checked against a format. With `patterns`, values with wildcards are read too
 * (organization paths, mostly "o-…/r-…/ou-…/*").
 * A list, not a generator: four rules ask for each statement with a Condition, and almost always get nothing;
 * a generator object and its protocol per call cost more than the empty list.
 */
export function idValues(
  statement: NormalizedStatement, statementPath: JsonPath, keys: ReadonlySet<string>, { patterns = false } = {},
): IdValue[] {
  const out: IdValue[] = [];
  for (const { operator, key, values, keyPath } of conditionEntries(statement, statementPath)) {
    const lower = lowerKey(key);
    if (!keys.has(lower) || !Array.isArray(values)) continue;
    const parsed = parseOperator(operator);
    if (parsed?.family !== 'String') continue;
    for (const [index, item] of values.entries()) {
      if (typeof item !== 'string' || hasVariable(item) || (!patterns && hasWildcard(item))) continue;
      out.push({ key, lower, operator: parsed, item, path: [...keyPath, index] });
    }
  }
  return out;
}

/**
 * Reports whitespace around an ID value (`"111122223333 "`), which no ID has (reportStrayWhitespace), with the
 * rule's message ids: the finding's (data `value`, `where` and `key`) and the suggestion's (data `trimmed`).
 * True when it reported.
 */
export function reportIdWhitespace(
  context: RuleContext, { key, item, path }: IdValue, messageId: string, trimMessageId: string, issueCode?: string,
): boolean {
  return reportStrayWhitespace(context, item, path, { messageId, trimMessageId, data: { value: show(item), key }, issueCode });
}
