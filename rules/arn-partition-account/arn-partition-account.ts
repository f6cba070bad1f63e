import { defineRule } from '../../src/engine/rule.js';
import { resourceTypesOfService, serviceExists } from '../../src/iam/database.js';
import { analyzeMfa, parseArn, resourceMatchesFormat } from '../../src/iam/mfa-policy.js';

/** Partitions IAM knows (reference_identifiers.html; Access Analyzer "Invalid partition"). */
const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov', 'aws-iso', 'aws-iso-b', 'aws-iso-e', 'aws-iso-f', 'aws-eusc'];
/** IAM resource prefixes that IAM accepts but the Service Authorization Reference does not list (IAM's own error text). */
const EXTRA_IAM_PREFIXES = ['report/', 'root'];

function partitionKnown(partition: string): boolean {
  if (!/[*?]/.test(partition)) return PARTITIONS.includes(partition);
  const pattern = new RegExp(`^${partition.replace(/[.+^${}()|[\]\\-]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return PARTITIONS.some((p) => pattern.test(p));
}

function accountValid(account: string): boolean {
  if (account === '*' || account === 'aws' || /^\d{12}$/.test(account)) return true;
  if (!/^[\d*?]+$/.test(account)) return false;
  const fixed = account.replace(/\*/g, '').length;
  return account.includes('*') ? fixed <= 12 : fixed === 12;
}

/** The IAM ARN formats an IAM resource pattern can match, per text: the same ARNs recur across policies. */
const matchingCache = new Map<string, string[]>();

function iamFormatsMatching(text: string, formats: readonly string[]): string[] {
  let matching = matchingCache.get(text);
  if (!matching) {
    matching = formats.filter((format) => resourceMatchesFormat(text, format));
    if (matchingCache.size >= 10_000) matchingCache.clear();
    matchingCache.set(text, matching);
  }
  return matching;
}

export default defineRule({
  id: 'arn-partition-account',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    issueCode: ['INVALID_PARTITION', 'INVALID_ARN_ACCOUNT', 'MISSING_ARN_ACCOUNT', 'INVALID_ARN_RESOURCE'],
    docs: { description: 'Resource ARNs have a real partition; IAM ARNs have an account ID (or *) and a real IAM resource type.' },
    messages: {
      invalidPartition: '"{{partition}}" is not an AWS partition ({{partitions}}), so "{{arn}}" matches nothing.',
      otherPartition: '"{{arn}}" is in partition "{{partition}}", but the policy is for "{{expected}}" (option partition): there it matches nothing; write "arn:{{expected}}:…" or "arn:${AWS::Partition}:…" in a template.',
      emptyAccount: '"{{arn}}" has an empty account field, so it matches nothing; write "*" or the 12-digit account ID.',
      badAccount: '"{{account}}" is not an account ID (12 digits, or "*"), so "{{arn}}" matches nothing.',
      unknownIamPrefix: '"{{prefix}}" is not an IAM resource type, so "{{arn}}" matches nothing; IAM ARNs start with {{prefixes}}.',
      u2f: '"u2f/" is not an IAM resource type (security keys are MFA devices, "mfa/"): "{{arn}}" matches nothing; remove it.',
    },
    defaultOptions: { partition: 'aws' },
    optionsSchema: {
      type: 'object',
      properties: { partition: { enum: PARTITIONS, description: 'The partition the policy is deployed to.' } },
      additionalProperties: false,
    },
  },
  given: '$',
  check(_match, context) {
    const expected = typeof context.options.partition === 'string' ? context.options.partition : 'aws';
    for (const info of analyzeMfa(context.policy).statements) {
      for (const entry of [...(info.resource ?? []), ...(info.notResource ?? [])]) {
        const text = entry.value;
        const arn = parseArn(text);
        if (!arn) continue;
        const report = (messageId: string, start: number, length: number, data: Record<string, unknown>, extra: object = {}) =>
          context.report({ messageId, path: entry.path, substring: { start, length }, data: { arn: text, ...data }, ...extra });
        const service = arn.service.toLowerCase();
        const accountStart = 4 + arn.partition.length + 1 + arn.service.length + 1 + arn.region.length + 1;
        const resourceStart = accountStart + arn.account.length + 1;
        // Partition: variables are policy-variable-syntax's; CloudFormation's ${AWS::Partition} is fine.
        if (!arn.partition.includes('${')) {
          if (!partitionKnown(arn.partition)) {
            report('invalidPartition', 4, arn.partition.length, { partition: arn.partition, partitions: PARTITIONS.join(', ') }, { issueCode: 'INVALID_PARTITION' });
            continue;
          }
          if (!/[*?]/.test(arn.partition) && arn.partition !== expected) {
            report('otherPartition', 4, arn.partition.length, { partition: arn.partition, expected }, { severity: 'warn', issueCode: 'INVALID_PARTITION' });
          }
        }
        // Accounts and resource types: IAM ARNs only (other services' ARN fields are the arn-* rules' business;
        // AWS-owned resources such as `arn:aws:ssm:*::document/AWS-*` have an empty account on purpose).
        if (service !== 'iam' || !serviceExists(service)) continue;
        const formats = resourceTypesOfService(service).flatMap((type) => type.arnFormats);
        const matching = iamFormatsMatching(text, formats);
        const prefix = arn.resource.split('/')[0] + (arn.resource.includes('/') ? '/' : '');
        if (matching.length === 0 && !prefix.includes('${') && !EXTRA_IAM_PREFIXES.some((p) => arn.resource.startsWith(p))) {
          if (prefix === 'u2f/') report('u2f', resourceStart, prefix.length, {}, { severity: 'warn' });
          else {
            const prefixes = [...new Set(formats.map((f) => f.split(':').slice(5).join(':').split('${')[0]).filter((p) => p.endsWith('/')))].sort();
            report('unknownIamPrefix', resourceStart, prefix.length, { prefix, prefixes: prefixes.join(', ') }, { issueCode: 'INVALID_ARN_RESOURCE' });
          }
          continue;
        }
        // The account: required when the ARN formats of the matching resource types have one.
        const needsAccount = matching.length === 0 || matching.every((format) => parseArn(format)!.account === '${Account}');
        if (arn.account.includes('${')) continue;
        if (arn.account === '') {
          if (needsAccount) report('emptyAccount', 0, text.length, {}, { issueCode: 'MISSING_ARN_ACCOUNT' });
        } else if (!accountValid(arn.account) && needsAccount) {
          report('badAccount', accountStart, arn.account.length, { account: arn.account }, { issueCode: 'INVALID_ARN_ACCOUNT' });
        }
      }
    }
  },
});
