/**
 * The managed policy ARNs a file attaches to roles, users and groups, outside any policy document: a
 * CloudFormation template's `ManagedPolicyArns` and `PermissionsBoundary` (and SAM's `Policies` entries), a
 * Terraform file's `managed_policy_arns`, `permissions_boundary` and `policy_arn`, a Serverless service's
 * `managedPolicies` and `permissionsBoundary`. Each reader finds the values (a `PolicyArnSite`); this module
 * judges them, the same way for all three, and words the findings:
 *   - arn-format (message id `managedPolicyArn`): IAM rejects anything but
 *     `arn:<partition>:iam::<aws or account ID>:policy/<path/><name>`;
 *   - managed-policy-exists: an AWS managed policy (`arn:aws:iam::aws:policy/…`, or a bare name in SAM's
 *     `Policies`) must be one AWS publishes, under its path (src/iam/managed-policies.ts);
 *   - admin-managed-policy: AdministratorAccess, PowerUserAccess or IAMFullAccess attached (not as a boundary).
 * A value with a placeholder of a known form (`${AWS::Partition}`, `${AWS::AccountId}`, the Serverless
 * Framework's `${aws:accountId}`, Terraform's `data.aws_partition.<name>.partition`: src/iam/known-forms.ts) is
 * checked with a value of that form in its place; any other placeholder (a reference, a Terraform expression,
 * another variable) leaves the value unjudged.
 */
import type { LineIndex } from '../engine/document.js';
import { rangeMessage, type EnabledRule } from '../engine/linter.js';
import type { LintMessage } from '../engine/types.js';
import { MANAGED_POLICY_ARN_MESSAGE_ID } from '../../rules/arn-format/arn-format.js';
import { ADMIN_MANAGED_POLICY_MESSAGE_ID } from '../../rules/admin-managed-policy/admin-managed-policy.js';
import { isAllowed } from './allow-list.js';
import { managedPolicyProblem } from './managed-policies.js';
import { knownFormValue } from './known-forms.js';
import { samTemplateNamedAsPolicy } from '../cloudformation/sam-policy-templates.js';
import { quoted } from '../words.js';

export const ARN_FORMAT_RULE_ID = 'arn-format';
export const MANAGED_POLICY_RULE_ID = 'managed-policy-exists';
export const ADMIN_POLICY_RULE_ID = 'admin-managed-policy';

/** The AWS managed policies that admin-managed-policy reports, with what they allow. */
const ADMIN_POLICIES: Readonly<Record<string, string>> = {
  AdministratorAccess: 'every action on every resource',
  PowerUserAccess: 'every action on every resource except most of IAM and Organizations',
  IAMFullAccess: 'every IAM action, so the principal can grant itself any permission',
};

/** One value that names a managed policy. */
export interface PolicyArnSite {
  /** The value as the deploying tool reads it, placeholders in `${…}` form. */
  value: string;
  /** The ranges of `value` that stand for something the file leaves open. */
  placeholders: ReadonlyArray<readonly [number, number]>;
  /** The value's token in the source, end exclusive. */
  start: number;
  end: number;
  /** The value as written, for messages. */
  written: string;
  /** The value's path in the file's value (for `ignore` paths). */
  path: Array<string | number>;
  /** Where the value is, for messages: `provider.iam.role.managedPolicies`, `Role.Properties.ManagedPolicyArns`. */
  where: string;
  /** SAM's `Policies`: a string that is not an ARN is the name of an AWS managed policy. */
  nameAllowed?: boolean;
  /** A permissions boundary: it limits, never grants (admin-managed-policy does not apply). */
  boundary?: boolean;
  /** The token that holds the policy's name, when not the value's (an `Fn::Join` element): managed-policy-exists's and admin-managed-policy's findings go there. */
  nameToken?: [number, number];
}

/** What is wrong with a managed policy ARN (undefined when nothing is). */
export function policyArnProblem(arn: string): string | undefined {
  if (!arn.startsWith('arn:')) return 'it does not start with "arn:"';
  const fields = arn.split(':');
  if (fields.length < 6) return `it has ${fields.length} of the 6 fields of an ARN`;
  const [, partition, service, region, account] = fields;
  const resource = fields.slice(5).join(':');
  if (!/^aws(?:-[a-z]+)*$/.test(partition)) return `the partition ${quoted(partition)} is not one`;
  if (service !== 'iam') return `its service is ${quoted(service)}, not "iam"`;
  if (region !== '') return `IAM has no Region, ${quoted(region)} is given`;
  if (account !== 'aws' && !/^\d{12}$/.test(account)) return `the account ${quoted(account)} is neither "aws" nor 12 digits`;
  if (!/^policy\/(?:[^\s/]+\/)*[\w+=,.@-]+$/.test(resource)) return `${quoted(resource)} is not policy/<path/><name>`;
  return undefined;
}

/** The value to check: known variables in their form; undefined when another placeholder or variable is in it. */
function checkableArn(value: string, placeholders: ReadonlyArray<readonly [number, number]>): string | undefined {
  let out = value;
  for (const [start, end] of [...placeholders].sort((a, b) => b[0] - a[0])) {
    const known = knownFormValue(out.slice(start, end));
    if (known === undefined) return undefined;
    out = out.slice(0, start) + known + out.slice(end);
  }
  return out.includes('${') ? undefined : out;
}

/** arn-format's and managed-policy-exists's findings on the sites' values, on each value's token. */
export function policyArnMessages(sites: readonly PolicyArnSite[], rules: readonly EnabledRule[], lines: LineIndex): LintMessage[] {
  if (sites.length === 0) return [];
  const format = rules.find(({ rule }) => rule.id === ARN_FORMAT_RULE_ID);
  const exists = rules.find(({ rule }) => rule.id === MANAGED_POLICY_RULE_ID);
  const admin = rules.find(({ rule }) => rule.id === ADMIN_POLICY_RULE_ID);
  if (!format && !exists && !admin) return [];
  const out: LintMessage[] = [];
  const push = (enabled: EnabledRule, messageId: string, data: Record<string, unknown>, site: PolicyArnSite) => {
    const range: [number, number] = enabled === format ? [site.start, site.end] : site.nameToken ?? [site.start, site.end];
    out.push(rangeMessage(enabled, messageId, data, range, site.path, lines));
  };
  const adminCheck = (name: string, site: PolicyArnSite) => {
    const grants = Object.hasOwn(ADMIN_POLICIES, name) ? ADMIN_POLICIES[name] : undefined;
    if (admin && grants && !site.boundary) push(admin, ADMIN_MANAGED_POLICY_MESSAGE_ID, { value: site.written, where: site.where, name, grants }, site);
  };
  for (const site of sites) {
    const value = checkableArn(site.value, site.placeholders);
    if (value === undefined) continue;
    if (site.nameAllowed && !value.startsWith('arn:')) {
      // SAM: the name of an AWS managed policy, which SAM turns into its ARN.
      const problem = exists && managedPolicyProblem(`policy/${value}`, true);
      if (exists && problem && !allowed(exists, problem.messageId, value)) {
        const hint = problem.messageId === 'unknownPolicy' ? samTemplateNamedAsPolicy(value) : undefined;
        const data = hint ? { ...problem.data, suggestion: hint } : problem.data;
        push(exists, problem.messageId, { value: site.written, where: site.where, ...data }, site);
      }
      adminCheck(value, site);
      continue;
    }
    const problem = policyArnProblem(value);
    if (problem) {
      if (format) push(format, MANAGED_POLICY_ARN_MESSAGE_ID, { value: site.written, where: site.where, problem }, site);
      continue;
    }
    const fields = value.split(':');
    if (fields[4] !== 'aws') continue;
    // AdministratorAccess and the like are at the root path in every partition.
    if (fields.length === 6 && fields[5].startsWith('policy/')) adminCheck(fields[5].slice('policy/'.length), site);
    // The list is the aws partition's: China and GovCloud publish other sets.
    if (!exists || fields[1] !== 'aws') continue;
    const at = site.written.indexOf(':policy/');
    const resource = fields.slice(5).join(':');
    const missing = managedPolicyProblem(resource, false, at > 0 ? site.written.slice(0, at + 1) : undefined);
    if (missing && !allowed(exists, missing.messageId, resource.slice('policy/'.length))) push(exists, missing.messageId, { value: site.written, where: site.where, ...missing.data }, site);
  }
  return out;
}

/**
 * Whether managed-policy-exists's `allow` option accepts a policy its list does not have (one AWS published after
 * the list): a pattern matches the name or the path and name (`service-role/NewRole`). A wrong path is always
 * reported: the list has the name, under another path.
 */
function allowed(exists: EnabledRule, messageId: string, pathAndName: string): boolean {
  if (messageId !== 'unknownPolicy') return false;
  const options = { ...exists.rule.meta.defaultOptions, ...exists.options };
  return isAllowed(options, pathAndName) || isAllowed(options, pathAndName.slice(pathAndName.lastIndexOf('/') + 1));
}
