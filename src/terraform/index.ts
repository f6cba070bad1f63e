/**
 * The Terraform reader, imported by run.ts only for .tf files (a chunk of its own in the command's bundle, so
 * plain JSON runs do not load it).
 */
export { lintTerraformModule, lintTerraformTemplateFile, mayHoldPolicies, terraformModuleEmbeddedPolicies, terraformPolicies, type TerraformFilePolicies, type TerraformModuleFile } from './lint.js';
export { lintTerraformPlan, readTerraformPlan } from './plan.js';
export { agreedReference, terraformFileReferences, type TerraformFileReference } from './file-refs.js';
