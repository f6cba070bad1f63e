/**
 * The MFA pack on the ~1,600 AWS managed policies: the findings per rule and severity are pinned (each is
 * explained in the rule's doc), so the mfa- rules stay silent on policies that are not of the self-service
 * family. With PACK_CORPUS_REPORT=1 the findings and the time are printed; time is never asserted.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PolicyDocument } from '../../src/engine/document.js';
import { lintDocument, prepareRules } from '../../src/engine/linter.js';
import { defineRule, type Rule } from '../../src/engine/rule.js';
import { normalizePolicy, type NormalizedPolicy } from '../../src/engine/normalize.js';
import { analyzeMfa } from '../../src/iam/mfa-policy.js';
import { extractCorpus } from '../../scripts/corpus.mjs';
import { PACK } from './pack.js';

const rulesDir = join(import.meta.dirname, '..', '..', 'rules');

describe('MFA pack on the AWS managed policy corpus', () => {
  it('lists its findings per rule', async () => {
    const rules: Rule[] = await Promise.all(PACK.map(async (id) => (await import(/* @vite-ignore */ join(rulesDir, id, `${id}.ts`))).default as Rule));
    const enabled = rules.map((rule) => ({ rule, severity: rule.meta.severity === 'error' ? (2 as const) : (1 as const) }));
    await prepareRules(enabled);
    const dir: string = extractCorpus();
    const files = readdirSync(dir).filter((f) => f.endsWith('.json'));
    const documents = files.map((file) => new PolicyDocument(file, readFileSync(join(dir, file), 'utf8')));
    const counts: Record<string, number> = {};
    const examples: Record<string, string[]> = {};
    const started = performance.now();
    for (const document of documents) {
      for (const m of lintDocument(document, { policyType: 'identity', rules: enabled })) {
        const key = `${m.ruleId} ${m.severity === 2 ? 'error' : 'warn'}`;
        counts[key] = (counts[key] ?? 0) + 1;
        (examples[key] ??= []).length < 3 && examples[key].push(`${document.filePath}:${m.line}:${m.column} ${m.message}`);
      }
    }
    const elapsed = performance.now() - started;
    if (process.env.PACK_CORPUS_REPORT) {
      console.log(`${documents.length} policies, ${PACK.length} rules: ${elapsed.toFixed(0)} ms`);
      const time = (run: () => void) => {
        let best = Infinity;
        for (let i = 0; i < 5; i++) {
          const start = performance.now();
          run();
          best = Math.min(best, performance.now() - start);
        }
        return best;
      };
      const noop = defineRule({ id: 'noop', meta: { category: 'style', severity: 'warn', recommended: false, fixable: 'none', docs: { description: '' }, messages: {} }, given: '$', check() {} });
      const base = time(() => { for (const d of documents) lintDocument(d, { policyType: 'identity', rules: [{ rule: noop, severity: 1 }] }); });
      const analysis = time(() => { for (const d of documents) analyzeMfa(normalizePolicy(d.value) as NormalizedPolicy); });
      const all = time(() => { for (const d of documents) lintDocument(d, { policyType: 'identity', rules: enabled }); });
      const perRule = [`parse-free baseline (normalise, select) ${base.toFixed(1)} ms`, `analyzeMfa ${analysis.toFixed(1)} ms`, `all ${PACK.length} rules ${all.toFixed(1)} ms (best of 5)`,
        ...enabled.map((one) => `${one.rule.id} ${(time(() => { for (const d of documents) lintDocument(d, { policyType: 'identity', rules: [one] }); }) - base).toFixed(1)} ms over baseline`)];
      console.log(perRule.join('\n'));
      console.log(JSON.stringify({ counts, examples }, null, 2));
    }
    expect(documents.length).toBeGreaterThan(1500);
    expect(counts).toEqual({
      // arn:aws:kms:*::* (KMS key ARNs always have an account), as test/corpus.test.ts pins.
      'arn-account error': 2,
      // Five AWS self-service policies meant to sit next to your own MFA deny (see the rule's doc).
      'mfa-deny-present error': 5,
      // SystemAdministrator (UpdateSigningCertificate on "*"); AWSOpsWorksRegisterCLI_OnPremises also creates the OpsWorks users, so it is a provisioning policy.
      'self-service-resource-scope error': 1,
      // ${aws:PrincipalOrgId}, documented as aws:PrincipalOrgID.
      'policy-variable-syntax warn': 12,
    });
  }, 120_000);
});
