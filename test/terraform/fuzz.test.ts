/**
 * The Terraform reader never throws on broken or odd text: truncations, deletions, duplications and random
 * characters spliced into the example file, and deep nesting, give findings, a scan error, or nothing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { prepareRules, type EnabledRule } from '../../src/engine/linter.js';
import { lintTerraformModule } from '../../src/terraform/lint.js';

const enabled: EnabledRule[] = rules.map((rule) => ({ rule, severity: rule.meta.severity === 'error' ? 2 : 1 }));
const example = readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'terraform', 'main.tf'), 'utf8');

/** A small deterministic random generator (mulberry32). */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PIECES = ['"', '{', '}', '[', ']', '(', ')', '${', '$${', '%{', '<<EOF\n', '<<-EOT\n', 'EOF', '\n', ',', '=', ':', '#', '/*', '*/', '\\', 'jsonencode(', '&{'];

describe('the Terraform reader on broken text', () => {
  beforeAll(async () => {
    await prepareRules(enabled);
  });

  it('never throws, and keeps every finding inside the text', () => {
    const next = random(Number(process.env.TF_FUZZ_SEED ?? 1));
    for (let i = 0; i < 300; i++) {
      const at = Math.floor(next() * example.length);
      const to = at + Math.floor(next() * 40);
      const kind = i % 4;
      const text = kind === 0 ? example.slice(0, at)
        : kind === 1 ? example.slice(0, at) + example.slice(to)
        : kind === 2 ? example.slice(0, at) + example.slice(at, to) + example.slice(at)
        : example.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + example.slice(at);
      const outcome = lintTerraformModule([{ filePath: 'main.tf', text, rules: enabled }], { fix: i % 2 === 0 }).get('main.tf')!;
      for (const m of outcome.messages) {
        expect(m.range![0], `case ${i}`).toBeGreaterThanOrEqual(0);
        expect(m.range![1], `case ${i}`).toBeLessThanOrEqual(text.length);
      }
    }
  });

  it('never throws on broken dynamic blocks and merged documents', () => {
    const documents = `data "aws_iam_policy_document" "base" {
  statement {
    sid       = "Read"
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "merged" {
  source_policy_documents   = [data.aws_iam_policy_document.base.json]
  override_policy_documents = ["\${data.aws_iam_policy_document.base.json}"]
  dynamic "statement" {
    for_each = var.statements
    iterator = s
    content {
      actions   = s.value.actions
      resources = ["arn:aws:s3:::\${s.key}/*"]
      dynamic "principals" {
        for_each = s.value.principals
        content {
          type        = principals.key
          identifiers = principals.value
        }
      }
      dynamic "condition" {
        for_each = s.value.conditions
        content {
          test     = condition.value.test
          variable = "aws:SourceVpc"
          values   = condition.value.values
        }
      }
    }
  }
}
`;
    // base is only merged into merged: its statements are linted there.
    expect(lintTerraformModule([{ filePath: 'main.tf', text: documents, rules: enabled }]).get('main.tf')!.policies).toBe(1);
    const next = random(Number(process.env.TF_FUZZ_SEED ?? 2));
    for (let i = 0; i < 300; i++) {
      const at = Math.floor(next() * documents.length);
      const to = at + Math.floor(next() * 40);
      const kind = i % 3;
      const text = kind === 0 ? documents.slice(0, at) + documents.slice(to)
        : kind === 1 ? documents.slice(0, at) + documents.slice(at, to) + documents.slice(at)
        : documents.slice(0, at) + PIECES[Math.floor(next() * PIECES.length)] + documents.slice(at);
      const outcome = lintTerraformModule([{ filePath: 'main.tf', text, rules: enabled }]).get('main.tf')!;
      for (const m of outcome.messages) {
        expect(m.range![0], `case ${i}`).toBeGreaterThanOrEqual(0);
        expect(m.range![1], `case ${i}`).toBeLessThanOrEqual(text.length);
      }
    }
  });

  it('reads deep nesting as a scan error, not a crash', () => {
    for (const deep of [
      `x = ${'['.repeat(5000)}`,
      `x = ${'{a = '.repeat(5000)}`,
      `x = "${'${"'.repeat(5000)}`,
      `resource "aws_iam_policy" "p" {\n  policy = jsonencode(${'{a = '.repeat(150)}1${'}'.repeat(150)})\n}\n`,
    ]) {
      expect(() => lintTerraformModule([{ filePath: 'main.tf', text: deep, rules: enabled }]).get('main.tf')!).not.toThrow();
    }
  });
});
