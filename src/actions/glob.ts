/**
 * IAM wildcards (`*` any run of characters, `?` exactly one) without regular expressions: policies are
 * untrusted input, and a hand-written matcher is linear in practice and never backtracks badly.
 * Action names are case-insensitive (`iam:passrole` is `iam:PassRole`); ARNs are not, so the case is a
 * parameter.
 */

export function hasWildcard(value: string): boolean {
  return value.includes('*') || value.includes('?');
}

/** True when `pattern` (with `*` and `?`) matches the whole of `text`. */
export function globMatch(pattern: string, text: string, options: { caseInsensitive?: boolean } = {}): boolean {
  const p = options.caseInsensitive ? pattern.toLowerCase() : pattern;
  const t = options.caseInsensitive ? text.toLowerCase() : text;
  let pi = 0;
  let ti = 0;
  let star = -1; // position in p after the last `*`
  let mark = 0; // position in t where that `*` started matching
  while (ti < t.length) {
    const c = p[pi];
    if (c === '*') {
      star = ++pi;
      mark = ti;
    } else if (c !== undefined && (c === '?' || c === t[ti])) {
      pi++;
      ti++;
    } else if (star >= 0) {
      pi = star;
      ti = ++mark;
    } else {
      return false;
    }
  }
  while (p[pi] === '*') pi++;
  return pi === p.length;
}

/** True when an Action / NotAction entry (possibly a wildcard) covers `action`, ignoring case as IAM does. */
export function actionMatches(pattern: string, action: string): boolean {
  return globMatch(pattern, action, { caseInsensitive: true });
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
