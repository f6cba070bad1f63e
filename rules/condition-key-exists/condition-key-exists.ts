import type { Fixer } from '../../src/engine/fixer.js';
import { defineRule } from '../../src/engine/rule.js';
import { conditionStatementMatches, denormalizePath, isObject } from '../../src/engine/normalize.js';
import { databaseLabel } from '../../src/iam/actions-db.js';
import { allowOption, isAllowed } from '../../src/iam/allow-list.js';
import { forEachCondition, resolveConditionKey, suggestConditionKey } from '../../src/iam/condition-keys.js';

/** Keys other rules report: `aws:ARN` (no-aws-arn-condition-key) and tag keys without a tag (condition-key-format). */
const OTHER_RULES = /^aws:arn$|^aws:(?:RequestTag|ResourceTag|PrincipalTag)\/?$|^[^\s:]+:[A-Za-z]*Tag\/$/i;

/**
 * What to do when no close name exists. Not "remove it": without the condition an Allow would grant more.
 */
const NO_SUGGESTION = ' Use a key that exists; if AWS added this one after the database\'s date, list it in the rule\'s "allow" option.';

export default defineRule({
  id: 'condition-key-exists',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    unknownCondition: false,
    issueCode: ['INVALID_GLOBAL_CONDITION_KEY', 'INVALID_SERVICE_CONDITION_KEY', 'INVALID_SERVICE'],
    docs: { description: 'Every condition key is a global key or a key of its service in the IAM database, or one the option allow accepts.' },
    messages: {
      unknownGlobal: 'The condition key "{{key}}" does not exist: it is not a global condition key in the IAM database ({{database}}).{{hint}}',
      unknownKey: 'The condition key "{{key}}" does not exist in the {{service}} service in the IAM database ({{database}}).{{hint}}',
      unknownService: 'The service "{{service}}" of the condition key "{{key}}" does not exist in the IAM database ({{database}}).{{hint}}',
      rename: 'Rename the key to "{{suggestion}}".',
    },
    ...allowOption('Condition key patterns to accept although the database does not know them (keys newer than the database), e.g. "bedrock:NewKey".'),
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value)) return;
    const condition = value.Condition;
    forEachCondition(value, (operator, key) => {
      const resolution = resolveConditionKey(key);
      if (resolution.kind !== 'unknownGlobal' && resolution.kind !== 'unknownKey' && resolution.kind !== 'unknownService') return;
      if (OTHER_RULES.test(key) || isAllowed(context.options, key)) return;
      const keyPath = [...path, 'Condition', operator, key];
      const suggestion = suggestConditionKey(resolution);
      const block = isObject(condition) ? condition[operator] : undefined;
      // Renaming onto a key the block already has would make a duplicate key.
      const taken = suggestion !== undefined && isObject(block) && Object.keys(block).some((k) => k.toLowerCase() === suggestion.toLowerCase());
      const colon = key.indexOf(':');
      const service = key.slice(0, colon);
      const data = { key, service: service.toLowerCase(), database: databaseLabel(), hint: suggestion ? ` Did you mean "${suggestion}"?` : NO_SUGGESTION };
      const suggest = suggestion && !taken
        ? [{ messageId: 'rename', data: { suggestion }, fix: (fixer: Fixer) => fixer.renameKey(keyPath, suggestion) }]
        : undefined;
      if (resolution.kind === 'unknownService') {
        // A substring of a property key: point at the key's own node (a path resolves to the value).
        const keyNode = context.document.propertyAt(denormalizePath(context.document.value, keyPath))?.children?.[0];
        context.report({
          messageId: 'unknownService', path: keyPath, target: 'key', node: keyNode, substring: { start: 0, length: colon },
          data: { ...data, service }, issueCode: 'INVALID_SERVICE', suggest,
        });
      } else if (resolution.kind === 'unknownGlobal') {
        context.report({ messageId: 'unknownGlobal', path: keyPath, target: 'key', data, issueCode: 'INVALID_GLOBAL_CONDITION_KEY', suggest });
      } else {
        context.report({ messageId: 'unknownKey', path: keyPath, target: 'key', data, issueCode: 'INVALID_SERVICE_CONDITION_KEY', suggest });
      }
    });
  },
});
