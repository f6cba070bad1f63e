import { defineRule } from '../../src/engine/rule.js';
import { isObject, type NormalizedStatement } from '../../src/engine/normalize.js';
import { federatedKind, principalEntries, type FederatedKind, type PrincipalEntry } from '../../src/principals/principals.js';
import { actionMatches, findCoveringAction } from '../../src/actions/glob.js';
import { actionResourceTypeNames, canonicalAction, expandActionPattern, serviceActions } from '../../src/iam/actions-db.js';
import { hasWildcard } from '../../src/iam/glob.js';
import { quoted } from '../../src/words.js';

/** The federation actions and the kind of Federated principal each one works with. */
const FEDERATION_ACTIONS: Record<string, { kind: FederatedKind; principal: string }> = {
  'sts:assumerolewithsaml': { kind: 'saml', principal: 'a SAML provider principal ("Federated": "arn:aws:iam::<account>:saml-provider/<name>")' },
  'sts:assumerolewithwebidentity': { kind: 'oidc', principal: 'an OIDC provider principal ("Federated": "arn:aws:iam::<account>:oidc-provider/<host>" or a domain such as "accounts.google.com")' },
};

const KNOWN_TYPES = new Set(['AWS', 'Service', 'Federated', 'CanonicalUser']);
const ROLES_ANYWHERE = 'rolesanywhere.amazonaws.com';
const ROLES_ANYWHERE_ACTIONS = ['sts:AssumeRole', 'sts:SetSourceIdentity', 'sts:TagSession'];
const POD_IDENTITY = 'pods.eks.amazonaws.com';
const POD_IDENTITY_ACTIONS = ['sts:AssumeRole', 'sts:TagSession'];

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

let roleActionList: string[] | undefined;
/**
 * The actions a role trust policy can grant: the sts actions whose resource type is the role (Service
 * Authorization Reference: sts:AssumeRole, AssumeRoleWithSAML, AssumeRoleWithWebIdentity, SetContext,
 * SetSourceIdentity, TagSession), read from the IAM database.
 */
function roleActions(): string[] {
  roleActionList ??= (serviceActions('sts')?.names ?? [])
    .map((name) => `sts:${name}`)
    .filter((action) => actionResourceTypeNames(action)?.some((type) => type.name === 'role'))
    .sort();
  return roleActionList;
}

/**
 * True when a trust policy's Action entry can never apply: a known action (or a pattern matching known actions)
 * that is none of the role's actions. Unknown actions are action-exists' to report.
 */
function unsupportedInTrust(entry: string): boolean {
  const action = entry.trim();
  if (hasWildcard(action)) {
    return !roleActions().some((roleAction) => actionMatches(action, roleAction)) && expandActionPattern(action).length > 0;
  }
  const name = canonicalAction(action);
  return name !== undefined && !roleActions().includes(name);
}

const ASSUME_ROLE_PRINCIPAL = 'an AWS or Service principal (a SAML or OIDC provider calls sts:AssumeRoleWithSAML or sts:AssumeRoleWithWebIdentity)';

export default defineRule({
  id: 'trust-policy-action',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    unknownActions: { statement: ['rolesAnywhere', 'podIdentity'] },
    issueCode: ['MISMATCHED_ACTION_FOR_PRINCIPAL', 'MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY', 'UNSUPPORTED_ACTION_IN_POLICY'],
    policyTypes: ['trust'],
    docs: { description: 'A trust policy allows only the sts actions on the role, each fitting its principals: SAML and OIDC providers take their own, Roles Anywhere gets all three.' },
    messages: {
      unsupported: 'Action "{{action}}" is not supported in a role trust policy, which only governs the sts actions on the role ({{roleActions}}); remove it and grant it in the role\'s permissions policy if the role needs it.',
      unsupportedDeny: 'Action "{{action}}" is not supported in a role trust policy, which only governs the sts actions on the role ({{roleActions}}); this Deny does not deny it: remove it and deny it in the role\'s permissions policy (or a permissions boundary or SCP) if that was meant.',
      mismatched: '"{{action}}" is invalid with {{principals}}; it needs {{expected}}. Use the action that fits each principal: "sts:AssumeRole" for AWS and Service principals, "sts:AssumeRoleWithSAML" for SAML providers, "sts:AssumeRoleWithWebIdentity" for OIDC providers.',
      rolesAnywhere: 'The "rolesanywhere.amazonaws.com" principal needs {{missing}} too: IAM Roles Anywhere calls sts:AssumeRole, sts:SetSourceIdentity and sts:TagSession.',
      podIdentity: 'The "pods.eks.amazonaws.com" principal needs {{missing}} too: EKS Pod Identity calls sts:AssumeRole and sts:TagSession, as it tags each session with the cluster, namespace and service account (unless every association of the role disables session tags).',
      addActions: 'Add {{missing}} to Action.',
    },
  },
  given: '$.Statement[*]',
  check({ value, path }, context) {
    if (!isObject(value) || (value.Effect !== 'Allow' && value.Effect !== 'Deny')) return;
    const statement = value as NormalizedStatement;
    if (!Array.isArray(statement.Action)) return;
    const actionList = statement.Action;
    const unsupported = actionList.map((action) => typeof action === 'string' && unsupportedInTrust(action));
    // Removing an action the trust policy cannot govern changes no access, Allow or Deny; it is offered only when
    // an action the statement keeps remains, so the fix never leaves an empty Action.
    const removable = unsupported.some((flag) => !flag);
    unsupported.forEach((flag, index) => {
      if (!flag) return;
      const actionPath = [...path, 'Action', index];
      context.report({
        messageId: value.Effect === 'Deny' ? 'unsupportedDeny' : 'unsupported', path: actionPath, issueCode: 'UNSUPPORTED_ACTION_IN_POLICY',
        data: { action: String(actionList[index]), roleActions: roleActions().join(', ') },
        fix: removable ? (fixer) => fixer.removeElement(actionPath) : undefined,
      });
    });
    // The checks below are about which principals can use an Allow.
    if (value.Effect !== 'Allow') return;
    const principals = principalEntries(statement, path);

    statement.Action.forEach((action, index) => {
      if (typeof action !== 'string' || unsupported[index]) return;
      if (action.toLowerCase() === 'sts:assumerole') {
        // A statement naming only federated providers: the role cannot be assumed this way (Access Analyzer's
        // MISMATCHED_ACTION_FOR_PRINCIPAL on its own validate-policy example with cognito-identity.amazonaws.com).
        if (principals.length === 0 || !principals.every(federatedOnly)) return;
        context.report({
          messageId: 'mismatched', path: [...path, 'Action', index], issueCode: 'MISMATCHED_ACTION_FOR_PRINCIPAL',
          data: { action, principals: principals.map((entry) => `${quoted(String(entry.type))}: ${JSON.stringify(entry.value)}`).join(', '), expected: ASSUME_ROLE_PRINCIPAL },
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
          principals: principals.map((entry) => `${quoted(String(entry.type))}: ${JSON.stringify(entry.value)}`).join(', '),
          expected: federation.principal,
        },
      });
    });

    const trusts = (service: string) => principals.some((entry) =>
      entry.type === 'Service' && typeof entry.value === 'string' && entry.value.toLowerCase() === service);
    const actions = statement.Action;
    const reportMissing = (needed: string[], messageId: 'rolesAnywhere' | 'podIdentity') => {
      const missing = needed.filter((action) => !findCoveringAction(actions, action));
      if (missing.length === 0) return;
      const list = missing.map((action) => `"${action}"`).join(', ');
      const actionPath = [...path, 'Action'];
      context.report({
        messageId, path: actionPath, target: 'key', data: { missing: list },
        // EKS Pod Identity's session tags can be turned off per association (EKS User Guide, "Enable or disable
        // session tags"): a warning, with no Access Analyzer equivalent.
        ...(messageId === 'rolesAnywhere' ? { issueCode: 'MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY' } : { severity: 'warn' as const }),
        suggest: [{
          messageId: 'addActions', data: { missing: list },
          fix: (fixer) => fixer.appendToList(actionPath, missing),
        }],
      });
    };
    if (trusts(ROLES_ANYWHERE)) reportMissing(ROLES_ANYWHERE_ACTIONS, 'rolesAnywhere');
    if (trusts(POD_IDENTITY)) reportMissing(POD_IDENTITY_ACTIONS, 'podIdentity');
  },
});
