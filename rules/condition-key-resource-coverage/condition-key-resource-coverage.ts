import { defineRule } from '../../src/engine/rule.js';
import { conditionStatementMatches, isObject, statementsOf, type NormalizedStatement } from '../../src/engine/normalize.js';
import { falseWhenKeyMissing, parseOperator, type ParsedOperator } from '../../src/conditions/operator.js';
import { expandActionPattern } from '../../src/iam/actions-db.js';
import { actionKeySupport, forEachCondition, keyMatches, listNames, resolveConditionKey, serviceKeySignature } from '../../src/iam/condition-keys.js';
import { actionInfo, resourceType, type ActionResourceType } from '../../src/iam/database.js';
import { globMatches } from '../../src/iam/glob.js';
import { resourceListCoversType } from '../../src/iam/resources.js';

/** What the database says about one (action, key): the resource types that carry the key, and the required ones that do not. */
interface Gap {
  action: string;
  keyed: readonly string[];
  lacking: readonly ActionResourceType[];
}

/**
 * The services judged. EC2 authorizes each resource of a request separately, with the condition keys of that
 * resource (IAM User Guide, the `...IfExists` operators: "The entire statement is evaluated against every
 * resource that is required to launch the instance"). Elsewhere the database's resource-type keys are not known
 * to mean that: `ram:PermissionArn` is filed under RAM's permission types only, yet seven AWS managed policies
 * allow `ram:AssociateResourceSharePermission` on `"*"` with it (the key is a request parameter).
 */
export const SERVICES: ReadonlySet<string> = new Set(['ec2']);

const CACHE_LIMIT = 50_000;
const gapsByKey = new Map<string, readonly Gap[]>();
const signatures = new Map<string, string>();

/**
 * Every action of a service with a gap for a service key as written in a policy, in the database's order. Made
 * once per key: a statement's Action list is then matched against these few actions, instead of expanding its
 * globs (`ec2:*` is some 700 actions) and looking each one up.
 */
function gapsOf(service: string, policyKey: string): readonly Gap[] {
  // Cached by the service keys the policy key matches: the many `ec2:ResourceTag/…` keys of a corpus share one entry.
  const written = `${service}\n${policyKey}`;
  let signature = signatures.get(written);
  if (signature === undefined) {
    signature = serviceKeySignature(service, policyKey);
    if (signatures.size >= CACHE_LIMIT) signatures.clear();
    signatures.set(written, signature);
  }
  const cacheKey = `${service}\n${signature}`;
  let gaps = gapsByKey.get(cacheKey);
  if (gaps === undefined) {
    gaps = signature === '' ? [] : expandActionPattern(`${service}:*`).map((action) => computeGap(action, policyKey)).filter((gap): gap is Gap => gap !== undefined);
    if (gapsByKey.size >= CACHE_LIMIT) gapsByKey.clear();
    gapsByKey.set(cacheKey, gaps);
  }
  return gaps;
}

/**
 * The gaps of the actions a statement's Action list allows, ordered as the list names them (the first entry
 * that matches each, then the database's order).
 */
function statementGaps(list: readonly unknown[], gaps: readonly Gap[]): Gap[] {
  const first = (gap: Gap) => list.findIndex((entry) => typeof entry === 'string' && globMatches(entry.trim(), gap.action));
  return gaps.map((gap) => ({ gap, at: first(gap) })).filter(({ at }) => at >= 0).sort((a, b) => a.at - b.at).map(({ gap }) => gap);
}

function computeGap(action: string, policyKey: string): Gap | undefined {
  // The compact index first: most (action, key) pairs are not supported at all (condition-key-action-support's).
  if (!actionKeySupport(action)?.supports(policyKey)) return undefined;
  const info = actionInfo(action);
  if (!info || info.resourceTypes.filter((type) => type.required).length < 2) return undefined;
  const has = (keys: readonly string[] | undefined) => (keys ?? []).some((key) => keyMatches(key, policyKey));
  if (has(info.conditionKeys)) return undefined;
  const defined = (type: ActionResourceType) => resourceType(info.service, type.name)?.conditionKeys;
  const keyed = info.resourceTypes.filter((type) => has(defined(type)));
  if (keyed.length === 0) return undefined;
  const lacking = info.resourceTypes.filter((type) => type.required && !has(type.conditionKeys) && !has(defined(type)));
  if (lacking.length === 0) return undefined;
  return { action: info.fullName, keyed: keyed.map((type) => type.name), lacking };
}

/**
 * Whether an operator is false when its key is absent from the request (IAM's rules: `falseWhenKeyMissing`),
 * leaving out `Null`: a presence test, whose remedy is not the `…IfExists` form this rule suggests.
 */
function falseWhenAbsent(operator: ParsedOperator): boolean {
  return operator.family !== 'Null' && falseWhenKeyMissing(operator, []);
}

/** Whether another Allow statement may allow the action on the resource type (its own conditions are not weighed). */
function allowedElsewhere(statement: NormalizedStatement, action: string, type: ActionResourceType): boolean {
  const matches = (entry: unknown) => typeof entry === 'string' && globMatches(entry.trim(), action);
  return statement.Effect === 'Allow'
    && (Array.isArray(statement.Action) ? statement.Action.some(matches) : Array.isArray(statement.NotAction) && !statement.NotAction.some(matches))
    && (Array.isArray(statement.NotResource) || (Array.isArray(statement.Resource) && resourceListCoversType(statement.Resource, type, true)));
}

/** Whether a statement tests the key with an operator that is false without it: it lacks the same resource types. */
function testsWithoutIfExists(statement: NormalizedStatement, key: string): boolean {
  let found = false;
  forEachCondition(statement, (operator, other) => {
    const parsed = parseOperator(operator);
    if (!found && parsed && falseWhenAbsent(parsed) && other.toLowerCase() === key.toLowerCase()) found = true;
  });
  return found;
}

export default defineRule({
  id: 'condition-key-resource-coverage',
  meta: {
    category: 'correctness',
    severity: 'warn',
    recommended: true,
    fixable: 'suggestion',
    // The finding is about one operator and key as written; the rest of the condition does not change it, and
    // other statements count whatever their conditions, except a test of the same key without IfExists.
    unknownCondition: false,
    unknownActions: { policy: ['partial'] },
    docs: { description: 'An Allow statement does not test, without IfExists, an EC2 condition key that some resource types an action requires lack while its Resource covers them.' },
    messages: {
      partial: 'In requests for {{action}}{{others}}, "{{key}}" is only in the context of the {{keyed}} {{resources}}, not of {{lacking}}, which the action also requires and this statement\'s Resource covers; "{{operator}}" is false without the key, so this statement alone never allows {{them}}. Use "{{ifExists}}", or limit this statement\'s Resource to {{keyed}} ARNs and allow the other resource types in a statement without "{{key}}".',
      useIfExists: 'Rename "{{operator}}" to "{{ifExists}}".',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== 'Allow' || !Array.isArray(value.Action) || !Array.isArray(value.Resource)) return;
    const statement = value as NormalizedStatement;
    const resource = statement.Resource!;
    const condition = statement.Condition as Record<string, unknown>;
    forEachCondition(statement, (operator, key) => {
      const parsed = parseOperator(operator);
      if (!parsed || !falseWhenAbsent(parsed)) return;
      const resolution = resolveConditionKey(key);
      if (resolution.kind !== 'service' || !SERVICES.has(resolution.service)) return;
      const gaps: Gap[] = [];
      for (const gap of statementGaps(statement.Action!, gapsOf(resolution.service, key))) {
        const { action } = gap;
        const lacking = gap.lacking.filter((type) => resourceListCoversType(resource, type, false)
          && !statementsOf(context.policy).some(({ statement: other }) => other !== statement && allowedElsewhere(other, action, type)
            && !testsWithoutIfExists(other, key)));
        if (lacking.length > 0) gaps.push({ ...gap, lacking });
      }
      if (gaps.length === 0) return;
      // The message describes the largest group of actions with the same resource types (the first of equals)
      // and counts the others.
      const signature = (gap: Gap) => `${gap.keyed.join('|')}\n${gap.lacking.map((type) => type.name).join('|')}`;
      const groups = new Map<string, Gap[]>();
      for (const gap of gaps) groups.set(signature(gap), [...(groups.get(signature(gap)) ?? []), gap]);
      const group = [...groups.values()].reduce((best, next) => (next.length > best.length ? next : best));
      const first = group[0];
      const actions = group.map((gap) => gap.action);
      const others = gaps.length - actions.length;
      const ifExists = `${operator}IfExists`;
      const operatorPath = [...path, 'Condition', operator];
      context.report({
        messageId: 'partial', path: [...operatorPath, key], target: 'key',
        data: {
          key, operator, ifExists,
          action: listNames(actions),
          others: others === 0 ? '' : ` (and ${others} more ${others === 1 ? 'action' : 'actions'} with other resource types)`,
          them: actions.length === 1 ? 'it' : 'them',
          keyed: listNames(first.keyed),
          resources: first.keyed.length === 1 ? 'resource' : 'resources',
          lacking: listNames(first.lacking.map((type) => type.name), 4),
        },
        suggest: Object.hasOwn(condition, ifExists) ? undefined : [{
          messageId: 'useIfExists', data: { operator, ifExists },
          fix: (fixer) => fixer.renameKey(operatorPath, ifExists),
        }],
      });
    });
  },
});
