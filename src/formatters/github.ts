/**
 * GitHub Actions workflow commands, one line per message, which the runner turns into annotations:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=<rule-id>::<message>` (`::warning` for
 * warnings). Escaping is @actions/core's: `escapeData` for the message, `escapeProperty` for values.
 * Annotations carry columns only within one line, so a range over several lines gives `line` and
 * `endLine` without columns (the runner would drop them, and the checks API rejects them).
 */
import type { LintMessage, LintResult } from '../engine/types.js';
import { displayPath } from '../paths.js';
import { severityWord } from './common.js';
import type { FormatContext } from './index.js';

/** @actions/core `escapeData`: the command's message. */
export function escapeData(s: string): string {
  return s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
}

/** @actions/core `escapeProperty`: a property value. */
export function escapeProperty(s: string): string {
  return escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');
}

export function formatGithub(results: readonly LintResult[], context: FormatContext): string {
  let out = '';
  for (const result of results) {
    const file = displayPath(result.filePath, context.cwd);
    for (const m of result.messages) out += `${command(m, file)}\n`;
  }
  for (const { level, message, location } of context.toolNotices ?? []) {
    const properties: Array<[string, string | number]> = [];
    if (location) {
      properties.push(['file', displayPath(location.filePath, context.cwd)]);
      if (location.line !== undefined) properties.push(['line', location.line]);
      if (location.line !== undefined && location.column !== undefined) properties.push(['col', location.column]);
    }
    properties.push(['title', 'policy-lint']);
    out += `::${level} ${properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',')}::${escapeData(message)}\n`;
  }
  return out;
}

function command(m: LintMessage, file: string): string {
  const properties: Array<[string, string | number]> = [['file', file]];
  if (m.line >= 1) {
    properties.push(['line', m.line]);
    const oneLine = m.endLine === m.line;
    if (oneLine && m.column >= 1) properties.push(['col', m.column]);
    if (m.endLine >= m.line) properties.push(['endLine', m.endLine]);
    if (oneLine && m.column >= 1 && m.endColumn >= m.column) properties.push(['endColumn', m.endColumn]);
  }
  if (m.ruleId !== null) properties.push(['title', m.ruleId]);
  const list = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${severityWord(m)} ${list}::${escapeData(m.message)}`;
}
