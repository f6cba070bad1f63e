import { defineRule } from '../../src/engine/rule.js';
import { conditionStatementMatches, isObject } from '../../src/engine/normalize.js';
import { parseOperator } from '../../src/conditions/operator.js';
import { elementType, forEachCondition, resolveConditionKey } from '../../src/iam/condition-keys.js';

/** A KMS key ARN: arn:<partition>:kms:<Region>:<account>:key/<key ID> (a UUID, or mrk-… for multi-Region keys). */
const KEY_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/;

/** Keys whose value is a KMS key ARN: in the database, typed ARN and named after KMS (`s3:x-amz-server-side-encryption-aws-kms-key-id`). */
function holdsKmsKeyArn(key: string): boolean {
  if (!/kms/i.test(key)) return false;
  const resolution = resolveConditionKey(key);
  return resolution.kind === 'service' && elementType(resolution.type) === 'ARN' && /kms/i.test(key.slice(key.indexOf(':') + 1));
}

/**
 * Why a value can never be a KMS key ARN, or undefined when it may be one. Patterns with wildcards are judged
 * by their literal beginning only (what comes before the first `*` or `?`), and by an `alias/` anywhere.
 */
export function notKeyArn(value: string): 'keyId' | 'alias' | 'notKms' | undefined {
  if (/:alias\/|^alias\//i.test(value)) return 'alias';
  const wildcard = value.search(/[*?]/);
  if (wildcard < 0) {
    if (KEY_ARN.test(value)) return undefined;
    return /^(?:mrk-)?[0-9a-f-]{8,}$/i.test(value) ? 'keyId' : 'notKms';
  }
  const head = value.slice(0, wildcard);
  if (!head.startsWith('arn:')) {
    if ('arn:'.startsWith(head)) return undefined;
    return /^(?:mrk-)?[0-9a-f-]+$/i.test(head) ? 'keyId' : 'notKms';
  }
  const segments = head.split(':');
  // Complete segments are those followed by a ':' in the literal head.
  if (segments.length > 3 && segments[2] !== 'kms') return 'notKms';
  if (segments.length === 3 && !'kms'.startsWith(segments[2])) return 'notKms';
  if (segments.length > 5) {
    const resource = segments.slice(5).join(':');
    if (!resource.startsWith('key/') && !'key/'.startsWith(resource)) return 'notKms';
  }
  return undefined;
}

export default defineRule({
  id: 'condition-kms-key-arn',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    unknownCondition: false,
    issueCode: 'INVALID_KMS_KEY_VALUE',
    docs: { description: 'Condition keys that hold a KMS key ARN are compared with KMS key ARNs, not key IDs or aliases.' },
    messages: {
      keyId: '"{{value}}" is a key ID, but "{{key}}" holds the ARN of the KMS key (arn:aws:kms:<Region>:<account>:key/<key ID>): a key ID never matches it; write the key ARN.',
      alias: '"{{value}}" is an alias, but "{{key}}" holds the ARN of the KMS key (arn:aws:kms:<Region>:<account>:key/<key ID>), never of an alias; write the key ARN.',
      notKms: '"{{value}}" is not a KMS key ARN, but "{{key}}" holds the ARN of the KMS key (arn:aws:kms:<Region>:<account>:key/<key ID>): it never matches; write the key ARN.',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value)) return;
    forEachCondition(value, (operator, key, values) => {
      if (!holdsKmsKeyArn(key) || !Array.isArray(values)) return;
      const parsed = parseOperator(operator);
      if (!parsed || (parsed.family !== 'String' && parsed.family !== 'Arn')) return;
      values.forEach((item, index) => {
        if (typeof item !== 'string' || item.includes('${') || /^\*+$/.test(item)) return;
        // Whitespace around the value is condition-arn-value's finding: judged here without it.
        const trimmed = item.trim();
        const reason = notKeyArn(trimmed);
        const itemPath = [...path, 'Condition', operator, key, index];
        if (reason) context.report({ messageId: reason, path: itemPath, data: { value: item, key } });
        // A key ARN with whitespace around it matches no key as written: condition-arn-value's finding says why,
        // and this one stands when that rule is off.
        else if (trimmed !== item) context.report({ messageId: 'notKms', path: itemPath, data: { value: item, key }, deferTo: { rules: ['condition-arn-value'], paths: [itemPath] } });
      });
    });
  },
});
