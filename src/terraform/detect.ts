/** Whether a file is a Terraform configuration by its name, or a plan or state by its top-level keys (imported by run.ts: no parser here). */
import { isObject } from '../engine/normalize.js';

/** A Terraform configuration file in HCL (`.tf`; `.tf.json`, Terraform's JSON syntax, is not read as Terraform). */
export function isTerraformName(filePath: string): boolean {
  return filePath.toLowerCase().endsWith('.tf');
}

/** A Terraform state file by its name: `terraform.tfstate`, and the `terraform.tfstate.backup` Terraform keeps beside it. */
export function isTerraformStateName(filePath: string): boolean {
  return /\.tfstate(?:\.backup)?$/i.test(filePath);
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
 * -json`; `resources`, a state file as Terraform writes it (`terraform.tfstate`, format version 4); `modules`, a
 * state file of Terraform 0.11 and earlier (format versions 1 to 3); undefined: none.
 */
export type PlanValuesKey = 'planned_values' | 'values' | 'resources' | 'modules';

/**
 * Whether a parsed JSON value is a plan or state of `terraform show -json`, or a state file, by its top-level keys
 * only (the value is parsed anyway, to tell a policy from other JSON). An empty state (no state yet, or no resource
 * in it) is printed as `{"format_version":"1.0"}` alone: a state without resources.
 */
export function terraformPlanKey(value: unknown): PlanValuesKey | undefined {
  if (!isObject(value)) return undefined;
  // A state file (Terraform 0.12 and later): `{"version": 4, "terraform_version", "serial", "lineage", "outputs",
  // "resources": [...]}`.
  if (value.version === 4 && typeof value.terraform_version === 'string' && Array.isArray(value.resources)) return 'resources';
  // A state file of Terraform 0.11 and earlier: `{"version": 3, "terraform_version", "serial", "lineage", "modules":
  // [{"path": ["root"], ...}]}` (versions 1 and 2, before Terraform 0.7, have no terraform_version: told by the
  // root module, as other JSON may have a version and modules). Backend settings are not a state.
  if (isLegacyVersion(value.version) && Array.isArray(value.modules) && value.modules.length > 0
    && value.modules.every((module) => isObject(module) && Array.isArray(module.path) && module.path[0] === 'root')
    && !isTerraformBackendSettings(value)) return 'modules';
  if (!('format_version' in value)) return undefined;
  if ('terraform_version' in value) {
    if (isObject(value.planned_values)) return 'planned_values';
    if (isObject(value.values)) return 'values';
  }
  if (typeof value.format_version === 'string' && Object.keys(value).length === 1) return 'values';
  return undefined;
}

const isLegacyVersion = (version: unknown) => version === 1 || version === 2 || version === 3;

/**
 * The backend settings `terraform init` writes to `.terraform/terraform.tfstate`: `{"version": 3,
 * "terraform_version", "backend": {"type": "s3", "config": {...}, "hash"}}`, with an empty root module before
 * Terraform 0.12 (`"modules": [{"path": ["root"], "outputs": {}, "resources": {}}]`). Where the state is, not a
 * state: no resource, no policy. (Terraform 0.8's `"remote"` kept a copy of the remote state there: a state.)
 */
export function isTerraformBackendSettings(value: unknown): boolean {
  if (!isObject(value) || !isLegacyVersion(value.version) || !isObject(value.backend) || typeof value.backend.type !== 'string') return false;
  if (value.modules === undefined) return true;
  return Array.isArray(value.modules)
    && value.modules.every((module) => isObject(module) && (module.resources === undefined || (isObject(module.resources) && Object.keys(module.resources).length === 0)));
}
