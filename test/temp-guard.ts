/**
 * vitest globalSetup: the run's temporary folder is a fresh one, and the run fails if a test leaves anything
 * in it. Setup makes `<tmp>/policy-lint-test-run-XXXXXX` and points TMPDIR (and TMP, TEMP) at it, in this
 * process (so the workers and every process a test spawns with this environment inherit it) and through
 * test/temp-setup.ts in each test file, which gives the file its own folder inside it, named after the file,
 * so that a leak is reported with the file that made it. Teardown, once every test file has ended (and its
 * afterAll hooks, which remove test/temp.ts's folders, have run), lists what is left, removes the folder and,
 * if anything was left, sets a failing exit code and throws the list, which vitest prints.
 *
 * The AWS managed policy corpus (scripts/corpus.mjs) is a cache meant to outlive the run: it stays in the
 * temporary folder the run was started with (POLICY_LINT_CORPUS_TMPDIR).
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's temporary folder (test/temp-guard.ts). */
    tempRoot: string;
  }
}

/** How test/temp-setup.ts names a test file's folder: its path from the repository root, '/' made '__'. */
export const FILE_FOLDER_SEPARATOR = '__';

const VARIABLES = ['TMPDIR', 'TMP', 'TEMP'] as const;

export default function setup(project: TestProject): () => void {
  const outer = tmpdir();
  const saved = Object.fromEntries([...VARIABLES, 'POLICY_LINT_CORPUS_TMPDIR'].map((name) => [name, process.env[name]]));
  const root = mkdtempSync(join(outer, 'policy-lint-test-run-'));
  for (const name of VARIABLES) process.env[name] = root;
  process.env.POLICY_LINT_CORPUS_TMPDIR ||= outer;
  project.provide('tempRoot', root);

  return () => {
    const left = leftovers(root);
    rmSync(root, { recursive: true, force: true, maxRetries: 3 });
    for (const [name, value] of Object.entries(saved)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
    if (left.length > 0) {
      // vitest prints an error thrown here ("error during close") but does not fail the run for it.
      process.exitCode = 1;
      throw new Error(
        `tests left ${left.length} file(s) or folder(s) in the temporary folder (made by test/temp-guard.ts, now removed):\n` +
        `${left.slice(0, 30).map((line) => `  ${line}`).join('\n')}${left.length > 30 ? `\n  … and ${left.length - 30} more` : ''}\n` +
        'Make them with tempDir() from test/temp.ts, or remove them in afterEach/afterAll or a finally block.',
      );
    }
  };
}

/** What is left: "<test file>: <name>" for each entry of a test file's folder, else the entry's own name. */
function leftovers(root: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(root).sort()) {
    const path = join(root, name);
    const file = name.includes(FILE_FOLDER_SEPARATOR) && statSync(path).isDirectory() ? name.split(FILE_FOLDER_SEPARATOR).join('/') : undefined;
    if (file === undefined) out.push(`${name} (outside any test file's folder)`);
    else for (const entry of readdirSync(path).sort()) out.push(`${file}: ${entry}`);
  }
  return out;
}
