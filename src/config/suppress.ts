/**
 * `ignore` entries: drop the findings they cover, keeping what was dropped and why (for formats that
 * report suppressions, such as SARIF's `suppressions[].justification`).
 */
import type { PolicyDocument } from '../engine/document.js';
import { denormalizePath, isObject } from '../engine/normalize.js';
import type { LintMessage } from '../engine/types.js';
import { relativeInside } from './glob.js';
import { evaluateJsonPath } from './jsonpath.js';
import type { LoadedConfig, ResolvedIgnore } from './load.js';

export interface SuppressedMessage {
  message: LintMessage;
  /** The ignore entries that cover the finding (one or more), in the config's order, with their `reason`. */
  entries: Array<{ reason: string; ignoreIndex: number }>;
}

export interface SuppressionOutcome {
  kept: LintMessage[];
  suppressed: SuppressedMessage[];
}

/**
 * Split a file's findings into kept and suppressed. An entry applies when its `files` match the path
 * relative to the config's directory; it covers the findings of its `rules` (all rules when absent, except
 * fatal parse errors, which only an entry naming "json-syntax" covers) that lie at or under one of the
 * nodes its `path` selects in `rawValue` (the file's parsed JSON) when it has a `path`.
 */
export function suppressMessages(config: LoadedConfig, filePath: string, rawValue: unknown, messages: LintMessage[]): SuppressionOutcome {
  if (config.ignore.length === 0 || messages.length === 0) return { kept: messages, suppressed: [] };
  const rel = relativeInside(config.directory, filePath);
  if (rel === undefined) return { kept: messages, suppressed: [] };
  const entries = config.ignore.filter((entry) => entry.matches(rel));
  if (entries.length === 0) return { kept: messages, suppressed: [] };
  const scopes = new Map<ResolvedIgnore, Array<Array<string | number>>>();
  for (const entry of entries) if (entry.path !== undefined) scopes.set(entry, selectPaths(rawValue, entry.path));

  const kept: LintMessage[] = [];
  const suppressed: SuppressedMessage[] = [];
  for (const message of messages) {
    // Every entry that covers it, as ESLint lists every directive: removing one must not unhide the finding.
    const covering = entries.filter((e) => covers(e, scopes.get(e), message));
    if (covering.length > 0) suppressed.push({ message, entries: covering.map((e) => ({ reason: e.reason, ignoreIndex: e.index })) });
    else kept.push(message);
  }
  return { kept, suppressed };
}

/**
 * The offsets, sorted, of the nodes that the `path` of the ignore entries applying to `filePath` select in
 * `document`: what --fix must not make them lose (see lintAndFix).
 */
export function ignoreAnchors(config: LoadedConfig, filePath: string, document: PolicyDocument): number[] {
  const rel = relativeInside(config.directory, filePath);
  if (rel === undefined) return [];
  const offsets: number[] = [];
  for (const entry of config.ignore) {
    if (entry.path === undefined || !entry.matches(rel)) continue;
    for (const path of selectPaths(document.value, entry.path)) {
      const node = document.nodeAt(path);
      if (node) offsets.push(node.offset);
    }
  }
  return offsets.sort((a, b) => a - b);
}

/**
 * The paths (in the file) that an ignore `path` selects. A policy whose Statement is one object is read as a
 * list of one too, as the rules read it: `$.Statement[0]` and `$.Statement[?(@.Sid == 'X')]` select it.
 */
function selectPaths(value: unknown, path: string): Array<Array<string | number>> {
  const selected = evaluateJsonPath(value, path);
  if (!isObject(value) || !isObject(value.Statement)) return selected;
  const asList = evaluateJsonPath({ ...value, Statement: [value.Statement] }, path).map((p) => denormalizePath(value, p));
  const seen = new Set(selected.map((p) => JSON.stringify(p)));
  return [...selected, ...asList.filter((p) => !seen.has(JSON.stringify(p)))];
}

export function applySuppressions(config: LoadedConfig, filePath: string, rawValue: unknown, messages: LintMessage[]): LintMessage[] {
  return suppressMessages(config, filePath, rawValue, messages).kept;
}

function covers(entry: ResolvedIgnore, scope: Array<Array<string | number>> | undefined, message: LintMessage): boolean {
  if (entry.rules) {
    if (message.ruleId === null || !entry.rules.has(message.ruleId)) return false;
  } else if (message.fatal) {
    return false;
  }
  if (scope === undefined) return true;
  const at = message.path;
  if (!at) return false;
  return scope.some((prefix) => prefix.length <= at.length && prefix.every((segment, i) => at[i] === segment));
}
