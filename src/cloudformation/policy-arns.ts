/**
 * The managed policy ARNs of a template's IAM principals, which CloudFormation passes to IAM as they are:
 * `AWS::IAM::Role` and `AWS::IAM::User`'s `ManagedPolicyArns` and `PermissionsBoundary`, `AWS::IAM::Group`'s
 * `ManagedPolicyArns`, and SAM's `AWS::Serverless::Function` and `AWS::Serverless::StateMachine` `Policies`
 * (each string entry: an ARN, or the name of an AWS managed policy, which SAM turns into its ARN; objects are
 * policies or policy templates, read elsewhere) and `PermissionsBoundary`. Intrinsic functions are read as the
 * policy reader reads them (embed.ts: `!Sub` with its pseudo parameters as placeholders, `Fn::Join`), each
 * branch of an `Fn::If`; a value that is a reference (`!Ref`, `!GetAtt`, `!ImportValue`) is not judged.
 * src/iam/policy-arns.ts judges them.
 */
import type { PolicyArnSite } from '../iam/policy-arns.js';
import { eachIfBranch, eachListItem, intrinsicOf, resolveNode, stringOf } from './embed.js';
import { entryOf, type SrcNode } from './source.js';

/** Resource type → its properties that hold managed policy ARNs (`true`: SAM's `Policies`, where a name is allowed). */
const PROPERTIES: Readonly<Record<string, Readonly<Record<string, boolean>>>> = {
  'AWS::IAM::Role': { ManagedPolicyArns: false, PermissionsBoundary: false },
  'AWS::IAM::User': { ManagedPolicyArns: false, PermissionsBoundary: false },
  'AWS::IAM::Group': { ManagedPolicyArns: false },
  'AWS::Serverless::Function': { Policies: true, PermissionsBoundary: false },
  'AWS::Serverless::StateMachine': { Policies: true, PermissionsBoundary: false },
};

/** The managed policy ARNs of a template's `Resources` (`prefix`: the path of that map in the file's value). */
export function templatePolicyArnSites(resources: SrcNode | undefined, prefix: Array<string | number> = ['Resources']): PolicyArnSite[] {
  const out: PolicyArnSite[] = [];
  if (resources?.kind !== 'object') return out;
  for (const { key: id, value: resource } of resources.entries!) {
    const type = entryOf(resource, 'Type')?.value;
    const properties = type?.kind === 'string' ? PROPERTIES[String(type.value)] : undefined;
    const props = entryOf(resource, 'Properties')?.value;
    if (!properties || props?.kind !== 'object') continue;
    for (const [property, nameAllowed] of Object.entries(properties)) {
      const node = entryOf(props, property)?.value;
      if (!node) continue;
      const path = [...prefix, id, 'Properties', property];
      const where = `${id}.${property}`;
      const boundary = property === 'PermissionsBoundary';
      // ManagedPolicyArns takes a list only; PermissionsBoundary one value; SAM's Policies either.
      eachListItem(node, path, (item, at) => value(item, at, where, nameAllowed, boundary, out), property !== 'ManagedPolicyArns');
    }
  }
  return out;
}

/**
 * A value where a managed policy ARN goes (a string, or an intrinsic function: `!Sub`, `Fn::Join`, `Fn::If`), as a
 * template's ManagedPolicyArns reads it: for the Serverless Framework's `managedPolicies` and boundaries, which
 * CloudFormation gets as they are written.
 */
export function policyArnValueSites(node: SrcNode, path: Array<string | number>, where: string, boundary: boolean, out: PolicyArnSite[]): void {
  value(node, path, where, false, boundary, out);
}

function value(node: SrcNode, path: Array<string | number>, where: string, nameAllowed: boolean, boundary: boolean, out: PolicyArnSite[]): void {
  if (eachIfBranch(node, path, (branch, at) => value(branch, at, where, nameAllowed, boundary, out))) return;
  const resolved = resolveNode(node, []);
  if (resolved.kind === 'novalue') return;
  const string = resolved.kind === 'string' ? resolved : resolved.node.kind === 'string' ? stringOf(resolved.node) : undefined;
  if (string?.kind !== 'string') return;
  // A SAM policy template or inline policy is an object: not a managed policy.
  out.push({
    value: string.value, placeholders: string.placeholders, start: string.start, end: string.end, written: string.value, path, where,
    ...(nameAllowed ? { nameAllowed } : {}), ...(boundary ? { boundary } : {}), ...nameToken(node, string),
  });
}

/**
 * For an `Fn::Join` (CDK writes `["arn:", {"Ref": "AWS::Partition"}, ":iam::aws:policy/service-role/…"]`, over
 * several lines): the element that holds the policy's name, where the findings on the name go.
 */
function nameToken(node: SrcNode, string: { value: string; map?: number[] }): { nameToken?: [number, number] } {
  const fn = intrinsicOf(node);
  const items = fn?.name === 'Fn::Join' && fn.arg.kind === 'array' ? fn.arg.items![1]?.items : undefined;
  if (!items || !string.map || string.value.length === 0) return {};
  const first = string.map[string.value.lastIndexOf('/') + 1];
  const last = string.map[string.value.length - 1];
  const item = items.find((i) => i.kind === 'string' && i.start <= first && last < i.end);
  return item ? { nameToken: [item.start, item.end] } : {};
}
