import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
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

/** What `terraform init` downloads and `serverless package` builds, beside a CDK app's synthesized templates (kept). */
const generated = {
  'infra/main.tf': 'resource "aws_iam_policy" "p" {}',
  'infra/.terraform/modules/vpc/main.tf': 'resource "aws_iam_policy" "p" {}',
  'infra/.terraform/modules/vpc/policy.json': '{}',
  '.terraform/providers/registry.terraform.io/hashicorp/aws/5.0.0/linux_amd64/LICENSE.json': '{}',
  'svc/serverless.yml': 'service: s',
  'svc/.serverless/cloudformation-template-update-stack.json': '{}',
  'svc/.serverless/serverless-state.json': '{}',
  'cdk.out/Stack.template.json': '{}',
};
const fromGenerated = ['cdk.out/Stack.template.json', 'infra/main.tf', 'svc/serverless.yml'];

describe('findFiles in a git work tree', () => {
  it('expands a directory to its JSON files, tracked or not, without what .gitignore ignores and node_modules', async () => {
    const root = repo();
    const { files, missing } = await findFiles(['.'], { cwd: root });
    expect(missing).toEqual([]);
    expect(rel(root, files)).toEqual([
      'policies/.hidden/d.json', 'policies/a.json', 'policies/b.json', 'policies/nested/deep/c.json',
    ]);
  });

  it('leaves out .terraform and .serverless as node_modules, tracked or not, when .gitignore does not; keeps cdk.out', async () => {
    const root = tempDir();
    write(root, generated);
    git(root, 'init', '-q');
    git(root, 'add', '-f', 'infra/.terraform/modules/vpc/policy.json', 'svc/.serverless/serverless-state.json');
    expect(rel(root, (await findFiles(['.'], { cwd: root })).files)).toEqual(fromGenerated);
    expect(rel(root, (await findFiles(['svc'], { cwd: root })).files)).toEqual(['svc/serverless.yml']);
    // Named, or expanded as the directory given, they are linted, as node_modules.
    expect(rel(root, (await findFiles(['infra/.terraform', 'svc/.serverless/serverless-state.json'], { cwd: root })).files)).toEqual([
      'infra/.terraform/modules/vpc/main.tf', 'infra/.terraform/modules/vpc/policy.json', 'svc/.serverless/serverless-state.json',
    ]);
  });

  it('lists the files of a repository inside it (a submodule, another checkout) with that one\'s .gitignore', async () => {
    const root = repo();
    const inner = join(root, 'vendor/shared');
    write(inner, { 'iam/s.json': '{}', 'iam/local.json': '{}', '.gitignore': 'local.json\n' });
    git(inner, 'init', '-q');
    write(root, { 'other/o.json': '{}' });
    git(join(root, 'other'), 'init', '-q');
    const expected = ['other/o.json', 'policies/.hidden/d.json', 'policies/a.json', 'policies/b.json', 'policies/nested/deep/c.json', 'vendor/shared/iam/s.json'];
    expect(rel(root, (await findFiles(['.'], { cwd: root })).files)).toEqual(expected);
    git(inner, 'add', '-A');
    git(inner, 'commit', '-q', '-m', 'shared');
    git(root, '-c', 'protocol.file.allow=always', 'submodule', 'add', '-q', './vendor/shared', 'vendor/shared');
    expect(rel(root, (await findFiles(['.'], { cwd: root })).files)).toEqual(expected);
    // A submodule not checked out: an empty folder, where git would answer for the outer repository.
    rmSync(inner, { recursive: true });
    mkdirSync(inner);
    expect(rel(root, (await findFiles(['.'], { cwd: root })).files)).toEqual(expected.filter((f) => !f.startsWith('vendor/')));
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

describe('findFiles with glob patterns', () => {
  it('expands an argument with glob syntax that is no path, relative to cwd, leaving out what a directory would', async () => {
    const root = repo();
    // generated.tmp.json (.gitignore), node_modules, .policy-lint.json and notes.md (include) are out, as from `policies`.
    const { files, missing } = await findFiles(['policies/**/*.json'], { cwd: root });
    expect(missing).toEqual([]);
    expect(rel(root, files)).toEqual(['policies/.hidden/d.json', 'policies/a.json', 'policies/b.json', 'policies/nested/deep/c.json']);
    expect(rel(root, (await findFiles(['policies/*.json'], { cwd: root })).files)).toEqual(['policies/a.json', 'policies/b.json']);
    expect(rel(root, (await findFiles(['**/b.json', 'polic?es/{a,x}.json'], { cwd: root })).files)).toEqual(['policies/a.json', 'policies/b.json']);
    // A matched directory brings its files, as the shell's expansion of policies/* would.
    expect(rel(root, (await findFiles(['policies/n*'], { cwd: root })).files)).toEqual(['policies/nested/deep/c.json']);
  });

  it('honours include and exclude for the files a pattern matches', async () => {
    const root = repo();
    expect(rel(root, (await findFiles(['policies/**'], { cwd: root, exclude: ['**/nested/**', '**/.hidden/**'] })).files)).toEqual(['policies/a.json', 'policies/b.json']);
    expect((await findFiles(['policies/*.md'], { cwd: root })).files).toEqual([]);
    expect(rel(root, (await findFiles(['policies/*.md'], { cwd: root, include: ['**/*.md'] })).files)).toEqual(['policies/notes.md']);
    // Named explicitly, the same file is linted.
    expect(rel(root, (await findFiles(['policies/notes.md'], { cwd: root })).files)).toEqual(['policies/notes.md']);
  });

  it('takes patterns going up or absolute, and patterns outside a repository with its .gitignore', async () => {
    const root = repo();
    expect(rel(root, (await findFiles(['../*.json'], { cwd: join(root, 'policies', 'nested') })).files)).toEqual(['policies/a.json', 'policies/b.json']);
    expect(rel(root, (await findFiles([`${root}/policies/*.json`], { cwd: tempDir() })).files)).toEqual(['policies/a.json', 'policies/b.json']);
    const plain = tempDir();
    write(plain, tree);
    expect(rel(plain, (await findFiles(['**/*.json'], { cwd: plain })).files)).toEqual([
      'policies/.hidden/d.json', 'policies/a.json', 'policies/b.json', 'policies/nested/deep/c.json',
    ]);
    // A pattern is relative to cwd, so cwd's .gitignore (*.tmp.json) counts; a directory reads none above it.
    expect(rel(plain, (await findFiles(['policies/*.json'], { cwd: plain })).files)).toEqual(['policies/a.json', 'policies/b.json']);
    expect(rel(plain, (await findFiles(['policies'], { cwd: plain })).files)).toContain('policies/generated.tmp.json');
  });

  it('takes an existing path with glob characters in its name as a path', async () => {
    const root = repo();
    write(root, { 'policies/[ab].json': '{}', 'odd{1,2}/x.json': '{}', 'odd1/y.json': '{}' });
    expect(rel(root, (await findFiles(['policies/[ab].json', 'odd{1,2}'], { cwd: root })).files)).toEqual(['odd{1,2}/x.json', 'policies/[ab].json']);
  });

  it('takes a missing name with (, [, {, ! or + as a missing path, not a pattern that silently matches nothing', async () => {
    const root = repo();
    const typos = ['policies/admin(old).json', 'policies/admin[old].json', 'policies/admin{old}.json', 'policies/!admin.json', 'policies/admin+(1).json', 'policies/{x,y}.json'];
    expect(await findFiles(typos, { cwd: root })).toEqual({ files: [], missing: typos, unmatched: [], expanded: [], warnings: [] });
    // Without * or ?, a pattern is still one when it matches: a bracket class, a brace list, an extglob.
    expect(rel(root, (await findFiles(['policies/[ab].json', 'policies/{a,x}.json', 'policies/@(b).json'], { cwd: root })).files)).toEqual(['policies/a.json', 'policies/b.json']);
    // Files that exist but are left out (.gitignore) are not missing: unmatched, as for a wildcard.
    expect(await findFiles(['build/{out,x}.json'], { cwd: root })).toEqual({ files: [], missing: [], unmatched: ['build/{out,x}.json'], expanded: [], warnings: [] });
  });

  it('with a trailing slash, matches only directories, which bring their files', async () => {
    const root = repo();
    expect(rel(root, (await findFiles(['policies/*/'], { cwd: root })).files)).toEqual(['policies/.hidden/d.json', 'policies/nested/deep/c.json']);
    expect(rel(root, (await findFiles(['policies/n*/'], { cwd: root })).files)).toEqual(['policies/nested/deep/c.json']);
  });

  it.skipIf(process.platform === 'win32')('takes a backslash-escaped glob character literally', async () => {
    const root = repo();
    write(root, { 'policies/*.json': '{}', 'stars/*/x.json': '{}', 'stars/y/x.json': '{}' });
    expect(rel(root, (await findFiles(['policies/\\*.json'], { cwd: root })).files)).toEqual(['policies/*.json']);
    expect(rel(root, (await findFiles(['stars/\\*/*.json'], { cwd: root })).files)).toEqual(['stars/*/x.json']);
    expect((await findFiles(['policies/\\*.yaml'], { cwd: root })).missing).toEqual(['policies/\\*.yaml']);
  });

  it('searches a directory whose name has braces or brackets that expand nothing', async () => {
    const root = repo();
    write(root, { 'x{y}/e.json': '{}', 'x{y}/f.json': '{}', 'x{y}/sub/g.json': '{}' });
    expect(rel(root, (await findFiles(['x{y}/*.json'], { cwd: root })).files)).toEqual(['x{y}/e.json', 'x{y}/f.json']);
    expect(rel(root, (await findFiles(['x{y}/{e,g}.json', 'x{y}/**/g.json'], { cwd: root })).files)).toEqual(['x{y}/e.json', 'x{y}/sub/g.json']);
  });

  it('finds nothing for a pattern whose directory does not exist, and does not expand a negated pattern', async () => {
    const root = repo();
    expect(await findFiles(['polices/**/*.json'], { cwd: root })).toEqual({ files: [], missing: [], unmatched: ['polices/**/*.json'], expanded: [], warnings: [] });
    expect(await findFiles(['!policies/a.json'], { cwd: root })).toEqual({ files: [], missing: ['!policies/a.json'], unmatched: [], expanded: [], warnings: [] });
  });
});

describe('findFiles: directories and patterns that give no file', () => {
  it('reports each, as given, whatever the others give', async () => {
    const root = repo();
    mkdirSync(join(root, 'empty'));
    write(root, { 'docs/readme.md': '#', 'only-ignored/x.tmp.json': '{}' });
    const { files, missing, unmatched } = await findFiles(
      ['policies', 'empty', 'docs', 'only-ignored', 'build', 'policies/*.yaml', 'polices/**/*.json', 'nope.json', 'policies/notes.md'],
      { cwd: root },
    );
    expect(rel(root, files)).toEqual(['policies/.hidden/d.json', 'policies/a.json', 'policies/b.json', 'policies/nested/deep/c.json', 'policies/notes.md']);
    expect(missing).toEqual(['nope.json']);
    // No JSON, only ignored files, an ignored directory, a pattern matching nothing or with no directory.
    expect(unmatched).toEqual(['empty', 'docs', 'only-ignored', 'build', 'policies/*.yaml', 'polices/**/*.json']);
  });

  it('counts files another argument also gives, and excluded files as none', async () => {
    const root = repo();
    const { unmatched } = await findFiles(['policies', 'policies/*.json', 'policies/nested'], { cwd: root, exclude: ['policies/nested'] });
    expect(unmatched).toEqual(['policies/nested']);
  });
});

describe('findFiles outside a git work tree', () => {
  it('walks the directory, leaving out node_modules, .git and what .gitignore ignores', async () => {
    const root = tempDir();
    write(root, { ...tree, '.git-not-a-repo/x.json': '{}' });
    mkdirSync(join(root, 'sub', '.git'), { recursive: true });
    write(root, { 'sub/.git/config.json': '{}' });
    const { files } = await findFiles(['.'], { cwd: root });
    expect(rel(root, files)).toEqual([
      '.git-not-a-repo/x.json', 'policies/.hidden/d.json', 'policies/a.json', 'policies/b.json', 'policies/nested/deep/c.json',
    ]);
  });

  it('does not enter .terraform and .serverless, as node_modules; keeps cdk.out', async () => {
    const root = tempDir();
    write(root, generated);
    expect(rel(root, (await findFiles(['.'], { cwd: root })).files)).toEqual(fromGenerated);
    expect(rel(root, (await findFiles(['infra/.terraform', 'svc/.serverless/serverless-state.json'], { cwd: root })).files)).toEqual([
      'infra/.terraform/modules/vpc/main.tf', 'infra/.terraform/modules/vpc/policy.json', 'svc/.serverless/serverless-state.json',
    ]);
  });

  it('falls back to a walk that honours .gitignore when .git is there but git cannot read it', async () => {
    const root = tempDir();
    write(root, { '.git/HEAD': 'garbage', '.gitignore': 'b.json\n', 'a.json': '{}', 'b.json': '{}' });
    expect(rel(root, (await findFiles(['.'], { cwd: root })).files)).toEqual(['a.json']);
  });

  it('reads no .gitignore above the directory when no ancestor is a repository', async () => {
    const root = tempDir();
    write(root, { '.gitignore': 'policies/b.json\nlegacy/\n', 'policies/a.json': '{}', 'policies/b.json': '{}', 'legacy/l.json': '{}' });
    expect(rel(root, (await findFiles(['.'], { cwd: root })).files)).toEqual(['policies/a.json']);
    // From below, root/.gitignore is not this directory's business: there is no repository to say it is.
    expect(rel(root, (await findFiles(['policies', 'legacy'], { cwd: root })).files)).toEqual(['legacy/l.json', 'policies/a.json', 'policies/b.json']);
    expect(rel(root, (await findFiles(['.'], { cwd: join(root, 'policies') })).files)).toEqual(['policies/a.json', 'policies/b.json']);
  });

  it('reads the .gitignore files from the repository root down when git fails, as git would', async () => {
    const root = tempDir();
    write(root, {
      '.git/HEAD': 'garbage', '.gitignore': 'policies/b.json\nlegacy/\n', 'policies/.gitignore': 'c.json\n',
      'policies/a.json': '{}', 'policies/b.json': '{}', 'policies/c.json': '{}', 'legacy/l.json': '{}', 'legacy/sub/m.json': '{}',
    });
    expect(rel(root, (await findFiles(['policies'], { cwd: root })).files)).toEqual(['policies/a.json']);
    expect(rel(root, (await findFiles(['.'], { cwd: join(root, 'policies') })).files)).toEqual(['policies/a.json']);
    // A directory that an ancestor's .gitignore leaves out has nothing to lint; its files named explicitly do.
    expect(rel(root, (await findFiles(['legacy', 'legacy/sub', 'legacy/l.json'], { cwd: root })).files)).toEqual(['legacy/l.json']);
  });

  it('follows a symbolic link to a file', async () => {
    const root = tempDir();
    write(root, { 'real/p.json': '{}' });
    mkdirSync(join(root, 'dir'));
    symlinkSync(join(root, 'real', 'p.json'), join(root, 'dir', 'link.json'));
    expect(rel(root, (await findFiles(['dir'], { cwd: root })).files)).toEqual(['dir/link.json']);
  });

  it('lists a symbolic link to a directory without following it, as git does (a loop cannot repeat files)', async () => {
    const links = (root: string) => {
      write(root, { 'real/p.json': '{}', 'dir/own.json': '{}' });
      symlinkSync(join(root, 'real', 'p.json'), join(root, 'dir', 'link.json'));
      symlinkSync(join(root, 'real'), join(root, 'dir', 'real-link'));
      symlinkSync('..', join(root, 'dir', 'loop'));
      return root;
    };
    const plain = links(tempDir());
    expect(rel(plain, (await findFiles(['dir'], { cwd: plain })).files)).toEqual(['dir/link.json', 'dir/own.json']);
    expect(rel(plain, (await findFiles(['dir'], { cwd: plain, include: ['**'] })).files)).toEqual(['dir/link.json', 'dir/loop', 'dir/own.json', 'dir/real-link']);
    const repository = links(tempDir());
    git(repository, 'init', '-q');
    expect(rel(repository, (await findFiles(['dir'], { cwd: repository, include: ['**'] })).files)).toEqual(['dir/link.json', 'dir/loop', 'dir/own.json', 'dir/real-link']);
  });

  // Root reads every directory and file whatever its mode: these mean something only for another user.
  it.skipIf(process.getuid?.() === 0)('warns about a directory or .gitignore it cannot read, and lists the rest', async () => {
    const root = tempDir();
    write(root, { 'a.json': '{}', 'locked/b.json': '{}', 'sub/.gitignore': 'c.json\n', 'sub/c.json': '{}', 'sub/d.json': '{}' });
    chmodSync(join(root, 'locked'), 0o000);
    chmodSync(join(root, 'sub', '.gitignore'), 0o000);
    try {
      const { files, warnings } = await findFiles(['.'], { cwd: root });
      expect(rel(root, files)).toEqual(['a.json', 'sub/c.json', 'sub/d.json']);
      expect(warnings).toEqual([
        'locked: cannot read directory (EACCES), its files are not linted',
        'sub/.gitignore: cannot read (EACCES), the files it would ignore are linted',
      ]);
    } finally {
      chmodSync(join(root, 'locked'), 0o755);
      chmodSync(join(root, 'sub', '.gitignore'), 0o644);
    }
  });

  it('with no paths, finds nothing', async () => {
    expect(await findFiles([], { cwd: tempDir() })).toEqual({ files: [], missing: [], unmatched: [], expanded: [], warnings: [] });
  });
});

/** Runs `body` with an environment variable set, as git (spawned by findFiles) sees it. */
async function withEnv<T>(name: string, value: string, body: () => Promise<T>): Promise<T> {
  const before = process.env[name];
  process.env[name] = value;
  try {
    return await body();
  } finally {
    if (before === undefined) delete process.env[name];
    else process.env[name] = before;
  }
}

describe('the walk without git and git ls-files agree on .gitignore', () => {
  // git's semantics, case by case: comments, negation, directory-only and anchored patterns, `**`, trailing
  // spaces and escapes, nested files relative to their own directory overriding the root's, and no way back
  // into an excluded directory.
  const gitignored = {
    '.gitignore': [
      '# a comment', 'build/', '*.tmp.json', '!keep.tmp.json', '/root-only.json', 'docs/**/draft-*.json', 'x/*', 'vendor',
      'trailing.json   ', '\\#hash.json', 'out/', '!out/rescued.json', 'logs/**', '!logs/important/', '!logs/important/**', '',
    ].join('\r\n'),
    'a.json': '{}', 'keep.tmp.json': '{}', 'gen.tmp.json': '{}', 'root-only.json': '{}', 'trailing.json': '{}', '#hash.json': '{}',
    'build/out.json': '{}', 'build.json': '{}', 'sub/build/x.json': '{}', 'sub/root-only.json': '{}',
    'docs/a/b/draft-1.json': '{}', 'docs/draft-2.json': '{}', 'docs/final.json': '{}',
    'x/a.json': '{}', 'x/.gitignore': '!y/\n', 'x/y/b.json': '{}',
    'vendor/v.json': '{}', 'sub/vendor': 'a file', 'out/rescued.json': '{}',
    'logs/a.json': '{}', 'logs/important/i.json': '{}',
    'sub/.gitignore': 'local.json\n/anchored.json\n!gen.tmp.json\ndeep/\n', 'sub/local.json': '{}', 'sub/z/local.json': '{}',
    'sub/anchored.json': '{}', 'sub/z/anchored.json': '{}', 'sub/gen.tmp.json': '{}', 'sub/deep/d.json': '{}',
    'sub/z/.gitignore': '*\n!*.json\n!*/\n', 'sub/z/notes.md': '#', 'sub/z/q.json': '{}', 'sub/z/w/r.json': '{}',
    '.hidden/h.json': '{}',
  };
  const expected = [
    '.hidden/h.json', 'a.json', 'build.json', 'docs/final.json', 'keep.tmp.json', 'logs/important/i.json', 'sub/gen.tmp.json',
    'sub/root-only.json', 'sub/z/anchored.json', 'sub/z/local.json', 'sub/z/q.json', 'sub/z/w/r.json', 'x/y/b.json',
  ];
  const listing = async (root: string, paths = ['.'], cwd = root) => rel(root, (await findFiles(paths, { cwd })).files);

  it('from the top, in a repository and in a plain directory', async () => {
    const repository = tempDir();
    write(repository, gitignored);
    git(repository, 'init', '-q');
    expect(await listing(repository)).toEqual(expected);
    const plain = tempDir();
    write(plain, gitignored);
    expect(await listing(plain)).toEqual(expected);
  });

  it('in a repository where git refuses (exits non-zero), from the top and from subdirectories', async () => {
    const repository = tempDir();
    write(repository, gitignored);
    git(repository, 'init', '-q');
    const cases: Array<[string[], string]> = [[['.'], repository], [['sub'], repository], [['.'], join(repository, 'sub', 'z')], [['x/y', 'logs', 'out'], repository]];
    const byGit = await Promise.all(cases.map(([paths, cwd]) => listing(repository, paths, cwd)));
    expect(byGit[0]).toEqual(expected);
    // GIT_DIR pointing nowhere makes every git command fail, as "dubious ownership" does in a container.
    const byWalk = await withEnv('GIT_DIR', join(repository, 'no-such-dir'), () => Promise.all(cases.map(([paths, cwd]) => listing(repository, paths, cwd))));
    expect(byWalk).toEqual(byGit);
    // And without git at all.
    expect(await withEnv('PATH', '', () => listing(repository))).toEqual(expected);
  });
});

describe('the walk without git: nested .gitignore files, each relative to its own directory', () => {
  /** The files of a tree (all, not only JSON) as the walk lists them, and as git ls-files does: they must agree. */
  async function walkAndGit(files: Record<string, string>, paths = ['.']): Promise<string[]> {
    const root = tempDir();
    write(root, files);
    git(root, 'init', '-q');
    const byGit = await listed(root, paths);
    const byWalk = await withEnv('GIT_DIR', join(root, 'no-such-dir'), () => listed(root, paths));
    expect(byWalk).toEqual(byGit);
    return byWalk;
  }
  const listed = async (root: string, paths: string[]) => rel(root, (await findFiles(paths, { cwd: root, include: ['**/*.json'] })).files);

  it('a deeper negation re-includes a file a shallower .gitignore ignores', async () => {
    expect(await walkAndGit({
      '.gitignore': '*.tmp.json\n', 'keep.tmp.json': '{}', 'sub/.gitignore': '!keep.tmp.json\n',
      'sub/keep.tmp.json': '{}', 'sub/deep/keep.tmp.json': '{}', 'sub/other.tmp.json': '{}',
    })).toEqual(['sub/deep/keep.tmp.json', 'sub/keep.tmp.json']);
  });

  it('a deeper ignore overrides a shallower negation', async () => {
    expect(await walkAndGit({
      '.gitignore': '*.json\n!a.json\n', 'a.json': '{}', 'b.json': '{}', 'sub/.gitignore': 'a.json\n', 'sub/a.json': '{}',
      'sub/deep/a.json': '{}', 'other/a.json': '{}',
    })).toEqual(['a.json', 'other/a.json']);
  });

  it('anchors a pattern with a slash to the directory of its .gitignore', async () => {
    expect(await walkAndGit({
      'sub/.gitignore': '/x.json\nd/y.json\n', 'x.json': '{}', 'd/y.json': '{}', 'sub/x.json': '{}', 'sub/k/x.json': '{}',
      'sub/d/y.json': '{}', 'sub/k/d/y.json': '{}',
    })).toEqual(['d/y.json', 'sub/k/d/y.json', 'sub/k/x.json', 'x.json']);
  });

  it('matches a pattern without a slash at any depth below its .gitignore, and nowhere else', async () => {
    expect(await walkAndGit({
      'sub/.gitignore': 'gen.json\ntmp/\n', 'gen.json': '{}', 'tmp/t.json': '{}', 'other/gen.json': '{}',
      'sub/gen.json': '{}', 'sub/a/b/gen.json': '{}', 'sub/a/tmp/t.json': '{}', 'sub/a/ok.json': '{}',
    })).toEqual(['gen.json', 'other/gen.json', 'sub/a/ok.json', 'tmp/t.json']);
  });

  it('a directory a shallower .gitignore ignores and a deeper one re-includes: the shallower patterns still match its files', async () => {
    const files = {
      '.gitignore': 'vendor/*\nvendor/lib/*.tmp.json\n', 'vendor/.gitignore': '!lib/\n',
      'vendor/v.json': '{}', 'vendor/other/o.json': '{}', 'vendor/lib/l.json': '{}', 'vendor/lib/l.tmp.json': '{}', 'vendor/lib/deep/d.json': '{}',
    };
    expect(await walkAndGit(files)).toEqual(['vendor/lib/deep/d.json', 'vendor/lib/l.json']);
    // From below, the .gitignore files above are read first, level by level.
    expect(await walkAndGit(files, ['vendor/lib'])).toEqual(['vendor/lib/deep/d.json', 'vendor/lib/l.json']);
    expect(await walkAndGit(files, ['vendor/other'])).toEqual([]);
  });
});

describe('the walk without git agrees with git ls-files on generated trees', () => {
  // Small trees from a few names and patterns, so that patterns of nested files meet: negations of
  // directories and files, anchored and not, `**`, directory-only, across levels. Seeded: a failure names its seed.
  const names = ['a', 'b', 'c'];
  const patterns = [
    'x.json', '!x.json', '*.json', '!*.json', 'a', 'a/', '!a/', '/a', '/b/', '!/b/', 'a/*', '!a/x.json', 'b/**', '!b/**', '**/c',
    'a/**/x.json', '*', '!*/', '/*', '!c/', 'y.*', '[ab]', 'b/x.json', '!b/', 'a/b/', '!**/c/', 'c/*.json', '!y.json  ',
  ];
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state + 0x6d2b79f5) | 0;
      let t = Math.imul(state ^ (state >>> 15), 1 | state);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
  }
  function generate(seed: number): Record<string, string> {
    const next = random(seed);
    const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)] as T;
    const files: Record<string, string> = {};
    const fill = (dir: string, depth: number) => {
      for (const file of ['x.json', 'y.json', 'z.txt']) if (next() < 0.6) files[`${dir}${file}`] = '{}';
      if (next() < (depth === 0 ? 0.9 : 0.4)) {
        files[`${dir}.gitignore`] = Array.from({ length: 1 + Math.floor(next() * 4) }, () => pick(patterns)).join('\n');
      }
      if (depth < 3) for (const name of names) if (next() < 0.5) fill(`${dir}${name}/`, depth + 1);
    };
    fill('', 0);
    return files;
  }

  it('for 40 trees, from the top and from each directory at the top', async () => {
    for (let seed = 1; seed <= 40; seed++) {
      const root = tempDir();
      const files = generate(seed);
      write(root, files);
      git(root, 'init', '-q');
      const byGit = execFileSync('git', ['-c', 'core.excludesFile=', 'ls-files', '--others', '--exclude-standard', '-z'], { cwd: root })
        .toString().split('\0').filter((path) => path !== '').sort();
      const walked = (paths: string[]) => withEnv('GIT_DIR', join(root, 'no-such-dir'), async () =>
        rel(root, (await findFiles(paths, { cwd: root, include: ['**'] })).files));
      expect({ seed, files: await walked(['.']) }).toEqual({ seed, files: byGit });
      for (const name of names.filter((dir) => Object.keys(files).some((path) => path.startsWith(`${dir}/`)))) {
        expect({ seed, name, files: await walked([name]) }).toEqual({ seed, name, files: byGit.filter((path) => path.startsWith(`${name}/`)) });
      }
    }
  });
});
