/**
 * Run the committed action bundle the way the GitHub runner does: `node <action>/dist-action/index.mjs` in
 * the workspace, with GITHUB_WORKSPACE, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and one INPUT_<NAME> variable
 * per input declared in action.yml (the workflow's `with:` value, else the declared default). The bundle is
 * first copied to a folder with no node_modules above it, as the runner's `_actions/<owner>/<repo>/<ref>/`:
 * it must run without `npm install`.
 */
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from '../temp.js';

export const repoRoot = join(import.meta.dirname, '..', '..');
export const bundleDir = join(repoRoot, 'dist-action');

export interface ActionYml {
  using: string;
  main: string;
  inputs: Map<string, { default: string; required: boolean }>;
  outputs: string[];
}

/** Read action.yml: it uses a small, fixed subset of YAML (two-level maps, plain or quoted scalars). */
export function readActionYml(): ActionYml {
  const text = readFileSync(join(repoRoot, 'action.yml'), 'utf8');
  const unquote = (s: string) => {
    const v = s.trim();
    if (v.startsWith("'") && v.endsWith("'")) return v.slice(1, -1).replaceAll("''", "'");
    if (v.startsWith('"') && v.endsWith('"')) return JSON.parse(v) as string;
    return v;
  };
  const inputs = new Map<string, { default: string; required: boolean }>();
  const outputs: string[] = [];
  let section = '';
  let current = '';
  let using = '';
  let main = '';
  for (const line of text.split('\n')) {
    if (/^\S/.test(line)) {
      section = line.replace(/:.*$/, '');
      continue;
    }
    const key = /^ {2}([\w-]+):\s*(.*)$/.exec(line);
    if (key) {
      current = key[1];
      if (section === 'inputs') inputs.set(current, { default: '', required: false });
      if (section === 'outputs') outputs.push(current);
      if (section === 'runs' && current === 'using') using = unquote(key[2]);
      if (section === 'runs' && current === 'main') main = unquote(key[2]);
      continue;
    }
    const property = /^ {4}(default|required):\s*(.*)$/.exec(line);
    if (property && section === 'inputs') {
      const input = inputs.get(current)!;
      if (property[1] === 'default') input.default = unquote(property[2]);
      else input.required = unquote(property[2]) === 'true';
    }
  }
  return { using, main, inputs, outputs };
}

let installed: string | undefined;

/** The bundle, copied once per test file to `<tmp>/_actions/policy-lint/policy-lint/v0/` (no node_modules). */
export function installedAction(): string {
  if (installed) return installed;
  if (!existsSync(join(bundleDir, 'index.mjs'))) {
    throw new Error('dist-action/index.mjs is missing: run "npm run build:action" and commit dist-action/');
  }
  const root = join(tempDir('runner'), '_actions', 'policy-lint', 'policy-lint', 'v0');
  mkdirSync(root, { recursive: true });
  cpSync(join(repoRoot, 'action.yml'), join(root, 'action.yml'));
  cpSync(bundleDir, join(root, 'dist-action'), { recursive: true });
  installed = root;
  return root;
}

export interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  /** The outputs file's content. */
  outputs: string;
  /** The job summary's content. */
  summary: string;
  /** Where the summary and outputs files were. */
  runnerTemp: string;
}

/** A scratch workspace with the given files (path → content). */
export function workspace(files: Record<string, string>): string {
  const dir = tempDir('workspace');
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** The runner's environment for one step: `with` holds the workflow's inputs. */
export function runnerEnv(ws: string, runnerTemp: string, withInputs: Record<string, string>, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const yml = readActionYml();
  for (const name of Object.keys(withInputs)) {
    if (!yml.inputs.has(name)) throw new Error(`input "${name}" is not declared in action.yml`);
  }
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: join(runnerTemp, 'home'),
    XDG_CACHE_HOME: join(runnerTemp, 'cache'),
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: ws,
    GITHUB_OUTPUT: join(runnerTemp, 'set_output_file'),
    GITHUB_STEP_SUMMARY: join(runnerTemp, 'step_summary_file'),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'octo-org/iam-policies',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    RUNNER_TEMP: runnerTemp,
    TMPDIR: process.env.TMPDIR, // so that test/temp-guard.ts sees what the step leaves there
  };
  for (const [name, input] of yml.inputs) {
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = withInputs[name] ?? input.default;
  }
  return { ...env, ...extra };
}

/** Run the action's entry (asynchronously, so that a test's fake server in this process can answer). */
export async function runAction(ws: string, withInputs: Record<string, string> = {}, extra: NodeJS.ProcessEnv = {}): Promise<ActionRun> {
  const action = installedAction();
  const runnerTemp = tempDir('runner-temp');
  const env = runnerEnv(ws, runnerTemp, withInputs, extra);
  // The runner creates both files (empty) before the step.
  writeFileSync(env.GITHUB_OUTPUT!, '');
  writeFileSync(env.GITHUB_STEP_SUMMARY!, '');
  const yml = readActionYml();
  const child = spawn(process.execPath, [join(action, yml.main)], { cwd: ws, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return {
    status, stdout, stderr,
    outputs: readFileSync(env.GITHUB_OUTPUT!, 'utf8'),
    summary: readFileSync(env.GITHUB_STEP_SUMMARY!, 'utf8'),
    runnerTemp,
  };
}

/** The workflow-command lines of a run's stdout, outside `::stop-commands::` blocks. */
export function commandLines(stdout: string): string[] {
  const out: string[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split('\n')) {
    if (stopToken !== undefined) {
      if (line === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const stop = /^::stop-commands::(.+)$/.exec(line);
    if (stop) stopToken = stop[1];
    else if (line.startsWith('::')) out.push(line);
  }
  return out;
}

/** The text between `::stop-commands::<token>` and `::<token>::`. */
export function verbatimBlock(stdout: string): string {
  const match = /^::stop-commands::([0-9a-f]+)\n([\s\S]*?)^::\1::$/m.exec(stdout);
  return match ? match[2] : '';
}
