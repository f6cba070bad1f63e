/**
 * Node built-ins that most runs never use, loaded on first use instead of at start-up: importing crypto,
 * child_process and net cost about 10 ms of a 170 ms cold start (policy-lint on one file, `npm run bench`).
 */
import { createRequire } from 'node:module';

const load = createRequire(import.meta.url);

/** node:crypto: SARIF fingerprints, temporary file names, the Access Analyzer cache. */
export const nodeCrypto = (): typeof import('node:crypto') => load('node:crypto');

/** node:child_process: `git ls-files`, to list a directory as git sees it. */
export const nodeChildProcess = (): typeof import('node:child_process') => load('node:child_process');

/** node:net: IPv6 addresses in conditions. */
export const nodeNet = (): typeof import('node:net') => load('node:net');
