import { defineRule } from '../../src/engine/rule.js';
import { filePath } from '../../src/iam/mfa-fixes.js';
import { analyzeMfa } from '../../src/iam/mfa-policy.js';

const SELF = /^(arn:[^:]+:iam::[^:]*:user\/)\$\{aws:username\}$/i;

export default defineRule({
  id: 'user-path-coverage',
  meta: {
    category: 'correctness',
    severity: 'warn',
    recommended: true,
    fixable: 'suggestion',
    unknownCondition: false,
    unknownActions: false,
    docs: { description: 'With the option usersHavePaths, an Allow on user/${aws:username} also lists user/*/${aws:username}, which matches users with a path.' },
    messages: {
      noPath: '"{{resource}}" does not match users with a path (arn:…:user/eng/bob); add "{{withPath}}".',
      addPath: 'Add "{{withPath}}".',
    },
    defaultOptions: { usersHavePaths: false },
    optionsSchema: {
      type: 'object',
      properties: { usersHavePaths: { type: 'boolean', description: 'Some IAM users have a path (user/eng/bob): check that self ARNs cover them.' } },
      additionalProperties: false,
    },
  },
  given: '$',
  check(_match, context) {
    if (context.options.usersHavePaths !== true) return;
    for (const info of analyzeMfa(context.policy).statements) {
      if (info.effect !== 'Allow' || !info.resource) continue;
      const values = info.resource.map((r) => r.value.toLowerCase());
      for (const resource of info.resource) {
        const match = SELF.exec(resource.value);
        if (!match) continue;
        const withPath = `${match[1]}*/\${aws:username}`;
        if (values.includes(withPath.toLowerCase())) continue;
        context.report({
          messageId: 'noPath', path: resource.path, data: { resource: resource.value, withPath },
          suggest: [{ messageId: 'addPath', data: { withPath }, fix: (fixer) => fixer.appendToList(filePath(context, [...info.path, 'Resource']), [withPath]) }],
        });
      }
    }
  },
});
