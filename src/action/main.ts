/**
 * The GitHub Action's entry (bundled into dist-action/index.mjs by scripts/build-action.mjs; action.yml runs
 * it). Everything it needs is in the bundle; the runner passes inputs as INPUT_* variables.
 */
import './data-root.js';
import { runAction } from './run-action.js';

runAction({ env: process.env, write: (text) => void process.stdout.write(text), cwd: process.cwd() }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stdout.write(`::error title=policy-lint::internal error: ${String((error as Error).stack ?? error).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')}\n`);
    process.exitCode = 2;
  },
);
