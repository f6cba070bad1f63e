import { createRequire as __policyLintCreateRequire } from 'node:module';
const require = __policyLintCreateRequire(import.meta.url);

// src/config/constants.ts
var CONFIG_FILE_NAME = ".policy-lint.json";
var DEFAULT_INCLUDE = ["**/*.json", "**/*.yaml", "**/*.yml", "**/*.template", "**/*.tf", "**/*.tfstate"];
var ACCESS_ANALYZER_RESOURCE_TYPES = [
  "AWS::S3::Bucket",
  "AWS::S3::AccessPoint",
  "AWS::S3::MultiRegionAccessPoint",
  "AWS::S3ObjectLambda::AccessPoint",
  "AWS::IAM::AssumeRolePolicyDocument",
  "AWS::DynamoDB::Table"
];

export {
  CONFIG_FILE_NAME,
  DEFAULT_INCLUDE,
  ACCESS_ANALYZER_RESOURCE_TYPES
};
