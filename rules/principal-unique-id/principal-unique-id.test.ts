import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './principal-unique-id.js';

const trust = (AWS: unknown) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS }, Action: 'sts:AssumeRole' }],
});

new RuleTester().run(rule, {
  valid: [
    { policyType: 'trust', code: trust('arn:aws:iam::123456789012:role/deployer') },
    { policyType: 'trust', code: trust(['123456789012', '*']) },
    { name: 'too short to be an ID', policyType: 'trust', code: trust('AROA123') },
    { name: 'an account principal written in lower case is not an ID', policyType: 'resource', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: 'aroaexampleid1234567' }, Action: 's3:GetObject', Resource: '*' }] } },
    { name: 'identity policies are not this rule', code: trust('AROAEXAMPLEID12345678') },
  ],
  invalid: [
    {
      policyType: 'trust',
      code: trust('AROA3XFRBF535PLBIFPI4'),
      errors: [{ messageId: 'roleId', line: 7, column: 24, endColumn: 47, issueCode: 'INVALID_ROLE_REFERENCE',
        message: 'Principal "AROA3XFRBF535PLBIFPI4" is an IAM role\'s unique ID; write the role ARN (arn:aws:iam::<account>:role/<name>). IAM shows an ID here when the role was deleted, and a recreated role gets a new ID that this policy will not match.' }],
    },
    {
      name: 'a user ID in a resource policy NotPrincipal, among ARNs',
      policyType: 'resource',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', NotPrincipal: { AWS: ['arn:aws:iam::123456789012:root', 'AIDACKCEVSQ6C2EXAMPLE'] }, Action: 's3:*', Resource: '*' }] },
      errors: [{ messageId: 'userId', line: 9, column: 21, endColumn: 44, issueCode: 'INVALID_USER_REFERENCE',
        message: 'Principal "AIDACKCEVSQ6C2EXAMPLE" is an IAM user\'s unique ID; write the user ARN (arn:aws:iam::<account>:user/<name>). IAM shows an ID here when the user was deleted, and a recreated user gets a new ID that this policy will not match.' }],
    },
  ],
});
