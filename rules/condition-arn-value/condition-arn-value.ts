import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, conditionStatementMatches } from '../../src/engine/normalize.js';
import { parseOperator } from '../../src/conditions/operator.js';
import { hasVariable, show } from '../../src/conditions/values.js';

export default defineRule({
  id: 'condition-arn-value',
  meta: {
    category: 'correctness',
    severity: 'warn',
    recommended: true,
    fixable: 'none',
    docs: { description: 'ARN conditions (ArnEquals, ArnLike and their negations) compare with ARNs.' },
    messages: {
      notArn: 'Value {{value}} is not an ARN, but {{operator}} compares ARNs field by field (arn:partition:service:region:account:resource), so it matches no request; write the full ARN, or use a String operator for other values.',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    for (const { operator, values, keyPath } of conditionEntries(value as never, path)) {
      const parsed = parseOperator(operator);
      if (!parsed || parsed.family !== 'Arn' || !Array.isArray(values)) continue;
      values.forEach((item, index) => {
        if (typeof item !== 'string') return; // the schema and type rules' business
        // A variable is known only at request time; a leading wildcard is condition-match-all-wildcard's (a lone "*").
        if (hasVariable(item) || item === '' || item[0] === '*' || item[0] === '?' || item.slice(0, 4).toLowerCase() === 'arn:') return;
        context.report({ messageId: 'notArn', path: [...keyPath, index], data: { value: show(item), operator } });
      });
    }
  },
});
