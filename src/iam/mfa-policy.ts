/**
 * What the MFA rule pack needs to know about a policy, computed once per policy and shared by every rule
 * (memoised for the last normalised policy object): its MFA denies, their exempt sets, and whether the policy is
 * of the MFA self-service family at all (`MfaAnalysis.family`). Everything here is cheap for policies that
 * have nothing to do with MFA: one pass over the statements and their condition keys.
 *
 * Vocabulary (../../docs and iam-facts §3):
 * - MFA key: `aws:MultiFactorAuthPresent` or `aws:MultiFactorAuthAge` (case-insensitive).
 * - MFA deny: a Deny statement whose Condition uses an MFA key.
 * - Broad MFA deny: one that denies "everything except": it has NotAction, or `"Action": "*"`.
 * - Exempt set: what a NotAction deny's entries match (globs expanded, case-insensitive).
 * - Self ARN: `arn:<partition>:iam::<account|*>:user/${aws:username}` (or with any path: `user/*` + `/${aws:username}`).
 */
import { conditionEntries, isObject, statementMatches, type ConditionEntry, type NormalizedPolicy, type NormalizedStatement } from '../engine/normalize.js';
import { memoizeLast } from '../engine/memo.js';
import type { JsonPath } from '../engine/types.js';
import { expandActionPattern } from './actions-db.js';
import { actionAccessLevels, actionResourceTypes, isWholeServicePattern, type ActionResourceType } from './database.js';
import { actionMatches } from '../actions/glob.js';
import { globMatches, hasWildcard } from './glob.js';
import { MFA_DEVICE_MANAGEMENT_ACTIONS, SELF_SERVICE_USER_PATTERNS } from './mfa-sets.js';
import { lowerKey } from '../conditions/values.js';
import { parseOperator } from '../conditions/operator.js';

export const MFA_PRESENT_KEY = 'aws:MultiFactorAuthPresent';
export const MFA_AGE_KEY = 'aws:MultiFactorAuthAge';

/** Which MFA key a condition key is (case-insensitive), if any. */
export function mfaKeyKind(key: string): 'present' | 'age' | undefined {
  const lower = lowerKey(key);
  if (lower === 'aws:multifactorauthpresent') return 'present';
  if (lower === 'aws:multifactorauthage') return 'age';
  return undefined;
}

/** A key that looks like an MFA key but is not one (`aws:MultiFactorAuthenticationPresent`, `aws:MFAPresent`). */
export function isMfaLookalike(key: string): boolean {
  return mfaKeyKind(key) === undefined && /multi[-_ ]?factor|mfa/i.test(key) && !/^iam:/i.test(key);
}

/** A condition value's boolean meaning: `"false"`, `false` (and other letter cases) → false. */
export function booleanOf(value: unknown): boolean | undefined {
  if (typeof value === 'boolean') return value;
  if (typeof value !== 'string') return undefined;
  const lower = value.toLowerCase();
  return lower === 'true' ? true : lower === 'false' ? false : undefined;
}

/** One string of a list element (Action, NotAction, Resource, NotResource) with its normalised path. */
export interface ListEntry {
  readonly value: string;
  readonly index: number;
  readonly path: JsonPath;
}

/** A ListEntry whose path is only built when a rule reports it (policies have thousands of entries). */
class Entry implements ListEntry {
  constructor(readonly value: string, readonly index: number, private readonly base: JsonPath) {}
  get path(): JsonPath {
    return [...this.base, this.index];
  }
}

export interface StatementInfo {
  statement: NormalizedStatement;
  path: JsonPath;
  index: number;
  effect: 'Allow' | 'Deny' | undefined;
  action?: ListEntry[];
  notAction?: ListEntry[];
  resource?: ListEntry[];
  notResource?: ListEntry[];
  conditions: ConditionEntry[];
  /** The condition entries whose key is an MFA key. */
  mfaConditions: ConditionEntry[];
}

export interface MfaDeny extends StatementInfo {
  /** NotAction, or an Action entry `*`: denies everything except. */
  broad: boolean;
  /**
   * The deny also fires for requests signed with long-term access keys and for sessions without MFA:
   * `BoolIfExists {Present: false}`, `Null {Age: true}` or `NumericGreaterThan[Equals]IfExists {Age}`.
   */
  effective: boolean;
}

export interface MfaAnalysis {
  statements: StatementInfo[];
  /** Every Deny that uses an MFA key. */
  denies: MfaDeny[];
  /** The MFA denies with NotAction (their exempt sets are defined). */
  notActionDenies: MfaDeny[];
  /** The broad MFA denies (NotAction or `Action: "*"`). */
  broadDenies: MfaDeny[];
  /**
   * The policy is of the "MFA-enforced self-service credentials" family: it tries to enforce MFA. That is, it
   * uses an MFA key in some condition (a deny, or an Allow gated on MFA), or an Allow grants one of
   * MFA_DEVICE_MANAGEMENT_ACTIONS (by name or a glob other than `iam:*`) on a resource scoped to
   * `${aws:username}`. A resource on `${aws:username}` alone is not enough: AWS's self-service examples
   * without MFA (change your password, rotate your access keys) and administrators' policies (`iam:*` on
   * the caller's user) have one too.
   */
  family: boolean;
  /**
   * Some Resource or NotResource entry uses `${aws:username}`: a self-service policy, with or without MFA
   * (mfa-action-resource-type checks the resource types of those).
   */
  usernameScoped: boolean;
}


function entriesOf(value: unknown, path: JsonPath): ListEntry[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: ListEntry[] = [];
  for (let index = 0; index < value.length; index++) {
    const item = value[index];
    if (typeof item === 'string') out.push(new Entry(item, index, path));
  }
  return out;
}

const NOT_YET = Symbol('not yet');

/**
 * A statement's facts. Its list entries are made when a rule first reads them: most policies are not MFA
 * policies, and making an entry for every action and resource of every statement up front was the largest
 * allocation of a corpus run (~20 MB of ~195 MB).
 */
class Facts implements StatementInfo {
  readonly index: number;
  readonly effect: 'Allow' | 'Deny' | undefined;
  // Made on first read; `NOT_YET` until then (undefined is an answer: the statement has no such list).
  private actions: ListEntry[] | undefined | typeof NOT_YET = NOT_YET;
  private notActions: ListEntry[] | undefined | typeof NOT_YET = NOT_YET;
  private resources: ListEntry[] | undefined | typeof NOT_YET = NOT_YET;
  private notResources: ListEntry[] | undefined | typeof NOT_YET = NOT_YET;

  constructor(
    readonly statement: NormalizedStatement,
    readonly path: JsonPath,
    readonly conditions: ConditionEntry[],
    readonly mfaConditions: ConditionEntry[],
  ) {
    this.index = path[1] as number;
    this.effect = statement.Effect === 'Allow' || statement.Effect === 'Deny' ? statement.Effect : undefined;
  }

  get action(): ListEntry[] | undefined {
    return this.actions === NOT_YET ? (this.actions = this.entries('Action')) : this.actions;
  }

  get notAction(): ListEntry[] | undefined {
    return this.notActions === NOT_YET ? (this.notActions = this.entries('NotAction')) : this.notActions;
  }

  get resource(): ListEntry[] | undefined {
    return this.resources === NOT_YET ? (this.resources = this.entries('Resource')) : this.resources;
  }

  get notResource(): ListEntry[] | undefined {
    return this.notResources === NOT_YET ? (this.notResources = this.entries('NotResource')) : this.notResources;
  }

  private entries(element: 'Action' | 'NotAction' | 'Resource' | 'NotResource'): ListEntry[] | undefined {
    return entriesOf(this.statement[element], [...this.path, element]);
  }
}

class Deny extends Facts implements MfaDeny {
  readonly broad: boolean;
  readonly effective: boolean;

  constructor(statement: NormalizedStatement, path: JsonPath, conditions: ConditionEntry[], mfaConditions: ConditionEntry[]) {
    super(statement, path, conditions, mfaConditions);
    this.broad = this.notAction !== undefined || (this.action ?? []).some((entry) => entry.value.trim() === '*');
    this.effective = mfaConditions.some(firesForEveryone);
  }
}

/** Whether a Resource or NotResource list has an entry scoped to `${aws:username}`. */
function namesUsername(list: readonly unknown[] | undefined): boolean {
  return list?.some((item) => typeof item === 'string' && /\$\{aws:username\b/i.test(item)) ?? false;
}

/** Whether a statement scopes a Resource or NotResource entry to `${aws:username}`. */
function scopesToUsername(statement: NormalizedStatement): boolean {
  return namesUsername(statement.Resource) || namesUsername(statement.NotResource);
}

/**
 * Whether an Allow statement lets users manage their own MFA device: its Action names one of
 * MFA_DEVICE_MANAGEMENT_ACTIONS, or covers one with an IAM glob that is not the whole service (`iam:*MFA*`,
 * not `iam:*` or `*`), and one of its Resource entries is scoped to `${aws:username}`.
 */
function managesOwnMfaDevice(statement: NormalizedStatement): boolean {
  if (statement.Effect !== 'Allow' || !statement.Action || !statement.Resource) return false;
  if (!namesUsername(statement.Resource)) return false;
  return statement.Action.some((entry) => typeof entry === 'string' && /^\s*iam:/i.test(entry) && !isWholeServicePattern(entry) &&
    MFA_DEVICE_MANAGEMENT_ACTIONS.some((action) => actionMatches(entry, action)));
}

/** The MFA facts of a normalised policy, computed once per policy object (see memoizeLast). */
export function analyzeMfa(policy: NormalizedPolicy): MfaAnalysis {
  if (!isObject(policy)) return { statements: [], denies: [], notActionDenies: [], broadDenies: [], family: false, usernameScoped: false };
  return analyzeObject(policy);
}

const analyzeObject = memoizeLast((policy: NormalizedPolicy): MfaAnalysis => {
  const statements: StatementInfo[] = [];
  const denies: MfaDeny[] = [];
  let family = false;
  let usernameScoped = false;
  for (const { value, path } of statementMatches(policy)) {
    const statement = value as NormalizedStatement;
    const conditions = conditionEntries(statement, path);
    const mfaConditions = conditions.length === 0 ? conditions : conditions.filter((entry) => mfaKeyKind(entry.key) !== undefined);
    const isMfaDeny = statement.Effect === 'Deny' && mfaConditions.length > 0;
    const info = isMfaDeny ? new Deny(statement, path, conditions, mfaConditions) : new Facts(statement, path, conditions, mfaConditions);
    statements.push(info);
    if (!usernameScoped && scopesToUsername(statement)) usernameScoped = true;
    if (mfaConditions.length > 0 || (!family && usernameScoped && managesOwnMfaDevice(statement))) family = true;
    if (isMfaDeny) denies.push(info as Deny);
  }
  const analysis: MfaAnalysis = {
    statements,
    denies,
    notActionDenies: denies.filter((deny) => deny.notAction !== undefined),
    broadDenies: denies.filter((deny) => deny.broad),
    family,
    usernameScoped,
  };
  return analysis;
});

/** A Deny condition entry that fires for long-term keys and for sessions without MFA (iam-facts §2.1). */
function firesForEveryone(entry: ConditionEntry): boolean {
  const kind = mfaKeyKind(entry.key);
  const values = entry.values;
  if (entry.operator === 'BoolIfExists' && kind === 'present') return values.length === 1 && booleanOf(values[0]) === false;
  if (entry.operator === 'Null' && kind === 'age') return values.length === 1 && booleanOf(values[0]) === true;
  if ((entry.operator === 'NumericGreaterThanIfExists' || entry.operator === 'NumericGreaterThanEqualsIfExists') && kind === 'age') return true;
  return false;
}

/** An ARN of the root user or of IAM users (`arn:aws:iam::*:root`, `arn:aws:iam::111122223333:user/*`): never a role's. */
const ROOT_OR_USER_ARN = /^arn:[^:]+:iam::[^:]*:(?:root|user\/.*)$/;

/**
 * The condition requires aws:PrincipalArn to be the root user's or IAM users' ARN. For a role session the key
 * holds the role's ARN, so a deny with it never reaches role sessions (an SCP that enforces MFA for the root
 * user and IAM users only).
 */
export function confinesToRootOrUsers(entry: ConditionEntry): boolean {
  if (entry.key.toLowerCase() !== 'aws:principalarn') return false;
  const operator = parseOperator(entry.operator);
  if (!operator || operator.negated || operator.qualifier || (operator.family !== 'Arn' && operator.family !== 'String')) return false;
  return entry.values.length > 0 && entry.values.every((value) => typeof value === 'string' && ROOT_OR_USER_ARN.test(value));
}

/**
 * A Deny condition entry that fires for some request without MFA: a session without MFA or a long-term
 * access key (`Bool`/`BoolIfExists` Present false, `Null` Present or Age true, `Numeric…IfExists` Age).
 * A deny whose MFA entries are all of another kind (`Bool` Present true, `NumericGreaterThan` Age) never
 * blocks a user who has no MFA.
 */
export function blocksWithoutMfa(entry: ConditionEntry): boolean {
  const kind = mfaKeyKind(entry.key);
  const single = entry.values.length === 1 ? booleanOf(entry.values[0]) : undefined;
  if ((entry.operator === 'Bool' || entry.operator === 'BoolIfExists') && kind === 'present') return single === false;
  if (entry.operator === 'Null') return single === true;
  return kind === 'age' && /^Numeric.*IfExists$/.test(entry.operator);
}

/** Whether a statement's Action / NotAction covers an action (string entries only). */
export function statementCoversAction(info: StatementInfo, action: string): boolean {
  if (info.notAction) return !info.notAction.some((entry) => actionMatches(entry.value, action));
  return (info.action ?? []).some((entry) => actionMatches(entry.value, action));
}

/** The NotAction entries of a deny that exempt an action (empty when the deny has no NotAction). */
export function exemptingEntries(deny: StatementInfo, action: string): ListEntry[] {
  return (deny.notAction ?? []).filter((entry) => actionMatches(entry.value, action));
}

/** Whether some effective MFA deny (other than `except`) denies an action without MFA. */
export function deniedByEffectiveDeny(analysis: MfaAnalysis, action: string, except?: MfaDeny): boolean {
  return analysis.denies.some((deny) => deny !== except && deny.effective && !deny.notResource && statementCoversAction(deny, action));
}

/**
 * Whether an action is exempt from the policy's MFA deny: some NotAction MFA deny that blocks users
 * without MFA exempts it, and no other effective MFA deny covers it.
 */
export function isExempt(analysis: MfaAnalysis, action: string): boolean {
  return analysis.notActionDenies.some((deny) => deny.mfaConditions.some(blocksWithoutMfa) && exemptingEntries(deny, action).length > 0 &&
    !deniedByEffectiveDeny(analysis, action, deny));
}

/**
 * The exempt set of a NotAction deny, expanded against the database. Whole-service entries (`iam:*`) and
 * entries whose service part has a wildcard (`*`, `*:Get*`) are left out: they exempt (nearly) everything
 * and are reported as such by mfa-notaction-no-escape-hatch.
 */
export function exemptSet(deny: MfaDeny): Set<string> {
  const out = new Set<string>();
  for (const entry of deny.notAction ?? []) {
    const service = entry.value.split(':')[0];
    if (!entry.value.includes(':') || hasWildcard(service) || isWholeServicePattern(entry.value)) continue;
    for (const action of expandActionPattern(entry.value)) out.add(action);
  }
  return out;
}

/** Whether an entry names a whole service or everything (`*`, `iam:*`). */
export { isWholeServicePattern };

const expandedSets = new WeakMap<readonly string[], readonly string[]>();

/** A named set (see mfa-sets.ts) expanded to canonical action names, in order, once per set. */
export function expandSet(patterns: readonly string[]): readonly string[] {
  let out = expandedSets.get(patterns);
  if (!out) {
    out = [...new Set(patterns.flatMap((pattern) => expandActionPattern(pattern)))];
    expandedSets.set(patterns, out);
  }
  return out;
}

let selfService: ReadonlySet<string> | undefined;

/** The self-service actions on the caller's own user: SELF_SERVICE_USER_PATTERNS whose `user` type is required. */
export function selfServiceUserActions(): ReadonlySet<string> {
  if (!selfService) {
    selfService = new Set(expandSet(SELF_SERVICE_USER_PATTERNS).filter((action) =>
      actionResourceTypes(action).some((type) => type.name === 'user' && type.required)));
  }
  return selfService;
}

/**
 * The resource types a Resource must name to grant an action: its required types, else any of its optional
 * ones. Empty for an action that acts on no resource: only `"*"` grants it.
 */
export function grantingResourceTypes(types: readonly ActionResourceType[]): readonly ActionResourceType[] {
  const required = types.filter((type) => type.required);
  return required.length > 0 ? required : types;
}

/** Whether one of an Allow's Resource entries can grant the action (`"*"`, or an ARN of a type it acts on). */
export function resourcesGrant(resources: readonly string[], action: string): boolean {
  if (resources.some((r) => /^\*+$/.test(r))) return true;
  const types = grantingResourceTypes(actionResourceTypes(action));
  return resources.some((r) => types.some((type) => type.arnFormats.some((format) => resourceMatchesFormat(r, format))));
}

let selfServiceWrites: readonly string[] | undefined;

/** What a policy without an MFA deny lets users do to their own credentials: see missingMfaDeny. */
export interface UndeniedGrant {
  info: StatementInfo;
  /** A self-service write the statement grants. */
  action: string;
  /** Its Resource entry on the caller's own user. */
  resource: string;
}

/**
 * The first Allow that lets users change their own credentials in a policy with no MFA deny (mfa-deny-present's
 * finding): a self-service action whose access level is a write, on the caller's own user ARN. Undefined when
 * the policy has an MFA deny, or a Deny on a misspelt MFA key (mfa-deny-condition-valid reports that one).
 */
export function missingMfaDeny(analysis: MfaAnalysis): UndeniedGrant | undefined {
  if (analysis.denies.length > 0) return undefined;
  if (analysis.statements.some((s) => s.effect === 'Deny' && s.conditions.some((c) => isMfaLookalike(c.key)))) return undefined;
  for (const info of analysis.statements) {
    // The raw lists, not info.resource / info.action: those make an entry per item, and most statements
    // of most policies are not self-service grants.
    const { Action: actions, Resource: resources } = info.statement;
    if (info.effect !== 'Allow' || !actions || !resources) continue;
    const resource = resources.find((r): r is string => typeof r === 'string' && /\$\{aws:username/i.test(r) && userScopeOf(r) === 'self');
    if (!resource) continue;
    for (const entry of actions) {
      if (typeof entry !== 'string' || (!/^(iam|\*|[^:]*[*?][^:]*):/i.test(entry) && entry.trim() !== '*')) continue;
      // Managing credentials, not reading them. Computed when first needed: it reads the IAM database files.
      selfServiceWrites ??= [...selfServiceUserActions()].filter((action) => actionAccessLevels(action).some((level) => level !== 'Read' && level !== 'List'));
      const action = selfServiceWrites.find((a) => actionMatches(entry, a));
      if (action) return { info, action, resource };
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------
// ARNs

export interface ParsedArn {
  partition: string;
  service: string;
  region: string;
  account: string;
  /** Everything after the 5th colon. */
  resource: string;
}

/** Split an ARN into its six fields; undefined for `*` and for text with fewer than five colons. */
export function parseArn(text: string): ParsedArn | undefined {
  if (!text.startsWith('arn:')) return undefined;
  // indexOf rather than split: rules call this for every Resource entry, and resources can be long.
  const c2 = text.indexOf(':', 4);
  const c3 = c2 < 0 ? -1 : text.indexOf(':', c2 + 1);
  const c4 = c3 < 0 ? -1 : text.indexOf(':', c3 + 1);
  const c5 = c4 < 0 ? -1 : text.indexOf(':', c4 + 1);
  if (c5 < 0) return undefined;
  return { partition: text.slice(4, c2), service: text.slice(c2 + 1, c3), region: text.slice(c3 + 1, c4), account: text.slice(c4 + 1, c5), resource: text.slice(c5 + 1) };
}

/** Where a resource pattern stands with respect to IAM user ARNs. */
export type UserScope = 'self' | 'other' | 'none';

const CALLER = 'alice';
const OTHER_USERS = ['user/bob', 'user/eng/bob', `user/x${CALLER}`, `user/${CALLER}x`, `user/${CALLER}/bob`];
const SELF_USERS = [`user/${CALLER}`, `user/eng/${CALLER}`];

/**
 * Resolve the variables of a resource pattern for a request by user "alice": `${aws:username}` → alice,
 * `${*}` `${?}` `${$}` → the literal character, any other variable → a character no ARN contains.
 */
function resolveForCaller(pattern: string): string {
  return pattern.replace(/\$\{([^}]*)\}/g, (_whole, inner: string) => {
    const name = inner.split(',')[0].trim();
    if (name.toLowerCase() === 'aws:username') return CALLER;
    if (name === '*' || name === '?' || name === '$') return `\u0000${name}`;
    return '\u0001';
  });
}

function matchesLiteralAware(pattern: string, text: string): boolean {
  // `\u0000*` stands for a literal `*` (from `${*}`): turn the pattern into a regexp by hand.
  if (!pattern.includes('\u0000')) return globMatches(pattern, text, { caseSensitive: true });
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const char = pattern[i];
    if (char === '\u0000') source += pattern[++i].replace(/[*?$]/g, '\\$&');
    else if (char === '*') source += '.*';
    else if (char === '?') source += '.';
    else source += char.replace(/[.+^${}()|[\]\\/-]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 's').test(text);
}

/**
 * Whether a Resource pattern can match the ARN of an IAM user other than the caller (`other`: `*`,
 * `user/*`, a literal name, `user/*${aws:username}`), only the caller's own user ARN (`self`), or no user
 * ARN at all (`none`: an MFA device, a role, an S3 bucket).
 */
export function userScopeOf(pattern: string): UserScope {
  const resolved = resolveForCaller(pattern);
  const arn = parseArn(pattern);
  const literal = (value: string | undefined, fallback: string) => (value !== undefined && !/[*?$]/.test(value) ? value : fallback);
  const prefix = `arn:${literal(arn?.partition, 'aws')}:iam::${literal(arn?.account, '123456789012')}:`;
  if (arn && !globMatches(arn.service, 'iam', { caseSensitive: true })) return 'none';
  if (OTHER_USERS.some((user) => matchesLiteralAware(resolved, prefix + user))) return 'other';
  if (SELF_USERS.some((user) => matchesLiteralAware(resolved, prefix + user))) return 'self';
  if (arn && /^user\//.test(arn.resource)) return 'other';
  return 'none';
}

/** `arn:aws:iam::*:user/${aws:username}` or `…:user/*\/${aws:username}`, exactly (key case-insensitive). */
export function isSelfUserArn(pattern: string): boolean {
  return /^arn:[^:]+:iam::[^:]*:user\/(\*\/)?\$\{aws:username\}$/i.test(pattern) && userScopeOf(pattern) === 'self';
}

/** The caller's own user ARN, in the partition and account of `near` when it is an ARN with plain ones. */
export function selfUserArn(near = ''): string {
  const arn = parseArn(near);
  const partition = arn && /^aws(-[a-z]+)*$/.test(arn.partition) ? arn.partition : 'aws';
  const account = arn && /^(\d{12}|\*)$/.test(arn.account) ? arn.account : '*';
  return `arn:${partition}:iam::${account}:user/\${aws:username}`;
}

/**
 * Whether a Resource pattern can match an ARN of the given format (`arn:${Partition}:iam::${Account}:mfa/${MfaTokenIdWithPath}`),
 * field by field: wildcards and variables match anything, literal text must agree up to the first
 * placeholder of the format's resource part (`mfa/`).
 */
export function resourceMatchesFormat(pattern: string, format: string): boolean {
  // A resource the template fills in (`${GetAtt::Role.Arn}`, Terraform's `${TF::local.role_arn}`) may be of any type.
  if (/^\*+$/.test(pattern) || /^\$\{[^}]*::[^}]*\}$/.test(pattern)) return true;
  const arn = parseArn(pattern.replace(/\$\{[^}]*\}/g, '*'));
  const shape = parseArn(format);
  if (!arn || !shape) return false;
  const field = (value: string, wanted: string) =>
    wanted.startsWith('${') || hasWildcard(value) ? true : value === wanted;
  if (!field(arn.partition, shape.partition) || !globMatches(arn.service, shape.service, { caseSensitive: true })) return false;
  if (!field(arn.region, shape.region) || !field(arn.account, shape.account)) return false;
  const prefix = shape.resource.split('${')[0];
  for (let i = 0; i < prefix.length; i++) {
    const char = arn.resource[i];
    if (char === undefined) return false;
    if (char === '*') return true;
    if (char !== '?' && char !== prefix[i]) return false;
  }
  return true;
}
