import { defineRule } from '../../src/engine/rule.js';
import { isObject, statementMatches, type NormalizedStatement } from '../../src/engine/normalize.js';
import { ActionSet } from '../../src/actions/action-set.js';
import { serviceActionsWithAccessLevel } from '../../src/iam/actions-db.js';
import { andList } from '../../src/words.js';

/** Actions named in a message before "and N more". */
const MAX_NAMED = 4;

/**
 * The actions whose access level in the Service Authorization Reference is "Permissions management" (in the
 * database some also have "Write"). IAM's first in messages: they change what any principal of the account may
 * do; the others change who may use one resource (a bucket policy, a key grant).
 */
const PERMISSIONS_MANAGEMENT = new ActionSet({
  serviceMembers: (prefix) => serviceActionsWithAccessLevel(prefix, 'Permissions management'),
  rank: (action) => (action.startsWith('iam:') ? 0 : 1),
});

export default defineRule({
  id: 'permissions-management-actions',
  meta: {
    category: 'security',
    severity: 'warn',
    recommended: false,
    fixable: 'none',
    unknownCondition: false,
    unknownActions: { notAction: ['notAction'], deny: ['action', 'pattern', 'every', 'notAction'] },
    policyTypes: ['identity'],
    docs: { description: 'An identity-policy Allow grants no action of the access level Permissions management, such as iam:PutRolePolicy, s3:PutBucketPolicy or kms:CreateGrant.' },
    messages: {
      action: '"{{action}}" has the access level Permissions management (actions that grant or change permissions); allow it only to principals that administer those permissions.',
      pattern: '"{{pattern}}" grants {{what}} of the access level Permissions management (actions that grant or change permissions): {{actions}}; list only the actions the principal needs.',
      every: '"{{pattern}}" grants every action of the access level Permissions management ({{count}} actions that grant or change permissions): {{actions}}; list only the actions the principal needs.',
      notAction: '"Effect": "Allow" with NotAction grants {{what}} of the access level Permissions management that it does not exclude: {{actions}}; list the actions to allow in Action instead.',
    },
  },
  given: statementMatches,
  check({ value, path }, context) {
    if (!isObject(value)) return;
    // An action that an unconditional Deny on "*" of the same policy takes back is not granted.
    for (const grant of PERMISSIONS_MANAGEMENT.allowedGrants(value as NormalizedStatement, context.policy)) {
      const count = String(grant.actions.length);
      const what = grant.actions.length === 1 ? '1 action' : `${count} actions`;
      const actions = andList(grant.actions, MAX_NAMED);
      if (grant.kind === 'notAction') {
        context.report({ messageId: 'notAction', path: [...path, 'NotAction'], target: 'key', data: { what, actions } });
      } else if (grant.every) {
        context.report({ messageId: 'every', path: [...path, 'Action', grant.index], data: { pattern: grant.entry, count, actions } });
      } else if (grant.actions.length === 1 && !/[*?]/.test(grant.entry)) {
        context.report({ messageId: 'action', path: [...path, 'Action', grant.index], data: { action: grant.actions[0] } });
      } else {
        context.report({ messageId: 'pattern', path: [...path, 'Action', grant.index], data: { pattern: grant.entry, what, actions } });
      }
    }
  },
});
