import { defineRule } from '../../src/engine/rule.js';
import { analyzeMfa, confinesToRootOrUsers } from '../../src/iam/mfa-policy.js';

const KINDS = ['user', 'group', 'role', 'permissions-boundary', 'scp', 'rcp', 'resource', 'trust'] as const;

export default defineRule({
  id: 'mfa-policy-attachment-kind',
  meta: {
    category: 'correctness',
    severity: 'warn',
    recommended: true,
    fixable: 'none',
    unknownCondition: false,
    unknownActions: false,
    docs: { description: 'A policy with a broad MFA deny is attached to IAM users or groups, not to roles, permissions boundaries, SCPs, RCPs or resources.' },
    messages: {
      scp: 'As a service control policy, this MFA deny applies to every role session without MFA in the affected accounts (they carry "aws:MultiFactorAuthPresent": "false"), including service and automation roles; attach the policy to IAM users or groups.',
      role: 'On a role, this MFA deny blocks every session that was not started with MFA, and "${aws:username}" never resolves in a role session; attach the policy to IAM users or groups.',
      boundary: 'As a permissions boundary, this policy\'s Allows cap its users at self-service even after they sign in with MFA; attach it as a user or group policy.',
      other: 'This is an MFA self-service policy for IAM users, used as a {{kind}} policy; attach it to IAM users or groups.',
    },
    defaultOptions: {},
    optionsSchema: {
      type: 'object',
      properties: {
        policyKind: {
          enum: [...KINDS],
          description: 'What the policy is attached to. Without it, the rule only uses the configured policy type (scp, rcp, resource, trust).',
        },
      },
      additionalProperties: false,
    },
  },
  given: '$',
  check(_match, context) {
    const configured = context.options.policyKind;
    const kind = typeof configured === 'string' ? configured : context.policyType === 'identity' ? undefined : context.policyType;
    if (!kind || kind === 'user' || kind === 'group') return;
    const messageId = kind === 'scp' ? 'scp' : kind === 'role' ? 'role' : kind === 'permissions-boundary' ? 'boundary' : 'other';
    // The scp and role messages are about role sessions: a deny that never reaches them is not reported.
    const denies = analyzeMfa(context.policy).broadDenies;
    const deny = messageId === 'scp' || messageId === 'role' ? denies.find((d) => !d.conditions.some(confinesToRootOrUsers)) : denies[0];
    if (!deny) return;
    context.report({ messageId, path: [...deny.path, 'Effect'], data: { kind } });
  },
});
