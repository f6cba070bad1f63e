/**
 * Terraform state files as Terraform writes them (`terraform.tfstate`, format version 4): each managed resource
 * instance's `attributes` read as a plan's `values`, addressed as Terraform does, each finding on the characters
 * of the string literal in the file; a state of Terraform 0.11 and earlier (format versions 1 to 3) likewise, from
 * `modules[].resources[].primary.attributes`. A .tfstate file that holds no state is never linted as a policy.
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

  it('a directory gives its .tfstate files (not the .tfstate.backup), a state of format version 3 among them', async () => {
    const legacy = legacyState([{ path: ['root'], outputs: {}, resources: {
      'aws_iam_policy.p': { type: 'aws_iam_policy', depends_on: [], primary: { id: 'p', attributes: { policy: policy('s3:GetObjekt') } }, deposed: [], provider: 'provider.aws' },
    }, depends_on: [] }]);
    const outcome = await lint({
      'envs/prod/terraform.tfstate': state([{ mode: 'managed', type: 'aws_iam_policy', name: 'p', provider: 'provider["registry.terraform.io/hashicorp/aws"]', instances: [{ schema_version: 0, attributes: { policy: policy('s3:GetObjekt') } }] }]),
      'envs/prod/terraform.tfstate.backup': state([{ mode: 'managed', type: 'aws_iam_policy', name: 'p', provider: 'p', instances: [{ schema_version: 0, attributes: { policy: policy('s3:PutObjekt') } }] }]),
      'envs/old/terraform.tfstate': legacy,
      'envs/empty/terraform.tfstate': state([]),
    });
    expect(outcome.toolErrors).toEqual([]);
    expect(outcome.results.map((r) => [r.filePath.slice(outcome.dir.length + 1), r.messages.map((m) => [m.ruleId, m.line, m.column])])).toEqual([
      ['envs/empty/terraform.tfstate', []],
      ['envs/old/terraform.tfstate', [['action-exists', 19, 116]]],
      ['envs/prod/terraform.tfstate', [['action-exists', 17, 100]]],
    ]);
    // Named, a backup is read as the state it is.
    expect(messagesOf(await lint({ 'terraform.tfstate.backup': state([{ mode: 'managed', type: 'aws_iam_policy', name: 'p', provider: 'p', instances: [{ schema_version: 0, attributes: { policy: policy('s3:PutObjekt') } }] }]) }, ['terraform.tfstate.backup']), 'terraform.tfstate.backup')
      .map((m) => [m.ruleId, m.line, m.column])).toEqual([['action-exists', 17, 100]]);
  });

  it('reads a state of Terraform 0.11 and earlier (format version 3): each module\'s managed resources, at their characters in the escaped strings', async () => {
    const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sts:AssumeRole' }] });
    // As Terraform 0.11 wrote it: four spaces, a policy as the provider read it back (pretty-printed JSON).
    const text = legacyState([
      { path: ['root'], outputs: {}, resources: {
        'aws_iam_policy.p.1': { type: 'aws_iam_policy', depends_on: [], primary: { id: 'arn:aws:iam::123456789012:policy/p', attributes: {
          arn: 'arn:aws:iam::123456789012:policy/p', name: 'p', policy: JSON.stringify(JSON.parse(policy('s3:GetObjekt')), null, 2),
        }, meta: {}, tainted: false }, deposed: [], provider: 'provider.aws' },
        'aws_iam_role_policy_attachment.admin': { type: 'aws_iam_role_policy_attachment', depends_on: [], primary: { id: 'r-1', attributes: {
          role: 'r', policy_arn: 'arn:aws:iam::aws:policy/AdministratorAccess',
        } }, deposed: [], provider: 'provider.aws' },
        // A data source's document is the same text as the resource that uses it: not read.
        'data.aws_iam_policy_document.d': { type: 'aws_iam_policy_document', depends_on: [], primary: { id: '1', attributes: { json: policy('s3:PutObjekt') } }, deposed: [], provider: 'provider.aws' },
      }, depends_on: [] },
      { path: ['root', 'app'], outputs: {}, resources: {
        'aws_iam_role.r': { type: 'aws_iam_role', depends_on: [], primary: { id: 'r', attributes: { name: 'r', assume_role_policy: trust, 'managed_policy_arns.#': '0' } }, deposed: [], provider: 'provider.aws' },
        'aws_lambda_permission.s3': { type: 'aws_lambda_permission', depends_on: [], primary: { id: 's3', attributes: {
          action: 'lambda:InvokeFunction', function_name: 'f', principal: 's3.amazonaws.com', statement_id: 's3',
        } }, deposed: [], provider: 'provider.aws' },
      }, depends_on: [] },
    ]);
    const outcome = await lint({ 'terraform.tfstate': text }, ['terraform.tfstate']);
    expect(outcome.toolErrors).toEqual([]);
    const messages = messagesOf(outcome, 'terraform.tfstate');
    expect(found(text, messages)).toEqual([
      ['action-exists', 21, 150, 166, '\\"s3:GetObjekt\\"'],
      ['admin-managed-policy', 36, 43, 88, '"arn:aws:iam::aws:policy/AdministratorAccess"'],
      ['principal-public-access', 71, 140, 145, '\\"*\\"'],
      ['service-principal-source', 86, 42, 60, '"s3.amazonaws.com"'],
    ]);
    expect(messages[1].message).toContain('aws_iam_role_policy_attachment.admin.policy_arn');
    // Versions 1 and 2 (before Terraform 0.7) have no terraform_version: read alike.
    const { terraform_version: _, ...rest } = JSON.parse(text) as Record<string, unknown>;
    const v1 = `${JSON.stringify({ ...rest, version: 1 }, null, 4)}\n`;
    expect(messagesOf(await lint({ 'terraform.tfstate': v1 }, ['terraform.tfstate']), 'terraform.tfstate').map((m) => [m.ruleId, m.line]))
      .toEqual([['action-exists', 20], ['admin-managed-policy', 35], ['principal-public-access', 70], ['service-principal-source', 85]]);
    const policies = await templatePolicies(join(outcome.dir, 'terraform.tfstate'));
    expect(policies?.template).toBe('Terraform state');
    expect(policies?.policies.map((p) => [p.address, p.policyType, p.path.join('/')])).toEqual([
      ['aws_iam_policy.p[1]', 'identity', 'modules/0/resources/aws_iam_policy.p.1/primary/attributes/policy'],
      ['module.app.aws_iam_role.r', 'trust', 'modules/1/resources/aws_iam_role.r/primary/attributes/assume_role_policy'],
      ['module.app.aws_lambda_permission.s3', 'resource', 'modules/1/resources/aws_lambda_permission.s3/primary/attributes'],
    ]);
  });

  it('a permission resource\'s optional attribute the state holds as "" (how it holds one not set) is no condition', async () => {
    // As the provider writes an applied aws_lambda_permission: every optional string not set is "".
    const lambda = { action: 'lambda:InvokeFunction', event_source_token: '', function_name: 'f', function_url_auth_type: '', id: 's3',
      invoked_via_function_url: false, principal: 's3.amazonaws.com', principal_org_id: '', qualifier: '', source_account: '', source_arn: '',
      statement_id: 's3', statement_id_prefix: '' };
    const text = state([
      { mode: 'managed', type: 'aws_lambda_permission', name: 's3', provider: 'p', instances: [{ schema_version: 0, attributes: lambda }] },
      { mode: 'managed', type: 'aws_lambda_permission', name: 'org', provider: 'p', instances: [{ schema_version: 0, attributes: { ...lambda, principal: '*' } }] },
      { mode: 'managed', type: 'aws_lambda_layer_version_permission', name: 'l', provider: 'p', instances: [{ schema_version: 0, attributes: {
        action: 'lambda:GetLayerVersion', layer_name: 'arn:aws:lambda:us-east-1:111122223333:layer:l', organization_id: '', principal: '*', statement_id: 'l', version_number: 1,
      } }] },
    ]);
    const messages = messagesOf(await lint({ 'terraform.tfstate': text }, ['terraform.tfstate']), 'terraform.tfstate');
    expect(found(text, messages)).toEqual([
      ['service-principal-source', 23, 26, 44, '"s3.amazonaws.com"'],
      ['principal-public-access', 49, 26, 29, '"*"'],
      ['principal-public-access', 72, 26, 29, '"*"'],
    ]);
    expect(messages[1].message).toContain('set "principal_org_id"');
    // A state of Terraform 0.11 likewise.
    const legacy = legacyState([{ path: ['root'], outputs: {}, resources: {
      'aws_lambda_permission.s3': { type: 'aws_lambda_permission', depends_on: [], primary: { id: 's3', attributes: {
        action: 'lambda:InvokeFunction', function_name: 'f', id: 's3', principal: 's3.amazonaws.com', qualifier: '', source_account: '', source_arn: '', statement_id: 's3',
      } }, deposed: [], provider: 'provider.aws' },
    }, depends_on: [] }]);
    expect(found(legacy, messagesOf(await lint({ 'terraform.tfstate': legacy }, ['terraform.tfstate']), 'terraform.tfstate'))).toEqual([
      ['service-principal-source', 22, 42, 60, '"s3.amazonaws.com"'],
    ]);
  });

  const backend = `${JSON.stringify({ version: 3, terraform_version: '1.9.5', backend: { type: 's3', config: { bucket: 'my-state', key: 'prod/terraform.tfstate', region: 'us-east-1' }, hash: 2831937162 } }, null, 4)}\n`;
  // Terraform 0.9 to 0.11 wrote an empty root module beside the backend's settings.
  const oldBackend = '{"version": 3, "serial": 1, "lineage": "abc", "backend": {"type": "s3", "config": {"bucket": "b", "key": "k", "region": "us-east-1"}, "hash": 123}, "modules": [{"path": ["root"], "outputs": {}, "resources": {}, "depends_on": []}]}\n';

  it('a directory skips a .tfstate file that holds no state: empty (as the local backend creates it before the first write), a backend\'s settings (.terraform/terraform.tfstate), other JSON, cut short', async () => {
    const files = {
      'terraform.tfstate': '',
      'envs/dev/terraform.tfstate': '\n',
      '.terraform/terraform.tfstate': backend,
      'envs/old/.terraform/terraform.tfstate': oldBackend,
      'cut.tfstate': '{"version": 4, "terraform_version": "1.9.5", "resources": [',
      'other.tfstate': '{"Statement": []}\n',
      // Another tool's JSON with a version and modules: not a state of Terraform 0.11 (no root module).
      'bundle.json': '{"version": 1, "modules": [{"name": "a"}]}\n',
      'envs/prod/terraform.tfstate': state([{ mode: 'managed', type: 'aws_iam_policy', name: 'p', provider: 'p', instances: [{ schema_version: 0, attributes: { policy: policy('s3:GetObjekt') } }] }]),
    };
    const outcome = await lint(files);
    expect(outcome.toolErrors).toEqual([]);
    expect(outcome.toolWarnings).toEqual([]);
    expect(outcome.results.map((r) => [r.filePath.slice(outcome.dir.length + 1), r.messages.map((m) => [m.ruleId, m.line, m.column])])).toEqual([
      ['envs/prod/terraform.tfstate', [['action-exists', 17, 100]]],
    ]);
    // With an `include` you set, as well (not named: not asked for by name).
    const included = await lint({ ...files, '.policy-lint.json': JSON.stringify({ include: ['**/*.tfstate'] }) });
    expect([included.toolErrors, included.toolWarnings]).toEqual([[], []]);
    expect(included.results.map((r) => r.filePath.slice(included.dir.length + 1))).toEqual(['envs/prod/terraform.tfstate']);
    // Under --skip-non-policies, named ones as well.
    const skipped = await lint(files, ['.terraform/terraform.tfstate', 'other.tfstate', 'terraform.tfstate'], { skipNonPolicies: true });
    expect([skipped.results, skipped.toolErrors, skipped.toolWarnings]).toEqual([[], [], []]);
    // A directory of such files only is as unmatched as an empty one (.terraform/ is never entered).
    const alone = await lint({ 'terraform.tfstate': '\n', '.terraform/terraform.tfstate': backend });
    expect(alone.toolErrors).toEqual(['No files matching the pattern "." were found: its file is neither an IAM policy nor a CloudFormation template nor a Terraform state (name a file to lint it anyway).']);
  });

  it('named, a .tfstate file that holds no state is said to be what it is, never linted as a policy', async () => {
    const files = { '.terraform/terraform.tfstate': backend, 'old/.terraform/terraform.tfstate': oldBackend, 'empty.tfstate': '\n', 'other.tfstate': '{"Statement": []}\n', 'list.tfstate': '[]' };
    // A backend's settings and an empty file hold no policy: a warning, not an error (exit 0).
    const settings = await lint(files, ['.terraform/terraform.tfstate', 'old/.terraform/terraform.tfstate', 'empty.tfstate']);
    expect([settings.results, settings.toolErrors]).toEqual([[], []]);
    expect(settings.toolWarnings).toEqual([
      '.terraform/terraform.tfstate: skipped: the settings of a Terraform backend (terraform init writes them in .terraform/), not a state: no IAM policies',
      'empty.tfstate: skipped: empty, which Terraform reads as no state: no IAM policies',
      'old/.terraform/terraform.tfstate: skipped: the settings of a Terraform backend (terraform init writes them in .terraform/), not a state: no IAM policies',
    ]);
    // Other JSON: one error that names the file (exit 2), as a named YAML file that is no template.
    const other = await lint(files, ['other.tfstate', 'list.tfstate']);
    expect([other.results, other.toolWarnings]).toEqual([[], []]);
    expect(other.toolErrors).toEqual(['list.tfstate', 'other.tfstate'].map((file) =>
      `${file}: not a Terraform state (a JSON object with "version" and "resources", or "modules" before Terraform 0.12), and policy-lint reads a .tfstate file only as one`));
    // --print-config: no policy, and what linting says.
    for (const [file, error] of [['other.tfstate', true], ['.terraform/terraform.tfstate', false], ['empty.tfstate', false]] as const) {
      const outcome = await templatePolicies(join(settings.dir, file), settings.dir);
      expect([outcome?.template, outcome?.policies, outcome?.notice?.error]).toEqual(['Terraform state', [], error]);
      expect(outcome?.notice?.message).toBe([...settings.toolWarnings, ...other.toolErrors].find((m) => m.startsWith(`${file}:`)));
    }
    // Cut short: at the end of the file, where the JSON stops.
    const cut = messagesOf(await lint({ 'cut.tfstate': '{"version": 4, "terraform_version": "1.9.5", "resources": [' }, ['cut.tfstate']), 'cut.tfstate');
    expect(cut.map((m) => [m.ruleId, m.line, m.column])).toEqual([['json-syntax', 1, 60]]);
  });
});

/** A state file of Terraform 0.11 (format version 3) of these modules, as it wrote them (four spaces). */
function legacyState(modules: object[]): string {
  return `${JSON.stringify({ version: 3, terraform_version: '0.11.14', serial: 4, lineage: 'l', modules }, null, 4)}\n`;
}
