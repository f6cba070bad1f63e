import type { Fixer } from '../../src/engine/fixer.js';
import { defineRule } from '../../src/engine/rule.js';
import { conditionStatementMatches, isObject } from '../../src/engine/normalize.js';
import { parseOperator, type OperatorFamily } from '../../src/conditions/operator.js';
import { elementType, forEachCondition, resolveConditionKey } from '../../src/iam/condition-keys.js';

/**
 * The operator families each key type accepts, and how to name them in a message. Null fits every key.
 * Conservative choices (see the doc): ARN operators also fit String keys (ARNs are strings), Numeric
 * operators fit Date keys (`aws:EpochTime` is documented with both), and String operators other than
 * StringLike/StringNotLike fit ARN keys. Binary operators are never reported: no key has a binary type.
 */
const FITS: Record<string, { families: readonly OperatorFamily[]; allowed: string }> = {
  String: { families: ['String', 'Arn'], allowed: 'a String operator ("StringEquals", "StringLike", …)' },
  ARN: { families: ['Arn', 'String'], allowed: 'an ARN operator ("ArnEquals", "ArnLike", …)' },
  Bool: { families: ['Bool'], allowed: 'the Bool operator' },
  Numeric: { families: ['Numeric'], allowed: 'a Numeric operator ("NumericEquals", "NumericLessThan", …)' },
  Date: { families: ['Date', 'Numeric'], allowed: 'a Date operator ("DateGreaterThan", "DateLessThan", …)' },
  IPAddress: { families: ['IpAddress'], allowed: '"IpAddress" or "NotIpAddress"' },
};

/**
 * Keys that the IAM database types as String although their values are numbers and AWS documents them with
 * Numeric operators (Amazon S3 Glacier's vault lock examples: `"NumericLessThan": {"glacier:ArchiveAgeInDays": "365"}`).
 * Lower-case, as condition keys compare case-insensitively.
 */
const NUMERIC_STRING_KEYS = new Set(['glacier:archiveageindays']);

/**
 * Whether a StringLike pattern matches the same ARNs as the ArnLike one: an ARN with its partition, service,
 * Region and account written out, so that its `*` and `?` can only be in the resource part, where ArnLike matches
 * with the same wildcards (`arn:aws:lambda:us-east-1:111122223333:function:*`, as AWS documents ECR's policy for
 * Lambda). Policy variables and template placeholders are read as literal text (their values have no wildcard,
 * `${*}` is an escaped `*`); values that are not strings are not judged so (templates' functions).
 */
function wildcardsOnlyInResource(values: unknown): boolean {
  const list = Array.isArray(values) ? values : [values];
  return list.length > 0 && list.every((value) => {
    if (typeof value !== 'string') return false;
    const parts = value.replace(/\$\{[^}]*\}/g, 'x').split(':');
    return parts.length >= 6 && parts[0] === 'arn' && parts.slice(1, 5).every((part) => !/[*?]/.test(part));
  });
}

export default defineRule({
  id: 'condition-operator-type',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    unknownCondition: false,
    issueCode: ['TYPE_MISMATCH', 'STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS'],
    docs: { description: 'Condition operators fit the type of their key; ARN keys are matched with ARN operators, not StringLike.' },
    messages: {
      mismatch: '"{{operator}}" does not fit "{{key}}", {{article}} {{type}} key: use {{allowed}}.',
      stringLikeArn: '"{{key}}" is an ARN key: "{{operator}}" lets a "*" match across the ":"-separated parts of the ARN (its account, Region or service); use "{{suggested}}", which matches each part separately.',
      stringLikeArnSame: '"{{key}}" is an ARN key: use "{{suggested}}" rather than "{{operator}}" (Access Analyzer reports every String…Like operator on an ARN key); here both match the same ARNs, as the values write out the partition, service, Region and account.',
      stringLikeArnDeny: '"{{key}}" is an ARN key: use "{{suggested}}" rather than "{{operator}}" (Access Analyzer reports every String…Like operator on an ARN key); in this Deny, "{{operator}}" matches every ARN "{{suggested}}" matches and maybe more, so it can deny more but never allow more.',
      stringNotLikeArnAllow: '"{{key}}" is an ARN key: use "{{suggested}}" rather than "{{operator}}" (Access Analyzer reports every String…Like operator on an ARN key); in this Allow, "{{operator}}" excludes every ARN "{{suggested}}" excludes and maybe more, so it can allow less but never allow more.',
      renameOperator: 'Use "{{operator}}".',
    },
  },
  given: conditionStatementMatches,
  check({ value, path }, context) {
    if (!isObject(value)) return;
    const condition = value.Condition;
    if (!isObject(condition)) return;
    forEachCondition(value, (operator, key, values) => {
      const parsed = parseOperator(operator);
      if (!parsed || parsed.family === 'Null' || parsed.family === 'Binary') return;
      const resolution = resolveConditionKey(key);
      if ((resolution.kind !== 'global' && resolution.kind !== 'service') || !resolution.type) return;
      const type = elementType(resolution.type);
      const fits = FITS[type];
      if (!fits) return;
      if (type === 'ARN' && parsed.family === 'String' && parsed.wildcards) {
        const operatorPath = [...path, 'Condition', operator];
        const keyPath = [...operatorPath, key];
        // StringLike → ArnLike, StringNotLike → ArnNotLike, keeping the qualifier and IfExists.
        const suggested = operator.replace(parsed.base, parsed.negated ? 'ArnNotLike' : 'ArnLike');
        const block = condition[operator];
        const alone = isObject(block) && Object.keys(block).length === 1 && !Object.hasOwn(condition, suggested);
        // A pattern whose wildcards are all in the resource part matches what the ARN operator would: a warning
        // that keeps Access Analyzer's finding, not an error about a "*" that cannot cross into the account.
        const same = wildcardsOnlyInResource(values);
        // A string pattern matches every ARN the ARN pattern matches, and maybe more. In a Deny, a positive one (not
        // StringNotLike) can then only deny more: a warning too (the SCP that denies the root user with
        // "arn:aws:iam::*:root"). The mirror, a negated one in an Allow, excludes more, so it can only allow less: a
        // warning as well. A negated one in a Deny exempts more, a positive one in an Allow allows more: errors.
        const denyOnly = !same && value.Effect === 'Deny' && !parsed.negated;
        const allowLess = !same && value.Effect === 'Allow' && parsed.negated;
        context.report({
          messageId: same ? 'stringLikeArnSame' : denyOnly ? 'stringLikeArnDeny' : allowLess ? 'stringNotLikeArnAllow' : 'stringLikeArn', path: keyPath, target: 'key', data: { key, operator, suggested },
          issueCode: 'STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS', ...(same || denyOnly || allowLess ? { severity: 'warn' as const } : {}),
          suggest: alone ? [{ messageId: 'renameOperator', data: { operator: suggested }, fix: (fixer: Fixer) => fixer.renameKey(operatorPath, suggested) }] : undefined,
        });
        return;
      }
      if (fits.families.includes(parsed.family)) return;
      if (parsed.family === 'Numeric' && type === 'String' && NUMERIC_STRING_KEYS.has(key.toLowerCase())) return;
      // The paths are made only for a finding: this runs for every typed key of every condition.
      context.report({
        messageId: 'mismatch', path: [...path, 'Condition', operator, key], target: 'key', data: { key, operator, type: resolution.type, article: /^[AEIOU]/.test(resolution.type) ? 'an' : 'a', allowed: fits.allowed },
        issueCode: 'TYPE_MISMATCH', severity: 'warn',
      });
    });
  },
});
