/**
 * SAM policy templates in the `Policies` of `AWS::Serverless::Function` and `AWS::Serverless::StateMachine`
 * (`- S3ReadPolicy: {BucketName: !Ref Bucket}`), judged against SAM's list of templates and their parameters
 * (sam-policy-templates-data.ts) for the rule sam-policy-template. SAM's translator reads each item of
 * `Policies` (or `Policies` itself when it is not a list) as: a string or an intrinsic function (a managed policy:
 * managed-policy-exists), a map with a `Statement` (a policy document: the policy rules), a map with one key that
 * names a template, or, for anything else, rejects the template ("Policy at index N … is not valid"). A
 * template's value must be a map with a value for every parameter; SAM drops parameters the template does not
 * take. Each branch of an `Fn::If` around an item (not `AWS::NoValue`) is read as SAM reads it; SAM does not
 * evaluate an intrinsic function in place of the parameters' map (`S3ReadPolicy: !If […]` has no BucketName),
 * while the parameters' values are CloudFormation's (`BucketName: !Ref Bucket`) and not judged.
 */
import type { LineIndex } from '../engine/document.js';
import { rangeMessage, type EnabledRule } from '../engine/linter.js';
import type { LintMessage } from '../engine/types.js';
import type { SamPolicyTemplateMessageId } from '../../rules/sam-policy-template/sam-policy-template.js';
import { closest, suggestionLimit } from '../iam/suggest.js';
import { eachIfBranch, eachListItem, intrinsicOf } from './embed.js';
import { SAM_POLICY_TEMPLATES } from './sam-policy-templates-data.js';
import { entryOf, type SrcNode } from './source.js';

export const SAM_POLICY_TEMPLATE_RULE_ID = 'sam-policy-template';

const RESOURCE_TYPES = new Set(['AWS::Serverless::Function', 'AWS::Serverless::StateMachine']);
const NAMES = Object.keys(SAM_POLICY_TEMPLATES);

type Path = Array<string | number>;

/** The closest of `candidates` to `word`, also reading a plural (`S3ReadPolicies`) as its singular. */
function near(word: string, candidates: readonly string[]): string | undefined {
  const found = closest(word, candidates, suggestionLimit(word.length));
  if (found !== undefined) return found;
  const singular = word.replace(/ies$/, 'y');
  return singular !== word ? closest(singular, candidates, suggestionLimit(singular.length)) : undefined;
}

/** A map of the template's parameters, for messages: `{BucketName: …}`. */
function example(parameters: readonly string[]): string {
  return parameters.length > 0 ? `{${parameters.map((p) => `${p}: …`).join(', ')}}` : '{}';
}

function quoted(names: readonly string[]): string {
  return names.map((n) => `"${n}"`).join(', ');
}

/**
 * For a string of SAM's `Policies` that names no AWS managed policy (managed-policy-exists): when it is a SAM
 * policy template's name (`- VPCAccessPolicy`), the suggestion to write it as the map SAM reads a template from.
 */
export function samTemplateNamedAsPolicy(name: string): string | undefined {
  if (!Object.hasOwn(SAM_POLICY_TEMPLATES, name)) return undefined;
  return ` "${name}" is a SAM policy template, which SAM reads only as a map of its parameters: write "${name}: ${example(SAM_POLICY_TEMPLATES[name])}".`;
}

/** sam-policy-template's findings on a template's `Resources`. */
export function samPolicyTemplateMessages(
  resources: SrcNode | undefined, rules: readonly EnabledRule[], lines: LineIndex,
): LintMessage[] {
  const enabled = rules.find(({ rule }) => rule.id === SAM_POLICY_TEMPLATE_RULE_ID);
  if (!enabled || resources?.kind !== 'object') return [];
  const out: LintMessage[] = [];
  const push = (messageId: SamPolicyTemplateMessageId, data: Record<string, unknown>, range: [number, number], path: Path) => {
    out.push(rangeMessage(enabled, messageId, data, range, path, lines));
  };

  for (const { key: id, value: resource } of resources.entries!) {
    const type = entryOf(resource, 'Type')?.value;
    if (type?.kind !== 'string' || !RESOURCE_TYPES.has(String(type.value))) continue;
    const policies = entryOf(entryOf(resource, 'Properties')?.value, 'Policies')?.value;
    if (!policies) continue;
    const where = `${id}.Policies`;

    const item = (node: SrcNode, path: Path): void => {
      if (eachIfBranch(node, path, item)) return;
      const fn = intrinsicOf(node);
      // A string or another intrinsic function is a managed policy; a map with a Statement, a policy document.
      if (fn || node.kind !== 'object' || entryOf(node, 'Statement')) return;
      const entries = node.entries!;
      if (entries.length !== 1) {
        push('notPolicy', { where }, entries.length > 0 ? [entries[0].keyStart, entries[0].keyEnd] : [node.start, node.end], path);
        return;
      }
      const [{ key: name, keyStart, keyEnd, value }] = entries;
      const at: Path = [...path, name];
      if (!Object.hasOwn(SAM_POLICY_TEMPLATES, name)) {
        const suggestion = near(name, NAMES);
        push('unknownTemplate', { name, where, suggestion: suggestion ? ` Did you mean "${suggestion}"?` : '' }, [keyStart, keyEnd], at);
        return;
      }
      const parameters = SAM_POLICY_TEMPLATES[name];
      const takes = parameters.length > 0 ? `the parameters ${quoted(parameters)}` : 'no parameters';
      // SAM does not evaluate an intrinsic function here: it reads `!Ref P` as the map {Ref: P}, whose key is no
      // parameter, which is fine only for a template without parameters.
      const valueFn = intrinsicOf(value);
      if (valueFn) {
        if (parameters.length > 0) {
          push('notMap', { name, where, what: `the intrinsic function ${valueFn.name}, which SAM does not evaluate here`, example: example(parameters) }, [keyStart, keyEnd], at);
        }
        return;
      }
      if (value.kind !== 'object') {
        const what = value.kind === 'null' ? 'no value' : value.kind === 'array' ? 'a list' : `the ${value.kind} ${JSON.stringify(value.value)}`;
        const empty = value.kind === 'null' && value.end <= value.start;
        push('notMap', { name, where, takes, what, example: example(parameters) },
          empty ? [keyStart, keyEnd] : [value.start, value.end], at);
        return;
      }
      const given = new Set(value.entries!.map((e) => e.key));
      const missing = new Set(parameters.filter((p) => !given.has(p)));
      const unknown = value.entries!.filter((e) => !parameters.includes(e.key));
      for (const entry of unknown) {
        // The missing parameter meant: a near name, one that holds the name given (`Bucket` for `BucketName`),
        // or the only one missing when this is the only parameter SAM does not take.
        const lower = entry.key.toLowerCase();
        const expected = missing.size === 0 ? undefined : near(entry.key, [...missing])
          ?? [...missing].find((p) => lower.length >= 3 && p.toLowerCase().includes(lower))
          ?? (missing.size === 1 && unknown.length === 1 ? [...missing][0] : undefined);
        const range: [number, number] = [entry.keyStart, entry.keyEnd];
        if (expected) {
          missing.delete(expected);
          push('misspeltParameter', { parameter: entry.key, name, where, expected }, range, [...at, entry.key]);
        } else {
          const suggestion = near(entry.key, parameters);
          push('unknownParameter', { parameter: entry.key, name, where, takes, suggestion: suggestion ? ` Did you mean "${suggestion}"?` : '' }, range, [...at, entry.key]);
        }
      }
      if (missing.size > 0) {
        const list = [...missing];
        push('missingParameters', { name, where, missing: `${list.length === 1 ? 'the parameter' : 'the parameters'} ${quoted(list)}` }, [keyStart, keyEnd], at);
      }
    };

    eachListItem(policies, ['Resources', id, 'Properties', 'Policies'], item);
  }
  return out;
}
