/** The registry of rules, in alphabetical order (the meta-test checks it). */
import type { Rule } from '../src/engine/rule.js';
import effectValid from './effect-valid/effect-valid.js';
import jsonSyntax from './json-syntax/json-syntax.js';
import noDuplicateKeys from './no-duplicate-keys/no-duplicate-keys.js';
import noPrincipalInIdentityPolicy from './no-principal-in-identity-policy/no-principal-in-identity-policy.js';
import policyVersion from './policy-version/policy-version.js';
import sidAlphanumeric from './sid-alphanumeric/sid-alphanumeric.js';
import sidUnique from './sid-unique/sid-unique.js';

export const rules: readonly Rule[] = [
  effectValid,
  jsonSyntax,
  noDuplicateKeys,
  noPrincipalInIdentityPolicy,
  policyVersion,
  sidAlphanumeric,
  sidUnique,
];
