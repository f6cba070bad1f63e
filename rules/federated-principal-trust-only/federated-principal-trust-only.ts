import { defineRule } from '../../src/engine/rule.js';
import { isObject } from '../../src/engine/normalize.js';

export default defineRule({
  id: 'federated-principal-trust-only',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    issueCode: 'FEDERATED_PRINCIPAL_NOT_SUPPORTED',
    policyTypes: ['resource'],
    docs: { description: 'Federated principals (identity providers) appear only in role trust policies, not in resource policies.' },
    messages: {
      federated: '"Federated" principals are supported only in role trust policies; a resource policy cannot trust an identity provider. Grant access to the role that the federated users assume ("AWS": "arn:aws:iam::<account>:role/<name>").',
    },
  },
  given: '$.Statement[*]',
  check({ value, path }, context) {
    if (!isObject(value)) return;
    for (const element of ['Principal', 'NotPrincipal'] as const) {
      const principal = value[element];
      if (isObject(principal) && Object.hasOwn(principal, 'Federated')) {
        context.report({ messageId: 'federated', path: [...path, element, 'Federated'], target: 'key' });
      }
    }
  },
});
