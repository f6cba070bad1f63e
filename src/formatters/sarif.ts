/**
 * SARIF 2.1.0 as GitHub code scanning reads it: one run; `tool.driver.rules` lists every rule (GitHub
 * expects the rule list to stay the same between analyses, so that a rule without results closes its
 * alerts), then any rule id that only appears in results (`access-analyzer/<CODE>`, `json-syntax`).
 * URIs are relative to `%SRCROOT%` (the working directory, given in `originalUriBaseIds`); regions are
 * 1-based with an exclusive `endColumn` in UTF-16 code units (`columnKind`), as our results are.
 * Messages without a rule id are tool notices: `invocations[0].toolExecutionNotifications`.
 */
import { pathToFileURL } from 'node:url';
import type * as Sarif from 'sarif';
import { REPOSITORY_URL } from '../docs-url.js';
import { ACCESS_ANALYZER_CODES } from '../docs/access-analyzer-codes.js';
import { JSON_SYNTAX_RULE_ID } from '../engine/linter.js';
import type { LintMessage, LintResult } from '../engine/types.js';
import { displayPath, isInside } from '../paths.js';
import { issueCodesOfRule } from './common.js';
import { lineHashes, tokenFingerprints } from './fingerprint.js';
import type { FormatContext, RuleInfo } from './index.js';

export const SARIF_SCHEMA_URI = 'https://json.schemastore.org/sarif-2.1.0.json';
export const SRCROOT = '%SRCROOT%';
/** Our own fingerprint: rule, file, message id and the token's text, so it survives lines moving. */
export const TOKEN_FINGERPRINT = 'policyLintTokenHash/v1';

export function formatSarif(results: readonly LintResult[], context: FormatContext): string {
  return `${JSON.stringify(sarifLog(results, context), null, 2)}\n`;
}

export function sarifLog(results: readonly LintResult[], context: FormatContext): Sarif.Log {
  const descriptors: Sarif.ReportingDescriptor[] = [];
  const ruleIndex = new Map<string, number>();
  for (const rule of [...context.rules.values()].sort((a, b) => compare(a.id, b.id))) {
    ruleIndex.set(rule.id, descriptors.length);
    descriptors.push(ruleDescriptor(rule));
  }
  // Rule ids that are not ours, described from their first message.
  const others = new Map<string, LintMessage>();
  for (const result of results) {
    for (const m of result.messages) {
      if (m.ruleId !== null && !ruleIndex.has(m.ruleId) && !others.has(m.ruleId)) others.set(m.ruleId, m);
    }
  }
  for (const [id, message] of [...others].sort(([a], [b]) => compare(a, b))) {
    ruleIndex.set(id, descriptors.length);
    descriptors.push(otherDescriptor(id, message));
  }

  const sarifResults: Sarif.Result[] = [];
  const notifications: Sarif.Notification[] = [];
  for (const result of results) {
    const artifact = artifactLocation(result.filePath, context.cwd);
    const source = result.source;
    let hashes: string[] | undefined;
    const tokenHashes = tokenFingerprints(result, artifact.uri!);
    for (const [i, m] of result.messages.entries()) {
      const region = regionOf(m);
      const location: Sarif.Location = { physicalLocation: { artifactLocation: { ...artifact }, ...(region ? { region } : {}) } };
      if (m.ruleId === null) {
        notifications.push({
          level: levelOf(m),
          message: { text: m.message },
          locations: [location],
          ...(m.docsUrl !== undefined ? { properties: { docsUrl: m.docsUrl } } : {}),
        });
        continue;
      }
      const index = ruleIndex.get(m.ruleId)!;
      const sarifResult: Sarif.Result = {
        ruleId: m.ruleId,
        ruleIndex: index,
        level: levelOf(m),
        message: { text: m.message },
        locations: [location],
      };

      // Fingerprints.
      const fingerprints: Record<string, string> = {};
      if (source !== undefined && region) {
        hashes ??= lineHashes(source);
        const hash = hashes[m.line - 1];
        if (hash !== undefined) fingerprints.primaryLocationLineHash = hash;
      }
      fingerprints[TOKEN_FINGERPRINT] = tokenHashes[i];
      sarifResult.partialFingerprints = fingerprints;

      if (m.fix) {
        const [start, end] = m.fix.range;
        sarifResult.fixes = [{
          description: { text: 'Safe fix: `policy-lint --fix` applies it.' },
          artifactChanges: [{
            artifactLocation: { ...artifact },
            replacements: [{
              deletedRegion: { charOffset: start, charLength: end - start },
              ...(m.fix.text !== '' ? { insertedContent: { text: m.fix.text } } : {}),
            }],
          }],
        }];
      }

      const properties: Sarif.PropertyBag = {};
      if (m.issueCode !== undefined) properties.issueCode = m.issueCode;
      if (m.sources && m.sources.length > 0) properties.sources = [...m.sources];
      if (m.docsUrl !== undefined && m.docsUrl !== descriptors[index].helpUri) properties.docsUrl = m.docsUrl;
      if (Object.keys(properties).length > 0) sarifResult.properties = properties;
      sarifResults.push(sarifResult);
    }
  }

  const driver: Sarif.ToolComponent = {
    name: 'policy-lint',
    version: context.toolVersion,
    ...(SEMVER.test(context.toolVersion) ? { semanticVersion: context.toolVersion } : {}),
    informationUri: REPOSITORY_URL,
    rules: descriptors,
  };
  if (context.databaseVersion !== undefined) driver.properties = { databaseVersion: context.databaseVersion };

  for (const { level, message, location } of context.toolNotices ?? []) {
    const region = location?.line !== undefined ? { startLine: location.line, ...(location.column !== undefined ? { startColumn: location.column } : {}) } : undefined;
    notifications.push({
      level, message: { text: message },
      ...(location ? { locations: [{ physicalLocation: { artifactLocation: artifactLocation(location.filePath, context.cwd), ...(region ? { region } : {}) } }] } : {}),
    });
  }
  const run: Sarif.Run = {
    tool: { driver },
    ...(notifications.length > 0
      ? { invocations: [{ executionSuccessful: !notifications.some((n) => n.level === 'error'), toolExecutionNotifications: notifications }] }
      : {}),
    originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(context.cwd) } },
    results: sarifResults,
    columnKind: 'utf16CodeUnits',
  };
  return { $schema: SARIF_SCHEMA_URI, version: '2.1.0', runs: [run] };
}

function ruleDescriptor(rule: RuleInfo): Sarif.ReportingDescriptor {
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    helpUri: rule.docsUrl,
    help: { text: `${rule.description}\n${rule.docsUrl}`, markdown: `${rule.description}\n\n[Documentation](${rule.docsUrl})` },
    defaultConfiguration: { level: rule.severity === 'error' ? 'error' : 'warning' },
    properties: {
      tags: [rule.category, ...issueCodesOfRule(rule)],
      ...(rule.category === 'security' ? securitySeverity(rule.severity === 'error') : {}),
    },
  };
}

/**
 * GitHub code scanning shows the results of a rule tagged "security" as security alerts, ranked by the rule's
 * "security-severity" (0.0-10.0: 7.0-8.9 is "high", 4.0-6.9 "medium"); without it they are listed with the
 * quality findings. An error is high, a warning medium.
 */
function securitySeverity(error: boolean): Record<string, string> {
  return { 'security-severity': error ? '8.0' : '5.0', precision: 'high' };
}

const AA_SECURITY_WARNINGS = new Set(ACCESS_ANALYZER_CODES.filter((c) => c.type === 'SECURITY_WARNING').map((c) => c.code));

/** A rule that is not ours: an Access Analyzer check (`access-analyzer/<CODE>`) or an engine check. */
function otherDescriptor(id: string, message: LintMessage): Sarif.ReportingDescriptor {
  const match = /^access-analyzer\/(.+)$/.exec(id);
  const text = match
    ? `IAM Access Analyzer policy check ${match[1]}`
    : id === JSON_SYNTAX_RULE_ID ? 'A policy file must be valid JSON.' : id;
  const url = message.docsUrl;
  const descriptor: Sarif.ReportingDescriptor = {
    id,
    shortDescription: { text },
    fullDescription: { text },
    ...(url !== undefined ? { helpUri: url } : {}),
    help: url === undefined ? { text } : { text: `${text}\n${url}`, markdown: `${text}\n\n[Documentation](${url})` },
  };
  const tags = match ? ['access-analyzer', match[1]] : message.issueCode !== undefined ? [message.issueCode] : [];
  // Access Analyzer's security warnings are security alerts too.
  if (match && AA_SECURITY_WARNINGS.has(match[1])) descriptor.properties = { tags: ['security', ...tags], ...securitySeverity(true) };
  else if (tags.length > 0) descriptor.properties = { tags };
  return descriptor;
}

function levelOf(m: LintMessage): Sarif.Result.level {
  return m.severity === 2 ? 'error' : m.suggestion ? 'note' : 'warning';
}

function regionOf(m: LintMessage): Sarif.Region | undefined {
  if (!(m.line >= 1)) return undefined;
  const region: Sarif.Region = { startLine: m.line };
  if (m.column >= 1) region.startColumn = m.column;
  if (m.endLine >= m.line) region.endLine = m.endLine;
  if (m.endColumn >= 1 && m.column >= 1 && (m.endLine > m.line || m.endColumn >= m.column)) region.endColumn = m.endColumn;
  return region;
}

/** Relative to %SRCROOT% when the file is under the working directory, else an absolute file URI. */
function artifactLocation(filePath: string, cwd: string): Sarif.ArtifactLocation {
  if (!isInside(filePath, cwd)) return { uri: pathToFileURL(filePath).href };
  return { uri: displayPath(filePath, cwd).split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith('/') ? href : `${href}/`;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;
