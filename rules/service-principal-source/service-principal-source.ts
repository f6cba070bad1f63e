import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, isObject, type ConditionEntry, type NormalizedStatement } from '../../src/engine/normalize.js';
import { limitsToValuesIn, parseOperator } from '../../src/conditions/operator.js';
import { principalEntries } from '../../src/principals/principals.js';
import { hasWildcard } from '../../src/iam/glob.js';
import { quoted, strayWhitespace } from '../../src/words.js';
import { splitArn } from '../../src/iam/resources.js';

/** Keys that tie a service principal's request to your resource, account or organization. */
/** `lambda:EventSourceToken`: the token (an Alexa skill's ID) Lambda requires of the service, which binds it to one source. */
const SOURCE_KEYS = new Set(['aws:sourcearn', 'aws:sourceaccount', 'aws:sourceorgid', 'aws:sourceorgpaths', 'aws:sourceowner', 'lambda:eventsourcetoken']);
/** AWS KMS binds a service's use of a key to your resources through the encryption context. */
const SOURCE_KEY_PREFIXES = ['kms:encryptioncontext:'];
/** Keys about the caller's network or browser, which describe the service's own request, not your resource. */
const NETWORK_KEYS = new Set(['aws:sourceip', 'aws:sourcevpc', 'aws:sourcevpce', 'aws:vpcsourceip', 'aws:referer']);

const isSourceKey = (key: string) => SOURCE_KEYS.has(key) || SOURCE_KEY_PREFIXES.some((prefix) => key.startsWith(prefix));

/**
 * A condition that restricts whose behalf the service acts on: a source key the condition requires, with the
 * values it lists (limitsToValuesIn). Not one under a negated operator (`ArnNotLike`, `StringNotEquals`), which lets
 * every source in but those listed; nor `…IfExists` or `ForAllValues:`, true for a request without the key (the
 * source keys are only in requests a service makes on behalf of a resource); nor `Null`, which only tests whether
 * the key is there. An operator IAM does not know counts (condition-operator-type reports it).
 */
const isSourceCondition = (c: ConditionEntry, all: readonly ConditionEntry[]) => isSourceKey(c.key.toLowerCase())
  && (parseOperator(c.operator) === undefined || limitsToValuesIn(c, all));

/** Why a source key under a positive operator that does not require it restricts nothing; undefined for the others. */
function notRequired(c: ConditionEntry, all: readonly ConditionEntry[]): string | undefined {
  const operator = parseOperator(c.operator);
  if (!isSourceKey(c.key.toLowerCase()) || operator === undefined || operator.negated || isSourceCondition(c, all)) return undefined;
  return operator.family === 'Null' ? 'only tests whether the key is present' : 'is true for a request without the key';
}

/**
 * An S3 bucket ARN (`arn:aws:s3:::bucket`, or with `*` for its empty Region and account) names no account:
 * bucket names are global, and a name its owner gives up can be taken by another account. One with a Region
 * (`arn:aws:s3:us-east-1:*:accesspoint/ap`), an account or a resource type (`accesspoint/`) is no bucket's.
 */
const isAccountlessS3Arn = (value: unknown) => {
  const arn = typeof value === 'string' ? splitArn(value) : undefined;
  return arn !== undefined && arn.service.value === 's3' && /^\**$/.test(arn.region.value) && /^\**$/.test(arn.account.value)
    // A bucket name has no "/": `accesspoint/ap` (with `*` for its Region and account) is an access point's ARN.
    && !arn.resource.value.replace(/\$\{[^}]*\}/g, '').includes('/');
};

export default defineRule({
  id: 'service-principal-source',
  meta: {
    category: 'security',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    unknownCondition: { statement: ['missingSource', 'sourceNotRequired', 'bucketOnly'] },
    issueCode: ['RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL', 'RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL'],
    policyTypes: ['resource', 'trust'],
    docs: { description: 'An Allow to a service principal is conditioned on whose behalf it acts (aws:SourceArn… in resource policies), not on network keys such as aws:SourceIp.' },
    messages: {
      missingSource: 'Service principal "{{service}}" is granted access without a source condition, so the service can be made to use it on behalf of any account (the confused deputy problem); add "aws:SourceArn", "aws:SourceAccount", "aws:SourceOrgID" or "aws:SourceOrgPaths".',
      sourceNotRequired: 'Service principal "{{service}}" is granted access on "{{key}}" under "{{operator}}", which {{why}}, so it does not restrict on whose behalf the service acts (the confused deputy problem); use an operator that requires the key, such as "StringEquals" or "ArnLike".',
      bucketOnly: '"{{key}}" names S3 buckets only, and a bucket ARN has no account: if a bucket is deleted, another account can create one of the same name and have the service act for it here; add "aws:SourceAccount" with the account that owns the buckets.',
      networkKey: '"{{key}}" describes the network the service itself calls from, not whose resource it acts for; to restrict {{services}}, use "aws:SourceArn", "aws:SourceAccount", "aws:SourceOrgID" or "aws:SourceOrgPaths" instead.',
    },
  },
  given: '$.Statement[*]',
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== 'Allow') return;
    const statement = value as NormalizedStatement;
    const principals = principalEntries(statement, path);
    const services = principals.filter((entry): entry is typeof entry & { value: string } =>
      entry.type === 'Service' && typeof entry.value === 'string' && !hasWildcard(entry.value) && !entry.value.includes('${'));
    if (services.length === 0) return;
    const conditions = conditionEntries(statement, path);

    const sourceKeys = conditions.filter((c) => isSourceCondition(c, conditions));
    if (context.policyType === 'resource' && sourceKeys.length === 0) {
      // A source key that is there but not required gets its own message: the generic one would ask to add it.
      const unrequired = conditions.find((c) => notRequired(c, conditions) !== undefined);
      for (const entry of services) {
        context.report({
          issueCode: 'RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL', path: entry.path,
          ...(unrequired
            ? { messageId: 'sourceNotRequired', data: { service: entry.value, key: unrequired.key, operator: unrequired.operator, why: notRequired(unrequired, conditions) } }
            : { messageId: 'missingSource', data: { service: entry.value } }),
          // A principal with whitespace around it (`" sns.amazonaws.com"`) names no service: the finding on it is
          // service-principal-format's.
          deferTo: strayWhitespace(entry.value) ? { rules: ['service-principal-format'], paths: [entry.path] } : undefined,
        });
      }
    }

    // AWS documents aws:SourceAccount beside an S3 bucket's aws:SourceArn (Lambda's AddPermission, S3 event
    // notifications to SNS and SQS): the source ARN alone binds the service to a bucket name, not to its owner.
    if (context.policyType === 'resource' && sourceKeys.length > 0
      && sourceKeys.every((c) => c.key.toLowerCase() === 'aws:sourcearn' && c.values.length > 0 && c.values.every(isAccountlessS3Arn))) {
      for (const condition of sourceKeys) {
        context.report({ messageId: 'bucketOnly', path: condition.keyPath, target: 'key', severity: 'warn', data: { key: condition.key } });
      }
    }

    // Network keys are only pointless when every principal of the statement is a service.
    if (services.length !== principals.length) return;
    const names = services.map((entry) => quoted(entry.value)).join(', ');
    for (const condition of conditions) {
      if (!NETWORK_KEYS.has(condition.key.toLowerCase())) continue;
      context.report({
        messageId: 'networkKey', path: condition.keyPath, target: 'key', severity: 'warn',
        issueCode: 'RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL', data: { key: condition.key, services: names },
      });
    }
  },
});
