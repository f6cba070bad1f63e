/** Run the built CLI (dist/, made by `npm test` before vitest) the way a user does: a new process. */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';
import { tempDir } from '../temp.js';

export const repoRoot = join(import.meta.dirname, '..', '..');
/** The command the package installs (package.json "bin": the bundle that `npm run build` makes in dist/cli/). */
export const bin = join(repoRoot, (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin['policy-lint']);

/**
 * The CLI's environment: a user's basics, no colour, and TMPDIR, so that anything the CLI leaves in the
 * temporary folder lands where test/temp-guard.ts looks.
 */
function baseEnv(): NodeJS.ProcessEnv {
  return { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, NO_COLOR: '1' };
}

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], options: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): CliRun {
  if (!existsSync(bin)) throw new Error(`${bin} is missing: run "npm run build" (npm test does it)`);
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...baseEnv(), ...options.env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A scratch folder with the given files (path → content), removed when the test file ends. */
export function scratch(files: Record<string, string | Buffer>): string {
  const dir = tempDir('e2e');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/**
 * Compare with a reviewed golden file in test/e2e/golden/. `UPDATE_GOLDEN=1` rewrites it (then review the
 * diff before committing: a golden file is a statement of what users see).
 */
export function expectGolden(name: string, actual: string): void {
  const path = join(repoRoot, 'test', 'e2e', 'golden', name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, actual);
  expect(existsSync(path), `golden file ${name} is missing: run with UPDATE_GOLDEN=1 and review it`).toBe(true);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/** Like `cli`, without blocking this process: for tests whose servers must answer the CLI. */
export function cliAsync(args: string[], options: { cwd?: string; env?: Record<string, string | undefined> } = {}): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const env = baseEnv();
    for (const [k, v] of Object.entries(options.env ?? {})) if (v !== undefined) env[k] = v;
    const child = spawn(process.execPath, [bin, ...args], { cwd: options.cwd ?? repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolvePromise({ status, stdout, stderr }));
  });
}
