/**
 * The check shared by pass-role-scope and create-slr-scope: an Allow that grants a role action
 * (iam:PassRole, iam:CreateServiceLinkedRole) through NotResource, or on every role without the condition
 * key that scopes it. Each rule brings its action, scoping key, issue codes and message ids.
 */
import { actionGrant } from './glob.js';
import { leadingCharactersTest } from './literal-names.js';
import { coversAllRoles } from '../arn/roles.js';
import { limitsToValuesIn, parseOperator } from '../conditions/operator.js';
import { conditionEntries, isObject, type NormalizedStatement } from '../engine/normalize.js';
import type { Match, RuleContext } from '../engine/rule.js';

type ByGrant = Record<'action' | 'wildcard' | 'notAction', string>;

export interface RoleActionScope {
  action: string;
  /** The condition key (lower case) that makes "*" acceptable when a condition limits it to named services. */
  scopingKey: string;
  codes: Record<'NotResource' | 'AllRoles', ByGrant>;
  messageIds: Record<'NotResource' | 'AllRoles', ByGrant>;
  /**
   * The message when a statement naming the action has a condition on the scoping key that does not limit it
   * (`StringEqualsIfExists`, a negated operator, `Null`): the AllRoles message would ask for a condition it has.
   */
  weakConditionMessageId: string;
}

/** Why a condition on the scoping key does not limit the action to the services it lists (see limitsToValues). */
function whyNotLimiting(operator: string): string | undefined {
  const parsed = parseOperator(operator);
  if (parsed === undefined) return undefined;
  if (parsed.family === 'Null') return 'Null only tests that the key is there';
  if (parsed.negated) return 'a negated operator admits every service but those listed';
  return 'the operator is true when the request has no such key';
}

/** The check of one rule, with the first look at its action's entries (see leadingCharactersTest) made once. */
export function roleActionScopeCheck(scope: RoleActionScope): (match: Match, context: RuleContext) => void {
  const mayStartAction = leadingCharactersTest([scope.action]);
  return (match, context) => checkRoleActionScope(match, context, scope, mayStartAction);
}

function checkRoleActionScope({ value, path }: Match, context: RuleContext, scope: RoleActionScope, mayStartAction: (entry: string) => boolean): void {
  if (!isObject(value) || value.Effect !== 'Allow') return;
  const statement = value as NormalizedStatement;
  // Most statements have no entry that starts like the action: passed over before actionGrant reads each entry.
  if (Array.isArray(statement.Action) && !statement.Action.some((entry) => typeof entry === 'string' && mayStartAction(entry))) return;
  const grant = actionGrant(statement, path, scope.action);
  if (!grant) return;
  const report = (shape: 'NotResource' | 'AllRoles', resource?: string) => {
    context.report({
      messageId: scope.messageIds[shape][grant.kind],
      path: grant.path,
      target: grant.kind === 'notAction' ? 'key' : 'auto',
      issueCode: scope.codes[shape][grant.kind],
      data: { action: grant.kind === 'notAction' ? undefined : grant.pattern, resource },
    });
  };
  if (Array.isArray(statement.NotResource)) {
    // NotResource that excludes every role grants the action on nothing.
    if (statement.NotResource.some((r) => typeof r === 'string' && coversAllRoles(r))) return;
    report('NotResource');
    return;
  }
  if (!Array.isArray(statement.Resource)) return;
  const resource = statement.Resource.find((r): r is string => typeof r === 'string' && coversAllRoles(r));
  if (resource === undefined) return;
  const entries = conditionEntries(statement, path);
  const scoping = entries.filter((entry) => entry.key.toLowerCase() === scope.scopingKey);
  // Beside a Null "false" on the key, …IfExists and ForAllValues: limit too: the request must have the key.
  if (scoping.some((entry) => limitsToValuesIn(entry, entries))) return;
  const why = grant.kind === 'action' && scoping.length > 0 ? whyNotLimiting(scoping[0].operator) : undefined;
  if (grant.kind === 'action' && why !== undefined) {
    context.report({
      messageId: scope.weakConditionMessageId,
      path: grant.path,
      issueCode: scope.codes.AllRoles.action,
      data: { action: grant.pattern, resource, operator: scoping[0].operator, key: scoping[0].key, why },
    });
    return;
  }
  report('AllRoles', resource);
}
