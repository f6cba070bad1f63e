/**
 * ActionSet (src/actions/action-set.ts): which members of a set of actions an Allow statement grants. The
 * rules' tests cover the messages; these check the members an entry grants against the database, and NotAction.
 */
import { describe, expect, it } from 'vitest';
import { ActionSet } from '../../src/actions/action-set.js';
import { actionLevels, expandActionPattern, serviceActionsWithAccessLevel } from '../../src/iam/actions-db.js';

const permissionsManagement = () => new ActionSet({
  serviceMembers: (prefix) => serviceActionsWithAccessLevel(prefix, 'Permissions management'),
  rank: (action) => (action.startsWith('iam:') ? 0 : 1),
});

const ENTRIES = ['iam:*', 'IAM:putrolepolicy', ' s3:Put* ', 'kms:*Grant', 'i?m:Attach*', '*:PutBucket*', 'ec2:Describe*', 'nosuchservice:*', 'iam:${aws:username}'];

describe('ActionSet', () => {
  it('finds what an entry grants: what expanding it over the database and keeping the members gives', () => {
    const set = permissionsManagement();
    const before = ENTRIES.map((entry) => set.grantedBy(entry));
    expect(set.members.length).toBeGreaterThan(300);
    for (const action of set.members) expect(actionLevels(action)).toContain('Permissions management');
    for (const [i, entry] of ENTRIES.entries()) {
      const expanded = expandActionPattern(entry).filter((action) => actionLevels(action)?.includes('Permissions management'));
      expect([...before[i]].sort(), entry).toEqual([...expanded].sort());
    }
    // Ranked first (IAM's), then in the database's order.
    const spanning = set.grantedBy('*:Put*Policy');
    expect(spanning.slice(0, 3)).toEqual(['iam:PutGroupPolicy', 'iam:PutRolePolicy', 'iam:PutUserPolicy']);
    expect(spanning.slice(3).every((action) => !action.startsWith('iam:'))).toBe(true);
    expect(before[1]).toEqual(['iam:PutRolePolicy']);
    expect(before[6]).toEqual([]);
  });

  it('counts for NotAction the members it does not exclude, on the services its ARNs can match', () => {
    const set = permissionsManagement();
    const all = set.members;
    expect(set.grantedByNotAction(['ec2:DescribeInstances'], ['*'])).toEqual(all);
    expect(set.grantedByNotAction(['*'], ['*'])).toEqual([]);
    expect(set.grantedByNotAction(['iam:*'], undefined)).toEqual(all.filter((action) => !action.startsWith('iam:')));
    expect(set.grantedByNotAction(['s3:Get*'], ['arn:aws:s3:::logs/*', 'arn:aws:kms:eu-west-1:111122223333:key/*']))
      .toEqual(all.filter((action) => action.startsWith('s3:') || action.startsWith('kms:')));
    // A service field with a wildcard or a variable may be any service.
    expect(set.grantedByNotAction(['s3:Get*'], ['arn:aws:*:*:*:*'])).toEqual(all);
    expect(set.grantedByNotAction(['s3:Get*'], ['arn:aws:${aws:PrincipalTag/service}:::x'])).toEqual(all);
  });

  it('reports nothing for Deny, and "every" only for an entry that spans services', () => {
    const set = permissionsManagement();
    expect(set.grants({ Effect: 'Deny', Action: ['*'], Resource: ['*'] })).toEqual([]);
    const grants = set.grants({ Effect: 'Allow', Action: ['*', 'iam:*', 7], Resource: ['*'] });
    expect(grants.map((grant) => grant.kind === 'action' && [grant.index, grant.every])).toEqual([[0, true], [1, false]]);
  });
});
