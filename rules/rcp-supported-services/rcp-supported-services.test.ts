import { databaseLabel } from '../../src/iam/actions-db.js';
import { rcpSupportedServices } from '../../src/iam/resources.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './rcp-supported-services.js';

/** An RCP statement; a single Action string sits on line 7 with its text from column 24. */
const rcp = (action: string | string[]) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Principal: '*', Action: action, Resource: '*' }],
});

new RuleTester().run(rule, {
  valid: [
    { code: rcp(['s3:GetObject', 'sts:AssumeRole', 'kms:Decrypt', 'sqs:*', 'secretsmanager:GetSecretValue']), policyType: 'rcp' },
    { name: 'service prefixes are case-insensitive', code: rcp('S3:GetObject'), policyType: 'rcp' },
    { name: 'all actions', code: rcp('*'), policyType: 'rcp' },
    { name: 'a service pattern that matches a supported service', code: rcp('s*:Get*'), policyType: 'rcp' },
    { name: 'an unknown service is left to action-exists', code: rcp('nosuchservice:DoThing'), policyType: 'rcp' },
    { name: 'SCPs and identity policies may name any service', code: rcp('ec2:RunInstances'), policyType: 'scp' },
    { code: rcp('ec2:RunInstances') },
  ],
  invalid: [
    {
      name: 'EC2 is not an RCP service',
      code: rcp('ec2:RunInstances'), policyType: 'rcp',
      errors: [{
        messageId: 'unsupported', line: 7, column: 24, endLine: 7, endColumn: 27, issueCode: 'RCP_SYNTAX_ERROR_ACTION', severity: 2,
        message: `Resource control policies do not apply to service "ec2" of "ec2:RunInstances", and AWS Organizations refuses an RCP that names it; RCPs apply to ${rcpSupportedServices().size} services in the IAM database (${databaseLabel()}), such as s3, sts, kms, sqs, secretsmanager. Remove the action, or use an SCP for that service.`,
      }],
    },
    {
      name: 'among supported actions',
      code: rcp(['s3:GetObject', 'lambda:InvokeFunction', 'IAM:PassRole']), policyType: 'rcp',
      errors: [
        { messageId: 'unsupported', line: 9, column: 18, endColumn: 24, issueCode: 'RCP_SYNTAX_ERROR_ACTION' },
        { messageId: 'unsupported', line: 10, column: 18, endColumn: 21 },
      ],
    },
    {
      name: 'a service pattern that matches no supported service',
      code: rcp('ec2*:*'), policyType: 'rcp',
      errors: [{
        messageId: 'noneMatch', line: 7, column: 24, endColumn: 28,
        message: `The service pattern "ec2*" of "ec2*:*" matches none of the ${rcpSupportedServices().size} services that resource control policies apply to in the IAM database (${databaseLabel()}); remove the action, or use an SCP for those services.`,
      }],
    },
  ],
});
