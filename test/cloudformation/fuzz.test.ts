/**
 * Mutated templates (characters deleted, repeated or replaced, in YAML and JSON) never make the reader throw:
 * each is a syntax finding or a list of findings, all inside the text, and --fix on JSON gives a template again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { isTemplateValue } from '../../src/cloudformation/detect.js';
import { lintTemplate, templateValue } from '../../src/cloudformation/lint.js';
import { jsonTemplate, loadYaml, yamlTemplate } from '../../src/cloudformation/source.js';
import { prepareRules, type EnabledRule } from '../../src/engine/linter.js';

const enabled: EnabledRule[] = rules.map((rule) => ({ rule, severity: 2 }));
const yaml = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'cloudformation', 'app-stack.yaml'), 'utf8');
const CASES = Number(process.env.CFN_FUZZ_CASES ?? 300);

/** A small deterministic generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['!Sub ', '!Ref ', '${', '}', '${!', '[', ']', '{', '}', ':', '- ', '\n', '  ', '"', "'", '|', '*a', '&a ', 'AWS::NoValue', 'Fn::If', '!If [', ','];

function mutate(text: string, next: () => number): string {
  let out = text;
  const edits = 1 + Math.floor(next() * 4);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(next() * out.length);
    const kind = next();
    if (kind < 0.4) out = out.slice(0, at) + out.slice(at + 1 + Math.floor(next() * 8));
    else if (kind < 0.8) out = out.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + out.slice(at);
    else out = out.slice(0, at) + out.slice(at, at + 20) + out.slice(at);
  }
  return out;
}

describe('mutated templates', () => {
  beforeAll(async () => {
    await prepareRules(enabled);
    await loadYaml();
  });

  it(`YAML: ${CASES} mutations of the example, read without an exception`, () => {
    const next = random(Number(process.env.CFN_FUZZ_SEED ?? 7));
    for (let i = 0; i < CASES; i++) {
      const text = mutate(yaml, next);
      try {
        const parsed = yamlTemplate(text);
        const { messages } = lintTemplate('t.yaml', text, parsed, enabled);
        for (const m of messages) {
          expect(m.range![0]).toBeGreaterThanOrEqual(0);
          expect(m.range![1]).toBeLessThanOrEqual(text.length);
          expect(m.range![0]).toBeLessThanOrEqual(m.range![1]);
        }
      } catch (error) {
        throw new Error(`case ${i}: ${(error as Error).stack}\n--- text ---\n${text}`);
      }
    }
  });

  it(`JSON: ${CASES} mutations of the example as JSON, read and fixed without an exception`, () => {
    const parsed = yamlTemplate(yaml);
    const json = `${JSON.stringify(templateValue(parsed.root), null, 2)}\n`;
    const next = random(Number(process.env.CFN_FUZZ_SEED ?? 11));
    let templates = 0;
    for (let i = 0; i < CASES; i++) {
      const text = mutate(json, next);
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        continue;
      }
      if (!isTemplateValue(value)) continue;
      templates++;
      try {
        const outcome = lintTemplate('t.json', text, jsonTemplate(text), enabled, { fix: true });
        if (outcome.output !== undefined) expect(isTemplateValue(JSON.parse(outcome.output))).toBe(true);
      } catch (error) {
        throw new Error(`case ${i}: ${(error as Error).stack}\n--- text ---\n${text}`);
      }
    }
    expect(templates).toBeGreaterThan(CASES / 10);
  });
});
