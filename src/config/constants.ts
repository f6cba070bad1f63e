/** The configuration file's name, looked for from the working directory up to the repository root. */
export const CONFIG_FILE_NAME = '.policy-lint.json';

/**
 * The files a directory gives: JSON policies, templates and Terraform plans, CloudFormation templates and
 * Serverless service files in YAML (other YAML is skipped), Terraform files (those without an IAM policy are
 * skipped) and Terraform states.
 */
export const DEFAULT_INCLUDE: readonly string[] = ['**/*.json', '**/*.yaml', '**/*.yml', '**/*.template', '**/*.tf', '**/*.tfstate'];

/** The resource types ValidatePolicy has dedicated checks for (validatePolicyResourceType); other resource policies get the generic checks. */
export const ACCESS_ANALYZER_RESOURCE_TYPES = [
  'AWS::S3::Bucket',
  'AWS::S3::AccessPoint',
  'AWS::S3::MultiRegionAccessPoint',
  'AWS::S3ObjectLambda::AccessPoint',
  'AWS::IAM::AssumeRolePolicyDocument',
  'AWS::DynamoDB::Table',
] as const;
