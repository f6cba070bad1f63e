/**
 * The output formats. Each is a pure function of the results and a context (no I/O, no environment:
 * the CLI decides `color`). Output ends with a newline; `stylish` and `github` print nothing at all when
 * there are no messages.
 */
import type { LintResult } from '../engine/types.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatJson } from './json.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

export type FormatName = 'stylish' | 'json' | 'sarif' | 'github' | 'gitlab';

export interface RuleInfo {
  id: string;
  description: string;
  category: string;
  severity: 'warn' | 'error';
  fixable: 'safe' | 'suggestion' | 'none';
  issueCode?: string | readonly string[];
  docsUrl: string;
}

export interface FormatContext {
  /** Paths are printed relative to this directory (SARIF: the `%SRCROOT%` base). */
  cwd: string;
  rules: ReadonlyMap<string, RuleInfo>;
  color: boolean;
  toolVersion: string;
  databaseVersion?: string;
  /**
   * Problems of the run itself (a path that does not exist, a pattern without files, Access Analyzer down):
   * `github` annotates them and `sarif` lists them as tool notifications, so a CI log is not the only place.
   */
  toolNotices?: readonly ToolNotice[];
  /**
   * What `stylish` says applies the fixes: "the `--fix` option" (ESLint's words) unless set. The Action has no
   * such option and says "`policy-lint --fix` on the command line".
   */
  fixWith?: string;
}

export interface ToolNotice {
  level: 'error' | 'warning';
  message: string;
  /** Where the problem is, when it is in a file (an invalid configuration): an absolute path, 1-based line and column. */
  location?: { filePath: string; line?: number; column?: number };
}

const FORMATTERS: Record<FormatName, (results: readonly LintResult[], context: FormatContext) => string> = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  gitlab: formatGitlab,
};

export function format(name: FormatName, results: readonly LintResult[], context: FormatContext): string {
  const formatter = FORMATTERS[name];
  if (formatter === undefined) throw new Error(`Unknown format "${name}".`);
  return formatter(results, context);
}
