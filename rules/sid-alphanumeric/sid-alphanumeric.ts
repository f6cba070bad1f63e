import { defineRule } from '../../src/engine/rule.js';
import { isObject, statementsOf } from '../../src/engine/normalize.js';
import { andList } from '../../src/words.js';

const ALLOWED = /[A-Za-z0-9]/;
const VALID_SID = /^[A-Za-z0-9]+$/;

/** `" "`, `" " and "-"`, `" ", "-" and "."`. */
function listOf(chars: string[]): string {
  const quoted = chars.map((c) => JSON.stringify(c));
  return andList(quoted);
}

/** "Allow S3-read access" → "AllowS3ReadAccess": drop what IAM rejects, capitalise each following word. */
function toAlphanumeric(sid: string): string {
  let out = '';
  let boundary = false;
  for (const c of sid) {
    if (ALLOWED.test(c)) {
      out += boundary && out !== '' ? c.toUpperCase() : c;
      boundary = false;
    } else {
      boundary = true;
    }
  }
  return out;
}

export default defineRule({
  id: 'sid-alphanumeric',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    issueCode: ['UNSUPPORTED_SID', 'EMPTY_SID_VALUE'],
    docs: { description: 'A Sid is not empty and has only the characters A-Z, a-z and 0-9 (in resource policies only with the option checkResourcePolicies).' },
    messages: {
      unsupported: 'Sid "{{sid}}" contains {{chars}}; a Sid may only contain A-Z, a-z and 0-9.',
      empty: 'The Sid is empty; remove it or name the statement.',
      rename: 'Rename the Sid to "{{name}}".',
    },
    defaultOptions: { checkResourcePolicies: false },
    optionsSchema: {
      type: 'object',
      properties: { checkResourcePolicies: { type: 'boolean' } },
      additionalProperties: false,
    },
  },
  given: '$.Statement[*]',
  check({ value: statement, path }, context) {
    if (!isObject(statement)) return;
    const sid = statement.Sid;
    if (typeof sid !== 'string') return; // a missing Sid is fine; other types are the schema rule's business
    const sidPath = [...path, 'Sid'];
    if (sid === '') {
      context.report({
        messageId: 'empty', path: sidPath, severity: 'warn', issueCode: 'EMPTY_SID_VALUE',
        // A Sid never changes what a statement allows, and an empty one identifies nothing.
        fix: (fixer) => fixer.removeProperty(sidPath),
      });
      return;
    }
    // Resource policies follow their service: KMS and S3 accept spaces, SNS underscores, ECR and others more.
    if (context.policyType === 'resource' && context.options.checkResourcePolicies !== true) return;
    if (VALID_SID.test(sid)) return; // the common case, without splitting the Sid into characters
    const offending = [...new Set([...sid].filter((c) => !ALLOWED.test(c)))];
    if (offending.length === 0) return;
    const start = [...sid].findIndex((c) => !ALLOWED.test(c));
    const startUnits = [...sid].slice(0, start).join('').length;
    const others = new Set(statementsOf(context.policy).map(({ statement: s }) => s.Sid));
    let name = toAlphanumeric(sid);
    const base = name;
    for (let n = 2; name !== '' && others.has(name); n++) name = `${base}${n}`;
    context.report({
      messageId: 'unsupported',
      path: sidPath,
      substring: { start: startUnits, length: offending[0].length },
      data: { sid, chars: listOf(offending) },
      issueCode: 'UNSUPPORTED_SID',
      // Renaming is not a safe fix: tools may refer to a statement by its Sid (Terraform's
      // override_policy_documents, SQS RemovePermission labels, scripts that edit policies).
      suggest: name === '' ? [] : [{ messageId: 'rename', data: { name }, fix: (fixer) => fixer.replaceValue(sidPath, name) }],
    });
  },
});
