import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { isObject, statementMatches, type NormalizedStatement } from '../../src/engine/normalize.js';
import { actionGrant, actionMatches, findCoveringAction } from '../../src/actions/glob.js';
import { unconditionalDenyOn } from '../../src/actions/deny.js';
import { arnPatternEntry, entryCovers } from '../../src/arn/pattern.js';
import { expandActionPattern } from '../../src/iam/actions-db.js';
import { hasWildcard } from '../../src/iam/glob.js';
import { arnPatternTokens, patternsIntersect } from '../../src/iam/resources.js';
import { andList, quoted } from '../../src/words.js';

/** One entry of the `sensitive` option: actions, optionally limited to resources, and why they matter. */
interface SensitiveEntry {
  actions: readonly string[];
  resources?: readonly string[];
  reason?: string;
}

/** An entry ready to compare with statements: its action patterns as the actions they stand for. */
interface PreparedEntry {
  /** Canonical action names from the IAM database, plus the literal names it does not know (newer actions). */
  actions: readonly string[];
  /** The sensitive resource patterns; undefined for any resource. */
  resources: readonly string[] | undefined;
  reason: string | undefined;
}

/** A Resource pattern that matches every resource (`*`, `**`). */
const EVERY_RESOURCE = /^\*+$/;

/** Names shown in a message before "and N more". */
const MAX_NAMES = 3;

export default defineRule({
  id: 'sensitive-access',
  meta: {
    category: 'security',
    severity: 'warn',
    recommended: false,
    fixable: 'none',
    unknownCondition: false,
    unknownActions: { notAction: ['onResources', 'anyResource'], deny: ['onResources', 'anyResource'] },
    policyTypes: ['identity', 'resource', 'trust'],
    docs: { description: 'An Allow grants none of the actions, on none of the resources, that the rule\'s sensitive option lists.' },
    messages: {
      onResources: 'This Allow grants {{actions}}{{through}} on {{resources}}{{when}}, which the rule\'s "sensitive" option lists as sensitive{{reason}}; make sure this access is intended, or narrow the statement.',
      anyResource: 'This Allow grants {{actions}}{{through}}{{when}}, which the rule\'s "sensitive" option lists as sensitive{{reason}}; make sure this access is intended, or narrow the statement.',
    },
    defaultOptions: { sensitive: [] },
    optionsSchema: {
      type: 'object',
      properties: {
        sensitive: {
          type: 'array',
          description: 'What counts as sensitive: actions (patterns, as in a policy), optionally only on some resources (ARN patterns), with a reason shown in the message.',
          items: {
            type: 'object',
            properties: {
              actions: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
              resources: { type: 'array', items: { type: 'string', minLength: 1 }, minItems: 1 },
              reason: { type: 'string', minLength: 1 },
            },
            required: ['actions'],
            additionalProperties: false,
          },
        },
      },
      additionalProperties: false,
    },
  },
  given: statementMatches,
  check({ value, path }, context) {
    const entries = preparedEntries(context.options);
    if (entries.length === 0 || !isObject(value) || value.Effect !== 'Allow') return;
    const statement = value as NormalizedStatement;
    const when = isObject(statement.Condition) ? ' when its Condition holds' : '';
    const report = (entryPath: Array<string | number>, through: string, granted: readonly string[], entry: PreparedEntry, reached: readonly string[] | undefined) => {
      context.report({
        messageId: reached ? 'onResources' : 'anyResource',
        path: entryPath,
        data: {
          actions: andList(granted.map(quote), MAX_NAMES), through, when,
          resources: reached ? andList(reached.map(quote), MAX_NAMES) : '',
          reason: entry.reason ? ` (${entry.reason})` : '',
        },
      });
    };
    for (const entry of entries) {
      if (Array.isArray(statement.Action)) {
        statement.Action.forEach((pattern, index) => {
          if (typeof pattern !== 'string') return;
          const granted = entry.actions.filter((action) => actionMatches(pattern, action));
          const reach = granted.length > 0 ? reachOf(statement, granted, entry, context) : undefined;
          if (!reach) return;
          const through = granted.length === 1 && granted[0].toLowerCase() === pattern.trim().toLowerCase() ? '' : ` through ${quoted(pattern)}`;
          report([...path, 'Action', index], through, reach.actions, entry, reach.resources);
        });
      } else if (Array.isArray(statement.NotAction)) {
        const granted = entry.actions.filter((action) => !findCoveringAction(statement.NotAction as unknown[], action));
        const reach = granted.length > 0 ? reachOf(statement, granted, entry, context) : undefined;
        if (reach) report([...path, 'NotAction'], ' through its NotAction', reach.actions, entry, reach.resources);
      }
    }
  },
});

function quote(text: string): string {
  return quoted(text);
}

/**
 * The granted actions and sensitive resources that the statement reaches and no unconditional Deny of the same
 * policy takes back; `resources` is undefined when the entry names no resources. Undefined when nothing is left.
 */
function reachOf(statement: NormalizedStatement, granted: readonly string[], entry: PreparedEntry, context: RuleContext):
  { actions: string[]; resources: string[] | undefined } | undefined {
  const reached = entry.resources ? entry.resources.filter((resource) => statementReaches(statement, resource)) : undefined;
  if (reached?.length === 0) return undefined;
  const policyDenies = denies(context);
  const actions = new Set<string>();
  const resources = new Set<string>();
  for (const action of granted) {
    for (const resource of reached ?? [undefined]) {
      if (policyDenies.some((deny) => takesBack(deny, action, resource))) continue;
      actions.add(action);
      if (resource !== undefined) resources.add(resource);
    }
  }
  if (actions.size === 0) return undefined;
  return { actions: [...actions], resources: reached ? [...resources] : undefined };
}

/** Whether the statement's Resource / NotResource can match some resource the sensitive pattern names. */
function statementReaches(statement: NormalizedStatement, sensitive: string): boolean {
  if (EVERY_RESOURCE.test(sensitive)) return true;
  if (Array.isArray(statement.NotResource)) {
    const target = arnPatternEntry(sensitive);
    return !statement.NotResource.some((entry) => typeof entry === 'string' && entryCovers(arnPatternEntry(entry), target));
  }
  // No Resource at all (a trust policy, a resource policy that leaves it out): the resource it is attached to.
  if (!Array.isArray(statement.Resource)) return statement.Resource === undefined;
  // `span`: a `*` may stand for colons anywhere, so that a doubtful match counts as one (the rule errs towards reporting).
  const target = arnPatternTokens(sensitive, true);
  return statement.Resource.some((entry) => typeof entry === 'string'
    && (EVERY_RESOURCE.test(entry) || patternsIntersect(arnPatternTokens(entry, true), target)));
}

/** The policy's Deny statements that apply to every principal of the policy (a resource policy's may name some). */
function denies(context: RuleContext): NormalizedStatement[] {
  const statements = Array.isArray(context.policy.Statement) ? context.policy.Statement : [];
  return statements.filter((s): s is NormalizedStatement => isObject(s) && s.Effect === 'Deny'
    && s.NotPrincipal === undefined && (s.Principal === undefined || s.Principal === '*'));
}

/** Whether a Deny always takes back `action` on all of `resource` (on every resource when undefined). */
function takesBack(deny: NormalizedStatement, action: string, resource: string | undefined): boolean {
  if (!actionGrant(deny, [], action)) return false;
  // Without Resource (a role trust policy), an unconditional Deny applies to the resource the policy is on.
  if (deny.Resource === undefined && deny.NotResource === undefined) return !isObject(deny.Condition);
  const target = resource === undefined ? undefined : arnPatternEntry(resource);
  return unconditionalDenyOn(deny, (entry) => target !== undefined && entryCovers(arnPatternEntry(entry), target));
}

/** The option's entries, prepared once per options object (the engine keeps one per configured rule). */
const prepared = new WeakMap<object, PreparedEntry[]>();

function preparedEntries(options: Readonly<Record<string, unknown>>): PreparedEntry[] {
  const list = options.sensitive as readonly SensitiveEntry[] | undefined;
  if (!list || list.length === 0) return [];
  let entries = prepared.get(list);
  if (!entries) {
    entries = list.map((entry) => ({
      actions: [...new Set(entry.actions.flatMap((pattern) => {
        const known = expandActionPattern(pattern);
        // A name the database does not know yet is still compared as written.
        return known.length > 0 || hasWildcard(pattern) ? known : [pattern.trim()];
      }))],
      resources: entry.resources && !entry.resources.some((r) => EVERY_RESOURCE.test(r)) ? entry.resources : undefined,
      reason: entry.reason,
    }));
    prepared.set(list, entries);
  }
  return entries;
}
