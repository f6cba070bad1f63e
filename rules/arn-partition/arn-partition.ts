import { denormalizePath } from '../../src/engine/normalize.js';
import { defineRule } from '../../src/engine/rule.js';
import { globMatches, hasWildcard } from '../../src/iam/glob.js';
import { PARTITIONS, isKnownPartition, resourceArnMatches, splitArn } from '../../src/iam/resources.js';

const KNOWN = Object.keys(PARTITIONS);
/** The partitions as a message lists them: values to write, so quoted. */
const QUOTED_KNOWN = KNOWN.map((known) => `"${known}"`).join(', ');

function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}

/** The partition meant, when the written one is a case or small spelling variant of exactly one. */
function closestPartition(partition: string): string | undefined {
  const lower = partition.toLowerCase();
  if (isKnownPartition(lower)) return lower;
  const close = KNOWN.filter((known) => distance(lower, known) <= 2);
  return close.length === 1 ? close[0] : undefined;
}

export default defineRule({
  id: 'arn-partition',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    issueCode: 'INVALID_PARTITION',
    docs: { description: 'The partition field of a resource ARN is an AWS partition, spelled exactly, or a wildcard that matches one.' },
    messages: {
      invalid: 'Partition "{{partition}}" in ARN "{{value}}" is not an AWS partition; use {{partitions}}, or "*".',
      didYouMean: 'Partition "{{partition}}" in ARN "{{value}}" is not an AWS partition; did you mean "{{expected}}"?',
      noMatch: 'Partition pattern "{{partition}}" in ARN "{{value}}" matches no AWS partition ({{partitions}}), so the entry matches nothing; write one of them or "*".',
      replace: 'Write "{{expected}}".',
    },
  },
  given: resourceArnMatches,
  check({ value, path }, context) {
    const arn = value as string;
    // The common case first, without parsing the whole ARN: a known partition right after `arn:`.
    const end = arn.indexOf(':', 4);
    if (end > 0 && isKnownPartition(arn.slice(4, end))) return;
    const parsed = splitArn(arn);
    if (!parsed) return;
    const partition = parsed.partition.value;
    // Variables and template placeholders (`${AWS::Partition}`) are policy-variable-syntax's.
    if (isKnownPartition(partition) || partition.includes('${')) return;
    const substring = { start: parsed.partition.start, length: partition.length };
    if (hasWildcard(partition)) {
      // A wildcard is fine while it matches some partition: `aws-gov*` (GovCloud is `aws-us-gov`) matches none.
      if (!KNOWN.some((known) => globMatches(partition, known, { caseSensitive: true }))) {
        context.report({ messageId: 'noMatch', path, substring, data: { partition, value: arn, partitions: QUOTED_KNOWN } });
      }
      return;
    }
    const expected = closestPartition(partition);
    if (expected) {
      context.report({
        messageId: 'didYouMean', path, substring, data: { partition, value: arn, expected },
        suggest: [{
          messageId: 'replace', data: { expected },
          fix: (fixer) => fixer.replaceValue(denormalizePath(context.document.value, path),
            arn.slice(0, substring.start) + expected + arn.slice(substring.start + substring.length)),
        }],
      });
      return;
    }
    context.report({ messageId: 'invalid', path, substring, data: { partition, value: arn, partitions: QUOTED_KNOWN } });
  },
});
