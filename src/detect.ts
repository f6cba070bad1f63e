/**
 * Whether a JSON file found by expanding a directory (or a glob) is an IAM policy at all. A repository holds
 * other JSON beside its policies (package.json, tsconfig.json with comments, fixtures, data); linting those
 * as policies buries the real findings under thousands of false ones. Files named on the command line, and
 * files matched by a config's own `include`, are always linted.
 */

/** Keys of a policy document or of a statement, as IAM spells them: one of them makes a file a policy. */
const POLICY_KEYS = new Set([
  'Version', 'Id', 'Statement', 'Sid', 'Effect', 'Action', 'NotAction', 'Resource', 'NotResource',
  'Principal', 'NotPrincipal', 'Condition',
]);

/**
 * A parsed document is a policy when it is an object with a policy key (`Version`, `Statement`, …, as IAM
 * spells them, or `statement` in any case, a common slip). A text that does not parse is a broken policy
 * when it is empty or names a statement or a policy version; otherwise it is some other file (JSONC with
 * comments, say).
 */
export function looksLikePolicy(text: string, value: unknown, parsed: boolean): boolean {
  // An empty file is most likely a policy that was never written or was lost in a copy: report it.
  if (!parsed) return /^\uFEFF?\s*$/.test(text) || /"statement"\s*:|"(?:2012|2008)-10-17"/i.test(text);
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  for (const key in value) {
    if (POLICY_KEYS.has(key) || key.toLowerCase() === 'statement') return true;
  }
  return false;
}
