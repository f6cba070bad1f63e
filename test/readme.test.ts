/** The README's rule table is generated from rule metadata; this fails when it is out of date. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { RULES_END, RULES_START, replaceRuleTable, ruleTable } from '../src/docs/rule-table.js';
import { COVERAGE_END, COVERAGE_START, coverageTable, replaceSection } from '../src/docs/coverage.js';
import { ACCESS_ANALYZER_CODES } from '../src/docs/access-analyzer-codes.js';
import { issueCodesOf } from '../src/engine/rule.js';

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
});
