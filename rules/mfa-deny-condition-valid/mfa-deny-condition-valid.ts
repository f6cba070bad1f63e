import { editDistance } from '../../src/edit-distance.js';
import { defineRule } from '../../src/engine/rule.js';
import { filePath } from '../../src/iam/mfa-fixes.js';
import { analyzeMfa, booleanOf, isMfaLookalike, mfaKeyKind, parseOperator } from '../../src/iam/mfa-policy.js';

const BASES = [
  'StringEquals', 'StringNotEquals', 'StringEqualsIgnoreCase', 'StringNotEqualsIgnoreCase', 'StringLike', 'StringNotLike',
  'NumericEquals', 'NumericNotEquals', 'NumericLessThan', 'NumericLessThanEquals', 'NumericGreaterThan', 'NumericGreaterThanEquals',
  'DateEquals', 'DateNotEquals', 'DateLessThan', 'DateLessThanEquals', 'DateGreaterThan', 'DateGreaterThanEquals',
  'Bool', 'BinaryEquals', 'IpAddress', 'NotIpAddress', 'ArnEquals', 'ArnLike', 'ArnNotEquals', 'ArnNotLike',
];
/** Every operator without a set qualifier (IAM spells them case-sensitively; Null has no IfExists form). */
const OPERATORS = [...BASES, ...BASES.map((b) => `${b}IfExists`), 'Null'];

function isOperator(operator: string): boolean {
  const { qualifier, base, ifExists } = parseOperator(operator);
  if (qualifier !== undefined && qualifier !== 'ForAllValues' && qualifier !== 'ForAnyValue') return false;
  return base === 'Null' ? !ifExists : BASES.includes(base);
}

function closestOperator(operator: string): string | undefined {
  const colon = operator.indexOf(':');
  const prefix = colon >= 0 ? operator.slice(0, colon + 1) : '';
  const name = operator.slice(prefix.length);
  const lower = name.toLowerCase();
  if (lower === 'nullifexists') return 'Null';
  let best: string | undefined;
  let bestDistance = 4;
  for (const candidate of OPERATORS) {
    const distance = candidate.toLowerCase() === lower ? 0 : editDistance(lower, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const fixedPrefix = /^forallvalues:$/i.test(prefix) ? 'ForAllValues:' : /^foranyvalue:$/i.test(prefix) ? 'ForAnyValue:' : prefix;
  return best ? fixedPrefix + best : undefined;
}


export default defineRule({
  id: 'mfa-deny-condition-valid',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    unknownCondition: false,
    unknownActions: false,
    docs: { description: 'An MFA deny uses the exact MFA keys, valid operators of their type and no set qualifier, with values that deny without MFA: one lowercase boolean, or seconds.' },
    messages: {
      operatorTypo: '"{{operator}}" is not a condition operator, so IAM rejects the policy; use "{{suggestion}}".',
      unknownOperator: '"{{operator}}" is not a condition operator, so IAM rejects the policy; write one such as "BoolIfExists" (operator names are case-sensitive).',
      lookalikeKey: '"{{key}}" is not an AWS condition key, so it is never in the request and this Deny {{consequence}}; use "{{suggestion}}".',
      qualifier: '"{{operator}}" is for multivalued keys, and "{{key}}" has a single value; use "{{plain}}".',
      multipleValues: '"{{key}}" is compared with {{values}}, and a condition matches when any one of its values does, so this Deny applies whether or not MFA was used; use only "{{right}}".',
      nullFalse: '"Null": false means "{{key}}" is present, so this Deny applies to requests made with MFA; use "true".',
      denyTrue: 'This Deny applies when "{{key}}" is "true", that is to requests made with MFA; use "false" to deny requests without MFA.',
      notBoolean: '{{value}} is not a boolean, so the condition on "{{key}}" does not work as intended; use "false".',
      letterCase: 'Write the boolean {{value}} in lower case: "{{lower}}".',
      notNumber: '{{value}} is not a number of seconds, so the condition on "{{key}}" never matches; use a whole number such as "3600".',
      ageInverted: '"{{operator}}" on "{{key}}" makes this Deny apply to requests made with recent MFA, the ones it should let through; use "NumericGreaterThanIfExists" (deny when MFA is older than the limit, or absent).',
      wrongOperator: '"{{key}}" is a {{type}} key; under "{{operator}}" the condition does not test it as intended; use {{expected}}.',
    },
  },
  given: '$',
  check(_match, context) {
    for (const info of analyzeMfa(context.policy).statements) {
      if (info.effect !== 'Deny') continue;
      for (const entry of info.conditions) {
        const kind = mfaKeyKind(entry.key);
        const lookalike = isMfaLookalike(entry.key);
        if (!kind && !lookalike) continue;
        const { qualifier, base, ifExists } = parseOperator(entry.operator);
        if (!isOperator(entry.operator)) {
          const suggestion = closestOperator(entry.operator);
          context.report({ messageId: suggestion ? 'operatorTypo' : 'unknownOperator', path: entry.operatorPath, target: 'key',
            data: { operator: entry.operator, suggestion } });
          continue;
        }
        if (lookalike) {
          const consequence = ifExists ? 'always applies, even to requests made with MFA' : base === 'Null' ? 'follows only the Null test' : 'never applies';
          context.report({ messageId: 'lookalikeKey', path: entry.keyPath, target: 'key',
            data: { key: entry.key, consequence, suggestion: /age/i.test(entry.key) ? 'aws:MultiFactorAuthAge' : 'aws:MultiFactorAuthPresent' } });
          continue;
        }
        if (qualifier) {
          context.report({ messageId: 'qualifier', path: entry.operatorPath, target: 'key',
            data: { operator: entry.operator, key: entry.key, plain: entry.operator.slice(qualifier.length + 1) } });
          continue;
        }
        const booleanKey = kind === 'present' || base === 'Null';
        if (kind === 'present' && base !== 'Bool' && base !== 'Null') {
          context.report({ messageId: 'wrongOperator', path: entry.operatorPath, target: 'key',
            data: { key: entry.key, type: 'Bool', operator: entry.operator, expected: '"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}' } });
          continue;
        }
        if (kind === 'age' && !base.startsWith('Numeric') && base !== 'Null') {
          context.report({ messageId: 'wrongOperator', path: entry.operatorPath, target: 'key',
            data: { key: entry.key, type: 'Numeric', operator: entry.operator, expected: '"NumericGreaterThanIfExists" with a number of seconds' } });
          continue;
        }
        // The Allow gate's comparison kept in a Deny: it blocks whoever just used MFA.
        if (kind === 'age' && base.startsWith('NumericLessThan')) {
          context.report({ messageId: 'ageInverted', path: entry.operatorPath, target: 'key', data: { operator: entry.operator, key: entry.key } });
          continue;
        }
        if (booleanKey) {
          const meanings = entry.values.map(booleanOf);
          if (new Set(meanings).size > 1) {
            context.report({ messageId: 'multipleValues', path: entry.keyPath, target: 'key',
              data: { key: entry.key, values: JSON.stringify(entry.values), right: base === 'Null' ? 'true' : 'false' } });
            continue;
          }
          entry.values.forEach((value, i) => {
            const meaning = booleanOf(value);
            const valuePath = [...entry.keyPath, i];
            if (meaning === undefined) {
              // null, objects and nested arrays break the grammar: schema reports them.
              if (!isScalar(value)) return;
              context.report({ messageId: 'notBoolean', path: valuePath, data: { value: JSON.stringify(value), key: entry.key } });
            } else if (typeof value === 'string' && value !== value.toLowerCase()) {
              context.report({ messageId: 'letterCase', path: valuePath, data: { value: JSON.stringify(value), lower: value.toLowerCase() },
                fix: (fixer) => fixer.replaceValue(filePath(context, valuePath), value.toLowerCase()) });
            } else if (meaning && base === 'Bool') {
              context.report({ messageId: 'denyTrue', path: valuePath, data: { key: entry.key } });
            } else if (!meaning && base === 'Null') {
              context.report({ messageId: 'nullFalse', path: valuePath, data: { key: entry.key } });
            }
          });
          continue;
        }
        entry.values.forEach((value, i) => {
          if (!isScalar(value)) return; // schema's
          if (typeof value === 'number' ? Number.isInteger(value) && value >= 0 : typeof value === 'string' && /^\d+$/.test(value)) return;
          context.report({ messageId: 'notNumber', path: [...entry.keyPath, i], data: { value: JSON.stringify(value), key: entry.key } });
        });
      }
    }
  },
});

/** A value of a JSON type a condition value may have; others are grammar errors, reported by schema. */
function isScalar(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean';
}
