import { defineRule } from '../../src/engine/rule.js';
import { actionResourceTypes } from '../../src/iam/database.js';
import { analyzeMfa, blocksWithoutMfa, exemptSet, isExempt, selfUserArn, statementCoversAction, userScopeOf } from '../../src/iam/mfa-policy.js';
import { andList } from '../../src/words.js';

function summary(actions: string[]): string {
  return andList(actions, 3);
}

export default defineRule({
  id: 'mfa-exempt-actions-self-scoped',
  meta: {
    category: 'security',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    unknownCondition: { policy: ['otherUsers', 'notResource'] },
    unknownActions: { notAction: ['otherUsers', 'notResource'], deny: ['otherUsers', 'notResource'] },
    docs: { description: 'Actions on IAM users that the MFA deny exempts are allowed only on the caller\'s own user, never on other users or through NotResource.' },
    messages: {
      otherUsers: '"{{resource}}" lets {{actions}}, which the MFA deny exempts, act on other users, so anyone holding a user\'s access key can reach any user without MFA; use "{{self}}".',
      notResource: 'NotResource lets {{actions}}, which the MFA deny exempts, act on every user it does not list, without MFA; use "Resource": "{{self}}".',
    },
  },
  given: '$',
  check(_match, context) {
    const analysis = analyzeMfa(context.policy);
    const exempt = new Set<string>();
    for (const deny of analysis.notActionDenies) {
      if (!deny.mfaConditions.some(blocksWithoutMfa)) continue;
      for (const action of exemptSet(deny)) {
        // Only actions on IAM users matter: an MFA device or "*" has no owner to protect.
        if (actionResourceTypes(action).some((type) => type.name === 'user') && isExempt(analysis, action)) exempt.add(action);
      }
    }
    if (exempt.size === 0) return;
    for (const info of analysis.statements) {
      if (info.effect !== 'Allow') continue;
      const granted = [...exempt].filter((action) => statementCoversAction(info, action));
      if (granted.length === 0) continue;
      const actions = summary(granted);
      if (info.notResource) {
        context.report({ messageId: 'notResource', path: [...info.path, 'NotResource'], target: 'key', data: { actions, self: selfUserArn() } });
        continue;
      }
      for (const resource of info.resource ?? []) {
        if (userScopeOf(resource.value) !== 'other') continue;
        context.report({ messageId: 'otherUsers', path: resource.path, data: { actions, resource: resource.value, self: selfUserArn(resource.value) } });
      }
    }
  },
});
