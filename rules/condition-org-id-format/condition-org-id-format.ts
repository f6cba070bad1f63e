import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, conditionStatementMatches } from '../../src/engine/normalize.js';
import { parseOperator } from '../../src/conditions/operator.js';
import { hasVariable, lowerKey, show } from '../../src/conditions/values.js';
import { hasWildcard } from '../../src/iam/glob.js';

/** Condition keys whose value is the ID of an AWS Organizations organization (lower-case). */
const ORG_KEYS = new Set(['aws:principalorgid', 'aws:resourceorgid', 'aws:sourceorgid']);

/** The ID formats of the AWS Organizations API reference (Organization, Root, OrganizationalUnit, Account). */
const ORG_ID = /^o-[a-z0-9]{10,32}$/;
const OU_ID = /^ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$/;
const ROOT_ID = /^r-[a-z0-9]{4,32}$/;
const ACCOUNT_ID = /^\d{12}$/;

export default defineRule({
  id: 'condition-org-id-format',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    unknownCondition: false,
    docs: { description: 'aws:PrincipalOrgID, aws:ResourceOrgID and aws:SourceOrgID are compared with organization IDs ("o-" and 10 to 32 letters and digits).' },
    messages: {
      badOrg: 'Value {{value}} is not an organization ID; "{{key}}" holds the ID of an AWS organization, "o-" followed by 10 to 32 lower-case letters and digits (such as "o-a1b2c3d4e5"), so no request matches this value.',
      pathPart: 'Value {{value}} is the ID of {{what}}, but "{{key}}" holds the organization ID ("o-…"), so no request matches this value; to allow part of the organization, compare the organization path with "{{pathKey}}" ("o-…/r-…/ou-…/").',
      account: 'Value {{value}} is an account ID, but "{{key}}" holds the organization ID ("o-…"), so no request matches this value; compare account IDs with "{{accountKey}}".',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    for (const { operator, key, values, keyPath } of conditionEntries(value as never, path)) {
      const lower = lowerKey(key);
      if (!ORG_KEYS.has(lower) || !Array.isArray(values)) continue;
      // String operators only: Null takes true/false, and other families are the type rules' business.
      const parsed = parseOperator(operator);
      if (parsed?.family !== 'String') continue;
      // StringEqualsIgnoreCase matches "O-A1B2C3D4E5" to the organization o-a1b2c3d4e5.
      const ignoreCase = parsed.base.endsWith('IgnoreCase');
      const scope = lower.slice('aws:'.length, -'orgid'.length); // principal, resource, source
      const name = scope[0].toUpperCase() + scope.slice(1);
      values.forEach((item, index) => {
        if (typeof item !== 'string') return; // the type and schema rules' business
        const id = ignoreCase ? item.toLowerCase() : item;
        // Patterns and variables cannot be checked against the format.
        if (hasVariable(item) || hasWildcard(item) || ORG_ID.test(id)) return;
        const at = { path: [...keyPath, index] };
        if (OU_ID.test(id) || ROOT_ID.test(id)) {
          context.report({
            ...at, messageId: 'pathPart',
            data: { value: show(item), key, what: id.startsWith('ou-') ? 'an organizational unit' : 'a root', pathKey: `aws:${name}OrgPaths` },
          });
        } else if (ACCOUNT_ID.test(id)) {
          context.report({ ...at, messageId: 'account', data: { value: show(item), key, accountKey: `aws:${name}Account` } });
        } else {
          context.report({ ...at, messageId: 'badOrg', data: { value: show(item), key } });
        }
      });
    }
  },
});
