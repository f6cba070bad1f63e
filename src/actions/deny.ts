/**
 * The Deny statements that always take an action back: used by the rules that judge what a policy lets a
 * principal do (privilege-escalation, resource-policy-privilege-escalation, sensitive-access).
 */
import { isObject, type NormalizedStatement } from '../engine/normalize.js';

/**
 * Whether a statement is a `Deny` that always applies (no Condition) to a resource that `covers` accepts: its
 * Resource has `"*"` or an entry `covers` accepts. A conditional Deny does not always apply, and a Deny with
 * NotResource is not read (what it leaves out is not worked out). The caller checks that it names the action.
 */
export function unconditionalDenyOn(statement: NormalizedStatement, covers?: (resource: string) => boolean): boolean {
  return statement.Effect === 'Deny' && !isObject(statement.Condition) && !Array.isArray(statement.NotResource)
    && Array.isArray(statement.Resource)
    && statement.Resource.some((r) => typeof r === 'string' && (r === '*' || covers?.(r) === true));
}
