import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, conditionStatementMatches } from '../../src/engine/normalize.js';
import { isPrivateRange, parseIpRange } from '../../src/conditions/ip.js';
import { parseOperator } from '../../src/conditions/operator.js';
import { keyIs } from '../../src/conditions/values.js';

export default defineRule({
  id: 'condition-source-ip-public',
  meta: {
    category: 'security',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    unknownCondition: false,
    issueCode: ['PRIVATE_IP_ADDRESS', 'PRIVATE_NOT_IP_ADDRESS', 'PRIVATE_IP_ADDRESS_SUBSET', 'PRIVATE_NOT_IP_ADDRESS_SUBSET'],
    docs: { description: 'aws:SourceIp conditions list public addresses; private ranges belong to aws:VpcSourceIp.' },
    messages: {
      onlyPrivate: '"{{key}}" under "{{operator}}" lists only private ranges, so it never matches: "aws:SourceIp" holds public addresses only. List public ranges, or use "aws:VpcSourceIp" for private ones.',
      onlyPrivateNot: '"{{key}}" under "{{operator}}" lists only private ranges, so it matches every request: "aws:SourceIp" holds public addresses only. List public ranges, or use "aws:VpcSourceIp" for private ones.',
      somePrivate: 'Private range "{{value}}" never matches "aws:SourceIp", which holds public addresses only; move it to a condition on "aws:VpcSourceIp".',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    for (const { operator, key, values, keyPath } of conditionEntries(value as never, path)) {
      if (!keyIs(key, 'aws:SourceIp') || !Array.isArray(values)) continue;
      const parsed = parseOperator(operator);
      if (!parsed || parsed.family !== 'IpAddress') continue;
      // Only well-formed ranges count; condition-ip-range-valid reports the others.
      const ranges = values.map((v, index) => ({ index, text: v, range: typeof v === 'string' ? parseIpRange(v) : undefined }))
        .filter((r) => r.range !== undefined);
      const privates = ranges.filter((r) => isPrivateRange(r.range!));
      if (privates.length === 0) continue;
      if (privates.length === ranges.length) {
        context.report({
          messageId: parsed.negated ? 'onlyPrivateNot' : 'onlyPrivate', path: keyPath, target: 'key', data: { key, operator },
          issueCode: parsed.negated ? 'PRIVATE_NOT_IP_ADDRESS' : 'PRIVATE_IP_ADDRESS',
        });
        continue;
      }
      for (const { index, text } of privates) {
        context.report({
          messageId: 'somePrivate', path: [...keyPath, index], data: { value: text as string },
          issueCode: parsed.negated ? 'PRIVATE_NOT_IP_ADDRESS_SUBSET' : 'PRIVATE_IP_ADDRESS_SUBSET', severity: 'warn',
        });
      }
    }
  },
});
