import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './condition-source-ip-public.js';

const statement = (effect: string, condition: object) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: effect, Action: 's3:*', Resource: '*', Condition: condition }],
});

new RuleTester().run(rule, {
  valid: [
    { code: statement('Allow', { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/32'] } }) },
    { name: 'private ranges with aws:VpcSourceIp', code: statement('Allow', { IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/8' } }) },
    { name: 'a range that merely contains private space is not private', code: statement('Deny', { NotIpAddress: { 'aws:SourceIp': ['0.0.0.0/0', '10.0.0.0/7'] } }) },
    { name: 'invalid values are left to condition-ip-range-valid', code: statement('Allow', { IpAddress: { 'aws:SourceIp': ['office', '${aws:x}'] } }) },
    { name: 'not an IP operator', code: statement('Allow', { StringEquals: { 'aws:SourceIp': '10.0.0.1' } }) },
  ],
  invalid: [
    {
      code: statement('Allow', { IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '192.168.1.0/24'] } }),
      errors: [{
        messageId: 'onlyPrivate', line: 10, column: 21, endColumn: 35, issueCode: 'PRIVATE_IP_ADDRESS', severity: 2,
        message: '"aws:SourceIp" under "IpAddress" lists only private ranges, so it never matches: "aws:SourceIp" holds public addresses only. List public ranges, or use "aws:VpcSourceIp" for private ones.',
      }],
    },
    {
      name: 'NotIpAddress, IfExists, any key case, IPv6 unique local',
      code: statement('Deny', { NotIpAddressIfExists: { 'AWS:sourceip': ['172.16.0.0/12', 'fd12:3456::/32'] } }),
      errors: [{
        messageId: 'onlyPrivateNot', line: 10, column: 21, endColumn: 35, issueCode: 'PRIVATE_NOT_IP_ADDRESS',
        message: '"AWS:sourceip" under "NotIpAddressIfExists" lists only private ranges, so it matches every request: "aws:SourceIp" holds public addresses only. List public ranges, or use "aws:VpcSourceIp" for private ones.',
      }],
    },
    {
      name: 'a mix: a warning at each private range',
      code: statement('Allow', { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '10.1.0.0/16', '192.168.0.7'] } }),
      errors: [
        { messageId: 'somePrivate', line: 12, column: 25, endColumn: 38, issueCode: 'PRIVATE_IP_ADDRESS_SUBSET', severity: 1,
          message: 'Private range "10.1.0.0/16" never matches "aws:SourceIp", which holds public addresses only; move it to a condition on "aws:VpcSourceIp".' },
        { messageId: 'somePrivate', line: 13, column: 25, endColumn: 38, issueCode: 'PRIVATE_IP_ADDRESS_SUBSET' },
      ],
    },
    {
      name: 'a mix under NotIpAddress, single statement and value lists',
      code: '{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "s3:*", "Resource": "*",\n  "Condition": {"NotIpAddress": {"aws:SourceIp": ["198.51.100.0/24", "10.0.0.0/8"]}}}}',
      errors: [{ messageId: 'somePrivate', line: 2, column: 70, endColumn: 82, issueCode: 'PRIVATE_NOT_IP_ADDRESS_SUBSET' }],
    },
    {
      name: 'a single private address',
      code: '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:*", "Resource": "*",\n  "Condition": {"IpAddress": {"aws:SourceIp": "192.168.0.1"}}}}',
      errors: [{ messageId: 'onlyPrivate', line: 2, column: 31, endColumn: 45 }],
    },
  ],
});
