/**
 * Terraform plan and state JSON (`terraform show -json`): each policy string of a managed resource in
 * `planned_values` (or `values`), through the child modules, linted with the policy type its resource gives it,
 * each finding on the characters of the string literal in the plan file (escapes and all).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readTerraformPlan } from '../../src/terraform/plan.js';
import { templatePolicies } from '../../src/run.js';
import { lint, messagesOf, tokenOf } from '../cloudformation/helpers.js';

const fixtures = join(import.meta.dirname, '..', 'fixtures', 'terraform-plan');
const fixture = (name: string) => readFileSync(join(fixtures, name), 'utf8');

/** [ruleId, line, column, endColumn, the text of the file under the finding] of each message. */
const found = (text: string, messages: ReturnType<typeof messagesOf>) => messages.map((m) => [m.ruleId, m.line, m.column, m.endColumn, tokenOf(text, m)]);

/** A plan as `terraform show -json` writes it (one line), with these resources in its root module. */
const plan = (resources: object[], more: object = {}) => `${JSON.stringify({
  format_version: '1.2', terraform_version: '1.9.5', planned_values: { root_module: { resources } }, ...more,
})}\n`;
const resource = (type: string, name: string, values: object, extra: object = {}) => ({
  address: `${type}.${name}`, mode: 'managed', type, name, provider_name: 'registry.terraform.io/hashicorp/aws', schema_version: 0, values, sensitive_values: {}, ...extra,
});

describe('Terraform plan JSON', () => {
  it('lints the policies of the root module and of nested child modules, at their characters in the one-line file', async () => {
    const text = fixture('plan.json');
    const messages = messagesOf(await lint({ 'plan.json': text }), 'plan.json');
    // Not: the data source's `json` (the same s3:GetObjekt), the policy being deleted (in resource_changes only),
    // the policy known only after apply (aws_iam_policy.later).
    expect(found(text, messages)).toEqual([
      ['action-exists', 1, 752, 768, '\\"s3:GetObjekt\\"'],
      ['pass-role-scope', 1, 1609, 1625, '\\"iam:PassRole\\"'],
      ['admin-managed-policy', 1, 2093, 2138, '"arn:aws:iam::aws:policy/AdministratorAccess"'],
      ['no-principal-in-identity-policy', 1, 3059, 3072, '\\"Principal\\"'],
      ['principal-public-access', 1, 3600, 3605, '\\"*\\"'],
    ]);
    expect(messages.map((m) => m.path)).toEqual([
      ['planned_values', 'root_module', 'resources', 0, 'values', 'policy', 'Statement', 1, 'Action'],
      ['planned_values', 'root_module', 'resources', 2, 'values', 'inline_policy', 0, 'policy', 'Statement', 0, 'Action', 0],
      ['planned_values', 'root_module', 'resources', 3, 'values', 'policy_arn'],
      ['planned_values', 'root_module', 'child_modules', 0, 'resources', 0, 'values', 'policy', 'Statement', 1, 'Principal'],
      ['planned_values', 'root_module', 'child_modules', 0, 'child_modules', 0, 'resources', 0, 'values', 'policy', 'Statement', 0, 'Principal'],
    ]);
    // One line: a column is the offset of the range in the file, plus one.
    expect(messages.every((m) => m.column === m.range![0] + 1 && m.endColumn === m.range![1] + 1)).toBe(true);
    // A managed policy ARN's message names the resource's address.
    expect(messages[2].message).toContain('aws_iam_role_policy_attachment.admin.policy_arn');
  });

  it('maps a finding past \\", \\n, \\\\ and \\u escapes to its place in the string literal', async () => {
    // The policy's text holds "a\"b" (an escaped quote), a line break, and "&" (written \u0026, as Go writes it).
    const text = [
      '{"format_version":"1.2","terraform_version":"1.9.5","planned_values":{"root_module":{"resources":[',
      '{"address":"aws_iam_policy.p","mode":"managed","type":"aws_iam_policy","name":"p","values":{"policy":',
      '"{\\"Version\\":\\"2012-10-17\\",\\n\\"Statement\\":[{\\"Sid\\":\\"a\\\\\\"b\\",\\"Effect\\":\\"Allow\\",\\"Resource\\":\\"arn:aws:s3:::a\\u0026b\\",\\"Action\\":\\"s3:GetObjekt\\"}]}"',
      '}}]}}}',
      '',
    ].join('\n');
    expect(JSON.parse(JSON.parse(text).planned_values.root_module.resources[0].values.policy).Statement[0]).toMatchObject({ Sid: 'a"b', Resource: 'arn:aws:s3:::a&b' });
    const messages = messagesOf(await lint({ 'plan.json': text }), 'plan.json');
    const action = messages.find((m) => m.ruleId === 'action-exists')!;
    expect([action.line, action.column, action.endLine, action.endColumn, tokenOf(text, action)]).toEqual([3, 138, 3, 154, '\\"s3:GetObjekt\\"']);
    const sid = messages.find((m) => m.ruleId === 'sid-alphanumeric')!;
    // On the quote inside the Sid: \" in the policy, \\\" in the plan file.
    expect([sid.line, sid.column, sid.endColumn, tokenOf(text, sid)]).toEqual([3, 59, 63, '\\\\\\"']);
  });

  it('an empty permissions_boundary (what the provider reads back for one not set) is no ARN to judge', async () => {
    // As in a plan of existing resources or a state (Andr1yK/aws_devops_task_5_use_iam_roles tfplan.json).
    const text = plan([
      resource('aws_iam_role', 'r', { name: 'r', assume_role_policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }), permissions_boundary: '', managed_policy_arns: [] }),
      resource('aws_iam_user', 'u', { name: 'u', permissions_boundary: '' }),
      resource('aws_iam_user', 'v', { name: 'v', permissions_boundary: 'ReadOnlyAccess' }),
    ]);
    const messages = messagesOf(await lint({ 'plan.json': text }), 'plan.json');
    expect(messages.map((m) => [m.ruleId, tokenOf(text, m)])).toEqual([['arn-format', '"ReadOnlyAccess"']]);
  });

  it('a VPC endpoint\'s computed policy that holds its aws_vpc_endpoint_policy\'s text is read once, at the policy resource', () => {
    const policy = JSON.stringify({ Statement: [{ Action: 's3:GetObject', Effect: 'Allow', Principal: '*', Resource: 'arn:aws:s3:::b/*' }], Version: '2012-10-17' });
    const text = `${JSON.stringify({
      format_version: '1.0', terraform_version: '1.9.5',
      values: { root_module: { resources: [
        resource('aws_vpc_endpoint', 's3', { id: 'vpce-1', policy, vpc_endpoint_type: 'Gateway' }),
        resource('aws_vpc_endpoint_policy', 's3', { id: 'vpce-1', policy, vpc_endpoint_id: 'vpce-1' }),
      ] } },
    })}\n`;
    expect(readTerraformPlan(text, JSON.parse(text), 'values').policies.map((p) => p.address)).toEqual(['aws_vpc_endpoint_policy.s3']);
  });

  it('the full-access policy AWS gives a VPC endpoint that the configuration gives none is not read', () => {
    // As read back for an Interface endpoint (jondon09/src-terraform-aws-ssm-project plan.out.json), and a Gateway one.
    const interfaceDefault = '{"Statement":[{"Action":"*","Effect":"Allow","Principal":"*","Resource":"*"}]}';
    const gatewayDefault = '{"Statement":[{"Action":"*","Effect":"Allow","Principal":"*","Resource":"*"}],"Version":"2008-10-17"}';
    const own = '{"Statement":[{"Action":"*","Effect":"Allow","Principal":"*","Resource":"*","Condition":{"StringEquals":{"aws:PrincipalAccount":"123456789012"}}}],"Version":"2012-10-17"}';
    const text = plan([
      resource('aws_vpc_endpoint', 'ssm', { policy: interfaceDefault, vpc_endpoint_type: 'Interface' }),
      resource('aws_vpc_endpoint', 's3', { policy: gatewayDefault, vpc_endpoint_type: 'Gateway' }),
      resource('aws_vpc_endpoint', 'own', { policy: own, vpc_endpoint_type: 'Interface' }),
      resource('aws_vpc_endpoint_policy', 'full', { policy: interfaceDefault, vpc_endpoint_id: 'vpce-1' }),
    ]);
    expect(readTerraformPlan(text, JSON.parse(text), 'planned_values').policies.map((p) => p.address)).toEqual([
      'aws_vpc_endpoint.own', 'aws_vpc_endpoint_policy.full',
    ]);
  });

  it('reads the state (`values`) as a plan, and a computed copy of a policy once, at its own resource', async () => {
    const text = fixture('state.json');
    const messages = messagesOf(await lint({ 'state.json': text }), 'state.json');
    // aws_s3_bucket.site's `policy` and aws_iam_role.ci's inline policy and managed policy ARN are what the
    // aws_s3_bucket_policy, aws_iam_role_policy and aws_iam_role_policy_attachment resources set.
    expect(found(text, messages)).toEqual([
      ['principal-public-access', 16, 127, 132, '\\"*\\"'],
      ['admin-managed-policy', 56, 27, 72, '"arn:aws:iam::aws:policy/AdministratorAccess"'],
      ['principal-public-access', 85, 104, 109, '\\"*\\"'],
      ['schema', 97, 82, 95, '\\"Principal\\"'],
    ]);
    expect(messages.map((m) => m.path!.slice(0, 6))).toEqual([
      ['values', 'root_module', 'resources', 0, 'values', 'assume_role_policy'],
      ['values', 'root_module', 'resources', 2, 'values', 'policy_arn'],
      ['values', 'root_module', 'resources', 4, 'values', 'policy'],
      ['values', 'root_module', 'resources', 5, 'values', 'content'],
    ]);
  });

  it('reads the oldest format (0.1, Terraform 0.12: no sensitive_values, provider_name without registry), pretty-printed', async () => {
    const dir = join(import.meta.dirname, '..', 'fixtures', 'terraform-plan-0.1');
    const text = readFileSync(join(dir, 'tfplan.json'), 'utf8');
    const messages = messagesOf(await lint({ 'tfplan.json': text }), 'tfplan.json');
    expect(found(text, messages)).toEqual([
      ['sid-alphanumeric', 20, 110, 114, '\\"\\"'],
      ['principal-public-access', 20, 245, 250, '\\"*\\"'],
      ['sid-alphanumeric', 32, 305, 309, '\\"\\"'],
      ['privilege-escalation', 56, 134, 143, '\\"ec2:*\\"'],
    ]);
    expect((await templatePolicies(join(dir, 'tfplan.json')))?.policies.map((p) => p.address)).toEqual([
      'aws_elasticsearch_domain_policy.monitoring-framework-policy', 'aws_iam_role.ec2role', 'aws_iam_role_policy.ec2policy',
    ]);
  });

  it('a topic or key policy AWS wrote as the default is not read; one the configuration set is', () => {
    const topicDefault = JSON.stringify({ Version: '2008-10-17', Id: '__default_policy_ID', Statement: [{ Sid: '__default_statement_ID', Effect: 'Allow', Principal: { AWS: '*' }, Action: 'SNS:Publish', Resource: 'arn:aws:sns:us-east-1:123456789012:t', Condition: { StringEquals: { 'AWS:SourceOwner': '123456789012' } } }] });
    const keyDefault = JSON.stringify({ Version: '2012-10-17', Id: 'key-default-1', Statement: [{ Sid: 'Enable IAM User Permissions', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::123456789012:root' }, Action: 'kms:*', Resource: '*' }] });
    const own = JSON.stringify({ Version: '2008-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'SNS:Publish', Resource: '*' }] });
    // The configuration's own policies that keep the default's Id (the aws_sns_topic_policy example of the
    // provider's documentation sets policy_id = "__default_policy_ID"), with statements of their own.
    const ownWithId = JSON.stringify({ Version: '2012-10-17', Id: '__default_policy_ID', Statement: [{ Sid: 'Public', Effect: 'Allow', Principal: '*', Action: 'sns:Publish', Resource: '*' }] });
    const keyWithId = JSON.stringify({ ...JSON.parse(keyDefault), Statement: [...JSON.parse(keyDefault).Statement, { Sid: 'Everyone', Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' }] });
    const text = `${JSON.stringify({
      format_version: '1.0', terraform_version: '1.9.5',
      values: { root_module: { resources: [
        resource('aws_sns_topic', 'default', { policy: topicDefault }),
        resource('aws_kms_key', 'default', { policy: keyDefault }),
        resource('aws_sns_topic', 'own', { policy: own }),
        resource('aws_sns_topic', 'own_id', { policy: ownWithId }),
        resource('aws_kms_key', 'own_id', { policy: keyWithId }),
      ] } },
    })}\n`;
    expect(readTerraformPlan(text, JSON.parse(text), 'values').policies.map((p) => p.address)).toEqual(['aws_sns_topic.own', 'aws_sns_topic.own_id', 'aws_kms_key.own_id']);
  });

  it('a container\'s computed policy is not read where a policy resource names it, whatever text it holds', async () => {
    // A plan that fixes the bucket policy of an existing bucket: the bucket's own `policy` (computed, not set in the
    // configuration) keeps the text of the state until apply; AWS's wording of a queue's policy (keys in its order)
    // is not the text its policy resource holds.
    const statement = (principal: unknown) => ({ Effect: 'Allow', Principal: principal, Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*' });
    const fixed = JSON.stringify({ Version: '2012-10-17', Statement: [statement({ AWS: 'arn:aws:iam::123456789012:root' })] });
    const stale = JSON.stringify({ Version: '2012-10-17', Statement: [statement('*')] });
    const queuePolicy = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: 'arn:aws:sqs:us-east-1:123456789012:q' }] };
    const url = 'https://sqs.us-east-1.amazonaws.com/123456789012/q';
    const text = plan([
      resource('aws_s3_bucket', 'site', { bucket: 'site', id: 'site', policy: stale }),
      resource('aws_s3_bucket_policy', 'site', { bucket: 'site', id: 'site', policy: fixed }),
      resource('aws_sqs_queue', 'q', { id: url, url, policy: JSON.stringify({ Statement: queuePolicy.Statement, Version: queuePolicy.Version }) }),
      resource('aws_sqs_queue_policy', 'q', { queue_url: url, policy: JSON.stringify(queuePolicy, null, 2) }),
    ]);
    const read = readTerraformPlan(text, JSON.parse(text), 'planned_values');
    expect(read.policies.map((p) => p.address)).toEqual(['aws_s3_bucket_policy.site', 'aws_sqs_queue_policy.q']);
    const messages = messagesOf(await lint({ 'plan.json': text }), 'plan.json');
    expect(messages.map((m) => [m.ruleId, m.path?.slice(0, 5)])).toEqual([['principal-public-access', ['planned_values', 'root_module', 'resources', 3, 'values']]]);
  });

  it('a role\'s computed managed_policy_arns are not read where attachment resources attach its policies', async () => {
    // A plan that attaches ReadOnlyAccess in place of AdministratorAccess: the role's own list keeps the state's
    // (the ARN being detached) until apply.
    const trust = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] });
    const text = plan([
      resource('aws_iam_role', 'ci', { name: 'ci', assume_role_policy: trust, managed_policy_arns: ['arn:aws:iam::aws:policy/AdministratorAccess'] }),
      resource('aws_iam_role_policy_attachment', 'ci', { role: 'ci', policy_arn: 'arn:aws:iam::aws:policy/ReadOnlyAccess' }),
      resource('aws_iam_role', 'own', { name: 'own', assume_role_policy: trust, managed_policy_arns: ['arn:aws:iam::aws:policy/AdministratorAccess'] }),
    ]);
    const messages = messagesOf(await lint({ 'plan.json': text }), 'plan.json');
    expect(messages.map((m) => [m.ruleId, m.path])).toEqual([
      ['admin-managed-policy', ['planned_values', 'root_module', 'resources', 2, 'values', 'managed_policy_arns', 0]],
    ]);
  });

  it('gives --print-config each policy with its address and type', async () => {
    const outcome = await templatePolicies(join(fixtures, 'plan.json'));
    expect(outcome?.template).toBe('Terraform plan');
    expect(outcome?.policies.map((p) => [p.address, p.policyType])).toEqual([
      ['aws_iam_policy.escapes', 'identity'],
      ['aws_iam_role.app', 'trust'],
      ['aws_iam_role.app.inline_policy[0]', 'identity'],
      ['module.app.aws_iam_policy.this["x"]', 'identity'],
      ['module.app.module.site.aws_s3_bucket_policy.this', 'resource'],
    ]);
    expect((await templatePolicies(join(fixtures, 'state.json')))?.template).toBe('Terraform state');
  });

  it('an organizations policy is an SCP or an RCP by its type, and not read when its type is unknown', () => {
    const content = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*' }] });
    const text = plan([
      resource('aws_organizations_policy', 'scp', { content, type: 'SERVICE_CONTROL_POLICY' }),
      resource('aws_organizations_policy', 'rcp', { content, type: 'RESOURCE_CONTROL_POLICY' }),
      resource('aws_organizations_policy', 'tag', { content, type: 'TAG_POLICY' }),
      resource('aws_organizations_policy', 'open', { content }),
    ]);
    const read = readTerraformPlan(text, JSON.parse(text), 'planned_values');
    expect(read.policies.map((p) => [p.address, p.policyType])).toEqual([['aws_organizations_policy.scp', 'scp'], ['aws_organizations_policy.rcp', 'rcp']]);
  });

  it('a permission resource: its statement, an attribute known only after apply as a placeholder', async () => {
    const text = plan([
      resource('aws_lambda_permission', 's3', { action: 'lambda:InvokeFunction', function_name: 'f', principal: 's3.amazonaws.com', source_arn: null }),
      resource('aws_lambda_permission', 'later', { action: 'lambda:InvokeFunction', function_name: 'f', principal: 's3.amazonaws.com' }),
    ], {
      resource_changes: [{ address: 'aws_lambda_permission.later', change: { actions: ['create'], after_unknown: { id: true, source_arn: true } } }],
    });
    const messages = messagesOf(await lint({ 'plan.json': text }), 'plan.json');
    expect(messages.map((m) => [m.ruleId, tokenOf(text, m), m.path])).toEqual([
      ['service-principal-source', '"s3.amazonaws.com"', ['planned_values', 'root_module', 'resources', 0, 'values', 'principal']],
    ]);
    expect(messages[0].message).toContain('set "source_arn" or "source_account"');
  });

  it('a permission resource\'s optional attribute planned as "" is no condition, as the provider sends none', async () => {
    // A permission already applied: the plan's values are the state's, "" for each optional string not set.
    const values = { action: 'lambda:InvokeFunction', function_name: 'f', principal: '*', principal_org_id: '', qualifier: '', source_account: '', source_arn: '' };
    const text = plan([resource('aws_lambda_permission', 'p', values)], {
      resource_changes: [{ address: 'aws_lambda_permission.p', mode: 'managed', type: 'aws_lambda_permission', name: 'p', change: { actions: ['no-op'], before: values, after: values, after_unknown: {} } }],
    });
    const messages = messagesOf(await lint({ 'plan.json': text }), 'plan.json');
    expect(messages.map((m) => [m.ruleId, m.column, tokenOf(text, m), m.path])).toEqual([
      ['principal-public-access', 343, '"*"', ['planned_values', 'root_module', 'resources', 0, 'values', 'principal']],
    ]);
  });

  it('a fixable finding comes without a fix, and --fix leaves the plan as it is', async () => {
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'allow', Action: 's3:GetObject', Resource: '*' }] });
    const text = plan([resource('aws_iam_policy', 'p', { policy })]);
    const { readFileSync: read } = await import('node:fs');
    const outcome = await lint({ 'plan.json': text }, ['.'], { fix: true });
    const messages = messagesOf(outcome, 'plan.json');
    expect(messages.map((m) => m.ruleId)).toEqual(['effect-valid']);
    expect(messages[0].fix).toBeUndefined();
    expect(messages[0].suggestions).toBeUndefined();
    expect(read(join(outcome.dir, 'plan.json'), 'utf8')).toBe(text);
  });

  it('is linted when a directory gives it among other JSON; a plan without IAM resources has no findings', async () => {
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' }] });
    const outcome = await lint({
      'tfplan.json': plan([resource('aws_iam_user_policy', 'u', { policy, user: 'u' })]),
      'no-iam.json': fixture('no-iam.json'),
      'package.json': '{"name": "x", "version": "1.0.0"}\n',
      // The same keys, but no plan: other JSON.
      'other.json': '{"format_version": "1.0", "values": {}}\n',
    });
    expect(outcome.toolErrors).toEqual([]);
    expect(outcome.results.map((r) => [r.filePath.slice(outcome.dir.length + 1), r.messages.map((m) => m.ruleId)])).toEqual([
      ['no-iam.json', []],
      ['tfplan.json', ['action-exists']],
    ]);
  });

  it('an empty state (`terraform show -json` before the first apply prints {"format_version":"1.0"}) has no findings and is not fixed', async () => {
    const text = '{"format_version":"1.0"}\n';
    const outcome = await lint({ 'state.json': text }, ['state.json'], { fix: true });
    expect(outcome.toolErrors).toEqual([]);
    expect(messagesOf(outcome, 'state.json')).toEqual([]);
    expect(readFileSync(join(outcome.dir, 'state.json'), 'utf8')).toBe(text);
    expect(await templatePolicies(join(outcome.dir, 'state.json'))).toEqual({ template: 'Terraform state', policies: [] });
  });

  it('an ignore path selects a resource by its address, into its policy', async () => {
    const text = fixture('plan.json');
    const config = JSON.stringify({
      ignore: [
        { files: ['plan.json'], path: `$..resources[?(@.address=='module.app.aws_iam_policy.this["x"]')].values.policy.Statement[1]`, reason: 'queue' },
        { files: ['plan.json'], path: `$.planned_values.root_module.resources[?(@.address=='aws_iam_role_policy_attachment.admin')].values.policy_arn`, reason: 'break-glass' },
      ],
    });
    const outcome = await lint({ 'plan.json': text, '.policy-lint.json': config });
    expect(messagesOf(outcome, 'plan.json').map((m) => m.ruleId)).toEqual(['action-exists', 'pass-role-scope', 'principal-public-access']);
  });
});
