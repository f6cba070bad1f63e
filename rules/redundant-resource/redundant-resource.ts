import { defineRule } from '../../src/engine/rule.js';
import { isObject } from '../../src/engine/normalize.js';
import { arnPatternEntry, entryCovers, type ArnPatternEntry } from '../../src/arn/pattern.js';

/** An entry without wildcards, which covers and is covered by the same text only. */
const literalEntry = (text: string): ArnPatternEntry => ({ text, general: undefined, specific: undefined });

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
      // Each entry parsed once. Only `*`, a wildcard pattern or the same text can cover an entry, so each entry
      // is compared with those alone (in list order), not with the whole list: some lists run to hundreds.
      // Without a wildcard in the list, only a repeated text is redundant: no need to parse the ARNs.
      const wildcards = list.some((value) => typeof value === 'string' && (value.includes('*') || value.includes('?')));
      const entries = list.map((value) => (typeof value !== 'string' ? undefined : wildcards ? arnPatternEntry(value) : literalEntry(value)));
      const patterns: number[] = [];
      const byText = new Map<string, number[]>();
      entries.forEach((entry, i) => {
        if (!entry) return;
        if (entry.text === '*' || entry.general) patterns.push(i);
        const same = byText.get(entry.text);
        if (same) same.push(i);
        else byText.set(entry.text, [i]);
      });
      entries.forEach((entry, j) => {
        if (!entry) return;
        const same = byText.get(entry.text)!;
        const candidates = same.length === 1 ? patterns : [...new Set([...same, ...patterns])].sort((a, b) => a - b);
        for (const i of candidates) {
          const other = entries[i]!;
          if (i === j || !entryCovers(other, entry)) continue;
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
