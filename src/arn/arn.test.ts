import { describe, expect, it } from 'vitest';
import { actionGrant, actionMatches, globMatch } from '../actions/glob.js';
import { arnFieldCount, hasVariable, parseArn } from './parse.js';
import { arnPatternEntry, entryCovers, globCovers, globCoversByTable } from './pattern.js';
import { coversAllRoles } from './roles.js';

describe('globMatch / actionMatches', () => {
  it('matches * and ? over the whole string', () => {
    expect(globMatch('iam:Pass*', 'iam:PassRole')).toBe(true);
    expect(globMatch('iam:?assRole', 'iam:PassRole')).toBe(true);
    expect(globMatch('*Role', 'iam:PassRole')).toBe(true);
    expect(globMatch('iam:Pass', 'iam:PassRole')).toBe(false);
    expect(globMatch('a*b*c', 'aXbYbZc')).toBe(true);
    expect(globMatch('a*b*c', 'aXbYbZ')).toBe(false);
    expect(globMatch('', '')).toBe(true);
    expect(globMatch('*', '')).toBe(true);
    expect(globMatch('?', '')).toBe(false);
  });
  it('is case-sensitive unless asked, and action names are not', () => {
    expect(globMatch('IAM:*', 'iam:PassRole')).toBe(false);
    expect(actionMatches('IAM:pass*', 'iam:PassRole')).toBe(true);
  });
  it('stays fast on adversarial patterns', () => {
    const start = performance.now();
    expect(globMatch(`${'*a'.repeat(50)}b`, 'a'.repeat(5000))).toBe(false);
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('actionGrant', () => {
  const at = ['Statement', 0];
  it('prefers an explicit action to a wildcard', () => {
    expect(actionGrant({ Action: ['iam:*', 'iam:passrole'] }, at, 'iam:PassRole')).toEqual({ kind: 'action', pattern: 'iam:passrole', path: ['Statement', 0, 'Action', 1] });
    expect(actionGrant({ Action: ['*'] }, at, 'iam:PassRole')).toMatchObject({ kind: 'wildcard', pattern: '*' });
    expect(actionGrant({ Action: ['s3:*'] }, at, 'iam:PassRole')).toBeUndefined();
  });
  it('treats NotAction as granting what it does not exclude', () => {
    expect(actionGrant({ NotAction: ['s3:*'] }, at, 'iam:PassRole')).toEqual({ kind: 'notAction', path: ['Statement', 0, 'NotAction'] });
    expect(actionGrant({ NotAction: ['iam:*'] }, at, 'iam:PassRole')).toBeUndefined();
    expect(actionGrant({}, at, 'iam:PassRole')).toBeUndefined();
  });
});

describe('parseArn', () => {
  it('splits the six fields with their offsets; the resource keeps its colons', () => {
    const arn = parseArn('arn:aws:logs:us-east-1:123456789012:log-group:/x:*')!;
    expect(arn.service).toEqual({ value: 'logs', start: 8 });
    expect(arn.account).toEqual({ value: '123456789012', start: 23 });
    expect(arn.resource).toEqual({ value: 'log-group:/x:*', start: 36 });
    expect(parseArn('arn:aws:s3:::b')!.region).toEqual({ value: '', start: 11 });
  });
  it('refuses a missing prefix or missing fields', () => {
    expect(parseArn('s3:::b')).toBeUndefined();
    expect(parseArn('arn:aws:s3:b')).toBeUndefined();
    expect(arnFieldCount('arn:aws:s3:b')).toBe(4);
    expect(arnFieldCount('arn:aws:logs:r:a:x:y:z')).toBe(6);
  });
});

/** Whether Resource entry `general` covers `specific`, through prepared entries as redundant-resource uses them. */
const arnPatternCovers = (general: string, specific: string) => entryCovers(arnPatternEntry(general), arnPatternEntry(specific));

/** The same rule written out plainly, field by field, as the test's reference. */
function coversByFields(general: string, specific: string): boolean {
  if (general === specific || general === '*') return true;
  if (!/[*?]/.test(general) || hasVariable(general)) return false;
  const g = parseArn(general);
  const s = parseArn(specific.replace(/\$\{[^}]*\}/g, '*'));
  if (!g || !s) return false;
  return (['partition', 'service', 'region', 'account', 'resource'] as const).every((field) => globCovers(g[field].value, s[field].value));
}

describe('globCovers / arnPatternCovers', () => {
  it('decides containment of patterns soundly', () => {
    expect(globCovers('jane*', 'jane-admin')).toBe(true);
    expect(globCovers('jane*', 'jane-?')).toBe(true);
    expect(globCovers('jane-?', 'jane-*')).toBe(false);
    expect(globCovers('*-admin', 'jane*')).toBe(false);
    expect(globCovers('a?c', 'abc')).toBe(true);
    expect(globCovers('abc', 'a?c')).toBe(false);
  });
  it('answers patterns with one star (the quick path) as the full table does', () => {
    // Every general pattern with one `*` over a small alphabet against every specific pattern up to length 4.
    const alphabet = ['a', 'b', '*', '?'];
    const strings = (length: number): string[] => (length === 0 ? [''] : strings(length - 1).flatMap((s) => alphabet.map((c) => s + c)));
    const specifics = [0, 1, 2, 3, 4].flatMap(strings);
    const generals = specifics.filter((s) => s.split('*').length === 2 && !s.includes('?'));
    expect(generals).toContain('a*b');
    for (const general of generals) {
      for (const specific of specifics) expect(globCovers(general, specific), `${general} ⊇ ${specific}`).toBe(globCoversByTable(general, specific));
    }
  });
  it('compares ARNs field by field', () => {
    expect(arnPatternCovers('arn:aws:s3:::b/*', 'arn:aws:s3:::b/x')).toBe(true);
    expect(arnPatternCovers('arn:aws:s3:::*', 'arn:aws:s3:us-east-1:123456789012:accesspoint/x')).toBe(false);
    expect(arnPatternCovers('arn:*:iam::*:user/*', 'arn:aws:iam::123456789012:user/${aws:username}')).toBe(true);
    expect(arnPatternCovers('arn:aws:iam::*:user/${aws:username}', 'arn:aws:iam::123456789012:user/bob')).toBe(false);
    expect(arnPatternCovers('*', 'anything')).toBe(true);
  });

  it('gives, for entries prepared once, the answers of the field-by-field rule', () => {
    const texts = [
      '*', 'anything', 'arn:aws:s3:::b/*', 'arn:aws:s3:::b/x', 'arn:aws:s3:::*', 'arn:aws:s3:us-east-1:123456789012:accesspoint/x',
      'arn:*:iam::*:user/*', 'arn:aws:iam::123456789012:user/${aws:username}', 'arn:aws:iam::*:user/${aws:username}',
      'arn:aws:iam::123456789012:user/bob', 'arn:aws:s3:::b?', 'arn:aws:s3:::b1', 'not-an-arn*',
    ];
    for (const general of texts) {
      for (const specific of texts) {
        expect(entryCovers(arnPatternEntry(general), arnPatternEntry(specific)), `${general} covers ${specific}`)
          .toBe(coversByFields(general, specific));
      }
    }
  });
});

describe('coversAllRoles', () => {
  it('is true for patterns that match every role name', () => {
    for (const p of ['*', 'arn:aws:iam::*:role/*', 'arn:aws:iam::123456789012:role*', 'arn:*:*::*:*', 'arn:aws:iam::*:r*']) {
      expect(coversAllRoles(p), p).toBe(true);
    }
  });
  it('is false for named or partial roles and non-IAM ARNs', () => {
    for (const p of ['arn:aws:iam::*:role/service-role/*', 'arn:aws:iam::*:role/App*', 'arn:aws:s3:::*', 'arn:aws:iam:us-east-1:*:role/*', 'arn:aws:iam::*:user/*']) {
      expect(coversAllRoles(p), p).toBe(false);
    }
  });
});

describe('globCovers limits', () => {
  it('gives up ("not covered", which is sound) on absurdly long patterns that need the table', () => {
    const long = `arn:aws:s3:::${'a'.repeat(100_000)}`;
    const start = performance.now();
    expect(globCovers(`${long}*x*`, `${long}xx`)).toBe(false);
    expect(performance.now() - start).toBeLessThan(1000);
  });
  it('answers one-star patterns exactly at any length (no table)', () => {
    const long = `arn:aws:s3:::${'a'.repeat(100_000)}`;
    expect(globCovers(`${long}*`, `${long}x`)).toBe(true);
    expect(globCovers(`${long}*`, `${long.slice(1)}x`)).toBe(false);
  });
});
