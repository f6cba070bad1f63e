import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, conditionStatementMatches } from '../../src/engine/normalize.js';

/** `service:keyname`: a prefix without spaces or colons (OIDC providers may have dots and slashes), a colon, a name. */
const KEY_FORMAT = /^[^\s:]+:[^]+$/;
/** Tag keys whose tag name is missing: `aws:ResourceTag`, `aws:RequestTag/`, `s3:ExistingObjectTag/`, … */
const GLOBAL_TAG_KEY = /^aws:(?:RequestTag|ResourceTag|PrincipalTag)\/?$/i;
const SERVICE_TAG_PREFIX = /^[^\s:]+:[A-Za-z]*Tag\/$/i;
/** A tag key and its tag name: `aws:ResourceTag/team`, `ec2:ResourceTag/kubernetes.io/cluster/*`, … */
const TAG_KEY = /^[^\s:]+:[A-Za-z]*Tag\/(.+)$/i;

/**
 * Whether a key may be one of GLOBAL_TAG_KEY or SERVICE_TAG_PREFIX: those end in "/" or "tag" in any ASCII case
 * (without the `u` flag, `/i` never matches a non-ASCII character to an ASCII one). Nearly no key does, and this
 * spares the two regexes for every key of the policy.
 */
function mayLackTagName(key: string): boolean {
  const n = key.length;
  if (key.charCodeAt(n - 1) === 0x2f) return true;
  // `c | 0x20` is the code of a letter's lower case: "t", "a", "g" or their capitals.
  return n >= 3 && (key.charCodeAt(n - 3) | 0x20) === 0x74 && (key.charCodeAt(n - 2) | 0x20) === 0x61 && (key.charCodeAt(n - 1) | 0x20) === 0x67;
}

export default defineRule({
  id: 'condition-key-format',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    unknownCondition: false,
    issueCode: ['INVALID_CONDITION_KEY_FORMAT', 'MISSING_TAG_KEY_IN_CONDITION'],
    docs: { description: 'Condition keys have the form service:keyname, and tag keys name a tag.' },
    messages: {
      badFormat: 'Condition key {{key}} is not of the form service:keyname (for example "aws:SourceIp" or "s3:prefix").',
      missingTagKey: 'Condition key "{{key}}" names no tag; write "{{prefix}}/<tag-key>", for example "{{prefix}}/team".',
      wildcardTagKey: 'Condition key "{{key}}" has a wildcard in its tag name, but IAM compares condition key names as written: it tests the tag named "{{tag}}", not the tags that name matches; name the tag in full.',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    for (const { key, keyPath } of conditionEntries(value as never, path)) {
      if (mayLackTagName(key) && (GLOBAL_TAG_KEY.test(key) || SERVICE_TAG_PREFIX.test(key))) {
        const prefix = key.endsWith('/') ? key.slice(0, -1) : key;
        context.report({ messageId: 'missingTagKey', path: keyPath, target: 'key', data: { key, prefix }, issueCode: 'MISSING_TAG_KEY_IN_CONDITION' });
      } else if (!KEY_FORMAT.test(key)) {
        context.report({ messageId: 'badFormat', path: keyPath, target: 'key', data: { key: JSON.stringify(key) }, issueCode: 'INVALID_CONDITION_KEY_FORMAT' });
      } else if (key.includes('*') || key.includes('?')) {
        // `*` and `?` are wildcards in condition values, never in keys: such a key tests the tag of that very name.
        const tag = TAG_KEY.exec(key)?.[1];
        if (tag && /[*?]/.test(tag) && !tag.includes('${')) {
          context.report({ messageId: 'wildcardTagKey', path: keyPath, target: 'key', data: { key, tag }, severity: 'warn' });
        }
      }
    }
  },
});
