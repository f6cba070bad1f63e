import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { conditionEntries, conditionStatementMatches, isObject, type NormalizedStatement } from '../../src/engine/normalize.js';
import { parseOperator } from '../../src/conditions/operator.js';
import { lowerKey } from '../../src/conditions/values.js';
import { booleanOf } from '../../src/iam/mfa-policy.js';
import { globMatches, hasWildcard } from '../../src/iam/glob.js';
import { s3BucketArn } from '../../src/iam/resources.js';

const SECURE_TRANSPORT = 'aws:securetransport';

export default defineRule({
  id: 'secure-transport-condition',
  meta: {
    category: 'security',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    unknownCondition: { statement: ['denySecure'] },
    unknownActions: false,
    docs: { description: 'aws:SecureTransport is "false" only in a Deny, "true" in a Deny only beside another condition, and an S3 Deny on "false" names the bucket and its objects.' },
    messages: {
      allowInsecure: 'This Allow applies only to requests sent without TLS ("aws:SecureTransport" is "false" for plain HTTP), so it grants access over unencrypted HTTP and to nothing else; to require TLS, use "true" here, or deny "false" in a Deny statement.',
      denySecure: 'This Deny applies only to requests sent over TLS ("aws:SecureTransport" is "true" for HTTPS), so it blocks encrypted requests and lets plain HTTP through; use "false" to deny requests without TLS.',
      bucketOnly: 'This Deny of requests without TLS covers bucket "{{bucket}}" but not its objects, so object requests over plain HTTP (GetObject, PutObject) are not denied; add "{{missing}}" to Resource.',
      objectsOnly: 'This Deny of requests without TLS covers the objects of bucket "{{bucket}}" but not the bucket, so bucket requests over plain HTTP (ListBucket, PutBucketPolicy) are not denied; add "{{missing}}" to Resource.',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value)) return;
    const statement = value as NormalizedStatement;
    for (const entry of conditionEntries(statement, path)) {
      if (lowerKey(entry.key) !== SECURE_TRANSPORT) continue;
      const operator = parseOperator(entry.operator);
      // Bool and BoolIfExists only (the key is always in the request); qualifiers and other operators are other rules' business.
      if (!operator || operator.family !== 'Bool' || operator.qualifier !== undefined || entry.values.length !== 1) continue;
      const secure = booleanOf(entry.values[0]);
      if (secure === undefined) continue;
      const at = [...entry.keyPath, 0];
      if (statement.Effect === 'Allow' && !secure) context.report({ messageId: 'allowInsecure', path: at });
      else if (statement.Effect === 'Deny' && secure) {
        // Another key narrows the Deny to some encrypted requests, on purpose: "true" with s3:TlsVersion below
        // 1.2 denies old TLS versions, beside the Deny of plain HTTP.
        if (!hasOtherKey(statement, path)) context.report({ messageId: 'denySecure', path: at });
      }
      else if (statement.Effect === 'Deny' && !secure) checkS3Coverage(statement, path, context);
    }
  },
});

/** Whether the statement's Condition tests a key besides aws:SecureTransport. */
function hasOtherKey(statement: NormalizedStatement, path: Array<string | number>): boolean {
  return conditionEntries(statement, path).some((entry) => lowerKey(entry.key) !== SECURE_TRANSPORT);
}

/**
 * AWS's TLS-only bucket policy lists the bucket and its objects (`arn:aws:s3:::b` and `arn:aws:s3:::b/*`): each
 * literal bucket named only one way leaves the other kind of request open. Patterns that cover both
 * (`arn:aws:s3:::b*`, `*`) are fine.
 */
function checkS3Coverage(statement: NormalizedStatement, path: Array<string | number>, context: RuleContext): void {
  const list: unknown[] = Array.isArray(statement.Resource) ? statement.Resource : [];
  const resources = list.filter((r): r is string => typeof r === 'string');
  if (statement.NotAction || !Array.isArray(statement.Action) || !statement.Action.some((a) => typeof a === 'string' && /^(s3:|\*)/i.test(a))) return;
  const covered = (arn: string) => resources.some((pattern) => globMatches(pattern, arn, { caseSensitive: true }));
  // Indexes into the Resource list as written (a non-string entry, the schema rule's error, keeps its place).
  list.forEach((resource, index) => {
    if (typeof resource !== 'string') return;
    const parts = s3BucketArn(resource);
    if (!parts || hasWildcard(parts.bucket) || parts.bucket.includes('${')) return;
    const bucketArn = `arn:${parts.partition}:s3:::${parts.bucket}`;
    const objectArn = `${bucketArn}/*`;
    if (!parts.object && !covered(`${bucketArn}/some-object`)) {
      context.report({ messageId: 'bucketOnly', path: [...path, 'Resource', index], severity: 'warn', data: { bucket: parts.bucket, missing: objectArn } });
    } else if (parts.object && resource === objectArn && !covered(bucketArn)) {
      context.report({ messageId: 'objectsOnly', path: [...path, 'Resource', index], severity: 'warn', data: { bucket: parts.bucket, missing: bucketArn } });
    }
  });
}
