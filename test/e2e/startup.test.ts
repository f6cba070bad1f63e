/**
 * A cold start loads only what linting needs: Node's crypto, child_process and net modules are loaded on
 * first use (SARIF fingerprints, a directory to list with git, IPv6 conditions), not by every run.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bin, scratch } from './helpers.js';

/** The built-in modules a run of the CLI loaded (stdout and stderr closed: a pipe would load net itself). */
function builtinsLoaded(args: string[], cwd: string): string[] {
  const list = join(cwd, 'modules.txt');
  const hook = `import { writeFileSync } from 'node:fs';
process.on('exit', () => writeFileSync(${JSON.stringify(list)}, process.moduleLoadList.join('\\n')));`;
  spawnSync(process.execPath, ['--import', `data:text/javascript,${encodeURIComponent(hook)}`, bin, ...args], { cwd, stdio: 'ignore' });
  return readFileSync(list, 'utf8').split('\n').filter((line) => line.startsWith('NativeModule ')).map((line) => line.slice('NativeModule '.length));
}

describe('start-up', () => {
  it('does not load crypto, child_process or net to lint one file', () => {
    const dir = scratch({ 'policy.json': '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}\n' });
    const loaded = builtinsLoaded(['policy.json'], dir);
    expect(loaded).toContain('fs');
    expect(loaded).not.toContain('crypto');
    expect(loaded).not.toContain('child_process');
    expect(loaded).not.toContain('net');
  });

  it('loads them when a run needs them: SARIF fingerprints of findings, git for a directory', () => {
    const dir = scratch({ 'policy.json': '{"Version": "2008-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}\n', '.git/HEAD': 'ref: refs/heads/main\n' });
    const loaded = builtinsLoaded(['--format', 'sarif', '.'], dir);
    expect(loaded).toContain('crypto');
    expect(loaded).toContain('child_process');
  });
});
