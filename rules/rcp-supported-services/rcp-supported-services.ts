import { statementsOf, type NormalizedPolicy } from '../../src/engine/normalize.js';
import { defineRule, type Match } from '../../src/engine/rule.js';
import { databaseLabel } from '../../src/iam/actions-db.js';
import { serviceExists } from '../../src/iam/database.js';
import { globMatches, hasWildcard } from '../../src/iam/glob.js';
import { rcpSupportedServices } from '../../src/iam/resources.js';

export default defineRule({
  id: 'rcp-supported-services',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    unknownActions: false,
    issueCode: 'RCP_SYNTAX_ERROR_ACTION',
    policyTypes: ['rcp'],
    docs: { description: 'The actions of a resource control policy belong to services that RCPs apply to.' },
    messages: {
      unsupported: 'Resource control policies do not apply to service "{{service}}" of "{{action}}", and AWS Organizations refuses an RCP that names it; RCPs apply to {{count}} services in the IAM database ({{database}}), such as {{examples}}. Remove the action, or use an SCP for that service.',
      noneMatch: 'The service pattern "{{service}}" of "{{action}}" matches none of the {{count}} services that resource control policies apply to in the IAM database ({{database}}); remove the action, or use an SCP for those services.',
    },
  },
  given: (policy: NormalizedPolicy) => {
    const matches: Match[] = [];
    for (const { statement, path } of statementsOf(policy)) {
      if (!Array.isArray(statement.Action)) continue;
      statement.Action.forEach((value, index) => {
        if (typeof value === 'string') matches.push({ value, path: [...path, 'Action', index] });
      });
    }
    return matches;
  },
  check({ value, path }, context) {
    const action = value as string;
    const colon = action.indexOf(':');
    if (colon <= 0) return; // `*`, or not an action: other rules
    const service = action.slice(0, colon);
    const supported = rcpSupportedServices();
    const data = () => ({
      service, action, count: supported.size, database: databaseLabel(),
      examples: ['s3', 'sts', 'kms', 'sqs', 'secretsmanager'].filter((s) => supported.has(s)).join(', '),
    });
    const substring = { start: 0, length: colon };
    if (hasWildcard(service)) {
      if (![...supported].some((s) => globMatches(service, s))) context.report({ messageId: 'noneMatch', path, substring, data: data() });
      return;
    }
    // An unknown service is action-exists's finding (INVALID_SERVICE_IN_ACTION); only real services are judged here.
    if (!supported.has(service.toLowerCase()) && serviceExists(service)) {
      context.report({ messageId: 'unsupported', path, substring, data: data() });
    }
  },
});
