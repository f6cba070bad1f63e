import { describe, expect, it } from 'vitest';
import { compareMessages, type LintMessage } from './types.js';

const at = (ruleId: string, message: string): LintMessage =>
  ({ ruleId, severity: 2, message, line: 3, column: 5, endLine: 3, endColumn: 9 }) as LintMessage;

describe('compareMessages', () => {
  it('orders findings at one position by rule id, then message, by code unit whatever the locale', () => {
    const sorted = [at('schema', 'b'), at('effect-valid', 'x'), at('schema', 'B'), at('schema', 'a')].sort(compareMessages);
    // A collator would put "a" before "B"; code units put upper case first, on every machine alike.
    expect(sorted.map((m) => `${m.ruleId} ${m.message}`)).toEqual(['effect-valid x', 'schema B', 'schema a', 'schema b']);
  });

  it('orders by line, column, end line, end column before the rule id', () => {
    const a = { ...at('z-rule', 'm'), column: 1 };
    const b = { ...at('a-rule', 'm'), column: 2 };
    const c = { ...at('a-rule', 'm'), column: 2, endColumn: 20 };
    expect([c, b, a].sort(compareMessages)).toEqual([a, b, c]);
  });
});
