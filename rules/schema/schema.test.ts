import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './schema.js';

const V = '2012-10-17';
const PRINCIPAL_TYPES = '"AWS", "Service", "Federated" or "CanonicalUser"';

new RuleTester().run(rule, {
  valid: [
    {
      name: 'resource: an Amazon ECR repository policy names no Resource',
      policyType: 'resource',
      code: { Version: V, Statement: [
        { Sid: 'CiPull', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:role/ci' }, Action: ['ecr:BatchGetImage', 'ecr:GetDownloadUrlForLayer'] },
        { Sid: 'PublicRead', Effect: 'Allow', Principal: '*', Action: 'ecr-public:BatchCheckLayerAvailability' },
      ] },
    },
    {
      name: 'resource: an Amazon EFS file system policy may name no Resource (EFS fills in the file system)',
      policyType: 'resource',
      code: { Version: V, Statement: [
        { Effect: 'Allow', Principal: { AWS: '*' }, Action: ['elasticfilesystem:ClientWrite', 'elasticfilesystem:ClientRootAccess'],
          Condition: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } } },
      ] },
    },
    {
      name: 'identity: statements as an array, Sid, NotAction / NotResource, conditions of every value type',
      code: {
        Version: V,
        Id: 'a1b2c3',
        Statement: [
          { Sid: 'ReadBucket', Effect: 'Allow', Action: ['s3:GetObject', 's3:ListBucket'], Resource: ['arn:aws:s3:::b', 'arn:aws:s3:::b/*'] },
          {
            Sid: 'DenyWithoutMfa', Effect: 'Deny', NotAction: ['iam:ListMFADevices', 'sts:GetSessionToken'], NotResource: 'arn:aws:iam::*:mfa/*',
            Condition: {
              BoolIfExists: { 'aws:MultiFactorAuthPresent': false },
              NumericLessThan: { 'aws:MultiFactorAuthAge': 3600 },
              StringEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-central-1'] },
              'ForAnyValue:StringLike': { 'aws:TagKeys': [] },
              Bool: { 'aws:SecureTransport': 'true' },
              NumericEquals: { 's3:max-keys': [10, 20] },
            },
          },
        ],
      },
    },
    { name: 'identity: one statement object with string values', code: { Version: V, Statement: { Effect: 'Allow', Action: '*', Resource: '*' } } },
    { name: 'identity: Version 2008-10-17, empty Condition and empty Action list', code: { Version: '2008-10-17', Statement: [{ Effect: 'Allow', Action: [], Resource: '*', Condition: {} }] } },
    {
      name: 'resource: every principal form',
      policyType: 'resource',
      code: {
        Version: V,
        Id: 'BucketPolicy',
        Statement: [
          { Sid: 'Public', Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
          {
            Effect: 'Allow',
            Principal: { AWS: ['arn:aws:iam::123456789012:root', '210987654321'], Service: 'cloudtrail.amazonaws.com', CanonicalUser: '79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be' },
            Action: ['s3:PutObject'],
            Resource: 'arn:aws:s3:::b/*',
            Condition: { StringEquals: { 's3:x-amz-acl': 'bucket-owner-full-control' } },
          },
          { Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::123456789012:role/Admin' }, NotAction: 's3:GetObject', Resource: '*' },
          { Effect: 'Allow', Principal: { AWS: '*' }, Action: 'sqs:SendMessage', NotResource: 'arn:aws:sqs:eu-west-1:123456789012:private' },
          { Effect: 'Allow', Principal: {}, Action: 's3:GetObject', Resource: '*' },
        ],
      },
    },
    {
      name: 'trust: service and federated principals, no Resource',
      policyType: 'trust',
      code: {
        Version: V,
        Statement: [
          { Effect: 'Allow', Principal: { Service: ['ec2.amazonaws.com', 'lambda.amazonaws.com'] }, Action: 'sts:AssumeRole' },
          {
            Effect: 'Allow',
            Principal: { Federated: 'arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com' },
            Action: ['sts:AssumeRoleWithWebIdentity'],
            Condition: { StringLike: { 'token.actions.githubusercontent.com:sub': 'repo:org/repo:ref:refs/heads/main' } },
          },
        ],
      },
    },
    {
      name: 'scp: Deny with NotAction and a condition, Allow with NotResource',
      policyType: 'scp',
      code: {
        Version: V,
        Statement: [
          { Sid: 'RegionLock', Effect: 'Deny', NotAction: ['iam:*', 'organizations:*'], Resource: '*', Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } } },
          { Effect: 'Allow', Action: '*', NotResource: 'arn:aws:s3:::audit-logs/*' },
        ],
      },
    },
    {
      name: 'rcp: Principal "*", NotResource, boolean condition',
      policyType: 'rcp',
      code: {
        Version: V,
        Statement: [
          { Effect: 'Allow', Principal: '*', Action: '*', Resource: '*' },
          {
            Effect: 'Deny', Principal: '*', Action: 's3:*', NotResource: 'arn:aws:s3:::public/*',
            Condition: { StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-abc123' }, BoolIfExists: { 'aws:PrincipalIsAWSService': false } },
          },
        ],
      },
    },
    {
      name: 'left to other rules: Version value, Effect presence and case, Sid characters, Principal in an identity policy',
      code: {
        Version: '2020-01-01',
        Statement: [
          { Sid: 'not alphanumeric!', Effect: 'allow', Action: 's3:GetObject', Resource: '*' },
          { Action: 's3:GetObject', Resource: '*', Principal: '*' },
          { Effect: true, NotPrincipal: { AWS: '*' }, Action: '*', Resource: '*' },
        ],
      },
    },
    { name: 'left to other rules: a Version that is not a string, and no Version at all', code: { Version: 2012, Statement: [{ Effect: 'Allow', Action: '*', Resource: '*' }] } },
    { name: 'left to no-duplicate-keys: the last of duplicate keys is what IAM reads', code: '{"Statement": {"Effect": "Allow", "Action": 1, "Action": "s3:*", "Resource": "*"}}' },
  ],
  invalid: [
    // INVALID_POLICY_ELEMENT
    {
      name: 'a misspelt statement element gets a rename suggestion, and no missing-Action finding',
      code: { Version: V, Statement: [{ Effect: 'Allow', Actions: 's3:GetObject', Resource: '*' }] },
      errors: [{
        messageId: 'misspelledElement', line: 6, column: 13, endLine: 6, endColumn: 22, issueCode: 'INVALID_POLICY_ELEMENT',
        message: 'Unknown statement element "Actions"; did you mean "Action"?',
        suggestions: [{
          messageId: 'rename',
          output: '{\n    "Version": "2012-10-17",\n    "Statement": [\n        {\n            "Effect": "Allow",\n            "Action": "s3:GetObject",\n            "Resource": "*"\n        }\n    ]\n}',
        }],
      }],
    },
    {
      name: 'an element in the wrong letter case',
      code: '{\n  "Version": "2012-10-17",\n  "Statement": {\n    "Effect": "Allow",\n    "action": "s3:GetObject",\n    "Resource": "*"\n  }\n}',
      errors: [{
        messageId: 'elementCase', line: 5, column: 5, endLine: 5, endColumn: 13, issueCode: 'INVALID_POLICY_ELEMENT',
        message: '"action" is not a statement element; element names are case-sensitive: write "Action".',
        suggestions: [{
          messageId: 'rename',
          output: '{\n  "Version": "2012-10-17",\n  "Statement": {\n    "Effect": "Allow",\n    "Action": "s3:GetObject",\n    "Resource": "*"\n  }\n}',
        }],
      }],
    },
    {
      name: 'an unknown statement element lists the allowed ones',
      code: { Version: V, Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Comment: 'read only' }] },
      errors: [{
        messageId: 'unknownElement', line: 8, column: 13, endLine: 8, endColumn: 22, issueCode: 'INVALID_POLICY_ELEMENT',
        message: 'Unknown statement element "Comment"; a statement may have "Sid", "Effect", "Action", "NotAction", "Resource", "NotResource" and "Condition".',
      }],
    },
    {
      name: 'the allowed elements depend on the policy type',
      policyType: 'trust',
      code: { Version: V, Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole', Description: 'x' }] },
      errors: [{
        messageId: 'unknownElement', line: 10, column: 13, endLine: 10, endColumn: 26, issueCode: 'INVALID_POLICY_ELEMENT',
        message: 'Unknown statement element "Description"; a statement may have "Sid", "Effect", "Principal", "Action", "NotAction" and "Condition".',
      }],
    },
    {
      name: 'a misspelt policy element, and no missing-Statement finding',
      code: { Version: V, Statements: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] },
      errors: [{
        messageId: 'misspelledElement', line: 3, column: 5, endLine: 3, endColumn: 17, issueCode: 'INVALID_POLICY_ELEMENT',
        message: 'Unknown policy element "Statements"; did you mean "Statement"?',
        suggestions: [{
          messageId: 'rename',
          output: '{\n    "Version": "2012-10-17",\n    "Statement": [\n        {\n            "Effect": "Allow",\n            "Action": "s3:GetObject",\n            "Resource": "*"\n        }\n    ]\n}',
        }],
      }],
    },
    {
      name: 'an unknown policy element',
      code: { Version: V, Name: 'x', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] },
      errors: [{
        messageId: 'unknownElement', line: 3, column: 5, endLine: 3, endColumn: 11, issueCode: 'INVALID_POLICY_ELEMENT',
        message: 'Unknown policy element "Name"; a policy may have "Version", "Id" and "Statement".',
      }],
    },
    {
      name: 'statement elements at the top level, and no missing-Statement finding',
      code: { Version: V, Effect: 'Allow', Action: 's3:GetObject', Resource: '*' },
      errors: [
        {
          messageId: 'statementElementAtTop', line: 3, column: 5, endLine: 3, endColumn: 13, issueCode: 'INVALID_POLICY_ELEMENT',
          message: '"Effect" is a statement element, not a policy element; move it into a statement under Statement.',
        },
        { messageId: 'statementElementAtTop', line: 4, column: 5, endLine: 4, endColumn: 13 },
        { messageId: 'statementElementAtTop', line: 5, column: 5, endLine: 5, endColumn: 15 },
      ],
    },
    {
      name: 'a policy element inside a statement',
      code: { Statement: [{ Version: V, Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] },
      errors: [{
        messageId: 'policyElementInStatement', line: 4, column: 13, endLine: 4, endColumn: 22, issueCode: 'INVALID_POLICY_ELEMENT',
        message: '"Version" is a policy element, not a statement element; move it to the top level of the policy.',
      }],
    },

    // DATA_TYPE_MISMATCH
    {
      name: 'a document that is not an object',
      code: '[\n  { "Effect": "Allow", "Action": "*", "Resource": "*" }\n]',
      errors: [{
        messageId: 'wrongType', line: 1, column: 1, endLine: 3, endColumn: 2, issueCode: 'DATA_TYPE_MISMATCH',
        message: 'The policy document must be a JSON object; found an array.',
      }],
    },
    {
      name: 'a Statement that is a string',
      code: { Version: V, Statement: 'Allow everything' },
      errors: [{
        messageId: 'wrongType', line: 3, column: 18, endLine: 3, endColumn: 36, issueCode: 'DATA_TYPE_MISMATCH',
        message: '"Statement" must be a statement object or an array of statement objects; found the string "Allow everything".',
      }],
    },
    {
      name: 'a statement that is not an object gives one finding',
      code: { Version: V, Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }, 42] },
      errors: [{
        messageId: 'wrongType', line: 9, column: 9, endLine: 9, endColumn: 11, issueCode: 'DATA_TYPE_MISMATCH',
        message: 'Statement 1 must be an object; found the number 42.',
      }],
    },
    {
      name: 'an Action that is a number',
      code: { Version: V, Statement: [{ Effect: 'Allow', Action: 42, Resource: '*' }] },
      errors: [{
        messageId: 'wrongType', line: 6, column: 23, endLine: 6, endColumn: 25, issueCode: 'DATA_TYPE_MISMATCH',
        message: '"Action" must be a string or an array of strings; found the number 42.',
      }],
    },
    {
      name: 'items of an Action list that are not strings',
      code: { Version: V, Statement: [{ Effect: 'Allow', Action: ['s3:GetObject', null, ['s3:PutObject']], Resource: '*' }] },
      errors: [
        {
          messageId: 'wrongType', line: 8, column: 17, endLine: 8, endColumn: 21, issueCode: 'DATA_TYPE_MISMATCH',
          message: 'Each item of "Action" must be a string; found null.',
        },
        { messageId: 'wrongType', line: 9, column: 17, endLine: 11, endColumn: 18, message: 'Each item of "Action" must be a string; found an array.' },
      ],
    },
    {
      name: 'a Resource that is an object points at its key',
      code: { Version: V, Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: { Bucket: 'b' } }] },
      errors: [{
        messageId: 'wrongType', line: 7, column: 13, endLine: 7, endColumn: 23, issueCode: 'DATA_TYPE_MISMATCH',
        message: '"Resource" must be a string or an array of strings; found an object.',
      }],
    },
    {
      name: 'an Id and a Sid that are numbers',
      code: { Version: V, Id: 7, Statement: [{ Sid: 1, Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] },
      errors: [
        { messageId: 'wrongType', line: 3, column: 11, endLine: 3, endColumn: 12, issueCode: 'DATA_TYPE_MISMATCH', message: '"Id" must be a string; found the number 7.' },
        { messageId: 'wrongType', line: 6, column: 20, endLine: 6, endColumn: 21, issueCode: 'DATA_TYPE_MISMATCH', message: '"Sid" must be a string; found the number 1.' },
      ],
    },
    {
      name: 'a condition key holding a quote is quoted with JSON escapes, as written',
      code: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"StringEquals": {"aws:PrincipalTag/a\\"b": null}}}]}',
      errors: [{
        messageId: 'wrongType', line: 1, column: 160, endLine: 1, endColumn: 164, issueCode: 'DATA_TYPE_MISMATCH',
        message: 'The value of condition key "aws:PrincipalTag/a\\"b" must be a string, a boolean, a number or an array of them; found null.',
      }],
    },
    {
      name: 'condition blocks and values of the wrong type',
      code: {
        Version: V,
        Statement: [{
          Effect: 'Allow', Action: 's3:GetObject', Resource: '*',
          Condition: { Bool: 'aws:SecureTransport', StringEquals: { 'aws:PrincipalTag/team': null, 'aws:RequestedRegion': ['eu-west-1', { r: 1 }] } },
        }],
      },
      errors: [
        {
          messageId: 'wrongType', line: 9, column: 25, endLine: 9, endColumn: 46, issueCode: 'DATA_TYPE_MISMATCH',
          message: 'Condition operator "Bool" must be an object of condition keys and their values; found the string "aws:SecureTransport".',
        },
        {
          messageId: 'wrongType', line: 11, column: 46, endLine: 11, endColumn: 50, issueCode: 'DATA_TYPE_MISMATCH',
          message: 'The value of condition key "aws:PrincipalTag/team" must be a string, a boolean, a number or an array of them; found null.',
        },
        {
          messageId: 'wrongType', line: 14, column: 25, endLine: 16, endColumn: 26, issueCode: 'DATA_TYPE_MISMATCH',
          message: 'Each value of condition key "aws:RequestedRegion" must be a string, a boolean or a number; found an object.',
        },
      ],
    },
    {
      name: 'a Condition that is an array',
      code: { Version: V, Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: ['x'] }] },
      errors: [{
        messageId: 'wrongType', line: 8, column: 13, endLine: 8, endColumn: 24, issueCode: 'DATA_TYPE_MISMATCH',
        message: '"Condition" must be an object of condition operators, such as {"StringEquals": {…}}; found an array.',
      }],
    },

    // MISSING_STATEMENT, MISSING_ACTION, MISSING_RESOURCE, MISSING_PRINCIPAL
    {
      name: 'no Statement points at the opening brace',
      code: { Version: V },
      errors: [{
        messageId: 'missingStatement', line: 1, column: 1, endLine: 1, endColumn: 2, issueCode: 'MISSING_STATEMENT',
        message: 'The policy has no "Statement"; add "Statement" with at least one statement.',
      }],
    },
    {
      name: 'an empty Statement',
      code: { Version: V, Statement: [] },
      errors: [{
        messageId: 'emptyStatement', line: 3, column: 5, endLine: 3, endColumn: 16, issueCode: 'MISSING_STATEMENT',
        message: '"Statement" is empty; a policy needs at least one statement.',
      }],
    },
    {
      name: 'no Action in a single statement object points at the Statement key',
      code: { Version: V, Statement: { Effect: 'Allow', Resource: '*' } },
      errors: [{
        messageId: 'missingAction', line: 3, column: 5, endLine: 3, endColumn: 16, issueCode: 'MISSING_ACTION',
        message: 'Statement 0 has no "Action" or "NotAction"; add "Action" with the actions the statement applies to.',
      }],
    },
    {
      name: 'no Action in an RCP (which has no NotAction) points at the statement\'s brace',
      policyType: 'rcp',
      code: { Version: V, Statement: [{ Effect: 'Deny', Principal: '*', Resource: '*' }] },
      errors: [{
        messageId: 'missingAction', line: 4, column: 9, endLine: 4, endColumn: 10, issueCode: 'MISSING_ACTION',
        message: 'Statement 0 has no "Action"; add "Action" with the actions the statement applies to.',
      }],
    },
    {
      name: 'no Resource',
      code: { Version: V, Statement: [{ Effect: 'Allow', Action: 's3:GetObject' }] },
      errors: [{
        messageId: 'missingResource', line: 4, column: 9, endLine: 4, endColumn: 10, issueCode: 'MISSING_RESOURCE',
        message: 'Statement 0 has no "Resource" or "NotResource"; add "Resource" with the resources the statement applies to ("*" for all).',
      }],
    },
    {
      name: 'resource: a statement with other actions than Amazon ECR ones still needs a Resource',
      policyType: 'resource',
      code: { Version: V, Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: ['ecr:BatchGetImage', 's3:GetObject'] }] },
      errors: [{ messageId: 'missingResource', line: 4, column: 9, issueCode: 'MISSING_RESOURCE' }],
    },
    {
      name: 'resource: Amazon ECR and Amazon EFS actions together still need a Resource',
      policyType: 'resource',
      code: { Version: V, Statement: [{ Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::444455556666:root' }, Action: ['ecr:BatchGetImage', 'elasticfilesystem:ClientMount'] }] },
      errors: [{ messageId: 'missingResource', line: 4, column: 9, issueCode: 'MISSING_RESOURCE' }],
    },
    {
      name: 'identity: Amazon ECR actions still need a Resource in an identity policy',
      code: { Version: V, Statement: [{ Effect: 'Allow', Action: 'ecr:BatchGetImage' }] },
      errors: [{ messageId: 'missingResource', line: 4, column: 9, issueCode: 'MISSING_RESOURCE' }],
    },
    {
      name: 'no Principal in a resource-based policy',
      policyType: 'resource',
      code: { Version: V, Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] },
      errors: [{
        messageId: 'missingPrincipal', line: 4, column: 9, endLine: 4, endColumn: 10, issueCode: 'MISSING_PRINCIPAL',
        message: 'Statement 0 has no "Principal" or "NotPrincipal"; every statement of a resource-based policy must name the principals it applies to.',
      }],
    },
    {
      name: 'no Principal in a trust policy (which needs no Resource)',
      policyType: 'trust',
      code: { Version: V, Statement: [{ Effect: 'Allow', Action: 'sts:AssumeRole' }] },
      errors: [{
        messageId: 'missingPrincipal', line: 4, column: 9, endLine: 4, endColumn: 10, issueCode: 'MISSING_PRINCIPAL',
        message: 'Statement 0 has no "Principal"; every statement of a role trust policy must name the principals it applies to.',
      }],
    },
    {
      name: 'no Principal in an RCP',
      policyType: 'rcp',
      code: { Version: V, Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*' }] },
      errors: [{
        messageId: 'missingRcpPrincipal', line: 4, column: 9, endLine: 4, endColumn: 10, issueCode: 'MISSING_PRINCIPAL',
        message: 'Statement 0 has no "Principal"; every statement of a resource control policy needs "Principal": "*".',
      }],
    },
    {
      name: 'an empty statement: each missing element once (Effect is effect-valid\'s)',
      policyType: 'resource',
      code: { Version: V, Statement: [{}] },
      errors: [
        { messageId: 'missingAction', line: 4, column: 9, endLine: 4, endColumn: 10, issueCode: 'MISSING_ACTION' },
        { messageId: 'missingPrincipal', line: 4, column: 9, endLine: 4, endColumn: 10, issueCode: 'MISSING_PRINCIPAL' },
        { messageId: 'missingResource', line: 4, column: 9, endLine: 4, endColumn: 10, issueCode: 'MISSING_RESOURCE' },
      ],
    },

    // UNSUPPORTED_ELEMENT_COMBINATION: on whichever of the two comes second
    {
      name: 'Action and NotAction',
      code: { Version: V, Statement: [{ Effect: 'Allow', Action: 's3:GetObject', NotAction: 's3:PutObject', Resource: '*' }] },
      errors: [{
        messageId: 'elementCombination', line: 7, column: 13, endLine: 7, endColumn: 24, issueCode: 'UNSUPPORTED_ELEMENT_COMBINATION',
        message: 'Statement 0 has both "Action" and "NotAction"; use one or the other.',
      }],
    },
    {
      name: 'NotResource before Resource',
      code: { Version: V, Statement: [{ Effect: 'Allow', NotResource: 'arn:aws:s3:::b', Action: 's3:*', Resource: '*' }] },
      errors: [{
        messageId: 'elementCombination', line: 8, column: 13, endLine: 8, endColumn: 23, issueCode: 'UNSUPPORTED_ELEMENT_COMBINATION',
        message: 'Statement 0 has both "NotResource" and "Resource"; use one or the other.',
      }],
    },
    {
      name: 'Principal and NotPrincipal',
      policyType: 'resource',
      code: { Version: V, Statement: [{ Effect: 'Deny', Principal: '*', NotPrincipal: { AWS: '123456789012' }, Action: 's3:*', Resource: '*' }] },
      errors: [{
        messageId: 'elementCombination', line: 7, column: 13, endLine: 7, endColumn: 27, issueCode: 'UNSUPPORTED_ELEMENT_COMBINATION',
        message: 'Statement 0 has both "Principal" and "NotPrincipal"; use one or the other.',
      }],
    },

    // INVALID_PRINCIPAL_KEY, INVALID_PRINCIPAL_FORMAT
    {
      name: 'a principal type in the wrong case',
      policyType: 'resource',
      code: { Version: V, Statement: [{ Effect: 'Allow', Principal: { aws: '123456789012' }, Action: 's3:GetObject', Resource: '*' }] },
      errors: [{
        messageId: 'principalKeyMisspelled', line: 7, column: 17, endLine: 7, endColumn: 22, issueCode: 'INVALID_PRINCIPAL_KEY',
        message: 'Unknown principal type "aws"; did you mean "AWS"? Principal types are case-sensitive.',
        suggestions: [{
          messageId: 'rename',
          output: '{\n    "Version": "2012-10-17",\n    "Statement": [\n        {\n            "Effect": "Allow",\n            "Principal": {\n                "AWS": "123456789012"\n            },\n            "Action": "s3:GetObject",\n            "Resource": "*"\n        }\n    ]\n}',
        }],
      }],
    },
    {
      name: 'an unknown principal type',
      policyType: 'resource',
      code: { Version: V, Statement: [{ Effect: 'Allow', Principal: { User: 'alice' }, Action: 's3:GetObject', Resource: '*' }] },
      errors: [{
        messageId: 'principalKey', line: 7, column: 17, endLine: 7, endColumn: 23, issueCode: 'INVALID_PRINCIPAL_KEY',
        message: `Unknown principal type "User"; use ${PRINCIPAL_TYPES}.`,
      }],
    },
    {
      name: 'an account ARN as a bare string shows the object form',
      policyType: 'resource',
      code: { Version: V, Statement: [{ Effect: 'Allow', Principal: 'arn:aws:iam::123456789012:root', Action: 's3:GetObject', Resource: '*' }] },
      errors: [{
        messageId: 'principalString', line: 6, column: 26, endLine: 6, endColumn: 58, issueCode: 'INVALID_PRINCIPAL_FORMAT',
        message: '"Principal" can be a string only when it is "*"; write {"AWS": "arn:aws:iam::123456789012:root"} to name one principal.',
      }],
    },
    {
      name: 'a service principal as a bare string',
      policyType: 'trust',
      code: { Version: V, Statement: [{ Effect: 'Allow', Principal: 'lambda.amazonaws.com', Action: 'sts:AssumeRole' }] },
      errors: [{
        messageId: 'principalString', line: 6, column: 26, endLine: 6, endColumn: 48, issueCode: 'INVALID_PRINCIPAL_FORMAT',
        message: '"Principal" can be a string only when it is "*"; write {"Service": "lambda.amazonaws.com"} to name one principal.',
      }],
    },
    {
      name: 'some other string',
      policyType: 'resource',
      code: { Version: V, Statement: [{ Effect: 'Allow', Principal: 'everyone', Action: 's3:GetObject', Resource: '*' }] },
      errors: [{
        messageId: 'principalFormat', line: 6, column: 26, endLine: 6, endColumn: 36, issueCode: 'INVALID_PRINCIPAL_FORMAT',
        message: `"Principal" must be "*" or an object of principal types (${PRINCIPAL_TYPES}); found the string "everyone".`,
      }],
    },
    {
      name: '"*" but for the whitespace: at the whitespace, with a trimming suggestion (never a fix: it lets everyone in)',
      policyType: 'resource',
      code: { Version: V, Statement: [{ Effect: 'Allow', Principal: '* ', Action: 's3:GetObject', Resource: '*' }] },
      errors: [{
        messageId: 'principalWhitespace', line: 6, column: 28, endLine: 6, endColumn: 29, issueCode: 'INVALID_PRINCIPAL_FORMAT',
        message: '"Principal": "* " ends with whitespace, so it is not "*" but a string, which "Principal" cannot be; remove the whitespace.',
        suggestions: [{ messageId: 'trim', output: JSON.stringify({ Version: V, Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: '*' }] }, null, 4) }],
      }],
    },
    {
      name: 'whitespace at both ends of "*": at the whole value, as arn-format does',
      policyType: 'resource',
      code: { Version: V, Statement: [{ Effect: 'Deny', NotPrincipal: ' * ', Action: 's3:*', Resource: '*' }] },
      errors: [{
        messageId: 'principalWhitespace', line: 6, column: 29, endLine: 6, endColumn: 34,
        message: '"NotPrincipal": " * " starts and ends with whitespace, so it is not "*" but a string, which "NotPrincipal" cannot be; remove the whitespace.',
        suggestions: [{ messageId: 'trim', output: JSON.stringify({ Version: V, Statement: [{ Effect: 'Deny', NotPrincipal: '*', Action: 's3:*', Resource: '*' }] }, null, 4) }],
      }],
    },
    {
      name: 'whitespace around "*" in a trust policy, where "*" is not valid either: the general message',
      policyType: 'trust',
      code: { Version: V, Statement: [{ Effect: 'Allow', Principal: '* ', Action: 'sts:AssumeRole' }] },
      errors: [{ messageId: 'principalFormat', line: 6, column: 26, endLine: 6, endColumn: 30 }],
    },
    {
      name: 'a Principal that is an array',
      policyType: 'resource',
      code: { Version: V, Statement: [{ Effect: 'Allow', Principal: ['*'], Action: 's3:GetObject', Resource: '*' }] },
      errors: [{
        messageId: 'principalFormat', line: 6, column: 13, endLine: 6, endColumn: 24, issueCode: 'INVALID_PRINCIPAL_FORMAT',
        message: `"Principal" must be "*" or an object of principal types (${PRINCIPAL_TYPES}); found an array.`,
      }],
    },
    {
      name: 'principal values of the wrong type',
      policyType: 'resource',
      code: { Version: V, Statement: [{ Effect: 'Allow', Principal: { AWS: [123456789012], Service: { name: 'x' } }, Action: 's3:GetObject', Resource: '*' }] },
      errors: [
        {
          messageId: 'wrongType', line: 8, column: 21, endLine: 8, endColumn: 33, issueCode: 'INVALID_PRINCIPAL_FORMAT',
          message: 'Each "AWS" principal must be a string; found the number 123456789012.',
        },
        {
          messageId: 'wrongType', line: 10, column: 17, endLine: 10, endColumn: 26, issueCode: 'INVALID_PRINCIPAL_FORMAT',
          message: '"Service" in "Principal" must be a string or an array of strings; found an object.',
        },
      ],
    },
    {
      name: 'NotPrincipal is checked like Principal',
      policyType: 'resource',
      code: { Version: V, Statement: [{ Effect: 'Deny', NotPrincipal: 'arn:aws:iam::123456789012:role/Admin', Action: 's3:*', Resource: '*' }] },
      errors: [{
        messageId: 'principalString', line: 6, column: 29, endLine: 6, endColumn: 67, issueCode: 'INVALID_PRINCIPAL_FORMAT',
        message: '"NotPrincipal" can be a string only when it is "*"; write {"AWS": "arn:aws:iam::123456789012:role/Admin"} to name one principal.',
      }],
    },

    // Policy-type restrictions
    {
      name: 'SCP: Principal and NotPrincipal',
      policyType: 'scp',
      code: {
        Version: V,
        Statement: [
          { Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' },
          { Effect: 'Deny', NotPrincipal: { AWS: 'arn:aws:iam::123456789012:role/Admin' }, Action: 'iam:*', Resource: '*' },
        ],
      },
      errors: [
        {
          messageId: 'scpPrincipal', line: 6, column: 13, endLine: 6, endColumn: 24, issueCode: 'SCP_SYNTAX_ERROR_PRINCIPAL',
          message: 'A service control policy cannot have "Principal": it applies to the IAM users and roles of the accounts it is attached to. Remove it; to exempt principals, use a condition on "aws:PrincipalArn".',
        },
        { messageId: 'scpPrincipal', line: 12, column: 13, endLine: 12, endColumn: 27, issueCode: 'SCP_SYNTAX_ERROR_PRINCIPAL' },
      ],
    },
    {
      name: 'trust: NotPrincipal, and no missing-Principal finding',
      policyType: 'trust',
      code: { Version: V, Statement: [{ Effect: 'Allow', NotPrincipal: { AWS: '123456789012' }, Action: 'sts:AssumeRole' }] },
      errors: [{
        messageId: 'trustNotPrincipal', line: 6, column: 13, endLine: 6, endColumn: 27, issueCode: 'ROLE_TRUST_POLICY_SYNTAX_ERROR_NOTPRINCIPAL',
        message: 'A role trust policy cannot use "NotPrincipal"; name the principals that may assume the role in Principal.',
      }],
    },
    {
      name: 'trust: Resource and NotResource',
      policyType: 'trust',
      code: {
        Version: V,
        Statement: [
          { Effect: 'Allow', Principal: { AWS: '123456789012' }, Action: 'sts:AssumeRole', Resource: 'arn:aws:iam::123456789012:role/R' },
          { Effect: 'Deny', Principal: '*', Action: 'sts:AssumeRole', NotResource: '*' },
        ],
      },
      errors: [
        {
          messageId: 'trustResource', line: 10, column: 13, endLine: 10, endColumn: 23, issueCode: 'ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE',
          message: 'A role trust policy cannot have "Resource": the resource is the role itself; remove it.',
        },
        {
          messageId: 'trustResource', line: 16, column: 13, endLine: 16, endColumn: 26, issueCode: 'ROLE_TRUST_POLICY_SYNTAX_ERROR_RESOURCE',
          message: 'A role trust policy cannot have "NotResource": the resource is the role itself; remove it.',
        },
      ],
    },
    {
      name: 'RCP: NotAction, and no missing-Action finding',
      policyType: 'rcp',
      code: { Version: V, Statement: [{ Effect: 'Deny', Principal: '*', NotAction: 's3:GetObject', Resource: '*' }] },
      errors: [{
        messageId: 'rcpNotAction', line: 7, column: 13, endLine: 7, endColumn: 24, issueCode: 'RCP_SYNTAX_ERROR_NOTACTION',
        message: 'A resource control policy cannot use "NotAction"; list the actions it applies to in Action.',
      }],
    },
    {
      name: 'RCP: a Principal other than "*", and NotPrincipal',
      policyType: 'rcp',
      code: {
        Version: V,
        Statement: [
          { Effect: 'Deny', Principal: { AWS: '*' }, Action: 's3:*', Resource: '*' },
          { Effect: 'Deny', NotPrincipal: { AWS: '123456789012' }, Action: 's3:*', Resource: '*' },
        ],
      },
      errors: [
        {
          messageId: 'rcpPrincipal', line: 6, column: 13, endLine: 6, endColumn: 24, issueCode: 'RCP_SYNTAX_ERROR_PRINCIPAL',
          message: '"Principal" must be "*" in a resource control policy; found an object. Restrict principals with conditions such as "aws:PrincipalOrgID".',
        },
        {
          messageId: 'rcpNotPrincipal', line: 14, column: 13, endLine: 14, endColumn: 27, issueCode: 'RCP_SYNTAX_ERROR_PRINCIPAL',
          message: 'A resource control policy cannot use "NotPrincipal"; use "Principal": "*" with a condition on the principal, such as "aws:PrincipalArn".',
        },
      ],
    },
    {
      name: 'RCP: a Principal string other than "*"',
      policyType: 'rcp',
      code: { Version: V, Statement: [{ Effect: 'Deny', Principal: 'arn:aws:iam::123456789012:root', Action: 's3:*', Resource: '*' }] },
      errors: [{
        messageId: 'rcpPrincipal', line: 6, column: 26, endLine: 6, endColumn: 58, issueCode: 'RCP_SYNTAX_ERROR_PRINCIPAL',
        message: '"Principal" must be "*" in a resource control policy; found the string "arn:aws:iam::123456789012:root". Restrict principals with conditions such as "aws:PrincipalOrgID".',
      }],
    },
    {
      name: 'RCP: "*" but for the whitespace',
      policyType: 'rcp',
      code: { Version: V, Statement: [{ Effect: 'Deny', Principal: ' *', Action: 's3:*', Resource: '*' }] },
      errors: [{
        messageId: 'principalWhitespace', line: 6, column: 27, endLine: 6, endColumn: 28, issueCode: 'RCP_SYNTAX_ERROR_PRINCIPAL',
        message: '"Principal": " *" starts with whitespace, so it is not "*" but a string, which "Principal" cannot be; remove the whitespace.',
        suggestions: [{ messageId: 'trim', output: JSON.stringify({ Version: V, Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: '*' }] }, null, 4) }],
      }],
    },
  ],
});
