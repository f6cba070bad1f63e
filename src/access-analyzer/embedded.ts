/**
 * Access Analyzer for the policies embedded in CloudFormation templates and Terraform files. Each embedded
 * policy (each Fn::If variant too) is one ValidatePolicy request with the JSON text the readers generate for
 * the offline rules (`../cloudformation/embed.ts`), and AWS's positions in that text are mapped back to the
 * file's exact characters through the same segment map the offline findings use.
 *
 * The generated text holds placeholders where the file leaves a value open (`${Ref::Bucket}`,
 * `${AWS::AccountId}`, `${GetAtt::Role.Arn}`, `${TF::var.arn}`, `${Fn::If}` …). They are sent as they are
 * (replacing them with "neutral" values would need a value that is valid wherever the placeholder stands —
 * an account ID, a partition, a whole ARN, a principal — and would shift every position after it), and AWS
 * reads them as policy variables. So a finding is dropped, as the offline rules' are, when:
 *   - one of its locations touches a placeholder's characters (the template does not say what they will be;
 *     a location on the whole policy is exempt: it is about the policy, not about what is in it);
 *   - its details quote a placeholder;
 *   - its issue code is about policy variables (`…VARIABLE…`: AWS read a placeholder as one) and the
 *     statement it is located in (the policy, when it is not in a statement) holds a placeholder.
 * policy-lint's own rules still check such places (policy-variable-syntax reads placeholders as such).
 */
import { LineIndex, PolicyDocument } from '../engine/document.js';
import type { LintMessage } from '../engine/types.js';
import { mapRange, onPlaceholder, type EmbeddedText } from '../cloudformation/embed.js';
import { placeholderText, policyPath, type EmbeddedPolicy } from '../cloudformation/lint.js';
import type { AccessAnalyzerInput } from './index.js';
import { findingsToMessages, type AwsFinding } from './map.js';

/**
 * The Access Analyzer inputs of a file's embedded policies (as the readers give them for its final text):
 * one per policy whose generated text is a JSON object (one that is not is reported by json-syntax, and
 * AWS would only reject it). The resource type is the one the resource gives (`AWS::S3::Bucket` for a bucket
 * policy), never the configuration's, which names a resource for JSON files. `lineIndex`: the lines and columns
 * of `text` (a Terraform module's, counted in each file), else `text`'s own.
 */
export function embeddedInputs(filePath: string, text: string, policies: readonly EmbeddedPolicy[], lineIndex?: LineIndex): AccessAnalyzerInput[] {
  let lines = lineIndex;
  const inputs: AccessAnalyzerInput[] = [];
  for (const policy of policies) {
    const document = new PolicyDocument(filePath, policy.embedded.text);
    if (document.syntaxError || document.root?.type !== 'object') continue;
    inputs.push({
      filePath,
      text: policy.embedded.text,
      policyType: policy.policyType,
      ...(policy.ruleResourceType ? { resourceType: policy.ruleResourceType } : {}),
      toMessages: (findings) => embeddedMessages(findings, policy, document, (lines ??= new LineIndex(text))),
    });
  }
  return inputs;
}

/** The file's messages for AWS's findings on one embedded policy (see the file comment for what is dropped). */
export function embeddedMessages(findings: readonly AwsFinding[], policy: EmbeddedPolicy, document: PolicyDocument, lines: LineIndex): LintMessage[] {
  const { embedded } = policy;
  const out: LintMessage[] = [];
  for (const finding of findings) {
    if (quotesPlaceholder(embedded, finding.findingDetails)) continue;
    // One finding at a time: all its locations are kept, or none.
    const messages = findingsToMessages(embedded.text, [finding], document);
    if (messages.some((m) => touchesPlaceholder(embedded, document, m))) continue;
    // On text a permission resource's statement is written with (`"Effect": "Allow"`): no property holds it.
    if (messages.some(({ range: [s, e] = [0, 0] }) => embedded.synthetic?.some(([a, b]) => s >= a && e <= b))) continue;
    if (/VARIABLE/i.test(finding.issueCode) && messages.some((m) => placeholderAround(embedded, document, m))) continue;
    for (const message of messages) {
      const [start, end] = message.range ?? [0, 0];
      const range = mapRange(embedded, start, end);
      if (!range) continue;
      const from = lines.at(range[0]);
      const to = lines.at(range[1]);
      out.push({
        ...message,
        line: from.line, column: from.column, endLine: to.line, endColumn: to.column,
        range,
        path: policy.findingPath ? policy.findingPath(message.path ?? []) : [...policy.path, ...policyPath(message.path ?? [], policy)],
      });
    }
  }
  return out;
}

/** A location on a placeholder's characters; one on the whole policy (its root object) is not. */
function touchesPlaceholder(embedded: EmbeddedText, document: PolicyDocument, message: LintMessage): boolean {
  const [start, end] = message.range ?? [0, 0];
  const root = document.root!;
  if (start <= root.offset && end >= root.offset + root.length) return false;
  return onPlaceholder(embedded, start, end);
}

/** Whether the statement a message is in (the policy, when it is in none) holds a placeholder. */
function placeholderAround(embedded: EmbeddedText, document: PolicyDocument, message: LintMessage): boolean {
  const path = message.path ?? [];
  const statementPath = path[0] !== 'Statement' ? undefined : typeof path[1] === 'number' ? path.slice(0, 2) : path.slice(0, 1);
  const node = (statementPath && document.nodeAt(statementPath)) || document.root!;
  return onPlaceholder(embedded, node.offset, node.offset + node.length);
}

/** Whether a finding's details quote a placeholder (`"${Ref::Bucket}" is not …`), as the offline pipeline judges its messages. */
function quotesPlaceholder(embedded: EmbeddedText, details: string): boolean {
  return embedded.placeholders.some(([s, e]) => e - s > 3 && details.includes(placeholderText(embedded.text, s, e)));
}

