import { defineRule } from '../../src/engine/rule.js';
import { conditionStatementMatches } from '../../src/engine/normalize.js';
import { forEachFamilyValue, type FamilyValueVisitor } from '../../src/conditions/value-check.js';
import { show } from '../../src/conditions/values.js';

/** Standard base64; padding optional (decoders such as Java's accept it without). */
function isBase64(value: string): boolean {
  if (value.length === 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) return false;
  const body = value.replace(/=+$/, '');
  if (value.length !== body.length && value.length % 4 !== 0) return false;
  return body.length % 4 !== 1;
}

const binaryValues: FamilyValueVisitor = {
  value(context, item, index, { operator, keyPath }) {
    if (typeof item === 'string' && isBase64(item)) return;
    context.report({ messageId: 'notBase64', path: [...keyPath, index], data: { value: show(item), operator } });
  },
};

export default defineRule({
  id: 'condition-binary-value',
  meta: {
    category: 'correctness',
    severity: 'warn',
    recommended: true,
    fixable: 'none',
    unknownCondition: false,
    issueCode: 'TYPE_MISMATCH_STRING',
    docs: { description: 'BinaryEquals compares with base64-encoded strings.' },
    messages: {
      notBase64: 'Value {{value}} is not base64; "{{operator}}" takes the base64 encoding of the binary value, such as "QmluYXJ5VmFsdWU=".',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    forEachFamilyValue(value, path, 'Binary', binaryValues, context);
  },
});
