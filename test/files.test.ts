import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findFiles } from '../src/files.js';
import { tempDir, write } from './config/helpers.js';

const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.com', '-c', 'init.defaultBranch=main', ...args], { cwd, stdio: 'pipe' });

const tree = {
  'policies/a.json': '{}',
  'policies/b.json': '{}',
  'policies/notes.md': '# notes',
  'policies/nested/deep/c.json': '{}',
  'policies/.hidden/d.json': '{}',
  'policies/.policy-lint.json': '{}',
  'node_modules/pkg/package.json': '{}',
  'policies/node_modules/x/y.json': '{}',
  'build/out.json': '{}',
  'policies/generated.tmp.json': '{}',
  '.gitignore': 'build/\n*.tmp.json\n',
};

function repo(): string {
  const root = tempDir();
  write(root, tree);
  git(root, 'init', '-q');
  git(root, 'add', 'policies/a.json', 'policies/b.json', '.gitignore');
  git(root, 'commit', '-q', '-m', 'init');
  return root;
}

const rel = (root: string, files: string[]) => files.map((f) => f.slice(root.length + 1));

describe('findFiles in a git work tree', () => {
  it('expands a directory to its JSON files, tracked or not, without what .gitignore ignores and node_modules', async () => {
    const root = repo();
    const { files, missing } = await findFiles(['.'], { cwd: root });
    expect(missing).toEqual([]);
    expect(rel(root, files)).toEqual([
      'policies/.hidden/d.json', 'policies/a.json', 'policies/b.json', 'policies/nested/deep/c.json',
    ]);
  });

  it('leaves out tracked files deleted from the working tree', async () => {
    const root = repo();
    rmSync(join(root, 'policies', 'b.json'));
    expect(rel(root, (await findFiles(['policies'], { cwd: root })).files)).toEqual([
      'policies/.hidden/d.json', 'policies/a.json', 'policies/nested/deep/c.json',
    ]);
  });

  it('leaves out skip-worktree files a sparse checkout did not write', async () => {
    const root = repo();
    git(root, 'update-index', '--skip-worktree', 'policies/b.json');
    rmSync(join(root, 'policies', 'b.json'));
    expect(rel(root, (await findFiles(['policies'], { cwd: root })).files)).toEqual([
      'policies/.hidden/d.json', 'policies/a.json', 'policies/nested/deep/c.json',
    ]);
  });

  it('honours a .gitignore in a subdirectory and a tracked file that would be ignored', async () => {
    const root = repo();
    write(root, { 'policies/nested/.gitignore': 'deep/\n', 'build/tracked.json': '{}' });
    git(root, 'add', '-f', 'build/tracked.json');
    expect(rel(root, (await findFiles(['.'], { cwd: root })).files)).toEqual([
      'build/tracked.json', 'policies/.hidden/d.json', 'policies/a.json', 'policies/b.json',
    ]);
  });

  it('always takes files named explicitly, ignored or not, JSON or not', async () => {
    const root = repo();
    const { files } = await findFiles(['build/out.json', 'policies/notes.md', 'policies/generated.tmp.json', './policies/a.json', 'policies'], { cwd: root });
    expect(rel(root, files)).toEqual([
      'build/out.json', 'policies/.hidden/d.json', 'policies/a.json', 'policies/b.json', 'policies/generated.tmp.json',
      'policies/nested/deep/c.json', 'policies/notes.md',
    ]);
  });

  it('reports paths that do not exist, as given', async () => {
    const root = repo();
    const { files, missing } = await findFiles(['nope.json', 'policies/a.json', 'missing-dir', 'policies/a.json/x'], { cwd: root });
    expect(rel(root, files)).toEqual(['policies/a.json']);
    expect(missing).toEqual(['nope.json', 'missing-dir', 'policies/a.json/x']);
  });

  it('applies include and exclude relative to the base directory (the config file\'s)', async () => {
    const root = repo();
    const options = { cwd: join(root, 'policies'), base: root, include: ['policies/**/*.json', 'policies/**/*.md'], exclude: ['policies/nested', '**/.hidden/**'] };
    expect(rel(root, (await findFiles(['.'], options)).files)).toEqual(['policies/a.json', 'policies/b.json', 'policies/notes.md']);
    // From the root, the same patterns.
    expect(rel(root, (await findFiles(['policies'], { ...options, cwd: root })).files)).toEqual(['policies/a.json', 'policies/b.json', 'policies/notes.md']);
  });

  it('matches a directory outside the base relative to that directory', async () => {
    const root = repo();
    const { files } = await findFiles([join(root, 'policies')], { cwd: root, base: join(root, 'elsewhere'), include: ['*.json'] });
    expect(rel(root, files)).toEqual(['policies/a.json', 'policies/b.json']);
  });

  it('returns absolute, sorted, unique paths', async () => {
    const root = repo();
    const { files } = await findFiles(['policies', '.', 'policies/a.json', join(root, 'policies', 'a.json')], { cwd: root });
    expect(files).toEqual([...new Set(files)].sort());
    expect(files.every((f) => f.startsWith(`${root}/`))).toBe(true);
    expect(files.filter((f) => f.endsWith('/policies/a.json'))).toHaveLength(1);
  });
});

describe('findFiles outside a git work tree', () => {
  it('globs the directory, leaving out node_modules and .git, without .gitignore', async () => {
    const root = tempDir();
    write(root, { ...tree, '.git-not-a-repo/x.json': '{}' });
    mkdirSync(join(root, 'sub', '.git'), { recursive: true });
    write(root, { 'sub/.git/config.json': '{}' });
    const { files } = await findFiles(['.'], { cwd: root });
    // Not a repository (sub/.git is not a valid one either): .gitignore does not apply, build/ and *.tmp.json are in.
    expect(rel(root, files)).toEqual([
      '.git-not-a-repo/x.json', 'build/out.json', 'policies/.hidden/d.json', 'policies/a.json', 'policies/b.json',
      'policies/generated.tmp.json', 'policies/nested/deep/c.json',
    ]);
  });

  it('falls back to globbing when .git is there but git cannot read it', async () => {
    const root = tempDir();
    write(root, { '.git/HEAD': 'garbage', '.gitignore': 'b.json\n', 'a.json': '{}', 'b.json': '{}' });
    expect(rel(root, (await findFiles(['.'], { cwd: root })).files)).toEqual(['a.json', 'b.json']);
  });

  it('follows a symbolic link to a file', async () => {
    const root = tempDir();
    write(root, { 'real/p.json': '{}' });
    mkdirSync(join(root, 'dir'));
    symlinkSync(join(root, 'real', 'p.json'), join(root, 'dir', 'link.json'));
    expect(rel(root, (await findFiles(['dir'], { cwd: root })).files)).toEqual(['dir/link.json']);
  });

  it('with no paths, finds nothing', async () => {
    expect(await findFiles([], { cwd: tempDir() })).toEqual({ files: [], missing: [] });
  });
});
