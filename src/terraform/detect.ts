/** Whether a file is a Terraform configuration, by its name (imported by run.ts: no parser here). */

/** A Terraform configuration file in HCL (`.tf`; `.tf.json`, Terraform's JSON syntax, is not read as Terraform). */
export function isTerraformName(filePath: string): boolean {
  return filePath.toLowerCase().endsWith('.tf');
}

/**
 * A Terraform override file (`override.tf`, `*_override.tf`), read after a module's other files: its blocks
 * declare again the resources and data sources they override.
 */
export function isOverrideFile(filePath: string): boolean {
  return /(?:^|[\\/_])override\.tf$/i.test(filePath);
}
