/**
 * Reading policy files: the text exactly as stored (BOM included, so that it can be reported), a clear error
 * for what is not UTF-8 text, and the file's state kept only when the file may be rewritten by --fix.
 */
import { mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeUtf8, firstInvalidUtf8Byte, readPolicyFile, writeFileAtomic } from '../src/io.js';
import { tempDir } from './temp.js';

const folder = () => tempDir('io');

describe('readPolicyFile', () => {
  it('keeps a BOM and the replacement character U+FFFD when the file holds them as valid UTF-8', () => {
    const file = join(folder(), 'p.json');
    const text = '\uFEFF{"Sid": "a\uFFFDb"}\n';
    writeFileSync(file, text, 'utf8');
    expect(readPolicyFile(file).text).toBe(text);
  });

  it('finds the first byte that is not UTF-8, even after a valid U+FFFD, at its place in the text', () => {
    const file = join(folder(), 'p.json');
    writeFileSync(file, Buffer.concat([Buffer.from('{"Sid": "\uFFFD caf', 'utf8'), Buffer.from([0xe9]), Buffer.from('"}')]));
    const read = readPolicyFile(file);
    expect(read.invalidUtf8).toEqual({ offset: '{"Sid": "\uFFFD caf'.length, byte: 0xe9 });
    expect(read.text).toBe('{"Sid": "\uFFFD caf\uFFFD"}');
    expect(readPolicyFile(file, { forWriting: true }).invalidUtf8).toEqual(read.invalidUtf8);
  });

  it('knows UTF-16 text, with or without a byte order mark, in either byte order, and decodes it for the content check', () => {
    const dir = folder();
    const policy = '{"Version": "2012-10-17", "Statement": []}';
    const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
    // The decoded text drops the byte order mark.
    const cases: Array<[string, Buffer, 'LE' | 'BE', string]> = [
      ['le-bom.json', Buffer.from(`\uFEFF${policy}`, 'utf16le'), 'LE', policy],
      ['le.json', Buffer.from(`\n${policy}`, 'utf16le'), 'LE', `\n${policy}`],
      ['be-bom.json', utf16be(`\uFEFF${policy}`), 'BE', policy],
      ['be.json', utf16be(policy), 'BE', policy],
    ];
    for (const [name, bytes, endian, text] of cases) {
      writeFileSync(join(dir, name), bytes);
      expect(readPolicyFile(join(dir, name)).invalidUtf8, name).toEqual({ offset: 0, byte: bytes[0], utf16: { endian, text } });
      expect(decodeUtf8(bytes).invalidUtf8, name).toEqual(readPolicyFile(join(dir, name)).invalidUtf8);
    }
    // A NUL further on is a JSON syntax error, not UTF-16; so is a NUL first, then another.
    writeFileSync(join(dir, 'nul.json'), '{"Sid": "\u0000"}');
    expect(readPolicyFile(join(dir, 'nul.json')).invalidUtf8).toBeUndefined();
    expect(decodeUtf8(Buffer.from([0, 0, 0x7b, 0x7d])).invalidUtf8).toBeUndefined();
  });

  it('says when the path is a directory', () => {
    const dir = join(folder(), 'policy.json');
    mkdirSync(dir);
    expect(() => readPolicyFile(dir)).toThrow('is a directory');
    expect(() => readPolicyFile(dir, { forWriting: true })).toThrow('is a directory');
  });

  it('keeps mtime and size only for a file that may be rewritten', () => {
    const file = join(folder(), 'p.json');
    writeFileSync(file, '{}\n');
    expect(readPolicyFile(file)).toEqual({ text: '{}\n' });
    const stat = statSync(file);
    expect(readPolicyFile(file, { forWriting: true })).toEqual({ text: '{}\n', mtimeMs: stat.mtimeMs, size: 3 });
  });
});

describe('writeFileAtomic', () => {
  it('refuses to overwrite a file that changed since it was read', () => {
    const file = join(folder(), 'p.json');
    writeFileSync(file, '{}\n');
    const read = readPolicyFile(file, { forWriting: true });
    writeFileSync(file, '{"Version": "2012-10-17"}\n');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(() => writeFileAtomic(file, '{ }\n', read)).toThrow('changed on disk');
    expect(readFileSync(file, 'utf8')).toBe('{"Version": "2012-10-17"}\n');
  });

  it('writes the new text when the file is as it was read', () => {
    const file = join(folder(), 'p.json');
    writeFileSync(file, '{}\n');
    writeFileAtomic(file, '{ }\n', readPolicyFile(file, { forWriting: true }));
    expect(readFileSync(file, 'utf8')).toBe('{ }\n');
  });
});

describe('firstInvalidUtf8Byte', () => {
  const strict = new TextDecoder('utf-8', { fatal: true });
  const valid = (bytes: Uint8Array) => {
    try {
      strict.decode(bytes);
      return true;
    } catch {
      return false;
    }
  };

  it('agrees with the strict decoder on random bytes: -1 for valid text, else a byte where the valid prefix ends', () => {
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    // Mostly well-formed characters of every length, with some stray bytes mixed in.
    const pieces = ['a', '{', '\u00e9', '\u20ac', '\ud83d\ude00', '\uFFFD'].map((c) => [...Buffer.from(c, 'utf8')]);
    for (let round = 0; round < 3000; round++) {
      const bytes: number[] = [];
      for (let n = Math.floor(random() * 12); n > 0; n--) {
        if (random() < 0.15) bytes.push(Math.floor(random() * 256));
        else bytes.push(...pieces[Math.floor(random() * pieces.length)]);
      }
      const buffer = Uint8Array.from(bytes);
      const at = firstInvalidUtf8Byte(buffer);
      expect(at === -1, `bytes ${bytes}`).toBe(valid(buffer));
      if (at >= 0) expect(valid(buffer.subarray(0, at)), `bytes ${bytes}`).toBe(true);
    }
  });

  it('rejects overlong forms, surrogates, code points above U+10FFFF and sequences cut short', () => {
    for (const bytes of [[0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0x41, 0xe2, 0x82]]) {
      expect(firstInvalidUtf8Byte(Uint8Array.from(bytes)), `bytes ${bytes}`).toBe(bytes[0] === 0x41 ? 1 : 0);
    }
  });

  it('decodeUtf8 (standard input) reports the same place as a file read', () => {
    expect(decodeUtf8(Buffer.from([0x7b, 0xe2, 0x82, 0xac, 0xff, 0x7d]))).toEqual({ text: '{\u20ac\uFFFD}', invalidUtf8: { offset: 2, byte: 0xff } });
    expect(decodeUtf8(Buffer.from('\uFEFF{}', 'utf8'))).toEqual({ text: '\uFEFF{}' });
  });
});
