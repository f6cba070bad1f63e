/**
 * Unknown conditions (src/cloudformation/unknown-condition.ts): a template or Terraform statement whose Condition,
 * operator, operator block or condition key name is computed gets no finding that depends on what its condition
 * is (a missing or weak condition), and keeps those that no condition can change. Values alone computed are a
 * known condition with an unknown value.
 */
import { describe, expect, it } from 'vitest';
import { lint, messagesOf, tokenOf } from './helpers.js';
import { PolicyDocument } from '../../src/engine/document.js';
import { unknownConditionStatements } from '../../src/cloudformation/unknown-condition.js';

type Found = Array<[string | null, number, number, string]>;

async function found(files: Record<string, string>, file: string): Promise<Found> {
  const outcome = await lint(files, [file]);
  return messagesOf(outcome, file).map((m) => [m.ruleId, m.line, m.column, tokenOf(files[file], m)]);
}

const terraform = `variable "c" {}
variable "op" {}
variable "arn" {}

resource "aws_s3_bucket_policy" "whole" {
  bucket = "b"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObjekt"
      Resource  = "arn:aws:s3:::b/*"
      Condition = var.c
    }]
  })
}

resource "aws_s3_bucket_policy" "block" {
  bucket = "b"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::b/*"
      Condition = { ArnEquals = local.x, StringEquals = { "aws:PrincipalOrgIdd" = "o-abc123xyz0" } }
    }]
  })
}

resource "aws_s3_bucket_policy" "operator" {
  bucket = "b"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:GetObject"
      Resource  = "arn:aws:s3:::b/*"
      Condition = { (var.op) = { "aws:SourceVpce" = "vpce-1a2b3c4d" } }
    }, {
      Effect    = "Allow"
      Principal = "*"
      Action    = "s3:ListBucket"
      Resource  = "arn:aws:s3:::b"
    }]
  })
}

resource "aws_s3_bucket_policy" "heredoc" {
  bucket = "b"
  policy = <<EOT
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "Principal": "*",
    "Action": "s3:GetObject",
    "Resource": "arn:aws:s3:::b/*",
    "Condition": \${jsonencode(var.c)}
  }]
}
EOT
}

resource "aws_sns_topic_policy" "value" {
  arn = "arn:aws:sns:us-east-1:111122223333:t"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "s3.amazonaws.com" }
      Action    = "sns:Publish"
      Resource  = "arn:aws:sns:us-east-1:111122223333:t"
      Condition = { ArnLike = { "aws:SourceArn" = var.arn } }
    }]
  })
}

resource "aws_iam_role" "github" {
  name = "github"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Federated = "arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com" }
      Action    = "sts:AssumeRoleWithWebIdentity"
      Condition = var.c
    }]
  })
}

resource "aws_iam_role" "anywhere" {
  name = "anywhere"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Principal = { Service = "rolesanywhere.amazonaws.com" }
      Action    = ["sts:AssumeRole", "sts:TagSession", "sts:SetSourceIdentity"]
      Condition = { StringEquals = { (var.op) = "x" } }
    }]
  })
}

resource "aws_iam_policy" "mfa" {
  name = "mfa"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["iam:CreateAccessKey", "iam:DeleteAccessKey"]
      Resource = "arn:aws:iam::*:user/$\${aws:username}"
    }, {
      Effect    = "Deny"
      NotAction = ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "iam:GetUser", "iam:ListMFADevices", "iam:ListVirtualMFADevices", "iam:ResyncMFADevice", "sts:GetSessionToken"]
      Resource  = "*"
      Condition = var.c
    }]
  })
}
`;

const documents = `variable "t" {}
variable "key" {}
variable "v" {}

data "aws_iam_policy_document" "test" {
  statement {
    actions   = ["sns:Publish"]
    resources = ["arn:aws:sns:us-east-1:111122223333:t"]
    principals {
      type        = "Service"
      identifiers = ["s3.amazonaws.com"]
    }
    condition {
      test     = var.t
      variable = "aws:SourceArn"
      values   = ["arn:aws:s3:::b"]
    }
  }
}

data "aws_iam_policy_document" "variable" {
  statement {
    actions   = ["sns:Publish"]
    resources = ["arn:aws:sns:us-east-1:111122223333:t"]
    principals {
      type        = "Service"
      identifiers = ["s3.amazonaws.com"]
    }
    condition {
      test     = "ArnLike"
      variable = var.key
      values   = ["arn:aws:s3:::b"]
    }
  }
}

data "aws_iam_policy_document" "values" {
  statement {
    actions   = ["sns:Publish"]
    resources = ["arn:aws:sns:us-east-1:111122223333:t"]
    principals {
      type        = "Service"
      identifiers = ["s3.amazonaws.com"]
    }
    condition {
      test     = "ArnLike"
      variable = "aws:SourceArn"
      values   = var.v
    }
  }
}

data "aws_iam_policy_document" "none" {
  statement {
    actions   = ["sns:Publish"]
    resources = ["arn:aws:sns:us-east-1:111122223333:t"]
    principals {
      type        = "Service"
      identifiers = ["s3.amazonaws.com"]
    }
  }
}

resource "aws_sns_topic_policy" "p" {
  arn    = "arn:aws:sns:us-east-1:111122223333:t"
  policy = data.aws_iam_policy_document.test.json
}
`;

const computedStatement = `resource "aws_iam_policy" "mfa" {
  name = "mfa"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      Action   = ["iam:CreateAccessKey", "iam:DeleteAccessKey"]
      Resource = "arn:aws:iam::*:user/$\${aws:username}"
    }, local.mfa_deny]
  })
}
`;

const yaml = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  Cond:
    Type: String
  X:
    Type: String
Conditions:
  C: !Equals [!Ref X, 'a']
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Custom:
    Type: Custom::Thing
  Topic:
    Type: AWS::SNS::Topic
  RefCondition:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: s3:GetObjekt
            Resource: !Sub '\${Bucket.Arn}/*'
            Condition: !Ref Cond
  IfCondition:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: s3:GetObject
            Resource: !Sub '\${Bucket.Arn}/*'
            Condition: !If [C, {StringEquals: {'aws:PrincipalOrgID': 'o-abc123xyz0'}}, !Ref AWS::NoValue]
  RefBlock:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: s3:GetObject
            Resource: !Sub '\${Bucket.Arn}/*'
            Condition:
              StringEquals: !Ref X
  GetAttBlock:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: s3:GetObject
            Resource: !Sub '\${Bucket.Arn}/*'
            Condition:
              StringEquals: !GetAtt Custom.Block
          - Effect: Allow
            Principal: '*'
            Action: s3:ListBucket
            Resource: !GetAtt Bucket.Arn
  ValueOnly:
    Type: AWS::SNS::TopicPolicy
    Properties:
      Topics: [!Ref Topic]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: {Service: s3.amazonaws.com}
            Action: sns:Publish
            Resource: !Ref Topic
            Condition:
              ArnLike:
                'aws:SourceArn': !GetAtt Bucket.Arn
  GitHubRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: {Federated: 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com'}
            Action: sts:AssumeRoleWithWebIdentity
            Condition: !Ref Cond
`;

const json = `{
  "Parameters": {"Cond": {"Type": "String"}},
  "Resources": {
    "Topic": {"Type": "AWS::SNS::Topic"},
    "Policy": {
      "Type": "AWS::SNS::TopicPolicy",
      "Properties": {
        "Topics": [{"Ref": "Topic"}],
        "PolicyDocument": {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Effect": "Allow",
              "Principal": {"Service": "s3.amazonaws.com"},
              "Action": "sns:Publish",
              "Resource": {"Ref": "Topic"},
              "Condition": {"Fn::If": ["Malformed", {"ArnLike": {"aws:SourceArn": "arn:aws:s3:::b"}}]}
            },
            {
              "Effect": "Allow",
              "Principal": {"Service": "s3.amazonaws.com"},
              "Action": "sns:Publish",
              "Resource": {"Ref": "Topic"},
              "Condition": {"StringEquals": {"Ref": "Cond"}}
            }
          ]
        }
      }
    }
  }
}
`;

describe('unknown conditions: Terraform', () => {
  it('Condition = var.c, an operator block = local.x, (var.op) = {…}, a heredoc\'s ${jsonencode(var.c)}: no finding about a missing condition; the rest stay', async () => {
    // Before: principal-public-access on each "*" (lines 11, 25, 39, 59), oidc-trust-condition (88),
    // roles-anywhere-trust-condition (101) and mfa-deny-present (112, its Deny's Condition is var.c).
    expect(await found({ 'main.tf': terraform }, 'main.tf')).toEqual([
      ['action-exists', 12, 19, '"s3:GetObjekt"'],
      ['condition-key-exists', 28, 59, '"aws:PrincipalOrgIdd"'],
      // The second statement of the same policy has no condition at all.
      ['principal-public-access', 45, 19, '"*"'],
    ]);
  });

  it('aws_iam_policy_document: test = var.t and variable = var.key make the condition unknown; values = var.v is a known key', async () => {
    // Before: service-principal-source on "variable" (line 27) too; "none" has no condition block at all.
    expect(await found({ 'docs.tf': documents }, 'docs.tf')).toEqual([
      ['service-principal-source', 59, 22, '"s3.amazonaws.com"'],
    ]);
  });

  it('a statement the file computes may be the MFA deny: no mfa-deny-present', async () => {
    expect(await found({ 'main.tf': computedStatement }, 'main.tf')).toEqual([]);
  });
});

describe('unknown conditions: CloudFormation', () => {
  it('Condition: !Ref, an operator block from !Ref or !GetAtt: no finding about a missing condition; an !If branch without the Condition keeps its finding', async () => {
    // Before: principal-public-access on lines 24, 48 and 61, oidc-trust-condition on line 91.
    expect(await found({ 'template.yaml': yaml }, 'template.yaml')).toEqual([
      ['action-exists', 25, 21, 's3:GetObjekt'],
      // The AWS::NoValue branch of the Fn::If: no Condition, a true finding.
      ['principal-public-access', 36, 24, "'*'"],
      // The other statement of the policy, without a condition.
      ['principal-public-access', 67, 24, "'*'"],
    ]);
  });

  it('a JSON template: a malformed Fn::If and a Ref as the Condition\'s parts', async () => {
    // Before: service-principal-source on both statements (lines 14 and 21).
    expect(await found({ 'template.json': json }, 'template.json')).toEqual([]);
  });
});

describe('unknown conditions: a single statement (AWS::Events::EventBusPolicy)', () => {
  it('Condition: !Ref drops principal-public-access; the statement without a Condition keeps it', async () => {
    const template = `Parameters:
  Cond:
    Type: String
Resources:
  Bus:
    Type: AWS::Events::EventBusPolicy
    Properties:
      StatementId: s
      Statement:
        Effect: Allow
        Principal: '*'
        Action: events:PutEvents
        Resource: arn:aws:events:us-east-1:111122223333:event-bus/default
        Condition: !Ref Cond
  Bus2:
    Type: AWS::Events::EventBusPolicy
    Properties:
      StatementId: s2
      Statement:
        Effect: Allow
        Principal: '*'
        Action: events:PutEvents
        Resource: arn:aws:events:us-east-1:111122223333:event-bus/default
`;
    expect(await found({ 't.yaml': template }, 't.yaml')).toEqual([['principal-public-access', 21, 20, "'*'"]]);
  });
});

describe('unknownConditionStatements', () => {
  const ranges = (text: string, placeholders: Array<[number, number]>) =>
    unknownConditionStatements(new PolicyDocument('p.json', text).root, placeholders).map(([s, e]) => text.slice(s, e));
  const at = (text: string, needle: string): [number, number] => [text.indexOf(needle), text.indexOf(needle) + needle.length];
  const statement = (condition: string) => `{"Effect":"Allow","Action":"s3:GetObject","Resource":"*","Condition":${condition}}`;

  it('is the statements with a placeholder in the Condition, an operator, a block or a key name', () => {
    for (const [condition, placeholder] of [
      ['"${TF::var.c}"', '${TF::var.c}'],
      ['{"${TF::var.op}":{"aws:SourceVpce":"vpce-1"}}', '${TF::var.op}'],
      ['{"ArnEquals":"${TF::local.x}"}', '${TF::local.x}'],
      ['{"StringEquals":{"${TF::var.issuer}:sub":"repo:o/r:*"}}', '${TF::var.issuer}'],
    ]) {
      const text = `{"Statement":[${statement(condition)},{"Effect":"Deny","Action":"*","Resource":"*"}]}`;
      expect(ranges(text, [at(text, placeholder)]), condition).toEqual([statement(condition)]);
    }
  });

  it('is not a statement whose values alone are computed, nor any statement of a policy without placeholders', () => {
    const condition = '{"ArnLike":{"aws:SourceArn":["${TF::var.arn}"]},"StringEquals":{"aws:SourceAccount":"${TF::var.v}"}}';
    const text = `{"Statement":${statement(condition)}}`;
    expect(ranges(text, [at(text, '${TF::var.arn}'), at(text, '${TF::var.v}')])).toEqual([]);
    expect(ranges(text, [])).toEqual([]);
  });

  it('is a statement with a computed element name, and a computed statement', () => {
    const text = '{"Statement":[{"Effect":"Allow","${TF::var.k}":{}},"${TF::local.deny}"]}';
    expect(ranges(text, [at(text, '${TF::var.k}'), at(text, '"${TF::local.deny}"')])).toEqual(['{"Effect":"Allow","${TF::var.k}":{}}', '"${TF::local.deny}"']);
  });
});
