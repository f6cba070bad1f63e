/**
 * Where a CloudFormation template holds IAM policies, and what type of policy each is, by resource type.
 */
import type { PolicyType } from '../engine/types.js';
import { intrinsicOf, resolveNode } from './embed.js';
import { LAMBDA_PERMISSION, LAYER_VERSION_PERMISSION, type PermissionSpec } from './permission.js';
import { entryOf, type SrcNode } from './source.js';

interface Location {
  /** Property path under `Properties`; `*` is every item of a list. */
  path: readonly string[];
  policyType: PolicyType;
  /**
   * Only where the value is a policy document (an object with a Statement): a SAM `Policies` property mixes
   * documents with managed policy names and SAM policy templates (`{"S3ReadPolicy": {…}}`), read by SAM.
   */
  documentsOnly?: boolean;
  /** The value is one policy statement, not a document (AWS::Events::EventBusPolicy's `Statement`). */
  statement?: boolean;
  /**
   * The value is an SDK call as JSON text (CDK's AwsCustomResource: `{"service": …, "action": …, "parameters":
   * {…}}`), and the policy the string of JSON in this parameter.
   */
  sdkParameter?: string;
  /**
   * The resource type, as Access Analyzer and the rules' `resourceType` option name it, where a rule has
   * checks of its own for it (S3 buckets and access points, DynamoDB tables, VPC endpoints, ECR repositories, SQS queues,
   * SNS topics, KMS keys).
   */
  resourceType?: string;
}

const identity = (path: string[]): Location => ({ path, policyType: 'identity' });
const resource = (path: string[], resourceType?: string): Location => ({ path, policyType: 'resource', ...(resourceType ? { resourceType } : {}) });
const INLINE = [identity(['Policies', '*', 'PolicyDocument'])];
/** SAM's `Policies`: one policy document, or a list of documents, names and policy templates. */
const SAM_POLICIES: Location[] = [
  { path: ['Policies'], policyType: 'identity', documentsOnly: true },
  { path: ['Policies', '*'], policyType: 'identity', documentsOnly: true },
];

/** The policy properties of each resource type (AWS::Organizations::Policy is decided by its `Type`). */
export const POLICY_LOCATIONS: Readonly<Record<string, readonly Location[]>> = {
  'AWS::IAM::Policy': [identity(['PolicyDocument'])],
  'AWS::IAM::ManagedPolicy': [identity(['PolicyDocument'])],
  'AWS::IAM::Role': [{ path: ['AssumeRolePolicyDocument'], policyType: 'trust' }, ...INLINE],
  'AWS::IAM::User': INLINE,
  'AWS::IAM::Group': INLINE,
  'AWS::IAM::UserPolicy': [identity(['PolicyDocument'])],
  'AWS::IAM::GroupPolicy': [identity(['PolicyDocument'])],
  'AWS::IAM::RolePolicy': [identity(['PolicyDocument'])],
  'AWS::SSO::PermissionSet': [identity(['InlinePolicy'])],
  'AWS::S3::BucketPolicy': [resource(['PolicyDocument'], 'AWS::S3::Bucket')],
  'AWS::S3::AccessPoint': [resource(['Policy'], 'AWS::S3::AccessPoint')],
  'AWS::S3::MultiRegionAccessPointPolicy': [resource(['Policy'], 'AWS::S3::MultiRegionAccessPoint')],
  'AWS::S3ObjectLambda::AccessPointPolicy': [resource(['PolicyDocument'], 'AWS::S3ObjectLambda::AccessPoint')],
  'AWS::S3Express::BucketPolicy': [resource(['PolicyDocument'])],
  // A table's policy, and its stream's (whose checks are not the table's).
  'AWS::DynamoDB::Table': [
    resource(['ResourcePolicy', 'PolicyDocument'], 'AWS::DynamoDB::Table'),
    resource(['StreamSpecification', 'ResourcePolicy', 'PolicyDocument']),
  ],
  'AWS::DynamoDB::GlobalTable': [
    resource(['Replicas', '*', 'ResourcePolicy', 'PolicyDocument'], 'AWS::DynamoDB::Table'),
    resource(['Replicas', '*', 'ReplicaStreamSpecification', 'ResourcePolicy', 'PolicyDocument']),
  ],
  'AWS::SQS::QueuePolicy': [resource(['PolicyDocument'], 'AWS::SQS::Queue')],
  'AWS::SQS::QueueInlinePolicy': [resource(['PolicyDocument'], 'AWS::SQS::Queue')],
  'AWS::SNS::TopicPolicy': [resource(['PolicyDocument'], 'AWS::SNS::Topic')],
  'AWS::SNS::TopicInlinePolicy': [resource(['PolicyDocument'], 'AWS::SNS::Topic')],
  'AWS::KMS::Key': [resource(['KeyPolicy'], 'AWS::KMS::Key')],
  'AWS::KMS::ReplicaKey': [resource(['KeyPolicy'], 'AWS::KMS::Key')],
  'AWS::SecretsManager::ResourcePolicy': [resource(['ResourcePolicy'])],
  'AWS::ECR::Repository': [resource(['RepositoryPolicyText'], 'AWS::ECR::Repository')],
  'AWS::ECR::RegistryPolicy': [resource(['PolicyText'])],
  'AWS::Events::EventBus': [resource(['Policy'])],
  // The newer form: one statement; the older form (Action, Principal, Condition properties) is no IAM text.
  'AWS::Events::EventBusPolicy': [{ path: ['Statement'], policyType: 'resource', statement: true }],
  'AWS::Kinesis::ResourcePolicy': [resource(['ResourcePolicy'])],
  'AWS::Logs::ResourcePolicy': [resource(['PolicyDocument'])],
  // A cross-account subscription destination: which accounts may subscribe to it (a string of JSON).
  'AWS::Logs::Destination': [resource(['DestinationPolicy'])],
  'AWS::CodeArtifact::Domain': [resource(['PermissionsPolicyDocument'])],
  'AWS::CodeArtifact::Repository': [resource(['PermissionsPolicyDocument'])],
  'AWS::Organizations::ResourcePolicy': [resource(['Content'])],
  'AWS::EFS::FileSystem': [resource(['FileSystemPolicy'])],
  'AWS::Backup::BackupVault': [resource(['AccessPolicy'])],
  'AWS::OpenSearchService::Domain': [resource(['AccessPolicies'])],
  'AWS::Elasticsearch::Domain': [resource(['AccessPolicies'])],
  'AWS::ApiGateway::RestApi': [resource(['Policy'])],
  // An endpoint policy: "Principal": "*" is its normal form (principal-public-access, kms-key-policy-lockout).
  'AWS::EC2::VPCEndpoint': [resource(['PolicyDocument'], 'AWS::EC2::VPCEndpoint')],
  // AWS SAM (Transform: AWS::Serverless-2016-10-31): the policies SAM copies into the function's or state
  // machine's role. SAM's own shorthands (policy templates, Api Auth.ResourcePolicy) are not IAM documents.
  'AWS::Serverless::Function': [{ path: ['AssumeRolePolicyDocument'], policyType: 'trust' }, ...SAM_POLICIES],
  'AWS::Serverless::StateMachine': SAM_POLICIES,
  // CDK's custom resources that set a policy by an SDK call (the call's Create; its Update is the same call):
  // an OpenSearch or Elasticsearch domain's access policy (opensearch.Domain's accessPolicies), and a
  // CloudWatch Logs resource policy (the one events-targets.CloudWatchLogGroup and opensearch.Domain's
  // logging add). The policy is a string of JSON inside the call's JSON text.
  'Custom::OpenSearchAccessPolicy': [{ path: ['Create'], policyType: 'resource', sdkParameter: 'AccessPolicies' }],
  'Custom::ElasticsearchAccessPolicy': [{ path: ['Create'], policyType: 'resource', sdkParameter: 'AccessPolicies' }],
  'Custom::CloudwatchLogResourcePolicy': [{ path: ['Create'], policyType: 'resource', sdkParameter: 'policyDocument' }],
};

/**
 * Resources that add one statement to a resource policy from properties of their own (permission.ts): the
 * statement is written from them, and linted as a resource policy.
 */
export const PERMISSION_RESOURCES: Readonly<Record<string, PermissionSpec>> = {
  'AWS::Lambda::Permission': LAMBDA_PERMISSION,
  'AWS::Lambda::LayerVersionPermission': LAYER_VERSION_PERMISSION,
};

const ORGANIZATIONS_TYPES: Readonly<Record<string, PolicyType>> = {
  SERVICE_CONTROL_POLICY: 'scp',
  RESOURCE_CONTROL_POLICY: 'rcp',
};

export interface PolicyLocation {
  logicalId: string;
  resourceType: string;
  policyType: PolicyType;
  /** The resource type the rules' `resourceType` option gets (`AWS::S3::Bucket` for a bucket policy), where one has checks. */
  ruleResourceType?: string;
  /** The path of the policy in the template (`Resources`, id, `Properties`, …). */
  path: Array<string | number>;
  node: SrcNode;
  /** The key of the policy's property: findings about the policy as a whole point at it. */
  anchor: [number, number];
  /** The node is one statement, which `lint.ts` wraps in a policy (`wrapStatement`). */
  statement?: boolean;
  /** The node is an SDK call as JSON text whose parameter of this name holds the policy (`embedPolicy`). */
  sdkParameter?: string;
  /** The node is a permission resource's `Properties`, whose statement this spec writes (`embedPermission`). */
  permission?: PermissionSpec;
  /**
   * The name in the resource's own `Condition` attribute (the resource exists only where it is true): its
   * policies' Fn::If readings are limited to those deployments (`policyVariants`). Absent when not a name.
   */
  condition?: string;
}

/** A node with an Fn::If (or a Ref to AWS::NoValue) read: the node it stands for, or undefined. */
function literal(node: SrcNode): SrcNode | undefined {
  if (!intrinsicOf(node)) return node;
  const resolved = resolveNode(node, []);
  return resolved.kind === 'node' ? resolved.node : undefined;
}

/** Every policy of a template, in the order of the file. */
export function policyLocations(root: SrcNode): PolicyLocation[] {
  const out: PolicyLocation[] = [];
  const resources = entryOf(root, 'Resources')?.value;
  if (resources?.kind !== 'object') return out;
  for (const { key: logicalId, value: resourceNode } of resources.entries!) {
    const type = entryOf(resourceNode, 'Type')?.value;
    if (type?.kind !== 'string') continue;
    const resourceType = String(type.value);
    const propertiesEntry = entryOf(resourceNode, 'Properties');
    const properties = propertiesEntry?.value;
    if (!properties) continue;
    const conditionNode = entryOf(resourceNode, 'Condition')?.value;
    const condition = conditionNode?.kind === 'string' && !conditionNode.tag ? { condition: String(conditionNode.value) } : {};
    const permission = PERMISSION_RESOURCES[resourceType];
    if (permission && properties.kind === 'object') {
      out.push({
        logicalId, resourceType, policyType: 'resource', path: ['Resources', logicalId, 'Properties'], node: properties,
        anchor: [propertiesEntry.keyStart, propertiesEntry.keyEnd], permission, ...condition,
      });
      continue;
    }
    let locations: readonly Location[] | undefined = POLICY_LOCATIONS[resourceType];
    if (resourceType === 'AWS::Organizations::Policy') {
      const orgType = entryOf(properties, 'Type')?.value;
      const policyType = orgType?.kind === 'string' ? ORGANIZATIONS_TYPES[String(orgType.value)] : undefined;
      locations = policyType ? [{ path: ['Content'], policyType }] : undefined;
    }
    for (const location of locations ?? []) {
      walk(properties, location.path, ['Resources', logicalId, 'Properties'], undefined, (node, path, anchor) => {
        if (location.documentsOnly && !isPolicyDocument(node)) return;
        out.push({
          logicalId, resourceType, policyType: location.policyType, path, node, anchor,
          ...(location.resourceType ? { ruleResourceType: location.resourceType } : {}),
          ...(location.statement ? { statement: true } : {}),
          ...(location.sdkParameter ? { sdkParameter: location.sdkParameter } : {}),
          ...condition,
        });
      });
    }
  }
  return out.sort((a, b) => a.node.start - b.node.start);
}

/** Whether a node is (or an Fn::If gives) an object with a Statement. */
function isPolicyDocument(node: SrcNode): boolean {
  const value = literal(node);
  return value !== undefined && entryOf(value, 'Statement') !== undefined;
}

function walk(
  node: SrcNode, steps: readonly string[], path: Array<string | number>, anchor: [number, number] | undefined,
  found: (node: SrcNode, path: Array<string | number>, anchor: [number, number]) => void,
): void {
  if (steps.length === 0) {
    if (anchor) found(node, path, anchor);
    return;
  }
  const current = literal(node);
  if (!current) return;
  const [step, ...rest] = steps;
  if (step === '*') {
    if (current.kind !== 'array') return;
    current.items!.forEach((item, i) => {
      const value = literal(item);
      // A policy that is an item itself (a SAM function's Policies) is anchored at its first key, not at the
      // list's: each item's findings about the whole policy then point at that item, and are not merged.
      const first = rest.length === 0 && value?.kind === 'object' ? value.entries![0] : undefined;
      if (value) walk(value, rest, [...path, i], first ? [first.keyStart, first.keyEnd] : anchor, found);
    });
    return;
  }
  const next = entryOf(current, step);
  if (!next) return;
  // The policy itself may be an intrinsic function (an Fn::Sub string of JSON): embedPolicy reads it.
  walk(rest.length === 0 ? next.value : literal(next.value) ?? next.value, rest, [...path, step], [next.keyStart, next.keyEnd], found);
}
