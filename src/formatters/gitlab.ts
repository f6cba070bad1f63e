/**
 * GitLab's code quality report (`artifacts: reports: codequality:` in `.gitlab-ci.yml`): a JSON array of
 * issues in the subset of the Code Climate format that GitLab reads, which it shows in merge requests and
 * compares between the source and target branches by `fingerprint`. The fingerprint is the token fingerprint
 * of the SARIF output, so a finding keeps it when lines above it move.
 */
import type { LintMessage, LintResult } from '../engine/types.js';
import { displayPath } from '../paths.js';
import { tokenFingerprints } from './fingerprint.js';
import type { FormatContext } from './index.js';

interface CodeQualityIssue {
  description: string;
  check_name: string;
  fingerprint: string;
  severity: 'info' | 'minor' | 'major' | 'critical' | 'blocker';
  location: {
    path: string;
    positions: { begin: { line: number; column: number }; end: { line: number; column: number } };
  };
}

export function formatGitlab(results: readonly LintResult[], context: FormatContext): string {
  const issues: CodeQualityIssue[] = [];
  for (const result of results) {
    const path = displayPath(result.filePath, context.cwd);
    const fingerprints = tokenFingerprints(result, path);
    result.messages.forEach((m, i) => {
      const begin = { line: Math.max(1, m.line), column: Math.max(1, m.column) };
      const end = m.endLine >= begin.line ? { line: m.endLine, column: Math.max(1, m.endColumn) } : begin;
      issues.push({
        description: m.message,
        check_name: m.ruleId ?? 'policy-lint',
        fingerprint: fingerprints[i],
        severity: severityOf(m),
        location: { path, positions: { begin, end } },
      });
    });
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
}

/** Errors rank above warnings in GitLab's widget; a file that cannot be linted at all (json-syntax) above both. */
function severityOf(m: LintMessage): CodeQualityIssue['severity'] {
  if (m.severity !== 2) return 'minor';
  return m.fatal ? 'critical' : 'major';
}
