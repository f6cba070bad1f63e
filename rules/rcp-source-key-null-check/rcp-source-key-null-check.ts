import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, isObject, type ConditionEntry, type NormalizedStatement } from '../../src/engine/normalize.js';
import { parseOperator, requiresSomeKey, trueWithoutKey } from '../../src/conditions/operator.js';
import { isConfusedDeputyKey, isSourceKey } from '../../src/conditions/service-keys.js';

/** Whether the entry holds for a request that lacks its key (so a Deny with it applies to that request); not `Null`. */
const holdsWithoutKey = (entry: ConditionEntry) => parseOperator(entry.operator)?.family !== 'Null' && trueWithoutKey(entry) === true;

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
    // A test that fails without a source key (aws:SourceArn too) limits the Deny to requests that carry one.
    if (requiresSomeKey(entries, isSourceKey)) return;
    const open = entries.find((entry) => isConfusedDeputyKey(entry.key) && holdsWithoutKey(entry));
    if (!open) return;
    context.report({ messageId: 'noNullCheck', path: open.keyPath, target: 'key', data: { key: open.key } });
  },
});
