import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { conditionEntries, statementMatches, type NormalizedStatement } from '../../src/engine/normalize.js';
import type { JsonPath } from '../../src/engine/types.js';
import { parseArn, type ParsedArn } from '../../src/arn/parse.js';
import { leadingPlaceholder } from '../../src/arn/placeholder.js';
import { holdsArns } from '../../src/iam/condition-keys.js';

/**
 * Placeholders of documentation examples: `<bucket-name>`, `<ACCOUNTNUMBER>`, `{account-id}`. Not `${…}` (policy
 * variables, template placeholders), `$<…>`, `#{…}`, `%{…}`, `&{…}` (policy-variable-syntax's lookalikes and
 * escapes), `${!…}`, nor the inner braces of `{{…}}` (another templating tool's, not a policy's).
 */
const BRACKETED = /(?<!\$)<[A-Za-z][^<>]*>|(?<![$&#%{!])\{[A-Za-z][\w-]*\}/g;

/** A Region or account field written as a word (`region`, `account-id`, `ACCOUNT-ID-WITHOUT-HYPHENS`). */
const REGION_WORD = /^[A-Za-z_-]*region[A-Za-z_-]*$/i;
const ACCOUNT_WORD = /^[A-Za-z_-]*account[A-Za-z_-]*$/i;

/**
 * A placeholder in SCREAMING_SNAKE_CASE (`BUCKET_NAME`, `HOSTED_ZONE_ID`, `TA_ID`, `YOUR_BUCKET`): a whole word of
 * capitals and digits joined by underscores that ends in `_ID`, `_NAME`, `_ARN` or `_NUMBER`, or starts with `YOUR_`.
 * Upper-case names with underscores are real too (`EMR_EC2_DefaultRole`, `AFR_OTA*` in AWS managed policies), so
 * only these shapes count.
 */
const SCREAMING_PLACEHOLDER = /(?<![\w$])(?:YOUR_[A-Z0-9_]*[A-Z0-9]|[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:ID|NAME|ARN|NUMBER))(?!\w)/g;

/**
 * The SCREAMING_SNAKE placeholders of `value` from offset `from` on. Text in `${…}`, braces or angle brackets is left
 * out: a template's `${BUCKET_NAME}` is filled in before deployment, and `<…>` and `{…}` are BRACKETED's.
 */
function screamingPlaceholders(value: string, from: number): { index: number; text: string }[] {
  if (!value.includes('_', from)) return [];
  const blanked = value.replace(/\$?\{[^}]*\}|<[^>]*>/g, (m) => ' '.repeat(m.length));
  return [...blanked.matchAll(SCREAMING_PLACEHOLDER)].filter((m) => m.index >= from).map((m) => ({ index: m.index, text: m[0] }));
}

/**
 * Whether a SCREAMING_SNAKE word is a placeholder where it stands. SSM parameters and Secrets Manager secrets are
 * often named like environment variables (`parameter/app/DB_NAME`, `secret:prod/CLIENT_ID-AbCdEf`), and an S3
 * object key is free text after the bucket name (which cannot hold capitals or underscores): there only a `YOUR_`
 * word is one. Other SSM resources (`maintenancewindow/WINDOW_ID`) and S3 access points, whose names hold no
 * capitals, are judged like any ARN.
 */
function mayBeScreamingPlaceholder(arn: ParsedArn, word: { index: number; text: string }): boolean {
  if (word.text.startsWith('YOUR_')) return true;
  const service = arn.service.value;
  if (service === 'secretsmanager' || (service === 'ssm' && arn.resource.value.startsWith('parameter/'))) return false;
  // A bucket or object ARN has no Region or account (s3BucketArn); the object key starts after the first "/".
  if (service === 's3' && arn.region.value === '' && arn.account.value === '') {
    const slash = arn.resource.value.indexOf('/');
    return slash === -1 || word.index < arn.resource.start + slash;
  }
  return true;
}

type Field = 'region' | 'account' | 'other';

const WHAT: Record<Field, string> = {
  region: 'the Region code (such as "us-east-1") or "*"',
  account: 'the 12-digit account ID or "*"',
  other: 'the name it stands for, or a pattern with "*"',
};

function fieldAt(arn: ParsedArn | undefined, offset: number): Field {
  if (!arn) return 'other';
  const within = (f: { value: string; start: number }) => offset >= f.start && offset < f.start + f.value.length;
  return within(arn.region) ? 'region' : within(arn.account) ? 'account' : 'other';
}

/**
 * Report each placeholder in `value` (an ARN, `arn` as parsed) from offset `from` on; `words` also reports a Region
 * or account field that is a word (in a Resource those are arn-region's and arn-format's findings already).
 */
function reportPlaceholders(context: RuleContext, value: string, arn: ParsedArn | undefined, path: JsonPath, from: number, words: boolean): void {
  const reported = new Set<Field>();
  // Most ARNs have neither character: the search is skipped for them (every Resource entry comes here).
  if (value.includes('<') || value.includes('{')) {
    // An API Gateway ARN's resource part holds the resource path as the API defines it: `{petId}` is a path
    // parameter (`…/*/GET/users/{id}`, the SourceArn of a Lambda permission for that route), not a placeholder.
    const pathParameters = arn?.service.value === 'execute-api' ? arn.resource.start : Infinity;
    for (const m of value.matchAll(BRACKETED)) {
      if (m.index < from || (m.index >= pathParameters && m[0].startsWith('{'))) continue;
      const field = fieldAt(arn, m.index);
      reported.add(field);
      context.report({ messageId: 'placeholder', path, issueCode: null, substring: { start: m.index, length: m[0].length }, data: { placeholder: m[0], value, what: WHAT[field] } });
    }
  }
  // Only in the resource part: a Region or account field in capitals (`REGION`, `ACCOUNT_ID`) is the words' below.
  for (const m of arn ? screamingPlaceholders(value, Math.max(from, arn.resource.start)).filter((p) => mayBeScreamingPlaceholder(arn, p)) : []) {
    context.report({ messageId: 'placeholder', path, substring: { start: m.index, length: m.text.length }, data: { placeholder: m.text, value, what: WHAT.other } });
  }
  if (!words || !arn) return;
  for (const [field, word] of [['region', REGION_WORD], ['account', ACCOUNT_WORD]] as const) {
    const { value: text, start } = arn[field];
    if (reported.has(field) || !word.test(text)) continue;
    context.report({ messageId: 'placeholder', path, issueCode: null, substring: { start, length: text.length }, data: { placeholder: text, value, what: WHAT[field] } });
  }
}

/**
 * Reports a value that is a placeholder (`<role-arn>`) or starts with one (`<bucket-arn>/*`), at the placeholder
 * when more follows it. True when it reported.
 */
function reportLeadingPlaceholder(context: RuleContext, value: string, path: JsonPath, where: string, issueCode: string | null): boolean {
  const placeholder = leadingPlaceholder(value);
  if (placeholder === undefined) return false;
  if (placeholder === value) context.report({ messageId: 'wholeValue', path, issueCode, data: { where, value } });
  else context.report({ messageId: 'leadingPlaceholder', path, issueCode, substring: { start: 0, length: placeholder.length }, data: { where, value, placeholder } });
  return true;
}

const isArn = (value: unknown): value is string => typeof value === 'string' && value.startsWith('arn:');

/**
 * A condition key whose values are ARNs (`aws:SourceArn`, `aws:PrincipalArn`) under a String operator: there a
 * value that is or starts with a placeholder gets no other finding (under an Arn operator it is
 * condition-arn-value's "not an ARN").
 */
function takesArnsAsStrings(operator: string, key: string): boolean {
  return /^String/.test(operator.replace(/^For(?:AllValues|AnyValue):/i, '')) && holdsArns(key);
}

export default defineRule({
  id: 'arn-placeholder',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    // A whole Resource entry that is a placeholder: Access Analyzer reads it as an entry without the "arn:" prefix.
    issueCode: 'INVALID_ARN_PREFIX',
    // A placeholder is one whatever the conditions say.
    unknownCondition: false,
    docs: { description: 'Resource and condition ARNs hold no placeholders of doc examples: a name in brackets or braces, an upper-case BUCKET_NAME, or the word "region" or "account".' },
    messages: {
      wholeValue: '{{where}} "{{value}}" looks like a placeholder left from an example, not an ARN, so it matches nothing; write the ARN it stands for.',
      leadingPlaceholder: '{{where}} "{{value}}" starts with "{{placeholder}}", a placeholder left from an example, not an ARN, so it matches nothing; write the ARN it stands for.',
      placeholder: '"{{placeholder}}" in ARN "{{value}}" looks like a placeholder left from an example, so the ARN matches nothing; write {{what}}.',
    },
  },
  given: statementMatches,
  check({ value, path }, context) {
    const statement = value as NormalizedStatement;
    for (const element of ['Resource', 'NotResource'] as const) {
      const list: unknown = statement[element];
      if (!Array.isArray(list)) continue;
      list.forEach((entry: unknown, j) => {
        // `"Resource": "<role-arn>"` or `"<bucket-arn>/*"`: the one finding for the entry (arn-format leaves it
        // here, not an ARN by mistake).
        if (typeof entry === 'string' && reportLeadingPlaceholder(context, entry, [...path, element, j], `${element} entry`, 'INVALID_ARN_PREFIX')) return;
        // The Region and account fields of a resource ARN are arn-region's and arn-format's: only brackets and
        // SCREAMING_SNAKE placeholders count.
        if (!isArn(entry) || !/[<{_]/.test(entry)) return;
        const arn = parseArn(entry);
        if (arn) reportPlaceholders(context, entry, arn, [...path, element, j], arn.resource.start, false);
      });
    }
    for (const entry of conditionEntries(statement, path)) {
      if (!Array.isArray(entry.values)) continue;
      const arnStrings = takesArnsAsStrings(entry.operator, entry.key);
      entry.values.forEach((item, index) => {
        if (arnStrings && typeof item === 'string' && reportLeadingPlaceholder(context, item, [...entry.keyPath, index], `"${entry.key}" value`, null)) return;
        if (isArn(item)) reportPlaceholders(context, item, parseArn(item), [...entry.keyPath, index], 0, true);
      });
    }
  },
});
