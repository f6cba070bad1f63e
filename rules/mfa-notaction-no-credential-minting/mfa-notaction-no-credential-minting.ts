import { defineRule } from '../../src/engine/rule.js';
import { isWholeServicePattern } from '../../src/iam/database.js';
import { actionMatches } from '../../src/actions/glob.js';
import { hasWildcard } from '../../src/iam/glob.js';
import { filePath } from '../../src/iam/mfa-fixes.js';
import { analyzeMfa, deniedByEffectiveDeny, expandSet } from '../../src/iam/mfa-policy.js';
import { CREDENTIAL_MINTING_ACTIONS } from '../../src/iam/mfa-sets.js';
import { andList } from '../../src/words.js';

export default defineRule({
  id: 'mfa-notaction-no-credential-minting',
  meta: {
    category: 'security',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    unknownCondition: { policy: ['literal', 'glob'] },
    unknownActions: { deny: ['literal', 'glob'] },
    docs: { description: 'The MFA deny does not exempt actions that create, re-enable or delete long-term credentials: access keys, passwords, SSH keys, certificates.' },
    messages: {
      literal: '"{{entry}}" in NotAction lets anyone holding the user\'s access key, without MFA, {{what}}; remove it from NotAction.',
      glob: '"{{entry}}" in NotAction also exempts {{actions}}: anyone holding the user\'s access key, without MFA, can create or re-enable credentials and keep access after the key is revoked; list only the actions enrollment needs.',
    },
    defaultOptions: { allowPasswordChangeWithoutMfa: false },
    optionsSchema: {
      type: 'object',
      properties: {
        allowPasswordChangeWithoutMfa: {
          type: 'boolean',
          description: 'Accept iam:UpdateLoginProfile in NotAction (the first sign-in workaround AWS documents but does not recommend).',
        },
      },
      additionalProperties: false,
    },
  },
  given: '$',
  check(_match, context) {
    const analysis = analyzeMfa(context.policy);
    if (analysis.notActionDenies.length === 0) return; // spares expanding the action sets (database files)
    const minting = expandSet(CREDENTIAL_MINTING_ACTIONS).filter((action) =>
      !(context.options.allowPasswordChangeWithoutMfa === true && action === 'iam:UpdateLoginProfile'));
    for (const deny of analysis.notActionDenies) {
      for (const entry of deny.notAction!) {
        if (isWholeServicePattern(entry.value)) continue; // `iam:*`, `*`: mfa-notaction-no-escape-hatch
        const exempted = minting.filter((action) => actionMatches(entry.value, action) && !deniedByEffectiveDeny(analysis, action, deny));
        if (exempted.length === 0) continue;
        if (hasWildcard(entry.value)) {
          context.report({ messageId: 'glob', path: entry.path, data: { entry: entry.value, actions: andList(exempted) } });
          continue;
        }
        const path = filePath(context, entry.path);
        const parent = context.document.nodeAt(path)?.parent;
        context.report({
          messageId: 'literal', path: entry.path, data: { entry: entry.value, what: describe(exempted[0]) },
          fix: parent?.type === 'array' && (parent.children?.length ?? 0) > 1 ? (fixer) => fixer.removeElement(path) : undefined,
        });
      }
    }
  },
});

function describe(action: string): string {
  switch (action) {
    case 'iam:CreateAccessKey': return 'create a new access key that survives revoking this one';
    case 'iam:UpdateAccessKey': return 're-activate a deactivated access key';
    case 'iam:DeleteAccessKey': return 'delete the owner\'s other access keys';
    case 'iam:CreateLoginProfile':
    case 'iam:UpdateLoginProfile': return 'set a console password';
    case 'iam:UploadSSHPublicKey': return 'upload an SSH key (CodeCommit) that survives revoking this access key';
    case 'iam:UploadSigningCertificate': return 'upload a signing certificate that survives revoking this access key';
    default: return 'create or reset service-specific credentials (CodeCommit, Keyspaces) that survive revoking this access key';
  }
}
