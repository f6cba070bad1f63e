import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, isObject, type NormalizedStatement } from '../../src/engine/normalize.js';
import { isDomainName, principalEntries } from '../../src/principals/principals.js';
import { hasWildcard } from '../../src/iam/glob.js';
import { lowerKey } from '../../src/conditions/values.js';

/** Condition keys whose values are service principal names, with the form each expects. */
const SERVICE_NAME_KEYS: Record<string, string> = {
  'aws:principalservicename': '"<service>.amazonaws.com"',
  'aws:principalservicenameslist': '"<service>.amazonaws.com"',
  'iam:passedtoservice': '"<service>.amazonaws.com"',
  'iam:awsservicename': '"<service>.amazonaws.com"',
  'kms:viaservice': '"<service>.<region>.amazonaws.com"',
};

/** Values that cannot be judged from the text: patterns and placeholders. */
const unjudgeable = (value: string) => hasWildcard(value) || value.includes('${');

/** String operators only: a Null or Bool operator on the same key takes "true"/"false". */
function isStringOperator(operator: string): boolean {
  return /^String/.test(operator.replace(/^For(?:AllValues|AnyValue):/i, ''));
}

export default defineRule({
  id: 'service-principal-format',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    unknownCondition: false,
    issueCode: 'INVALID_SERVICE_PRINCIPAL_FORMAT',
    docs: { description: 'Service principals, in Principal and in the condition keys that hold them, are DNS-style names such as "ec2.amazonaws.com".' },
    messages: {
      principal: 'Service principal "{{value}}" is not a service principal name; use the service\'s DNS-style name, e.g. "ec2.amazonaws.com".',
      condition: '"{{key}}" value "{{value}}" is not a service principal name; use the form {{format}}.',
    },
  },
  given: '$.Statement[*]',
  check({ value, path }, context) {
    if (!isObject(value)) return;
    const statement = value as NormalizedStatement;
    for (const element of ['Principal', 'NotPrincipal'] as const) {
      for (const entry of principalEntries(statement, path, element)) {
        if (entry.type !== 'Service' || typeof entry.value !== 'string' || unjudgeable(entry.value)) continue;
        if (!isDomainName(entry.value)) context.report({ messageId: 'principal', path: entry.path, data: { value: entry.value } });
      }
    }
    for (const condition of conditionEntries(statement, path)) {
      const format = SERVICE_NAME_KEYS[lowerKey(condition.key)];
      if (!format || !isStringOperator(condition.operator) || !Array.isArray(condition.values)) continue;
      condition.values.forEach((v, index) => {
        if (typeof v !== 'string' || unjudgeable(v) || isDomainName(v)) return;
        context.report({ messageId: 'condition', path: [...condition.keyPath, index], data: { key: condition.key, value: v, format } });
      });
    }
  },
});
