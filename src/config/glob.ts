/**
 * Glob matching for `overrides`, `ignore`, `include`, `exclude` and command-line patterns: picomatch, loaded only when a
 * configuration or a directory expansion needs it. Patterns are matched against paths relative to a base
 * directory, with forward slashes; `dot: true` (as ESLint), and a pattern that matches a
 * directory also matches everything under it (`legacy` = `legacy/**`).
 */
import { isAbsolute, relative, sep } from 'node:path';

export type Matcher = (relativePath: string) => boolean;

type Picomatch = ((glob: string | readonly string[], options?: { dot?: boolean }) => Matcher) & {
  makeRe(glob: string, options?: { dot?: boolean }): RegExp;
};
let picomatch: Picomatch | undefined;

export async function loadGlobMatcher(): Promise<void> {
  if (picomatch) return;
  const module = await import('picomatch/posix.js');
  picomatch = module.default as Picomatch;
}

export function normalizePattern(pattern: string): string {
  let p = pattern.replace(/\\/g, '/');
  while (p.startsWith('./')) p = p.slice(2);
  if (p.startsWith('/')) p = p.slice(1);
  while (p.endsWith('/') && p.length > 1) p = p.slice(0, -1);
  return p;
}

/**
 * One matcher for a list of patterns; call loadGlobMatcher() first. Patterns starting with "!" take away
 * from what the others match (`["policies/**", "!policies/legacy"]`); only negations match everything else.
 */
export function compileGlobs(patterns: readonly string[]): Matcher {
  if (!picomatch) throw new Error('Glob matcher not loaded; call loadGlobMatcher() first.');
  const positive = patterns.filter((p) => !p.startsWith('!'));
  const negative = patterns.filter((p) => p.startsWith('!')).map((p) => p.slice(1));
  const include = positive.length > 0 ? regexOf(positive) : negative.length > 0 ? /(?:)/ : undefined;
  if (!include) return () => false;
  if (negative.length === 0) return (path) => include.test(path);
  const exclude = regexOf(negative);
  return (path) => include.test(path) && !exclude.test(path);
}

/** One regular expression for all patterns: ~10x faster than picomatch's list matcher on a cold start. */
function regexOf(patterns: readonly string[]): RegExp {
  const expanded = patterns.map(normalizePattern).flatMap((p) => (p.endsWith('/**') || p === '**' ? [p] : [p, `${p}/**`]));
  return new RegExp(expanded.map((p) => `(?:${picomatch!.makeRe(p, { dot: true }).source})`).join('|'));
}

/** A command-line argument with glob syntax: see splitGlob. */
export interface GlobArgument {
  /** The directory to search: the part before the first glob construct, without escapes ('' for cwd). */
  base: string;
  /** Matches paths relative to `base`. */
  matches: Matcher;
  /**
   * Without `*` or `?` (`{a,b}.json`, `[ab].json`) a pattern names paths at most this many levels below
   * `base`, so the caller can tell one that names nothing from one whose files are all left out.
   */
  fixedDepth?: number;
}

/**
 * A command-line argument with glob syntax, as the directory to search and a matcher for paths relative to
 * it; undefined when it has none. Call loadGlobMatcher() first. Glob syntax is what picomatch expands: `*`,
 * `?`, a bracket class (`[ab]`), a brace list or range (`{a,b}`, `{1..3}`), an extglob (`@(a|b)`), or a
 * backslash escape on POSIX (`\*` is a literal star). Other brackets, braces, parentheses and `!` are part of a
 * name (`admin(old).json`, `x{y}`): a missing file with such a name is a missing path, not a pattern.
 * A trailing slash matches directories only (`policies/*\/`). Negated patterns (`!legacy/**`) are not
 * expanded: as a list of files they would mean all the others.
 */
export function splitGlob(argument: string): GlobArgument | undefined {
  if (!picomatch) throw new Error('Glob matcher not loaded; call loadGlobMatcher() first.');
  // Windows shells pass backslashes as separators; elsewhere a backslash escapes the next character.
  const escapes = sep !== '\\';
  const pattern = escapes ? argument : argument.replace(/\\/g, '/');
  if (pattern.startsWith('!') && !pattern.startsWith('!(')) return undefined;
  const found = findGlobSyntax(pattern, escapes);
  if (!found) return undefined;
  // The static part is the directories before the segment holding the first construct.
  const slash = pattern.lastIndexOf('/', found.start);
  const written = slash < 0 ? '' : slash === 0 ? '/' : pattern.slice(0, slash);
  const base = escapes ? written.replace(/\\(.)/g, '$1') : written;
  let glob = pattern.slice(slash + 1);
  // A trailing slash: only paths below a match, so only a directory matches (as the shell's `*/`); not
  // `/**`, which picomatch lets match a file named `a` for `a/**`.
  const directoriesOnly = glob.endsWith('/');
  glob = glob.replace(/\/+$/, '');
  // Not regexOf: its normalizePattern would turn escapes into separators. A matched directory brings its files.
  const regex = new RegExp((directoriesOnly ? [`${glob}/**/*`] : [glob, `${glob}/**`])
    .map((p) => `(?:${picomatch!.makeRe(p, { dot: true }).source})`).join('|'));
  const levels = glob.split('/').length + (directoriesOnly ? 1 : 0);
  return { base, matches: (path) => regex.test(path), fixedDepth: found.wildcard ? undefined : levels };
}

/**
 * Where the first glob construct of `pattern` starts, and whether it has a `*` or `?` anywhere; undefined
 * without any. An escape counts as a construct (its segment is matched by picomatch, which unescapes it).
 */
function findGlobSyntax(pattern: string, escapes: boolean): { start: number; wildcard: boolean } | undefined {
  let start: number | undefined;
  let wildcard = false;
  const at = (index: number) => (start ??= index);
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\' && escapes) {
      at(i);
      i++;
    } else if (c === '*' || c === '?') {
      at(i);
      wildcard = true;
    } else if (c === '[') {
      // A class has at least one character and closes within the segment; `[` alone is a name.
      const close = pattern.indexOf(']', i + 2);
      if (close > 0 && !pattern.slice(i, close).includes('/')) at(i);
    } else if (c === '{') {
      if (isBraceExpansion(pattern, i)) at(i);
    } else if ((c === '@' || c === '!' || c === '+') && pattern[i + 1] === '(' && pattern.indexOf(')', i + 2) > 0) {
      at(i);
    }
  }
  return start === undefined ? undefined : { start, wildcard };
}

/** Whether the `{` at `open` has a matching `}` with a `,` or `..` at its own level: `{y}` expands to nothing. */
function isBraceExpansion(pattern: string, open: number): boolean {
  let depth = 0;
  let expands = false;
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return expands;
    else if (depth === 1 && (c === ',' || (c === '.' && pattern[i + 1] === '.'))) expands = true;
  }
  return false;
}

/** `to` relative to `from` with forward slashes, or undefined when `to` is not inside `from`. */
export function relativeInside(from: string, to: string): string | undefined {
  const rel = relative(from, to);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return undefined;
  return sep === '/' ? rel : rel.split(sep).join('/');
}
