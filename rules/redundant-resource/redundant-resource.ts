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
      entries.forEach((entry, j) => {
        if (!entry) return;
        for (let i = 0; i < entries.length; i++) {
          const other = entries[i];
          if (i === j || !other || !entryCovers(other, entry)) continue;
          // Two entries that cover each other: only the later one is redundant.
          if (j < i && entryCovers(entry, other)) continue;
          const value = entry.text;
          const entryPath = [...path, element, j];
          context.report({
            messageId: value === other.text ? 'duplicate' : 'covered', path: entryPath,
            data: { element, value, by: other.text },
            fix: (fixer) => fixer.removeElement(entryPath),
          });
          return;
        }
      });
    }
  },
});
