import { defineRule } from '../../src/engine/rule.js';
import { isObject, type NormalizedStatement } from '../../src/engine/normalize.js';
import { principalEntries } from '../../src/principals/principals.js';
import { hasWildcard } from '../../src/iam/glob.js';
import { reportStrayWhitespace } from '../../src/engine/stray-whitespace.js';

/** An S3 canonical user ID: 64 lower-case hexadecimal characters (`79a59df900b949e5…7ef2be`). */
const CANONICAL_USER_ID = /^[0-9a-f]{64}$/;

export default defineRule({
  id: 'principal-canonical-user-format',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    policyTypes: ['resource', 'trust'],
    docs: { description: 'A "CanonicalUser" principal is an S3 canonical user ID: 64 lower-case hexadecimal characters.' },
    messages: {
      whitespace: '"CanonicalUser" principal "{{value}}" {{where}} whitespace, and no canonical user ID has any; the principal names no one.',
      trim: 'Remove the whitespace: "{{trimmed}}".',
      upperCase: '"CanonicalUser" principal "{{value}}" has upper-case letters, but a canonical user ID is written in lower case.',
      lowerCase: 'Write it in lower case: "{{lower}}".',
      length: '"CanonicalUser" principal "{{value}}" has {{count}} characters, but a canonical user ID has 64 (hexadecimal digits); copy the whole ID.',
      notHex: '"CanonicalUser" principal "{{value}}" is not a canonical user ID, which is 64 lower-case hexadecimal characters (0-9, a-f); for an account, user or role use an "AWS" principal.',
    },
  },
  given: '$.Statement[*]',
  check({ value, path }, context) {
    if (!isObject(value)) return;
    for (const element of ['Principal', 'NotPrincipal'] as const) {
      for (const entry of principalEntries(value as NormalizedStatement, path, element)) {
        if (entry.type !== 'CanonicalUser' || typeof entry.value !== 'string') continue;
        const text = entry.value;
        // Wildcards are principal-wildcard's; variables and template placeholders (an origin access identity's
        // `${OAI.S3CanonicalUserId}`) cannot be judged from the text.
        if (hasWildcard(text) || text.includes('${')) continue;
        // The ID is right but for the whitespace: one finding, at it. Trimming is a suggestion, as it lets the user in.
        if (reportStrayWhitespace(context, text, entry.path, { messageId: 'whitespace', trimMessageId: 'trim', data: { value: text } })) continue;
        if (CANONICAL_USER_ID.test(text)) continue;
        if (/^[0-9a-fA-F]{64}$/.test(text)) {
          const lower = text.toLowerCase();
          context.report({ messageId: 'upperCase', path: entry.path, data: { value: text },
            suggest: [{ messageId: 'lowerCase', data: { lower }, fix: (fixer) => fixer.replaceValue(entry.path, lower) }] });
        } else if (/^[0-9a-fA-F]+$/.test(text) && !/^\d{12}$/.test(text)) {
          // Hex but cut short or run on; an account ID (12 digits) is the wrong kind of principal, not a short ID.
          context.report({ messageId: 'length', path: entry.path, data: { value: text, count: text.length } });
        } else {
          context.report({ messageId: 'notHex', path: entry.path, data: { value: text } });
        }
      }
    }
  },
});
