/**
 * Scratch folders for tests. Each is made under the temporary folder (which test/temp-guard.ts points at a
 * fresh folder for the run) and removed, with everything in it, when the test file that made it ends: a
 * folder may be shared by the tests of a file (made in beforeAll, or once and kept), so the file's end is the
 * first moment nothing can use it any more. The guard fails the run if a test leaves anything else behind.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

// Imported while vitest collects a test file, so this runs after that file's tests (each test file has its
// own copy of this module: vitest isolates test files). Removing can take a while: the pre-commit test's folder
// holds an npm install of policy-lint.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
}, 120_000);

/** A new empty folder `<tmp>/policy-lint-<label>-XXXXXX`, removed when the current test file ends. */
export function tempDir(label: string): string {
  const dir = mkdtempSync(join(tmpdir(), `policy-lint-${label}-`));
  made.push(dir);
  return dir;
}
