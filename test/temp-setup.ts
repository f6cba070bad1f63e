/**
 * vitest setupFiles, run in the worker before each test file: TMPDIR (TMP, TEMP) is the file's own folder in
 * the run's temporary folder (test/temp-guard.ts), made here, so a leak is reported with the file's name.
 * Set here, not only inherited, so that it holds whatever environment the pool gives its workers.
 */
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, inject } from 'vitest';
import { FILE_FOLDER_SEPARATOR } from './temp-guard.js';

const repoRoot = join(import.meta.dirname, '..');
const testPath = expect.getState().testPath;
if (!testPath) throw new Error('test/temp-setup.ts: vitest did not say which test file runs');
const folder = join(inject('tempRoot'), relative(repoRoot, testPath).split(/[\\/]/).join(FILE_FOLDER_SEPARATOR));
mkdirSync(folder, { recursive: true });
for (const name of ['TMPDIR', 'TMP', 'TEMP']) process.env[name] = folder;
