/**
 * What the other arn-* rules leave to this one. An unknown partition is arn-partition's, a malformed account
 * arn-format's, a missing one arn-account's, an unknown resource type arn-resource-format's; they skip
 * wildcards, and arn-account skips an empty account when a format without `${Account}` may match.
 */
import { defineRule } from '../../src/engine/rule.js';
import { PARTITIONS, analysisOf, isKnownPartition, resourceArnMatches } from '../../src/iam/resources.js';

const KNOWN = Object.keys(PARTITIONS);

/** `*` and `?` wildcards, case-sensitive as ARN fields are compared. */
function globMatch(pattern: string, text: string): boolean {
  return new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\-]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`).test(text);
}

/** A wildcard account that still fits an IAM account: 12 digits, or `aws` (AWS managed policies, role templates). */
function accountPatternFits(account: string): boolean {
  if (globMatch(account, 'aws')) return true;
  if (!/^[\d*?]+$/.test(account)) return false;
  const fixed = account.replace(/\*/g, '').length;
  return account.includes('*') ? fixed <= 12 : fixed === 12;
}

export default defineRule({
  id: 'arn-partition-account',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    issueCode: ['INVALID_PARTITION', 'INVALID_ARN_ACCOUNT', 'MISSING_ARN_ACCOUNT'],
    docs: { description: 'Resource ARNs are in the partition the policy is deployed to; wildcards in the partition, and in the account of IAM ARNs, can match something.' },
    messages: {
      otherPartition: '"{{arn}}" is in partition "{{partition}}", but the policy is for "{{expected}}" (option partition): there it matches nothing; write "arn:{{expected}}:…" or "arn:${AWS::Partition}:…" in a template.',
      partitionPattern: '"{{partition}}" matches no AWS partition ({{partitions}}), so "{{arn}}" matches nothing.',
      accountPattern: '"{{account}}" matches no account ID (12 digits), so "{{arn}}" matches nothing; write the account ID or "*".',
      emptyAccount: '"{{arn}}" has an empty account field, but every IAM ARN has one (the account ID, or "aws" for AWS-owned resources), so it matches nothing; write "*" or the 12-digit account ID.',
    },
    defaultOptions: { partition: 'aws' },
    optionsSchema: {
      type: 'object',
      properties: { partition: { enum: KNOWN, description: 'The partition the policy is deployed to.' } },
      additionalProperties: false,
    },
  },
  given: resourceArnMatches,
  check(match, context) {
    const analysis = analysisOf(match);
    if (!analysis) return;
    const text = match.value as string;
    const { partition, service, account } = analysis.arn;
    const report = (messageId: string, field: { start: number; value: string }, data: Record<string, unknown>, extra: object = {}) =>
      context.report({ messageId, path: match.path, substring: { start: field.start, length: field.value.length }, data: { arn: text, ...data }, ...extra });

    // Partition: variables are policy-variable-syntax's; CloudFormation's ${AWS::Partition} is fine.
    const expected = typeof context.options.partition === 'string' ? context.options.partition : 'aws';
    if (!partition.value.includes('${')) {
      if (/[*?]/.test(partition.value)) {
        if (!KNOWN.some((known) => globMatch(partition.value, known))) {
          report('partitionPattern', partition, { partition: partition.value, partitions: KNOWN.join(', ') }, { issueCode: 'INVALID_PARTITION' });
        }
      } else if (isKnownPartition(partition.value) && partition.value !== expected) {
        report('otherPartition', partition, { partition: partition.value, expected }, { severity: 'warn', issueCode: 'INVALID_PARTITION' });
      }
    }

    // Accounts of IAM ARNs (the self-service policies' ARNs): always 12 digits or `aws`, never empty.
    if (service.value !== 'iam' || account.value.includes('${')) return;
    if (/[*?]/.test(account.value)) {
      if (!accountPatternFits(account.value)) report('accountPattern', account, { account: account.value }, { issueCode: 'INVALID_ARN_ACCOUNT' });
      return;
    }
    // arn-account reports an empty account when every format the entry may match has ${Account}; here are
    // the entries that may also match a role template (`arn:aws:iam::aws:role-template/…`), such as "arn:aws:iam:::*".
    const candidates = analysis.candidates ?? [];
    if (account.value === '' && candidates.some((f) => f.account !== 'required') &&
      candidates.every((f) => f.account === 'required' || f.account === 'literal')) {
      // Point at the "::" around the empty field, as arn-account does.
      context.report({ messageId: 'emptyAccount', path: match.path, substring: { start: account.start - 1, length: 2 }, data: { arn: text }, issueCode: 'MISSING_ARN_ACCOUNT' });
    }
  },
});
