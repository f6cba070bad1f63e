/**
 * Terraform state files as Terraform writes them (`terraform.tfstate`, format version 4): each managed resource
 * instance's `attributes` read as a plan's `values`, addressed as Terraform does, each finding on the characters
 * of the string literal in the file. Versions 3 and earlier (flattened attributes) are not read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templatePolicies } from '../../src/run.js';
import { lint, messagesOf, tokenOf } from '../cloudformation/helpers.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'terraform-state');
const stateText = readFileSync(join(fixtures, 'terraform.tfstate'), 'utf8');

/** The text under a finding by its line and columns, checked against its range. */
const under = (text: string, m: ReturnType<typeof messagesOf>[number]) => {
  const token = text.split('\n')[m.line - 1].slice(m.column - 1, m.endColumn! - 1);
  expect(token).toBe(tokenOf(text, m));
  return token;
};
/** [ruleId, line, column, endColumn, the text of the file under the finding] of each message. */
const found = (text: string, messages: ReturnType<typeof messagesOf>) => messages.map((m) => [m.ruleId, m.line, m.column, m.endColumn, under(text, m)]);

/** A state file of these resources, pretty-printed as Terraform writes it. */
const state = (resources: object[]) => `${JSON.stringify({ version: 4, terraform_version: '1.9.5', serial: 3, lineage: 'l', outputs: {}, resources, check_results: null }, null, 2)}\n`;
const policy = (action: string) => JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }] });

describe('Terraform state file (terraform.tfstate)', () => {
  it('lints each managed instance\'s attributes, at their characters in the escaped strings; data sources and copies read once', async () => {
    const messages = messagesOf(await lint({ 'terraform.tfstate': stateText }, ['terraform.tfstate']), 'terraform.tfstate');
    // Not read: the data source's `json`; the role's inline_policy and managed_policy_arns (what its
    // aws_iam_role_policy and aws_iam_role_policy_attachment give it); the bucket's computed policy (its
    // aws_s3_bucket_policy's); the topic's default policy; the role's empty permissions_boundary.
    expect(found(stateText, messages)).toEqual([
      ['principal-public-access', 40, 124, 129, '\\"*\\"'],
      ['action-exists', 72, 100, 116, '\\"s3:GetObjekt\\"'],
      ['admin-managed-policy', 93, 27, 72, '"arn:aws:iam::aws:policy/AdministratorAccess"'],
      ['principal-public-access', 131, 122, 127, '\\"*\\"'],
      ['pass-role-scope', 170, 100, 116, '\\"iam:PassRole\\"'],
      ['action-exists', 189, 100, 118, '\\"s3:ListBuckets\\"'],
      ['no-principal-in-identity-policy', 199, 136, 149, '\\"Principal\\"'],
      ['service-principal-source', 219, 26, 44, '"s3.amazonaws.com"'],
    ]);
    expect(messages.map((m) => m.path!.slice(0, 6))).toEqual([
      ['resources', 1, 'instances', 0, 'attributes', 'assume_role_policy'],
      ['resources', 2, 'instances', 0, 'attributes', 'policy'],
      ['resources', 3, 'instances', 0, 'attributes', 'policy_arn'],
      ['resources', 5, 'instances', 0, 'attributes', 'policy'],
      ['resources', 7, 'instances', 0, 'attributes', 'policy'],
      ['resources', 8, 'instances', 0, 'attributes', 'policy'],
      ['resources', 8, 'instances', 1, 'attributes', 'policy'],
      ['resources', 9, 'instances', 0, 'attributes', 'principal'],
    ]);
    // Past the \u0026 of the policy's "a&b": the finding before it and the literal still line up.
    expect(stateText.split('\n')[71]).toContain('arn:aws:s3:::a\\u0026b/*');
    expect(messages[2].message).toContain('aws_iam_role_policy_attachment.admin.policy_arn');
  });

  it('gives --print-config each policy with its address (module, type, name, index key) as "Terraform state"', async () => {
    const outcome = await templatePolicies(join(fixtures, 'terraform.tfstate'));
    expect(outcome?.template).toBe('Terraform state');
    expect(outcome?.policies.map((p) => [p.address, p.policyType])).toEqual([
      ['aws_iam_role.app', 'trust'],
      ['aws_iam_role_policy.inline', 'identity'],
      ['aws_s3_bucket_policy.site', 'resource'],
      ['aws_iam_policy.counted[0]', 'identity'],
      ['module.app["x"].aws_iam_policy.this["read"]', 'identity'],
      ['module.app["x"].aws_iam_policy.this["write"]', 'identity'],
      ['module.fn.aws_lambda_permission.s3', 'resource'],
    ]);
  });

  it('a role\'s inline policy and managed policy ARNs are read at the role where no other resource gives them', async () => {
    const text = state([{
      mode: 'managed', type: 'aws_iam_role', name: 'r', provider: 'provider["registry.terraform.io/hashicorp/aws"]',
      instances: [{ schema_version: 0, attributes: { name: 'r', inline_policy: [{ name: 'i', policy: policy('iam:PassRole') }], managed_policy_arns: ['arn:aws:iam::aws:policy/AdministratorAccess'], permissions_boundary: '' } }],
    }]);
    const messages = messagesOf(await lint({ 'terraform.tfstate': text }), 'terraform.tfstate');
    expect(messages.map((m) => [m.ruleId, m.line, m.column, under(text, m)])).toEqual([
      ['pass-role-scope', 21, 104, '\\"iam:PassRole\\"'],
      ['admin-managed-policy', 25, 15, '"arn:aws:iam::aws:policy/AdministratorAccess"'],
    ]);
    expect((await templatePolicies(join(fixtures, 'terraform.tfstate')))?.policies.some((p) => p.address?.includes('inline_policy'))).toBe(false);
  });

  it('a directory gives its .tfstate files (not the .tfstate.backup, nor a state of format version 3)', async () => {
    const legacy = `${JSON.stringify({ version: 3, terraform_version: '0.11.14', serial: 1, lineage: 'l', modules: [{ path: ['root'], outputs: {}, resources: {
      'aws_iam_policy.p': { type: 'aws_iam_policy', primary: { id: 'p', attributes: { policy: policy('s3:GetObjekt') } } },
    } }] }, null, 2)}\n`;
    const outcome = await lint({
      'envs/prod/terraform.tfstate': state([{ mode: 'managed', type: 'aws_iam_policy', name: 'p', provider: 'provider["registry.terraform.io/hashicorp/aws"]', instances: [{ schema_version: 0, attributes: { policy: policy('s3:GetObjekt') } }] }]),
      'envs/prod/terraform.tfstate.backup': state([{ mode: 'managed', type: 'aws_iam_policy', name: 'p', provider: 'p', instances: [{ schema_version: 0, attributes: { policy: policy('s3:PutObjekt') } }] }]),
      'envs/old/terraform.tfstate': legacy,
      'envs/empty/terraform.tfstate': state([]),
    });
    expect(outcome.toolErrors).toEqual([]);
    expect(outcome.results.map((r) => [r.filePath.slice(outcome.dir.length + 1), r.messages.map((m) => [m.ruleId, m.line, m.column])])).toEqual([
      ['envs/empty/terraform.tfstate', []],
      ['envs/prod/terraform.tfstate', [['action-exists', 17, 100]]],
    ]);
    // Named, a version 3 state is not linted as a policy: it is said to be unread.
    const named = await lint({ 'terraform.tfstate': legacy }, ['terraform.tfstate']);
    expect(named.results).toEqual([]);
    expect(named.toolErrors).toEqual([
      'terraform.tfstate: a Terraform state of format version 3 or earlier (Terraform 0.11), whose flattened attributes policy-lint does not read (it reads version 4, Terraform 0.12 and later)',
    ]);
  });

  it('a directory skips a .tfstate file that holds no state: empty (as the local backend creates it before the first write), a backend\'s settings (.terraform/terraform.tfstate), cut short', async () => {
    const backend = `${JSON.stringify({ version: 3, terraform_version: '1.9.5', backend: { type: 's3', config: { bucket: 'my-state', key: 'prod/terraform.tfstate', region: 'us-east-1' }, hash: 2831937162 } }, null, 4)}\n`;
    const files = {
      'terraform.tfstate': '',
      'envs/dev/terraform.tfstate': '\n',
      '.terraform/terraform.tfstate': backend,
      'cut.tfstate': '{"version": 4, "terraform_version": "1.9.5", "resources": [',
      'envs/prod/terraform.tfstate': state([{ mode: 'managed', type: 'aws_iam_policy', name: 'p', provider: 'p', instances: [{ schema_version: 0, attributes: { policy: policy('s3:GetObjekt') } }] }]),
    };
    const outcome = await lint(files);
    expect(outcome.toolErrors).toEqual([]);
    expect(outcome.results.map((r) => [r.filePath.slice(outcome.dir.length + 1), r.messages.map((m) => [m.ruleId, m.line, m.column])])).toEqual([
      ['envs/prod/terraform.tfstate', [['action-exists', 17, 100]]],
    ]);
    // Named, each is linted (as any file named).
    expect(messagesOf(await lint(files, ['terraform.tfstate']), 'terraform.tfstate').map((m) => m.ruleId)).toEqual(['json-syntax']);
  });
});
