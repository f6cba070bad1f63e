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

/**
 * Which top-level key holds the resources: `planned_values` (a plan) or `values` (the state), of `terraform show
 * -json`; `resources`, a state file as Terraform writes it (`terraform.tfstate`, format version 4); undefined: none.
 */
export type PlanValuesKey = 'planned_values' | 'values' | 'resources';

/**
 * Whether a parsed JSON value is a plan or state of `terraform show -json`, by its top-level keys only (the
 * value is parsed anyway, to tell a policy from other JSON). An empty state (no state yet, or no resource in it)
 * is printed as `{"format_version":"1.0"}` alone: a state without resources.
 */
export function terraformPlanKey(value: unknown): PlanValuesKey | undefined {
  if (!isObject(value)) return undefined;
  // A state file (Terraform 0.12 and later): `{"version": 4, "terraform_version", "serial", "lineage", "outputs",
  // "resources": [...]}`. Versions 3 and earlier keep flattened attributes (`"policy.#"`), not JSON values: not read.
  if (value.version === 4 && typeof value.terraform_version === 'string' && Array.isArray(value.resources)) return 'resources';
  if (!('format_version' in value)) return undefined;
  if ('terraform_version' in value) {
    if (isObject(value.planned_values)) return 'planned_values';
    if (isObject(value.values)) return 'values';
  }
  if (typeof value.format_version === 'string' && Object.keys(value).length === 1) return 'values';
  return undefined;
}

/**
 * A state file of Terraform 0.11 and earlier (format versions 1 to 3): `modules: [{ path, resources: {
 * "aws_iam_role.x": { primary: { attributes: { "name": "x", "inline_policy.#": "1", ... } } } }] }`. Its
 * attributes are flattened into strings, not JSON values: not read.
 */
export function isLegacyTerraformState(value: unknown): boolean {
  return isObject(value) && typeof value.version === 'number' && value.version >= 1 && value.version <= 3
    && typeof value.terraform_version === 'string' && Array.isArray(value.modules);
}
