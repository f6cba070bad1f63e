import { isObject, statementsOf, type NormalizedPolicy } from '../../src/engine/normalize.js';
import { defineRule } from '../../src/engine/rule.js';

/**
 * The resource types whose policies take no Resource or NotResource element: the policy applies to the
 * resource it is attached to, and the service rejects the document when a statement names one.
 */
const RESOURCE_TYPES: Record<string, { name: string; service: string; error: string }> = {
  // ECR: "Invalid parameter at 'PolicyText' failed to satisfy constraint: 'Invalid repository policy provided'".
  // Not the registry policy (AWS::ECR::RegistryPolicy), whose statements name repositories in Resource.
  'AWS::ECR::Repository': { name: 'an ECR repository', service: 'ECR', error: 'Invalid repository policy provided' },
};

export default defineRule({
  id: 'resource-element-unsupported',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    policyTypes: ['resource'],
    docs: { description: 'A statement of a policy whose resource type takes no Resource or NotResource element (an ECR repository policy: option resourceType) has none.' },
    messages: {
      unsupported: '"{{element}}" is not allowed in the policy of {{name}}, which always applies to that resource; {{service}} rejects the policy ("{{error}}"). Remove "{{element}}".',
    },
    optionsSchema: {
      type: 'object',
      properties: { resourceType: { enum: Object.keys(RESOURCE_TYPES) } },
      additionalProperties: false,
    },
  },
  // The whole policy: the option says whether there is anything to check before any statement is looked at.
  given: '$',
  check({ value: policy }, context) {
    const type = isObject(context.options) && typeof context.options.resourceType === 'string' ? RESOURCE_TYPES[context.options.resourceType] : undefined;
    if (!type) return; // the policy's resource type is not known, or takes Resource
    for (const { statement, path } of statementsOf(policy as NormalizedPolicy)) {
      for (const element of ['Resource', 'NotResource'] as const) {
        if (!Object.hasOwn(statement, element)) continue;
        context.report({ messageId: 'unsupported', path: [...path, element], target: 'key', data: { element, name: type.name, service: type.service, error: type.error } });
      }
    }
  },
});
