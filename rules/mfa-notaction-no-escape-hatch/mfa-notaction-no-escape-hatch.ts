import { defineRule } from '../../src/engine/rule.js';
import { isWholeServicePattern, splitAction } from '../../src/iam/database.js';
import { actionMatches } from '../../src/actions/glob.js';
import { hasWildcard } from '../../src/iam/glob.js';
import { filePath } from '../../src/iam/mfa-fixes.js';
import { analyzeMfa, deniedByEffectiveDeny, expandSet } from '../../src/iam/mfa-policy.js';
import { ESCAPE_HATCH_ACTIONS } from '../../src/iam/mfa-sets.js';
import { andList } from '../../src/words.js';

function why(action: string): string {
  if (action.startsWith('sts:AssumeRole')) return 'a role session is governed by the role\'s policies, not by this deny, so the key reaches whatever the role can do';
  if (action === 'iam:PassRole' || action === 'iam:CreateUser') return 'the user can hand their permissions to a service or a new user that this deny does not cover';
  return 'the user can detach, rewrite or leave the policy that holds this deny';
}

export default defineRule({
  id: 'mfa-notaction-no-escape-hatch',
  meta: {
    category: 'security',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    unknownCondition: { policy: ['escapeHatch'] },
    unknownActions: { deny: ['escapeHatch'] },
    docs: { description: 'The MFA deny does not exempt a whole service or an action that gets around it: assuming roles, iam:PassRole, iam:CreateUser, changing the user\'s policies.' },
    messages: {
      escapeHatch: '"{{entry}}" in NotAction exempts {{actions}} from the MFA deny: {{why}}; remove it.',
      everything: '"{{entry}}" in NotAction exempts every action, so the MFA deny denies nothing; list only the actions enrollment needs.',
      wholeService: '"{{entry}}" in NotAction exempts every {{service}} action from the MFA deny, so all of {{service}} that the user\'s other policies allow works without MFA; list only the actions enrollment needs.',
    },
  },
  given: '$',
  check(_match, context) {
    const analysis = analyzeMfa(context.policy);
    if (analysis.notActionDenies.length === 0) return; // spares expanding the action sets (database files)
    const hatches = expandSet(ESCAPE_HATCH_ACTIONS);
    for (const deny of analysis.notActionDenies) {
      for (const entry of deny.notAction!) {
        if (isWholeServicePattern(entry.value)) {
          const service = splitAction(entry.value.trim())?.service;
          if (service === undefined || hasWildcard(service)) context.report({ messageId: 'everything', path: entry.path, data: { entry: entry.value } });
          else context.report({ messageId: 'wholeService', path: entry.path, data: { entry: entry.value, service: service.toLowerCase() } });
          continue;
        }
        const exempted = hatches.filter((action) => actionMatches(entry.value, action) && !deniedByEffectiveDeny(analysis, action, deny));
        if (exempted.length === 0) continue;
        const path = filePath(context, entry.path);
        const parent = context.document.nodeAt(path)?.parent;
        const removable = !hasWildcard(entry.value) && parent?.type === 'array' && (parent.children?.length ?? 0) > 1;
        context.report({
          messageId: 'escapeHatch', path: entry.path, data: { entry: entry.value, actions: andList(exempted), why: why(exempted[0]) },
          fix: removable ? (fixer) => fixer.removeElement(path) : undefined,
        });
      }
    }
  },
});
