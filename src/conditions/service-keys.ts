/**
 * Global condition keys that only requests made directly by an AWS service principal carry. The IAM User Guide
 * (global condition keys), for aws:PrincipalServiceName and aws:PrincipalServiceNamesList: "This key is present in
 * the request when the call is made by an AWS service principal. This key is not present in any other situation"
 * (a service role, an IAM principal's credentials, a direct call by an IAM principal, an anonymous request); for the
 * source keys: "This key is included in the request context only when the call to your resource is being made
 * directly by an AWS service principal on behalf of a resource". So no request of an IAM user or role has them.
 */
import { trueWithoutKey } from './operator.js';
import { lowerKey } from './values.js';

export const SERVICE_NAME_KEYS = ['aws:PrincipalServiceName', 'aws:PrincipalServiceNamesList'] as const;
export const SOURCE_KEYS = ['aws:SourceArn', 'aws:SourceAccount', 'aws:SourceOrgID', 'aws:SourceOrgPaths'] as const;
export const SERVICE_ONLY_KEYS = [...SERVICE_NAME_KEYS, ...SOURCE_KEYS] as const;
/** The keys of the data perimeter's confused-deputy protection (an RCP that denies other organizations' resources). */
export const CONFUSED_DEPUTY_KEYS = ['aws:SourceOrgID', 'aws:SourceOrgPaths', 'aws:SourceAccount'] as const;

const lowered = (keys: readonly string[]) => new Set(keys.map(lowerKey));
const SERVICE_NAME = lowered(SERVICE_NAME_KEYS);
const SOURCE = lowered(SOURCE_KEYS);
const SERVICE_ONLY = lowered(SERVICE_ONLY_KEYS);
const CONFUSED_DEPUTY = lowered(CONFUSED_DEPUTY_KEYS);

export const isServiceNameKey = (key: string): boolean => SERVICE_NAME.has(lowerKey(key));
export const isSourceKey = (key: string): boolean => SOURCE.has(lowerKey(key));
export const isServiceOnlyKey = (key: string): boolean => SERVICE_ONLY.has(lowerKey(key));
export const isConfusedDeputyKey = (key: string): boolean => CONFUSED_DEPUTY.has(lowerKey(key));

/**
 * Whether condition entries hold for every request of an IAM user or role: each is on a service-only key and true
 * without it (`StringNotEquals`, `…IfExists`, `ForAllValues:`), as IAM principals' requests never carry these keys.
 * True for no entries.
 */
export function holdsForIamPrincipals(entries: ReadonlyArray<{ operator: string; key: string; values: readonly unknown[] }>): boolean {
  return entries.every((entry) => isServiceOnlyKey(entry.key) && trueWithoutKey(entry) === true);
}
