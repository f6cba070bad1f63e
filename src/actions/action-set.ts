/**
 * A set of actions a rule audits (the permissions-management actions, the actions that return credentials) and
 * which of them an Allow statement grants: per Action entry (a name, or a wildcard such as `iam:*`, `s3:Put*`,
 * `*`), and for an Allow with NotAction, the members that no NotAction entry excludes.
 *
 * Answers are cached per entry spelling (and per NotAction list): the AWS managed policies repeat the same
 * entries thousands of times. An entry is matched against the set's members, not expanded over the database:
 * the sets are small (hundreds of actions) and most entries name services with none of them.
 */
import { parseArn } from '../arn/parse.js';
import { servicePrefixes, splitAction } from '../iam/database.js';
import { globMatches, hasWildcard } from '../iam/glob.js';
import { actionMatches } from './glob.js';
import type { NormalizedPolicy, NormalizedStatement } from '../engine/normalize.js';
import { deniedEverywhere } from './deny.js';

export interface ActionSetOptions {
  /** The members of one service (its prefix in lower case), as canonical full names: `iam:PutRolePolicy`. */
  serviceMembers(prefix: string): readonly string[];
  /** Where an action comes in messages: lower first; members of the same rank keep the database's order. */
  rank(action: string): number;
}

/** What an Allow statement grants of a set, and where. */
export type SetGrant =
  /** An Action entry grants these members (`every`: all of them, as `"*"` does). */
  | { kind: 'action'; index: number; entry: string; actions: readonly string[]; every: boolean }
  /** NotAction excludes none of these members. */
  | { kind: 'notAction'; actions: readonly string[]; every: boolean };

const CACHE_LIMIT = 20_000;

export class ActionSet {
  private all?: readonly string[];
  private readonly byEntry = new Map<string, readonly string[]>();
  private readonly byNotAction = new Map<string, readonly string[]>();
  private readonly byService = new Map<string, readonly string[]>();

  constructor(private readonly options: ActionSetOptions) {}

  /** Every member, in message order (asks every service of the database for its members). */
  get members(): readonly string[] {
    return (this.all ??= this.order(servicePrefixes().flatMap((prefix) => this.membersOf(prefix))));
  }

  /**
   * The members an Action entry grants, in message order (empty for none); spaces around it are ignored. The
   * entry is matched against the members only (those of its service, when the service part is literal), never
   * expanded over the database: most entries name services with no member at all.
   */
  grantedBy(entry: string): readonly string[] {
    let result = this.byEntry.get(entry);
    if (!result) {
      const parts = splitAction(entry.trim());
      const candidates = !parts || hasWildcard(parts.service) ? this.members : this.membersOf(parts.service);
      result = candidates.length === 0 ? candidates : candidates.filter((action) => actionMatches(entry, action));
      if (this.byEntry.size > CACHE_LIMIT) this.byEntry.clear();
      this.byEntry.set(entry, result);
    }
    return result;
  }

  /** The members of one service (any case), in message order. */
  private membersOf(prefix: string): readonly string[] {
    const key = prefix.toLowerCase();
    let found = this.byService.get(key);
    if (!found) {
      found = this.order(this.options.serviceMembers(key));
      if (this.byService.size > CACHE_LIMIT) this.byService.clear();
      this.byService.set(key, found);
    }
    return found;
  }

  /**
   * The members an Allow with this NotAction grants: those no entry excludes. With a `Resource` of ARNs only,
   * the statement applies to those resources only, so members of services none of their service fields can
   * match (`iam:…` beside `arn:aws:s3:::logs/*`) are left out; `"*"` or a NotResource keeps them all.
   */
  grantedByNotAction(notAction: readonly unknown[], resource: readonly unknown[] | undefined): readonly string[] {
    const excluded = notAction.filter((entry): entry is string => typeof entry === 'string');
    const services = resource ? arnServices(resource) : undefined;
    const key = `${excluded.join('\n')}\t${services?.join('\n') ?? '*'}`;
    let result = this.byNotAction.get(key);
    if (!result) {
      result = this.members.filter((action) => {
        if (excluded.some((entry) => actionMatches(entry, action))) return false;
        if (!services) return true;
        const prefix = action.slice(0, action.indexOf(':'));
        return services.some((service) => globMatches(service, prefix));
      });
      if (this.byNotAction.size > CACHE_LIMIT) this.byNotAction.clear();
      this.byNotAction.set(key, result);
    }
    return result;
  }

  /**
   * What an Allow statement grants of the set: one grant per Action entry that grants members, or one for its
   * NotAction. Nothing for Deny, or for an element that is missing or malformed.
   */
  grants(statement: NormalizedStatement): SetGrant[] {
    if (statement.Effect !== 'Allow') return [];
    const out: SetGrant[] = [];
    if (Array.isArray(statement.Action)) {
      statement.Action.forEach((entry, index) => {
        if (typeof entry !== 'string') return;
        const actions = this.grantedBy(entry);
        if (actions.length === 0) return;
        out.push({ kind: 'action', index, entry, actions, every: spansServices(entry) && actions.length === this.members.length });
      });
    } else if (Array.isArray(statement.NotAction)) {
      const actions = this.grantedByNotAction(statement.NotAction, Array.isArray(statement.Resource) ? statement.Resource : undefined);
      if (actions.length > 0) out.push({ kind: 'notAction', actions, every: actions.length === this.members.length });
    }
    return out;
  }

  /**
   * `grants`, less the actions that an unconditional Deny on `"*"` of the same policy takes back; a grant left
   * with none is dropped, one left with some no longer grants every member.
   */
  allowedGrants(statement: NormalizedStatement, policy: NormalizedPolicy): SetGrant[] {
    return this.grants(statement).flatMap((found) => {
      const allowed = found.actions.filter((action) => !deniedEverywhere(policy, action));
      if (allowed.length === 0) return [];
      return [allowed.length === found.actions.length ? found : { ...found, actions: allowed, every: false }];
    });
  }

  private order(actions: readonly string[]): readonly string[] {
    const ranked = actions.map((action, position) => ({ action, position, rank: this.options.rank(action) }));
    ranked.sort((a, b) => a.rank - b.rank || a.position - b.position);
    return ranked.map(({ action }) => action);
  }
}

/** An entry whose service part has a wildcard (`*`, `*:Put*`), or no `:` at all: it may match every service. */
function spansServices(entry: string): boolean {
  const parts = splitAction(entry.trim());
  return !parts || hasWildcard(parts.service);
}

/** The service fields of a Resource list, or undefined when an entry is not an ARN (`"*"`) and so may match any. */
function arnServices(resource: readonly unknown[]): string[] | undefined {
  const services: string[] = [];
  for (const entry of resource) {
    if (typeof entry !== 'string') continue;
    const arn = parseArn(entry);
    if (!arn || arn.service.value.includes('${')) return undefined;
    services.push(arn.service.value);
  }
  return services.length > 0 ? services : undefined;
}
