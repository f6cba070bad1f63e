import { defineRule } from '../../src/engine/rule.js';
import {
  analysisOf, describeFormats, fieldCanBeEmpty, mayBeOwnedWithoutAccount, resourceArnMatches, type ArnFormat,
} from '../../src/iam/resources.js';

/** A format whose account is the fixed `aws` (role templates, EKS access policies, …): set, just not an ID. */
const ownedByAws = (f: ArnFormat) => f.account === 'literal' && f.format.split(':')[4] === 'aws';

export default defineRule({
  id: 'arn-account',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    issueCode: ['ARN_ACCOUNT_NOT_ALLOWED', 'MISSING_ARN_ACCOUNT'],
    docs: { description: 'The account field of a resource ARN is empty where the resource type has no account, and set where it needs one.' },
    messages: {
      notAllowed: 'ARN "{{value}}" has account "{{account}}", but {{types}} ARNs have none ({{format}}); leave the account field empty.',
      missing: 'ARN "{{value}}" has no account, but {{types}} ARNs need one ({{format}}); write the 12-digit account ID or "*".',
      missingOrAws: 'ARN "{{value}}" has no account, but {{types}} ARNs always have one, an account ID or "aws" for resources AWS owns ({{format}}); write the 12-digit account ID, "*", or "aws" for a resource AWS owns.',
    },
  },
  given: resourceArnMatches,
  check(match, context) {
    const { value, path } = match;
    const analysis = analysisOf(match);
    if (!analysis?.candidates || analysis.candidates.length === 0) return;
    const { arn, candidates } = analysis;
    const account = arn.account.value;
    if (account === '*') return; // any account, or none
    if (account === '') {
      // An empty account matches nothing when every format the entry may match has one, an ID or `aws`.
      if (candidates.every((f) => f.account === 'required' || ownedByAws(f)) && !mayBeOwnedWithoutAccount(candidates, arn.resource.value)) {
        const owned = candidates.find(ownedByAws);
        // Point at the "::" around the empty field.
        context.report({
          messageId: owned ? 'missingOrAws' : 'missing', path, issueCode: 'MISSING_ARN_ACCOUNT', substring: { start: arn.account.start - 1, length: 2 },
          data: { value, ...describeFormats(candidates), ...(owned ? { format: owned.format } : {}) },
        });
      }
      return;
    }
    if (!fieldCanBeEmpty(account) && !account.includes('${') && candidates.every((f) => f.account === 'empty')) {
      context.report({
        messageId: 'notAllowed', path, issueCode: 'ARN_ACCOUNT_NOT_ALLOWED', substring: { start: arn.account.start, length: account.length },
        data: { value, account, ...describeFormats(candidates) },
      });
    }
  },
});
