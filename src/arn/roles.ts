/**
 * Resource patterns that cover IAM roles: `"*"`, `arn:aws:iam::*:role/*`, `arn:aws:iam::123456789012:role*`
 * and the like. Used by the PassRole and CreateServiceLinkedRole checks.
 */
import { globMatches } from '../iam/glob.js';
import { globCovers } from './pattern.js';
import { parseArn } from './parse.js';

/**
 * True when the Resource entry matches every role (of some account): `*`, or an ARN whose service
 * matches `iam`, whose region may be empty, and whose resource part covers `role/<any name>`. A pattern
 * limited to some role names (`role/service-role/*`, `role/AmazonSageMaker*`) does not cover all roles.
 */
export function coversAllRoles(pattern: string): boolean {
  if (pattern === '*') return true;
  const arn = parseArn(pattern);
  if (!arn) return false;
  return globMatches(arn.service.value, 'iam', { caseSensitive: true }) && globMatches(arn.region.value, '', { caseSensitive: true }) && globCovers(arn.resource.value, 'role/*');
}
