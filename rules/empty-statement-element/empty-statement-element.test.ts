import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './empty-statement-element.js';

const statement = (s: object) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', ...s }] });

new RuleTester().run(rule, {
  valid: [
    { code: statement({ Action: 's3:GetObject', Resource: '*' }) },
    { name: 'NotAction and NotResource may be empty lists (they mean "all"); not this rule', code: statement({ NotAction: [], NotResource: [] }) },
    { policyType: 'resource', code: statement({ Principal: { AWS: ['123456789012'] }, Action: ['s3:GetObject'], Resource: ['arn:aws:s3:::b/*'] }) },
    { name: 'an empty string is another rule\'s', code: statement({ Action: '', Resource: '*' }) },
  ],
  invalid: [
    {
      name: 'EMPTY_ARRAY_ACTION and EMPTY_ARRAY_RESOURCE',
      code: statement({ Action: [], Resource: [] }),
      errors: [
        { messageId: 'emptyAction', line: 6, column: 13, endColumn: 21, issueCode: 'EMPTY_ARRAY_ACTION', severity: 2,
          message: '"Action" is an empty list, so this statement applies to no action and has no effect; list the actions, or remove the statement.' },
        { messageId: 'emptyResource', line: 7, column: 13, endColumn: 23, issueCode: 'EMPTY_ARRAY_RESOURCE',
          message: '"Resource" is an empty list, so this statement applies to no resource and has no effect; list the resources (or "*"), or remove the statement.' },
      ],
    },
    {
      name: 'EMPTY_ARRAY_PRINCIPAL',
      policyType: 'resource',
      code: statement({ Principal: { AWS: [], Service: 'sns.amazonaws.com' }, Action: 'sqs:SendMessage', Resource: '*' }),
      errors: [{ messageId: 'emptyPrincipalList', line: 7, column: 17, endColumn: 22, issueCode: 'EMPTY_ARRAY_PRINCIPAL',
        message: 'Principal "AWS" is an empty list and names no principal; list the principals, or remove "AWS".' }],
    },
    {
      name: 'EMPTY_OBJECT_PRINCIPAL, in a single statement object',
      policyType: 'trust',
      code: { Version: '2012-10-17', Statement: { Effect: 'Allow', Principal: {}, Action: 'sts:AssumeRole' } },
      errors: [{ messageId: 'emptyPrincipalObject', line: 5, column: 9, endColumn: 20, issueCode: 'EMPTY_OBJECT_PRINCIPAL',
        message: '"Principal" is an empty object, so this statement applies to nobody and has no effect; name the principals, or remove the statement.' }],
    },
  ],
});
