import { defineRule } from '../../src/engine/rule.js';
import { isObject, type NormalizedStatement } from '../../src/engine/normalize.js';
import { federatedKind, principalEntries } from '../../src/principals/principals.js';
import { hasWildcard } from '../../src/iam/glob.js';
import { reportStrayWhitespace } from '../../src/engine/stray-whitespace.js';

export default defineRule({
  id: 'trust-policy-principal',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    unknownCondition: false,
    issueCode: ['ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL', 'INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY'],
    policyTypes: ['trust'],
    docs: { description: 'A role trust policy names its principals: no bare "Principal": "*", Federated principals are provider ARNs of a 12-digit account or provider domains.' },
    messages: {
      bareWildcard: '"Principal": "*" is not supported in a role trust policy; name the principals, or write {"AWS": "*"} with conditions that restrict who may assume the role.',
      federatedSyntax: 'Federated principal "{{value}}" is not a SAML provider ARN (arn:aws:iam::<account>:saml-provider/<name>), an OIDC provider ARN (arn:aws:iam::<account>:oidc-provider/<host>) or an identity provider domain such as "accounts.google.com".',
      federatedWhitespace: 'Federated principal "{{value}}" {{where}} whitespace, and no identity provider ARN or domain has any; remove the whitespace.',
      trim: 'Remove the whitespace: "{{trimmed}}".',
      federatedAccount: 'Federated principal "{{value}}" has the account "{{account}}", which is not an account ID (12 digits), so the ARN names no identity provider; write the ID of the account that holds the provider.',
    },
  },
  given: '$.Statement[*]',
  check({ value, path }, context) {
    if (!isObject(value)) return;
    for (const entry of principalEntries(value as NormalizedStatement, path)) {
      if (entry.type === undefined) {
        context.report({ messageId: 'bareWildcard', path: entry.path, issueCode: 'ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL' });
        continue;
      }
      if (entry.type !== 'Federated' || typeof entry.value !== 'string') continue;
      // Wildcards are principal-wildcard's; variables and placeholders cannot be judged from the text.
      if (hasWildcard(entry.value) || entry.value.includes('${')) continue;
      // `"cognito-identity.amazonaws.com "`, a provider ARN with a trailing space: right but for the whitespace,
      // so one finding, at it; trimming is a suggestion, as it lets the provider's users in.
      if (reportStrayWhitespace(context, entry.value, entry.path, {
        messageId: 'federatedWhitespace', trimMessageId: 'trim', data: { value: entry.value }, issueCode: 'INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY',
      })) continue;
      if (federatedKind(entry.value) === 'invalid') {
        context.report({
          messageId: 'federatedSyntax', path: entry.path, data: { value: entry.value },
          issueCode: 'INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY',
        });
        continue;
      }
      // A provider ARN whose account is a placeholder left in (AWS's own SAML example writes
      // "arn:aws:iam::ACCOUNT-ID-WITHOUT-HYPHENS:saml-provider/PROVIDER-NAME").
      const account = /^arn:[^:]+:iam::([^:]*):/.exec(entry.value)?.[1];
      if (account !== undefined && !/^\d{12}$/.test(account)) {
        context.report({ messageId: 'federatedAccount', path: entry.path, data: { value: entry.value, account } });
      }
    }
  },
});
