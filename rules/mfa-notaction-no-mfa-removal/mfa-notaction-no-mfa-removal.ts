import { defineRule } from '../../src/engine/rule.js';
import { isWholeServicePattern } from '../../src/iam/database.js';
import { actionMatches } from '../../src/actions/glob.js';
import { hasWildcard } from '../../src/iam/glob.js';
import { filePath } from '../../src/iam/mfa-fixes.js';
import { analyzeMfa, deniedByEffectiveDeny, expandSet } from '../../src/iam/mfa-policy.js';
import { MFA_REMOVAL_ACTIONS } from '../../src/iam/mfa-sets.js';

export default defineRule({
  id: 'mfa-notaction-no-mfa-removal',
  meta: {
    category: 'security',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    unknownCondition: { policy: ['literal', 'glob'] },
    unknownActions: { deny: ['literal', 'glob'] },
    docs: { description: 'The MFA deny does not exempt iam:DeactivateMFADevice or iam:DeleteVirtualMFADevice.' },
    messages: {
      literal: '"{{entry}}" in NotAction lets anyone holding the user\'s access key, without MFA, remove the user\'s MFA device and enroll their own; remove it from NotAction.',
      glob: '"{{entry}}" in NotAction also exempts {{actions}}: anyone holding the user\'s access key, without MFA, can remove the user\'s MFA device and enroll their own; list only the actions enrollment needs.',
    },
  },
  given: '$',
  check(_match, context) {
    const analysis = analyzeMfa(context.policy);
    if (analysis.notActionDenies.length === 0) return; // spares expanding the action sets (database files)
    const removal = expandSet(MFA_REMOVAL_ACTIONS);
    for (const deny of analysis.notActionDenies) {
      const entries = deny.notAction!;
      for (const entry of entries) {
        if (isWholeServicePattern(entry.value)) continue; // `iam:*`, `*`: mfa-notaction-no-escape-hatch
        const exempted = removal.filter((action) => actionMatches(entry.value, action) && !deniedByEffectiveDeny(analysis, action, deny));
        if (exempted.length === 0) continue;
        if (!hasWildcard(entry.value)) {
          const path = filePath(context, entry.path);
          const removable = context.document.nodeAt(path)?.parent?.type === 'array' && (context.document.nodeAt(path)?.parent?.children?.length ?? 0) > 1;
          context.report({
            messageId: 'literal', path: entry.path, data: { entry: entry.value },
            fix: removable ? (fixer) => fixer.removeElement(path) : undefined,
          });
        } else {
          context.report({ messageId: 'glob', path: entry.path, data: { entry: entry.value, actions: exempted.join(' and ') } });
        }
      }
    }
  },
});
