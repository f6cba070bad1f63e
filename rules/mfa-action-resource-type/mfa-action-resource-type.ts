import { defineRule } from '../../src/engine/rule.js';
import { actionInfo, type ActionResourceType } from '../../src/iam/database.js';
import { parseArn } from '../../src/arn/parse.js';
import { hasWildcard } from '../../src/iam/glob.js';
import { analyzeMfa, expandSet, grantingResourceTypes, resourcesGrant, selfUserArn } from '../../src/iam/mfa-policy.js';
import { ENROLLMENT_ACTIONS } from '../../src/iam/mfa-sets.js';
import { ARN_SYNTAX_RULES } from '../../src/iam/resources.js';
import { andList, quoted } from '../../src/words.js';

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
      noMatchingResources: '{{actions}} act on {{types}} resources ({{format}}), and no Resource of this statement is one, so this statement grants them nothing; add "{{example}}".',
      noResource: '"{{action}}" does not act on a resource and is only granted with "Resource": "*", so this statement grants it nothing.',
      noResources: '{{actions}} do not act on a resource and are only granted with "Resource": "*", so this statement grants them nothing.',
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
      // One finding per kind of missing resource, at the Resource: it is what does not fit these actions.
      const groups = new Map<string, { actions: string[]; error: boolean; data: Record<string, unknown>; services: string[] }>();
      for (const entry of info.action) {
        if (hasWildcard(entry.value) || !/^(iam|sts):/i.test(entry.value)) continue;
        const details = actionInfo(entry.value);
        if (!details) continue;
        let key = 'noResource';
        let data: Record<string, unknown> = {};
        let services: string[] = [];
        if (details.resourceTypes.length > 0) {
          if (resourcesGrant(resources, details.fullName)) continue;
          const candidates = grantingResourceTypes(details.resourceTypes);
          services = candidates.flatMap((type) => type.arnFormats.map((format) => format.split(':')[2]));
          data = {
            types: candidates.map((type) => type.name).join(' or '),
            format: candidates.flatMap((type) => type.arnFormats).join(', '),
            example: example(candidates[0]),
          };
          key = `noMatchingResource ${data.types}`;
        }
        const group = groups.get(key) ?? { actions: [], error: false, data, services };
        groups.set(key, group);
        if (group.actions.includes(details.fullName)) continue;
        group.actions.push(details.fullName);
        // A missing enrollment action leaves users unable to enroll; a no-resource action is never that.
        if (key !== 'noResource' && enrollment.includes(details.fullName)) group.error = true;
      }
      const at = info.resource.length === 1 ? { path: info.resource[0].path } : { path: [...info.path, 'Resource'], target: 'key' as const };
      for (const [key, { actions, error, data, services }] of groups) {
        const one = actions.length === 1;
        const messageId = key === 'noResource' ? (one ? 'noResource' : 'noResources') : one ? 'noMatchingResource' : 'noMatchingResources';
        // An entry of the types' service that an ARN rule reports (`arn:aws:iam::*:users/${aws:username}`) may
        // be meant as one of them: that finding, at the entry, is the one to fix (as in action-resource-type).
        // An action that takes only "*" needs it whatever the entries say.
        const meant = key === 'noResource' ? [] : info.resource.filter((r) => {
          const service = parseArn(r.value)?.service.value;
          return service === undefined || services.includes(service);
        });
        context.report({ messageId, ...at, severity: error ? undefined : 'warn',
          data: { ...data, action: actions[0], actions: andList(actions.map((action) => quoted(action))) },
          deferTo: meant.length > 0 ? { rules: ARN_SYNTAX_RULES, paths: meant.map((r) => r.path) } : undefined });
      }
    }
  },
});
