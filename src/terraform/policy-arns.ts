/**
 * The managed policy ARNs of a Terraform file's IAM resources, which the provider passes to IAM as they are:
 * `aws_iam_role`'s `managed_policy_arns` and `permissions_boundary`, `aws_iam_user`'s `permissions_boundary`,
 * and the `policy_arn` of `aws_iam_role_policy_attachment`, `aws_iam_user_policy_attachment`,
 * `aws_iam_group_policy_attachment` and `aws_iam_policy_attachment`. Interpolations are placeholders, as in
 * policies: a value whose interpolations are all data sources of a known form
 * (`"arn:${data.aws_partition.current.partition}:iam::aws:policy/…"`) is judged with them as a partition or an
 * account ID; one with any other interpolation, or a reference (`aws_iam_policy.p.arn`), is not judged, nor a
 * value with a `%{ … }` directive or a heredoc.
 * src/iam/policy-arns.ts judges them.
 */
import type { PolicyArnSite } from '../iam/policy-arns.js';
import { toSrcNode } from './embed.js';
import { asWrittenInTerraform } from './known-forms.js';
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

/** The managed policy ARNs of a scanned file's resources, in the order of the file. */
export function terraformPolicyArnSites(text: string, body: HclBody): PolicyArnSite[] {
  const out: PolicyArnSite[] = [];
  for (const block of body) {
    if (block.kind !== 'block' || block.type !== 'resource' || block.labels.length !== 2) continue;
    const [type, name] = block.labels;
    const names = POLICY_ARN_ATTRIBUTES[type];
    if (!names) continue;
    for (const item of block.body) {
      if (item.kind !== 'attribute' || !names.includes(item.name)) continue;
      const path = ['resource', type, name, item.name];
      const where = `${type}.${name}.${item.name}`;
      const one = (expr: HclExpr, at: Array<string | number>) => {
        // A heredoc (its indentation and final newline are in the value) is not judged, nor a value with a
        // %{ … } directive, whose text depends on the branch or loop (as a policy with one is skipped).
        if (expr.kind !== 'template' || expr.heredoc) return;
        const state = { mistakes: [], directive: false };
        const node = toSrcNode(text, expr, state);
        if (node.kind !== 'string' || state.directive) return;
        const value = String(node.value);
        out.push({
          // Quoted as written: an interpolation's placeholder `${TF::data.aws_partition.current.partition}` is `${data.…}` in the file.
          value, placeholders: node.placeholders ?? [], start: expr.start, end: expr.end, written: asWrittenInTerraform(value), path: at, where,
          ...(item.name === 'permissions_boundary' ? { boundary: true } : {}),
        });
      };
      if (item.value.kind === 'tuple') item.value.items.forEach((expr, i) => one(expr, [...path, i]));
      else one(item.value, path);
    }
  }
  return out;
}
