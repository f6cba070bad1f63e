/**
 * ARN syntax, from the text alone: `arn:partition:service:region:account-id:resource`. The resource part
 * may itself contain colons. Offsets are into the string, so a rule can point at one field with
 * `report({ substring })`.
 */

export interface ArnField {
  value: string;
  /** Offset of the field's first character in the ARN string. */
  start: number;
}

export interface ParsedArn {
  partition: ArnField;
  service: ArnField;
  region: ArnField;
  account: ArnField;
  /** Everything after the fifth colon. */
  resource: ArnField;
}

/** The prefix every ARN starts with. */
export const ARN_PREFIX = 'arn:';

/** The number of colon-separated fields an ARN has, counting the resource as one field at most. */
export function arnFieldCount(value: string): number {
  let fields = 1;
  for (let i = 0; i < value.length && fields < 6; i++) if (value[i] === ':') fields++;
  return fields;
}

/** Split an ARN into its fields; undefined when it lacks the `arn:` prefix or has fewer than six fields. */
export function parseArn(value: string): ParsedArn | undefined {
  if (!value.startsWith(ARN_PREFIX)) return undefined;
  const starts: number[] = [0];
  for (let i = 0; i < value.length && starts.length < 6; i++) if (value[i] === ':') starts.push(i + 1);
  if (starts.length < 6) return undefined;
  const field = (n: number): ArnField => ({
    value: n === 5 ? value.slice(starts[5]) : value.slice(starts[n], starts[n + 1] - 1),
    start: starts[n],
  });
  return { partition: field(1), service: field(2), region: field(3), account: field(4), resource: field(5) };
}

/** True when the text holds a policy variable or a template placeholder such as `${aws:username}`. */
export function hasVariable(value: string): boolean {
  return value.includes('${');
}
