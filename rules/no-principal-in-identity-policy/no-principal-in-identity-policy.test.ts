import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './no-principal-in-identity-policy.js';

const bucketPolicy = {
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }],
};

new RuleTester().run(rule, {
  valid: [
    { code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] } },
    { name: 'resource policies have principals', code: bucketPolicy, policyType: 'resource' },
    {
      name: 'trust policies have principals',
      policyType: 'trust',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] },
    },
    { name: 'a "Principal" condition key is not the element', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringEquals: { 'aws:PrincipalAccount': '111122223333' } } }] } },
  ],
  invalid: [
    {
      name: 'Principal: points at the key, suggests removing it',
      code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Principal": {"AWS": "arn:aws:iam::111122223333:user/alice"},\n      "Action": "s3:GetObject",\n      "Resource": "*"\n    }\n  ]\n}',
      errors: [{
        messageId: 'unsupported', line: 6, column: 7, endLine: 6, endColumn: 18, severity: 2, issueCode: 'UNSUPPORTED_PRINCIPAL',
        message: '"Principal" is not allowed in an identity policy; remove it, or lint this file as a resource or trust policy.',
        suggestions: [{
          messageId: 'remove',
          output: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n      "Action": "s3:GetObject",\n      "Resource": "*"\n    }\n  ]\n}',
        }],
      }],
      output: null,
    },
    {
      name: 'NotPrincipal in a single statement object, with "*" as value',
      code: '{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "NotPrincipal": "*", "Action": "*", "Resource": "*"}}',
      errors: [{
        messageId: 'unsupported', line: 1, column: 59, endColumn: 73,
        message: '"NotPrincipal" is not allowed in an identity policy; remove it, or lint this file as a resource or trust policy.',
        suggestions: [{ messageId: 'remove', output: '{"Version": "2012-10-17", "Statement": {"Effect": "Deny", "Action": "*", "Resource": "*"}}' }],
      }],
    },
    {
      name: 'both in one statement, and the last property',
      code: '{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*", "NotPrincipal": "*", "Principal": "*"}]}',
      errors: [
        { messageId: 'unsupported', line: 1, column: 68, endColumn: 82,
          suggestions: [{ messageId: 'remove', output: '{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*", "Principal": "*"}]}' }] },
        { messageId: 'unsupported', line: 1, column: 89, endColumn: 100,
          suggestions: [{ messageId: 'remove', output: '{"Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*", "NotPrincipal": "*"}]}' }] },
      ],
    },
    {
      name: 'a resource policy linted as an identity policy',
      code: bucketPolicy,
      errors: [{ messageId: 'unsupported', line: 6, column: 13, endColumn: 24,
        suggestions: [{ messageId: 'remove', output: '{\n    "Version": "2012-10-17",\n    "Statement": [\n        {\n            "Effect": "Allow",\n            "Action": "s3:GetObject",\n            "Resource": "arn:aws:s3:::b/*"\n        }\n    ]\n}' }] }],
    },
  ],
});
