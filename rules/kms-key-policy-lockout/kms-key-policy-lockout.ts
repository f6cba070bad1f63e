import { defineRule } from '../../src/engine/rule.js';
import { actionGrant } from '../../src/actions/glob.js';
import { conditionEntries, isObject, statementsOf, type NormalizedStatement } from '../../src/engine/normalize.js';
import { holdsForIamPrincipals } from '../../src/conditions/service-keys.js';
import { namesEveryone } from '../../src/principals/principals.js';

const PUT_KEY_POLICY = 'kms:PutKeyPolicy';
const VPC_ENDPOINT = 'AWS::EC2::VPCEndpoint';

/** A service part made of wildcards only (`*`, `*?`): it stands for KMS too. */
const ONLY_WILDCARDS = /^[*?]+$/;

/**
 * Whether the policy reads as a KMS key policy: some Action entry names a `kms:` action, no Action entry names
 * another service, and every Resource entry is `"*"` ("this KMS key": a key policy names no other resource) or
 * stands beside a `"*"`, which covers it (redundant-resource's fix removes it, and must not make the policy
 * read as a key policy only then).
 */
function isKeyPolicy(statements: ReadonlyArray<{ statement: NormalizedStatement }>): boolean {
  let namesKms = false;
  for (const { statement } of statements) {
    for (const entry of Array.isArray(statement.Action) ? statement.Action : []) {
      if (typeof entry !== 'string') continue;
      const colon = entry.indexOf(':');
      const service = (colon < 0 ? entry : entry.slice(0, colon)).trim().toLowerCase();
      if (service === 'kms') namesKms = true;
      else if (!ONLY_WILDCARDS.test(service)) return false;
    }
    const resources = Array.isArray(statement.Resource) ? statement.Resource : [];
    if (resources.some((r) => r !== '*') && !resources.includes('*')) return false;
  }
  return namesKms;
}

/**
 * Whether a statement's principals include an IAM principal that could call kms:PutKeyPolicy: an `AWS`
 * principal, `"*"`, or everyone but some (NotPrincipal). Service, federated and canonical-user principals never
 * set key policies.
 */
function hasIamPrincipal(statement: NormalizedStatement): boolean {
  if (statement.NotPrincipal !== undefined) return true;
  const principal = statement.Principal;
  if (principal === '*') return true;
  return isObject(principal) && Array.isArray(principal.AWS) && principal.AWS.length > 0;
}

/**
 * A Deny that always takes kms:PutKeyPolicy from every IAM principal: Principal `"*"`, and no Condition or only
 * conditions on keys that IAM principals' requests never carry (aws:SourceAccount, aws:PrincipalServiceName…) that
 * are true without them (`StringNotEquals`, `…IfExists`).
 */
function deniesEveryone(statement: NormalizedStatement, path: Array<string | number>): boolean {
  if (statement.Effect !== 'Deny' || statement.NotPrincipal !== undefined) return false;
  if (isObject(statement.Condition) && !holdsForIamPrincipals(conditionEntries(statement, path))) return false;
  return namesEveryone(statement, path);
}

export default defineRule({
  id: 'kms-key-policy-lockout',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    unknownCondition: { statement: ['deniedToEveryone'] },
    unknownActions: { notAction: ['deniedToEveryone'], policy: ['noAdministrator'] },
    policyTypes: ['resource'],
    docs: { description: 'A KMS key policy (not a VPC endpoint\'s: option resourceType) allows kms:PutKeyPolicy to an IAM principal and does not deny it to everyone without a condition.' },
    messages: {
      noAdministrator: 'No statement of this key policy allows kms:PutKeyPolicy to an IAM principal, so KMS refuses it: its lockout safety check requires that the principal who sets a key policy can set it again (bypassing the check leaves a key nobody can manage); allow kms:PutKeyPolicy, e.g. through "kms:*", to the account ("arn:aws:iam::<account-id>:root") or a key administrator role.',
      deniedToEveryone: 'This Deny takes kms:PutKeyPolicy from every IAM principal, so KMS refuses the key policy: its lockout safety check requires that the principal who sets a key policy can set it again (bypassing the check leaves a key nobody can manage); exempt the key administrators, e.g. with a condition on aws:PrincipalArn.',
    },
    optionsSchema: {
      type: 'object',
      properties: { resourceType: { enum: [VPC_ENDPOINT] } },
      additionalProperties: false,
    },
  },
  given: '$',
  check(_match, context) {
    // A KMS VPC endpoint's policy reads like a key policy ("kms:Decrypt" on "*"), but never sets one.
    if (context.options.resourceType === VPC_ENDPOINT) return;
    const statements = statementsOf(context.policy);
    if (!isKeyPolicy(statements)) return;
    for (const { statement, path } of statements) {
      const grant = deniesEveryone(statement, path) ? actionGrant(statement, path, PUT_KEY_POLICY) : undefined;
      if (grant) {
        context.report({ messageId: 'deniedToEveryone', path: grant.path });
        return;
      }
    }
    const administered = statements.some(({ statement, path }) =>
      statement.Effect === 'Allow' && hasIamPrincipal(statement) && actionGrant(statement, path, PUT_KEY_POLICY) !== undefined);
    if (!administered) context.report({ messageId: 'noAdministrator', path: ['Statement'], target: 'key' });
  },
});
