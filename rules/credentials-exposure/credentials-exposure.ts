import { defineRule } from '../../src/engine/rule.js';
import { isObject, statementMatches, type NormalizedStatement } from '../../src/engine/normalize.js';
import { ActionSet } from '../../src/actions/action-set.js';
import { CREDENTIAL_ACTIONS } from '../../src/iam/credential-actions.js';
import { andList } from '../../src/words.js';

/** Actions named in a message before "and N more". */
const MAX_NAMED = 4;

const rank = new Map(CREDENTIAL_ACTIONS.map(({ action }, index) => [action, index]));
const reasons = new Map(CREDENTIAL_ACTIONS.map(({ action, reason }) => [action, reason]));
const byService = new Map<string, string[]>();
for (const { action } of CREDENTIAL_ACTIONS) {
  const prefix = action.slice(0, action.indexOf(':'));
  byService.set(prefix, [...(byService.get(prefix) ?? []), action]);
}

/** The curated actions of src/iam/credential-actions.ts, in its order. */
const CREDENTIALS = new ActionSet({
  serviceMembers: (prefix) => byService.get(prefix) ?? [],
  rank: (action) => rank.get(action) ?? rank.size,
});

export default defineRule({
  id: 'credentials-exposure',
  meta: {
    category: 'security',
    severity: 'warn',
    recommended: false,
    fixable: 'none',
    unknownCondition: false,
    unknownActions: { notAction: ['notAction'], deny: ['action', 'pattern', 'every', 'notAction'] },
    policyTypes: ['identity'],
    docs: { description: 'An identity-policy Allow grants no action that returns credentials, such as sts:AssumeRole, iam:CreateAccessKey or ecr:GetAuthorizationToken.' },
    messages: {
      action: '"{{action}}" {{reason}}; allow it only to principals that must hold those credentials.',
      pattern: '"{{pattern}}" grants {{what}} credentials or secrets that work as credentials: {{actions}}; list only the actions the principal needs.',
      every: '"{{pattern}}" grants every action that returns credentials or secrets that work as credentials ({{count}}): {{actions}}; list only the actions the principal needs.',
      notAction: '"Effect": "Allow" with NotAction grants {{what}} credentials or secrets that work as credentials, as it does not exclude them: {{actions}}; list the actions to allow in Action instead.',
    },
  },
  given: statementMatches,
  check({ value, path }, context) {
    if (!isObject(value)) return;
    // An action that an unconditional Deny on "*" of the same policy takes back is not granted.
    for (const grant of CREDENTIALS.allowedGrants(value as NormalizedStatement, context.policy)) {
      const count = String(grant.actions.length);
      const what = grant.actions.length === 1 ? '1 action that returns' : `${count} actions that return`;
      const actions = andList(grant.actions, MAX_NAMED);
      if (grant.kind === 'notAction') {
        context.report({ messageId: 'notAction', path: [...path, 'NotAction'], target: 'key', data: { what, actions } });
      } else if (grant.every) {
        context.report({ messageId: 'every', path: [...path, 'Action', grant.index], data: { pattern: grant.entry, count, actions } });
      } else if (grant.actions.length === 1 && !/[*?]/.test(grant.entry)) {
        const action = grant.actions[0];
        context.report({ messageId: 'action', path: [...path, 'Action', grant.index], data: { action, reason: reasons.get(action)! } });
      } else {
        context.report({ messageId: 'pattern', path: [...path, 'Action', grant.index], data: { pattern: grant.entry, what, actions } });
      }
    }
  },
});
