/**
 * False positives found by linting real CloudFormation and SAM templates, each as a small excerpt written for
 * the test: what CloudFormation resolves is fine, so the template gets no finding for it.
 */
import { describe, expect, it } from 'vitest';
import { lint, messagesOf, tokenOf } from './helpers.js';

const findings = async (text: string) => {
  const messages = messagesOf(await lint({ 'template.yaml': text }), 'template.yaml');
  return messages.map((m) => [m.ruleId, m.line, tokenOf(text, m)]);
};

describe('placeholders in condition values that name the caller', () => {
  it('kms:CallerAccount of the stack\'s account pins the callers of a key policy\'s "*" with kms:ViaService', async () => {
    const key = (callerAccount: string) => `Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy:
        Version: '2012-10-17'
        Statement:
          - Sid: Admin
            Effect: Allow
            Principal:
              AWS: !Sub arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root
            Action: kms:*
            Resource: '*'
          - Sid: ThroughS3
            Effect: Allow
            Principal:
              AWS: '*'
            Action: [kms:Decrypt, kms:GenerateDataKey]
            Resource: '*'
            Condition:
              StringEquals:
                kms:ViaService: !Sub s3.\${AWS::Region}.amazonaws.com
${callerAccount}`;
    expect(await findings(key('                kms:CallerAccount: !Ref AWS::AccountId\n'))).toEqual([]);
    expect(await findings(key("                kms:CallerAccount: !Ref AccountParameter\n"))).toEqual([]);
    expect(await findings(key("                kms:CallerAccount: !Sub '\${AWS::AccountId}'\n"))).toEqual([]);
    // Without it, anyone may use the key through S3: still reported.
    expect((await findings(key(''))).map(([rule]) => rule)).toEqual(['principal-public-access']);
  });

  it('aws:PrincipalOrgID, aws:SourceIp and an ARN with the account as placeholders pin a bucket policy\'s "*"', async () => {
    const text = `Parameters:
  OrgId: { Type: String }
  Cidr: { Type: String }
Resources:
  Policy:
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
              StringEquals:
                aws:PrincipalOrgID: !Ref OrgId
          - Effect: Allow
            Principal: '*'
            Action: s3:GetObject
            Resource: !Sub '\${Bucket.Arn}/*'
            Condition:
              IpAddress:
                aws:SourceIp: !Ref Cidr
          - Effect: Allow
            Principal: '*'
            Action: s3:GetObject
            Resource: !Sub '\${Bucket.Arn}/*'
            Condition:
              ArnLike:
                aws:PrincipalArn: !Sub 'arn:\${AWS::Partition}:iam::\${AWS::AccountId}:role/*'
  Bucket:
    Type: AWS::S3::Bucket
`;
    expect(await findings(text)).toEqual([]);
  });
});

describe('templates the reader did not take for templates', () => {
  it('a template with an Fn::ForEach loop (AWS::LanguageExtensions) among its resources is linted, named or in a directory', async () => {
    const yaml = `Transform: AWS::LanguageExtensions
Parameters:
  Names: { Type: CommaDelimitedList }
Resources:
  Fn::ForEach::Buckets:
    - Name
    - !Ref Names
    - Bucket\${Name}:
        Type: AWS::S3::Bucket
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: allow
            Principal: { Service: lambda.amazonaws.com }
            Action: sts:AssumeRole
`;
    const json = `${JSON.stringify({
      Transform: 'AWS::LanguageExtensions',
      Resources: {
        'Fn::ForEach::Topics': ['Name', ['a', 'b'], { 'Topic${Name}': { Type: 'AWS::SNS::Topic' } }],
        Policy: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'allow', Action: 'sns:Publish', Resource: '*' }] } } },
      },
    }, null, 2)}\n`;
    for (const paths of [['template.yaml', 'template.json'], ['.']]) {
      const outcome = await lint({ 'template.yaml': yaml, 'template.json': json }, paths);
      expect(outcome.toolErrors).toEqual([]);
      expect(messagesOf(outcome, 'template.yaml').map((m) => [m.ruleId, m.line, tokenOf(yaml, m)])).toEqual([['effect-valid', 16, 'allow']]);
      expect(messagesOf(outcome, 'template.json').map((m) => [m.ruleId, tokenOf(json, m)])).toEqual([['effect-valid', '"allow"']]);
    }
  });

  it('a template whose only resources are made by Fn::ForEach loops is a template too (with no policy to lint)', async () => {
    const yaml = `Transform: AWS::LanguageExtensions
Resources:
  Fn::ForEach::Buckets:
    - Id
    - [A, B]
    - Fn::ForEach::Copies:
        - Copy
        - ['1', '2']
        - Bucket\${Id}\${Copy}:
            Type: AWS::S3::Bucket
`;
    for (const paths of [['template.yaml'], ['.']]) {
      const outcome = await lint({ 'template.yaml': yaml }, paths);
      expect(outcome.toolErrors).toEqual([]);
      expect(messagesOf(outcome, 'template.yaml')).toEqual([]);
    }
  });
});

describe('positions', () => {
  it('a finding on a whole string written as a block scalar points at its text, not at its | or > header', async () => {
    const text = `Resources:
  Policy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: |-
              dynamodb:GetItm
            Resource: '*'
          - Effect: Allow
            Action: >-
              sqs:SendMesage
            Resource: '*'
`;
    const messages = messagesOf(await lint({ 'template.yaml': text }), 'template.yaml');
    expect(messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, tokenOf(text, m)])).toEqual([
      ['action-exists', 10, 15, 10, 'dynamodb:GetItm'],
      ['action-exists', 14, 15, 14, 'sqs:SendMesage'],
    ]);
  });
});
