import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './condition-ip-range-valid.js';

const statement = (condition: object) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Action: '*', Resource: '*', Condition: condition }],
});

new RuleTester().run(rule, {
  valid: [
    {
      name: 'IPv4 and IPv6, addresses and ranges',
      code: statement({
        NotIpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '198.51.100.7', '2001:db8::/32', '2001:DB8:1234:5678::/64', '0.0.0.0/0'] },
        'IpAddressIfExists': { 'aws:VpcSourceIp': '10.0.0.0/16' },
      }),
    },
    { name: 'variables and nested values are left to other rules', code: statement({ IpAddress: { 'aws:SourceIp': ['${aws:x}', { a: 1 }] } }) },
    { name: 'other operators are not checked', code: statement({ StringEquals: { 'aws:SourceIp': 'office' } }) },
  ],
  invalid: [
    {
      code: statement({ NotIpAddress: { 'aws:SourceIp': 'office' } }),
      errors: [{ messageId: 'notIp', line: 10, column: 37, endColumn: 45, issueCode: 'TYPE_MISMATCH_IP_RANGE', severity: 2,
        message: 'Value "office" is not an IP address or CIDR range; "NotIpAddress" takes values such as "203.0.113.0/24" or "2001:db8::/32".' }],
    },
    {
      name: 'octet out of range, prefix too long, stray spaces, a number, a trailing slash',
      code: statement({ IpAddress: { 'aws:SourceIp': ['203.0.113.256', '203.0.113.0/33', ' 203.0.113.0/24', 203, '2001:db8::/129', '203.0.113.0/'] } }),
      errors: [
        { messageId: 'notIp', line: 11, column: 25, endColumn: 40 },
        { messageId: 'notIp', line: 12, column: 25, endColumn: 41 },
        { messageId: 'notIp', line: 13, column: 25, endColumn: 42 },
        { messageId: 'notIp', line: 14, column: 25, endColumn: 28, message: 'Value 203 is not an IP address or CIDR range; "IpAddress" takes values such as "203.0.113.0/24" or "2001:db8::/32".' },
        { messageId: 'notIp', line: 15, column: 25, endColumn: 41 },
        { messageId: 'notIp', line: 16, column: 25, endColumn: 39 },
      ],
    },
    {
      name: 'host bits: a warning with a suggestion',
      code: '{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "*", "Resource": "*",\n  "Condition": {"NotIpAddress": {"aws:SourceIp": ["203.0.113.7/24", "2001:DB8:1234:5678::1/64"]}}}}',
      errors: [
        {
          messageId: 'hostBits', line: 2, column: 51, endColumn: 67, issueCode: 'IMPROVE_IP_RANGE', severity: 1,
          message: 'Range "203.0.113.7/24" has bits set after its /24 mask, which are ignored; write "203.0.113.0/24".',
          suggestions: [{ messageId: 'useNetwork', output: '{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "*", "Resource": "*",\n  "Condition": {"NotIpAddress": {"aws:SourceIp": ["203.0.113.0/24", "2001:DB8:1234:5678::1/64"]}}}}' }],
        },
        {
          messageId: 'hostBits', line: 2, column: 69, endColumn: 95,
          message: 'Range "2001:DB8:1234:5678::1/64" has bits set after its /64 mask, which are ignored; write "2001:db8:1234:5678::/64".',
          suggestions: [{ messageId: 'useNetwork', output: '{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "*", "Resource": "*",\n  "Condition": {"NotIpAddress": {"aws:SourceIp": ["203.0.113.7/24", "2001:db8:1234:5678::/64"]}}}}' }],
        },
      ],
    },
  ],
});
