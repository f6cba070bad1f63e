import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './rcp-source-key-null-check.js';

const rcp = (Condition: object, Effect = 'Deny') => ({
  Version: '2012-10-17',
  Statement: [{ Effect, Principal: '*', Action: 's3:*', Resource: '*', Condition }],
});
const IS_SERVICE = { Bool: { 'aws:PrincipalIsAWSService': 'true' } };

new RuleTester().run(rule, {
  valid: [
    { name: 'the pattern of AWS\'s RCP examples', policyType: 'rcp', code: rcp({ StringNotEqualsIfExists: { 'aws:SourceOrgID': 'o-a1b2c3d4e5' }, Null: { 'aws:SourceAccount': 'false' }, ...IS_SERVICE }) },
    { name: 'a Null check on another source key, any key case, a JSON boolean', policyType: 'rcp', code: rcp({ StringNotEquals: { 'aws:SourceOrgPaths': 'o-a1b2c3d4e5/*' }, Null: { 'AWS:SOURCEORGID': false }, ...IS_SERVICE }) },
    { name: 'a positive operator on aws:SourceArn also needs a source key', policyType: 'rcp', code: rcp({ StringNotEqualsIfExists: { 'aws:SourceAccount': '111122223333' }, ArnLike: { 'aws:SourceArn': 'arn:aws:cloudtrail:*:111122223333:trail/*' }, ...IS_SERVICE }) },
    { name: 'so does a Null "false" on aws:SourceArn', policyType: 'rcp', code: rcp({ StringNotEqualsIfExists: { 'aws:SourceAccount': '111122223333' }, Null: { 'aws:SourceArn': 'false' }, ...IS_SERVICE }) },
    { name: 'a positive operator does not match a request without the key', policyType: 'rcp', code: rcp({ StringEquals: { 'aws:SourceAccount': '444455556666' }, ...IS_SERVICE }) },
    { name: 'a Null check alone', policyType: 'rcp', code: rcp({ Null: { 'aws:SourceAccount': 'true' }, ...IS_SERVICE }) },
    { name: 'only Deny statements', policyType: 'rcp', code: rcp({ StringNotEqualsIfExists: { 'aws:SourceOrgID': 'o-a1b2c3d4e5' } }, 'Allow') },
    { name: 'only RCPs', policyType: 'resource', code: rcp({ StringNotEqualsIfExists: { 'aws:SourceOrgID': 'o-a1b2c3d4e5' }, ...IS_SERVICE }) },
  ],
  invalid: [
    {
      name: 'RCP_MISSING_SERVICE_CONDITION_KEY_NULL_CHECK',
      policyType: 'rcp',
      code: rcp({ StringNotEqualsIfExists: { 'aws:SourceOrgID': 'o-a1b2c3d4e5' }, ...IS_SERVICE }),
      errors: [{ messageId: 'noNullCheck', line: 11, column: 21, endColumn: 38, issueCode: 'RCP_MISSING_SERVICE_CONDITION_KEY_NULL_CHECK',
        message: '"aws:SourceOrgID" is absent from the requests of AWS services that do not send source keys (such as a service assuming a service role), so this Deny blocks them too; add "Null": {"aws:SourceAccount": "false"} to apply it only to requests that carry aws:SourceAccount.' }],
    },
    {
      name: 'a negated operator without IfExists also matches a request without the key',
      policyType: 'rcp',
      code: rcp({ StringNotEquals: { 'aws:SourceAccount': ['111122223333'] }, ...IS_SERVICE }),
      errors: [{ messageId: 'noNullCheck', line: 11, column: 21, issueCode: 'RCP_MISSING_SERVICE_CONDITION_KEY_NULL_CHECK' }],
    },
    {
      name: 'a Null check "true", IfExists on aws:SourceArn or a Null on another key is not a guard',
      policyType: 'rcp',
      code: rcp({ StringNotEqualsIfExists: { 'aws:SourceOrgPaths': 'o-a1b2c3d4e5/*' }, ArnLikeIfExists: { 'aws:SourceArn': 'arn:aws:*:*:111122223333:*' }, Null: { 'aws:SourceAccount': 'true', 'aws:ResourceTag/dp:exclude': 'false' }, ...IS_SERVICE }),
      errors: [{ messageId: 'noNullCheck', line: 11, column: 21, issueCode: 'RCP_MISSING_SERVICE_CONDITION_KEY_NULL_CHECK' }],
    },
    {
      name: 'one finding a statement, at the first source key',
      policyType: 'rcp',
      code: rcp({ StringNotEqualsIfExists: { 'aws:SourceOrgID': 'o-a1b2c3d4e5', 'aws:SourceAccount': '111122223333' }, ...IS_SERVICE }),
      errors: [{ messageId: 'noNullCheck', line: 11, column: 21, issueCode: 'RCP_MISSING_SERVICE_CONDITION_KEY_NULL_CHECK' }],
    },
  ],
});
