import { describe, expect, it } from 'vitest';
import { editDistance } from './edit-distance.js';

/** The textbook optimal string alignment distance, to check the rolling-row version against. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent transpositions as one edit each', () => {
    expect(editDistance('stringequal', 'stringequals')).toBe(1);
    expect(editDistance('bool', 'bolo')).toBe(1);
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('principle', 'principal')).toBe(2);
    expect(editDistance('abc', 'xyz')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('abc', '')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('stops past its ceiling with ceiling + 1, and is exact within it', () => {
    expect(editDistance('short', 'muchlongerstring', 2)).toBe(3);
    expect(editDistance('getuesr', 'getuser', 1)).toBe(1);
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('abc', 'abd', 0)).toBe(1);
  });

  it('agrees with the textbook table on random words, whatever the length of the words before', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648) % n);
    const word = () => Array.from({ length: random(90) }, () => 'abc'[random(3)]).join('');
    for (let k = 0; k < 300; k++) {
      const [a, b] = [word(), word()];
      const exact = reference(a, b);
      expect(editDistance(a, b)).toBe(exact);
      const max = random(6);
      expect(editDistance(a, b, max)).toBe(exact <= max ? exact : max + 1);
    }
  });
});
