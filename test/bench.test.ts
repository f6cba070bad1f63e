/**
 * `npm run bench` is how the project shows its speed, so it must keep running: two changes that each worked
 * alone once made it stop half-way. The quick mode takes each measure once (its figures mean nothing; none
 * is asserted) and the test checks that every part ran, on the real corpus and the built CLI.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const repoRoot = join(import.meta.dirname, '..');

describe('npm run bench', () => {
  it('runs every part and prints each figure', () => {
    const bench = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'bench.mjs')], {
      cwd: repoRoot, encoding: 'utf8', env: { ...process.env, POLICY_LINT_BENCH_QUICK: '1' }, timeout: 120_000,
    });
    expect(bench.stderr).toBe('');
    expect(bench.status).toBe(0);
    const rows = new Map(bench.stdout.split('\n').filter((line) => /\S {2,}\S/.test(line)).map((line) => {
      const [, key, value] = /^(.*?\S) {2,}(\S.*)$/.exec(line)!;
      return [key, value];
    }));
    expect([...rows.keys()]).toEqual([
      'corpus', 'tool',
      'in process: lint, first run', 'in process: floor (read + JSON.parse), 1 run', 'in process: lint, warm, 1 run in turn',
      'ratio lint / floor (warm)', 'in process: lint with the 8 foundation rules only, warm', 'ratio foundation lint / floor (warm)',
      'findings on the corpus',
      'new process: node reading + parsing', 'new process: policy-lint --format json .', 'ratio CLI / floor (new process)',
      'cold start: node -e 0 (median of 1)', 'cold start: policy-lint one small file', 'ratio cold start / node -e 0',
      'Fn::If template (4 policies x 4 statements, 2 conditions)', 'in process: first run', 'in process: warm, faster of 2',
    ]);
    expect(rows.get('corpus')).toMatch(/^\d{4} files, [\d.]+ MB \(AWS managed policies\)$/);
    // Every figure is a number: a part that did not run would print NaN or undefined.
    for (const [key, value] of rows) {
      if (key === 'corpus' || key === 'tool') continue;
      expect(value, key).toMatch(/^(median )?\d/);
      expect(value, key).not.toMatch(/NaN|undefined|Infinity/);
    }
    expect(rows.get('findings on the corpus')).toMatch(/^[1-9]\d* \(\d+ errors\)$/);
    expect(rows.get('Fn::If template (4 policies x 4 statements, 2 conditions)')).toMatch(/^[1-9]\d* findings$/);
    // The run takes ~8 s on a quiet machine and over 30 s (the suite's default limit) on a loaded one: the limit
    // is the spawn's own timeout above, not a figure this test asserts.
  }, 130_000);
});
