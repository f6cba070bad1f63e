import { compareMessages, type LintMessage, type Severity } from '../engine/types.js';

/**
 * Merge one file's offline messages with its Access Analyzer messages. An online message with the same
 * `issueCode` on the same range as an offline message (same offsets, or the same line/column span when offsets
 * are missing) is folded into it: one message, the offline one (our wording, fix and docs), with
 * `sources: ['policy-lint', 'access-analyzer']` and the higher of the two severities. Every other message is
 * kept as it is. The result is sorted like the engine sorts.
 */
export function mergeFindings(offline: LintMessage[], online: LintMessage[]): LintMessage[] {
  const result: LintMessage[] = offline.map((m) => m);
  const byKey = new Map<string, number[]>();
  offline.forEach((m, i) => {
    if (!m.issueCode) return;
    const key = rangeKey(m);
    const list = byKey.get(key);
    if (list) list.push(i);
    else byKey.set(key, [i]);
  });
  const taken = new Set<number>();
  for (const m of online) {
    const candidates = m.issueCode ? byKey.get(rangeKey(m)) : undefined;
    const i = candidates?.find((j) => !taken.has(j) && offline[j].issueCode === m.issueCode);
    if (i === undefined) {
      result.push(m);
      continue;
    }
    taken.add(i);
    const o = offline[i];
    result[i] = {
      ...o,
      severity: Math.max(o.severity, m.severity) as Severity,
      sources: ['policy-lint', 'access-analyzer'],
      ...(o.docsUrl === undefined && m.docsUrl !== undefined ? { docsUrl: m.docsUrl } : {}),
    };
  }
  return result.sort(compareMessages);
}

function rangeKey(m: LintMessage): string {
  return `${m.line}:${m.column}:${m.endLine}:${m.endColumn}`;
}
