/** A placeholder of a documentation example: `<role-arn>`, `{bucket-arn}`, `<ACCOUNT_ID>`. Not `${…}`. */
const LEADING_PLACEHOLDER = /^(?:<[A-Za-z][^<>]*>|\{[A-Za-z][\w-]*\})/;

/**
 * The placeholder a value is or starts with: `<role-arn>`, or `<bucket-arn>` of `<bucket-arn>/*`, a placeholder ARN
 * with a path after it.
 * Such a value is no ARN because of the placeholder: arn-placeholder reports it, and arn-format's "not an ARN"
 * gives way to it (and stands when arn-placeholder is off).
 */
export function leadingPlaceholder(value: string): string | undefined {
  return LEADING_PLACEHOLDER.exec(value)?.[0];
}
