/**
 * Policy variables in strings: `${aws:username}`, the special forms `${*}` `${?}` `${$}`, defaults
 * (`${aws:PrincipalTag/team, 'company-wide'}`), and the malformed or leaked forms people write instead
 * (reference_policies_variables.html; Access Analyzer's variable checks).
 */

export type VariableProblem =
  | 'missing-brace' // `${aws:username` (MISSING_BRACE_IN_VARIABLE)
  | 'empty' // `${}` (EMPTY_VARIABLE)
  | 'space' // `${ aws:username}`, `${aws: username}` (UNSUPPORTED_SPACE_IN_VARIABLE)
  | 'missing-quote' // `${aws:username, x}` (MISSING_QUOTE_IN_VARIABLE)
  | 'default-format'; // `${aws:username,'x'}`: the default must follow a comma and one space

export interface VariableToken {
  /** Offsets in the decoded string. */
  start: number;
  length: number;
  /** The text as written: `${aws:username}`. */
  text: string;
  kind:
    | 'variable' // `${…}` (possibly with problems)
    | 'terraform-escape' // `$${…}`: Terraform's escape leaked into rendered JSON
    | 'terraform-ampersand' // `&{…}`: aws_iam_policy_document's escape leaked
    | 'cloudformation-escape' // `${!…}`: Fn::Sub's escape leaked
    | 'lookalike'; // `{aws:username}`, `$aws:username}`, `$<…>`, `$(…)`, `%{…}`
  /** For `variable`: the key (`aws:username`), `*`, `?` or `$`. */
  name?: string;
  /** For `variable`: the default value without its quotes, when one is given (also when its quotes are wrong). */
  defaultValue?: string;
  problem?: VariableProblem;
}

// `{aws:username}`, `$aws:username}` (the `{` left out; the tag part may hold a colon, `PrincipalTag/datazone:userId`),
// `$<…>`, `$(…)`, `%{…}`.
// Not `#{AWS::AccountId}` (Serverless plugins' Fn::Sub) nor any `::` pseudo parameter: the character after the
// first colon is no colon. `#{aws:username}` is one (a Serverless file without those plugins keeps it as written).
const LOOKALIKE = /(?<![$&])\{[A-Za-z][\w.-]*:[\w/.-][\w/.:-]*\}|(?<!\$)\$[A-Za-z][\w.-]*:[\w/.-][\w/.:-]*\}|\$<[^>]*>|\$\([^)]*\)|%\{[^}]*\}/g;

/** CloudFormation pseudo parameters (`${AWS::Partition}`) are template placeholders, not policy variables. */
export function isTemplatePlaceholder(name: string): boolean {
  return name.includes('::');
}

const NO_TOKENS: readonly VariableToken[] = Object.freeze([]);
const scans = new Map<string, readonly VariableToken[]>();

/**
 * Every variable-like token of a string, in order. Cached per string: the same values (`${aws:username}`, an
 * ARN with `${aws:PrincipalTag/…}`) recur across policies, and the scan (slices, a few regexes) costs several
 * times a lookup. Callers must not modify the tokens.
 */
export function scanVariables(text: string): readonly VariableToken[] {
  if (!text.includes('{') && !text.includes('$')) return NO_TOKENS;
  let tokens = scans.get(text);
  if (!tokens) {
    tokens = scanUncached(text);
    if (scans.size >= 10_000) scans.clear();
    scans.set(text, tokens);
  }
  return tokens;
}

function scanUncached(text: string): VariableToken[] {
  const out: VariableToken[] = [];
  let i = 0;
  while (i < text.length) {
    const dollar = text.indexOf('${', i);
    const amp = text.indexOf('&{', i);
    // The first of the two found (no array to sort: this runs for every string that may hold a variable).
    const next = dollar < 0 ? amp : amp < 0 ? dollar : Math.min(dollar, amp);
    if (next < 0) break;
    if (next === amp) {
      const end = text.indexOf('}', amp);
      const stop = end < 0 ? text.length : end + 1;
      out.push({ start: amp, length: stop - amp, text: text.slice(amp, stop), kind: 'terraform-ampersand' });
      i = stop;
      continue;
    }
    if (dollar > 0 && text[dollar - 1] === '$') {
      const end = text.indexOf('}', dollar);
      const stop = end < 0 ? text.length : end + 1;
      out.push({ start: dollar - 1, length: stop - dollar + 1, text: text.slice(dollar - 1, stop), kind: 'terraform-escape' });
      i = stop;
      continue;
    }
    const end = text.indexOf('}', dollar + 2);
    if (text[dollar + 2] === '!') {
      const stop = end < 0 ? text.length : end + 1;
      out.push({ start: dollar, length: stop - dollar, text: text.slice(dollar, stop), kind: 'cloudformation-escape' });
      i = stop;
      continue;
    }
    // A `${` with no `}` before the next `${`: the brace is missing.
    const following = text.indexOf('${', dollar + 2);
    if (end < 0 || (following >= 0 && following < end)) {
      const stop = following >= 0 ? following : text.length;
      const rest = text.slice(dollar, stop);
      const word = /^\$\{[^\s/*?]*/.exec(rest)![0];
      out.push({ start: dollar, length: word.length, text: word, kind: 'variable', name: word.slice(2), problem: 'missing-brace' });
      i = dollar + word.length;
      continue;
    }
    const inner = text.slice(dollar + 2, end);
    const token: VariableToken = { start: dollar, length: end + 1 - dollar, text: text.slice(dollar, end + 1), kind: 'variable' };
    const comma = inner.indexOf(',');
    const name = comma >= 0 ? inner.slice(0, comma) : inner;
    token.name = name.trim();
    if (comma >= 0) {
      const fallback = inner.slice(comma + 1);
      const quoted = /^ '([^']*)'$/.exec(fallback);
      if (quoted) token.defaultValue = quoted[1];
      else if (/^'[^']*'$/.test(fallback)) token.problem = 'default-format';
      else if (/^\s*'[^']*'\s*$/.test(fallback)) token.problem = 'space';
      else {
        token.problem = 'missing-quote';
        // What the author meant as the default, for the message: `, shared` or `, "shared"` → shared.
        const meant = fallback.trim().replace(/^["`]|["`]$/g, '');
        if (meant !== '' && !meant.includes("'")) token.defaultValue = meant;
      }
    }
    if (inner.trim() === '') token.problem = 'empty';
    else if (/\s/.test(name)) token.problem = 'space';
    out.push(token);
    i = end + 1;
  }
  for (const match of text.matchAll(LOOKALIKE)) {
    const start = match.index!;
    if (out.some((t) => start >= t.start && start < t.start + t.length)) continue;
    out.push({ start, length: match[0].length, text: match[0], kind: 'lookalike' });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** Well-formed variables of a string (no template placeholders), for "does this policy use variables". */
export function policyVariables(text: string): readonly VariableToken[] {
  return scanVariables(text).filter((t) => t.kind === 'variable' && !t.problem && !isTemplatePlaceholder(t.name!));
}
