/**
 * A Terraform policy attribute as the CloudFormation reader's source tree (`SrcNode`), so that its embedding
 * (src/cloudformation/embed.ts: JSON text, token and character maps, placeholders) and its lint pipeline read
 * Terraform policies as they read template policies:
 *   - a heredoc or quoted string holding JSON → a string node, each character mapped to its source character;
 *   - `jsonencode({ … })` → the object's tree (keys, strings, numbers, tuples), each token mapped to its source.
 * Template sequences: `$${` and `%%{` are Terraform's escapes for a literal `${` and `%{` (so `$${aws:username}`
 * is the IAM variable `${aws:username}`); an interpolation (`${var.bucket_arn}`) and any expression that is not a
 * literal (`var.actions`, `local.x`, a function call) become placeholders (`${TF::var.bucket_arn}`: the `::` makes
 * the variable rules read it as a template placeholder), on which no finding is kept. An unescaped
 * `${aws:username}` is a Terraform error (it is read as an expression): it is kept as the IAM variable and
 * reported. A `%{ … }` directive (`if`, `for`) makes the policy unreadable: it is skipped.
 *
 * A `<<-EOT` heredoc's indentation is not stripped: JSON strings cannot span lines, so removing leading spaces
 * never changes the policy, and every character keeps its own source position.
 */
import type { SubVariable } from '../cloudformation/embed.js';
import type { SrcEntry, SrcNode } from '../cloudformation/source.js';
import type { HclAttribute, HclExpr, TemplatePart } from './scan.js';

/** The inside of a `${…}` that is an IAM policy variable (`aws:username`, `aws:PrincipalTag/team`, `*`), not a Terraform expression. */
const IAM_VARIABLE = /^\s*(?:[A-Za-z][\w-]*:[\w/.:-]+(?:\s*,\s*'[^']*')?|[*?$])\s*$/;

export interface TerraformPolicy {
  node: SrcNode;
  /** Policy variables written unescaped (`${aws:username}`), which Terraform rejects. */
  mistakes: SubVariable[];
}

/** The placeholder of a Terraform expression: `${TF::var.bucket_arn}`. */
export function placeholderOf(source: string): string {
  const compact = source.replace(/\s+/g, '').replace(/[^\w.[\]*-]/g, '_').slice(0, 60);
  return `\${TF::${compact || 'expr'}}`;
}

/** The policy an attribute's value holds: a string of JSON (heredoc, quoted), or `jsonencode({…})`. */
export function policyNode(source: string, attribute: HclAttribute): TerraformPolicy | undefined {
  const value = attribute.value;
  const state = { mistakes: [] as SubVariable[], directive: false };
  let node: SrcNode | undefined;
  if (value.kind === 'template') node = templateNode(source, value, state, true);
  else if (value.kind === 'call' && value.name === 'jsonencode' && value.args.length === 1 && value.args[0].kind === 'object') {
    node = toSrcNode(source, value.args[0], state);
  }
  if (!node || state.directive || onlyPlaceholders(node)) return undefined;
  return { node, mistakes: state.mistakes };
}

/** A string that is nothing but interpolations (`"${data.aws_iam_policy_document.x.json}"`): no policy text to read. */
function onlyPlaceholders(node: SrcNode): boolean {
  if (node.kind !== 'string') return false;
  let rest = String(node.value);
  for (const [start, end] of [...(node.placeholders ?? [])].reverse()) rest = rest.slice(0, start) + rest.slice(end);
  return (node.placeholders ?? []).length > 0 && rest.trim() === '';
}

interface State {
  mistakes: SubVariable[];
  directive: boolean;
}

function placeholderNode(source: string, expr: { start: number; end: number }): SrcNode {
  const value = placeholderOf(source.slice(expr.start, expr.end));
  return { kind: 'string', value, start: expr.start, end: expr.end, json: false, charMap: new Array(value.length + 1).fill(-1), placeholders: [[0, value.length]] };
}

function toSrcNode(source: string, expr: HclExpr, state: State): SrcNode {
  const base = { start: expr.start, end: expr.end, json: false };
  switch (expr.kind) {
    case 'object':
      return {
        ...base, kind: 'object',
        entries: expr.entries.map((entry): SrcEntry => {
          const value = toSrcNode(source, entry.value, state);
          if (entry.key === undefined) {
            // A key the file computes (`(var.k)`, `"${var.k}"`): a placeholder.
            const key = placeholderOf(source.slice(entry.keyStart, entry.keyEnd));
            return { key, keyStart: entry.keyStart, keyEnd: entry.keyEnd, value };
          }
          const keyMap = entry.keyParts
            ? [...entry.keyParts.flatMap((p) => (p.kind === 'text' ? p.map : [])), entry.keyEnd - 1]
            : [...Array.from({ length: entry.key.length + 1 }, (_, i) => entry.keyStart + i)];
          return { key: entry.key, keyStart: entry.keyStart, keyEnd: entry.keyEnd, ...(keyMap.length === entry.key.length + 1 ? { keyMap } : {}), value };
        }),
      };
    case 'tuple':
      return { ...base, kind: 'array', items: expr.items.map((item) => toSrcNode(source, item, state)) };
    case 'template':
      return templateNode(source, expr, state, false);
    case 'number':
      return { ...base, kind: 'number', value: expr.value };
    case 'bool':
      return { ...base, kind: 'boolean', value: expr.value };
    case 'null':
      return { ...base, kind: 'null', value: null };
    default:
      return placeholderNode(source, expr);
  }
}

/**
 * A string template as a string node. In a string of JSON (`json`), an interpolation outside a JSON string
 * (`"Resource": ${jsonencode(var.arns)}`) becomes a quoted placeholder, so that the JSON stays readable.
 */
function templateNode(source: string, expr: Extract<HclExpr, { kind: 'template' }>, state: State, json: boolean): SrcNode {
  let value = '';
  const map: number[] = [];
  const placeholders: Array<[number, number]> = [];
  let inString = false;
  let escaped = false;
  const parts: readonly TemplatePart[] = expr.parts;
  // A template that is one interpolation and nothing else (`"${var.policy}"`) is the expression itself.
  if (!json && parts.length === 1 && parts[0].kind === 'interpolation' && !IAM_VARIABLE.test(parts[0].inner)) return placeholderNode(source, expr);
  for (const part of parts) {
    if (part.kind === 'text') {
      for (let i = 0; i < part.text.length; i++) {
        const c = part.text[i];
        if (json) {
          if (escaped) escaped = false;
          else if (c === '\\' && inString) escaped = true;
          else if (c === '"') inString = !inString;
        }
        value += c;
        map.push(part.map[i]);
      }
    } else if (part.kind === 'directive') {
      state.directive = true;
    } else if (IAM_VARIABLE.test(part.inner)) {
      // `${aws:username}` unescaped: Terraform fails on it; IAM would read the variable it means.
      const text = source.slice(part.start, part.end);
      for (let k = 0; k < text.length; k++) map.push(part.start + k);
      value += text;
      state.mistakes.push({ text, name: part.inner.trim(), start: part.start, end: part.end });
    } else {
      const text = placeholderOf(part.inner);
      const quoted = json && !inString;
      const from = value.length;
      value += quoted ? `"${text}"` : text;
      for (let k = from; k < value.length; k++) map.push(-1);
      placeholders.push([from, value.length]);
    }
  }
  map.push(expr.heredoc ? expr.end : expr.end - 1);
  return { kind: 'string', value, start: expr.start, end: expr.end, json: false, charMap: map, placeholders };
}
