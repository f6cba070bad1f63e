import { defineRule } from '../../src/engine/rule.js';
import { roleActionScopeCheck } from '../../src/actions/role-action-scope.js';

const ACTION = 'iam:CreateServiceLinkedRole';
/** The condition key that limits which services may get a service-linked role; with it, "*" is acceptable. */
const SCOPING_KEY = 'iam:awsservicename';

const CODES = {
  NotResource: { action: 'CREATE_SLR_WITH_NOT_RESOURCE', wildcard: 'CREATE_SLR_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE', notAction: 'CREATE_SLR_WITH_NOT_ACTION_AND_NOT_RESOURCE' },
  AllRoles: { action: 'CREATE_SLR_WITH_STAR_IN_RESOURCE', wildcard: 'CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE', notAction: 'CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION' },
} as const;

const MESSAGE_IDS = {
  NotResource: { action: 'actionNotResource', wildcard: 'wildcardNotResource', notAction: 'notActionNotResource' },
  AllRoles: { action: 'actionAllRoles', wildcard: 'wildcardAllRoles', notAction: 'notActionAllRoles' },
} as const;

export default defineRule({
  id: 'create-slr-scope',
  meta: {
    category: 'security',
    severity: 'warn',
    recommended: true,
    fixable: 'none',
    unknownCondition: { statement: ['actionAllRoles', 'wildcardAllRoles', 'notActionAllRoles', 'actionWeakCondition'] },
    unknownActions: { notAction: ['notActionNotResource', 'notActionAllRoles'] },
    issueCode: [...Object.values(CODES.NotResource), ...Object.values(CODES.AllRoles)],
    policyTypes: ['identity'],
    docs: { description: 'An identity policy allows iam:CreateServiceLinkedRole on some roles only, never through NotResource, nor on every role without an iam:AWSServiceName condition.' },
    messages: {
      actionNotResource: '"{{action}}" with NotResource allows creating the service-linked role of any service; list the service-linked role ARNs in Resource instead.',
      wildcardNotResource: '"{{action}}" includes iam:CreateServiceLinkedRole, and with NotResource it allows creating the service-linked role of any service; list the service-linked role ARNs in Resource in a separate statement.',
      notActionNotResource: 'NotAction with NotResource allows iam:CreateServiceLinkedRole for any service; add "iam:CreateServiceLinkedRole" to NotAction and allow it in a separate statement on specific service-linked role ARNs.',
      actionAllRoles: '"{{action}}" is allowed on "{{resource}}", which allows creating the service-linked role of any service; list the service-linked role ARNs, or add an "iam:AWSServiceName" condition.',
      wildcardAllRoles: '"{{action}}" includes iam:CreateServiceLinkedRole on "{{resource}}", which allows creating the service-linked role of any service; list the service-linked role ARNs, or add an "iam:AWSServiceName" condition.',
      notActionAllRoles: 'NotAction allows iam:CreateServiceLinkedRole on "{{resource}}", which allows creating the service-linked role of any service; add "iam:CreateServiceLinkedRole" to NotAction and allow it in a separate statement on specific service-linked role ARNs.',
      actionWeakCondition: '"{{action}}" is allowed on "{{resource}}", and its "{{operator}}" condition on "{{key}}" does not limit the services it may create a role for ({{why}}); list the service-linked role ARNs, or write the condition with "StringEquals".',
    },
  },
  given: '$.Statement[*]',
  check: roleActionScopeCheck({ action: ACTION, scopingKey: SCOPING_KEY, codes: CODES, messageIds: MESSAGE_IDS, weakConditionMessageId: 'actionWeakCondition' }),
});
