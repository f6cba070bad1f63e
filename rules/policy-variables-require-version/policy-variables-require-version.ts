import { defineRule } from '../../src/engine/rule.js';
import { isObject } from '../../src/engine/normalize.js';
import type { JsonPath } from '../../src/engine/types.js';
import { analyzeMfa } from '../../src/iam/mfa-policy.js';
import { policyVariables, type VariableToken } from '../../src/iam/variables.js';

const CURRENT = '2012-10-17';

export default defineRule({
  id: 'policy-variables-require-version',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    unknownCondition: false,
    unknownActions: false,
    issueCode: 'VARIABLE_UNSUPPORTED_IN_VERSION',
    docs: { description: 'A policy that uses variables has "Version": "2012-10-17".' },
    messages: {
      oldVersion: '"Version": "{{version}}" does not substitute policy variables, so "{{variable}}" is literal text and matches nothing; use "Version": "2012-10-17".',
      missingVersion: 'The policy has no "Version", so it is read as 2008-10-17 and "{{variable}}" is literal text that matches nothing; add "Version": "2012-10-17".',
    },
  },
  given: '$',
  check(_match, context) {
    const policy = context.policy;
    if (!isObject(policy) || policy.Version === CURRENT) return;
    if ('Version' in policy && policy.Version !== '2008-10-17') return; // another value: version-valid's business
    let first: { token: VariableToken; path: JsonPath } | undefined;
    for (const info of analyzeMfa(policy).statements) {
      const strings: Array<{ value: unknown; path: JsonPath }> = [...(info.resource ?? []), ...(info.notResource ?? [])];
      for (const condition of info.conditions) condition.values.forEach((value, i) => strings.push({ value, path: [...condition.keyPath, i] }));
      for (const { value, path } of strings) {
        if (typeof value !== 'string') continue;
        const [token] = policyVariables(value);
        if (token) {
          first = { token, path };
          break;
        }
      }
      if (first) break;
    }
    if (!first) return;
    if ('Version' in policy) {
      context.report({
        messageId: 'oldVersion', path: ['Version'], data: { version: policy.Version, variable: first.token.text },
        fix: (fixer) => fixer.replaceValue(['Version'], CURRENT),
      });
    } else {
      context.report({
        messageId: 'missingVersion', path: first.path, substring: first.token, data: { variable: first.token.text },
        fix: (fixer) => fixer.insertProperty([], 'Version', CURRENT, { first: true }),
      });
    }
  },
});
