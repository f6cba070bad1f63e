/**
 * writeFileAtomic when the file system fails: the file keeps its old text and no temporary file is left
 * beside it (a `.p.json.<pid>.<hex>.tmp` left in a user's policy folder would be linted, or committed). Root
 * (as in a container) writes whatever the mode, so node:fs is wrapped here and the chosen call fails.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

const failing = vi.hoisted(() => ({ call: undefined as 'writeSync' | 'closeSync' | 'renameSync' | undefined }));

vi.mock('node:fs', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs')>();
  const wrap = <A extends unknown[], R>(name: NonNullable<typeof failing.call>, call: (...args: A) => R) => (...args: A): R => {
    const result = call(...args); // the real call runs first: a close that fails still releases the descriptor
    if (failing.call === name) throw Object.assign(new Error(`EIO: i/o error, ${name}`), { code: 'EIO' });
    return result;
  };
  const writeSync = wrap('writeSync', real.writeSync as (...args: unknown[]) => number);
  const closeSync = wrap('closeSync', real.closeSync);
  const renameSync = (from: string, to: string) => {
    if (failing.call === 'renameSync') throw Object.assign(new Error(`EXDEV: cross-device link not permitted, rename '${from}' -> '${to}'`), { code: 'EXDEV' });
    real.renameSync(from, to);
  };
  return { ...real, default: { ...real, writeSync, closeSync, renameSync }, writeSync, closeSync, renameSync };
});

const { readPolicyFile, writeFileAtomic } = await import('../src/io.js');
const { tempDir } = await import('./temp.js');

afterEach(() => {
  failing.call = undefined;
});

function policyFolder(): { dir: string; file: string } {
  const dir = tempDir('io-failures');
  const file = join(dir, 'p.json');
  writeFileSync(file, '{}\n');
  return { dir, file };
}

describe('writeFileAtomic leaves no temporary file', () => {
  it('when it succeeds', () => {
    const { dir, file } = policyFolder();
    writeFileAtomic(file, '{ }\n', readPolicyFile(file, { forWriting: true }));
    expect(readFileSync(file, 'utf8')).toBe('{ }\n');
    expect(readdirSync(dir)).toEqual(['p.json']);
  });

  for (const call of ['writeSync', 'closeSync', 'renameSync'] as const) {
    it(`when ${call} fails: the error is thrown and the file keeps its text`, () => {
      const { dir, file } = policyFolder();
      const read = readPolicyFile(file, { forWriting: true });
      failing.call = call;
      expect(() => writeFileAtomic(file, '{ }\n', read)).toThrow(call === 'renameSync' ? 'EXDEV' : `EIO: i/o error, ${call}`);
      expect(readFileSync(file, 'utf8')).toBe('{}\n');
      expect(readdirSync(dir)).toEqual(['p.json']);
    });
  }
});
