import { describe, expect, it } from 'vitest';
import {
  actionConditionKeys, actionExists, canonicalAction, expandActionPattern, serviceActions, suggestAction,
} from '../../src/iam/actions-db.js';
import {
  actionAccessLevels, actionInfo, actionResourceTypes, databaseVersion, isWholeServicePattern,
  loadedServices, resourceType, resetDatabaseCache, serviceExists, servicePrefixes, splitAction,
} from '../../src/iam/database.js';
import { actionMatches } from '../../src/actions/glob.js';
import { globMatches, globToRegExp, hasWildcard, listCovered } from '../../src/iam/glob.js';

describe('database version', () => {
  it('names the package, its version and the data date', () => {
    expect(databaseVersion()).toMatch(/^@cloud-copilot\/iam-data \d+\.\d+\.\d+ \(data of \d{4}-\d{2}-\d{2}\)$/);
  });
});

describe('services', () => {
  it('knows service prefixes, case-insensitively', () => {
    expect(serviceExists('iam')).toBe(true);
    expect(serviceExists('IAM')).toBe(true);
    expect(serviceExists('iamm')).toBe(false);
    expect(servicePrefixes().length).toBeGreaterThan(400);
    expect(servicePrefixes()).toContain('sts');
  });
});

describe('actions', () => {
  it('looks actions up case-insensitively and returns their canonical names', () => {
    expect(actionExists('iam:GetUser')).toBe(true);
    expect(actionExists('IAM:getuser')).toBe(true);
    expect(actionExists('iam:GetUsers')).toBe(false);
    expect(actionExists('nosuchservice:GetUser')).toBe(false);
    expect(actionExists('GetUser')).toBe(false);
    expect(canonicalAction('iam:enablemfadevice')).toBe('iam:EnableMFADevice');
    expect(canonicalAction('STS:GETSESSIONTOKEN')).toBe('sts:GetSessionToken');
    expect(canonicalAction('iam:*')).toBeUndefined();
  });

  it('splits names', () => {
    expect(splitAction('iam:GetUser')).toEqual({ service: 'iam', action: 'GetUser' });
    expect(splitAction('*')).toBeUndefined();
  });

  it('gives resource types with their required flag and ARN formats', () => {
    expect(actionResourceTypes('iam:EnableMFADevice')).toEqual([
      { name: 'user', required: true, arnFormats: ['arn:${Partition}:iam::${Account}:user/${UserNameWithPath}'], conditionKeys: [] },
    ]);
    expect(actionResourceTypes('iam:CreateVirtualMFADevice').map((t) => [t.name, t.required])).toEqual([['mfa', true]]);
    expect(actionResourceTypes('iam:ListMFADevices').map((t) => [t.name, t.required])).toEqual([['user', false]]);
    expect(actionResourceTypes('iam:DeleteVirtualMFADevice').map((t) => t.name)).toEqual(['mfa', 'sms-mfa']);
    expect(actionResourceTypes('iam:ListVirtualMFADevices')).toEqual([]);
    expect(actionResourceTypes('sts:GetSessionToken')).toEqual([]);
    expect(resourceType('IAM', 'MFA')?.arnFormats).toEqual(['arn:${Partition}:iam::${Account}:mfa/${MfaTokenIdWithPath}']);
  });

  it('gives condition keys and access levels', () => {
    expect(actionConditionKeys('iam:EnableMFADevice')).toEqual(expect.arrayContaining(['iam:RegisterSecurityKey', 'iam:FIDO-certification']));
    expect(actionAccessLevels('iam:ListUsers')).toEqual(['List']);
    expect(actionAccessLevels('iam:CreateAccessKey')).toEqual(['Write']);
    expect(actionInfo('iam:GetUser')).toMatchObject({ service: 'iam', name: 'GetUser', fullName: 'iam:GetUser' });
    expect(actionInfo('iam:Nope')).toBeUndefined();
  });

  it('lists a service\'s actions', () => {
    expect(serviceActions('IAM')?.names).toContain('CreateVirtualMFADevice');
    expect(serviceActions('nosuchservice')).toBeUndefined();
  });
});

describe('patterns', () => {
  it('expands globs against the service\'s full action list, case-insensitively', () => {
    expect([...expandActionPattern('iam:*VirtualMFADevice')].sort()).toEqual(['iam:CreateVirtualMFADevice', 'iam:DeleteVirtualMFADevice']);
    expect([...expandActionPattern('IAM:*virtualmfadevice*')].sort()).toEqual(['iam:CreateVirtualMFADevice', 'iam:DeleteVirtualMFADevice', 'iam:ListVirtualMFADevices']);
    expect(expandActionPattern('iam:De*')).toEqual(expect.arrayContaining(['iam:DeactivateMFADevice', 'iam:DeleteVirtualMFADevice', 'iam:DeleteUser']));
    expect(expandActionPattern('iam:De*').every((a) => a.startsWith('iam:De'))).toBe(true);
    expect(expandActionPattern('iam:*')).toHaveLength(serviceActions('iam')!.names.length);
    expect(expandActionPattern(' iam:GetUser ')).toEqual(['iam:GetUser']);
    expect(expandActionPattern('iam:?etUser')).toEqual(['iam:GetUser']);
    expect(expandActionPattern('iam:getuser')).toEqual(['iam:GetUser']);
    expect(expandActionPattern('iam:NoSuchAction')).toEqual([]);
    expect(expandActionPattern('nosuchservice:*')).toEqual([]);
  });

  it('expands a wildcard service part over the services it can match', () => {
    expect(expandActionPattern('st?:GetSessionToken')).toEqual(['sts:GetSessionToken']);
  });

  it('expands * to every action (the costly case, read once)', () => {
    const all = expandActionPattern('*');
    expect(all.length).toBeGreaterThan(20000);
    expect(all).toContain('iam:EnableMFADevice');
  });

  it('matches a pattern against a name without the database', () => {
    expect(actionMatches('iam:*MFA*', 'iam:DeactivateMFADevice')).toBe(true);
    expect(actionMatches('IAM:DEACTIVATEMFADEVICE', 'iam:DeactivateMFADevice')).toBe(true);
    expect(actionMatches('*', 'iam:DeactivateMFADevice')).toBe(true);
    expect(actionMatches('iam:*', 'sts:GetSessionToken')).toBe(false);
    expect(actionMatches('iam:List*', 'iam:GetUser')).toBe(false);
    expect(actionMatches('iam:Get?ser', 'iam:GetUser')).toBe(true);
    expect(actionMatches('iam:Get?ser', 'iam:GetUUser')).toBe(false);
    expect(actionMatches('*:GetUser', 'iam:GetUser')).toBe(true);
  });

  it('recognises whole-service patterns', () => {
    expect(['*', 'iam:*', 'IAM:**', '*:*'].map(isWholeServicePattern)).toEqual([true, true, true, true]);
    expect(['iam:Get*', 'iam:GetUser', '*Get*'].map(isWholeServicePattern)).toEqual([false, false, false]);
  });

  it('suggests the closest known action', () => {
    expect(suggestAction('iam:ListVirtualMFADevice')).toBe('iam:ListVirtualMFADevices');
    expect(suggestAction('iam:EnableMfaDevices')).toBe('iam:EnableMFADevice');
    expect(suggestAction('iamm:GetUser')).toBe('iam:GetUser');
    expect(suggestAction('iam:Frobnicate')).toBeUndefined();
    expect(suggestAction('iam:Get*')).toBeUndefined();
  });
});

describe('listCovered', () => {
  const caseSensitive = (pattern: string, item: string) => globMatches(pattern, item, { caseSensitive: true });
  it('is true when every item is matched by some pattern, "*" matching everything', () => {
    expect(listCovered(['s3:GetObject', 's3:PutObject'], ['s3:Get*', 's3:Put*'], actionMatches)).toBe(true);
    expect(listCovered(['arn:aws:s3:::b/x'], ['arn:aws:s3:::a/*', '*'], caseSensitive)).toBe(true);
  });
  it('is false when one item is left out, and for a non-string item; non-string patterns match nothing', () => {
    expect(listCovered(['s3:GetObject', 'sqs:SendMessage'], ['s3:*'], actionMatches)).toBe(false);
    expect(listCovered(['arn:aws:s3:::B/x'], ['arn:aws:s3:::b/*'], caseSensitive)).toBe(false);
    expect(listCovered([7], ['*'], actionMatches)).toBe(false);
    expect(listCovered(['s3:GetObject'], [7, null], actionMatches)).toBe(false);
  });
});

describe('loading', () => {
  it('reads the action file of only the services whose details a run asks for', () => {
    resetDatabaseCache();
    expect(actionAccessLevels('iam:GetUser')).toEqual(['Read']);
    expect(actionInfo('sts:GetSessionToken')).toBeDefined();
    expect(actionExists('ec2:RunInstances')).toBe(true); // a name: answered by the index
    expect(actionMatches('ec2:*', 'ec2:RunInstances')).toBe(true);
    expect(loadedServices().sort()).toEqual(['iam', 'sts']);
  });

  it('expands * over every service the database lists', () => {
    const expanded = new Set(expandActionPattern('*').map((action) => action.slice(0, action.indexOf(':'))));
    const withActions = servicePrefixes().filter((prefix) => serviceActions(prefix)!.names.length > 0);
    expect([...expanded].sort()).toEqual(withActions);
  });
});

describe('glob', () => {
  it('is anchored, spans ":" and "/", and escapes everything else', () => {
    expect(globMatches('arn:aws:iam::*:user/*', 'arn:aws:iam::1:user/eng/bob', { caseSensitive: true })).toBe(true);
    expect(globMatches('arn:aws:iam::*:user/*', 'arn:aws:iam::1:User/bob', { caseSensitive: true })).toBe(false);
    expect(globMatches('a.b', 'axb')).toBe(false);
    expect(globMatches('a+b(c)', 'a+b(c)')).toBe(true);
    expect(globMatches('${aws:username}', '${aws:username}')).toBe(true);
    expect(globToRegExp('iam:*').test('IAM:X')).toBe(true);
    expect(hasWildcard('iam:Get?')).toBe(true);
    expect(hasWildcard('iam:GetUser')).toBe(false);
  });

  it('compares the last characters as the rest: folded case, wildcards, non-ASCII lowered first', () => {
    expect(globMatches('iam:passrolE', 'iam:PassRole')).toBe(true);
    expect(globMatches('iam:GetUser', 'iam:PassRole')).toBe(false);
    expect(globMatches('iam:PassRol?', 'iam:PassRole')).toBe(true);
    expect(globMatches('iam:Pass*', 'iam:PassRole')).toBe(true);
    expect(globMatches('*', '')).toBe(true);
    expect(globMatches('a', '')).toBe(false);
    // U+212A KELVIN SIGN lowers to an ASCII k.
    expect(globMatches('iam:Tas\u212a', 'iam:task')).toBe(true);
    expect(globMatches('arn:aws:s3:::b/*', 'arn:aws:s3:::b/x', { caseSensitive: true })).toBe(true);
    expect(globMatches('arn:aws:s3:::b/X', 'arn:aws:s3:::b/x', { caseSensitive: true })).toBe(false);
    expect(globMatches('arn:aws:s3:::b/?', 'arn:aws:s3:::b/x', { caseSensitive: true })).toBe(true);
  });
});
