import { defineRule } from '../../src/engine/rule.js';
import { parseArn } from '../../src/arn/parse.js';
import { hasWildcard } from '../../src/iam/glob.js';
import { resourceArnMatches } from '../../src/iam/resources.js';

export default defineRule({
  id: 'arn-service-wildcard',
  meta: {
    category: 'security',
    severity: 'warn',
    recommended: true,
    fixable: 'none',
    issueCode: 'WILDCARD_IN_SERVICE_NAME',
    docs: { description: 'The service field of a resource ARN names one service, without a partial wildcard such as "*code*".' },
    messages: {
      partialWildcard: 'Service "{{service}}" in ARN "{{value}}" is a wildcard: it matches every service whose prefix fits, including ones added later. Name the service(s) in separate ARNs.',
    },
  },
  given: resourceArnMatches,
  check({ value, path }, context) {
    // Most ARNs have no wildcard at all, and then not in the service field either: no need to split them.
    if (!hasWildcard(value as string)) return;
    const arn = parseArn(value as string);
    if (!arn) return; // arn-format reports it
    const { service } = arn;
    // A lone "*" is a deliberate "any service"; the check is about prefixes that look like one service.
    if (service.value === '*' || !hasWildcard(service.value)) return;
    context.report({
      messageId: 'partialWildcard', path,
      substring: { start: service.start, length: service.value.length },
      data: { service: service.value, value },
    });
  },
});
