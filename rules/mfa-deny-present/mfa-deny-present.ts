import { defineRule } from '../../src/engine/rule.js';
import { CONSOLE_ACTIONS, ENROLLMENT_ACTIONS } from '../../src/iam/mfa-sets.js';
import { analyzeMfa, missingMfaDeny } from '../../src/iam/mfa-policy.js';

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
    const grant = missingMfaDeny(analysis);
    if (!grant) return;
    const { info, action, resource } = grant;
    context.report({
      messageId: 'missing',
      path: ['Statement'],
      target: 'key',
      data: { statement: info.index, action, resource },
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
  },
});
