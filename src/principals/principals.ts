/**
 * The principals of a statement, one entry per value, with the path of each (in the normalised view), and
 * the text-only classification of federated and service principals.
 */
import { isObject, type NormalizedStatement } from '../engine/normalize.js';

export type PrincipalElement = 'Principal' | 'NotPrincipal';

export interface PrincipalEntry {
  element: PrincipalElement;
  /** `AWS`, `Service`, `Federated`, `CanonicalUser` (or whatever key the policy wrote); undefined for a bare `"*"`. */
  type: string | undefined;
  value: unknown;
  /** `[..., 'Principal', 'AWS', 0]`, or `[..., 'Principal']` for a bare `"*"`. */
  path: Array<string | number>;
}

/** The answer for a statement without the element, shared: callers must not modify the list. */
const NO_PRINCIPALS: PrincipalEntry[] = Object.freeze([]) as unknown as PrincipalEntry[];

/** Every value of a statement's Principal (or NotPrincipal). Malformed elements give nothing. Callers must not modify the list. */
export function principalEntries(
  statement: NormalizedStatement,
  statementPath: ReadonlyArray<string | number>,
  element: PrincipalElement = 'Principal',
): PrincipalEntry[] {
  const principal = statement[element];
  // Most statements (all of an identity policy's) have no principal: make no path, nor even a new list, for them.
  if (principal === undefined) return NO_PRINCIPALS;
  const base = [...statementPath, element];
  if (principal === '*') return [{ element, type: undefined, value: '*', path: base }];
  if (!isObject(principal)) return [];
  const out: PrincipalEntry[] = [];
  for (const [type, values] of Object.entries(principal)) {
    if (!Array.isArray(values)) continue;
    values.forEach((value, index) => out.push({ element, type, value, path: [...base, type, index] }));
  }
  return out;
}

/** Whether a statement's Principal is everyone: `"*"`, or `"*"` among its `AWS` principals (NotPrincipal is not read). */
export function namesEveryone(statement: NormalizedStatement, statementPath: ReadonlyArray<string | number>): boolean {
  return principalEntries(statement, statementPath).some((entry) => entry.value === '*' && (entry.type === undefined || entry.type === 'AWS'));
}

/**
 * Whether a resource policy statement can apply to a service principal: to everyone, to a service, or to all
 * but some (a NotPrincipal that lists services already leaves those out, as its author chose).
 */
export function reachesServices(statement: NormalizedStatement, statementPath: ReadonlyArray<string | number>): boolean {
  if (statement.NotPrincipal !== undefined) return !principalEntries(statement, statementPath, 'NotPrincipal').some((entry) => entry.type === 'Service');
  return principalEntries(statement, statementPath).some((entry) => entry.value === '*' || entry.type === 'Service');
}

/** `arn:aws:iam::123456789012:saml-provider/Okta` */
export function isSamlProviderArn(value: string): boolean {
  return /^arn:[^:]+:iam::[^:]*:saml-provider\/[^/].*$/.test(value);
}

/** The issuer host of an OIDC provider ARN (`arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com`). */
export function oidcProviderHost(value: string): string | undefined {
  const match = /^arn:[^:]+:iam::[^:]*:oidc-provider\/(.+)$/.exec(value);
  return match ? match[1] : undefined;
}

/** Web identity providers that a role trust policy names by domain rather than by provider ARN. */
export const OIDC_DOMAIN_PROVIDERS: readonly string[] = [
  'accounts.google.com',
  'cognito-identity.amazonaws.com',
  'graph.facebook.com',
  'www.amazon.com',
];

/** A host name: labels of letters, digits and hyphens separated by dots, at least two labels. */
export function isDomainName(value: string): boolean {
  return /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/.test(value);
}

export type FederatedKind = 'saml' | 'oidc' | 'invalid';

/**
 * What a `Federated` value is: a SAML provider ARN, an OIDC provider (an ARN, or a web identity domain such
 * as `accounts.google.com`), or neither. Any other domain name counts as OIDC: AWS documents a domain name
 * or a provider ARN as the valid forms.
 */
export function federatedKind(value: string): FederatedKind {
  if (isSamlProviderArn(value)) return 'saml';
  if (oidcProviderHost(value) !== undefined) return 'oidc';
  if (!value.startsWith('arn:') && isDomainName(value)) return 'oidc';
  return 'invalid';
}

/** The host whose condition keys (`<host>:sub`, `<host>:aud`) describe an OIDC principal's token. */
export function oidcIssuer(value: string): string | undefined {
  const host = oidcProviderHost(value);
  if (host !== undefined) return host;
  return !value.startsWith('arn:') && isDomainName(value) ? value : undefined;
}

/** The GitHub Actions token issuer. */
export const GITHUB_ACTIONS_ISSUER = 'token.actions.githubusercontent.com';

/** The role an assumed-role session ARN belongs to: `arn:aws:sts::123456789012:assumed-role/Admin/alice`. */
export function assumedRoleOf(value: string): { partition: string; account: string; roleName: string } | undefined {
  const match = /^arn:([^:]+):sts::([^:]*):assumed-role\/([^/]+)\/.+$/.exec(value);
  return match ? { partition: match[1], account: match[2], roleName: match[3] } : undefined;
}

/** The parts of a role ARN that identify it: `arn:aws:iam::123456789012:role/path/Admin` → name `Admin`. */
export function roleArnParts(value: string): { partition: string; account: string; roleName: string } | undefined {
  const match = /^arn:([^:]+):iam::([^:]*):role\/(?:.*\/)?([^/]+)$/.exec(value);
  return match ? { partition: match[1], account: match[2], roleName: match[3] } : undefined;
}
