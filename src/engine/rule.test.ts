import { describe, expect, it } from 'vitest';
import { interpolate } from './rule.js';

describe('interpolate', () => {
  it('escapes a value inside double quotes as a JSON string does', () => {
    expect(interpolate('Sid "{{sid}}" is used.', { sid: 'a"b\\c\td' })).toBe('Sid "a\\"b\\\\c\\td" is used.');
  });

  it('escapes a value that is part of a quoted text', () => {
    expect(interpolate('add "{{issuer}}:sub" to {{where}}', { issuer: 'x"y', where: 'the "Condition"' }))
      .toBe('add "x\\"y:sub" to the "Condition"');
  });

  it('leaves a value outside quotes as given: rules render those (lists of quoted values, numbers) themselves', () => {
    expect(interpolate('{{chars}} after "{{a}}", {{n}}', { chars: '"\\"" and "-"', a: 'é', n: 3 })).toBe('"\\"" and "-" after "é", 3');
  });

  it('leaves a missing value visible', () => {
    expect(interpolate('Sid "{{sid}}"')).toBe('Sid "{{sid}}"');
  });
});
