import { defineRule } from '../../src/engine/rule.js';
import { roleActionScopeCheck } from '../../src/actions/role-action-scope.js';

const ACTION = 'iam:PassRole';
/** The condition key that limits which services a role may be passed to; with it, "*" is acceptable. */
const SCOPING_KEY = 'iam:passedtoservice';

const CODES = {
  NotResource: { action: 'PASS_ROLE_WITH_NOT_RESOURCE', wildcard: 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE', notAction: 'PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE' },
  AllRoles: { action: 'PASS_ROLE_WITH_STAR_IN_RESOURCE', wildcard: 'PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE', notAction: 'PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION' },
} as const;

const MESSAGE_IDS = {
  NotResource: { action: 'actionNotResource', wildcard: 'wildcardNotResource', notAction: 'notActionNotResource' },
  AllRoles: { action: 'actionAllRoles', wildcard: 'wildcardAllRoles', notAction: 'notActionAllRoles' },
} as const;

export default defineRule({
  id: 'pass-role-scope',
  meta: {
    category: 'security',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    unknownCondition: { statement: ['actionAllRoles', 'wildcardAllRoles', 'notActionAllRoles', 'actionWeakCondition'] },
    unknownActions: { notAction: ['notActionNotResource', 'notActionAllRoles'] },
    issueCode: [...Object.values(CODES.NotResource), ...Object.values(CODES.AllRoles)],
    policyTypes: ['identity'],
    docs: { description: 'An identity policy allows iam:PassRole on some roles only, never through NotResource, nor on every role without an iam:PassedToService condition.' },
    messages: {
      actionNotResource: '"{{action}}" with NotResource allows passing every role not listed there to any service; list the roles it may pass in Resource instead.',
      wildcardNotResource: '"{{action}}" includes iam:PassRole, and with NotResource it allows passing every role not listed there to any service; list the roles in Resource in a separate iam:PassRole statement.',
      notActionNotResource: 'NotAction with NotResource allows iam:PassRole on every role not listed in NotResource; add "iam:PassRole" to NotAction and allow it in a separate statement on specific role ARNs.',
      actionAllRoles: '"{{action}}" is allowed on "{{resource}}", which lets the principal pass any role to any service; list the role ARNs, or add an "iam:PassedToService" condition.',
      wildcardAllRoles: '"{{action}}" includes iam:PassRole on "{{resource}}", which lets the principal pass any role to any service; allow iam:PassRole in a separate statement on specific role ARNs, or add an "iam:PassedToService" condition.',
      notActionAllRoles: 'NotAction allows iam:PassRole on "{{resource}}", which lets the principal pass any role to any service; add "iam:PassRole" to NotAction and allow it in a separate statement on specific role ARNs.',
      actionWeakCondition: '"{{action}}" is allowed on "{{resource}}", and its "{{operator}}" condition on "{{key}}" does not limit the services the roles may be passed to ({{why}}); list the role ARNs, or write the condition with "StringEquals".',
    },
  },
  given: '$.Statement[*]',
  check: roleActionScopeCheck({ action: ACTION, scopingKey: SCOPING_KEY, codes: CODES, messageIds: MESSAGE_IDS, weakConditionMessageId: 'actionWeakCondition' }),
});
