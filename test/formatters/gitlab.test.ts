import { describe, expect, it } from 'vitest';
import { format } from '../../src/formatters/index.js';
import { context, on, result } from './helpers.js';

const SRC = '{\n  "Action": "s3:*",\n  "Resource": "*"\n}\n';
const parse = (out: string) => JSON.parse(out) as Array<Record<string, any>>;

describe('gitlab', () => {
  it('prints a code quality issue per message: rule, message, severity, path relative to the working directory, positions', () => {
    const out = format('gitlab', [
      result('policies/admin.json', SRC, [
        on(SRC, '"s3:*"', { message: 'Action "s3:*" allows every S3 action.' }),
        on(SRC, '"*"', { ruleId: 'policy-version', severity: 1, message: 'Add a Version.' }),
      ]),
      result('broken.json', '{', [{ ruleId: 'json-syntax', severity: 2, fatal: true, message: 'Unexpected end of file.', line: 1, column: 2, endLine: 1, endColumn: 2 }]),
      result('ok.json', '{}', []),
    ], context());
    const issues = parse(out);
    expect(issues.map(({ fingerprint, ...rest }) => rest)).toEqual([
      {
        description: 'Action "s3:*" allows every S3 action.', check_name: 'no-wildcard-action', severity: 'major',
        location: { path: 'policies/admin.json', positions: { begin: { line: 2, column: 13 }, end: { line: 2, column: 19 } } },
      },
      {
        description: 'Add a Version.', check_name: 'policy-version', severity: 'minor',
        location: { path: 'policies/admin.json', positions: { begin: { line: 3, column: 15 }, end: { line: 3, column: 18 } } },
      },
      {
        description: 'Unexpected end of file.', check_name: 'json-syntax', severity: 'critical',
        location: { path: 'broken.json', positions: { begin: { line: 1, column: 2 }, end: { line: 1, column: 2 } } },
      },
    ]);
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(3);
    expect(out.endsWith('\n')).toBe(true);
  });

  it('keeps a finding\'s fingerprint when lines above it move, and tells apart identical findings in one file', () => {
    const moved = `\n\n${SRC}`;
    const twice = '{\n  "Action": ["s3:*", "s3:*"]\n}\n';
    const [before] = parse(format('gitlab', [result('a.json', SRC, [on(SRC, '"s3:*"', { message: 'M.' })])], context()));
    const [after] = parse(format('gitlab', [result('a.json', moved, [on(moved, '"s3:*"', { message: 'M.' })])], context()));
    expect(after.location.positions.begin.line).toBe(before.location.positions.begin.line + 2);
    expect(after.fingerprint).toBe(before.fingerprint);

    const other = parse(format('gitlab', [result('b.json', SRC, [on(SRC, '"s3:*"', { message: 'M.' })])], context()));
    expect(other[0].fingerprint).not.toBe(before.fingerprint);

    const both = parse(format('gitlab', [result('a.json', twice, [on(twice, '"s3:*"', { message: 'M.' }), on(twice, '"s3:*"', { message: 'M.' }, 1)])], context()));
    expect(both[0].fingerprint).not.toBe(both[1].fingerprint);
  });

  it('prints an empty array when there is nothing to report (GitLab then shows no issues)', () => {
    expect(format('gitlab', [], context())).toBe('[]\n');
    expect(format('gitlab', [result('a.json', '{}', [])], context())).toBe('[]\n');
  });
});
