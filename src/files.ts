/**
 * Which files to lint. A file named on the command line is always linted (even when .gitignore or
 * `exclude` would leave it out, even when it is not .json). A directory expands to the files under it that
 * match `include` (default `**\/*.json`) and not `exclude`, leaving out .git, what .gitignore ignores and
 * the directories of third-party code and build output (SKIPPED_DIRECTORIES):
 *   - inside a git work tree the list comes from `git ls-files -cod --exclude-standard -t` (git reads every
 *     .gitignore, .git/info/exclude and core.excludesFile, faster than any reimplementation);
 *   - outside one, or when git is missing or refuses (a "dubious ownership" checkout in a container), from a
 *     walk of the directory that honours the .gitignore files with git's semantics (the `ignore` package):
 *     those from the directory down, and those of its ancestors up to the nearest one holding a `.git`
 *     (where git would start reading them); without such an ancestor, none above the directory. Not
 *     .git/info/exclude nor core.excludesFile. Symbolic links are entries, never followed into (as git
 *     lists them), so a link loop cannot repeat files. A directory or .gitignore that cannot be read
 *     (EACCES) is a warning, and the walk goes on, as git does.
 * Hidden files and directories are included (as ESLint); `.policy-lint.json` itself never is.
 * An argument that is neither a file nor a directory but has glob syntax (`'policies/**\/*.json'`, quoted, or
 * from a shell that does not expand) is a pattern relative to cwd, as in ESLint: the files that its static
 * part (`policies`) expands to, as a directory, and that it matches (a matched directory brings its files;
 * with a trailing slash, only directories match); without a repository, the .gitignore files from cwd down
 * count, as for `.`. An existing path is a path even when its name has glob characters; a pattern without
 * `*` or `?` (`{a,b}.json`, `admin[old].json`) that names nothing that exists is a missing path.
 */
import type { Dirent } from 'node:fs';
import { readdir, readFile, stat } from './fs-async.js';
import { dirname, join, resolve, sep } from 'node:path';
import { CONFIG_FILE_NAME, DEFAULT_INCLUDE } from './config/constants.js';
import { compileGlobs, loadGlobMatcher, relativeInside, splitGlob, type Matcher } from './config/glob.js';
import type { Ignore } from 'ignore';
import { nodeChildProcess } from './builtins.js';
import { displayPath } from './paths.js';

/**
 * Directories a directory's expansion never enters, wherever they are: installed packages (node_modules), the
 * remote modules and providers Terraform downloads (.terraform) and the Serverless Framework's build output
 * (.serverless, a compiled copy of serverless.yml's statements). Findings there are on code the user does
 * not own or are reported twice; Terraform's own .gitignore and checkov leave them out too. Their files
 * named on the command line are linted (not under --skip-non-policies).
 */
export const SKIPPED_DIRECTORIES: readonly string[] = ['node_modules', '.terraform', '.serverless'];

const SKIPPED_PATH = new RegExp(`(?:^|/)(?:${SKIPPED_DIRECTORIES.map((name) => name.replaceAll('.', '\\.')).join('|')})/`);

/** Whether a relative path (forward slashes) lies in one of the SKIPPED_DIRECTORIES: one test per file, no split. */
export const inSkippedDirectory = (rel: string) => SKIPPED_PATH.test(rel);

export interface FindFilesOptions {
  cwd: string;
  /** Globs of the files a directory expands to. Default `["**\/*.json"]`. */
  include?: readonly string[];
  exclude?: readonly string[];
  /**
   * The directory `include` and `exclude` are relative to: the configuration file's (LoadedConfig.directory).
   * Default `cwd`. Files of a directory outside it are matched relative to that directory.
   */
  base?: string;
}

export interface FoundFiles {
  /** Absolute, sorted, unique. */
  files: string[];
  /** The paths, as given, that do not exist (and have no glob syntax, or one without `*` or `?` naming nothing). */
  missing: string[];
  /** The directories and patterns, as given, that gave no file to lint. */
  unmatched: string[];
  /** The other directories and patterns, as given, with the files each gave. */
  expanded: Array<{ path: string; files: string[] }>;
  /** Directories and .gitignore files the walk without git could not read (EACCES, EMFILE), and what that costs. Sorted. */
  warnings: string[];
}

export async function findFiles(paths: readonly string[], options: FindFilesOptions): Promise<FoundFiles> {
  const cwd = resolve(options.cwd);
  const base = resolve(cwd, options.base ?? cwd);
  const files = new Set<string>();
  const missing: string[] = [];
  const unmatched: string[] = [];
  const expanded: Array<{ path: string; files: string[] }> = [];
  const warnings: string[] = [];
  const warn: Warn = (path, message) => warnings.push(`${displayPath(path, cwd)}: ${message}`);
  let matchers: Matchers | undefined;
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    const kind = await kindOf(absolute);
    if (kind === 'file') {
      files.add(absolute);
      continue;
    }
    if (!matchers) {
      await loadGlobMatcher();
      matchers = { include: compileGlobs(options.include ?? DEFAULT_INCLUDE), exclude: compileGlobs(options.exclude ?? []) };
    }
    let found: string[];
    if (kind === 'directory') found = await expandDirectory(absolute, base, matchers, warn);
    else {
      // Not a path, but glob syntax (quoted, or from a shell that does not expand): the files of the
      // pattern's directory that it matches, left out as a directory's are.
      const pattern = splitGlob(path);
      if (!pattern) {
        missing.push(path);
        continue;
      }
      const directory = resolve(cwd, pattern.base);
      // Relative to cwd, so without a repository the .gitignore files count from cwd down, as for `.`.
      const top = relativeInside(cwd, directory) === undefined ? directory : cwd;
      const exists = (await kindOf(directory)) === 'directory';
      found = exists ? await expandDirectory(directory, base, matchers, warn, { narrow: pattern.matches, top }) : [];
      // Without * or ?, a pattern that names nothing is most likely a mistyped file name (`admin[old].json`):
      // a missing path, an error even with --no-error-on-unmatched-pattern, as the shell's `{a,b}` would give.
      if (found.length === 0 && pattern.fixedDepth !== undefined && !(exists && (await anyEntryMatches(directory, pattern.matches, pattern.fixedDepth)))) {
        missing.push(path);
        continue;
      }
    }
    if (found.length === 0) unmatched.push(path);
    else expanded.push({ path, files: found });
    for (const file of found) files.add(file);
  }
  return { files: [...files].sort(), missing, unmatched, expanded, warnings: [...new Set(warnings)].sort() };
}

async function kindOf(absolute: string): Promise<'file' | 'directory' | 'missing'> {
  try {
    return (await stat(absolute)).isDirectory() ? 'directory' : 'file';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A file that exists but cannot be read is the reader's finding, not a missing path.
    return code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'file';
  }
}

/**
 * Whether some file or directory at most `depth` levels under `directory` matches, ignored or not: tells a
 * pattern naming nothing from one whose files are all left out. Only for patterns without `*` or `?`, whose
 * depth is bounded, and only once they gave no file.
 */
async function anyEntryMatches(directory: string, matches: Matcher, depth: number): Promise<boolean> {
  let level = [''];
  for (let d = 0; d < depth && level.length > 0; d++) {
    const next: string[] = [];
    for (const rel of level) {
      let entries: Dirent[];
      try {
        entries = await readdir(join(directory, rel), { withFileTypes: true });
      } catch {
        continue;
      }
      for (const entry of entries) {
        const path = rel + entry.name;
        if (matches(path)) return true;
        if (entry.isDirectory()) next.push(`${path}/`);
      }
    }
    level = next;
  }
  return false;
}

interface Matchers {
  include: Matcher;
  exclude: Matcher;
}

/**
 * The files to lint under `directory`; for a pattern, only those `narrow` matches (relative to the
 * directory), and without a repository, .gitignore files count from `top` (an ancestor) down.
 */
async function expandDirectory(
  directory: string, base: string, matchers: Matchers, warn: Warn, pattern?: { narrow: Matcher; top: string },
): Promise<string[]> {
  const repository = await repositoryRoot(directory);
  const listed = (repository !== undefined ? await listWithGit(directory) : undefined)
    ?? (await listWithWalk(directory, repository ?? pattern?.top ?? directory, warn));
  // Paths are matched relative to `base`: prefix the directory's own place in it (string work, no path.relative per file).
  const inBase = directory === base ? '' : relativeInside(base, directory);
  const prefix = inBase === undefined || inBase === '' ? '' : `${inBase}/`;
  const root = directory.endsWith(sep) ? directory : `${directory}${sep}`;
  const out: string[] = [];
  for (const rel of listed) {
    if (inSkippedDirectory(rel)) continue;
    if (rel === CONFIG_FILE_NAME || rel.endsWith(`/${CONFIG_FILE_NAME}`)) continue; // not a policy
    if (pattern && !pattern.narrow(rel)) continue;
    const key = prefix + rel;
    if (matchers.include(key) && !matchers.exclude(key)) out.push(root + (sep === '/' ? rel : rel.split('/').join(sep)));
  }
  return out;
}

/**
 * The nearest directory, here or above, with a `.git` (directory, or file for worktrees and submodules):
 * worth asking git (saves a failing spawn), and where a walk starts reading .gitignore files when git fails.
 */
async function repositoryRoot(directory: string): Promise<string | undefined> {
  for (let dir = directory; ; dir = dirname(dir)) {
    try {
      await stat(join(dir, '.git'));
      return dir;
    } catch {
      if (dirname(dir) === dir) return undefined;
    }
  }
}

/**
 * Files under `directory` (relative, forward slashes) that git tracks or would track; undefined outside a
 * work tree (or without git). One `git ls-files` with status tags (-t) lists tracked (H), untracked but not
 * ignored (?) and deleted (R) files at once: a tracked file deleted from the working tree shows as H and R
 * and is left out, as are skip-worktree (S) files that a sparse checkout did not write. A repository inside
 * this one is one entry (a submodule, mode 160000 with -s; another checkout, untracked, as `dir/`): its own
 * `git ls-files` lists its files, as a walk or ESLint would find them.
 */
async function listWithGit(directory: string): Promise<string[] | undefined> {
  const output = await run('git', ['ls-files', '--cached', '--others', '--deleted', '--exclude-standard', '-t', '-s', '-z'], directory);
  if (output === undefined) return undefined;
  // Entries are "<tag> <mode> <object> <stage>\t<path>" (tracked) or "<tag> <path>" (untracked), with a one-letter
  // tag; duplicates are removed by the caller's set.
  const present: string[] = [];
  const nested = new Set<string>();
  let gone: Set<string> | undefined;
  for (const entry of output.split('\0')) {
    if (entry.length < 3) continue;
    const tag = entry[0];
    const staged = tag === '?' ? undefined : /^(\d{6}) [0-9a-f]+ \d\t/.exec(entry.slice(2));
    const path = staged ? entry.slice(2 + staged[0].length) : entry.slice(2);
    if (tag === 'R' || tag === 'S') (gone ??= new Set()).add(path);
    else if (staged?.[1] === '160000') nested.add(`${path}/`);
    else if (tag === '?' && path.endsWith('/')) nested.add(path);
    else present.push(path);
  }
  for (const dir of nested) {
    // Only a checked-out one, with its own .git: in the empty folder of a submodule not checked out, git would
    // answer for this repository again (the submodule itself, as "./").
    if (!(await exists(join(directory, dir, '.git')))) continue;
    for (const file of (await listWithGit(join(directory, dir))) ?? []) present.push(dir + file);
  }
  return gone ? present.filter((path) => !gone.has(path)) : present;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}

/** stdout of a command, or undefined when it cannot start or exits with an error. */
function run(command: string, args: string[], cwd: string): Promise<string | undefined> {
  const { spawn } = nodeChildProcess(); // on first use: a lint of one file lists no directory
  return new Promise((resolveRun) => {
    let child;
    try {
      child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'ignore'], windowsHide: true });
    } catch {
      resolveRun(undefined);
      return;
    }
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', () => resolveRun(undefined));
    child.on('close', (code) => resolveRun(code === 0 ? Buffer.concat(chunks).toString('utf8') : undefined));
  });
}

/**
 * Files under `directory` (relative, forward slashes) without what the .gitignore files from `top` (the
 * directory or an ancestor) down ignore, nor .git and SKIPPED_DIRECTORIES. Ignored directories are not entered.
 * A directory or .gitignore that cannot be read is reported to `warn` (absolute path, what it costs) and
 * the walk goes on, as git does; one removed while the walk runs is not.
 */
async function listWithWalk(directory: string, top: string, warn: Warn): Promise<string[]> {
  const { default: ignore } = await import('ignore');
  // As git's core.ignoreCase, which git init sets where the file system ignores case.
  const ignoreCase = process.platform === 'win32' || process.platform === 'darwin';
  const newIgnore = () => ignore({ ignoreCase });
  // At most this many directories or .gitignore files read at once: a huge tree must not run out of file
  // descriptors (EMFILE), and more in flight reads no faster.
  const limit = limiter(32);
  const readGitignore = (dir: string, base: string) => limit(() => loadGitignore(dir, base, newIgnore, warn));

  // Paths are relative to `top`; the .gitignore files between it and the directory may leave it out, as a
  // walk from `top` would have, level by level (nothing below an excluded directory comes back).
  let chain: Gitignore[] = [];
  let start = '';
  for (const name of relativeInside(top, directory)?.split('/') ?? []) {
    chain = extend(chain, await readGitignore(join(top, start), start));
    start += `${name}/`;
    if (isIgnored(chain, start, newIgnore)) return [];
  }

  const out: string[] = [];
  const walk = async (dir: string, rel: string, above: Gitignore[]): Promise<void> => {
    let entries: Dirent[];
    try {
      entries = await limit(() => readdir(dir, { withFileTypes: true }));
    } catch (error) {
      if (!isGone(error)) warn(dir, `cannot read directory (${errorCode(error)}), its files are not linted`);
      return;
    }
    // Before the entries: a directory's own .gitignore applies to them.
    const chain = entries.some((e) => e.name === '.gitignore' && e.isFile()) ? extend(above, await readGitignore(dir, rel)) : above;
    const below: Promise<void>[] = [];
    for (const entry of entries) {
      const name = entry.name;
      if (name === '.git') continue;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.includes(name) && !isIgnored(chain, `${rel}${name}/`, newIgnore)) below.push(walk(join(dir, name), `${rel}${name}/`, chain));
      } else if ((entry.isFile() || entry.isSymbolicLink()) && !isIgnored(chain, rel + name, newIgnore)) {
        out.push((rel + name).slice(start.length));
      }
    }
    await Promise.all(below);
  };
  await walk(directory, start, chain);
  return out;
}

type Warn = (path: string, message: string) => void;

/** One .gitignore file: its patterns match paths relative to its directory, `base` (relative to the walk's top). */
interface Gitignore {
  base: string;
  /** Every pattern, in order. */
  rules: Ignore;
  patterns: string[];
  /** Each pattern alone, negated, built when first needed (see `testOne`). */
  alone?: Ignore[];
}

const extend = (chain: Gitignore[], gitignore: Gitignore | undefined) => (gitignore ? [...chain, gitignore] : chain);

/**
 * Whether git would ignore `path` (relative to the walk's top; a directory ends in '/') whose parent
 * directory the walk entered. As git: the deepest .gitignore with a pattern matching the path decides,
 * ignoring it or, negated, keeping it; within one file the last matching pattern does.
 */
function isIgnored(chain: Gitignore[], path: string, newIgnore: () => Ignore): boolean {
  for (let i = chain.length - 1; i >= 0; i--) {
    const { ignored, unignored } = testOne(chain[i], path.slice(chain[i].base.length), newIgnore);
    if (ignored || unignored) return ignored;
  }
  return false;
}

/** What the last pattern of `gitignore` that matches `path` (relative to its directory) says. */
function testOne(gitignore: Gitignore, path: string, newIgnore: () => Ignore): { ignored: boolean; unignored: boolean } {
  const result = gitignore.rules.test(path);
  if (!result.ignored) return result;
  // `ignore` also answers "ignored" below a directory that this file ignores. The walk entered it, so a
  // deeper .gitignore re-included it, and git then matches this file's patterns against the path itself
  // only. A negated pattern alone tells just that (it cannot exclude a parent): ask the patterns one by
  // one, from the last. Rare, so built on first need; the parent's test is a hit in `ignore`'s cache.
  const parent = path.slice(0, path.lastIndexOf('/', path.length - 2) + 1);
  if (parent === '' || !gitignore.rules.test(parent).ignored) return result;
  gitignore.alone ??= gitignore.patterns.map((pattern) => newIgnore().add(pattern.startsWith('!') ? pattern : `!${pattern}`));
  for (let i = gitignore.patterns.length - 1; i >= 0; i--) {
    if (gitignore.alone[i].test(path).unignored) {
      const negated = gitignore.patterns[i].startsWith('!');
      return { ignored: !negated, unignored: negated };
    }
  }
  return { ignored: false, unignored: false };
}

/** The .gitignore of `dir` (`base` relative to the walk's top, '' or ending in '/'), if it has one with patterns. */
async function loadGitignore(dir: string, base: string, newIgnore: () => Ignore, warn: Warn): Promise<Gitignore | undefined> {
  const file = join(dir, '.gitignore');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (!isGone(error)) warn(file, `cannot read (${errorCode(error)}), the files it would ignore are linted`);
    return undefined;
  }
  const patterns: string[] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (line === '' || line.startsWith('#')) continue;
    // A line of spaces (trailing unescaped spaces are dropped), or a lone '!', is no pattern; negated alone
    // (`testOne`) it must not become one.
    if (line.replace(/^!/, '').replace(/(?<!\\) +$/, '') === '') continue;
    patterns.push(line);
  }
  return patterns.length === 0 ? undefined : { base, rules: newIgnore().add(patterns), patterns };
}

/** A missing path (ENOENT, ENOTDIR): removed while the walk ran, nothing to report. */
const isGone = (error: unknown) => ['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? '');

const errorCode = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/** Runs tasks given to it with at most `max` running at once, the others waiting in turn. */
function limiter(max: number): <T>(task: () => Promise<T>) => Promise<T> {
  let running = 0;
  const waiting: Array<() => void> = [];
  return async (task) => {
    if (running < max) running++;
    else await new Promise<void>((resolveTurn) => waiting.push(resolveTurn)); // handed the slot of one that ends
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}
