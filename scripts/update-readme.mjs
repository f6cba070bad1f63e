#!/usr/bin/env node
// Rewrite the rule table (between <!-- rules:start --> and <!-- rules:end -->) and the Access Analyzer coverage
// table (<!-- coverage:start --> … <!-- coverage:end -->) in README.md from the rules' metadata. Reads the compiled rules, so run it through `npm run docs` (which builds first).
// `--check` only reports whether the table is up to date (exit 1 when it is not).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rules } from '../dist/rules/index.js';
import { replaceRuleTable, ruleTable } from '../dist/src/docs/rule-table.js';
import { COVERAGE_END, COVERAGE_START, coverageTable, replaceSection } from '../dist/src/docs/coverage.js';

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
  updated = replaceSection(replaceRuleTable(readme, ruleTable(rules)), COVERAGE_START, COVERAGE_END, coverageTable(rules));
} catch (error) {
  console.error(error.message);
  process.exit(2);
}
if (updated === readme) {
  console.log(`README.md: the rule and coverage tables are up to date (${rules.length} rules).`);
} else if (check) {
  console.error('README.md: the rule or coverage table is out of date; run `npm run docs`.');
  process.exit(1);
} else {
  writeFileSync(readmePath, updated);
  console.log(`README.md: rule and coverage tables updated (${rules.length} rules).`);
}
