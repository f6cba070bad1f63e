import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';
import { defineRule, type Rule } from '../../src/engine/rule.js';

const made: string[] = [];

/** A fresh temporary directory (real path, so comparisons with resolved paths hold), removed after the test. */
export function tempDir(): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), 'policy-lint-config-')));
  made.push(dir);
  return dir;
}

afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Write files (path → text, or a value to JSON-encode with 2-space indentation) under a directory. */
export function write(root: string, files: Record<string, unknown>): void {
  for (const [path, content] of Object.entries(files)) {
    const full = join(root, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`);
  }
}

function fake(id: string, meta: Partial<Rule['meta']>): Rule {
  return defineRule({
    id,
    meta: {
      category: 'correctness',
      severity: 'error',
      recommended: true,
      fixable: 'none',
      docs: { description: id },
      messages: { m: 'found' },
      ...meta,
    },
    given: '$',
    check: () => {},
  });
}

/** A small registry: two recommended rules, one not, and two with options. */
export const rules: readonly Rule[] = [
  fake('effect-valid', { severity: 'error', recommended: true }),
  fake('max-actions', {
    severity: 'warn',
    recommended: true,
    defaultOptions: { max: 10, services: [] },
    optionsSchema: {
      type: 'object',
      properties: {
        max: { type: 'integer', minimum: 1 },
        services: { type: 'array', items: { type: 'string' } },
        mode: { enum: ['strict', 'loose'] },
      },
      additionalProperties: false,
    },
  }),
  fake('no-wildcard-action', { severity: 'warn', recommended: false }),
  fake('sid-format', { severity: 'warn', recommended: false, defaultOptions: { pattern: '^[A-Z]', allowEmpty: false } }),
  fake('version-present', { severity: 'error', recommended: true, policyTypes: ['identity'] }),
];
