/**
 * IAM wildcards, as in Action, NotAction and Resource: `*` matches any run of characters (none
 * included; it spans `:` and `/`), `?` exactly one character. Everything else is literal. Matching is
 * anchored at both ends. Action and condition-key names compare case-insensitively (the default here);
 * ARNs compare case-sensitively (`{ caseSensitive: true }`).
 *
 * One matcher for the whole code base. It is written by hand rather than as a RegExp: policies are untrusted
 * input and the greedy-star loop below never backtracks more than one star, it needs no cache of compiled
 * patterns, and it allocates nothing (rules call it for tens of thousands of entries per corpus run).
 */

const insensitive = new Map<string, RegExp>();
const sensitive = new Map<string, RegExp>();
const CACHE_LIMIT = 5000;

/** The anchored regular expression for a wildcard pattern (cached), for callers that test one pattern many times. */
export function globToRegExp(pattern: string, options?: { caseSensitive?: boolean }): RegExp {
  const cache = options?.caseSensitive ? sensitive : insensitive;
  let regexp = cache.get(pattern);
  if (!regexp) {
    let source = '';
    for (const char of pattern) {
      if (char === '*') source += '.*';
      else if (char === '?') source += '.';
      else source += char.replace(/[.+^${}()|[\]\\/-]/g, '\\$&');
    }
    regexp = new RegExp(`^${source}$`, options?.caseSensitive ? 's' : 'is');
    if (cache.size >= CACHE_LIMIT) cache.clear();
    cache.set(pattern, regexp);
  }
  return regexp;
}

const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Whether `pattern` (with `*` and `?`) matches all of `text`. No default `{}` for the options: this runs for
 * tens of thousands of entries per corpus run, and the default was a new object per call.
 */
export function globMatches(pattern: string, text: string, options?: { caseSensitive?: boolean }): boolean {
  if (options?.caseSensitive) {
    // The match is anchored at the end: a literal last character that differs answers at once.
    if (pattern.length > 0 && text.length > 0) {
      const last = pattern.charCodeAt(pattern.length - 1);
      if (last !== STAR && last !== QUESTION && last !== text.charCodeAt(text.length - 1)) return false;
    }
    return match(pattern, text, false);
  }
  // Most calls compare an entry with an action of another service: a literal first character that differs
  // (ASCII on both sides, so lower-casing could not make it equal) answers before the scans below. So does
  // a literal last character (entries of the same service, `iam:GetUser` against `iam:PassRole`).
  if (pattern.length > 0 && text.length > 0) {
    const first = pattern.charCodeAt(0);
    const other = text.charCodeAt(0);
    if (first !== STAR && first !== QUESTION && first < 0x80 && other < 0x80 && fold(first) !== fold(other)) return false;
    const last = pattern.charCodeAt(pattern.length - 1);
    const otherLast = text.charCodeAt(text.length - 1);
    if (last !== STAR && last !== QUESTION && last < 0x80 && otherLast < 0x80 && fold(last) !== fold(otherLast)) return false;
  }
  // ASCII letters are folded code by code; other text (rare: IAM names are ASCII) is lower-cased first.
  if (NON_ASCII.test(pattern) || NON_ASCII.test(text)) return match(pattern.toLowerCase(), text.toLowerCase(), false);
  return match(pattern, text, true);
}

const STAR = 0x2a;
const QUESTION = 0x3f;

/** A code unit with ASCII upper case folded to lower case. */
function fold(code: number): number {
  return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
}

/**
 * The classic greedy match with backtracking to the last star only: on a mismatch the last `*` takes one
 * more character. Linear in practice, O(pattern × text) at worst.
 */
function match(pattern: string, text: string, foldCase: boolean): boolean {
  let p = 0;
  let t = 0;
  let star = -1; // position in pattern after the last `*`
  let mark = 0; // position in text where that `*` started matching
  while (t < text.length) {
    const c = p < pattern.length ? pattern.charCodeAt(p) : -1;
    if (c === STAR) {
      star = ++p;
      mark = t;
    } else if (c === QUESTION || (c >= 0 && (foldCase ? fold(c) === fold(text.charCodeAt(t)) : c === text.charCodeAt(t)))) {
      p++;
      t++;
    } else if (star >= 0) {
      p = star;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern.charCodeAt(p) === STAR) p++;
  return p === pattern.length;
}

/** Whether a pattern contains a wildcard. */
export function hasWildcard(pattern: string): boolean {
  return pattern.includes('*') || pattern.includes('?');
}

/**
 * The literal text of a pattern before its first wildcard and after its last one (the whole pattern twice
 * when it has none): every text it matches, or pattern it covers, begins and ends with them.
 */
export function literalEnds(pattern: string): [string, string] {
  const first = pattern.search(/[*?]/);
  if (first < 0) return [pattern, pattern];
  let last = pattern.length - 1;
  while (pattern[last] !== '*' && pattern[last] !== '?') last--;
  return [pattern.slice(0, first), pattern.slice(last + 1)];
}

/**
 * Whether every item of `inner` is matched by some pattern of `outer`, `matches` comparing a pattern with an
 * item: one statement's Action or Resource list inside another's. A non-string item of `inner` is not
 * covered; a non-string pattern matches nothing; `"*"` matches everything.
 */
export function listCovered(inner: readonly unknown[], outer: readonly unknown[], matches: (pattern: string, item: string) => boolean): boolean {
  return inner.every((item) => typeof item === 'string' && outer.some((pattern) => typeof pattern === 'string' && (pattern === '*' || matches(pattern, item))));
}
