import { defineRule } from '../../src/engine/rule.js';
import { isObject, statementMatches } from '../../src/engine/normalize.js';
import { canonicalAction, databaseLabel, matchesAnyAction, suggestActionName, suggestService } from '../../src/iam/actions-db.js';
import { allowOption, isAllowed } from '../../src/iam/allow-list.js';
import { serviceExists, servicePrefixes } from '../../src/iam/database.js';
import { globMatches, hasWildcard } from '../../src/iam/glob.js';
import { strayWhitespace } from '../../src/words.js';
import { apiOperation } from './api-operations.js';
import { documentedElsewhere, documentedElsewhereMatching } from './documented-elsewhere.js';

export default defineRule({
  id: 'action-exists',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    unknownActions: false,
    issueCode: ['INVALID_ACTION', 'INVALID_SERVICE_IN_ACTION'],
    docs: { description: 'Every entry of Action and NotAction names a service and an action that exist in the IAM database, or one the option allow accepts.' },
    messages: {
      unknownAction: 'The action "{{action}}" does not exist: the {{service}} service has no such action in the IAM database ({{database}}).{{hint}}',
      apiOperation: 'The action "{{action}}" does not exist: {{operation}} is the API operation; {{permissions}}.',
      noMatch: 'The pattern "{{action}}" matches no action of the {{service}} service in the IAM database ({{database}}), so it grants or denies nothing.',
      unknownService: 'The service "{{service}}" in "{{action}}" does not exist in the IAM database ({{database}}).{{hint}}',
      noServiceMatch: 'The service pattern "{{service}}" in "{{action}}" matches no service in the IAM database ({{database}}).',
      malformed: '"{{action}}" is not an action: write service:action, for example "s3:GetObject".',
      whitespace: 'The action "{{action}}" {{where}} whitespace, and no action name has any; remove the whitespace.',
      replace: 'Replace with "{{suggestion}}".',
      trim: 'Remove the whitespace: "{{suggestion}}".',
    },
    ...allowOption('Action patterns to accept although the database does not know them (actions newer than the database, private previews), e.g. "securityagent:*".'),
  },
  given: statementMatches,
  check({ value, path }, context) {
    if (!isObject(value)) return;
    for (const element of ['Action', 'NotAction'] as const) {
      const list = value[element];
      if (!Array.isArray(list)) continue;
      list.forEach((entry, index) => {
        if (typeof entry !== 'string') return;
        const found = verdict(entry);
        if (!found || isAllowed(context.options, entry)) return;
        const entryPath = [...path, element, index];
        const { suggestion } = found;
        context.report({
          messageId: found.messageId, path: entryPath, substring: found.substring, issueCode: found.issueCode,
          data: {
            action: entry, service: found.service, database: databaseLabel(), operation: found.operation,
            permissions: found.permissions, where: found.where,
            hint: suggestion ? ` Did you mean "${suggestion}"?` : KNOWN_NON_ACTIONS[entry.trim().toLowerCase()] ?? NO_SUGGESTION,
          },
          suggest: suggestion ? [{ messageId: found.messageId === 'whitespace' ? 'trim' : 'replace', data: { suggestion }, fix: (fixer) => fixer.replaceValue(entryPath, suggestion) }] : undefined,
        });
      });
    }
  },
});

/**
 * The action `name` is under the service `service` (a suggested spelling of a misspelt one), so that one fix
 * mends both: the action as the database spells it, the permission of an API operation, the closest action
 * name, or else the name as written.
 */
function actionUnder(service: string, name: string): string {
  const written = `${service}:${name}`;
  const known = canonicalAction(written);
  if (known) return known;
  if (hasWildcard(name)) return written;
  const permissions = apiOperation(service, name.trim())?.permissions;
  if (permissions?.length === 1) return permissions[0];
  const closest = suggestActionName(service, name.trim());
  return closest ? `${service}:${closest}` : written;
}

/** What to do when no close name exists: a retired name, or one newer than the database. */
const NO_SUGGESTION = ' Remove it, or, if AWS added it after the database\'s date, list it in the rule\'s "allow" option.';

/** Names that are in many policies although IAM never had them, with where they come from; by lower-case name. */
const KNOWN_NON_ACTIONS: Record<string, string> = {
  'sns:receive': ' SNS topic policies accept it (the old default topic policy lists it), but it grants nothing; remove it.',
};

interface Verdict {
  messageId: 'unknownAction' | 'apiOperation' | 'noMatch' | 'unknownService' | 'noServiceMatch' | 'malformed' | 'whitespace';
  issueCode: 'INVALID_ACTION' | 'INVALID_SERVICE_IN_ACTION';
  service?: string;
  substring?: { start: number; length: number };
  suggestion?: string;
  /** For an API operation's name: the operation, and the clause naming its permissions. */
  operation?: string;
  permissions?: string;
  /** For whitespace around an action that is right without it: where the whitespace is ("ends with"). */
  where?: string;
}

/** What is wrong with one entry, if anything; cached per spelling (policies repeat the same entries). */
const verdicts = new Map<string, Verdict | null>();

function verdict(entry: string): Verdict | undefined {
  let result = verdicts.get(entry);
  if (result === undefined) {
    result = judge(entry) ?? null;
    if (verdicts.size > 50_000) verdicts.clear();
    verdicts.set(entry, result);
  }
  return result ?? undefined;
}

function judge(entry: string): Verdict | undefined {
  // `"s3:GetObject "`: right but for the whitespace, so the finding is at the whitespace, and trimming the
  // suggestion. When the trimmed action is wrong too, the finding below names it and suggests a fix for both.
  const stray = strayWhitespace(entry);
  if (stray && !judge(stray.trimmed)) {
    return { messageId: 'whitespace', issueCode: 'INVALID_ACTION', where: stray.where, substring: stray.substring, suggestion: stray.trimmed };
  }
  if (/^\*+$/.test(entry) || entry.includes('${')) return undefined;
  const colon = entry.indexOf(':');
  if (colon <= 0 || colon === entry.length - 1) return { messageId: 'malformed', issueCode: 'INVALID_ACTION' };
  const service = entry.slice(0, colon);
  const name = entry.slice(colon + 1);
  const substring = { start: 0, length: colon };
  if (hasWildcard(service)) {
    // Actions of wildcard services are not expanded (every service file would be read).
    if (servicePrefixes().some((prefix) => globMatches(service, prefix))) return undefined;
    return { messageId: 'noServiceMatch', issueCode: 'INVALID_SERVICE_IN_ACTION', service, substring };
  }
  if (!serviceExists(service)) {
    const suggested = suggestService(service.trim());
    const suggestion = suggested ? actionUnder(suggested, name) : undefined;
    return { messageId: 'unknownService', issueCode: 'INVALID_SERVICE_IN_ACTION', service, substring, suggestion };
  }
  const prefix = service.toLowerCase();
  if (hasWildcard(name)) {
    if (matchesAnyAction(entry) !== false) return undefined;
    // A pattern that matches only a permission AWS documents outside the database (account:*ChallengeQuestions).
    if (documentedElsewhereMatching((action) => globMatches(entry, action)).length > 0) return undefined;
    return { messageId: 'noMatch', issueCode: 'INVALID_ACTION', service: prefix };
  }
  if (canonicalAction(entry) || documentedElsewhere(entry)) return undefined;
  // An operation whose permission has another name: the closest spelling would be the wrong action
  // (s3:ListBuckets is one letter from s3:ListBucket, but its permission is s3:ListAllMyBuckets).
  const operation = apiOperation(prefix, name.trim());
  if (operation) {
    const { permissions } = operation;
    return {
      messageId: 'apiOperation', issueCode: 'INVALID_ACTION', service: prefix, operation: operation.operation,
      permissions: permissions.length === 1
        ? `its permission is "${permissions[0]}"`
        : `it needs the permissions ${operation.roles ?? permissions.map((p) => `"${p}"`).join(' and ')}, so list both instead`,
      suggestion: permissions.length === 1 ? permissions[0] : undefined,
    };
  }
  const suggestedName = suggestActionName(prefix, name.trim());
  return { messageId: 'unknownAction', issueCode: 'INVALID_ACTION', service: prefix, suggestion: suggestedName ? `${prefix}:${suggestedName}` : undefined };
}
