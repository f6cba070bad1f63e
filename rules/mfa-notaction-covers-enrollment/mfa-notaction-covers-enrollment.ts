import { defineRule } from '../../src/engine/rule.js';
import type { TextEdit } from '../../src/engine/types.js';
import { actionExists, suggestAction } from '../../src/iam/actions-db.js';
import { actionMatches } from '../../src/actions/glob.js';
import { hasWildcard } from '../../src/iam/glob.js';
import { filePath } from '../../src/iam/mfa-fixes.js';
import { actionResourceTypes } from '../../src/iam/database.js';
import {
  analyzeMfa, blocksWithoutMfa, expandSet, statementCoversAction, userScopeOf, type ListEntry, type MfaAnalysis, type MfaDeny, type StatementInfo,
} from '../../src/iam/mfa-policy.js';
import { CONSOLE_ACTIONS, ENROLLMENT_ACTIONS } from '../../src/iam/mfa-sets.js';
import type { RuleContext } from '../../src/engine/rule.js';
import type { Fixer } from '../../src/engine/fixer.js';
import { andList, quoted } from '../../src/words.js';

const list = (actions: readonly string[]) => andList(actions);

export default defineRule({
  id: 'mfa-notaction-covers-enrollment',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    unknownCondition: false,
    unknownActions: { notAction: ['enrollment', 'console'] },
    docs: { description: 'The MFA deny exempts what a user without MFA needs to enroll and resync a device: iam:CreateVirtualMFADevice, iam:EnableMFADevice and the console\'s reads.' },
    messages: {
      enrollment: 'NotAction does not exempt {{actions}}{{typos}}: users without an MFA device can never enroll one; add {{them}} to NotAction.',
      console: 'NotAction does not exempt {{actions}}{{typos}}: {{consequence}} before signing in with MFA; add {{them}} to NotAction.',
      deniedByAction: 'Action "{{entry}}" of this MFA deny also denies {{actions}} to users without MFA, so they can never enroll a device; deny with NotAction and exempt {{them}}.',
      addAfterScoping: 'Add {{actions}} to NotAction once the Allow of {{them}} is scoped to the caller\'s own user (until then, exempting {{them}} lets {{them}} act on other users without MFA).',
    },
    defaultOptions: { enrollment: 'self' },
    optionsSchema: {
      type: 'object',
      properties: {
        enrollment: {
          enum: ['self', 'admin'],
          description: '"self": users enroll their own MFA device (the AWS pattern). "admin": an administrator enrolls devices for users, so nothing needs to be exempt and the rule is off.',
        },
      },
      additionalProperties: false,
    },
  },
  given: '$',
  check(_match, context) {
    if (context.options.enrollment === 'admin') return;
    const analysis = analyzeMfa(context.policy);
    const { denies } = analysis;
    if (denies.length === 0) return; // spares expanding the action sets (database files)
    const enrollment = expandSet(ENROLLMENT_ACTIONS);
    const consoleSet = consoleActionsNeeded(analysis, expandSet(CONSOLE_ACTIONS));
    for (const deny of denies) {
      if (!deny.mfaConditions.some(blocksWithoutMfa)) continue;
      if (deny.notAction) {
        reportMissing(context, analysis, deny, enrollment.filter((a) => !exempt(deny, a)), 'enrollment');
        reportMissing(context, analysis, deny, consoleSet.filter((a) => !exempt(deny, a)), 'console');
      } else {
        for (const entry of deny.action ?? []) {
          const denied = enrollment.filter((a) => actionMatches(entry.value, a));
          if (denied.length === 0) continue;
          context.report({ messageId: 'deniedByAction', path: entry.path, data: { entry: entry.value, actions: list(denied), them: denied.length > 1 ? 'them' : 'it' } });
        }
      }
    }
  },
});

/**
 * The console actions the exempt set must hold. A policy that grants MFA self-service itself says which of
 * them its users need: exempting one it does not grant changes nothing for its own statements. AWS's CLI
 * example (reference_policies_examples_iam_mfa-selfmanage.html) grants no iam:GetUser and does not exempt
 * it. A deny-only policy (the Allows are elsewhere) needs them all.
 */
function consoleActionsNeeded(analysis: MfaAnalysis, consoleSet: readonly string[]): readonly string[] {
  const allowsOf = (action: string) => analysis.statements.some((info) => allows(info) && statementCoversAction(info, action));
  const selfService = [...expandSet(ENROLLMENT_ACTIONS), ...consoleSet];
  if (!selfService.some(allowsOf)) return consoleSet;
  return consoleSet.filter(allowsOf);
}

/** Why missing console actions matter: the page's reads, and resync (a drifted token cannot sign in). */
function consoleConsequence(missing: readonly string[]): string {
  const resync = missing.some((action) => action.toLowerCase() === 'iam:resyncmfadevice');
  const reads = missing.length > (resync ? 1 : 0);
  if (reads && resync) return 'the console\'s MFA page breaks and users cannot resync a drifted device';
  return reads ? 'the console\'s MFA page breaks' : 'users cannot resync a drifted device';
}

function exempt(deny: MfaDeny, action: string): boolean {
  return deny.notAction!.some((entry) => actionMatches(entry.value, action));
}

/**
 * Whether an Allow of the policy grants `action` on users other than the caller (or with NotResource): then
 * exempting the action from the MFA deny lets it act on them without MFA (mfa-exempt-actions-self-scoped),
 * which widens access, so adding it is no safe fix.
 */
function grantedOnOtherUsers(analysis: MfaAnalysis, action: string): boolean {
  if (!actionResourceTypes(action).some((type) => type.name === 'user')) return false;
  return analysis.statements.some((info) => allows(info) && statementCoversAction(info, action) &&
    (info.notResource !== undefined || (info.resource ?? []).some((resource) => userScopeOf(resource.value) === 'other')));
}

/** An Allow, or what effect-valid's fix makes one in the same --fix pass ("allow", " Allow"). */
function allows(info: StatementInfo): boolean {
  const effect = info.statement.Effect;
  return typeof effect === 'string' && effect.trim().toLowerCase() === 'allow';
}

function reportMissing(context: RuleContext, analysis: MfaAnalysis, deny: MfaDeny, missing: string[], messageId: 'enrollment' | 'console'): void {
  if (missing.length === 0) return;
  // Entries that name no action but are one typo away from a missing one: the fix corrects them.
  const typos = new Map<string, ListEntry>();
  const notActionPath = filePath(context, [...deny.path, 'NotAction']);
  const isArray = context.document.nodeAt(notActionPath)?.type === 'array';
  for (const entry of deny.notAction!) {
    if (hasWildcard(entry.value) || actionExists(entry.value)) continue;
    const suggestion = suggestAction(entry.value);
    if (suggestion && missing.includes(suggestion) && !typos.has(suggestion)) typos.set(suggestion, entry);
  }
  const typoText = [...typos].map(([suggestion, entry]) => `; ${quoted(entry.value)} is not an action, did you mean ${quoted(suggestion)}?`).join('');
  const add = (actions: readonly string[]) => (fixer: Fixer) => {
    const edits: TextEdit[] = [];
    const append = isArray ? actions.filter((a) => !typos.has(a)) : actions;
    if (isArray) for (const [suggestion, entry] of typos) if (actions.includes(suggestion)) edits.push(fixer.replaceValue(filePath(context, entry.path), suggestion));
    if (append.length > 0) edits.push(fixer.appendToList(notActionPath, [...append]));
    return edits;
  };
  // The actions an Allow grants on other users are left to the author (a suggestion); the others are fixed.
  const risky = missing.filter((action) => grantedOnOtherUsers(analysis, action));
  const safe = missing.filter((action) => !risky.includes(action));
  context.report({
    messageId,
    path: [...deny.path, 'NotAction'],
    target: 'key',
    severity: messageId === 'console' ? 'warn' : undefined,
    data: {
      actions: list(missing), typos: typoText ? ` (${typoText.slice(2)})` : '', them: missing.length > 1 ? 'them' : 'it',
      consequence: messageId === 'console' ? consoleConsequence(missing) : '',
    },
    fix: safe.length > 0 ? add(safe) : undefined,
    suggest: risky.length > 0
      ? [{ messageId: 'addAfterScoping', data: { actions: list(risky.map((action) => `"${action}"`)), them: risky.length > 1 ? 'them' : 'it' }, fix: add(risky) }]
      : undefined,
  });
}
