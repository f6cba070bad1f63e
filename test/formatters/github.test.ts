import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../src/formatters/github.js';
import { format } from '../../src/formatters/index.js';
import { context, on, result } from './helpers.js';

const SRC = '{\n  "Action": "s3:*",\n  "Condition": {\n    "Bool": {}\n  }\n}\n';

describe('github', () => {
  it('prints one workflow command per message', () => {
    const out = format('github', [
      result('policies/admin.json', SRC, [
        on(SRC, '"s3:*"', { message: 'Action "s3:*" allows every S3 action.' }),
        on(SRC, '"Condition": {\n    "Bool": {}\n  }', { ruleId: 'access-analyzer/EMPTY_OBJECT_CONDITION', severity: 1, message: 'Empty.' }),
      ]),
      result('ok.json', '{}', []),
      result('n.json', undefined, [{ ruleId: null, severity: 1, message: 'Offline only.', line: 1, column: 1, endLine: 1, endColumn: 1 }]),
    ], context());
    expect(out).toBe([
      '::error file=policies/admin.json,line=2,col=13,endLine=2,endColumn=19,title=no-wildcard-action::Action "s3:*" allows every S3 action.',
      // Over several lines: no columns (annotations only have columns within one line).
      '::warning file=policies/admin.json,line=3,endLine=5,title=access-analyzer/EMPTY_OBJECT_CONDITION::Empty.',
      '::warning file=n.json,line=1,col=1,endLine=1,endColumn=1::Offline only.',
      '',
    ].join('\n'));
  });

  it('annotates problems of the run itself (a missing path, a pattern without files) after the findings, escaped', () => {
    const out = format('github', [result('a.json', '{}', [])], context({
      toolNotices: [
        { level: 'warning', message: 'broken.json: skipped: a symbolic link to a file that does not exist' },
        { level: 'error', message: 'No files matching the pattern "polices" were found.\n100%' },
      ],
    }));
    expect(out).toBe([
      '::warning title=policy-lint::broken.json: skipped: a symbolic link to a file that does not exist',
      '::error title=policy-lint::No files matching the pattern "polices" were found.%0A100%25',
      '',
    ].join('\n'));
  });

  it('prints nothing when there is nothing to report', () => {
    expect(format('github', [], context())).toBe('');
    expect(format('github', [result('a.json', '{}', [])], context())).toBe('');
  });

  it('escapes like @actions/core: %, CR, LF in data; also : and , in properties', () => {
    expect(escapeData('100% a:b,c\r\nd')).toBe('100%25 a:b,c%0D%0Ad');
    expect(escapeProperty('100% a:b,c\r\nd')).toBe('100%25 a%3Ab%2Cc%0D%0Ad');
    // `%` first, so that escapes are not escaped again.
    expect(escapeData('%0A')).toBe('%250A');

    const src = '{"a": 1}';
    const out = format('github', [
      result('odd, name: 50%\r\n.json', src, [on(src, '1', { ruleId: 'access-analyzer/X', message: 'Line 1\nline 2: 100%, done\r' })]),
    ], context());
    expect(out).toBe(
      '::error file=odd%2C name%3A 50%25%0D%0A.json,line=1,col=7,endLine=1,endColumn=8,title=access-analyzer/X'
      + '::Line 1%0Aline 2: 100%25, done%0D\n',
    );
  });
});
