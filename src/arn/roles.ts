/**
 * Resource patterns that cover every resource of a kind: IAM roles (`"*"`, `arn:aws:iam::*:role/*`,
 * `arn:aws:iam::123456789012:role*` and the like), users, policies, Lambda functions. Used by the PassRole,
 * CreateServiceLinkedRole and privilege escalation checks.
 */
import { globMatches } from '../iam/glob.js';
import { globCovers } from './pattern.js';
import { parseArn } from './parse.js';

/**
 * True when the Resource entry matches every resource of one kind (of some account): `*`, or an ARN whose
 * service matches `service` and whose resource part covers `resource` (`role/*`, `function:*`). For a global
 * service (IAM) the Region must be empty; elsewhere a Region is a scope of its own, not a limit on the kind. A
 * pattern limited to some names (`role/service-role/*`, `function:app-*`) does not cover every resource.
 */
export function coversEveryResource(pattern: string, service: string, resource: string, options: { global?: boolean } = {}): boolean {
  if (pattern === '*') return true;
  const arn = parseArn(pattern);
  if (!arn) return false;
  return globMatches(arn.service.value, service, { caseSensitive: true })
    && (!options.global || globMatches(arn.region.value, '', { caseSensitive: true }))
    && globCovers(arn.resource.value, resource);
}

/**
 * True when the Resource entry matches every role (of some account): `*`, or an ARN whose service
 * matches `iam`, whose region may be empty, and whose resource part covers `role/<any name>`. A pattern
 * limited to some role names (`role/service-role/*`, `role/AmazonSageMaker*`) does not cover all roles.
 */
export function coversAllRoles(pattern: string): boolean {
  return coversEveryResource(pattern, 'iam', 'role/*', { global: true });
}
