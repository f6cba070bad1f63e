/** Lint scratch folders in process, and find tokens in texts, for the CloudFormation tests. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { run, type RunOptions, type RunOutcome } from '../../src/run.js';
import type { LintMessage } from '../../src/engine/types.js';
import { tempDir } from '../temp.js';

export function scratch(files: Record<string, string>): string {
  const dir = tempDir('cfn');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

export async function lint(files: Record<string, string>, paths: string[] = ['.'], options: Partial<RunOptions> = {}): Promise<RunOutcome & { dir: string }> {
  const dir = scratch(files);
  const outcome = await run({ cwd: dir, paths, cli: {}, ...options });
  return { ...outcome, dir };
}

/** The messages of one file of an outcome. */
export function messagesOf(outcome: RunOutcome & { dir: string }, file: string): LintMessage[] {
  const result = outcome.results.find((r) => r.filePath === join(outcome.dir, file));
  if (!result) throw new Error(`${file} was not linted (${outcome.results.map((r) => r.filePath).join(', ')}; errors: ${outcome.toolErrors.join('; ')})`);
  return result.messages;
}

/** 1-based line and column of the nth occurrence of `needle` (plus `shift` characters). */
export function positionOf(text: string, needle: string, nth = 0, shift = 0): { line: number; column: number } {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" #${nth} not in the text`);
  }
  at += shift;
  const before = text.slice(0, at).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** The text a message covers. */
export function tokenOf(text: string, message: LintMessage): string {
  return text.slice(message.range![0], message.range![1]);
}
