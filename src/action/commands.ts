/**
 * The few pieces of the runner's protocol the action needs, written by hand (importing @actions/core costs
 * 60-110 ms and a dependency): workflow commands on stdout, step outputs in `$GITHUB_OUTPUT`, the job
 * summary in `$GITHUB_STEP_SUMMARY`.
 */
import { nodeCrypto } from '../builtins.js';
import { appendFileSync } from 'node:fs';
import { escapeData, escapeProperty } from '../formatters/github.js';

/** `::error title=…::message` (or warning / notice), escaped like @actions/core. */
export function command(kind: 'error' | 'warning' | 'notice', message: string, properties: Record<string, string> = {}): string {
  const list = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(value)}`).join(',');
  return `::${kind}${list ? ` ${list}` : ''}::${escapeData(message)}\n`;
}

/**
 * Text the runner must not read as workflow commands (it quotes policy files in code frames): wrapped in
 * `::stop-commands::<token>` … `::<token>::` with a random token, as @actions/core's docs recommend for
 * untrusted output.
 */
export function verbatim(text: string, token = nodeCrypto().randomBytes(16).toString('hex')): string {
  if (text === '') return '';
  return `::stop-commands::${token}\n${text.endsWith('\n') ? text : `${text}\n`}::${token}::\n`;
}

/**
 * Append step outputs to `$GITHUB_OUTPUT`: `name=value` lines, or the heredoc form (with a random
 * delimiter) for a value that holds a newline. Returns false when the file is not set.
 */
export function writeOutputs(env: NodeJS.ProcessEnv, outputs: Record<string, string>): boolean {
  const file = env.GITHUB_OUTPUT;
  if (!file) return false;
  let text = '';
  for (const [name, value] of Object.entries(outputs)) {
    if (/[\r\n]/.test(value)) {
      const delimiter = `ghadelimiter_${nodeCrypto().randomBytes(16).toString('hex')}`;
      text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
    } else {
      text += `${name}=${value}\n`;
    }
  }
  appendFileSync(file, text);
  return true;
}

/** Append Markdown to the job summary (`$GITHUB_STEP_SUMMARY`). Returns false when the file is not set. */
export function appendSummary(env: NodeJS.ProcessEnv, markdown: string): boolean {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  appendFileSync(file, markdown);
  return true;
}
