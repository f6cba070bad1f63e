/**
 * IAM wildcards, as in Action, NotAction and Resource: `*` matches any run of characters (none
 * included; it spans `:` and `/`), `?` exactly one character. Everything else is literal. Matching is
 * anchored at both ends. Action and condition-key names compare case-insensitively (the default here);
 * ARNs compare case-sensitively (`{ caseSensitive: true }`).
 */

const insensitive = new Map<string, RegExp>();
const sensitive = new Map<string, RegExp>();
const CACHE_LIMIT = 5000;

/** The anchored regular expression for a wildcard pattern (cached). */
export function globToRegExp(pattern: string, options: { caseSensitive?: boolean } = {}): RegExp {
  const cache = options.caseSensitive ? sensitive : insensitive;
  let regexp = cache.get(pattern);
  if (!regexp) {
    let source = '';
    for (const char of pattern) {
      if (char === '*') source += '.*';
      else if (char === '?') source += '.';
      else source += char.replace(/[.+^${}()|[\]\\/-]/g, '\\$&');
    }
    regexp = new RegExp(`^${source}$`, options.caseSensitive ? 's' : 'is');
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(pattern, regexp);
  }
  return regexp;
}

/** Whether `pattern` (with `*` and `?`) matches all of `text`. */
export function globMatches(pattern: string, text: string, options: { caseSensitive?: boolean } = {}): boolean {
  if (pattern === '*') return true;
  if (!/[*?]/.test(pattern)) return options.caseSensitive ? pattern === text : pattern.toLowerCase() === text.toLowerCase();
  return globToRegExp(pattern, options).test(text);
}

/** Whether a pattern contains a wildcard. */
export function hasWildcard(pattern: string): boolean {
  return /[*?]/.test(pattern);
}
