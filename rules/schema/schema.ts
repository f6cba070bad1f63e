/**
 * The policy grammar: validates the document against schemas/iam-policy.schema.json (precompiled by
 * scripts/build-schemas.mjs) for the configured policy type, and words each problem for a person: the
 * offending token, what was found, what is allowed, and the intended name of a misspelt element.
 * A valid document costs one validator call.
 */
import type { ValidateFunction } from 'ajv';
import { defineRule, type Report } from '../../src/engine/rule.js';
import { isObject } from '../../src/engine/normalize.js';
import type { PolicyType } from '../../src/engine/types.js';
import * as validators from '../../src/generated/iam-policy-validators.js';
import {
  describeProblem, describeValue, explainErrors, formatList, type SchemaProblem, type Segment,
} from '../../src/schema/ajv-errors.js';
import { quoted, strayWhitespace } from '../../src/words.js';

const VALIDATORS: Record<PolicyType, ValidateFunction> = {
  identity: validators.identity,
  resource: validators.resource,
  trust: validators.trust,
  scp: validators.scp,
  rcp: validators.rcp,
};

/**
 * Problems other rules report. The schema still describes these elements (for editors), but this rule
 * drops their errors so that nothing is reported twice. This list is the only place that knows.
 */
const OWNED_ELSEWHERE: ReadonlyArray<{ rule: string; owns: (problem: SchemaProblem, where: Where, type: PolicyType) => boolean }> = [
  // The Version value (including its type); the schema does not require Version.
  { rule: 'policy-version', owns: (p) => p.path.length === 1 && p.path[0] === 'Version' },
  // Effect presence and value (including its type).
  {
    rule: 'effect-valid',
    owns: (p, w) => w.kind === 'statement' && (w.rest[0] === 'Effect' || (p.kind === 'missingProperty' && p.property === 'Effect' && w.rest.length === 0)),
  },
  // The Sid character set (a Sid that is not a string is still a type mismatch reported here).
  { rule: 'sid-alphanumeric', owns: (p, w) => p.kind === 'pattern' && w.kind === 'statement' && w.rest.length === 1 && w.rest[0] === 'Sid' },
  // Principal / NotPrincipal in an identity policy (UNSUPPORTED_PRINCIPAL).
  {
    rule: 'no-principal-in-identity-policy',
    owns: (p, w, type) => type === 'identity' && p.kind === 'forbiddenProperty' && w.kind === 'statement' && w.rest.length === 0 &&
      (p.property === 'Principal' || p.property === 'NotPrincipal'),
  },
  // 'sid-unique' and 'no-duplicate-keys' need no entry: the schema cannot express them, and the validator
  // sees the parsed value, where the last of duplicate keys wins.
];

const POLICY_ELEMENTS = ['Version', 'Id', 'Statement'];
const STATEMENT_ELEMENTS = ['Sid', 'Effect', 'Principal', 'NotPrincipal', 'Action', 'NotAction', 'Resource', 'NotResource', 'Condition'];
const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'];
/** Elements that stand in for each other: either one satisfies a requirement. */
const ALTERNATIVES: Record<string, string[]> = {
  Statement: ['Statement'],
  Action: ['Action', 'NotAction'],
  Resource: ['Resource', 'NotResource'],
  Principal: ['Principal', 'NotPrincipal'],
};
const POLICY_KIND: Record<PolicyType, string> = {
  identity: 'identity-based policy',
  resource: 'resource-based policy',
  trust: 'role trust policy',
  scp: 'service control policy',
  rcp: 'resource control policy',
};

/** Where a problem is: the policy object, the Statement block, or a statement (and the path inside it). */
type Where =
  | { kind: 'policy' }
  | { kind: 'statements' }
  | { kind: 'id' }
  | { kind: 'statement'; path: Segment[]; label: string; rest: Segment[] }
  | { kind: 'unknown' };

function whereIs(path: Segment[], document: unknown): Where {
  if (path.length === 0) return { kind: 'policy' };
  if (path.length === 1 && path[0] === 'Id') return { kind: 'id' };
  if (path[0] !== 'Statement' || !isObject(document)) return { kind: 'unknown' };
  const statements = document.Statement;
  if (Array.isArray(statements)) {
    if (path.length === 1) return { kind: 'statements' };
    return { kind: 'statement', path: path.slice(0, 2), label: String(path[1]), rest: path.slice(2) };
  }
  if (isObject(statements)) return { kind: 'statement', path: ['Statement'], label: '0', rest: path.slice(1) };
  return { kind: 'statements' };
}

export default defineRule({
  id: 'schema',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    unknownCondition: false,
    unknownActions: { statement: ['missingAction'] },
    issueCode: [
      'INVALID_POLICY_ELEMENT', 'DATA_TYPE_MISMATCH', 'MISSING_STATEMENT', 'MISSING_ACTION', 'MISSING_RESOURCE',
      'MISSING_PRINCIPAL', 'UNSUPPORTED_ELEMENT_COMBINATION', 'INVALID_PRINCIPAL_KEY', 'INVALID_PRINCIPAL_FORMAT',
      'SCP_SYNTAX_ERROR_PRINCIPAL', 'ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL', 'ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE',
      'RCP_SYNTAX_ERROR_NOTACTION', 'RCP_SYNTAX_ERROR_PRINCIPAL',
    ],
    docs: { description: 'The policy follows the IAM policy grammar of its policy type: only known elements, each of the right JSON type, and every element the type requires.' },
    messages: {
      unknownElement: 'Unknown {{level}} element "{{name}}"; a {{level}} may have {{allowed}}.',
      misspelledElement: 'Unknown {{level}} element "{{name}}"; did you mean "{{suggestion}}"?',
      elementCase: '"{{name}}" is not a {{level}} element; element names are case-sensitive: write "{{suggestion}}".',
      statementElementAtTop: '"{{name}}" is a statement element, not a policy element; move it into a statement under Statement.',
      policyElementInStatement: '"{{name}}" is a policy element, not a statement element; move it to the top level of the policy.',
      wrongType: '{{subject}} must be {{expected}}; found {{actual}}.',
      missingStatement: 'The policy has no "Statement"; add "Statement" with at least one statement.',
      emptyStatement: '"Statement" is empty; a policy needs at least one statement.',
      missingAction: 'Statement {{statement}} has no {{elements}}; add "Action" with the actions the statement applies to.',
      missingResource: 'Statement {{statement}} has no {{elements}}; add "Resource" with the resources the statement applies to ("*" for all).',
      missingPrincipal: 'Statement {{statement}} has no {{elements}}; every statement of a {{policyKind}} must name the principals it applies to.',
      missingRcpPrincipal: 'Statement {{statement}} has no "Principal"; every statement of a resource control policy needs "Principal": "*".',
      elementCombination: 'Statement {{statement}} has both "{{first}}" and "{{second}}"; use one or the other.',
      trustResource: 'A role trust policy cannot have "{{name}}": the resource is the role itself; remove it.',
      trustNotPrincipal: 'A role trust policy cannot use "NotPrincipal"; name the principals that may assume the role in Principal.',
      scpPrincipal: 'A service control policy cannot have "{{name}}": it applies to the IAM users and roles of the accounts it is attached to. Remove it; to exempt principals, use a condition on "aws:PrincipalArn".',
      rcpNotAction: 'A resource control policy cannot use "NotAction"; list the actions it applies to in Action.',
      rcpNotPrincipal: 'A resource control policy cannot use "NotPrincipal"; use "Principal": "*" with a condition on the principal, such as "aws:PrincipalArn".',
      rcpPrincipal: '"Principal" must be "*" in a resource control policy; found {{actual}}. Restrict principals with conditions such as "aws:PrincipalOrgID".',
      principalFormat: '"{{element}}" must be "*" or an object of principal types ({{types}}); found {{actual}}.',
      principalWhitespace: '"{{element}}": "{{value}}" {{where}} whitespace, so it is not "*" but a string, which "{{element}}" cannot be; remove the whitespace.',
      trim: 'Remove the whitespace: "{{trimmed}}".',
      principalString: '"{{element}}" can be a string only when it is "*"; write {"{{type}}": {{value}}} to name one principal.',
      principalKey: 'Unknown principal type "{{name}}"; use {{types}}.',
      principalKeyMisspelled: 'Unknown principal type "{{name}}"; did you mean "{{suggestion}}"? Principal types are case-sensitive.',
      rename: 'Rename "{{name}}" to "{{suggestion}}".',
      invalid: '{{description}}',
    },
  },
  given: '$',
  check(_match, context) {
    const document = context.document.value;
    const validate = VALIDATORS[context.policyType];
    if (validate(document)) return;
    const problems = explainErrors(validate.errors, document);
    for (const report of toReports(problems, document, context.policyType, (path) => context.document.nodeAt(path)?.offset)) {
      context.report(report);
    }
  },
});

type OffsetOf = (path: Segment[]) => number | undefined;

/** Problems → reports: drop what other rules own and what restates another problem, then word the rest. */
function toReports(problems: SchemaProblem[], document: unknown, type: PolicyType, offsetOf: OffsetOf): Report[] {
  const located = problems
    .map((problem) => ({ problem, where: whereIs(problem.path, document) }))
    .filter(({ problem, where }) => !OWNED_ELSEWHERE.some((owner) => owner.owns(problem, where, type)));
  const reports: Report[] = [];
  for (const { problem, where } of located) {
    if (problem.kind === 'missingProperty' && coveredElsewhere(problem, located.map((l) => l.problem))) continue;
    if (problem.kind === 'missingProperty' && problem.property === 'Resource' && type === 'resource' &&
      isRepositoryStatement(valueAt(document, problem.path))) continue;
    const report = toReport(problem, where, type, offsetOf);
    if (report) reports.push(report);
  }
  return reports;
}

/** The value at a path of the parsed document, or undefined. */
function valueAt(document: unknown, path: readonly Segment[]): unknown {
  let node = document;
  for (const segment of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/**
 * A statement of an Amazon ECR repository policy (every action an `ecr:` or `ecr-public:` one) or of an Amazon
 * EFS file system policy (every action an `elasticfilesystem:` one). Such policies may name no Resource: the
 * repository or file system they are attached to is the resource. All of Amazon ECR's examples leave it out;
 * Amazon EFS fills in the file system's ARN (CDK's `efs.FileSystem` writes its default policy without one).
 */
function isRepositoryStatement(statement: unknown): boolean {
  if (statement === null || typeof statement !== 'object') return false;
  const action = (statement as Record<string, unknown>).Action;
  const actions = typeof action === 'string' ? [action] : Array.isArray(action) ? action : [];
  const all = (service: RegExp) => actions.length > 0 && actions.every((entry) => typeof entry === 'string' && service.test(entry));
  return all(/^ecr(-public)?:/i) || all(/^elasticfilesystem:/i);
}

/**
 * A missing element is not worth a finding of its own when the object has a misspelling of it
 * ("Actions"), or its counterpart in a form the policy type forbids (NotPrincipal in a trust policy), or,
 * for a missing Statement, statement elements written at the top level: the finding on those says it.
 */
function coveredElsewhere(missing: Extract<SchemaProblem, { kind: 'missingProperty' }>, problems: SchemaProblem[]): boolean {
  const alternatives = ALTERNATIVES[missing.property] ?? [missing.property];
  const at = JSON.stringify(missing.path);
  return problems.some((p) => {
    if (JSON.stringify(p.path) !== at) return false;
    if (p.kind === 'unknownProperty') {
      return (p.suggestion !== undefined && alternatives.includes(p.suggestion)) ||
        (missing.property === 'Statement' && STATEMENT_ELEMENTS.includes(p.property));
    }
    return p.kind === 'forbiddenProperty' && alternatives.includes(p.property);
  });
}

function toReport(problem: SchemaProblem, where: Where, type: PolicyType, offsetOf: OffsetOf): Report | undefined {
  switch (where.kind) {
    case 'policy':
      return policyReport(problem);
    case 'statements':
      return statementsReport(problem);
    case 'id':
      return problem.kind === 'type' ? wrongType(problem, '"Id"', 'a string') : fallback(problem);
    case 'statement':
      return where.rest.length === 0 ? statementReport(problem, where, type, offsetOf) : elementReport(problem, where, type);
    default:
      return fallback(problem);
  }
}

function policyReport(problem: SchemaProblem): Report | undefined {
  switch (problem.kind) {
    case 'type':
      return wrongType(problem, 'The policy document', 'a JSON object');
    case 'unknownProperty':
      if (STATEMENT_ELEMENTS.includes(problem.property)) {
        return {
          messageId: 'statementElementAtTop', path: [problem.property], target: 'key', data: { name: problem.property },
          issueCode: 'INVALID_POLICY_ELEMENT',
        };
      }
      return unknownElement(problem, 'policy');
    case 'missingProperty':
      return { messageId: 'missingStatement', path: ['Statement'], issueCode: 'MISSING_STATEMENT' };
    default:
      return fallback(problem);
  }
}

function statementsReport(problem: SchemaProblem): Report | undefined {
  switch (problem.kind) {
    case 'type':
      return wrongType(problem, '"Statement"', 'a statement object or an array of statement objects');
    case 'minItems':
      return { messageId: 'emptyStatement', path: problem.path, issueCode: 'MISSING_STATEMENT' };
    default:
      return fallback(problem);
  }
}

function statementReport(
  problem: SchemaProblem, where: Extract<Where, { kind: 'statement' }>, type: PolicyType, offsetOf: OffsetOf,
): Report | undefined {
  const statement = where.label;
  switch (problem.kind) {
    case 'type':
      return wrongType(problem, `Statement ${statement}`, 'an object');
    case 'unknownProperty':
      if (POLICY_ELEMENTS.includes(problem.property)) {
        return {
          messageId: 'policyElementInStatement', path: [...problem.path, problem.property], target: 'key',
          data: { name: problem.property }, issueCode: 'INVALID_POLICY_ELEMENT',
        };
      }
      return unknownElement(problem, 'statement');
    case 'missingProperty': {
      const path = [...problem.path, problem.property];
      switch (problem.property) {
        case 'Action': {
          const elements = formatList(type === 'rcp' ? ['Action'] : ALTERNATIVES.Action); // an RCP has no NotAction
          return { messageId: 'missingAction', path, data: { statement, elements }, issueCode: 'MISSING_ACTION' };
        }
        case 'Resource':
          return {
            messageId: 'missingResource', path, data: { statement, elements: formatList(ALTERNATIVES.Resource) }, issueCode: 'MISSING_RESOURCE',
          };
        case 'Principal':
          if (type === 'rcp') return { messageId: 'missingRcpPrincipal', path, data: { statement }, issueCode: 'MISSING_PRINCIPAL' };
          return {
            messageId: 'missingPrincipal', path, issueCode: 'MISSING_PRINCIPAL',
            data: { statement, elements: formatList(type === 'resource' ? ALTERNATIVES.Principal : ['Principal']), policyKind: POLICY_KIND[type] },
          };
        default:
          return fallback(problem);
      }
    }
    case 'forbiddenProperty':
      return forbiddenElement(problem, type);
    case 'exclusiveProperties': {
      // Point at whichever of the two comes second in the file: that is where the conflict becomes visible.
      const [first, second] = [problem.with, problem.property].sort(
        (a, b) => (offsetOf([...problem.path, a]) ?? 0) - (offsetOf([...problem.path, b]) ?? 0),
      );
      return {
        messageId: 'elementCombination', path: [...problem.path, second], target: 'key', data: { statement, first, second },
        issueCode: 'UNSUPPORTED_ELEMENT_COMBINATION',
      };
    }
    default:
      return fallback(problem);
  }
}

function forbiddenElement(problem: Extract<SchemaProblem, { kind: 'forbiddenProperty' }>, type: PolicyType): Report | undefined {
  const name = problem.property;
  const base = { path: [...problem.path, name], target: 'key' as const, data: { name } };
  if (type === 'trust' && (name === 'Resource' || name === 'NotResource')) {
    return { ...base, messageId: 'trustResource', issueCode: 'ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE' };
  }
  if (type === 'trust' && name === 'NotPrincipal') {
    return { ...base, messageId: 'trustNotPrincipal', issueCode: 'ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL' };
  }
  if (type === 'scp' && (name === 'Principal' || name === 'NotPrincipal')) {
    return { ...base, messageId: 'scpPrincipal', issueCode: 'SCP_SYNTAX_ERROR_PRINCIPAL' };
  }
  if (type === 'rcp' && name === 'NotAction') return { ...base, messageId: 'rcpNotAction', issueCode: 'RCP_SYNTAX_ERROR_NOTACTION' };
  if (type === 'rcp' && name === 'NotPrincipal') return { ...base, messageId: 'rcpNotPrincipal', issueCode: 'RCP_SYNTAX_ERROR_PRINCIPAL' };
  return fallback(problem);
}

/** A problem inside an element of a statement: its value, an item of its list, a condition block… */
function elementReport(problem: SchemaProblem, where: Extract<Where, { kind: 'statement' }>, type: PolicyType): Report | undefined {
  const [element, ...inner] = where.rest;
  const name = String(element);
  switch (name) {
    case 'Sid':
      return problem.kind === 'type' ? wrongType(problem, '"Sid"', 'a string') : fallback(problem);
    case 'Action':
    case 'NotAction':
    case 'Resource':
    case 'NotResource':
      if (problem.kind !== 'type') return fallback(problem);
      return inner.length === 0
        ? wrongType(problem, quoted(name), 'a string or an array of strings')
        : wrongType(problem, `Each item of ${quoted(name)}`, 'a string');
    case 'Principal':
    case 'NotPrincipal':
      return principalReport(problem, name, inner, type);
    case 'Condition':
      if (problem.kind !== 'type') return fallback(problem);
      switch (inner.length) {
        case 0:
          return wrongType(problem, '"Condition"', 'an object of condition operators, such as {"StringEquals": {…}}');
        case 1:
          return wrongType(problem, `Condition operator ${quoted(String(inner[0]))}`, 'an object of condition keys and their values');
        case 2:
          return wrongType(problem, `The value of condition key ${quoted(String(inner[1]))}`, 'a string, a boolean, a number or an array of them');
        default:
          return wrongType(problem, `Each value of condition key ${quoted(String(inner[1]))}`, 'a string, a boolean or a number');
      }
    default:
      return fallback(problem);
  }
}

function principalReport(problem: SchemaProblem, element: string, inner: Segment[], type: PolicyType): Report | undefined {
  const types = formatList(PRINCIPAL_TYPES);
  // `"Principal": "* "` is "*" but for the whitespace, where "*" is valid: say so, at the whitespace. Trimming is
  // a suggestion, never a fix, as it lets everyone in. (In a trust policy "*" itself is trust-policy-principal's.)
  const text = inner.length === 0 && (type === 'resource' || type === 'rcp') && (problem.kind === 'pattern' || problem.kind === 'value') ? problem.value : undefined;
  const stray = typeof text === 'string' && text.trim() === '*' ? strayWhitespace(text) : undefined;
  if (stray) {
    const { path } = problem;
    return {
      messageId: 'principalWhitespace', path, substring: stray.substring, data: { element, value: text, where: stray.where },
      issueCode: type === 'rcp' ? 'RCP_SYNTAX_ERROR_PRINCIPAL' : 'INVALID_PRINCIPAL_FORMAT',
      suggest: [{ messageId: 'trim', data: { trimmed: stray.trimmed }, fix: (fixer) => fixer.replaceValue(path, stray.trimmed) }],
    };
  }
  if (type === 'rcp' && element === 'Principal' && problem.kind === 'value' && inner.length === 0) {
    return { messageId: 'rcpPrincipal', path: problem.path, data: { actual: describeValue(problem.value) }, issueCode: 'RCP_SYNTAX_ERROR_PRINCIPAL' };
  }
  if (inner.length === 0) {
    if (problem.kind === 'type') {
      return {
        messageId: 'principalFormat', path: problem.path, data: { element, types, actual: describeValue(problem.value) },
        issueCode: 'INVALID_PRINCIPAL_FORMAT',
      };
    }
    if (problem.kind === 'pattern' && typeof problem.value === 'string') {
      const principalType = guessPrincipalType(problem.value);
      if (principalType) {
        return {
          messageId: 'principalString', path: problem.path, data: { element, type: principalType, value: JSON.stringify(problem.value) },
          issueCode: 'INVALID_PRINCIPAL_FORMAT',
        };
      }
      return {
        messageId: 'principalFormat', path: problem.path, data: { element, types, actual: describeValue(problem.value) },
        issueCode: 'INVALID_PRINCIPAL_FORMAT',
      };
    }
    if (problem.kind === 'unknownProperty') {
      const path = [...problem.path, problem.property];
      const { suggestion } = problem;
      if (suggestion) {
        return {
          messageId: 'principalKeyMisspelled', path, target: 'key', data: { name: problem.property, suggestion },
          issueCode: 'INVALID_PRINCIPAL_KEY', suggest: [renameSuggestion(path, problem.property, suggestion)],
        };
      }
      return { messageId: 'principalKey', path, target: 'key', data: { name: problem.property, types }, issueCode: 'INVALID_PRINCIPAL_KEY' };
    }
    return fallback(problem);
  }
  if (problem.kind !== 'type') return fallback(problem);
  const principalType = String(inner[0]);
  const report = inner.length === 1
    ? wrongType(problem, `${quoted(principalType)} in ${quoted(element)}`, 'a string or an array of strings')
    : wrongType(problem, `Each ${quoted(principalType)} principal`, 'a string');
  return { ...report, issueCode: 'INVALID_PRINCIPAL_FORMAT' };
}

/** The principal type a bare string most likely names, to show the object form it should take. */
function guessPrincipalType(value: string): string | undefined {
  if (/^[\w.-]+\.amazonaws\.com(\.cn)?$/.test(value)) return 'Service';
  if (/^arn:[\w-]+:iam::\d{12}:(saml-provider|oidc-provider)\//.test(value)) return 'Federated';
  if (/^\d{12}$/.test(value) || /^arn:[\w-]+:(iam|sts)::/.test(value)) return 'AWS';
  if (/^[0-9a-f]{64}$/.test(value)) return 'CanonicalUser';
  return undefined;
}

function unknownElement(problem: Extract<SchemaProblem, { kind: 'unknownProperty' }>, level: 'policy' | 'statement'): Report {
  const path = [...problem.path, problem.property];
  const name = problem.property;
  const { suggestion } = problem;
  if (suggestion) {
    const sameLetters = suggestion.toLowerCase() === name.toLowerCase();
    return {
      messageId: sameLetters ? 'elementCase' : 'misspelledElement', path, target: 'key', data: { level, name, suggestion },
      issueCode: 'INVALID_POLICY_ELEMENT', suggest: [renameSuggestion(path, name, suggestion)],
    };
  }
  return {
    messageId: 'unknownElement', path, target: 'key', data: { level, name, allowed: formatList(problem.allowed, 'and') },
    issueCode: 'INVALID_POLICY_ELEMENT',
  };
}

function renameSuggestion(path: Segment[], name: string, suggestion: string): NonNullable<Report['suggest']>[number] {
  return { messageId: 'rename', data: { name, suggestion }, fix: (fixer) => fixer.renameKey(path, suggestion) };
}

function wrongType(problem: SchemaProblem, subject: string, expected: string): Report {
  const value = 'value' in problem ? problem.value : undefined;
  return {
    messageId: 'wrongType', path: problem.path, data: { subject, expected, actual: describeValue(value) },
    issueCode: 'DATA_TYPE_MISMATCH',
  };
}

/** Something the schema rejects that has no wording of its own here (the schema grew): say it generically. */
function fallback(problem: SchemaProblem): Report {
  const path = 'property' in problem ? [...problem.path, problem.property] : problem.path;
  return { messageId: 'invalid', path, data: { description: describeProblem(problem) } };
}
