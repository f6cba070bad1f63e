import { describe, expect, it } from 'vitest';
import { actionGrant, actionMatches } from '../actions/glob.js';
import { globMatches } from '../iam/glob.js';
import { arnFieldCount, hasVariable, parseArn } from './parse.js';
import { arnPatternEntry, entryCovers, globCovers, globCoversByTable } from './pattern.js';
import { coversAllRoles } from './roles.js';

describe('globMatches / actionMatches', () => {
  const exact = { caseSensitive: true };
  it('matches * and ? over the whole string', () => {
    expect(globMatches('iam:Pass*', 'iam:PassRole', exact)).toBe(true);
    expect(globMatches('iam:?assRole', 'iam:PassRole', exact)).toBe(true);
    expect(globMatches('*Role', 'iam:PassRole', exact)).toBe(true);
    expect(globMatches('iam:Pass', 'iam:PassRole', exact)).toBe(false);
    expect(globMatches('a*b*c', 'aXbYbZc', exact)).toBe(true);
    expect(globMatches('a*b*c', 'aXbYbZ', exact)).toBe(false);
    expect(globMatches('a**c', 'ac', exact)).toBe(true);
    expect(globMatches('', '', exact)).toBe(true);
    expect(globMatches('*', '', exact)).toBe(true);
    expect(globMatches('?', '', exact)).toBe(false);
    expect(globMatches('a?', 'a\n', exact)).toBe(true);
  });
  it('is case-sensitive when asked, and action names are not', () => {
    expect(globMatches('IAM:*', 'iam:PassRole', exact)).toBe(false);
    expect(globMatches('IAM:*', 'iam:PassRole')).toBe(true);
    expect(actionMatches('IAM:pass*', 'iam:PassRole')).toBe(true);
    expect(actionMatches(' iam:PassRole ', 'iam:PassRole')).toBe(true);
    // Only letters fold: "[" (0x5b) and "{" (0x7b) are not each other's case.
    expect(globMatches('a[', 'A{')).toBe(false);
    // Non-ASCII text is compared lower-cased, as String.prototype.toLowerCase does.
    expect(globMatches('ÉTÉ:*', 'été:x')).toBe(true);
    expect(globMatches('été', 'ÉTÉ', exact)).toBe(false);
  });
  it('agrees with the equivalent regular expression on every short pattern and text', () => {
    const alphabet = ['a', 'B', 'b', '*', '?'];
    const words = (length: number): string[] => (length === 0 ? [''] : words(length - 1).flatMap((w) => alphabet.map((c) => w + c)));
    const patterns = [0, 1, 2, 3, 4].flatMap(words);
    const texts = [0, 1, 2, 3, 4].flatMap(words).filter((t) => !/[*?]/.test(t));
    for (const pattern of patterns) {
      const source = `^${pattern.replace(/\*/g, '.*').replace(/\?/g, '.')}$`;
      const [sensitive, insensitive] = [new RegExp(source, 's'), new RegExp(source, 'is')];
      for (const text of texts) {
        expect(globMatches(pattern, text, exact), `${pattern} ~ ${text}`).toBe(sensitive.test(text));
        expect(globMatches(pattern, text), `${pattern} ~i ${text}`).toBe(insensitive.test(text));
      }
    }
  });
  it('answers adversarial patterns without exponential backtracking', () => {
    // A backtracking RegExp takes ages on this; the matcher's single-star backtracking is quadratic at worst.
    expect(globMatches(`${'*a'.repeat(50)}b`, 'a'.repeat(5000), exact)).toBe(false);
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
