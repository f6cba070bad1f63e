import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './secure-transport-condition.js';

const bucketPolicy = (statement: object) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', ...statement }] });
const tlsOnly = { Bool: { 'aws:SecureTransport': 'false' } };

new RuleTester().run(rule, {
  valid: [
    { name: 'AWS\'s TLS-only bucket policy: the bucket and its objects', policyType: 'resource',
      code: bucketPolicy({ Resource: ['arn:aws:s3:::example-bucket', 'arn:aws:s3:::example-bucket/*'], Condition: tlsOnly }) },
    { name: 'a pattern that covers both', policyType: 'resource', code: bucketPolicy({ Resource: 'arn:aws:s3:::example-bucket*', Condition: tlsOnly }) },
    { name: 'an Allow that requires TLS', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*', Condition: { Bool: { 'aws:SecureTransport': true } } }] } },
    { name: 'a Deny of plain HTTP on every resource (an SCP)', policyType: 'scp', code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: '*', Condition: { BoolIfExists: { 'AWS:SecureTransport': 'FALSE' } } }] } },
    { name: 'a Deny of plain HTTP for SQS: no bucket to pair', policyType: 'resource',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 'sqs:*', Resource: 'arn:aws:sqs:us-east-1:111122223333:q', Condition: tlsOnly }] } },
    { name: 'a Deny of old TLS versions: "true" narrowed by s3:TlsVersion', policyType: 'resource',
      code: bucketPolicy({ Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'], Condition: { Bool: { 'aws:SecureTransport': 'true' }, NumericLessThan: { 's3:TlsVersion': '1.2' } } }) },
    { name: 'a list of values is condition-bool-value\'s business', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { Bool: { 'aws:SecureTransport': ['true', 'false'] } } }] } },
  ],
  invalid: [
    {
      name: 'an Allow only over plain HTTP',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: 'arn:aws:s3:::b/*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] },
      errors: [{ messageId: 'allowInsecure', line: 10, column: 44, severity: 2,
        message: 'This Allow applies only to requests sent without TLS ("aws:SecureTransport" is "false" for plain HTTP), so it grants access over unencrypted HTTP and to nothing else; to require TLS, use "true" here, or deny "false" in a Deny statement.' }],
    },
    {
      name: 'a Deny of HTTPS, with a JSON boolean',
      policyType: 'resource',
      code: bucketPolicy({ Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'], Condition: { Bool: { 'aws:SecureTransport': true } } }),
      errors: [{ messageId: 'denySecure', line: 14, column: 44, severity: 2 }],
    },
    {
      name: 'a TLS-only deny on the bucket alone leaves its objects open',
      policyType: 'resource',
      code: bucketPolicy({ Resource: 'arn:aws:s3:::example-bucket', Condition: tlsOnly }),
      errors: [{ messageId: 'bucketOnly', line: 8, column: 25, severity: 1,
        message: 'This Deny of requests without TLS covers bucket "example-bucket" but not its objects, so object requests over plain HTTP (GetObject, PutObject) are not denied; add "arn:aws:s3:::example-bucket/*" to Resource.' }],
    },
    {
      name: 'on the objects alone leaves the bucket open',
      policyType: 'resource',
      code: bucketPolicy({ Resource: ['arn:aws:s3:::example-bucket/*'], Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } } }),
      errors: [{ messageId: 'objectsOnly', line: 9, column: 17, severity: 1 }],
    },
    {
      name: 'the finding points at the entry as written, after a non-string entry',
      policyType: 'resource',
      code: bucketPolicy({ Resource: [7, 'arn:aws:s3:::example-bucket'], Condition: tlsOnly }),
      errors: [{ messageId: 'bucketOnly', line: 10, column: 17, severity: 1 }],
    },
  ],
});
