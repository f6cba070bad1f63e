/**
 * The README's rule table is generated from rule metadata; this fails when it is out of date. Its option table
 * and `--help` list the same options, and its summary of the Action's inputs names those action.yml declares.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { RULES_END, RULES_START, replaceRuleTable, ruleTable } from '../src/docs/rule-table.js';
import { COVERAGE_END, COVERAGE_START, coverageTable, replaceSection } from '../src/docs/coverage.js';
import { ACCESS_ANALYZER_CODES } from '../src/docs/access-analyzer-codes.js';
import { issueCodesOf } from '../src/engine/rule.js';
import { cli } from './e2e/helpers.js';
import { readActionYml } from './action/helpers.js';

const readmePath = join(import.meta.dirname, '..', 'README.md');

describe('README', () => {
  it('has the rule table generated from the rules (run `npm run docs` to update it)', () => {
    expect(existsSync(readmePath), 'README.md is missing').toBe(true);
    const readme = readFileSync(readmePath, 'utf8');
    expect(readme.includes(RULES_START) && readme.includes(RULES_END), `README.md needs ${RULES_START} and ${RULES_END} around the rule table`).toBe(true);
    expect(readme, 'The rule table in README.md is out of date: run `npm run docs`').toBe(replaceRuleTable(readme, ruleTable(rules)));
  });

  it('has the Access Analyzer coverage table generated from the rules (run `npm run docs` to update it)', () => {
    const readme = readFileSync(readmePath, 'utf8');
    expect(readme, 'The coverage table in README.md is out of date: run `npm run docs`').toBe(
      replaceSection(readme, COVERAGE_START, COVERAGE_END, coverageTable(rules)),
    );
  });

  it('names only real Access Analyzer issue codes in rule metadata', () => {
    const known = new Set(ACCESS_ANALYZER_CODES.map((c) => c.code));
    const unknown = rules.flatMap((r) => issueCodesOf(r.meta).filter((code) => !known.has(code)).map((code) => `${r.id}: ${code}`));
    expect(unknown).toEqual([]);
  });

  it('says of each code that needs AWS\'s engine, but that a rule names, which part of it the rule decides', () => {
    const partial = new Set(ACCESS_ANALYZER_CODES.filter((c) => (c.offline === 'engine' || c.offline === 'account') && !c.partly).map((c) => c.code));
    const unsaid = rules.flatMap((r) => issueCodesOf(r.meta).filter((code) => partial.has(code)).map((code) => `${r.id}: ${code}`));
    expect(unsaid, 'set `partly` in src/docs/access-analyzer-codes.ts').toEqual([]);
  });

  it('lists in its option table exactly the options that `policy-lint --help` lists', () => {
    const readme = readFileSync(readmePath, 'utf8');
    const start = readme.indexOf('| option | meaning |');
    expect(start, 'README.md has the option table under "## Usage"').toBeGreaterThan(0);
    const table = readme.slice(start, readme.indexOf('\n\n', start));
    // The first cell of each row: `-f, --format <name>[=<file>]`, `--region`, `--profile`, ...
    const documented = new Set(table.split('\n').slice(2).flatMap((row) => [...row.split(' | ')[0].matchAll(/(?<![\w-])--?[a-z][\w-]*/g)].map((m) => m[0])));
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    // Each option line of --help starts, indented, with the option (and its short form).
    const listed = new Set(help.stdout.split('\n').filter((l) => /^ {2,6}-/.test(l)).flatMap((l) => [...l.trim().split(/ {2,}/)[0].matchAll(/(?<![\w-])--?[a-z][\w-]*/g)].map((m) => m[0])));
    expect(listed.has('--format') && listed.has('-h'), help.stdout).toBe(true);
    expect([...documented].sort()).toEqual([...listed].sort());
  });

  it('names every input of the GitHub Action, as action.yml declares them', () => {
    const readme = readFileSync(readmePath, 'utf8');
    const summary = /^Inputs: ([\s\S]*?)\. Outputs: ([\s\S]*?)\. /m.exec(readme);
    expect(summary, 'README.md has the "Inputs: … Outputs: …" summary under "## GitHub Action"').not.toBeNull();
    // The names, without their values in parentheses: `fail-on` (`error`, `warning` or `never`).
    const names = (text: string) => [...text.replace(/\([^)]*\)/g, '').matchAll(/(?:^|, |\n)`([\w-]+)`/g)].map((m) => m[1]).sort();
    const yml = readActionYml();
    expect(names(summary![1])).toEqual([...yml.inputs.keys()].sort());
    expect(names(summary![2])).toEqual([...yml.outputs].sort());
  });
});
