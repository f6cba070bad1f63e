/**
 * The Deny statements that always take an action back: used by the rules that judge what a policy lets a
 * principal do (privilege-escalation, resource-policy-privilege-escalation, sensitive-access,
 * credentials-exposure, permissions-management-actions).
 */
import { memoizeLast } from '../engine/memo.js';
import { isObject, statementMatches, type NormalizedPolicy, type NormalizedStatement } from '../engine/normalize.js';
import { actionGrant } from './glob.js';

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

/** The policy's Deny statements without a Condition whose Resource has `"*"` (most policies have none); memoised per policy. */
const denialsEverywhere = memoizeLast((policy: NormalizedPolicy): NormalizedStatement[] =>
  statementMatches(policy).map(({ value }) => value as NormalizedStatement).filter((statement) => unconditionalDenyOn(statement)));

/**
 * Whether a Deny of the policy takes `action` back on every resource, always: no Condition, `"*"` in its
 * Resource, and an Action entry that covers the action (or a NotAction that does not exclude it).
 */
export function deniedEverywhere(policy: NormalizedPolicy, action: string): boolean {
  const denials = denialsEverywhere(policy);
  return denials.length > 0 && denials.some((deny) => actionGrant(deny, [], action) !== undefined);
}
