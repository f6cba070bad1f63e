/**
 * Serverless Framework service files (serverless.yml, serverless.json): the function role's statements
 * (`provider.iam.role.statements`, `provider.iamRoleStatements`), the per-function and state-machine roles of
 * the common plugins, and `resources.Resources` are linted with findings on the file's exact characters;
 * Serverless variables are placeholders, and an IAM policy variable the framework would read as its own is a
 * policy-variable-syntax finding.
 */
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContext } from '../../src/cli.js';
import { format } from '../../src/formatters/index.js';
import { run, templatePolicies } from '../../src/run.js';
import { lint, messagesOf, positionOf, scratch, tokenOf } from '../cloudformation/helpers.js';

/** The files SERVICE and the tests below include with `${file(…)}`: statements without findings. */
const INCLUDED: Record<string, string> = {
  'iam/extra.yml': 'Effect: Allow\nAction: sqs:SendMessage\nResource: "*"\n',
  'iam/more.json': '{ "Effect": "Allow", "Action": "sns:Publish", "Resource": "*" }\n',
  'more-functions.yml': 'read:\n  handler: h.read\n',
};

/** Lint one named service file (with the files it includes). */
const lintSls = (text: string, name = 'serverless.yml', files: Record<string, string> = INCLUDED) => lint({ [name]: text, ...files }, [name]);

/** [ruleId, line, column, the text under the finding] of each message. */
function found(text: string, messages: ReturnType<typeof messagesOf>): Array<[string, number, number, string]> {
  return messages.map((m) => [m.ruleId!, m.line, m.column, tokenOf(text, m)]);
}

function at(text: string, needle: string, nth = 0): [number, number] {
  const { line, column } = positionOf(text, needle, nth);
  return [line, column];
}

const SERVICE = `service: orders
frameworkVersion: '3'

provider:
  name: aws
  runtime: nodejs20.x
  iam:
    role:
      statements:
        - Effect: Allow
          Action:
            - dynamodb:GetItem
            - dynamodb:Quer
          Resource: arn:aws:dynamodb:\${aws:region}:\${aws:accountId}:table/\${self:custom.table}
        - \${file(./iam/extra.yml)}
        - Effect: Allow
          Action: \${self:custom.action}
          Resource: !GetAtt Queue.Arn
        - Effect: Allow
          Action: sns:Publish
          Resource: !Sub 'arn:aws:sns:\${AWS::Region}:\${AWS::AccountId}:\${self:service}-\${sls:stage}'
  iamRoleStatements:
    - Effect: Allow
      Action: s3:GetObjekt
      Resource: "*"

functions:
  create:
    handler: handler.create
    iamRoleStatements:
      - Effect: "Allow"
        Action: lambda:InvokeFuntion
        Resource:
          Fn::Join: [':', ['arn:aws:lambda', '\${aws:region}', '\${aws:accountId}', 'function', '\${self:service}-*']]

stepFunctions:
  stateMachines:
    checkout:
      iamRoleStatements:
        - Effect: Allow
          Action: states:StartExecutin
          Resource: "*"

resources:
  Resources:
    Queue:
      Type: AWS::SQS::Queue
    QueuePolicy:
      Type: AWS::SQS::QueuePolicy
      Properties:
        Queues: [!Ref Queue]
        PolicyDocument:
          Version: "2012-10-17"
          Statement:
            - Effect: Allow
              Principal: "*"
              Action: sqs:SendMesage
              Resource: !GetAtt Queue.Arn
`;

describe('Serverless Framework service files', () => {
  it('lints the role statements of the provider, of each function and state machine, and resources.Resources, at the exact token', async () => {
    const outcome = await lintSls(SERVICE);
    expect(outcome.toolErrors).toEqual([]);
    const messages = messagesOf(outcome, 'serverless.yml');
    expect(found(SERVICE, messages)).toEqual([
      ['action-exists', ...at(SERVICE, 'dynamodb:Quer'), 'dynamodb:Quer'],
      ['action-exists', ...at(SERVICE, 's3:GetObjekt'), 's3:GetObjekt'],
      ['action-exists', ...at(SERVICE, 'lambda:InvokeFuntion'), 'lambda:InvokeFuntion'],
      ['action-exists', ...at(SERVICE, 'states:StartExecutin'), 'states:StartExecutin'],
      ['principal-public-access', ...at(SERVICE, '"*"', 2), '"*"'],
      ['action-exists', ...at(SERVICE, 'sqs:SendMesage'), 'sqs:SendMesage'],
    ]);
    // Paths as an `ignore` entry names them: the statement's own index in the list.
    expect(messages.map((m) => m.path)).toEqual([
      ['provider', 'iam', 'role', 'statements', 0, 'Action', 1],
      ['provider', 'iamRoleStatements', 0, 'Action'],
      ['functions', 'create', 'iamRoleStatements', 0, 'Action'],
      ['stepFunctions', 'stateMachines', 'checkout', 'iamRoleStatements', 0, 'Action'],
      ['resources', 'Resources', 'QueuePolicy', 'Properties', 'PolicyDocument', 'Statement', 0, 'Principal'],
      ['resources', 'Resources', 'QueuePolicy', 'Properties', 'PolicyDocument', 'Statement', 0, 'Action'],
    ]);
  });

  it('lists the policies for --print-config, each list of statements an identity policy of a role', async () => {
    const { dir } = await lintSls(SERVICE);
    expect(await templatePolicies(join(dir, 'serverless.yml'))).toEqual({
      template: 'Serverless',
      policies: [
        { path: ['provider', 'iam', 'role', 'statements'], resourceType: 'AWS::IAM::Role', policyType: 'identity' },
        { path: ['provider', 'iamRoleStatements'], resourceType: 'AWS::IAM::Role', policyType: 'identity' },
        { path: ['functions', 'create', 'iamRoleStatements'], resourceType: 'AWS::IAM::Role', policyType: 'identity' },
        { path: ['stepFunctions', 'stateMachines', 'checkout', 'iamRoleStatements'], resourceType: 'AWS::IAM::Role', policyType: 'identity' },
        { path: ['resources', 'Resources', 'QueuePolicy', 'Properties', 'PolicyDocument'], resourceType: 'AWS::SQS::QueuePolicy', policyType: 'resource' },
      ],
    });
  });

  it('reads serverless.json and serverless.<name>.yml, and reports a Serverless variable nowhere', async () => {
    const json = `{
  "service": "orders",
  "provider": {
    "name": "aws",
    "iamRoleStatements": [
      { "Effect": "Allow", "Action": ["s3:GetObjekt"], "Resource": "arn:aws:s3:::\${self:custom.bucket}/*" },
      "\${file(./iam/more.json)}"
    ]
  }
}
`;
    const outcome = await lint({ 'serverless.json': json, 'serverless.prod.yml': SERVICE.replace('dynamodb:Quer', 'dynamodb:Query'), ...INCLUDED }, ['.']);
    expect(outcome.toolErrors).toEqual([]);
    // In JSON, a finding on a string covers its quotes (as in a JSON policy).
    expect(found(json, messagesOf(outcome, 'serverless.json'))).toEqual([['action-exists', ...at(json, '"s3:GetObjekt"'), '"s3:GetObjekt"']]);
    expect(messagesOf(outcome, 'serverless.prod.yml').map((m) => m.ruleId)).not.toContain(undefined);
    expect(messagesOf(outcome, 'serverless.prod.yml').some((m) => tokenOf(SERVICE, m) === 'dynamodb:Quer')).toBe(false);
    // Report only: --fix-dry-run writes nothing into a service file.
    const fixed = await lint({ 'serverless.json': json }, ['serverless.json'], { fixDryRun: true });
    expect(fixed.results[0].output).toBeUndefined();
  });

  it('reads `functions` written as a list of function maps (the framework merges them, as `resources`)', async () => {
    const text = `service: t
provider:
  name: aws
  iamRoleStatements:
    - Effect: Allow
      Action: sqs:SendMessage
      Resource: "*"
functions:
  - create:
      handler: h.create
      iamRoleStatements:
        - Effect: Allow
          Action: s3:GetObjekt
          Resource: "*"
  - \${file(./more-functions.yml)}
  - remove:
      handler: h.remove
      iamRoleStatementsInherit: true
      iamRoleStatements:
        - Effect: Allow
          Action: iam:CreatePolicyVersion
          Resource: "*"
`;
    const outcome = await lintSls(text);
    expect(outcome.toolErrors).toEqual([]);
    const messages = messagesOf(outcome, 'serverless.yml');
    expect(found(text, messages)).toEqual([
      ['action-exists', 13, 19, 's3:GetObjekt'],
      ['privilege-escalation', 21, 19, 'iam:CreatePolicyVersion'],
    ]);
    expect(messages.map((m) => m.path)).toEqual([
      ['functions', 0, 'create', 'iamRoleStatements', 0, 'Action'],
      ['functions', 2, 'remove', 'iamRoleStatements', 0, 'Action'],
    ]);
    expect((await templatePolicies(join(outcome.dir, 'serverless.yml')))?.policies.map((p) => p.path)).toEqual([
      ['provider', 'iamRoleStatements'],
      ['functions', 0, 'create', 'iamRoleStatements'],
      ['functions', 2, 'remove', 'iamRoleStatements'],
    ]);
  });

  it('reads a service whose provider is written in the short form `provider: aws`', async () => {
    const text = `service: t
provider: aws
functions:
  create:
    handler: h.create
    iamRoleStatements:
      - Effect: Allow
        Action: s3:GetObjekt
        Resource: "*"
`;
    const named = await lintSls(text);
    expect(named.toolErrors).toEqual([]);
    expect(found(text, messagesOf(named, 'serverless.yml'))).toEqual([['action-exists', 8, 17, 's3:GetObjekt']]);
    const walked = await lint({ 'serverless.yml': text }, ['.']);
    expect(walked.toolErrors).toEqual([]);
    expect(found(text, messagesOf(walked, 'serverless.yml'))).toEqual([['action-exists', 8, 17, 's3:GetObjekt']]);
    const google = await lintSls(text.replace('provider: aws', 'provider: google'));
    expect(google.toolErrors).toEqual(['serverless.yml: not a CloudFormation template (no Resources with an AWS:: Type), and policy-lint reads IAM policies only as JSON']);
  });

  it('reads a service file that starts with a byte order mark (the framework\'s YAML reader skips it)', async () => {
    const text = `\uFEFFservice: t
provider:
  name: aws
  iamRoleStatements:
    - Effect: Allow
      Action: s3:GetObjekt
      Resource: "*"
`;
    const named = await lintSls(text);
    expect(named.toolErrors).toEqual([]);
    expect(found(text, messagesOf(named, 'serverless.yml'))).toEqual([['action-exists', 6, 15, 's3:GetObjekt']]);
  });

  it('reads the Region and account variables as parts of a known form: a finding on the rest of the ARN is kept', async () => {
    const text = `service: t
provider:
  name: aws
  iam:
    role:
      statements:
        - Effect: Allow
          Action: dynamodb:GetItem
          Resource:
            - arn:aws:dynamodb:\${aws:region}:\${aws:accountId}:table/orders
            - arn:aws:dynamodb:\${opt:region, 'us-east-1'}:\${aws:accountId}:tabel/orders
            - arn:aws:dynamodb:\${self:provider.region}:\${self:custom.account}:tabel/orders
`;
    const messages = messagesOf(await lintSls(text), 'serverless.yml');
    // The third names an account that is a variable of another kind: the ARN is not judged.
    expect(found(text, messages)).toEqual([['arn-resource-format', ...at(text, 'tabel/orders'), 'tabel/orders']]);
  });

  it('reports an IAM policy variable the framework would read as its own, and not one escaped', async () => {
    const text = `service: files
provider:
  name: aws
  iam:
    role:
      statements:
        - Effect: Allow
          Action: s3:GetObject
          Resource:
            - arn:aws:s3:::bucket/home/\${aws:username}/*
            - arn:aws:s3:::bucket/docs/\\\${aws:username}/*
            - "arn:aws:s3:::bucket/team/\\\\\${aws:PrincipalTag/team}/*"
            - arn:aws:s3:::bucket/id/\${cognito-identity.amazonaws.com:sub}/*
            - !Sub 'arn:aws:s3:::\${self:custom.bucket}/sub/\${aws:userid}/*'
            - !Sub 'arn:aws:s3:::\${self:custom.bucket}/sub/\${!aws:userid}/*'
            - arn:aws:s3:::\${self:custom.bucket}/\${aws:accountId}/\${opt:stage, 'dev'}/*
`;
    const outcome = await lintSls(text);
    const messages = messagesOf(outcome, 'serverless.yml');
    expect(found(text, messages)).toEqual([
      ['policy-variable-syntax', ...at(text, '${aws:username}'), '${aws:username}'],
      ['policy-variable-syntax', ...at(text, '${cognito-identity.amazonaws.com:sub}'), '${cognito-identity.amazonaws.com:sub}'],
      // In an Fn::Sub string: CloudFormation's escape, which the framework also leaves alone.
      ['policy-variable-syntax', ...at(text, '${aws:userid}'), '${aws:userid}'],
    ]);
    expect(messages.map((m) => m.messageId)).toEqual(['serverlessVariable', 'serverlessVariable', 'fnSubVariable']);
    // Quoted as a JSON string writes it: the escape's backslash is doubled.
    expect(messages[0].message).toContain('write "\\\\${aws:username}" (the framework\'s escape: a backslash before "${")');
    expect(messages[2].message).toContain('write "${!aws:userid}"');
  });

  it('reads the plugins that write Fn::Sub as #{…}: placeholders with them, literal text without', async () => {
    const text = (plugins: string) => `service: notifier
${plugins}
provider:
  name: aws
functions:
  post:
    handler: index.handler
    iamRoleStatements:
      - Effect: Allow
        Action: ssm:GetParameter
        Resource: arn:aws:ssm:\${self:provider.region}:#{AWS::AccountId}:parameter/notifier/*
`;
    const withPlugin = text('plugins:\n  - serverless-iam-roles-per-function\n  - serverless-pseudo-parameters');
    expect(messagesOf(await lintSls(withPlugin), 'serverless.yml')).toEqual([]);
    const without = text('plugins:\n  - serverless-iam-roles-per-function');
    // Without them, the ARN's account field is "#{AWS" (the Region, `${self:provider.region}`, is a known form).
    // The ARN rules report it; action-resource-type leaves the malformed ARN to them.
    expect(found(without, messagesOf(await lintSls(without), 'serverless.yml'))).toEqual([
      ['arn-format', ...at(without, '#{AWS'), '#{AWS'],
      ['arn-resource-format', ...at(without, ':AccountId}:parameter'), ':AccountId}:parameter/notifier/*'],
    ]);
  });

  it('skips a service file without policies found by a directory, and reads another provider\'s as before', async () => {
    const none = 'service: api\nprovider:\n  name: aws\nfunctions:\n  hello:\n    handler: h.hello\n';
    const outcome = await lint({ 'api/serverless.yml': none, 'policy.json': '{"Version": "2012-10-17", "Statement": []}' }, ['.']);
    expect(outcome.toolErrors).toEqual([]);
    expect(outcome.results.map((r) => r.filePath)).toEqual([join(outcome.dir, 'policy.json')]);
    // Named, it is linted: no finding.
    const named = await lintSls(none);
    expect(named.toolErrors).toEqual([]);
    expect(messagesOf(named, 'serverless.yml')).toEqual([]);
    const alone = await lint({ 'api/serverless.yml': none }, ['api']);
    expect(alone.toolErrors).toEqual(['No files matching the pattern "api" were found: its file is neither an IAM policy nor a CloudFormation template nor a Serverless service file with IAM statements (name a file to lint it anyway).']);
    const google = await lintSls('service: api\nprovider:\n  name: google\n');
    expect(google.toolErrors).toEqual(['serverless.yml: not a CloudFormation template (no Resources with an AWS:: Type), and policy-lint reads IAM policies only as JSON']);
  });

  it('reports a service file for AWS that is not YAML at the error, named or found by a directory; skips another provider\'s', async () => {
    const broken = 'service: api\nprovider:\n  name: aws\n  iamRoleStatements:\n    - Effect: Allow\n   Action: "*"\n';
    const named = await lintSls(broken);
    const [message] = messagesOf(named, 'serverless.yml');
    expect(message).toMatchObject({ ruleId: 'json-syntax', fatal: true, line: 6 });
    const policy = '{"Version": "2012-10-17", "Statement": []}';
    const found = await lint({ 'serverless.yml': broken, 'policy.json': policy }, ['.']);
    expect(found.results.map((r) => r.filePath).sort()).toEqual([join(found.dir, 'policy.json'), join(found.dir, 'serverless.yml')]);
    expect(messagesOf(found, 'serverless.yml')[0]).toMatchObject({ ruleId: 'json-syntax', fatal: true, line: 6 });
    const short = 'service: api\nprovider: aws # short form\nfunctions:\n  f:\n    handler: h\n   x: [\n';
    const shortFound = await lint({ 'serverless.yml': short, 'policy.json': policy }, ['.']);
    expect(messagesOf(shortFound, 'serverless.yml')[0]).toMatchObject({ ruleId: 'json-syntax', fatal: true });
    const google = broken.replace('name: aws', 'name: google');
    const other = await lint({ 'serverless.yml': google, 'policy.json': policy }, ['.']);
    expect(other.results.map((r) => r.filePath)).toEqual([join(other.dir, 'policy.json')]);
  });

  describe('iamRoleStatementsInherit (serverless-iam-roles-per-function)', () => {
    const inheriting = (inherit: string, custom = '') => `service: orders
provider:
  name: aws
  iam:
    role:
      statements:
        - Sid: Shared
          Effect: Allow
          Action: iam:PassRole
          Resource: '*'
        - Effect: Allow
          Action: dynamodb:Quer
          Resource: '*'
${custom}functions:
  create:
    handler: h.create
${inherit}    iamRoleStatements:
      - Sid: Shared
        Effect: Allow
        Action:
          - lambda:CreateFunction
          - lambda:InvokeFunction
        Resource: '*'
`;

    it('lints an inheriting function\'s role as the provider\'s statements and its own: what they make together is reported once, at its place', async () => {
      const text = inheriting('    iamRoleStatementsInherit: true\n');
      const messages = messagesOf(await lintSls(text), 'serverless.yml');
      expect(found(text, messages)).toEqual([
        ['pass-role-scope', ...at(text, 'iam:PassRole'), 'iam:PassRole'],
        ['action-exists', ...at(text, 'dynamodb:Quer'), 'dynamodb:Quer'],
        ['sid-unique', ...at(text, 'Shared', 1), 'Shared'],
        ['privilege-escalation', ...at(text, 'lambda:CreateFunction'), 'lambda:CreateFunction'],
      ]);
      expect(messages[2].message).toBe('Sid "Shared" is already used by Statement 0 (line 7); Sids must be unique in identity policies.');
      // Paths by the list each statement comes from: the provider's findings are not repeated under the function.
      expect(messages.map((m) => m.path)).toEqual([
        ['provider', 'iam', 'role', 'statements', 0, 'Action'],
        ['provider', 'iam', 'role', 'statements', 1, 'Action'],
        ['functions', 'create', 'iamRoleStatements', 0, 'Sid'],
        ['functions', 'create', 'iamRoleStatements', 0, 'Action', 0],
      ]);
    });

    it('lints the role as one policy when a list, or some of its statements, are in other files or under custom', async () => {
      const text = inheriting('    iamRoleStatementsInherit: true\n').replace(/      statements:\n[^]*?(?=functions:)/, '      statements: \${file(./iam/provider.yml)}\n');
      const provider = `- Sid: Shared
  Effect: Allow
  Action: iam:PassRole
  Resource: '*'
- Effect: Allow
  Action: dynamodb:Quer
  Resource: '*'
`;
      const outcome = await lintSls(text, 'serverless.yml', { 'iam/provider.yml': provider });
      // Before: only pass-role-scope and action-exists in iam/provider.yml (the two lists were not combined).
      expect(found(provider, messagesOf(outcome, 'iam/provider.yml'))).toEqual([
        ['pass-role-scope', 3, 11, 'iam:PassRole'],
        ['action-exists', 6, 11, 'dynamodb:Quer'],
      ]);
      const messages = messagesOf(outcome, 'serverless.yml');
      expect(found(text, messages)).toEqual([
        ['sid-unique', 12, 14, 'Shared'],
        ['privilege-escalation', 15, 13, 'lambda:CreateFunction'],
      ]);
      // The line a message names is in the file of the statement it names.
      expect(messages[0].message).toBe('Sid "Shared" is already used by Statement 0 (line 1); Sids must be unique in identity policies.');
      expect(messages.map((m) => m.path)).toEqual([
        ['functions', 'create', 'iamRoleStatements', 0, 'Sid'],
        ['functions', 'create', 'iamRoleStatements', 0, 'Action', 0],
      ]);
      // The function's statements in a file, the provider's in the service file and under custom: the Sid the
      // second file repeats is reported in it.
      const fn = "- Sid: Shared\n  Effect: Allow\n  Action: [lambda:CreateFunction, lambda:InvokeFunction]\n  Resource: '*'\n";
      const mixed = inheriting('    iamRoleStatementsInherit: true\n', 'custom:\n  passRole:\n    Effect: Allow\n    Action: iam:PassRole\n    Resource: "*"\n')
        .replace(/    iamRoleStatements:\n[^]*/, '    iamRoleStatements: \${file(./iam/fn.yml)}\n')
        .replace("        - Sid: Shared\n          Effect: Allow\n          Action: iam:PassRole\n          Resource: '*'\n", '        - Sid: Shared\n          Effect: Allow\n          Action: s3:GetObject\n          Resource: "*"\n        - \${self:custom.passRole}\n');
      const again = await lintSls(mixed, 'serverless.yml', { 'iam/fn.yml': fn });
      expect(found(fn, messagesOf(again, 'iam/fn.yml'))).toEqual([
        ['sid-unique', 1, 8, 'Shared'],
        ['privilege-escalation', 3, 12, 'lambda:CreateFunction'],
      ]);
      expect(messagesOf(again, 'iam/fn.yml').map((m) => m.path)).toEqual([[0, 'Sid'], [0, 'Action', 0]]);
      expect(found(mixed, messagesOf(again, 'serverless.yml'))).toEqual([
        ['action-exists', ...at(mixed, 'dynamodb:Quer'), 'dynamodb:Quer'],
        ['pass-role-scope', ...at(mixed, 'iam:PassRole'), 'iam:PassRole'],
      ]);
    });

    it('--print-config lists the function\'s role once; Access Analyzer gets each list as it is', async () => {
      const text = inheriting('    iamRoleStatementsInherit: true\n');
      const { dir } = await lintSls(text);
      expect((await templatePolicies(join(dir, 'serverless.yml')))?.policies.map((p) => p.path)).toEqual([
        ['provider', 'iam', 'role', 'statements'], ['functions', 'create', 'iamRoleStatements'],
      ]);
      const { serverlessEmbeddedPolicies } = await import('../../src/serverless/lint.js');
      const { yamlTemplate, loadYaml } = await import('../../src/cloudformation/source.js');
      await loadYaml();
      const policies = serverlessEmbeddedPolicies(text, yamlTemplate(text));
      expect(policies.map((p) => JSON.parse(p.embedded.text).Statement.length)).toEqual([2, 1]);
    });

    it('redundant-statement: a statement another role deploys too is not reported for what this role has besides', async () => {
      // The provider's statement, covered by the inheriting function's broader one: the provider's role needs it.
      const broad = `service: orders
provider:
  name: aws
  iam:
    role:
      statements:
        - Effect: Allow
          Action: s3:GetObject
          Resource: 'arn:aws:s3:::b/*'
functions:
  create:
    handler: h.create
    iamRoleStatementsInherit: true
    iamRoleStatements:
      - Effect: Allow
        Action: s3:*
        Resource: '*'
`;
      const rules = async (text: string) => messagesOf(await lintSls(text), 'serverless.yml').map((m) => [m.ruleId, m.line]);
      expect(await rules(broad)).not.toContainEqual(['redundant-statement', 7]);
      // The function's own copy of what it inherits is still reported.
      const narrow = broad.replace("Action: s3:GetObject\n          Resource: 'arn:aws:s3:::b/*'", "Action: s3:*\n          Resource: '*'")
        .replace("Action: s3:*\n        Resource: '*'", "Action: s3:GetObject\n        Resource: 'arn:aws:s3:::b/*'");
      expect(await rules(narrow)).toContainEqual(['redundant-statement', 15]);
      // A statement under custom that two roles name: covered in the provider's, needed in the function's.
      const shared = `service: orders
custom:
  read:
    Effect: Allow
    Action: s3:GetObject
    Resource: 'arn:aws:s3:::b/*'
provider:
  name: aws
  iam:
    role:
      statements:
        - \${self:custom.read}
        - Effect: Allow
          Action: s3:*
          Resource: '*'
functions:
  create:
    handler: h.create
    iamRoleStatements:
      - \${self:custom.read}
      - Effect: Allow
        Action: sqs:SendMessage
        Resource: '*'
`;
      expect((await rules(shared)).filter(([rule]) => rule === 'redundant-statement')).toEqual([]);
      // A provider statement redundant in the provider's own role (linted as one across files) is reported, once.
      const provider = broad.replace("      statements:\n", "      statements:\n        - \${file(./allow.yml)}\n        - Effect: Allow\n          Action: s3:*\n          Resource: '*'\n")
        .replace("Action: s3:*\n        Resource: '*'", 'Action: sqs:SendMessage\n        Resource: "*"');
      const outcome = await lintSls(provider, 'serverless.yml', { 'allow.yml': "Effect: Allow\nAction: sqs:ReceiveMessage\nResource: '*'\n" });
      expect(messagesOf(outcome, 'serverless.yml').filter((m) => m.ruleId === 'redundant-statement').map((m) => m.line)).toEqual([11]);
      // One file, the whole list of two functions' roles: covered in the inheriting one, needed in the other.
      const twoRoles = broad.replace(/functions:[^]*/, 'functions:\n  a:\n    handler: h.a\n    iamRoleStatements: \${file(./x.yml)}\n  b:\n    handler: h.b\n    iamRoleStatementsInherit: true\n    iamRoleStatements: \${file(./x.yml)}\n')
        .replace("Action: s3:GetObject\n          Resource: 'arn:aws:s3:::b/*'", "Action: s3:*\n          Resource: '*'");
      const x = "- Effect: Allow\n  Action: s3:GetObject\n  Resource: 'arn:aws:s3:::b/*'\n";
      const both = await lintSls(twoRoles, 'serverless.yml', { 'x.yml': x });
      expect(messagesOf(both, 'x.yml').filter((m) => m.ruleId === 'redundant-statement')).toEqual([]);
    });

    it('custom.serverless-iam-roles-per-function.defaultInherit, unless the function says false; without either, the function\'s statements alone', async () => {
      const custom = 'custom:\n  serverless-iam-roles-per-function:\n    defaultInherit: true\n';
      const rules = async (text: string) => messagesOf(await lintSls(text), 'serverless.yml').map((m) => m.ruleId);
      expect(await rules(inheriting('', custom))).toEqual(['pass-role-scope', 'action-exists', 'sid-unique', 'privilege-escalation']);
      expect(await rules(inheriting('    iamRoleStatementsInherit: false\n', custom))).toEqual(['pass-role-scope', 'action-exists']);
      expect(await rules(inheriting(''))).toEqual(['pass-role-scope', 'action-exists']);
    });

    it('v1/v2\'s provider.iamRoleStatements is inherited when provider.iam is not set', async () => {
      const text = `service: orders
provider:
  name: aws
  iamRoleStatements:
    - Effect: Allow
      Action: iam:PassRole
      Resource: '*'
functions:
  create:
    handler: h.create
    iamRoleStatementsInherit: true
    iamRoleStatements:
      - Effect: Allow
        Action: [lambda:CreateFunction, lambda:InvokeFunction]
        Resource: '*'
`;
      const messages = messagesOf(await lintSls(text), 'serverless.yml');
      expect(found(text, messages)).toEqual([
        ['pass-role-scope', ...at(text, 'iam:PassRole'), 'iam:PassRole'],
        ['privilege-escalation', ...at(text, 'lambda:CreateFunction'), 'lambda:CreateFunction'],
      ]);
      expect(messages[1].path).toEqual(['functions', 'create', 'iamRoleStatements', 0, 'Action', 0]);
    });
  });

  it("resources.Resources: a resource's own Condition decides the Fn::If on it, as in a template", async () => {
    const service = (condition: string) => `service: orders
provider:
  name: aws
resources:
  Conditions:
    CreateRole: !Equals [!Ref AWS::Region, eu-west-1]
  Resources:
    Role:
      Type: AWS::IAM::Role
${condition}      Properties:
        AssumeRolePolicyDocument: {Version: '2012-10-17', Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: 'sts:AssumeRole'}]}
        Policies:
          - PolicyName: p
            PolicyDocument:
              Version: '2012-10-17'
              Statement:
                - Effect: Allow
                  Action: !If [CreateRole, s3:GetObject, s3:PutObjekt]
                  Resource: !If [CreateRole, 'arn:aws:s3:::bucket/*', !Ref AWS::NoValue]
`;
    const kept = service('      Condition: CreateRole\n');
    expect(found(kept, messagesOf(await lintSls(kept), 'serverless.yml'))).toEqual([]);
    const every = service('');
    expect(found(every, messagesOf(await lintSls(every), 'serverless.yml'))).toEqual([
      ['schema', ...at(every, 'Effect: Allow\n                  Action: !If'), 'E'],
      ['action-exists', ...at(every, 's3:PutObjekt'), 's3:PutObjekt'],
    ]);
  });

  it('resources.Conditions on a Serverless variable (`!Equals [${sls:stage}, prod]`) is a test the stage decides, not two literals that differ', async () => {
    const text = `service: orders
provider:
  name: aws
resources:
  Conditions:
    IsProd: !Equals ['\${sls:stage}', prod]
    IsDev: !Equals ['\${sls:stage}', dev]
  Resources:
    Policy:
      Type: AWS::IAM::ManagedPolicy
      Properties:
        PolicyDocument:
          Version: '2012-10-17'
          Statement:
            - Effect: Allow
              Action: !If [IsProd, s3:GetObjekt, !If [IsDev, s3:PutObjekt, s3:ListBukket]]
              Resource: '*'
`;
    // Each branch is a stage's: all three typos are linted (two literals that differ would make IsProd and IsDev
    // constant false, and only the last branch would be read).
    expect(found(text, messagesOf(await lintSls(text), 'serverless.yml'))).toEqual([
      ['action-exists', ...at(text, 's3:GetObjekt'), 's3:GetObjekt'],
      ['action-exists', ...at(text, 's3:PutObjekt'), 's3:PutObjekt'],
      ['action-exists', ...at(text, 's3:ListBukket'), 's3:ListBukket'],
    ]);
  });

  it('a `resources` list is one template: an Fn::If reads the Conditions another item of the list defines', async () => {
    const text = `service: orders
provider:
  name: aws
resources:
  - Conditions:
      IsProd: !Equals ['\${sls:stage}', prod]
      IsDev: !Not [!Condition IsProd]
  - Resources:
      Policy:
        Type: AWS::IAM::ManagedPolicy
        Properties:
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - !If
                - IsProd
                - Sid: Stage
                  Effect: Allow
                  Action: s3:GetObjekt
                  Resource: '*'
                - !Ref AWS::NoValue
              - !If
                - IsDev
                - Sid: Stage
                  Effect: Allow
                  Action: s3:PutObject
                  Resource: '*'
                - !Ref AWS::NoValue
`;
    // IsProd and IsDev exclude each other: one Sid "Stage" per deployment, no sid-unique finding.
    expect(found(text, messagesOf(await lintSls(text), 'serverless.yml'))).toEqual([
      ['action-exists', 19, 27, 's3:GetObjekt'],
    ]);
  });

  it('says why a key holding a Serverless variable is reported: the framework resolves values only, and deploys the key as written', async () => {
    const text = `service: t
provider:
  name: aws
  iam:
    role:
      statements:
        - Effect: Allow
          Action: s3:GetObject
          Resource: arn:aws:s3:::b/*
          Condition:
            StringEquals:
              \${self:custom.key}: value
              aws:SourceVpc: \${self:custom.vpc}
            \${self:custom.operator}:
              aws:SourceVpc: vpc-1
`;
    const messages = messagesOf(await lintSls(text), 'serverless.yml');
    expect(found(text, messages)).toEqual([
      ['condition-key-exists', 12, 15, '${self'],
      ['condition-operator-valid', 14, 13, '${self:custom.operator}'],
    ]);
    const hint = (key: string) => ` The Serverless Framework resolves variables in values only: the key "${key}" is deployed as it is written; write the key itself.`;
    expect(messages[0].message.endsWith(hint('${self:custom.key}'))).toBe(true);
    expect(messages[1].message).toBe(`"\${self:custom.operator}" is not a condition operator; use a String, Numeric, Date, Bool, Binary, IpAddress, Arn or Null operator, optionally with ForAllValues:/ForAnyValue: and IfExists.${hint('${self:custom.operator}')}`);
  });

  it('checks the managed policy ARNs of the role (managedPolicies, permissionsBoundary, and the per-function plugin\'s boundaries) with arn-format', async () => {
    const text = `service: t
custom:
  serverless-iam-roles-per-function:
    iamGlobalPermissionsBoundary: arn:aws:iam::123456789012:policy/boundary
provider:
  name: aws
  iam:
    role:
      managedPolicies:
        - arn:aws:iam::aws:policy/ReadOnlyAccess
        - arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole
        - arn:aws:iam::\${aws:accountId}:policy/team/\${self:custom.policy}
        - !Sub arn:\${AWS::Partition}:iam::aws:policy/ReadOnlyAccess
        - arn:aws:iam:us-east-1:aws:policy/ReadOnlyAccess
        - arn:aws:iam::aws:role/ReadOnlyAccess
        - ReadOnlyAccess
      permissionsBoundary: arn:aws:iam::12345:policy/boundary
functions:
  a:
    handler: h
    iamPermissionsBoundary: arn:aws:s3:::bucket/policy
`;
    const messages = messagesOf(await lintSls(text), 'serverless.yml');
    expect(found(text, messages)).toEqual([
      ['arn-format', 14, 11, 'arn:aws:iam:us-east-1:aws:policy/ReadOnlyAccess'],
      ['arn-format', 15, 11, 'arn:aws:iam::aws:role/ReadOnlyAccess'],
      ['arn-format', 16, 11, 'ReadOnlyAccess'],
      ['arn-format', 17, 28, 'arn:aws:iam::12345:policy/boundary'],
      ['arn-format', 21, 29, 'arn:aws:s3:::bucket/policy'],
    ]);
    expect(messages.map((m) => m.path)).toEqual([
      ['provider', 'iam', 'role', 'managedPolicies', 4],
      ['provider', 'iam', 'role', 'managedPolicies', 5],
      ['provider', 'iam', 'role', 'managedPolicies', 6],
      ['provider', 'iam', 'role', 'permissionsBoundary'],
      ['functions', 'a', 'iamPermissionsBoundary'],
    ]);
    expect(messages[2].message).toBe('"ReadOnlyAccess" in provider.iam.role.managedPolicies is not a managed policy ARN (it does not start with "arn:"); write arn:aws:iam::aws:policy/<name> for an AWS managed policy, or arn:aws:iam::<12-digit account ID>:policy/<path/><name> for your own.');
    expect(messages.map((m) => m.message.match(/\((.*)\);/)![1])).toEqual([
      'IAM has no Region, "us-east-1" is given',
      '"role/ReadOnlyAccess" is not policy/<path/><name>',
      'it does not start with "arn:"',
      'the account "12345" is neither "aws" nor 12 digits',
      'its service is "s3", not "iam"',
    ]);
    // Off with the rule.
    const off = await lint({ 'serverless.yml': text, '.policy-lint.json': JSON.stringify({ rules: { 'arn-format': 'off' } }) }, ['serverless.yml']);
    expect(messagesOf(off, 'serverless.yml')).toEqual([]);
  });

  describe('${file(…)} (statements and resources kept in other files)', () => {
    const service = `service: t
provider:
  name: aws
  iam:
    role:
      statements:
        - Effect: Allow
          Action: s3:GetObjekt
          Resource: "*"
        - \${file(./iam/one.yml)}
        - \${file(./iam/missing.yml)}
        - \${file(./iam/missing.yml), 'x'}
        - \${file(./iam/missing.yml):x, \${self:custom.statement}}
        - \${file(./iam/dynamic.js)}
functions:
  a:
    handler: h
    iamRoleStatements: \${file(./iam/list.json):statements}
  b:
    handler: h
    iamRoleStatements: \${file('./iam/list.json'):nothing}
  c:
    handler: h
    iamRoleStatements: \${file(./iam/list.json):statements}
resources:
  - \${file(./resources/queue.yml)}
`;
    const one = `Effect: Allow
Action:
  - dynamodb:GetItem
  - dynamodb:Quer
Resource: arn:aws:dynamodb:\${aws:region}:\${aws:accountId}:table/\${self:custom.table}/\${aws:username}
`;
    const list = `{
  "statements": [
    { "Effect": "Allow", "Action": "sqs:SendMesage", "Resource": "\${file(./iam/nested.yml)}" }
  ]
}
`;
    const queue = `Resources:
  QueuePolicy:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [!Ref Queue]
      PolicyDocument:
        Version: "2012-10-17"
        Statement:
          - Effect: Allow
            Principal: { AWS: arn:aws:iam::123456789012:root }
            Action: sqs:SendMesage
            Resource: "*"
`;
    const files = { 'iam/one.yml': one, 'iam/list.json': list, 'resources/queue.yml': queue };

    it('quotes an address that names nothing as a JSON string', async () => {
      const text = "service: app\nprovider:\n  name: aws\n  iam:\n    role:\n      statements: ${file(./iam/list.json):'a\"b'}\n";
      const outcome = await lintSls(text, 'serverless.yml', files);
      expect(messagesOf(outcome, 'serverless.yml').map((m) => m.message)).toEqual([
        '"a\\"b" names nothing in "./iam/list.json": the Serverless Framework stops the deploy (Value not found at "file" source).',
      ]);
    });

    it('lints the statements and resources of each included file at their place in it, as a result of its own', async () => {
      const outcome = await lintSls(service, 'serverless.yml', files);
      expect(outcome.toolErrors).toEqual([]);
      expect(found(one, messagesOf(outcome, 'iam/one.yml'))).toEqual([
        ['action-exists', 4, 5, 'dynamodb:Quer'],
        // The framework resolves the included file's variables too: an IAM variable is its own, as in the service file.
        ['policy-variable-syntax', ...at(one, '${aws:username}'), '${aws:username}'],
      ]);
      // Paths in the included file's value; a file included twice (functions a and c) reports once.
      expect(messagesOf(outcome, 'iam/one.yml').map((m) => m.path)).toEqual([['Action', 1], []]);
      expect(found(list, messagesOf(outcome, 'iam/list.json'))).toEqual([['action-exists', 3, 36, '"sqs:SendMesage"']]);
      expect(messagesOf(outcome, 'iam/list.json')[0].path).toEqual(['statements', 0, 'Action']);
      expect(found(queue, messagesOf(outcome, 'resources/queue.yml'))).toEqual([['action-exists', 11, 21, 'sqs:SendMesage']]);
      expect(messagesOf(outcome, 'resources/queue.yml')[0].path).toEqual(['Resources', 'QueuePolicy', 'Properties', 'PolicyDocument', 'Statement', 0, 'Action']);
      // The service file: its own statement, and each `${file(…)}` the framework would stop at, on the variable.
      const messages = messagesOf(outcome, 'serverless.yml');
      expect(found(service, messages)).toEqual([
        ['action-exists', 8, 19, 's3:GetObjekt'],
        ['json-syntax', 11, 11, '${file(./iam/missing.yml)}'],
        ['json-syntax', 21, 24, "${file('./iam/list.json'):nothing}"],
      ]);
      expect(messages.slice(1).map((m) => m.message)).toEqual([
        '"./iam/missing.yml" does not exist: the Serverless Framework stops the deploy (Value not found at "file" source); create it, fix the path (relative to the service\'s directory), or give a fallback.',
        '"nothing" names nothing in "./iam/list.json": the Serverless Framework stops the deploy (Value not found at "file" source).',
      ]);
      expect(outcome.results.map((r) => relative(outcome.dir, r.filePath)).sort()).toEqual(['iam/list.json', 'iam/one.yml', 'resources/queue.yml', 'serverless.yml']);
    });

    it('suppresses a finding of an included file by an `ignore` entry for that file and a path in its value', async () => {
      const config = JSON.stringify({ ignore: [{ files: ['iam/list.json'], path: '$.statements[0]', reason: 'Reviewed.' }] });
      const outcome = await lintSls(service, 'serverless.yml', { ...files, '.policy-lint.json': config });
      expect(messagesOf(outcome, 'iam/list.json')).toEqual([]);
      expect(messagesOf(outcome, 'iam/one.yml')).toHaveLength(2);
    });

    it('follows `functions`, `resources.Resources` and a serverless.json\'s references to YAML, with paths in the included file', async () => {
      const json = `{
  "service": "t",
  "provider": { "name": "aws" },
  "functions": "\${file(./functions.yml)}",
  "resources": { "Resources": "\${file(./resources/map.yml)}" }
}
`;
      const functions = `a:
  handler: h
  iamRoleStatements:
    - Effect: Allow
      Action: s3:GetObjekt
      Resource: "*"
`;
      const map = `QueuePolicy:
  Type: AWS::SQS::QueuePolicy
  Properties:
    Queues: [q]
    PolicyDocument:
      Statement:
        - Effect: Allow
          Principal: { AWS: arn:aws:iam::123456789012:root }
          Action: sqs:SendMesage
          Resource: "*"
`;
      const outcome = await lint({ 'serverless.json': json, 'functions.yml': functions, 'resources/map.yml': map }, ['.']);
      expect(outcome.toolErrors).toEqual([]);
      expect(messagesOf(outcome, 'serverless.json')).toEqual([]);
      const fn = messagesOf(outcome, 'functions.yml');
      expect(found(functions, fn)).toEqual([['action-exists', 5, 15, 's3:GetObjekt']]);
      expect(fn[0].path).toEqual(['a', 'iamRoleStatements', 0, 'Action']);
      const resources = messagesOf(outcome, 'resources/map.yml');
      expect(found(map, resources).filter(([rule]) => rule === 'action-exists')).toEqual([['action-exists', 9, 19, 'sqs:SendMesage']]);
      expect(resources.find((m) => m.ruleId === 'action-exists')!.path).toEqual(['QueuePolicy', 'Properties', 'PolicyDocument', 'Statement', 0, 'Action']);
    });

    it('gives no result to an included file without statements (a functions file without roles)', async () => {
      const text = 'service: t\nprovider:\n  name: aws\nfunctions: ${file(./functions.yml)}\n';
      const outcome = await lintSls(text, 'serverless.yml', { 'functions.yml': 'a:\n  handler: h\n' });
      expect(outcome.results.map((r) => relative(outcome.dir, r.filePath))).toEqual(['serverless.yml']);
    });

    it('follows a path out of the service\'s directory, as the framework (v3 and later) reads it: a monorepo\'s shared statements', async () => {
      const text = 'service: t\nprovider:\n  name: aws\n  iam:\n    role:\n      statements: ${file(../../shared/iam.yml):statements}\n';
      const shared = 'statements:\n  - Effect: Allow\n    Action: s3:GetObjekt\n    Resource: "*"\n';
      const outcome = await lint({ 'services/orders/serverless.yml': text, 'shared/iam.yml': shared }, ['services/orders/serverless.yml']);
      expect(messagesOf(outcome, 'services/orders/serverless.yml')).toEqual([]);
      expect(found(shared, messagesOf(outcome, 'shared/iam.yml'))).toEqual([['action-exists', 3, 13, 's3:GetObjekt']]);
    });

    it('annotates the included file in github and stylish output', async () => {
      const outcome = await lintSls(service, 'serverless.yml', files);
      const context = formatContext(outcome.dir);
      expect(format('github', outcome.results, context)).toContain('::error file=iam/one.yml,line=4,col=5,endLine=4,endColumn=18,title=action-exists::');
      const stylish = format('stylish', outcome.results, context);
      expect(stylish).toContain('iam/one.yml:4:5: error The action "dynamodb:Quer" does not exist');
      expect(stylish).toContain('> 4 |   - dynamodb:Quer');
    });

    it('reports an included file that does not parse in it, and a service whose statements are all included is no empty service', async () => {
      const text = `service: t
provider:
  name: aws
  iam:
    role:
      statements: \${file(./iam/broken.yml)}
`;
      const outcome = await lint({ 'serverless.yml': text, 'iam/broken.yml': '- Effect: Allow\n  Action: [s3:GetObject\n' }, ['.']);
      expect(messagesOf(outcome, 'serverless.yml')).toEqual([]);
      const broken = messagesOf(outcome, 'iam/broken.yml');
      expect(broken.map((m) => [m.ruleId, m.line, m.fatal])).toEqual([['json-syntax', 3, true]]);
      const missing = await lint({ 'serverless.yml': text }, ['.']);
      expect(found(text, messagesOf(missing, 'serverless.yml'))).toEqual([['json-syntax', 6, 19, '${file(./iam/broken.yml)}']]);
    });

    it('reports an included JSON fragment that --fix rewrote (a template of its own too) from its fixed text', async () => {
      const text = 'service: t\nprovider:\n  name: aws\nresources:\n  - ${file(./frag.json)}\n';
      const fragment = `{
  "Resources": {
    "Queue": { "Type": "AWS::SQS::Queue" },
    "QueuePolicy": {
      "Type": "AWS::SQS::QueuePolicy",
      "Properties": {
        "Queues": [{ "Ref": "Queue" }],
        "PolicyDocument": {
          "Version": "2012-10-17",
          "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "arn:aws:iam::123456789012:root" }, "Action": ["sqs:SendMessage", "sqs:SendMessage", "sqs:SendMesage"], "Resource": "*" }]
        }
      }
    }
  }
}
`;
      for (const mode of [{ fix: true }, { fixDryRun: true }]) {
        const outcome = await lint({ 'serverless.yml': text, 'frag.json': fragment }, ['.'], mode);
        const result = outcome.results.find((r) => r.filePath === join(outcome.dir, 'frag.json'))!;
        const fixed = fragment.replace('"sqs:SendMessage", "sqs:SendMessage", ', '"sqs:SendMessage", ');
        expect(result.output).toBe(fixed);
        // The redundant action is gone; the misspelt one is reported once, at its place in the fixed text.
        expect(found(fixed, result.messages)).toEqual([['action-exists', 10, 134, '"sqs:SendMesage"']]);
      }
    });

    it('reports a file named beside the service that includes it as the include: no "not a template" error, no policy schema error', async () => {
      // lint-staged, an editor or a script names the changed files: the service file and what it includes.
      const text = 'service: t\nprovider:\n  name: aws\n  iam:\n    role:\n      statements: ${file(./iam/main.yml):statements}\nfunctions:\n  a:\n    handler: h\n    iamRoleStatements: ${file(./iam/list.json)}\n';
      const main = 'statements:\n  - Effect: Allow\n    Action: s3:GetObjekt\n    Resource: "*"\n';
      const list = '[\n  { "Effect": "Allow", "Action": "sqs:SendMesage", "Resource": "*" }\n]\n';
      for (const paths of [['serverless.yml', 'iam/main.yml', 'iam/list.json'], ['iam/list.json', 'iam/main.yml', 'serverless.yml']]) {
        const outcome = await lint({ 'serverless.yml': text, 'iam/main.yml': main, 'iam/list.json': list }, paths);
        expect(outcome.toolErrors, paths.join(' ')).toEqual([]);
        expect(found(main, messagesOf(outcome, 'iam/main.yml'))).toEqual([['action-exists', 3, 13, 's3:GetObjekt']]);
        expect(found(list, messagesOf(outcome, 'iam/list.json'))).toEqual([['action-exists', 2, 34, '"sqs:SendMesage"']]);
        expect(outcome.results).toHaveLength(3);
      }
      // A file the service reads for something else (functions without roles): no result, and no error either.
      const functions = { 'serverless.yml': 'service: t\nprovider:\n  name: aws\nfunctions: ${file(./functions.yml)}\nresources: ${file(./resources.json)}\n', 'functions.yml': 'a:\n  handler: h\n', 'resources.json': '{ "Resources": {} }\n' };
      const quiet = await lint(functions, ['serverless.yml', 'functions.yml', 'resources.json']);
      expect(quiet.toolErrors).toEqual([]);
      expect(quiet.results.map((r) => relative(quiet.dir, r.filePath))).toEqual(['serverless.yml']);
      // Named alone, it is what it always was: no template, no policy.
      const alone = await lint({ 'serverless.yml': text, 'iam/main.yml': main }, ['iam/main.yml']);
      expect(alone.toolErrors).toEqual(['iam/main.yml: not a CloudFormation template (no Resources with an AWS:: Type), and policy-lint reads IAM policies only as JSON']);
    });

    it('lints an included part of a role without the rules that judge the whole policy: the MFA deny may be in the rest of it', async () => {
      const deny = `        - Effect: Deny
          NotAction: [iam:CreateVirtualMFADevice, iam:EnableMFADevice, iam:GetUser, iam:ListMFADevices, iam:ListVirtualMFADevices, iam:ResyncMFADevice, sts:GetSessionToken]
          Resource: "*"
          Condition:
            BoolIfExists:
              aws:MultiFactorAuthPresent: "false"
`;
      const allow = "Effect: Allow\nAction: [iam:CreateAccessKey, s3:GetObjekt]\nResource: 'arn:aws:iam::*:user/\\${aws:username}'\n";
      const list = allow.replace(/^/gm, '  ').replace(/^  Effect/, '- Effect');
      const service = `service: t
provider:
  name: aws
  iam:
    role:
      statements:
${deny}        - \${file(./allow.yml)}
functions:
  inherits:
    handler: h
    iamRoleStatementsInherit: true
    iamRoleStatements: \${file(./list.yml)}
`;
      const functions = 'f:\n  handler: h\n  iamRoleStatementsInherit: true\n  iamRoleStatements:\n' + list.replace(/^/gm, '    ');
      const outcome = await lint({ 'serverless.yml': service, 'allow.yml': allow, 'list.yml': list }, ['serverless.yml']);
      // Before: mfa-deny-present ("no statement denies other actions without MFA") on each included file.
      expect(found(allow, messagesOf(outcome, 'allow.yml'))).toEqual([['action-exists', 2, 31, 's3:GetObjekt']]);
      // The function's role inherits allow.yml's statement and repeats it in list.yml: that copy adds nothing.
      expect(found(list, messagesOf(outcome, 'list.yml'))).toEqual([['redundant-statement', 1, 3, 'Effect'], ['action-exists', 2, 33, 's3:GetObjekt']]);
      const viaFile = await lint({ 'serverless.yml': service.replace(/functions:[^]*/, 'functions: \${file(./functions.yml)}\n'), 'allow.yml': allow, 'functions.yml': functions }, ['serverless.yml']);
      expect(found(functions, messagesOf(viaFile, 'functions.yml'))).toEqual([['redundant-statement', 5, 7, 'Effect'], ['action-exists', 6, 37, 's3:GetObjekt']]);
      // A function that does not inherit: its included list is its whole role, judged as such.
      const alone = await lint({ 'serverless.yml': service.replace(/    iamRoleStatementsInherit: true\n/, ''), 'allow.yml': allow, 'list.yml': list }, ['serverless.yml']);
      expect(found(list, messagesOf(alone, 'list.yml'))).toEqual([['mfa-deny-present', 1, 1, '-'], ['action-exists', 2, 33, 's3:GetObjekt']]);
    });

    it('reads an MFA Deny of an included file as closing the service file\'s Allow: the role is judged as a whole', async () => {
      const deny = `Effect: Deny
NotAction: [iam:CreateVirtualMFADevice, iam:EnableMFADevice, iam:GetUser, iam:ListMFADevices, iam:ListVirtualMFADevices, iam:ResyncMFADevice, sts:GetSessionToken]
Resource: "*"
Condition:
  BoolIfExists:
    aws:MultiFactorAuthPresent: "false"
`;
      const service = `service: t
provider:
  name: aws
  iam:
    role:
      statements:
        - Effect: Allow
          Action: iam:CreateAccessKey
          Resource: 'arn:aws:iam::*:user/\\\${aws:username}'
        - \${file(./deny.yml)}
`;
      // Before: mfa-deny-present on the service file's list, whose Deny is in deny.yml.
      const outcome = await lint({ 'serverless.yml': service, 'deny.yml': deny }, ['serverless.yml']);
      expect(messagesOf(outcome, 'serverless.yml')).toEqual([]);
      const without = await lint({ 'serverless.yml': service.replace('        - \${file(./deny.yml)}\n', '        - \${file(./other.yml)}\n'), 'other.yml': 'Effect: Allow\nAction: s3:GetObject\nResource: "*"\n' }, ['serverless.yml']);
      expect(found(service, messagesOf(without, 'serverless.yml'))).toEqual([['mfa-deny-present', 6, 7, 'statements']]);
    });

    it('says why an included JSON file with a byte order mark stops the deploy, at the mark', async () => {
      const text = 'service: t\nprovider:\n  name: aws\n  iam:\n    role:\n      statements: ${file(./iam.json)}\n';
      const outcome = await lintSls(text, 'serverless.yml', { 'iam.json': '\uFEFF[{ "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" }]\n' });
      const [message] = messagesOf(outcome, 'iam.json');
      expect([message.ruleId, message.line, message.column, message.endLine, message.endColumn, message.range]).toEqual(['json-syntax', 1, 1, 1, 1, [0, 1]]);
      expect(message.message).toBe('The file starts with a byte order mark (U+FEFF), which the Serverless Framework\'s JSON reader refuses: it stops the deploy ("Cannot parse"); save the file without it.');
    });

    it('reads a service file that includes itself from the text linted (--stdin), not from the disk', async () => {
      const onDisk = `service: t
custom:
  statements:
    - Effect: Allow
      Action: s3:GetObjekt
      Resource: "*"
provider:
  name: aws
  iam:
    role:
      statements: \${file(./serverless.yml):custom.statements}
`;
      const edited = `# a comment the editor's buffer has\n${onDisk}`;
      const dir = scratch({ 'serverless.yml': onDisk });
      const outcome = await run({ cwd: dir, paths: [], cli: {}, stdin: { text: edited, filename: join(dir, 'serverless.yml'), named: true } });
      expect(outcome.results).toHaveLength(1);
      expect(found(edited, outcome.results[0].messages)).toEqual([['action-exists', 6, 15, 's3:GetObjekt']]);
    });
  });

  describe('${self:…} (statements kept under `custom`)', () => {
    const service = `service: t
provider:
  name: aws
  iam:
    role:
      statements: \${self:custom.iamRoleStatements}
functions:
  create:
    handler: h
    iamRoleStatements:
      - \${self:custom.s3Statement}
      - \${self:custom.fromFile}
  read:
    handler: h
    iamRoleStatements:
      - \${self:custom.s3Statement}
      - \${self:custom.list.1, []}
  loop:
    handler: h
    iamRoleStatements: \${self:custom.a}
  missing:
    handler: h
    iamRoleStatements: \${self:custom.nothing}
custom:
  a: \${self:custom.b}
  b: \${self:custom.a}
  bucket: not an ARN
  iamRoleStatements:
    - Effect: Allow
      Action: dynamodb:Quer
      Resource: arn:aws:dynamodb:\${aws:region}:\${aws:accountId}:table/\${aws:username}
  s3Statement:
    Effect: Allow
    Action: s3:GetObjekt
    Resource: \${self:custom.bucket}
  fromFile: \${file(./iam/extra.yml)}
  list:
    - Effect: Allow
      Action: sqs:SendMesage
      Resource: "*"
    - Effect: Allow
      Action: sns:Publsh
      Resource: "*"
`;
    const extra = 'Effect: Allow\nAction: lambda:InvokeFuntion\nResource: "*"\n';

    it('lints what a list or a statement that is one ${self:…} names, once, at its place under custom; a ${file(…)} there in its file', async () => {
      const outcome = await lintSls(service, 'serverless.yml', { 'iam/extra.yml': extra });
      expect(outcome.toolErrors).toEqual([]);
      const messages = messagesOf(outcome, 'serverless.yml');
      // Before: nothing (each list or statement one variable, unknown). custom.s3Statement is named twice and
      // reported once; custom.list.0 is named by no one; a cycle (custom.a, custom.b) and a missing address
      // are unknown, as before; a Resource that is a variable stays a placeholder.
      expect(found(service, messages)).toEqual([
        ['action-exists', 30, 15, 'dynamodb:Quer'],
        ['policy-variable-syntax', 31, 71, '${aws:username}'],
        ['action-exists', 34, 13, 's3:GetObjekt'],
        ['action-exists', 42, 15, 'sns:Publsh'],
      ]);
      expect(messages.map((m) => m.path)).toEqual([
        ['custom', 'iamRoleStatements', 0, 'Action'],
        ['custom', 'iamRoleStatements'],
        ['custom', 's3Statement', 'Action'],
        ['custom', 'list', 1, 'Action'],
      ]);
      expect(found(extra, messagesOf(outcome, 'iam/extra.yml'))).toEqual([['action-exists', 2, 9, 'lambda:InvokeFuntion']]);
    });

    it('suppresses such a finding by an `ignore` path under custom, and lists the lists for --print-config', async () => {
      const config = JSON.stringify({ ignore: [{ files: ['serverless.yml'], path: '$.custom.list[1]', reason: 'Reviewed.' }] });
      const outcome = await lintSls(service, 'serverless.yml', { 'iam/extra.yml': extra, '.policy-lint.json': config });
      expect(found(service, messagesOf(outcome, 'serverless.yml')).map(([rule, line]) => [rule, line])).toEqual([
        ['action-exists', 30], ['policy-variable-syntax', 31], ['action-exists', 34],
      ]);
      const dir = scratch({ 'serverless.yml': service });
      expect((await templatePolicies(join(dir, 'serverless.yml')))?.policies.map((p) => p.path.join('.'))).toEqual([
        'custom.iamRoleStatements', 'custom.s3Statement', 'custom.list.1',
      ]);
    });

    it('judges the whole policy of each role that names them, at the key of its list: the MFA deny may be in the rest of it', async () => {
      const text = `service: t
provider:
  name: aws
  iam:
    role:
      statements:
        - Effect: Deny
          NotAction: [iam:CreateVirtualMFADevice, iam:EnableMFADevice, iam:GetUser, iam:ListMFADevices, iam:ListVirtualMFADevices, iam:ResyncMFADevice, sts:GetSessionToken]
          Resource: "*"
          Condition:
            BoolIfExists:
              aws:MultiFactorAuthPresent: "false"
        - \${self:custom.allow}
functions:
  alone:
    handler: h
    iamRoleStatements: \${self:custom.allowList}
custom:
  allow:
    Effect: Allow
    Action: iam:CreateAccessKey
    Resource: 'arn:aws:iam::*:user/\\\${aws:username}'
  allowList:
    - Effect: Allow
      Action: iam:CreateAccessKey
      Resource: 'arn:aws:iam::*:user/\\\${aws:username}'
`;
      const messages = messagesOf(await lintSls(text), 'serverless.yml');
      // custom.allow is a part of the provider's role (beside the Deny); custom.allowList is the whole role of `alone`.
      expect(found(text, messages)).toEqual([['mfa-deny-present', 17, 5, 'iamRoleStatements']]);
      expect(messages[0].path).toEqual(['functions', 'alone', 'iamRoleStatements']);
      // Named by a second role, beside another statement: each role is judged, once, at its own list.
      const both = text.replace('custom:\n', '  partial:\n    handler: h\n    iamRoleStatements:\n      - \${self:custom.allowList}\n      - { Effect: Allow, Action: s3:GetObject, Resource: "*" }\ncustom:\n');
      expect(found(both, messagesOf(await lintSls(both), 'serverless.yml'))).toEqual([
        ['mfa-deny-present', 17, 5, 'iamRoleStatements'],
        ['mfa-deny-present', 20, 5, 'iamRoleStatements'],
      ]);
    });
  });
});
