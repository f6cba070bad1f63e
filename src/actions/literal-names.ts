/**
 * A quick test for Action / NotAction entries without a wildcard, for rules that look for a few actions among
 * the tens of thousands of entries a corpus has.
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
