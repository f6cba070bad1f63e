import { defineRule } from '../../src/engine/rule.js';
import { conditionStatementMatches, isObject } from '../../src/engine/normalize.js';
import { falseWhenKeyMissing, parseOperator } from '../../src/conditions/operator.js';
import { actionResourceTypeNames, expandActionPattern } from '../../src/iam/actions-db.js';
import { hasWildcard } from '../../src/iam/glob.js';
import { arnFormatsOf, resourceListCoversType, splitArn } from '../../src/iam/resources.js';
import { quoted, thousands } from '../../src/words.js';
import { actionKeySupport, forEachCondition, keyListedByAnAction, listNames, neverInRequests, resolveConditionKey, serviceListsKey, statementActionSupport, TAG_KEY, type ActionKeySupport } from '../../src/iam/condition-keys.js';

export default defineRule({
  id: 'condition-key-action-support',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    unknownCondition: false,
    unknownActions: false,
    issueCode: 'UNSUPPORTED_ACTION_FOR_CONDITION_KEY',
    docs: { description: 'Actions named in a statement support its service keys (outside IfExists and tag keys), and a Deny does not deny outright the actions without a key it negates.' },
    messages: {
      unsupported: 'The condition key "{{key}}" is never in requests for {{actions}}, so this condition does not work as intended for {{them}}; move {{them}} to a statement without "{{key}}".',
      denyWithoutKey: 'The condition key "{{key}}" is never in requests for {{actions}}, so "{{operator}}" is true for {{them}} and this Deny denies {{them}} whatever the key\'s value; deny only actions that support "{{key}}" (or add "Null": {"{{key}}": "false"} if requests without it should not be denied).',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || !isObject(value.Condition)) return;
    // Like Access Analyzer, only actions named without a wildcard are checked (but see a Deny's negated operators
    // below); unknown ones are action-exists'.
    // An action for which the database lists no condition key at all is skipped: that is where the Service
    // Authorization Reference has gaps (aws-marketplace:Subscribe takes aws-marketplace:ProductId, but the
    // reference lists nothing for it), and a false error is worse than a missed one.
    let actions: ActionKeySupport[] | undefined;
    const list = value.Action;
    forEachCondition(value, (operator, key, values) => {
      // Global keys (and session keys such as ec2:SourceInstanceArn) apply to every action. With IfExists, a
      // request without the key passes the condition, which is what the author asked for: AWS's own DynamoDB
      // example gates Get/Query by dynamodb:Select and lets Put/Update/Delete through this way.
      // The key first: most are global keys, and then the operator need not be looked up.
      if (resolveConditionKey(key).kind !== 'service' || TAG_KEY.test(key)) return;
      const parsed = parseOperator(operator);
      if (!parsed) return;
      // In a Deny, a condition that is true for a request without its key (a negated operator, any `…IfExists`,
      // `ForAllValues:`: IAM's rules in falseWhenKeyMissing) makes the Deny apply to every action without the key,
      // whatever the value. Checked for all the actions the statement covers, wildcards and NotAction included:
      // `"Action": "*"` with `iam:PermissionsBoundary` denies everything but the few IAM actions that have the key.
      const deniesWithoutKey = value.Effect === 'Deny' && parsed.family !== 'Null' && !falseWhenKeyMissing(parsed, []);
      if (parsed.ifExists && !deniesWithoutKey) return;
      if (!deniesWithoutKey && !Array.isArray(list)) return;
      // A key its service defines but none of its actions or resource types lists: the reference does not say
      // which requests carry it (apigateway:Request/AuthorizerUri, "available during CreateAuthorizer and
      // UpdateAuthorizer", which are apigateway:POST and PATCH, is listed nowhere), so there is nothing to check.
      if (!keyListedByAnAction(key)) return;
      if (deniesWithoutKey) {
        // For the actions without the key, the other keys of the operator decide; a global key compared with the
        // same values keeps the exemption for them. AWS's data perimeter RCP for sign-in: "ArnNotEquals":
        // {"signin:PrincipalArn": […], "aws:PrincipalArn": […]}, the first key only in signin:Authenticate requests.
        if (hasGlobalTwin(value.Condition, operator, key, values)) return;
        const denied = deniedWithoutKey(value, operator, key, parsed.ifExists);
        if (denied.length === 0) return;
        context.report({
          messageId: 'denyWithoutKey', path: [...path, 'Condition', operator, key], target: 'key',
          data: { key, operator, actions: actionList(denied), them: denied.length === 1 ? 'it' : 'them' },
        });
        return;
      }
      actions ??= statementActionSupport(list as unknown[]).filter((action) => action.keyCount > 0);
      const unsupported = [...new Set(actions.filter((action) => !action.supports(key)).map((action) => action.name))];
      if (unsupported.length === 0) return;
      const one = unsupported.length === 1;
      context.report({
        messageId: 'unsupported', path: [...path, 'Condition', operator, key], target: 'key',
        data: { key, actions: listNames(unsupported), them: one ? 'it' : 'them' },
      });
    });
  },
});

/**
 * The actions a Deny covers (Action entries expanded, or every action its NotAction does not name) whose
 * requests never carry `key` (neverInRequests' reading), so that the condition on it, true without the key,
 * holds for them:
 * - an action the Action element names without a wildcard (and the operator without IfExists), as before this
 *   rule looked at Denies: unless another condition is false for a request without its own key (`"Null":
 *   {"<key>": "false"}`, or a plain operator such as `StringEquals` on a key those requests lack);
 * - any other (from a wildcard or NotAction, or under IfExists, where the author may mean the key as one
 *   exemption among others): only when the Deny is then unconditional for it, every other condition of the
 *   statement also true for a request without its key (AWS's data perimeter SCP writes `"StringNotEqualsIfExists":
 *   {"aws:ResourceOrgID": …, "ec2:Owner": "amazon"}` for `"*"`: the global key still decides).
 * The key's own service first, each part sorted.
 */
function deniedWithoutKey(statement: Record<string, unknown>, operator: string, key: string, ifExists: boolean): string[] {
  const covered = coveredActions(statement).filter(resourceFilter(statement));
  const others: Array<{ operator: string; key: string; values: unknown }> = [];
  forEachCondition(statement, (otherOperator, otherKey, values) => {
    if (otherOperator !== operator || otherKey !== key) others.push({ operator: otherOperator, key: otherKey, values });
  });
  const named = new Set(ifExists ? [] : strings(statement.Action).filter((entry) => !hasWildcard(entry)).flatMap((entry) => expandActionPattern(entry)));
  const lower = key.toLowerCase();
  const absent = (name: string, other: string) => other.toLowerCase() === lower || neverInRequests(name, other);
  // sts:TagSession and its kind are authorized in the request context of the sts:AssumeRole… call beside them.
  const assume = covered.filter((name) => name.startsWith('sts:AssumeRole')).map((name) => actionKeySupport(name)!);
  // A service key is only in requests of services that list it (most often its own): every action of another
  // service never carries it, which is decided once per service instead of once per action (a Deny of `*`
  // covers some 22,000 actions; covered names are known and canonical, as neverInRequests asks).
  const service = (resolveConditionKey(key) as { service: string }).service;
  const foreign = new Map<string, boolean>();
  const foreignService = (name: string) => {
    const prefix = name.slice(0, name.indexOf(':'));
    let answer = foreign.get(prefix);
    if (answer === undefined) foreign.set(prefix, (answer = prefix !== service && !serviceListsKey(prefix, key)));
    return answer;
  };
  const denied = covered.filter((name) => (foreignService(name) || neverInRequests(name, key))
    && !(assume.length > 0 && /^sts:(?:TagSession|SetSourceIdentity|SetContext)$/.test(name) && assume.some((action) => action.supports(key)))
    && (named.has(name)
      ? !others.some((other) => withoutKey(other.operator, other.values) === false && absent(name, other.key))
      : others.every((other) => withoutKey(other.operator, other.values) === true && absent(name, other.key))));
  const own = `${service}:`;
  const sorted = denied.sort();
  return [...sorted.filter((name) => name.startsWith(own)), ...sorted.filter((name) => !name.startsWith(own))];
}

/**
 * Which actions the statement's Resource can apply to: all with `"*"` (or NotResource, or no Resource); else
 * those with a resource type whose ARN format some entry may match. An action with no resource type is
 * authorized on `"*"` only, which an ARN does not match. An entry whose service is not plain (a wildcard, a
 * variable, no ARN) keeps every action. The matching types are found from the entries' ARN services first, and
 * each action is then looked up in the index, not in its service's full data (a Deny of `*` covers 22,000).
 */
function resourceFilter(statement: Record<string, unknown>): (name: string) => boolean {
  const resources = strings(statement.Resource);
  const all = () => true;
  if (statement.NotResource !== undefined || resources.length === 0) return all;
  const types = new Set<string>();
  for (const entry of resources) {
    const arn = splitArn(entry.trim());
    const arnService = arn?.service.value ?? '';
    if (!arn || !/^[a-z0-9-]+$/.test(arnService) || arn.resource.value.startsWith('${')) return all;
    for (const format of arnFormatsOf(arnService)) {
      if (resourceListCoversType([entry], { arnFormats: [format.format] }, true)) types.add(`${format.service}:${format.resourceType}`.toLowerCase());
    }
  }
  // Only the services owning a matching type can have an action on it: the others are dropped unread.
  const services = new Set([...types].map((type) => type.slice(0, type.indexOf(':'))));
  return (name) => {
    const prefix = name.slice(0, name.indexOf(':')).toLowerCase();
    if (!services.has(prefix)) return false;
    const typeNames = actionResourceTypeNames(name);
    return !typeNames || typeNames.some((type) => types.has(`${prefix}:${type.name.toLowerCase()}`));
  };
}

/** Three names, then how many more (a Deny of `*` may miss the key for 22,000 actions): `"a", "b", "c" and 1,234 more`. */
function actionList(names: readonly string[]): string {
  return names.length <= 4 ? listNames(names) : `${names.slice(0, 3).map(quoted).join(', ')} and ${thousands(names.length - 3)} more`;
}

/**
 * What a condition is for a request without its key (IAM's rules: falseWhenKeyMissing): true, false, or undefined
 * when it cannot tell (an unknown operator, a `Null` that lists both "true" and "false").
 */
function withoutKey(operator: string, values: unknown): boolean | undefined {
  const parsed = parseOperator(operator);
  if (!parsed) return undefined;
  // "Null": {"k": "true"} is "the key is absent", "false" "the key is present".
  if (parsed.base === 'Null') {
    const list = (Array.isArray(values) ? values : [values]).map((v) => String(v).toLowerCase());
    return list.every((v) => v === 'true') ? true : list.every((v) => v === 'false') ? false : undefined;
  }
  return !falseWhenKeyMissing(parsed, []);
}

/** The strings of a policy element (a string or a list). */
function strings(list: unknown): string[] {
  return list === undefined ? [] : (Array.isArray(list) ? list : [list]).filter((entry): entry is string => typeof entry === 'string');
}

/** Every known action a statement covers, canonical and unique: its Action entries expanded, or all but its NotAction. */
function coveredActions(statement: Record<string, unknown>): readonly string[] {
  if (statement.Action !== undefined) return [...new Set(strings(statement.Action).flatMap((entry) => expandActionPattern(entry)))];
  if (statement.NotAction === undefined) return [];
  const excluded = new Set(strings(statement.NotAction).flatMap((entry) => expandActionPattern(entry)));
  return expandActionPattern('*').filter((name) => !excluded.has(name));
}

/** Whether another key of the same operator block is a global key compared with exactly the same values. */
function hasGlobalTwin(condition: unknown, operator: string, key: string, values: unknown): boolean {
  const block = isObject(condition) ? condition[operator] : undefined;
  if (!isObject(block)) return false;
  const same = JSON.stringify(valueList(values));
  return Object.keys(block).some((other) => other !== key && resolveConditionKey(other).kind === 'global' && JSON.stringify(valueList(block[other])) === same);
}

/** A condition's values as a sorted list (a single value is a list of one). */
function valueList(values: unknown): unknown[] {
  return (Array.isArray(values) ? [...values] : [values]).sort();
}
