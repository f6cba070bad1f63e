import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, statementMatches } from '../../src/engine/normalize.js';
import { keyIs } from '../../src/conditions/values.js';

const REPLACEMENTS = ['aws:PrincipalArn', 'aws:SourceArn'];

export default defineRule({
  id: 'no-aws-arn-condition-key',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    unknownCondition: false,
    issueCode: 'UNSUPPORTED_GLOBAL_CONDITION_KEY',
    docs: { description: 'The unsupported condition key aws:ARN is not used; aws:PrincipalArn or aws:SourceArn replace it.' },
    messages: {
      unsupported: 'Condition key "{{key}}" is not supported (it is never in the request context); use "aws:PrincipalArn" (the caller) or "aws:SourceArn" (the resource that makes a service-to-service request).',
      replace: 'Replace "{{key}}" with "{{replacement}}".',
    },
  },
  given: statementMatches,
  check({ value, path }, context) {
    const entries = conditionEntries(value as never, path);
    for (const { key, keyPath, operatorPath } of entries) {
      if (!keyIs(key, 'aws:ARN')) continue;
      const taken = (name: string) => entries.some((e) => e.operatorPath === operatorPath && keyIs(e.key, name));
      context.report({
        messageId: 'unsupported', path: keyPath, target: 'key', data: { key },
        // Which replacement is right depends on intent, and either one starts matching requests: suggestions only.
        suggest: REPLACEMENTS.filter((replacement) => !taken(replacement)).map((replacement) => ({
          messageId: 'replace', data: { key, replacement }, fix: (fixer) => fixer.renameKey(keyPath, replacement),
        })),
      });
    }
  },
});
