/**
 * A policy in a Terraform heredoc is linted exactly as the same policy in its own file: every rule, every
 * finding, on the same characters, and `--fix` gives the .tf file with the policy's own fixed text in place,
 * byte for byte. The same policy's JSON given to jsonencode (JSON's object syntax is HCL's) gives the same
 * findings on the same tokens. The sample: the examples, the MFA seeds and every 8th AWS managed policy (those
 * without a "${" or "%{", which Terraform would read as template sequences, nor JSON escapes HCL lacks).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { lintTerraform } from '../../src/terraform/lint.js';
import { PolicyDocument } from '../../src/engine/document.js';
import { lintAndFix, lintDocument, prepareRules, type EnabledRule } from '../../src/engine/linter.js';
import type { LintMessage } from '../../src/engine/types.js';
import { extractCorpus } from '../../scripts/corpus.mjs';

const root = join(import.meta.dirname, '..', '..');
const enabled: EnabledRule[] = rules.map((rule) => ({ rule, severity: rule.meta.severity === 'error' ? 2 : 1 }));

function sample(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const examples = join(root, 'examples', 'policies');
  for (const f of readdirSync(examples)) if (f !== 'syntax-error.json') out.push([`examples/${f}`, readFileSync(join(examples, f), 'utf8')]);
  const seeds = join(root, 'test', 'fixtures', 'seeds');
  for (const f of readdirSync(seeds).filter((f) => f.endsWith('.json'))) out.push([`seeds/${f}`, readFileSync(join(seeds, f), 'utf8')]);
  const corpus = extractCorpus();
  readdirSync(corpus).filter((f) => f.endsWith('.json')).sort().forEach((f, i) => {
    if (i % 8 === 0) out.push([`aws/${f}`, readFileSync(join(corpus, f), 'utf8')]);
  });
  return out.filter(([, text]) => !/[$%]\{|\\[/bf]/.test(text));
}

const PREFIX = 'resource "aws_iam_policy" "p" {\n  name   = "p"\n  policy = <<EOF\n';
const SUFFIX = '\nEOF\n}\n';

/** A message's fields, moved by lines and offsets (the lines messages name too: "(line 5)"). */
const shape = (m: LintMessage, line: number, offset: number) => ({
  ruleId: m.ruleId, message: m.message.replace(/\bline (\d+)\b/g, (_, n: string) => `line ${Number(n) + line}`), severity: m.severity,
  line: m.line + line, column: m.column, endLine: m.endLine + line, endColumn: m.endColumn,
  fix: m.fix && { range: [m.fix.range[0] + offset, m.fix.range[1] + offset], text: m.fix.text },
});

describe('a policy in a Terraform heredoc is linted as the policy alone', () => {
  const policies = sample();
  beforeAll(async () => {
    await prepareRules(enabled);
  });

  it('samples enough policies', () => {
    expect(policies.length).toBeGreaterThan(150);
  });

  it('the same findings, shifted by the lines above; --fix edits the same bytes', () => {
    const prefixLines = PREFIX.split('\n').length - 1;
    for (const [name, text] of policies) {
      const policy = text.replace(/\n$/, '');
      const tf = `${PREFIX}${policy}${SUFFIX}`;
      const alone = lintDocument(new PolicyDocument(name, policy), { policyType: 'identity', rules: enabled });
      const inTf = lintTerraform(name, tf, enabled).messages;
      expect(inTf.map((m) => shape(m, 0, 0)), name).toEqual(alone.map((m) => shape(m, prefixLines, PREFIX.length)));
      const fixed = lintAndFix(name, policy, { policyType: 'identity', rules: enabled });
      const fixedTf = lintTerraform(name, tf, enabled, { fix: true });
      expect(fixedTf.output ?? tf, name).toBe(`${PREFIX}${fixed.output}${SUFFIX}`);
    }
  });

  it('jsonencode: the same findings on the same tokens', () => {
    for (const [name, text] of policies) {
      const policy = text.replace(/\n$/, '');
      const tf = `resource "aws_iam_policy" "p" {\n  policy = jsonencode(${policy})\n}\n`;
      const alone = lintDocument(new PolicyDocument(name, policy), { policyType: 'identity', rules: enabled });
      const inTf = lintTerraform(name, tf, enabled).messages;
      // Findings about the whole policy point at the attribute's name; the others at the same token.
      const token = (source: string, m: LintMessage) => (m.range![0] === 0 || source.slice(m.range![0], m.range![1]) === 'policy' ? '<policy>' : source.slice(m.range![0], m.range![1]));
      expect(inTf.map((m) => [m.ruleId, m.message, token(tf, m), m.line]), name)
        .toEqual(alone.map((m) => [m.ruleId, m.message.replace(/\bline (\d+)\b/g, (_, n: string) => `line ${Number(n) + 1}`), token(policy, m), m.line + 1]));
    }
  });
});
