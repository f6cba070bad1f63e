import { defineRule } from '../../src/engine/rule.js';
import { isObject, statementMatches, type NormalizedStatement } from '../../src/engine/normalize.js';
import { principalEntries } from '../../src/principals/principals.js';
import { hasWildcard } from '../../src/iam/glob.js';
import { reportStrayWhitespace } from '../../src/engine/stray-whitespace.js';

/**
 * The forms IAM accepts in `"AWS"`: an account ID, an IAM or STS ARN of an account (a CloudFront origin access
 * identity's account field is `cloudfront`), a unique ID (principal-unique-id warns about those), or "*".
 */
const ACCOUNT_ID = /^\d{12}$/;
const PRINCIPAL_ARN = /^arn:[a-z-]+:(iam|sts)::\d{12}:.+$/;
/** A CloudFront origin access identity: a space, not a "/", before its ID (`E2QWRUHAPOMQZL`). */
const OAI = /^arn:[a-z-]+:iam::cloudfront:user\/CloudFront Origin Access Identity [A-Z0-9]+$/;
const UNIQUE_ID = /^A(ROA|IDA)[A-Z0-9]{16,124}$/;

export default defineRule({
  id: 'principal-aws-format',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    policyTypes: ['resource', 'trust'],
    docs: { description: 'An "AWS" principal is "*", a 12-digit account ID, or an IAM or STS ARN of an account.' },
    messages: {
      digits: '"AWS" principal "{{value}}" has {{count}} digits, but an account ID has 12 (was a leading zero lost, or a digit dropped?); IAM rejects the policy as having an invalid principal.',
      oai: '"AWS" principal "{{value}}" is not a CloudFront origin access identity, which is written "arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity <ID>", with a space before the ID; IAM rejects the policy as having an invalid principal.',
      whitespace: '"AWS" principal "{{value}}" {{where}} whitespace, and no account ID, user, role or session name has any; IAM rejects the policy as having an invalid principal.',
      trim: 'Remove the whitespace: "{{trimmed}}".',
      notPrincipal: '"AWS" principal "{{value}}" is not an account ID (12 digits), an IAM or STS ARN such as "arn:aws:iam::111122223333:role/name", or "*"; IAM rejects the policy as having an invalid principal.',
    },
  },
  given: statementMatches,
  check({ value, path }, context) {
    if (!isObject(value)) return;
    for (const element of ['Principal', 'NotPrincipal'] as const) {
      for (const entry of principalEntries(value as NormalizedStatement, path, element)) {
        if (entry.type !== 'AWS' || typeof entry.value !== 'string') continue;
        const text = entry.value;
        // Wildcards are principal-wildcard's, variables and templates are not judged, except a template's
        // placeholder as a whole partition or account field (`arn:${AWS::Partition}:iam::12345678:root`, as CDK writes
        // every account principal): the rest of the ARN is still checked.
        const judged = text.replace(/^arn:\$\{[^}]+\}:/, 'arn:aws:').replace(/^(arn:[a-z-]+:(?:iam|sts)::)\$\{[^}]+\}:/, (_, head: string) => `${head}111122223333:`);
        if (hasWildcard(text) || judged.includes('${')) continue;
        // Reported apart from the other forms: the entry is right but for the whitespace.
        if (reportStrayWhitespace(context, text, entry.path, { messageId: 'whitespace', trimMessageId: 'trim', data: { value: text } })) continue;
        if (ACCOUNT_ID.test(judged) || PRINCIPAL_ARN.test(judged) || OAI.test(judged) || UNIQUE_ID.test(judged)) continue;
        const digits = text.replace(/[-\s]/g, '');
        if (/^arn:[a-z-]+:(iam|sts)::cloudfront:/.test(judged)) {
          context.report({ messageId: 'oai', path: entry.path, data: { value: text } });
        } else if (/^\d+$/.test(digits) && digits.length !== 12) {
          context.report({ messageId: 'digits', path: entry.path, data: { value: text, count: digits.length } });
        } else {
          context.report({ messageId: 'notPrincipal', path: entry.path, data: { value: text } });
        }
      }
    }
  },
});
