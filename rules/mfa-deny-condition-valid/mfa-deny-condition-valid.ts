import { parseOperator as parseIamOperator, splitOperator } from '../../src/conditions/operator.js';
import { isObject } from '../../src/engine/normalize.js';
import { defineRule } from '../../src/engine/rule.js';
import { filePath } from '../../src/iam/mfa-fixes.js';
import { analyzeMfa, booleanOf, isMfaLookalike, mfaKeyKind } from '../../src/iam/mfa-policy.js';

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
      renameKey: 'Rename the key to "{{suggestion}}".',
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
        // An operator IAM does not know is condition-operator-valid's (with a fix for the letter case).
        if (!parseIamOperator(entry.operator)) continue;
        const { qualifier, base, ifExists } = splitOperator(entry.operator);
        if (lookalike) {
          const consequence = ifExists ? 'always applies, even to requests made with MFA' : base === 'Null' ? 'follows only the Null test' : 'never applies';
          const suggestion = /age/i.test(entry.key) ? 'aws:MultiFactorAuthAge' : 'aws:MultiFactorAuthPresent';
          const block = (info.statement.Condition as Record<string, unknown>)[entry.operator];
          // Renaming onto a key the block already has would make a duplicate key.
          const taken = isObject(block) && Object.keys(block).some((key) => key.toLowerCase() === suggestion.toLowerCase());
          // Also an unknown key to condition-key-exists: this finding says what it does to the deny.
          context.report({ messageId: 'lookalikeKey', path: entry.keyPath, target: 'key', replaces: 'condition-key-exists',
            data: { key: entry.key, consequence, suggestion },
            suggest: taken ? undefined : [{ messageId: 'renameKey', data: { suggestion },
              fix: (fixer) => fixer.renameKey(filePath(context, entry.keyPath), suggestion) }] });
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
            // Also several values to condition-bool-value: this finding says which one to keep.
            context.report({ messageId: 'multipleValues', path: entry.keyPath, target: 'key', replaces: 'condition-bool-value',
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
