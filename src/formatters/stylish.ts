/**
 * The default, human-readable format. For each message one grep-able line
 * (`path:line:col: severity message [rule-id]`, as compilers and actionlint print), then a code frame
 * with carets under the token and, for findings explained elsewhere (Access Analyzer), the link; then a
 * summary in ESLint's words. Nothing at all when there is nothing to report.
 */
import type { LintMessage, LintResult } from '../engine/types.js';
import { displayPath } from '../paths.js';
import { codeFrame, splitLines } from './code-frame.js';
import { plural, ruleOf, severityWord, style, totals, visible } from './common.js';
import type { FormatContext } from './index.js';

export function formatStylish(results: readonly LintResult[], context: FormatContext): string {
  const s = style(context.color);
  const blocks: string[] = [];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const path = visible(displayPath(result.filePath, context.cwd));
    const lines = result.source === undefined ? undefined : splitLines(result.source);
    for (const message of result.messages) {
      const accent = message.severity === 2 ? s.red : s.yellow;
      const rule = message.ruleId === null ? '' : ` ${s.dim(`[${visible(message.ruleId)}]`)}`;
      const block = [
        `${s.bold(`${path}:${message.line}:${message.column}:`)} ${accent(severityWord(message))} ${visible(message.message)}${rule}`,
      ];
      const frame = lines ? codeFrame(lines, message, { style: s, accent }) : undefined;
      if (frame) block.push(...frame.lines);
      const link = externalDocsUrl(message, context);
      if (link !== undefined) block.push(`${' '.repeat(frame?.indent ?? 2)}${s.dim('= docs:')} ${visible(link)}`);
      blocks.push(block.join('\n'));
    }
  }
  if (blocks.length === 0) return '';

  const t = totals(results);
  const problems = t.errorCount + t.warningCount;
  const summaryStyle = (text: string) => s.bold(t.errorCount > 0 ? s.red(text) : s.yellow(text));
  let summary = summaryStyle(
    `✖ ${plural(problems, 'problem')} (${plural(t.errorCount, 'error')}, ${plural(t.warningCount, 'warning')})`,
  );
  if (t.fixableErrorCount > 0 || t.fixableWarningCount > 0) {
    summary += `\n${summaryStyle(
      `  ${plural(t.fixableErrorCount, 'error')} and ${plural(t.fixableWarningCount, 'warning')} potentially fixable with ${context.fixWith ?? 'the `--fix` option'}.`,
    )}`;
  }
  return `${blocks.join('\n\n')}\n\n${summary}\n`;
}

/**
 * A link worth printing: the message's own page when it is not the docs of one of our rules (Access
 * Analyzer's learnMoreLink, or a tool notice's). Our rules' pages are one `[rule-id]` away.
 */
function externalDocsUrl(message: LintMessage, context: FormatContext): string | undefined {
  if (message.docsUrl === undefined) return undefined;
  const rule = ruleOf(message, context);
  return rule !== undefined && rule.docsUrl === message.docsUrl ? undefined : message.docsUrl;
}
