import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, conditionStatementMatches } from '../../src/engine/normalize.js';
import { parseOperator } from '../../src/conditions/operator.js';
import { hasVariable, lowerKey, show } from '../../src/conditions/values.js';
import { hasWildcard } from '../../src/iam/glob.js';

const VPC = /^vpc-(?:[A-Za-z0-9]{8}|[A-Za-z0-9]{17})$/;
const VPCE = /^vpce-(?:[A-Za-z0-9]{8}|[A-Za-z0-9]{17})$/;

export default defineRule({
  id: 'condition-vpc-id-format',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    unknownCondition: false,
    issueCode: ['INVALID_VPC_FORMAT', 'INVALID_VPCE_FORMAT'],
    docs: { description: 'aws:SourceVpc values are VPC IDs and aws:SourceVpce values are VPC endpoint IDs.' },
    messages: {
      badVpc: 'Value {{value}} is not a VPC ID; "{{key}}" takes "vpc-" followed by 8 or 17 letters and digits, such as "vpc-1a2b3c4d".',
      endpointAsVpc: 'Value {{value}} is a VPC endpoint ID, but "{{key}}" takes VPC IDs ("vpc-…"); compare endpoint IDs with "aws:SourceVpce".',
      badVpce: 'Value {{value}} is not a VPC endpoint ID; "{{key}}" takes "vpce-" followed by 8 or 17 letters and digits, such as "vpce-1a2b3c4d".',
      vpcAsEndpoint: 'Value {{value}} is a VPC ID, but "{{key}}" takes VPC endpoint IDs ("vpce-…"); compare VPC IDs with "aws:SourceVpc".',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    for (const { operator, key, values, keyPath } of conditionEntries(value as never, path)) {
      const lower = lowerKey(key);
      const endpoint = lower === 'aws:sourcevpce';
      if ((!endpoint && lower !== 'aws:sourcevpc') || !Array.isArray(values)) continue;
      // String operators only: Null takes true/false, and other families are the type rules' business.
      if (parseOperator(operator)?.family !== 'String') continue;
      values.forEach((item, index) => {
        if (typeof item !== 'string') return; // the type and schema rules' business
        // Patterns and variables cannot be checked against the format.
        if (hasVariable(item) || hasWildcard(item)) return;
        if ((endpoint ? VPCE : VPC).test(item)) return;
        const other = (endpoint ? VPC : VPCE).test(item);
        const messageId = endpoint ? (other ? 'vpcAsEndpoint' : 'badVpce') : other ? 'endpointAsVpc' : 'badVpc';
        context.report({
          messageId, path: [...keyPath, index], data: { value: show(item), key },
          issueCode: endpoint ? 'INVALID_VPCE_FORMAT' : 'INVALID_VPC_FORMAT',
        });
      });
    }
  },
});
