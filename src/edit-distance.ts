/**
 * Optimal string alignment distance (Levenshtein plus adjacent transpositions: "bolo" is one edit from
 * "bool"), for every "did you mean" of policy-lint. With `max`, it stops as soon as every alignment costs more
 * and returns `max + 1`, so that a search over a service's hundreds of names stays cheap.
 */

// Three rolling rows (a transposition looks two rows back), kept between calls.
let twoBack = new Uint16Array(64);
let previous = new Uint16Array(64);
let current = new Uint16Array(64);

export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (current.length <= b.length) {
    twoBack = new Uint16Array(b.length * 2 + 1);
    previous = new Uint16Array(b.length * 2 + 1);
    current = new Uint16Array(b.length * 2 + 1);
  }
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      let d = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca === cb ? 0 : 1));
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) d = Math.min(d, twoBack[j - 2] + 1);
      current[j] = d;
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > max) return max + 1;
    const oldest = twoBack;
    twoBack = previous;
    previous = current;
    current = oldest;
  }
  return Math.min(previous[b.length], max + 1);
}
