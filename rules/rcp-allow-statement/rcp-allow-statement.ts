import { defineRule } from '../../src/engine/rule.js';
import { isObject } from '../../src/engine/normalize.js';

export default defineRule({
  id: 'rcp-allow-statement',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    unknownCondition: false,
    unknownActions: false,
    issueCode: 'RCP_SYNTAX_ERROR_ALLOW',
    policyTypes: ['rcp'],
    docs: { description: 'An Allow statement of a resource control policy is exactly "Action": "*" on "Resource": "*", with no NotResource or Condition.' },
    messages: {
      allowAction: 'RCP Allow statements accept only "Action": "*", not "{{value}}"; RCPs restrict access with Deny statements.',
      allowResource: 'RCP Allow statements accept only "Resource": "*", not "{{value}}"; RCPs restrict access with Deny statements.',
      allowNotResource: 'RCP Allow statements cannot use "NotResource"; write "Resource": "*" and restrict access with a Deny statement.',
      allowCondition: 'RCP Allow statements cannot have a "Condition"; move the condition to a Deny statement.',
    },
  },
  given: '$.Statement[*]',
  check({ value: statement, path }, context) {
    if (!isObject(statement) || statement.Effect !== 'Allow') return;
    for (const [element, messageId] of [['Action', 'allowAction'], ['Resource', 'allowResource']] as const) {
      const list = statement[element];
      if (!Array.isArray(list)) continue;
      const index = list.findIndex((entry) => entry !== '*');
      if (index >= 0) {
        context.report({ messageId, path: [...path, element, index], data: { value: typeof list[index] === 'string' ? list[index] : JSON.stringify(list[index]) } });
      }
    }
    if (Object.hasOwn(statement, 'NotResource')) context.report({ messageId: 'allowNotResource', path: [...path, 'NotResource'], target: 'key' });
    if (Object.hasOwn(statement, 'Condition')) context.report({ messageId: 'allowCondition', path: [...path, 'Condition'], target: 'key' });
  },
});
