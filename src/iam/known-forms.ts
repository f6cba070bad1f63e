/**
 * Placeholders of a known form, whatever the file's format: a template's pseudo parameters, the Serverless
 * Framework's variables, Terraform's data sources (one table each, in the reader's folder). The ARN rules read
 * them as a variable part of that form, the managed policy ARN check as a value of it.
 */
import { cloudFormationKnownValue } from '../cloudformation/known-forms.js';
import { serverlessKnownValue } from '../serverless/known-forms.js';
import { terraformKnownValue } from '../terraform/known-forms.js';

/** A value of the placeholder's form (`${AWS::Partition}` → `aws`); undefined when its form is not known. */
export function knownFormValue(placeholder: string): string | undefined {
  return cloudFormationKnownValue(placeholder) ?? serverlessKnownValue(placeholder) ?? terraformKnownValue(placeholder);
}
