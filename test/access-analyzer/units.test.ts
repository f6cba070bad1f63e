/** Pure parts of the Access Analyzer module: merging, span mapping, cache location, error wording. */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultCacheLocation, findingsToMessages, mergeFindings } from '../../src/access-analyzer/index.js';
import { classifyError, redact } from '../../src/access-analyzer/errors.js';
import { UnitIndex } from '../../src/access-analyzer/map.js';
import type { LintMessage } from '../../src/engine/types.js';
import { awsPosition, findingAt } from './fake-server.js';

function message(extra: Partial<LintMessage>): LintMessage {
  return { ruleId: 'x', severity: 1, message: 'm', line: 1, column: 1, endLine: 1, endColumn: 5, ...extra };
}

describe('mergeFindings', () => {
  it('folds the same issue code on the same range into one message from both sources', () => {
    const offline = [
      message({ ruleId: 'unique-sids', issueCode: 'UNIQUE_SIDS_REQUIRED', line: 4, column: 5, endLine: 4, endColumn: 10, severity: 1, docsUrl: 'ours', fix: { range: [1, 2], text: '' } }),
      message({ ruleId: 'other', line: 2, column: 3, endLine: 2, endColumn: 9 }),
    ];
    const online = [
      message({ ruleId: 'access-analyzer/UNIQUE_SIDS_REQUIRED', issueCode: 'UNIQUE_SIDS_REQUIRED', line: 4, column: 5, endLine: 4, endColumn: 10, severity: 2, sources: ['access-analyzer'], docsUrl: 'aws' }),
      message({ ruleId: 'access-analyzer/UNIQUE_SIDS_REQUIRED', issueCode: 'UNIQUE_SIDS_REQUIRED', line: 7, column: 5, endLine: 7, endColumn: 10, sources: ['access-analyzer'] }),
      message({ ruleId: 'access-analyzer/OTHER_CODE', issueCode: 'OTHER_CODE', line: 4, column: 5, endLine: 4, endColumn: 10, sources: ['access-analyzer'] }),
    ];
    const merged = mergeFindings(offline, online);
    expect(merged.map((m) => [m.ruleId, m.line, m.sources, m.severity])).toEqual([
      ['other', 2, undefined, 1],
      ['access-analyzer/OTHER_CODE', 4, ['access-analyzer'], 1],
      ['unique-sids', 4, ['policy-lint', 'access-analyzer'], 2],
      ['access-analyzer/UNIQUE_SIDS_REQUIRED', 7, ['access-analyzer'], 1],
    ]);
    const both = merged.find((m) => m.ruleId === 'unique-sids')!;
    expect(both.docsUrl).toBe('ours');
    expect(both.fix).toEqual({ range: [1, 2], text: '' });
    expect(offline[0].sources).toBeUndefined(); // inputs are not mutated
  });

  it('folds each offline message at most once', () => {
    const offline = [message({ issueCode: 'A' })];
    const online = [message({ issueCode: 'A', sources: ['access-analyzer'] }), message({ issueCode: 'A', sources: ['access-analyzer'], message: 'n' })];
    expect(mergeFindings(offline, online).map((m) => m.sources)).toEqual([['policy-lint', 'access-analyzer'], ['access-analyzer']]);
  });
});

describe('span mapping', () => {
  it('converts AWS positions in each unit, across LF, CRLF and lone CR line breaks', () => {
    const text = '{\r\n "a": "é😀",\r "b": "x"\n}';
    const index = new UnitIndex(text);
    for (const unit of ['utf16', 'codepoint', 'utf8'] as const) {
      for (let i = 0; i <= text.length; i++) {
        if (i > 0 && text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff) continue; // inside the emoji
        if (text[i - 1] === '\r' && text[i] === '\n') continue; // inside CRLF
        const p = awsPosition(text, i, unit);
        expect(index.fromLineColumn(p.line, p.column, unit), `${unit} ${i}`).toBe(i);
        expect(index.fromOffset(p.offset, unit)).toBe(i);
      }
    }
    expect(index.fromLineColumn(2, 99, 'utf16')).toBeUndefined();
    expect(index.fromLineColumn(9, 0, 'utf16')).toBeUndefined();
    expect(index.fromLineColumn(2, 8, 'utf8')).toBeUndefined(); // the middle of "é"
  });

  it('keeps one message per distinct location and maps key and index path elements', () => {
    const text = '{"Statement":[{"Sid":"1"},{"Sid":"1"}]}';
    const a = findingAt(text, '"1"', { issueCode: 'UNIQUE_SIDS_REQUIRED', path: [{ value: 'Statement' }, { index: 0 }, { value: 'Sid' }] });
    const b = findingAt(text, '"1"', { issueCode: 'UNIQUE_SIDS_REQUIRED', path: [{ value: 'Statement' }, { index: 1 }, { key: 'Sid' }] }, { occurrence: 1 });
    const finding = { ...a, locations: [...a.locations, ...b.locations, ...a.locations] };
    const messages = findingsToMessages(text, [finding]);
    expect(messages.map((m) => [m.range, m.path])).toEqual([
      [[21, 24], ['Statement', 0, 'Sid']],
      [[33, 36], ['Statement', 1, 'Sid']],
    ]);
  });

  it('maps a path of the normalised policy onto a file that wrote a single statement and a single action', () => {
    const text = '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}}';
    const f = findingAt(text, '"s3:GetObject"', { issueCode: 'X', path: [{ value: 'Statement' }, { index: 0 }, { value: 'Action' }, { index: 0 }] });
    expect(findingsToMessages(text, [f])[0].path).toEqual(['Statement', 'Action']);
  });

  it('leaves out a path that is not in the file, and handles text that is not JSON', () => {
    const text = '{"Version": "2012-10-17", "Statement": [}';
    const f = findingAt(text, '}', { issueCode: 'JSON_SYNTAX_ERROR', path: [{ value: 'Nope' }] });
    const [m] = findingsToMessages(text, [f]);
    expect(m).toMatchObject({ line: 1, column: 41, endColumn: 42, range: [40, 41] });
    expect(m.path).toBeUndefined();
  });
});

describe('defaultCacheLocation', () => {
  it('follows each platform’s convention', () => {
    expect(defaultCacheLocation({ HOME: '/home/u' }, 'linux')).toBe('/home/u/.cache/policy-lint');
    expect(defaultCacheLocation({ HOME: '/home/u', XDG_CACHE_HOME: '/xdg' }, 'linux')).toBe('/xdg/policy-lint');
    expect(defaultCacheLocation({ HOME: '/home/u', XDG_CACHE_HOME: 'relative' }, 'linux')).toBe('/home/u/.cache/policy-lint');
    expect(defaultCacheLocation({ HOME: '/Users/u' }, 'darwin')).toBe('/Users/u/Library/Caches/policy-lint');
    expect(defaultCacheLocation({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local', USERPROFILE: 'C:\\Users\\u' }, 'win32')).toMatch(/policy-lint[\\/]Cache$/);
  });
});

describe('errors', () => {
  it('words a non-JSON 5xx as a server error and keeps the wording stable across files', () => {
    const error = Object.assign(new SyntaxError('Unexpected token < in JSON'), { $metadata: { httpStatusCode: 502, attempts: 3 } });
    expect(classifyError(error, { secrets: [] })).toEqual({ kind: 'server', fatal: false, message: 'Access Analyzer failed with a server error after 3 attempts (HTTP 502 SyntaxError: Unexpected token < in JSON).' });
  });

  it('recognises an SSO session that expired', () => {
    const error = Object.assign(new Error('The SSO session associated with this profile has expired or is otherwise invalid. To refresh this SSO session run aws sso login with the corresponding profile.'), { name: 'CredentialsProviderError' });
    expect(classifyError(error, { secrets: [] })).toMatchObject({ kind: 'expired', fatal: true });
  });

  it('redacts keys, signatures and tokens', () => {
    const text = 'Credential=AKIAABCDEFGHIJKLMNOP/20240101/us-east-1/access-analyzer/aws4_request, Signature=' + 'ab'.repeat(32) + ' ASIAABCDEFGHIJKLMNOP secret';
    const out = redact(text, ['secret-value-here', 'secret']);
    expect(out).not.toMatch(/AKIA|ASIA|abab/);
    expect(redact('x my-secret-value y', ['my-secret-value'])).toBe('x [redacted] y');
  });
});

describe('loading', () => {
  it('never imports the AWS SDK at module top level (offline runs must not pay for it)', async () => {
    const dir = join(import.meta.dirname, '../../src/access-analyzer');
    for (const file of await readdir(dir)) {
      const source = await readFile(join(dir, file), 'utf8');
      for (const match of source.matchAll(/^\s*(import|export)\b[^;]*?from\s+['"](@aws-sdk|@smithy)[^'"]*['"]/gm)) {
        expect(match[0], file).toMatch(/^\s*import type\b/);
      }
    }
  });
});
