/**
 * Whether a JSON file found by expanding a directory (or a glob) is an IAM policy at all. A repository holds
 * other JSON beside its policies (package.json, tsconfig.json with comments, fixtures, data); linting those
 * as policies buries the real findings under thousands of false ones, and `--fix` would write a `Version`
 * into them. Files named on the command line, and files matched by a config's own `include`, are always
 * linted.
 */

/** The policy language versions IAM has known: a `Version` with another value is some other format's. */
const POLICY_VERSION = /^(?:2012|2008)-10-17$/;

/** Keys that, beside `Effect`, make an object a statement on its own (a file holding one statement). */
const STATEMENT_KEYS = new Set(['action', 'notaction', 'resource', 'notresource', 'principal', 'notprincipal']);

/**
 * A parsed document is a policy when it is an object with a `Statement` key (in any case: `statement` is a
 * common slip), or a policy `Version` ("2012-10-17", "2008-10-17"), or is a statement by itself (`Effect`
 * with `Action`, `Resource` or `Principal`, or their Not forms). A single familiar key is not enough: a
 * DynamoDB item has an `Id`, a Step Functions definition a `Version` of "1.0".
 * A text that does not parse is a broken policy when it is empty or names a statement or a policy version;
 * otherwise it is some other file (JSONC with comments, say).
 */
export function looksLikePolicy(text: string, value: unknown, parsed: boolean): boolean {
  // An empty file is most likely a policy that was never written or was lost in a copy: report it.
  if (!parsed) return /^\uFEFF?\s*$/.test(text) || /"statement"\s*:|"(?:2012|2008)-10-17"/i.test(text);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  let effect = false;
  let statementKey = false;
  for (const [key, member] of Object.entries(value)) {
    const lower = key.toLowerCase();
    if (lower === 'statement') return true;
    if (lower === 'version' && typeof member === 'string' && POLICY_VERSION.test(member)) return true;
    if (lower === 'effect') effect = true;
    else if (STATEMENT_KEYS.has(lower)) statementKey = true;
  }
  return effect && statementKey;
}
