/**
 * The action's inputs, read the way the runner passes them: `INPUT_<NAME>` environment variables, the
 * name upper-cased with spaces as `_` and dashes kept (`policy-type` → `INPUT_POLICY-TYPE`). The runner
 * sets every input declared in action.yml (with its default when the workflow gives none); the defaults
 * here only matter when the entry runs outside a runner.
 */
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { POLICY_TYPES, type PolicyType } from '../engine/types.js';
import type { AccessAnalyzerMode } from '../run.js';
import { quoted } from '../words.js';

export type FailOn = 'error' | 'warning' | 'never';

export interface ActionInputs {
  /** Files and directories to lint, relative to the workspace. */
  paths: string[];
  config?: string;
  policyType?: PolicyType;
  accessAnalyzer: AccessAnalyzerMode;
  failOn: FailOn;
  /** Where to write SARIF, relative to the workspace; undefined: no SARIF. */
  sarifFile?: string;
  annotations: boolean;
  /** Report the `ignore` entries that suppressed nothing, at this severity; undefined: off. */
  reportUnusedIgnores?: 'warn' | 'error';
}

/** One or more invalid inputs: every problem, so that one run shows all there is to mend. */
export class InputError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(problems.join(' '));
    this.problems = problems;
  }
}

export function getInput(env: NodeJS.ProcessEnv, name: string): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput. */
function booleanInput(env: NodeJS.ProcessEnv, name: string, fallback: boolean, problems: string[]): boolean {
  const value = getInput(env, name);
  if (value === '') return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  problems.push(`Input "${name}" must be true or false, got ${quoted(value)}.`);
  return fallback;
}

/** The inputs; throws an InputError listing every invalid one. `workspace` resolves `sarif-file`. */
export function readInputs(env: NodeJS.ProcessEnv, workspace: string): ActionInputs {
  const problems: string[] = [];
  // One path per line (as @actions/core's getMultilineInput); blank lines and `#` comments are skipped.
  const paths = getInput(env, 'paths').split(/\r?\n/).map((p) => p.trim()).filter((p) => p !== '' && !p.startsWith('#'));

  const policyType = getInput(env, 'policy-type');
  if (policyType !== '' && !POLICY_TYPES.includes(policyType as PolicyType)) {
    problems.push(`Input "policy-type" must be one of ${POLICY_TYPES.join(', ')}, got ${quoted(policyType)}.`);
  }

  const aa = getInput(env, 'access-analyzer');
  let accessAnalyzer: AccessAnalyzerMode = 'off';
  if (['true', 'True', 'TRUE', 'required'].includes(aa)) accessAnalyzer = 'required';
  else if (aa === 'optional') accessAnalyzer = 'optional';
  else if (!['', 'false', 'False', 'FALSE', 'off'].includes(aa)) problems.push(`Input "access-analyzer" must be false, true or optional, got ${quoted(aa)}.`);

  const failOn = getInput(env, 'fail-on') || 'error';
  if (!['error', 'warning', 'never'].includes(failOn)) {
    problems.push(`Input "fail-on" must be error, warning or never, got ${quoted(failOn)}.`);
  }

  const unused = getInput(env, 'report-unused-ignores') || 'off';
  if (!['off', 'warn', 'error'].includes(unused)) {
    problems.push(`Input "report-unused-ignores" must be off, warn or error, got ${quoted(unused)}.`);
  }

  const config = getInput(env, 'config');
  const sarifFile = getInput(env, 'sarif-file');
  // Found now rather than when the SARIF is written: "internal error: EISDIR" after the whole run told nobody what to change.
  if (sarifFile && (/[\\/]$/.test(sarifFile) || isDirectory(resolve(workspace, sarifFile)))) {
    problems.push(`Input "sarif-file" is a directory: ${quoted(sarifFile)} (${resolve(workspace, sarifFile)}); name a file, such as ${quoted(join(sarifFile, 'policy-lint.sarif'))}.`);
  }
  const annotations = booleanInput(env, 'annotations', true, problems);
  if (problems.length > 0) throw new InputError(problems);
  return {
    paths: paths.length > 0 ? paths : ['.'],
    ...(config ? { config } : {}),
    ...(policyType ? { policyType: policyType as PolicyType } : {}),
    accessAnalyzer,
    failOn: failOn as FailOn,
    ...(sarifFile ? { sarifFile } : {}),
    annotations,
    ...(unused !== 'off' ? { reportUnusedIgnores: unused as 'warn' | 'error' } : {}),
  };
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
