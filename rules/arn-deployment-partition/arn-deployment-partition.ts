/**
 * The one ARN check that depends on where the policy goes rather than on the text: a valid partition other
 * than the configured one, or a partition wildcard that matches other partitions but not the configured one
 * (`arn:aws-*:` for aws). Unknown partitions and wildcards that match no partition are arn-partition's;
 * variables and placeholders (`${AWS::Partition}`) are policy-variable-syntax's or the template's.
 */
import { defineRule } from '../../src/engine/rule.js';
import { globMatches, hasWildcard } from '../../src/iam/glob.js';
import { PARTITIONS, isKnownPartition, resourceArnMatches, splitArn } from '../../src/iam/resources.js';

const KNOWN = Object.keys(PARTITIONS);

export default defineRule({
  id: 'arn-deployment-partition',
  meta: {
    category: 'correctness',
    // A warning: the ARN is valid, only this policy's destination makes it match nothing.
    severity: 'warn',
    recommended: true,
    fixable: 'none',
    issueCode: 'INVALID_PARTITION',
    docs: { description: 'Resource ARNs are in the partition the policy is deployed to (option partition, default "aws").' },
    messages: {
      otherPartition: 'ARN "{{arn}}" is in partition "{{partition}}", but the partition option says this policy is for "{{expected}}", where the ARN matches nothing; write "arn:{{expected}}:…", or "arn:${AWS::Partition}:…" in a CloudFormation template.',
      otherPartitionPattern: 'The partition pattern "{{partition}}" in ARN "{{arn}}" matches only {{matched}}, but the partition option says this policy is for "{{expected}}", where the ARN matches nothing; write "arn:{{expected}}:…", or "arn:${AWS::Partition}:…" in a CloudFormation template.',
    },
    defaultOptions: { partition: 'aws' },
    optionsSchema: {
      type: 'object',
      properties: { partition: { enum: KNOWN, description: 'The partition the policy is deployed to.' } },
      additionalProperties: false,
    },
  },
  given: resourceArnMatches,
  check({ value, path }, context) {
    const arn = value as string;
    const expected = typeof context.options.partition === 'string' ? context.options.partition : 'aws';
    // The common case first, without parsing the whole ARN.
    if (arn.startsWith(`arn:${expected}:`)) return;
    const partition = splitArn(arn)?.partition;
    if (!partition || partition.value === expected) return;
    const substring = { start: partition.start, length: partition.value.length };
    if (isKnownPartition(partition.value)) {
      context.report({ messageId: 'otherPartition', path, substring, data: { arn, partition: partition.value, expected } });
      return;
    }
    // A wildcard, compared case-sensitively like the rest of the ARN. One that matches no partition at all
    // (`aws-gov*`) is arn-partition's; variables (`${AWS::Partition}`, `${aws:…}`) and unknown names are
    // policy-variable-syntax's and arn-partition's.
    if (partition.value.includes('${') || !hasWildcard(partition.value)) return;
    if (globMatches(partition.value, expected, { caseSensitive: true })) return;
    const matched = KNOWN.filter((known) => globMatches(partition.value, known, { caseSensitive: true }));
    if (matched.length === 0) return;
    context.report({
      messageId: 'otherPartitionPattern', path, substring,
      data: { arn, partition: partition.value, expected, matched: matched.map((known) => `"${known}"`).join(', ') },
    });
  },
});
