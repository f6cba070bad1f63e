import { describe, expect, it } from 'vitest';
import { useColor } from '../src/cli.js';

const terminal = { isTTY: true };
const pipe = { isTTY: false };

describe('colour', () => {
  it('follows the terminal by default, and the flags over the environment', () => {
    expect(useColor({}, {}, terminal)).toBe(true);
    expect(useColor({}, {}, pipe)).toBe(false);
    expect(useColor({ color: true }, { NO_COLOR: '1' }, pipe)).toBe(true);
    expect(useColor({ 'no-color': true }, { FORCE_COLOR: '1' }, terminal)).toBe(false);
  });

  it('reads NO_COLOR only when it is set to something (no-color.org)', () => {
    expect(useColor({}, { NO_COLOR: '1' }, terminal)).toBe(false);
    expect(useColor({}, { NO_COLOR: '' }, terminal)).toBe(true);
  });

  it('reads FORCE_COLOR as Node does: 1, 2, 3, true or empty turn colour on, 0 or false turn it off even on a terminal', () => {
    for (const value of ['', '1', '2', '3', 'true']) expect(useColor({}, { FORCE_COLOR: value }, pipe), value).toBe(true);
    for (const value of ['0', 'false']) expect(useColor({}, { FORCE_COLOR: value }, terminal), value).toBe(false);
  });
});
