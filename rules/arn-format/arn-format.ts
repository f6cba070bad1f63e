import { defineRule } from '../../src/engine/rule.js';
import { ARN_PREFIX, arnFieldCount, hasVariable, parseArn } from '../../src/arn/parse.js';
import { globMatches, hasWildcard } from '../../src/iam/glob.js';
import { mayStartWith, resourceArnMatches, splitArnOf } from '../../src/iam/resources.js';
import { reportStrayWhitespace } from '../../src/engine/stray-whitespace.js';
import { leadingPlaceholder } from '../../src/arn/placeholder.js';

/**
 * API Gateway's shorthand for the API a resource policy is attached to: `execute-api:/stage/method/path`
 * (`execute-api:/*` for all of it), which API Gateway expands to the full ARN when it saves the policy.
 */
const EXECUTE_API_SHORTHAND = 'execute-api:/';

/** Account fields that name AWS itself rather than an account (managed policies, public CloudFormation types). */
const OWNER_ALIASES = new Set(['aws']);

/**
 * Owner aliases of one service, each with the start of the resource part of the resources it owns: Network
 * Firewall's AWS managed rule groups have the account `aws-managed`
 * (`arn:aws:network-firewall:us-east-1:aws-managed:stateful-rulegroup/ThreatSignaturesBotnetStrictOrder`, as
 * `list-rule-groups --scope MANAGED` returns them); its firewalls and policies have yours.
 */
const SERVICE_OWNER_ALIASES: Readonly<Record<string, ReadonlyArray<{ alias: string; start: string }>>> = {
  'network-firewall': [{ alias: 'aws-managed', start: 'stateful-rulegroup/' }],
};

function ownerAliases(service: string, resource: string): readonly string[] {
  if (!Object.hasOwn(SERVICE_OWNER_ALIASES, service)) return [...OWNER_ALIASES];
  return [...OWNER_ALIASES, ...SERVICE_OWNER_ALIASES[service].filter((a) => mayStartWith(resource, a.start)).map((a) => a.alias)];
}

function accountIsValid(account: string, service: string, resource: string): boolean {
  if (hasVariable(account)) return true;
  if (hasWildcard(account)) return accountPatternFits(account, service, resource);
  return account === '' || /^\d{12}$/.test(account) || ownerAliases(service, resource).includes(account);
}

/**
 * Whether a wildcard account can match an account accepted without one (12 digits, an owner alias, or empty,
 * which only `*` matches and `*` also matches 12 digits). The same in every service but for the service's own
 * owner aliases, so a pattern is reported only when every value it stands for would be reported too.
 */
function accountPatternFits(account: string, service: string, resource: string): boolean {
  if (ownerAliases(service, resource).some((alias) => globMatches(account, alias, { caseSensitive: true }))) return true;
  if (!/^[\d*?]+$/.test(account)) return false;
  // Digits and `?` take one character each; `*` takes any number.
  const fixed = account.replace(/\*/g, '').length;
  return account.includes('*') ? fixed <= 12 : fixed === 12;
}

/**
 * Placeholders that stand for part of one field, never for a colon: IAM policy variables (`${aws:username}`,
 * `${aws:PrincipalTag/team}`, `${cognito-identity.amazonaws.com:sub}`) and the CloudFormation pseudo parameters
 * that hold no ARN. An ARN short of fields when each of these counts as one piece of text lacks a colon, although
 * the colons inside them make up the count: `arn:aws:s3::${aws:PrincipalTag/bucket}/*`. Other placeholders
 * (Serverless `${self:custom.x}`, `${ssm:…}`, `${AWS::StackId}`) may stand for several fields and are trusted.
 */
const ONE_FIELD_PLACEHOLDER = /^\$\{(?:AWS::(?:Partition|Region|AccountId|URLSuffix|StackName)|(?!(?:self|opt|env|ssm|cf|sls|param|file|s3|sqs|strToBool):)[a-z0-9][\w.-]*:[^:{}]*)\}$/i;

function onlyOneFieldPlaceholders(arn: string): boolean {
  const placeholders = arn.match(/\$\{[^}]*\}/g) ?? [];
  return placeholders.length > 0 && placeholders.every((p) => !p.includes(':') || ONE_FIELD_PLACEHOLDER.test(p));
}

/** The fields of an ARN when each `${…}` is one piece of text (its colons do not count). */
function fieldCountWithPlaceholders(arn: string): number {
  return arnFieldCount(arn.replace(/\$\{[^}]*\}/g, 'x'));
}

/**
 * The message of a managed policy ARN that is malformed, reported by the template, Terraform and Serverless
 * readers on the ARNs they attach to roles, users and groups (src/iam/policy-arns.ts): not in a policy.
 */
export const MANAGED_POLICY_ARN_MESSAGE_ID = 'managedPolicyArn';

export default defineRule({
  id: 'arn-format',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    issueCode: ['INVALID_ARN_PREFIX', 'MISSING_ARN_FIELD', 'INVALID_ARN_ACCOUNT', 'INVALID_ARN_SERVICE_CASE'],
    docs: { description: 'Each Resource and NotResource entry is "*" or an ARN with six fields, a lowercase service and an account that is empty, "aws", 12 digits or a pattern of them.' },
    messages: {
      invalidPrefix: '"{{value}}" is not an ARN: a resource is "*" or starts with "arn:".',
      uppercasePrefix: '"{{value}}" starts with "{{prefix}}"; the ARN prefix is lowercase "arn:".',
      missingField: 'ARN "{{value}}" has {{count}} of its 6 fields; write arn:partition:service:region:account-id:resource, keeping the colons of empty fields (e.g. "arn:aws:s3:::my-bucket").',
      invalidAccount: 'Account "{{account}}" in ARN "{{value}}" is not an account ID; use 12 digits, "*", or leave it empty where the service has none.',
      accountPattern: 'Account pattern "{{account}}" in ARN "{{value}}" matches no account ID (12 digits), so the entry matches nothing; write the account ID or "*".',
      whitespace: '"{{value}}" {{where}} whitespace: IAM matches the entry as written, so it matches no resource; remove the whitespace.',
      trim: 'Remove the whitespace: "{{trimmed}}".',
      serviceCase: 'Service "{{service}}" in ARN "{{value}}" must be lowercase: "{{expected}}".',
      lowercaseService: 'Write the service as "{{expected}}".',
      managedPolicyArn: '"{{value}}" in {{where}} is not a managed policy ARN ({{problem}}); write arn:aws:iam::aws:policy/<name> for an AWS managed policy, or arn:aws:iam::<12-digit account ID>:policy/<path/><name> for your own.',
    },
  },
  given: resourceArnMatches,
  check(match, context) {
    const { value, path } = match;
    const arn = value as string;
    if (context.policyType === 'resource' && arn.startsWith(EXECUTE_API_SHORTHAND)) return;
    // Whitespace around the entry (`"arn:aws:dynamodb:*:*:table/SampleTable/stream/* "`, as in AWS's Lambda
    // guide): IAM saves it and matches it as written, so it matches no resource. Leading whitespace is what
    // Access Analyzer calls an invalid prefix. The trimmed entry is a suggestion, as action-exists's for an
    // action: in an Allow it makes the grant take effect.
    if (reportStrayWhitespace(context, arn, path, { messageId: 'whitespace', trimMessageId: 'trim', data: { value: arn }, issueCode: /^\s/.test(arn) ? 'INVALID_ARN_PREFIX' : null })) return;
    if (!arn.startsWith(ARN_PREFIX)) {
      const prefix = arn.slice(0, 4);
      const uppercase = prefix.toLowerCase() === ARN_PREFIX;
      context.report({
        messageId: uppercase ? 'uppercasePrefix' : 'invalidPrefix', path, issueCode: 'INVALID_ARN_PREFIX',
        data: { value: arn, prefix },
        ...(uppercase ? { substring: { start: 0, length: 4 } } : {}),
        // `"<role-arn>"` or `"<bucket-arn>/*"`, a placeholder left from an example: arn-placeholder's finding says
        // so, when it is on.
        deferTo: leadingPlaceholder(arn) !== undefined ? { rules: ['arn-placeholder'], paths: [path] } : undefined,
      });
      return;
    }
    // Read `${AWS::Partition}` and other placeholders as one field, as CloudFormation fills them in; fall back to
    // the plain split so that an ARN short of fields by either reading still gets its account checked.
    const whole = splitArnOf(match);
    const parsed = whole ?? parseArn(arn);
    if (!parsed || (!whole && onlyOneFieldPlaceholders(arn))) {
      const count = parsed ? fieldCountWithPlaceholders(arn) : arnFieldCount(arn);
      context.report({ messageId: 'missingField', path, issueCode: 'MISSING_ARN_FIELD', data: { value: arn, count } });
      return;
    }
    const { service, account, resource } = parsed;
    if (/[A-Z]/.test(service.value) && !hasVariable(service.value)) {
      const expected = service.value.toLowerCase();
      context.report({
        messageId: 'serviceCase', path, issueCode: 'INVALID_ARN_SERVICE_CASE',
        substring: { start: service.start, length: service.value.length },
        data: { service: service.value, value: arn, expected },
        suggest: [{
          messageId: 'lowercaseService', data: { expected },
          fix: (fixer) => fixer.replaceValue(path, arn.slice(0, service.start) + expected + arn.slice(service.start + service.value.length)),
        }],
      });
    }
    if (!accountIsValid(account.value, service.value, resource.value)) {
      context.report({
        messageId: hasWildcard(account.value) ? 'accountPattern' : 'invalidAccount', path, issueCode: 'INVALID_ARN_ACCOUNT',
        substring: { start: account.start, length: account.value.length },
        data: { account: account.value, value: arn },
      });
    }
  },
});
