/**
 * "Did you mean": the closest known name to an unknown one (actions, services, condition keys), by edit
 * distance with a ceiling, so that a search over a service's hundreds of names stays cheap.
 */
import { editDistance } from '../edit-distance.js';

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
    const distance = editDistance(lower, other, bestDistance - 1);
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
