/** Where templates hold policies, which policy type each is, and what intrinsic functions become. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embedPolicy } from '../../src/cloudformation/embed.js';
import { policyLocations } from '../../src/cloudformation/locations.js';
import { jsonTemplate, loadYaml, yamlTemplate } from '../../src/cloudformation/source.js';
import { lint, messagesOf, tokenOf } from './helpers.js';

const policy = (effect = 'allow') => ({ Version: '2012-10-17', Statement: [{ Effect: effect, Action: 's3:GetObject', Resource: '*', Principal: { AWS: 'arn:aws:iam::111122223333:root' } }] });
const doc = { Version: '2012-10-17', Statement: [{ Effect: 'allow', Action: 's3:GetObject', Resource: '*' }] };

/** One resource of each type that holds a policy, and some that hold none. */
const resources: Record<string, unknown> = {
  Policy: { Type: 'AWS::IAM::Policy', Properties: { PolicyName: 'p', PolicyDocument: doc } },
  Managed: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: doc } },
  Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: policy(), Policies: [{ PolicyName: 'a', PolicyDocument: doc }, { PolicyName: 'b', PolicyDocument: doc }] } },
  User: { Type: 'AWS::IAM::User', Properties: { Policies: [{ PolicyName: 'a', PolicyDocument: doc }] } },
  Group: { Type: 'AWS::IAM::Group', Properties: { Policies: [{ PolicyName: 'a', PolicyDocument: doc }] } },
  UserPolicy: { Type: 'AWS::IAM::UserPolicy', Properties: { PolicyDocument: doc } },
  GroupPolicy: { Type: 'AWS::IAM::GroupPolicy', Properties: { PolicyDocument: doc } },
  RolePolicy: { Type: 'AWS::IAM::RolePolicy', Properties: { PolicyDocument: doc } },
  PermissionSet: { Type: 'AWS::SSO::PermissionSet', Properties: { InlinePolicy: doc } },
  BucketPolicy: { Type: 'AWS::S3::BucketPolicy', Properties: { PolicyDocument: policy() } },
  QueuePolicy: { Type: 'AWS::SQS::QueuePolicy', Properties: { PolicyDocument: policy() } },
  TopicPolicy: { Type: 'AWS::SNS::TopicPolicy', Properties: { PolicyDocument: policy() } },
  TopicInlinePolicy: { Type: 'AWS::SNS::TopicInlinePolicy', Properties: { PolicyDocument: policy() } },
  Key: { Type: 'AWS::KMS::Key', Properties: { KeyPolicy: policy() } },
  Secret: { Type: 'AWS::SecretsManager::ResourcePolicy', Properties: { ResourcePolicy: policy() } },
  Repo: { Type: 'AWS::ECR::Repository', Properties: { RepositoryPolicyText: JSON.stringify(policy()) } },
  FileSystem: { Type: 'AWS::EFS::FileSystem', Properties: { FileSystemPolicy: policy() } },
  Vault: { Type: 'AWS::Backup::BackupVault', Properties: { AccessPolicy: policy() } },
  Search: { Type: 'AWS::OpenSearchService::Domain', Properties: { AccessPolicies: policy() } },
  Elastic: { Type: 'AWS::Elasticsearch::Domain', Properties: { AccessPolicies: policy() } },
  Api: { Type: 'AWS::ApiGateway::RestApi', Properties: { Policy: policy() } },
  Endpoint: { Type: 'AWS::EC2::VPCEndpoint', Properties: { VpcId: 'v', ServiceName: 's', PolicyDocument: policy() } },
  AccessPoint: { Type: 'AWS::S3::AccessPoint', Properties: { Bucket: 'b', Policy: policy() } },
  Mrap: { Type: 'AWS::S3::MultiRegionAccessPointPolicy', Properties: { MrapName: 'm', Policy: policy() } },
  Olap: { Type: 'AWS::S3ObjectLambda::AccessPointPolicy', Properties: { ObjectLambdaAccessPoint: 'o', PolicyDocument: policy() } },
  Express: { Type: 'AWS::S3Express::BucketPolicy', Properties: { Bucket: 'b', PolicyDocument: policy() } },
  Table: { Type: 'AWS::DynamoDB::Table', Properties: { ResourcePolicy: { PolicyDocument: policy() }, StreamSpecification: { StreamViewType: 'NEW_IMAGE', ResourcePolicy: { PolicyDocument: policy() } } } },
  Global: { Type: 'AWS::DynamoDB::GlobalTable', Properties: { Replicas: [{ Region: 'us-east-1', ResourcePolicy: { PolicyDocument: policy() }, ReplicaStreamSpecification: { ResourcePolicy: { PolicyDocument: policy() } } }] } },
  QueueInline: { Type: 'AWS::SQS::QueueInlinePolicy', Properties: { Queue: 'q', PolicyDocument: policy() } },
  Replica: { Type: 'AWS::KMS::ReplicaKey', Properties: { PrimaryKeyArn: 'k', KeyPolicy: policy() } },
  Registry: { Type: 'AWS::ECR::RegistryPolicy', Properties: { PolicyText: policy() } },
  Bus: { Type: 'AWS::Events::EventBus', Properties: { Name: 'b', Policy: policy() } },
  BusPolicy: { Type: 'AWS::Events::EventBusPolicy', Properties: { StatementId: 's', Statement: policy().Statement[0] } },
  Stream: { Type: 'AWS::Kinesis::ResourcePolicy', Properties: { ResourceArn: 'a', ResourcePolicy: policy() } },
  Logs: { Type: 'AWS::Logs::ResourcePolicy', Properties: { PolicyName: 'l', PolicyDocument: JSON.stringify(policy()) } },
  Destination: { Type: 'AWS::Logs::Destination', Properties: { DestinationName: 'd', RoleArn: 'r', TargetArn: 't', DestinationPolicy: JSON.stringify(policy()) } },
  Domain: { Type: 'AWS::CodeArtifact::Domain', Properties: { DomainName: 'd', PermissionsPolicyDocument: policy() } },
  Packages: { Type: 'AWS::CodeArtifact::Repository', Properties: { RepositoryName: 'r', DomainName: 'd', PermissionsPolicyDocument: policy() } },
  Delegation: { Type: 'AWS::Organizations::ResourcePolicy', Properties: { Content: policy() } },
  Scp: { Type: 'AWS::Organizations::Policy', Properties: { Type: 'SERVICE_CONTROL_POLICY', Content: doc } },
  Rcp: { Type: 'AWS::Organizations::Policy', Properties: { Type: 'RESOURCE_CONTROL_POLICY', Content: policy() } },
  Tags: { Type: 'AWS::Organizations::Policy', Properties: { Type: 'TAG_POLICY', Content: { tags: {} } } },
  // A function URL holds no statement (its AuthType is public through a permission, which is read: permission.test.ts).
  Url: { Type: 'AWS::Lambda::Url', Properties: { AuthType: 'NONE', TargetFunctionArn: 'arn' } },
  Bucket: { Type: 'AWS::S3::Bucket' },
  Custom: { Type: 'Custom::Thing', Properties: { PolicyDocument: doc } },
};
const template = `${JSON.stringify({ Resources: resources }, null, 2)}\n`;

describe('policy locations and types', () => {
  it('finds every location, with the policy type its resource decides', () => {
    const { root } = jsonTemplate(template);
    expect(policyLocations(root!).map((l) => [l.path.slice(1).join('.'), l.policyType])).toEqual([
      ['Policy.Properties.PolicyDocument', 'identity'],
      ['Managed.Properties.PolicyDocument', 'identity'],
      ['Role.Properties.AssumeRolePolicyDocument', 'trust'],
      ['Role.Properties.Policies.0.PolicyDocument', 'identity'],
      ['Role.Properties.Policies.1.PolicyDocument', 'identity'],
      ['User.Properties.Policies.0.PolicyDocument', 'identity'],
      ['Group.Properties.Policies.0.PolicyDocument', 'identity'],
      ['UserPolicy.Properties.PolicyDocument', 'identity'],
      ['GroupPolicy.Properties.PolicyDocument', 'identity'],
      ['RolePolicy.Properties.PolicyDocument', 'identity'],
      ['PermissionSet.Properties.InlinePolicy', 'identity'],
      ['BucketPolicy.Properties.PolicyDocument', 'resource'],
      ['QueuePolicy.Properties.PolicyDocument', 'resource'],
      ['TopicPolicy.Properties.PolicyDocument', 'resource'],
      ['TopicInlinePolicy.Properties.PolicyDocument', 'resource'],
      ['Key.Properties.KeyPolicy', 'resource'],
      ['Secret.Properties.ResourcePolicy', 'resource'],
      ['Repo.Properties.RepositoryPolicyText', 'resource'],
      ['FileSystem.Properties.FileSystemPolicy', 'resource'],
      ['Vault.Properties.AccessPolicy', 'resource'],
      ['Search.Properties.AccessPolicies', 'resource'],
      ['Elastic.Properties.AccessPolicies', 'resource'],
      ['Api.Properties.Policy', 'resource'],
      ['Endpoint.Properties.PolicyDocument', 'resource'],
      ['AccessPoint.Properties.Policy', 'resource'],
      ['Mrap.Properties.Policy', 'resource'],
      ['Olap.Properties.PolicyDocument', 'resource'],
      ['Express.Properties.PolicyDocument', 'resource'],
      ['Table.Properties.ResourcePolicy.PolicyDocument', 'resource'],
      ['Table.Properties.StreamSpecification.ResourcePolicy.PolicyDocument', 'resource'],
      ['Global.Properties.Replicas.0.ResourcePolicy.PolicyDocument', 'resource'],
      ['Global.Properties.Replicas.0.ReplicaStreamSpecification.ResourcePolicy.PolicyDocument', 'resource'],
      ['QueueInline.Properties.PolicyDocument', 'resource'],
      ['Replica.Properties.KeyPolicy', 'resource'],
      ['Registry.Properties.PolicyText', 'resource'],
      ['Bus.Properties.Policy', 'resource'],
      ['BusPolicy.Properties.Statement', 'resource'],
      ['Stream.Properties.ResourcePolicy', 'resource'],
      ['Logs.Properties.PolicyDocument', 'resource'],
      ['Destination.Properties.DestinationPolicy', 'resource'],
      ['Domain.Properties.PermissionsPolicyDocument', 'resource'],
      ['Packages.Properties.PermissionsPolicyDocument', 'resource'],
      ['Delegation.Properties.Content', 'resource'],
      ['Scp.Properties.Content', 'scp'],
      ['Rcp.Properties.Content', 'rcp'],
    ]);
  });

  it('lints every policy: one effect-valid finding on each, at its Effect', async () => {
    const outcome = await lint({ 'all.json': template });
    const messages = messagesOf(outcome, 'all.json').filter((m) => m.ruleId === 'effect-valid');
    expect(messages).toHaveLength(45);
    for (const m of messages) expect(tokenOf(template, m)).toMatch(/^(?:"allow"|\\"allow\\")$/);
    expect(new Set(messages.map((m) => m.path![1])).size).toBe(41); // Role holds three policies, Table and Global two
  });

  it('the policy type changes what is reported: a Principal in an identity policy, none in a trust policy', async () => {
    const text = `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: ec2.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - PolicyName: inline
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Principal: { Service: ec2.amazonaws.com }
                Action: s3:GetObject
                Resource: '*'
`;
    const messages = messagesOf(await lint({ 'role.yaml': text }), 'role.yaml');
    expect(messages.map((m) => [m.ruleId, m.line])).toEqual([['no-principal-in-identity-policy', 17]]);
  });

  it('an SCP is checked as an SCP (scp-only rules), a tag policy is not read', async () => {
    const text = `Resources:
  Scp:
    Type: AWS::Organizations::Policy
    Properties:
      Type: SERVICE_CONTROL_POLICY
      Content:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: s3:GetObject
            Resource: '*'
  Tags:
    Type: AWS::Organizations::Policy
    Properties:
      Type: TAG_POLICY
      Content:
        Statement: 12
`;
    const messages = messagesOf(await lint({ 'org.yaml': text }), 'org.yaml');
    expect(messages.length).toBeGreaterThan(0);
    expect(messages.every((m) => m.line < 13)).toBe(true);
  });

  it('org-policy-size: a Content object counts without the JSON template\'s layout, a Content string as written', async () => {
    // 2,499 characters without whitespace; more than 5,120 in the JSON template's layout, 6,004 in the string's.
    const scp = { Version: '2012-10-17', Statement: [{ Sid: 'DenyList', Effect: 'Deny', Action: Array.from({ length: 200 }, (_, i) => `s3:Get${String(i).padStart(3, '0')}`), Resource: '*' }] };
    const template = (content: unknown) => `${JSON.stringify({ Resources: { Scp: { Type: 'AWS::Organizations::Policy', Properties: { Name: 'n', Type: 'SERVICE_CONTROL_POLICY', Content: content } } } }, null, 2)}\n`;
    const size = async (text: string) => messagesOf(await lint({ 'org.json': text }), 'org.json').filter((m) => m.ruleId === 'org-policy-size');
    expect(await size(template(scp))).toEqual([]);
    const asString = template(JSON.stringify(scp, null, 4));
    expect((await size(asString)).map((m) => [m.line, m.column, m.endColumn, m.severity, tokenOf(asString, m)])).toEqual([[8, 62, 75, 1, '\\"Statement\\"']]);
    const larger = { ...scp, Statement: [{ ...scp.Statement[0], Action: Array.from({ length: 450 }, (_, i) => `s3:Get${String(i).padStart(3, '0')}`) }] };
    expect((await size(template(larger))).map((m) => [m.line, m.column, m.severity])).toEqual([[10, 11, 2]]);
  });

  it('resource-policy-size: a VPC endpoint PolicyDocument object counts without the JSON template\'s layout', async () => {
    // 150 statements: 16,468 characters without whitespace, 30,304 as laid out in the template; the quota is 20,480.
    const statement = (i: number) => ({ Sid: `S${i}`, Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: `arn:aws:s3:::bucket-${i}/*` });
    const template = (n: number) => `${JSON.stringify({ Resources: { Endpoint: { Type: 'AWS::EC2::VPCEndpoint', Properties: { ServiceName: 's', VpcId: 'v', PolicyDocument: { Version: '2012-10-17', Statement: Array.from({ length: n }, (_, i) => statement(i)) } } } } }, null, 2)}\n`;
    const size = async (text: string) => messagesOf(await lint({ 'vpce.json': text }), 'vpce.json').filter((m) => m.ruleId === 'resource-policy-size');
    expect(await size(template(150))).toEqual([]);
    expect((await size(template(210))).map((m) => [m.line, m.column, m.message])).toEqual([[10, 11, 'The VPC endpoint policy has 23,128 characters without the whitespace outside strings, more than the 20,480 characters allowed; shorten it by merging statements that differ in one element, or by matching with conditions instead of long lists.']]);
  });
});

describe('an STS VPC endpoint policy with "Federated": "*"', () => {
  it('is one finding, at the key: a resource policy takes no Federated principal, whatever its value', async () => {
    const text = `Resources:
  Sts:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      ServiceName: com.amazonaws.us-east-1.sts
      VpcId: vpc-1a2b3c4d
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Federated: '*' }
            Action: sts:AssumeRoleWithWebIdentity
            Resource: '*'
`;
    const messages = messagesOf(await lint({ 'sts.yaml': text }), 'sts.yaml');
    expect(messages.map((m) => [m.ruleId, m.line, m.column, tokenOf(text, m)])).toEqual([['federated-principal-trust-only', 11, 26, 'Federated']]);
  });
});

describe('the resource decides what resource-policy rules check', () => {
  const statement = (action: string, resource: string) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: action, Resource: resource }] });

  it('a bucket policy may hold only S3 actions and ARNs, a table policy only DynamoDB ones, a queue policy only SQS ones; a secret policy is not judged so', async () => {
    const text = `${JSON.stringify({ Resources: {
      BucketPolicy: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: 'b', PolicyDocument: statement('sqs:SendMessage', 'arn:aws:s3:::b/*') } },
      Table: { Type: 'AWS::DynamoDB::Table', Properties: { ResourcePolicy: { PolicyDocument: statement('s3:GetObject', 'arn:aws:dynamodb:us-east-1:111122223333:table/t') } } },
      QueuePolicy: { Type: 'AWS::SQS::QueuePolicy', Properties: { Queues: ['q'], PolicyDocument: statement('s3:GetObject', 'arn:aws:sqs:us-east-1:111122223333:q') } },
      SecretPolicy: { Type: 'AWS::SecretsManager::ResourcePolicy', Properties: { SecretId: 's', ResourcePolicy: statement('s3:GetObject', '*') } },
    } }, null, 2)}\n`;
    const messages = messagesOf(await lint({ 'stack.json': text }), 'stack.json').filter((m) => m.ruleId === 'resource-policy-scope');
    expect(messages.map((m) => [m.path![1], tokenOf(text, m), m.issueCode])).toEqual([
      ['BucketPolicy', 'sqs', 'UNSUPPORTED_ACTION_IN_POLICY'], // the service part of "sqs:SendMessage"
      ['Table', 's3', 'UNSUPPORTED_ACTION_IN_POLICY'],
      ['QueuePolicy', 's3', 'UNSUPPORTED_ACTION_IN_POLICY'],
    ]);
    expect(messages[0].message).toContain("S3 bucket's policy");
    expect(messages[1].message).toContain("DynamoDB table's policy");
    expect(messages[2].message).toContain("SQS queue's policy");
  });
});

describe('AWS SAM resources', () => {
  const text = `Transform: AWS::Serverless-2016-10-31
Resources:
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Handler: index.handler
      Runtime: nodejs20.x
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
      Policies:
        - AWSLambdaBasicExecutionRole
        - SQSPollerPolicy:
            QueueName: !GetAtt Queue.QueueName
        - Version: '2012-10-17'
          Statement:
            - Effect: allow
              Action: s3:GetObject
              Resource: !Sub 'arn:aws:s3:::\${Bucket}/*'
  Flow:
    Type: AWS::Serverless::StateMachine
    Properties:
      Policies:
        Version: '2012-10-17'
        Statement:
          - Effect: allow
            Action: lambda:InvokeFunction
            Resource: !GetAtt Worker.Arn
  Api:
    Type: AWS::Serverless::Api
    Properties:
      Auth:
        ResourcePolicy:
          AwsAccountWhitelist: ['111122223333']
`;

  it('reads the policy documents of a function and a state machine, not managed policy names or SAM policy templates', async () => {
    await loadYaml();
    expect(policyLocations(yamlTemplate(text).root!).map((l) => [l.path.slice(1).join('.'), l.policyType])).toEqual([
      ['Worker.Properties.AssumeRolePolicyDocument', 'trust'],
      ['Worker.Properties.Policies.2', 'identity'],
      ['Flow.Properties.Policies', 'identity'],
    ]);
  });

  it('lints them at their positions in the template', async () => {
    const messages = messagesOf(await lint({ 'sam.yaml': text }), 'sam.yaml');
    expect(messages.map((m) => [m.ruleId, m.line, m.column, tokenOf(text, m)])).toEqual([
      ['effect-valid', 20, 23, 'allow'],
      ['effect-valid', 29, 21, 'allow'],
    ]);
  });

  it('points a finding about a whole policy of a Policies list at that item, one finding per item', async () => {
    const sam = `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Policies:
        - Statement:
            - Effect: Allow
              Action: ec2:DescribeInstances
              Resource: '*'
        - Statement:
            - Effect: Allow
              Action: ec2:DescribeVolumes
              Resource: '*'
`;
    const messages = messagesOf(await lint({ 'sam.yaml': sam }), 'sam.yaml');
    expect(messages.map((m) => [m.ruleId, m.line, m.column, tokenOf(sam, m)])).toEqual([
      ['policy-version', 7, 11, 'Statement'],
      ['policy-version', 11, 11, 'Statement'],
    ]);
  });
});

describe('intrinsic functions as values', () => {
  const embed = async (yaml: string) => {
    await loadYaml();
    const text = `Resources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument:\n${yaml}`;
    const parsed = yamlTemplate(text);
    expect(parsed.error).toBeUndefined();
    const [location] = policyLocations(parsed.root!);
    return embedPolicy(text, location.node, location.anchor)!;
  };

  it.each([
    ["!Ref AWS::AccountId", '"${AWS::AccountId}"'],
    ['!Ref Bucket', '"${Ref::Bucket}"'],
    ['!GetAtt Bucket.Arn', '"${GetAtt::Bucket.Arn}"'],
    ['{ "Fn::GetAtt": [Bucket, Arn] }', '"${GetAtt::Bucket.Arn}"'],
    ["!Sub 'arn:${AWS::Partition}:s3:::${Name}/${!Literal}'", '"arn:${AWS::Partition}:s3:::${Ref::Name}/${Literal}"'],
    ["!Sub ['${A}-x', { A: !Ref B }]", '"${Ref::B}-x"'],
    ["!Sub ['arn:aws:s3:::${Name}/${Key}', { Name: my-bucket, Key: !Sub '${Prefix}*' }]", '"arn:aws:s3:::my-bucket/${Ref::Prefix}*"'],
    ["!Join ['', ['arn:aws:s3:::', !Ref Bucket, '/*']]", '"arn:aws:s3:::${Ref::Bucket}/*"'],
    ["!Join [':', [a, b, c]]", '"a:b:c"'],
    ['!Join [",", !Ref List]', '"${Fn::Join}"'],
    ['!If [C, !Ref AWS::NoValue, x]', '"x"'],
    ['!If [C, y, x]', '"y"'],
    ['!Select [0, [a, b]]', '"${Fn::Select}"'],
    ['!ImportValue exported', '"${Fn::ImportValue}"'],
    ['!FindInMap [M, K, V]', '"${Fn::FindInMap}"'],
    ['!Base64 x', '"${Fn::Base64}"'],
    ['!GetAZs ""', '"${Fn::GetAZs}"'],
    ['!Cidr [a, 1, 2]', '"${Fn::Cidr}"'],
  ])('%s → %s', async (intrinsic, expected) => {
    const { text } = await embed(`        Version: '2012-10-17'\n        Statement:\n          - Effect: Allow\n            Action: s3:GetObject\n            Resource: ${intrinsic}\n`);
    expect(text).toBe(`{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":${expected}}]}`);
  });

  it('AWS::NoValue removes an entry of a list or an object', async () => {
    const { text } = await embed(`        Version: '2012-10-17'
        Statement:
          - !If [C, !Ref AWS::NoValue, !Ref AWS::NoValue]
          - Effect: Allow
            Sid: !Ref AWS::NoValue
            Action: s3:GetObject
            Resource: '*'
`);
    expect(text).toBe('{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}');
  });

  it('a JSON template keeps its literal text and replaces only the intrinsic functions', () => {
    const text = '{"Resources": {"P": {"Type": "AWS::IAM::ManagedPolicy", "Properties": {"PolicyDocument": {\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": {"Fn::Sub": "arn:aws:s3:::${B}/*"}}]\n}}}}}\n';
    const [location] = policyLocations(jsonTemplate(text).root!);
    const embedded = embedPolicy(text, location.node, location.anchor)!;
    expect(embedded.text).toBe('{\n  "Version": "2012-10-17",\n  "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::${Ref::B}/*"}]\n}');
  });
});

describe('VPC endpoint policies', () => {
  // A gateway endpoint for S3 and an interface endpoint for KMS, both with the usual "Principal": "*", next to a
  // bucket policy whose "Principal": "*" is public.
  const yaml = `Resources:
  S3Endpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: !Ref Vpc
      ServiceName: !Sub com.amazonaws.\${AWS::Region}.s3
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: [s3:GetObject, s3:GetObjekt]
            Resource: arn:aws:s3:::example-reports/*
  KmsEndpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: !Ref Vpc
      ServiceName: !Sub com.amazonaws.\${AWS::Region}.kms
      VpcEndpointType: Interface
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { AWS: '*' }
            Action: [kms:Decrypt, kms:GenerateDataKey]
            Resource: '*'
  BucketPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: example-reports
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: '*'
            Action: s3:GetObject
            Resource: arn:aws:s3:::example-reports/*
`;

  it('YAML: "Principal": "*" is no finding in an endpoint policy, a wrong action still is, at its token; a bucket policy\'s "*" still is', async () => {
    const outcome = await lint({ 'endpoints.yaml': yaml });
    expect(outcome.toolErrors).toEqual([]);
    const messages = messagesOf(outcome, 'endpoints.yaml');
    expect(messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn, tokenOf(yaml, m)])).toEqual([
      ['action-exists', 12, 36, 12, 48, 's3:GetObjekt'],
      ['principal-public-access', 35, 24, 35, 27, "'*'"],
    ]);
    expect(messages[0].path).toEqual(['Resources', 'S3Endpoint', 'Properties', 'PolicyDocument', 'Statement', 0, 'Action', 1]);
    expect(messages[1].path![1]).toBe('BucketPolicy');
  });

  it('JSON: the same, at the exact tokens of the template', async () => {
    const json = `{
  "Resources": {
    "Endpoint": {
      "Type": "AWS::EC2::VPCEndpoint",
      "Properties": {
        "VpcId": { "Ref": "Vpc" },
        "ServiceName": "com.amazonaws.us-east-1.s3",
        "PolicyDocument": {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Effect": "Allow",
              "Principal": "*",
              "Action": ["s3:GetObject", "s3:GetObjekt"],
              "Resource": "arn:aws:s3:::example-reports/*"
            }
          ]
        }
      }
    }
  }
}
`;
    const messages = messagesOf(await lint({ 'endpoint.json': json }), 'endpoint.json');
    expect(messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn, tokenOf(json, m)])).toEqual([
      ['action-exists', 14, 42, 14, 56, '"s3:GetObjekt"'],
    ]);
  });

  it('a configured resourceType names another resource: the template\'s decides; an endpoint policy\'s quota is 20,480 characters', async () => {
    const resources = Array.from({ length: 700 }, (_, i) => `arn:aws:s3:::example-reports/team-${String(i).padStart(4, '0')}/*`);
    const text = `${JSON.stringify({ Resources: {
      Endpoint: { Type: 'AWS::EC2::VPCEndpoint', Properties: { VpcId: 'vpc-1', ServiceName: 'com.amazonaws.us-east-1.s3',
        PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: ['s3:GetObject', 'sqs:SendMessage'], Resource: resources }] } } },
      BucketPolicy: { Type: 'AWS::S3::BucketPolicy', Properties: { Bucket: 'b',
        PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] } } },
    } }, null, 2)}\n`;
    // Both settings are wrong for one of the two policies: the resource of each decides.
    const config = JSON.stringify({ rules: {
      'resource-policy-scope': ['error', { resourceType: 'AWS::S3::Bucket' }],
      'principal-public-access': ['warn', { resourceType: 'AWS::EC2::VPCEndpoint' }],
    } });
    const messages = messagesOf(await lint({ 'stack.json': text, '.policy-lint.json': config }), 'stack.json');
    expect(messages.map((m) => [m.ruleId, m.path![1], m.line, m.column, tokenOf(text, m)])).toEqual([
      ['resource-policy-size', 'Endpoint', 10, 11, '"Statement"'],
      // Not resource-policy-scope's (an endpoint policy may name any service), but no S3 ARN is an SQS queue.
      ['action-resource-type', 'Endpoint', 16, 17, '"sqs:SendMessage"'],
      ['principal-public-access', 'BucketPolicy', 734, 28, '"*"'],
    ]);
    expect(messages[0].message).toMatch(/^The VPC endpoint policy has [\d,]+ characters without the whitespace outside strings, more than the 20,480 characters allowed;/);
  });
});

describe('an EventBridge bus policy statement (AWS::Events::EventBusPolicy Statement)', () => {
  it('YAML: the statement is linted as a resource policy\'s, findings at its tokens with template paths; the older form is not read', async () => {
    const text = `Resources:
  BusPolicy:
    Type: AWS::Events::EventBusPolicy
    Properties:
      EventBusName: orders
      StatementId: AllowEveryone
      Statement:
        Effect: Allow
        Principal: '*'
        Action: [events:PutEvent]
        Resource: !GetAtt Bus.Arn
  OldForm:
    Type: AWS::Events::EventBusPolicy
    Properties:
      StatementId: Old
      Action: events:PutEvent
      Principal: '*'
`;
    const messages = messagesOf(await lint({ 'bus.yaml': text }), 'bus.yaml');
    expect(messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn, tokenOf(text, m), m.path])).toEqual([
      ['principal-public-access', 9, 20, 9, 23, "'*'", ['Resources', 'BusPolicy', 'Properties', 'Statement', 'Principal']],
      ['action-exists', 10, 18, 10, 33, 'events:PutEvent', ['Resources', 'BusPolicy', 'Properties', 'Statement', 'Action', 0]],
    ]);
  });

  it('JSON: findings at the exact tokens; --fix edits the statement in the template', async () => {
    const text = `{
  "Resources": {
    "BusPolicy": {
      "Type": "AWS::Events::EventBusPolicy",
      "Properties": {
        "StatementId": "AllowPartner",
        "Statement": {
          "Effect": "allow",
          "Principal": { "AWS": "arn:aws:iam::111122223333:root" },
          "Action": "events:PutEvents",
          "Resource": "arn:aws:events:us-east-1:111122223333:event-bus/orders"
        }
      }
    }
  }
}
`;
    const messages = messagesOf(await lint({ 'bus.json': text }), 'bus.json');
    expect(messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn, tokenOf(text, m), m.path])).toEqual([
      ['effect-valid', 8, 21, 8, 28, '"allow"', ['Resources', 'BusPolicy', 'Properties', 'Statement', 'Effect']],
    ]);
    const outcome = await lint({ 'bus.json': text }, ['.'], { fix: true });
    expect(readFileSync(join(outcome.dir, 'bus.json'), 'utf8')).toBe(text.replace('"allow"', '"Allow"'));
  });

  it('a statement given as a string of JSON: findings inside the string', async () => {
    const text = `${JSON.stringify({ Resources: { BusPolicy: { Type: 'AWS::Events::EventBusPolicy', Properties: { StatementId: 's',
      Statement: '{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "events:PutEvent", "Resource": "*"}' } } } }, null, 2)}\n`;
    const messages = messagesOf(await lint({ 'bus.json': text }), 'bus.json');
    expect(messages.map((m) => [m.ruleId, m.line, m.column, tokenOf(text, m)])).toEqual([
      ['action-exists', 7, 121, '\\"events:PutEvent\\"'],
    ]);
  });
});

describe('ECR repository policies', () => {
  // A repository whose policy names a Resource (rejected by ECR) next to a registry policy, whose statements name
  // repositories in Resource, and a repository policy without one.
  const yaml = `Resources:
  Repo:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryPolicyText:
        Version: '2012-10-17'
        Statement:
          - Sid: AllowPull
            Effect: Allow
            Principal: { AWS: arn:aws:iam::444455556666:root }
            Action: [ecr:BatchGetImage, ecr:GetDownloadUrlForLayer]
            Resource: '*'
  CleanRepo:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryPolicyText:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { AWS: arn:aws:iam::444455556666:root }
            Action: ecr:BatchGetImage
  Registry:
    Type: AWS::ECR::RegistryPolicy
    Properties:
      PolicyText:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { AWS: arn:aws:iam::444455556666:root }
            Action: [ecr:CreateRepository, ecr:ReplicateImage]
            Resource: arn:aws:ecr:us-east-1:111122223333:repository/*
`;

  it('YAML: Resource in a repository policy is an error at its key; the registry policy\'s is none', async () => {
    const outcome = await lint({ 'ecr.yaml': yaml });
    expect(outcome.toolErrors).toEqual([]);
    const messages = messagesOf(outcome, 'ecr.yaml');
    expect(messages.map((m) => [m.ruleId, m.severity, m.line, m.column, m.endLine, m.endColumn, tokenOf(yaml, m)])).toEqual([
      ['resource-element-unsupported', 2, 12, 13, 12, 21, 'Resource'],
    ]);
    expect(messages[0].path).toEqual(['Resources', 'Repo', 'Properties', 'RepositoryPolicyText', 'Statement', 0, 'Resource']);
  });

  it('JSON: NotResource is an error at its key in the template', async () => {
    const json = `{
  "Resources": {
    "Repo": {
      "Type": "AWS::ECR::Repository",
      "Properties": {
        "RepositoryPolicyText": {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Effect": "Deny",
              "Principal": "*",
              "Action": "ecr:DeleteRepository",
              "NotResource": "arn:aws:ecr:us-east-1:111122223333:repository/scratch"
            }
          ]
        }
      }
    }
  }
}
`;
    const outcome = await lint({ 'ecr.json': json });
    expect(outcome.toolErrors).toEqual([]);
    expect(messagesOf(outcome, 'ecr.json').map((m) => [m.ruleId, m.line, m.column, m.endColumn, tokenOf(json, m)])).toEqual([
      ['resource-element-unsupported', 13, 15, 28, '"NotResource"'],
    ]);
  });
});

describe('queue, topic and key policies: the resource type for resource-policy-scope', () => {
  it('a topic ARN in a queue policy\'s Resource, an SQS action in a topic policy and an S3 action in a key policy are errors at their service', async () => {
    const yaml = `Resources:
  QueuePolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Queue]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { Service: sns.amazonaws.com }
            Action: sqs:SendMessage
            Resource: arn:aws:sns:us-east-1:111122223333:alerts
  TopicPolicy:
    Type: AWS::SNS::TopicPolicy
    Properties:
      Topics: [!Ref Topic]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { AWS: arn:aws:iam::444455556666:root }
            Action: [sns:Publish, sqs:SendMessage]
            Resource: !Ref Topic
  Key:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: { AWS: !Sub 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root' }
            Action: [kms:*, s3:GetObject]
            Resource: '*'
`;
    const outcome = await lint({ 'policies.yaml': yaml });
    expect(outcome.toolErrors).toEqual([]);
    const messages = messagesOf(outcome, 'policies.yaml').filter((m) => m.ruleId === 'resource-policy-scope');
    expect(messages.map((m) => [m.line, m.column, m.endColumn, tokenOf(yaml, m), m.message])).toEqual([
      [12, 31, 34, 'sns', 'Resource "arn:aws:sns:us-east-1:111122223333:alerts" is a sns ARN, not supported in this SQS queue\'s policy, which covers only "sqs" resources; remove it.'],
      [22, 35, 38, 'sqs', 'Action "sqs:SendMessage" is not supported in this SNS topic\'s policy, which covers only "sns" actions; remove it.'],
      [32, 29, 31, 's3', 'Action "s3:GetObject" is not supported in this KMS key\'s policy, which covers only "kms" actions; remove it.'],
    ]);
  });
});
