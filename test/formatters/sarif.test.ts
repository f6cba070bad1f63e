import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Sarif from 'sarif';
import { describe, expect, it } from 'vitest';
import type { LintMessage, LintResult } from '../../src/engine/types.js';
import { findingsToMessages } from '../../src/access-analyzer/map.js';
import { countResult } from '../../src/engine/types.js';
import { lineHashes } from '../../src/formatters/fingerprint.js';
import { format } from '../../src/formatters/index.js';
import { context, CWD, on, result, RULES } from './helpers.js';
import { validateSarif } from '../fixtures/sarif-validator.js';

const validate = validateSarif;

function sarif(results: LintResult[], overrides = {}): Sarif.Log {
  const text = format('sarif', results, context(overrides));
  const log = JSON.parse(text) as Sarif.Log;
  const valid = validate(log);
  expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
  expect(valid).toBe(true);
  return log;
}

const ADMIN = `{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Action": "s3:*",
    "Resource": "*"
  }]
}
`;
const AA_URL = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html#pass-role';

function fixture(): LintResult[] {
  const odd = '{"Action": "*"}';
  return [
    result('policies/admin.json', ADMIN, [
      on(ADMIN, '"2012-10-17"', {
        ruleId: 'policy-version', severity: 1, message: 'Use "Version": "2012-10-17".', messageId: 'old',
        fix: { range: [15, 27], text: '"2012-10-17"' }, issueCode: 'MISSING_VERSION',
      }),
      on(ADMIN, '"s3:*"', { message: 'Action "s3:*" allows every S3 action.', messageId: 'wildcard' }),
      on(ADMIN, '"*"', {
        ruleId: 'access-analyzer/PASS_ROLE_WITH_STAR_IN_RESOURCE', severity: 1, message: 'Too broad.',
        docsUrl: AA_URL, sources: ['access-analyzer'], issueCode: 'PASS_ROLE_WITH_STAR_IN_RESOURCE', suggestion: true,
      }),
    ]),
    result('ok.json', '{}', []),
    result('dir with space/ü#1.json', odd, [on(odd, '"*"', { message: 'Wildcard.', fix: { range: [11, 14], text: '' } })]),
    { ...result('x.json', '{}', [on('{}', '{}', { message: 'Outside.', ruleId: 'json-syntax', fatal: true })]), filePath: '/elsewhere/x.json' },
    result('n.json', undefined, [{
      ruleId: null, severity: 1, message: 'Access Analyzer was not reached.', line: 1, column: 1, endLine: 1, endColumn: 1,
      docsUrl: 'https://example.test/notice',
    }]),
  ];
}

describe('sarif', () => {
  it('matches the reviewed golden file', () => {
    const text = format('sarif', fixture(), context({ databaseVersion: '2026.01.01' }));
    if (process.env.UPDATE_GOLDEN) writeFileSync(join(import.meta.dirname, 'golden', 'basic.sarif.json'), text);
    expect(text).toBe(readFileSync(join(import.meta.dirname, 'golden', 'basic.sarif.json'), 'utf8'));
  });

  it('is valid against the official SARIF 2.1.0 schema, also with no results at all', () => {
    sarif(fixture());
    const empty = sarif([]);
    expect(empty.runs).toHaveLength(1);
    expect(empty.runs[0].results).toEqual([]);
    expect(empty.runs[0].tool.driver.rules!.map((r) => r.id)).toEqual([...RULES.keys()].sort());
    expect(empty.runs[0].invocations).toBeUndefined();
  });

  it('lists every rule, then the rule ids only seen in results, and points each result at its rule', () => {
    const run = sarif(fixture()).runs[0];
    const rules = run.tool.driver.rules!;
    expect(rules.map((r) => r.id)).toEqual([
      'no-wildcard-action', 'policy-version', 'sid-style', 'access-analyzer/PASS_ROLE_WITH_STAR_IN_RESOURCE', 'json-syntax',
    ]);
    for (const r of run.results!) expect(rules[r.ruleIndex!].id).toBe(r.ruleId);
    // The Access Analyzer rule takes its help link from the message.
    expect(rules[3].helpUri).toBe(AA_URL);
    expect(rules[1].defaultConfiguration?.level).toBe('warning');
    expect(rules[1].properties).toEqual({ tags: ['correctness', 'MISSING_VERSION'] });
    expect(rules[2].properties).toEqual({ tags: ['style', 'INVALID_SID', 'DUPLICATE_SID'] });
    // GitHub code scanning lists the results of rules tagged "security" as security alerts, ranked by their
    // security-severity: our security rules (an error is high, a warning medium) and Access Analyzer's
    // security warnings.
    expect(rules[0].properties).toEqual({ tags: ['security'], 'security-severity': '8.0', precision: 'high' });
    expect(sarif(fixture(), { rules: new Map([...RULES].map(([id, r]) => [id, { ...r, severity: 'warn' }])) }).runs[0].tool.driver.rules![0].properties)
      .toEqual({ tags: ['security'], 'security-severity': '5.0', precision: 'high' });
    expect(rules[3].properties).toEqual({ tags: ['security', 'access-analyzer', 'PASS_ROLE_WITH_STAR_IN_RESOURCE'], 'security-severity': '8.0', precision: 'high' });
  });

  it('writes URIs relative to %SRCROOT%, percent-encoded, and absolute outside it', () => {
    const run = sarif(fixture()).runs[0];
    const uris = run.results!.map((r) => r.locations![0].physicalLocation!.artifactLocation);
    expect(uris).toEqual([
      { uri: 'policies/admin.json', uriBaseId: '%SRCROOT%' },
      { uri: 'policies/admin.json', uriBaseId: '%SRCROOT%' },
      { uri: 'policies/admin.json', uriBaseId: '%SRCROOT%' },
      { uri: 'dir%20with%20space/%C3%BC%231.json', uriBaseId: '%SRCROOT%' },
      { uri: 'file:///elsewhere/x.json' },
    ]);
    expect(run.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } });
  });

  it('a name that starts with two dots is inside %SRCROOT% (only ".." itself climbs out)', () => {
    const run = sarif([result('..notes/x.json', '{}', [on('{}', '{}', { message: 'X.' })])]).runs[0];
    expect(run.results![0].locations![0].physicalLocation!.artifactLocation).toEqual({ uri: '..notes/x.json', uriBaseId: '%SRCROOT%' });
  });

  it('gives 1-based regions with an exclusive end column in UTF-16 code units', () => {
    const src = '{"Sid": "日本😀", "Action": "s3:*"}';
    const run = sarif([result('u.json', src, [on(src, '"s3:*"', { message: 'After non-ASCII.' })])]).runs[0];
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.results![0].locations![0].physicalLocation!.region).toEqual({ startLine: 1, startColumn: 27, endLine: 1, endColumn: 33 });
  });

  it('maps severities to levels; Access Analyzer suggestions are notes', () => {
    expect(sarif(fixture()).runs[0].results!.map((r) => r.level)).toEqual(['warning', 'error', 'note', 'error', 'error']);
  });

  it('expresses safe fixes as replacements with character offsets, and leaves suggestions out', () => {
    const results = sarif(fixture()).runs[0].results!;
    expect(results[0].fixes).toEqual([{
      description: { text: 'Safe fix: `policy-lint --fix` applies it.' },
      artifactChanges: [{
        artifactLocation: { uri: 'policies/admin.json', uriBaseId: '%SRCROOT%' },
        replacements: [{ deletedRegion: { charOffset: 15, charLength: 12 }, insertedContent: { text: '"2012-10-17"' } }],
      }],
    }]);
    // A deletion has no inserted content.
    expect(results[3].fixes![0].artifactChanges[0].replacements[0]).toEqual({ deletedRegion: { charOffset: 11, charLength: 3 } });
    const src = '{"a": 1}';
    const withSuggestion = on(src, '1', { message: 'S.', suggestions: [{ desc: 'Maybe.', fix: { range: [6, 7], text: '2' } }] });
    expect(sarif([result('s.json', src, [withSuggestion])]).runs[0].results![0].fixes).toBeUndefined();
  });

  it('puts tool notices in the invocation, not in the results', () => {
    const run = sarif(fixture()).runs[0];
    expect(run.results!.some((r) => r.message.text === 'Access Analyzer was not reached.')).toBe(false);
    expect(run.invocations).toEqual([{
      executionSuccessful: true,
      toolExecutionNotifications: [{
        level: 'warning',
        message: { text: 'Access Analyzer was not reached.' },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: 'n.json', uriBaseId: '%SRCROOT%' },
            region: { startLine: 1, startColumn: 1, endLine: 1, endColumn: 1 },
          },
        }],
        properties: { docsUrl: 'https://example.test/notice' },
      }],
    }]);
  });

  it('lists problems of the run itself as notifications without a location, and an error fails the invocation', () => {
    const run = sarif([], { toolNotices: [{ level: 'error', message: 'missing.json: no such file or directory' }] }).runs[0];
    expect(run.invocations).toEqual([{
      executionSuccessful: false,
      toolExecutionNotifications: [{ level: 'error', message: { text: 'missing.json: no such file or directory' } }],
    }]);
  });

  it('fingerprints findings so that they survive lines moving, and tells identical ones apart', () => {
    const before = '{\n  "Statement": [\n    {"Action": "s3:*"},\n    {"Action": "s3:*"}\n  ]\n}\n';
    const after = '{\n  "Version": "2012-10-17",\n\n  "Statement": [\n    {"Action": "s3:*"},\n    {"Action": "s3:*"}\n  ]\n}\n';
    const prints = (src: string) => sarif([result('p.json', src, [
      on(src, '"s3:*"', { message: 'W.', messageId: 'wildcard' }, 0),
      on(src, '"s3:*"', { message: 'W.', messageId: 'wildcard' }, 1),
    ])]).runs[0].results!.map((r) => r.partialFingerprints!);
    const a = prints(before);
    const b = prints(after);
    expect(b).toEqual(a);
    expect(a[0]['policyLintTokenHash/v1']).toMatch(/^[0-9a-f]{16}:1$/);
    expect(a[1]['policyLintTokenHash/v1']).toBe(a[0]['policyLintTokenHash/v1'].replace(/:1$/, ':2'));
    expect(a[0].primaryLocationLineHash).not.toBe(a[1].primaryLocationLineHash);
    // Another file, or another rule, is another finding.
    const tokenHash = (name: string, ruleId: string) => sarif([result(name, before, [
      on(before, '"s3:*"', { ruleId, message: 'W.', messageId: 'wildcard' }),
    ])]).runs[0].results![0].partialFingerprints!['policyLintTokenHash/v1'];
    expect(tokenHash('p.json', 'no-wildcard-action')).toBe(a[0]['policyLintTokenHash/v1']);
    expect(tokenHash('q.json', 'no-wildcard-action')).not.toBe(a[0]['policyLintTokenHash/v1']);
    expect(tokenHash('p.json', 'sid-style')).not.toBe(a[0]['policyLintTokenHash/v1']);
  });

  it('leaves primaryLocationLineHash to upload-sarif when it does not have the file text', () => {
    const m: LintMessage = { ruleId: 'no-wildcard-action', severity: 2, message: 'W.', line: 3, column: 5, endLine: 3, endColumn: 9 };
    const prints = sarif([result('p.json', undefined, [m])]).runs[0].results![0].partialFingerprints!;
    expect(Object.keys(prints)).toEqual(['policyLintTokenHash/v1']);
  });
});

describe('Access Analyzer learnMoreLink as helpUri', () => {
  const links = (learnMoreLinks: string[]) => {
    const findings = learnMoreLinks.map((learnMoreLink, i) => ({ issueCode: `CODE_${i}`, findingType: 'WARNING', findingDetails: 'A finding.', learnMoreLink }));
    const log = sarif([countResult(`${CWD}/p.json`, findingsToMessages(ADMIN, findings), { source: ADMIN })]);
    return log.runs[0].tool.driver.rules!.filter((r) => r.id.startsWith('access-analyzer/')).map((r) => r.helpUri);
  };

  it('percent-encodes what a URI cannot hold (a space, quotes, non-ASCII, a stray %) as encodeURI does, and leaves a valid URL as it is', () => {
    const valid = [AA_URL, 'https://example.test/a%20b/c?d=e%2Ff&g=h#i'];
    expect(links([
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access analyzer checks.html#pass role',
      'https://example.test/r\u00e9f\u00e9rence?q="x"&p=100%',
      ...valid,
    ])).toEqual([
      'https://docs.aws.amazon.com/IAM/latest/UserGuide/access%20analyzer%20checks.html#pass%20role',
      'https://example.test/r%C3%A9f%C3%A9rence?q=%22x%22&p=100%25',
      ...valid, // encodeURI itself would make %20 into %2520
    ]);
  });
});

describe('lineHashes (GitHub code scanning primaryLocationLineHash)', () => {
  // Vectors from github/codeql-action src/fingerprints.test.ts.
  it.each([
    ['', ['c129715d7a2bc9a3:1']],
    [' a\nb\n  \t\tc\n d', ['271789c17abda88f:1', '54703d4cd895b18:1', '180aee12dab6264:1', 'a23a3dc5e078b07b:1']],
    [' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End', [
      '8b7cf3e952e7aeb2:1', 'b1ae1287ec4718d9:1', 'bff680108adb0fcc:1', 'c6805c5e1288b612:1', 'b86d3392aea1be30:1', 'e6ceba753e1a442:1',
    ]],
    ...[
      ' hello; \t\nworld!!!\n\n\n  \t\tGreetings\n End\n',
      ' hello; \t\nworld!!!\r\r\r  \t\tGreetings\r End\r',
      ' hello; \t\r\nworld!!!\r\n\r\n\r\n  \t\tGreetings\r\n End\r\n',
      ' hello; \t\nworld!!!\r\n\n\r  \t\tGreetings\r End\r\n',
    ].map((text) => [text, [
      'e9496ae3ebfced30:1', 'fb7c023a8b9ccb3f:1', 'ce8ba1a563dcdaca:1', 'e20e36e16fcb0cc8:1', 'b3edc88f2938467e:1',
      'c8e28b0b4002a3a0:1', 'c129715d7a2bc9a3:1',
    ]] as [string, string[]]),
    ['Lorem ipsum dolor sit amet.\n'.repeat(10), [
      'a7f2ff13bc495cf2:1', 'a7f2ff13bc495cf2:2', 'a7f2ff13bc495cf2:3', 'a7f2ff13bc495cf2:4', 'a7f2ff13bc495cf2:5',
      'a7f2ff13bc495cf2:6', 'a7f2ff1481e87703:1', 'a9cf91f7bbf1862b:1', '55ec222b86bcae53:1', 'cc97dc7b1d7d8f7b:1',
      'c129715d7a2bc9a3:1',
    ]],
  ])('hashes %j', (text, expected) => {
    expect(lineHashes(text)).toEqual(expected);
  });
});
