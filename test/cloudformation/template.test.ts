/**
 * CloudFormation templates (JSON and YAML): each embedded policy is linted as its own document, with the
 * policy type of its resource, and findings land on the template's exact characters.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { templatePolicies } from '../../src/run.js';
import { lint, messagesOf, positionOf, tokenOf } from './helpers.js';

const yamlTemplate = `AWSTemplateFormatVersion: '2010-09-09'
Parameters:
  BucketName:
    Type: String
Resources:
  AppRole:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              Service: lambda.amazonaws.com
            Action: sts:AssumeRole
      Policies:
        - PolicyName: app
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Sid: Read
                Effect: Allow
                Action:
                  - s3:GetObjekt
                Resource: !Sub 'arn:\${AWS::Partition}:s3:::\${BucketName}/*'
              - Sid: Long
                Effect: Allow
                Action: "s3:PutObjekt"
                Resource:
                  Fn::Sub: 'arn:\${AWS::Partition}:s3:::\${BucketName}/*'
`;

const jsonTemplate = `{
  "AWSTemplateFormatVersion": "2010-09-09",
  "Resources": {
    "Policy": {
      "Type": "AWS::IAM::ManagedPolicy",
      "Properties": {
        "PolicyDocument": {
          "Version": "2012-10-17",
          "Statement": [
            {
              "Effect": "allow",
              "Action": ["s3:GetObjekt"],
              "Resource": { "Fn::Sub": "arn:\${AWS::Partition}:s3:::\${BucketName}/*" }
            }
          ]
        }
      }
    }
  }
}
`;

describe('exact positions', () => {
  it('YAML: short-form and long-form tags, plain and quoted scalars', async () => {
    const outcome = await lint({ 'stack.yaml': yamlTemplate });
    expect(outcome.toolErrors).toEqual([]);
    const messages = messagesOf(outcome, 'stack.yaml');
    expect(messages.map((m) => [m.ruleId, m.line, m.column, tokenOf(yamlTemplate, m)])).toEqual([
      ['action-exists', positionOf(yamlTemplate, 's3:GetObjekt').line, positionOf(yamlTemplate, 's3:GetObjekt').column, 's3:GetObjekt'],
      ['action-exists', positionOf(yamlTemplate, '"s3:PutObjekt"').line, positionOf(yamlTemplate, '"s3:PutObjekt"').column, '"s3:PutObjekt"'],
    ]);
    expect(messages[0].message).toContain('The action "s3:GetObjekt" does not exist');
    expect(messages[0].path).toEqual(['Resources', 'AppRole', 'Properties', 'Policies', 0, 'PolicyDocument', 'Statement', 0, 'Action', 0]);
  });

  it('JSON: the token in the template, message and rule id unchanged', async () => {
    const outcome = await lint({ 'stack.json': jsonTemplate });
    const messages = messagesOf(outcome, 'stack.json');
    expect(messages.map((m) => [m.ruleId, m.line, m.column, m.endColumn, tokenOf(jsonTemplate, m)])).toEqual([
      ['effect-valid', 11, 25, 32, '"allow"'],
      ['action-exists', 12, 26, 40, '"s3:GetObjekt"'],
    ]);
    expect(messages[0].message).toBe('Effect "allow" must be written "Allow" (case-sensitive).');
  });

  it('a finding inside a string points at its characters (JSON and YAML)', async () => {
    const json = jsonTemplate.replace('"s3:GetObjekt"', '"s3:GetObject"').replace('"Effect": "allow"', '"Effect": "Allow"')
      .replace('${BucketName}/*', '${BucketName}/${aws:username }');
    const yaml = yamlTemplate.replace('s3:GetObjekt', 's3:GetObject').replace('"s3:PutObjekt"', 's3:PutObject')
      .replace("Resource: !Sub 'arn:${AWS::Partition}:s3:::${BucketName}/*'", "Resource: 'arn:aws:s3:::bucket/${aws:username }'");
    const outcome = await lint({ 'a.json': json, 'b.yaml': yaml });
    const a = messagesOf(outcome, 'a.json');
    // Inside Fn::Sub: the space, and the missing escape.
    expect(a.map((m) => [m.messageId, tokenOf(json, m)]).sort()).toEqual([['fnSubVariable', '${aws:username }'], ['space', '${aws:username }']]);
    const b = messagesOf(outcome, 'b.yaml');
    expect(b.map((m) => [m.ruleId, tokenOf(yaml, m)])).toEqual([['policy-variable-syntax', '${aws:username }']]);
  });
});

describe('intrinsic functions', () => {
  const template = (resource: string, principal = "!Sub 'arn:${AWS::Partition}:iam::${AWS::AccountId}:root'") => `Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Policy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Bucket
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Sid: Read
            Effect: Allow
            Principal:
              AWS: ${principal}
            Action: s3:GetObject
            Resource: ${resource}
`;

  it.each([
    ['!GetAtt Bucket.Arn'],
    ['!Join [\'\', [!GetAtt Bucket.Arn, \'/*\']]'],
    ['!Sub \'${Bucket.Arn}/*\''],
    ['!Sub [\'${Arn}/*\', { Arn: !GetAtt Bucket.Arn }]'],
    ['!If [IsProd, !Sub \'${Bucket.Arn}/*\', !GetAtt Bucket.Arn]'],
    ['{ "Fn::Join": ["", [{ "Fn::GetAtt": ["Bucket", "Arn"] }, "/*"]] }'],
    ['!Select [0, !Split [",", !Ref Arns]]'],
    ['!ImportValue shared-bucket-arn'],
    ['!FindInMap [Buckets, !Ref AWS::Region, Arn]'],
    ['!Ref BucketArn'],
  ])('no finding on a placeholder: Resource %s', async (resource) => {
    const text = template(resource);
    const outcome = await lint({ 'stack.yaml': text });
    expect(outcome.toolErrors).toEqual([]);
    expect(messagesOf(outcome, 'stack.yaml')).toEqual([]);
  });

  it.each([
    ['!GetAtt Role.Arn'],
    ['!Ref AWS::AccountId'],
    ['!Sub \'arn:aws:iam::${AWS::AccountId}:role/${RoleName}\''],
    ['!ImportValue role-arn'],
  ])('no finding on a placeholder: Principal AWS %s', async (principal) => {
    const outcome = await lint({ 'stack.yaml': template("'arn:aws:s3:::bucket/*'", principal) });
    expect(messagesOf(outcome, 'stack.yaml')).toEqual([]);
  });

  it('a whole policy, or its Statement, given by an intrinsic function gives no finding; an Fn::If list of policies is read', async () => {
    const text = `Resources:
  P:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: !Ref PolicyParam
  Q:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: !ImportValue trust
      Policies: !If
        - C
        - - PolicyName: x
            PolicyDocument:
              Version: '2012-10-17'
              Statement: [{Effect: Allow, Action: s3:GetObjekt, Resource: '*'}]
        - !Ref AWS::NoValue
  R:
    Type: AWS::S3::BucketPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement: !Ref Statements
`;
    const messages = messagesOf(await lint({ 'stack.yaml': text }), 'stack.yaml');
    expect(messages.map((m) => [m.ruleId, m.line, tokenOf(text, m)])).toEqual([['action-exists', 15, 's3:GetObjekt']]);
  });

  it('Fn::Sub with a map: a literal value is substituted and checked where it is written', async () => {
    const text = template("!Sub ['arn:${AWS::Partition}:s3:::${Name}/*', { Name: 'bucket' }]").replace('Action: s3:GetObject', "Action: !Sub ['s3:${Verb}Object', { Verb: Gett }]");
    const messages = messagesOf(await lint({ 'stack.yaml': text }), 'stack.yaml');
    expect(messages.map((m) => [m.ruleId, tokenOf(text, m)])).toEqual([['action-exists', "'s3:${Verb}Object'"]]);
  });

  it('a literal part next to a placeholder is still checked', async () => {
    const text = template("!Sub 'arn:${AWS::Partition}:s4:::${Bucket}/*'");
    const messages = messagesOf(await lint({ 'stack.yaml': text }), 'stack.yaml');
    // The ARN holds a placeholder: its findings are dropped; the Action next to it is checked.
    expect(messages.filter((m) => tokenOf(text, m).includes('${'))).toEqual([]);
    const bad = template("'arn:aws:s3:::bucket/*'").replace('s3:GetObject', 's3:GetObjekt');
    const found = messagesOf(await lint({ 'stack.yaml': bad }), 'stack.yaml');
    expect(found.map((m) => [m.ruleId, tokenOf(bad, m)])).toEqual([['action-exists', 's3:GetObjekt']]);
  });

  it('a YAML scalar over several lines (plain, double-quoted with an escaped line break, single-quoted): a finding inside it on its characters', async () => {
    const text = `Resources:
  Policy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: '*'
            Condition:
              StringEquals:
                aws:PrincipalArn:
                  - arn:aws:iam::111122223333:role/a
                    b*
                  - "arn:aws:iam::111122223333:\\
                    role/c*"
                  - 'arn:aws:iam::111122223333:role/d

                    e*'
`;
    for (const eol of ['\n', '\r\n']) {
      const file = text.replace(/\n/g, eol);
      const messages = messagesOf(await lint({ 'p.yaml': file }), 'p.yaml').filter((m) => m.ruleId === 'condition-wildcard-needs-like');
      expect(messages.map((m) => [m.line, m.column, tokenOf(file, m)])).toEqual([[15, 22, '*'], [17, 27, '*'], [20, 22, '*']]);
    }
  });

  it('a finding on a whole function in YAML: from its tag (or long-form key) to its last item, without the line break after it', async () => {
    const text = `Resources:
  Policy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource:
              - arn:aws:s3:::b/x
              - !Join
                - ''
                - - arn:aws:s3:::b/
                  - x
              - Fn::Join:
                  - ''
                  - [arn:aws:s3:::b/, x]   # a comment
              - !Join ['', [arn:aws:s3:::b/, x]]

          - Effect: Allow
            Action: s3:GetObject
            Resource: arn:aws:s3:::c/x
`;
    const messages = messagesOf(await lint({ 'p.yaml': text }), 'p.yaml').filter((m) => m.ruleId === 'redundant-resource');
    expect(messages.map((m) => tokenOf(text, m))).toEqual([
      "!Join\n                - ''\n                - - arn:aws:s3:::b/\n                  - x",
      "Fn::Join:\n                  - ''\n                  - [arn:aws:s3:::b/, x]",
      "!Join ['', [arn:aws:s3:::b/, x]]",
    ]);
  });

  it('Fn::If: both branches are read; AWS::NoValue removes the entry', async () => {
    const text = `Resources:
  Policy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - !If
            - IsProd
            - !Ref AWS::NoValue
            - Effect: allow
              Action: s3:GetObject
              Resource: '*'
          - Fn::If:
              - IsProd
              - Effect: Allow
                Action: s3:GetObjekt
                Resource: '*'
              - Effect: Allow
                Action: s3:PutObjekt
                Resource: '*'
`;
    const messages = messagesOf(await lint({ 'stack.yaml': text }), 'stack.yaml');
    expect(messages.map((m) => [m.ruleId, tokenOf(text, m)])).toEqual([
      ['effect-valid', 'allow'],
      ['action-exists', 's3:GetObjekt'],
      ['action-exists', 's3:PutObjekt'],
    ]);
  });

  it('Fn::Sub: ${!Literal} is the literal ${Literal}; an unescaped ${aws:username} is reported where it is', async () => {
    const text = `Resources:
  Policy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: s3:ListBucket
            Resource: !Sub 'arn:\${AWS::Partition}:s3:::\${Bucket}'
            Condition:
              StringLike:
                s3:prefix:
                  - !Sub 'home/\${aws:username}/*'
                  - !Sub 'home/\${!aws:username}/*'
                  - Fn::Sub: 'team/\${aws:PrincipalTag/team}/*'
`;
    const messages = messagesOf(await lint({ 'stack.yaml': text }), 'stack.yaml');
    expect(messages.map((m) => [m.ruleId, m.messageId, m.line, m.column, tokenOf(text, m)])).toEqual([
      ['policy-variable-syntax', 'fnSubVariable', 14, 32, '${aws:username}'],
      ['policy-variable-syntax', 'fnSubVariable', 16, 36, '${aws:PrincipalTag/team}'],
    ]);
    expect(messages[0].message).toBe('"${aws:username}" is inside Fn::Sub, which reads every "${…}" as a template parameter or resource, so the stack fails with an unresolved reference to "aws:username"; write "${!aws:username}" to pass the policy variable to IAM.');
    expect(messages[0].severity).toBe(2);
  });

  it('the Fn::Sub finding follows the rule\'s setting', async () => {
    const text = `Resources:
  Policy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: !Sub 'arn:aws:s3:::bucket/\${aws:username}'
`;
    const off = await lint({ 'stack.yaml': text }, ['.'], { cli: { rules: { 'policy-variable-syntax': 'off' } } });
    expect(messagesOf(off, 'stack.yaml')).toEqual([]);
    const warn = await lint({ 'stack.yaml': text }, ['.'], { cli: { rules: { 'policy-variable-syntax': 'warn' } } });
    expect(messagesOf(warn, 'stack.yaml').map((m) => m.severity)).toEqual([1]);
  });
});

describe('placeholders hide nothing else', () => {
  it('a policy without Version whose only ${…} are placeholders still gets the Version finding', async () => {
    const text = `Resources:
  TopicPolicy:
    Type: AWS::SNS::TopicPolicy
    Properties:
      Topics: [!Ref Topic]
      PolicyDocument:
        Statement:
          - Effect: Allow
            Principal: { AWS: !Sub 'arn:aws:iam::\${AWS::AccountId}:root' }
            Action: sns:Publish
            Resource: !Ref Topic
`;
    const messages = messagesOf(await lint({ 'topic.yaml': text }), 'topic.yaml');
    expect(messages.map((m) => [m.ruleId, m.line, m.column, tokenOf(text, m)])).toEqual([['policy-version', 6, 7, 'PolicyDocument']]);
  });

  it('a malformed ARN keeps one finding: action-resource-type gives way only to an ARN rule\'s finding the template keeps', async () => {
    const text = `Parameters:
  QueueName:
    Type: String
Resources:
  Policy:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: sqs:SendMessage
            Resource: !Sub 'arn:aws:sqs::\${AWS::AccountId}:\${QueueName}'
          - Effect: Allow
            Action: sqs:ReceiveMessage
            Resource: !Sub 'arn:aws:sqs::\${AWS::AccountId}:jobs'
`;
    const messages = messagesOf(await lint({ 'policy.yaml': text }), 'policy.yaml');
    // arn-region's finding on the first ARN names the parameter, so the template drops it (the parameter could be
    // anything); action-resource-type's stays. On the second, arn-region's is kept and is the only one.
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['action-resource-type', 12, 21], ['arn-region', 16, 40]]);
  });

  it('a GitHub trust whose provider is !GetAtt (or CDK\'s Ref) is known by its condition keys', async () => {
    const yaml = `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: sts:AssumeRoleWithWebIdentity
            Principal:
              Federated: !GetAtt GithubOidc.Arn
            Condition:
              StringEquals:
                token.actions.githubusercontent.com:aud: sts.amazonaws.com
`;
    const messages = messagesOf(await lint({ 'template.yaml': yaml }), 'template.yaml');
    expect(messages.map((m) => [m.ruleId, m.line, m.column, tokenOf(yaml, m)])).toEqual([['oidc-trust-condition', 11, 15, 'Federated']]);
    // CDK output: an owner wildcard in :sub is found at the value.
    const cdk = JSON.stringify({ Resources: { Role: { Type: 'AWS::IAM::Role', Properties: { AssumeRolePolicyDocument: { Version: '2012-10-17', Statement: [{
      Action: 'sts:AssumeRoleWithWebIdentity', Effect: 'Allow', Principal: { Federated: { Ref: 'GithubProvider' } },
      Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:*' } } }] } } } } }, null, 1);
    const cdkMessages = messagesOf(await lint({ 'Stack.template.json': cdk }), 'Stack.template.json');
    expect(cdkMessages.map((m) => [m.ruleId, tokenOf(cdk, m)])).toEqual([['oidc-trust-condition', '"repo:*"']]);
  });
});

describe('policies given as strings of JSON', () => {
  it('JSON template: positions inside the string, escapes counted; no fix', async () => {
    const text = `{
  "Resources": {
    "Domain": {
      "Type": "AWS::OpenSearchService::Domain",
      "Properties": {
        "AccessPolicies": "{\\"Version\\": \\"2012-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"Allow\\", \\"Principal\\": {\\"AWS\\": \\"arn:aws:iam::111122223333:root\\"}, \\"Action\\": \\"es:ESHttpGot\\", \\"Resource\\": \\"*\\"}]}"
      }
    }
  }
}
`;
    const messages = messagesOf(await lint({ 'domain.json': text }, ['.'], { fixDryRun: true }), 'domain.json');
    expect(messages.map((m) => [m.ruleId, tokenOf(text, m), m.fix])).toEqual([['action-exists', '\\"es:ESHttpGot\\"', undefined]]);
  });

  it('YAML literal block: positions on the block\'s lines', async () => {
    const text = `Resources:
  Repo:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryPolicyText: |
        {
          "Version": "2012-10-17",
          "Statement": [
            { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::111122223333:root" }, "Action": "ecr:BatchGetImagez" }
          ]
        }
`;
    const messages = messagesOf(await lint({ 'repo.yaml': text }), 'repo.yaml');
    const found = messages.find((m) => m.ruleId === 'action-exists')!;
    expect(tokenOf(text, found)).toBe('"ecr:BatchGetImagez"');
    expect({ line: found.line, column: found.column }).toEqual(positionOf(text, '"ecr:BatchGetImagez"'));
  });

  it('YAML literal block with CRLF line ends, or an indentation indicator (|2): positions on the block\'s lines', async () => {
    const policy = '{"Version": "2012-10-17",\n "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "ecr:BatchGetImagez"}]}';
    const crlf = `Resources:\r\n  Repo:\r\n    Type: AWS::ECR::Repository\r\n    Properties:\r\n      RepositoryPolicyText: |\r\n${policy.split('\n').map((l) => `        ${l}`).join('\r\n')}\r\n`;
    const indicator = `Resources:\n  Repo:\n    Type: AWS::ECR::Repository\n    Properties:\n      RepositoryPolicyText: |2\n${policy.split('\n').map((l) => `            ${l}`).join('\n')}\n`;
    for (const text of [crlf, indicator]) {
      const found = messagesOf(await lint({ 'repo.yaml': text }), 'repo.yaml').find((m) => m.ruleId === 'action-exists')!;
      expect(tokenOf(text, found)).toBe('"ecr:BatchGetImagez"');
      expect([found.line, found.endLine]).toEqual([7, 7]);
    }
  });

  it('YAML folded block (its characters not one by one): a finding is on its text, not its header or the line break after it', async () => {
    const text = `Resources:
  Repo:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryPolicyText: >
        {"Version": "2012-10-17",
         "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "ecr:BatchGetImagez"}]}
  Other:
    Type: AWS::S3::Bucket
`;
    const found = messagesOf(await lint({ 'repo.yaml': text }), 'repo.yaml').find((m) => m.ruleId === 'action-exists')!;
    expect(tokenOf(text, found)).toBe(text.slice(text.indexOf('{"Version"'), text.indexOf('}]}') + 3));
    expect([found.line, found.column, found.endLine]).toEqual([6, 9, 7]);
  });

  it('a string that is not JSON is a json-syntax finding inside it', async () => {
    const text = `Resources:
  Repo:
    Type: AWS::ECR::Repository
    Properties:
      RepositoryPolicyText: '{"Version": "2012-10-17" "Statement": []}'
`;
    const messages = messagesOf(await lint({ 'repo.yaml': text }), 'repo.yaml');
    expect(messages.map((m) => [m.ruleId, tokenOf(text, m)])).toEqual([['json-syntax', '"Statement"']]);
  });
});

describe('fixes', () => {
  it('JSON template: a safe fix edits the literal policy text, byte for byte', async () => {
    const outcome = await lint({ 'stack.json': jsonTemplate }, ['.'], { fixDryRun: true });
    const result = outcome.results[0];
    expect(result.output).toBe(jsonTemplate.replace('"Effect": "allow"', '"Effect": "Allow"'));
  });

  it('JSON template: --fix writes the file; nothing inside an intrinsic function is edited', async () => {
    const text = jsonTemplate.replace('{ "Fn::Sub": "arn:${AWS::Partition}:s3:::${BucketName}/*" }', () => '{ "Fn::Join": ["", ["arn:aws:s3:::b/", "$${aws:username}"]] }');
    const outcome = await lint({ 'stack.json': text }, ['.'], { fix: true });
    const written = readFileSync(join(outcome.dir, 'stack.json'), 'utf8');
    expect(written).toBe(text.replace('"Effect": "allow"', '"Effect": "Allow"'));
    const messages = messagesOf(outcome, 'stack.json');
    // The Terraform escape inside Fn::Join is reported where it is written, without a fix.
    const escape = messages.find((m) => m.messageId === 'terraformEscape')!;
    expect(tokenOf(written, escape)).toBe('$${aws:username}');
    expect(escape.fix).toBeUndefined();
  });

  it('JSON template: an inserted Version takes the template\'s indentation', async () => {
    const text = jsonTemplate.replace('          "Version": "2012-10-17",\n', '').replace('"Effect": "allow"', '"Effect": "Allow"');
    const outcome = await lint({ 'stack.json': text }, ['.'], { fixDryRun: true });
    expect(outcome.results[0].output).toBe(jsonTemplate.replace('"Effect": "allow"', '"Effect": "Allow"'));
  });

  it('JSON template: no fix inside an Fn::If branch, nor in a policy given as a string', async () => {
    const text = `{
  "Resources": {
    "P": {
      "Type": "AWS::IAM::ManagedPolicy",
      "Properties": {
        "PolicyDocument": {
          "Version": "2012-10-17",
          "Statement": [
            { "Fn::If": ["IsProd", { "Effect": "allow", "Action": "s3:GetObject", "Resource": "*" }, { "Ref": "AWS::NoValue" }] }
          ]
        }
      }
    },
    "Q": {
      "Type": "AWS::SQS::QueuePolicy",
      "Properties": {
        "PolicyDocument": "{\\"Version\\": \\"2012-10-17\\", \\"Statement\\": [{\\"Effect\\": \\"allow\\", \\"Principal\\": {\\"AWS\\": \\"arn:aws:iam::111122223333:root\\"}, \\"Action\\": \\"sqs:SendMessage\\", \\"Resource\\": \\"*\\"}]}"
      }
    }
  }
}
`;
    JSON.parse(text);
    const outcome = await lint({ 'stack.json': text }, ['.'], { fixDryRun: true });
    const effects = messagesOf(outcome, 'stack.json').filter((m) => m.ruleId === 'effect-valid');
    expect(effects.map((m) => [tokenOf(text, m), m.fix])).toEqual([['"allow"', undefined], ['\\"allow\\"', undefined]]);
    expect(outcome.results[0].output).toBeUndefined();
  });

  it('YAML: findings that a fix would correct are reported without a fix, and nothing is written', async () => {
    const text = yamlTemplate.replace('Effect: Allow', 'Effect: allow');
    const outcome = await lint({ 'stack.yaml': text }, ['.'], { fix: true });
    const messages = messagesOf(outcome, 'stack.yaml');
    const effect = messages.find((m) => m.ruleId === 'effect-valid')!;
    expect(tokenOf(text, effect)).toBe('allow');
    expect(effect.fix).toBeUndefined();
    expect(outcome.results[0].output).toBeUndefined();
    expect(readFileSync(join(outcome.dir, 'stack.yaml'), 'utf8')).toBe(text);
  });
});

describe('which files are templates', () => {
  it('a directory: templates and policies are linted, other YAML is skipped silently', async () => {
    const outcome = await lint({
      'stack.yaml': yamlTemplate,
      'stack.template': jsonTemplate,
      'ci.yml': 'jobs:\n  build:\n    runs-on: ubuntu-latest\n',
      'compose.yaml': 'services:\n  web:\n    image: nginx\n',
      'k8s.yaml': 'Resources:\n  - AWS::Something\n',
      'policy.json': '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}\n',
      'package.json': '{"name": "x"}\n',
    });
    expect(outcome.toolErrors).toEqual([]);
    expect(outcome.toolWarnings).toEqual([]);
    expect(outcome.results.map((r) => r.filePath.slice(outcome.dir.length + 1))).toEqual(['policy.json', 'stack.template', 'stack.yaml']);
  });

  it('a named YAML file that is not a template is a clear error, not a crash; --skip-non-policies skips it', async () => {
    const files = { 'ci.yml': 'jobs:\n  build: {}\n', 'stack.yaml': yamlTemplate };
    const named = await lint(files, ['ci.yml', 'stack.yaml']);
    expect(named.toolErrors).toEqual(['ci.yml: not a CloudFormation template (no Resources with an AWS:: Type), and policy-lint reads IAM policies only as JSON']);
    expect(named.results).toHaveLength(1);
    // --print-config: no policy, and what linting says.
    expect(await templatePolicies(join(named.dir, 'ci.yml'), named.dir)).toEqual({ template: 'CloudFormation', policies: [], notice: { error: true, message: named.toolErrors[0] } });
    const skipped = await lint(files, ['ci.yml', 'stack.yaml'], { skipNonPolicies: true });
    expect(skipped.toolErrors).toEqual([]);
    expect(skipped.results).toHaveLength(1);
  });

  it('a directory of YAML that holds no template gives no file to lint', async () => {
    const outcome = await lint({ 'ci/ci.yml': 'jobs: {}\n' }, ['ci']);
    expect(outcome.toolErrors).toEqual(['No files matching the pattern "ci" were found: its file is neither an IAM policy nor a CloudFormation template (name a file to lint it anyway).']);
  });

  it('a plain JSON policy is linted as before; a JSON file whose Resources are not AWS types is a policy candidate', async () => {
    const policy = '{"Version": "2012-10-17", "Statement": [{"Effect": "allow", "Action": "s3:GetObject", "Resource": "*"}]}\n';
    const outcome = await lint({ 'p.json': policy, 'other.json': '{"Resources": {"A": {"Type": "Custom::AWS::X"}}}\n' });
    expect(outcome.results.map((r) => r.filePath.slice(outcome.dir.length + 1))).toEqual(['p.json']);
    expect(messagesOf(outcome, 'p.json').map((m) => [m.ruleId, m.line, m.column])).toEqual([['effect-valid', 1, 52]]);
  });

  it('malformed YAML that looks like a template: one json-syntax finding at its position; the other files are linted', async () => {
    const broken = 'Resources:\n  Policy:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument: [1,\n  x: }\n';
    const outcome = await lint({ 'broken.yaml': broken, 'stack.yaml': yamlTemplate });
    expect(outcome.toolErrors).toEqual([]);
    const messages = messagesOf(outcome, 'broken.yaml');
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ ruleId: 'json-syntax', fatal: true, severity: 2, line: 6, column: 3 });
    expect(messages[0].message).toMatch(/^Invalid YAML: /);
    expect(messagesOf(outcome, 'stack.yaml')).toHaveLength(2);
  });

  it('a second YAML document is a syntax finding at its start that says where it starts and what to do', async () => {
    const first = 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  A:\n    Type: AWS::IAM::ManagedPolicy\n';
    const outcome = await lint({ 'two.yaml': `${first}---\nResources: {}\n`, 'ended.yaml': `${first}...\n  Resources: {}\n` });
    expect(messagesOf(outcome, 'two.yaml').map((m) => [m.ruleId, m.line, m.column, m.endColumn, m.message])).toEqual([
      ['json-syntax', 5, 1, 4, 'Invalid YAML: a second YAML document starts at 5:1 with "---"; a file is read as one document: remove the "---" line, or put each document in a file of its own.'],
    ]);
    expect(messagesOf(outcome, 'ended.yaml').map((m) => [m.line, m.column, m.endColumn, m.message])).toEqual([
      [6, 1, 16, 'Invalid YAML: a second YAML document starts at 6:1; a file is read as one document: put each document in a file of its own.'],
    ]);
  });

  it('a duplicate key in YAML is a syntax finding at the key', async () => {
    const text = 'Resources:\n  A:\n    Type: AWS::IAM::ManagedPolicy\n  A:\n    Type: AWS::IAM::ManagedPolicy\n';
    const messages = messagesOf(await lint({ 'dup.yaml': text }), 'dup.yaml');
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['json-syntax', 4, 3]]);
  });
});

describe('hostile templates', () => {
  it('aliases that expand exponentially ("billion laughs") are one finding, not a hang', async () => {
    let text = 'x0: &a0 [a, a, a, a, a, a, a, a, a, a]\n';
    for (let i = 1; i < 10; i++) text += `x${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]\n`;
    text += 'Resources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument: *a9\n';
    const outcome = await lint({ 'laughs.yaml': text, 'stack.yaml': yamlTemplate });
    const messages = messagesOf(outcome, 'laughs.yaml');
    expect(messages.map((m) => [m.ruleId, m.message])).toEqual([['json-syntax', 'The template\'s aliases expand to more than 10000 nodes, too many to read.']]);
    expect(messagesOf(outcome, 'stack.yaml')).toHaveLength(2);
  });

  it('a template nested too deeply is one finding', async () => {
    const deep = `${'['.repeat(300)}${']'.repeat(300)}`;
    const yaml = `Resources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument: ${deep}\n`;
    const json = `{"Resources": {"P": {"Type": "AWS::IAM::ManagedPolicy", "Properties": {"PolicyDocument": ${'['.repeat(20000)}${']'.repeat(20000)}}}}}`;
    const outcome = await lint({ 'deep.yaml': yaml, 'deep.json': json });
    expect(outcome.toolErrors).toEqual([]);
    expect(messagesOf(outcome, 'deep.yaml').map((m) => m.ruleId)).toEqual(['json-syntax']);
    expect(messagesOf(outcome, 'deep.json').map((m) => [m.ruleId, m.column])).toEqual([['json-syntax', json.indexOf('[') + 196 + 1]]); // the 201st opener
  });
});

describe('other inputs', () => {
  it('standard input named .yaml is read as a template', async () => {
    const outcome = await lint({}, [], { stdin: { text: yamlTemplate, filename: 'stack.yaml', named: true } });
    expect(outcome.results[0].messages.map((m) => [m.ruleId, tokenOf(yamlTemplate, m)])).toEqual([
      ['action-exists', 's3:GetObjekt'],
      ['action-exists', '"s3:PutObjekt"'],
    ]);
  });

  it('a YAML template with CRLF line ends, and one named .template', async () => {
    const crlf = yamlTemplate.replace(/\n/g, '\r\n');
    const outcome = await lint({ 'crlf.yaml': crlf, 'stack.template': yamlTemplate });
    const a = messagesOf(outcome, 'crlf.yaml');
    expect(a.map((m) => [m.line, m.column, tokenOf(crlf, m)])).toEqual([[24, 21, 's3:GetObjekt'], [28, 25, '"s3:PutObjekt"']]);
    expect(messagesOf(outcome, 'stack.template')).toHaveLength(2);
  });

  it('a policy written as an Fn::Sub string of JSON: placeholders dropped, literal findings in place', async () => {
    const text = `Resources:
  Key:
    Type: AWS::KMS::Key
    Properties:
      KeyPolicy: !Sub |
        {
          "Version": "2012-10-17",
          "Statement": [
            { "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::\${AWS::AccountId}:root" }, "Action": "kms:*", "Resource": "*" },
            { "Effect": "Allow", "Principal": { "AWS": "\${AdminRoleArn}" }, "Action": "kms:Decrypd", "Resource": "*" }
          ]
        }
`;
    const messages = messagesOf(await lint({ 'key.yaml': text }), 'key.yaml');
    expect(messages.map((m) => [m.ruleId, m.line, tokenOf(text, m)])).toEqual([['action-exists', 10, '"kms:Decrypd"']]);
  });
});

describe('config', () => {
  it('overrides still choose the rules of a template; the resource decides the policy type', async () => {
    const text = `Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal:
              Service: lambda.amazonaws.com
            Action: sts:AssumeRole
`;
    // --policy-type identity would report the trust policy's Principal (no-principal-in-identity-policy): not for a template.
    const outcome = await lint({ 'stack.yaml': text }, ['.'], { cli: { policyType: 'identity' } });
    expect(messagesOf(outcome, 'stack.yaml')).toEqual([]);
    const config = JSON.stringify({ overrides: [{ files: ['**/*.yaml'], rules: { 'action-exists': 'off' } }] });
    const off = await lint({ '.policy-lint.json': config, 'stack.yaml': yamlTemplate });
    expect(messagesOf(off, 'stack.yaml')).toEqual([]);
  });

  it('ignore entries select template paths', async () => {
    const config = JSON.stringify({ ignore: [{ files: ['stack.yaml'], path: '$.Resources.AppRole.Properties.Policies[0].PolicyDocument.Statement[0]', reason: 'test' }] });
    const outcome = await lint({ '.policy-lint.json': config, 'stack.yaml': yamlTemplate });
    expect(messagesOf(outcome, 'stack.yaml').map((m) => tokenOf(yamlTemplate, m))).toEqual(['"s3:PutObjekt"']);
    expect(outcome.results[0].suppressedMessages?.map((m) => tokenOf(yamlTemplate, m))).toEqual(['s3:GetObjekt']);
  });
});

describe('pseudo parameters of a known form are variable parts, not unknown values', () => {
  // CDK writes every ARN as an Fn::Join with `Ref AWS::Partition`: a finding on the rest of the ARN stands.
  const join = (...parts: string[]) => `{"Fn::Join": ["", ${JSON.stringify(parts).replace('"@P"', '{"Ref": "AWS::Partition"}').replace('"@R"', '{"Ref": "AWS::Region"}').replace('"@B"', '{"Ref": "BucketName"}')}]}`;
  const cdk = (principal: string, resource: string) => `{
 "Resources": {
  "BucketPolicy": {
   "Type": "AWS::S3::BucketPolicy",
   "Properties": {
    "Bucket": "b",
    "PolicyDocument": {
     "Statement": [
      {
       "Action": "s3:GetObject",
       "Effect": "Allow",
       "Principal": {
        "AWS": ${principal}
       },
       "Resource": ${resource}
      }
     ],
     "Version": "2012-10-17"
    }
   }
  }
 }
}
`;

  it('a wrong account or a Region in an S3 ARN beside ${AWS::Partition} is reported, on the part that holds it', async () => {
    const text = cdk(join('arn:', '@P', ':iam::12345678:root'), join('arn:', '@P', ':s3:us-east-1::b/*'));
    const messages = messagesOf(await lint({ 'stack.template.json': text }), 'stack.template.json');
    expect(messages.map((m) => [m.ruleId, m.line, m.column, m.message])).toEqual([
      ['principal-aws-format', 13, 16, '"AWS" principal "arn:${AWS::Partition}:iam::12345678:root" is not an account ID (12 digits), an IAM or STS ARN such as "arn:aws:iam::111122223333:role/name", or "*"; IAM rejects the policy as having an invalid principal.'],
      ['arn-region', 15, 77, 'ARN "arn:${AWS::Partition}:s3:us-east-1::b/*" has Region "us-east-1", but s3 bucket and object ARNs have none (arn:${Partition}:s3:::${BucketName}); leave the Region field empty.'],
    ]);
    expect(tokenOf(text, messages[0])).toBe(join('arn:', '@P', ':iam::12345678:root'));
    expect(tokenOf(text, messages[1])).toBe('us-east-1');
  });

  it('the same ARNs with a placeholder of unknown value still give nothing', async () => {
    const text = cdk(join('arn:', '@P', ':iam::12345678:root').replace('"AWS::Partition"', '"PartitionParam"'), join('arn:', '@B', ':s3:us-east-1::b/*'));
    expect(messagesOf(await lint({ 'stack.template.json': text }), 'stack.template.json')).toEqual([]);
    const fine = cdk(join('arn:', '@P', ':iam::111122223333:root'), join('arn:', '@P', ':s3:::b/*'));
    expect(messagesOf(await lint({ 'stack.template.json': fine }), 'stack.template.json')).toEqual([]);
  });
});

describe('policies CDK sets through an SDK call (AwsCustomResource)', () => {
  // As CDK writes opensearch.Domain's accessPolicies and a CloudWatch Logs resource policy: the policy is a
  // string of JSON in the call's `parameters`, itself JSON text in an Fn::Join around references.
  const call = (type: string, head: string, policy: string, tail: string) => `{
 "Resources": {
  "AccessPolicy": {
   "Type": "${type}",
   "Properties": {
    "ServiceToken": {"Fn::GetAtt": ["Provider", "Arn"]},
    "Create": {
     "Fn::Join": [
      "",
      [
       ${JSON.stringify(head)},
       {"Ref": "Domain"},
       ${JSON.stringify(`","${policy}":${JSON.stringify(tail)}}}`)}
      ]
     ]
    },
    "Update": "{}"
   }
  },
  "Domain": {"Type": "AWS::OpenSearchService::Domain", "Properties": {}}
 }
}
`;
  const publicSearch = JSON.stringify({ Statement: [{ Action: 'es:ESHttp*', Effect: 'Allow', Principal: { AWS: '*' }, Resource: '*' }], Version: '2012-10-17' });

  it('an OpenSearch domain access policy open to "*" is reported on the "*" inside the call', async () => {
    const text = call('Custom::OpenSearchAccessPolicy', '{"action":"updateDomainConfig","service":"OpenSearch","parameters":{"DomainName":"', 'AccessPolicies', publicSearch);
    const outcome = await lint({ 'stack.template.json': text });
    const messages = messagesOf(outcome, 'stack.template.json');
    expect(messages.map((m) => [m.ruleId, m.line, m.column, tokenOf(text, m)])).toEqual([
      ['principal-public-access', 13, 148, '\\\\\\"*\\\\\\"'],
    ]);
    expect(messages[0].path).toEqual(['Resources', 'AccessPolicy', 'Properties', 'Create', 'Statement', 0, 'Principal', 'AWS']);
  });

  it('a CloudWatch Logs resource policy is read; other parameters and custom resource types are not', async () => {
    const logs = JSON.stringify({ Statement: [{ Action: 'logs:PutLogEvents', Effect: 'Allow', Principal: { Service: 'events.amazonaws.com' }, Resource: '*' }], Version: '2012-10-17' });
    const text = call('Custom::CloudwatchLogResourcePolicy', '{"service":"CloudWatchLogs","action":"putResourcePolicy","parameters":{"policyName":"', 'policyDocument', logs);
    const messages = messagesOf(await lint({ 'stack.template.json': text }), 'stack.template.json');
    expect(messages.map((m) => [m.ruleId, m.line, tokenOf(text, m)])).toEqual([['service-principal-source', 13, '\\\\\\"events.amazonaws.com\\\\\\"']]);
    // Another parameter name, or another custom resource type: nothing is read.
    expect(messagesOf(await lint({ 'stack.template.json': call('Custom::CloudwatchLogResourcePolicy', '{"parameters":{"policyName":"', 'other', logs) }), 'stack.template.json')).toEqual([]);
    expect(messagesOf(await lint({ 'stack.template.json': call('Custom::AWS', '{"parameters":{"DomainName":"', 'AccessPolicies', publicSearch) }), 'stack.template.json')).toEqual([]);
  });
});

describe('a finding that replaces a general one (Report.replaces)', () => {
  it('takes its Access Analyzer issue code in a template too, as in a policy file', async () => {
    const template = `Resources:
  P:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: "*"
          - Effect: Deny
            NotAction: [iam:ListMFADevices, iam:CreateVirtualMFADevice, iam:EnableMFADevice, sts:GetSessionToken]
            Resource: "*"
            Condition:
              BoolIfExists:
                aws:MultiFactorAuthenticationPresent: "false"
`;
    const outcome = await lint({ 't.yaml': template });
    expect(messagesOf(outcome, 't.yaml').map((m) => [m.ruleId, m.line, m.column, m.issueCode]))
      .toEqual([['mfa-deny-condition-valid', 16, 17, 'INVALID_GLOBAL_CONDITION_KEY']]);
  });
});
