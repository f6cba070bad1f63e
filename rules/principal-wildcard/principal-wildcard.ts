import { defineRule } from '../../src/engine/rule.js';
import { isObject, type NormalizedStatement } from '../../src/engine/normalize.js';
import { principalEntries } from '../../src/principals/principals.js';
import { hasWildcard } from '../../src/iam/glob.js';
import { reportStrayWhitespace } from '../../src/engine/stray-whitespace.js';

export default defineRule({
  id: 'principal-wildcard',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    unknownCondition: false,
    issueCode: 'UNSUPPORTED_WILDCARD_IN_PRINCIPAL',
    policyTypes: ['resource', 'trust'],
    docs: { description: 'Principal values are exact: the only wildcard principals are "Principal": "*" and "AWS": "*".' },
    messages: {
      partial: '{{type}} principal "{{value}}" contains a wildcard, but principals are matched exactly; name each principal. To match AWS principals by pattern, use "AWS": "*" with an "ArnLike" condition on "aws:PrincipalArn".',
      whitespace: '"{{type}}": "{{value}}" {{where}} whitespace, so it is not "*" but a principal name with a wildcard, which principals do not take; remove the whitespace.',
      trim: 'Remove the whitespace: "{{trimmed}}".',
      whole: '"{{type}}": "*" is not supported; name the {{type}} principals exactly ("*" alone is allowed only as "AWS": "*" or "Principal": "*").',
    },
  },
  given: '$.Statement[*]',
  check({ value, path }, context) {
    if (!isObject(value)) return;
    const statement = value as NormalizedStatement;
    for (const element of ['Principal', 'NotPrincipal'] as const) {
      for (const entry of principalEntries(statement, path, element)) {
        // A bare "*" is valid in resource policies; trust-policy-principal reports it in trust policies.
        if (entry.type === undefined || typeof entry.value !== 'string' || !hasWildcard(entry.value)) continue;
        // A resource policy takes no Federated principal at all, whatever its value: federated-principal-trust-only reports the key once.
        if (entry.type === 'Federated' && context.policyType === 'resource') continue;
        // `"AWS": "* "` is "*" but for the whitespace: one finding, at it. Trimming is a suggestion, since it lets
        // everyone in. Of another type, "*" is no principal either, so it is that finding.
        if (entry.type === 'AWS' && entry.value.trim() === '*'
          && reportStrayWhitespace(context, entry.value, entry.path, { messageId: 'whitespace', trimMessageId: 'trim', data: { type: entry.type, value: entry.value } })) continue;
        if (entry.value.trim() === '*') {
          if (entry.type !== 'AWS') context.report({ messageId: 'whole', path: entry.path, data: { type: entry.type } });
          continue;
        }
        context.report({ messageId: 'partial', path: entry.path, data: { type: entry.type, value: entry.value } });
      }
    }
  },
});
