/**
 * Terraform's data sources whose value has a known form, as modules write ARNs: `data.aws_partition.<name>.partition`
 * and `.dns_suffix`, `data.aws_caller_identity.<name>.account_id`, `data.aws_region.<name>.name` (`.region` in
 * provider 6), and each one's `.id`, which is the same value. The ARN rules read their placeholders
 * (`${TF::data.aws_partition.current.partition}`) as a variable part of that form (src/cloudformation/lint.ts),
 * and the managed policy ARN check as a value of it (src/iam/policy-arns.ts).
 */

const KNOWN = /^\$\{TF::data\.aws_(partition|caller_identity|region)\.[\w-]+\.(\w+)\}$/;

/** A value of each data source's form, by the attribute read. */
const VALUES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  partition: { partition: 'aws', id: 'aws', dns_suffix: 'amazonaws.com' },
  caller_identity: { account_id: '123456789012', id: '123456789012' },
  region: { name: 'us-east-1', region: 'us-east-1', id: 'us-east-1' },
};

/** A value of the placeholder's form, when it is a Terraform data source of a known form. */
export function terraformKnownValue(placeholder: string): string | undefined {
  const [, source, attribute] = KNOWN.exec(placeholder) ?? [];
  return source && Object.hasOwn(VALUES[source], attribute) ? VALUES[source][attribute] : undefined;
}

/** Text with Terraform placeholders as the file writes them: `${TF::data.aws_partition.current.partition}` → `${data.…}`. */
export function asWrittenInTerraform(text: string): string {
  return text.replaceAll('${TF::', '${');
}
