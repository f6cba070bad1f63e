import { defineRule } from '../../src/engine/rule.js';
import { isObject, statementMatches } from '../../src/engine/normalize.js';
import { forEachCondition } from '../../src/iam/condition-keys.js';
import { hasWildcard } from '../../src/iam/glob.js';
import { lowerKey } from '../../src/conditions/values.js';
import { quoted } from '../../src/words.js';

/**
 * The keys of the VPC endpoint's owner, which only some services put in the request context (Access Analyzer's
 * check reference names these three for USE_CONDITION_KEY_ONLY_WITH_SUPPORTED_SERVICES). The IAM database does
 * not say which services support them.
 */
const VPCE_OWNER_KEYS = new Set(['aws:vpceaccount', 'aws:vpceorgid', 'aws:vpceorgpaths']);

export default defineRule({
  id: 'vpce-key-supported-services',
  meta: {
    category: 'correctness',
    severity: 'warn',
    recommended: true,
    fixable: 'none',
    unknownCondition: false,
    unknownActions: false,
    issueCode: 'USE_CONDITION_KEY_ONLY_WITH_SUPPORTED_SERVICES',
    docs: { description: 'A statement that uses aws:VpceAccount, aws:VpceOrgID or aws:VpceOrgPaths names its services: no "Action": "*", service wildcard or NotAction.' },
    messages: {
      allServices: '"{{key}}" is set only by the AWS services that support it, but {{scope}} applies this statement to every service; name the actions of supported services in Action.',
      allRcpServices: '"{{key}}" is set only by the AWS services that support it, but {{scope}} applies this statement to every service resource control policies apply to, not only to those; name the actions of supported services in Action.',
    },
  },
  given: statementMatches,
  check({ value, path }, context) {
    if (!isObject(value) || !isObject(value.Condition)) return;
    let uses = false;
    forEachCondition(value, (_operator, key) => {
      uses ||= VPCE_OWNER_KEYS.has(lowerKey(key));
    });
    if (!uses) return;
    let scope: string | undefined;
    if (Array.isArray(value.NotAction)) scope = 'NotAction';
    else if (Array.isArray(value.Action)) {
      const open = value.Action.find((entry) => typeof entry === 'string' && (/^\*+$/.test(entry) || hasWildcard(entry.slice(0, Math.max(0, entry.indexOf(':'))))));
      if (typeof open === 'string') scope = `"Action": ${quoted(open)}`;
    }
    if (!scope) return;
    forEachCondition(value, (operator, key) => {
      if (VPCE_OWNER_KEYS.has(lowerKey(key))) {
        // In an RCP, "*" means the services RCPs apply to (S3, STS, SQS, Secrets Manager, DynamoDB…), most of which
        // do not set these keys: AWS's data perimeter RCPs test aws:VpceOrgID on S3 and KMS only.
        context.report({ messageId: context.policyType === 'rcp' ? 'allRcpServices' : 'allServices', path: [...path, 'Condition', operator, key], target: 'key', data: { key, scope } });
      }
    });
  },
});
