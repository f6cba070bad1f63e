import { defineRule } from '../../src/engine/rule.js';
import { thousands } from '../../src/words.js';

/** AWS Organizations' maximum size of an SCP and of an RCP, in characters. */
const ORGANIZATIONS_POLICY_QUOTA = 5120;

const isJsonWhitespace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;

/**
 * The policy's size in characters as written, and without the whitespace outside strings (what the console
 * saves, and the least any tool can send). Characters are Unicode code points; a byte order mark is not one.
 */
function policySizes(text: string): { written: number; minimal: number } {
  let written = 0;
  let minimal = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && i > 0) continue; // the second half of a surrogate pair
    if (c === 0xfeff && i === 0) continue;
    written++;
    if (inString) {
      minimal++;
      if (c === 0x5c) {
        i++; // an escaped character (`\"`, `\\`) is part of the string
        written++;
        minimal++;
      } else if (c === 0x22) inString = false;
    } else if (!isJsonWhitespace(c)) {
      minimal++;
      if (c === 0x22) inString = true;
    }
  }
  return { written, minimal };
}

export default defineRule({
  id: 'org-policy-size',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    issueCode: ['POLICY_SIZE_EXCEEDS_SCP_QUOTA', 'POLICY_SIZE_EXCEEDS_RCP_QUOTA'],
    policyTypes: ['scp', 'rcp'],
    docs: { description: 'A service or resource control policy fits AWS Organizations\' size quota of 5,120 characters (option maxCharacters), whitespace included.' },
    messages: {
      tooLarge: 'The {{kind}} has {{minimal}} characters even without whitespace, more than the {{limit}} characters AWS Organizations allows; split it into several policies.',
      tooLargeAsRendered: 'The {{kind}} has {{written}} characters as Terraform renders it through the document\'s `json` attribute (pretty-printed; {{minimal}} through `minified_json`), more than the {{limit}} characters AWS Organizations allows; use `minified_json`.',
      tooLargeAsWritten: 'The {{kind}} has {{written}} characters as written ({{minimal}} without whitespace), more than the {{limit}} characters AWS Organizations allows when it is saved through the API, the CLI or CloudFormation; remove the whitespace outside strings before saving it that way.',
    },
    defaultOptions: { maxCharacters: ORGANIZATIONS_POLICY_QUOTA },
    optionsSchema: {
      type: 'object',
      properties: { maxCharacters: { type: 'integer', minimum: 1 } },
      additionalProperties: false,
    },
  },
  given: '$',
  check(_match, context) {
    const limit = Number(context.options.maxCharacters ?? ORGANIZATIONS_POLICY_QUOTA);
    // What AWS receives (Terraform: a document's `json` and `minified_json`, jsonencode's output, a `<<-` heredoc
    // without its indentation): the largest counts.
    const { texts, layout } = context.document.sent;
    if (texts.every((text) => text.length <= limit)) return; // never more characters than UTF-16 units
    const sizes = texts.map(policySizes);
    const written = Math.max(...sizes.map((s) => s.written));
    const minimal = Math.min(...sizes.map((s) => s.minimal));
    // A JSON object in a template reaches Organizations as the deploying tool serializes it, not with the
    // template's layout: only its size without whitespace counts (as for the same object written in YAML).
    if ((layout === 'serialized' ? minimal : written) <= limit) return;
    const scp = context.policyType === 'scp';
    const data = {
      kind: scp ? 'service control policy (SCP)' : 'resource control policy (RCP)',
      written: thousands(written), minimal: thousands(minimal), limit: thousands(limit),
    };
    const issueCode = scp ? 'POLICY_SIZE_EXCEEDS_SCP_QUOTA' : 'POLICY_SIZE_EXCEEDS_RCP_QUOTA';
    if (minimal > limit) context.report({ messageId: 'tooLarge', path: ['Statement'], target: 'key', data, issueCode });
    // Laid out by Terraform, and larger than its minified form: a document read through `json`, sent as such.
    else if (layout === 'rendered') context.report({ messageId: 'tooLargeAsRendered', path: ['Statement'], target: 'key', data, issueCode });
    else context.report({ messageId: 'tooLargeAsWritten', path: ['Statement'], target: 'key', data, issueCode, severity: 'warn' });
  },
});
