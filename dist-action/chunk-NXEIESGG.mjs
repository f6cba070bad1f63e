import { createRequire as __policyLintCreateRequire } from 'node:module';
const require = __policyLintCreateRequire(import.meta.url);
import {
  isObject
} from "./chunk-NCBCB4Y4.mjs";

// src/terraform/detect.ts
function isTerraformName(filePath) {
  return filePath.toLowerCase().endsWith(".tf");
}
function isOverrideFile(filePath) {
  return /(?:^|[\\/_])override\.tf$/i.test(filePath);
}
function terraformPlanKey(value) {
  if (!isObject(value) || !("format_version" in value)) return void 0;
  if ("terraform_version" in value) {
    if (isObject(value.planned_values)) return "planned_values";
    if (isObject(value.values)) return "values";
  }
  if (typeof value.format_version === "string" && Object.keys(value).length === 1) return "values";
  return void 0;
}

export {
  isTerraformName,
  isOverrideFile,
  terraformPlanKey
};
