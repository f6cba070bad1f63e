import { createRequire as __policyLintCreateRequire } from 'node:module';
const require = __policyLintCreateRequire(import.meta.url);
import {
  isObject
} from "./chunk-ZFZ5RIQ7.mjs";

// src/terraform/detect.ts
function isTerraformName(filePath) {
  return filePath.toLowerCase().endsWith(".tf");
}
function isTerraformStateName(filePath) {
  return /\.tfstate(?:\.backup)?$/i.test(filePath);
}
function isOverrideFile(filePath) {
  return /(?:^|[\\/_])override\.tf$/i.test(filePath);
}
function terraformPlanKey(value) {
  if (!isObject(value)) return void 0;
  if (value.version === 4 && typeof value.terraform_version === "string" && Array.isArray(value.resources)) return "resources";
  if (isLegacyVersion(value.version) && Array.isArray(value.modules) && value.modules.length > 0 && value.modules.every((module) => isObject(module) && Array.isArray(module.path) && module.path[0] === "root") && !isTerraformBackendSettings(value)) return "modules";
  if (!("format_version" in value)) return void 0;
  if ("terraform_version" in value) {
    if (isObject(value.planned_values)) return "planned_values";
    if (isObject(value.values)) return "values";
  }
  if (typeof value.format_version === "string" && Object.keys(value).length === 1) return "values";
  return void 0;
}
var isLegacyVersion = (version) => version === 1 || version === 2 || version === 3;
function isTerraformBackendSettings(value) {
  if (!isObject(value) || !isLegacyVersion(value.version) || !isObject(value.backend) || typeof value.backend.type !== "string") return false;
  if (value.modules === void 0) return true;
  return Array.isArray(value.modules) && value.modules.every((module) => isObject(module) && (module.resources === void 0 || isObject(module.resources) && Object.keys(module.resources).length === 0));
}

export {
  isTerraformName,
  isTerraformStateName,
  isOverrideFile,
  terraformPlanKey,
  isTerraformBackendSettings
};
