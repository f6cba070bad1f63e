import { defineRule } from '../../src/engine/rule.js';
import { conditionStatementMatches, isObject } from '../../src/engine/normalize.js';
import { parseOperator } from '../../src/conditions/operator.js';
import { forEachCondition, keyListedByAnAction, listNames, resolveConditionKey, statementActionSupport, TAG_KEY, type ActionKeySupport } from '../../src/iam/condition-keys.js';

export default defineRule({
  id: 'condition-key-action-support',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    unknownCondition: false,
    unknownActions: false,
    issueCode: 'UNSUPPORTED_ACTION_FOR_CONDITION_KEY',
    docs: { description: 'Each action a statement names without a wildcard supports every service condition key of the statement that is not under an IfExists operator or a tag key.' },
    messages: {
      unsupported: 'The condition key "{{key}}" is never in requests for {{actions}}, so this condition does not work as intended for {{them}}; move {{them}} to a statement without "{{key}}".',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || !Array.isArray(value.Action) || !isObject(value.Condition)) return;
    // Like Access Analyzer, only actions named without a wildcard are checked; unknown ones are action-exists'.
    // An action for which the database lists no condition key at all is skipped: that is where the Service
    // Authorization Reference has gaps (aws-marketplace:Subscribe takes aws-marketplace:ProductId, but the
    // reference lists nothing for it), and a false error is worse than a missed one.
    let actions: ActionKeySupport[] | undefined;
    const list = value.Action;
    forEachCondition(value, (operator, key, values) => {
      // Global keys (and session keys such as ec2:SourceInstanceArn) apply to every action. With IfExists, a
      // request without the key passes the condition, which is what the author asked for: AWS's own DynamoDB
      // example gates Get/Query by dynamodb:Select and lets Put/Update/Delete through this way.
      // The key first: most are global keys, and then the operator need not be looked up.
      if (resolveConditionKey(key).kind !== 'service' || TAG_KEY.test(key)) return;
      const parsed = parseOperator(operator);
      if (!parsed || parsed.ifExists) return;
      // A key its service defines but none of its actions or resource types lists: the reference does not say
      // which requests carry it (apigateway:Request/AuthorizerUri, "available during CreateAuthorizer and
      // UpdateAuthorizer", which are apigateway:POST and PATCH, is listed nowhere), so there is nothing to check.
      if (!keyListedByAnAction(key)) return;
      // In a Deny, a negated operator is true for a request without its key, so for the actions without it the
      // other keys of the operator decide; a global key compared with the same values keeps the exemption for
      // them. AWS's data perimeter RCP for sign-in: "ArnNotEquals": {"signin:PrincipalArn": […],
      // "aws:PrincipalArn": […]}, the first key only in signin:Authenticate requests.
      if (value.Effect === 'Deny' && parsed.negated && !parsed.qualifier && hasGlobalTwin(value.Condition, operator, key, values)) return;
      actions ??= statementActionSupport(list).filter((action) => action.keyCount > 0);
      const unsupported = [...new Set(actions.filter((action) => !action.supports(key)).map((action) => action.name))];
      if (unsupported.length === 0) return;
      const one = unsupported.length === 1;
      context.report({
        messageId: 'unsupported', path: [...path, 'Condition', operator, key], target: 'key',
        data: { key, actions: listNames(unsupported), them: one ? 'it' : 'them' },
      });
    });
  },
});

/** Whether another key of the same operator block is a global key compared with exactly the same values. */
function hasGlobalTwin(condition: unknown, operator: string, key: string, values: unknown): boolean {
  const block = isObject(condition) ? condition[operator] : undefined;
  if (!isObject(block)) return false;
  const same = JSON.stringify(valueList(values));
  return Object.keys(block).some((other) => other !== key && resolveConditionKey(other).kind === 'global' && JSON.stringify(valueList(block[other])) === same);
}

/** A condition's values as a sorted list (a single value is a list of one). */
function valueList(values: unknown): unknown[] {
  return (Array.isArray(values) ? [...values] : [values]).sort();
}
