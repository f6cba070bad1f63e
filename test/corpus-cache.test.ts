/**
 * The extracted AWS managed policy corpus (scripts/corpus.mjs) is a cache kept between runs, so it must exist
 * only complete, and extracting it must leave nothing else: not the staging folder of a process that lost
 * the race to another (the suite's workers extract it at once on a first run), nor that of a run that was
 * interrupted.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { corpusDirectory, extractCorpus } from '../scripts/corpus.mjs';
import { tempDir } from './temp.js';

const repoRoot = join(import.meta.dirname, '..');
const saved = process.env.POLICY_LINT_CORPUS_TMPDIR;

afterEach(() => {
  if (saved === undefined) delete process.env.POLICY_LINT_CORPUS_TMPDIR;
  else process.env.POLICY_LINT_CORPUS_TMPDIR = saved;
});

/** The size of the complete corpus: the suite's own cache. */
const complete = () => readdirSync(extractCorpus()).length;

describe('the corpus cache', () => {
  it('is extracted beside an interrupted extraction without trusting it, and removes it once its process is gone', () => {
    const size = complete();
    const parent = tempDir('corpus');
    process.env.POLICY_LINT_CORPUS_TMPDIR = parent;
    const name = basename(corpusDirectory());
    const gone = `${name}.4194305.tmp`; // above Linux's largest pid: no such process
    const running = `${name}.${process.pid === 1 ? process.ppid : 1}.tmp`; // a process that runs
    for (const staging of [gone, running]) {
      mkdirSync(join(parent, staging));
      writeFileSync(join(parent, staging, 'half.json'), '{}\n');
    }
    const dir = extractCorpus();
    expect(dir).toBe(join(parent, name));
    expect(readdirSync(dir)).toHaveLength(size);
    expect(readdirSync(dir)).not.toContain('half.json');
    expect(readdirSync(parent).sort()).toEqual([name, running].sort());
  });

  it('leaves one complete folder and nothing else when processes extract it at once', async () => {
    const size = complete();
    const parent = tempDir('corpus-race');
    const script = `import(${JSON.stringify(join(repoRoot, 'scripts', 'corpus.mjs'))}).then((m) => process.stdout.write(m.extractCorpus()))`;
    const extract = () => new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ['-e', script], { env: { ...process.env, POLICY_LINT_CORPUS_TMPDIR: parent }, stdio: ['ignore', 'pipe', 'inherit'] });
      let out = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
      child.on('error', reject);
      child.on('close', (status) => (status === 0 ? resolve(out) : reject(new Error(`exit ${status}`))));
    });
    const dirs = await Promise.all([extract(), extract(), extract()]);
    process.env.POLICY_LINT_CORPUS_TMPDIR = parent;
    expect(dirs).toEqual([corpusDirectory(), corpusDirectory(), corpusDirectory()]);
    expect(readdirSync(parent)).toEqual([basename(corpusDirectory())]);
    expect(readdirSync(corpusDirectory())).toHaveLength(size);
  }, 120_000);
});
