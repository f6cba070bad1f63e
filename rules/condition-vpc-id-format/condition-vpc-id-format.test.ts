import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './condition-vpc-id-format.js';

const statement = (condition: object) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: condition }],
});

new RuleTester().run(rule, {
  valid: [
    {
      name: 'short and long IDs',
      code: statement({
        StringNotEquals: { 'aws:SourceVpc': ['vpc-1a2b3c4d', 'vpc-0123456789abcdef0'], 'aws:SourceVpce': ['vpce-1a2b3c4d', 'vpce-0123456789abcdef0'] },
      }),
    },
    { name: 'patterns and variables are not checked', code: statement({ StringNotLike: { 'aws:SourceVpc': 'vpc-*', 'aws:SourceVpce': '${aws:PrincipalTag/vpce}' } }) },
    { name: 'Null takes true/false', code: statement({ Null: { 'aws:SourceVpce': 'true' } }) },
    { name: 'other keys', code: statement({ StringEquals: { 'aws:VpcSourceIp': '10.0.0.1', 'ec2:Vpc': 'arn:aws:ec2:*:*:vpc/vpc-1' } }) },
  ],
  invalid: [
    {
      name: 'whitespace around a VPC endpoint ID: at the whitespace, with a trimming suggestion',
      code: statement({ StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d ' } }),
      errors: [{ messageId: 'whitespace', line: 10, column: 53, endColumn: 54, issueCode: 'INVALID_VPCE_FORMAT',
        message: 'Value "vpce-1a2b3c4d " ends with whitespace, and no VPC or VPC endpoint ID has any, so no request matches this value.',
        suggestions: [{ messageId: 'trim', output: JSON.stringify(statement({ StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }), null, 4) }] }],
    },
    {
      code: statement({ StringNotEquals: { 'aws:SourceVpc': 'vpc-12345' } }),
      errors: [{ messageId: 'badVpc', line: 10, column: 38, endColumn: 49, issueCode: 'INVALID_VPC_FORMAT', severity: 2,
        message: 'Value "vpc-12345" is not a VPC ID; "aws:SourceVpc" takes "vpc-" followed by 8 or 17 letters and digits, such as "vpc-1a2b3c4d".' }],
    },
    {
      name: 'an endpoint ID under aws:SourceVpc, a VPC ID under aws:SourceVpce (any key case)',
      code: statement({ StringEquals: { 'aws:sourcevpc': 'vpce-1a2b3c4d', 'AWS:SourceVPCE': ['vpc-1a2b3c4d', 'vpce-1a2b3c4d5'] } }),
      errors: [
        { messageId: 'endpointAsVpc', line: 10, column: 38, endColumn: 53, issueCode: 'INVALID_VPC_FORMAT',
          message: 'Value "vpce-1a2b3c4d" is a VPC endpoint ID, but "aws:sourcevpc" takes VPC IDs ("vpc-…"); compare endpoint IDs with "aws:SourceVpce".' },
        { messageId: 'vpcAsEndpoint', line: 12, column: 25, endColumn: 39, issueCode: 'INVALID_VPCE_FORMAT',
          message: 'Value "vpc-1a2b3c4d" is a VPC ID, but "AWS:SourceVPCE" takes VPC endpoint IDs ("vpce-…"); compare VPC IDs with "aws:SourceVpc".' },
        { messageId: 'badVpce', line: 13, column: 25, endColumn: 41, issueCode: 'INVALID_VPCE_FORMAT',
          message: 'Value "vpce-1a2b3c4d5" is not a VPC endpoint ID; "AWS:SourceVPCE" takes "vpce-" followed by 8 or 17 letters and digits, such as "vpce-1a2b3c4d".' },
      ],
    },
    {
      name: 'upper-case prefix, single statement',
      code: '{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "s3:*", "Resource": "*",\n  "Condition": {"StringNotEqualsIfExists": {"aws:SourceVpc": "VPC-1A2B3C4D"}}}}',
      errors: [{ messageId: 'badVpc', line: 2, column: 62, endColumn: 76 }],
    },
  ],
});
