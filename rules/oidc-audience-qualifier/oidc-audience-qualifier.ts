import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, isObject, statementMatches } from '../../src/engine/normalize.js';
import { parseOperator } from '../../src/conditions/operator.js';
import { lowerKey } from '../../src/conditions/values.js';

/** Audience keys whose claim is documented as a single value: the Cognito identity pool ID, the Google client ID. */
const SINGLE_VALUED_AUDIENCE = new Set(['cognito-identity.amazonaws.com:aud', 'accounts.google.com:aud']);

export default defineRule({
  id: 'oidc-audience-qualifier',
  meta: {
    category: 'security',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    unknownCondition: false,
    issueCode: ['FORANYVALUE_WITH_AUDIENCE_CLAIM_TYPE', 'CONFIRM_AUDIENCE_CLAIM_TYPE'],
    docs: { description: 'Web identity audience keys (…:aud) are compared without set qualifiers unless the token really carries several audiences.' },
    messages: {
      singleValued: '"{{key}}" holds one audience, but "{{operator}}" compares it as a set; use "{{plain}}".',
      confirm: '"{{operator}}" compares "{{key}}" as a set of audiences; confirm that your identity provider sends several, and if it sends one, use "{{plain}}".',
      dropQualifier: 'Rename "{{operator}}" to "{{plain}}".',
    },
  },
  given: statementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || !isObject(value.Condition)) return;
    const condition = value.Condition;
    for (const { operator, key, keyPath, operatorPath } of conditionEntries(value, path)) {
      const lower = lowerKey(key);
      // `<provider>:aud`: a provider with a dot (a host name), not a service prefix such as `saml:aud`.
      const colon = lower.lastIndexOf(':');
      if (!lower.endsWith(':aud') || !lower.slice(0, colon).includes('.')) continue;
      const parsed = parseOperator(operator);
      if (!parsed?.qualifier) continue;
      const single = SINGLE_VALUED_AUDIENCE.has(lower);
      // ForAllValues on a single-valued key is FORALLVALUES_WITH_SINGLE_VALUED_KEY, a database-backed check.
      if (single && parsed.qualifier !== 'ForAnyValue') continue;
      const plain = operator.slice(parsed.qualifier.length + 1);
      const block = condition[operator];
      const alone = isObject(block) && Object.keys(block).length === 1 && !Object.hasOwn(condition, plain);
      context.report({
        messageId: single ? 'singleValued' : 'confirm', path: keyPath, target: 'key', data: { key, operator, plain },
        issueCode: single ? 'FORANYVALUE_WITH_AUDIENCE_CLAIM_TYPE' : 'CONFIRM_AUDIENCE_CLAIM_TYPE',
        severity: single ? undefined : 'warn',
        suggest: alone ? [{ messageId: 'dropQualifier', data: { operator, plain }, fix: (fixer) => fixer.renameKey(operatorPath, plain) }] : undefined,
      });
    }
  },
});
