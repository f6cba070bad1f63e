/**
 * Fn::If in a policy: each branch is linted (the first usable branches, then each If's other branch), in the
 * deployments the template's Conditions allow, the findings merged at their exact positions; fixes come from
 * the first embedding only (the first branches when a deployment has them).
 */
import { describe, expect, it } from 'vitest';
import { loadYaml, yamlTemplate } from '../../src/cloudformation/source.js';
import { branchVariants, conditionForms, embedPolicy, MAX_BRANCH_VARIANTS, type BranchFlip } from '../../src/cloudformation/embed.js';
import { conditionModel, MAX_ASSIGNMENTS, policyVariants } from '../../src/cloudformation/variants.js';
import { policyLocations } from '../../src/cloudformation/locations.js';
import type { LintMessage } from '../../src/engine/types.js';
import { lint, messagesOf, positionOf, tokenOf } from './helpers.js';

const found = (text: string, messages: LintMessage[]) => messages.map((m) => [m.ruleId, m.line, m.column, m.endLine, m.endColumn, tokenOf(text, m)]);
const at = (text: string, token: string, nth = 0) => {
  const from = positionOf(text, token, nth);
  return [from.line, from.column, from.line, from.column + token.length, token];
};

const jsonText = `{
  "Resources": {
    "P": {
      "Type": "AWS::IAM::ManagedPolicy",
      "Properties": {
        "PolicyDocument": {
          "Version": "2012-10-17",
          "Statement": [
            { "Effect": "allow", "Action": "s3:GetObject", "Resource": "*" },
            { "Fn::If": ["IsProd",
              { "Effect": "Allow", "Action": "s3:GetObjekt", "Resource": "*" },
              { "Effect": "allow", "Action": ["s3:ListBucket", "s3:PutObjekt"], "Resource": "*" }] }
          ]
        }
      }
    }
  }
}
`;

const yamlText = `Resources:
  P:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: !If [IsProd, s3:GetObjekt, "s3:PutObjekt"]
            Resource: '*'
          - Fn::If:
              - IsProd
              - Effect: Allow
                Action: s3:ListBukket
                Resource: '*'
              - Effect: Allow
                Action:
                  - s3:ListBucket
                  - s3:DeleteObjekt
                Resource: '*'
`;

describe('Fn::If: every branch is linted', () => {
  it('JSON: a finding in the first branch and one in the second, each at its token', async () => {
    JSON.parse(jsonText);
    const messages = messagesOf(await lint({ 'stack.json': jsonText }), 'stack.json');
    expect(found(jsonText, messages)).toEqual([
      ['effect-valid', ...at(jsonText, '"allow"')],
      ['action-exists', ...at(jsonText, '"s3:GetObjekt"')],
      ['effect-valid', ...at(jsonText, '"allow"', 1)],
      ['action-exists', ...at(jsonText, '"s3:PutObjekt"')],
    ]);
    // Only the first branches' literal text is fixable.
    expect(messages.map((m) => m.fix !== undefined)).toEqual([true, false, false, false]);
  });

  it('YAML: both branches of each If, short and long form, at exact positions', async () => {
    const messages = messagesOf(await lint({ 'stack.yaml': yamlText }), 'stack.yaml');
    expect(found(yamlText, messages)).toEqual([
      ['action-exists', ...at(yamlText, 's3:GetObjekt')],
      ['action-exists', ...at(yamlText, '"s3:PutObjekt"')],
      ['action-exists', ...at(yamlText, 's3:ListBukket')],
      ['action-exists', ...at(yamlText, 's3:DeleteObjekt')],
    ]);
  });

  it('a whole policy given by an If, and an If in a Join or in a Sub map: the other branch is read too', async () => {
    const text = `Resources:
  P:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: !If
        - C
        - Version: '2012-10-17'
          Statement: [{Effect: Allow, Action: s3:GetObject, Resource: '*'}]
        - Version: '2012-10-17'
          Statement: [{Effect: Allow, Action: s3:GetObjekt, Resource: '*'}]
  Q:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: !Join [':', [s3, !If [C, GetObject, PutObjekt]]]
            Resource: '*'
          - Effect: Allow
            Action: !Sub ['s3:\${Verb}Object', {Verb: !If [C, Get, Gett]}]
            Resource: '*'
`;
    const messages = messagesOf(await lint({ 'stack.yaml': text }), 'stack.yaml');
    expect(messages.map((m) => [m.ruleId, m.line, m.column, tokenOf(text, m)])).toEqual([
      ['action-exists', 10, 47, 's3:GetObjekt'],
      ['action-exists', 18, 21, "!Join [':', [s3, !If [C, GetObject, PutObjekt]]]"],
      ['action-exists', 21, 27, "'s3:\${Verb}Object'"],
    ]);
  });

  it('an If whose other branch is AWS::NoValue: the entry is absent, and nothing more is found', async () => {
    const text = `Resources:
  P:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: '*'
          - !If
            - IsProd
            - Effect: Allow
              Action: s3:GetObjekt
              Resource: '*'
              Condition: !If [HasVpc, {StringEquals: {aws:SourceVpc: !Ref Vpc}}, !Ref AWS::NoValue]
            - !Ref AWS::NoValue
`;
    const messages = messagesOf(await lint({ 'stack.yaml': text }), 'stack.yaml');
    expect(found(text, messages)).toEqual([['action-exists', ...at(text, 's3:GetObjekt')]]);
  });

  it('a required entry that an If removes in its other branch is reported (the policy has none then)', async () => {
    const text = `Resources:
  P:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: s3:GetObject
            Resource: !If [IsProd, !Sub '\${Bucket.Arn}/*', !Ref AWS::NoValue]
`;
    const messages = messagesOf(await lint({ 'stack.yaml': text }), 'stack.yaml');
    expect(messages.map((m) => [m.ruleId, m.messageId, m.line, m.column])).toEqual([['schema', 'missingResource', 8, 13]]);
  });

  it('an If nested in the other branch of another is reached through it: each of its branches is linted', async () => {
    const text = `Resources:
  P:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Resource: '*'
            Action: !If
              - A
              - s3:GetObject
              - !If
                - B
                - s3:GetObjekt1
                - !If [C, s3:GetObjekt2, s3:GetObjekt3]
`;
    const messages = messagesOf(await lint({ 'stack.yaml': text }), 'stack.yaml');
    expect(found(text, messages)).toEqual([
      ['action-exists', ...at(text, 's3:GetObjekt1')],
      ['action-exists', ...at(text, 's3:GetObjekt2')],
      ['action-exists', ...at(text, 's3:GetObjekt3')],
    ]);
  });

  it('--fix: the output is the first branches\' fixes only, as before', async () => {
    const outcome = await lint({ 'stack.json': jsonText }, ['.'], { fixDryRun: true });
    expect(outcome.results[0].output).toBe(jsonText.replace('"allow"', '"Allow"'));
    const messages = messagesOf(outcome, 'stack.json');
    expect(found(jsonText, messages).map((m) => m[5])).toEqual(['"s3:GetObjekt"', '"allow"', '"s3:PutObjekt"']);
  });

  it('Ifs on one condition read it the same way: a statement kept by HasBucket never loses the Resource HasBucket gives', async () => {
    const text = `Resources:
  P:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: s3:ListAllMyBuckets
            Resource: '*'
          - !If
            - HasBucket
            - Effect: Allow
              Action: s3:GetObjekt
              Resource: !If [HasBucket, !Sub 'arn:aws:s3:::\${Bucket}/*', !Ref AWS::NoValue]
            - !Ref AWS::NoValue
`;
    const messages = messagesOf(await lint({ 'stack.yaml': text }), 'stack.yaml');
    // Only the statement's own problem; no "Resource is missing", which needs HasBucket true and false at once.
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['action-exists', 14, 23]]);
  });

  it('conditions the template defines as opposites flip together: a statement kept by !CreateKey never loses the Resource UseExistingKey gives', async () => {
    // CreateKey is the Fn::Not of UseExistingKey, and CreateBucket the other value of a two-valued parameter:
    // a variant that makes one false makes the other true.
    const text = `Parameters:
  ExistingKeyArn: {Type: String, Default: ''}
  UseExistingBucket: {Type: String, AllowedValues: ['true', 'false']}
Conditions:
  UseExistingKey: !Not [!Equals [!Ref ExistingKeyArn, '']]
  CreateKey: !Not [!Condition UseExistingKey]
  UseExistingBucketCond: !Equals [!Ref UseExistingBucket, 'true']
  CreateBucket: {"Fn::Equals": [{"Ref": "UseExistingBucket"}, "false"]}
Resources:
  P:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: s3:ListAllMyBuckets
            Resource: '*'
          - !If
            - CreateKey
            - !Ref AWS::NoValue
            - Effect: Allow
              Action: kms:Decrypt
              Resource: !If [UseExistingKey, !Ref ExistingKeyArn, !Ref AWS::NoValue]
          - !If
            - CreateBucket
            - !Ref AWS::NoValue
            - Effect: Allow
              Action: s3:ListBukket
              Resource: !If [UseExistingBucketCond, 'arn:aws:s3:::existing', !Ref AWS::NoValue]
`;
    const messages = messagesOf(await lint({ 'stack.yaml': text }), 'stack.yaml');
    // No "Resource is missing": it needs CreateKey and UseExistingKey (or CreateBucket and UseExistingBucketCond) false at once.
    expect(found(text, messages)).toEqual([['action-exists', ...at(text, 's3:ListBukket')]]);
  });

  it('conditions that can both be false still flip one by one: the missing Resource they allow together is reported', async () => {
    // HasKey and UseKms test different parameters (both can be false), and Environment has three values (IsDev
    // and IsProd are both false in test).
    const text = `Parameters:
  ExistingKeyArn: {Type: String, Default: ''}
  UseKms: {Type: String, Default: 'yes'}
  Environment: {Type: String, AllowedValues: [dev, test, prod]}
Conditions:
  UseExistingKey: !Not [!Equals [!Ref ExistingKeyArn, '']]
  NoKms: !Equals [!Ref UseKms, 'no']
  IsDev: !Equals [!Ref Environment, dev]
  IsProd: !Equals [!Ref Environment, prod]
Resources:
  P:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - !If
            - NoKms
            - !Ref AWS::NoValue
            - Effect: Allow
              Action: kms:Decrypt
              Resource: !If [UseExistingKey, !Ref ExistingKeyArn, !Ref AWS::NoValue]
          - !If
            - IsDev
            - !Ref AWS::NoValue
            - Effect: Allow
              Action: s3:GetObject
              Resource: !If [IsProd, '*', !Ref AWS::NoValue]
`;
    const messages = messagesOf(await lint({ 'stack.yaml': text }), 'stack.yaml');
    // Each statement's own line and column (its first key), as the 'Effect: Allow' under each If's other branch.
    const statement = (nth: number) => positionOf(text, 'Effect: Allow', nth);
    expect(messages.map((m) => [m.ruleId, m.messageId, m.line, m.column])).toEqual([
      ['schema', 'missingResource', statement(0).line, statement(0).column],
      ['schema', 'missingResource', statement(1).line, statement(1).column],
    ]);
    expect([statement(0), statement(1)]).toEqual([{ line: 20, column: 15 }, { line: 26, column: 15 }]);
  });

  it('two Equals on one parameter exclude each other: the Resource missing only when the parameter has two values at once is not reported', async () => {
    // NoKey needs ExistingKeyArn to be 'none', and UseExistingKey false needs it to be '': never both.
    const text = `Parameters:
  ExistingKeyArn: {Type: String, Default: ''}
Conditions:
  UseExistingKey: !Not [!Equals [!Ref ExistingKeyArn, '']]
  NoKey: !Not [!Equals [!Ref ExistingKeyArn, 'none']]
Resources:
  P:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Action: s3:ListAllMyBuckets
            Resource: '*'
          - !If
            - NoKey
            - !Ref AWS::NoValue
            - Effect: Allow
              Action: kms:Decrypt
              Resource: !If [UseExistingKey, !Ref ExistingKeyArn, !Ref AWS::NoValue]
`;
    const messages = messagesOf(await lint({ 'stack.yaml': text }), 'stack.yaml');
    expect(messages).toEqual([]);
  });

  it('variants: none without Fn::If; one per condition (not for both branches AWS::NoValue); at most MAX_BRANCH_VARIANTS', async () => {
    await loadYaml();
    const variantsOf = (text: string) => {
      const parsed = yamlTemplate(text);
      return policyLocations(parsed.root!).map((l) => branchVariants(l.node).length);
    };
    expect(variantsOf(`Resources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument: {Version: '2012-10-17', Statement: [{Effect: Allow, Action: '*', Resource: !Sub '\${A}'}]}\n`)).toEqual([0]);
    // Its two Ifs test one condition (IsProd): one variant takes both other branches.
    expect(variantsOf(yamlText)).toEqual([1]);
    const many = Array.from({ length: MAX_BRANCH_VARIANTS + 4 }, (_, i) => `!If [C${i}, s3:GetObject, s3:PutObjekt${i}]`).join(', ');
    const both = '!If [D, !Ref AWS::NoValue, !Ref AWS::NoValue]';
    const text = (actions: string) => `Resources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument: {Version: '2012-10-17', Statement: [{Effect: Allow, Action: [${actions}], Resource: '*'}]}\n`;
    expect(variantsOf(text(both))).toEqual([0]);
    expect(variantsOf(text(many))).toEqual([MAX_BRANCH_VARIANTS]);
    // A variant's embedding is still exact: the other branch's text mapped to its own characters.
    const source = text('!If [C, s3:GetObject, s3:PutObject]');
    const location = policyLocations(yamlTemplate(source).root!)[0];
    const embedded = embedPolicy(source, location.node, location.anchor, branchVariants(location.node)[0])!;
    expect(JSON.parse(embedded.text).Statement[0].Action).toEqual(['s3:PutObject']);
  });
});

describe('Fn::If: a statement after one that AWS::NoValue may remove is named by its place in the template', () => {
  const yaml = `Conditions:
  IsProd: !Equals [!Ref 'AWS::StackName', prod]
Resources:
  P:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - !If [IsProd, {Sid: Prod, Effect: Allow, Action: 's3:GetObject', Resource: '*'}, !Ref 'AWS::NoValue']
          - Action: 's3:PutObject'
            Resource: '*'
          - Sid: Twice
            Effect: Allow
            Action: 's3:ListBucket'
            Resource: '*'
          - Sid: Twice
            Effect: Allow
            Action: 's3:GetBucketTagging'
            Resource: '*'
          - just text
`;
  const json = JSON.stringify({
    Conditions: { IsProd: { 'Fn::Equals': [{ Ref: 'AWS::StackName' }, 'prod'] } },
    Resources: { P: { Type: 'AWS::IAM::ManagedPolicy', Properties: { PolicyDocument: { Version: '2012-10-17', Statement: [
      { 'Fn::If': ['IsProd', { Sid: 'Prod', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }, { Ref: 'AWS::NoValue' }] },
      { Action: 's3:PutObject', Resource: '*' },
      { Sid: 'Twice', Effect: 'Allow', Action: 's3:ListBucket', Resource: '*' },
      { Sid: 'Twice', Effect: 'Allow', Action: 's3:GetBucketTagging', Resource: '*' },
      'just text',
    ] } } } },
  }, null, 2);
  const statement = ['Resources', 'P', 'Properties', 'PolicyDocument', 'Statement'];
  // One finding per defect (not one per deployment), its number and path the statement's place in the list.
  // The missing Effect is reported at the statement's start: its first key in YAML, its brace in JSON.
  const expected = (text: string, brace = 0) => [
    ['effect-valid', 'Statement 1 has no "Effect"; add "Effect": "Allow" or "Effect": "Deny".', [...statement, 1], positionOf(text, 's3:PutObject').line - brace],
    ['sid-unique', `Sid "Twice" is already used by Statement 2 (line ${positionOf(text, 'Twice').line}); Sids must be unique in identity policies.`, [...statement, 3, 'Sid'], positionOf(text, 'Twice', 1).line],
    ['schema', 'Statement 4 must be an object; found the string \"just text\".', [...statement, 4], positionOf(text, 'just text').line],
  ];
  const findings = (messages: LintMessage[]) => messages.map((m) => [m.ruleId, m.message, m.path, m.line]);

  it('YAML', async () => {
    expect(findings(messagesOf(await lint({ 'stack.yaml': yaml }), 'stack.yaml'))).toEqual(expected(yaml));
  });

  it('JSON', async () => {
    expect(findings(messagesOf(await lint({ 'stack.json': json }), 'stack.json'))).toEqual(expected(json, 1));
  });

  it('an If that is AWS::NoValue in every deployment (one embedding): the statements after it are named by their place too', async () => {
    const text = yaml.replace("{Sid: Prod, Effect: Allow, Action: 's3:GetObject', Resource: '*'}", "!Ref 'AWS::NoValue'");
    expect(findings(messagesOf(await lint({ 'stack.yaml': text }), 'stack.yaml'))).toEqual(expected(text));
  });

  it('a statement the If chooses between two is numbered as before', async () => {
    const text = yaml.replace("!Ref 'AWS::NoValue'", "{Effect: Allow, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*'}");
    expect(findings(messagesOf(await lint({ 'stack.yaml': text }), 'stack.yaml'))).toEqual(expected(text));
  });
});

describe('Fn::If: a missing key in a branch statement is placed as elsewhere', () => {
  // A path that does not exist points at its nearest existing parent (PolicyDocument.locate): the parent's key if
  // it has one, else its opening bracket. A statement in a branch has no key of its own, as one in a list.
  const missing = (messages: LintMessage[]) => messages.map((m) => [m.messageId, m.line, m.column, m.endLine, m.endColumn]);
  const brace = (text: string, token: string, nth = 0) => {
    const { line, column } = positionOf(text, token, nth);
    return ['missingAction', line, column, line, column + 1];
  };

  it('JSON: at the statement\'s opening brace, in a list and in a branch alike; a policy file does the same', async () => {
    const text = `{
  "Resources": {
    "P": {
      "Type": "AWS::IAM::ManagedPolicy",
      "Properties": {
        "PolicyDocument": {
          "Version": "2012-10-17",
          "Statement": [
            { "Sid": "List", "Effect": "Allow", "Resource": "*" },
            { "Fn::If": ["IsProd",
              { "Sid": "Branch", "Effect": "Allow", "Resource": "*" },
              { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" }] }
          ]
        }
      }
    }
  }
}
`;
    const policy = '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Sid": "List", "Effect": "Allow", "Resource": "*" }\n  ]\n}\n';
    const outcome = await lint({ 'stack.json': text, 'policy.json': policy });
    expect(missing(messagesOf(outcome, 'stack.json'))).toEqual([brace(text, '{ "Sid": "List"'), brace(text, '{ "Sid": "Branch"')]);
    expect(missing(messagesOf(outcome, 'policy.json'))).toEqual([brace(policy, '{ "Sid": "List"')]);
  });

  it('YAML: at the statement\'s first key (a block mapping has no bracket), flow branches at their brace', async () => {
    const text = `Resources:
  P:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Sid: List
            Effect: Allow
            Resource: '*'
          - Fn::If:
              - IsProd
              - Sid: LongForm
                Effect: Allow
                Resource: '*'
              - !Ref AWS::NoValue
          - !If [IsProd, {Sid: ShortForm, Effect: Allow, Resource: '*'}, !Ref AWS::NoValue]
`;
    expect(missing(messagesOf(await lint({ 'stack.yaml': text }), 'stack.yaml'))).toEqual([
      brace(text, 'Sid: List'), brace(text, 'Sid: LongForm'), brace(text, '{Sid: ShortForm'),
    ]);
  });

  it('a single statement object in a branch: at the "Statement" key, as a policy\'s single statement', async () => {
    const text = `Resources:
  P:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement: !If
          - IsProd
          - Effect: Allow
            Resource: '*'
          - Effect: Allow
            Action: s3:GetObject
            Resource: '*'
`;
    const { line, column } = positionOf(text, 'Statement');
    expect(missing(messagesOf(await lint({ 'stack.yaml': text }), 'stack.yaml'))).toEqual([['missingAction', line, column, line, column + 'Statement'.length]]);
  });
});

describe('Fn::If: only the deployments the template\'s Conditions allow are linted', () => {
  const statements = (conditions: string, parameters: string, first: string, second: string) => `Parameters:
${parameters}
Conditions:
${conditions}
Resources:
  P:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - !If
            - ${first}
            - Sid: Deploy
              Effect: Allow
              Action: s3:GetObjekt
              Resource: '*'
            - !Ref AWS::NoValue
          - !If
            - ${second}
            - Sid: Deploy
              Effect: Allow
              Action: s3:PutObjekt
              Resource: '*'
            - !Ref AWS::NoValue
`;
  // Each statement's typo is reported (each branch is linted), and no duplicate Sid: the two never coexist.
  const expectBoth = async (text: string) => {
    const messages = messagesOf(await lint({ 'stack.yaml': text }), 'stack.yaml');
    expect(found(text, messages)).toEqual([
      ['action-exists', ...at(text, 's3:GetObjekt')],
      ['action-exists', ...at(text, 's3:PutObjekt')],
    ]);
  };

  it('opposite conditions (!Not of a !Condition): the default reading, both first branches, never deploys; no duplicate Sid', async () => {
    await expectBoth(statements('  IsProd: !Equals [!Ref Env, prod]\n  IsNotProd: !Not [!Condition IsProd]', '  Env: {Type: String}', 'IsProd', 'IsNotProd'));
  });

  it('Equals on the two AllowedValues of a parameter: no duplicate Sid', async () => {
    await expectBoth(statements('  IsProd: !Equals [!Ref Env, prod]\n  IsDev: !Equals [dev, !Ref Env]', '  Env: {Type: String, AllowedValues: [prod, dev]}', 'IsProd', 'IsDev'));
  });

  it('the AllowedValues of a Systems Manager parameter type list parameter names, not values: every reading is linted', async () => {
    // CloudFormation checks AllowedValues against the name given (/app/env), then reads the value stored under it,
    // which may be prod: the If's first branch deploys, and its typo is reported.
    const text = `Parameters:
  Env: {Type: 'AWS::SSM::Parameter::Value<String>', AllowedValues: [/app/env, /app/env-eu]}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  P:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - !If
            - IsProd
            - Effect: Allow
              Action: s3:GetObjekt
              Resource: '*'
            - !Ref AWS::NoValue
          - Effect: Allow
            Action: s3:ListBucket
            Resource: '*'
`;
    expect(found(text, messagesOf(await lint({ 'stack.yaml': text }), 'stack.yaml'))).toEqual([['action-exists', ...at(text, 's3:GetObjekt')]]);
    // A plain String parameter with those AllowedValues is never prod: that branch never deploys.
    const plain = text.replace("'AWS::SSM::Parameter::Value<String>'", 'String');
    expect(found(plain, messagesOf(await lint({ 'stack.yaml': plain }), 'stack.yaml'))).toEqual([]);
  });

  it('three values of one parameter, with or without AllowedValues: no duplicate Sid', async () => {
    const conditions = '  IsProd: !Equals [!Ref Env, prod]\n  IsStaging: !Equals [!Ref Env, staging]';
    await expectBoth(statements(conditions, '  Env: {Type: String, AllowedValues: [dev, staging, prod]}', 'IsProd', 'IsStaging'));
    await expectBoth(statements(conditions, '  Env: {Type: String}', 'IsProd', 'IsStaging'));
  });

  it('Fn::And and Fn::Or are read: a condition implied by another is not flipped alone', async () => {
    const parameters = '  Env: {Type: String}';
    // IsProdInEu implies IsProd: the first statement never comes with the second (kept when not IsProd).
    await expectBoth(statements('  IsProd: !Equals [!Ref Env, prod]\n  IsProdInEu: !And [!Condition IsProd, !Equals [!Ref AWS::Region, eu-west-1]]\n  IsNotProd: !Not [!Condition IsProd]', parameters, 'IsProdInEu', 'IsNotProd'));
    // IsDev implies IsDevOrTest, whose Fn::Not keeps the second.
    await expectBoth(statements('  IsDev: !Equals [!Ref Env, dev]\n  IsDevOrTest: !Or [!Condition IsDev, !Equals [!Ref Env, test]]\n  IsNeither: !Not [!Condition IsDevOrTest]', parameters, 'IsDev', 'IsNeither'));
  });

  it('an Equals on GetAtt is a free test, one for the same operands in either order: its Fn::Not is its opposite', async () => {
    await expectBoth(statements('  IsA: !Equals [!GetAtt Config.Mode, a]\n  NotA: !Not [{"Fn::Equals": ["a", {"Fn::GetAtt": ["Config", "Mode"]}]}]', '  Env: {Type: String}', 'IsA', 'NotA'));
  });

  it('--fix with an impossible default: the fixes of the possible reading closest to it, and no duplicate Sid', async () => {
    const text = `{
  "Conditions": {
    "IsProd": { "Fn::Equals": [{ "Ref": "Env" }, "prod"] },
    "IsNotProd": { "Fn::Not": [{ "Condition": "IsProd" }] }
  },
  "Resources": {
    "P": {
      "Type": "AWS::IAM::ManagedPolicy",
      "Properties": {
        "PolicyDocument": {
          "Version": "2012-10-17",
          "Statement": [
            { "Effect": "allow", "Action": "s3:GetObject", "Resource": "*" },
            { "Fn::If": ["IsProd", { "Sid": "Deploy", "Effect": "Allow", "Action": "s3:GetObjekt", "Resource": "*" }, { "Ref": "AWS::NoValue" }] },
            { "Fn::If": ["IsNotProd", { "Sid": "Deploy", "Effect": "Allow", "Action": "s3:PutObjekt", "Resource": "*" }, { "Ref": "AWS::NoValue" }] }
          ]
        }
      }
    }
  }
}
`;
    JSON.parse(text);
    const outcome = await lint({ 'stack.json': text }, ['.'], { fixDryRun: true });
    expect(outcome.results[0].output).toBe(text.replace('"allow"', '"Allow"'));
    const messages = messagesOf(outcome, 'stack.json');
    expect(found(text, messages)).toEqual([
      ['action-exists', ...at(text, '"s3:GetObjekt"')],
      ['action-exists', ...at(text, '"s3:PutObjekt"')],
    ]);
    const plain = messagesOf(await lint({ 'stack.json': text }), 'stack.json');
    expect(found(text, plain)).toEqual([
      ['effect-valid', ...at(text, '"allow"')],
      ['action-exists', ...at(text, '"s3:GetObjekt"')],
      ['action-exists', ...at(text, '"s3:PutObjekt"')],
    ]);
    expect(plain.map((m) => m.fix !== undefined)).toEqual([true, false, false]);
  });

  it('without a relation between the conditions, the duplicate Sid of a possible deployment is still reported', async () => {
    // IsProd and IsEu test different things: both can be true.
    const text = statements('  IsProd: !Equals [!Ref Env, prod]\n  IsEu: !Equals [!Ref AWS::Region, eu-west-1]', '  Env: {Type: String}', 'IsProd', 'IsEu');
    const messages = messagesOf(await lint({ 'stack.yaml': text }), 'stack.yaml');
    expect(found(text, messages)).toEqual([
      ['action-exists', ...at(text, 's3:GetObjekt')],
      ['sid-unique', ...at(text, 'Deploy', 1)],
      ['action-exists', ...at(text, 's3:PutObjekt')],
    ]);
  });
});

describe('Fn::If variants: the default first, bounded', () => {
  const policy = (actions: string, conditions = '') => `${conditions}Resources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument: {Version: '2012-10-17', Statement: [{Effect: Allow, Action: [${actions}], Resource: '*'}]}\n`;
  // Each policy's variants, and what a variant reads (the same parse: a variant names the template's nodes).
  const variantsOf = async (text: string) => {
    await loadYaml();
    const parsed = yamlTemplate(text);
    const model = conditionModel(parsed.root);
    return policyLocations(parsed.root!).map((l) => Object.assign(policyVariants(l.node, model), {
      actions: (flip: BranchFlip | undefined) => JSON.parse(embedPolicy(text, l.node, l.anchor, flip)!.text).Statement[0].Action,
    }));
  };

  it('without Fn::If one embedding; with one condition, the default and its other branches', async () => {
    expect((await variantsOf(policy("'s3:GetObject'"))).map((v) => v.length)).toEqual([1]);
    expect((await variantsOf(policy('!If [D, !Ref AWS::NoValue, !Ref AWS::NoValue]'))).map((v) => v.length)).toEqual([1]);
    const text = policy('!If [C, s3:GetObject, s3:PutObject], !If [C, s3:ListBucket, s3:DeleteObject]');
    const [variants] = await variantsOf(text);
    expect(variants[0]).toBeUndefined();
    expect(variants.map(variants.actions)).toEqual([['s3:GetObject', 's3:ListBucket'], ['s3:PutObject', 's3:DeleteObject']]);
  });

  it('independent conditions: each flipped on its own, the others at their first branch', async () => {
    const text = policy(Array.from({ length: 8 }, (_, i) => `!If [C${i}, s3:GetObject, s3:PutObject${i}]`).join(', '));
    const [variants] = await variantsOf(text);
    expect(variants.length).toBe(9);
    expect(variants.actions(variants[3])).toEqual(['s3:GetObject', 's3:GetObject', 's3:PutObject2', 's3:GetObject', 's3:GetObject', 's3:GetObject', 's3:GetObject', 's3:GetObject']);
  });

  it('an impossible default: variant 0 is the possible reading closest to it (the first If\'s first branch)', async () => {
    const text = policy('!If [IsProd, s3:GetObject, s3:PutObject], !If [IsNotProd, s3:ListBucket, s3:DeleteObject]',
      'Conditions:\n  IsProd: !Equals [!Ref Env, prod]\n  IsNotProd: !Not [!Condition IsProd]\n');
    const [variants] = await variantsOf(text);
    expect(variants.map(variants.actions)).toEqual([['s3:GetObject', 's3:DeleteObject'], ['s3:PutObject', 's3:ListBucket']]);    // The same when the parameter lists dev first, and with the Ifs the other way round: the first If keeps its first branch.
    const listed = policy('!If [IsProd, s3:GetObject, s3:PutObject], !If [IsDev, s3:ListBucket, s3:DeleteObject]',
      'Parameters:\n  Env: {Type: String, AllowedValues: [dev, prod]}\nConditions:\n  IsProd: !Equals [!Ref Env, prod]\n  IsDev: !Equals [!Ref Env, dev]\n');
    const [byValue] = await variantsOf(listed);
    expect(byValue.map(byValue.actions)).toEqual([['s3:GetObject', 's3:DeleteObject'], ['s3:PutObject', 's3:ListBucket']]);
    const swapped = listed.replace('!If [IsProd, s3:GetObject, s3:PutObject], !If [IsDev, s3:ListBucket, s3:DeleteObject]', '!If [IsDev, s3:ListBucket, s3:DeleteObject], !If [IsProd, s3:GetObject, s3:PutObject]');
    const [other] = await variantsOf(swapped);
    expect(other.map(other.actions)).toEqual([['s3:ListBucket', 's3:PutObject'], ['s3:DeleteObject', 's3:GetObject']]);
  });

  it('a policy depending on 2 of the template\'s 9 conditions gets exactly the readings of those 2; one depending on all 9 is beyond MAX_ASSIGNMENTS', async () => {
    // IsProd and IsDev exclude each other (one parameter); C0..C6 are free tests, used only by the second policy.
    const conditions = ['  IsProd: !Equals [!Ref Env, prod]', '  IsDev: !Equals [!Ref Env, dev]', ...Array.from({ length: 7 }, (_, i) => `  C${i}: !Equals [!GetAtt Config.Mode${i}, on]`)];
    const two = '!If [IsProd, s3:GetObject, s3:PutObjekt], !If [IsDev, s3:ListBucket, s3:DeleteObjekt]';
    const all = `${two}, ${Array.from({ length: 7 }, (_, i) => `!If [C${i}, s3:GetObjectAcl, s3:PutObject${i}]`).join(', ')}`;
    const text = `Conditions:\n${conditions.join('\n')}\n${policy(two)}${policy(all).replace('Resources:\n  P:', '  Q:')}`;
    const [first, second] = await variantsOf(text);
    // The possible readings of Env (prod, dev, another value): the default (both first branches) never deploys.
    expect(first.map(first.actions)).toEqual([['s3:GetObject', 's3:DeleteObjekt'], ['s3:PutObjekt', 's3:ListBucket']]);
    // 3 x 2^7 assignments: the simpler reading, the default first, then each condition flipped as a group.
    expect(3 * 2 ** 7).toBeGreaterThan(MAX_ASSIGNMENTS);
    expect(second.length).toBe(1 + 9);
    expect(second[0]).toBeUndefined();
    expect(second.actions(second[1]).slice(0, 2)).toEqual(['s3:PutObjekt', 's3:ListBucket']);
  });

  it('Ifs on one condition count one by one: the reading with the fewest Ifs off their first branch comes first', async () => {
    // Env = prod flips one If (IsDev's), Env = dev flips two (IsProd's): prod's reading is variant 0, though the If it flips comes first.
    const text = policy('!If [IsDev, s3:GetObject, s3:PutObjekt], !If [IsProd, s3:ListBucket, s3:DeleteObjekt], !If [IsProd, s3:GetObjectAcl, s3:PutObjectAcl]',
      'Conditions:\n  IsProd: !Equals [!Ref Env, prod]\n  IsDev: !Equals [!Ref Env, dev]\n');
    const [variants] = await variantsOf(text);
    expect(variants.map(variants.actions)).toEqual([
      ['s3:PutObjekt', 's3:ListBucket', 's3:GetObjectAcl'],
      ['s3:GetObject', 's3:DeleteObjekt', 's3:PutObjectAcl'],
    ]);
  });

  it('an If nested in one branch of another: read only where that branch is taken', async () => {
    // Inner (on IsDev) sits in IsProd's second branch; Outer's and Inner's readings follow Env.
    const text = policy('!If [IsProd, s3:GetObject, !If [IsDev, s3:ListBucket, s3:DeleteObjekt]], !If [IsDev, s3:GetObjectAcl, s3:PutObjectAcl]',
      'Conditions:\n  IsProd: !Equals [!Ref Env, prod]\n  IsDev: !Equals [!Ref Env, dev]\n');
    const [variants] = await variantsOf(text);
    expect(variants.map(variants.actions)).toEqual([
      ['s3:GetObject', 's3:PutObjectAcl'],
      ['s3:ListBucket', 's3:GetObjectAcl'],
      ['s3:DeleteObjekt', 's3:PutObjectAcl'],
    ]);
  });

  it('many Ifs: at most MAX_BRANCH_VARIANTS more, quickly; beyond MAX_ASSIGNMENTS each condition flipped as a group', async () => {
    const values = Array.from({ length: 40 }, (_, i) => `  Is${i}: !Equals [!Ref Env, v${i}]`).join('\n');
    const text = policy(Array.from({ length: 40 }, (_, i) => `!If [Is${i}, s3:GetObject, s3:PutObject${i}]`).join(', '), `Conditions:\n${values}\n`);
    const started = performance.now();
    const [variants] = await variantsOf(text);
    expect(variants.length).toBe(1 + MAX_BRANCH_VARIANTS);
    // Env is one value: the closest possible reading to all first branches is Env = v0.
    expect(variants.actions(variants[0])).toEqual(['s3:GetObject', ...Array.from({ length: 39 }, (_, i) => `s3:PutObject${i + 1}`)]);
    const free = policy(Array.from({ length: 200 }, (_, i) => `!If [C${i % 20}, s3:GetObject, s3:PutObject${i}]`).join(', '));
    const [fallback] = await variantsOf(free);
    expect(2 ** 20).toBeGreaterThan(MAX_ASSIGNMENTS);
    expect(fallback.length).toBe(1 + MAX_BRANCH_VARIANTS);
    expect(fallback[0]).toBeUndefined();
    // Conditions built on each other, each used twice: read once per assignment, not once per path.
    const chain = Array.from({ length: 40 }, (_, i) => `  L${i + 1}: !And [!Condition L${i}, !Or [!Condition L${i}, !Equals [!Ref Env, x]]]`).join('\n');
    const deep = policy('!If [L40, s3:GetObject, s3:PutObjekt]', `Conditions:\n  L0: !Equals [!Ref Env, x]\n${chain}\n`);
    const [chained] = await variantsOf(deep);
    expect(chained.map(chained.actions)).toEqual([['s3:GetObject'], ['s3:PutObjekt']]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('Fn::If: a long chain of conditions on each other', () => {
  // Each condition on the one before, 1500 deep, defined in order and in reverse: the formulas were read and
  // evaluated recursively, the stack overflowed, and the whole template was reported as nested too deeply to
  // read (at 1:1), its findings lost.
  const chained = (order: 'forward' | 'reverse') => {
    const lines = Array.from({ length: 1500 }, (_, i) => i === 0
      ? '  C0: !Equals [!Ref AWS::Region, us-east-1]'
      : `  C${i}: !Not [!Or [!And [!Not [!Condition C${i - 1}], !Equals [!Ref P${i}, x]], !Equals [!Ref P${i}, y]]]`);
    return `Conditions:
${(order === 'forward' ? lines : lines.reverse()).join('\n')}
Resources:
  Q:
    Type: AWS::SQS::QueuePolicy
    Properties:
      Queues: [q]
      PolicyDocument:
        Version: '2012-10-17'
        Statement:
          - Effect: Allow
            Principal: !If [C1499, '*', {Service: sns.amazonaws.com}]
            Action: sqs:SendMessage
            Resource: '*'
`;
  };

  it.each(['forward', 'reverse'] as const)('defined %s: the template is read, each branch linted at its place', async (order) => {
    const text = chained(order);
    const messages = messagesOf(await lint({ 't.yaml': text }), 't.yaml');
    expect(found(text, messages)).toEqual([
      ['principal-public-access', ...at(text, "'*'")],
      ['service-principal-source', ...at(text, 'sns.amazonaws.com')],
    ]);
  });
});

describe("Fn::If under the resource's own Condition", () => {
  const role = (condition: string, extra = '') => `Parameters:
  Env: {Type: String}
Conditions:
  CreateRole: !Equals [!Ref Env, prod]
  KeepRole: !Not [!Condition CreateRole]
  Never: !And [!Condition CreateRole, !Condition KeepRole]
${extra}Resources:
  Role:
    Type: AWS::IAM::Role
${condition}    Properties:
      AssumeRolePolicyDocument: {Version: '2012-10-17', Statement: [{Effect: Allow, Principal: {Service: lambda.amazonaws.com}, Action: 'sts:AssumeRole'}]}
      Policies:
        - PolicyName: p
          PolicyDocument:
            Version: '2012-10-17'
            Statement:
              - Effect: Allow
                Action: s3:GetObject
                Resource: !If [CreateRole, 'arn:aws:s3:::bucket/*', !Ref AWS::NoValue]
              - Effect: Allow
                Action: !If [KeepRole, s3:PutObjekt, s3:ListBucket]
                Resource: 'arn:aws:s3:::bucket'
              - Effect: Allow
                Action: !If [IsEu, s3:DeleteObjekt, s3:GetObjectAcl]
                Resource: 'arn:aws:s3:::bucket/*'
`;
  // Linted in every deployment: the first statement without its Resource (on its first character), KeepRole's and IsEu's typos.
  const everyDeployment = (text: string) => {
    const statement = positionOf(text, 'Effect: Allow\n                Action: s3:GetObject');
    return [
      ['schema', statement.line, statement.column, statement.line, statement.column + 1, 'E'],
      ['action-exists', ...at(text, 's3:PutObjekt')],
      ['action-exists', ...at(text, 's3:DeleteObjekt')],
    ];
  };

  it('a resource with Condition: CreateRole is read where CreateRole is true: its Ifs on it, and on its negation, are decided', async () => {
    const text = role('    Condition: CreateRole\n');
    // The Resource kept (no missing Resource), KeepRole's s3:PutObjekt never deployed; IsEu is free: both branches linted.
    expect(found(text, messagesOf(await lint({ 'stack.yaml': text }), 'stack.yaml'))).toEqual([
      ['action-exists', ...at(text, 's3:DeleteObjekt')],
    ]);
    // Without the attribute, with a malformed one, or a name the template does not define: every deployment.
    for (const condition of ['', '    Condition: [CreateRole]\n', '    Condition: Missing\n']) {
      const other = role(condition);
      expect(found(other, messagesOf(await lint({ 'stack.yaml': other }), 'stack.yaml'))).toEqual(everyDeployment(other));
    }
  });

  it('a branch reachable under the resource\'s condition is still linted', async () => {
    // Under KeepRole (CreateRole false) the resource reads the other branches: PutObjekt, and no Resource.
    const text = role('    Condition: KeepRole\n');
    expect(found(text, messagesOf(await lint({ 'stack.yaml': text }), 'stack.yaml'))).toEqual(everyDeployment(text));
  });

  it('a resource whose condition is never true is linted as without it', async () => {
    const text = role('    Condition: Never\n');
    expect(found(text, messagesOf(await lint({ 'stack.yaml': text }), 'stack.yaml'))).toEqual(everyDeployment(text));
  });

  it('beyond MAX_ASSIGNMENTS, an If on the resource\'s condition or its opposite still takes the branch the condition gives', async () => {
    await loadYaml();
    const ifs = ['!If [CreateRole, s3:GetObject, s3:PutObjekt]', '!If [KeepRole, s3:DeleteObjekt, s3:ListBucket]',
      ...Array.from({ length: 9 }, (_, i) => `!If [C${i}, s3:GetObjectAcl, s3:PutObject${i}]`)];
    const text = `Parameters:\n  Env: {Type: String}\nConditions:\n  CreateRole: !Equals [!Ref Env, prod]\n  KeepRole: !Not [!Condition CreateRole]\nResources:\n  P:\n    Type: AWS::IAM::ManagedPolicy\n    Properties:\n      PolicyDocument: {Version: '2012-10-17', Statement: [{Effect: Allow, Action: [${ifs.join(', ')}], Resource: '*'}]}\n`;
    const parsed = yamlTemplate(text);
    const [location] = policyLocations(parsed.root!);
    expect(2 ** 9).toBeGreaterThan(MAX_ASSIGNMENTS);
    const readings = (condition?: string) => policyVariants(location.node, conditionModel(parsed.root), conditionForms(parsed.root), condition)
      .map((flip) => JSON.parse(embedPolicy(text, location.node, location.anchor, flip)!.text).Statement[0].Action.slice(0, 2));
    // Each of the nine free conditions flipped on its own, CreateRole true throughout.
    expect(readings('CreateRole')).toEqual(Array.from({ length: 10 }, () => ['s3:GetObject', 's3:ListBucket']));
    // Under KeepRole, the other branches; without a resource condition, both (each group flipped once).
    expect(readings('KeepRole')).toEqual(Array.from({ length: 10 }, () => ['s3:PutObjekt', 's3:DeleteObjekt']));
    expect(readings().map((a) => a.join())).toContain('s3:PutObjekt,s3:DeleteObjekt');
  });
});
