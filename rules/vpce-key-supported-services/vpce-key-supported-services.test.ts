import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './vpce-key-supported-services.js';

const statement = (extra: Record<string, unknown>, condition: unknown = { StringNotEquals: { 'aws:VpceOrgID': 'o-a1b2c3d4e5' } }) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', ...extra, Resource: '*', Condition: condition }],
});

new RuleTester().run(rule, {
  valid: [
    { code: statement({ Action: ['s3:GetObject', 's3:PutObject'] }) },
    { name: 'service-wide patterns name their service', code: statement({ Action: ['s3:*', 'kms:Decrypt'] }) },
    { name: 'other keys', code: statement({ Action: '*' }, { StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }) },
    { name: 'an RCP that names supported services (AWS data perimeter example)', code: statement({ Principal: '*', Action: ['s3:*', 'kms:*'] }), policyType: 'rcp' },
  ],
  invalid: [
    {
      name: 'an RCP with "Action": "*": every service RCPs apply to, most of which do not set the key',
      code: statement({ Principal: '*', Action: '*' }),
      policyType: 'rcp',
      errors: [{
        messageId: 'allRcpServices', line: 11, column: 21, endLine: 11, endColumn: 36, severity: 2, issueCode: 'USE_CONDITION_KEY_ONLY_WITH_SUPPORTED_SERVICES',
        message: '"aws:VpceOrgID" is set only by the AWS services that support it, but "Action": "*" applies this statement to every service resource control policies apply to, not only to those; name the actions of supported services in Action.',
      }],
    },
    {
      name: 'Action "*"',
      code: statement({ Action: '*' }),
      errors: [{
        messageId: 'allServices', line: 10, column: 21, endLine: 10, endColumn: 36, severity: 2, issueCode: 'USE_CONDITION_KEY_ONLY_WITH_SUPPORTED_SERVICES',
        message: '"aws:VpceOrgID" is set only by the AWS services that support it, but "Action": "*" applies this statement to every service; name the actions of supported services in Action.',
      }],
    },
    {
      name: 'NotAction, and a wildcard service',
      code: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Deny', NotAction: 'iam:*', Resource: '*', Condition: { StringNotEquals: { 'aws:VpceAccount': '111122223333' } } },
          { Effect: 'Deny', Action: ['s3:GetObject', '*:Get*'], Resource: '*', Condition: { 'ForAnyValue:StringNotLike': { 'aws:VpceOrgPaths': 'o-a1b2c3d4e5/*' } } },
        ],
      },
      errors: [
        { messageId: 'allServices', line: 10, column: 21, issueCode: 'USE_CONDITION_KEY_ONLY_WITH_SUPPORTED_SERVICES', message: '"aws:VpceAccount" is set only by the AWS services that support it, but NotAction applies this statement to every service; name the actions of supported services in Action.' },
        { messageId: 'allServices', line: 23, column: 21, issueCode: 'USE_CONDITION_KEY_ONLY_WITH_SUPPORTED_SERVICES' },
      ],
    },
  ],
});
