/** Reading policy files and writing fixed ones without ever losing data. */
import {
  accessSync, closeSync, constants, fchownSync, fsyncSync, ftruncateSync, openSync, readFileSync, realpathSync, renameSync, rmSync, statSync, unlinkSync, writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { nodeCrypto } from './builtins.js';

export interface ReadFile {
  /** The text; where the bytes are not UTF-8, each bad sequence is U+FFFD (see `invalidUtf8`). */
  text: string;
  /** Where the bytes first stop being UTF-8, when they do: the file is then not linted, only reported. */
  invalidUtf8?: InvalidUtf8;
  /** When the file was read to be rewritten: its state then, so that a change since is never overwritten. */
  mtimeMs?: number;
  size?: number;
}

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The first byte that is not UTF-8: its offset in the decoded text (where a U+FFFD stands) and its value. */
export interface InvalidUtf8 {
  offset: number;
  byte: number;
  /** The whole file is UTF-16 (as Windows PowerShell 5 writes with `>`): its byte order and its text, decoded. */
  utf16?: { endian: 'LE' | 'BE'; text: string };
}

/**
 * Read a file as UTF-8 (a BOM is kept, so that it can be reported). Throws a readable Error when it cannot
 * be read; bytes that are not UTF-8 are reported in `invalidUtf8`, with a position. With `forWriting`, the
 * file's mtime and size are kept for writeFileAtomic.
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
  // decoder (decoding every file strictly cost a quarter of the time spent reading). UTF-16 without a byte
  // order mark is valid UTF-8, with a NUL in every other place: one of the first two is enough to look.
  const invalidUtf8 = text.includes('\uFFFD') || mayBeUtf16(text) ? findInvalidUtf8(readFileSync(filePath)) : undefined;
  return {
    text,
    ...(invalidUtf8 ? { invalidUtf8 } : {}),
    ...(stat ? { mtimeMs: stat.mtimeMs, size: stat.size } : {}),
  };
}

/** Decode bytes as UTF-8 as a file is read (BOM kept, bad sequences as U+FFFD), saying where they stop being UTF-8. */
export function decodeUtf8(bytes: Uint8Array): { text: string; invalidUtf8?: InvalidUtf8 } {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const invalidUtf8 = text.includes('\uFFFD') || mayBeUtf16(text) ? findInvalidUtf8(bytes) : undefined;
  return invalidUtf8 ? { text, invalidUtf8 } : { text };
}

function mayBeUtf16(text: string): boolean {
  return text.charCodeAt(0) === 0 || text.charCodeAt(1) === 0;
}

function findInvalidUtf8(bytes: Uint8Array): InvalidUtf8 | undefined {
  const endian = utf16ByteOrder(bytes);
  if (endian) {
    const text = new TextDecoder(endian === 'LE' ? 'utf-16le' : 'utf-16be').decode(bytes); // drops the BOM
    return { offset: 0, byte: bytes[0], utf16: { endian, text } };
  }
  const at = firstInvalidUtf8Byte(bytes);
  if (at < 0) return undefined;
  // The bytes before are valid UTF-8, so their decoded length is the offset of the U+FFFD that replaced the bad byte.
  return { offset: decoder.decode(bytes.subarray(0, at)).length, byte: bytes[at] };
}

/**
 * The byte order of a UTF-16 file: from its byte order mark, or else from where the NUL of its first
 * character falls (a JSON text starts with an ASCII character: `{`, `[` or white space).
 */
export function utf16ByteOrder(bytes: Uint8Array): 'LE' | 'BE' | undefined {
  if (bytes.length < 2) return undefined;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'LE';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'BE';
  if (bytes[0] !== 0 && bytes[0] < 0x80 && bytes[1] === 0) return 'LE';
  if (bytes[0] === 0 && bytes[1] !== 0 && bytes[1] < 0x80) return 'BE';
  return undefined;
}

/**
 * The index of the first byte that does not begin or continue a well-formed UTF-8 sequence (RFC 3629: no
 * overlong forms, no surrogates, nothing above U+10FFFF), or -1. The decoder says only that some byte is bad.
 */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i];
    if (lead < 0x80) {
      i++;
      continue;
    }
    let more: number;
    if (lead >= 0xc2 && lead <= 0xdf) more = 1;
    else if (lead >= 0xe0 && lead <= 0xef) more = 2;
    else if (lead >= 0xf0 && lead <= 0xf4) more = 3;
    else return i;
    // The second byte's range is narrower after some leads: that is what rules out overlong forms and surrogates.
    const low = lead === 0xe0 ? 0xa0 : lead === 0xf0 ? 0x90 : 0x80;
    const high = lead === 0xed ? 0x9f : lead === 0xf4 ? 0x8f : 0xbf;
    if (i + more >= bytes.length) return i; // cut short by the end
    if (bytes[i + 1] < low || bytes[i + 1] > high) return i;
    for (let k = 2; k <= more; k++) if (bytes[i + k] < 0x80 || bytes[i + k] > 0xbf) return i;
    i += more + 1;
  }
  return -1;
}

/**
 * Replace a file's content atomically: write a temporary file beside it (same directory, so the rename
 * cannot cross file systems), keep the original mode and owner, flush, then rename over the original. If the
 * file changed since it was read, nothing is written and an Error is thrown.
 *
 * A rename gives the path a new file, so where that would lose something the content is written in place
 * instead, as Vim's `backupcopy=auto` does: a file with other hard links (they would keep the old text) and
 * a file whose owner the process cannot give to a new file (it would change hands). The new text is then
 * first saved in the temporary file, which stays, and is named in the error, if the write in place fails.
 */
export function writeFileAtomic(path: string, text: string, readState?: { mtimeMs?: number; size?: number }): void {
  // Through a symbolic link, the file it points to is the one to fix: renaming over the link would replace
  // the link with a copy and leave the real file as it was.
  const filePath = realpathSync(path);
  const stat = statSync(filePath);
  if (readState?.mtimeMs !== undefined && (stat.mtimeMs !== readState.mtimeMs || stat.size !== readState.size)) {
    throw new Error('changed on disk while it was being linted; not writing fixes');
  }
  // The rename below would replace a file whatever its mode: one marked read-only (chmod a-w, a Git LFS lock, a
  // Perforce checkout) is left as it is, as an editor or ESLint's write would leave it.
  if (isReadOnly(filePath, stat.mode)) throw new Error('is read-only; not writing fixes');
  const temp = join(dirname(filePath), `.${basename(filePath)}.${process.pid}.${nodeCrypto().randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(temp, 'wx', stat.mode & 0o7777);
  let inPlace = false;
  try {
    let keepsOwner = true;
    try {
      if (stat.uid !== process.getuid?.() || stat.gid !== process.getgid?.()) keepsOwner = tryChown(fd, stat.uid, stat.gid);
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    inPlace = stat.nlink > 1 || !keepsOwner;
    if (inPlace) writeInPlace(filePath, text, temp);
    else renameSync(temp, filePath);
  } catch (error) {
    // Whatever failed, the temporary file goes, except the copy that a failed write in place names.
    if (!inPlace) removeQuietly(temp);
    throw error;
  }
}

/** No one may write the file (root included, as a superuser's editor asks first), or this process may not. */
function isReadOnly(filePath: string, mode: number): boolean {
  if ((mode & 0o222) === 0) return true;
  try {
    accessSync(filePath, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/** Remove a file if it is there; a failure to remove it must not hide the error being reported. */
function removeQuietly(path: string): void {
  try {
    rmSync(path, { force: true });
  } catch {
    // the caller's error says what went wrong
  }
}

function tryChown(fd: number, uid: number, gid: number): boolean {
  try {
    fchownSync(fd, uid, gid);
    return true;
  } catch {
    return false; // only the owner's superuser may give a file away
  }
}

/** Overwrite a file's bytes, keeping its inode; `copy` already holds the new text and is removed once done. */
function writeInPlace(filePath: string, text: string, copy: string): void {
  try {
    const fd = openSync(filePath, 'r+');
    try {
      const bytes = Buffer.from(text, 'utf8');
      writeSync(fd, bytes, 0, bytes.length, 0);
      ftruncateSync(fd, bytes.length);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new Error(`could not write the fixes in place (${(error as Error).message}); the fixed text is in ${copy}`);
  }
  unlinkSync(copy);
}
