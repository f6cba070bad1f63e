import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, isObject, type ConditionEntry, type NormalizedStatement } from '../../src/engine/normalize.js';
import { falseWhenKeyMissing, parseOperator } from '../../src/conditions/operator.js';

/** The keys of the confused-deputy pattern: present only on requests a service makes on behalf of a resource. */
const SOURCE_KEYS = new Set(['aws:sourceorgid', 'aws:sourceorgpaths', 'aws:sourceaccount']);
/** A test that fails without one of these keys limits the statement to requests that carry source keys. */
const GUARD_KEYS = new Set([...SOURCE_KEYS, 'aws:sourcearn']);

/** Whether the entry holds for a request that lacks its key (so a Deny with it applies to that request). */
const holdsWithoutKey = (entry: ConditionEntry) => {
  const operator = parseOperator(entry.operator);
  return operator !== undefined && operator.family !== 'Null' && !falseWhenKeyMissing(operator, entry.values);
};

/** Whether the entry fails for a request that lacks its key: `Null` "false", or a positive operator without IfExists. */
const requiresKey = (entry: ConditionEntry) => {
  const operator = parseOperator(entry.operator);
  return operator !== undefined && entry.values.length > 0 && falseWhenKeyMissing(operator, entry.values);
};

export default defineRule({
  id: 'rcp-source-key-null-check',
  meta: {
    category: 'correctness',
    severity: 'warn',
    recommended: true,
    fixable: 'none',
    unknownCondition: { statement: ['noNullCheck'] },
    issueCode: 'RCP_MISSING_SERVICE_CONDITION_KEY_NULL_CHECK',
    policyTypes: ['rcp'],
    docs: { description: 'An RCP Deny on aws:SourceOrgID, aws:SourceOrgPaths or aws:SourceAccount applies only to requests with the key: "Null": {"aws:SourceAccount": "false"}.' },
    messages: {
      noNullCheck: '"{{key}}" is absent from the requests of AWS services that do not send source keys (such as a service assuming a service role), so this Deny blocks them too; add "Null": {"aws:SourceAccount": "false"} to apply it only to requests that carry aws:SourceAccount.',
    },
  },
  given: '$.Statement[*]',
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== 'Deny') return;
    const entries = conditionEntries(value as NormalizedStatement, path);
    if (entries.some((entry) => GUARD_KEYS.has(entry.key.toLowerCase()) && requiresKey(entry))) return;
    const open = entries.find((entry) => SOURCE_KEYS.has(entry.key.toLowerCase()) && holdsWithoutKey(entry));
    if (!open) return;
    context.report({ messageId: 'noNullCheck', path: open.keyPath, target: 'key', data: { key: open.key } });
  },
});
