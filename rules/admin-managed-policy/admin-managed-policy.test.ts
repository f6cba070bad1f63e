/**
 * admin-managed-policy is reported by the file readers (src/iam/policy-arns.ts), never on a policy document
 * (the RuleTester has nothing to run): these tests lint files.
 */
import { describe, expect, it } from 'vitest';
import { lint, messagesOf, tokenOf } from '../../test/cloudformation/helpers.js';

const only = JSON.stringify({ extends: [], rules: { 'admin-managed-policy': 'warn' } });

/** [line, column, the text under the finding]; each finding covers its one-line token exactly, as a warning. */
async function findings(name: string, text: string): Promise<Array<[number, number, string]>> {
  const outcome = await lint({ [name]: text, '.policy-lint.json': only }, [name]);
  const messages = messagesOf(outcome, name);
  for (const m of messages) expect([m.severity, m.messageId, m.endLine, m.endColumn]).toEqual([1, 'adminPolicy', m.line, m.column + tokenOf(text, m).length]);
  return messages.map((m) => [m.line, m.column, tokenOf(text, m)]);
}

describe('admin-managed-policy', () => {
  it('CloudFormation: ManagedPolicyArns of roles, users and groups, SAM Policies names; not a permissions boundary, not another policy', async () => {
    const text = `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] }
      ManagedPolicyArns:
        - arn:aws-us-gov:iam::aws:policy/AdministratorAccess
        - arn:aws:iam::aws:policy/ReadOnlyAccess
        - arn:aws:iam::123456789012:policy/AdministratorAccess
      PermissionsBoundary: arn:aws:iam::aws:policy/AdministratorAccess
  User:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns: [arn:aws:iam::aws:policy/PowerUserAccess]
  Group:
    Type: AWS::IAM::Group
    Properties:
      ManagedPolicyArns: [!Sub 'arn:\${AWS::Partition}:iam::aws:policy/IAMFullAccess']
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: h
      Runtime: nodejs20.x
      Policies: [AdministratorAccess, AWSLambdaBasicExecutionRole]
      PermissionsBoundary: arn:aws:iam::aws:policy/PowerUserAccess
`;
    expect(await findings('template.yaml', text)).toEqual([
      [7, 11, 'arn:aws-us-gov:iam::aws:policy/AdministratorAccess'],
      [14, 27, 'arn:aws:iam::aws:policy/PowerUserAccess'],
      [18, 32, `'arn:\${AWS::Partition}:iam::aws:policy/IAMFullAccess'`],
      [24, 18, 'AdministratorAccess'],
    ]);
    const outcome = await lint({ 'template.yaml': text, '.policy-lint.json': only }, ['template.yaml']);
    expect(messagesOf(outcome, 'template.yaml')[1].message).toBe('"arn:aws:iam::aws:policy/PowerUserAccess" in User.ManagedPolicyArns attaches PowerUserAccess, which allows every action on every resource except most of IAM and Organizations; attach policies that allow only the actions needed.');
  });

  it('Terraform: managed_policy_arns and policy_arn; not permissions_boundary', async () => {
    const text = `resource "aws_iam_role" "r" {
  assume_role_policy   = "{}"
  managed_policy_arns  = ["arn:aws:iam::aws:policy/AdministratorAccess"]
  permissions_boundary = "arn:aws:iam::aws:policy/AdministratorAccess"
}
resource "aws_iam_group_policy_attachment" "g" {
  group      = "admins"
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAccess"
}
`;
    expect(await findings('main.tf', text)).toEqual([
      [3, 27, '"arn:aws:iam::aws:policy/AdministratorAccess"'],
      [8, 16, '"arn:aws:iam::aws:policy/AdministratorAccess"'],
    ]);
  });

  it('Serverless Framework: managedPolicies; not permissionsBoundary', async () => {
    const text = `service: s
provider:
  name: aws
  iam:
    role:
      managedPolicies: [arn:aws:iam::aws:policy/AdministratorAccess]
      permissionsBoundary: arn:aws:iam::aws:policy/AdministratorAccess
`;
    expect(await findings('serverless.yml', text)).toEqual([[6, 25, 'arn:aws:iam::aws:policy/AdministratorAccess']]);
  });
});
