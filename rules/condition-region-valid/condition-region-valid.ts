import type { Fixer } from '../../src/engine/fixer.js';
import { defineRule } from '../../src/engine/rule.js';
import { conditionStatementMatches, isObject } from '../../src/engine/normalize.js';
import { parseOperator } from '../../src/conditions/operator.js';
import { closest, suggestionLimit } from '../../src/iam/suggest.js';
import { elementType, forEachCondition, resolveConditionKey } from '../../src/iam/condition-keys.js';
import { hasWildcard } from '../../src/iam/glob.js';
import { additionalRegions, additionalRegionsOption } from '../../src/iam/allow-list.js';
import { PARTITIONS } from '../../src/iam/resources.js';

/**
 * The AWS Regions and each partition's Region pattern: src/iam/resources.ts's PARTITIONS, copied from the AWS
 * SDK's endpoint data (`@aws-sdk/core` 3.981.0, the same data as botocore's `endpoints.json`), without the SDK's
 * pseudo-Regions (`aws-global`, `aws-cn-global`, …). The IAM database has no list of Regions.
 */
export const REGIONS_SOURCE = '@aws-sdk/core 3.981.0';
const REGION_PATTERNS = Object.values(PARTITIONS).map((partition) => partition.regionPattern);
const KNOWN = new Set(Object.values(PARTITIONS).flatMap((partition) => partition.regions));

/**
 * Keys whose values are Region codes: `aws:RequestedRegion`, `ec2:Region` and every key the database types
 * String (or ArrayOfString) whose name ends with `Region` or `Regions` (`kms:ReplicaRegion`,
 * `cloudformation:TargetRegion`), except the `…MultiRegion` flags.
 */
function holdsRegion(key: string): boolean {
  if (!/Regions?$/i.test(key)) return false;
  const name = key.slice(key.indexOf(':') + 1);
  if (!/Regions?$/i.test(name) || /MultiRegion$/i.test(name)) return false;
  const resolution = resolveConditionKey(key);
  return (resolution.kind === 'global' || resolution.kind === 'service') && elementType(resolution.type) === 'String';
}

export default defineRule({
  id: 'condition-region-valid',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    unknownCondition: false,
    issueCode: 'INVALID_REGION',
    docs: { description: 'Condition keys that hold a Region are compared with real AWS Region codes.' },
    messages: {
      malformed: '"{{value}}" is not an AWS Region code: "{{key}}" holds a Region such as "us-east-1", so this value never matches.{{hint}}',
      unknown: '"{{value}}" has the form of a Region code but is not in the AWS SDK\'s list of Regions ({{source}}).{{hint}} If it is a new Region, add it to the additionalRegions option.',
      replace: 'Replace with "{{suggestion}}".',
    },
    ...additionalRegionsOption(),
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value)) return;
    const additional = additionalRegions(context.options);
    forEachCondition(value, (operator, key, values) => {
      if (!holdsRegion(key) || !Array.isArray(values)) return;
      const parsed = parseOperator(operator);
      if (!parsed || parsed.family !== 'String') return;
      const keyPath = [...path, 'Condition', operator, key];
      const ignoreCase = parsed.base.endsWith('IgnoreCase');
      values.forEach((item, index) => {
        // Patterns and variables are not checked: "eu-*" is fine, and a variable is known only at request time.
        if (typeof item !== 'string' || item.includes('${') || (parsed.wildcards && hasWildcard(item))) return;
        const region = ignoreCase ? item.toLowerCase() : item;
        if (KNOWN.has(region) || additional.includes(region)) return;
        const suggestion = closest(region.trim(), [...KNOWN, ...additional], Math.max(2, suggestionLimit(region.length)));
        const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
        const valuePath = [...keyPath, index];
        const suggest = suggestion ? [{ messageId: 'replace', data: { suggestion }, fix: (fixer: Fixer) => fixer.replaceValue(valuePath, suggestion) }] : undefined;
        if (REGION_PATTERNS.some((pattern) => pattern.test(region))) {
          context.report({ messageId: 'unknown', path: valuePath, data: { value: item, source: REGIONS_SOURCE, hint }, severity: 'warn', suggest });
        } else {
          context.report({ messageId: 'malformed', path: valuePath, data: { value: item, key, hint }, suggest });
        }
      });
    });
  },
});
