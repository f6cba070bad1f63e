/**
 * In the bundled action (dist-action/), the IAM database's data files sit next to the bundle in
 * `iam-data/` (there is no node_modules): point the database at them before anything reads it. Run from
 * dist/ or from source, the folder does not exist and the database resolves the installed package.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dataRoot = fileURLToPath(new URL('./iam-data/', import.meta.url));
if (existsSync(dataRoot) && !process.env.POLICY_LINT_IAM_DATA) process.env.POLICY_LINT_IAM_DATA = dataRoot;
