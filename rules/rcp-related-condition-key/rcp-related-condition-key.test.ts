import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './rcp-related-condition-key.js';

const rcp = (Condition: object, Effect = 'Deny') => ({
  Version: '2012-10-17',
  Statement: [{ Effect, Principal: '*', Action: 's3:*', Resource: '*', Condition }],
});

new RuleTester().run(rule, {
  valid: [
    { policyType: 'rcp', code: rcp({ StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' }, BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' } }) },
    { name: 'the service pattern', policyType: 'rcp', code: rcp({ StringNotEqualsIfExists: { 'aws:SourceOrgID': 'o-a1b2c3d4e5' }, Null: { 'aws:SourceAccount': 'false' }, Bool: { 'aws:PrincipalIsAWSService': 'true' } }) },
    { name: 'boolean JSON values and any key case', policyType: 'rcp', code: rcp({ StringNotEquals: { 'AWS:PrincipalAccount': ['111122223333'] }, Bool: { 'aws:principalisawsservice': [false] } }) },
    { name: 'a Null check alone is not a use of the key', policyType: 'rcp', code: rcp({ Null: { 'aws:SourceAccount': 'false' }, Bool: { 'aws:SecureTransport': 'false' } }) },
    { name: 'BoolIfExists "true" for the source keys', policyType: 'rcp', code: rcp({ StringNotEquals: { 'aws:SourceOrgID': 'o-a1b2c3d4e5' }, BoolIfExists: { 'aws:PrincipalIsAWSService': 'true' } }) },
    // IAM principals never carry the source keys: a Deny that fails without one cannot block them.
    { name: 'a Null "false" on a source key keeps IAM principals out', policyType: 'rcp', code: rcp({ StringNotEqualsIfExists: { 'aws:SourceOrgID': 'o-a1b2c3d4e5' }, Null: { 'aws:SourceAccount': 'false' } }) },
    { name: 'so does a positive operator on a source key', policyType: 'rcp', code: rcp({ StringEquals: { 'aws:SourceAccount': '111122223333' } }) },
    { name: 'or on aws:SourceArn', policyType: 'rcp', code: rcp({ StringNotEquals: { 'aws:SourceOrgID': 'o-a1b2c3d4e5' }, ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::*' } }) },
    { name: 'only RCPs', policyType: 'scp', code: rcp({ StringNotEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }) },
  ],
  invalid: [
    {
      name: 'RCP_MISSING_RELATED_PRINCIPAL_CONDITION_KEY',
      policyType: 'rcp',
      code: rcp({ StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }),
      errors: [{ messageId: 'principalKey', line: 11, column: 21, endColumn: 41, issueCode: 'RCP_MISSING_RELATED_PRINCIPAL_CONDITION_KEY',
        message: '"aws:PrincipalOrgID" is absent from requests that AWS services make, so this Deny also blocks service principals; add "BoolIfExists": {"aws:PrincipalIsAWSService": "false"} to limit it to IAM principals.' }],
    },
    {
      name: 'RCP_MISSING_RELATED_SERVICE_PRINCIPAL_CONDITION_KEY: the wrong value does not count',
      policyType: 'rcp',
      code: rcp({ StringNotEqualsIfExists: { 'aws:SourceAccount': '111122223333' }, Bool: { 'aws:PrincipalIsAWSService': 'false' } }),
      errors: [{ messageId: 'serviceKey', line: 11, column: 21, endColumn: 40, issueCode: 'RCP_MISSING_RELATED_SERVICE_PRINCIPAL_CONDITION_KEY',
        message: '"aws:SourceAccount" is present only on requests that AWS services make for you, so this Deny also blocks your own IAM principals; add "Bool": {"aws:PrincipalIsAWSService": "true"} to limit it to service principals.' }],
    },
    {
      name: 'a string operator does not count: aws:PrincipalIsAWSService is a Boolean key, tested with Bool',
      policyType: 'rcp',
      code: rcp({ StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' }, StringEquals: { 'aws:PrincipalIsAWSService': 'false' } }),
      errors: [{ messageId: 'principalKey', line: 11, column: 21, issueCode: 'RCP_MISSING_RELATED_PRINCIPAL_CONDITION_KEY' }],
    },
    {
      name: 'nor a list with both values, which matches either (the values are ORed)',
      policyType: 'rcp',
      code: rcp({ StringNotEqualsIfExists: { 'aws:SourceAccount': '111122223333' }, Bool: { 'aws:PrincipalIsAWSService': ['true', 'false'] } }),
      errors: [{ messageId: 'serviceKey', line: 11, column: 21, issueCode: 'RCP_MISSING_RELATED_SERVICE_PRINCIPAL_CONDITION_KEY' }],
    },
    {
      name: 'a Null "true" or IfExists on another source key still lets IAM principals in',
      policyType: 'rcp',
      code: rcp({ StringNotEqualsIfExists: { 'aws:SourceOrgID': 'o-a1b2c3d4e5' }, StringEqualsIfExists: { 'aws:SourceAccount': '111122223333' } }),
      errors: [{ messageId: 'serviceKey', line: 11, column: 21, issueCode: 'RCP_MISSING_RELATED_SERVICE_PRINCIPAL_CONDITION_KEY' }],
    },
    {
      name: 'both kinds of key in one statement',
      policyType: 'rcp',
      code: rcp({ StringNotEquals: { 'aws:PrincipalOrgPaths': 'o-a1b2c3d4e5/*', 'aws:SourceOrgPaths': 'o-a1b2c3d4e5/*' } }),
      errors: [
        { messageId: 'principalKey', line: 11, column: 21, issueCode: 'RCP_MISSING_RELATED_PRINCIPAL_CONDITION_KEY' },
        { messageId: 'serviceKey', line: 12, column: 21, issueCode: 'RCP_MISSING_RELATED_SERVICE_PRINCIPAL_CONDITION_KEY' },
      ],
    },
  ],
});
