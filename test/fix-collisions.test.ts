/**
 * Fixes made in one pass each see the text before the pass. Two that rename keys of one object to the same
 * name must not, together, make a duplicate key: a parser keeps one block and the other condition is lost.
 */
import { describe, expect, it } from 'vitest';
import { duplicateKeyCount } from '../src/engine/document.js';
import { lintAndFix } from '../src/engine/linter.js';
import { rules } from '../rules/index.js';

const all = { policyType: 'identity' as const, rules: rules.map((rule) => ({ rule, severity: 2 as const })) };

function policy(statement: Record<string, unknown>): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: [statement] }, null, 4);
}

describe('--fix and keys renamed in the same pass', () => {
  it('does not merge two misspelt operator blocks into one name', () => {
    const text = policy({
      Effect: 'Allow', Action: 's3:GetObject', Resource: '*',
      Condition: { stringEquals: { 'aws:PrincipalTag/team': 'a' }, STRINGEQUALS: { 'aws:RequestedRegion': 'us-east-1' } },
    });
    const { output } = lintAndFix('p.json', text, all);
    expect(duplicateKeyCount(output)).toBe(0);
    const condition = JSON.parse(output).Statement[0].Condition;
    // Both conditions are still there, one of the two blocks renamed at most.
    expect(JSON.stringify(condition)).toContain('aws:PrincipalTag/team');
    expect(JSON.stringify(condition)).toContain('aws:RequestedRegion');
  });

  it('keeps the MFA age check when its IfExists fix and an operator case fix pick the same name', () => {
    const text = policy({
      Effect: 'Deny',
      NotAction: ['iam:CreateVirtualMFADevice', 'iam:EnableMFADevice', 'iam:GetUser', 'iam:ListMFADevices', 'iam:ListVirtualMFADevices', 'iam:ResyncMFADevice'],
      Resource: '*',
      Condition: { NumericGreaterThan: { 'aws:MultiFactorAuthAge': '3600' }, numericGreaterThanIfExists: { 'aws:SourceIp': '1' } },
    });
    const { output } = lintAndFix('p.json', text, all);
    expect(duplicateKeyCount(output)).toBe(0);
    expect(JSON.stringify(JSON.parse(output).Statement[0].Condition)).toContain('aws:MultiFactorAuthAge');
  });

  it('does not merge two operator blocks when a fix of the same pass removes a duplicate key elsewhere', () => {
    // The duplicate Sid goes, so the file's count of duplicate keys would stay the same with a new "Bool" pair.
    const text = [
      '{',
      '    "Version": "2012-10-17",',
      '    "Statement": [',
      '        {',
      '            "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",',
      '            "Condition": { "BOOL": { "aws:SecureTransport": "true" }, "bool": { "aws:ViaAWSService": "false" } }',
      '        },',
      '        { "Sid": "Read", "Sid": "Read", "Effect": "Allow", "Action": "s3:ListBucket", "Resource": "*" }',
      '    ]',
      '}',
    ].join('\n');
    const { output } = lintAndFix('p.json', text, all);
    expect(duplicateKeyCount(output)).toBe(0);
    const condition = JSON.stringify(JSON.parse(output).Statement[0].Condition);
    expect(condition).toContain('aws:SecureTransport');
    expect(condition).toContain('aws:ViaAWSService');
    expect(JSON.parse(output).Statement[1].Sid).toBe('Read');
  });

  it('duplicateKeyCount counts repeats per object, not across objects', () => {
    expect(duplicateKeyCount('{"a":1,"b":{"a":2},"c":[{"a":3}]}')).toBe(0);
    expect(duplicateKeyCount('{"a":1,"a":2,"b":{"x":1,"x":2,"x":3}}')).toBe(3);
  });
});
