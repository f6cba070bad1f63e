import { defineRule } from '../../src/engine/rule.js';
import { expandActionPattern } from '../../src/iam/actions-db.js';
import { actionAccessLevels, isWholeServicePattern } from '../../src/iam/database.js';
import { actionMatches } from '../../src/actions/glob.js';
import { hasWildcard } from '../../src/iam/glob.js';
import { analyzeMfa, blocksWithoutMfa, deniedByEffectiveDeny, expandSet } from '../../src/iam/mfa-policy.js';
import { CONSOLE_ACTIONS, ENROLLMENT_ACTIONS, RECON_ACTIONS, TOLERATED_EXEMPT_ACTIONS } from '../../src/iam/mfa-sets.js';

const WHAT: Record<string, string> = {
  'iam:ListUsers': 'list every user of the account',
  'iam:ListAccountAliases': 'read the account alias',
  'iam:GetAccountSummary': 'read the account\'s IAM inventory',
  'iam:ListAccessKeys': 'list access keys',
  'iam:GetAccountAuthorizationDetails': 'download every user, group, role and policy of the account',
};

export default defineRule({
  id: 'mfa-notaction-recon-exposure',
  meta: {
    category: 'security',
    severity: 'warn',
    recommended: true,
    fixable: 'none',
    unknownCondition: false,
    unknownActions: { deny: ['recon', 'reconGlob'] },
    docs: { description: 'The MFA deny does not exempt actions that map the account (iam:ListUsers…) or globs of reads beyond what enrollment and the console need.' },
    messages: {
      recon: '"{{entry}}" in NotAction lets anyone holding a user\'s access key, without MFA, {{what}}; remove it unless users need it before signing in with MFA.',
      reconGlob: '"{{entry}}" in NotAction exempts {{count}} read and list actions ({{examples}}), so anyone holding a user\'s access key can map the account without MFA; list only the actions enrollment needs.',
    },
  },
  given: '$',
  check(_match, context) {
    const analysis = analyzeMfa(context.policy);
    if (analysis.notActionDenies.length === 0) return; // spares expanding the action sets (database files)
    const recon = expandSet(RECON_ACTIONS);
    const needed = new Set([...expandSet(ENROLLMENT_ACTIONS), ...expandSet(CONSOLE_ACTIONS), ...expandSet(TOLERATED_EXEMPT_ACTIONS)]);
    for (const deny of analysis.notActionDenies) {
      if (!deny.mfaConditions.some(blocksWithoutMfa)) continue;
      for (const entry of deny.notAction!) {
        if (isWholeServicePattern(entry.value)) continue; // mfa-notaction-no-escape-hatch
        if (!hasWildcard(entry.value)) {
          const action = recon.find((a) => actionMatches(entry.value, a));
          if (action && !deniedByEffectiveDeny(analysis, action, deny)) {
            context.report({ messageId: 'recon', path: entry.path, data: { entry: entry.value, what: WHAT[action] ?? 'read account information' } });
          }
          continue;
        }
        const exposed = expandActionPattern(entry.value).filter((action) => !needed.has(action) &&
          actionAccessLevels(action).some((level) => level === 'List' || level === 'Read') && !deniedByEffectiveDeny(analysis, action, deny));
        if (exposed.length === 0) continue;
        const examples = exposed.length <= 3 ? exposed.join(', ') : `${exposed.slice(0, 3).join(', ')}, …`;
        context.report({ messageId: 'reconGlob', path: entry.path, data: { entry: entry.value, count: exposed.length, examples } });
      }
    }
  },
});
