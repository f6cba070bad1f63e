import { defineRule } from '../../src/engine/rule.js';
import { isObject, statementMatches, type NormalizedStatement } from '../../src/engine/normalize.js';

/** Only wildcards: `*`, `**`, `*?`. */
const onlyWildcards = (value: string) => value !== '' && /^[*?]+$/.test(value);

/** Whether a Resource entry covers the resources of every service: `"*"`, or an ARN whose service part is a wildcard (`arn:aws:*:*:*:*`). */
function coversEveryService(resource: unknown): boolean {
  if (typeof resource !== 'string') return false;
  if (onlyWildcards(resource)) return true;
  const parts = resource.split(':');
  return parts[0] === 'arn' && (parts.length < 3 ? onlyWildcards(parts[1] ?? '') : onlyWildcards(parts[2]));
}

export default defineRule({
  id: 'allow-not-action',
  meta: {
    category: 'security',
    severity: 'warn',
    recommended: true,
    fixable: 'none',
    unknownActions: false,
    policyTypes: ['identity'],
    docs: { description: 'An identity-policy Allow with NotAction is scoped to some resources, never to every resource ("Resource": "*") or through NotResource.' },
    messages: {
      allResources: '"Effect": "Allow" with NotAction on "{{resource}}" grants every action of every AWS service except those listed, including services AWS adds later; list the actions to allow in Action instead.',
      notResource: '"Effect": "Allow" with NotAction and NotResource grants every action of every AWS service except those listed, on every resource except those listed; list the actions to allow in Action and the resources in Resource instead.',
    },
  },
  given: statementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== 'Allow') return;
    const statement = value as NormalizedStatement;
    const notAction = statement.NotAction;
    // NotAction "*" allows nothing; an Action beside it is a schema error.
    if (!Array.isArray(notAction) || 'Action' in statement || notAction.some((a) => typeof a === 'string' && onlyWildcards(a))) return;
    const report = { path: [...path, 'NotAction'], target: 'key' as const };
    if (Array.isArray(statement.NotResource) && !('Resource' in statement)) {
      context.report({ ...report, messageId: 'notResource' });
      return;
    }
    const resource = Array.isArray(statement.Resource) ? statement.Resource.find(coversEveryService) : undefined;
    if (typeof resource === 'string') context.report({ ...report, messageId: 'allResources', data: { resource } });
  },
});
