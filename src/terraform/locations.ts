/**
 * Where a Terraform configuration holds IAM policies, and what type of policy each is, by resource type and
 * attribute (the resources of the hashicorp/aws provider).
 */
import type { PolicyType } from '../engine/types.js';
import { LAMBDA_PERMISSION, LAYER_VERSION_PERMISSION, type PermissionSpec } from '../cloudformation/permission.js';
import { throughLocals, type Locals } from './locals.js';
import { attributeOf, literalText, type HclAttribute, type HclBlock, type HclBody } from './scan.js';

interface Location {
  attribute: string;
  policyType: PolicyType;
  /** The resource type the rules' `resourceType` option gets, as the CloudFormation reader names it. */
  resourceType?: string;
}

const identity = (attribute: string): Location => ({ attribute, policyType: 'identity' });
const resource = (attribute: string, resourceType?: string): Location => ({ attribute, policyType: 'resource', ...(resourceType ? { resourceType } : {}) });

/** The policy attributes of each resource type (aws_organizations_policy is decided by its `type`). */
export const POLICY_ATTRIBUTES: Readonly<Record<string, readonly Location[]>> = {
  aws_iam_policy: [identity('policy')],
  aws_iam_role_policy: [identity('policy')],
  aws_iam_user_policy: [identity('policy')],
  aws_iam_group_policy: [identity('policy')],
  aws_iam_role: [{ attribute: 'assume_role_policy', policyType: 'trust' }],
  aws_ssoadmin_permission_set_inline_policy: [identity('inline_policy')],
  aws_s3_bucket_policy: [resource('policy', 'AWS::S3::Bucket')],
  aws_s3_bucket: [resource('policy', 'AWS::S3::Bucket')], // the deprecated inline policy
  aws_s3_access_point: [resource('policy', 'AWS::S3::AccessPoint')],
  aws_sqs_queue_policy: [resource('policy', 'AWS::SQS::Queue')],
  aws_sqs_queue: [resource('policy', 'AWS::SQS::Queue')],
  aws_sns_topic_policy: [resource('policy', 'AWS::SNS::Topic')],
  aws_sns_topic: [resource('policy', 'AWS::SNS::Topic')],
  aws_kms_key: [resource('policy', 'AWS::KMS::Key')],
  aws_kms_replica_key: [resource('policy', 'AWS::KMS::Key')],
  aws_kms_key_policy: [resource('policy', 'AWS::KMS::Key')],
  aws_kms_external_key: [resource('policy', 'AWS::KMS::Key')],
  aws_ecr_repository_policy: [resource('policy', 'AWS::ECR::Repository')],
  aws_ecr_registry_policy: [resource('policy')],
  aws_secretsmanager_secret_policy: [resource('policy')],
  aws_secretsmanager_secret: [resource('policy')],
  aws_cloudwatch_event_bus_policy: [resource('policy')],
  aws_cloudwatch_log_resource_policy: [resource('policy_document')],
  aws_efs_file_system_policy: [resource('policy')],
  aws_backup_vault_policy: [resource('policy')],
  aws_opensearch_domain_policy: [resource('access_policies')],
  aws_elasticsearch_domain_policy: [resource('access_policies')],
  aws_api_gateway_rest_api_policy: [resource('policy')],
  aws_codeartifact_domain_permissions_policy: [resource('policy_document')],
  aws_codeartifact_repository_permissions_policy: [resource('policy_document')],
  aws_vpc_endpoint: [resource('policy', 'AWS::EC2::VPCEndpoint')],
  aws_vpc_endpoint_policy: [resource('policy', 'AWS::EC2::VPCEndpoint')],
};

/**
 * Resources that add one statement to a resource policy from attributes of their own, read as that statement
 * (src/cloudformation/permission.ts): the spec, and each attribute's CloudFormation property name. `getOk`: the
 * optional attributes the provider (SDKv2) sends only when `d.GetOk` finds them set, which it does not for the
 * zero value: `""` (what a state holds for every one not set) or `false` is not sent, as if absent.
 */
export const PERMISSION_BLOCKS: Readonly<Record<string, { spec: PermissionSpec; attributes: Readonly<Record<string, string>>; getOk?: ReadonlySet<string> }>> = {
  aws_lambda_permission: {
    spec: LAMBDA_PERMISSION,
    attributes: {
      action: 'Action', function_name: 'FunctionName', principal: 'Principal', qualifier: 'Qualifier', source_arn: 'SourceArn',
      source_account: 'SourceAccount', principal_org_id: 'PrincipalOrgID', event_source_token: 'EventSourceToken',
      function_url_auth_type: 'FunctionUrlAuthType', invoked_via_function_url: 'InvokedViaFunctionUrl',
    },
    // internal/service/lambda/permission.go
    getOk: new Set(['qualifier', 'source_arn', 'source_account', 'principal_org_id', 'event_source_token', 'function_url_auth_type', 'invoked_via_function_url']),
  },
  aws_lambda_layer_version_permission: {
    spec: LAYER_VERSION_PERMISSION,
    attributes: { action: 'Action', layer_name: 'LayerVersionArn', version_number: 'VersionNumber', principal: 'Principal', organization_id: 'OrganizationId' },
    // internal/service/lambda/layer_version_permission.go
    getOk: new Set(['organization_id']),
  },
  // The Cloud Control provider (hashicorp/awscc): the CloudFormation resources, their properties in snake case. Its
  // null is unset and "" a value it sends as it is (no getOk).
  awscc_lambda_permission: {
    spec: LAMBDA_PERMISSION,
    attributes: {
      action: 'Action', function_name: 'FunctionName', principal: 'Principal', source_arn: 'SourceArn', source_account: 'SourceAccount',
      principal_org_id: 'PrincipalOrgID', event_source_token: 'EventSourceToken', function_url_auth_type: 'FunctionUrlAuthType',
      invoked_via_function_url: 'InvokedViaFunctionUrl',
    },
  },
  awscc_lambda_layer_version_permission: {
    spec: LAYER_VERSION_PERMISSION,
    attributes: { action: 'Action', layer_version_arn: 'LayerVersionArn', principal: 'Principal', organization_id: 'OrganizationId' },
  },
};

export interface TerraformPermission {
  resourceType: string;
  /** `['resource', type, name]`: findings' paths continue with the attribute's name. */
  path: Array<string | number>;
  spec: PermissionSpec;
  /** The attributes the statement is written from, by their CloudFormation property name. */
  attributes: Map<string, HclAttribute>;
  /** The attribute names, by CloudFormation property name (for findings' paths). */
  names: ReadonlyMap<string, string>;
  /** The resource's name label: findings about the statement as a whole point at it. */
  anchor: [number, number];
}

/** Whether the provider reads a permission resource's attribute with this value as not set (PERMISSION_BLOCKS' `getOk`). */
export function unsetByProvider(resourceType: string, attribute: string, value: unknown): boolean {
  return (value === '' || value === false) && Object.hasOwn(PERMISSION_BLOCKS, resourceType) && PERMISSION_BLOCKS[resourceType].getOk?.has(attribute) === true;
}

/** Every permission resource of a file (PERMISSION_BLOCKS), in the order of the file. */
export function terraformPermissions(body: HclBody): TerraformPermission[] {
  const out: TerraformPermission[] = [];
  for (const block of body) {
    if (block.kind !== 'block' || block.type !== 'resource' || block.labels.length !== 2) continue;
    const [type, name] = block.labels;
    const known = Object.hasOwn(PERMISSION_BLOCKS, type) ? PERMISSION_BLOCKS[type] : undefined;
    if (!known) continue;
    const attributes = new Map<string, HclAttribute>();
    const names = new Map<string, string>();
    for (const [attribute, property] of Object.entries(known.attributes)) {
      const found = attributeOf(block.body, attribute);
      if (found) attributes.set(property, found);
      names.set(property, attribute);
    }
    out.push({ resourceType: type, path: ['resource', type, name], spec: known.spec, attributes, names, anchor: block.labelRanges[1] });
  }
  return out;
}

/**
 * Registry modules whose input is a policy passed as it is to a resource, by their `source`: the
 * terraform-aws-modules iam-policy module sets `aws_iam_policy`'s `policy = var.policy` (its modules/iam-policy/main.tf).
 */
const POLICY_MODULES: ReadonlyArray<{ source: RegExp; resourceType: string; locations: readonly Location[] }> = [
  {
    source: /^(?:registry\.terraform\.io\/)?terraform-aws-modules\/iam\/aws\/\/modules\/iam-policy$|^(?:git::)?(?:https:\/\/|git@)github\.com[/:]terraform-aws-modules\/terraform-aws-iam(?:\.git)?\/\/modules\/iam-policy(?:\?ref=[\w.-]+)?$/,
    resourceType: 'aws_iam_policy',
    locations: [identity('policy')],
  },
];

/** aws_organizations_policy's `type` → the policy type its `content` is. */
export const ORGANIZATIONS_TYPES: Readonly<Record<string, PolicyType>> = {
  SERVICE_CONTROL_POLICY: 'scp',
  RESOURCE_CONTROL_POLICY: 'rcp',
};

export interface TerraformPolicyLocation {
  /** `aws_iam_policy.name` (`aws_iam_role.name.inline_policy[0]` for an inline policy). */
  address: string;
  resourceType: string;
  policyType: PolicyType;
  ruleResourceType?: string;
  /** The policy's path in the file's value (`resource`, type, name, attribute…), for findings and `ignore` paths. */
  path: Array<string | number>;
  attribute: HclAttribute;
}

/**
 * Every policy attribute of a file's resources, in the order of the file. With the file's text and the module's
 * locals, an `aws_organizations_policy`'s `type` is read through a local (`type = local.policy_type`, locals.ts).
 */
export function terraformPolicyLocations(body: HclBody, source?: string, locals?: Locals): TerraformPolicyLocation[] {
  const out: TerraformPolicyLocation[] = [];
  for (const block of body) {
    if (block.kind === 'block' && block.type === 'module' && block.labels.length === 1) {
      const module = POLICY_MODULES.find(({ source: pattern }) => pattern.test(literalText(attributeOf(block.body, 'source')?.value) ?? ''));
      const base = { resourceType: module?.resourceType ?? '', path: ['module', block.labels[0]] as Array<string | number> };
      for (const location of module?.locations ?? []) {
        const found = attributeOf(block.body, location.attribute);
        if (found) out.push(at(base, `module.${block.labels[0]}`, location, found, [location.attribute]));
      }
      continue;
    }
    if (block.kind !== 'block' || block.type !== 'resource' || block.labels.length !== 2) continue;
    const [type, name] = block.labels;
    const base = { resourceType: type, path: ['resource', type, name] as Array<string | number> };
    let locations: readonly Location[] | undefined = POLICY_ATTRIBUTES[type];
    if (type === 'aws_organizations_policy') {
      // `type` defaults to SERVICE_CONTROL_POLICY; one the file leaves open (a variable) is not guessed.
      const typeAttribute = attributeOf(block.body, 'type');
      const orgType = typeAttribute ? literalText(source === undefined ? typeAttribute.value : throughLocals(source, typeAttribute.value, locals).expr) : 'SERVICE_CONTROL_POLICY';
      const policyType = orgType === undefined ? undefined : ORGANIZATIONS_TYPES[orgType];
      locations = policyType ? [{ attribute: 'content', policyType }] : undefined;
    }
    for (const location of locations ?? []) {
      const found = attributeOf(block.body, location.attribute);
      if (found) out.push(at(base, `${type}.${name}`, location, found, [location.attribute]));
    }
    if (type === 'aws_iam_role') inlinePolicies(block, base, `${type}.${name}`, out);
  }
  return out.sort((a, b) => a.attribute.value.start - b.attribute.value.start);
}

/** aws_iam_role's `inline_policy { name = …, policy = … }` blocks. */
function inlinePolicies(role: HclBlock, base: { resourceType: string; path: Array<string | number> }, address: string, out: TerraformPolicyLocation[]): void {
  let index = 0;
  for (const item of role.body) {
    if (item.kind !== 'block' || item.type !== 'inline_policy') continue;
    const policy = attributeOf(item.body, 'policy');
    if (policy) out.push(at(base, `${address}.inline_policy[${index}]`, identity('policy'), policy, ['inline_policy', index, 'policy']));
    index++;
  }
}

function at(
  base: { resourceType: string; path: Array<string | number> }, address: string, location: Location, found: HclAttribute, steps: Array<string | number>,
): TerraformPolicyLocation {
  return {
    address, resourceType: base.resourceType, policyType: location.policyType, path: [...base.path, ...steps], attribute: found,
    ...(location.resourceType ? { ruleResourceType: location.resourceType } : {}),
  };
}
