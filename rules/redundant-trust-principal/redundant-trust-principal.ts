import { defineRule } from '../../src/engine/rule.js';
import { isObject, type NormalizedStatement } from '../../src/engine/normalize.js';
import { assumedRoleOf, principalEntries, roleArnParts } from '../../src/principals/principals.js';
import { hasWildcard } from '../../src/iam/glob.js';

export default defineRule({
  id: 'redundant-trust-principal',
  meta: {
    category: 'style',
    severity: 'warn',
    recommended: true,
    fixable: 'safe',
    issueCode: 'REDUNDANT_PRINCIPAL_IN_ROLE_TRUST_POLICY',
    policyTypes: ['trust'],
    docs: { description: 'A trust policy statement does not list an assumed-role session next to the role it belongs to.' },
    messages: {
      redundantSession: 'Session principal "{{value}}" is already covered by its role "{{role}}", which matches every session of that role; remove the session principal.',
    },
  },
  given: '$.Statement[*]',
  check({ value, path }, context) {
    if (!isObject(value)) return;
    const aws = principalEntries(value as NormalizedStatement, path).filter(
      (entry): entry is typeof entry & { value: string } => entry.type === 'AWS' && typeof entry.value === 'string' && !hasWildcard(entry.value));
    const roles = aws.flatMap((entry) => {
      const parts = roleArnParts(entry.value);
      return parts ? [{ ...parts, arn: entry.value }] : [];
    });
    if (roles.length === 0) return;
    for (const entry of aws) {
      const session = assumedRoleOf(entry.value);
      if (!session) continue;
      const role = roles.find((r) => r.partition === session.partition && r.account === session.account && r.roleName === session.roleName);
      if (!role) continue;
      context.report({
        messageId: 'redundantSession', path: entry.path, data: { value: entry.value, role: role.arn },
        fix: (fixer) => fixer.removeElement(entry.path),
      });
    }
  },
});
