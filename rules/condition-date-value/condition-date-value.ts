import { defineRule } from '../../src/engine/rule.js';
import { conditionStatementMatches } from '../../src/engine/normalize.js';
import { classifyDate, epochToIso } from '../../src/conditions/date.js';
import { forEachFamilyValue, type FamilyValueVisitor } from '../../src/conditions/value-check.js';
import { keyIs, show } from '../../src/conditions/values.js';

const dateValues: FamilyValueVisitor = {
  value(context, item, index, { operator, key, keyPath }) {
    const kind = classifyDate(item);
    if (kind === 'iso') return;
    const valuePath = [...keyPath, index];
    if (kind === 'invalid') {
      context.report({ messageId: 'notDate', path: valuePath, data: { value: show(item), operator }, issueCode: 'TYPE_MISMATCH_DATE' });
      return;
    }
    // aws:EpochTime is documented to take epoch seconds.
    if (keyIs(key, 'aws:EpochTime')) return;
    const iso = epochToIso(item as string | number);
    context.report({
      messageId: iso ? 'epoch' : 'epochNoIso', path: valuePath, data: { value: show(item), iso: iso ?? '' },
      issueCode: 'INVALID_DATE_VALUE',
      suggest: iso ? [{ messageId: 'useIso', data: { value: show(item), iso }, fix: (fixer) => fixer.replaceValue(valuePath, iso) }] : undefined,
    });
  },
};

export default defineRule({
  id: 'condition-date-value',
  meta: {
    category: 'correctness',
    severity: 'warn',
    recommended: true,
    fixable: 'suggestion',
    unknownCondition: false,
    issueCode: ['TYPE_MISMATCH_DATE', 'INVALID_DATE_VALUE'],
    docs: { description: 'Date conditions compare with ISO 8601 dates, not text or epoch numbers.' },
    messages: {
      notDate: 'Value {{value}} is not a date; "{{operator}}" takes an ISO 8601 date such as "2025-12-31" or "2025-12-31T23:59:59Z".',
      epoch: 'Value {{value}} is Unix epoch time, which IAM might not read as the instant you expect; write the ISO 8601 date "{{iso}}" if seconds were meant.',
      epochNoIso: 'Value {{value}} is Unix epoch time, which IAM might not read as the instant you expect; write an ISO 8601 date such as "2025-12-31T23:59:59Z".',
      useIso: 'Replace {{value}} with "{{iso}}".',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    forEachFamilyValue(value, path, 'Date', dateValues, context);
  },
});
