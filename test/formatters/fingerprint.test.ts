import { describe, expect, it } from 'vitest';
import type { LintResult } from '../../src/engine/types.js';
import { tokenFingerprints } from '../../src/formatters/fingerprint.js';

function result(source: string): LintResult {
  // A message without `range` on line 1: its token is found from its line and columns.
  return {
    filePath: '/p.json', source, suppressedMessages: [], errorCount: 1, fatalErrorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0,
    messages: [{ ruleId: 'r', severity: 2, message: 'm', messageId: 'm', line: 1, column: 11, endLine: 1, endColumn: 25 }],
  } as LintResult;
}

describe('tokenFingerprints', () => {
  it('reads line 1\'s token after a byte order mark, which its columns do not count: the fingerprint of the file without one', () => {
    const text = '{"Action":"s3:GetObjekt"}\n';
    expect(tokenFingerprints(result(`\uFEFF${text}`), 'p.json')).toEqual(tokenFingerprints(result(text), 'p.json'));
    expect(tokenFingerprints(result(text), 'p.json')).not.toEqual(tokenFingerprints(result('{"Action":"s3:GetObjekx"}\n'), 'p.json'));
  });
});
