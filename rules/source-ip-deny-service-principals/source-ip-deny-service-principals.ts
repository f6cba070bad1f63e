import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, isObject, type ConditionEntry, type NormalizedStatement } from '../../src/engine/normalize.js';
import { parseOperator, testsBool } from '../../src/conditions/operator.js';
import { keyIs } from '../../src/conditions/values.js';
import { reachesServices } from '../../src/principals/principals.js';

const IS_SERVICE = 'aws:PrincipalIsAWSService';
/** The keys that name the calling service principal: a condition on them is the author's own exemption. */
const SERVICE_NAME_KEYS = ['aws:PrincipalServiceName', 'aws:PrincipalServiceNamesList'];

/** Whether the statement already leaves service principals out (or names which ones it means). */
function exemptsServices(entries: ConditionEntry[]): boolean {
  if (testsBool(entries, IS_SERVICE, 'false')) return true;
  return entries.some((entry) => {
    const operator = parseOperator(entry.operator);
    return operator !== undefined && operator.family !== 'Null' && SERVICE_NAME_KEYS.some((key) => keyIs(entry.key, key));
  });
}

export default defineRule({
  id: 'source-ip-deny-service-principals',
  meta: {
    category: 'correctness',
    severity: 'warn',
    recommended: true,
    fixable: 'suggestion',
    unknownCondition: { statement: ['servicesBlocked'] },
    policyTypes: ['resource', 'rcp'],
    docs: { description: 'A Deny of requests from outside some aws:SourceIp ranges also tests aws:PrincipalIsAWSService "false", so that it does not block AWS service principals.' },
    messages: {
      servicesBlocked: '"{{operator}}" on "{{key}}" also denies AWS service principals: AWS redacts network context such as the source IP from service-to-service calls; add "BoolIfExists": {"aws:PrincipalIsAWSService": "false"} to exclude them from this Deny.',
      addIsService: 'Add "BoolIfExists": {"aws:PrincipalIsAWSService": "false"} to this condition.',
    },
  },
  given: '$.Statement[*]',
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== 'Deny') return;
    const statement = value as NormalizedStatement;
    if (context.policyType !== 'rcp' && !reachesServices(statement, path)) return;
    const entries = conditionEntries(statement, path);
    if (entries.length === 0 || exemptsServices(entries)) return;
    // Only a Deny of every address but those listed: a Deny of the listed addresses does not match a request without one.
    const ip = entries.find((entry) => {
      const operator = parseOperator(entry.operator);
      return keyIs(entry.key, 'aws:SourceIp') && operator?.family === 'IpAddress' && operator.negated;
    });
    if (!ip) return;
    const conditionPath = [...path, 'Condition'];
    const block = isObject(statement.Condition) ? statement.Condition.BoolIfExists : undefined;
    // A statement that names the key already (with "true", or under Null) is left for its author to fix: a
    // second entry would be a duplicate key.
    const namesKey = entries.some((entry) => keyIs(entry.key, IS_SERVICE));
    context.report({
      messageId: 'servicesBlocked', path: ip.keyPath, target: 'key', data: { operator: ip.operator, key: ip.key },
      // Narrowing a Deny lets more requests through: a suggestion, never a safe fix.
      suggest: namesKey ? undefined : [{
        messageId: 'addIsService',
        fix: (fixer) => isObject(block)
          ? fixer.insertProperty([...conditionPath, 'BoolIfExists'], IS_SERVICE, 'false')
          : block === undefined
            ? fixer.insertProperty(conditionPath, 'BoolIfExists', { [IS_SERVICE]: 'false' })
            : null,
      }],
    });
  },
});
