import { defineRule } from '../../src/engine/rule.js';
import { canonicalJson } from '../../src/engine/canonical.js';
import { denormalizePath, statementMatches, type NormalizedPolicy, type NormalizedStatement } from '../../src/engine/normalize.js';
import { POLICY_TYPES, type PolicyType } from '../../src/engine/types.js';

/** Policy types as the message names them. */
const POLICY_KINDS: Record<PolicyType, string> = {
  identity: 'identity policies',
  resource: 'resource-based policies',
  trust: 'role trust policies',
  scp: 'service control policies',
  rcp: 'resource control policies',
};

export default defineRule({
  id: 'sid-unique',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    issueCode: ['UNIQUE_SIDS_REQUIRED', 'UNIQUE_SIDS_RECOMMENDED'],
    docs: { description: 'No two statements of a policy share a Sid.' },
    messages: {
      required: 'Sid "{{sid}}" is already used by Statement {{first}} (line {{line}}); Sids must be unique in {{policyType}}.',
      recommended: 'Sid "{{sid}}" is already used by Statement {{first}} (line {{line}}); give each statement its own Sid.',
      rename: 'Rename the Sid to "{{name}}".',
    },
    defaultOptions: { requiredIn: ['identity', 'trust'] },
    optionsSchema: {
      type: 'object',
      properties: {
        requiredIn: { type: 'array', items: { enum: [...POLICY_TYPES] }, uniqueItems: true },
      },
      additionalProperties: false,
    },
  },
  given: '$',
  check({ value }, context) {
    // The shared matches of the object statements (made once per policy for the rules that check each one).
    const statements = statementMatches(value as NormalizedPolicy);
    // The index of the first statement with each Sid; most policies have no duplicate, so the Sids in use
    // (for a free new name) are only gathered when one shows up.
    const first = new Map<string, number>();
    let sids: Set<string> | undefined;
    for (let i = 0; i < statements.length; i++) {
      const { value: statement, path } = statements[i];
      const sid = (statement as NormalizedStatement).Sid;
      // Non-string Sids are the schema rule's business; empty Sids are not identifiers (sid-alphanumeric).
      if (typeof sid !== 'string' || sid === '') continue;
      const earlierAt = first.get(sid);
      if (earlierAt === undefined) {
        first.set(sid, i);
        continue;
      }
      const earlier = statements[earlierAt];
      const required = (context.options.requiredIn as PolicyType[]).includes(context.policyType);
      sids ??= new Set(statements.map((s) => (s.value as NormalizedStatement).Sid).filter((s): s is string => typeof s === 'string'));
      const sidPath = [...path, 'Sid'];
      const same = canonicalJson(statement) === canonicalJson(earlier.value);
      const earlierSid = context.document.locate(denormalizePath(context.document.value, [...earlier.path, 'Sid']));
      const data = { sid, first: earlier.path[1] as number, line: earlierSid?.range.line, policyType: POLICY_KINDS[context.policyType] };
      let name = sid;
      for (let n = 2; sids.has(name); n++) name = `${sid}${n}`;
      sids.add(name);
      context.report({
        messageId: required ? 'required' : 'recommended',
        path: sidPath,
        data,
        severity: required ? 'error' : 'warn',
        issueCode: required ? 'UNIQUE_SIDS_REQUIRED' : 'UNIQUE_SIDS_RECOMMENDED',
        // The same statement twice grants nothing more than once: dropping the copy changes nothing.
        fix: same ? (fixer) => fixer.removeElement(path) : undefined,
        suggest: same ? [] : [{ messageId: 'rename', data: { name }, fix: (fixer) => fixer.replaceValue(sidPath, name) }],
      });
    }
  },
});
