import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, isObject, type NormalizedStatement } from '../../src/engine/normalize.js';
import { GITHUB_ACTIONS_ISSUER, oidcIssuer, principalEntries } from '../../src/principals/principals.js';
import { hasWildcard } from '../../src/iam/glob.js';
import { strayWhitespace } from '../../src/words.js';
import { falseWhenKeyMissing, parseOperator } from '../../src/conditions/operator.js';
import { closest, suggestionLimit } from '../../src/iam/suggest.js';

/**
 * The claims STS turns into condition keys (`<provider>:<claim>`), per provider: "Available keys for AWS OIDC
 * federation" (reference_policies_iam-condition-keys.html#condition-keys-wif): amr, aud, email, oaud and sub for
 * any provider; app_id and id (Facebook) and app_id and user_id (Login with Amazon); for GitHub Actions also the
 * claims of GitHub's tokens (AWS STS validates some of them since 2026-01).
 */
const DEFAULT_CLAIMS = ['sub', 'aud', 'amr', 'oaud', 'email'];
const PROVIDER_CLAIMS: Record<string, readonly string[]> = {
  'graph.facebook.com': ['app_id', 'id'],
  'www.amazon.com': ['app_id', 'user_id'],
  // Every claim GitHub puts in its tokens (docs.github.com, "OpenID Connect reference"), not only those AWS
  // lists: which of them STS turns into keys is not documented claim by claim, and only a key that is no claim
  // at all is surely a typo.
  [GITHUB_ACTIONS_ISSUER]: [...DEFAULT_CLAIMS, 'actor', 'actor_id', 'base_ref', 'enterprise', 'enterprise_id', 'environment',
    'environment_node_id', 'event_name', 'head_ref', 'job_workflow_ref', 'job_workflow_sha', 'ref', 'ref_protected', 'ref_type',
    'repository', 'repository_id', 'repository_owner', 'repository_owner_id', 'repository_visibility', 'run_attempt', 'run_id',
    'run_number', 'runner_environment', 'sha', 'workflow', 'workflow_ref', 'workflow_sha'],
};
/** Names people write for a claim, spelled out. */
const CLAIM_ALIASES: Record<string, string> = { subject: 'sub', audience: 'aud', audiences: 'aud' };

/**
 * For a condition key on the provider's domain whose claim is not one STS sets: the key that was likely meant
 * (`…:subject` → `…:sub`), by alias or by a small edit distance. Undefined for known claims and for claims
 * too far from every known one (a provider may have claims this list does not know).
 */
function intendedKey(issuer: string, key: string): string | undefined {
  const claim = key.slice(issuer.length + 1).trim().toLowerCase();
  const claims = PROVIDER_CLAIMS[issuer.toLowerCase()] ?? (isGithub(issuer) ? PROVIDER_CLAIMS[GITHUB_ACTIONS_ISSUER] : DEFAULT_CLAIMS);
  if (claims.includes(claim)) return undefined;
  const alias = CLAIM_ALIASES[claim];
  const meant = alias !== undefined && claims.includes(alias) ? alias : closest(claim, claims, suggestionLimit(claim.length));
  return meant === undefined ? undefined : `${key.slice(0, issuer.length)}:${meant}`;
}

/** An EKS cluster's OIDC issuer (IAM roles for service accounts). */
const EKS_ISSUER = /^oidc\.eks\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\/id\/[A-Za-z0-9]+$/i;

/** The Amazon Cognito identity pools issuer (`cognito-identity.amazonaws.com`, and its China-Region forms). */
const COGNITO_ISSUER = /^cognito-identity(\.[a-z0-9-]+)?\.amazonaws\.com(\.cn)?$/i;

/**
 * The GitHub Actions issuer that a statement's condition keys name (`token.actions.githubusercontent.com:aud`,
 * or an enterprise's `token.actions.githubusercontent.com/<slug>:…`), for a principal that cannot be read
 * (a template reference): STS sets those keys only for tokens of that issuer. Undefined when the keys name no
 * GitHub issuer, several, or when a key is itself unresolved (`${local.provider_url}:sub` may be the `:sub`).
 */
function githubIssuerOfKeys(keys: readonly string[]): string | undefined {
  if (keys.some((key) => key.includes('${'))) return undefined;
  const issuers = new Set(keys.flatMap((key) => {
    const colon = key.lastIndexOf(':');
    const issuer = colon > 0 ? key.slice(0, colon) : '';
    return isGithub(issuer) ? [issuer] : [];
  }));
  return issuers.size === 1 ? [...issuers][0] : undefined;
}

function isGithub(issuer: string): boolean {
  const host = issuer.toLowerCase();
  return host === GITHUB_ACTIONS_ISSUER || host.startsWith(`${GITHUB_ACTIONS_ISSUER}/`);
}

/** String operators that are not negated (StringEquals, StringLike, their IfExists and set forms). */
function isPositiveString(operator: string): boolean {
  const name = operator.replace(/^For(?:AllValues|AnyValue):/i, '');
  return /^String(?:Equals(?:IgnoreCase)?|Like)(?:IfExists)?$/i.test(name);
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
    unknownCondition: { statement: ['missingCondition', 'misspeltGithubSub', 'missingGithubSub', 'missingGithubSubRef', 'anyGithubRepo', 'broadGithubSub', 'missingEksSub', 'broadEksSub', 'missingCognitoAud', 'broadCognitoAud'] },
    issueCode: ['MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL', 'MISSING_GITHUB_REPO_CONDITION_KEY', 'SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED'],
    policyTypes: ['trust'],
    docs: { description: 'A trusted OIDC provider is named without a URL scheme and conditioned on real claims of its token, with sub naming the GitHub repository or EKS service account.' },
    messages: {
      missingCondition: 'OIDC principal "{{principal}}" is trusted without a condition on its token, so any identity of that provider can assume the role; add a condition on "{{issuer}}:aud" (and "{{issuer}}:sub" where the provider sets it).',
      unknownClaimKey: '"{{key}}" is not a condition key of {{issuer}} tokens: STS never sets it, so the condition on it is {{outcome}}; did you mean "{{intended}}"?',
      misspeltGithubSub: '"{{key}}" is not a condition key of GitHub Actions tokens (STS never sets it), so the trust of "{{principal}}" has no "{{issuer}}:sub" condition and {{outcome}}; write "{{intended}}".',
      missingGithubSub: 'GitHub Actions principal "{{principal}}" is trusted without a "{{issuer}}:sub" condition, so a workflow in any repository can assume the role; add "{{issuer}}:sub" with your repository and branch, e.g. "repo:<org>/<repo>:ref:refs/heads/main".',
      anyGithubRepo: '"{{key}}" value "{{value}}" has a wildcard in the repository owner, so a workflow in a repository anyone can create matches it, as with no "{{key}}" condition; name the owner and repository, e.g. "repo:<org>/<repo>:ref:refs/heads/main".',
      broadGithubSub: '"{{key}}" value "{{value}}" has a wildcard, which admits {{what}} than a specific value; name the repository and branch, e.g. "repo:<org>/<repo>:ref:refs/heads/main".',
      githubSubNoContext: '"{{key}}" value "{{value}}" ends at the repository, but GitHub\'s default subject always goes on with the context (":ref:refs/heads/<branch>", ":environment:<name>", ":pull_request"), so no workflow\'s token matches unless the repository\'s subject template holds the repo claim alone; write "{{value}}:ref:refs/heads/main" or the environment.',
      schemeInProvider: 'OIDC provider ARN "{{principal}}" holds "{{scheme}}": IAM names a provider by its host and path only, so this principal names no provider; write "{{fixed}}", and condition keys as "{{host}}:…".',
      missingGithubSubRef: 'The "Federated" principal is GitHub Actions (the conditions use its "{{issuer}}:…" keys) and is trusted without a "{{issuer}}:sub" condition, so a workflow in any repository can assume the role; add "{{issuer}}:sub" with your repository and branch, e.g. "repo:<org>/<repo>:ref:refs/heads/main".',
      broadEksSub: '"{{key}}" value "{{value}}" has a wildcard in the namespace, so pods of service accounts in other namespaces of the cluster match it; name the namespace and service account, "system:serviceaccount:<namespace>:<service-account>".',
      missingCognitoAud: 'Amazon Cognito principal "{{principal}}" is trusted without a "{{issuer}}:aud" condition, so an identity of any identity pool, in any account, can assume the role; add "StringEquals": {"{{issuer}}:aud": "<region>:<identity pool ID>"}.',
      broadCognitoAud: '"{{key}}" value "{{value}}" has a wildcard, so identities of other identity pools, in any account, match it; name the identity pool ID ("<region>:<identity pool ID>") under "StringEquals".',
      missingEksSub: 'EKS cluster principal "{{principal}}" is trusted without a "{{issuer}}:sub" condition, so a pod of any service account in any namespace of the cluster can assume the role; add "{{issuer}}:sub": "system:serviceaccount:<namespace>:<service-account>".',
    },
  },
  given: '$.Statement[*]',
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== 'Allow') return;
    const statement = value as NormalizedStatement;
    const conditions = conditionEntries(statement, path);
    const keys = conditions.map((entry) => entry.key.toLowerCase());
    let reportedRef = false;
    for (const entry of principalEntries(statement, path)) {
      if (entry.type !== 'Federated' || typeof entry.value !== 'string') continue;
      // A provider with whitespace around it names no provider, so no token of it is to be conditioned (and its
      // keys would have the whitespace): trust-policy-principal reports it.
      if (hasWildcard(entry.value) || strayWhitespace(entry.value)) continue;
      // A principal from a template reference (`!GetAtt GithubOidc.Arn`, `aws_iam_openid_connect_provider.github.arn`)
      // is GitHub Actions when the conditions use GitHub's keys; anything else about it is unknown.
      const issuer = entry.value.includes('${') ? githubIssuerOfKeys(conditions.map((c) => c.key)) : oidcIssuer(entry.value);
      if (issuer === undefined) continue;
      // Copied from the cluster's or provider's issuer URL: the ARN of the provider has no scheme.
      const scheme = /^https?:\/\//i.exec(issuer)?.[0];
      if (scheme !== undefined) {
        context.report({ messageId: 'schemeInProvider', path: entry.path, data: { principal: entry.value, scheme, host: issuer.slice(scheme.length), fixed: entry.value.replace(scheme, '') } });
        continue;
      }
      const prefix = `${issuer.toLowerCase()}:`;
      // Keys on the provider's domain that name no claim STS sets: the likely intended key.
      const misspelt = conditions.flatMap((c) => {
        if (!c.key.toLowerCase().startsWith(prefix)) return [];
        const intended = intendedKey(issuer, c.key);
        return intended === undefined ? [] : [{ entry: c, intended }];
      });
      const subKey = `${prefix}sub`;
      const githubSubMissing = isGithub(issuer) && !conditions.some((c) => c.key.toLowerCase() === subKey);
      for (const { entry: c, intended } of misspelt) {
        const parsed = parseOperator(c.operator);
        const never = parsed !== undefined && falseWhenKeyMissing(parsed, c.values);
        if (githubSubMissing && intended.toLowerCase() === subKey) {
          context.report({
            messageId: 'misspeltGithubSub', path: c.keyPath, target: 'key', issueCode: 'MISSING_GITHUB_REPO_CONDITION_KEY',
            data: { principal: entry.value, issuer, key: c.key, intended,
              outcome: never ? 'no workflow can assume the role through this statement' : 'a workflow in any repository can assume the role' },
          });
          continue;
        }
        const outcome = never ? 'false and no one can assume the role through this statement' : 'true for every token and checks nothing';
        context.report({ messageId: 'unknownClaimKey', path: c.keyPath, target: 'key', data: { key: c.key, issuer, intended, outcome } });
      }
      if (isGithub(issuer)) {
        const subs = conditions.filter((c) => c.key.toLowerCase() === subKey);
        if (subs.length === 0) {
          if (misspelt.some((m) => m.intended.toLowerCase() === subKey)) continue;
          if (entry.value.includes('${')) {
            // The principal is a reference (its text is no ARN to quote): reported at its "Federated" key, once.
            if (reportedRef) continue;
            reportedRef = true;
            context.report({
              messageId: 'missingGithubSubRef', path: entry.path.slice(0, -1), target: 'key', issueCode: 'MISSING_GITHUB_REPO_CONDITION_KEY',
              data: { issuer },
            });
            continue;
          }
          context.report({
            messageId: 'missingGithubSub', path: entry.path, issueCode: 'MISSING_GITHUB_REPO_CONDITION_KEY',
            data: { principal: entry.value, issuer },
          });
          continue;
        }
        for (const sub of subs) {
          if (isPositiveString(sub.operator)) {
            // GitHub's default subject is `repo:<owner>/<repo>:<context>`; a value that stops at the repository
            // matches only tokens of a customized subject template made of the repo claim alone.
            sub.values.forEach((v, index) => {
              if (typeof v === 'string' && /^repo:[^:*?]+$/.test(v)) {
                context.report({ messageId: 'githubSubNoContext', path: [...sub.keyPath, index], severity: 'warn', data: { key: sub.key, value: v } });
              }
            });
          }
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
            // `repo:<owner>/<repo>:…`: with the repository fixed, only its branches, environments and events are open.
            const repository = v.split(':')[1];
            const what = repository !== undefined && !hasWildcard(repository) && v.startsWith('repo:')
              ? `more branches, tags, environments or events of ${repository}` : 'more repositories, branches or environments';
            context.report({
              messageId: 'broadGithubSub', path: [...sub.keyPath, index], severity: 'warn',
              issueCode: 'SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED', data: { key: sub.key, value: v, what },
            });
          });
        }
        continue;
      }
      const cognitoAud = COGNITO_ISSUER.test(issuer) ? conditions.filter((c) => /^cognito-identity\.[^:]*:aud$/i.test(c.key)) : undefined;
      if (!keys.some((key) => key.startsWith(prefix))) {
        context.report({
          messageId: 'missingCondition', path: entry.path, issueCode: 'MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL',
          data: { principal: entry.value, issuer },
        });
      } else if (cognitoAud !== undefined && cognitoAud.length === 0) {
        // The audience is the identity pool ID; the other keys (`:amr`) are the same for every pool's identities
        // (STS API reference, AssumeRoleWithWebIdentity, RoleArn; Cognito guide, identity pools security best practices).
        context.report({ messageId: 'missingCognitoAud', path: entry.path, data: { principal: entry.value, issuer } });
      } else if (cognitoAud !== undefined) {
        for (const aud of cognitoAud) {
          if (!isPositiveLike(aud.operator)) continue;
          aud.values.forEach((v, index) => {
            if (typeof v === 'string' && hasWildcard(v)) {
              context.report({ messageId: 'broadCognitoAud', path: [...aud.keyPath, index], data: { key: aud.key, value: v } });
            }
          });
        }
      } else if (EKS_ISSUER.test(issuer) && !keys.includes(subKey) && !misspelt.some((m) => m.intended.toLowerCase() === subKey)) {
        // IAM roles for service accounts: ":aud" is "sts.amazonaws.com" for every pod of the cluster; ":sub"
        // names the service account (AWS's EKS guide writes both).
        context.report({ messageId: 'missingEksSub', path: entry.path, severity: 'warn', data: { principal: entry.value, issuer } });
      } else if (EKS_ISSUER.test(issuer)) {
        // `system:serviceaccount:<namespace>:<name>`: a wildcard in or before the namespace admits service
        // accounts of every namespace (`system:serviceaccount:*`), as ":aud" alone does; one in the name only
        // (`system:serviceaccount:payments:*`, AWS's own example) stays within a namespace.
        for (const sub of conditions.filter((c) => c.key.toLowerCase() === subKey && isPositiveLike(c.operator))) {
          sub.values.forEach((v, index) => {
            if (typeof v !== 'string' || !hasWildcard(v.split(':').slice(0, 3).join(':'))) return;
            context.report({ messageId: 'broadEksSub', path: [...sub.keyPath, index], severity: 'warn', data: { key: sub.key, value: v } });
          });
        }
      }
    }
  },
});
