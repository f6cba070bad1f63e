/**
 * Terraform plan and state JSON: what `terraform show -json plan.out` (a plan) and `terraform show -json` (the
 * state) print. Both are one JSON object with `format_version` and `terraform_version`; a plan has
 * `planned_values`, the state `values`, each `{ root_module: { resources: [...], child_modules: [{ address,
 * resources, child_modules }] } }`. A resource is `{ address, mode, type, name, index?, values, sensitive_values? }`,
 * `values` its attributes as the provider will hold them: a policy attribute is a JSON *string*
 * (`"policy": "{\"Version\": ...}"`), whatever wrote it in the configuration (a variable, a module, a data source,
 * templatefile), which is why a plan shows policies the .tf reader cannot.
 *
 * What is read: the managed resources (`mode` "managed") of `planned_values` (or `values`), through every
 * child module, with the .tf reader's tables (locations.ts: resource type → attribute → policy type, with
 * `aws_organizations_policy`'s `type` and `aws_iam_role`'s `inline_policy[].policy`; PERMISSION_BLOCKS; the
 * managed policy ARNs of policy-arns.ts). Each policy string is linted through the CloudFormation reader's
 * pipeline as a policy given as a string of JSON (embed.ts), each character mapped to its place inside the
 * string literal of the plan file, escapes and all. Not read: data sources (an `aws_iam_policy_document`'s
 * `json` is the same text as the resource that uses it), `resource_changes` (the same values again, plus
 * resources being deleted), `prior_state`, `configuration`. A value unknown until apply is absent from
 * `values` (it is in `resource_changes[].change.after_unknown`): such a policy or ARN is not read; a permission
 * resource's unknown attribute is a placeholder. A bucket, queue, topic, key or secret whose computed `policy`
 * holds the same text as its own policy resource's (the state of an existing one) is read once, at the policy
 * resource. A plan file is generated: findings come without fixes.
 */
import { findNodeAtLocation, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex } from '../engine/document.js';
import { jsonStringMap, type EnabledRule } from '../engine/linter.js';
import { compareMessages, type LintMessage, type PolicyType } from '../engine/types.js';
import { embedPolicy } from '../cloudformation/embed.js';
import { dedupe, lintEmbeddedPolicies, permissionPath, type EmbeddedPolicy } from '../cloudformation/lint.js';
import { embedPermission, permissionMessage, type PermissionProperty } from '../cloudformation/permission.js';
import { fromJson, type SrcNode } from '../cloudformation/source.js';
import { policyArnMessages, type PolicyArnSite } from '../iam/policy-arns.js';
import { ORGANIZATIONS_TYPES, PERMISSION_BLOCKS, POLICY_ATTRIBUTES } from './locations.js';
import { POLICY_ARN_ATTRIBUTES } from './policy-arns.js';
import { TERRAFORM_MISTAKE } from './lint.js';
import { type PlanValuesKey } from './detect.js';

type Path = Array<string | number>;
type Json = Record<string, unknown>;

/**
 * A container's own `policy` attribute is computed from its policy resource's once it exists: the same text is
 * read at the policy resource only.
 */
const POLICY_RESOURCE_OF: Readonly<Record<string, string>> = {
  aws_s3_bucket: 'aws_s3_bucket_policy',
  aws_sqs_queue: 'aws_sqs_queue_policy',
  aws_sns_topic: 'aws_sns_topic_policy',
  aws_kms_key: 'aws_kms_key_policy',
  aws_secretsmanager_secret: 'aws_secretsmanager_secret_policy',
};

/** One policy of a plan: where it is (a JSON path into the file), its resource's address and type. */
export interface PlanPolicy extends EmbeddedPolicy {
  address: string;
  resourceType: string;
}

export interface PlanRead {
  policies: PlanPolicy[];
  arns: PolicyArnSite[];
  /** The file's value with each policy string read as JSON (where it is JSON), for `ignore` paths into it. */
  value: unknown;
}

/** A managed resource of the plan, with its path in the file. */
interface PlanResource {
  address: string;
  type: string;
  values: Json;
  path: Path;
}

/** The managed resources of `planned_values` / `values`, root module first, then each child module, depth first. */
function planResources(value: Json, key: PlanValuesKey): PlanResource[] {
  const out: PlanResource[] = [];
  const walk = (module: unknown, path: Path, depth: number) => {
    if (!isObject(module) || depth > 100) return;
    if (Array.isArray(module.resources)) {
      module.resources.forEach((resource, i) => {
        if (!isObject(resource) || (resource.mode !== undefined && resource.mode !== 'managed')) return;
        if (typeof resource.type !== 'string' || !isObject(resource.values)) return;
        const address = typeof resource.address === 'string' ? resource.address : `${resource.type}.${String(resource.name)}`;
        out.push({ address, type: resource.type, values: resource.values, path: [...path, 'resources', i] });
      });
    }
    if (Array.isArray(module.child_modules)) module.child_modules.forEach((child, i) => walk(child, [...path, 'child_modules', i], depth + 1));
  };
  walk((value[key] as Json).root_module, [key, 'root_module'], 0);
  return out;
}

/**
 * The attributes each resource of the plan will know only after apply (`resource_changes[].change.after_unknown`),
 * by address: `true` for an attribute, or its nested map.
 */
function unknownAttributes(value: Json): Map<string, Json> {
  const out = new Map<string, Json>();
  if (!Array.isArray(value.resource_changes)) return out;
  for (const change of value.resource_changes) {
    if (!isObject(change) || typeof change.address !== 'string' || !isObject(change.change)) continue;
    const unknown = change.change.after_unknown;
    if (isObject(unknown)) out.set(change.address, unknown);
  }
  return out;
}

/**
 * Read a plan or state file's policies: `text` the file, `value` its parse (JSON.parse), `key` from
 * terraformPlanKey. The plan's tree (with offsets) is parsed here; `value` is changed in place (its policy
 * strings replaced by their parse, for `ignore` paths).
 */
export function readTerraformPlan(text: string, value: Json, key: PlanValuesKey): PlanRead {
  const resources = planResources(value, key);
  const policies: PlanPolicy[] = [];
  const arns: PolicyArnSite[] = [];
  if (resources.length === 0) return { policies, arns, value };
  let tree: Node | undefined;
  const nodeAt = (path: Path): Node | undefined => {
    if (!tree) {
      const errors: ParseError[] = [];
      tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false });
    }
    return tree && findNodeAtLocation(tree, path);
  };
  const unknown = key === 'planned_values' ? unknownAttributes(value) : new Map<string, Json>();
  /** The policy strings of the standalone policy resources, by type: a container's copy of one is not read again. */
  const standalone = new Map<string, Set<string>>();
  for (const resource of resources) {
    for (const { attribute } of POLICY_ATTRIBUTES[resource.type] ?? []) {
      const text = resource.values[attribute];
      if (typeof text === 'string') standalone.set(resource.type, (standalone.get(resource.type) ?? new Set()).add(text));
    }
  }
  // A role's `inline_policy` and `managed_policy_arns` list, once it exists, what its aws_iam_role_policy and
  // aws_iam_role_policy_attachment resources give it: read at those resources only.
  const roleParts = new Set<string>();
  for (const { type, values } of resources) {
    if (type === 'aws_iam_role_policy') roleParts.add(`${String(values.role)}\u0000policy\u0000${String(values.name)}`);
    if (type === 'aws_iam_role_policy_attachment') roleParts.add(`${String(values.role)}\u0000arn\u0000${String(values.policy_arn)}`);
  }
  const addPolicy = (resource: PlanResource, steps: Path, address: string, policyType: PolicyType, ruleResourceType?: string) => {
    const path = [...resource.path, 'values', ...steps];
    const node = nodeAt(path);
    if (node?.type !== 'string' || node.value === '') return;
    const embedded = embedPolicy(text, stringNode(text, node), keyRange(node));
    if (!embedded) return;
    policies.push({
      embedded, path, policyType, fixable: false, address, resourceType: resource.type,
      ...(ruleResourceType ? { ruleResourceType } : {}),
    });
    const parsed = parseOrUndefined(node.value as string);
    if (parsed !== undefined) setAt(value, path, parsed);
  };
  for (const resource of resources) {
    const { type, values, address } = resource;
    let locations: ReadonlyArray<{ attribute: string; policyType: PolicyType; resourceType?: string }> | undefined = POLICY_ATTRIBUTES[type];
    if (type === 'aws_organizations_policy') {
      // `type` defaults to SERVICE_CONTROL_POLICY; absent from `values`, it is unknown until apply.
      const orgType = values.type === null ? 'SERVICE_CONTROL_POLICY' : values.type;
      const policyType = typeof orgType === 'string' && Object.hasOwn(ORGANIZATIONS_TYPES, orgType) ? ORGANIZATIONS_TYPES[orgType] : undefined;
      locations = policyType ? [{ attribute: 'content', policyType }] : undefined;
    }
    for (const location of locations ?? []) {
      const own = POLICY_RESOURCE_OF[type];
      if (own && standalone.get(own)?.has(values[location.attribute] as string)) continue;
      addPolicy(resource, [location.attribute], address, location.policyType, location.resourceType);
    }
    if (type === 'aws_iam_role' && Array.isArray(values.inline_policy)) {
      values.inline_policy.forEach((inline, i) => {
        if (isObject(inline) && roleParts.has(`${String(values.name)}\u0000policy\u0000${String(inline.name)}`)) return;
        addPolicy(resource, ['inline_policy', i, 'policy'], `${address}.inline_policy[${i}]`, 'identity');
      });
    }
    for (const attribute of POLICY_ARN_ATTRIBUTES[type] ?? []) {
      const arn = values[attribute];
      const steps: Path[] = typeof arn === 'string' ? [[attribute]] : Array.isArray(arn) ? arn.map((_, i) => [attribute, i]) : [];
      for (const step of steps) {
        const path = [...resource.path, 'values', ...step];
        const node = nodeAt(path);
        if (node?.type !== 'string') continue;
        const arnValue = node.value as string;
        if (attribute === 'managed_policy_arns' && roleParts.has(`${String(values.name)}\u0000arn\u0000${arnValue}`)) continue;
        arns.push({
          value: arnValue, placeholders: [], start: node.offset, end: node.offset + node.length, written: arnValue, path,
          where: `${address}.${attribute}`, ...(attribute === 'permissions_boundary' ? { boundary: true } : {}),
        });
      }
    }
    const permission = Object.hasOwn(PERMISSION_BLOCKS, type) ? PERMISSION_BLOCKS[type] : undefined;
    if (permission) {
      const open = unknown.get(address) ?? {};
      const addressNode = nodeAt([...resource.path, 'address']) ?? nodeAt(resource.path);
      const anchor: [number, number] = addressNode ? [addressNode.offset, addressNode.offset + addressNode.length] : [0, 0];
      const properties = new Map<string, PermissionProperty>();
      for (const [attribute, property] of Object.entries(permission.attributes)) {
        const node = nodeAt([...resource.path, 'values', attribute]);
        if (node && node.type !== 'null') {
          properties.set(property, { ...keyOffsets(node), value: fromJson(text, node) });
        } else if (open[attribute] === true) {
          // Known after apply: a placeholder, as an interpolation of a .tf file.
          const placeholder = '${TF::(known after apply)}';
          properties.set(property, {
            keyStart: anchor[0], keyEnd: anchor[1],
            value: { kind: 'string', value: placeholder, start: anchor[0], end: anchor[1], charMap: new Array(placeholder.length + 1).fill(-1), placeholders: [[0, placeholder.length]], json: true },
          });
        }
      }
      const embedded = embedPermission(text, properties, permission.spec, anchor);
      if (embedded) {
        const rename = (property: string) => Object.entries(permission.attributes).find(([, p]) => p === property)?.[0] ?? property;
        policies.push({
          embedded, path: [...resource.path, 'values'], policyType: 'resource', fixable: false, address, resourceType: type,
          propertyPath: permissionPath(permission.spec, rename), message: permissionMessage(permission.spec, rename),
        });
      }
    }
  }
  return { policies, arns, value };
}

/**
 * Lint a plan or state file's policies and managed policy ARNs with `rules`: the findings (each policy's type
 * decided by its resource, as in a .tf file), the number of policies and ARNs read, and the value for `ignore`
 * paths.
 */
export function lintTerraformPlan(
  filePath: string, text: string, value: Json, key: PlanValuesKey, rules: readonly EnabledRule[],
): { messages: LintMessage[]; policies: number; value: unknown } {
  const read = readTerraformPlan(text, value, key);
  if (read.policies.length === 0 && read.arns.length === 0) return { messages: [], policies: 0, value: read.value };
  const lines = new LineIndex(text);
  const messages = [
    ...lintEmbeddedPolicies(filePath, text, read.policies, rules, TERRAFORM_MISTAKE, lines),
    ...policyArnMessages(text, read.arns, rules, lines),
  ];
  return { messages: dedupe(messages).sort(compareMessages), policies: read.policies.length + read.arns.length, value: read.value };
}

/** A string node of the plan's tree as the CloudFormation reader's node: each character at its place in the literal. */
function stringNode(text: string, node: Node): SrcNode {
  return { kind: 'string', start: node.offset, end: node.offset + node.length, value: node.value as string, charMap: jsonStringMap(text, node.offset), json: true };
}

/** The source range of the key of a property's value node (a finding on the policy as a whole goes there). */
function keyRange(node: Node): [number, number] {
  const { keyStart, keyEnd } = keyOffsets(node);
  return [keyStart, keyEnd];
}

function keyOffsets(node: Node): { keyStart: number; keyEnd: number } {
  const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
  return key ? { keyStart: key.offset, keyEnd: key.offset + key.length } : { keyStart: node.offset, keyEnd: node.offset + node.length };
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function setAt(root: unknown, path: Path, value: unknown): void {
  let node = root as Record<string | number, unknown>;
  for (const step of path.slice(0, -1)) node = node[step] as Record<string | number, unknown>;
  node[path[path.length - 1]] = value;
}
