/** Reading policy files and writing fixed ones without ever losing data. */
import { closeSync, fsyncSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { randomBytes } from 'node:crypto';

export interface ReadFile {
  text: string;
  mtimeMs: number;
  size: number;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Read a file as UTF-8 (a BOM is kept, so that it can be reported). Throws a readable Error. */
export function readPolicyFile(filePath: string): ReadFile {
  const stat = statSync(filePath);
  if (stat.isDirectory()) throw new Error('is a directory');
  const bytes = readFileSync(filePath);
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new Error('is not valid UTF-8 text');
  }
  return { text, mtimeMs: stat.mtimeMs, size: stat.size };
}

/**
 * Replace a file's content atomically: write a temporary file beside it (same directory, so the rename
 * cannot cross file systems), keep the original mode, flush, then rename over the original. If the file
 * changed since it was read, nothing is written and an Error is thrown.
 */
export function writeFileAtomic(filePath: string, text: string, readState?: { mtimeMs: number; size: number }): void {
  const stat = statSync(filePath);
  if (readState && (stat.mtimeMs !== readState.mtimeMs || stat.size !== readState.size)) {
    throw new Error('changed on disk while it was being linted; not writing fixes');
  }
  const temp = join(dirname(filePath), `.${basename(filePath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
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
