import { defineRule } from '../../src/engine/rule.js';
import { isObject } from '../../src/engine/normalize.js';

const ELEMENTS = ['Principal', 'NotPrincipal'] as const;

export default defineRule({
  id: 'no-principal-in-identity-policy',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    issueCode: 'UNSUPPORTED_PRINCIPAL',
    policyTypes: ['identity'],
    docs: { description: 'Identity policies have no Principal or NotPrincipal: they apply to the identity they are attached to.' },
    messages: {
      unsupported: '"{{element}}" is not allowed in an identity policy; remove it, or lint this file as a resource or trust policy.',
      remove: 'Remove "{{element}}" (the statement then applies to every identity the policy is attached to).',
    },
  },
  given: '$.Statement[*]',
  check({ value: statement, path }, context) {
    if (!isObject(statement)) return;
    for (const element of ELEMENTS) {
      if (!(element in statement)) continue;
      const elementPath = [...path, element];
      context.report({
        messageId: 'unsupported', path: elementPath, target: 'key', data: { element },
        // Not a safe fix: the author may have meant to limit the statement to that principal, or the file may
        // really be a resource policy; removing the element changes who the statement applies to.
        suggest: [{ messageId: 'remove', data: { element }, fix: (fixer) => fixer.removeProperty(elementPath) }],
      });
    }
  },
});
