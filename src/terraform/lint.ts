/**
 * Lint the IAM policies of a Terraform configuration (.tf): each policy attribute (a heredoc or string of JSON,
 * or `jsonencode({…})`) is linted as its own document with the policy type its resource decides, through the
 * CloudFormation reader's pipeline, and each finding is put back on the file's exact characters. Report only:
 * no fixes are applied to .tf files.
 */
import type { EnabledRule } from '../engine/linter.js';
import type { LintMessage, PolicyType } from '../engine/types.js';
import { TERRAFORM_VARIABLE_MESSAGE_ID } from '../../rules/policy-variable-syntax/policy-variable-syntax.js';
import { embedPolicy } from '../cloudformation/embed.js';
import { lintEmbeddedPolicies, type EmbeddedPolicy, type VariableMistake } from '../cloudformation/lint.js';
import { policyNode } from './embed.js';
import { terraformPolicyLocations } from './locations.js';
import { scanHcl } from './scan.js';

const TERRAFORM_MISTAKE: VariableMistake = { messageId: TERRAFORM_VARIABLE_MESSAGE_ID, fixed: (name) => `$\${${name}}` };

export interface TerraformOutcome {
  messages: LintMessage[];
  /** The number of policies linted. */
  policies: number;
  /** The file's policies as a value (`{resource: {aws_iam_policy: {name: {policy: {…}}}}}`), for `ignore` paths. */
  value: unknown;
  /** Where the scan stopped, when it met text it cannot read (the policies before it are linted). */
  error?: { message: string; line: number; column: number };
}

/** One policy of a .tf file, for --print-config. */
export interface TerraformPolicyInfo {
  path: Array<string | number>;
  resourceType: string;
  policyType: PolicyType;
}

function readPolicies(text: string): { policies: Array<EmbeddedPolicy & { resourceType: string }>; error?: { message: string; offset: number } } {
  const { body, error } = scanHcl(text);
  const policies: Array<EmbeddedPolicy & { resourceType: string }> = [];
  for (const location of terraformPolicyLocations(body)) {
    const policy = policyNode(text, location.attribute);
    if (!policy) continue;
    const { nameStart, nameEnd } = location.attribute;
    const embedded = embedPolicy(text, policy.node, [nameStart, nameEnd]);
    if (!embedded) continue;
    embedded.subVariables.push(...policy.mistakes);
    policies.push({
      embedded, path: location.path, policyType: location.policyType, resourceType: location.resourceType, fixable: false,
      ...(location.ruleResourceType ? { ruleResourceType: location.ruleResourceType } : {}),
    });
  }
  return { policies, ...(error ? { error } : {}) };
}

/** Lint every policy of a .tf file. */
export function lintTerraform(filePath: string, text: string, rules: readonly EnabledRule[]): TerraformOutcome {
  const { policies, error } = readPolicies(text);
  const messages = lintEmbeddedPolicies(filePath, text, policies, rules, TERRAFORM_MISTAKE);
  const value: Record<string, unknown> = {};
  for (const { path, embedded } of policies) setPath(value, path, parsed(embedded.text));
  let where: TerraformOutcome['error'];
  if (error) {
    const before = text.slice(0, error.offset).split('\n');
    where = { message: error.message, line: before.length, column: before[before.length - 1].length + 1 };
  }
  return { messages, policies: policies.length, value, ...(where ? { error: where } : {}) };
}

/** The policies of a .tf file and their types (for --print-config). */
export function terraformPolicies(text: string): TerraformPolicyInfo[] {
  return readPolicies(text).policies.map(({ path, resourceType, policyType }) => ({ path, resourceType, policyType }));
}

function parsed(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function setPath(target: Record<string, unknown>, path: ReadonlyArray<string | number>, value: unknown): void {
  let node: Record<string | number, unknown> = target;
  path.forEach((step, i) => {
    if (i === path.length - 1) {
      node[step] = value;
      return;
    }
    const next = path[i + 1];
    node[step] ??= typeof next === 'number' ? [] : {};
    node = node[step] as Record<string | number, unknown>;
  });
}
