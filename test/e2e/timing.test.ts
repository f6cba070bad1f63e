import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { cli, scratch } from './helpers.js';

const policy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', 's3:GetObject', 's3:NoSuchAction'], Resource: '*' }],
}, null, 2);

describe('POLICY_LINT_TIMING (time per rule)', () => {
  const dir = scratch({ 'policy.json': policy });
  const plain = cli(['--format', 'json', 'policy.json'], { cwd: dir });
  const ids = new Set(rules.map((r) => r.id));
  const rows = (stderr: string) => stderr.trimEnd().split('\n');

  it('prints the 10 slowest rules to standard error, and leaves the output and exit code as they are', () => {
    const run = cli(['--format', 'json', 'policy.json'], { cwd: dir, env: { POLICY_LINT_TIMING: '1' } });
    expect(plain.stderr).toBe('');
    expect(run.status).toBe(plain.status);
    expect(run.status).toBe(1);
    expect(run.stdout).toBe(plain.stdout);
    const lines = rows(run.stderr);
    expect(lines[0]).toMatch(/^Rule +\| Time \(ms\) \| Relative$/);
    expect(lines[1]).toMatch(/^:-+\|-+:\|-+:$/);
    expect(lines).toHaveLength(12);
    const body = lines.slice(2).map((line) => line.split('|').map((cell) => cell.trim()));
    for (const [id, ms, share] of body) {
      expect(ids.has(id), id).toBe(true);
      expect(ms).toMatch(/^\d+\.\d{3}$/);
      expect(share).toMatch(/^\d+\.\d%$/);
    }
    const times = body.map(([, ms]) => Number(ms));
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('all: one row per rule that ran on the file; a number: that many rows', () => {
    const identityRules = rules.filter((r) => !r.meta.policyTypes || r.meta.policyTypes.includes('identity'));
    const all = cli(['--rule', 'resource-star=error', 'policy.json'], { cwd: dir, env: { POLICY_LINT_TIMING: 'all' } });
    const listed = rows(all.stderr).slice(2).map((line) => line.split('|')[0].trim());
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed).toContain('resource-star');
    expect(listed).toContain('action-exists');
    expect(listed.length).toBeLessThanOrEqual(identityRules.length);
    expect(listed.length).toBeGreaterThan(50);
    expect(rows(cli(['policy.json'], { cwd: dir, env: { POLICY_LINT_TIMING: '3' } }).stderr)).toHaveLength(5);
  });
});
