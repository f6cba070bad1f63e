import { defineRule } from '../../src/engine/rule.js';
import {
  conditionEntries, isObject, statementsOf, type ConditionEntry, type NormalizedPolicy, type NormalizedStatement,
} from '../../src/engine/normalize.js';
import { parseOperator, type OperatorFamily } from '../../src/conditions/operator.js';
import { namesEveryone, principalEntries } from '../../src/principals/principals.js';
import { globMatches, hasWildcard, listCovered } from '../../src/iam/glob.js';
import { quoted } from '../../src/words.js';

/** How a key's values name the caller, which decides when a value pins someone. */
type KeyKind = 'account' | 'id' | 'orgPath' | 'arn' | 'userid' | 'ip' | 'serviceFlag' | 'mountTarget';

/**
 * Keys that say who the caller is (or the network it calls from): a positive condition on one of them with
 * fixed values limits "*" to those callers. Lower-case, as condition keys compare case-insensitively.
 */
const RESTRICTING: Record<string, KeyKind> = {
  'aws:principalaccount': 'account',
  'aws:sourceaccount': 'account',
  'aws:sourceowner': 'account',
  'kms:calleraccount': 'account',
  's3:dataaccesspointaccount': 'account',
  'aws:principalorgid': 'id',
  'aws:sourceorgid': 'id',
  'aws:sourcevpc': 'id',
  'aws:sourcevpce': 'id',
  'aws:principalservicename': 'id',
  'aws:principalorgpaths': 'orgPath',
  'aws:sourceorgpaths': 'orgPath',
  'aws:principalarn': 'arn',
  'aws:sourcearn': 'arn',
  's3:dataaccesspointarn': 'arn',
  'aws:userid': 'userid',
  'aws:sourceip': 'ip',
  'aws:principalisawsservice': 'serviceFlag',
  // Amazon EFS: a request through a mount target, reached only from the file system's VPC (and the networks
  // connected to it). EFS counts a policy that grants only with it as not public ("Blocking public access",
  // Amazon EFS User Guide); the EFS console's preset policies and CDK's default policy use it with "*".
  'elasticfilesystem:accessedviamounttarget': 'mountTarget',
};

/** The operator families that compare each kind of key as intended (others are condition-operator-type's). */
const FAMILIES: Record<KeyKind, readonly OperatorFamily[]> = {
  account: ['String'],
  id: ['String'],
  orgPath: ['String'],
  arn: ['Arn', 'String'],
  userid: ['String'],
  ip: ['IpAddress'],
  serviceFlag: ['Bool'],
  mountTarget: ['Bool'],
};

/** Keys that look as if they restrict the caller but do not, with the reason for the message. */
const NOT_RESTRICTING: Record<string, string> = {
  'sts:externalid': 'an external ID is no secret: anyone who can read the role sees it',
  'aws:username': 'any account can create a user of that name',
  'kms:viaservice': 'principals of any account can call AWS KMS through that service',
  'aws:calledvia': 'principals of any account can call through that service',
  'aws:calledviafirst': 'principals of any account can call through that service',
  'aws:calledvialast': 'principals of any account can call through that service',
  'aws:resourceaccount': 'it names the account that owns the resource, not the caller\'s',
  's3:resourceaccount': 'it names the account that owns the resource, not the caller\'s',
  'aws:vpcsourceip': 'private addresses repeat in the VPCs of every account unless "aws:SourceVpc" is also checked',
  // The IAM User Guide's warnings on both keys: callers "can use modified or custom browsers to provide any" value.
  'aws:referer': 'the caller sets it in an HTTP header and can send any value it chooses',
  'aws:useragent': 'the caller sets it in an HTTP header and can send any value it chooses',
};

const isVariable = (value: string) => value.includes('${');

/**
 * A CloudFormation template's placeholder (`${AWS::AccountId}`, `${Ref::OrgId}`): the template fills in one
 * value, which the text does not show, so it is read as a fixed one (as the reader drops findings on them).
 */
const TEMPLATE_PLACEHOLDERS = /\$\{[^}]*::[^}]*\}/g;

/**
 * The variables that name the resource owner's account or organization, which no caller can choose: a key that
 * names the caller's account or organization compared with one of them pins callers to the owner's own account
 * or organization (AWS's IAM Identity Center key policy: `"aws:PrincipalOrgID": "${aws:ResourceOrgID}"`).
 */
const OWNER_VARIABLES: Record<string, string> = {
  'aws:principalaccount': '${aws:resourceaccount}',
  'aws:sourceaccount': '${aws:resourceaccount}',
  'aws:sourceowner': '${aws:resourceaccount}',
  'kms:calleraccount': '${aws:resourceaccount}',
  's3:dataaccesspointaccount': '${aws:resourceaccount}',
  'aws:principalorgid': '${aws:resourceorgid}',
  'aws:sourceorgid': '${aws:resourceorgid}',
};

/** Whether one condition value of `key` pins a caller (an account, an organization, an identity, a network). */
function valueRestricts(kind: KeyKind, raw: unknown, key: string): boolean {
  if (kind === 'serviceFlag' || kind === 'mountTarget') return raw === true || (typeof raw === 'string' && raw.toLowerCase() === 'true');
  if (typeof raw !== 'string' && typeof raw !== 'number') return false;
  const value = String(raw).replace(TEMPLATE_PLACEHOLDERS, 'placeholder');
  if (typeof raw === 'string' && OWNER_VARIABLES[key] === value.trim().toLowerCase()) return true;
  if (value === '' || isVariable(value)) return false;
  switch (kind) {
    case 'account':
    case 'id':
      return !hasWildcard(value);
    case 'orgPath': {
      const org = value.split('/')[0];
      return org !== '' && !hasWildcard(org);
    }
    case 'userid': {
      const id = value.split(':')[0];
      return id !== '' && !hasWildcard(id);
    }
    case 'ip':
      return !/\/0+$/.test(value.trim());
    case 'arn': {
      if (!hasWildcard(value)) return true;
      const parts = value.split(':');
      if (parts.length < 6 || parts[0] !== 'arn') return false;
      const [, , service, , account] = parts;
      const resource = parts.slice(5).join(':');
      // A bucket's ARN has no Region or account, so `arn:aws:s3:*:*:name` (as Amazon S3 documents its event
      // notification policies) names the same one bucket as `arn:aws:s3:::name`.
      if (service === 's3' && /^[^/:*?]+$/.test(resource)) return true;
      if (account !== '') return !hasWildcard(account);
      // No account (an S3 bucket or access point): the service and some of the name must be fixed.
      return !hasWildcard(service) && resource.replace(/[*?]/g, '') !== '';
    }
  }
}

type Verdict = { restricts: true } | { restricts: false; reason: string } | undefined;

/** Whether one condition entry limits who the caller is; undefined for keys that are about something else. */
function judge(entry: ConditionEntry): Verdict {
  const key = entry.key.toLowerCase();
  const weak = NOT_RESTRICTING[key];
  if (weak !== undefined) return { restricts: false, reason: weak };
  const kind = RESTRICTING[key];
  if (kind === undefined) return undefined;
  const operator = parseOperator(entry.operator);
  if (!operator) return undefined; // not an operator: condition-operator-valid
  if (operator.family === 'Null') return { restricts: false, reason: '"Null" only tests whether the key is present' };
  if (operator.negated) return { restricts: false, reason: `${quoted(entry.operator)} matches every value but those listed` };
  if (operator.ifExists) return { restricts: false, reason: `${quoted(entry.operator)} lets requests without the key through, and anonymous requests carry no principal keys` };
  if (operator.qualifier === 'ForAllValues') return { restricts: false, reason: `${quoted(entry.operator)} is true when the key is missing` };
  if (!FAMILIES[kind].includes(operator.family)) return { restricts: false, reason: `${quoted(entry.operator)} does not compare this key as intended` };
  const values = Array.isArray(entry.values) ? entry.values : [entry.values];
  // No value under a positive operator: the condition never matches, so the statement allows no one
  // (condition-empty-values reports the empty list).
  if (values.length === 0) return { restricts: true };
  const open = values.find((value) => !valueRestricts(kind, value, key));
  if (open !== undefined) return { restricts: false, reason: `the value ${JSON.stringify(open)} matches callers of any account` };
  return { restricts: true };
}

/**
 * Whether one entry of a Deny shuts out every caller but those its values pin: a negated operator (with or
 * without IfExists, which is true when the key is missing, as for anonymous requests) on a key that names
 * the caller, in the family that compares it, without a set qualifier.
 */
function fences(entry: ConditionEntry): boolean {
  const key = entry.key.toLowerCase();
  const kind = RESTRICTING[key];
  if (kind === undefined || kind === 'serviceFlag' || kind === 'mountTarget') return false;
  const operator = parseOperator(entry.operator);
  if (!operator || !operator.negated || operator.qualifier !== undefined || !FAMILIES[kind].includes(operator.family)) return false;
  const values = Array.isArray(entry.values) ? entry.values : [entry.values];
  return values.length > 0 && values.every((value) => valueRestricts(kind, value, key));
}

/** `"BoolIfExists": { "aws:PrincipalIsAWSService": "false" }`: leaves AWS service principals out of a Deny. */
function exemptsServices(entry: ConditionEntry): boolean {
  const operator = parseOperator(entry.operator);
  const values = Array.isArray(entry.values) ? entry.values : [entry.values];
  return entry.key.toLowerCase() === 'aws:principalisawsservice' && operator?.family === 'Bool' && !operator.negated &&
    operator.qualifier === undefined && values.length === 1 && String(values[0]).toLowerCase() === 'false';
}

const strings = (list: unknown): string[] | undefined =>
  Array.isArray(list) && list.every((item) => typeof item === 'string') ? list : undefined;

/** Whether every entry of `inner` is matched by some pattern of `outer`. */
const covered = (inner: string[], outer: string[], caseSensitive: boolean) =>
  listCovered(inner, outer, (pattern, entry) => globMatches(pattern, entry, { caseSensitive }));

/**
 * Whether a Deny of the same policy closes the Allow to everyone but pinned callers: it applies to every
 * principal, to all of the Allow's actions and resources, and each entry of its Condition is a negated test
 * of a key that names the caller (or the exemption of AWS service principals). A Deny with any other
 * condition (a tag, aws:ViaAWSService) has exceptions that any account could meet, so it does not count.
 */
function closedByDeny(allow: NormalizedStatement, policy: NormalizedPolicy): boolean {
  const allowActions = allow.NotAction !== undefined ? ['*'] : strings(allow.Action);
  const allowResources = allow.NotResource !== undefined ? ['*'] : allow.Resource === undefined ? ['*'] : strings(allow.Resource);
  if (!allowActions || !allowResources) return false;
  return statementsOf(policy).some(({ statement, path }) => {
    if (statement.Effect !== 'Deny' || statement.NotAction !== undefined || statement.NotResource !== undefined) return false;
    if (statement.NotPrincipal !== undefined) return false;
    const everyone = namesEveryone(statement, path);
    if (!everyone) return false;
    const actions = strings(statement.Action);
    const resources = statement.Resource === undefined ? ['*'] : strings(statement.Resource);
    if (!actions || !resources || !covered(allowActions, actions, false) || !covered(allowResources, resources, true)) return false;
    const entries = conditionEntries(statement, path);
    return entries.some(fences) && entries.every((entry) => fences(entry) || exemptsServices(entry));
  });
}

/**
 * A VPC endpoint policy limits what callers may do through an endpoint reached only from its VPC (and the
 * networks connected to it): its usual "Principal": "*" (AWS's default endpoint policy) makes nothing public.
 */
const VPC_ENDPOINT = 'AWS::EC2::VPCEndpoint';

export default defineRule({
  id: 'principal-public-access',
  meta: {
    category: 'security',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    unknownCondition: { statement: ['trust', 'trustWeak', 'resource', 'resourceWeak'] },
    unknownActions: { deny: ['trust', 'trustWeak', 'resource', 'resourceWeak'] },
    policyTypes: ['resource', 'trust'],
    docs: { description: 'An Allow to every principal ("*" or "AWS": "*") has a condition that limits who the caller is, except in a VPC endpoint policy (option resourceType).' },
    messages: {
      trust: '"AWS": "*" lets any AWS account in the world assume this role, as no condition limits who the caller is; name the trusted accounts or roles in Principal, or add a condition on "aws:PrincipalAccount", "aws:PrincipalOrgID" or "aws:PrincipalArn".',
      trustWeak: '"AWS": "*" lets any AWS account in the world assume this role: the condition on "{{key}}" does not limit who the caller is, as {{reason}}; name the trusted accounts or roles in Principal, or add a condition on "aws:PrincipalAccount", "aws:PrincipalOrgID" or "aws:PrincipalArn".',
      resource: '{{principal}} makes the actions of this statement public, open to anyone including anonymous users, as no condition limits who the caller is; name the principals, or add a condition on "aws:PrincipalAccount", "aws:PrincipalOrgID", "aws:SourceVpce" or "aws:SourceIp".',
      resourceWeak: '{{principal}} makes the actions of this statement public, open to anyone including anonymous users: the condition on "{{key}}" does not limit who the caller is, as {{reason}}; name the principals, or add a condition on "aws:PrincipalAccount", "aws:PrincipalOrgID", "aws:SourceVpce" or "aws:SourceIp".',
    },
    optionsSchema: {
      type: 'object',
      properties: { resourceType: { enum: [VPC_ENDPOINT] } },
      additionalProperties: false,
    },
  },
  given: '$.Statement[*]',
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== 'Allow') return;
    if (context.options.resourceType === VPC_ENDPOINT) return;
    const statement = value as NormalizedStatement;
    const trust = context.policyType === 'trust';
    // A bare "*" is rejected in a trust policy (trust-policy-principal); only "AWS": "*" is valid there.
    const everyone = principalEntries(statement, path).filter((entry) =>
      entry.value === '*' && (entry.type === 'AWS' || (entry.type === undefined && !trust)));
    if (everyone.length === 0) return;

    let weak: { key: string; reason: string } | undefined;
    for (const entry of conditionEntries(statement, path)) {
      const verdict = judge(entry);
      if (verdict?.restricts) return;
      if (verdict && !weak) weak = { key: entry.key, reason: verdict.reason };
    }
    if (closedByDeny(statement, context.policy)) return;
    for (const entry of everyone) {
      const principal = entry.type === undefined ? '"Principal": "*"' : '"AWS": "*"';
      context.report({
        messageId: trust ? (weak ? 'trustWeak' : 'trust') : (weak ? 'resourceWeak' : 'resource'),
        path: entry.path,
        severity: trust ? 'error' : 'warn',
        data: { principal, key: weak?.key, reason: weak?.reason },
      });
    }
  },
});
