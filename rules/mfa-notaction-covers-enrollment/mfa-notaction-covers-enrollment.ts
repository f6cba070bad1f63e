import { defineRule } from '../../src/engine/rule.js';
import type { TextEdit } from '../../src/engine/types.js';
import { actionExists, suggestAction } from '../../src/iam/actions-db.js';
import { actionMatches } from '../../src/actions/glob.js';
import { hasWildcard } from '../../src/iam/glob.js';
import { filePath } from '../../src/iam/mfa-fixes.js';
import { analyzeMfa, blocksWithoutMfa, expandSet, type ListEntry, type MfaDeny } from '../../src/iam/mfa-policy.js';
import { CONSOLE_ACTIONS, ENROLLMENT_ACTIONS } from '../../src/iam/mfa-sets.js';
import type { RuleContext } from '../../src/engine/rule.js';

const list = (actions: readonly string[]) => actions.join(', ').replace(/, ([^,]*)$/, ' and $1');

export default defineRule({
  id: 'mfa-notaction-covers-enrollment',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'safe',
    docs: { description: 'The MFA deny leaves users without MFA the actions they need to enroll a device.' },
    messages: {
      enrollment: 'NotAction does not exempt {{actions}}{{typos}}: users without an MFA device can never enroll one; add {{them}} to NotAction.',
      console: 'NotAction does not exempt {{actions}}{{typos}}: the console\'s MFA page breaks and users cannot resync a drifted device before signing in with MFA; add {{them}} to NotAction.',
      deniedByAction: 'Action "{{entry}}" of this MFA deny also denies {{actions}} to users without MFA, so they can never enroll a device; deny with NotAction and exempt {{them}}.',
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
    const { denies } = analyzeMfa(context.policy);
    if (denies.length === 0) return; // spares expanding the action sets (database files)
    const enrollment = expandSet(ENROLLMENT_ACTIONS);
    const consoleSet = expandSet(CONSOLE_ACTIONS);
    for (const deny of denies) {
      if (!deny.mfaConditions.some(blocksWithoutMfa)) continue;
      if (deny.notAction) {
        reportMissing(context, deny, enrollment.filter((a) => !exempt(deny, a)), 'enrollment');
        reportMissing(context, deny, consoleSet.filter((a) => !exempt(deny, a)), 'console');
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

function exempt(deny: MfaDeny, action: string): boolean {
  return deny.notAction!.some((entry) => actionMatches(entry.value, action));
}

function reportMissing(context: RuleContext, deny: MfaDeny, missing: string[], messageId: 'enrollment' | 'console'): void {
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
  const typoText = [...typos].map(([suggestion, entry]) => `; "${entry.value}" is not an action, did you mean ${suggestion}?`).join('');
  context.report({
    messageId,
    path: [...deny.path, 'NotAction'],
    target: 'key',
    severity: messageId === 'console' ? 'warn' : undefined,
    data: { actions: list(missing), typos: typoText ? ` (${typoText.slice(2)})` : '', them: missing.length > 1 ? 'them' : 'it' },
    fix: (fixer) => {
      const edits: TextEdit[] = [];
      const append = isArray ? missing.filter((a) => !typos.has(a)) : missing;
      if (isArray) for (const [suggestion, entry] of typos) edits.push(fixer.replaceValue(filePath(context, entry.path), suggestion));
      if (append.length > 0) edits.push(fixer.appendToList(notActionPath, append));
      return edits;
    },
  });
}
