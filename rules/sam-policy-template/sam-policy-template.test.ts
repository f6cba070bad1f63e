/**
 * sam-policy-template is reported by the CloudFormation reader (src/cloudformation/sam-policy-templates.ts), never on
 * a policy document (the RuleTester has nothing to run): these tests lint templates.
 */
import { describe, expect, it } from 'vitest';
import { lint, messagesOf, tokenOf } from '../../test/cloudformation/helpers.js';
import { SAM_POLICY_TEMPLATES, SAM_POLICY_TEMPLATES_SOURCE } from '../../src/cloudformation/sam-policy-templates-data.js';

const only = JSON.stringify({ extends: [], rules: { 'sam-policy-template': 'error' } });
const all = JSON.stringify({ extends: ['policy-lint:recommended'] });

/** [line, column, the text under the finding, message id]; each finding covers its one-line token exactly. */
async function findings(name: string, text: string, config = only): Promise<Array<[number, number, string, string]>> {
  const outcome = await lint({ [name]: text, '.policy-lint.json': config }, [name]);
  const messages = messagesOf(outcome, name);
  for (const m of messages) expect([m.endLine, m.endColumn]).toEqual([m.line, m.column + tokenOf(text, m).length]);
  return messages.map((m) => [m.line, m.column, tokenOf(text, m), m.messageId!]);
}

async function messages(name: string, text: string): Promise<string[]> {
  const outcome = await lint({ [name]: text, '.policy-lint.json': only }, [name]);
  return messagesOf(outcome, name).map((m) => `${m.line}:${m.column} ${m.message}`);
}

const fn = (policies: string, type = 'AWS::Serverless::Function') => `Transform: AWS::Serverless-2016-10-31
Resources:
  Fn:
    Type: ${type}
    Properties:
      Handler: index.handler
      Runtime: nodejs20.x
      Policies:
${policies}`;

describe('the table', () => {
  it('is SAM\'s list: names and the parameters each takes', () => {
    expect(SAM_POLICY_TEMPLATES_SOURCE).toBe('aws-sam-translator 1.110.0');
    expect(Object.keys(SAM_POLICY_TEMPLATES)).toHaveLength(81);
    expect(SAM_POLICY_TEMPLATES.S3ReadPolicy).toEqual(['BucketName']);
    expect(SAM_POLICY_TEMPLATES.VPCAccessPolicy).toEqual([]);
    expect(SAM_POLICY_TEMPLATES.AWSSecretsManagerGetSecretValuePolicy).toEqual(['SecretArn']);
    expect(SAM_POLICY_TEMPLATES.ElasticsearchHttpPostPolicy).toEqual(['DomainName']);
  });
});

describe('template names', () => {
  it('an unknown name: on the key, with the template meant', async () => {
    const text = fn(`        - S3ReadPolicies: { BucketName: !Ref Bucket }
        - DynamoDbCrudPolicy: { TableName: t }
        - NoSuchThingAnywhere: {}
        - Version: '2012-10-17'`);
    expect(await findings('template.yaml', text)).toEqual([
      [9, 11, 'S3ReadPolicies', 'unknownTemplate'],
      [10, 11, 'DynamoDbCrudPolicy', 'unknownTemplate'],
      [11, 11, 'NoSuchThingAnywhere', 'unknownTemplate'],
      [12, 11, 'Version', 'unknownTemplate'],
    ]);
    expect((await messages('template.yaml', text)).slice(0, 3)).toEqual([
      '9:11 "S3ReadPolicies" in Fn.Policies is not a SAM policy template, so SAM rejects the template and the deployment fails. Did you mean "S3ReadPolicy"?',
      '10:11 "DynamoDbCrudPolicy" in Fn.Policies is not a SAM policy template, so SAM rejects the template and the deployment fails. Did you mean "DynamoDBCrudPolicy"?',
      '11:11 "NoSuchThingAnywhere" in Fn.Policies is not a SAM policy template, so SAM rejects the template and the deployment fails.',
    ]);
  });

  it('a state machine\'s Policies, JSON, and each branch of an Fn::If; not other resources', async () => {
    const text = JSON.stringify({
      Resources: {
        Machine: { Type: 'AWS::Serverless::StateMachine', Properties: { Policies: [{ LambdaInvokePolicys: { FunctionName: 'f' } }] } },
        Fn: { Type: 'AWS::Serverless::Function', Properties: { Policies: [{ 'Fn::If': ['Prod', { SQSPollerPolicy: { QueueName: 'q' } }, { SQSPolerPolicy: { QueueName: 'q' } }] }, { 'Fn::If': ['Prod', { SNSPublishMessagePolicy: {} }, { Ref: 'AWS::NoValue' }] }] } },
        Other: { Type: 'AWS::IAM::Role', Properties: { Policies: [{ S3ReadPolicies: {} }] } },
      },
    }, null, 2);
    expect(await findings('template.json', text)).toEqual([
      [8, 13, '"LambdaInvokePolicys"', 'unknownTemplate'],
      [28, 17, '"SQSPolerPolicy"', 'unknownTemplate'],
      [38, 17, '"SNSPublishMessagePolicy"', 'missingParameters'],
    ]);
  });

  it('a single template as the whole Policies, and an Fn::If choosing the list', async () => {
    const text = `Resources:
  A:
    Type: AWS::Serverless::Function
    Properties:
      Policies:
        S3ReadPolicy: {}
  B:
    Type: AWS::Serverless::Function
    Properties:
      Policies: !If [Prod, [S3WritePolicy: {Bucket: b}], !Ref AWS::NoValue]`;
    expect(await findings('template.yaml', text)).toEqual([
      [6, 9, 'S3ReadPolicy', 'missingParameters'],
      [10, 45, 'Bucket', 'misspeltParameter'],
    ]);
  });
});

describe('parameters', () => {
  it('missing, misspelt and unknown: on the key', async () => {
    const text = fn(`        - S3ReadPolicy: {}
        - S3CrudPolicy:
            Bucket: !Ref Bucket
        - DynamoDBCrudPolicy: { TableName: t, Key: 'orders/*' }
        - VPCAccessPolicy: { VpcId: v }
        - AthenaQueryPolicy: { WorkgroupName: w }
        - StepFunctionsExecutionPolicy: { StateMachineName: !GetAtt Machine.Name, Extra: 1 }`);
    expect(await findings('template.yaml', text)).toEqual([
      [9, 11, 'S3ReadPolicy', 'missingParameters'],
      [11, 13, 'Bucket', 'misspeltParameter'],
      [12, 47, 'Key', 'unknownParameter'],
      [13, 30, 'VpcId', 'unknownParameter'],
      [14, 32, 'WorkgroupName', 'misspeltParameter'],
      [15, 83, 'Extra', 'unknownParameter'],
    ]);
    expect(await messages('template.yaml', text)).toEqual([
      '9:11 The SAM policy template S3ReadPolicy in Fn.Policies has no value for the parameter "BucketName", so the deployment fails.',
      '11:13 "Bucket" is not a parameter of the SAM policy template S3CrudPolicy in Fn.Policies, so "BucketName" has no value and the deployment fails. Did you mean "BucketName"?',
      '12:47 "Key" is not a parameter of the SAM policy template DynamoDBCrudPolicy in Fn.Policies, which takes the parameters "TableName": SAM drops it, and the policy is the same without it.',
      '13:30 "VpcId" is not a parameter of the SAM policy template VPCAccessPolicy in Fn.Policies, which takes no parameters: SAM drops it, and the policy is the same without it.',
      '14:32 "WorkgroupName" is not a parameter of the SAM policy template AthenaQueryPolicy in Fn.Policies, so "WorkGroupName" has no value and the deployment fails. Did you mean "WorkGroupName"?',
      '15:83 "Extra" is not a parameter of the SAM policy template StepFunctionsExecutionPolicy in Fn.Policies, which takes the parameters "StateMachineName": SAM drops it, and the policy is the same without it.',
    ]);
  });

  it('several missing: all named', async () => {
    const text = fn(`        - DynamoDBStreamReadPolicy: {}
        - EFSWriteAccessPolicy: { FileSystem: !Ref Fs }
        - SESBulkTemplatedCrudPolicy_v2: { IdentityName: i, TemplateName: t }`);
    expect(await messages('template.yaml', text)).toEqual([
      '9:11 The SAM policy template DynamoDBStreamReadPolicy in Fn.Policies has no value for the parameters "StreamName", "TableName", so the deployment fails.',
      '10:11 The SAM policy template EFSWriteAccessPolicy in Fn.Policies has no value for the parameter "AccessPoint", so the deployment fails.',
    ]);
  });

  it('a value that is not a map', async () => {
    const text = fn(`        - S3ReadPolicy: my-bucket
        - VPCAccessPolicy:
        - SQSPollerPolicy: [q]
        - SQSSendMessagePolicy: !Ref QueuePolicyParameters
        - S3ReadPolicy: !If [Prod, { BucketName: a }, { BucketName: b }]
        - VPCAccessPolicy: !Ref NotEvaluatedButNotNeeded`);
    expect(await findings('template.yaml', text)).toEqual([
      [9, 25, 'my-bucket', 'notMap'],
      [10, 11, 'VPCAccessPolicy', 'notMap'],
      [11, 28, '[q]', 'notMap'],
      [12, 11, 'SQSSendMessagePolicy', 'notMap'],
      [13, 11, 'S3ReadPolicy', 'notMap'],
    ]);
    expect(await messages('template.yaml', text)).toEqual([
      '9:25 The SAM policy template S3ReadPolicy in Fn.Policies is given the string "my-bucket", but it takes a map of its parameters ({BucketName: …}), so the deployment fails.',
      '10:11 The SAM policy template VPCAccessPolicy in Fn.Policies is given no value, but it takes a map of its parameters ({}), so the deployment fails.',
      '11:28 The SAM policy template SQSPollerPolicy in Fn.Policies is given a list, but it takes a map of its parameters ({QueueName: …}), so the deployment fails.',
      '12:11 The SAM policy template SQSSendMessagePolicy in Fn.Policies is given the intrinsic function Ref, which SAM does not evaluate here, but it takes a map of its parameters ({QueueName: …}), so the deployment fails.',
      '13:11 The SAM policy template S3ReadPolicy in Fn.Policies is given the intrinsic function Fn::If, which SAM does not evaluate here, but it takes a map of its parameters ({BucketName: …}), so the deployment fails.',
    ]);
  });
});

describe('what is not a template', () => {
  it('a map with several keys and no Statement: neither a document nor a template', async () => {
    const text = fn(`        - S3ReadPolicy: { BucketName: b }
          SQSPollerPolicy: { QueueName: q }
        - {}`);
    expect(await findings('template.yaml', text)).toEqual([
      [9, 11, 'S3ReadPolicy', 'notPolicy'],
      [11, 11, '{}', 'notPolicy'],
    ]);
  });

  it('managed policies, documents and valid templates: no finding from this rule; the other checks still run', async () => {
    const text = fn(`        - AWSLambdaBasicExecutionRole
        - arn:aws:iam::aws:policy/ReadOnlyAcess
        - !Ref PolicyArn
        - !If [Prod, !Ref PolicyArn, !Ref AWS::NoValue]
        - Version: '2012-10-17'
          Statement:
            - Effect: Allow
              Action: s3:GetObjekt
              Resource: '*'
        - Statement: []
        - S3ReadPolicy: { BucketName: !Ref Bucket }
        - AWSSecretsManagerGetSecretValuePolicy: { SecretArn: !Sub 'arn:\${AWS::Partition}:secretsmanager:\${AWS::Region}:\${AWS::AccountId}:secret:s' }
        - VPCAccessPolicy: {}
        - DynamoDBCrudPolicy:
            TableName: !If [Prod, prod-table, dev-table]`);
    const found = await findings('template.yaml', text, all);
    expect(found.filter(([, , , id]) => ['unknownTemplate', 'missingParameters', 'misspeltParameter', 'unknownParameter', 'notMap', 'notPolicy'].includes(id))).toEqual([]);
    expect(found.map(([line, column, token]) => [line, column, token])).toEqual(expect.arrayContaining([[10, 11, 'arn:aws:iam::aws:policy/ReadOnlyAcess'], [16, 23, 's3:GetObjekt']]));
  });

  it('an ignore entry by path suppresses one finding', async () => {
    const text = fn('        - S3ReadPolicies: { BucketName: b }\n        - SQSPollerPolicy: { Queue: q }');
    const config = JSON.stringify({
      extends: [], rules: { 'sam-policy-template': 'error' },
      ignore: [{ files: ['template.yaml'], rules: ['sam-policy-template'], path: '$.Resources.Fn.Properties.Policies[0].S3ReadPolicies', reason: 'test' }],
    });
    expect(await findings('template.yaml', text, config)).toEqual([[10, 30, 'Queue', 'misspeltParameter']]);
  });
});
