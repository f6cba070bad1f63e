/**
 * A policy's resource type as the rules' `resourceType` option: what a template's resource says of its policy
 * (an `AWS::EC2::VPCEndpoint`'s PolicyDocument), and what the config's `resourceType` says of a policy file's.
 */
import type { EnabledRule } from './linter.js';

const rulesByResourceType = new WeakMap<readonly EnabledRule[], Map<string, readonly EnabledRule[]>>();

/**
 * The rules with the resource's type as their `resourceType` option (resource-policy-scope, resource-policy-size,
 * principal-public-access, kms-key-policy-lockout, resource-element-unsupported…): the resource says what the
 * policy is for, as it says the policy type. A rule whose option does not list the type loses the configured
 * one, which names another resource. Made once per list and type (the same list for every file that gets it).
 */
export function rulesForResourceType(rules: readonly EnabledRule[], resourceType: string): readonly EnabledRule[] {
  let byType = rulesByResourceType.get(rules);
  if (!byType) rulesByResourceType.set(rules, (byType = new Map()));
  let located = byType.get(resourceType);
  if (!located) {
    located = rules.map((enabled) => {
      const option = resourceTypeOption(enabled.rule);
      if (!option) return enabled;
      const { resourceType: _configured, ...options } = enabled.options ?? {};
      return { ...enabled, options: option.enum?.includes(resourceType) ? { ...options, resourceType } : options };
    });
    byType.set(resourceType, located);
  }
  return located;
}

/** The schema of a rule's `resourceType` option, if it has one. */
export function resourceTypeOption(rule: EnabledRule['rule']): { enum?: unknown[] } | undefined {
  return (rule.meta.optionsSchema as { properties?: Record<string, { enum?: unknown[] }> } | undefined)?.properties?.resourceType;
}
