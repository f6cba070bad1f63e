/**
 * Lint the IAM policies of a Terraform configuration (.tf): each policy attribute (a heredoc or string of JSON,
 * or `jsonencode({…})`) is linted as its own document with the policy type its resource decides, through the
 * CloudFormation reader's pipeline, and each finding is put back on the file's exact characters. `--fix`
 * edits heredocs only, where an edit lands in literal text (never on an interpolation or an escape), with
 * Terraform's escapes; jsonencode and quoted strings are report only.
 */
import { applyEdits } from '../engine/fixer.js';
import { fixesOfPass, type EnabledRule } from '../engine/linter.js';
import { compareMessages, type LintMessage, type PolicyType } from '../engine/types.js';
import { policyArnMessages, type PolicyArnSite } from '../iam/policy-arns.js';
import { POLICY_ARN_ATTRIBUTES, terraformPolicyArnSites } from './policy-arns.js';
import { TERRAFORM_VARIABLE_MESSAGE_ID } from '../../rules/policy-variable-syntax/policy-variable-syntax.js';
import { embedPolicy } from '../cloudformation/embed.js';
import { lintEmbeddedPolicies, permissionPath, type EmbeddedPolicy, type VariableMistake } from '../cloudformation/lint.js';
import { documentAttributes, policyDocuments } from './document.js';
import { documentRenderings, flushHeredoc, goJson, jsonencodeValue } from './render.js';
import { heredocEditText, heredocEmbedding, policyNode, toSrcNode } from './embed.js';
import { PERMISSION_BLOCKS, POLICY_ATTRIBUTES, terraformPermissions, terraformPolicyLocations } from './locations.js';
import { literalText, scanHcl } from './scan.js';
import { embedPermission, permissionMessage } from '../cloudformation/permission.js';

const TERRAFORM_MISTAKE: VariableMistake = { messageId: TERRAFORM_VARIABLE_MESSAGE_ID, fixed: (name) => `$\${${name}}` };

export interface TerraformOutcome {
  messages: LintMessage[];
  /** The fixed text, when fixes were applied. */
  output?: string;
  fixed: boolean;
  /** The number of policies linted. */
  policies: number;
  /** The number of managed policy ARNs checked (policy-arns.ts): a file with attachments only is linted too. */
  policyArns: number;
  /** The file's policies as a value (`{resource: {aws_iam_policy: {name: {policy: {…}}}}}`), for `ignore` paths. */
  value: unknown;
  /**
   * Where the scan stopped, when it met text it cannot read (the policies before it are linted); `unread`: the
   * text after it declares a resource or document that holds policies.
   */
  error?: { message: string; line: number; column: number; unread: boolean };
}

/** One policy of a .tf file, for --print-config. */
export interface TerraformPolicyInfo {
  path: Array<string | number>;
  resourceType: string;
  policyType: PolicyType;
}

function readPolicies(text: string): {
  policies: Array<EmbeddedPolicy & { resourceType: string; value?: unknown }>;
  /** The documents linted only as parts of others (covered): their paths and values, for `ignore` paths. */
  parts: Array<{ path: Array<string | number>; value: unknown }>;
  /** The managed policy ARNs of the file's IAM resources (policy-arns.ts). */
  arns: PolicyArnSite[];
  error?: { message: string; offset: number };
} {
  const { body, error } = scanHcl(text);
  const parts: Array<{ path: Array<string | number>; value: unknown }> = [];
  const policies: Array<EmbeddedPolicy & { resourceType: string; start: number; value?: unknown }> = [];
  const locations = terraformPolicyLocations(body);
  for (const location of locations) {
    const policy = policyNode(text, location.attribute);
    if (!policy) continue;
    const { nameStart, nameEnd } = location.attribute;
    const heredoc = policy.heredoc;
    const embedded = heredoc ? heredocEmbedding(text, policy) : embedPolicy(text, policy.node, [nameStart, nameEnd]);
    if (!embedded) continue;
    if (!heredoc) embedded.subVariables.push(...policy.mistakes);
    // A `<<-EOT` heredoc is sent without its common indentation (the linted text keeps it: see embed.ts).
    if (heredoc && /<<-[\w-]+[ \t\r]*\n$/.test(text.slice(text.lastIndexOf('\n', location.attribute.value.start - 2) + 1, location.attribute.value.start))) {
      const flush = flushHeredoc(embedded.text);
      if (flush !== embedded.text) embedded.rendered = [flush];
    }
    // jsonencode sends its argument as Go's compact JSON (keys sorted, `<`, `>`, `&` escaped).
    if (!heredoc && policy.node.kind === 'object') {
      const value = parsed(embedded.text);
      if (value !== undefined) embedded.rendered = [goJson(jsonencodeValue(value))];
    }
    policies.push({
      embedded, path: location.path, policyType: location.policyType, resourceType: location.resourceType,
      fixable: heredoc !== undefined, ...(heredoc ? { editText: heredocEditText(text, heredoc.delimiter) } : {}),
      ...(location.ruleResourceType ? { ruleResourceType: location.ruleResourceType } : {}),
      start: location.attribute.value.start,
    });
  }
  for (const permission of terraformPermissions(body)) {
    const state = { mistakes: [], directive: false };
    const properties = new Map([...permission.attributes].map(([property, attribute]) => [
      property, { keyStart: attribute.nameStart, keyEnd: attribute.nameEnd, value: toSrcNode(text, attribute.value, state) },
    ]));
    const embedded = embedPermission(text, properties, permission.spec, permission.anchor);
    if (!embedded) continue;
    const rename = (property: string) => permission.names.get(property) ?? property;
    policies.push({
      embedded, path: permission.path, policyType: 'resource', resourceType: permission.resourceType, fixable: false,
      propertyPath: permissionPath(permission.spec, rename),
      message: permissionMessage(permission.spec, rename),
      value: Object.fromEntries([...permission.attributes].map(([property, attribute]) => [permission.names.get(property), literalText(attribute.value) ?? null])),
      start: permission.anchor[0],
    });
  }
  const attributes = documentAttributes(text, body, locations);
  for (const document of policyDocuments(text, body, locations)) {
    const embedded = embedPolicy(text, document.node, document.anchor);
    if (!embedded) continue;
    if (document.covered) {
      parts.push({ path: document.path, value: parsed(embedded.text) });
      continue;
    }
    embedded.subVariables.push(...document.mistakes);
    // What the provider renders, through the attributes the file reads it by (`json` is pretty-printed).
    const value = parsed(embedded.text);
    if (value !== undefined) embedded.rendered = documentRenderings(value, attributes(document.name, document.policyType, document.ruleResourceType));
    policies.push({
      embedded, path: document.path, policyType: document.policyType, resourceType: 'aws_iam_policy_document', fixable: false,
      ...(document.ruleResourceType ? { ruleResourceType: document.ruleResourceType } : {}),
      ...(document.skipRules ? { skipRules: document.skipRules } : {}),
      ...(document.findingPath ? { findingPath: document.findingPath } : {}),
      start: document.node.start,
    });
  }
  policies.sort((a, b) => a.start - b.start);
  return { policies, parts, arns: terraformPolicyArnSites(text, body), ...(error ? { error } : {}) };
}

/**
 * Lint every policy of a .tf file, and with `fix`, apply the safe fixes that land in literal heredoc text,
 * repeating until nothing changes (at most 10 passes). A pass is kept only when the fixed file reads as the
 * same policies (same paths and placeholders, still JSON): a fix never changes what Terraform interpolates.
 * `unsuppressed` keeps the messages the configuration does not suppress.
 */
/** A resource or data source that holds IAM policies (`resource "aws_iam_role"`, `data "aws_iam_policy_document"`). */
const POLICY_BLOCK = new RegExp(`\\b(?:resource\\s+"(?:${[...Object.keys(POLICY_ATTRIBUTES), ...Object.keys(PERMISSION_BLOCKS), ...Object.keys(POLICY_ARN_ATTRIBUTES), 'aws_organizations_policy'].join('|')})"|data\\s+"aws_iam_policy_document")`);

export function lintTerraform(
  filePath: string, text: string, rules: readonly EnabledRule[],
  options: { fix?: boolean; unsuppressed?: (messages: LintMessage[], value: unknown) => LintMessage[] } = {},
): TerraformOutcome {
  let current = text;
  let read = readPolicies(current);
  let fixed = false;
  for (let pass = 0; ; pass++) {
    const embedded = lintEmbeddedPolicies(filePath, current, read.policies, rules, TERRAFORM_MISTAKE);
    const arns = policyArnMessages(current, read.arns, rules);
    const messages = arns.length > 0 ? [...embedded, ...arns].sort(compareMessages) : embedded;
    const value: Record<string, unknown> = {};
    // A permission resource's value: its attributes (a literal's text, else null), as its findings' paths name them.
    for (const policy of read.policies) setPath(value, policy.path, 'value' in policy ? policy.value : parsed(policy.embedded.text));
    for (const part of read.parts) setPath(value, part.path, part.value);
    for (const arn of read.arns) setPath(value, arn.path, arn.written);
    const { error } = read;
    const done = (): TerraformOutcome => {
      let where: TerraformOutcome['error'];
      if (error) {
        const before = current.slice(0, error.offset).split('\n');
        where = { message: error.message, line: before.length, column: before[before.length - 1].length + 1, unread: POLICY_BLOCK.test(current.slice(error.offset)) };
      }
      return { messages, policies: read.policies.length, policyArns: read.arns.length, value, fixed, ...(fixed ? { output: current } : {}), ...(where ? { error: where } : {}) };
    };
    if (!options.fix || pass >= 10) return done();
    const edits = fixesOfPass((options.unsuppressed ?? ((m) => m))(messages, value));
    if (edits.length === 0) return done();
    const next = applyEdits(current, edits);
    const nextRead = readPolicies(next);
    if (next === current || !samePolicies(read, nextRead)) return done();
    current = next;
    read = nextRead;
    fixed = true;
  }
}

/** Whether a fixed file reads as the same policies: the same paths, placeholders and mistakes, JSON still JSON, no new scan error. */
function samePolicies(before: ReturnType<typeof readPolicies>, after: ReturnType<typeof readPolicies>): boolean {
  if (after.error && !before.error) return false;
  if (before.policies.length !== after.policies.length) return false;
  return before.policies.every((policy, i) => {
    const other = after.policies[i];
    const placeholders = (p: typeof policy) => p.embedded.placeholders.map(([s, e]) => p.embedded.text.slice(s, e)).join('\n');
    return JSON.stringify(policy.path) === JSON.stringify(other.path) && policy.fixable === other.fixable
      && placeholders(policy) === placeholders(other)
      && policy.embedded.subVariables.length === other.embedded.subVariables.length
      && (parsed(policy.embedded.text) === undefined || parsed(other.embedded.text) !== undefined);
  });
}

/** The embedded policies of a .tf file as lintTerraform lints them (also what Access Analyzer gets). */
export function terraformEmbeddedPolicies(text: string): EmbeddedPolicy[] {
  return readPolicies(text).policies;
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
