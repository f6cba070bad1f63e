import { defineRule } from '../../src/engine/rule.js';
import { filePath } from '../../src/iam/mfa-fixes.js';
import { analyzeMfa } from '../../src/iam/mfa-policy.js';
import { andList } from '../../src/words.js';

export default defineRule({
  id: 'mfa-deny-resource-star',
  meta: {
    category: 'security',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    unknownCondition: false,
    unknownActions: false,
    docs: { description: 'A broad MFA deny (NotAction or "Action": "*") applies to "Resource": "*", never through NotResource.' },
    messages: {
      scoped: 'The MFA deny only covers {{resources}}, so every other resource stays usable without MFA; use "Resource": "*".',
      notResource: 'The MFA deny uses NotResource, so {{resources}} stay{{s}} usable without MFA; use "Resource": "*".',
      useStar: 'Deny on "Resource": "*".',
    },
  },
  given: '$',
  check(_match, context) {
    for (const deny of analyzeMfa(context.policy).broadDenies) {
      const { statement, path } = deny;
      if (statement.NotResource !== undefined) {
        const listed = (deny.notResource ?? []).map((r) => JSON.stringify(r.value));
        context.report({
          messageId: 'notResource', path: [...path, 'NotResource'], target: 'key',
          data: { resources: andList(listed) || 'the listed resources', s: listed.length === 1 ? 's' : '' },
          suggest: [{ messageId: 'useStar', fix: (fixer) => {
            const at = filePath(context, [...path, 'NotResource']);
            return [fixer.renameKey(at, 'Resource'), fixer.replaceValue(at, '*')];
          } }],
        });
        continue;
      }
      if (!Array.isArray(statement.Resource) || statement.Resource.some((r) => r === '*')) continue;
      context.report({
        messageId: 'scoped', path: [...path, 'Resource'],
        data: { resources: andList(statement.Resource.map((r) => JSON.stringify(r))) },
        suggest: [{ messageId: 'useStar', fix: (fixer) => fixer.replaceValue(filePath(context, [...path, 'Resource']), '*') }],
      });
    }
  },
});
