import { defineRule } from '../../src/engine/rule.js';
import { isObject, type NormalizedStatement } from '../../src/engine/normalize.js';
import { principalEntries } from '../../src/principals/principals.js';

/** IAM unique IDs: a four-letter prefix that names the kind of entity, then upper-case letters and digits. */
const UNIQUE_IDS = [
  { prefix: 'AROA', kind: 'role', messageId: 'roleId', issueCode: 'INVALID_ROLE_REFERENCE' },
  { prefix: 'AIDA', kind: 'user', messageId: 'userId', issueCode: 'INVALID_USER_REFERENCE' },
] as const;

export default defineRule({
  id: 'principal-unique-id',
  meta: {
    category: 'correctness',
    severity: 'warn',
    recommended: true,
    fixable: 'none',
    issueCode: ['INVALID_ROLE_REFERENCE', 'INVALID_USER_REFERENCE'],
    policyTypes: ['resource', 'trust'],
    docs: { description: 'Principals name roles and users by ARN, not by unique ID (AROA…, AIDA…).' },
    messages: {
      roleId: 'Principal "{{value}}" is an IAM role\'s unique ID; write the role ARN (arn:aws:iam::<account>:role/<name>). IAM shows an ID here when the role was deleted, and a recreated role gets a new ID that this policy will not match.',
      userId: 'Principal "{{value}}" is an IAM user\'s unique ID; write the user ARN (arn:aws:iam::<account>:user/<name>). IAM shows an ID here when the user was deleted, and a recreated user gets a new ID that this policy will not match.',
    },
  },
  given: '$.Statement[*]',
  check({ value, path }, context) {
    if (!isObject(value)) return;
    for (const element of ['Principal', 'NotPrincipal'] as const) {
      for (const entry of principalEntries(value as NormalizedStatement, path, element)) {
        if (entry.type !== 'AWS' || typeof entry.value !== 'string') continue;
        const id = entry.value;
        const match = UNIQUE_IDS.find((u) => id.startsWith(u.prefix) && /^[A-Z0-9]{20,128}$/.test(id));
        if (match) context.report({ messageId: match.messageId, path: entry.path, issueCode: match.issueCode, data: { value: id } });
      }
    }
  },
});
