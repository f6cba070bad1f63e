import { createRequire as __policyLintCreateRequire } from 'node:module';
const require = __policyLintCreateRequire(import.meta.url);

// src/terraform/detect.ts
function isTerraformName(filePath) {
  return filePath.toLowerCase().endsWith(".tf");
}
function isOverrideFile(filePath) {
  return /(?:^|[\\/_])override\.tf$/i.test(filePath);
}

export {
  isTerraformName,
  isOverrideFile
};
