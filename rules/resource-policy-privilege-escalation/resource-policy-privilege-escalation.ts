import { defineRule } from '../../src/engine/rule.js';
import { actionGrant, type ActionGrant } from '../../src/actions/glob.js';
import { unconditionalDenyOn } from '../../src/actions/deny.js';
import { parseArn } from '../../src/arn/parse.js';
import { coversEveryResource } from '../../src/arn/roles.js';
import { conditionEntries, statementMatches, type NormalizedStatement } from '../../src/engine/normalize.js';
import { globMatches, hasWildcard } from '../../src/iam/glob.js';
import { arnPatternTokens, patternsIntersect, type Token } from '../../src/iam/resources.js';
import { onlyThroughServices } from '../../src/conditions/called-via.js';
import { limitsToValues } from '../../src/conditions/operator.js';
import { andList, quoted } from '../../src/words.js';
import { leadingCharactersTest, literalNamesPattern } from '../../src/actions/literal-names.js';

/** A bucket action that lets the principal change who may use the bucket's objects. */
interface BucketAction {
  action: string;
  /** The object actions it lets someone use on every object of the bucket. */
  unlocks: readonly string[];
  messageId: 'policy' | 'acl' | 'lifecycle';
  /** Condition keys that limit what the action may write (the ACL a request may set). */
  contentKey?: RegExp;
}

/** In order of strength: an entry that includes several is reported for the first that opens something. */
const BUCKET_ACTIONS: readonly BucketAction[] = [
  // A bucket policy can give the principal itself (or another account) any S3 action on the bucket and its objects.
  { action: 's3:PutBucketPolicy', unlocks: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'], messageId: 'policy' },
  // A bucket ACL grants accounts and groups, not IAM principals; its WRITE permission is s3:PutObject on the
  // bucket (READ lists the keys; reading an object needs the object's own ACL).
  { action: 's3:PutBucketAcl', unlocks: ['s3:PutObject'], messageId: 'acl', contentKey: /^s3:x-amz-(?:acl|grant-)/i },
  // A lifecycle rule that expires every object after a day deletes them.
  { action: 's3:PutLifecycleConfiguration', unlocks: ['s3:DeleteObject'], messageId: 'lifecycle' },
];

/** An entry that may cover an S3 action: it names the service or has a wildcard before its colon. */
const MAY_BE_S3 = /^\s*(?:s3|[^:]*[*?][^:]*)\s*(?::|$)/i;

/** The entries without a wildcard that may name a bucket action (see literalNamesPattern): most S3 entries name another. */
const MAY_NAME_BUCKET_ACTION = literalNamesPattern(BUCKET_ACTIONS.map(({ action }) => action));

/** The first look at every entry (see leadingCharactersTest): most start like no S3 action. */
const mayStartBucketAction = leadingCharactersTest(BUCKET_ACTIONS.map(({ action }) => action));

/** Whether an Action entry may cover one of the bucket actions. */
function mayCoverBucketAction(entry: string): boolean {
  return mayStartBucketAction(entry) && (hasWildcard(entry) ? MAY_BE_S3.test(entry) : MAY_NAME_BUCKET_ACTION.test(entry));
}

/** A condition key that selects buckets (by their tags): which buckets the statement reaches is not known. */
const BUCKET_TAG_KEY = /^(?:aws:ResourceTag|s3:BucketTag)\//i;

interface Statement {
  statement: NormalizedStatement;
  path: Array<string | number>;
}

/**
 * The buckets a statement's resources may name: each entry that can be a bucket ARN, with its resource part
 * (`*` for `"*"`). A bucket name has no `/`, so an entry whose resource part has one names objects or access
 * points, not buckets. NotResource stands for every bucket.
 */
function bucketsOf(statement: NormalizedStatement): Array<{ resource: string; bucket: string }> {
  if (Array.isArray(statement.NotResource)) {
    // A NotResource that leaves out every bucket (`arn:aws:s3:::*`) grants the bucket action on none.
    const none = statement.NotResource.some((r) => typeof r === 'string' && coversEveryResource(r, 's3', '*'));
    return none ? [] : [{ resource: 'NotResource', bucket: '*' }];
  }
  if (!Array.isArray(statement.Resource)) return [];
  const out: Array<{ resource: string; bucket: string }> = [];
  for (const entry of statement.Resource) {
    if (typeof entry !== 'string') continue;
    if (entry === '*') {
      out.push({ resource: entry, bucket: '*' });
      continue;
    }
    const arn = parseArn(entry);
    if (!arn || arn.resource.value.includes('/') || !globMatches(arn.service.value, 's3', { caseSensitive: true })) continue;
    out.push({ resource: entry, bucket: arn.resource.value });
  }
  return out;
}

/**
 * Whether an Allow of the policy (with or without a condition) lets the principal use `action` on every object
 * of the buckets `bucket` names: a Resource entry that covers `<bucket>/*`, or NotResource none of whose entries
 * can name one of those objects (it may leave out other buckets, their objects, or the buckets themselves).
 */
function allowedOnObjects(statements: readonly Statement[], action: string, bucket: string): boolean {
  const objects = `${bucket}/*`;
  let objectTokens: Token[] | undefined;
  return statements.some(({ statement, path }) => {
    if (statement.Effect !== 'Allow' || !actionGrant(statement, path, action)) return false;
    if (Array.isArray(statement.NotResource)) {
      // Any partition (a `*` that spells no colon), then the bucket's objects.
      objectTokens ??= arnPatternTokens(`arn:*:s3:::${objects}`, false);
      const tokens = objectTokens;
      return !statement.NotResource.some((r) => typeof r === 'string' && mayNameObject(r, tokens));
    }
    return Array.isArray(statement.Resource) && statement.Resource.some((r) => typeof r === 'string' && coversEveryResource(r, 's3', objects));
  });
}

/**
 * Whether a NotResource entry can name one of the objects `objectTokens` stands for: `*`, or an S3 ARN pattern
 * that some object ARN of the bucket matches (`arn:aws:s3:::reports/*`, `arn:aws:s3:::rep*`; not the bucket
 * `arn:aws:s3:::reports`, nor `arn:aws:s3:::other/*`). A `*` may stand for colons: in doubt, it can.
 */
function mayNameObject(entry: string, objectTokens: readonly Token[]): boolean {
  if (entry === '*') return true;
  const arn = parseArn(entry);
  if (!arn || !globMatches(arn.service.value, 's3', { caseSensitive: true })) return false;
  return patternsIntersect(arnPatternTokens(entry, true), objectTokens);
}

/** Whether an unconditional Deny of the policy takes `action` back on every bucket `bucket` names. */
function deniedOnBuckets(statements: readonly Statement[], action: string, bucket: string): boolean {
  return statements.some(({ statement, path }) => unconditionalDenyOn(statement, (r) => coversEveryResource(r, 's3', bucket))
    && actionGrant(statement, path, action) !== undefined);
}

/**
 * Whether the statement's Condition limits which buckets it reaches (their tags), what it may write (an ACL's
 * headers), or who writes it (a service other than CloudFormation, through aws:CalledVia). A tag or header
 * condition limits only when it admits just the values it lists (limitsToValues): a negated operator admits
 * every other value, `Null` any value, and `…IfExists` or `ForAllValues:` a bucket without the tag or an ACL
 * sent in the request body rather than in the headers.
 */
function scoped(statement: Statement, bucketAction: BucketAction): boolean {
  return conditionEntries(statement.statement, statement.path).some((entry) => {
    const { operator, key, values } = entry;
    if (BUCKET_TAG_KEY.test(key) || bucketAction.contentKey?.test(key) === true) return limitsToValues(entry);
    return onlyThroughServices(operator, key, values);
  });
}

/** How a finding names the grant: `"s3:PutBucketPolicy" on "…"`, `"s3:Put*" on "…", which includes s3:PutBucketPolicy,`. */
function subjectOf(grant: ActionGrant, resource: string, action: string): string {
  const on = resource === 'NotResource' ? 'with NotResource' : `on ${quoted(resource)}`;
  if (grant.kind === 'action') return `${quoted(grant.pattern)} ${on}`;
  if (grant.kind === 'wildcard') return `${quoted(grant.pattern)} ${on}, which includes ${action},`;
  return `NotAction ${on}, which allows ${action},`;
}

/** Whether the statement may grant one of the bucket actions at all (most statements name other actions). */
function mayGrantBucketAction(statement: NormalizedStatement): boolean {
  if (statement.Effect !== 'Allow') return false;
  if (Array.isArray(statement.NotAction)) return true;
  return Array.isArray(statement.Action) && statement.Action.some((entry) => typeof entry === 'string' && mayCoverBucketAction(entry));
}

export default defineRule({
  id: 'resource-policy-privilege-escalation',
  meta: {
    category: 'security',
    severity: 'warn',
    recommended: true,
    fixable: 'none',
    unknownCondition: { statement: ['policy', 'acl', 'lifecycle'] },
    unknownActions: { policy: ['policy', 'acl', 'lifecycle'] },
    policyTypes: ['identity'],
    docs: {
      description: 'An identity policy allows s3:PutBucketPolicy, s3:PutBucketAcl or s3:PutLifecycleConfiguration only where it already allows the object actions they could unlock.',
    },
    messages: {
      policy: '{{subject}} lets the principal write a bucket policy that gives itself or another account {{actions}} on every object in the bucket, which this policy does not allow; remove s3:PutBucketPolicy or allow it only on buckets whose objects the principal may already use.',
      acl: '{{subject}} lets the principal write a bucket ACL that gives another account or everyone {{actions}} on every object in the bucket, which this policy does not allow, wherever the bucket\'s ACLs are enabled (buckets created since April 2023 have them disabled unless s3:PutBucketOwnershipControls enables them); remove s3:PutBucketAcl or allow it only on buckets whose objects the principal may already write.',
      lifecycle: '{{subject}} lets the principal add a lifecycle rule that expires, and so deletes, every object in the bucket, which this policy does not allow with {{actions}}; remove s3:PutLifecycleConfiguration or allow it only on buckets whose objects the principal may already delete.',
    },
  },
  given: '$',
  check(_match, context) {
    const matches = statementMatches(context.policy);
    if (!matches.some(({ value }) => mayGrantBucketAction(value as NormalizedStatement))) return;
    const statements: Statement[] = matches.map(({ value, path }) => ({ statement: value as NormalizedStatement, path }));
    // One finding per Action entry (or NotAction key), for the strongest bucket action that opens something.
    const reported = new Set<string>();
    for (const info of statements) {
      if (!mayGrantBucketAction(info.statement)) continue;
      for (const bucketAction of BUCKET_ACTIONS) {
        const grant = actionGrant(info.statement, info.path, bucketAction.action);
        if (!grant) continue;
        const key = grant.path.join('\u0000');
        if (reported.has(key) || scoped(info, bucketAction)) continue;
        for (const { resource, bucket } of bucketsOf(info.statement)) {
          if (deniedOnBuckets(statements, bucketAction.action, bucket)) continue;
          const missing = bucketAction.unlocks.filter((action) => !allowedOnObjects(statements, action, bucket));
          if (missing.length === 0) continue;
          reported.add(key);
          context.report({
            messageId: bucketAction.messageId,
            path: grant.path,
            target: grant.kind === 'notAction' ? 'key' : 'auto',
            data: { subject: subjectOf(grant, resource, bucketAction.action), actions: andList(missing, 3) },
          });
          break;
        }
      }
    }
  },
});
