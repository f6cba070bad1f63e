import { defineRule } from '../../src/engine/rule.js';
import { conditionEntries, isObject, type ConditionEntry, type NormalizedStatement } from '../../src/engine/normalize.js';
import { principalEntries } from '../../src/principals/principals.js';
import { falseWhenKeyMissing, parseOperator } from '../../src/conditions/operator.js';

/** The IAM Roles Anywhere service principal (IAM Roles Anywhere User Guide, "Trust model", Role trusts). */
const ROLES_ANYWHERE = 'rolesanywhere.amazonaws.com';

/**
 * Keys that name the certificate: the principal tags IAM Roles Anywhere maps from the subject, issuer and
 * subject alternative name of the end-entity certificate ("Certificate attribute mapping", "Mapping identities
 * to your workloads"), and sts:SourceIdentity, which it sets to the subject's common name ("Trust model").
 */
const CERTIFICATE_TAG_PREFIXES = ['aws:principaltag/x509subject/', 'aws:principaltag/x509issuer/', 'aws:principaltag/x509san/'];
const isCertificateTag = (key: string) => CERTIFICATE_TAG_PREFIXES.some((prefix) => key.startsWith(prefix));
const isCertificateKey = (key: string) => isCertificateTag(key) || key === 'sts:sourceidentity';

/**
 * A value that a wildcard operator matches to everything: only `*` and `?`, or for aws:SourceArn an ARN whose
 * resource part matches any trust anchor (`…:trust-anchor/*`, `…:123456789012:*`).
 */
function matchesAny(value: unknown, key: string): boolean {
  if (typeof value !== 'string') return false;
  if (/^[*?]+$/.test(value)) return true;
  if (key !== 'aws:sourcearn') return false;
  const resource = value.split(':').slice(5).join(':');
  return /^(?:trust-anchor\/)?[*?]*\*[*?]*$/i.test(resource);
}

/**
 * Whether a condition entry limits the request to the values it lists: a positive operator that is false when
 * the key is missing (not negated, not `…IfExists`, not `ForAllValues`, not `Null`), with no value that a
 * wildcard operator matches to everything.
 */
function scopes(entry: ConditionEntry, key: string): boolean {
  const parsed = parseOperator(entry.operator);
  if (parsed === undefined || parsed.negated || parsed.family === 'Null') return false;
  if (!falseWhenKeyMissing(parsed, entry.values)) return false;
  return !(parsed.wildcards && entry.values.some((value) => matchesAny(value, key)));
}

export default defineRule({
  id: 'roles-anywhere-trust-condition',
  meta: {
    category: 'security',
    severity: 'warn',
    recommended: true,
    fixable: 'none',
    unknownCondition: { statement: ['missingCondition', 'negatedCertificate'] },
    policyTypes: ['trust'],
    docs: { description: 'An Allow to rolesanywhere.amazonaws.com is conditioned on the trust anchor (aws:SourceArn) or certificate (aws:PrincipalTag/x509…) by a positive operator.' },
    messages: {
      missingCondition: 'IAM Roles Anywhere ("{{principal}}") is trusted without a condition on the trust anchor ("aws:SourceArn") or the certificate ("aws:PrincipalTag/x509Subject/CN", …), so a certificate issued by the CA of any trust anchor can assume the role through a profile that lists it; add "ArnEquals": { "aws:SourceArn": "arn:aws:rolesanywhere:<region>:<account>:trust-anchor/<id>" } and a condition on the certificate\'s subject.',
      negatedCertificate: '"{{key}}" under {{operator}} is true for a certificate whose attribute the profile does not map (IAM Roles Anywhere then sets no such tag), so it excludes nothing once the attribute mapping leaves it out; require the attribute with a positive operator, or add "Null": { "{{key}}": "false" }.',
    },
  },
  given: '$.Statement[*]',
  check({ value, path }, context) {
    if (!isObject(value) || value.Effect !== 'Allow') return;
    const statement = value as NormalizedStatement;
    const services = principalEntries(statement, path).filter((entry) =>
      entry.type === 'Service' && typeof entry.value === 'string' && entry.value.toLowerCase() === ROLES_ANYWHERE);
    if (services.length === 0) return;
    const conditions = conditionEntries(statement, path);

    const scoped = conditions.some((entry) => {
      const key = entry.key.toLowerCase();
      return (key === 'aws:sourcearn' || isCertificateKey(key)) && scopes(entry, key);
    });
    if (!scoped) {
      for (const entry of services) {
        context.report({ messageId: 'missingCondition', path: entry.path, data: { principal: entry.value as string } });
      }
    }

    // "Attribute mapping and trust policy": a negated condition on a principal tag the profile does not map is true.
    const required = new Set(conditions.filter((entry) => entry.operator === 'Null'
      && entry.values.every((v) => v === false || (typeof v === 'string' && v.toLowerCase() === 'false')))
      .map((entry) => entry.key.toLowerCase()));
    for (const entry of conditions) {
      const key = entry.key.toLowerCase();
      if (!isCertificateTag(key) || required.has(key)) continue;
      const parsed = parseOperator(entry.operator);
      if (parsed === undefined || !parsed.negated) continue;
      context.report({ messageId: 'negatedCertificate', path: entry.keyPath, target: 'key', data: { key: entry.key, operator: entry.operator } });
    }
  },
});
