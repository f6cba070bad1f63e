import { defineRule } from '../../src/engine/rule.js';
import { conditionStatementMatches } from '../../src/engine/normalize.js';
import { idValues, reportIdWhitespace } from '../../src/conditions/id-values.js';
import { show } from '../../src/conditions/values.js';

const VPC = /^vpc-(?:[A-Za-z0-9]{8}|[A-Za-z0-9]{17})$/;
const VPCE = /^vpce-(?:[A-Za-z0-9]{8}|[A-Za-z0-9]{17})$/;
const VPC_KEYS = new Set(['aws:sourcevpc', 'aws:sourcevpce']);

export default defineRule({
  id: 'condition-vpc-id-format',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    unknownCondition: false,
    issueCode: ['INVALID_VPC_FORMAT', 'INVALID_VPCE_FORMAT'],
    docs: { description: 'aws:SourceVpc values are VPC IDs and aws:SourceVpce values are VPC endpoint IDs.' },
    messages: {
      whitespace: 'Value {{value}} {{where}} whitespace, and no VPC or VPC endpoint ID has any, so no request matches this value.',
      trim: 'Remove the whitespace: "{{trimmed}}".',
      badVpc: 'Value {{value}} is not a VPC ID; "{{key}}" takes "vpc-" followed by 8 or 17 letters and digits, such as "vpc-1a2b3c4d".',
      endpointAsVpc: 'Value {{value}} is a VPC endpoint ID, but "{{key}}" takes VPC IDs ("vpc-…"); compare endpoint IDs with "aws:SourceVpce".',
      badVpce: 'Value {{value}} is not a VPC endpoint ID; "{{key}}" takes "vpce-" followed by 8 or 17 letters and digits, such as "vpce-1a2b3c4d".',
      vpcAsEndpoint: 'Value {{value}} is a VPC ID, but "{{key}}" takes VPC endpoint IDs ("vpce-…"); compare VPC IDs with "aws:SourceVpc".',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    for (const found of idValues(value as never, path, VPC_KEYS)) {
      const { key, lower, item, path: at } = found;
      const endpoint = lower === 'aws:sourcevpce';
      if (reportIdWhitespace(context, found, 'whitespace', 'trim', endpoint ? 'INVALID_VPCE_FORMAT' : 'INVALID_VPC_FORMAT')) continue;
      if ((endpoint ? VPCE : VPC).test(item)) continue;
      const other = (endpoint ? VPC : VPCE).test(item);
      const messageId = endpoint ? (other ? 'vpcAsEndpoint' : 'badVpce') : other ? 'endpointAsVpc' : 'badVpc';
      context.report({
        messageId, path: at, data: { value: show(item), key },
        issueCode: endpoint ? 'INVALID_VPCE_FORMAT' : 'INVALID_VPC_FORMAT',
      });
    }
  },
});
