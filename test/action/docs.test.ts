/**
 * docs/github-action.md is copied into README: its workflows must use the action as action.yml declares it,
 * with the permissions the steps need, and its example IAM policies must pass policy-lint itself.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readActionYml, repoRoot } from './helpers.js';
import { bin } from '../e2e/helpers.js';
import { tempDir } from '../temp.js';

const docs = readFileSync(join(repoRoot, 'docs', 'github-action.md'), 'utf8');
const workflows = [...docs.matchAll(/```yaml\n(# \.github\/workflows\/[\s\S]*?)```/g)].map((m) => m[1]);

/** The `with:` keys of the step that uses the action. */
function actionInputs(workflow: string): string[] {
  const lines = workflow.split('\n');
  const at = lines.findIndex((l) => /^\s+uses: policy-lint\/policy-lint@/.test(l));
  expect(at, 'the workflow uses policy-lint/policy-lint@<ref>').toBeGreaterThan(0);
  const indent = /^(\s*)/.exec(lines[at])![1].length;
  const keys: string[] = [];
  let inWith = false;
  for (const line of lines.slice(at + 1)) {
    const own = /^(\s*)(\S.*)$/.exec(line);
    if (!own) continue;
    if (own[1].length < indent || own[2].startsWith('- ')) break;
    if (own[1].length === indent) inWith = own[2] === 'with:';
    else if (inWith) keys.push(own[2].replace(/:.*$/, ''));
  }
  return keys;
}

describe('docs/github-action.md', () => {
  it('has the complete workflow and the Access Analyzer (OIDC) variant', () => {
    expect(workflows).toHaveLength(2);
    for (const workflow of workflows) {
      expect(workflow).toMatch(/- uses: actions\/checkout@v\d+/);
      expect(workflow).toMatch(/security-events: write/);
      expect(workflow).toMatch(/uses: github\/codeql-action\/upload-sarif@v\d+/);
      expect(workflow).toContain('sarif_file: ${{ steps.policy-lint.outputs.sarif-file }}');
    }
    expect(workflows[1]).toMatch(/id-token: write/);
    expect(workflows[1]).toMatch(/uses: aws-actions\/configure-aws-credentials@v\d+\n\s+with:\n\s+role-to-assume: arn:aws:iam::\d{12}:role\/[\w-]+\n\s+aws-region: [a-z0-9-]+/);
    expect(actionInputs(workflows[1])).toContain('access-analyzer');
  });

  it('uses only inputs and outputs that action.yml declares', () => {
    const yml = readActionYml();
    for (const workflow of workflows) {
      for (const input of actionInputs(workflow)) expect([...yml.inputs.keys()], input).toContain(input);
      for (const m of workflow.matchAll(/steps\.policy-lint\.outputs\.([\w-]+)/g)) expect(yml.outputs).toContain(m[1]);
    }
    const section = (title: string) => docs.slice(docs.indexOf(`## ${title}\n`), docs.indexOf('\n## ', docs.indexOf(`## ${title}\n`) + 1));
    const rows = (title: string) => [...section(title).matchAll(/^\| `([\w-]+)` \|([^|]*)\|/gm)];
    const inputs = rows('Inputs');
    expect(inputs.map((m) => m[1]).sort()).toEqual([...yml.inputs.keys()].sort());
    for (const m of inputs) expect(m[2].trim().replace(/^`(.*)`$/, '$1'), `documented default of ${m[1]}`).toBe(yml.inputs.get(m[1])!.default);
    expect(rows('Outputs').map((m) => m[1]).sort()).toEqual([...yml.outputs].sort());
  });

  it('its example role policies pass policy-lint (the permissions as identity, the trust as trust policy)', () => {
    if (!existsSync(bin)) throw new Error(`${bin} is missing: run "npm run build" (npm test does it)`);
    const policies = [...docs.matchAll(/```json\n([\s\S]*?)```/g)].map((m) => m[1]);
    expect(policies).toHaveLength(2);
    const dir = tempDir('docs');
    for (const [i, [text, type]] of [[policies[0], 'identity'], [policies[1], 'trust']].entries()) {
      writeFileSync(join(dir, `${i}.json`), text);
      const run = spawnSync(process.execPath, [bin, '--policy-type', type, '--max-warnings', '0', `${i}.json`], {
        cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: process.env.HOME, TMPDIR: process.env.TMPDIR, NO_COLOR: '1' },
      });
      expect(run.stdout + run.stderr, `${type} policy`).toBe('');
      expect(run.status).toBe(0);
    }
  });
});
