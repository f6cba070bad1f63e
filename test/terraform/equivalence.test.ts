/**
 * A policy in a Terraform heredoc is linted exactly as the same policy in its own file: every rule, every
 * finding, on the same characters, and `--fix` gives the .tf file with the policy's own fixed text in place,
 * byte for byte. The same policy's JSON given to jsonencode (JSON's object syntax is HCL's) gives the same
 * findings on the same tokens. The sample: the examples, the MFA seeds and every 8th AWS managed policy (those
 * without a "${" or "%{", which Terraform would read as template sequences, nor JSON escapes HCL lacks).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { lintTerraformModule } from '../../src/terraform/lint.js';
import { PolicyDocument } from '../../src/engine/document.js';
import { lintAndFix, lintDocument, prepareRules } from '../../src/engine/linter.js';
import type { LintMessage } from '../../src/engine/types.js';
import { allRules as enabled, samplePolicies, shiftedMessage } from '../fixtures/embedding-sample.js';

/** The sample without a "${" or "%{" (Terraform template sequences) or a JSON escape HCL lacks. */
const sample = () => samplePolicies().filter(([, text]) => !/[$%]\{|\\[/bf]/.test(text));

const PREFIX = 'resource "aws_iam_policy" "p" {\n  name   = "p"\n  policy = <<EOF\n';
const SUFFIX = '\nEOF\n}\n';

const shape = (m: LintMessage, line: number, offset: number) => shiftedMessage(m, line, 0, offset);

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
      const inTf = lintTerraformModule([{ filePath: name, text: tf, rules: enabled }]).get(name)!.messages;
      expect(inTf.map((m) => shape(m, 0, 0)), name).toEqual(alone.map((m) => shape(m, prefixLines, PREFIX.length)));
      const fixed = lintAndFix(name, policy, { policyType: 'identity', rules: enabled });
      const fixedTf = lintTerraformModule([{ filePath: name, text: tf, rules: enabled }], { fix: true }).get(name)!;
      expect(fixedTf.output ?? tf, name).toBe(`${PREFIX}${fixed.output}${SUFFIX}`);
    }
  });

  it('jsonencode: the same findings on the same tokens', () => {
    for (const [name, text] of policies) {
      const policy = text.replace(/\n$/, '');
      const tf = `resource "aws_iam_policy" "p" {\n  policy = jsonencode(${policy})\n}\n`;
      const alone = lintDocument(new PolicyDocument(name, policy), { policyType: 'identity', rules: enabled });
      const inTf = lintTerraformModule([{ filePath: name, text: tf, rules: enabled }]).get(name)!.messages;
      // Findings about the whole policy point at the attribute's name; the others at the same token.
      const token = (source: string, m: LintMessage) => (m.range![0] === 0 || source.slice(m.range![0], m.range![1]) === 'policy' ? '<policy>' : source.slice(m.range![0], m.range![1]));
      expect(inTf.map((m) => [m.ruleId, m.message, token(tf, m), m.line]), name)
        .toEqual(alone.map((m) => [m.ruleId, m.message.replace(/\bline (\d+)\b/g, (_, n: string) => `line ${Number(n) + 1}`), token(policy, m), m.line + 1]));
    }
  });
});
