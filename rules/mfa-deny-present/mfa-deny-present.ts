import { defineRule } from '../../src/engine/rule.js';
import { actionAccessLevels } from '../../src/iam/database.js';
import { actionMatches } from '../../src/actions/glob.js';
import { CONSOLE_ACTIONS, ENROLLMENT_ACTIONS } from '../../src/iam/mfa-sets.js';
import { analyzeMfa, isMfaLookalike, selfServiceUserActions, userScopeOf } from '../../src/iam/mfa-policy.js';

/** The deny of the AWS reference policy (reference_policies_examples_aws_my-sec-creds-self-manage.html). */
const AWS_DENY = {
  Sid: 'DenyAllExceptListedIfNoMFA',
  Effect: 'Deny',
  NotAction: [...ENROLLMENT_ACTIONS, ...CONSOLE_ACTIONS, 'sts:GetSessionToken'],
  Resource: '*',
  Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
};

export default defineRule({
  id: 'mfa-deny-present',
  meta: {
    category: 'security',
    severity: 'error',
    recommended: true,
    fixable: 'suggestion',
    unknownCondition: { policy: ['missing'] },
    unknownActions: false,
    docs: { description: 'A policy that lets users change their own credentials also has a Deny conditioned on aws:MultiFactorAuthPresent or aws:MultiFactorAuthAge.' },
    messages: {
      missing: 'Statement {{statement}} lets each user manage their own credentials ({{action}} on "{{resource}}"), but no statement denies other actions without MFA; add a Deny with NotAction and "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}.',
      addDeny: 'Add the AWS deny statement "DenyAllExceptListedIfNoMFA".',
    },
    defaultOptions: { assumeExternalMfaDeny: false },
    optionsSchema: {
      type: 'object',
      properties: {
        assumeExternalMfaDeny: {
          type: 'boolean',
          description: 'The MFA deny lives in another policy attached to the same users: report a warning instead of an error.',
        },
      },
      additionalProperties: false,
    },
  },
  given: '$',
  check(_match, context) {
    const analysis = analyzeMfa(context.policy);
    if (analysis.denies.length > 0) return;
    // A deny on a misspelt MFA key is reported by mfa-deny-condition-valid.
    if (analysis.statements.some((s) => s.effect === 'Deny' && s.conditions.some((c) => isMfaLookalike(c.key)))) return;
    // Managing credentials, not reading them: the self-service actions whose access level is a write.
    // Computed when first needed: it reads the IAM database files.
    let selfService: string[] | undefined;
    for (const info of analysis.statements) {
      // The raw lists, not info.resource / info.action: those make an entry per item, and most statements
      // of most policies are not self-service grants.
      const { Action: actions, Resource: resources } = info.statement;
      if (info.effect !== 'Allow' || !actions || !resources) continue;
      const resource = resources.find((r): r is string => typeof r === 'string' && /\$\{aws:username/i.test(r) && userScopeOf(r) === 'self');
      if (!resource) continue;
      let granted: string | undefined;
      for (const entry of actions) {
        if (typeof entry !== 'string' || (!/^(iam|\*|[^:]*[*?][^:]*):/i.test(entry) && entry.trim() !== '*')) continue;
        selfService ??= [...selfServiceUserActions()].filter((action) => actionAccessLevels(action).some((level) => level !== 'Read' && level !== 'List'));
        granted = selfService.find((action) => actionMatches(entry, action));
        if (granted) break;
      }
      if (!granted) continue;
      context.report({
        messageId: 'missing',
        path: ['Statement'],
        target: 'key',
        data: { statement: info.index, action: granted, resource },
        severity: context.options.assumeExternalMfaDeny === true ? 'warn' : undefined,
        suggest: [{ messageId: 'addDeny', fix: (fixer) => {
          const list = context.document.nodeAt(['Statement']);
          if (list?.type !== 'array' || !list.children?.length) return null;
          const taken = analysis.statements.some((s) => s.statement.Sid === AWS_DENY.Sid);
          const deny = taken ? Object.fromEntries(Object.entries(AWS_DENY).filter(([key]) => key !== 'Sid')) : AWS_DENY;
          // Laid out as the list is: its separator (a newline when the first statement sits on its own line),
          // colons, and one line or one member per line as its first statement.
          return fixer.appendToList(['Statement'], [deny]);
        } }],
      });
      return;
    }
  },
});
