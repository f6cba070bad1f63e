/**
 * Unknown action lists (src/cloudformation/unknown-action.ts): a template, Serverless or Terraform statement whose
 * Action or NotAction is computed, as a whole or in part, gets no finding concluded from what the list leaves out
 * (a NotAction that "allows iam:PassRole") or from its whole set, and keeps those about its literal elements and
 * those no list can change (allow-not-action, an action that does not exist).
 */
import { describe, expect, it } from 'vitest';
import { lint, messagesOf, tokenOf } from './helpers.js';
import { PolicyDocument } from '../../src/engine/document.js';
import { unknownActionStatements } from '../../src/cloudformation/unknown-action.js';

type Found = Array<[string | null, string | undefined, number, number, string]>;

async function found(files: Record<string, string>, file: string): Promise<Found> {
  const outcome = await lint(files, [file]);
  return messagesOf(outcome, file).map((m) => [m.ruleId, m.messageId, m.line, m.column, tokenOf(files[file], m)]);
}

const yaml = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Actions:
    Type: CommaDelimitedList
  More:
    Type: String
Resources:
  Whole:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            NotAction: !Ref Actions
            Resource: "*"
  Partial:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: [iam:PassRole, iam:AttachUserPolicy, s3:GetObjekt, !Sub "iam:\${More}"]
            Resource: "*"
          - Effect: Allow
            NotAction: [iam:GetUser, !Ref More]
            Resource: "*"
  Known:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            NotAction: [iam:GetUser]
            Resource: "*"
  Bucket:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: b
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: "*"
            Action: s3:GetObject
            Resource: arn:aws:s3:::b/*
          - Effect: Deny
            Principal: "*"
            Action: !Ref Actions
            Resource: arn:aws:s3:::b/*
            Condition:
              StringNotEquals:
                aws:PrincipalOrgID: o-abc123xyz0
`;

const terraform = `variable "actions" { type = list(string) }
variable "more" { type = string }

data "aws_iam_policy_document" "whole" {
  statement {
    not_actions = var.actions
    resources   = ["*"]
  }
}

data "aws_iam_policy_document" "partial" {
  statement {
    actions   = ["iam:PassRole", "iam:AttachUserPolicy", "s3:GetObjekt", "iam:\${var.more}"]
    resources = ["*"]
  }
  statement {
    not_actions = ["iam:GetUser", var.more]
    resources   = ["*"]
  }
}

resource "aws_iam_policy" "mfa" {
  name = "mfa"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Sid       = "DenyWithoutMfa"
      Effect    = "Deny"
      NotAction = concat(["iam:ListMFADevices"], var.actions)
      Resource  = "*"
      Condition = { BoolIfExists = { "aws:MultiFactorAuthPresent" = "false" } }
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
      Action    = ["sts:AssumeRole", var.more]
    }]
  })
}
`;

const serverless = `service: demo
provider:
  name: aws
  iam:
    role:
      statements:
        - Effect: Allow
          NotAction: \${self:custom.actions}
          Resource: "*"
        - Effect: Allow
          Action:
            - iam:PassRole
            - \${self:custom.more}
          Resource: "*"
custom:
  actions: []
`;

describe('unknown action lists: CloudFormation', () => {
  it('NotAction: !Ref, a list with a !Ref or !Sub element, a Deny whose Action is a !Ref: only the findings about known elements stay', async () => {
    // Before: create-slr-scope, pass-role-scope and privilege-escalation on the NotAction of lines 15 and 27 too,
    // and principal-public-access on line 46 (the Deny of line 50, whose actions the template computes, may close it).
    expect(await found({ 'template.yaml': yaml }, 'template.yaml')).toEqual([
      ['allow-not-action', 'allResources', 15, 13, 'NotAction'],
      // The literal elements of a partly computed Action list are there: their findings stand.
      ['pass-role-scope', 'actionAllRoles', 24, 22, 'iam:PassRole'],
      ['privilege-escalation', 'direct', 24, 36, 'iam:AttachUserPolicy'],
      ['action-exists', 'unknownAction', 24, 58, 's3:GetObjekt'],
      ['allow-not-action', 'allResources', 27, 13, 'NotAction'],
      // The same NotAction written out in full: what it leaves out is known.
      ['allow-not-action', 'allResources', 36, 13, 'NotAction'],
      ['create-slr-scope', 'notActionAllRoles', 36, 13, 'NotAction'],
      ['pass-role-scope', 'notActionAllRoles', 36, 13, 'NotAction'],
      ['privilege-escalation', 'includedMany', 36, 13, 'NotAction'],
    ]);
  });
});

describe('unknown action lists: a Deny', () => {
  it('a Deny whose Action is computed may close a public Allow; one whose Action is known and does not cover it does not', async () => {
    const policy = (action: string) => `{"Version":"2012-10-17","Statement":[
  {"Effect":"Allow","Principal":"*","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"},
  {"Effect":"Deny","Principal":"*","Action":${action},"Resource":"arn:aws:s3:::b/*",
   "Condition":{"StringNotEquals":{"aws:PrincipalOrgID":"o-abc123xyz0"}}}]}`;
    const template = (action: string) => JSON.stringify({
      Parameters: { Actions: { Type: 'CommaDelimitedList' } },
      Resources: { B: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: 'b', PolicyDocument: JSON.parse(policy(action)) } } },
    }, null, 2);
    expect(await found({ 'computed.json': template('{"Ref":"Actions"}') }, 'computed.json')).toEqual([]);
    expect(await found({ 'known.json': template('"s3:PutObject"') }, 'known.json')).toEqual([
      // "Principal": "*" of the Allow.
      ['principal-public-access', 'resource', 17, 28, '"*"'],
    ]);
  });
});

describe('unknown action lists: a Deny whose NotAction alone is computed', () => {
  it('denies at most what its literal NotAction leaves: an MFA deny that exempts a credential action is still reported', async () => {
    // The computed entry can only exempt more; "iam:CreateAccessKey" stays exempt whatever it is.
    const template = (extra: string) => `Parameters:
  More:
    Type: CommaDelimitedList
Resources:
  Group:
    Type: AWS::IAM::Group
  Mfa:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      Groups: [!Ref Group]
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: [iam:CreateAccessKey, iam:CreateVirtualMFADevice, iam:EnableMFADevice, iam:ListMFADevices, iam:ResyncMFADevice]
            Resource: ["arn:aws:iam::*:user/\${aws:username}", "arn:aws:iam::*:mfa/*"]
          - Effect: Deny
            NotAction: [iam:CreateAccessKey, iam:CreateVirtualMFADevice, iam:EnableMFADevice, iam:GetUser, iam:ListMFADevices, iam:ListVirtualMFADevices, iam:ResyncMFADevice, sts:GetSessionToken${extra}]
            Resource: "*"
            Condition:
              BoolIfExists:
                aws:MultiFactorAuthPresent: "false"
`;
    const expected = [['mfa-notaction-no-credential-minting', 'literal', 18, 25, 'iam:CreateAccessKey']];
    expect(await found({ 'known.yaml': template('') }, 'known.yaml')).toEqual(expected);
    expect(await found({ 'computed.yaml': template(', !Select [0, !Ref More]') }, 'computed.yaml')).toEqual(expected);
  });
});

describe('unknown action lists: the whole policy', () => {
  it('"which this policy does not allow": another statement\'s computed Action may allow it', async () => {
    const template = (action: string) => `Parameters:
  ObjectActions:
    Type: CommaDelimitedList
Resources:
  P:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: s3:PutBucketPolicy
            Resource: arn:aws:s3:::b
          - Effect: Allow
            Action: ${action}
            Resource: arn:aws:s3:::b/*
`;
    expect(await found({ 'computed.yaml': template('!Ref ObjectActions') }, 'computed.yaml')).toEqual([]);
    expect(await found({ 'known.yaml': template('[s3:GetObjectAcl, s3:GetObjectTagging]') }, 'known.yaml')).toEqual([
      ['resource-policy-privilege-escalation', 'policy', 12, 21, 's3:PutBucketPolicy'],
    ]);
  });
});

describe('unknown action lists: Terraform', () => {
  it('an element name the file computes may be Action: no schema missingAction', async () => {
    const file = `variable "k" { type = string }

resource "aws_iam_policy" "key" {
  name = "key"
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect   = "Allow"
      (var.k)  = ["s3:GetObject"]
      Resource = "*"
    }]
  })
}
`;
    // Before: schema's missingAction on line 7.
    expect(await found({ 'key.tf': file }, 'key.tf')).toEqual([]);
  });

  it('a heredoc\'s "NotAction": ${jsonencode(var.a)}', async () => {
    const file = `variable "a" { type = list(string) }
resource "aws_iam_policy" "h" {
  name   = "h"
  policy = <<EOT
{
  "Version": "2012-10-17",
  "Statement": [{
    "Effect": "Allow",
    "NotAction": \${jsonencode(var.a)},
    "Resource": "*"
  }]
}
EOT
}
`;
    // Before: create-slr-scope, pass-role-scope and privilege-escalation on the same key.
    expect(await found({ 'h.tf': file }, 'h.tf')).toEqual([['allow-not-action', 'allResources', 9, 5, '"NotAction"']]);
  });

  it('not_actions = var.actions, ["…", var.more], a jsonencode NotAction = concat(…), Action = ["sts:AssumeRole", var.more]', async () => {
    // Before: create-slr-scope, pass-role-scope and privilege-escalation on lines 6 and 17,
    // mfa-notaction-covers-enrollment (enrollment and console) on line 29, trust-policy-action's rolesAnywhere on line 43.
    expect(await found({ 'main.tf': terraform }, 'main.tf')).toEqual([
      ['allow-not-action', 'allResources', 6, 5, 'not_actions'],
      ['pass-role-scope', 'actionAllRoles', 13, 18, '"iam:PassRole"'],
      ['privilege-escalation', 'direct', 13, 34, '"iam:AttachUserPolicy"'],
      ['action-exists', 'unknownAction', 13, 58, '"s3:GetObjekt"'],
      ['allow-not-action', 'allResources', 17, 5, 'not_actions'],
      // A condition is a condition whatever the actions.
      ['roles-anywhere-trust-condition', 'missingCondition', 42, 31, '"rolesanywhere.amazonaws.com"'],
    ]);
  });
});

describe('unknown action lists: Serverless Framework', () => {
  it('NotAction: ${self:custom.actions} and an Action list with a variable element', async () => {
    // Before: create-slr-scope, pass-role-scope and privilege-escalation on the NotAction of line 8.
    expect(await found({ 'serverless.yml': serverless }, 'serverless.yml')).toEqual([
      ['allow-not-action', 'allResources', 8, 11, 'NotAction'],
      ['pass-role-scope', 'actionAllRoles', 12, 15, 'iam:PassRole'],
    ]);
  });
});

describe('unknownActionStatements', () => {
  const read = (text: string, placeholders: Array<[number, number]>) =>
    unknownActionStatements(new PolicyDocument('p.json', text).root, placeholders)
      .map(({ range: [s, e], notAction, deny }) => ({ statement: text.slice(s, e), notAction, deny }));
  const at = (text: string, needle: string): [number, number] => [text.indexOf(needle), text.indexOf(needle) + needle.length];

  it('is the statements with a placeholder as the Action or NotAction, or in one of its elements', () => {
    for (const [element, placeholder, notAction] of [
      ['"NotAction":"${Ref::Actions}"', '${Ref::Actions}', true],
      ['"NotAction":["iam:GetUser","${TF::var.more}"]', '${TF::var.more}', true],
      ['"Action":["iam:PassRole","${self:custom.more}"]', '${self:custom.more}', false],
      ['"Action":"s3:${Ref::Verb}"', '${Ref::Verb}', false],
    ] as const) {
      const statement = `{"Effect":"Allow",${element},"Resource":"*"}`;
      const text = `{"Statement":[${statement},{"Effect":"Deny","Action":"*","Resource":"*"}]}`;
      expect(read(text, [at(text, placeholder)]), element).toEqual([{ statement, notAction, deny: false }]);
    }
  });

  it('may be a Deny unless its Effect is the literal "Allow"', () => {
    const text = '{"Statement":[{"Effect":"Deny","Action":"${Ref::A}"},{"Effect":"${Ref::E}","Action":"${Ref::B}"}]}';
    expect(read(text, [at(text, '${Ref::A}'), at(text, '${Ref::E}'), at(text, '${Ref::B}')]).map((s) => s.deny)).toEqual([true, true]);
  });

  it('denies no more than it reads as denying when it is a literal Deny whose NotAction alone is computed', () => {
    // Its computed NotAction can only exempt more: the rules read it as denying at least what it denies.
    const text = '{"Statement":[{"Effect":"Deny","NotAction":["iam:GetUser","${Ref::A}"]},{"Effect":"${Ref::E}","NotAction":"${Ref::B}"}]}';
    expect(read(text, [at(text, '${Ref::A}'), at(text, '${Ref::E}'), at(text, '${Ref::B}')]).map((s) => [s.notAction, s.deny])).toEqual([[true, false], [true, true]]);
  });

  it('is not a statement whose Resource or Condition alone is computed, nor any statement of a policy without placeholders', () => {
    const text = '{"Statement":{"Effect":"Allow","NotAction":"iam:*","Resource":"${Ref::Arn}","Condition":{"StringEquals":{"aws:SourceAccount":"${Ref::A}"}}}}';
    expect(read(text, [at(text, '${Ref::Arn}'), at(text, '${Ref::A}')])).toEqual([]);
    expect(read('{"Statement":{"Effect":"Allow","NotAction":"${Ref::X}","Resource":"*"}}', [])).toEqual([]);
  });

  it('is a statement with a computed element name, and a computed statement', () => {
    const text = '{"Statement":[{"Effect":"Allow","${TF::var.k}":[]},"${TF::local.deny}"]}';
    expect(read(text, [at(text, '${TF::var.k}'), at(text, '"${TF::local.deny}"')])).toEqual([
      { statement: '{"Effect":"Allow","${TF::var.k}":[]}', notAction: true, deny: false },
      { statement: '"${TF::local.deny}"', notAction: true, deny: true },
    ]);
  });
});
