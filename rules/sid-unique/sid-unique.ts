import { defineRule } from '../../src/engine/rule.js';
import { canonicalJson } from '../../src/engine/canonical.js';
import { denormalizePath, statementsOf, type NormalizedPolicy } from '../../src/engine/normalize.js';
import { POLICY_TYPES, type PolicyType } from '../../src/engine/types.js';

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
      required: 'Sid "{{sid}}" is already used by statement {{first}} (line {{line}}); Sids must be unique in {{policyType}} policies.',
      recommended: 'Sid "{{sid}}" is already used by statement {{first}} (line {{line}}); give each statement its own Sid.',
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
    const statements = statementsOf(value as NormalizedPolicy);
    const required = (context.options.requiredIn as PolicyType[]).includes(context.policyType);
    const sids = new Set(statements.map(({ statement }) => statement.Sid).filter((sid) => typeof sid === 'string'));
    const first = new Map<string, { index: number; path: Array<string | number>; statement: unknown }>();
    for (const { statement, path } of statements) {
      const sid = statement.Sid;
      // Non-string Sids are the schema rule's business; empty Sids are not identifiers (sid-alphanumeric).
      if (typeof sid !== 'string' || sid === '') continue;
      const earlier = first.get(sid);
      if (!earlier) {
        first.set(sid, { index: path[1] as number, path, statement });
        continue;
      }
      const sidPath = [...path, 'Sid'];
      const same = canonicalJson(statement) === canonicalJson(earlier.statement);
      const earlierSid = context.document.locate(denormalizePath(context.document.value, [...earlier.path, 'Sid']));
      const data = { sid, first: earlier.index, line: earlierSid?.range.line, policyType: context.policyType };
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
