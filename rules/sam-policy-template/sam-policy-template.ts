import { defineRule } from '../../src/engine/rule.js';

/**
 * SAM policy templates are not policy documents: the CloudFormation reader finds them in the `Policies` of
 * `AWS::Serverless::Function` and `AWS::Serverless::StateMachine` and reports this rule's findings itself
 * (src/cloudformation/sam-policy-templates.ts, against SAM's list in sam-policy-templates-data.ts). Its `given`
 * selects nothing, so `check` never runs on a policy document.
 */
/** The message ids the CloudFormation reader reports with (src/cloudformation/sam-policy-templates.ts). */
export type SamPolicyTemplateMessageId =
  'unknownTemplate' | 'missingParameters' | 'misspeltParameter' | 'unknownParameter' | 'notMap' | 'notPolicy';

export default defineRule({
  id: 'sam-policy-template',
  meta: {
    category: 'correctness',
    severity: 'error',
    recommended: true,
    fixable: 'none',
    unknownCondition: false,
    unknownActions: false,
    docs: { description: 'A SAM policy template in a function\'s or state machine\'s Policies is one SAM has, given a map with each of its parameters and no others.' },
    messages: {
      unknownTemplate: '"{{name}}" in {{where}} is not a SAM policy template, so SAM rejects the template and the deployment fails.{{suggestion}}',
      missingParameters: 'The SAM policy template {{name}} in {{where}} has no value for {{missing}}, so the deployment fails.',
      misspeltParameter: '"{{parameter}}" is not a parameter of the SAM policy template {{name}} in {{where}}, so "{{expected}}" has no value and the deployment fails. Did you mean "{{expected}}"?',
      unknownParameter: '"{{parameter}}" is not a parameter of the SAM policy template {{name}} in {{where}}, which takes {{takes}}: SAM drops it, and the policy is the same without it.{{suggestion}}',
      notMap: 'The SAM policy template {{name}} in {{where}} is given {{what}}, but it takes a map of its parameters ({{example}}), so the deployment fails.',
      notPolicy: 'This item of {{where}} is neither a policy document (it has no "Statement") nor one policy template (a map with a single key, the template\'s name), so SAM rejects it and the deployment fails.',
    },
  },
  given: () => [],
  check() {
    // Never called: the CloudFormation reader reports (src/cloudformation/sam-policy-templates.ts).
  },
});
