import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, isObject, type NormalizedStatement } from '../../src/engine/normalize.js';
import { requiresSomeKey, testsBool } from '../../src/conditions/operator.js';
import { isConfusedDeputyKey, isServiceOnlyKey } from '../../src/conditions/service-keys.js';

const PRINCIPAL_KEYS = new Set(['aws:principalorgid', 'aws:principalorgpaths', 'aws:principalaccount']);
const IS_SERVICE = 'aws:PrincipalIsAWSService';

export default defineRule({
  id: 'rcp-related-condition-key',
  meta: {
    category: 'correctness',
    severity: 'warn',
    recommended: true,
    fixable: 'none',
    unknownCondition: { statement: ['principalKey', 'serviceKey'] },
    issueCode: ['RCP_MISSING_RELATED_PRINCIPAL_CONDITION_KEY', 'RCP_MISSING_RELATED_SERVICE_PRINCIPAL_CONDITION_KEY'],
    policyTypes: ['rcp'],
    docs: { description: 'An RCP Deny on principal keys (aws:PrincipalOrgID…) also tests aws:PrincipalIsAWSService "false", and one on source keys (aws:SourceOrgID…) tests it "true".' },
    messages: {
      principalKey: '"{{key}}" is absent from requests that AWS services make, so this Deny also blocks service principals; add "BoolIfExists": {"aws:PrincipalIsAWSService": "false"} to limit it to IAM principals.',
      serviceKey: '"{{key}}" is present only on requests that AWS services make for you, so this Deny also blocks your own IAM principals; add "Bool": {"aws:PrincipalIsAWSService": "true"} to limit it to service principals.',
    },
  },
  given: '$.Statement[*]',
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== 'Deny') return;
    const conditions = conditionEntries(value as NormalizedStatement, path);
    const used = (isKey: (key: string) => boolean) => conditions.find((c) => isKey(c.key) && !/^Null/i.test(c.operator));
    const principal = used((key) => PRINCIPAL_KEYS.has(key.toLowerCase()));
    if (principal && !testsBool(conditions, IS_SERVICE, 'false')) {
      context.report({
        messageId: 'principalKey', path: principal.keyPath, target: 'key', data: { key: principal.key },
        issueCode: 'RCP_MISSING_RELATED_PRINCIPAL_CONDITION_KEY',
      });
    }
    // A Deny that fails without a key only service principals send (a "Null": "false" on aws:SourceAccount, a
    // positive operator) never reaches IAM principals: the Bool would change nothing.
    const service = used(isConfusedDeputyKey);
    if (service && !testsBool(conditions, IS_SERVICE, 'true') && !requiresSomeKey(conditions, isServiceOnlyKey)) {
      context.report({
        messageId: 'serviceKey', path: service.keyPath, target: 'key', data: { key: service.key },
        issueCode: 'RCP_MISSING_RELATED_SERVICE_PRINCIPAL_CONDITION_KEY',
      });
    }
  },
});
