/**
 * The managed policy ARNs of a service file, which the framework attaches to the role it makes and CloudFormation
 * passes to IAM as they are: `provider.iam.role.managedPolicies` (v3 and later; v1/v2's `provider.iamManagedPolicies`)
 * and `provider.iam.role.permissionsBoundary` (v1/v2's `provider.rolePermissionsBoundary`), and
 * serverless-iam-roles-per-function's `functions.<name>.iamPermissionsBoundary` and
 * `custom.serverless-iam-roles-per-function.iamGlobalPermissionsBoundary` (the plugin sets no managed policies
 * of its own per function). The framework's schema only asks for a string starting with `arn:` (or an intrinsic
 * function); src/iam/policy-arns.ts judges them. Each value, with or without an intrinsic function (`!Sub`,
 * `Fn::Join`, `Fn::If`), is read as a template's `ManagedPolicyArns` (src/cloudformation/policy-arns.ts). The roles,
 * users and groups of `resources.Resources` (in the service file itself) are read as in a template.
 */
import { entryOf, type SrcNode } from '../cloudformation/source.js';
import type { PolicyArnSite } from '../iam/policy-arns.js';
import { policyArnValueSites, templatePolicyArnSites } from '../cloudformation/policy-arns.js';
import { sectionParts } from './sections.js';

/** The managed policy ARNs of a service file's tree (its strings resolved: resolveTree). */
export function serverlessPolicyArnSites(root: SrcNode | undefined): PolicyArnSite[] {
  const out: PolicyArnSite[] = [];
  const check = (node: SrcNode | undefined, path: Array<string | number>) => {
    if (!node) return;
    const where = path.join('.');
    const boundary = /PermissionsBoundary$/i.test(String(path[path.length - 1]));
    // A string (its Serverless variables placeholders) or an intrinsic function (`!Sub 'arn:${AWS::Partition}:…'`,
    // `Fn::Join`): read as in a template.
    const one = (item: SrcNode, at: Array<string | number>) => policyArnValueSites(item, at, where, boundary, out);
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
  for (const [map, prefix] of sectionParts(root, 'functions')) {
    if (map.kind !== 'object') continue;
    for (const { key, value } of map.entries!) check(entryOf(value, 'iamPermissionsBoundary')?.value, [...prefix, key, 'iamPermissionsBoundary']);
  }
  // The CloudFormation resources of the service: roles, users and groups, as in a template.
  for (const [part, prefix] of sectionParts(root, 'resources')) out.push(...templatePolicyArnSites(entryOf(part, 'Resources')?.value, [...prefix, 'Resources']));
  return out;
}
