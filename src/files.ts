/**
 * Which files to lint. A file named on the command line is always linted (even when .gitignore or
 * `exclude` would leave it out, even when it is not .json). A directory expands to the files under it that
 * match `include` (default `**\/*.json`) and not `exclude`, leaving out node_modules and what .gitignore
 * ignores: inside a git work tree the list comes from `git ls-files -cod --exclude-standard -t` (git reads
 * every .gitignore, .git/info/exclude and core.excludesFile, faster than any reimplementation); outside
 * one, from tinyglobby with node_modules and .git left out. Hidden files and directories are included (as
 * ESLint); `.policy-lint.json` itself never is.
 */
import { stat } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { CONFIG_FILE_NAME } from './config/constants.js';
import { compileGlobs, loadGlobMatcher, relativeInside, type Matcher } from './config/glob.js';
import { nodeChildProcess } from './builtins.js';

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
  /** The paths, as given, that do not exist. */
  missing: string[];
}

const DEFAULT_INCLUDE = ['**/*.json'];

export async function findFiles(paths: readonly string[], options: FindFilesOptions): Promise<FoundFiles> {
  const cwd = resolve(options.cwd);
  const base = resolve(cwd, options.base ?? cwd);
  const files = new Set<string>();
  const missing: string[] = [];
  let matchers: { include: Matcher; exclude: Matcher } | undefined;
  for (const path of paths) {
    const absolute = resolve(cwd, path);
    let kind: 'file' | 'directory' | 'missing';
    try {
      kind = (await stat(absolute)).isDirectory() ? 'directory' : 'file';
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // A file that exists but cannot be read is the reader's finding, not a missing path.
      kind = code === 'ENOENT' || code === 'ENOTDIR' ? 'missing' : 'file';
    }
    if (kind === 'missing') missing.push(path);
    else if (kind === 'file') files.add(absolute);
    else {
      if (!matchers) {
        await loadGlobMatcher();
        matchers = { include: compileGlobs(options.include ?? DEFAULT_INCLUDE), exclude: compileGlobs(options.exclude ?? []) };
      }
      for (const file of await expandDirectory(absolute, base, matchers)) files.add(file);
    }
  }
  return { files: [...files].sort(), missing };
}

async function expandDirectory(directory: string, base: string, matchers: { include: Matcher; exclude: Matcher }): Promise<string[]> {
  const listed = ((await insideGitWorkTree(directory)) ? await listWithGit(directory) : undefined) ?? (await listWithGlob(directory));
  // Paths are matched relative to `base`: prefix the directory's own place in it (string work, no path.relative per file).
  const inBase = directory === base ? '' : relativeInside(base, directory);
  const prefix = inBase === undefined || inBase === '' ? '' : `${inBase}/`;
  const root = directory.endsWith(sep) ? directory : `${directory}${sep}`;
  const out: string[] = [];
  for (const rel of listed) {
    if (rel.startsWith('node_modules/') || rel.includes('/node_modules/')) continue;
    if (rel === CONFIG_FILE_NAME || rel.endsWith(`/${CONFIG_FILE_NAME}`)) continue; // not a policy
    const key = prefix + rel;
    if (matchers.include(key) && !matchers.exclude(key)) out.push(root + (sep === '/' ? rel : rel.split('/').join(sep)));
  }
  return out;
}

/** A `.git` (directory, or file for worktrees and submodules) here or above: worth asking git. Saves a failing spawn. */
async function insideGitWorkTree(directory: string): Promise<boolean> {
  for (let dir = directory; ; dir = dirname(dir)) {
    try {
      await stat(join(dir, '.git'));
      return true;
    } catch {
      if (dirname(dir) === dir) return false;
    }
  }
}

/**
 * Files under `directory` (relative, forward slashes) that git tracks or would track; undefined outside a
 * work tree (or without git). One `git ls-files` with status tags (-t) lists tracked (H), untracked but not
 * ignored (?) and deleted (R) files at once: a tracked file deleted from the working tree shows as H and R
 * and is left out, as are skip-worktree (S) files that a sparse checkout did not write.
 */
async function listWithGit(directory: string): Promise<string[] | undefined> {
  const output = await run('git', ['ls-files', '--cached', '--others', '--deleted', '--exclude-standard', '-t', '-z'], directory);
  if (output === undefined) return undefined;
  // Entries are "<tag> <path>" with a one-letter tag; duplicates are removed by the caller's set.
  const present: string[] = [];
  let gone: Set<string> | undefined;
  for (const entry of output.split('\0')) {
    if (entry.length < 3) continue;
    const tag = entry[0];
    if (tag === 'R' || tag === 'S') (gone ??= new Set()).add(entry.slice(2));
    else present.push(entry.slice(2));
  }
  return gone ? present.filter((path) => !gone.has(path)) : present;
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

async function listWithGlob(directory: string): Promise<string[]> {
  const { glob } = await import('tinyglobby');
  return glob('**', { cwd: directory, dot: true, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] });
}
