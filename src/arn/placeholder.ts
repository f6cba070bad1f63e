/**
 * A value that is nothing but a placeholder of a documentation example: `<role-arn>`, `{bucket-arn}`,
 * `<ACCOUNT_ID>`. Not `${…}` (a policy variable or template placeholder). arn-placeholder reports these where an
 * ARN belongs; arn-format's "not an ARN" for such a Resource entry gives way to it.
 */
export function isWholePlaceholder(value: string): boolean {
  return /^(?:<[A-Za-z][^<>]*>|\{[A-Za-z][\w-]*\})$/.test(value);
}
