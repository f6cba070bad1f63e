/** Whether a file is a Terraform configuration, by its name (imported by run.ts: no parser here). */

/** A Terraform configuration file in HCL (`.tf`; `.tf.json`, Terraform's JSON syntax, is not read as Terraform). */
export function isTerraformName(filePath: string): boolean {
  return filePath.toLowerCase().endsWith('.tf');
}
