import { defineRule } from '../../src/engine/rule.js';
import { conditionStatementMatches } from '../../src/engine/normalize.js';
import { idValues, reportIdWhitespace } from '../../src/conditions/id-values.js';
import { show } from '../../src/conditions/values.js';
import { hasWildcard } from '../../src/iam/glob.js';

/** Condition keys whose value is the ID of an AWS Organizations organization (lower-case). */
const ORG_KEYS = new Set(['aws:principalorgid', 'aws:resourceorgid', 'aws:sourceorgid', 'aws:vpceorgid']);

/** Condition keys whose value is a path in an organization, "o-…/r-…/ou-…/" (lower-case). */
const PATH_KEYS = new Set(['aws:principalorgpaths', 'aws:resourceorgpaths', 'aws:sourceorgpaths', 'aws:vpceorgpaths']);

/** The ID formats of the AWS Organizations API reference (Organization, Root, OrganizationalUnit, Account). */
const ORG_ID = /^o-[a-z0-9]{10,32}$/;
const OU_ID = /^ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$/;
const ROOT_ID = /^r-[a-z0-9]{4,32}$/;
const ACCOUNT_ID = /^\d{12}$/;

/**
 * Whether a value can be an organization path, or a pattern of them: the organization ID, the root ID, then OU
 * IDs, each followed by "/". Only the segments before the first wildcard are checked, as a "*" may span several.
 */
function isOrgPath(value: string): boolean {
  const segments = value.split('/');
  for (const [i, segment] of segments.entries()) {
    if (hasWildcard(segment)) return true;
    if (i === segments.length - 1) return segment === '';
    if (!(i === 0 ? ORG_ID : i === 1 ? ROOT_ID : OU_ID).test(segment)) return false;
  }
  return true;
}

export default defineRule({
  id: 'condition-org-id-format',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    unknownCondition: false,
    docs: { description: 'aws:PrincipalOrgID, aws:ResourceOrgID, aws:SourceOrgID and aws:VpceOrgID are organization IDs ("o-" and 10 to 32 letters and digits); …OrgPaths keys are paths.' },
    messages: {
      whitespace: 'Value {{value}} {{where}} whitespace, and no organization ID or path has any; "{{key}}" holds the value without it, so no request matches this value.',
      trim: 'Remove the whitespace: "{{trimmed}}".',
      badOrg: 'Value {{value}} is not an organization ID; "{{key}}" holds the ID of an AWS organization, "o-" followed by 10 to 32 lower-case letters and digits (such as "o-a1b2c3d4e5"), so no request matches this value.',
      pathPart: 'Value {{value}} is the ID of {{what}}, but "{{key}}" holds the organization ID ("o-…"), so no request matches this value; to allow part of the organization, compare the organization path with "{{pathKey}}" ("o-…/r-…/ou-…/").',
      badPath: 'Value {{value}} is not an organization path; "{{key}}" holds paths such as "o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/": the organization ID, the root ID, then organizational unit IDs, each followed by "/", so no request matches this value.',
      account: 'Value {{value}} is an account ID, but "{{key}}" holds the organization ID ("o-…"), so no request matches this value; compare account IDs with "{{accountKey}}".',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    for (const found of idValues(value as never, path, ORG_KEYS)) {
      if (reportIdWhitespace(context, found, 'whitespace', 'trim')) continue;
      const { key, lower, operator, item, path: at } = found;
      // StringEqualsIgnoreCase matches "O-A1B2C3D4E5" to the organization o-a1b2c3d4e5.
      const id = operator.base.endsWith('IgnoreCase') ? item.toLowerCase() : item;
      if (ORG_ID.test(id)) continue;
      const scope = lower.slice('aws:'.length, -'orgid'.length); // principal, resource, source, vpce
      const name = scope[0].toUpperCase() + scope.slice(1);
      if (OU_ID.test(id) || ROOT_ID.test(id)) {
        context.report({
          path: at, messageId: 'pathPart',
          data: { value: show(item), key, what: id.startsWith('ou-') ? 'an organizational unit' : 'a root', pathKey: `aws:${name}OrgPaths` },
        });
      } else if (ACCOUNT_ID.test(id)) {
        context.report({ path: at, messageId: 'account', data: { value: show(item), key, accountKey: `aws:${name}Account` } });
      } else {
        context.report({ path: at, messageId: 'badOrg', data: { value: show(item), key } });
      }
    }
    // Paths are mostly patterns ("o-…/r-…/ou-…/*"): read those too.
    for (const found of idValues(value as never, path, PATH_KEYS, { patterns: true })) {
      if (reportIdWhitespace(context, found, 'whitespace', 'trim')) continue;
      const { key, operator, item, path: at } = found;
      if (item === '') continue;
      const text = operator.base.endsWith('IgnoreCase') ? item.toLowerCase() : item;
      if (!isOrgPath(text)) context.report({ path: at, messageId: 'badPath', data: { value: show(item), key } });
    }
  },
});
