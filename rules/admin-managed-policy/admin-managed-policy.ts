import { defineRule } from '../../src/engine/rule.js';

/** The message id the readers report with (src/iam/policy-arns.ts). */
export const ADMIN_MANAGED_POLICY_MESSAGE_ID = 'adminPolicy';

/**
 * Like managed-policy-exists, reported by the CloudFormation, Terraform and Serverless readers on the managed
 * policies they attach (src/iam/policy-arns.ts), not on a policy document: its `given` selects nothing.
 */
export default defineRule({
  id: 'admin-managed-policy',
  meta: {
    category: 'security',
    severity: 'warn',
    recommended: true,
    fixable: 'none',
    unknownCondition: false,
    unknownActions: false,
    docs: { description: 'No role, user or group is attached the AWS managed policy AdministratorAccess, IAMFullAccess or PowerUserAccess.' },
    messages: {
      [ADMIN_MANAGED_POLICY_MESSAGE_ID]: '"{{value}}" in {{where}} attaches {{name}}, which allows {{grants}}; attach policies that allow only the actions needed.',
    },
  },
  given: () => [],
  check() {
    // Never called: the file readers report (src/iam/policy-arns.ts).
  },
});
