/**
 * The managed policy ARNs of a Terraform file's IAM resources, which the provider passes to IAM as they are:
 * `aws_iam_role`'s `managed_policy_arns` and `permissions_boundary`, `aws_iam_user`'s `permissions_boundary`,
 * and the `policy_arn` of `aws_iam_role_policy_attachment`, `aws_iam_user_policy_attachment`,
 * `aws_iam_group_policy_attachment` and `aws_iam_policy_attachment`. Interpolations are placeholders, as in
 * policies: a value whose interpolations are all data sources of a known form
 * (`"arn:${data.aws_partition.current.partition}:iam::aws:policy/…"`) is judged with them as a partition or an
 * account ID; one with any other interpolation, or a reference (`aws_iam_policy.p.arn`), is not judged, nor a
 * value with a `%{ … }` directive or a heredoc. A local the module decides is read as its value (locals.ts): the
 * attribute's (`policy_arn = local.readonly_arn`, `managed_policy_arns = local.arns`), an element's
 * (`[local.admin_arn]`) or an interpolation's (`"arn:aws:iam::aws:policy/${local.name}"`); a finding lands where
 * the value is written: at the local's text, or on the string that interpolates it.
 * src/iam/policy-arns.ts judges them.
 */
import type { PolicyArnSite } from '../iam/policy-arns.js';
import { toSrcNode, type State } from './embed.js';
import { asWrittenInTerraform } from './known-forms.js';
import { throughLocals, type Locals } from './locals.js';
import type { HclBody, HclExpr } from './scan.js';

/** Resource type → its attributes that hold managed policy ARNs. */
export const POLICY_ARN_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = {
  aws_iam_role: ['managed_policy_arns', 'permissions_boundary'],
  aws_iam_user: ['permissions_boundary'],
  aws_iam_role_policy_attachment: ['policy_arn'],
  aws_iam_user_policy_attachment: ['policy_arn'],
  aws_iam_group_policy_attachment: ['policy_arn'],
  aws_iam_policy_attachment: ['policy_arn'],
};

/**
 * A managed policy ARN of a module's file: `at`, the offset of the attribute that attaches it (the file whose rules
 * judge it, and whose value holds its path); `readsLocals`, whether it is read through a local.
 */
export type TerraformPolicyArnSite = PolicyArnSite & { at: number; readsLocals?: boolean };

/** The managed policy ARNs of a scanned file's resources, in the order of the file. */
export function terraformPolicyArnSites(text: string, body: HclBody, locals?: Locals): TerraformPolicyArnSite[] {
  const out: TerraformPolicyArnSite[] = [];
  for (const block of body) {
    if (block.kind !== 'block' || block.type !== 'resource' || block.labels.length !== 2) continue;
    const [type, name] = block.labels;
    const names = POLICY_ARN_ATTRIBUTES[type];
    if (!names) continue;
    for (const item of block.body) {
      if (item.kind !== 'attribute' || !names.includes(item.name)) continue;
      const path = ['resource', type, name, item.name];
      const where = `${type}.${name}.${item.name}`;
      // `written`: an element of a list, or the attribute's value already read through its locals (`resolved`).
      const one = (written: HclExpr, at: Array<string | number>, listThrough: boolean, resolved = false) => {
        const { expr, through } = resolved ? { expr: written, through: false } : throughLocals(text, written, locals);
        // A heredoc (its indentation and final newline are in the value) is not judged, nor a value with a
        // %{ … } directive, whose text depends on the branch or loop (as a policy with one is skipped).
        if (expr.kind !== 'template' || expr.heredoc) return;
        const state: State = { mistakes: [], directive: false, locals };
        const node = toSrcNode(text, expr, state);
        if (node.kind !== 'string' || state.directive) return;
        const value = String(node.value);
        out.push({
          // Quoted as written: an interpolation's placeholder `${TF::data.aws_partition.current.partition}` is `${data.…}` in the file.
          value, placeholders: node.placeholders ?? [], start: expr.start, end: expr.end, written: asWrittenInTerraform(value), path: at, where,
          at: item.value.start, ...(listThrough || through || state.readLocals ? { readsLocals: true } : {}),
          ...(item.name === 'permissions_boundary' ? { boundary: true } : {}),
        });
      };
      const { expr: value, through } = throughLocals(text, item.value, locals);
      if (value.kind === 'tuple') value.items.forEach((expr, i) => one(expr, [...path, i], through));
      else one(value, path, through, true);
    }
  }
  return out;
}
