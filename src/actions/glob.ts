/**
 * How Action / NotAction entries let an action through. Action names are case-insensitive (`iam:passrole` is
 * `iam:PassRole`); the wildcard matcher is src/iam/glob.ts.
 */
import { globMatches, hasWildcard } from '../iam/glob.js';

/**
 * True when an Action / NotAction entry (possibly a wildcard) covers `action`, ignoring case as IAM does.
 * Spaces around the entry are ignored: action-exists reports them, and the other rules judge what the entry
 * would grant rather than miss a grant over a stray space.
 */
export function actionMatches(pattern: string, action: string): boolean {
  return globMatches(pattern.trim(), action);
}

/** The first entry of a list that covers `action`, with its index; non-strings are skipped. */
export function findCoveringAction(list: readonly unknown[], action: string): { pattern: string; index: number } | undefined {
  for (let index = 0; index < list.length; index++) {
    const pattern = list[index];
    if (typeof pattern === 'string' && actionMatches(pattern, action)) return { pattern, index };
  }
  return undefined;
}

/** How a statement's Action / NotAction lets through one action. */
export type ActionGrant =
  /** `Action` names it without a wildcard (`iam:PassRole`, any case). */
  | { kind: 'action'; pattern: string; path: Array<string | number> }
  /** `Action` covers it with a wildcard (`*`, `iam:*`, `iam:Pass*`, `iam:?assRole`). */
  | { kind: 'wildcard'; pattern: string; path: Array<string | number> }
  /** `NotAction` does not exclude it. `path` is the NotAction element. */
  | { kind: 'notAction'; path: Array<string | number> };

/**
 * Whether a (normalised) statement's action element lets `action` through, and how. An explicit entry wins
 * over a wildcard one. Undefined when it does not, or when the element is missing or malformed.
 */
export function actionGrant(
  statement: { Action?: unknown; NotAction?: unknown },
  statementPath: ReadonlyArray<string | number>,
  action: string,
): ActionGrant | undefined {
  if (Array.isArray(statement.Action)) {
    let wildcard: ActionGrant | undefined;
    for (let index = 0; index < statement.Action.length; index++) {
      const pattern = statement.Action[index];
      if (typeof pattern !== 'string' || !actionMatches(pattern, action)) continue;
      const path = [...statementPath, 'Action', index];
      if (!hasWildcard(pattern)) return { kind: 'action', pattern, path };
      wildcard ??= { kind: 'wildcard', pattern, path };
    }
    return wildcard;
  }
  if (Array.isArray(statement.NotAction)) {
    if (findCoveringAction(statement.NotAction, action)) return undefined;
    return { kind: 'notAction', path: [...statementPath, 'NotAction'] };
  }
  return undefined;
}
