import { defineRule } from '../../src/engine/rule.js';
import { isObject, statementMatches, type NormalizedStatement } from '../../src/engine/normalize.js';
import { actionResourceTypeNames, canonicalAction, expandActionPattern } from '../../src/iam/actions-db.js';
import { actionKeySupport, forEachCondition, isProviderPrefix } from '../../src/iam/condition-keys.js';
import { splitAction } from '../../src/iam/database.js';
import { hasWildcard } from '../../src/iam/glob.js';
import { andList, orList } from '../../src/words.js';

/** A Resource entry that matches every resource: only wildcards, at least one `*` (`*`, `**`, `*?`). */
const EVERY_RESOURCE = /^[*?]*\*[*?]*$/;

/**
 * Global condition keys that say which resources the statement applies to (or, for `aws:RequestTag/…`, which
 * resources it lets the principal create or tag): with one of them, the statement is scoped without ARNs.
 */
const RESOURCE_KEY = /^aws:(?:ResourceTag\/.|RequestTag\/.|ResourceAccount$|ResourceOrgID$|ResourceOrgPaths$)/i;

/** Actions whose grant on every resource pass-role-scope and create-slr-scope report, with more to say. */
const OTHER_RULES = new Set(['iam:passrole', 'iam:createservicelinkedrole']);

/** Type names shown in a message before "and N more" / "or N more". */
const MAX_TYPES = 5;

/**
 * How an action can be scoped to resources, from the IAM database: `required` when it has resource types marked
 * required (every request is authorized on a resource of each), `optional` when it has several types, none
 * required (the Service Authorization Reference: "you can choose to use one of the optional resource types").
 * Undefined for an action that supports only `"*"`, or whose one resource type is optional (often a filter that
 * requests may leave out: `cloudwatch:PutMetricData` and its `dataset`).
 */
interface Scope {
  kind: 'required' | 'optional';
  /** The resource type names the message names: the required ones, or all the optional ones. */
  types: readonly string[];
}

const scopes = new Map<string, Scope | null>();

function scopeOf(action: string): Scope | undefined {
  let scope = scopes.get(action);
  if (scope === undefined) {
    const types = actionResourceTypeNames(action) ?? [];
    const required = types.filter((type) => type.required);
    scope = required.length > 0 ? { kind: 'required', types: required.map((type) => type.name) }
      : types.length > 1 ? { kind: 'optional', types: types.map((type) => type.name) }
        : null;
    scopes.set(action, scope);
  }
  return scope ?? undefined;
}

interface Verdict {
  messageId: 'action' | 'optionalAction' | 'pattern' | 'optionalPattern';
  data: Record<string, string>;
  /** The canonical names of the actions the entry grants, to look up their condition keys. */
  actions: readonly string[];
}

/** What to say about one Action entry (cached per spelling: policies repeat the same entries). */
const verdicts = new Map<string, Verdict | null>();

function verdict(entry: string): Verdict | undefined {
  let result = verdicts.get(entry);
  if (result === undefined) {
    result = judge(entry.trim()) ?? null;
    if (verdicts.size > 50_000) verdicts.clear();
    verdicts.set(entry, result);
  }
  return result ?? undefined;
}

function judge(entry: string): Verdict | undefined {
  const parts = splitAction(entry);
  // `*`, service wildcards (`*:Get*`) and variables are not judged: they span services or are unknown.
  if (!parts || hasWildcard(parts.service) || entry.includes('${')) return undefined;
  if (!hasWildcard(parts.action)) {
    const action = canonicalAction(entry);
    if (!action || OTHER_RULES.has(action.toLowerCase())) return undefined;
    const scope = scopeOf(action);
    if (!scope) return undefined;
    return {
      messageId: scope.kind === 'required' ? 'action' : 'optionalAction',
      data: { action, types: scope.kind === 'required' ? andList(scope.types, MAX_TYPES) : orList(scope.types, MAX_TYPES) },
      actions: [action],
    };
  }
  // A pattern: reported when every action it matches can be scoped; one that also matches an action that
  // supports only "*" needs "*" for that action, and is left alone.
  const actions = expandActionPattern(entry);
  if (actions.length === 0) return undefined;
  const types = new Set<string>();
  let optional = false;
  for (const action of actions) {
    if (OTHER_RULES.has(action.toLowerCase())) return undefined;
    const scope = scopeOf(action);
    if (!scope) return undefined;
    optional ||= scope.kind === 'optional';
    for (const type of scope.types) types.add(type);
  }
  return {
    messageId: optional ? 'optionalPattern' : 'pattern',
    data: { pattern: entry, matched: actions.length === 1 ? '1 action, which' : `${actions.length} actions, each of which`, types: orList([...types], MAX_TYPES) },
    actions,
  };
}

export default defineRule({
  id: 'resource-star',
  meta: {
    category: 'best-practice',
    severity: 'warn',
    recommended: false,
    fixable: 'none',
    unknownCondition: { statement: ['action', 'optionalAction', 'pattern', 'optionalPattern'] },
    unknownActions: false,
    policyTypes: ['identity'],
    docs: { description: 'An identity-policy Allow on "Resource": "*" names no action that acts on specific resources, unless a resource condition or a service key it supports limits it.' },
    messages: {
      action: '"{{action}}" acts on specific resources ({{types}}), but this statement allows every resource ("{{resource}}"); list the ARNs it needs in Resource instead.',
      optionalAction: '"{{action}}" can be limited to specific resources ({{types}}), but this statement allows every resource ("{{resource}}"); if each request names one of them, list their ARNs in Resource instead.',
      pattern: '"{{pattern}}" matches {{matched}} acts on specific resources ({{types}}), but this statement allows every resource ("{{resource}}"); list the ARNs needed in Resource instead.',
      optionalPattern: '"{{pattern}}" matches {{matched}} can be limited to specific resources ({{types}}), but this statement allows every resource ("{{resource}}"); if each request names one of them, list their ARNs in Resource instead.',
    },
  },
  given: statementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== 'Allow') return;
    const { Action: actions, Resource: resources } = value as NormalizedStatement;
    if (!Array.isArray(actions) || !Array.isArray(resources)) return;
    const resource = resources.find((entry): entry is string => typeof entry === 'string' && EVERY_RESOURCE.test(entry));
    if (resource === undefined) return;
    // A condition on the resource's tags, account or organization scopes the statement; service keys are
    // judged per action below; other global keys (MFA, source IP, Region, TLS) limit when, not what.
    let scoped = false;
    const serviceKeys: string[] = [];
    forEachCondition(value, (_operator, key) => {
      if (RESOURCE_KEY.test(key)) scoped = true;
      else {
        const colon = key.indexOf(':');
        const prefix = colon > 0 ? key.slice(0, colon) : '';
        if (prefix && prefix.toLowerCase() !== 'aws' && !isProviderPrefix(prefix)) serviceKeys.push(key);
      }
    });
    if (scoped) return;
    actions.forEach((entry, index) => {
      if (typeof entry !== 'string') return;
      const found = verdict(entry);
      if (!found) return;
      // A condition key of the action's service that the action supports (`s3:prefix`, `ec2:Vpc`,
      // `kms:ViaService`) may well describe the resource: not reported.
      if (serviceKeys.length > 0 && found.actions.some((action) => serviceKeys.some((key) => actionKeySupport(action)?.supports(key)))) return;
      context.report({ messageId: found.messageId, path: [...path, 'Action', index], data: { ...found.data, resource } });
    });
  },
});
