/**
 * The walk without git when the file system fails: no read may be lost silently, and a huge tree must not
 * open every directory at once. Root (as in a container) reads everything whatever the mode, and how many
 * reads run at once cannot be seen from outside, so src/fs-async.ts (the reads of src/files.ts) is wrapped
 * here: each read waits a turn of the event loop (so that reads overlap as on a slow disk), and chosen paths fail.
 */
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it, vi } from 'vitest';

const fs = vi.hoisted(() => ({ inFlight: 0, most: 0, failing: new Map<string, string>() }));

vi.mock('../src/fs-async.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/fs-async.js')>();
  const wrap = <A extends unknown[], R>(read: (...args: A) => Promise<R>) => async (...args: A): Promise<R> => {
    fs.inFlight++;
    fs.most = Math.max(fs.most, fs.inFlight);
    try {
      await nextTurn();
      const path = String(args[0]);
      const code = [...fs.failing].find(([end]) => path.endsWith(end))?.[1];
      if (code) throw Object.assign(new Error(`${code}: ${path}`), { code });
      return await read(...args);
    } finally {
      fs.inFlight--;
    }
  };
  const readdir = wrap(real.readdir as (...args: unknown[]) => Promise<unknown>);
  const readFile = wrap(real.readFile as (...args: unknown[]) => Promise<unknown>);
  return { ...real, readdir, readFile };
});

const { findFiles } = await import('../src/files.js');
const { tempDir, write } = await import('./config/helpers.js');

describe('the walk without git, when reads fail', () => {
  it('warns about a directory or .gitignore it cannot read, but not about one removed meanwhile, and lists the rest', async () => {
    const root = tempDir();
    write(root, {
      'a.json': '{}', 'locked/b.json': '{}', 'busy/c.json': '{}', 'gone/d.json': '{}',
      'sub/.gitignore': 'e.json\n', 'sub/e.json': '{}', 'sub/f.json': '{}',
    });
    fs.failing = new Map([['/locked', 'EACCES'], ['/busy', 'EMFILE'], ['/gone', 'ENOENT'], ['/sub/.gitignore', 'EACCES']]);
    try {
      const { files, warnings } = await findFiles(['.'], { cwd: root });
      expect(files.map((file) => file.slice(root.length + 1))).toEqual(['a.json', 'sub/e.json', 'sub/f.json']);
      expect(warnings).toEqual([
        'busy: cannot read directory (EMFILE), its files are not linted',
        'locked: cannot read directory (EACCES), its files are not linted',
        'sub/.gitignore: cannot read (EACCES), the files it would ignore are linted',
      ]);
    } finally {
      fs.failing = new Map();
    }
  });

  it('reads at most 32 directories at once', async () => {
    const root = tempDir();
    const files: Record<string, string> = {};
    for (let i = 0; i < 100; i++) files[`d${i}/e/p.json`] = '{}';
    write(root, files);
    fs.most = 0;
    expect((await findFiles(['.'], { cwd: root })).files).toHaveLength(100);
    // The limit, reached: 100 directories side by side were all read at once before.
    expect(fs.most).toBe(32);
  });
});
