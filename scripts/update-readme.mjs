#!/usr/bin/env node
// Rewrite the rule table in README.md (between <!-- rules:start --> and <!-- rules:end -->) from the rules'
// metadata. Reads the compiled rules, so run it through `npm run docs` (which builds first).
// `--check` only reports whether the table is up to date (exit 1 when it is not).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../dist/rules/index.js';
import { replaceRuleTable, ruleTable } from '../dist/src/docs/rule-table.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const readmePath = join(root, 'README.md');
const check = process.argv.includes('--check');

let readme;
try {
  readme = readFileSync(readmePath, 'utf8');
} catch (error) {
  console.error(`Cannot read ${readmePath}: ${error.message}`);
  process.exit(2);
}
let updated;
try {
  updated = replaceRuleTable(readme, ruleTable(rules));
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
if (updated === readme) {
  console.log(`README.md: the rule table is up to date (${rules.length} rules).`);
} else if (check) {
  console.error('README.md: the rule table is out of date; run `npm run docs`.');
  process.exit(1);
} else {
  writeFileSync(readmePath, updated);
  console.log(`README.md: rule table updated (${rules.length} rules).`);
}
