import { describe, expect, it } from 'vitest';
import { actionMatches } from './glob.js';
import { leadingCharactersTest, literalNamesPattern } from './literal-names.js';

describe('literalNamesPattern', () => {
  const pattern = literalNamesPattern(['iam:PassRole', 'iam:CreateServiceLinkedRole', 'bedrock-agentcore:CreateCodeInterpreter']);

  it('matches each name in any case, with spaces around it, as actionMatches does', () => {
    for (const entry of ['iam:PassRole', 'IAM:passrole', ' iam:PassRole\t', 'iam:createservicelinkedrole', 'Bedrock-AgentCore:CreateCodeInterpreter']) {
      expect(pattern.test(entry), entry).toBe(true);
    }
  });

  it('does not match other actions, longer or shorter names, or a space inside', () => {
    for (const entry of ['iam:PassRoles', 'iam:Pass', 'iam:GetRole', 'ec2:PassRole', 'iam: PassRole', 'iam:PassRole:x', 's3:GetObject']) {
      expect(pattern.test(entry), entry).toBe(false);
      expect(actionMatches(entry, 'iam:PassRole'), entry).toBe(false);
    }
  });

  it('matches an entry that actionMatches finds equal through a non-ASCII letter (the Kelvin sign lower-cases to k)', () => {
    const entry = 'bedroc\u212A-agentcore:CreateCodeInterpreter';
    expect(actionMatches(entry, 'bedrock-agentcore:CreateCodeInterpreter')).toBe(true);
    expect(pattern.test(entry)).toBe(true);
  });

  it('reads the names literally', () => {
    const dotted = literalNamesPattern(['a.b:c']);
    expect(dotted.test('a.b:c')).toBe(true);
    expect(dotted.test('axb:c')).toBe(false);
  });
});

describe('leadingCharactersTest', () => {
  const actions = ['iam:PassRole', 's3:PutBucketPolicy'];
  const test = leadingCharactersTest(actions);

  it('passes every entry that actionMatches finds covering one of the actions', () => {
    const entries = ['iam:PassRole', 'IAM:passrole', 'Iam:Pass*', 'i*', 'i?m:PassRole', '*', '?am:PassRole', '*:PutBucketPolicy',
      ' iam:PassRole', '\tiam:PassRole', '\u00a0s3:PutBucketPolicy', 's3:*', 'S3:Put*', 's*', '\u212Aiam:x', 'i', ''];
    for (const entry of entries) expect(test(entry), entry).toBe(true);
    for (const entry of entries.slice(0, -3)) expect(actions.some((action) => actionMatches(entry, action)), entry).toBe(true);
  });

  it('rules out entries whose first two characters start no action', () => {
    for (const entry of ['ec2:RunInstances', 'sqs:SendMessage', 'iot:*', 'is*', 'x*', 's4:PutBucketPolicy', 'i am:PassRole']) {
      expect(test(entry), entry).toBe(false);
      expect(actions.some((action) => actionMatches(entry, action)), entry).toBe(false);
    }
  });
});
