import { defineRule } from '../../src/engine/rule.js';
import { thousands } from '../../src/words.js';

/** IAM's quota for a managed policy, in characters not counting whitespace. */
const MANAGED_POLICY_QUOTA = 6144;

/**
 * Characters IAM counts: everything but whitespace. A native replace of the whitespace runs: a loop over
 * every character took twice as long on the ~190 AWS managed policies longer than the quota. `\s` is the
 * JSON whitespace, U+FEFF and the other Unicode spaces; vertical tab and form feed, which `\s` adds, cannot
 * stand raw in a JSON text that parsed.
 */
function countedCharacters(text: string): number {
  return text.replace(/\s+/g, '').length;
}

export default defineRule({
  id: 'policy-size',
  meta: {
    category: 'correctness',
    severity: 'warn',
    recommended: true,
    fixable: 'none',
    issueCode: 'POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA',
    policyTypes: ['identity'],
    docs: { description: 'An identity policy fits IAM\'s size quota of 6,144 characters for a managed policy (option maxCharacters), whitespace not counted.' },
    messages: {
      tooLarge: 'The policy has {{count}} characters, not counting whitespace, more than the limit of {{limit}}, so IAM refuses to save it; split it into several policies.',
    },
    defaultOptions: { maxCharacters: MANAGED_POLICY_QUOTA },
    optionsSchema: {
      type: 'object',
      properties: { maxCharacters: { type: 'integer', minimum: 1 } },
      additionalProperties: false,
    },
  },
  given: '$',
  check(_match, context) {
    const limit = Number(context.options.maxCharacters ?? MANAGED_POLICY_QUOTA);
    // What AWS receives (Terraform's renderings, with Go's `\u0026` escapes): the largest counts. Whitespace is
    // not counted, so how it is laid out does not matter.
    const { texts } = context.document.sent;
    // Counting is needed only when the text itself is longer than the limit (whitespace only lowers it).
    if (texts.every((text) => text.length <= limit)) return;
    const count = Math.max(...texts.map(countedCharacters));
    if (count <= limit) return;
    context.report({
      messageId: 'tooLarge', path: ['Statement'], target: 'key',
      data: { count: thousands(count), limit: thousands(limit) },
    });
  },
});
