import { createRequire as __policyLintCreateRequire } from 'node:module';
const require = __policyLintCreateRequire(import.meta.url);
import {
  isObject
} from "./chunk-QBUK6CXH.mjs";

// src/terraform/detect.ts
function isTerraformName(filePath) {
  return filePath.toLowerCase().endsWith(".tf");
}
function isOverrideFile(filePath) {
  return /(?:^|[\\/_])override\.tf$/i.test(filePath);
}
function terraformPlanKey(value) {
  if (!isObject(value)) return void 0;
  if (value.version === 4 && typeof value.terraform_version === "string" && Array.isArray(value.resources)) return "resources";
  if (!("format_version" in value)) return void 0;
  if ("terraform_version" in value) {
    if (isObject(value.planned_values)) return "planned_values";
    if (isObject(value.values)) return "values";
  }
  if (typeof value.format_version === "string" && Object.keys(value).length === 1) return "values";
  return void 0;
}
function isLegacyTerraformState(value) {
  return isObject(value) && typeof value.version === "number" && value.version >= 1 && value.version <= 3 && typeof value.terraform_version === "string" && Array.isArray(value.modules);
}

export {
  isTerraformName,
  isOverrideFile,
  terraformPlanKey,
  isLegacyTerraformState
};
