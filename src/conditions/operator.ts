/**
 * Condition operators: the grammar `[ForAllValues:|ForAnyValue:]<base>[IfExists]`, parsed once so that rules
 * ask questions ("is it a negated pattern match?") instead of matching strings.
 * Source: IAM JSON policy elements: Condition operators; operator names are case-sensitive (IAM rejects
 * `stringEquals` with "Invalid Condition type").
 */

export type OperatorFamily = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';
export type Qualifier = 'ForAllValues' | 'ForAnyValue';

interface BaseInfo {
  family: OperatorFamily;
  /** True for the `Not` forms: they match when no policy value matches. */
  negated: boolean;
  /** True when `*` and `?` are wildcards in the values (`StringLike`, and every ARN operator). */
  wildcards: boolean;
}

const BASES: Record<string, BaseInfo> = {
  StringEquals: { family: 'String', negated: false, wildcards: false },
  StringNotEquals: { family: 'String', negated: true, wildcards: false },
  StringEqualsIgnoreCase: { family: 'String', negated: false, wildcards: false },
  StringNotEqualsIgnoreCase: { family: 'String', negated: true, wildcards: false },
  StringLike: { family: 'String', negated: false, wildcards: true },
  StringNotLike: { family: 'String', negated: true, wildcards: true },
  NumericEquals: { family: 'Numeric', negated: false, wildcards: false },
  NumericNotEquals: { family: 'Numeric', negated: true, wildcards: false },
  NumericLessThan: { family: 'Numeric', negated: false, wildcards: false },
  NumericLessThanEquals: { family: 'Numeric', negated: false, wildcards: false },
  NumericGreaterThan: { family: 'Numeric', negated: false, wildcards: false },
  NumericGreaterThanEquals: { family: 'Numeric', negated: false, wildcards: false },
  DateEquals: { family: 'Date', negated: false, wildcards: false },
  DateNotEquals: { family: 'Date', negated: true, wildcards: false },
  DateLessThan: { family: 'Date', negated: false, wildcards: false },
  DateLessThanEquals: { family: 'Date', negated: false, wildcards: false },
  DateGreaterThan: { family: 'Date', negated: false, wildcards: false },
  DateGreaterThanEquals: { family: 'Date', negated: false, wildcards: false },
  Bool: { family: 'Bool', negated: false, wildcards: false },
  BinaryEquals: { family: 'Binary', negated: false, wildcards: false },
  IpAddress: { family: 'IpAddress', negated: false, wildcards: false },
  NotIpAddress: { family: 'IpAddress', negated: true, wildcards: false },
  ArnEquals: { family: 'Arn', negated: false, wildcards: true },
  ArnLike: { family: 'Arn', negated: false, wildcards: true },
  ArnNotEquals: { family: 'Arn', negated: true, wildcards: true },
  ArnNotLike: { family: 'Arn', negated: true, wildcards: true },
  Null: { family: 'Null', negated: false, wildcards: false },
};

export const BASE_OPERATORS: readonly string[] = Object.keys(BASES);
export const QUALIFIERS: readonly Qualifier[] = ['ForAllValues', 'ForAnyValue'];

export interface ParsedOperator {
  /** The operator as written. */
  raw: string;
  qualifier?: Qualifier;
  /** The operator without qualifier and `IfExists`, e.g. `StringLike`. */
  base: string;
  ifExists: boolean;
  family: OperatorFamily;
  negated: boolean;
  wildcards: boolean;
}

const cache = new Map<string, ParsedOperator | null>();

/**
 * Parse an operator exactly as IAM does (case-sensitive). Undefined for anything IAM rejects, including
 * `NullIfExists` (the Null operator takes no `IfExists`).
 */
export function parseOperator(raw: string): ParsedOperator | undefined {
  let parsed = cache.get(raw);
  if (parsed === undefined) {
    parsed = parseUncached(raw) ?? null;
    if (cache.size < 10_000) cache.set(raw, parsed);
  }
  return parsed ?? undefined;
}

function parseUncached(raw: string): ParsedOperator | undefined {
  const { qualifier, base, ifExists } = splitOperator(raw);
  if (qualifier !== undefined && !(QUALIFIERS as readonly string[]).includes(qualifier)) return undefined;
  const info = Object.hasOwn(BASES, base) ? BASES[base] : undefined;
  if (!info) return undefined;
  if (info.family === 'Null' && ifExists) return undefined;
  return { raw, qualifier: qualifier as Qualifier | undefined, base, ifExists, ...info };
}

/**
 * The parts of an operator by the grammar alone, whether or not IAM knows them: `forallvalues:BoolIfExist` →
 * qualifier `forallvalues`, base `BoolIfExist`, no IfExists. parseOperator checks them; the MFA rules read them
 * as written, to say what a misspelt or invalid operator would do (`BoolIfExist`, `NullIfExists`).
 */
export function splitOperator(raw: string): { qualifier?: string; base: string; ifExists: boolean } {
  const colon = raw.indexOf(':');
  const qualifier = colon >= 0 ? raw.slice(0, colon) : undefined;
  let base = colon >= 0 ? raw.slice(colon + 1) : raw;
  const ifExists = base.endsWith('IfExists');
  if (ifExists) base = base.slice(0, -'IfExists'.length);
  return { qualifier, base, ifExists };
}

/** True for `NullIfExists`, with or without a qualifier. */
export function isNullIfExists(raw: string): boolean {
  return /^(?:(?:ForAllValues|ForAnyValue):)?NullIfExists$/.test(raw);
}

/** Every valid operator name: 27 operators, 26 with IfExists, each plain or with one of two qualifiers (159). */
export function allOperators(): string[] {
  const out: string[] = [];
  for (const prefix of ['', 'ForAllValues:', 'ForAnyValue:']) {
    for (const base of BASE_OPERATORS) {
      out.push(prefix + base);
      if (base !== 'Null') out.push(`${prefix}${base}IfExists`);
    }
  }
  return out;
}

/**
 * Whether a condition is false for a request without its key, by IAM's rules for a missing key: `Null` with
 * "false" is; an `…IfExists` operator and `ForAllValues` are true; `ForAnyValue` is false; otherwise a
 * positive operator is false and a negated one true.
 */
export function falseWhenKeyMissing(op: ParsedOperator, values: readonly unknown[]): boolean {
  if (op.family === 'Null') return values.every((v) => v === false || (typeof v === 'string' && v.toLowerCase() === 'false'));
  if (op.ifExists || op.qualifier === 'ForAllValues') return false;
  if (op.qualifier === 'ForAnyValue') return true;
  return !op.negated;
}

/** Whether a condition entry holds for a request without its key (falseWhenKeyMissing); undefined for an operator IAM rejects. */
export function trueWithoutKey(entry: { operator: string; values: readonly unknown[] }): boolean | undefined {
  const operator = parseOperator(entry.operator);
  return operator === undefined ? undefined : !falseWhenKeyMissing(operator, entry.values);
}

/**
 * Whether a statement's condition entries fail for a request that carries none of the keys `isKey` accepts: one of
 * them is tested by an entry that is false without it (`Null` "false", a positive operator without IfExists).
 */
export function requiresSomeKey(entries: ReadonlyArray<{ operator: string; key: string; values: readonly unknown[] }>, isKey: (key: string) => boolean): boolean {
  return entries.some((entry) => isKey(entry.key) && entry.values.length > 0 && trueWithoutKey(entry) === false);
}

/**
 * Whether a statement's condition entries require `key` in the request: a plain `Null` on it with "false". Beside
 * one, `…IfExists` and `ForAllValues:` on the key limit as the plain operators do (limitsToValues 'limited').
 */
export function nullRequiresKey(entries: ReadonlyArray<{ operator: string; key: string; values: readonly unknown[] }>, key: string): boolean {
  const lower = key.toLowerCase();
  return entries.some((entry) => {
    if (entry.key.toLowerCase() !== lower) return false;
    const operator = parseOperator(entry.operator);
    return operator?.family === 'Null' && operator.qualifier === undefined && entry.values.length > 0 && falseWhenKeyMissing(operator, entry.values);
  });
}

/**
 * Whether a statement's condition entries test the Boolean `key` for `value` alone: a `Bool` or `BoolIfExists`
 * entry (a qualifier changes nothing for a single value) whose values are all `value`, so that the statement
 * does not apply to a request whose key has the other value. Values are ORed: a list with both matches either.
 * `Null` tests only presence, and other operators do not fit a Boolean key (condition-operator-type): neither
 * counts. The test of aws:PrincipalIsAWSService "false" (service principals left out) and "true".
 */
export function testsBool(entries: ReadonlyArray<{ operator: string; key: string; values: readonly unknown[] }>, key: string, value: 'true' | 'false'): boolean {
  const lower = key.toLowerCase();
  return entries.some((entry) => entry.key.toLowerCase() === lower && parseOperator(entry.operator)?.family === 'Bool' &&
    entry.values.length > 0 && entry.values.every((v) => String(v).toLowerCase() === value));
}

/**
 * Whether a condition admits only the values it lists: a positive comparison that is false without the key.
 * `…IfExists` and `ForAllValues:` are true when the key is missing, a negated operator admits every service
 * but those listed, and `Null` only tests presence; none of them limits the action to some services.
 * `withoutKey` 'limited': a request without the key is limited anyway (the key is in every request of the action,
 * or such a request does nothing the condition guards against), so `…IfExists` and `ForAllValues:` limit too.
 * The test of pass-role-scope's and create-slr-scope's scoping keys, and of the privilege-escalation rules'.
 */
export function limitsToValues(entry: { operator: string; values: readonly unknown[] }, withoutKey: 'open' | 'limited' = 'open'): boolean {
  const operator = parseOperator(entry.operator);
  if (operator === undefined || operator.family === 'Null' || operator.negated) return false;
  return withoutKey === 'limited' || falseWhenKeyMissing(operator, entry.values);
}

/**
 * limitsToValues for an entry among its statement's condition `entries`: a request without the key counts as
 * limited when the statement requires the key (nullRequiresKey) or, `keyAlwaysCarried`, every request of the
 * action carries it; then `…IfExists` and `ForAllValues:` limit as the plain operators do.
 */
export function limitsToValuesIn(
  entry: { operator: string; key: string; values: readonly unknown[] },
  entries: ReadonlyArray<{ operator: string; key: string; values: readonly unknown[] }>,
  keyAlwaysCarried = false,
): boolean {
  return limitsToValues(entry, keyAlwaysCarried || nullRequiresKey(entries, entry.key) ? 'limited' : 'open');
}
