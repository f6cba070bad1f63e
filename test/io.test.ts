/**
 * Reading policy files: the text exactly as stored (BOM included, so that it can be reported), a clear error
 * for what is not UTF-8 text, and the file's state kept only when the file may be rewritten by --fix.
 */
import { mkdtempSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readPolicyFile, writeFileAtomic } from '../src/io.js';

const folder = () => mkdtempSync(join(tmpdir(), 'policy-lint-io-'));

describe('readPolicyFile', () => {
  it('keeps a BOM and the replacement character U+FFFD when the file holds them as valid UTF-8', () => {
    const file = join(folder(), 'p.json');
    const text = '\uFEFF{"Sid": "a\uFFFDb"}\n';
    writeFileSync(file, text, 'utf8');
    expect(readPolicyFile(file).text).toBe(text);
  });

  it('rejects bytes that are not UTF-8, even beside a valid U+FFFD', () => {
    const file = join(folder(), 'p.json');
    writeFileSync(file, Buffer.concat([Buffer.from('{"Sid": "\uFFFD caf', 'utf8'), Buffer.from([0xe9]), Buffer.from('"}')]));
    expect(() => readPolicyFile(file)).toThrow('is not valid UTF-8 text');
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
