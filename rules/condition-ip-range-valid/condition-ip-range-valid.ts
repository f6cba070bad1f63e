import { defineRule } from '../../src/engine/rule.js';
import { conditionStatementMatches } from '../../src/engine/normalize.js';
import { formatNetwork, hasHostBits, parseIpRange } from '../../src/conditions/ip.js';
import { forEachFamilyValue, type FamilyValueVisitor } from '../../src/conditions/value-check.js';
import { show } from '../../src/conditions/values.js';

const ipValues: FamilyValueVisitor = {
  value(context, item, index, { operator, keyPath }) {
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
  },
};

export default defineRule({
  id: 'condition-ip-range-valid',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    unknownCondition: false,
    issueCode: ['TYPE_MISMATCH_IP_RANGE', 'IMPROVE_IP_RANGE'],
    docs: { description: 'IpAddress and NotIpAddress take IPv4 or IPv6 addresses or CIDR ranges without host bits.' },
    messages: {
      notIp: 'Value {{value}} is not an IP address or CIDR range; "{{operator}}" takes values such as "203.0.113.0/24" or "2001:db8::/32".',
      hostBits: 'Range "{{value}}" has bits set after its /{{prefix}} mask, which are ignored; write "{{network}}".',
      useNetwork: 'Replace "{{value}}" with "{{network}}".',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    forEachFamilyValue(value, path, 'IpAddress', ipValues, context);
  },
});
