/**
 * `--report-unused-ignores`: the `ignore` entries that suppressed nothing in this run, as findings on the
 * configuration file (as ESLint reports unused disable directives), so that an entry left behind after a
 * policy was fixed or renamed does not hide the next real finding. The judgement is over the files linted:
 * it is meant for a run over all the policies, not for a hook that lints the staged files. An entry that
 * names an Access Analyzer finding (`access-analyzer/…`) is judged only when Access Analyzer ran.
 */
import { countResult, type LintMessage, type LintResult, type Severity } from '../engine/types.js';
import { relativeInside } from './glob.js';
import type { LoadedConfig, ResolvedIgnore } from './load.js';

export class IgnoreUsage {
  private readonly used = new Set<number>();
  private readonly matched = new Map<number, number>();
  private linted = 0;

  constructor(private readonly config: LoadedConfig) {}

  /** A linted file, and the indexes of the entries that suppressed some of its findings. */
  record(filePath: string, usedEntries: Iterable<number>): void {
    this.linted++;
    for (const index of usedEntries) this.used.add(index);
    const rel = relativeInside(this.config.directory, filePath);
    if (rel === undefined) return;
    for (const entry of this.config.ignore) {
      if (entry.matches(rel)) this.matched.set(entry.index, (this.matched.get(entry.index) ?? 0) + 1);
    }
  }

  /** The configuration file's result with one finding per unused entry; undefined when there is none. */
  result(severity: Severity, accessAnalyzerRan: boolean): LintResult | undefined {
    const { filePath, source } = this.config;
    if (filePath === undefined) return undefined;
    const messages: LintMessage[] = [];
    for (const entry of this.config.ignore) {
      if (this.used.has(entry.index)) continue;
      if (!accessAnalyzerRan && [...entry.rules ?? []].some((id) => id.startsWith('access-analyzer/'))) continue;
      const start = entry.start ?? { line: 1, column: 1, offset: 0 };
      messages.push({
        ruleId: null, severity, message: this.describe(entry),
        line: start.line, column: start.column, endLine: start.line, endColumn: start.column + 1,
        range: [start.offset, start.offset + 1], path: ['ignore', entry.index],
      });
    }
    return messages.length > 0 ? countResult(filePath, messages, source !== undefined ? { source } : {}) : undefined;
  }

  private describe(entry: ResolvedIgnore): string {
    const reason = `(reason: ${JSON.stringify(entry.reason)})`;
    const matched = this.matched.get(entry.index) ?? 0;
    if (matched === 0) {
      const linted = this.linted === 1 ? 'do not match the one file linted' : `match none of the ${this.linted} files linted`;
      return `Unused ignore entry: its files ${linted} ${reason}.`;
    }
    const what = entry.rules ? `no finding of ${[...entry.rules].join(', ')}` : 'no finding';
    const where = entry.path !== undefined ? ` at ${entry.path}` : '';
    return `Unused ignore entry: it suppresses ${what}${where} in the ${matched === 1 ? 'file' : `${matched} files`} it matches ${reason}.`;
  }
}
