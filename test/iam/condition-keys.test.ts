import { describe, expect, it } from 'vitest';
import { listNames, neverInRequests, resolveConditionKey } from '../../src/iam/condition-keys.js';

describe('resolveConditionKey', () => {
  it('knows global keys case-insensitively, with their canonical spelling', () => {
    expect(resolveConditionKey('AWS:UserName')).toMatchObject({ kind: 'global', canonical: 'aws:username', type: 'String' });
    expect(resolveConditionKey('aws:multifactorauthpresent')).toMatchObject({ kind: 'global', canonical: 'aws:MultiFactorAuthPresent', type: 'Bool' });
    expect(resolveConditionKey('aws:principaltag/Team')).toMatchObject({ kind: 'global', canonical: 'aws:PrincipalTag/Team' });
    expect(resolveConditionKey('aws:user')).toMatchObject({ kind: 'unknownGlobal' });
  });

  it('knows service keys, including those with a variable part', () => {
    expect(resolveConditionKey('iam:registersecuritykey')).toMatchObject({ kind: 'service', canonical: 'iam:RegisterSecurityKey' });
    expect(resolveConditionKey('iam:ResourceTag/team')).toMatchObject({ kind: 'service', canonical: 'iam:ResourceTag/team' });
    expect(resolveConditionKey('s3:ExistingObjectTag/owner')).toMatchObject({ kind: 'service', service: 's3' });
    expect(resolveConditionKey('iam:NoSuchKey')).toMatchObject({ kind: 'unknownKey', service: 'iam' });
    expect(resolveConditionKey('nosuchservice:Key')).toMatchObject({ kind: 'unknownService', service: 'nosuchservice' });
  });

  it('finds keys filed under another service and never judges identity-provider keys', () => {
    expect(resolveConditionKey('saml:aud')).toMatchObject({ kind: 'service', service: 'sts' });
    expect(resolveConditionKey('token.actions.githubusercontent.com:sub')).toMatchObject({ kind: 'skip' });
    expect(resolveConditionKey('no-colon')).toMatchObject({ kind: 'skip' });
  });
});

describe('listNames', () => {
  it('quotes up to three actions, as the other rules\' lists do, then counts the rest', () => {
    expect(listNames(['s3:GetObject'])).toBe('"s3:GetObject"');
    expect(listNames(['a:A', 'a:B', 'a:C'])).toBe('"a:A", "a:B" and "a:C"');
    expect(listNames(['a:A', 'a:B', 'a:C', 'a:D', 'a:E'])).toBe('"a:A", "a:B", "a:C" and 2 more');
  });
});

describe('neverInRequests', () => {
  it('answers for actions of a service that lists no matching key without building their key support', () => {
    expect(neverInRequests('s3:GetObject', 'iam:PermissionsBoundary')).toBe(true);
    expect(neverInRequests('s3:getobject', 'iam:PermissionsBoundary')).toBe(true);
    expect(neverInRequests('s3:NoSuchAction', 'iam:PermissionsBoundary')).toBe(false);
    expect(neverInRequests('nosuchservice:Action', 'iam:PermissionsBoundary')).toBe(false);
    expect(neverInRequests('iam:CreateRole', 'iam:PermissionsBoundary')).toBe(false);
    expect(neverInRequests('iam:CreateAccessKey', 'iam:PermissionsBoundary')).toBe(true);
    expect(neverInRequests('ec2:CreateTags', 'ec2:CreateAction')).toBe(false);
  });
});
