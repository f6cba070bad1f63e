/** The tool's version, read from its package.json (not hard-coded); the IAM database's is src/iam/database.ts's. */
import { readFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findPackageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate) && JSON.parse(readFileSync(candidate, 'utf8')).name === 'policy-lint') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error('policy-lint package.json not found');
    dir = parent;
  }
}

const packageRoot = findPackageRoot();
export const toolVersion: string = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')).version;
