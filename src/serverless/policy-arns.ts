/**
 * The managed policy ARNs of a service file, which the framework attaches to the role it makes and CloudFormation
 * passes to IAM as they are: `provider.iam.role.managedPolicies` (v3 and later; v1/v2's `provider.iamManagedPolicies`)
 * and `provider.iam.role.permissionsBoundary` (v1/v2's `provider.rolePermissionsBoundary`), and
 * serverless-iam-roles-per-function's `functions.<name>.iamPermissionsBoundary` and
 * `custom.serverless-iam-roles-per-function.iamGlobalPermissionsBoundary` (the plugin sets no managed policies
 * of its own per function). The framework's schema only asks for a string starting with `arn:` (or an intrinsic
 * function); IAM rejects anything but `arn:<partition>:iam::<aws or account ID>:policy/<path/><name>`.
 * A value with an intrinsic function, or a Serverless variable other than a Region, account or partition, is
 * not judged.
 */
import { entryOf, type SrcNode } from '../cloudformation/source.js';

export interface PolicyArnProblem {
  node: SrcNode;
  path: Array<string | number>;
  value: string;
  where: string;
  problem: string;
}

/** Variables of a known form, with a value of that form for the check. */
const KNOWN: Record<string, string> = {
  '${aws:accountId}': '123456789012', '${AWS::AccountId}': '123456789012', '${AWS::Partition}': 'aws', '${aws:partition}': 'aws',
};

/** What is wrong with a managed policy ARN (undefined when nothing is). */
export function policyArnProblem(arn: string): string | undefined {
  if (!arn.startsWith('arn:')) return 'it does not start with "arn:"';
  const fields = arn.split(':');
  if (fields.length < 6) return `it has ${fields.length} of the 6 fields of an ARN`;
  const [, partition, service, region, account] = fields;
  const resource = fields.slice(5).join(':');
  if (!/^aws(?:-[a-z]+)*$/.test(partition)) return `the partition "${partition}" is not one`;
  if (service !== 'iam') return `its service is "${service}", not "iam"`;
  if (region !== '') return `IAM has no Region, "${region}" is given`;
  if (account !== 'aws' && !/^\d{12}$/.test(account)) return `the account "${account}" is neither "aws" nor 12 digits`;
  if (!/^policy\/(?:[^\s/]+\/)*[\w+=,.@-]+$/.test(resource)) return `"${resource}" is not policy/<path/><name>`;
  return undefined;
}

/** The value to check: the string with known variables in their form; undefined when another variable is in it. */
function checkable(node: SrcNode): string | undefined {
  if (node.kind !== 'string' || node.tag) return undefined;
  let value = String(node.value);
  const placeholders = [...(node.placeholders ?? [])].sort((a, b) => b[0] - a[0]);
  for (const [start, end] of placeholders) {
    const known = KNOWN[value.slice(start, end)];
    if (known === undefined) return undefined;
    value = value.slice(0, start) + known + value.slice(end);
  }
  return value.includes('${') ? undefined : value;
}

/** The malformed managed policy ARNs of a service file's tree (its strings resolved: resolveTree). */
export function policyArnProblems(root: SrcNode | undefined): PolicyArnProblem[] {
  const out: PolicyArnProblem[] = [];
  const check = (node: SrcNode | undefined, path: Array<string | number>) => {
    if (!node) return;
    const where = path.join('.');
    const one = (item: SrcNode, at: Array<string | number>) => {
      const value = checkable(item);
      const problem = value === undefined ? undefined : policyArnProblem(value);
      if (problem) out.push({ node: item, path: at, value: String(item.value), where, problem });
    };
    if (node.kind === 'array') node.items!.forEach((item, i) => one(item, [...path, i]));
    else one(node, path);
  };
  const provider = entryOf(root, 'provider')?.value;
  const role = entryOf(entryOf(provider, 'iam')?.value, 'role')?.value;
  check(entryOf(role, 'managedPolicies')?.value, ['provider', 'iam', 'role', 'managedPolicies']);
  check(entryOf(role, 'permissionsBoundary')?.value, ['provider', 'iam', 'role', 'permissionsBoundary']);
  check(entryOf(provider, 'iamManagedPolicies')?.value, ['provider', 'iamManagedPolicies']);
  check(entryOf(provider, 'rolePermissionsBoundary')?.value, ['provider', 'rolePermissionsBoundary']);
  const plugin = entryOf(entryOf(root, 'custom')?.value, 'serverless-iam-roles-per-function')?.value;
  check(entryOf(plugin, 'iamGlobalPermissionsBoundary')?.value, ['custom', 'serverless-iam-roles-per-function', 'iamGlobalPermissionsBoundary']);
  const functions = entryOf(root, 'functions')?.value;
  const maps: Array<[SrcNode, Array<string | number>]> = functions?.kind === 'array' ? functions.items!.map((f, i) => [f, ['functions', i]]) : functions ? [[functions, ['functions']]] : [];
  for (const [map, prefix] of maps) {
    if (map.kind !== 'object') continue;
    for (const { key, value } of map.entries!) check(entryOf(value, 'iamPermissionsBoundary')?.value, [...prefix, key, 'iamPermissionsBoundary']);
  }
  return out;
}
