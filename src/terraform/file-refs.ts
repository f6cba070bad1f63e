/**
 * The policy files a Terraform module reads with `file()` or `templatefile()` (also inside
 * `jsonencode(jsondecode(…))`, and through a local), with the policy type the attribute that reads each gives:
 * `assume_role_policy = file("${path.module}/policies/trust.json")` makes trust.json a trust policy. A path is
 * followed when the text decides it: `"${path.module}/…"` (the module's directory), an absolute path, or a literal
 * relative path, which Terraform reads from the working directory, taken as the module's (a root module run where
 * it is).
 * Any other path (`var.file`, `"${path.root}/…"`, `"${var.dir}/p.json"`) is not followed.
 */
import { resolve } from 'node:path';
import type { PolicyType } from '../engine/types.js';
import { moduleLocals, throughLocals } from './locals.js';
import { terraformPolicyLocations } from './locations.js';
import { joinModule, scanModule } from './module-text.js';
import type { HclBody, HclExpr } from './scan.js';

export interface TerraformFileReference {
  policyType: PolicyType;
  /** The resource type the rules' `resourceType` option gets (`AWS::S3::Bucket`), as for the policy in place. */
  ruleResourceType?: string;
  /** Read with templatefile(): a template (`${…}` are Terraform's), not the policy as written. */
  template: boolean;
}

/** The call a policy attribute reads a file with: `file(p)`, `templatefile(p, …)`, in `jsonencode(jsondecode(…))`. */
function fileCall(expr: HclExpr): { path: HclExpr; template: boolean } | undefined {
  let value = expr;
  if (value.kind === 'call' && value.name === 'jsonencode' && value.args.length === 1) {
    const inner = value.args[0];
    if (inner.kind !== 'call' || inner.name !== 'jsondecode' || inner.args.length !== 1) return undefined;
    value = inner.args[0];
  }
  if (value.kind !== 'call' || value.args.length === 0) return undefined;
  if (value.name === 'file' && value.args.length === 1) return { path: value.args[0], template: false };
  if (value.name === 'templatefile' && value.args.length === 2) return { path: value.args[0], template: true };
  return undefined;
}

/** The file a path expression names, from the module's directory; undefined when the text does not decide it. */
function filePath(expr: HclExpr, directory: string): string | undefined {
  if (expr.kind !== 'template' || expr.heredoc) return undefined;
  const [first, ...rest] = expr.parts;
  const literal = (parts: typeof rest) => (parts.every((p) => p.kind === 'text') ? parts.map((p) => (p as { text: string }).text).join('') : undefined);
  if (first?.kind === 'interpolation' && first.inner.trim() === 'path.module') {
    const tail = literal(rest);
    return tail !== undefined && tail.startsWith('/') ? resolve(directory, `.${tail}`) : undefined;
  }
  const whole = literal(expr.parts);
  return whole ? resolve(directory, whole) : undefined;
}

/**
 * The files a module's policy attributes read (`files`: its .tf files, `directory`: theirs), by absolute path, each
 * with every attribute that reads it.
 */
export function terraformFileReferences(files: ReadonlyArray<{ text: string }>, directory: string): Map<string, TerraformFileReference[]> {
  const out = new Map<string, TerraformFileReference[]>();
  // The module's files as one text (as lint.ts reads them): locals of any file.
  const { text, spans } = joinModule(files.map((file) => file.text));
  const body: HclBody = scanModule(text, spans).flatMap((scanned) => scanned.body);
  const locals = moduleLocals(body);
  for (const location of terraformPolicyLocations(body, text, locals)) {
    const call = fileCall(throughLocals(text, location.attribute.value, locals).expr);
    const path = call && filePath(call.path, directory);
    if (!path) continue;
    const reference: TerraformFileReference = {
      policyType: location.policyType, template: call.template,
      ...(location.ruleResourceType ? { ruleResourceType: location.ruleResourceType } : {}),
    };
    out.set(path, [...(out.get(path) ?? []), reference]);
  }
  return out;
}

/**
 * What the references to one file agree on (its policy type and resource type), or undefined when they differ. A
 * file that one attribute reads with file() and another with templatefile() is read as a template: its `${…}` are
 * then Terraform's placeholders, which file() would pass on as written.
 */
export function agreedReference(references: readonly TerraformFileReference[]): TerraformFileReference | undefined {
  const [first] = references;
  const same = (r: TerraformFileReference) => r.policyType === first.policyType && r.ruleResourceType === first.ruleResourceType;
  if (!first || !references.every(same)) return undefined;
  return { ...first, template: references.some((r) => r.template) };
}
