import { describe, expect, it } from 'vitest';
import { assumedRoleOf, federatedKind, oidcIssuer, principalEntries, roleArnParts } from './principals.js';

describe('principalEntries', () => {
  it('lists each value with its path; a bare "*" is one entry without a type', () => {
    expect(principalEntries({ Principal: '*' }, ['Statement', 0])).toEqual([{ element: 'Principal', type: undefined, value: '*', path: ['Statement', 0, 'Principal'] }]);
    expect(principalEntries({ NotPrincipal: { AWS: ['a', 'b'] } }, ['Statement', 1], 'NotPrincipal').map((e) => e.path)).toEqual([
      ['Statement', 1, 'NotPrincipal', 'AWS', 0], ['Statement', 1, 'NotPrincipal', 'AWS', 1],
    ]);
    expect(principalEntries({ Principal: 42 }, [])).toEqual([]);
  });
});

describe('federated principals', () => {
  it('classifies SAML, OIDC and invalid values', () => {
    expect(federatedKind('arn:aws:iam::123456789012:saml-provider/Okta')).toBe('saml');
    expect(federatedKind('arn:aws-cn:iam::123456789012:oidc-provider/oidc.eks.cn-north-1.amazonaws.com.cn/id/X')).toBe('oidc');
    expect(federatedKind('accounts.google.com')).toBe('oidc');
    expect(federatedKind('arn:aws:iam::123456789012:role/x')).toBe('invalid');
    expect(federatedKind('Okta')).toBe('invalid');
    expect(oidcIssuer('arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com')).toBe('token.actions.githubusercontent.com');
  });
  it('relates sessions to roles', () => {
    expect(assumedRoleOf('arn:aws:sts::123456789012:assumed-role/Admin/alice')).toEqual({ partition: 'aws', account: '123456789012', roleName: 'Admin' });
    expect(roleArnParts('arn:aws:iam::123456789012:role/team/Admin')).toEqual({ partition: 'aws', account: '123456789012', roleName: 'Admin' });
    expect(assumedRoleOf('arn:aws:iam::123456789012:role/Admin')).toBeUndefined();
  });
});
