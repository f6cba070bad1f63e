import { describe, expect, it } from 'vitest';
import { format, type FormatName } from '../../src/formatters/index.js';
import { context, on, result } from './helpers.js';

describe('format', () => {
  const src = '{"Action": "*"}';
  const results = [result('a.json', src, [on(src, '"*"', { message: 'W.' })])];

  it.each<FormatName>(['stylish', 'json', 'sarif', 'github', 'gitlab'])('%s ends its output with a newline and reads no environment', (name) => {
    const saved = { ...process.env };
    try {
      process.env.NO_COLOR = '1';
      process.env.FORCE_COLOR = '1';
      const out = format(name, results, context({ color: name === 'stylish' }));
      expect(out.endsWith('\n')).toBe(true);
      expect(out.includes('\x1b')).toBe(name === 'stylish'); // colour comes from the context only
    } finally {
      process.env = saved;
    }
  });

  it('rejects an unknown format', () => {
    expect(() => format('xml' as FormatName, results, context())).toThrow('Unknown format "xml".');
  });
});
