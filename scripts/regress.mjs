#!/usr/bin/env node
// npm run regress -- <outdir>: what the built CLI (dist/) prints for a fixed set of inputs, one file per run,
// so that a refactor can be shown to change no output:
//
//   on main:        npm run regress -- /tmp/before
//   on the change:  npm run regress -- /tmp/after
//   then:           node scripts/regress.mjs --compare /tmp/before /tmp/after
//   prints `identical` (exit 0) or the first difference of each file that differs (exit 1).
//
// The inputs: the AWS managed policies (scripts/corpus.mjs) under each policy type with every rule, the JSON,
// YAML and HCL code blocks of README.md and the rule docs (together and one by one, with --fix-dry-run), and
// examples/ in the stylish and JSON formats. The paths of this checkout and of the scratch folder are replaced
// by ROOT and SCRATCH, so that two checkouts compare.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractCorpus } from './corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

if (process.argv[2] === '--compare') {
  process.exit(compare(process.argv[3], process.argv[4]));
}
const out = process.argv[2];
if (!out) {
  console.error('usage: node scripts/regress.mjs <outdir> | --compare <dir> <dir>');
  process.exit(2);
}

const bin = join(root, 'dist', 'cli', 'policy-lint.js');
const scratch = mkdtempSync(join(tmpdir(), 'policy-lint-regress-'));
try {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const corpus = extractCorpus();
  const docs = join(scratch, 'docs');
  codeBlocks(docs);
  const all = join(scratch, 'all.json');
  writeFileSync(all, JSON.stringify({ extends: 'policy-lint:all' }));

  /** Runs the CLI in `cwd` and writes its stdout, stderr and exit code to `name`. */
  const record = (name, cwd, args) => {
    const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
    writeFileSync(join(out, name), `${r.stdout}\n--- stderr\n${r.stderr}\n--- exit ${r.status}\n`.replaceAll(scratch, 'SCRATCH').replaceAll(root, 'ROOT'));
  };
  for (const type of ['identity', 'resource', 'trust', 'scp', 'rcp']) {
    record(`corpus-${type}.json`, corpus, ['--format', 'json', '-c', all, '--policy-type', type, '.']);
    record(`docs-${type}.json`, docs, ['--format', 'json', '--fix-dry-run', '-c', all, '--policy-type', type, '--skip-non-policies', '.']);
  }
  for (const file of readdirSync(docs).sort()) record(`docs-each-${file}.json`, docs, ['--format', 'json', '-c', all, file]);
  record('docs.sarif', docs, ['--format', 'sarif', '-c', all, '.']);
  record('docs.github', docs, ['--format', 'github', '-c', all, '.']);
  record('examples.json', root, ['--format', 'json', 'examples']);
  record('examples.stylish', root, ['--no-color', 'examples']);
  console.log(`${readdirSync(out).length} outputs in ${out}`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

/** Writes the json, yaml and hcl code blocks of README.md and each rule's doc to `dir`, one file each. */
function codeBlocks(dir) {
  mkdirSync(dir, { recursive: true });
  const docs = [join(root, 'README.md'), ...readdirSync(join(root, 'rules')).map((id) => join(root, 'rules', id, `${id}.md`))];
  for (const doc of docs.filter((d) => existsSync(d))) {
    const base = doc.split('/').at(-1).replace(/\.md$/, '');
    let n = 0;
    for (const [, lang, body] of readFileSync(doc, 'utf8').matchAll(/```(json|yaml|hcl)[^\n]*\n([\s\S]*?)```/g)) {
      writeFileSync(join(dir, `${base}-${String(n++).padStart(3, '0')}.${lang === 'hcl' ? 'tf' : lang}`), body);
    }
  }
}

/** Compares two output folders: `identical` (0), or each differing file with its first differing line (1). */
function compare(a, b) {
  const names = [...new Set([...readdirSync(a), ...readdirSync(b)])].sort();
  let differ = 0;
  for (const name of names) {
    const read = (d) => (existsSync(join(d, name)) ? readFileSync(join(d, name), 'utf8') : undefined);
    const [x, y] = [read(a), read(b)];
    if (x === y) continue;
    differ++;
    // Outputs are mostly one long JSON line: split at the ends of objects and arrays to show where they part.
    const [xs, ys] = [x ?? '', y ?? ''].map((t) => t.split(/(?<=[\]},])/));
    let i = 0;
    while (i < xs.length && xs[i] === ys[i]) i++;
    console.log(`DIFF ${name}${x === undefined ? ' (only in the second)' : y === undefined ? ' (only in the first)' : ''}`);
    console.log(`  first:  ${xs.slice(i, i + 3).join('').slice(0, 400)}`);
    console.log(`  second: ${ys.slice(i, i + 3).join('').slice(0, 400)}`);
  }
  console.log(differ ? `${differ} differ` : 'identical');
  return differ ? 1 : 0;
}
