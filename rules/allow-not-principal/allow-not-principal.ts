import { defineRule } from '../../src/engine/rule.js';
import { isObject } from '../../src/engine/normalize.js';

export default defineRule({
  id: 'allow-not-principal',
  meta: {
    category: 'security',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    issueCode: 'ALLOW_WITH_NOT_PRINCIPAL',
    policyTypes: ['resource'],
    docs: { description: 'An Allow statement of a resource policy names its principals with Principal, never with NotPrincipal.' },
    messages: {
      allowNotPrincipal: '"Effect": "Allow" with NotPrincipal grants access to every principal not listed, including anonymous users and other accounts; name the principals in Principal instead (NotPrincipal belongs in a Deny).',
    },
  },
  given: '$.Statement[*]',
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== 'Allow' || !Object.hasOwn(value, 'NotPrincipal')) return;
    context.report({ messageId: 'allowNotPrincipal', path: [...path, 'NotPrincipal'], target: 'key' });
  },
});
