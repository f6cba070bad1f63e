import { defineRule } from '../../src/engine/rule.js';
import { isObject } from '../../src/engine/normalize.js';
import { arnPatternEntry, entryCovers } from '../../src/arn/pattern.js';

export default defineRule({
  id: 'redundant-resource',
  meta: {
    category: 'style',
    severity: 'warn',
    recommended: true,
    fixable: 'safe',
    issueCode: 'REDUNDANT_RESOURCE',
    docs: { description: 'No Resource or NotResource entry is already covered by another entry of the same statement.' },
    messages: {
      covered: '{{element}} "{{value}}" is already covered by "{{by}}"; remove it.',
      duplicate: '{{element}} "{{value}}" is listed twice; remove this copy.',
    },
  },
  given: '$.Statement[*]',
  check({ value: statement, path }, context) {
    if (!isObject(statement)) return;
    for (const element of ['Resource', 'NotResource'] as const) {
      const list = statement[element];
      if (!Array.isArray(list) || list.length < 2) continue;
      // Each entry parsed once; the list is compared pairwise.
      const entries = list.map((value) => (typeof value === 'string' ? arnPatternEntry(value) : undefined));
      // For each entry, the entries that make it redundant (of two that cover each other, the later one is).
      const coveredBy = entries.map((entry, j) => entries.flatMap((other, i) =>
        entry && other && i !== j && entryCovers(other, entry) && !(j < i && entryCovers(entry, other)) ? [i] : []));
      coveredBy.forEach((covers, j) => {
        if (covers.length === 0) return;
        // Name an entry that stays, not one that is itself reported for removal.
        const i = covers.find((k) => coveredBy[k]!.length === 0) ?? covers[0]!;
        const value = entries[j]!.text;
        const by = entries[i]!.text;
        const entryPath = [...path, element, j];
        context.report({
          messageId: value === by ? 'duplicate' : 'covered', path: entryPath,
          data: { element, value, by },
          fix: (fixer) => fixer.removeElement(entryPath),
        });
      });
    }
  },
});
