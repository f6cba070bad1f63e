import { defineRule } from '../../src/engine/rule.js';
import { isWholeServicePattern } from '../../src/iam/database.js';
import { actionMatches } from '../../src/actions/glob.js';
import { analyzeMfa, blocksWithoutMfa, deniedByEffectiveDeny, expandSet } from '../../src/iam/mfa-policy.js';
import { CREDENTIAL_MINTING_ACTIONS, PASSWORD_CHANGE_ACTIONS } from '../../src/iam/mfa-sets.js';

export default defineRule({
  id: 'mfa-password-change-without-mfa',
  meta: {
    category: 'security',
    severity: 'warn',
    recommended: true,
    fixable: 'none',
    unknownCondition: false,
    unknownActions: { deny: ['passwordChange'] },
    docs: { description: 'The MFA deny does not exempt iam:ChangePassword, unless the option allowPasswordChangeWithoutMfa accepts the first-sign-in workaround.' },
    messages: {
      passwordChange: '"{{entry}}" in NotAction lets users change their console password before signing in with MFA, a workaround AWS does not recommend; remove it and attach this policy after the first sign-in, or set the option allowPasswordChangeWithoutMfa.',
    },
    defaultOptions: { allowPasswordChangeWithoutMfa: false },
    optionsSchema: {
      type: 'object',
      properties: {
        allowPasswordChangeWithoutMfa: {
          type: 'boolean',
          description: 'Users must change their password at first sign-in, before they have MFA: accept iam:ChangePassword in NotAction.',
        },
      },
      additionalProperties: false,
    },
  },
  given: '$',
  check(_match, context) {
    if (context.options.allowPasswordChangeWithoutMfa === true) return;
    const analysis = analyzeMfa(context.policy);
    if (analysis.notActionDenies.length === 0) return; // spares expanding the action sets (database files)
    // Create/UpdateLoginProfile are credential minting: mfa-notaction-no-credential-minting reports them as errors.
    const minting = new Set(expandSet(CREDENTIAL_MINTING_ACTIONS));
    const actions = expandSet(PASSWORD_CHANGE_ACTIONS).filter((action) => !minting.has(action));
    for (const deny of analysis.notActionDenies) {
      if (!deny.mfaConditions.some(blocksWithoutMfa)) continue;
      for (const entry of deny.notAction!) {
        if (isWholeServicePattern(entry.value)) continue; // mfa-notaction-no-escape-hatch
        if (!actions.some((action) => actionMatches(entry.value, action) && !deniedByEffectiveDeny(analysis, action, deny))) continue;
        context.report({ messageId: 'passwordChange', path: entry.path, data: { entry: entry.value } });
      }
    }
  },
});
