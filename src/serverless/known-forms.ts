/**
 * The Serverless Framework's variables whose value has a known form, with a value of that form: `${aws:accountId}`,
 * `${aws:region}`, and the Region the service deploys to (`${self:provider.region}`, `${opt:region}` with or
 * without a fallback). Read as the CloudFormation pseudo parameters are (src/cloudformation/known-forms.ts).
 */
const KNOWN = /^\$\{(?:aws:(accountId|region)|self:provider\.region|opt:region(?:\s*,[^{}]*)?)\}$/;

/** A value of the placeholder's form, when it is a Serverless variable of a known form. */
export function serverlessKnownValue(placeholder: string): string | undefined {
  const match = KNOWN.exec(placeholder);
  if (!match) return undefined;
  return match[1] === 'accountId' ? '123456789012' : 'us-east-1';
}
