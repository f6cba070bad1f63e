import { defineRule } from '../../src/engine/rule.js';
import { expandActionPattern } from '../../src/iam/actions-db.js';
import { actionAccessLevels, isWholeServicePattern } from '../../src/iam/database.js';
import { globMatches, globToRegExp, hasWildcard } from '../../src/iam/glob.js';
import { analyzeMfa, isExempt, selfServiceUserActions, selfUserArn, userScopeOf } from '../../src/iam/mfa-policy.js';
import { andList } from '../../src/words.js';
import { limitsToValues, parseOperator } from '../../src/conditions/operator.js';
import type { ConditionEntry } from '../../src/engine/normalize.js';

/** ChangePassword only ever acts on the caller (it has no UserName parameter). */
const CALLER_ONLY = new Set(['iam:ChangePassword']);

let selfServiceActions: Map<string, string> | undefined;
/** The self-service actions this rule judges, by lower-case name; read from the IAM database on first use. */
function selfServiceByLower(): Map<string, string> {
  return (selfServiceActions ??= new Map([...selfServiceUserActions()]
    .filter((action) => !CALLER_ONLY.has(action))
    .map((action) => [action.toLowerCase(), action])));
}

/** Actions no self-service policy needs: a policy that allows one administers other users by design. */
const USER_ADMINISTRATION = ['iam:CreateUser', 'iam:DeleteUser'];

/** Some Allow statement grants iam:CreateUser or iam:DeleteUser (by name or by a glob such as `iam:*User`). */
function administersUsers(statements: readonly { effect: string | undefined; statement: { Action?: unknown } }[]): boolean {
  return statements.some(({ effect, statement }) => effect === 'Allow' && Array.isArray(statement.Action) && statement.Action.some((value) => {
    if (typeof value !== 'string') return false;
    const pattern = value.trim();
    return USER_ADMINISTRATION.some((action) => globMatches(pattern, action));
  }));
}

/**
 * The statement picks the users it acts on by their tags (`"StringEquals": {"iam:ResourceTag/Rotatable": "true"}`,
 * as an access-key rotator does): it administers those users by design. Only a string match that is false without
 * the tag counts (limitsToValues): a negated operator, `…IfExists`, `ForAllValues:` or `Null` reaches every user
 * without the tag.
 */
function picksUsersByTag(conditions: readonly ConditionEntry[]): boolean {
  return conditions.some((c) => /^(iam|aws):resourcetag\//i.test(c.key) && parseOperator(c.operator)?.family === 'String' && limitsToValues(c));
}

/**
 * `/^iam:/i.test(entry)` by character codes: this runs for every Action entry of every Allow statement (some
 * 59,000 on the AWS managed policies), where a regular expression call cost more than the rest of the loop.
 * `| 0x20` lowers an ASCII letter; no other code unit lowers to the same ones here (the regular expression,
 * without the `u` flag, never matches a non-ASCII character to an ASCII one either).
 */
function startsWithIam(entry: string): boolean {
  return entry.length >= 4 && entry.charCodeAt(3) === 0x3a && (entry.charCodeAt(0) | 0x20) === 0x69
    && (entry.charCodeAt(1) | 0x20) === 0x61 && (entry.charCodeAt(2) | 0x20) === 0x6d;
}

function summary(actions: string[]): string {
  return andList(actions, 3);
}

export default defineRule({
  id: 'self-service-resource-scope',
  meta: {
    category: 'security',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    unknownCondition: false,
    unknownActions: { policy: ['otherUsers', 'partialVariable', 'notResource'] },
    // An SCP or RCP grants nothing: its Allow statements only bound what other policies grant.
    policyTypes: ['identity', 'resource', 'trust'],
    docs: { description: 'Self-service actions on IAM users are allowed only on the caller\'s own user, never on other users or through NotResource.' },
    messages: {
      otherUsers: '"{{resource}}" lets each user use {{actions}} on other users too; use "{{self}}".',
      partialVariable: 'In "{{resource}}", "${aws:username}" is not the whole user name, so user bob can also use {{actions}} on users such as xbob; use "{{self}}".',
      notResource: 'NotResource lets each user use {{actions}} on every user it does not list; use "Resource": "{{self}}".',
    },
  },
  given: '$',
  check(_match, context) {
    const analysis = analyzeMfa(context.policy);
    // A policy that creates or deletes users (a provisioning service, a user administrator) manages other users'
    // credentials on purpose; unless it also tries to enforce MFA, it is not a self-service policy. Asked only
    // before a report: it reads every Action entry of the policy, and most policies have nothing to report.
    let administers: boolean | undefined;
    const isAdministration = () => (administers ??= !analysis.family && administersUsers(analysis.statements));
    const isWrite = (action: string) => actionAccessLevels(action).some((level) => level !== 'Read' && level !== 'List');
    for (const info of analysis.statements) {
      // The raw list, not info.action (which makes an entry per item): most statements grant no IAM action.
      const list = info.statement.Action;
      if (info.effect !== 'Allow' || !list) continue;
      let granted: Set<string> | undefined;
      for (const value of list) {
        // Only IAM entries; a wildcard in the service part (`*:Get*`) is a broad grant, not self-service.
        if (typeof value !== 'string' || !startsWithIam(value)) continue;
        // actionMatches for each action, with the entry lowered (or made a RegExp) once rather than per action.
        const pattern = value.trim();
        let matched: string[];
        if (hasWildcard(pattern)) {
          if (isWholeServicePattern(pattern)) continue;
          const regexp = globToRegExp(pattern);
          matched = [...selfServiceByLower().values()].filter((action) => regexp.test(action));
        } else {
          const action = selfServiceByLower().get(pattern.toLowerCase());
          if (action === undefined) continue;
          matched = [action];
        }
        if (matched.length === 0) continue;
        // A glob counts when it targets self-service (`iam:*AccessKey*`), not when it is a broad read grant (`iam:Get*`).
        if (hasWildcard(value) && expandActionPattern(value).some((action) => !selfServiceUserActions().has(action))) continue;
        for (const action of matched) {
          // Exempt actions are mfa-exempt-actions-self-scoped's business.
          if (isExempt(analysis, action)) continue;
          (granted ??= new Set()).add(action);
        }
      }
      if (!granted || isAdministration()) continue;
      // Unless the policy tries to enforce MFA (a self-service policy), as for administration above.
      if (!analysis.family && picksUsersByTag(info.conditions)) continue;
      // Reads and lists matter in MFA policies, and on a resource that means the caller (`${aws:username}`) but
      // can match others; elsewhere (an auditor or an administrator reading every user) only writes do.
      const judged = (selfMeant: boolean) => [...granted!].filter((action) => analysis.family || selfMeant || isWrite(action));
      if (info.notResource) {
        const actions = judged(false);
        if (actions.length > 0) context.report({ messageId: 'notResource', path: [...info.path, 'NotResource'], target: 'key', data: { actions: summary(actions), self: selfUserArn('') } });
        continue;
      }
      for (const resource of info.resource ?? []) {
        if (userScopeOf(resource.value) !== 'other') continue;
        const partial = /\$\{aws:username/i.test(resource.value);
        const actions = judged(partial);
        if (actions.length === 0) continue;
        context.report({
          messageId: partial ? 'partialVariable' : 'otherUsers',
          path: resource.path,
          data: { actions: summary(actions), resource: resource.value, self: selfUserArn(resource.value) },
          // An entry arn-format reports (whitespace around it, a malformed account) matches no user at all.
          deferTo: { rules: ['arn-format'], paths: [resource.path] },
        });
      }
    }
  },
});
