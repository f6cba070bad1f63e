import { defineRule } from '../../src/engine/rule.js';
import { analyzeMfa, parseArn, statementCoversAction } from '../../src/iam/mfa-policy.js';

export default defineRule({
  id: 'mfa-device-name-pinned',
  meta: {
    category: 'best-practice',
    severity: 'warn',
    recommended: false,
    fixable: 'none',
    unknownCondition: false,
    unknownActions: false,
    docs: { description: 'An Allow of iam:CreateVirtualMFADevice does not pin the device to the name of the user (mfa/${aws:username}).' },
    messages: {
      pinned: 'iam:CreateVirtualMFADevice on "{{resource}}" forces each virtual device to be named after its user, so users cannot name devices or have more than one; use "{{wide}}", as AWS\'s examples do since IAM allowed several MFA devices per user in November 2022.',
    },
  },
  given: '$',
  check(_match, context) {
    const analysis = analyzeMfa(context.policy);
    if (!analysis.family) return; // the pinned ARN contains ${aws:username}
    for (const info of analysis.statements) {
      if (info.effect !== 'Allow' || !info.action || !statementCoversAction(info, 'iam:CreateVirtualMFADevice')) continue;
      for (const resource of info.resource ?? []) {
        const arn = parseArn(resource.value);
        if (!arn || !/^mfa\/\$\{aws:username\}$/i.test(arn.resource)) continue;
        context.report({ messageId: 'pinned', path: resource.path, data: { resource: resource.value, wide: resource.value.replace(/mfa\/.*$/, 'mfa/*') } });
      }
    }
  },
});
