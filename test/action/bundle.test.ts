/**
 * The committed bundle (dist-action/) is what the action runs: it must be exactly what the build makes of the
 * current sources, package.json and dependencies. Rebuild into a temporary folder and compare byte for byte.
 * When this fails: `npm run build:action`, then commit dist-action/.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleDir, repoRoot } from './helpers.js';
import { tempDir } from '../temp.js';

function listFiles(dir: string, base = dir): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path, base));
    else out.push(relative(base, path).split('\\').join('/'));
  }
  return out;
}

describe('dist-action/', () => {
  it('is up to date: a fresh build is identical, byte for byte', () => {
    const fresh = join(tempDir('bundle'), 'dist-action');
    const build = spawnSync(process.execPath, [join(repoRoot, 'scripts', 'build-action.mjs'), '--outdir', fresh, '--quiet'], {
      cwd: repoRoot, encoding: 'utf8',
    });
    expect(build.stderr).toBe('');
    expect(build.status).toBe(0);

    const committed = listFiles(bundleDir);
    const rebuilt = listFiles(fresh);
    const stale = 'dist-action/ is stale: run "npm run build:action" and commit dist-action/';
    expect(committed, stale).toEqual(rebuilt);
    const different = rebuilt.filter((file) => !readFileSync(join(fresh, file)).equals(readFileSync(join(bundleDir, file))));
    expect(different, stale).toEqual([]);
  }, 120_000);
});
