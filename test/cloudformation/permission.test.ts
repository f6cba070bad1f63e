/**
 * AWS::Lambda::Permission and AWS::Lambda::LayerVersionPermission: the statement Lambda adds to the function's
 * (layer version's) policy, written from the resource's properties and linted as a resource policy, each
 * finding on the property that supplies the element.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lintEmbeddedPolicies, templateEmbeddedPolicies } from '../../src/cloudformation/lint.js';
import { defineRule } from '../../src/engine/rule.js';
import { jsonTemplate, loadYaml, yamlTemplate } from '../../src/cloudformation/source.js';
import { lint, messagesOf, tokenOf } from './helpers.js';

const yaml = `AWSTemplateFormatVersion: '2010-09-09'
Conditions:
  Public: !Equals [!Ref Exposure, public]
Resources:
  S3Invoke:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: !GetAtt Fn.Arn
      Principal: s3.amazonaws.com
  S3InvokeWithSource:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: !Ref Fn
      Principal: s3.amazonaws.com
      SourceArn: !GetAtt Bucket.Arn
      SourceAccount: !Ref AWS::AccountId
  PublicUrl:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunctionUrl
      FunctionName: my-function
      Principal: '*'
      FunctionUrlAuthType: NONE
  OrgOnly:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: my-function:live
      Principal: '*'
      PrincipalOrgID: o-abcdefghij
  OtherAccount:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFuntion
      FunctionName: arn:aws:lambda:us-east-1:123456789012:function:f
      Principal: 111122223333
  EventRule:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: !Ref Fn
      Principal: events.amazonaws.com
      SourceArn: my-rule
  Skill:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: !Ref Fn
      Principal: alexa-appkit.amazon.com
      EventSourceToken: amzn1.ask.skill.12345678-1234-1234-1234-123456789012
  Maybe:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: !Ref Fn
      Principal: !If [Public, '*', '111122223333']
  SharedLayer:
    Type: AWS::Lambda::LayerVersionPermission
    Properties:
      Action: lambda:GetLayerVersion
      LayerVersionArn: !Ref Layer
      Principal: '*'
  OrgLayer:
    Type: AWS::Lambda::LayerVersionPermission
    Properties:
      Action: lambda:GetLayerVersion
      LayerVersionArn: !Ref Layer
      Principal: '*'
      OrganizationId: o-abcdefghij
`;

const row = (text: string) => (m: { ruleId: string | null; line: number; column: number; endLine?: number; endColumn?: number; path?: unknown }) =>
  [m.ruleId, m.line, m.column, m.endLine, m.endColumn, tokenOf(text, m as never), m.path];

describe('AWS::Lambda::Permission and AWS::Lambda::LayerVersionPermission', () => {
  it('YAML: the statement Lambda writes is linted as a resource policy, each finding on its property', async () => {
    const messages = messagesOf(await lint({ 'perm.yaml': yaml }), 'perm.yaml');
    expect(messages.map(row(yaml))).toEqual([
      ['service-principal-source', 10, 18, 10, 34, 's3.amazonaws.com', ['Resources', 'S3Invoke', 'Properties', 'Principal']],
      ['principal-public-access', 24, 18, 24, 21, "'*'", ['Resources', 'PublicUrl', 'Properties', 'Principal']],
      ['action-exists', 36, 15, 36, 35, 'lambda:InvokeFuntion', ['Resources', 'OtherAccount', 'Properties', 'Action']],
      ['condition-arn-value', 45, 18, 45, 25, 'my-rule', ['Resources', 'EventRule', 'Properties', 'SourceArn']],
      // The If's first branch ('*') is public; its other branch (an account) is not.
      ['principal-public-access', 58, 31, 58, 34, "'*'", ['Resources', 'Maybe', 'Properties', 'Principal']],
      ['principal-public-access', 64, 18, 64, 21, "'*'", ['Resources', 'SharedLayer', 'Properties', 'Principal']],
    ]);
  });

  it('messages name the properties to set, not condition keys to add; rule and message ids stay', async () => {
    const text = `Resources:
  S3Invoke:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: f
      Principal: s3.amazonaws.com
  Public:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: f
      Principal: '*'
      SourceArn: 'arn:aws:s3:::*'
  Layer:
    Type: AWS::Lambda::LayerVersionPermission
    Properties:
      Action: lambda:GetLayerVersion
      LayerVersionArn: arn:aws:lambda:us-east-1:123456789012:layer:l:1
      Principal: '*'
  Checked:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: f
      Principal: s3.amazonaws.com
      SourceAccount: '1234'
      FunctionUrlAuthType: NONE
`;
    const messages = messagesOf(await lint({ 'perm.yaml': text }), 'perm.yaml');
    expect(messages.map((m) => [m.ruleId, m.messageId, m.line, m.column, m.message])).toEqual([
      ['service-principal-source', 'missingSource', 7, 18, 'Service principal "s3.amazonaws.com" is granted access without a source condition, so the service can be made to use it on behalf of any account (the confused deputy problem); set "SourceArn" or "SourceAccount".'],
      ['principal-public-access', 'resourceWeak', 13, 18, '"Principal": "*" makes the actions of this statement public, open to anyone including anonymous users: the condition on "SourceArn" does not limit who the caller is, as the value "arn:aws:s3:::*" matches callers of any account; name the principal in "Principal", or set "PrincipalOrgID".'],
      ['principal-public-access', 'resource', 20, 18, '"Principal": "*" makes the actions of this statement public, open to anyone including anonymous users, as no condition limits who the caller is; name the principal in "Principal", or set "OrganizationId".'],
      ['condition-account-id-format', expect.any(String), 27, 22, 'Value "1234" is not an account ID; "SourceAccount" holds the 12-digit ID of an AWS account, such as "111122223333", so no request matches this value.'],
      ['condition-key-action-support', 'unsupported', 28, 7, 'The condition key "FunctionUrlAuthType" is never in requests for "lambda:InvokeFunction", so this condition does not work as intended for it; remove "FunctionUrlAuthType", or grant an action whose requests have that key.'],
    ]);
  });

  it('action-resource-type speaks of FunctionName, not of a Resource to add an ARN to; on a policy it keeps its advice', async () => {
    const text = `Resources:
  LayerAction:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:GetLayerVersion
      FunctionName: my-function
      Principal: '123456789012'
  Queue:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: arn:aws:sqs:us-east-1:123456789012:jobs
      Principal: '123456789012'
  QueuePolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [q]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { AWS: '123456789012' }
            Action: sqs:SendMessage
            Resource: arn:aws:sns:us-east-1:123456789012:orders
`;
    const messages = messagesOf(await lint({ 'perm.yaml': text }), 'perm.yaml').filter((m) => m.ruleId === 'action-resource-type');
    expect(messages.map((m) => [m.line, m.column, m.endColumn, m.message])).toEqual([
      [5, 15, 37, '"lambda:GetLayerVersion" acts on layerVersion resources (arn:${Partition}:lambda:${Region}:${Account}:layer:${LayerName}:${LayerVersion}), and what "FunctionName" names is not one, so the permission never allows it; write in "Action" an action on functions, or in "FunctionName" the function the action is for.'],
      [11, 15, 36, '"lambda:InvokeFunction" acts on function resources (arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}), and what "FunctionName" names is not one, so the permission never allows it; write in "Action" an action on functions, or in "FunctionName" the function the action is for.'],
      [23, 21, 36, '"sqs:SendMessage" acts on queue resources (arn:${Partition}:sqs:${Region}:${Account}:${QueueName}), and no Resource of this statement can be one, so the statement never allows it; add such an ARN to Resource or move the action to a statement that has one.'],
    ]);
  });

  it('the same rules on a policy keep their condition-key advice', async () => {
    const text = `Resources:
  Bucket:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: b
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: s3.amazonaws.com }
            Action: s3:PutObject
            Resource: arn:aws:s3:::b/*
`;
    const messages = messagesOf(await lint({ 'bucket.yaml': text }), 'bucket.yaml');
    expect(messages.map((m) => m.ruleId)).toEqual(['service-principal-source']);
    expect(messages[0].message).toMatch(/; add "aws:SourceArn", "aws:SourceAccount", "aws:SourceOrgID" or "aws:SourceOrgPaths"\.$/);
  });

  it('the statement: principals as Lambda writes them, the function ARN from a name, conditions from the source properties', async () => {
    await loadYaml();
    const texts = templateEmbeddedPolicies(yaml, yamlTemplate(yaml)).policies.map((p) => JSON.parse(p.embedded.text).Statement);
    expect(texts[1]).toEqual({
      Effect: 'Allow', Principal: { Service: 's3.amazonaws.com' }, Action: 'lambda:InvokeFunction', Resource: '${Ref::Fn}',
      Condition: { ArnLike: { 'AWS:SourceArn': '${GetAtt::Bucket.Arn}' }, StringEquals: { 'AWS:SourceAccount': '${AWS::AccountId}' } },
    });
    expect(texts[2].Principal).toBe('*');
    expect(texts[2].Resource).toBe('arn:${AWS::Partition}:lambda:${AWS::Region}:${AWS::AccountId}:function:my-function');
    expect(texts[2].Condition).toEqual({ StringEquals: { 'lambda:FunctionUrlAuthType': 'NONE' } });
    expect(texts[3].Condition).toEqual({ StringEquals: { 'aws:PrincipalOrgID': 'o-abcdefghij' } });
    expect(texts[4].Principal).toEqual({ AWS: 'arn:${AWS::Partition}:iam::111122223333:root' });
    expect(texts[6].Condition).toEqual({ StringEquals: { 'lambda:EventSourceToken': 'amzn1.ask.skill.12345678-1234-1234-1234-123456789012' } });
    expect(texts.at(-1).Condition).toEqual({ StringEquals: { 'aws:PrincipalOrgID': 'o-abcdefghij' } });
  });

  it('JSON: findings at the exact tokens, a condition key on its property\'s key; --fix leaves the resource alone', async () => {
    const text = `{
  "Resources": {
    "Url": {
      "Type": "AWS::Lambda::Permission",
      "Properties": {
        "Action": "lambda:InvokeFunction",
        "FunctionName": { "Ref": "Fn" },
        "Principal": "*",
        "FunctionUrlAuthType": "NONE"
      }
    },
    "Topic": {
      "Type": "AWS::Lambda::Permission",
      "Properties": {
        "Action": "lambda:invokefunction",
        "FunctionName": "arn:aws:lambda:us-east-1:123456789012:function:f",
        "Principal": "sns.amazonaws.com"
      }
    }
  }
}
`;
    const config = JSON.stringify({ rules: { 'condition-key-action-support': 'error' } });
    const outcome = await lint({ 'perm.json': text, '.policy-lint.json': config });
    expect(messagesOf(outcome, 'perm.json').map(row(text))).toEqual([
      ['principal-public-access', 8, 22, 8, 25, '"*"', ['Resources', 'Url', 'Properties', 'Principal']],
      // Lambda adds the condition to the statement, but an InvokeFunction request never carries the key.
      ['condition-key-action-support', 9, 9, 9, 30, '"FunctionUrlAuthType"', ['Resources', 'Url', 'Properties', 'FunctionUrlAuthType']],
      ['service-principal-source', 17, 22, 17, 41, '"sns.amazonaws.com"', ['Resources', 'Topic', 'Properties', 'Principal']],
    ]);
    const fixed = await lint({ 'perm.json': text, '.policy-lint.json': config }, ['.'], { fix: true });
    expect(readFileSync(join(fixed.dir, 'perm.json'), 'utf8')).toBe(text);
  });

  it('written keys and values are never the place of a finding; a resource without principal or action is not read', async () => {
    await loadYaml();
    const text = `Resources:
  NoPrincipal:
    Type: AWS::Lambda::Permission
    Properties: { Action: lambda:InvokeFunction, FunctionName: f }
  Dropped:
    Type: AWS::Lambda::Permission
    Properties: { Action: lambda:InvokeFunction, FunctionName: f, Principal: !Ref AWS::NoValue }
`;
    expect(templateEmbeddedPolicies(text, yamlTemplate(text)).policies).toEqual([]);
    const json = JSON.stringify({ Resources: { P: { Type: 'AWS::Lambda::Permission', Properties: { Action: 'lambda:InvokeFunction', FunctionName: 'f', Principal: 'sqs.amazonaws.com', SourceAccount: '111122223333' } } } }, null, 2);
    const [policy] = templateEmbeddedPolicies(json, jsonTemplate(json)).policies;
    expect(policy.fixable).toBe(false);
    // Every rule, on a clean permission: nothing, not even on the "Version", "Effect" or "Sid" the statement lacks.
    const outcome = await lint({ 'p.json': json, '.policy-lint.json': JSON.stringify({ extends: 'policy-lint:all' }) });
    expect(messagesOf(outcome, 'p.json')).toEqual([]);
  });

  it('a finding on text the linter writes (an element name, "Allow") is dropped; one on a property\'s value or about the statement is kept', async () => {
    await loadYaml();
    const text = `Resources:
  Perm:
    Type: AWS::Lambda::Permission
    Properties:
      Action: lambda:InvokeFunction
      FunctionName: f
      Principal: s3.amazonaws.com
`;
    // A rule that reports everywhere: the statement, its Effect's key and value, the principal's type key and value.
    const everywhere = defineRule({
      id: 'everywhere',
      meta: { category: 'style', severity: 'warn', recommended: false, fixable: 'none', docs: { description: 'test' }, messages: { m: 'here' } },
      given: '$.Statement[*]',
      check({ path }, context) {
        for (const at of [[], ['Effect'], ['Principal'], ['Principal', 'Service']]) context.report({ messageId: 'm', path: [...path, ...at] });
      },
    });
    const { policies } = templateEmbeddedPolicies(text, yamlTemplate(text));
    const messages = lintEmbeddedPolicies('t.yaml', text, policies, [{ rule: everywhere, severity: 1 }], { messageId: 'x', fixed: (n) => n });
    expect(messages.map((m) => [m.line, m.column, tokenOf(text, m), m.path])).toEqual([
      // The statement as a whole: the Properties key.
      [4, 5, 'Properties', ['Resources', 'Perm', 'Properties']],
      // "Principal" and {"Service": …} stand for the property: its key.
      [7, 7, 'Principal', ['Resources', 'Perm', 'Properties', 'Principal']],
      [7, 18, 's3.amazonaws.com', ['Resources', 'Perm', 'Properties', 'Principal']],
    ]);
  });
});
