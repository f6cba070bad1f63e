import { defineRule } from '../../src/engine/rule.js';
import { isObject, type NormalizedStatement } from '../../src/engine/normalize.js';
import { federatedKind, principalEntries, type FederatedKind, type PrincipalEntry } from '../../src/principals/principals.js';
import { findCoveringAction } from '../../src/actions/glob.js';
import { hasWildcard } from '../../src/iam/glob.js';

/** The federation actions and the kind of Federated principal each one works with. */
const FEDERATION_ACTIONS: Record<string, { kind: FederatedKind; principal: string }> = {
  'sts:assumerolewithsaml': { kind: 'saml', principal: 'a SAML provider principal ("Federated": "arn:aws:iam::<account>:saml-provider/<name>")' },
  'sts:assumerolewithwebidentity': { kind: 'oidc', principal: 'an OIDC provider principal ("Federated": "arn:aws:iam::<account>:oidc-provider/<host>" or a domain such as "accounts.google.com")' },
};

const KNOWN_TYPES = new Set(['AWS', 'Service', 'Federated', 'CanonicalUser']);
const ROLES_ANYWHERE = 'rolesanywhere.amazonaws.com';
const ROLES_ANYWHERE_ACTIONS = ['sts:AssumeRole', 'sts:SetSourceIdentity', 'sts:TagSession'];

/** True when the principal can never call `kind`'s federation action; unknown or unjudgeable values give false. */
function mismatched(entry: PrincipalEntry, kind: FederatedKind): boolean {
  if (entry.type === undefined || !KNOWN_TYPES.has(entry.type)) return false;
  if (entry.type !== 'Federated') return true;
  if (typeof entry.value !== 'string' || hasWildcard(entry.value) || entry.value.includes('${')) return false;
  const actual = federatedKind(entry.value);
  return actual !== 'invalid' && actual !== kind;
}

/** True for a SAML or OIDC provider principal, which can never call sts:AssumeRole (only its federation action). */
function federatedOnly(entry: PrincipalEntry): boolean {
  if (entry.type !== 'Federated' || typeof entry.value !== 'string' || hasWildcard(entry.value) || entry.value.includes('${')) return false;
  const kind = federatedKind(entry.value);
  return kind === 'saml' || kind === 'oidc';
}

const ASSUME_ROLE_PRINCIPAL = 'an AWS or Service principal (a SAML or OIDC provider calls sts:AssumeRoleWithSAML or sts:AssumeRoleWithWebIdentity)';

export default defineRule({
  id: 'trust-policy-action',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    unknownActions: { statement: ['rolesAnywhere'] },
    issueCode: ['MISMATCHED_ACTION_FOR_PRINCIPAL', 'MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY'],
    policyTypes: ['trust'],
    docs: { description: 'Each sts action of a trust policy statement fits its principals: SAML and OIDC providers take their own action, and IAM Roles Anywhere gets the three it needs.' },
    messages: {
      mismatched: '"{{action}}" is invalid with {{principals}}; it needs {{expected}}. Use the action that fits each principal: "sts:AssumeRole" for AWS and Service principals, "sts:AssumeRoleWithSAML" for SAML providers, "sts:AssumeRoleWithWebIdentity" for OIDC providers.',
      rolesAnywhere: 'The "rolesanywhere.amazonaws.com" principal needs {{missing}} too: IAM Roles Anywhere calls sts:AssumeRole, sts:SetSourceIdentity and sts:TagSession.',
      addActions: 'Add {{missing}} to Action.',
    },
  },
  given: '$.Statement[*]',
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== 'Allow') return;
    const statement = value as NormalizedStatement;
    if (!Array.isArray(statement.Action)) return;
    const principals = principalEntries(statement, path);

    statement.Action.forEach((action, index) => {
      if (typeof action !== 'string') return;
      if (action.toLowerCase() === 'sts:assumerole') {
        // A statement naming only federated providers: the role cannot be assumed this way (Access Analyzer's
        // MISMATCHED_ACTION_FOR_PRINCIPAL on its own validate-policy example with cognito-identity.amazonaws.com).
        if (principals.length === 0 || !principals.every(federatedOnly)) return;
        context.report({
          messageId: 'mismatched', path: [...path, 'Action', index], issueCode: 'MISMATCHED_ACTION_FOR_PRINCIPAL',
          data: { action, principals: principals.map((entry) => `"${entry.type}": ${JSON.stringify(entry.value)}`).join(', '), expected: ASSUME_ROLE_PRINCIPAL },
        });
        return;
      }
      const federation = FEDERATION_ACTIONS[action.toLowerCase()];
      if (!federation) return;
      // Only when no principal of the statement can use the action: a statement that mixes principals
      // (AWS + SAML with sts:AssumeRole + sts:AssumeRoleWithSAML) works, each with its own action.
      if (principals.length === 0 || !principals.every((entry) => mismatched(entry, federation.kind))) return;
      context.report({
        messageId: 'mismatched', path: [...path, 'Action', index], issueCode: 'MISMATCHED_ACTION_FOR_PRINCIPAL',
        data: {
          action,
          principals: principals.map((entry) => `"${entry.type}": ${JSON.stringify(entry.value)}`).join(', '),
          expected: federation.principal,
        },
      });
    });

    const rolesAnywhere = principals.some((entry) =>
      entry.type === 'Service' && typeof entry.value === 'string' && entry.value.toLowerCase() === ROLES_ANYWHERE);
    if (!rolesAnywhere) return;
    const missing = ROLES_ANYWHERE_ACTIONS.filter((action) => !findCoveringAction(statement.Action as unknown[], action));
    if (missing.length === 0) return;
    const list = missing.map((action) => `"${action}"`).join(', ');
    const actionPath = [...path, 'Action'];
    context.report({
      messageId: 'rolesAnywhere', path: actionPath, target: 'key', issueCode: 'MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY',
      data: { missing: list },
      suggest: [{
        messageId: 'addActions', data: { missing: list },
        fix: (fixer) => fixer.appendToList(actionPath, missing),
      }],
    });
  },
});
