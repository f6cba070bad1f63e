import type { ParsedOperator } from '../conditions/operator.js';
import { policyValueMatches } from '../conditions/value-match.js';
import { PARTITIONS } from './resources.js';

/**
 * Service prefixes of AWS global services: services with a single endpoint in us-east-1, so that every request
 * to them has `aws:RequestedRegion` "us-east-1", in the commercial partition (`aws`; for the others, see
 * IAM_REQUEST_REGIONS).
 *
 * Source: the NotAction list of AWS Organizations' SCP example "Deny access to AWS based on the requested AWS
 * Region" (orgs_manage_policies_scps_examples_general), kept to the services that the IAM User Guide's example
 * "AWS: Denies access to AWS based on the requested Region" names as global services with their endpoint in
 * us-east-1 (CloudFront, IAM, Route 53, Support, Budgets, Organizations, WAF), plus route53domains (also us-east-1
 * only). Left out of the SCP list: services with Regional endpoints that the SCP exempts for other reasons
 * (kms and acm, which its "Considerations" say are Regional; config, directconnect, sts, wafv2, …), and
 * globalaccelerator, whose endpoint is in us-west-2. The IAM database does not say which services are global.
 */
// The best known first: messages name the first few a statement covers.
export const GLOBAL_SERVICES: readonly string[] = [
  'iam', 'organizations', 'route53', 'cloudfront', 'support', 'budgets', 'route53domains', 'waf',
];

/**
 * The global services AWS's Region-deny example always exempts (its NotAction: "Actions in the CloudFront, IAM,
 * Route 53, and Support services should not be denied", plus organizations). The others it leaves to the reader
 * ("include actions for other AWS global services that you use, such as budgets, … or waf"): a Deny that does not
 * exempt them is what the example itself writes, and only an Allow limited to other Regions is sure to be wrong.
 */
export const ALWAYS_EXEMPTED_GLOBAL_SERVICES: readonly string[] = ['iam', 'organizations', 'route53', 'cloudfront', 'support'];

/** The Region every request to a global service names, in the commercial partition (`aws`). */
export const GLOBAL_SERVICE_REGION = 'us-east-1';

/**
 * The Region every request to IAM names (`aws:RequestedRegion`), in each partition where AWS documents it:
 * us-east-1 (IAM User Guide, "AWS global condition context keys", aws:RequestedRegion: "Because this endpoint is
 * physically located in the US East (N. Virginia) Region, IAM calls are always made to the us-east-1 Region");
 * us-gov-west-1 (AWS GovCloud (US) User Guide, IAM: "There is one IAM control plane for all AWS GovCloud (US)
 * Regions, which is located in the AWS GovCloud (US-West) Region"); cn-north-1 (IAM User Guide in China,
 * "Dual-stack endpoint support": "The IAM public endpoint at https://iam.cn-north-1.amazonaws.com.cn").
 * The other partitions (ISO, European Sovereign Cloud) are not known here.
 */
export const IAM_REQUEST_REGIONS: Readonly<Record<string, string>> = { aws: 'us-east-1', 'aws-us-gov': 'us-gov-west-1', 'aws-cn': 'cn-north-1' };

/**
 * The partitions (PARTITIONS) with a Region that a value of `aws:RequestedRegion` matches, compared as `operator`
 * compares (its negation left out): `eu-west-1` → aws; `us-gov-*` under StringLike → aws-us-gov; `us-*` → aws,
 * aws-us-gov and the ISO partitions of the United States. Empty for a value that names no known Region.
 */
export function partitionsNamed(operator: ParsedOperator, value: string): string[] {
  return Object.keys(PARTITIONS).filter((partition) => PARTITIONS[partition].regions.some((region) => policyValueMatches(operator, value, region)));
}
