import { globMatches } from '../iam/glob.js';
import type { ParsedOperator } from './operator.js';

/**
 * Whether one policy value of a String or ARN operator matches a value of the request, as IAM compares them (IAM
 * User Guide, "Condition operators"): `StringEquals` is "Exact matching, case sensitive", the `…IgnoreCase`
 * operators ignore case, and `StringLike` and the ARN operators are case-sensitive with `*` and `?` as wildcards.
 * The negation of the `Not` forms, `…IfExists` and the qualifiers are the caller's to apply.
 * `ignoreCase`: fold case under every operator, for request values AWS always writes in lower case (service
 * principals), where a policy value in other case is read as meant.
 */
export function policyValueMatches(operator: ParsedOperator, policyValue: string, requestValue: string, options?: { ignoreCase?: boolean }): boolean {
  const ignoreCase = options?.ignoreCase === true || operator.base.endsWith('IgnoreCase');
  if (operator.wildcards) return globMatches(policyValue, requestValue, { caseSensitive: !ignoreCase });
  return ignoreCase ? policyValue.toLowerCase() === requestValue.toLowerCase() : policyValue === requestValue;
}
