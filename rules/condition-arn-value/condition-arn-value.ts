import { defineRule } from '../../src/engine/rule.js';
import { conditionStatementMatches } from '../../src/engine/normalize.js';
import { forEachFamilyValue, type FamilyValueVisitor } from '../../src/conditions/value-check.js';
import { show } from '../../src/conditions/values.js';

const arnValues: FamilyValueVisitor = {
  value(context, item, index, { operator, keyPath }) {
    if (typeof item !== 'string') return; // a number or Boolean: the type rules' business
    // A leading wildcard is condition-match-all-wildcard's (a lone "*").
    if (item === '' || item[0] === '*' || item[0] === '?' || item.slice(0, 4).toLowerCase() === 'arn:') return;
    context.report({ messageId: 'notArn', path: [...keyPath, index], data: { value: show(item), operator } });
  },
};

export default defineRule({
  id: 'condition-arn-value',
  meta: {
    category: 'correctness',
    severity: 'warn',
    recommended: true,
    fixable: 'none',
    unknownCondition: false,
    docs: { description: 'ARN conditions (ArnEquals, ArnLike and their negations) compare with ARNs.' },
    messages: {
      notArn: 'Value {{value}} is not an ARN, but "{{operator}}" compares ARNs field by field (arn:partition:service:region:account:resource), so it matches no request; write the full ARN, or use a String operator for other values.',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    forEachFamilyValue(value, path, 'Arn', arnValues, context);
  },
});
