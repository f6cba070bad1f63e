/** Reading policy files and writing fixed ones without ever losing data. */
import { closeSync, fsyncSync, openSync, readFileSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { nodeCrypto } from './builtins.js';

export interface ReadFile {
  text: string;
  /** When the file was read to be rewritten: its state then, so that a change since is never overwritten. */
  mtimeMs?: number;
  size?: number;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Read a file as UTF-8 (a BOM is kept, so that it can be reported). Throws a readable Error. With
 * `forWriting`, the file's mtime and size are kept for writeFileAtomic.
 */
export function readPolicyFile(filePath: string, options: { forWriting?: boolean } = {}): ReadFile {
  const stat = options.forWriting ? statSync(filePath) : undefined;
  if (stat?.isDirectory()) throw new Error('is a directory');
  let text: string;
  try {
    text = readFileSync(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EISDIR') throw new Error('is a directory');
    throw error;
  }
  // Node's decoder turns invalid UTF-8 into U+FFFD, which a valid file may also hold: only then ask the strict
  // decoder (decoding every file strictly cost a quarter of the time spent reading).
  if (text.includes('\uFFFD')) {
    try {
      decoder.decode(readFileSync(filePath));
    } catch {
      throw new Error('is not valid UTF-8 text');
    }
  }
  return stat ? { text, mtimeMs: stat.mtimeMs, size: stat.size } : { text };
}

/**
 * Replace a file's content atomically: write a temporary file beside it (same directory, so the rename
 * cannot cross file systems), keep the original mode, flush, then rename over the original. If the file
 * changed since it was read, nothing is written and an Error is thrown.
 */
export function writeFileAtomic(path: string, text: string, readState?: { mtimeMs?: number; size?: number }): void {
  // Through a symbolic link, the file it points to is the one to fix: renaming over the link would replace
  // the link with a copy and leave the real file as it was.
  const filePath = realpathSync(path);
  const stat = statSync(filePath);
  if (readState?.mtimeMs !== undefined && (stat.mtimeMs !== readState.mtimeMs || stat.size !== readState.size)) {
    throw new Error('changed on disk while it was being linted; not writing fixes');
  }
  const temp = join(dirname(filePath), `.${basename(filePath)}.${process.pid}.${nodeCrypto().randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', stat.mode & 0o7777);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    unlinkSync(temp);
    throw error;
  }
  closeSync(fd);
  try {
    renameSync(temp, filePath);
  } catch (error) {
    unlinkSync(temp);
    throw error;
  }
}
