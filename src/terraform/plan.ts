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
 * resource's unknown attribute is a placeholder. What the provider reads back into a second attribute once a
 * resource exists is read once, where it is set: a bucket's, queue's, topic's, key's or secret's computed
 * `policy` where a policy resource names it (POLICY_RESOURCE_OF), and a role's `inline_policy` and `managed_policy_arns` entries
 * that its aws_iam_role_policy and aws_iam_role_policy_attachment resources give it; the default policy AWS
 * gives a topic or key is not read at all. A plan file is generated: findings come without fixes.
 *
 * A state file as Terraform writes it (`terraform.tfstate`, format version 4) holds the same attributes in
 * `resources[].instances[].attributes` (stateResources): read by the same walk, each instance addressed from its
 * resource's `module`, `type` and `name` and its `index_key`. A state file of Terraform 0.11 and earlier (format
 * versions 1 to 3) holds them in `modules[].resources[].primary.attributes` (legacyStateResources), flattened into
 * strings: a policy attribute is the same JSON string; a list or map of them (`"managed_policy_arns.#"`) is not read.
 */
import { LineIndex } from '../engine/document.js';
import { isObject } from '../engine/normalize.js';
import { jsonStringMap, type EnabledRule } from '../engine/linter.js';
import { compareMessages, type LintMessage, type PolicyType } from '../engine/types.js';
import { embedPolicy } from '../cloudformation/embed.js';
import { dedupe, lintEmbeddedPolicies, permissionPath, type EmbeddedPolicy } from '../cloudformation/lint.js';
import { embedPermission, permissionMessage, type PermissionProperty } from '../cloudformation/permission.js';
import type { SrcNode } from '../cloudformation/source.js';
import { policyArnMessages, type PolicyArnSite } from '../iam/policy-arns.js';
import { ORGANIZATIONS_TYPES, PERMISSION_BLOCKS, POLICY_ATTRIBUTES, unsetByProvider } from './locations.js';
import { POLICY_ARN_ATTRIBUTES } from './policy-arns.js';
import { parsed as parseOrUndefined, setPath, TERRAFORM_MISTAKE } from './lint.js';
import { type PlanValuesKey } from './detect.js';

type Path = Array<string | number>;
type Json = Record<string, unknown>;

/**
 * A container's own `policy` attribute is computed from its policy resource's once it exists: the policy is read at
 * the policy resource only. `resource`: the policy resource's type; `target`: its attribute that names the
 * container; `names`: the container's attributes that may hold that name (a bucket's name, a queue's URL, a topic's
 * or secret's ARN, a key's ID or ARN). By name, not only by text: until apply, a plan keeps the computed attribute's
 * text of the state (the policy being replaced), and the state holds it as AWS words it.
 */
const POLICY_RESOURCE_OF: Readonly<Record<string, { resource: string; target: string; names: readonly string[] }>> = {
  aws_s3_bucket: { resource: 'aws_s3_bucket_policy', target: 'bucket', names: ['bucket', 'id'] },
  aws_sqs_queue: { resource: 'aws_sqs_queue_policy', target: 'queue_url', names: ['url', 'id'] },
  aws_sns_topic: { resource: 'aws_sns_topic_policy', target: 'arn', names: ['arn', 'id'] },
  aws_kms_key: { resource: 'aws_kms_key_policy', target: 'key_id', names: ['key_id', 'id', 'arn'] },
  aws_secretsmanager_secret: { resource: 'aws_secretsmanager_secret_policy', target: 'secret_arn', names: ['arn', 'id'] },
};

/**
 * The policy AWS gives a topic or key that the configuration gives none, which a container's computed `policy`
 * holds in the state: not the configuration's to lint. By its Id and its one statement, AWS's: SNS's
 * `__default_policy_ID` (`__default_statement_ID`: anyone, limited to the topic owner's account by
 * `AWS:SourceOwner`), KMS's `key-default-1` (`Enable IAM User Permissions`: `kms:*` for the account). A policy
 * of the configuration that keeps the Id (the provider's aws_sns_topic_policy example sets `policy_id =
 * "__default_policy_ID"`) with statements of its own is read.
 */
function isAwsDefaultPolicy(type: string, policy: string): boolean {
  const id = type === 'aws_sns_topic' ? '__default_policy_ID' : type === 'aws_kms_key' ? 'key-default-1' : undefined;
  if (!id || !policy.includes(id)) return false;
  const value = parseOrUndefined(policy);
  if (!isObject(value) || value.Id !== id || !Array.isArray(value.Statement) || value.Statement.length !== 1) return false;
  const [statement] = value.Statement as unknown[];
  if (!isObject(statement) || statement.Effect !== 'Allow' || !isObject(statement.Principal)) return false;
  if (type === 'aws_sns_topic') {
    const condition = statement.Condition;
    return statement.Sid === '__default_statement_ID' && statement.Principal.AWS === '*'
      && isObject(condition) && isObject(condition.StringEquals) && typeof condition.StringEquals['AWS:SourceOwner'] === 'string';
  }
  return statement.Sid === 'Enable IAM User Permissions' && typeof statement.Principal.AWS === 'string'
    && /^arn:[\w-]+:iam::\d{12}:root$/.test(statement.Principal.AWS) && statement.Action === 'kms:*' && statement.Resource === '*';
}

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

/**
 * A managed resource of the plan (one instance of a state file's), with the paths in the file of its attributes
 * (`values`, `attributes`) and of the value a finding on the resource as a whole is put on (its `address`; a state
 * file's instance has none: its `index_key`, else its resource's `name`; a version 3 state's resource: its `type`).
 */
interface PlanResource {
  address: string;
  type: string;
  values: Json;
  valuesPath: Path;
  anchorPath: Path;
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
        const at: Path = [...path, 'resources', i];
        out.push({ address, type: resource.type, values: resource.values, valuesPath: [...at, 'values'], anchorPath: [...at, 'address'] });
      });
    }
    if (Array.isArray(module.child_modules)) module.child_modules.forEach((child, i) => walk(child, [...path, 'child_modules', i], depth + 1));
  };
  const values = value[key];
  if (isObject(values)) walk(values.root_module, [key, 'root_module'], 0);
  return out;
}

/**
 * The managed resource instances of a state file (`terraform.tfstate`, version 4): `resources: [{ mode, type,
 * name, module?, provider, instances: [{ index_key?, schema_version, attributes }] }]`, each addressed as
 * Terraform does (`module.app["x"].aws_iam_role.this["y"]`, `aws_iam_policy.p[0]`), in the order of the file.
 */
function stateResources(value: Json): PlanResource[] {
  const out: PlanResource[] = [];
  if (!Array.isArray(value.resources)) return out;
  value.resources.forEach((resource, i) => {
    if (!isObject(resource) || resource.mode !== 'managed' || typeof resource.type !== 'string' || !Array.isArray(resource.instances)) return;
    const module = typeof resource.module === 'string' && resource.module !== '' ? `${resource.module}.` : '';
    const base = `${module}${resource.type}.${String(resource.name)}`;
    resource.instances.forEach((instance, j) => {
      if (!isObject(instance) || !isObject(instance.attributes)) return;
      const key = instance.index_key;
      const index = typeof key === 'number' || typeof key === 'string' ? `[${JSON.stringify(key)}]` : '';
      const at: Path = ['resources', i, 'instances', j];
      out.push({
        address: `${base}${index}`, type: resource.type as string, values: instance.attributes, valuesPath: [...at, 'attributes'],
        anchorPath: index ? [...at, 'index_key'] : ['resources', i, 'name'],
      });
    });
  });
  return out;
}

/**
 * The managed resources of a state file of Terraform 0.11 and earlier (format versions 1 to 3): `modules: [{ path:
 * ["root", "app"], resources: { "aws_iam_policy.p.0": { type, primary: { id, attributes: { "policy": "{...}",
 * "tags.%": "0" } }, deposed, provider } } }]`, each addressed as Terraform 0.12 would (`module.app.aws_iam_policy.p[0]`),
 * in the order of the file. Data sources (`data.` keys) and deposed instances are not read.
 */
function legacyStateResources(value: Json): PlanResource[] {
  const out: PlanResource[] = [];
  if (!Array.isArray(value.modules)) return out;
  value.modules.forEach((module, i) => {
    if (!isObject(module) || !isObject(module.resources)) return;
    const prefix = Array.isArray(module.path) ? module.path.slice(1).map((name) => `module.${String(name)}.`).join('') : '';
    for (const [key, resource] of Object.entries(module.resources)) {
      if (key.startsWith('data.') || !isObject(resource) || typeof resource.type !== 'string') continue;
      const { primary } = resource;
      if (!isObject(primary) || !isObject(primary.attributes)) continue;
      // "type.name", or "type.name.2" for an instance of a `count`.
      const counted = /^(.+)\.(\d+)$/.exec(key);
      const at: Path = ['modules', i, 'resources', key];
      out.push({
        address: `${prefix}${counted ? `${counted[1]}[${counted[2]}]` : key}`, type: resource.type, values: primary.attributes,
        valuesPath: [...at, 'primary', 'attributes'], anchorPath: [...at, 'type'],
      });
    }
  });
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
 * The policy AWS gives a VPC endpoint that the configuration gives none, full access, as the provider reads it back
 * into the endpoint's `policy`: `{"Statement":[{"Action":"*","Effect":"Allow","Principal":"*","Resource":"*"}]}`
 * (an Interface endpoint's), with `"Version":"2008-10-17"` (a Gateway endpoint's). Not the configuration's to lint.
 */
function isEndpointDefaultPolicy(policy: unknown): boolean {
  const value = typeof policy === 'string' ? parseOrUndefined(policy) : undefined;
  if (!isObject(value) || !Array.isArray(value.Statement) || value.Statement.length !== 1) return false;
  if (Object.keys(value).some((key) => key !== 'Statement' && !(key === 'Version' && value.Version === '2008-10-17'))) return false;
  const statement: unknown = value.Statement[0];
  return isObject(statement) && Object.keys(statement).length === 4
    && statement.Action === '*' && statement.Effect === 'Allow' && statement.Principal === '*' && statement.Resource === '*';
}

/** What the plan holds where, before its offsets are known. */
type Site =
  | { kind: 'policy'; path: Path; address: string; resourceType: string; policyType: PolicyType; ruleResourceType?: string }
  | { kind: 'arn'; path: Path; where: string; boundary: boolean }
  | { kind: 'permission'; resource: PlanResource; attributes: Array<{ attribute: string; property: string; path: Path; unknown: boolean }> };

/**
 * The policies, managed policy ARNs and permission resources of the plan's resources, by the .tf reader's tables,
 * in the order of the file. `unknown`: the attributes known only after apply, by address.
 */
function planSites(resources: readonly PlanResource[], unknown: ReadonlyMap<string, Json>): Site[] {
  /** The policy strings of the standalone policy resources, by type: a container's copy of one is not read again. */
  const standalone = new Map<string, Set<unknown>>();
  /** The containers the standalone policy resources name (`type\u0000name`): their computed policy is not read. */
  const governed = new Set<string>();
  // A role's `inline_policy` and `managed_policy_arns` list, once it exists, what its aws_iam_role_policy and
  // aws_iam_role_policy_attachment resources give it: read at those resources only (`role\u0000policy\u0000name`,
  // `role\u0000arn`).
  const roleParts = new Set<string>();
  for (const { type, values } of resources) {
    for (const { attribute } of POLICY_ATTRIBUTES[type] ?? []) standalone.set(type, (standalone.get(type) ?? new Set()).add(values[attribute]));
    const container = Object.values(POLICY_RESOURCE_OF).find((c) => c.resource === type);
    if (container && typeof values[container.target] === 'string') governed.add(`${type}\u0000${values[container.target] as string}`);
    if (type === 'aws_iam_role_policy') roleParts.add(`${String(values.role)}\u0000policy\u0000${String(values.name)}`);
    // Its whole list: a plan keeps the state's until apply (an ARN being detached, not the one attached in its place).
    if (type === 'aws_iam_role_policy_attachment') roleParts.add(`${String(values.role)}\u0000arn`);
  }
  const sites: Site[] = [];
  for (const resource of resources) {
    const { type, values, address } = resource;
    const at = (...steps: Path): Path => [...resource.valuesPath, ...steps];
    let locations: ReadonlyArray<{ attribute: string; policyType: PolicyType; resourceType?: string }> | undefined = POLICY_ATTRIBUTES[type];
    if (type === 'aws_organizations_policy') {
      // `type` defaults to SERVICE_CONTROL_POLICY; absent from `values`, it is unknown until apply.
      const orgType = values.type === null ? 'SERVICE_CONTROL_POLICY' : values.type;
      const policyType = typeof orgType === 'string' && Object.hasOwn(ORGANIZATIONS_TYPES, orgType) ? ORGANIZATIONS_TYPES[orgType] : undefined;
      locations = policyType ? [{ attribute: 'content', policyType }] : undefined;
    }
    // A VPC endpoint's computed `policy` holds its aws_vpc_endpoint_policy's text once that exists (read there only),
    // or the full-access policy AWS gives an endpoint the configuration gives none (not read).
    if (type === 'aws_vpc_endpoint' && (standalone.get('aws_vpc_endpoint_policy')?.has(values.policy) || isEndpointDefaultPolicy(values.policy))) locations = undefined;
    for (const { attribute, policyType, resourceType: ruleResourceType } of locations ?? []) {
      const own = Object.hasOwn(POLICY_RESOURCE_OF, type) ? POLICY_RESOURCE_OF[type] : undefined;
      const policy = values[attribute];
      if (typeof policy !== 'string') continue;
      if (own && (standalone.get(own.resource)?.has(policy) || isAwsDefaultPolicy(type, policy)
        || own.names.some((name) => typeof values[name] === 'string' && governed.has(`${own.resource}\u0000${values[name] as string}`)))) continue;
      sites.push({ kind: 'policy', path: at(attribute), address, resourceType: type, policyType, ...(ruleResourceType ? { ruleResourceType } : {}) });
    }
    if (type === 'aws_iam_role' && Array.isArray(values.inline_policy)) {
      values.inline_policy.forEach((inline, i) => {
        if (!isObject(inline) || typeof inline.policy !== 'string' || roleParts.has(`${String(values.name)}\u0000policy\u0000${String(inline.name)}`)) return;
        sites.push({ kind: 'policy', path: at('inline_policy', i, 'policy'), address: `${address}.inline_policy[${i}]`, resourceType: type, policyType: 'identity' });
      });
    }
    for (const attribute of POLICY_ARN_ATTRIBUTES[type] ?? []) {
      const arn = values[attribute];
      // "": the provider's value for a boundary that is not set (every role and user read back from AWS).
      if (arn === '') continue;
      const list: Array<[unknown, Path]> = Array.isArray(arn) ? arn.map((item, i) => [item, at(attribute, i)]) : [[arn, at(attribute)]];
      for (const [item, path] of list) {
        if (typeof item !== 'string' || (attribute === 'managed_policy_arns' && roleParts.has(`${String(values.name)}\u0000arn`))) continue;
        sites.push({ kind: 'arn', path, where: `${address}.${attribute}`, boundary: attribute === 'permissions_boundary' });
      }
    }
    const permission = Object.hasOwn(PERMISSION_BLOCKS, type) ? PERMISSION_BLOCKS[type] : undefined;
    if (permission) {
      const open = unknown.get(address) ?? {};
      const attributes = Object.entries(permission.attributes)
        .filter(([attribute]) => ((values[attribute] ?? null) !== null && !unsetByProvider(type, attribute, values[attribute])) || open[attribute] === true)
        .map(([attribute, property]) => ({ attribute, property, path: at(attribute), unknown: (values[attribute] ?? null) === null }));
      sites.push({ kind: 'permission', resource, attributes });
    }
  }
  return sites;
}

/**
 * Read a plan or state file's policies: `text` the file, `value` its parse (JSON.parse), `key` from
 * terraformPlanKey. The offsets of the values read are found in one pass over the text that skips the rest
 * (locate); `value` is changed in place (its policy strings replaced by their parse, for `ignore` paths).
 */
export function readTerraformPlan(text: string, value: Json, key: PlanValuesKey): PlanRead {
  const resources = key === 'resources' ? stateResources(value) : key === 'modules' ? legacyStateResources(value) : planResources(value, key);
  const sites = planSites(resources, key === 'planned_values' ? unknownAttributes(value) : new Map());
  const policies: PlanPolicy[] = [];
  const arns: PolicyArnSite[] = [];
  const wanted = sites.flatMap((site) => site.kind === 'permission'
    ? [site.resource.anchorPath, ...site.attributes.filter((a) => !a.unknown).map((a) => a.path)]
    : [site.path]);
  const located = locate(text, wanted);
  const at = (path: Path) => located.get(pathKey(path));
  const valueAt = (path: Path) => path.reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], value);
  for (const site of sites) {
    if (site.kind === 'policy') {
      const where = at(site.path);
      const policy = valueAt(site.path) as string;
      if (!where || policy === '') continue;
      const embedded = embedPolicy(text, stringNode(text, where, policy), [where.keyStart, where.keyEnd]);
      if (!embedded) continue;
      const { kind: _, ...rest } = site;
      policies.push({ embedded, fixable: false, ...rest });
      const parsed = parseOrUndefined(policy);
      if (parsed !== undefined) setPath(value, site.path, parsed);
    } else if (site.kind === 'arn') {
      const where = at(site.path);
      const arn = valueAt(site.path) as string;
      if (where) arns.push({ value: arn, placeholders: [], start: where.start, end: where.end, written: arn, path: site.path, where: site.where, ...(site.boundary ? { boundary: true } : {}) });
    } else {
      const { resource } = site;
      const permission = PERMISSION_BLOCKS[resource.type];
      const addressAt = at(resource.anchorPath);
      // Findings on the statement as a whole: at the resource's address.
      const anchor: [number, number] = addressAt ? [addressAt.start, addressAt.end] : [0, 0];
      const properties = new Map<string, PermissionProperty>();
      for (const { property, path, unknown } of site.attributes) {
        const where = at(path);
        const node = unknown ? knownAfterApply(anchor) : where && scalarNode(text, where, valueAt(path));
        if (node) properties.set(property, { keyStart: where?.keyStart ?? anchor[0], keyEnd: where?.keyEnd ?? anchor[1], value: node });
      }
      const embedded = embedPermission(text, properties, permission.spec, anchor);
      if (!embedded) continue;
      const rename = (property: string) => Object.entries(permission.attributes).find(([, p]) => p === property)?.[0] ?? property;
      policies.push({
        embedded, path: resource.valuesPath, policyType: 'resource', fixable: false, address: resource.address, resourceType: resource.type,
        propertyPath: permissionPath(permission.spec, rename), message: permissionMessage(permission.spec, rename),
      });
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
    ...policyArnMessages(read.arns, rules, lines),
  ];
  return { messages: dedupe(messages).sort(compareMessages), policies: read.policies.length + read.arns.length, value: read.value };
}

/** A value's token in the text, and its property's key. */
interface Located {
  start: number;
  end: number;
  keyStart: number;
  keyEnd: number;
}

const pathKey = (path: Path) => JSON.stringify(path);

/**
 * The offsets of the values at `paths` in a JSON text (one that JSON.parse read): one pass that goes down the
 * paths and skips everything else a string or a bracket at a time, without building a tree (a plan of a few
 * thousand resources is megabytes, and a full tree took ten times as long as JSON.parse). By pathKey.
 */
function locate(text: string, paths: readonly Path[]): Map<string, Located> {
  const out = new Map<string, Located>();
  if (paths.length === 0) return out;
  interface Trie { wanted?: string; children: Map<string | number, Trie> }
  const root: Trie = { children: new Map() };
  for (const path of paths) {
    let node = root;
    for (const step of path) {
      let next = node.children.get(step);
      if (!next) node.children.set(step, (next = { children: new Map() }));
      node = next;
    }
    node.wanted = pathKey(path);
  }
  const space = (i: number) => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\n' || text[i] === '\r' || text[i] === '\t')) i++;
    return i;
  };
  const skipString = (i: number) => {
    for (let j = text.indexOf('"', i + 1); ; j = text.indexOf('"', j + 1)) {
      let backslashes = 0;
      while (text[j - 1 - backslashes] === '\\') backslashes++;
      if (backslashes % 2 === 0) return j + 1;
    }
  };
  const skipValue = (i: number): number => {
    if (text[i] === '"') return skipString(i);
    if (text[i] !== '{' && text[i] !== '[') {
      while (i < text.length && !',}] \n\r\t'.includes(text[i])) i++;
      return i;
    }
    let depth = 0;
    for (;;) {
      const c = text[i];
      if (c === '"') {
        i = skipString(i);
        continue;
      }
      if (c === '{' || c === '[') depth++;
      else if ((c === '}' || c === ']') && --depth === 0) return i + 1;
      i++;
    }
  };
  const visit = (i: number, trie: Trie, key: [number, number]): number => {
    const end = trie.children.size === 0 || (text[i] !== '{' && text[i] !== '[') ? skipValue(i) : undefined;
    if (trie.wanted && end !== undefined) out.set(trie.wanted, { start: i, end, keyStart: key[0], keyEnd: key[1] });
    if (end !== undefined) return end;
    const object = text[i] === '{';
    i = space(i + 1);
    for (let index = 0; text[i] !== (object ? '}' : ']'); index++) {
      let step: string | number = index;
      let at: [number, number] = [i, i];
      if (object) {
        const keyEnd = skipString(i);
        at = [i, keyEnd];
        step = JSON.parse(text.slice(i, keyEnd)) as string;
        i = space(space(keyEnd) + 1); // past the colon
      }
      const child = trie.children.get(step);
      i = space(child ? visit(i, child, at) : skipValue(i));
      if (text[i] === ',') i = space(i + 1);
    }
    return i + 1;
  };
  // A byte order mark (JSON.parse read the text without it) is skipped like space.
  visit(space(text.charCodeAt(0) === 0xfeff ? 1 : 0), root, [0, 0]);
  return out;
}

/** A string of the plan as the CloudFormation reader's node: each character at its place in the literal. */
function stringNode(text: string, where: Located, value: string): SrcNode {
  return { kind: 'string', start: where.start, end: where.end, value, charMap: jsonStringMap(text, where.start), json: true };
}

/** A permission resource's attribute as the reader's node (a string, number or boolean). */
function scalarNode(text: string, where: Located, value: unknown): SrcNode | undefined {
  if (typeof value === 'string') return stringNode(text, where, value);
  if (typeof value === 'number' || typeof value === 'boolean') return { kind: typeof value as 'number' | 'boolean', start: where.start, end: where.end, value, json: true };
  return undefined;
}

/** An attribute known only after apply: a placeholder, as an interpolation of a .tf file, at the resource's address. */
function knownAfterApply(anchor: [number, number]): SrcNode {
  const placeholder = '${TF::(known after apply)}';
  return {
    kind: 'string', value: placeholder, start: anchor[0], end: anchor[1], charMap: new Array<number>(placeholder.length + 1).fill(-1),
    placeholders: [[0, placeholder.length]], json: true,
  };
}
