import { splitOperator } from '../../src/conditions/operator.js';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { isObject } from '../../src/engine/normalize.js';
import type { JsonPath } from '../../src/engine/types.js';
import { databaseVersion } from '../../src/iam/database.js';
import { isMultivaluedType, resolveConditionKey } from '../../src/iam/condition-keys.js';
import { filePath } from '../../src/iam/mfa-fixes.js';
import { analyzeMfa } from '../../src/iam/mfa-policy.js';
import { isTemplatePlaceholder, scanVariables, type VariableToken } from '../../src/iam/variables.js';

/**
 * Reported by the CloudFormation reader (src/cloudformation/lint.ts), not by check(): a policy variable written
 * unescaped in an Fn::Sub string, which CloudFormation tries to resolve as a parameter and fails.
 */
export const FN_SUB_VARIABLE_MESSAGE_ID = 'fnSubVariable';

/**
 * Reported by the Terraform reader (src/terraform/lint.ts), not by check(): a policy variable written unescaped
 * in a Terraform string or heredoc, which Terraform reads as an interpolation and rejects.
 */
export const TERRAFORM_VARIABLE_MESSAGE_ID = 'terraformVariable';

/**
 * Reported by the Serverless Framework reader (src/serverless/lint.ts), not by check(): a policy variable written
 * unescaped in a serverless.yml value, which the framework reads as one of its own variables and fails to resolve.
 */
export const SERVERLESS_VARIABLE_MESSAGE_ID = 'serverlessVariable';

const SEGMENTS = ['prefix', 'partition', 'service', 'Region', 'account'];

/**
 * Variables that a service substitutes itself before the policy reaches IAM, so they are not condition keys:
 * AWS Transfer Family's session-policy variables (users-policies-session.html: "${transfer:HomeBucket}",
 * "${transfer:HomeDirectory}", "${transfer:HomeFolder}", "${transfer:UserName}"). Lower-case.
 */
const SERVICE_SUBSTITUTED = new Set(['transfer:homebucket', 'transfer:homedirectory', 'transfer:homefolder', 'transfer:username']);

export default defineRule({
  id: 'policy-variable-syntax',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    unknownCondition: false,
    unknownActions: false,
    issueCode: ['MISSING_BRACE_IN_VARIABLE', 'MISSING_QUOTE_IN_VARIABLE', 'UNSUPPORTED_SPACE_IN_VARIABLE', 'EMPTY_VARIABLE',
      'VARIABLE_UNSUPPORTED_IN_ELEMENT', 'INVALID_VARIABLE_FOR_OPERATOR'],
    docs: { description: 'Policy variables are well-formed, known, and used where IAM substitutes them.' },
    messages: {
      missingBrace: '"{{text}}" has no closing "}", so IAM does not read it as a variable; write "${{{name}}}".',
      empty: '"${}" is an empty variable; name a key, such as "${aws:username}".',
      space: '"{{text}}" has a space in the variable name; spaces are allowed only in a default value, after the comma.',
      missingQuote: 'The default value in "{{text}}" must be in single quotes: "${{{name}}, \'{{value}}\'}".',
      defaultFormat: 'The default value in "{{text}}" must follow a comma and one space: "${{{name}}, \'{{value}}\'}".',
      terraformEscape: '"{{text}}" is Terraform\'s escape for a literal "{{fixed}}" left in the rendered policy: IAM reads "$" followed by a variable, which matches nothing; write "{{fixed}}".',
      terraformAmpersand: '"{{text}}" is the escape of Terraform\'s aws_iam_policy_document left in the rendered policy: IAM reads it as literal text; write "{{fixed}}".',
      cloudformationEscape: '"{{text}}" is the escape of CloudFormation\'s Fn::Sub left in the rendered policy: IAM reads it as literal text; write "{{fixed}}".',
      fnSubVariable: '"{{text}}" is inside Fn::Sub, which reads every "${…}" as a template parameter or resource, so the stack fails with an unresolved reference to "{{name}}"; write "{{fixed}}" to pass the policy variable to IAM.',
      terraformVariable: '"{{text}}" is inside a Terraform string, which reads every "${…}" as an interpolation, so Terraform rejects "{{name}}" as an invalid expression; write "{{fixed}}" (Terraform\'s escape) to pass the policy variable to IAM.',
      serverlessVariable: '"{{text}}" is in a Serverless Framework file, which reads every "${type:…}" as a variable of its own before deploying, so the deploy fails on "{{name}}" (no such variable source or address); write "{{fixed}}" (the framework\'s escape: a backslash before "${") to pass the policy variable to IAM.',
      lookalike: '"{{text}}" is not a policy variable (IAM matches it literally); write "{{fixed}}".',
      element: 'Policy variables are not allowed in {{element}}: "{{text}}" is matched literally; write the value itself.',
      operator: 'Under "{{operator}}", "{{text}}" is not substituted, as policy variables work only with String and ARN operators; write the value itself.',
      beforeResource: '"{{text}}" is in the {{segment}} field of the ARN, where IAM does not substitute variables, so this ARN matches nothing; write the {{segment}} itself, or "*".',
      nameInAccount: '"{{text}}" is in the {{segment}} field of the ARN, which holds {{holds}}, never a user name, so this ARN matches nothing; write "*" or {{holds}} there, and the name in the resource part ("user/${aws:username}").',
      wrongPrincipalKey: '"{{text}}" is never an IAM user name or MFA device name ({{why}}), so "{{resource}}" matches nothing; use "${aws:username}".',
      keyCase: 'Write "{{text}}" as "${{{canonical}}}" (the key\'s documented spelling).',
      unknownKey: '"{{name}}" is not a condition key in the IAM database, {{database}}; check its spelling: a variable on a key that does not exist never resolves, and the value that holds it never matches.',
      multivalued: '"{{text}}" uses "{{name}}", a multivalued key ({{type}}): only single-valued keys can be policy variables, so IAM cannot substitute it.',
      defaultOnSelf: '"{{text}}" has a default value: a request without "aws:username" (a role session, the root user) then acts on the user named "{{value}}"; remove the default.',
    },
  },
  given: '$',
  check(_match, context) {
    if (!textMayHoldVariable(context.document.text)) return;
    for (const info of analyzeMfa(context.policy).statements) {
      const { statement, path } = info;
      // The raw lists, not info.action and the like (an entry object per item): variables are rare, so the path
      // of an item is made only for one that may hold a variable.
      for (const element of ['Action', 'NotAction'] as const) {
        const list = statement[element] ?? [];
        for (let i = 0; i < list.length; i++) {
          const value = list[i];
          if (typeof value === 'string' && mayHoldVariable(value)) checkElement(context, value, [...path, element, i], element);
        }
      }
      for (const element of ['Principal', 'NotPrincipal'] as const) {
        const principal = statement[element];
        if (typeof principal === 'string') checkElement(context, principal, [...path, element], element);
        else if (isObject(principal)) {
          for (const [type, values] of Object.entries(principal)) {
            if (Array.isArray(values)) values.forEach((v, i) => typeof v === 'string' && checkElement(context, v, [...path, element, type, i], element));
          }
        }
      }
      for (const element of ['Resource', 'NotResource'] as const) {
        const list = statement[element] ?? [];
        for (let i = 0; i < list.length; i++) {
          const value = list[i];
          if (typeof value === 'string' && mayHoldVariable(value)) checkString(context, value, [...path, element, i], 'resource');
        }
      }
      for (const condition of info.conditions) {
        // Whether the operator substitutes variables, worked out for the first value that may hold one (most have none).
        let substitutes: boolean | undefined;
        condition.values.forEach((value, i) => {
          if (typeof value !== 'string' || !mayHoldVariable(value)) return;
          substitutes ??= /^(String|Arn)/.test(splitOperator(condition.operator).base);
          const valuePath = [...condition.keyPath, i];
          if (substitutes) return checkString(context, value, valuePath, 'condition');
          for (const token of scanVariables(value)) {
            if (token.kind !== 'variable' || isTemplatePlaceholder(token.name ?? '')) continue;
            context.report({ messageId: 'operator', path: valuePath, substring: token, issueCode: 'INVALID_VARIABLE_FOR_OPERATOR',
              data: { operator: condition.operator, text: token.text } });
          }
        });
      }
    }
  },
});

/**
 * Whether any string of a JSON text may hold a token scanVariables finds: each has a `$`, `&{`, `%{` or a `{`
 * followed by a letter (a `{` of the JSON itself is followed by white space, `"` or `}`), unless a `\u` escape
 * writes one. The policy's strings all come from the text, so four native searches spare the walk of every
 * entry of the four AWS managed policies in five that have none (policy-variable-syntax ~11 → ~3 ms a run).
 */
function textMayHoldVariable(text: string): boolean {
  if (text.includes('$') || text.includes('\\u') || text.includes('&{') || text.includes('%{')) return true;
  for (let i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) {
    const c = text.charCodeAt(i + 1);
    if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) return true;
  }
  return false;
}

/** What scanVariables can find a token in (a cheap test first: entries are many, variables rare). */
function mayHoldVariable(text: string): boolean {
  return text.includes('{') || text.includes('$');
}

function checkElement(context: RuleContext, text: string, path: JsonPath, element: string): void {
  for (const token of scanVariables(text)) {
    if (token.kind === 'lookalike' || isTemplatePlaceholder(token.name ?? '')) continue;
    context.report({ messageId: 'element', path, substring: token, issueCode: 'VARIABLE_UNSUPPORTED_IN_ELEMENT', data: { element, text: token.text } });
  }
}

/** The inner text of a leaked escape or lookalike, as a variable: `$${x}`, `&{x}`, `${!x}`, `$(x)`, `$x}` → `${x}`. */
function repaired(token: VariableToken): string {
  const inner = token.text.replace(/^\$?\$?[&%]?(?:[{<(]!?)?/, '').replace(/[}>)]$/, '');
  return `\${${inner}}`;
}

function checkString(context: RuleContext, text: string, path: JsonPath, where: 'resource' | 'condition'): void {
  const arn = where === 'resource' && text.startsWith('arn:');
  for (const token of scanVariables(text)) {
    const base = { path, substring: { start: token.start, length: token.length } };
    switch (token.kind) {
      case 'terraform-escape':
        context.report({ ...base, messageId: 'terraformEscape', data: { text: token.text, fixed: repaired(token) } });
        continue;
      case 'terraform-ampersand':
        context.report({ ...base, messageId: 'terraformAmpersand', data: { text: token.text, fixed: repaired(token) } });
        continue;
      case 'cloudformation-escape':
        context.report({ ...base, messageId: 'cloudformationEscape', data: { text: token.text, fixed: repaired(token) } });
        continue;
      case 'lookalike':
        context.report({ ...base, messageId: 'lookalike', data: { text: token.text, fixed: repaired(token) } });
        continue;
    }
    const name = token.name!;
    if (isTemplatePlaceholder(name)) continue;
    switch (token.problem) {
      case 'missing-brace': {
        // The scan stops the name at "/", which ends the variable in `user/${aws:username/*`; a key with a
        // tag part (`${aws:PrincipalTag/Team`) takes it along when only the longer name is a known key.
        const suffix = /^\/[^\s/*?${}]+/.exec(text.slice(token.start + token.length))?.[0];
        const known = (key: string) => ['global', 'service'].includes(resolveConditionKey(key).kind);
        if (suffix && !known(name) && known(name + suffix)) {
          context.report({ path, substring: { start: token.start, length: token.length + suffix.length }, messageId: 'missingBrace',
            issueCode: 'MISSING_BRACE_IN_VARIABLE', data: { text: token.text + suffix, name: name + suffix } });
          continue;
        }
        context.report({ ...base, messageId: 'missingBrace', issueCode: 'MISSING_BRACE_IN_VARIABLE', data: { text: token.text, name } });
        continue;
      }
      case 'empty':
        context.report({ ...base, messageId: 'empty', issueCode: 'EMPTY_VARIABLE' });
        continue;
      case 'space':
        context.report({ ...base, messageId: 'space', issueCode: 'UNSUPPORTED_SPACE_IN_VARIABLE', data: { text: token.text } });
        continue;
      case 'missing-quote':
        context.report({
          ...base, messageId: 'missingQuote', issueCode: 'MISSING_QUOTE_IN_VARIABLE', data: { text: token.text, name, value: token.defaultValue ?? 'value' },
        });
        continue;
      case 'default-format':
        context.report({ ...base, messageId: 'defaultFormat', data: { text: token.text, name, value: /'([^']*)'/.exec(token.text)?.[1] ?? '' } });
        continue;
    }
    // Only the ARN checks and the Transfer Family variables need the lower case (a new string for each token).
    const lower = arn || /^transfer:/i.test(name) ? name.toLowerCase() : '';
    if (arn) {
      // Colons inside variables (`${aws:partition}`) do not separate ARN fields.
      const colons = (text.slice(0, token.start).replace(/\$\{[^}]*\}/g, 'v').match(/:/g) ?? []).length;
      // AWS's own managed policies use variables in the Region and account fields
      // (`arn:aws:bedrock:*:${aws:PrincipalAccount}:…`), so only the partition and service fields are reported.
      if (colons < 3) {
        context.report({ ...base, messageId: 'beforeResource', data: { text: token.text, segment: SEGMENTS[colons] } });
        continue;
      }
      // A user name is never a Region or an account ID (`arn:aws:iam::${aws:username}:user/*` grants nothing).
      if (colons < 5 && lower === 'aws:username') {
        const holds = colons === 3 ? 'a Region' : 'the account ID';
        context.report({ ...base, messageId: 'nameInAccount', data: { text: token.text, segment: SEGMENTS[colons], holds } });
        continue;
      }
      const resource = lower === 'aws:userid' || lower === 'aws:principalarn' || lower === 'aws:username' ? text.split(':').slice(5).join(':') : '';
      if (/^(user|mfa|sms-mfa)\//.test(resource) && (lower === 'aws:userid' || lower === 'aws:principalarn')) {
        const why = lower === 'aws:userid' ? 'for a user it is the unique ID AIDA…' : 'it is a whole ARN';
        context.report({ ...base, messageId: 'wrongPrincipalKey', data: { text: token.text, why, resource: text } });
        continue;
      }
      if (lower === 'aws:username' && token.defaultValue !== undefined && /^user\//.test(resource)) {
        context.report({ ...base, messageId: 'defaultOnSelf', severity: 'warn', data: { text: token.text, value: token.defaultValue } });
      }
    }
    if (name === '*' || name === '?' || name === '$' || (lower !== '' && SERVICE_SUBSTITUTED.has(lower))) continue;
    const resolution = resolveConditionKey(name);
    if (resolution.kind === 'global' || resolution.kind === 'service') {
      // reference_policies_single-vs-multi-valued-condition-keys.html: "You cannot use a multivalued condition
      // key as a policy variable."
      if (isMultivaluedType(resolution.type)) {
        context.report({ ...base, messageId: 'multivalued', data: { text: token.text, name: resolution.canonical, type: resolution.type } });
        continue;
      }
      if (resolution.canonical !== name) {
        const canonical = resolution.canonical;
        const fixedText = text.slice(0, token.start) + token.text.replace(name, canonical) + text.slice(token.start + token.length);
        context.report({ ...base, messageId: 'keyCase', severity: 'warn', data: { text: token.text, canonical },
          fix: (fixer) => {
            const node = context.document.nodeAt(filePath(context, path));
            if (!node || context.document.text.slice(node.offset, node.offset + node.length) !== JSON.stringify(text)) return null;
            return fixer.replaceValue(filePath(context, path), fixedText);
          } });
      }
      continue;
    }
    if (resolution.kind === 'unknownGlobal' || resolution.kind === 'unknownKey') {
      context.report({ ...base, messageId: 'unknownKey', severity: 'warn', data: { name, database: databaseVersion() } });
    }
  }
}
