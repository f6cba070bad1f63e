/**
 * The actions that hand the caller credentials, or secrets that work as credentials: temporary AWS keys, tokens,
 * passwords, private keys. The IAM database has no such attribute, so the list is curated here, with a reason per
 * entry; the credentials-exposure rule reports the Allow entries that grant them, and its test checks that every
 * action below exists in the database (a database update that renames one fails loudly).
 *
 * It starts from Parliament's CREDENTIALS_EXPOSURE list (https://gist.github.com/kmcquade/33860a617e651104d243c324ddf7992a),
 * less the entries the database does not know and those no identity policy can grant (see rules/credentials-exposure/
 * credentials-exposure.md for both), plus newer actions of the same kind. Order: the message order, the actions
 * that give AWS credentials first.
 */
export interface CredentialAction {
  /** Canonical full name, as the database spells it. */
  readonly action: string;
  /** What the caller gets. */
  readonly reason: string;
}

export const CREDENTIAL_ACTIONS: readonly CredentialAction[] = [
  // AWS credentials.
  { action: 'sts:AssumeRole', reason: 'returns temporary credentials of the role' },
  { action: 'sts:AssumeRoot', reason: 'returns temporary credentials of the root user of a member account' },
  { action: 'sts:GetFederationToken', reason: 'returns temporary credentials for a federated user' },
  { action: 'sts:GetDelegatedAccessToken', reason: 'returns temporary credentials for an account after a delegation request is approved' },
  { action: 'iam:CreateAccessKey', reason: 'returns a new long-term access key of an IAM user' },
  { action: 'iam:UpdateAccessKey', reason: 'makes an inactive access key of an IAM user work again' },
  { action: 'iam:CreateLoginProfile', reason: 'sets a console password, of the caller\'s choosing, for an IAM user' },
  { action: 'iam:UpdateLoginProfile', reason: 'changes the console password of an IAM user to one of the caller\'s choosing' },
  { action: 'sso-oauth:CreateTokenWithIAM', reason: 'returns IAM Identity Center access and refresh tokens' },
  { action: 'cognito-identity:GetOpenIdTokenForDeveloperIdentity', reason: 'returns an OpenID token for any identity of the pool, which Cognito exchanges for the pool role\'s credentials' },
  { action: 'datazone:GetEnvironmentCredentials', reason: 'returns temporary credentials of an environment\'s user role' },
  { action: 'datazone:GetDomainExecutionRoleCredentials', reason: 'returns temporary credentials of the domain execution role' },
  { action: 'lakeformation:GetTemporaryGlueTableCredentials', reason: 'returns temporary credentials to a table\'s data' },
  { action: 'lakeformation:GetTemporaryGluePartitionCredentials', reason: 'returns temporary credentials to a partition\'s data' },
  { action: 'elasticmapreduce:GetClusterSessionCredentials', reason: 'returns credentials for an execution role on a cluster' },
  { action: 'ssm:GetAccessToken', reason: 'returns credentials for just-in-time node access' },
  { action: 'codepipeline:PollForJobs', reason: 'returns jobs with temporary credentials to the pipeline\'s artifact bucket' },
  { action: 'gamelift:RequestUploadCredentials', reason: 'returns temporary credentials to upload game builds' },
  // Tokens and passwords of AWS services.
  { action: 'sts:GetServiceBearerToken', reason: 'returns a bearer token for CodeArtifact and other services that accept one' },
  { action: 'sts:GetWebIdentityToken', reason: 'returns a signed token that identifies the caller to services outside AWS' },
  { action: 'ecr:GetAuthorizationToken', reason: 'returns a 12-hour password to the account\'s container registries' },
  { action: 'ecr-public:GetAuthorizationToken', reason: 'returns a 12-hour token to the account\'s public registries' },
  { action: 'codeartifact:GetAuthorizationToken', reason: 'returns a token to a CodeArtifact domain\'s repositories' },
  { action: 'iam:CreateServiceSpecificCredential', reason: 'returns a new password of an IAM user for CodeCommit, Keyspaces or Bedrock' },
  { action: 'iam:ResetServiceSpecificCredential', reason: 'returns a new password for a service-specific credential of an IAM user' },
  { action: 'redshift:GetClusterCredentials', reason: 'returns a temporary database password' },
  { action: 'redshift:GetClusterCredentialsWithIAM', reason: 'returns a temporary database password' },
  { action: 'redshift-serverless:GetCredentials', reason: 'returns a temporary database password' },
  // IAM database authentication: the caller signs a token itself (nothing is returned), and this permission makes
  // the token a password.
  { action: 'rds-db:connect', reason: 'lets the caller sign tokens that log in to the database as the database user' },
  { action: 'dsql:DbConnect', reason: 'lets the caller sign tokens that log in to the cluster with a custom database role' },
  { action: 'dsql:DbConnectAdmin', reason: 'lets the caller sign tokens that log in to the cluster as its admin role' },
  { action: 'elasticache:Connect', reason: 'lets the caller sign tokens that log in to the cache as an ElastiCache user' },
  { action: 'memorydb:Connect', reason: 'lets the caller sign tokens that log in to the cluster as a MemoryDB user' },
  // Secrets of other services.
  { action: 'connect:GetFederationToken', reason: 'returns credentials to an Amazon Connect instance' },
  { action: 'lightsail:GetInstanceAccessDetails', reason: 'returns temporary SSH keys or a password of an instance' },
  { action: 'lightsail:GetRelationalDatabaseMasterUserPassword', reason: 'returns the master password of a database' },
  { action: 'lightsail:DownloadDefaultKeyPair', reason: 'returns the private key of the Region\'s default key pair' },
  { action: 'lightsail:CreateBucketAccessKey', reason: 'returns a new access key to a bucket' },
  { action: 'mediapackage:RotateIngestEndpointCredentials', reason: 'returns new ingest credentials of a channel' },
  { action: 'mediapackage:RotateChannelCredentials', reason: 'returns new ingest credentials of a channel' },
];
