import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, isObject, type NormalizedStatement } from '../../src/engine/normalize.js';
import { trueWithoutKey } from '../../src/conditions/operator.js';
import { statementCoversAction } from '../../src/conditions/values.js';
import { holdsForIamPrincipals, isServiceNameKey, isServiceOnlyKey } from '../../src/conditions/service-keys.js';
import { namesEveryone, principalEntries, reachesServices } from '../../src/principals/principals.js';
import { s3BucketArn } from '../../src/iam/resources.js';

/** The actions that change a bucket policy: a Deny of them to every IAM principal leaves only the root user able to. */
const BUCKET_POLICY_ACTIONS = ['s3:PutBucketPolicy', 's3:DeleteBucketPolicy'];

/**
 * Whether no principal of a statement's Principal can be a service principal: every entry names an account, IAM
 * principal, federated provider or canonical user, none `"*"`. False without a Principal, or with NotPrincipal.
 */
function namesNoService(statement: NormalizedStatement, path: Array<string | number>): boolean {
  return statement.NotPrincipal === undefined && principalEntries(statement, path).length > 0 && !reachesServices(statement, path);
}

/** Whether a statement's Resource covers a bucket (not only objects): `"*"`, or a bucket ARN, wildcards included. */
function coversBucket(statement: NormalizedStatement): boolean {
  const list = Array.isArray(statement.Resource) ? statement.Resource : [];
  return list.some((value) => value === '*' || (typeof value === 'string' && s3BucketArn(value)?.object === false));
}

export default defineRule({
  id: 'service-principal-key-condition',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    unknownCondition: { statement: ['bucketPolicyLockout', 'neverMatches', 'neverMatchesIdentity'] },
    unknownActions: { statement: ['bucketPolicyLockout'] },
    policyTypes: ['identity', 'resource', 'trust'],
    docs: { description: 'Keys only in service principals\' requests (aws:PrincipalServiceName, aws:SourceArn…) neither deny everyone a bucket policy nor gate an Allow to IAM principals.' },
    messages: {
      bucketPolicyLockout: '"{{operator}}" on "{{key}}" is true for every request not made by an AWS service principal (only theirs carry the key), so this Deny takes "{{action}}" from every IAM user and role, administrators included, and only the account\'s root user can change this bucket policy; exempt the administrators (e.g. "ArnNotLike": {"aws:PrincipalArn": […]}) or deny only the object actions the service needs.',
      neverMatches: '"{{operator}}" on "{{key}}" requires a key that only requests made by an AWS service principal carry, and this statement\'s principals are not service principals, so it never applies; name the service in "Principal": {"Service": …}, or remove this condition.',
      neverMatchesIdentity: '"{{operator}}" on "{{key}}" requires a key that only requests made directly by an AWS service principal carry, and an identity policy applies to the requests of its users and roles, so this statement never applies; put the condition in the resource policy that allows the service principal, or remove it.',
    },
  },
  given: '$.Statement[*]',
  check({ value, path }, context) {
    if (!isObject(value)) return;
    const statement = value as NormalizedStatement;
    const entries = conditionEntries(statement, path);
    const named = entries.filter((entry) => isServiceOnlyKey(entry.key));
    if (named.length === 0) return;
    if (statement.Effect === 'Allow') {
      // An identity policy applies to its users' and roles' requests, never to a service principal's. A statement
      // with a Principal is no identity policy's (no-principal-in-identity-policy): its type is unknown.
      const identity = context.policyType === 'identity';
      if (identity && (statement.Principal !== undefined || statement.NotPrincipal !== undefined)) return;
      if (!identity && !namesNoService(statement, path)) return;
      // A positive operator (or "Null": "false") on the key is false for every request of these principals. In a
      // resource policy, only the service-name keys: the IAM User Guide's ARN operator example allows
      // `"Principal": {"AWS": "123456789012"}` under aws:SourceArn for SNS's deliveries to an SQS queue.
      const never = named.find((entry) => (identity || isServiceNameKey(entry.key)) && trueWithoutKey(entry) === false);
      if (never) context.report({ messageId: identity ? 'neverMatchesIdentity' : 'neverMatches', path: never.keyPath, target: 'key', data: { operator: never.operator, key: never.key } });
      return;
    }
    if (statement.Effect !== 'Deny' || context.policyType !== 'resource' || !namesEveryone(statement, path)) return;
    // Only when every condition is on these keys and true without them: another key (aws:PrincipalArn,
    // aws:SourceVpc, as in AWS's own CloudTrail example) is the author's exemption for IAM principals.
    if (!holdsForIamPrincipals(entries)) return;
    // A Deny of s3:PutObject to all but a service ("only CloudTrail writes here", AWS's server access logging example)
    // is intended; one that also takes the bucket policy from everyone is a lockout.
    const action = BUCKET_POLICY_ACTIONS.find((name) => statementCoversAction(statement, name));
    if (action === undefined || !coversBucket(statement)) return;
    const entry = named[0];
    context.report({ messageId: 'bucketPolicyLockout', path: entry.keyPath, target: 'key', data: { operator: entry.operator, key: entry.key, action } });
  },
});
