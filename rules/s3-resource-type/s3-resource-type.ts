import { defineRule } from '../../src/engine/rule.js';
import { isObject, statementMatches, type NormalizedStatement } from '../../src/engine/normalize.js';
import { actionResourceTypes } from '../../src/iam/database.js';
import { hasWildcard } from '../../src/iam/glob.js';
import { s3BucketArn, splitArn } from '../../src/iam/resources.js';

type Kind = 'bucket' | 'object';

const BUCKET_FORMAT = 'arn:${Partition}:s3:::${BucketName}';
const OBJECT_FORMAT = 'arn:${Partition}:s3:::${BucketName}/${ObjectName}';

/** An entry of a kind, trimmed, and whether it was written with whitespace around it. */
interface Listed { entry: string; padded: boolean }

/**
 * What the Resource entries of a statement can be, as S3 buckets and objects: undefined when some entry
 * could be anything or another S3 resource type ("*", a wildcard service, an access point, a variable in the
 * bucket), so that nothing is reported. Entries of other services add nothing. `paddedIndexes` holds the indexes of the
 * entries with whitespace around them.
 */
function s3Kinds(resources: readonly unknown[]): { kinds: Set<Kind>; bucket?: Listed; object?: Listed; paddedIndexes: number[] } | undefined {
  const kinds = new Set<Kind>();
  let bucket: Listed | undefined;
  let object: Listed | undefined;
  const paddedIndexes: number[] = [];
  for (const [index, written] of resources.entries()) {
    if (typeof written !== 'string') return undefined;
    // An entry with whitespace around it (arn-format's finding) counts as the kind it is without it, and is quoted
    // without it, only when no entry of its kind is written without: `"arn:aws:s3:::bucket /*"` is no example.
    const entry = written.trim();
    const listed = { entry, padded: entry !== written };
    if (listed.padded) paddedIndexes.push(index);
    const arn = splitArn(entry);
    if (!arn) return undefined;
    const service = arn.service.value;
    if (hasWildcard(service) || service.includes('${')) return undefined;
    if (service !== 's3') continue;
    // Regional S3 ARNs are access points, jobs, Storage Lens...: other resource types.
    const s3 = s3BucketArn(entry);
    if (!s3) return undefined;
    // In IAM patterns `*` and `?` also match "/", and a variable's value may hold one: either kind.
    if (s3.bucket.includes('${') || hasWildcard(s3.bucket)) return undefined;
    if (!s3.object) {
      kinds.add('bucket');
      if (!bucket || (bucket.padded && !listed.padded)) bucket = listed;
    } else {
      kinds.add('object');
      if (!object || (object.padded && !listed.padded)) object = listed;
    }
  }
  return { kinds, bucket, object, paddedIndexes };
}

/** `s3:<name>` without wildcards or variables; the prefix compared by character codes, as this runs for every Action entry. */
function isLiteralS3Action(action: unknown): action is string {
  return typeof action === 'string' && action.length > 3 && (action.charCodeAt(0) | 0x20) === 0x73 && action.charCodeAt(1) === 0x33 &&
    action.charCodeAt(2) === 0x3a && !hasWildcard(action) && !action.includes('${');
}

/** The kinds, bucket and object, an S3 action acts on (an action that takes other types, or only "*", has none). */
function actionKinds(action: string): Kind[] {
  const kinds: Kind[] = [];
  for (const type of actionResourceTypes(action)) {
    if (type.name === 'bucket' || type.name === 'object') kinds.push(type.name);
  }
  return kinds;
}

export default defineRule({
  id: 's3-resource-type',
  meta: {
    category: 'correctness',
    severity: 'warn',
    recommended: true,
    fixable: 'none',
    unknownActions: false,
    docs: { description: 'S3 actions are given resources of the type they act on: bucket actions a bucket ARN, object actions an object ARN.' },
    messages: {
      needsObject: '"{{action}}" acts on objects ({{format}}), but this statement names only buckets, such as "{{listed}}", so it does not apply to "{{action}}"; add "{{example}}" to Resource.',
      needsBucket: '"{{action}}" acts on buckets ({{format}}), but this statement names only objects, such as "{{listed}}", so it does not apply to "{{action}}"; add "{{example}}" to Resource.',
    },
  },
  given: statementMatches,
  check({ value, path }, context) {
    if (!isObject(value)) return;
    const { Action: actions, Resource: resources } = value as NormalizedStatement;
    if (!Array.isArray(actions) || !Array.isArray(resources) || 'NotAction' in value || 'NotResource' in value) return;
    // Most statements name no literal S3 action: decided before the Resource entries are read.
    let found = false;
    for (let i = 0; i < actions.length && !found; i++) found = isLiteralS3Action(actions[i]);
    if (!found) return;
    const listed = s3Kinds(resources);
    if (!listed || listed.kinds.size !== 1) return;
    actions.forEach((action, index) => {
      if (!isLiteralS3Action(action)) return;
      const kinds = actionKinds(action);
      if (kinds.length === 0 || kinds.some((kind) => listed.kinds.has(kind))) return;
      const needsObject = kinds.includes('object');
      const { entry: quoted, padded } = (needsObject ? listed.bucket : listed.object)!;
      // The ARN's first "/" ends the bucket name (the fields before it hold none).
      const example = needsObject ? `${quoted}/*` : quoted.slice(0, quoted.indexOf('/'));
      context.report({
        messageId: needsObject ? 'needsObject' : 'needsBucket',
        path: [...path, 'Action', index],
        data: { action, format: needsObject ? OBJECT_FORMAT : BUCKET_FORMAT, listed: quoted, example },
        // Only entries with whitespace around them: their whitespace is the finding until it is removed (and this
        // one stands when arn-format is off).
        deferTo: padded ? { rules: ['arn-format'], paths: listed.paddedIndexes.map((i) => [...path, 'Resource', i]) } : undefined,
      });
    });
  },
});
