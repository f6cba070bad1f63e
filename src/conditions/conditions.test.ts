import { describe, expect, it } from 'vitest';
import { normalizePolicy } from '../engine/normalize.js';
import type { RuleContext } from '../engine/rule.js';
import { classifyDate, epochToIso } from './date.js';
import { formatNetwork, hasHostBits, isPrivateRange, parseIpRange } from './ip.js';
import { allOperators, isNullIfExists, parseOperator, splitOperator } from './operator.js';
import { forEachFamilyValue, type FamilyValueVisitor } from './value-check.js';
import { policyValueMatches } from './value-match.js';
import { statementCoversAction } from './values.js';

describe('parseOperator', () => {
  it('parses qualifiers, IfExists and families', () => {
    expect(parseOperator('ForAnyValue:StringNotLikeIfExists')).toMatchObject({
      qualifier: 'ForAnyValue', base: 'StringNotLike', ifExists: true, family: 'String', negated: true, wildcards: true,
    });
    expect(parseOperator('ArnEquals')).toMatchObject({ family: 'Arn', wildcards: true, negated: false });
    expect(parseOperator('NotIpAddress')).toMatchObject({ family: 'IpAddress', negated: true });
  });
  it('rejects wrong case, unknown names, NullIfExists and unknown qualifiers', () => {
    for (const raw of ['stringEquals', 'StringEqual', 'NullIfExists', 'ForAllValues:NullIfExists', 'ForEachValue:StringEquals', 'StringEqualsIfExists ', '']) {
      expect(parseOperator(raw), raw).toBeUndefined();
    }
    expect(isNullIfExists('ForAnyValue:NullIfExists')).toBe(true);
    expect(isNullIfExists('Null')).toBe(false);
  });
  it('lists every valid operator once', () => {
    const all = allOperators();
    expect(all).toHaveLength(159);
    expect(new Set(all).size).toBe(159);
    expect(all.every((o) => parseOperator(o))).toBe(true);
  });
  it('splits any operator into the parts parseOperator checks, as written', () => {
    expect(splitOperator('forallvalues:BoolIfExist')).toEqual({ qualifier: 'forallvalues', base: 'BoolIfExist', ifExists: false });
    expect(splitOperator('NullIfExists')).toEqual({ qualifier: undefined, base: 'Null', ifExists: true });
    for (const raw of allOperators()) {
      const { qualifier, base, ifExists } = parseOperator(raw)!;
      expect(splitOperator(raw), raw).toEqual({ qualifier, base, ifExists });
    }
  });
});

describe('IP ranges', () => {
  it('parses IPv4 and IPv6 with and without prefixes', () => {
    expect(parseIpRange('203.0.113.0/24')).toMatchObject({ version: 4, prefix: 24 });
    expect(parseIpRange('198.51.100.7')).toMatchObject({ version: 4, prefix: 32, explicitPrefix: false });
    expect(parseIpRange('2001:db8::/32')).toMatchObject({ version: 6, prefix: 32 });
    expect(parseIpRange('::ffff:192.0.2.1')).toMatchObject({ version: 6, prefix: 128 });
    for (const bad of ['256.0.0.1', '1.2.3.4/33', '1.2.3', '2001:db8::/129', 'fe80::1%eth0', '1.2.3.4/', ' 1.2.3.4', 'office']) {
      expect(parseIpRange(bad), bad).toBeUndefined();
    }
  });
  it('finds host bits and formats networks', () => {
    const v4 = parseIpRange('203.0.113.7/24')!;
    expect(hasHostBits(v4)).toBe(true);
    expect(formatNetwork(v4)).toBe('203.0.113.0/24');
    expect(formatNetwork(parseIpRange('2001:DB8:0:0:1::1/64')!)).toBe('2001:db8::/64');
    expect(formatNetwork(parseIpRange('2001:db8:0:0:1:0:0:1/128')!)).toBe('2001:db8::1:0:0:1/128');
  });
  it('knows private ranges', () => {
    for (const p of ['10.0.0.0/8', '172.16.5.0/24', '172.31.255.255', '192.168.0.0/16', 'fd00::/8']) expect(isPrivateRange(parseIpRange(p)!), p).toBe(true);
    for (const p of ['10.0.0.0/7', '172.32.0.0/16', '0.0.0.0/0', '203.0.113.0/24', '127.0.0.1', 'fe80::/10']) expect(isPrivateRange(parseIpRange(p)!), p).toBe(false);
  });
});

describe('dates', () => {
  it('classifies ISO dates, epoch values and text', () => {
    for (const d of ['2025', '2025-06', '2024-02-29', '2025-06-30T12:00Z', '2025-06-30T12:00:00.5+02:00', '20250630T120000Z']) expect(classifyDate(d), d).toBe('iso');
    for (const d of ['1735689600', 1735689600, '20250630']) expect(classifyDate(d), String(d)).toBe('epoch');
    for (const d of ['2025-02-29', '2025-13-01', '2025-06-30 12:00:00', 'tomorrow', '', true]) expect(classifyDate(d), String(d)).toBe('invalid');
    expect(epochToIso(1735689600)).toBe('2025-01-01T00:00:00Z');
    expect(epochToIso('1e300')).toBeUndefined();
  });
});

describe('values', () => {
  it('matches Action and NotAction entries case-insensitively', () => {
    expect(statementCoversAction({ Action: ['DynamoDB:*'] }, 'dynamodb:Query')).toBe(true);
    expect(statementCoversAction({ Action: ['dynamodb:?CAN'] }, 'dynamodb:Scan')).toBe(true);
    expect(statementCoversAction({ Action: ['dynamodb:Get*'] }, 'dynamodb:Query')).toBe(false);
    expect(statementCoversAction({ NotAction: ['dynamodb:Query'] }, 'dynamodb:Scan')).toBe(true);
    expect(statementCoversAction({ NotAction: ['dynamodb:*'] }, 'dynamodb:Scan')).toBe(false);
    expect(statementCoversAction({}, 'dynamodb:Scan')).toBe(false);
  });
});

describe('forEachFamilyValue', () => {
  const statement = normalizePolicy({
    Statement: [{
      Effect: 'Allow', Action: 's3:GetObject', Resource: '*',
      Condition: {
        NumericLessThan: { 'aws:MultiFactorAuthAge': ['10', '${aws:x}', null, { n: 1 }, [2], 3, true, 'ten'] },
        'ForAnyValue:NumericEqualsIfExists': { 's3:max-keys': '5' },
        StringEquals: { 'aws:PrincipalTag/team': '7' },
        numericEquals: { 's3:max-keys': '1' },
        Bool: { 'aws:SecureTransport': 'true' },
        Null: { 'aws:TokenIssueTime': 'false' },
        BoolIfExists: ['not', 'a', 'block'],
      },
    }],
  }) as { Statement: unknown[] };
  const context = {} as RuleContext;
  const walk = (family: Parameters<typeof forEachFamilyValue>[2], withEntry = true) => {
    const seen: unknown[] = [];
    const visitor: FamilyValueVisitor = {
      value: (passed, value, index, entry) => seen.push([value, index, entry.key, entry.operator, passed === context]),
    };
    if (withEntry) visitor.entry = (passed, entry, operator) => seen.push(['entry', entry.keyPath, operator.base, passed === context]);
    forEachFamilyValue(statement.Statement[0], ['Statement', 0], family, visitor, context);
    return seen;
  };

  it('passes each key of the family, then its values that are neither variables nor null, objects or lists', () => {
    expect(walk('Numeric')).toEqual([
      ['entry', ['Statement', 0, 'Condition', 'NumericLessThan', 'aws:MultiFactorAuthAge'], 'NumericLessThan', true],
      ['10', 0, 'aws:MultiFactorAuthAge', 'NumericLessThan', true],
      [3, 5, 'aws:MultiFactorAuthAge', 'NumericLessThan', true],
      [true, 6, 'aws:MultiFactorAuthAge', 'NumericLessThan', true],
      ['ten', 7, 'aws:MultiFactorAuthAge', 'NumericLessThan', true],
      ['entry', ['Statement', 0, 'Condition', 'ForAnyValue:NumericEqualsIfExists', 's3:max-keys'], 'NumericEquals', true],
      ['5', 0, 's3:max-keys', 'ForAnyValue:NumericEqualsIfExists', true],
    ]);
  });
  it('takes several families, works without an entry visitor, and skips unknown operators and malformed blocks', () => {
    expect(walk(['Bool', 'Null'], false)).toEqual([
      ['true', 0, 'aws:SecureTransport', 'Bool', true],
      ['false', 0, 'aws:TokenIssueTime', 'Null', true],
    ]);
    expect(walk('String', false)).toEqual([['7', 0, 'aws:PrincipalTag/team', 'StringEquals', true]]);
    expect(walk('Binary')).toEqual([]);
  });
});

describe('policyValueMatches', () => {
  const op = (raw: string) => parseOperator(raw)!;
  it('compares as IAM does: StringEquals and StringLike case-sensitively, the IgnoreCase forms not', () => {
    expect(policyValueMatches(op('StringEquals'), 'us-east-1', 'us-east-1')).toBe(true);
    expect(policyValueMatches(op('StringEquals'), 'US-EAST-1', 'us-east-1')).toBe(false);
    expect(policyValueMatches(op('StringEquals'), 'us-*', 'us-east-1')).toBe(false);
    expect(policyValueMatches(op('StringLike'), 'us-*', 'us-east-1')).toBe(true);
    expect(policyValueMatches(op('StringLike'), 'US-*', 'us-east-1')).toBe(false);
    expect(policyValueMatches(op('StringNotEqualsIgnoreCaseIfExists'), 'US-EAST-1', 'us-east-1')).toBe(true);
    expect(policyValueMatches(op('ArnLike'), 'arn:aws:iam::aws:policy/*', 'arn:aws:iam::aws:policy/AdministratorAccess')).toBe(true);
  });
  it('folds case under every operator when asked', () => {
    expect(policyValueMatches(op('StringEquals'), 'EC2.amazonaws.com', 'ec2.amazonaws.com', { ignoreCase: true })).toBe(true);
    expect(policyValueMatches(op('StringLike'), 'EC2.*', 'ec2.amazonaws.com', { ignoreCase: true })).toBe(true);
  });
});
