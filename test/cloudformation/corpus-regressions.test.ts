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
