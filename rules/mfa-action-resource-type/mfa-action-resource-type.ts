import { defineRule } from '../../src/engine/rule.js';
import { actionInfo, type ActionResourceType } from '../../src/iam/database.js';
import { hasWildcard } from '../../src/iam/glob.js';
import { analyzeMfa, expandSet, resourceMatchesFormat, selfUserArn } from '../../src/iam/mfa-policy.js';
import { ENROLLMENT_ACTIONS } from '../../src/iam/mfa-sets.js';

/** A Resource to suggest for a resource type. */
function example(type: ActionResourceType): string {
  if (type.name === 'user') return selfUserArn();
  if (type.name === 'mfa') return 'arn:aws:iam::*:mfa/*';
  return (type.arnFormats[0] ?? '').replace('${Partition}', 'aws').replace(/\$\{[^}]*\}/g, '*');
}

export default defineRule({
  id: 'mfa-action-resource-type',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    unknownCondition: false,
    unknownActions: false,
    docs: { description: 'In an MFA self-service policy, each IAM or STS action an Allow names without a wildcard has a resource of a type it acts on, or "*".' },
    messages: {
      noMatchingResource: '"{{action}}" acts on {{types}} resources ({{format}}), and no Resource of this statement is one, so this statement grants it nothing; add "{{example}}".',
      noResource: '"{{action}}" does not act on a resource and is only granted with "Resource": "*", so this statement grants it nothing.',
    },
  },
  given: '$',
  check(_match, context) {
    const analysis = analyzeMfa(context.policy);
    // Self-service policies, with or without MFA: an MFA condition, or `${aws:username}` somewhere.
    if (!analysis.family && !analysis.usernameScoped) return;
    const enrollment = expandSet(ENROLLMENT_ACTIONS);
    for (const info of analysis.statements) {
      if (info.effect !== 'Allow' || !info.action || !info.resource || info.resource.length === 0) continue;
      const resources = info.resource.map((r) => r.value);
      if (resources.some((r) => /^\*+$/.test(r))) continue;
      for (const entry of info.action) {
        if (hasWildcard(entry.value) || !/^(iam|sts):/i.test(entry.value)) continue;
        const details = actionInfo(entry.value);
        if (!details) continue;
        if (details.resourceTypes.length === 0) {
          context.report({ messageId: 'noResource', path: entry.path, severity: 'warn', data: { action: details.fullName } });
          continue;
        }
        const required = details.resourceTypes.filter((type) => type.required);
        const candidates = required.length > 0 ? required : details.resourceTypes;
        if (resources.some((r) => candidates.some((type) => type.arnFormats.some((format) => resourceMatchesFormat(r, format))))) continue;
        context.report({
          messageId: 'noMatchingResource', path: entry.path,
          severity: enrollment.includes(details.fullName) ? undefined : 'warn',
          data: {
            action: details.fullName,
            types: candidates.map((type) => type.name).join(' or '),
            format: candidates.flatMap((type) => type.arnFormats).join(', '),
            example: example(candidates[0]),
          },
        });
      }
    }
  },
});
