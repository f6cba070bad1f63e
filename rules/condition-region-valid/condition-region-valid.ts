import type { Fixer } from '../../src/engine/fixer.js';
import { defineRule } from '../../src/engine/rule.js';
import { conditionStatementMatches, isObject } from '../../src/engine/normalize.js';
import { parseOperator } from '../../src/conditions/operator.js';
import { closest, suggestionLimit } from '../../src/iam/suggest.js';
import { elementType, forEachCondition, resolveConditionKey } from '../../src/iam/condition-keys.js';
import { hasWildcard } from '../../src/iam/glob.js';
import { additionalRegions, additionalRegionsOption } from '../../src/iam/allow-list.js';

/**
 * The AWS Regions and each partition's Region pattern, copied from the AWS SDK's endpoint data
 * (`@aws-sdk/core` 3.981.0, `submodules/client/util-endpoints/lib/aws/partitions.js`, the same data as
 * botocore's `endpoints.json`), without the SDK's pseudo-Regions (`aws-global`, `aws-cn-global`, …). The IAM
 * database has no list of Regions.
 */
export const REGIONS_SOURCE = '@aws-sdk/core 3.981.0';
const PARTITIONS: ReadonlyArray<{ pattern: RegExp; regions: readonly string[] }> = [
  {
    pattern: /^(us|eu|ap|sa|ca|me|af|il|mx)-\w+-\d+$/,
    regions: [
      'af-south-1', 'ap-east-1', 'ap-east-2', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-south-1',
      'ap-south-2', 'ap-southeast-1', 'ap-southeast-2', 'ap-southeast-3', 'ap-southeast-4', 'ap-southeast-5',
      'ap-southeast-6', 'ap-southeast-7', 'ca-central-1', 'ca-west-1', 'eu-central-1', 'eu-central-2', 'eu-north-1',
      'eu-south-1', 'eu-south-2', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'il-central-1', 'me-central-1',
      'me-south-1', 'me-west-1', 'mx-central-1', 'sa-east-1', 'sa-west-1', 'us-east-1', 'us-east-2', 'us-west-1',
      'us-west-2',
    ],
  },
  { pattern: /^cn-\w+-\d+$/, regions: ['cn-north-1', 'cn-northwest-1'] },
  { pattern: /^eusc-(de)-\w+-\d+$/, regions: ['eusc-de-east-1'] },
  { pattern: /^us-iso-\w+-\d+$/, regions: ['us-iso-east-1', 'us-iso-west-1'] },
  { pattern: /^us-isob-\w+-\d+$/, regions: ['us-isob-east-1', 'us-isob-west-1'] },
  { pattern: /^eu-isoe-\w+-\d+$/, regions: ['eu-isoe-west-1'] },
  { pattern: /^us-isof-\w+-\d+$/, regions: ['us-isof-east-1', 'us-isof-south-1'] },
  { pattern: /^us-gov-\w+-\d+$/, regions: ['us-gov-east-1', 'us-gov-west-1'] },
];
const KNOWN = new Set(PARTITIONS.flatMap((p) => p.regions));

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
        if (PARTITIONS.some((partition) => partition.pattern.test(region))) {
          context.report({ messageId: 'unknown', path: valuePath, data: { value: item, source: REGIONS_SOURCE, hint }, severity: 'warn', suggest });
        } else {
          context.report({ messageId: 'malformed', path: valuePath, data: { value: item, key, hint }, suggest });
        }
      });
    });
  },
});
