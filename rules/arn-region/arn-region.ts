import { defineRule } from '../../src/engine/rule.js';
import {
  analysisOf, classifyRegion, describeFormats, fieldCanBeEmpty, fieldIsPattern, resourceArnMatches,
} from '../../src/iam/resources.js';
import { additionalRegions, additionalRegionsOption } from '../../src/iam/allow-list.js';

export default defineRule({
  id: 'arn-region',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    issueCode: ['ARN_REGION_NOT_ALLOWED', 'MISSING_ARN_REGION', 'INVALID_ARN_REGION'],
    docs: { description: 'The Region field of a resource ARN is empty where the service has no Regions, set where it needs one, and a real Region code.' },
    messages: {
      notAllowed: 'ARN "{{value}}" has Region "{{region}}", but {{types}} ARNs have none ({{format}}); leave the Region field empty.',
      missing: 'ARN "{{value}}" has no Region, but {{types}} ARNs need one ({{format}}); write a Region code or "*".',
      invalid: '"{{region}}" in ARN "{{value}}" is not an AWS Region code; write one such as "us-east-1", or "*".',
      otherPartition: 'Region "{{region}}" belongs to partition "{{regionPartition}}", not to "{{partition}}" of ARN "{{value}}", so the ARN matches nothing; use a Region of "{{partition}}", or write the ARN in partition "{{regionPartition}}".',
      unlisted: 'Region "{{region}}" in ARN "{{value}}" is not among the {{partition}} Regions policy-lint knows; check the spelling. If AWS opened the Region recently, add it to the additionalRegions option.',
    },
    ...additionalRegionsOption(),
  },
  given: resourceArnMatches,
  check(match, context) {
    const { value, path } = match;
    const analysis = analysisOf(match);
    if (!analysis) return;
    const { arn, candidates } = analysis;
    const region = arn.region.value;
    if (region === '*') return; // any Region, or none: the most common value, decided at once
    const at = { start: arn.region.start, length: region.length };
    if (candidates && candidates.length > 0) {
      if (region === '' && candidates.every((f) => f.region === 'required')) {
        // Point at the "::" around the empty field.
        context.report({
          messageId: 'missing', path, issueCode: 'MISSING_ARN_REGION', substring: { start: arn.region.start - 1, length: 2 },
          data: { value, ...describeFormats(candidates) },
        });
        return;
      }
      // An empty account rules out the formats that need one: `arn:aws:s3:us-east-1::*` fits neither an access
      // point (which has an account) nor a bucket (which has no Region). When every format needs one
      // (`arn:aws:iam:us-east-1::role/x`), the ARN is judged against them all: arn-account reports the account.
      const withoutAccount = arn.account.value === '' ? candidates.filter((f) => f.account !== 'required') : [];
      const fitting = withoutAccount.length > 0 ? withoutAccount : candidates;
      if (!fieldCanBeEmpty(region) && !region.includes('${') && fitting.every((f) => f.region === 'empty')) {
        context.report({
          messageId: 'notAllowed', path, issueCode: 'ARN_REGION_NOT_ALLOWED', substring: at,
          data: { value, region, ...describeFormats(fitting) },
        });
        return;
      }
    }
    if (region === '' || fieldIsPattern(region)) return;
    const partition = fieldIsPattern(arn.partition.value) ? '' : arn.partition.value;
    const verdict = classifyRegion(region, partition);
    if (verdict.kind === 'invalid') {
      context.report({ messageId: 'invalid', path, issueCode: 'INVALID_ARN_REGION', substring: at, data: { value, region } });
    } else if (verdict.kind === 'other-partition') {
      context.report({
        messageId: 'otherPartition', path, issueCode: 'INVALID_ARN_REGION', substring: at,
        data: { value, region, partition, regionPartition: verdict.partition },
      });
    } else if (verdict.kind === 'unlisted' && !additionalRegions(context.options).includes(region)) {
      context.report({
        // A Region newer than the list is right: a finding deferred to the ARN rules does not give way to this one.
        messageId: 'unlisted', path, issueCode: 'INVALID_ARN_REGION', substring: at, severity: 'warn', unsure: true,
        data: { value, region, partition: verdict.partition },
      });
    }
  },
});
