import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, conditionStatementMatches } from '../../src/engine/normalize.js';
import { formatNetwork, hasHostBits, parseIpRange } from '../../src/conditions/ip.js';
import { parseOperator } from '../../src/conditions/operator.js';
import { hasVariable, show } from '../../src/conditions/values.js';

export default defineRule({
  id: 'condition-ip-range-valid',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    issueCode: ['TYPE_MISMATCH_IP_RANGE', 'IMPROVE_IP_RANGE'],
    docs: { description: 'IpAddress and NotIpAddress take IPv4 or IPv6 addresses or CIDR ranges without host bits.' },
    messages: {
      notIp: 'Value {{value}} is not an IP address or CIDR range; {{operator}} takes values such as "203.0.113.0/24" or "2001:db8::/32".',
      hostBits: 'Range "{{value}}" has bits set after its /{{prefix}} mask, which are ignored; write "{{network}}".',
      useNetwork: 'Replace "{{value}}" with "{{network}}".',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    for (const { operator, values, keyPath } of conditionEntries(value as never, path)) {
      const parsed = parseOperator(operator);
      if (!parsed || parsed.family !== 'IpAddress' || !Array.isArray(values)) continue;
      values.forEach((item, index) => {
        if (typeof item === 'string' && hasVariable(item)) return; // the variable rules' business
        if (item === null || typeof item === 'object') return; // the schema rule's
        const valuePath = [...keyPath, index];
        const range = typeof item === 'string' ? parseIpRange(item) : undefined;
        if (!range) {
          context.report({ messageId: 'notIp', path: valuePath, data: { value: show(item), operator }, issueCode: 'TYPE_MISMATCH_IP_RANGE' });
          return;
        }
        if (!hasHostBits(range)) return;
        const network = formatNetwork(range);
        context.report({
          messageId: 'hostBits', path: valuePath, data: { value: item as string, prefix: range.prefix, network },
          issueCode: 'IMPROVE_IP_RANGE', severity: 'warn',
          suggest: [{ messageId: 'useNetwork', data: { value: item as string, network }, fix: (fixer) => fixer.replaceValue(valuePath, network) }],
        });
      });
    }
  },
});
