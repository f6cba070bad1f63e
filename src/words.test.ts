import { describe, expect, it } from 'vitest';
import { andList, orList } from './words.js';

describe('andList', () => {
  it('joins items as a sentence does', () => {
    expect(andList([])).toBe('');
    expect(andList(['a'])).toBe('a');
    expect(andList(['a', 'b'])).toBe('a and b');
    expect(andList(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('keeps commas inside an item (an S3 object key, an IAM user name)', () => {
    expect(andList(['"arn:aws:s3:::b/x"', '"arn:aws:s3:::b/a, b"'])).toBe('"arn:aws:s3:::b/x" and "arn:aws:s3:::b/a, b"');
  });

  it('shows at most max items, then how many more', () => {
    expect(andList(['a', 'b', 'c'], 3)).toBe('a, b and c');
    expect(andList(['a', 'b', 'c', 'd', 'e'], 3)).toBe('a, b, c and 2 more');
  });
});

describe('orList', () => {
  it('joins alternatives as a sentence does', () => {
    expect(orList([])).toBe('');
    expect(orList(['a'])).toBe('a');
    expect(orList(['a', 'b'])).toBe('a or b');
    expect(orList(['a', 'b', 'c'])).toBe('a, b or c');
  });

  it('shows at most max items, then how many more', () => {
    expect(orList(['a', 'b', 'c', 'd', 'e'], 3)).toBe('a, b, c or 2 more');
  });
});
