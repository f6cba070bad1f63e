/** Paths as the user reads them, for the formatters and for messages about files (files.ts, cli.ts, run.ts). */
import { isAbsolute, relative, sep } from 'node:path';
import { relativeInside } from './config/glob.js';

/**
 * A path as the user reads it: relative to `cwd` with `/` separators when it is inside, else absolute (as
 * ESLint prints every path): `../../dev/fd/63` names nothing the user typed. A path that is not absolute
 * is kept (its separators made `/`).
 */
export function displayPath(filePath: string, cwd: string): string {
  const path = !isAbsolute(filePath) ? filePath : relativeInside(cwd, filePath) ?? (relative(cwd, filePath) === '' ? '.' : filePath);
  return sep === '\\' ? path.replaceAll('\\', '/') : path;
}

/** True when `filePath` is below `cwd` (or not absolute). */
export function isInside(filePath: string, cwd: string): boolean {
  return !isAbsolute(filePath) || relativeInside(cwd, filePath) !== undefined;
}
