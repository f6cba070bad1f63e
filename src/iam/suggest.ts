/**
 * "Did you mean": the closest known name to an unknown one (actions, services, condition keys), by edit
 * distance with a ceiling, so that a search over a service's hundreds of names stays cheap.
 */

let rowA = new Uint16Array(64);
let rowB = new Uint16Array(64);

/** Edit distance with a ceiling: returns `limit` as soon as every alignment costs at least that much. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  if (rowA.length <= b.length) {
    rowA = new Uint16Array(b.length * 2 + 1);
    rowB = new Uint16Array(b.length * 2 + 1);
  }
  let previous = rowA;
  let current = rowB;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cost = ca === b.charCodeAt(j - 1) ? 0 : 1;
      const value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= limit) return limit;
    const swap = previous;
    previous = current;
    current = swap;
  }
  return Math.min(previous[b.length], limit);
}

/**
 * The candidate closest to `word` (case-insensitive), when it is within `limit` edits (inclusive); ties go to
 * the earlier candidate. A candidate that only adds or drops a trailing `s` always wins.
 */
export function closest(word: string, candidates: readonly string[], limit: number, lowerCandidates?: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (let i = 0; i < candidates.length; i++) {
    const candidate = candidates[i];
    const other = lowerCandidates ? lowerCandidates[i] : candidate.toLowerCase();
    const plural = (x: string, y: string) => x.length === y.length + 1 && x.endsWith('s') && x.startsWith(y);
    if (plural(other, lower) || plural(lower, other)) return candidate;
    const distance = editDistance(lower, other, bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** How many edits a name of this length may be from a suggestion: 1 for short names, more for long ones. */
export function suggestionLimit(length: number): number {
  return length <= 4 ? 1 : Math.max(2, Math.floor(length / 5));
}
