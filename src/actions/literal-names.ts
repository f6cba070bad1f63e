/**
 * Quick tests for Action / NotAction entries, for rules that look for a few actions among the tens of
 * thousands of entries a corpus has.
 */

/**
 * A pattern that every entry without a wildcard that actionMatches finds equal to one of `actions` matches: the
 * name in any case, with spaces around it. It may match a few more (callers give a matching entry the exact
 * test): the `u` flag folds case as Unicode does, so that the rare non-ASCII letter that lower-cases to an ASCII
 * one (the Kelvin sign, to `k`) is not missed. The names are grouped by service (`iam:(?:PassRole|…)`), which
 * rejects an entry of another service sooner than one flat list of names.
 */
export function literalNamesPattern(actions: Iterable<string>): RegExp {
  const byService = new Map<string, string[]>();
  for (const action of actions) {
    const colon = action.indexOf(':');
    const service = action.slice(0, colon);
    const names = byService.get(service) ?? [];
    names.push(action.slice(colon + 1));
    byService.set(service, names);
  }
  const alternatives = [...byService].map(([service, names]) => `${escape(service)}:(?:${names.map(escape).join('|')})`);
  return new RegExp(`^\\s*(?:${alternatives.join('|')})\\s*$`, 'iu');
}

/** The text as a literal in a `u` pattern (which accepts only the escapes of syntax characters). */
function escape(text: string): string {
  return text.replace(/[$()*+./?[\\\]^{|}]/g, '\\$&');
}

const STAR = 0x2a;
const QUESTION = 0x3f;

/**
 * A test that comes before any pattern, for entries with or without a wildcard: false only when the entry's
 * first two characters show that actionMatches cannot find it covering any of `actions`. They compare as
 * globMatches compares them: a literal character must be the action's, ASCII letters in either case. An entry
 * that starts with a space (trim takes it off), a wildcard, or a character outside ASCII (which lower-cases
 * in its own way) passes. Most entries of a corpus name other services; two look-ups in a table rule them out,
 * where hasWildcard and a pattern cost several times more.
 */
export function leadingCharactersTest(actions: Iterable<string>): (entry: string) => boolean {
  // pairs[first * 128 + second] is 1 when an entry may start with these two characters.
  const pairs = new Uint8Array(128 * 128);
  for (const action of actions) {
    // Action names are ASCII; were one not, every entry would pass.
    if (!(action.charCodeAt(0) < 0x80 && action.charCodeAt(1) < 0x80)) return () => true;
    for (const first of asciiCases(action.charCodeAt(0))) {
      for (const second of [...asciiCases(action.charCodeAt(1)), STAR, QUESTION]) pairs[first * 128 + second] = 1;
    }
  }
  return (entry) => {
    const first = entry.charCodeAt(0);
    const second = entry.charCodeAt(1);
    // A space or a wildcard first, a character outside ASCII, or none (NaN): the caller's own test decides.
    if (!(first > 0x20 && first < 0x80 && first !== STAR && first !== QUESTION && second < 0x80)) return true;
    return pairs[first * 128 + second] === 1;
  };
}

/** An ASCII code in both cases (a letter), or as it is. */
function asciiCases(code: number): number[] {
  const lower = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  return lower >= 0x61 && lower <= 0x7a ? [lower, lower - 0x20] : [code];
}
