/**
 * The rules whose verdict on a statement depends on the policy's other statements, for readers that lint a
 * policy whose set of statements is not all in the text they read (Terraform's `dynamic` blocks and source
 * documents) or not all in one place (a Serverless function role that inherits the provider's statements).
 */

/**
 * The rules whose findings hold for the policy's whole set of statements: what it lacks (an MFA deny, a
 * statement that keeps the key's account in control), what several statements make together (an escalation
 * path, a repeated Sid) and its size. A `dynamic "statement"` is rendered once, but its `for_each` may give the
 * policy none of it or several copies: such a document is linted without these rules (every other rule judges
 * a statement, or an element, as the file writes it).
 */
export const WHOLE_POLICY_RULES: ReadonlySet<string> = new Set([
  'kms-key-policy-lockout', 'mfa-action-resource-type', 'mfa-age-deny-if-exists', 'mfa-allow-gate-bool',
  'mfa-deactivate-requires-mfa', 'mfa-deny-bool-if-exists', 'mfa-deny-condition-valid', 'mfa-deny-no-narrowing',
  'mfa-deny-present', 'mfa-deny-resource-star', 'mfa-device-name-pinned', 'mfa-exempt-actions-self-scoped',
  'mfa-notaction-covers-enrollment', 'mfa-notaction-no-credential-minting', 'mfa-notaction-no-escape-hatch',
  'mfa-notaction-no-mfa-removal', 'mfa-notaction-recon-exposure', 'mfa-password-change-without-mfa',
  'mfa-policy-attachment-kind', 'org-policy-size', 'policy-size', 'privilege-escalation', 'redundant-statement',
  'resource-policy-privilege-escalation', 'resource-policy-size', 'self-service-resource-scope', 'sid-unique',
  'user-path-coverage',
]);

/**
 * The rules not run on a document merged from sources the file does not define (`source_policy_documents =
 * [var.base]`): WHOLE_POLICY_RULES, and those that let a Deny of another statement close what an Allow grants
 * (a source may hold that Deny). Every other rule judges a statement by itself, and the document's own
 * statements are all in the policy: the provider lets them replace a source's statement with their sid.
 */
export const SOURCED_POLICY_RULES: ReadonlySet<string> = new Set([
  ...WHOLE_POLICY_RULES, 'credentials-exposure', 'permissions-management-actions', 'principal-public-access', 'sensitive-access',
]);
