/**
 * aws_lambda_permission and aws_lambda_layer_version_permission: the statement Lambda adds, written from the
 * resource's attributes and linted as a resource policy, each finding on the attribute that supplies it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { terraformModuleEmbeddedPolicies } from '../../src/terraform/lint.js';
import { lint, messagesOf, tokenOf } from '../cloudformation/helpers.js';

const tf = `resource "aws_lambda_permission" "allow_bucket" {
  statement_id  = "AllowExecutionFromS3Bucket"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.func.arn
  principal     = "s3.amazonaws.com"
}

resource "aws_lambda_permission" "with_source" {
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.func.function_name
  principal     = "sns.amazonaws.com"
  source_arn    = aws_sns_topic.default.arn
  qualifier     = aws_lambda_alias.live.name
}

resource "aws_lambda_permission" "url" {
  action                 = "lambda:InvokeFunctionUrl"
  function_name          = "my-function"
  principal              = "*"
  function_url_auth_type = "NONE"
}

resource "aws_lambda_permission" "account" {
  action        = "lambda:InvokeFuntion"
  function_name = "my-function"
  principal     = "111122223333"
  qualifier     = "live"
}

resource "aws_lambda_layer_version_permission" "public" {
  layer_name     = "arn:aws:lambda:us-west-2:123456654321:layer:test_layer1"
  version_number = 1
  principal      = "*"
  action         = "lambda:GetLayerVersion"
  statement_id   = "public"
}

resource "aws_lambda_layer_version_permission" "org" {
  layer_name      = aws_lambda_layer_version.x.layer_arn
  version_number  = aws_lambda_layer_version.x.version
  principal       = "*"
  organization_id = "o-abcdefghij"
  action          = "lambda:GetLayerVersion"
  statement_id    = "org"
}
`;

describe('Terraform permission resources', () => {
  it('findings on the attribute that supplies the element, with paths by attribute name', async () => {
    const messages = messagesOf(await lint({ 'main.tf': tf }), 'main.tf');
    expect(messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn, tokenOf(tf, m), m.path])).toEqual([
      ['service-principal-source', 5, 19, 5, 37, '"s3.amazonaws.com"', ['resource', 'aws_lambda_permission', 'allow_bucket', 'principal']],
      ['principal-public-access', 19, 28, 19, 31, '"*"', ['resource', 'aws_lambda_permission', 'url', 'principal']],
      ['action-exists', 24, 19, 24, 41, '"lambda:InvokeFuntion"', ['resource', 'aws_lambda_permission', 'account', 'action']],
      ['principal-public-access', 33, 20, 33, 23, '"*"', ['resource', 'aws_lambda_layer_version_permission', 'public', 'principal']],
    ]);
  });

  it('messages name the attributes to set, not condition keys to add', async () => {
    const text = `resource "aws_lambda_permission" "s3" {
  action        = "lambda:InvokeFunction"
  function_name = "f"
  principal     = "s3.amazonaws.com"
}

resource "aws_lambda_permission" "weak" {
  action        = "lambda:InvokeFunction"
  function_name = "f"
  principal     = "*"
  source_arn    = "arn:aws:s3:::*"
}

resource "aws_lambda_layer_version_permission" "public" {
  layer_name     = "arn:aws:lambda:us-west-2:123456654321:layer:l"
  version_number = 1
  principal      = "*"
  action         = "lambda:GetLayerVersion"
}
`;
    const messages = messagesOf(await lint({ 'main.tf': text }), 'main.tf');
    expect(messages.map((m) => [m.ruleId, m.messageId, m.line, m.column, m.message])).toEqual([
      ['service-principal-source', 'missingSource', 4, 19, 'Service principal "s3.amazonaws.com" is granted access without a source condition, so the service can be made to use it on behalf of any account (the confused deputy problem); set "source_arn" or "source_account".'],
      ['principal-public-access', 'resourceWeak', 10, 19, '"principal": "*" makes the actions of this statement public, open to anyone including anonymous users: the condition on "source_arn" does not limit who the caller is, as the value "arn:aws:s3:::*" matches callers of any account; name the principal in "principal", or set "principal_org_id".'],
      ['principal-public-access', 'resource', 17, 20, '"principal": "*" makes the actions of this statement public, open to anyone including anonymous users, as no condition limits who the caller is; name the principal in "principal", or set "organization_id".'],
    ]);
  });

  it('action-resource-type speaks of the function_name attribute, not of a Resource to add an ARN to', async () => {
    const text = `resource "aws_lambda_permission" "layer_action" {
  action        = "lambda:GetLayerVersion"
  function_name = "my-function"
  principal     = "123456789012"
}
`;
    const messages = messagesOf(await lint({ 'main.tf': text }), 'main.tf');
    expect(messages.map((m) => [m.ruleId, m.messageId, m.line, m.column, m.endColumn, m.message])).toEqual([
      ['action-resource-type', 'noMatchingResource', 2, 19, 43, '"lambda:GetLayerVersion" acts on layerVersion resources (arn:${Partition}:lambda:${Region}:${Account}:layer:${LayerName}:${LayerVersion}), and what "function_name" names is not one, so the permission never allows it; write in "action" an action on functions, or in "function_name" the function the action is for.'],
    ]);
  });

  it('the statement Lambda writes: qualifier and version number appended to the resource', () => {
    const statements = terraformModuleEmbeddedPolicies([{ filePath: 'main.tf', text: tf }]).get('main.tf')!.policies.map((p) => JSON.parse(p.embedded.text).Statement);
    expect(statements[1]).toEqual({
      Effect: 'Allow', Principal: { Service: 'sns.amazonaws.com' }, Action: 'lambda:InvokeFunction',
      Resource: '${TF::aws_lambda_function.func.function_name}:${TF::aws_lambda_alias.live.name}',
      Condition: { ArnLike: { 'AWS:SourceArn': '${TF::aws_sns_topic.default.arn}' } },
    });
    expect(statements[3].Principal).toEqual({ AWS: 'arn:${AWS::Partition}:iam::111122223333:root' });
    expect(statements[3].Resource).toBe('arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:my-function:live');
    expect(statements[4].Resource).toBe('arn:aws:lambda:us-west-2:123456654321:layer:test_layer1:1');
    expect(statements[5].Condition).toEqual({ StringEquals: { 'aws:PrincipalOrgID': 'o-abcdefghij' } });
  });

  it('an optional attribute set to "" (or false) is no condition, as the provider sends neither; awscc sends ""; null is unset', async () => {
    const text = `resource "aws_lambda_permission" "s3" {
  action                   = "lambda:InvokeFunction"
  function_name            = "f"
  principal                = "s3.amazonaws.com"
  source_account           = ""
  source_arn               = ""
  qualifier                = ""
  event_source_token       = ""
  function_url_auth_type   = ""
  invoked_via_function_url = false
}

resource "aws_lambda_permission" "public" {
  action           = "lambda:InvokeFunction"
  function_name    = "f"
  principal        = "*"
  principal_org_id = ""
}

resource "aws_lambda_layer_version_permission" "public" {
  layer_name      = "arn:aws:lambda:us-west-2:123456654321:layer:l"
  version_number  = 1
  principal       = "*"
  action          = "lambda:GetLayerVersion"
  organization_id = ""
}

resource "awscc_lambda_permission" "cc" {
  action         = "lambda:InvokeFunction"
  function_name  = "f"
  principal      = "s3.amazonaws.com"
  source_account = ""
}

resource "aws_lambda_permission" "null" {
  action           = "lambda:InvokeFunction"
  function_name    = "f"
  principal        = "s3.amazonaws.com"
  source_account   = local.account
  principal_org_id = null
}

locals {
  account = ""
}
`;
    const messages = messagesOf(await lint({ 'main.tf': text }), 'main.tf');
    expect(messages.map((m) => [m.ruleId, m.line, m.column, tokenOf(text, m)])).toEqual([
      ['service-principal-source', 4, 30, '"s3.amazonaws.com"'],
      ['principal-public-access', 16, 22, '"*"'],
      ['principal-public-access', 23, 21, '"*"'],
      ['condition-account-id-format', 32, 20, '""'],
      // null is not set (Terraform's rule, for any provider); a local's "" is what the provider gets.
      ['service-principal-source', 38, 22, '"s3.amazonaws.com"'],
    ]);
    const statements = terraformModuleEmbeddedPolicies([{ filePath: 'main.tf', text }]).get('main.tf')!.policies.map((p) => JSON.parse(p.embedded.text).Statement);
    expect(statements[0]).toEqual({ Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: 'arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:f' });
  });

  it('the Cloud Control provider\'s resources (awscc_lambda_permission), with CloudFormation\'s properties in snake case', async () => {
    const text = `resource "awscc_lambda_permission" "public" {
  action        = "lambda:InvokeFunction"
  function_name = "example-lambda-function"
  principal     = "*"
}

resource "awscc_lambda_permission" "org" {
  action           = "lambda:InvokeFunction"
  function_name    = "example-lambda-function"
  principal        = "*"
  principal_org_id = "o-abcdefghij"
}

resource "awscc_lambda_layer_version_permission" "layer" {
  action            = "lambda:GetLayerVersion"
  layer_version_arn = "arn:aws:lambda:us-east-1:123456789012:layer:shared:3"
  principal         = "*"
}
`;
    const messages = messagesOf(await lint({ 'cc.tf': text }), 'cc.tf');
    expect(messages.map((m) => [m.ruleId, m.line, m.column, tokenOf(text, m), m.path])).toEqual([
      ['principal-public-access', 4, 19, '"*"', ['resource', 'awscc_lambda_permission', 'public', 'principal']],
      ['principal-public-access', 17, 23, '"*"', ['resource', 'awscc_lambda_layer_version_permission', 'layer', 'principal']],
    ]);
  });

  it('an ignore entry by the attribute\'s path covers its finding; --fix leaves the file alone', async () => {
    const config = JSON.stringify({ ignore: [{ files: ['main.tf'], path: '$.resource.aws_lambda_permission.url.principal', reason: 'a public function URL, on purpose' }] });
    const outcome = await lint({ 'main.tf': tf, '.policy-lint.json': config }, ['.'], { fix: true });
    expect(messagesOf(outcome, 'main.tf').map((m) => [m.ruleId, m.line])).toEqual([['service-principal-source', 5], ['action-exists', 24], ['principal-public-access', 33]]);
    expect(readFileSync(join(outcome.dir, 'main.tf'), 'utf8')).toBe(tf);
  });
});
