import { describe, expect, it } from 'vitest';
import { normalizePolicy, statementMatches, type NormalizedPolicy } from './normalize.js';
import { Selector } from './select.js';

const policy = (value: unknown) => normalizePolicy(value) as NormalizedPolicy;

describe('Selector: simple paths', () => {
  it('$.Statement[*] gives every statement with its path, the statement rules\' shared list when all are objects', () => {
    const p = policy({ Version: '2012-10-17', Statement: [{ Effect: 'Allow' }, { Effect: 'Deny' }] });
    const matches = new Selector(p).select('$.Statement[*]');
    expect(matches).toEqual([
      { value: { Effect: 'Allow' }, path: ['Statement', 0] },
      { value: { Effect: 'Deny' }, path: ['Statement', 1] },
    ]);
    expect(matches).toBe(statementMatches(p));
  });

  it('$.Statement[*] keeps statements that are not objects (which statementMatches leaves out)', () => {
    const p = policy({ Statement: [{ Effect: 'Allow' }, 'oops', null] });
    expect(new Selector(p).select('$.Statement[*]')).toEqual([
      { value: { Effect: 'Allow' }, path: ['Statement', 0] },
      { value: 'oops', path: ['Statement', 1] },
      { value: null, path: ['Statement', 2] },
    ]);
    // A single statement object is normalised to a list of one.
    expect(new Selector(policy({ Statement: { Effect: 'Deny' } })).select('$.Statement[*]')).toEqual([{ value: { Effect: 'Deny' }, path: ['Statement', 0] }]);
    expect(new Selector(policy({ Version: '2012-10-17' })).select('$.Statement[*]')).toEqual([]);
  });

  it('walks other simple paths the same way on every document', () => {
    const first = policy({ Statement: [{ Condition: { Bool: { 'aws:SecureTransport': 'true' } } }, { Effect: 'Allow' }] });
    expect(new Selector(first).select('$.Statement[*].Condition')).toEqual([
      { value: { Bool: { 'aws:SecureTransport': ['true'] } }, path: ['Statement', 0, 'Condition'] },
    ]);
    expect(new Selector(policy({ Statement: [{ Condition: {} }] })).select('$.Statement[*].Condition')).toEqual([
      { value: {}, path: ['Statement', 0, 'Condition'] },
    ]);
    expect(new Selector(first).select('$')).toEqual([{ value: first, path: [] }]);
  });
});
