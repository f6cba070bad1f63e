import { parseOperator } from './operator.js';
import { policyValueMatches } from './value-match.js';

/** The calling-service keys: which AWS service made the request on the principal's behalf. */
const CALLED_VIA_KEY = /^aws:CalledVia(?:First|Last)?$/i;
/** The service that makes whatever calls the principal's template says. */
const CLOUDFORMATION = 'cloudformation.amazonaws.com';

/**
 * Whether a condition entry makes the request come through named services other than CloudFormation
 * (`aws:CalledVia`, `aws:CalledViaFirst`, `aws:CalledViaLast`): the service, not the principal, then decides
 * what the call does. A negated operator, IfExists or ForAllValues lets a direct call through.
 */
export function onlyThroughServices(operator: string, key: string, values: readonly unknown[]): boolean {
  if (!CALLED_VIA_KEY.test(key)) return false;
  const parsed = parseOperator(operator);
  if (!parsed || parsed.family !== 'String' || parsed.negated || parsed.ifExists || parsed.qualifier === 'ForAllValues') return false;
  // Service principals are lower case: a value in other case is read as meant.
  return values.length > 0 && values.every((v) => typeof v === 'string' && !policyValueMatches(parsed, v, CLOUDFORMATION, { ignoreCase: true }));
}
