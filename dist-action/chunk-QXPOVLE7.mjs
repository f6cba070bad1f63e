import { createRequire as __policyLintCreateRequire } from 'node:module';
const require = __policyLintCreateRequire(import.meta.url);

// src/terraform/detect.ts
function isTerraformName(filePath) {
  return filePath.toLowerCase().endsWith(".tf");
}
function isOverrideFile(filePath) {
  return /(?:^|[\\/_])override\.tf$/i.test(filePath);
}
function terraformPlanKey(value) {
  if (!isRecord(value) || !("format_version" in value) || !("terraform_version" in value)) return void 0;
  if (isRecord(value.planned_values)) return "planned_values";
  if (isRecord(value.values)) return "values";
  return void 0;
}
function isRecord(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

export {
  isTerraformName,
  isOverrideFile,
  terraformPlanKey
};
