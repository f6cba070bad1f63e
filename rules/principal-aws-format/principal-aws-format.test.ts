import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './principal-aws-format.js';

// A bucket policy as public code writes it: the origin access identity with a "/" before its ID.
const OAI_WITH_SLASH = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Principal": {
        "AWS": "arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity/E2QWRUHAPOMQZL"
      },
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*"
    }
  ]
}
`;
const trust = (AWS: unknown) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS }, Action: 'sts:AssumeRole' }] });

new RuleTester().run(rule, {
  valid: [
    { name: 'account IDs, IAM and STS ARNs', policyType: 'trust', code: trust([
      '111122223333', 'arn:aws:iam::111122223333:root', 'arn:aws:iam::111122223333:role/path/deployer', 'arn:aws:iam::111122223333:user/Jane',
      'arn:aws:sts::111122223333:assumed-role/admin/jane', 'arn:aws-cn:iam::111122223333:root', 'arn:aws-us-gov:iam::111122223333:role/x',
    ]) },
    { name: 'a CloudFront origin access identity', policyType: 'resource', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity E1A2B3C4D5E6F7' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*' }] } },
    { name: '"*" and unique IDs are other rules\' business', policyType: 'trust', code: trust(['*', 'AROA1234567890EXAMPLE']) },
    { name: 'variables and wildcards are not judged', policyType: 'trust', code: trust(['${aws:PrincipalAccount}', 'arn:aws:iam::*:role/x']) },
    { name: 'a template\'s placeholders as the partition or account field', policyType: 'trust', code: trust([
      'arn:${AWS::Partition}:iam::111122223333:root', 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/x', 'arn:aws:iam::${Ref::Account}:root',
      'arn:${AWS::Partition}:sts::${AWS::AccountId}:assumed-role/admin/jane', '${GetAtt::Role.Arn}', 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/${Ref::Name}',
    ]) },
    { name: 'Service principals are another rule\'s', policyType: 'trust', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'bob' }, Action: 'sts:AssumeRole' }] } },
  ],
  invalid: [
    {
      name: 'an account ID that lost a digit',
      policyType: 'trust',
      code: trust('11112222333'),
      errors: [{ messageId: 'digits', line: 7, column: 24,
        message: '"AWS" principal "11112222333" has 11 digits, but an account ID has 12 (was a leading zero lost, or a digit dropped?); IAM rejects the policy as having an invalid principal.' }],
    },
    {
      name: 'a user name, a bucket ARN and a dashed account ID',
      policyType: 'resource',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: ['bob', 'arn:aws:s3:::bucket', '1111-2222-3333'] }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] },
      errors: [
        { messageId: 'notPrincipal', line: 8, column: 21,
          message: '"AWS" principal "bob" is not an account ID (12 digits), an IAM or STS ARN such as "arn:aws:iam::111122223333:role/name", or "*"; IAM rejects the policy as having an invalid principal.' },
        { messageId: 'notPrincipal', line: 9, column: 21 },
        { messageId: 'notPrincipal', line: 10, column: 21 },
      ],
    },
    {
      name: 'a wrong account next to the partition placeholder CDK writes in every ARN',
      policyType: 'trust',
      code: trust(['arn:${AWS::Partition}:iam::12345678:root', 'arn:${AWS::Partition}:s3:::bucket']),
      errors: [
        { messageId: 'notPrincipal', line: 8, column: 21,
          message: '"AWS" principal "arn:${AWS::Partition}:iam::12345678:root" is not an account ID (12 digits), an IAM or STS ARN such as "arn:aws:iam::111122223333:role/name", or "*"; IAM rejects the policy as having an invalid principal.' },
        { messageId: 'notPrincipal', line: 9, column: 21 },
      ],
    },
    {
      name: 'a CloudFront origin access identity written with a "/" before its ID (as several public bucket policies do)',
      policyType: 'resource',
      code: OAI_WITH_SLASH,
      errors: [{ messageId: 'oai', line: 7, column: 16, endLine: 7, endColumn: 95,
        message: '"AWS" principal "arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity/E2QWRUHAPOMQZL" is not a CloudFront origin access identity, which is written "arn:aws:iam::cloudfront:user/CloudFront Origin Access Identity <ID>", with a space before the ID; IAM rejects the policy as having an invalid principal.' }],
    },
    {
      name: 'whitespace around an ARN or an account ID: no principal has any',
      policyType: 'trust',
      code: trust(['arn:aws:iam::111122223333:role/deployer ', ' 111122223333', ' arn:aws:iam::111122223333:root\n']),
      errors: [
        { messageId: 'whitespace', line: 8, column: 61, endColumn: 62,
          message: '"AWS" principal "arn:aws:iam::111122223333:role/deployer " ends with whitespace, and no account ID, user, role or session name has any; IAM rejects the policy as having an invalid principal.',
          suggestions: [{ messageId: 'trim', output: JSON.stringify(trust(['arn:aws:iam::111122223333:role/deployer', ' 111122223333', ' arn:aws:iam::111122223333:root\n']), null, 4) }] },
        { messageId: 'whitespace', line: 9, column: 22, endColumn: 23 },
        { messageId: 'whitespace', line: 10, column: 21, endColumn: 56,
          suggestions: [{ messageId: 'trim', output: JSON.stringify(trust(['arn:aws:iam::111122223333:role/deployer ', ' 111122223333', 'arn:aws:iam::111122223333:root']), null, 4) }] },
      ],
    },
    {
      name: 'other users and roles of the cloudfront account',
      policyType: 'resource',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::cloudfront:role/x', 'arn:aws:sts::cloudfront:user/CloudFront Origin Access Identity E1A2B3C4D5E6F7'] },
        Action: 's3:GetObject', Resource: 'arn:aws:s3:::site/*' }] },
      errors: [{ messageId: 'oai', line: 8, column: 21 }, { messageId: 'oai', line: 9, column: 21 }],
    },
  ],
});
