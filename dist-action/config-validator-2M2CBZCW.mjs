import { createRequire as __policyLintCreateRequire } from 'node:module';
const require = __policyLintCreateRequire(import.meta.url);
import "./chunk-PI7H3LEV.mjs";

// src/generated/config-validator.js
var validateConfig = validate20;
var schema31 = { "$schema": "https://json-schema.org/draft/2020-12/schema", "$id": "https://policy-lint.dev/schemas/config.schema.json", "title": "policy-lint configuration", "description": "Configuration of policy-lint, the linter for AWS IAM policy documents. Put it in a file named .policy-lint.json; policy-lint looks for it in the working directory and its parents up to the repository root.", "type": "object", "properties": { "$schema": { "title": "JSON Schema", "description": "The schema of this file, for editors: https://policy-lint.dev/schemas/config.schema.json or a path to node_modules/policy-lint/schemas/config.schema.json.", "type": "string" }, "extends": { "title": "Presets", "description": 'The rule presets to start from: "policy-lint:recommended" (the default) or "policy-lint:all". An empty array starts from no rules at all.', "anyOf": [{ "$ref": "#/$defs/preset" }, { "type": "array", "items": { "$ref": "#/$defs/preset" } }] }, "rules": { "$ref": "#/$defs/rules" }, "policyType": { "$ref": "#/$defs/policyType", "description": "The kind of policy the files hold, which decides the rules and grammar that apply: identity (attached to a user, group or role), resource (attached to a resource such as an S3 bucket), trust (a role's trust policy), scp (service control policy) or rcp (resource control policy). Default: identity." }, "resourceType": { "$ref": "#/$defs/resourceType", "description": "The resource the files' policies belong to, such as AWS::EC2::VPCEndpoint: their policy type is resource (unless policyType says so too), every rule with a resourceType option gets it (replacing the rule's own), and Access Analyzer gets it where ValidatePolicy knows the type. CloudFormation templates and Terraform files are not affected: their resources say it." }, "overrides": { "title": "Overrides", "description": "Settings for the files that match glob patterns. Later overrides win over earlier ones.", "type": "array", "items": { "$ref": "#/$defs/override" } }, "ignore": { "title": "Ignored findings", "description": "Findings to suppress, each with the reason why.", "type": "array", "items": { "$ref": "#/$defs/ignoreEntry" } }, "include": { "title": "Included files", "description": 'Glob patterns of the files to lint when a directory is given on the command line, relative to the directory of this file. Default: ["**/*.json", "**/*.yaml", "**/*.yml", "**/*.template", "**/*.tf", "**/*.tfstate"] (YAML that is not a CloudFormation template, and Terraform files without IAM policies, are skipped). Files named on the command line are always linted.', "type": "array", "items": { "$ref": "#/$defs/glob" } }, "exclude": { "title": "Excluded files", "description": "Glob patterns of files not to lint when a directory is given on the command line, relative to the directory of this file. Files that .gitignore ignores, and node_modules, .terraform and .serverless directories, are always left out.", "type": "array", "items": { "$ref": "#/$defs/glob" } }, "accessAnalyzer": { "$ref": "#/$defs/accessAnalyzer" }, "suggestionsCountAsWarnings": { "title": "Suggestions count as warnings", "description": "Whether Access Analyzer suggestions count against --max-warnings. Default: false.", "type": "boolean" } }, "additionalProperties": false, "$defs": { "preset": { "title": "Preset", "description": "policy-lint:recommended: the rules that catch real problems with few false positives. policy-lint:all: every rule.", "enum": ["policy-lint:recommended", "policy-lint:all"] }, "policyType": { "title": "Policy type", "enum": ["identity", "resource", "trust", "scp", "rcp"] }, "severity": { "title": "Severity", "description": "off: the rule does not run. warn: findings are warnings. error: findings are errors (exit code 1).", "enum": ["off", "warn", "error"] }, "ruleSetting": { "title": "Rule setting", "description": '"off", "warn" or "error", or ["warn" | "error", { options }] for a rule that takes options.', "anyOf": [{ "$ref": "#/$defs/severity" }, { "title": "Severity with options", "type": "array", "prefixItems": [{ "title": "Severity", "description": "warn or error.", "enum": ["warn", "error"] }, { "title": "Rule options", "description": "The rule's options, merged over its defaults; see the rule's documentation.", "type": "object" }], "items": false, "minItems": 2 }] }, "rules": { "title": "Rules", "description": 'Rule severities and options by rule id, over the presets of "extends".', "type": "object", "additionalProperties": { "$ref": "#/$defs/ruleSetting" } }, "glob": { "title": "Glob pattern", "description": 'A glob pattern (picomatch syntax: *, **, ?, {a,b}, [abc]) matched against paths relative to the directory of the configuration file, with forward slashes. "*.json" matches at the top only; write "**/*.json" for any depth. A pattern that matches a directory covers everything under it. A pattern starting with "!" takes away from what the others in the same list match. Hidden files and directories are matched like any other.', "type": "string", "pattern": "\\S" }, "globs": { "type": "array", "items": { "$ref": "#/$defs/glob" }, "minItems": 1 }, "accessAnalyzerResourceType": { "title": "Access Analyzer resource type", "description": "The resource type of resource policies for Access Analyzer's ValidatePolicy (validatePolicyResourceType), which enables checks specific to that type. For files that have no resourceType: a file's resourceType decides Access Analyzer's type, whichever layer sets this.", "enum": ["AWS::S3::Bucket", "AWS::S3::AccessPoint", "AWS::S3::MultiRegionAccessPoint", "AWS::S3ObjectLambda::AccessPoint", "AWS::IAM::AssumeRolePolicyDocument", "AWS::DynamoDB::Table"] }, "resourceType": { "title": "Resource type", "description": `The resource the policies belong to, as CloudFormation names its type: their policy type is resource, every rule with a resourceType option gets it (replacing the rule's own), and Access Analyzer gets it where ValidatePolicy knows the type (S3 buckets and access points, DynamoDB tables). A role's trust policy is "policyType": "trust".`, "enum": ["AWS::S3::Bucket", "AWS::S3::AccessPoint", "AWS::S3::MultiRegionAccessPoint", "AWS::S3ObjectLambda::AccessPoint", "AWS::DynamoDB::Table", "AWS::SQS::Queue", "AWS::SNS::Topic", "AWS::KMS::Key", "AWS::ECR::Repository", "AWS::EC2::VPCEndpoint"] }, "override": { "title": "Override", "description": 'Settings for the files that match "files".', "type": "object", "properties": { "files": { "$ref": "#/$defs/globs", "title": "Files", "description": "Glob patterns of the files this override applies to, relative to the directory of the configuration file." }, "policyType": { "$ref": "#/$defs/policyType" }, "resourceType": { "$ref": "#/$defs/resourceType" }, "rules": { "$ref": "#/$defs/rules" }, "accessAnalyzerResourceType": { "$ref": "#/$defs/accessAnalyzerResourceType" } }, "required": ["files"], "additionalProperties": false }, "ignoreEntry": { "title": "Ignored findings", "description": 'Suppresses the findings of some rules (all when "rules" is absent) in the files that match "files", optionally only at or under a JSONPath.', "type": "object", "properties": { "files": { "$ref": "#/$defs/globs", "title": "Files", "description": "Glob patterns of the files, relative to the directory of the configuration file." }, "rules": { "title": "Rules", "description": 'The rule ids whose findings to suppress (also "access-analyzer/<ISSUE_CODE>"). All rules when absent.', "type": "array", "items": { "type": "string", "pattern": "\\S" }, "minItems": 1 }, "path": { "title": "JSONPath", "description": "Only findings at or under the nodes this JSONPath selects in the file, e.g. $.Statement[2], $.Statement[-1] (the last) or $.Statement[?(@.Sid == 'BreakGlass')].", "type": "string", "pattern": "^\\$" }, "reason": { "title": "Reason", "description": "Why these findings are acceptable, for the next reader.", "type": "string", "pattern": "\\S" } }, "required": ["files", "reason"], "additionalProperties": false }, "accessAnalyzer": { "title": "Access Analyzer", "description": "Settings of the AWS IAM Access Analyzer checks (ValidatePolicy).", "type": "object", "properties": { "enabled": { "title": "Enabled", "description": "Whether to call Access Analyzer.", "type": "boolean" }, "region": { "title": "Region", "description": "The AWS region of the Access Analyzer endpoint, e.g. us-east-1.", "type": "string", "pattern": "^[a-z]{2}(-[a-z]+)+-\\d+$" }, "profile": { "title": "Profile", "description": "The AWS profile to take credentials from.", "type": "string", "pattern": "\\S" }, "concurrency": { "title": "Concurrency", "description": "How many ValidatePolicy calls run at a time.", "type": "integer", "minimum": 1, "maximum": 32 }, "locale": { "title": "Locale", "description": "The language of Access Analyzer's finding messages.", "enum": ["DE", "EN", "ES", "FR", "IT", "JA", "KO", "PT_BR", "ZH_CN", "ZH_TW"] }, "ignore": { "title": "Ignored issue codes", "description": "Access Analyzer issue codes whose findings to drop, e.g. MISSING_VERSION.", "type": "array", "items": { "type": "string", "pattern": "^[A-Z][A-Z0-9_]*$" } }, "resourceType": { "$ref": "#/$defs/accessAnalyzerResourceType" } }, "additionalProperties": false } } };
var schema32 = { "title": "Preset", "description": "policy-lint:recommended: the rules that catch real problems with few false positives. policy-lint:all: every rule.", "enum": ["policy-lint:recommended", "policy-lint:all"] };
var schema37 = { "title": "Policy type", "enum": ["identity", "resource", "trust", "scp", "rcp"] };
var schema38 = { "title": "Resource type", "description": `The resource the policies belong to, as CloudFormation names its type: their policy type is resource, every rule with a resourceType option gets it (replacing the rule's own), and Access Analyzer gets it where ValidatePolicy knows the type (S3 buckets and access points, DynamoDB tables). A role's trust policy is "policyType": "trust".`, "enum": ["AWS::S3::Bucket", "AWS::S3::AccessPoint", "AWS::S3::MultiRegionAccessPoint", "AWS::S3ObjectLambda::AccessPoint", "AWS::DynamoDB::Table", "AWS::SQS::Queue", "AWS::SNS::Topic", "AWS::KMS::Key", "AWS::ECR::Repository", "AWS::EC2::VPCEndpoint"] };
var schema41 = { "title": "Glob pattern", "description": 'A glob pattern (picomatch syntax: *, **, ?, {a,b}, [abc]) matched against paths relative to the directory of the configuration file, with forward slashes. "*.json" matches at the top only; write "**/*.json" for any depth. A pattern that matches a directory covers everything under it. A pattern starting with "!" takes away from what the others in the same list match. Hidden files and directories are matched like any other.', "type": "string", "pattern": "\\S" };
var func1 = Object.prototype.hasOwnProperty;
var schema34 = { "title": "Rules", "description": 'Rule severities and options by rule id, over the presets of "extends".', "type": "object", "additionalProperties": { "$ref": "#/$defs/ruleSetting" } };
var schema35 = { "title": "Rule setting", "description": '"off", "warn" or "error", or ["warn" | "error", { options }] for a rule that takes options.', "anyOf": [{ "$ref": "#/$defs/severity" }, { "title": "Severity with options", "type": "array", "prefixItems": [{ "title": "Severity", "description": "warn or error.", "enum": ["warn", "error"] }, { "title": "Rule options", "description": "The rule's options, merged over its defaults; see the rule's documentation.", "type": "object" }], "items": false, "minItems": 2 }] };
var schema36 = { "title": "Severity", "description": "off: the rule does not run. warn: findings are warnings. error: findings are errors (exit code 1).", "enum": ["off", "warn", "error"] };
function validate22(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate22.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  const _errs0 = errors;
  let valid0 = false;
  const _errs1 = errors;
  if (!(data === "off" || data === "warn" || data === "error")) {
    const err0 = { instancePath, schemaPath: "#/$defs/severity/enum", keyword: "enum", params: { allowedValues: schema36.enum }, message: "must be equal to one of the allowed values", schema: schema36.enum, parentSchema: schema36, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  var _valid0 = _errs1 === errors;
  valid0 = valid0 || _valid0;
  const _errs3 = errors;
  if (Array.isArray(data)) {
    if (data.length < 2) {
      const err1 = { instancePath, schemaPath: "#/anyOf/1/minItems", keyword: "minItems", params: { limit: 2 }, message: "must NOT have fewer than 2 items", schema: 2, parentSchema: schema35.anyOf[1], data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    const len0 = data.length;
    if (len0 > 0) {
      let data0 = data[0];
      if (!(data0 === "warn" || data0 === "error")) {
        const err2 = { instancePath: instancePath + "/0", schemaPath: "#/anyOf/1/prefixItems/0/enum", keyword: "enum", params: { allowedValues: schema35.anyOf[1].prefixItems[0].enum }, message: "must be equal to one of the allowed values", schema: schema35.anyOf[1].prefixItems[0].enum, parentSchema: schema35.anyOf[1].prefixItems[0], data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (len0 > 1) {
      let data1 = data[1];
      if (!(data1 && typeof data1 == "object" && !Array.isArray(data1))) {
        const err3 = { instancePath: instancePath + "/1", schemaPath: "#/anyOf/1/prefixItems/1/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema35.anyOf[1].prefixItems[1].type, parentSchema: schema35.anyOf[1].prefixItems[1], data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    const len1 = data.length;
    if (!(len1 <= 2)) {
      const err4 = { instancePath, schemaPath: "#/anyOf/1/items", keyword: "items", params: { limit: 2 }, message: "must NOT have more than 2 items", schema: false, parentSchema: schema35.anyOf[1], data };
      if (vErrors === null) {
        vErrors = [err4];
      } else {
        vErrors.push(err4);
      }
      errors++;
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema35.anyOf[1].type, parentSchema: schema35.anyOf[1], data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  var _valid0 = _errs3 === errors;
  valid0 = valid0 || _valid0;
  if (_valid0) {
    var items0 = true;
  }
  if (!valid0) {
    const err6 = { instancePath, schemaPath: "#/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema35.anyOf, parentSchema: schema35, data };
    if (vErrors === null) {
      vErrors = [err6];
    } else {
      vErrors.push(err6);
    }
    errors++;
  } else {
    errors = _errs0;
    if (vErrors !== null) {
      if (_errs0) {
        vErrors.length = _errs0;
      } else {
        vErrors = null;
      }
    }
  }
  validate22.errors = vErrors;
  evaluated0.items = items0;
  return errors === 0;
}
validate22.evaluated = { "dynamicProps": false, "dynamicItems": true };
function validate21(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate21.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!validate22(data[key0], { instancePath: instancePath + "/" + key0.replace(/~/g, "~0").replace(/\//g, "~1"), parentData: data, parentDataProperty: key0, rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
        errors = vErrors.length;
      }
    }
  } else {
    const err0 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema34.type, parentSchema: schema34, data };
    if (vErrors === null) {
      vErrors = [err0];
    } else {
      vErrors.push(err0);
    }
    errors++;
  }
  validate21.errors = vErrors;
  return errors === 0;
}
validate21.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema39 = { "title": "Override", "description": 'Settings for the files that match "files".', "type": "object", "properties": { "files": { "$ref": "#/$defs/globs", "title": "Files", "description": "Glob patterns of the files this override applies to, relative to the directory of the configuration file." }, "policyType": { "$ref": "#/$defs/policyType" }, "resourceType": { "$ref": "#/$defs/resourceType" }, "rules": { "$ref": "#/$defs/rules" }, "accessAnalyzerResourceType": { "$ref": "#/$defs/accessAnalyzerResourceType" } }, "required": ["files"], "additionalProperties": false };
var schema44 = { "title": "Access Analyzer resource type", "description": "The resource type of resource policies for Access Analyzer's ValidatePolicy (validatePolicyResourceType), which enables checks specific to that type. For files that have no resourceType: a file's resourceType decides Access Analyzer's type, whichever layer sets this.", "enum": ["AWS::S3::Bucket", "AWS::S3::AccessPoint", "AWS::S3::MultiRegionAccessPoint", "AWS::S3ObjectLambda::AccessPoint", "AWS::IAM::AssumeRolePolicyDocument", "AWS::DynamoDB::Table"] };
var schema40 = { "type": "array", "items": { "$ref": "#/$defs/glob" }, "minItems": 1 };
var pattern4 = new RegExp("\\S", "");
function validate26(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate26.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (Array.isArray(data)) {
    if (data.length < 1) {
      const err0 = { instancePath, schemaPath: "#/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema40, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    const len0 = data.length;
    for (let i0 = 0; i0 < len0; i0++) {
      let data0 = data[i0];
      if (typeof data0 === "string") {
        if (!pattern4.test(data0)) {
          const err1 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/glob/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema41, data: data0 };
          if (vErrors === null) {
            vErrors = [err1];
          } else {
            vErrors.push(err1);
          }
          errors++;
        }
      } else {
        const err2 = { instancePath: instancePath + "/" + i0, schemaPath: "#/$defs/glob/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data0 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
  } else {
    const err3 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema40.type, parentSchema: schema40, data };
    if (vErrors === null) {
      vErrors = [err3];
    } else {
      vErrors.push(err3);
    }
    errors++;
  }
  validate26.errors = vErrors;
  return errors === 0;
}
validate26.evaluated = { "items": true, "dynamicProps": false, "dynamicItems": false };
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
  if (data && typeof data == "object" && !Array.isArray(data)) {
    if (data.files === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'", schema: schema39.required, parentSchema: schema39, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "files" || key0 === "policyType" || key0 === "resourceType" || key0 === "rules" || key0 === "accessAnalyzerResourceType")) {
        const err1 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema39, data };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.files !== void 0) {
      if (!validate26(data.files, { instancePath: instancePath + "/files", parentData: data, parentDataProperty: "files", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.policyType !== void 0) {
      let data1 = data.policyType;
      if (!(data1 === "identity" || data1 === "resource" || data1 === "trust" || data1 === "scp" || data1 === "rcp")) {
        const err2 = { instancePath: instancePath + "/policyType", schemaPath: "#/$defs/policyType/enum", keyword: "enum", params: { allowedValues: schema37.enum }, message: "must be equal to one of the allowed values", schema: schema37.enum, parentSchema: schema37, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.resourceType !== void 0) {
      let data2 = data.resourceType;
      if (!(data2 === "AWS::S3::Bucket" || data2 === "AWS::S3::AccessPoint" || data2 === "AWS::S3::MultiRegionAccessPoint" || data2 === "AWS::S3ObjectLambda::AccessPoint" || data2 === "AWS::DynamoDB::Table" || data2 === "AWS::SQS::Queue" || data2 === "AWS::SNS::Topic" || data2 === "AWS::KMS::Key" || data2 === "AWS::ECR::Repository" || data2 === "AWS::EC2::VPCEndpoint")) {
        const err3 = { instancePath: instancePath + "/resourceType", schemaPath: "#/$defs/resourceType/enum", keyword: "enum", params: { allowedValues: schema38.enum }, message: "must be equal to one of the allowed values", schema: schema38.enum, parentSchema: schema38, data: data2 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.rules !== void 0) {
      if (!validate21(data.rules, { instancePath: instancePath + "/rules", parentData: data, parentDataProperty: "rules", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.accessAnalyzerResourceType !== void 0) {
      let data4 = data.accessAnalyzerResourceType;
      if (!(data4 === "AWS::S3::Bucket" || data4 === "AWS::S3::AccessPoint" || data4 === "AWS::S3::MultiRegionAccessPoint" || data4 === "AWS::S3ObjectLambda::AccessPoint" || data4 === "AWS::IAM::AssumeRolePolicyDocument" || data4 === "AWS::DynamoDB::Table")) {
        const err4 = { instancePath: instancePath + "/accessAnalyzerResourceType", schemaPath: "#/$defs/accessAnalyzerResourceType/enum", keyword: "enum", params: { allowedValues: schema44.enum }, message: "must be equal to one of the allowed values", schema: schema44.enum, parentSchema: schema44, data: data4 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
    }
  } else {
    const err5 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema39.type, parentSchema: schema39, data };
    if (vErrors === null) {
      vErrors = [err5];
    } else {
      vErrors.push(err5);
    }
    errors++;
  }
  validate25.errors = vErrors;
  return errors === 0;
}
validate25.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema45 = { "title": "Ignored findings", "description": 'Suppresses the findings of some rules (all when "rules" is absent) in the files that match "files", optionally only at or under a JSONPath.', "type": "object", "properties": { "files": { "$ref": "#/$defs/globs", "title": "Files", "description": "Glob patterns of the files, relative to the directory of the configuration file." }, "rules": { "title": "Rules", "description": 'The rule ids whose findings to suppress (also "access-analyzer/<ISSUE_CODE>"). All rules when absent.', "type": "array", "items": { "type": "string", "pattern": "\\S" }, "minItems": 1 }, "path": { "title": "JSONPath", "description": "Only findings at or under the nodes this JSONPath selects in the file, e.g. $.Statement[2], $.Statement[-1] (the last) or $.Statement[?(@.Sid == 'BreakGlass')].", "type": "string", "pattern": "^\\$" }, "reason": { "title": "Reason", "description": "Why these findings are acceptable, for the next reader.", "type": "string", "pattern": "\\S" } }, "required": ["files", "reason"], "additionalProperties": false };
var pattern6 = new RegExp("^\\$", "");
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
    if (data.files === void 0) {
      const err0 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "files" }, message: "must have required property 'files'", schema: schema45.required, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err0];
      } else {
        vErrors.push(err0);
      }
      errors++;
    }
    if (data.reason === void 0) {
      const err1 = { instancePath, schemaPath: "#/required", keyword: "required", params: { missingProperty: "reason" }, message: "must have required property 'reason'", schema: schema45.required, parentSchema: schema45, data };
      if (vErrors === null) {
        vErrors = [err1];
      } else {
        vErrors.push(err1);
      }
      errors++;
    }
    for (const key0 in data) {
      if (!(key0 === "files" || key0 === "rules" || key0 === "path" || key0 === "reason")) {
        const err2 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema45, data };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
    }
    if (data.files !== void 0) {
      if (!validate26(data.files, { instancePath: instancePath + "/files", parentData: data, parentDataProperty: "files", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
        errors = vErrors.length;
      }
    }
    if (data.rules !== void 0) {
      let data1 = data.rules;
      if (Array.isArray(data1)) {
        if (data1.length < 1) {
          const err3 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/minItems", keyword: "minItems", params: { limit: 1 }, message: "must NOT have fewer than 1 items", schema: 1, parentSchema: schema45.properties.rules, data: data1 };
          if (vErrors === null) {
            vErrors = [err3];
          } else {
            vErrors.push(err3);
          }
          errors++;
        }
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (typeof data2 === "string") {
            if (!pattern4.test(data2)) {
              const err4 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/properties/rules/items/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema45.properties.rules.items, data: data2 };
              if (vErrors === null) {
                vErrors = [err4];
              } else {
                vErrors.push(err4);
              }
              errors++;
            }
          } else {
            const err5 = { instancePath: instancePath + "/rules/" + i0, schemaPath: "#/properties/rules/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.rules.items.type, parentSchema: schema45.properties.rules.items, data: data2 };
            if (vErrors === null) {
              vErrors = [err5];
            } else {
              vErrors.push(err5);
            }
            errors++;
          }
        }
      } else {
        const err6 = { instancePath: instancePath + "/rules", schemaPath: "#/properties/rules/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema45.properties.rules.type, parentSchema: schema45.properties.rules, data: data1 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.path !== void 0) {
      let data3 = data.path;
      if (typeof data3 === "string") {
        if (!pattern6.test(data3)) {
          const err7 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/pattern", keyword: "pattern", params: { pattern: "^\\$" }, message: 'must match pattern "^\\$"', schema: "^\\$", parentSchema: schema45.properties.path, data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
      } else {
        const err8 = { instancePath: instancePath + "/path", schemaPath: "#/properties/path/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.path.type, parentSchema: schema45.properties.path, data: data3 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.reason !== void 0) {
      let data4 = data.reason;
      if (typeof data4 === "string") {
        if (!pattern4.test(data4)) {
          const err9 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema45.properties.reason, data: data4 };
          if (vErrors === null) {
            vErrors = [err9];
          } else {
            vErrors.push(err9);
          }
          errors++;
        }
      } else {
        const err10 = { instancePath: instancePath + "/reason", schemaPath: "#/properties/reason/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema45.properties.reason.type, parentSchema: schema45.properties.reason, data: data4 };
        if (vErrors === null) {
          vErrors = [err10];
        } else {
          vErrors.push(err10);
        }
        errors++;
      }
    }
  } else {
    const err11 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema45.type, parentSchema: schema45, data };
    if (vErrors === null) {
      vErrors = [err11];
    } else {
      vErrors.push(err11);
    }
    errors++;
  }
  validate30.errors = vErrors;
  return errors === 0;
}
validate30.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
var schema48 = { "title": "Access Analyzer", "description": "Settings of the AWS IAM Access Analyzer checks (ValidatePolicy).", "type": "object", "properties": { "enabled": { "title": "Enabled", "description": "Whether to call Access Analyzer.", "type": "boolean" }, "region": { "title": "Region", "description": "The AWS region of the Access Analyzer endpoint, e.g. us-east-1.", "type": "string", "pattern": "^[a-z]{2}(-[a-z]+)+-\\d+$" }, "profile": { "title": "Profile", "description": "The AWS profile to take credentials from.", "type": "string", "pattern": "\\S" }, "concurrency": { "title": "Concurrency", "description": "How many ValidatePolicy calls run at a time.", "type": "integer", "minimum": 1, "maximum": 32 }, "locale": { "title": "Locale", "description": "The language of Access Analyzer's finding messages.", "enum": ["DE", "EN", "ES", "FR", "IT", "JA", "KO", "PT_BR", "ZH_CN", "ZH_TW"] }, "ignore": { "title": "Ignored issue codes", "description": "Access Analyzer issue codes whose findings to drop, e.g. MISSING_VERSION.", "type": "array", "items": { "type": "string", "pattern": "^[A-Z][A-Z0-9_]*$" } }, "resourceType": { "$ref": "#/$defs/accessAnalyzerResourceType" } }, "additionalProperties": false };
var pattern10 = new RegExp("^[a-z]{2}(-[a-z]+)+-\\d+$", "");
var pattern12 = new RegExp("^[A-Z][A-Z0-9_]*$", "");
function validate33(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate33.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!(key0 === "enabled" || key0 === "region" || key0 === "profile" || key0 === "concurrency" || key0 === "locale" || key0 === "ignore" || key0 === "resourceType")) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema48, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.enabled !== void 0) {
      let data0 = data.enabled;
      if (typeof data0 !== "boolean") {
        const err1 = { instancePath: instancePath + "/enabled", schemaPath: "#/properties/enabled/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema48.properties.enabled.type, parentSchema: schema48.properties.enabled, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.region !== void 0) {
      let data1 = data.region;
      if (typeof data1 === "string") {
        if (!pattern10.test(data1)) {
          const err2 = { instancePath: instancePath + "/region", schemaPath: "#/properties/region/pattern", keyword: "pattern", params: { pattern: "^[a-z]{2}(-[a-z]+)+-\\d+$" }, message: 'must match pattern "^[a-z]{2}(-[a-z]+)+-\\d+$"', schema: "^[a-z]{2}(-[a-z]+)+-\\d+$", parentSchema: schema48.properties.region, data: data1 };
          if (vErrors === null) {
            vErrors = [err2];
          } else {
            vErrors.push(err2);
          }
          errors++;
        }
      } else {
        const err3 = { instancePath: instancePath + "/region", schemaPath: "#/properties/region/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.region.type, parentSchema: schema48.properties.region, data: data1 };
        if (vErrors === null) {
          vErrors = [err3];
        } else {
          vErrors.push(err3);
        }
        errors++;
      }
    }
    if (data.profile !== void 0) {
      let data2 = data.profile;
      if (typeof data2 === "string") {
        if (!pattern4.test(data2)) {
          const err4 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema48.properties.profile, data: data2 };
          if (vErrors === null) {
            vErrors = [err4];
          } else {
            vErrors.push(err4);
          }
          errors++;
        }
      } else {
        const err5 = { instancePath: instancePath + "/profile", schemaPath: "#/properties/profile/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.profile.type, parentSchema: schema48.properties.profile, data: data2 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      }
    }
    if (data.concurrency !== void 0) {
      let data3 = data.concurrency;
      if (!(typeof data3 == "number" && (!(data3 % 1) && !isNaN(data3)) && isFinite(data3))) {
        const err6 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/type", keyword: "type", params: { type: "integer" }, message: "must be integer", schema: schema48.properties.concurrency.type, parentSchema: schema48.properties.concurrency, data: data3 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
      if (typeof data3 == "number" && isFinite(data3)) {
        if (data3 > 32 || isNaN(data3)) {
          const err7 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/maximum", keyword: "maximum", params: { comparison: "<=", limit: 32 }, message: "must be <= 32", schema: 32, parentSchema: schema48.properties.concurrency, data: data3 };
          if (vErrors === null) {
            vErrors = [err7];
          } else {
            vErrors.push(err7);
          }
          errors++;
        }
        if (data3 < 1 || isNaN(data3)) {
          const err8 = { instancePath: instancePath + "/concurrency", schemaPath: "#/properties/concurrency/minimum", keyword: "minimum", params: { comparison: ">=", limit: 1 }, message: "must be >= 1", schema: 1, parentSchema: schema48.properties.concurrency, data: data3 };
          if (vErrors === null) {
            vErrors = [err8];
          } else {
            vErrors.push(err8);
          }
          errors++;
        }
      }
    }
    if (data.locale !== void 0) {
      let data4 = data.locale;
      if (!(data4 === "DE" || data4 === "EN" || data4 === "ES" || data4 === "FR" || data4 === "IT" || data4 === "JA" || data4 === "KO" || data4 === "PT_BR" || data4 === "ZH_CN" || data4 === "ZH_TW")) {
        const err9 = { instancePath: instancePath + "/locale", schemaPath: "#/properties/locale/enum", keyword: "enum", params: { allowedValues: schema48.properties.locale.enum }, message: "must be equal to one of the allowed values", schema: schema48.properties.locale.enum, parentSchema: schema48.properties.locale, data: data4 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.ignore !== void 0) {
      let data5 = data.ignore;
      if (Array.isArray(data5)) {
        const len0 = data5.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data6 = data5[i0];
          if (typeof data6 === "string") {
            if (!pattern12.test(data6)) {
              const err10 = { instancePath: instancePath + "/ignore/" + i0, schemaPath: "#/properties/ignore/items/pattern", keyword: "pattern", params: { pattern: "^[A-Z][A-Z0-9_]*$" }, message: 'must match pattern "^[A-Z][A-Z0-9_]*$"', schema: "^[A-Z][A-Z0-9_]*$", parentSchema: schema48.properties.ignore.items, data: data6 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/ignore/" + i0, schemaPath: "#/properties/ignore/items/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema48.properties.ignore.items.type, parentSchema: schema48.properties.ignore.items, data: data6 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema48.properties.ignore.type, parentSchema: schema48.properties.ignore, data: data5 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.resourceType !== void 0) {
      let data7 = data.resourceType;
      if (!(data7 === "AWS::S3::Bucket" || data7 === "AWS::S3::AccessPoint" || data7 === "AWS::S3::MultiRegionAccessPoint" || data7 === "AWS::S3ObjectLambda::AccessPoint" || data7 === "AWS::IAM::AssumeRolePolicyDocument" || data7 === "AWS::DynamoDB::Table")) {
        const err13 = { instancePath: instancePath + "/resourceType", schemaPath: "#/$defs/accessAnalyzerResourceType/enum", keyword: "enum", params: { allowedValues: schema44.enum }, message: "must be equal to one of the allowed values", schema: schema44.enum, parentSchema: schema44, data: data7 };
        if (vErrors === null) {
          vErrors = [err13];
        } else {
          vErrors.push(err13);
        }
        errors++;
      }
    }
  } else {
    const err14 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema48.type, parentSchema: schema48, data };
    if (vErrors === null) {
      vErrors = [err14];
    } else {
      vErrors.push(err14);
    }
    errors++;
  }
  validate33.errors = vErrors;
  return errors === 0;
}
validate33.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
function validate20(data, { instancePath = "", parentData, parentDataProperty, rootData = data, dynamicAnchors = {} } = {}) {
  ;
  let vErrors = null;
  let errors = 0;
  const evaluated0 = validate20.evaluated;
  if (evaluated0.dynamicProps) {
    evaluated0.props = void 0;
  }
  if (evaluated0.dynamicItems) {
    evaluated0.items = void 0;
  }
  if (data && typeof data == "object" && !Array.isArray(data)) {
    for (const key0 in data) {
      if (!func1.call(schema31.properties, key0)) {
        const err0 = { instancePath, schemaPath: "#/additionalProperties", keyword: "additionalProperties", params: { additionalProperty: key0 }, message: "must NOT have additional properties", schema: false, parentSchema: schema31, data };
        if (vErrors === null) {
          vErrors = [err0];
        } else {
          vErrors.push(err0);
        }
        errors++;
      }
    }
    if (data.$schema !== void 0) {
      let data0 = data.$schema;
      if (typeof data0 !== "string") {
        const err1 = { instancePath: instancePath + "/$schema", schemaPath: "#/properties/%24schema/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema31.properties.$schema.type, parentSchema: schema31.properties.$schema, data: data0 };
        if (vErrors === null) {
          vErrors = [err1];
        } else {
          vErrors.push(err1);
        }
        errors++;
      }
    }
    if (data.extends !== void 0) {
      let data1 = data.extends;
      const _errs5 = errors;
      let valid1 = false;
      const _errs6 = errors;
      if (!(data1 === "policy-lint:recommended" || data1 === "policy-lint:all")) {
        const err2 = { instancePath: instancePath + "/extends", schemaPath: "#/$defs/preset/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values", schema: schema32.enum, parentSchema: schema32, data: data1 };
        if (vErrors === null) {
          vErrors = [err2];
        } else {
          vErrors.push(err2);
        }
        errors++;
      }
      var _valid0 = _errs6 === errors;
      valid1 = valid1 || _valid0;
      const _errs8 = errors;
      if (Array.isArray(data1)) {
        const len0 = data1.length;
        for (let i0 = 0; i0 < len0; i0++) {
          let data2 = data1[i0];
          if (!(data2 === "policy-lint:recommended" || data2 === "policy-lint:all")) {
            const err3 = { instancePath: instancePath + "/extends/" + i0, schemaPath: "#/$defs/preset/enum", keyword: "enum", params: { allowedValues: schema32.enum }, message: "must be equal to one of the allowed values", schema: schema32.enum, parentSchema: schema32, data: data2 };
            if (vErrors === null) {
              vErrors = [err3];
            } else {
              vErrors.push(err3);
            }
            errors++;
          }
        }
      } else {
        const err4 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/anyOf/1/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.extends.anyOf[1].type, parentSchema: schema31.properties.extends.anyOf[1], data: data1 };
        if (vErrors === null) {
          vErrors = [err4];
        } else {
          vErrors.push(err4);
        }
        errors++;
      }
      var _valid0 = _errs8 === errors;
      valid1 = valid1 || _valid0;
      if (!valid1) {
        const err5 = { instancePath: instancePath + "/extends", schemaPath: "#/properties/extends/anyOf", keyword: "anyOf", params: {}, message: "must match a schema in anyOf", schema: schema31.properties.extends.anyOf, parentSchema: schema31.properties.extends, data: data1 };
        if (vErrors === null) {
          vErrors = [err5];
        } else {
          vErrors.push(err5);
        }
        errors++;
      } else {
        errors = _errs5;
        if (vErrors !== null) {
          if (_errs5) {
            vErrors.length = _errs5;
          } else {
            vErrors = null;
          }
        }
      }
    }
    if (data.rules !== void 0) {
      if (!validate21(data.rules, { instancePath: instancePath + "/rules", parentData: data, parentDataProperty: "rules", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
        errors = vErrors.length;
      }
    }
    if (data.policyType !== void 0) {
      let data4 = data.policyType;
      if (!(data4 === "identity" || data4 === "resource" || data4 === "trust" || data4 === "scp" || data4 === "rcp")) {
        const err6 = { instancePath: instancePath + "/policyType", schemaPath: "#/$defs/policyType/enum", keyword: "enum", params: { allowedValues: schema37.enum }, message: "must be equal to one of the allowed values", schema: schema37.enum, parentSchema: schema37, data: data4 };
        if (vErrors === null) {
          vErrors = [err6];
        } else {
          vErrors.push(err6);
        }
        errors++;
      }
    }
    if (data.resourceType !== void 0) {
      let data5 = data.resourceType;
      if (!(data5 === "AWS::S3::Bucket" || data5 === "AWS::S3::AccessPoint" || data5 === "AWS::S3::MultiRegionAccessPoint" || data5 === "AWS::S3ObjectLambda::AccessPoint" || data5 === "AWS::DynamoDB::Table" || data5 === "AWS::SQS::Queue" || data5 === "AWS::SNS::Topic" || data5 === "AWS::KMS::Key" || data5 === "AWS::ECR::Repository" || data5 === "AWS::EC2::VPCEndpoint")) {
        const err7 = { instancePath: instancePath + "/resourceType", schemaPath: "#/$defs/resourceType/enum", keyword: "enum", params: { allowedValues: schema38.enum }, message: "must be equal to one of the allowed values", schema: schema38.enum, parentSchema: schema38, data: data5 };
        if (vErrors === null) {
          vErrors = [err7];
        } else {
          vErrors.push(err7);
        }
        errors++;
      }
    }
    if (data.overrides !== void 0) {
      let data6 = data.overrides;
      if (Array.isArray(data6)) {
        const len1 = data6.length;
        for (let i1 = 0; i1 < len1; i1++) {
          if (!validate25(data6[i1], { instancePath: instancePath + "/overrides/" + i1, parentData: data6, parentDataProperty: i1, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err8 = { instancePath: instancePath + "/overrides", schemaPath: "#/properties/overrides/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.overrides.type, parentSchema: schema31.properties.overrides, data: data6 };
        if (vErrors === null) {
          vErrors = [err8];
        } else {
          vErrors.push(err8);
        }
        errors++;
      }
    }
    if (data.ignore !== void 0) {
      let data8 = data.ignore;
      if (Array.isArray(data8)) {
        const len2 = data8.length;
        for (let i2 = 0; i2 < len2; i2++) {
          if (!validate30(data8[i2], { instancePath: instancePath + "/ignore/" + i2, parentData: data8, parentDataProperty: i2, rootData, dynamicAnchors })) {
            vErrors = vErrors === null ? validate30.errors : vErrors.concat(validate30.errors);
            errors = vErrors.length;
          }
        }
      } else {
        const err9 = { instancePath: instancePath + "/ignore", schemaPath: "#/properties/ignore/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.ignore.type, parentSchema: schema31.properties.ignore, data: data8 };
        if (vErrors === null) {
          vErrors = [err9];
        } else {
          vErrors.push(err9);
        }
        errors++;
      }
    }
    if (data.include !== void 0) {
      let data10 = data.include;
      if (Array.isArray(data10)) {
        const len3 = data10.length;
        for (let i3 = 0; i3 < len3; i3++) {
          let data11 = data10[i3];
          if (typeof data11 === "string") {
            if (!pattern4.test(data11)) {
              const err10 = { instancePath: instancePath + "/include/" + i3, schemaPath: "#/$defs/glob/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema41, data: data11 };
              if (vErrors === null) {
                vErrors = [err10];
              } else {
                vErrors.push(err10);
              }
              errors++;
            }
          } else {
            const err11 = { instancePath: instancePath + "/include/" + i3, schemaPath: "#/$defs/glob/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data11 };
            if (vErrors === null) {
              vErrors = [err11];
            } else {
              vErrors.push(err11);
            }
            errors++;
          }
        }
      } else {
        const err12 = { instancePath: instancePath + "/include", schemaPath: "#/properties/include/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.include.type, parentSchema: schema31.properties.include, data: data10 };
        if (vErrors === null) {
          vErrors = [err12];
        } else {
          vErrors.push(err12);
        }
        errors++;
      }
    }
    if (data.exclude !== void 0) {
      let data12 = data.exclude;
      if (Array.isArray(data12)) {
        const len4 = data12.length;
        for (let i4 = 0; i4 < len4; i4++) {
          let data13 = data12[i4];
          if (typeof data13 === "string") {
            if (!pattern4.test(data13)) {
              const err13 = { instancePath: instancePath + "/exclude/" + i4, schemaPath: "#/$defs/glob/pattern", keyword: "pattern", params: { pattern: "\\S" }, message: 'must match pattern "\\S"', schema: "\\S", parentSchema: schema41, data: data13 };
              if (vErrors === null) {
                vErrors = [err13];
              } else {
                vErrors.push(err13);
              }
              errors++;
            }
          } else {
            const err14 = { instancePath: instancePath + "/exclude/" + i4, schemaPath: "#/$defs/glob/type", keyword: "type", params: { type: "string" }, message: "must be string", schema: schema41.type, parentSchema: schema41, data: data13 };
            if (vErrors === null) {
              vErrors = [err14];
            } else {
              vErrors.push(err14);
            }
            errors++;
          }
        }
      } else {
        const err15 = { instancePath: instancePath + "/exclude", schemaPath: "#/properties/exclude/type", keyword: "type", params: { type: "array" }, message: "must be array", schema: schema31.properties.exclude.type, parentSchema: schema31.properties.exclude, data: data12 };
        if (vErrors === null) {
          vErrors = [err15];
        } else {
          vErrors.push(err15);
        }
        errors++;
      }
    }
    if (data.accessAnalyzer !== void 0) {
      if (!validate33(data.accessAnalyzer, { instancePath: instancePath + "/accessAnalyzer", parentData: data, parentDataProperty: "accessAnalyzer", rootData, dynamicAnchors })) {
        vErrors = vErrors === null ? validate33.errors : vErrors.concat(validate33.errors);
        errors = vErrors.length;
      }
    }
    if (data.suggestionsCountAsWarnings !== void 0) {
      let data15 = data.suggestionsCountAsWarnings;
      if (typeof data15 !== "boolean") {
        const err16 = { instancePath: instancePath + "/suggestionsCountAsWarnings", schemaPath: "#/properties/suggestionsCountAsWarnings/type", keyword: "type", params: { type: "boolean" }, message: "must be boolean", schema: schema31.properties.suggestionsCountAsWarnings.type, parentSchema: schema31.properties.suggestionsCountAsWarnings, data: data15 };
        if (vErrors === null) {
          vErrors = [err16];
        } else {
          vErrors.push(err16);
        }
        errors++;
      }
    }
  } else {
    const err17 = { instancePath, schemaPath: "#/type", keyword: "type", params: { type: "object" }, message: "must be object", schema: schema31.type, parentSchema: schema31, data };
    if (vErrors === null) {
      vErrors = [err17];
    } else {
      vErrors.push(err17);
    }
    errors++;
  }
  validate20.errors = vErrors;
  return errors === 0;
}
validate20.evaluated = { "props": true, "dynamicProps": false, "dynamicItems": false };
export {
  validateConfig
};
