import { defineRule } from '../../src/engine/rule.js';
import { parseArn } from '../../src/arn/parse.js';
import { hasWildcard } from '../../src/iam/glob.js';
import { resourceArnMatches } from '../../src/iam/resources.js';

/** Whether the third field of `arn:partition:service:…` holds `*` or `?` (a quick look before parseArn). */
function serviceFieldHasWildcard(arn: string): boolean {
  const start = arn.indexOf(':', arn.indexOf(':') + 1) + 1;
  if (start === 0) return false;
  const end = arn.indexOf(':', start);
  return hasWildcard(end < 0 ? arn.slice(start) : arn.slice(start, end));
}

export default defineRule({
  id: 'arn-service-wildcard',
  meta: {
    category: 'security',
    severity: 'warn',
    recommended: true,
    fixable: 'none',
    issueCode: 'WILDCARD_IN_SERVICE_NAME',
    docs: { description: 'The service field of a resource ARN names one service, or is "*", without a partial wildcard such as "*code*".' },
    messages: {
      partialWildcard: 'Service "{{service}}" in ARN "{{value}}" is a wildcard: it matches every service whose name fits, including ones AWS adds later; name each service in its own ARN.',
    },
  },
  given: resourceArnMatches,
  check({ value, path }, context) {
    if (!serviceFieldHasWildcard(value as string)) return; // most ARNs: no need to split them
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
