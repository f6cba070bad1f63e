/** The one finding for whitespace around a value IAM compares as written, shared by the rules of such values. */
import { strayWhitespace } from '../words.js';
import type { Report, RuleContext } from './rule.js';
import type { JsonPath } from './types.js';

/**
 * Reports whitespace around `text` (at `path`) when it has some: the rule's `report.messageId` with
 * `report.data` and `where` ("ends with"), at the whitespace (the whole value when both ends have some), with
 * the rule's `report.trimMessageId` suggestion (data `trimmed`); the rule names both ids (test/meta.test.ts). A suggestion, never a safe fix: the trimmed value makes a grant
 * or a principal take effect. True when it reported: the value then gets that one finding.
 */
export function reportStrayWhitespace(
  context: RuleContext, text: string, path: JsonPath,
  { trimMessageId, ...report }: Pick<Report, 'messageId' | 'data' | 'issueCode'> & { trimMessageId: string },
): boolean {
  const stray = strayWhitespace(text);
  if (!stray) return false;
  const { where, substring, trimmed } = stray;
  context.report({
    ...report, path, substring, data: { ...report.data, where },
    suggest: [{ messageId: trimMessageId, data: { trimmed }, fix: (fixer) => fixer.replaceValue(path, trimmed) }],
  });
  return true;
}
