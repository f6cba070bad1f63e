/**
 * Rules meet odd policies: nulls where strings belong, objects where lists belong, keys in the wrong place,
 * variables, emoji, 300-character names. Whatever the document, no rule may throw (a RuleError is a bug in
 * policy-lint, reported to the user as one), and --fix must give valid JSON that a second --fix leaves alone.
 * The documents are AWS managed policies mutated by a seeded generator, so a failure is reproducible: the
 * message names the seed, the file and the policy type.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import { PolicyDocument } from '../src/engine/document.js';
import { lintAndFix, lintDocument, prepareRules } from '../src/engine/linter.js';
import type { PolicyType } from '../src/engine/types.js';
import { extractCorpus } from '../scripts/corpus.mjs';

const SEED = 20261205;
const POLICY_TYPES: PolicyType[] = ['identity', 'resource', 'trust', 'scp', 'rcp'];

/** Values and keys that tend to break assumptions. */
const ODD_VALUES: unknown[] = [
  null, true, false, 0, -1, 1.5, '', '*', '?', '${', '${aws:username}', '${}', 'arn:', 'arn:aws:iam::*:user/${aws:username}',
  'arn:aws:s3:::', ':', 'iam:*', 's3:Get*', '🙂', 'a'.repeat(300), [], {}, [null], [[]], { a: 1 }, { AWS: '*' }, { Service: [] },
  'é', '\u0000', 'arn:aws:kms:*::*', 'aws:SourceIp', 'Bool', 'ForAllValues:StringLike', '1.2.3.4/33', '2008-10-17',
];
const ODD_KEYS = [
  'Version', 'Statement', 'Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Principal', 'NotPrincipal',
  'Condition', 'Id', 'StringEquals', 'Bool', 'BoolIfExists', 'aws:MultiFactorAuthPresent', 'ForAnyValue:StringLike', 'Null',
  'IpAddress', 'DateGreaterThan', 'ArnLike', 'AWS', 'Service', 'Federated', 'CanonicalUser',
];

/** A small linear congruential generator: the same seed gives the same documents on every machine. */
function generator(seed: number) {
  let state = seed;
  const next = () => {
    state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
  const odd = () => structuredClone(pick(ODD_VALUES));
  const mutate = (value: unknown): unknown => {
    if (next() < 0.08) return odd();
    if (Array.isArray(value)) {
      const out = value.map(mutate);
      if (next() < 0.1) out.push(odd());
      return out;
    }
    if (value !== null && typeof value === 'object') {
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        if (next() < 0.03) continue;
        out[next() < 0.03 ? pick(ODD_KEYS) : key] = mutate(item);
      }
      if (next() < 0.1) out[pick(ODD_KEYS)] = odd();
      return out;
    }
    return value;
  };
  return { next, pick, mutate };
}

/** The corpus files in a stable order, and every rule enabled as an error. */
async function corpusAndRules() {
  const dir: string = extractCorpus();
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  const enabled = rules.map((rule) => ({ rule, severity: 2 as const }));
  await prepareRules(enabled);
  return { dir, files, enabled };
}

describe('odd policies', () => {
  it('never make a rule throw, and --fix gives valid JSON that a second --fix leaves alone', async () => {
    const { dir, files, enabled } = await corpusAndRules();
    const random = generator(SEED);
    let fixed = 0;
    for (const file of files) {
      const mutated = random.mutate(JSON.parse(readFileSync(join(dir, file), 'utf8')));
      const text = `${JSON.stringify(mutated, null, random.next() < 0.5 ? 2 : 4)}\n`;
      const policyType = random.pick(POLICY_TYPES);
      const where = `seed ${SEED}, ${file} as ${policyType}`;
      const fix = (input: string) => {
        try {
          return lintAndFix(file, input, { policyType, rules: enabled });
        } catch (error) {
          throw new Error(`${(error as Error).message} (${where})`);
        }
      };
      const outcome = fix(text);
      if (!outcome.fixed) continue;
      fixed++;
      expect(() => JSON.parse(outcome.output), `--fix broke the JSON (${where})`).not.toThrow();
      const again = fix(outcome.output);
      expect(again.fixed ? again.messages.filter((m) => m.fix).map((m) => `${m.ruleId}: ${m.message}`) : [], `a second --fix changed more (${where})`).toEqual([]);
    }
    // The generator does reach the fixers (a few hundred documents get a fix).
    expect(fixed).toBeGreaterThan(100);
  }, 120_000);

  it('damaged text (cut short, characters dropped or inserted) gives one json-syntax finding inside the text, or lints', async () => {
    const { dir, files: all, enabled } = await corpusAndRules();
    const files = all.slice(0, 600);
    const random = generator(SEED + 1);
    const inserts = ['"', ',', '{', '}', '[', ']', ':', '\\', '\n', '\uFEFF', '/*', '//', 'é', '🙂', '\r\n', 'null', '"a":1,'];
    let syntaxErrors = 0;
    for (const file of files) {
      let text = readFileSync(join(dir, file), 'utf8');
      for (let k = 0; k < 1 + Math.floor(random.next() * 3); k++) {
        const at = Math.floor(random.next() * text.length);
        const what = random.next();
        if (what < 0.3) text = text.slice(0, at);
        else if (what < 0.6) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(random.next() * 5));
        else text = text.slice(0, at) + random.pick(inserts) + text.slice(at);
      }
      const messages = lintDocument(new PolicyDocument(file, text), { policyType: 'identity', rules: enabled });
      let parses = true;
      try {
        JSON.parse(text);
      } catch {
        parses = false;
      }
      const syntax = messages.filter((m) => m.ruleId === 'json-syntax');
      // A BOM is a syntax finding (with a fix) although JSON.parse would not mind one after the start.
      if (!parses || text.charCodeAt(0) === 0xfeff) {
        if (!parses) syntaxErrors++;
        expect(syntax.length, `${file} (seed ${SEED + 1})`).toBeLessThanOrEqual(1);
        if (!parses) expect(messages.map((m) => m.ruleId), `${file} (seed ${SEED + 1})`).toEqual(['json-syntax']);
      } else {
        expect(syntax, `${file} (seed ${SEED + 1})`).toEqual([]);
      }
      for (const m of messages) {
        const [start, end] = m.range ?? [0, -1];
        expect(start <= end && end <= text.length && m.line >= 1 && m.column >= 1, `${file}: ${m.ruleId} at ${m.line}:${m.column}`).toBe(true);
      }
    }
    expect(syntaxErrors).toBeGreaterThan(300);
  }, 120_000);
});
