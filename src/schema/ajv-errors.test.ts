import { describe, expect, it } from 'vitest';
import * as validators from '../generated/iam-policy-validators.js';
import {
  closestName, describeProblem, describeTypes, describeValue, explainErrors, formatList, pointerSegments,
} from './ajv-errors.js';

function problems(validate: typeof validators.identity, data: unknown) {
  expect(validate(data)).toBe(false);
  return explainErrors(validate.errors, data);
}

describe('explainErrors', () => {
  it('drops the `if` errors and keeps one problem per cause', () => {
    const data = { Statement: { Effect: 'Allow', Actions: 's3:*', Resource: '*' } };
    expect(problems(validators.identity, data)).toEqual([
      { kind: 'missingProperty', path: ['Statement'], property: 'Action' },
      {
        kind: 'unknownProperty', path: ['Statement'], property: 'Actions', suggestion: 'Action',
        allowed: ['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'],
      },
    ]);
  });

  it('decodes paths with array indexes as numbers and escaped keys', () => {
    const data = { Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalTag/a~b': null } } }] };
    expect(problems(validators.identity, data)).toEqual([
      { kind: 'type', path: ['Statement', 0, 'Condition', 'StringEquals', 'aws:PrincipalTag/a~b'], value: null, expected: ['string', 'boolean', 'number', 'array'] },
    ]);
  });

  it('names forbidden and mutually exclusive properties by the object that holds them', () => {
    const data = { Statement: [{ Effect: 'Allow', Principal: { AWS: '1' }, Action: '*', NotAction: 'x', Resource: '*' }] };
    expect(problems(validators.trust, data)).toEqual([
      {
        kind: 'forbiddenProperty', path: ['Statement', 0], property: 'Resource',
        description: 'A role trust policy has no Resource: the resource is the role itself.',
      },
      { kind: 'exclusiveProperties', path: ['Statement', 0], property: 'Action', with: 'NotAction' },
    ]);
  });

  it('reports const, pattern and minItems with the value found', () => {
    expect(problems(validators.rcp, { Statement: [{ Effect: 'Deny', Principal: 'x', Action: '*', Resource: '*' }] })).toEqual([
      { kind: 'value', path: ['Statement', 0, 'Principal'], value: 'x', allowed: ['*'] },
    ]);
    expect(problems(validators.resource, { Statement: [{ Effect: 'Deny', Principal: 'x', Action: '*', Resource: '*' }] })).toEqual([
      { kind: 'pattern', path: ['Statement', 0, 'Principal'], value: 'x', pattern: '^\\*$' },
    ]);
    expect(problems(validators.scp, { Statement: [] })).toEqual([{ kind: 'minItems', path: ['Statement'], value: [], limit: 1 }]);
  });

  it('accepts no errors', () => {
    expect(explainErrors(null, {})).toEqual([]);
  });
});

describe('pointerSegments', () => {
  it('maps a JSON pointer onto the data', () => {
    expect(pointerSegments('', {})).toEqual([]);
    expect(pointerSegments('/a/0/b~1c/1', { a: [{ 'b/c': { 1: 'x' } }] })).toEqual(['a', 0, 'b/c', '1']);
  });
});

describe('closestName', () => {
  const elements = ['Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'];
  it.each([
    ['Actions', 'Action'],
    ['effect', 'Effect'],
    ['NOTACTION', 'NotAction'],
    ['Resources', 'Resource'],
    ['Resouce', 'Resource'],
    ['Condtion', 'Condition'],
    ['Conditions', 'Condition'],
    ['Actoin', 'Action'],
    ['SID', 'Sid'],
  ])('%s → %s', (name, expected) => {
    expect(closestName(name, elements)).toBe(expected);
  });

  it('suggests nothing for a name that is not close', () => {
    expect(closestName('Comment', elements)).toBeUndefined();
    expect(closestName('Foo', elements)).toBeUndefined();
    expect(closestName('x', [])).toBeUndefined();
  });
});

describe('words', () => {
  it('describes values', () => {
    expect(describeValue('x')).toBe('the string "x"');
    expect(describeValue('a'.repeat(70))).toBe(`the string "${'a'.repeat(57)}..."`);
    expect(describeValue(42)).toBe('the number 42');
    expect(describeValue(false)).toBe('the boolean false');
    expect(describeValue(null)).toBe('null');
    expect(describeValue([])).toBe('an empty array');
    expect(describeValue([1])).toBe('an array');
    expect(describeValue({})).toBe('an empty object');
    expect(describeValue({ a: 1 })).toBe('an object');
  });

  it('lists alternatives', () => {
    expect(formatList([])).toBe('');
    expect(formatList(['a'])).toBe('"a"');
    expect(formatList(['a', 'b'])).toBe('"a" or "b"');
    expect(formatList(['a', 'b', 'c'], 'and')).toBe('"a", "b" and "c"');
    expect(describeTypes(['string', 'array'])).toBe('a string or an array');
    expect(describeTypes(['string', 'boolean', 'number'])).toBe('a string, a boolean or a number');
  });

  it('words every kind of problem generically', () => {
    expect([
      describeProblem({ kind: 'type', path: ['rules', 'x'], value: 1, expected: ['string', 'array'] }),
      describeProblem({ kind: 'unknownProperty', path: [], property: 'rule', allowed: ['rules'], suggestion: 'rules' }),
      describeProblem({ kind: 'unknownProperty', path: ['a'], property: 'b', allowed: ['c', 'd'] }),
      describeProblem({ kind: 'missingProperty', path: ['overrides', 0], property: 'files' }),
      describeProblem({ kind: 'forbiddenProperty', path: ['a'], property: 'b', description: 'Use c.' }),
      describeProblem({ kind: 'exclusiveProperties', path: ['a'], property: 'b', with: 'c' }),
      describeProblem({ kind: 'value', path: ['policyType'], value: 'iam', allowed: ['identity', 'resource'] }),
      describeProblem({ kind: 'pattern', path: ['a'], value: 'x y', pattern: '^\\S+$' }),
      describeProblem({ kind: 'minItems', path: ['a'], value: [], limit: 2 }),
      describeProblem({ kind: 'other', path: [], value: {}, keyword: 'maxProperties' }),
    ]).toEqual([
      'rules.x must be a string or an array; found the number 1.',
      'Unknown property rule; did you mean "rules"?',
      'Unknown property a.b; expected "c" or "d".',
      'overrides[0] is missing the required property "files".',
      'a.b is not allowed here. Use c.',
      'a cannot have both "c" and "b"; use one of them.',
      'policyType must be "identity" or "resource"; found the string "iam".',
      'a has an invalid format: the string "x y".',
      'a must have at least 2 items.',
      '(document) is not valid: an empty object.',
    ]);
  });
});
