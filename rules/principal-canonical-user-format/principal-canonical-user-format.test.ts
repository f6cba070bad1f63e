import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './principal-canonical-user-format.js';

const ID = '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be';
const bucket = (Principal: unknown, element = 'Principal') => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', [element]: Principal, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }],
});

new RuleTester().run(rule, {
  valid: [
    { name: 'a canonical user ID', policyType: 'resource', code: bucket({ CanonicalUser: ID }) },
    { name: 'in NotPrincipal too', policyType: 'resource', code: bucket({ CanonicalUser: [ID] }, 'NotPrincipal') },
    { name: 'wildcards are principal-wildcard\'s, template placeholders are not judged', policyType: 'resource',
      code: bucket({ CanonicalUser: ['*', '79a59df9*', '${OriginAccessIdentity.S3CanonicalUserId}'] }) },
    { name: 'other principal types are other rules\'', policyType: 'resource', code: bucket({ AWS: 'bob', Service: 'x' }) },
    { name: 'not for identity policies', code: bucket({ CanonicalUser: 'abc' }) },
  ],
  invalid: [
    {
      name: 'trailing whitespace: at the whitespace, with a trimming suggestion',
      policyType: 'resource',
      code: bucket({ CanonicalUser: `${ID} ` }),
      errors: [{ messageId: 'whitespace', line: 7, column: 99, endColumn: 100,
        message: `"CanonicalUser" principal "${ID} " ends with whitespace, and no canonical user ID has any; the principal names no one.`,
        suggestions: [{ messageId: 'trim', output: JSON.stringify(bucket({ CanonicalUser: ID }), null, 4) }] }],
    },
    {
      name: 'upper case, with a lower-case suggestion',
      policyType: 'resource',
      code: bucket({ CanonicalUser: ID.toUpperCase() }),
      errors: [{ messageId: 'upperCase', line: 7, column: 34, endColumn: 100,
        message: `"CanonicalUser" principal "${ID.toUpperCase()}" has upper-case letters, but a canonical user ID is written in lower case.`,
        suggestions: [{ messageId: 'lowerCase', output: JSON.stringify(bucket({ CanonicalUser: ID }), null, 4) }] }],
    },
    {
      name: 'too short, not hexadecimal, an account ARN and an account ID',
      policyType: 'resource',
      code: bucket({ CanonicalUser: [ID.slice(1), `${ID.slice(0, 63)}g`, 'arn:aws:iam::111122223333:root', '111122223333'] }, 'NotPrincipal'),
      errors: [
        { messageId: 'length', line: 8, column: 21, endColumn: 86,
          message: `"CanonicalUser" principal "${ID.slice(1)}" has 63 characters, but a canonical user ID has 64 (hexadecimal digits); copy the whole ID.` },
        { messageId: 'notHex', line: 9, column: 21, endColumn: 87,
          message: `"CanonicalUser" principal "${ID.slice(0, 63)}g" is not a canonical user ID, which is 64 lower-case hexadecimal characters (0-9, a-f); for an account, user or role use an "AWS" principal.` },
        { messageId: 'notHex', line: 10, column: 21 },
        { messageId: 'notHex', line: 11, column: 21, endColumn: 35 },
      ],
    },
  ],
});
