import { createRequire as __policyLintCreateRequire } from 'node:module';
const require = __policyLintCreateRequire(import.meta.url);

// src/engine/whole-policy.ts
var WHOLE_POLICY_RULES = /* @__PURE__ */ new Set([
  "kms-key-policy-lockout",
  "mfa-action-resource-type",
  "mfa-age-deny-if-exists",
  "mfa-allow-gate-bool",
  "mfa-deactivate-requires-mfa",
  "mfa-deny-bool-if-exists",
  "mfa-deny-condition-valid",
  "mfa-deny-no-narrowing",
  "mfa-deny-present",
  "mfa-deny-resource-star",
  "mfa-device-name-pinned",
  "mfa-exempt-actions-self-scoped",
  "mfa-notaction-covers-enrollment",
  "mfa-notaction-no-credential-minting",
  "mfa-notaction-no-escape-hatch",
  "mfa-notaction-no-mfa-removal",
  "mfa-notaction-recon-exposure",
  "mfa-password-change-without-mfa",
  "mfa-policy-attachment-kind",
  "org-policy-size",
  "policy-size",
  "privilege-escalation",
  "redundant-statement",
  "resource-policy-privilege-escalation",
  "resource-policy-size",
  "self-service-resource-scope",
  "sid-unique",
  "user-path-coverage"
]);
var SOURCED_POLICY_RULES = /* @__PURE__ */ new Set([
  ...WHOLE_POLICY_RULES,
  "credentials-exposure",
  "permissions-management-actions",
  "principal-public-access",
  "sensitive-access"
]);

export {
  WHOLE_POLICY_RULES,
  SOURCED_POLICY_RULES
};
