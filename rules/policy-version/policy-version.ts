import { defineRule } from '../../src/engine/rule.js';
import { isObject } from '../../src/engine/normalize.js';
import { isTemplatePlaceholder } from '../../src/iam/variables.js';
import { quoted } from '../../src/words.js';

const CURRENT = '2012-10-17';
const LEGACY = '2008-10-17';
const VALID = [CURRENT, LEGACY];

/**
 * The first text that IAM would treat as a policy variable under 2012-10-17, in keys or string values.
 * Under 2008-10-17 (and without a Version) such text is literal, so switching versions changes its meaning.
 */
function firstVariable(value: unknown): string | undefined {
  // A template placeholder (`${AWS::Region}`, CloudFormation's) is not a policy variable: the template fills it in.
  if (typeof value === 'string') return value.match(/\$\{[^}]*\}?/g)?.find((text) => !isTemplatePlaceholder(text.slice(2).replace(/\}$/, '')));
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = firstVariable(item);
      if (found) return found;
    }
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const found = firstVariable(key) ?? firstVariable(item);
      if (found) return found;
    }
  }
  return undefined;
}

export default defineRule({
  id: 'policy-version',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    issueCode: ['MISSING_VERSION', 'INVALID_VERSION'],
    docs: { description: 'The policy declares "Version": "2012-10-17", the only language version that substitutes policy variables.' },
    messages: {
      missing: 'The policy has no "Version"; add "Version": "2012-10-17" (without it, IAM applies the legacy 2008-10-17 language).',
      legacy: 'Version "2008-10-17" is the legacy policy language; use "2012-10-17".',
      invalid: 'Version {{value}} is not valid; use "2012-10-17".',
      useCurrent: 'Change the Version to "2012-10-17"{{consequence}}.',
      orgMissing: 'The {{kind}} has no "Version"; AWS Organizations requires "Version": "2012-10-17" in every {{kind}}.',
      orgLegacy: 'AWS Organizations requires "Version": "2012-10-17" in every {{kind}}, not "2008-10-17".',
    },
  },
  given: '$',
  check({ value: policy }, context) {
    if (!isObject(policy) || policy.Version === CURRENT) return;
    const variable = firstVariable(policy);
    // Switching to 2012-10-17 changes nothing else that AWS documents; it only makes `${…}` text a variable.
    const changesMeaning = variable !== undefined;
    // AWS Organizations refuses an SCP or RCP whose Version is missing or 2008-10-17: an error, not a warning.
    const kind = context.policyType === 'scp' ? 'service control policy' : context.policyType === 'rcp' ? 'resource control policy' : undefined;

    if (!('Version' in policy)) {
      // "version" and other spellings are unknown elements: the schema rule reports them (with a rename).
      if (Object.keys(policy).some((key) => key.toLowerCase() === 'version')) return;
      // With `${…}` in the policy, policy-variables-require-version reports it (VARIABLE_UNSUPPORTED_IN_VERSION).
      if (changesMeaning) return;
      context.report({
        ...(kind ? { messageId: 'orgMissing', data: { kind } } : { messageId: 'missing', severity: 'warn' }), path: ['Version'], issueCode: 'MISSING_VERSION',
        fix: (fixer) => fixer.insertProperty([], 'Version', CURRENT, { first: true }),
      });
      return;
    }

    const version = policy.Version;
    if (version === CURRENT) return;
    if (version === LEGACY) {
      if (changesMeaning) return; // policy-variables-require-version reports it
      context.report({
        ...(kind ? { messageId: 'orgLegacy', data: { kind } } : { messageId: 'legacy', severity: 'warn' }), path: ['Version'], issueCode: null,
        fix: (fixer) => fixer.replaceValue(['Version'], CURRENT),
      });
      return;
    }

    const trimmed = typeof version === 'string' ? version.trim() : undefined;
    if (trimmed !== undefined && VALID.includes(trimmed)) {
      // Stray whitespace: the version the author meant is unambiguous.
      context.report({
        messageId: 'invalid', path: ['Version'], data: { value: JSON.stringify(version) }, issueCode: 'INVALID_VERSION',
        fix: (fixer) => fixer.replaceValue(['Version'], trimmed),
      });
      return;
    }
    context.report({
      messageId: 'invalid', path: ['Version'], data: { value: JSON.stringify(version) }, issueCode: 'INVALID_VERSION',
      suggest: [{
        messageId: 'useCurrent', data: { consequence: changesMeaning ? ` (IAM will then substitute ${quoted(variable)})` : '' },
        fix: (fixer) => fixer.replaceValue(['Version'], CURRENT),
      }],
    });
  },
});
