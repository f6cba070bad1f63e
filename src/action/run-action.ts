/**
 * The GitHub Action: lint the `paths` inputs in the workspace with the same run as the CLI, then
 *   - print the stylish report (with code frames) to the log, fenced off from command parsing;
 *   - print one workflow command per finding, which the runner turns into annotations on the exact line
 *     and columns, titled with the rule id (input `annotations`, default on);
 *   - write SARIF for code scanning (input `sarif-file`);
 *   - append a Markdown table of the findings to the job summary;
 *   - set the outputs `errors`, `warnings`, `sarif-file`;
 *   - return the exit code: 1 when `fail-on` says so (error: any error; warning: any error or warning;
 *     never: never), 2 for a failure of the tool or its inputs (bad input or config, unreadable path, a path
 *     or pattern with no file to lint,
 *     Access Analyzer unreachable when required), whatever `fail-on` says: a broken lint must not pass.
 */
import { statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { configNotices, formatContext, runNotices, writeTo } from '../cli.js';
import { ConfigError } from '../config/index.js';
import type { LintResult } from '../engine/types.js';
import { format, type ToolNotice } from '../formatters/index.js';
import { displayPath } from '../paths.js';
import { findingCounts, run, type RunOutcome } from '../run.js';
import { appendSummary, command, verbatim, writeOutputs } from './commands.js';
import { getInput, InputError, readInputs, type ActionInputs } from './inputs.js';
import { failureSummary, summaryMarkdown, SUMMARY_MAX_BYTES } from './summary.js';

/** GitHub displays at most 10 error, 10 warning and 10 notice annotations per step (50 per job). */
export const ANNOTATIONS_SHOWN_PER_KIND = 10;

export interface ActionIo {
  env: NodeJS.ProcessEnv;
  write(text: string): void;
  /** The workspace when `GITHUB_WORKSPACE` is not set. */
  cwd: string;
}

function useColor(env: NodeJS.ProcessEnv): boolean {
  // The Actions log renders ANSI colours; NO_COLOR turns them off.
  return env.NO_COLOR === undefined || env.NO_COLOR === '';
}

/** Writes the SARIF file (relative to the workspace, its directory made): its absolute path, or the problem as a sentence. */
function writeSarif(workspace: string, file: string, text: string): { path: string } | { failure: string } {
  const path = resolve(workspace, file);
  try {
    writeTo(path, text, workspace);
    return { path };
  } catch (error) {
    return { failure: `sarif-file: cannot write ${path}: ${(error as Error).message}` };
  }
}

/**
 * The end of a run that could not lint (invalid inputs or configuration), after its annotations: the summary,
 * the SARIF file with the problems as notifications (an upload step then finds one, and code scanning shows
 * why), and the outputs, so that later steps do not fail on a missing file. Exit code 2.
 */
function stopBeforeLint(io: ActionIo, workspace: string, sarifFile: string, notices: ToolNotice[], summary: string): number {
  let sarifPath = '';
  if (sarifFile) {
    const written = writeSarif(workspace, sarifFile, format('sarif', [], formatContext(workspace, { toolNotices: notices })));
    if ('failure' in written) io.write(command('error', written.failure, { title: 'policy-lint' }));
    else sarifPath = written.path;
  }
  appendSummary(io.env, summary);
  writeOutputs(io.env, { errors: '0', warnings: '0', 'sarif-file': sarifPath });
  return 2;
}

/** Bytes left for our summary in this step's summary file (GitHub takes at most 1 MiB per step). */
function summaryRoom(env: NodeJS.ProcessEnv): number {
  try {
    return SUMMARY_MAX_BYTES - (env.GITHUB_STEP_SUMMARY ? statSync(env.GITHUB_STEP_SUMMARY).size : 0);
  } catch {
    return SUMMARY_MAX_BYTES;
  }
}

export async function runAction(io: ActionIo): Promise<number> {
  const { env, write } = io;
  const workspace = resolve(env.GITHUB_WORKSPACE || io.cwd);

  let inputs: ActionInputs;
  try {
    inputs = readInputs(env, workspace);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const problem of error.problems) write(command('error', problem, { title: 'policy-lint' }));
    // When sarif-file is itself the invalid input (a directory), the write fails and is annotated too.
    return stopBeforeLint(io, workspace, getInput(env, 'sarif-file'), error.problems.map((message) => ({ level: 'error', message })), failureSummary(error.message));
  }

  let outcome: RunOutcome;
  try {
    outcome = await run({
      cwd: workspace,
      paths: inputs.paths,
      configPath: inputs.config,
      cli: { policyType: inputs.policyType, rules: {} },
      ...(inputs.reportUnusedIgnores ? { reportUnusedIgnores: inputs.reportUnusedIgnores === 'error' ? 2 : 1 } : {}),
      // The input decides (credentials are the workflow's business), not the config's accessAnalyzer.enabled;
      // the config's other Access Analyzer settings (region, locale, ignore, …) apply.
      accessAnalyzer: { mode: inputs.accessAnalyzer, env },
    });
  } catch (error) {
    if (error instanceof ConfigError) {
      // One annotation per problem, on the config file's line when there is one.
      const inFile = isAbsolute(error.filePath);
      for (const problem of error.problems.length > 0 ? error.problems : [error]) {
        const properties: Record<string, string> = { title: 'policy-lint: invalid configuration' };
        if (inFile) properties.file = displayPath(error.filePath, workspace);
        if (inFile && problem.line) properties.line = String(problem.line);
        if (inFile && problem.column) properties.col = String(problem.column);
        write(command('error', inFile ? problem.reason : `${error.filePath}: ${problem.reason}`, properties));
      }
      return stopBeforeLint(io, workspace, inputs.sarifFile ?? '', configNotices(error),
        failureSummary(`invalid configuration: ${inFile ? `${displayPath(error.filePath, workspace)}:${error.line ?? 1}:${error.column ?? 1}: ` : ''}${error.reason}`));
    }
    write(command('error', `internal error: ${(error as Error).stack ?? String(error)}`, { title: 'policy-lint' }));
    appendSummary(env, failureSummary(`internal error: ${(error as Error).message}`));
    return 2;
  }

  const results: LintResult[] = outcome.results;
  const context = formatContext(workspace);

  // SARIF first: a file that cannot be written is a problem of the run, annotated and summarised with the others.
  let sarifPath = '';
  if (inputs.sarifFile) {
    const written = writeSarif(workspace, inputs.sarifFile, format('sarif', results, { ...context, toolNotices: runNotices(outcome.toolWarnings, outcome.toolErrors) }));
    if ('failure' in written) outcome.toolErrors.push(written.failure);
    else sarifPath = written.path;
  }

  // The human-readable report first, as in a terminal.
  // The Action changes no file: fixes are made with the CLI.
  write(verbatim(format('stylish', results, { ...context, color: useColor(env), fixWith: '`policy-lint --fix` on the command line' })));
  // Problems of the run first: GitHub shows only 10 annotations of each kind per step.
  for (const w of outcome.toolWarnings) write(command('warning', w, { title: 'policy-lint' }));
  for (const e of outcome.toolErrors) write(command('error', e, { title: 'policy-lint' }));
  if (inputs.annotations) {
    write(format('github', results, context));
    // GitHub shows 10 annotations of each kind per step and drops the rest silently: say so.
    const shown = ANNOTATIONS_SHOWN_PER_KIND;
    const annotated = { error: outcome.toolErrors.length, warning: outcome.toolWarnings.length };
    for (const r of results) for (const m of r.messages) annotated[m.severity === 2 ? 'error' : 'warning']++;
    const hidden = (['error', 'warning'] as const).filter((k) => annotated[k] > shown).map((k) => `${annotated[k] - shown} of ${annotated[k]} ${k}s`);
    if (hidden.length > 0) {
      write(command('notice', `GitHub shows ${shown} annotations of each kind per step: ${hidden.join(' and ')} are not annotated. The job summary and the log list every finding (and code scanning, with sarif-file).`, { title: 'policy-lint' }));
    }
  }

  const { errors, warnings } = findingCounts(outcome);
  const countSuggestions = outcome.config.suggestionsCountAsWarnings === true;
  const failedByFindings = inputs.failOn === 'error' ? errors > 0 : inputs.failOn === 'warning' ? errors + warnings > 0 : false;
  const code = outcome.toolErrors.length > 0 ? 2 : failedByFindings ? 1 : 0;

  writeOutputs(env, { errors: String(errors), warnings: String(warnings), 'sarif-file': sarifPath });
  appendSummary(env, summaryMarkdown({
    results, context, errors, warnings, failOn: inputs.failOn, failedByFindings, countSuggestions,
    configResult: outcome.unusedIgnores, toolErrors: outcome.toolErrors, toolWarnings: outcome.toolWarnings, env,
    maxBytes: summaryRoom(env),
  }));

  const linted = results.length - (outcome.unusedIgnores ? 1 : 0);
  const files = linted === 1 ? '1 file' : `${linted} files`;
  write(`policy-lint: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'} in ${files} (fail-on: ${inputs.failOn})${sarifPath ? `; SARIF: ${sarifPath}` : ''}\n`);
  return code;
}
