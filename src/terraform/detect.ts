/** Whether a file is a Terraform configuration by its name, or a plan or state by its top-level keys (imported by run.ts: no parser here). */
import { isObject } from '../engine/normalize.js';

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

/** Which top-level key holds the resources: `planned_values` (a plan) or `values` (the state); undefined: neither. */
export type PlanValuesKey = 'planned_values' | 'values';

/**
 * Whether a parsed JSON value is a plan or state of `terraform show -json`, by its top-level keys only (the
 * value is parsed anyway, to tell a policy from other JSON). An empty state (no state yet, or no resource in it)
 * is printed as `{"format_version":"1.0"}` alone: a state without resources.
 */
export function terraformPlanKey(value: unknown): PlanValuesKey | undefined {
  if (!isObject(value) || !('format_version' in value)) return undefined;
  if ('terraform_version' in value) {
    if (isObject(value.planned_values)) return 'planned_values';
    if (isObject(value.values)) return 'values';
  }
  if (typeof value.format_version === 'string' && Object.keys(value).length === 1) return 'values';
  return undefined;
}
