import { describe, expect, it } from 'vitest';
import { agreedReference, terraformFileReferences } from '../../src/terraform/file-refs.js';

const refs = (text: string, more: string[] = []) =>
  Object.fromEntries([...terraformFileReferences([{ text }, ...more.map((t) => ({ text: t }))], '/m')].map(([path, list]) => [path, list.map((r) => `${r.policyType}${r.ruleResourceType ? ` ${r.ruleResourceType}` : ''}${r.template ? ' template' : ''}`)]));

describe('terraformFileReferences', () => {
  it('follows file() and templatefile() of a path the text decides, with the policy type of the attribute', () => {
    expect(refs(`resource "aws_iam_role" "r" {
  assume_role_policy = file("\${path.module}/trust.json")
  inline_policy {
    name   = "x"
    policy = jsonencode(jsondecode(templatefile("policies/inline.json", { a = 1 })))
  }
}
resource "aws_s3_bucket_policy" "b" {
  policy = local.p
}
resource "aws_organizations_policy" "rcp" {
  type    = "RESOURCE_CONTROL_POLICY"
  content = file("../shared/rcp.json")
}
`, ['locals {\n  p = file("${path.module}/b.json")\n}\n'])).toEqual({
      '/m/trust.json': ['trust'],
      '/m/policies/inline.json': ['identity template'],
      '/m/b.json': ['resource AWS::S3::Bucket'],
      '/shared/rcp.json': ['rcp'],
    });
  });

  it('does not follow a path the text does not decide, nor other calls', () => {
    expect(refs(`resource "aws_iam_policy" "a" {
  policy = file(var.policy_file)
}
resource "aws_iam_policy" "b" {
  policy = file("\${path.root}/p.json")
}
resource "aws_iam_policy" "c" {
  policy = file("\${var.dir}/p.json")
}
resource "aws_iam_policy" "e" {
  policy = jsonencode(yamldecode(file("p.yaml")))
}
resource "aws_iam_policy" "f" {
  policy = data.aws_iam_policy_document.x.json
}
`)).toEqual({});
  });

  it('agrees on a file read as one type, as a template when one attribute renders it with templatefile()', () => {
    const trust = { policyType: 'trust' as const, template: false };
    expect(agreedReference([trust, { ...trust, template: true }])).toEqual({ policyType: 'trust', template: true });
    expect(agreedReference([trust, trust])).toEqual(trust);
    expect(agreedReference([trust, { policyType: 'identity', template: false }])).toBeUndefined();
  });
});
