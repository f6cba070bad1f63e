/**
 * The one ARN check that depends on where the policy goes rather than on the text: a valid partition other
 * than the configured one. Unknown partitions and wildcards are arn-partition's.
 */
import { defineRule } from '../../src/engine/rule.js';
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
    docs: { description: 'Resource ARNs are in the partition the policy is deployed to (option partition, default aws).' },
    messages: {
      otherPartition: '"{{arn}}" is in partition "{{partition}}", but the policy is for "{{expected}}" (option partition): there it matches nothing; write "arn:{{expected}}:…" or "arn:${AWS::Partition}:…" in a template.',
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
    // Only known partitions: wildcards, variables and unknown names are arn-partition's (or policy-variable-syntax's).
    if (!partition || !isKnownPartition(partition.value) || partition.value === expected) return;
    context.report({
      messageId: 'otherPartition', path, substring: { start: partition.start, length: partition.value.length },
      data: { arn, partition: partition.value, expected },
    });
  },
});
