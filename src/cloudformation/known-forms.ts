/**
 * The pseudo parameters whose value has a known form, as templates write ARNs (CDK writes every ARN with
 * `${AWS::Partition}`), with a value of that form. The ARN rules read them as a variable part of that form
 * (src/cloudformation/lint.ts), and the managed policy ARN check as that value (src/iam/policy-arns.ts).
 */
const PSEUDO_PARAMETERS: Readonly<Record<string, string>> = {
  '${AWS::Partition}': 'aws',
  '${AWS::Region}': 'us-east-1',
  '${AWS::AccountId}': '123456789012',
  '${AWS::URLSuffix}': 'amazonaws.com',
};

/** A value of the placeholder's form, when it is a pseudo parameter of a known form. */
export function cloudFormationKnownValue(placeholder: string): string | undefined {
  return Object.hasOwn(PSEUDO_PARAMETERS, placeholder) ? PSEUDO_PARAMETERS[placeholder] : undefined;
}
