import { defineRule } from '../../src/engine/rule.js';
import { conditionStatementMatches } from '../../src/engine/normalize.js';
import { reportStrayWhitespace } from '../../src/engine/stray-whitespace.js';
import { forEachFamilyValue, type FamilyValueVisitor } from '../../src/conditions/value-check.js';
import { parseOperator } from '../../src/conditions/operator.js';
import { show } from '../../src/conditions/values.js';
import { holdsArns } from '../../src/iam/condition-keys.js';
import { strayWhitespace } from '../../src/words.js';

/** An ARN or a pattern for one as an Arn operator takes it; a leading wildcard is condition-match-all-wildcard's (a lone "*"). */
function mayBeArn(value: string): boolean {
  return value === '' || value[0] === '*' || value[0] === '?' || value.slice(0, 4).toLowerCase() === 'arn:';
}

const arnValues: FamilyValueVisitor = {
  value(context, item, index, { operator, key, keyPath }) {
    if (typeof item !== 'string') return; // a number or Boolean: the type rules' business
    const arnOperator = parseOperator(operator)?.family === 'Arn';
    // Whitespace around an ARN (`"arn:aws:sns:us-east-1:111122223333:topic "`), under an Arn operator or a String
    // operator on a key of ARNs: IAM compares the value as written, and no ARN in a request has it. The one
    // finding for the value; the trimmed value is a suggestion, as arn-format's for a Resource entry. Under an Arn
    // operator a value that is no ARN even without it (`"vpc-1 "`) is "not an ARN" below.
    const stray = strayWhitespace(item);
    if (stray && (arnOperator ? mayBeArn(stray.trimmed) : holdsArns(key))) {
      reportStrayWhitespace(context, item, [...keyPath, index], { messageId: 'whitespace', trimMessageId: 'trim', data: { value: show(item), key } });
      return;
    }
    if (!arnOperator || mayBeArn(item)) return; // other String values: the String rules' business
    context.report({ messageId: 'notArn', path: [...keyPath, index], data: { value: show(item), operator } });
  },
};

export default defineRule({
  id: 'condition-arn-value',
  meta: {
    category: 'correctness',
    severity: 'warn',
    recommended: true,
    fixable: 'suggestion',
    unknownCondition: false,
    docs: { description: 'ARN conditions (ArnEquals, ArnLike and their negations) compare with ARNs; condition ARNs have no whitespace around them.' },
    messages: {
      notArn: 'Value {{value}} is not an ARN, but "{{operator}}" compares ARNs field by field (arn:partition:service:region:account:resource), so it matches no request; write the full ARN, or use a String operator for other values.',
      whitespace: 'Value {{value}} of "{{key}}" {{where}} whitespace: IAM compares it as written and no ARN has it, so it matches no request; remove the whitespace.',
      trim: 'Remove the whitespace: "{{trimmed}}".',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    forEachFamilyValue(value, path, ['Arn', 'String'], arnValues, context);
  },
});
