import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, isObject, type NormalizedStatement } from '../../src/engine/normalize.js';
import { GITHUB_ACTIONS_ISSUER, oidcIssuer, principalEntries } from '../../src/principals/principals.js';
import { hasWildcard } from '../../src/iam/glob.js';

function isGithub(issuer: string): boolean {
  const host = issuer.toLowerCase();
  return host === GITHUB_ACTIONS_ISSUER || host.startsWith(`${GITHUB_ACTIONS_ISSUER}/`);
}

/** Operators under which `*` and `?` are wildcards (and not negated). */
function isPositiveLike(operator: string): boolean {
  const name = operator.replace(/^For(?:AllValues|AnyValue):/i, '');
  return /Like/.test(name) && !/NotLike/.test(name);
}

export default defineRule({
  id: 'oidc-trust-condition',
  meta: {
    category: 'security',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    issueCode: ['MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL', 'MISSING_GITHUB_REPO_CONDITION_KEY', 'SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED'],
    policyTypes: ['trust'],
    docs: { description: 'A role that trusts an OIDC provider checks the token: a condition on the provider\'s keys, and for GitHub Actions a specific repository and branch in ":sub".' },
    messages: {
      missingCondition: 'OIDC principal "{{principal}}" is trusted without a condition on its token, so any identity of that provider can assume the role; add a condition on "{{issuer}}:aud" (and "{{issuer}}:sub" where the provider sets it).',
      missingGithubSub: 'GitHub Actions principal "{{principal}}" is trusted without a "{{issuer}}:sub" condition, so a workflow in any repository can assume the role; add "{{issuer}}:sub" with your repository and branch, e.g. "repo:<org>/<repo>:ref:refs/heads/main".',
      anyGithubRepo: '"{{key}}" value "{{value}}" has a wildcard in the repository owner, so a workflow in a repository anyone can create matches it, as with no "{{key}}" condition; name the owner and repository, e.g. "repo:<org>/<repo>:ref:refs/heads/main".',
      broadGithubSub: '"{{key}}" value "{{value}}" has a wildcard, which admits more repositories, branches or environments than intended; name the repository and branch, e.g. "repo:<org>/<repo>:ref:refs/heads/main".',
    },
  },
  given: '$.Statement[*]',
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== 'Allow') return;
    const statement = value as NormalizedStatement;
    const conditions = conditionEntries(statement, path);
    const keys = conditions.map((entry) => entry.key.toLowerCase());
    for (const entry of principalEntries(statement, path)) {
      if (entry.type !== 'Federated' || typeof entry.value !== 'string') continue;
      if (hasWildcard(entry.value) || entry.value.includes('${')) continue;
      const issuer = oidcIssuer(entry.value);
      if (issuer === undefined) continue;
      const prefix = `${issuer.toLowerCase()}:`;
      if (isGithub(issuer)) {
        const subKey = `${prefix}sub`;
        const subs = conditions.filter((c) => c.key.toLowerCase() === subKey);
        if (subs.length === 0) {
          context.report({
            messageId: 'missingGithubSub', path: entry.path, issueCode: 'MISSING_GITHUB_REPO_CONDITION_KEY',
            data: { principal: entry.value, issuer },
          });
          continue;
        }
        for (const sub of subs) {
          if (!isPositiveLike(sub.operator)) continue;
          sub.values.forEach((v, index) => {
            if (typeof v !== 'string' || !hasWildcard(v)) return;
            // The owner is the part before the first "/" (`repo:<owner>/<repo>:…`): a wildcard there matches
            // owners anyone can register, as `*` does.
            if (hasWildcard(v.split('/')[0])) {
              context.report({
                messageId: 'anyGithubRepo', path: [...sub.keyPath, index],
                issueCode: 'MISSING_GITHUB_REPO_CONDITION_KEY', data: { key: sub.key, value: v },
              });
              return;
            }
            context.report({
              messageId: 'broadGithubSub', path: [...sub.keyPath, index], severity: 'warn',
              issueCode: 'SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED', data: { key: sub.key, value: v },
            });
          });
        }
        continue;
      }
      if (!keys.some((key) => key.startsWith(prefix))) {
        context.report({
          messageId: 'missingCondition', path: entry.path, issueCode: 'MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL',
          data: { principal: entry.value, issuer },
        });
      }
    }
  },
});
