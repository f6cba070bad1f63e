import { describe, expect, it } from 'vitest';
import { actionMatches } from './glob.js';
import { literalNamesPattern } from './literal-names.js';

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
