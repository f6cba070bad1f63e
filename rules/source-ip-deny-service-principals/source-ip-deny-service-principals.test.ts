import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './source-ip-deny-service-principals.js';

const ips = { 'aws:SourceIp': ['192.0.2.0/24', '203.0.113.0/24'] };
const policy = (Condition: object, extra: object = {}) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: 'arn:aws:s3:::amzn-s3-demo-bucket/*', ...extra, Condition }],
});
const text = (value: object) => JSON.stringify(value, null, 4);
const message = (operator: string) =>
  `"${operator}" on "aws:SourceIp" also denies AWS service principals: AWS redacts network context such as the source IP from service-to-service calls; add "BoolIfExists": {"aws:PrincipalIsAWSService": "false"} to exclude them from this Deny.`;

new RuleTester().run(rule, {
  valid: [
    { name: 'the exclusion AWS documents', policyType: 'resource', code: policy({ NotIpAddress: ips, BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' } }) },
    { name: 'Bool, a JSON boolean, any key case', policyType: 'resource', code: policy({ NotIpAddressIfExists: ips, Bool: { 'AWS:principalIsAwsService': false } }) },
    { name: 'the services named by aws:PrincipalServiceName', policyType: 'resource', code: policy({ NotIpAddress: ips, StringNotEqualsIfExists: { 'aws:PrincipalServiceName': 'cloudtrail.amazonaws.com' } }) },
    { name: 'a Deny of the listed addresses', policyType: 'resource', code: policy({ IpAddress: ips }) },
    { name: 'an Allow', policyType: 'resource', code: policy({ NotIpAddress: ips }, { Effect: 'Allow' }) },
    { name: 'aws:VpcSourceIp is not this key', policyType: 'resource', code: policy({ NotIpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16' } }) },
    { name: 'a Deny for named IAM principals only', policyType: 'resource', code: policy({ NotIpAddress: ips }, { Principal: { AWS: 'arn:aws:iam::111122223333:role/Reader' } }) },
    { name: 'a NotPrincipal that leaves services out', policyType: 'resource', code: policy({ NotIpAddress: ips }, { Principal: undefined, NotPrincipal: { Service: 'cloudtrail.amazonaws.com' } }) },
    { name: 'identity policies: services keep the original address (forward access sessions)', code: { Version: '2012-10-17', Statement: { Effect: 'Deny', Action: '*', Resource: '*', Condition: { NotIpAddress: ips } } } },
    { name: 'nor SCPs', policyType: 'scp', code: { Version: '2012-10-17', Statement: { Effect: 'Deny', Action: '*', Resource: '*', Condition: { NotIpAddress: ips } } } },
  ],
  invalid: [
    {
      name: 'a bucket policy that denies every other address',
      policyType: 'resource',
      code: policy({ NotIpAddress: ips }),
      errors: [{
        messageId: 'servicesBlocked', line: 11, column: 21, message: message('NotIpAddress'),
        suggestions: [{ messageId: 'addIsService', output: text(policy({ NotIpAddress: ips, BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' } })) }],
      }],
    },
    {
      name: 'IfExists; the key joins an existing BoolIfExists block',
      policyType: 'resource',
      code: policy({ NotIpAddressIfExists: ips, BoolIfExists: { 'aws:SecureTransport': 'true' } }),
      errors: [{
        messageId: 'servicesBlocked', line: 11, column: 21, message: message('NotIpAddressIfExists'),
        suggestions: [{ messageId: 'addIsService', output: text(policy({ NotIpAddressIfExists: ips, BoolIfExists: { 'aws:SecureTransport': 'true', 'aws:PrincipalIsAWSService': 'false' } })) }],
      }],
    },
    {
      name: 'aws:PrincipalIsAWSService "true" is no exclusion, and gets no second entry',
      policyType: 'resource',
      code: policy({ NotIpAddress: ips, Bool: { 'aws:PrincipalIsAWSService': 'true' } }),
      errors: [{ messageId: 'servicesBlocked', line: 11, column: 21, suggestions: [] }],
    },
    {
      name: '"false" beside "true" is no exclusion: the values are ORed, and a service principal\'s "true" matches',
      policyType: 'resource',
      code: policy({ NotIpAddress: ips, BoolIfExists: { 'aws:PrincipalIsAWSService': ['false', 'true'] } }),
      errors: [{ messageId: 'servicesBlocked', line: 11, column: 21, suggestions: [] }],
    },
    {
      name: 'nor is a string operator, which does not fit the Boolean key',
      policyType: 'resource',
      code: policy({ NotIpAddress: ips, StringEquals: { 'aws:PrincipalIsAWSService': 'false' } }),
      errors: [{ messageId: 'servicesBlocked', line: 11, column: 21, suggestions: [] }],
    },
    {
      name: 'aws:ViaAWSService "false" does not exclude service principals',
      policyType: 'resource',
      code: policy({ NotIpAddress: ips, Bool: { 'aws:ViaAWSService': 'false' } }, { Principal: { AWS: '*' } }),
      errors: [{ messageId: 'servicesBlocked', line: 13, column: 21 }],
    },
    {
      name: 'a NotPrincipal that names IAM principals only',
      policyType: 'resource',
      code: policy({ NotIpAddress: ips }, { Principal: undefined, NotPrincipal: { AWS: 'arn:aws:iam::111122223333:role/Admin' } }),
      errors: [{ messageId: 'servicesBlocked', line: 13, column: 21 }],
    },
    {
      // Step Functions' guide grants execute-api:Invoke to states.amazonaws.com in an API's resource policy: a
      // service principal can call an API, so an API Gateway Deny from other addresses is reported too.
      name: 'an API Gateway resource policy: service principals such as Step Functions\' can invoke an API',
      policyType: 'resource',
      code: policy({ NotIpAddress: ips }, { Action: 'execute-api:Invoke', Resource: 'execute-api:/*/*/*' }),
      errors: [{ messageId: 'servicesBlocked', line: 11, column: 21, message: message('NotIpAddress') }],
    },
    {
      name: 'an RCP',
      policyType: 'rcp',
      code: policy({ NotIpAddressIfExists: ips }),
      errors: [{ messageId: 'servicesBlocked', line: 11, column: 21 }],
    },
  ],
});
