import { describe, expect, it } from 'vitest';
import { format } from '../../src/formatters/index.js';
import { context, on, result } from './helpers.js';

const lines = (...l: string[]) => `${l.join('\n')}\n`;

const ADMIN = `{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Action": "s3:*",
    "Resource": "*"
  }]
}
`;
const AA_URL = 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access-analyzer-reference-policy-checks.html';

describe('stylish', () => {
  it('prints a line, a code frame and links per message, then the summary', () => {
    const r = result('policies/admin.json', ADMIN, [
      on(ADMIN, '"2012-10-17"', {
        ruleId: 'policy-version', severity: 1, message: 'Use "Version": "2012-10-17".',
        fix: { range: [13, 25], text: '"2012-10-17"' }, docsUrl: 'https://example.test/rules/policy-version.md',
      }),
      on(ADMIN, '"s3:*"', { message: 'Action "s3:*" allows every S3 action; list the actions the role needs.' }),
      on(ADMIN, '"*"', {
        ruleId: 'access-analyzer/PASS_ROLE_WITH_STAR_IN_RESOURCE', severity: 1,
        message: 'The resource wildcard is too broad.', docsUrl: AA_URL, sources: ['access-analyzer'],
      }),
    ]);
    expect(format('stylish', [r], context())).toBe(lines(
      'policies/admin.json:2:14: warning Use "Version": "2012-10-17". [policy-version]',
      '  1 | {',
      '> 2 |   "Version": "2012-10-17",',
      '    |              ^^^^^^^^^^^^',
      '  3 |   "Statement": [{',
      '  4 |     "Effect": "Allow",',
      '',
      'policies/admin.json:5:15: error Action "s3:*" allows every S3 action; list the actions the role needs. [no-wildcard-action]',
      '  3 |   "Statement": [{',
      '  4 |     "Effect": "Allow",',
      '> 5 |     "Action": "s3:*",',
      '    |               ^^^^^^',
      '  6 |     "Resource": "*"',
      '  7 |   }]',
      '',
      'policies/admin.json:6:17: warning The resource wildcard is too broad. [access-analyzer/PASS_ROLE_WITH_STAR_IN_RESOURCE]',
      '  4 |     "Effect": "Allow",',
      '  5 |     "Action": "s3:*",',
      '> 6 |     "Resource": "*"',
      '    |                 ^^^',
      '  7 |   }]',
      '  8 | }',
      `    = docs: ${AA_URL}`,
      '',
      '✖ 3 problems (1 error, 2 warnings)',
      '  0 errors and 1 warning potentially fixable with the `--fix` option.',
    ));
  });

  it('prints nothing for no results, or results without messages', () => {
    expect(format('stylish', [], context())).toBe('');
    expect(format('stylish', [result('a.json', '{}', []), result('b.json', '{}', [])], context())).toBe('');
  });

  it('colours only when asked: red errors, yellow warnings, dim gutter, bold summary', () => {
    const src = '{"Action": "s3:*"}';
    const error = result('p.json', src, [on(src, '"s3:*"', { message: 'Bad.' })]);
    expect(format('stylish', [error], context({ color: true }))).toBe(lines(
      '\x1b[1mp.json:1:12:\x1b[22m \x1b[31merror\x1b[39m Bad. \x1b[2m[no-wildcard-action]\x1b[22m',
      '\x1b[31m>\x1b[39m \x1b[2m1 |\x1b[22m {"Action": "s3:*"}',
      '  \x1b[2m  |\x1b[22m            \x1b[31m^^^^^^\x1b[39m',
      '',
      '\x1b[1m\x1b[31m✖ 1 problem (1 error, 0 warnings)\x1b[39m\x1b[22m',
    ));
    const warning = result('p.json', src, [
      on(src, '"s3:*"', { severity: 1, message: 'Meh.', ruleId: 'policy-version', fix: { range: [0, 0], text: '' } }),
    ]);
    expect(format('stylish', [warning], context({ color: true }))).toBe(lines(
      '\x1b[1mp.json:1:12:\x1b[22m \x1b[33mwarning\x1b[39m Meh. \x1b[2m[policy-version]\x1b[22m',
      '\x1b[33m>\x1b[39m \x1b[2m1 |\x1b[22m {"Action": "s3:*"}',
      '  \x1b[2m  |\x1b[22m            \x1b[33m^^^^^^\x1b[39m',
      '',
      '\x1b[1m\x1b[33m✖ 1 problem (0 errors, 1 warning)\x1b[39m\x1b[22m',
      '\x1b[1m\x1b[33m  0 errors and 1 warning potentially fixable with the `--fix` option.\x1b[39m\x1b[22m',
    ));
    expect(format('stylish', [error], context())).not.toContain('\x1b');
  });

  it('never prints the CR of CRLF line endings', () => {
    const src = '{\r\n  "Action": "s3:*",\r\n  "Resource": "*"\r\n}\r\n';
    const out = format('stylish', [result('c.json', src, [on(src, '"*"', { message: 'Bad.' })])], context());
    expect(out).not.toContain('\r');
    expect(out).toBe(lines(
      'c.json:3:15: error Bad. [no-wildcard-action]',
      '  1 | {',
      '  2 |   "Action": "s3:*",',
      '> 3 |   "Resource": "*"',
      '    |               ^^^',
      '  4 | }',
      '',
      '✖ 1 problem (1 error, 0 warnings)',
    ));
  });

  it('expands tabs to stops of 4, the same way in the line and under it', () => {
    const src = '{\n\t"Statement": {\n\t\t"Action":\t"s3:*"\n\t}\n}';
    const out = format('stylish', [result('t.json', src, [
      on(src, '"s3:*"', { message: 'Token after a tab.' }),
      on(src, '"Action":\t"s3:*"', { message: 'Token with a tab inside.' }),
    ])], context());
    expect(out).toBe(lines(
      't.json:3:13: error Token after a tab. [no-wildcard-action]',
      '  1 | {',
      '  2 |     "Statement": {',
      '> 3 |         "Action":   "s3:*"',
      '    |                     ^^^^^^',
      '  4 |     }',
      '  5 | }',
      '',
      't.json:3:3: error Token with a tab inside. [no-wildcard-action]',
      '  1 | {',
      '  2 |     "Statement": {',
      '> 3 |         "Action":   "s3:*"',
      '    |         ^^^^^^^^^^^^^^^^^^',
      '  4 |     }',
      '  5 | }',
      '',
      '✖ 2 problems (2 errors, 0 warnings)',
    ));
  });

  it('frames a finding on the last line, and at the end of a file that ends with a newline', () => {
    const src = '{\n  "Version": "2012-10-17",\n  "Statement": []\n}';
    expect(format('stylish', [result('l.json', src, [on(src, '}', { message: 'Last line.' })])], context())).toBe(lines(
      'l.json:4:1: error Last line. [no-wildcard-action]',
      '  2 |   "Version": "2012-10-17",',
      '  3 |   "Statement": []',
      '> 4 | }',
      '    | ^',
    ) + lines('', '✖ 1 problem (1 error, 0 warnings)'));

    const truncated = '{\n  "Version": "2012-10-17",\n  "Statement": [\n';
    const eof = {
      ruleId: 'json-syntax', fatal: true, severity: 2 as const, message: 'Unexpected end of file; expected a value or "]".',
      line: 4, column: 1, endLine: 4, endColumn: 1,
    };
    expect(format('stylish', [result('e.json', truncated, [eof])], context())).toBe(lines(
      'e.json:4:1: error Unexpected end of file; expected a value or "]". [json-syntax]',
      '  2 |   "Version": "2012-10-17",',
      '  3 |   "Statement": [',
      '> 4 |',
      '    | ^',
      '',
      '✖ 1 problem (1 error, 0 warnings)',
    ));
  });

  it('underlines a range over several lines up to the end of its first line', () => {
    const src = [
      '{',
      '  "Statement": [{',
      '    "Condition": {',
      '      "Bool": { "aws:MultiFactorAuthPresent": "true" }',
      '    }',
      '  }]',
      '}',
    ].join('\n');
    const token = '"Condition": {\n      "Bool": { "aws:MultiFactorAuthPresent": "true" }\n    }';
    const message = on(src, token, { severity: 1, message: 'Multi-line.' });
    expect([message.line, message.endLine]).toEqual([3, 5]);
    expect(format('stylish', [result('m.json', src, [message])], context())).toBe(lines(
      'm.json:3:5: warning Multi-line. [no-wildcard-action]',
      '  1 | {',
      '  2 |   "Statement": [{',
      '> 3 |     "Condition": {',
      '    |     ^^^^^^^^^^^^^^',
      '  4 |       "Bool": { "aws:MultiFactorAuthPresent": "true" }',
      '  5 |     }',
      '',
      '✖ 1 problem (0 errors, 1 warning)',
    ));
  });

  it('lines carets up after wide, astral and combining characters (columns are UTF-16 units)', () => {
    // 10 cells + "für " 4 + "日本 " 5 + "😀 " 3 + "é" (e + U+0301) 1 + `", "Action": ` 13 = 36 cells; 35 units.
    const src = '{"Statement": {\n  "Sid": "für 日本 😀 e\u0301", "Action": "s3:*"\n}}';
    const message = on(src, '"s3:*"', { message: 'After non-ASCII.' });
    expect(message.column).toBe(36);
    expect(format('stylish', [result('u.json', src, [message])], context())).toBe(lines(
      'u.json:2:36: error After non-ASCII. [no-wildcard-action]',
      '  1 | {"Statement": {',
      '> 2 |   "Sid": "für 日本 😀 e\u0301", "Action": "s3:*"',
      `    | ${' '.repeat(36)}^^^^^^`,
      '  3 | }}',
      '',
      '✖ 1 problem (1 error, 0 warnings)',
    ));
  });

  it('puts one caret for an empty range, and none of our docs links', () => {
    const src = '{"Statement": []}';
    const message = { ...on(src, '[]', { message: 'Empty.', ruleId: 'policy-version', severity: 1 as const }), endColumn: 15 };
    message.docsUrl = 'https://example.test/rules/policy-version.md';
    expect(format('stylish', [result('x.json', src, [message])], context())).toBe(lines(
      'x.json:1:15: warning Empty. [policy-version]',
      '> 1 | {"Statement": []}',
      '    |               ^',
      '',
      '✖ 1 problem (0 errors, 1 warning)',
    ));
  });

  it('prints tool notices without a rule id, and messages of files whose text it does not have', () => {
    const notice = {
      ruleId: null, severity: 1 as const, message: 'Access Analyzer was not reached; ran offline checks only.',
      line: 1, column: 1, endLine: 1, endColumn: 1, docsUrl: 'https://example.test/access-analyzer.md',
    };
    expect(format('stylish', [result('n.json', undefined, [notice])], context())).toBe(lines(
      'n.json:1:1: warning Access Analyzer was not reached; ran offline checks only.',
      '  = docs: https://example.test/access-analyzer.md',
      '',
      '✖ 1 problem (0 errors, 1 warning)',
    ));
  });

  it('prints paths relative to cwd with / separators, and absolute outside it (as ESLint), not climbing with ../', () => {
    const a = result('sub/dir/a.json', undefined, [on('{}', '{}', { message: 'A.' })]);
    const dots = result('..notes/c.json', undefined, [on('{}', '{}', { message: 'C.' })]);
    const outside = { ...result('b.json', undefined, [on('{}', '{}', { message: 'B.' })]), filePath: '/elsewhere/b.json' };
    // `policy-lint <(cat p.json)`: the shell names a pipe, nowhere near the working directory.
    const pipe = { ...result('63', undefined, [on('{}', '{}', { message: 'D.' })]), filePath: '/dev/fd/63' };
    const out = format('stylish', [a, dots, outside, pipe], context());
    expect(out.split('\n').filter((l) => l.includes(':1:1:'))).toEqual([
      'sub/dir/a.json:1:1: error A. [no-wildcard-action]',
      '..notes/c.json:1:1: error C. [no-wildcard-action]',
      '/elsewhere/b.json:1:1: error B. [no-wildcard-action]',
      '/dev/fd/63:1:1: error D. [no-wildcard-action]',
    ]);
  });

  it('shows control characters in messages and sources as symbols, never raw', () => {
    const src = '{"Action": "s3:\u0007Get", "Sid": "\u202e"}';
    const message = on(src, '"s3:\u0007Get"', { message: 'Action "s3:\u001b[2JGet"\nhas a control character.' });
    const out = format('stylish', [result('c.json', src, [message])], context());
    expect(out).toBe(lines(
      'c.json:1:12: error Action "s3:␛[2JGet"␊has a control character. [no-wildcard-action]',
      '> 1 | {"Action": "s3:␇Get", "Sid": "\ufffd"}',
      '    |            ^^^^^^^^^',
      '',
      '✖ 1 problem (1 error, 0 warnings)',
    ));
  });

  it('counts problems from the results, in ESLint\'s words', () => {
    const src = '{"a": 1, "b": 2}';
    const r = result('s.json', src, [
      on(src, '"a"', { message: 'One.', fix: { range: [1, 4], text: '"A"' } }),
      on(src, '"b"', { message: 'Two.', fix: { range: [9, 12], text: '"B"' } }),
      on(src, '1', { message: 'Three.', severity: 1, fix: { range: [6, 7], text: '2' } }),
      on(src, '2', { message: 'Four.', severity: 1, fix: { range: [14, 15], text: '3' } }),
    ]);
    expect(format('stylish', [r], context()).split('\n').slice(-3)).toEqual([
      '✖ 4 problems (2 errors, 2 warnings)',
      '  2 errors and 2 warnings potentially fixable with the `--fix` option.',
      '',
    ]);
  });
});
