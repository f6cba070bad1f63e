import { defineRule } from '../../src/engine/rule.js';
import type { JsonPath } from '../../src/engine/types.js';
import { conditionEntries, isObject, type NormalizedStatement } from '../../src/engine/normalize.js';
import { isDomainName, principalEntries } from '../../src/principals/principals.js';
import { hasWildcard } from '../../src/iam/glob.js';
import { lowerKey } from '../../src/conditions/values.js';
import { checkServicePrincipal } from '../../src/principals/service-principals.js';
import { allowOption, isAllowed } from '../../src/iam/allow-list.js';
import { quoted } from '../../src/words.js';
import { reportStrayWhitespace } from '../../src/engine/stray-whitespace.js';

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
    fixable: 'suggestion',
    unknownCondition: false,
    issueCode: 'INVALID_SERVICE_PRINCIPAL_FORMAT',
    docs: { description: 'Service principals, in Principal and in the condition keys that hold them, are DNS-style names of known AWS service principals such as "ec2.amazonaws.com".' },
    messages: {
      principal: 'Service principal "{{value}}" is not a service principal name; use the service\'s DNS-style name, e.g. "ec2.amazonaws.com".',
      condition: '"{{key}}" value "{{value}}" is not a service principal name; use the form {{format}}.',
      domain: '{{what}} "{{value}}" is not under a service-principal domain: "{{domain}}" is not "amazonaws.com", "amazonaws.com.cn" or "amazon.com", so it matches no service.{{hint}}',
      whitespace: '{{what}} "{{value}}" {{where}} whitespace, and no service principal name has any; remove the whitespace.',
      trim: 'Remove the whitespace: "{{trimmed}}".',
      unknownName: '{{what}} "{{value}}" is not a known service principal.{{hint}} If it is a service newer than policy-lint\'s list, add it to the rule\'s "allow" option.',
    },
    ...allowOption('Service principals to accept although policy-lint does not know them (services newer than its list), e.g. "newservice.amazonaws.com".'),
  },
  given: '$.Statement[*]',
  check({ value, path }, context) {
    if (!isObject(value)) return;
    const statement = value as NormalizedStatement;
    /** Reports whitespace around the name, a misspelt domain (error) or an unknown name (warning); true when it reported. */
    const judgeName = (principal: string, at: JsonPath, what: string): boolean => {
      // `" lambda.amazonaws.com"`: IAM compares the name as written. The name is right but for the whitespace,
      // so this is the one finding, at the whitespace; trimming is a suggestion, as it lets the service in.
      if (reportStrayWhitespace(context, principal, at, { messageId: 'whitespace', trimMessageId: 'trim', data: { what, value: principal } })) return true;
      if (isAllowed(context.options, principal)) return false;
      const result = checkServicePrincipal(principal);
      if (result.kind === 'domain') {
        context.report({ messageId: 'domain', path: at, issueCode: null, data: { what, value: principal, domain: result.domain, hint: result.suggestion ? ` Did you mean "${result.suggestion}"?` : '' } });
        return true;
      }
      if (result.kind === 'name') {
        const hint = result.suggestion ? ` Did you mean "${result.suggestion}"?` : '';
        context.report({ messageId: 'unknownName', path: at, issueCode: null, severity: 'warn', data: { what, value: principal, hint } });
        return true;
      }
      return false;
    };
    for (const element of ['Principal', 'NotPrincipal'] as const) {
      for (const entry of principalEntries(statement, path, element)) {
        if (entry.type !== 'Service' || typeof entry.value !== 'string' || unjudgeable(entry.value)) continue;
        if (!judgeName(entry.value, entry.path, 'Service principal') && !isDomainName(entry.value)) {
          context.report({ messageId: 'principal', path: entry.path, data: { value: entry.value } });
        }
      }
    }
    for (const condition of conditionEntries(statement, path)) {
      const format = SERVICE_NAME_KEYS[lowerKey(condition.key)];
      if (!format || !isStringOperator(condition.operator) || !Array.isArray(condition.values)) continue;
      condition.values.forEach((v, index) => {
        if (typeof v !== 'string' || unjudgeable(v)) return;
        if (judgeName(v, [...condition.keyPath, index], `${quoted(condition.key)} value`) || isDomainName(v)) return;
        context.report({ messageId: 'condition', path: [...condition.keyPath, index], data: { key: condition.key, value: v, format } });
      });
    }
  },
});
