import { describe, expect, it } from 'vitest';
import { timingRows, timingTable } from './timing.js';

describe('POLICY_LINT_TIMING', () => {
  it('reads the number of rows as ESLint reads TIMING', () => {
    expect(timingRows(undefined)).toBeUndefined();
    expect(timingRows('')).toBeUndefined();
    expect(timingRows('1')).toBe(10);
    expect(timingRows('true')).toBe(10);
    expect(timingRows('0')).toBe(10);
    expect(timingRows('25')).toBe(25);
    expect(timingRows('2.5')).toBe(10);
    expect(timingRows('all')).toBe(Infinity);
    expect(timingRows('ALL')).toBe(Infinity);
  });

  it('prints the slowest rules first with their share of all rules\' time, cut to the rows asked for', () => {
    const times = new Map([['sid-unique', 1], ['action-exists', 6.25], ['schema', 2.75], ['effect-valid', 0]]);
    expect(timingTable(times, 3)).toBe([
      'Rule          | Time (ms) | Relative',
      ':-------------|----------:|--------:',
      'action-exists |     6.250 |    62.5%',
      'schema        |     2.750 |    27.5%',
      'sid-unique    |     1.000 |    10.0%',
      '',
    ].join('\n'));
    expect(timingTable(times, Infinity).trimEnd().split('\n')).toHaveLength(6);
  });

  it('prints a header only when no rule ran', () => {
    expect(timingTable(new Map(), 10)).toBe('Rule | Time (ms) | Relative\n:----|----------:|--------:\n');
  });
});
