import { describe, expect, it } from 'vitest';
import type { LintMessage } from '../../src/engine/types.js';
import { format } from '../../src/formatters/index.js';
import { context, result } from './helpers.js';

describe('json', () => {
  it('prints ESLint\'s result shape and key order, without source, range or path', () => {
    const fixed: LintMessage = {
      ruleId: 'policy-version', severity: 1, message: 'Use "Version": "2012-10-17".', line: 2, column: 14, endLine: 2,
      endColumn: 26, messageId: 'old', fix: { range: [13, 25], text: '"2012-10-17"' }, issueCode: 'MISSING_VERSION',
      range: [13, 25], path: ['Version'],
    };
    const suggested: LintMessage = {
      ruleId: 'access-analyzer/PASS_ROLE_WITH_STAR_IN_RESOURCE', severity: 1, message: 'Too broad.', line: 3, column: 5,
      endLine: 3, endColumn: 8, suggestions: [{ desc: 'Name the role.', fix: { range: [40, 43], text: '"arn"' } }],
      issueCode: 'PASS_ROLE_WITH_STAR_IN_RESOURCE', sources: ['policy-lint', 'access-analyzer'],
      docsUrl: 'https://docs.aws.amazon.com/x', suggestion: true, range: [40, 43],
    };
    const fatal: LintMessage = {
      ruleId: 'json-syntax', fatal: true, severity: 2, message: 'Unexpected end of file.', line: 1, column: 2,
      endLine: 1, endColumn: 2, issueCode: 'JSON_SYNTAX_ERROR',
    };
    const out = format('json', [
      result('a.json', '{"Version": "2008-10-17"}', [fixed, suggested], { output: '{"Version": "2012-10-17"}' }),
      result('b.json', '{', [fatal]),
      result('c.json', '{}', []),
    ], context());
    expect(out).toBe(`${[
      '[{"filePath":"/repo/a.json","messages":[',
      '{"ruleId":"policy-version","severity":1,"message":"Use \\"Version\\": \\"2012-10-17\\".","line":2,"column":14,',
      '"messageId":"old","endLine":2,"endColumn":26,"fix":{"range":[13,25],"text":"\\"2012-10-17\\""},',
      '"issueCode":"MISSING_VERSION","docsUrl":"https://example.test/rules/policy-version.md"},',
      '{"ruleId":"access-analyzer/PASS_ROLE_WITH_STAR_IN_RESOURCE","severity":1,"message":"Too broad.","line":3,',
      '"column":5,"endLine":3,"endColumn":8,"suggestions":[{"desc":"Name the role.","fix":{"range":[40,43],"text":"\\"arn\\""}}],',
      '"issueCode":"PASS_ROLE_WITH_STAR_IN_RESOURCE","sources":["policy-lint","access-analyzer"],',
      '"docsUrl":"https://docs.aws.amazon.com/x"}],',
      '"suppressedMessages":[],"errorCount":0,"fatalErrorCount":0,"warningCount":2,"fixableErrorCount":0,',
      '"fixableWarningCount":1,"output":"{\\"Version\\": \\"2012-10-17\\"}","usedDeprecatedRules":[]},',
      '{"filePath":"/repo/b.json","messages":[',
      '{"ruleId":"json-syntax","fatal":true,"severity":2,"message":"Unexpected end of file.","line":1,"column":2,',
      '"endLine":1,"endColumn":2,"issueCode":"JSON_SYNTAX_ERROR"}],',
      '"suppressedMessages":[],"errorCount":1,"fatalErrorCount":1,"warningCount":0,"fixableErrorCount":0,',
      '"fixableWarningCount":0,"usedDeprecatedRules":[]},',
      '{"filePath":"/repo/c.json","messages":[],"suppressedMessages":[],"errorCount":0,"fatalErrorCount":0,',
      '"warningCount":0,"fixableErrorCount":0,"fixableWarningCount":0,"usedDeprecatedRules":[]}]',
    ].join('')}\n`);
  });

  it('prints an empty array for no results', () => {
    expect(format('json', [], context())).toBe('[]\n');
  });

  it('keeps absolute file paths, as ESLint does', () => {
    const [r] = JSON.parse(format('json', [result('sub/x.json', '{}', [])], context()));
    expect(r.filePath).toBe('/repo/sub/x.json');
  });
});
