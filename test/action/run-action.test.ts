/**
 * The Action's run from src/action (action.test.ts runs the committed bundle, rebuilt when a release is made):
 * the same runner environment, the entry called in this process.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runAction } from '../../src/action/run-action.js';
import { tempDir } from '../temp.js';
import { runnerEnv, verbatimBlock, workspace } from './helpers.js';

async function run(files: Record<string, string>, withInputs: Record<string, string>) {
  const env = runnerEnv(workspace(files), tempDir('runner-temp'), withInputs, { NO_COLOR: '1' });
  writeFileSync(env.GITHUB_OUTPUT!, '');
  writeFileSync(env.GITHUB_STEP_SUMMARY!, '');
  let stdout = '';
  const status = await runAction({ env, write: (text) => void (stdout += text), cwd: env.GITHUB_WORKSPACE! });
  return { status, stdout, summary: readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8') };
}

describe('the Action run from src', () => {
  it('says where fixes come from: the Action has no --fix, the command line has', async () => {
    const legacy = '{ "Version": "2008-10-17", "Statement": [{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::reports/*" }] }\n';
    const { status, stdout } = await run({ 'policies/legacy.json': legacy }, { paths: 'policies' });
    expect(status).toBe(0);
    const log = verbatimBlock(stdout);
    expect(log).toContain('✖ 1 problem (0 errors, 1 warning)\n  0 errors and 1 warning potentially fixable with `policy-lint --fix` on the command line.\n');
    expect(log).not.toContain('the `--fix` option');
  });

  it('no file to lint: the summary says the step fails and why, not "No findings"', async () => {
    const { status, summary } = await run({ 'old-policies/README.md': '# moved\n' }, { paths: 'old-policies' });
    expect(status).toBe(2);
    expect(summary).not.toContain('No findings');
    expect(summary.split('\n').slice(0, 7)).toEqual([
      '## policy-lint',
      '',
      '❌ This step fails: policy-lint linted no file, because of the problem below.',
      '',
      '### Problems running policy-lint',
      '',
      '- error: No files matching the pattern "old-policies" were found.',
    ]);
  });
});
