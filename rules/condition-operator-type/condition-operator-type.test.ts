import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './condition-operator-type.js';

const policy = (condition: unknown, action: unknown = 's3:GetObject') => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: action, Resource: '*', Condition: condition }],
});
const deny = (condition: unknown) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: '*', Condition: condition }] });
const text = (value: unknown) => JSON.stringify(value, null, 4);
// An SCP example that denies the root user of member accounts, written with StringLike as AWS Control Tower's guardrail writes it.
const SCP_DENY_ROOT = `{
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "RestrictEC2ForRoot",
            "Effect": "Deny",
            "Action": ["ec2:*"],
            "Resource": ["*"],
            "Condition": {
                "StringLike": {
                    "aws:PrincipalArn": ["arn:aws:iam::*:root"]
                }
            }
        }
    ]
}
`;
// ECR's documented repository policy that lets Lambda pull images (Lambda Developer Guide, images-create.html).
const ECR_FOR_LAMBDA = `{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "LambdaECRImageRetrievalPolicy",\n      "Effect": "Allow",\n      "Principal": {\n        "Service": "lambda.amazonaws.com"\n      },\n      "Action": [\n        "ecr:BatchGetImage",\n        "ecr:GetDownloadUrlForLayer"\n      ],\n      "Condition": {\n        "StringLike": {\n          "aws:sourceArn": "arn:aws:lambda:us-east-1:111122223333:function:*"\n        }\n      }\n    }\n  ]\n}\n`;

new RuleTester().run(rule, {
  valid: [
    {
      code: policy({
        Bool: { 'aws:SecureTransport': 'true' },
        IpAddress: { 'aws:SourceIp': '203.0.113.0/24' },
        NumericLessThan: { 'aws:MultiFactorAuthAge': '3600' },
        DateGreaterThan: { 'aws:CurrentTime': '2026-01-01T00:00:00Z' },
        ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:111122223333:*' },
        StringEquals: { 'aws:PrincipalTag/team': 'blue' },
      }),
    },
    { name: 'StringEquals on an ARN key is not reported', code: policy({ StringEquals: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/admin' } }) },
    { name: 'ARN operators on a String key', code: policy({ ArnLike: { 'aws:SourceAccount': '111122223333' } }) },
    { name: 'Numeric operators on aws:EpochTime (a Date key)', code: policy({ NumericGreaterThan: { 'aws:EpochTime': '1767225600' } }) },
    { name: 'Null fits every key', code: policy({ Null: { 'aws:MultiFactorAuthAge': 'true', 'aws:SourceArn': 'false' } }) },
    { name: 'multivalued ARN keys with ARN operators', code: policy({ 'ForAllValues:ArnLike': { 'quicksight:KmsKeyArns': 'arn:aws:kms:*:111122223333:key/*' } }, 'quicksight:UpdateKeyRegistration') },
    { name: 'unknown keys and operators, BinaryEquals', code: policy({ StringLike: { 'aws:NoSuchArnKey': 'x' }, stringLike: { 'aws:SourceArn': 'x' }, BinaryEquals: { 'aws:username': 'QmluYXJ5' } }) },
    { name: 'a Numeric operator on glacier:ArchiveAgeInDays, a number of days the database types as String', policyType: 'resource',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 'glacier:DeleteArchive',
        Resource: 'arn:aws:glacier:us-west-2:111122223333:vaults/records', Condition: { NumericLessThan: { 'glacier:ArchiveAgeinDays': '365' } } }] } },
  ],
  invalid: [
    {
      name: 'a Numeric operator on another String key',
      code: policy({ NumericLessThan: { 'glacier:ResourceTag/retention': '365' } }, 'glacier:DeleteArchive'),
      errors: [{ messageId: 'mismatch', line: 10, column: 21, severity: 1 }],
    },
    {
      name: 'StringLike on an ARN key',
      code: policy({ StringLike: { 'aws:SourceArn': 'arn:aws:sns:*:111122223333:*' } }),
      errors: [{
        messageId: 'stringLikeArn', line: 10, column: 21, endLine: 10, endColumn: 36, severity: 2, issueCode: 'STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS',
        message: '"aws:SourceArn" is an ARN key: "StringLike" lets a "*" match across the ":"-separated parts of the ARN (its account, Region or service); use "ArnLike", which matches each part separately.',
        suggestions: [{ messageId: 'renameOperator', output: text(policy({ ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:111122223333:*' } })) }],
      }],
    },
    {
      name: 'qualified, negated and IfExists forms keep their parts',
      code: deny({ 'ForAnyValue:StringNotLikeIfExists': { 'aws:PrincipalArn': 'arn:aws:iam::*:role/breakglass-*' } }),
      errors: [{
        messageId: 'stringLikeArn', line: 10, column: 21, issueCode: 'STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS',
        message: '"aws:PrincipalArn" is an ARN key: "ForAnyValue:StringNotLikeIfExists" lets a "*" match across the ":"-separated parts of the ARN (its account, Region or service); use "ForAnyValue:ArnNotLikeIfExists", which matches each part separately.',
        suggestions: [{ messageId: 'renameOperator', output: text(deny({ 'ForAnyValue:ArnNotLikeIfExists': { 'aws:PrincipalArn': 'arn:aws:iam::*:role/breakglass-*' } })) }],
      }],
    },
    {
      name: 'a String operator on a Bool key, a Numeric and a Date key (warnings)',
      code: policy({ StringEquals: { 'aws:ViaAWSService': 'true', 'aws:MultiFactorAuthAge': '3600' }, StringLike: { 'aws:CurrentTime': '2026-*' } }),
      errors: [
        {
          messageId: 'mismatch', line: 10, column: 21, endColumn: 40, severity: 1, issueCode: 'TYPE_MISMATCH',
          message: '"StringEquals" does not fit "aws:ViaAWSService", a Bool key: use the Bool operator.',
        },
        {
          messageId: 'mismatch', line: 11, column: 21, severity: 1, issueCode: 'TYPE_MISMATCH',
          message: '"StringEquals" does not fit "aws:MultiFactorAuthAge", a Numeric key: use a Numeric operator ("NumericEquals", "NumericLessThan", …).',
        },
        {
          messageId: 'mismatch', line: 14, column: 21, severity: 1, issueCode: 'TYPE_MISMATCH',
          message: '"StringLike" does not fit "aws:CurrentTime", a Date key: use a Date operator ("DateGreaterThan", "DateLessThan", …).',
        },
      ],
    },
    {
      name: 'Bool on a String key, a Numeric operator on an IP key, a service key',
      code: policy({ Bool: { 's3:x-amz-server-side-encryption': 'true' }, NumericEquals: { 'aws:SourceIp': '1' }, DateLessThan: { 's3:signatureAge': '2026-01-01' } }),
      errors: [
        { messageId: 'mismatch', line: 10, column: 21, severity: 1, issueCode: 'TYPE_MISMATCH', message: '"Bool" does not fit "s3:x-amz-server-side-encryption", a String key: use a String operator ("StringEquals", "StringLike", …).' },
        { messageId: 'mismatch', line: 13, column: 21, severity: 1, issueCode: 'TYPE_MISMATCH', message: '"NumericEquals" does not fit "aws:SourceIp", an IPAddress key: use "IpAddress" or "NotIpAddress".' },
        { messageId: 'mismatch', line: 16, column: 21, severity: 1, issueCode: 'TYPE_MISMATCH' },
      ],
    },
    {
      name: 'no rename when the block has other keys',
      code: policy({ StringLike: { 'aws:SourceArn': 'arn:aws:sns:*:111122223333:*', 'aws:SourceAccount': '111122223333' } }),
      errors: [{ messageId: 'stringLikeArn', line: 10, column: 21, issueCode: 'STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS', suggestions: [] }],
    },
    {
      name: 'StringLike whose "*" is only in the resource part (ECR\'s documented repository policy for Lambda): a warning, the same ARNs match',
      policyType: 'resource',
      code: ECR_FOR_LAMBDA,
      errors: [{
        messageId: 'stringLikeArnSame', line: 16, column: 11, endLine: 16, endColumn: 26, severity: 1, issueCode: 'STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS',
        message: '"aws:sourceArn" is an ARN key: use "ArnLike" rather than "StringLike" (Access Analyzer reports every String…Like operator on an ARN key); here both match the same ARNs, as the values write out the partition, service, Region and account.',
        suggestions: [{ messageId: 'renameOperator', output: ECR_FOR_LAMBDA.replace('"StringLike"', '"ArnLike"') }],
      }],
    },
    {
      name: 'StringNotLike with no wildcard, a variable in the account field, a list: warnings; one value with "*" in the account: an error',
      code: policy({
        StringNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/BackupAdmin' },
        StringLikeIfExists: { 'aws:SourceArn': ['arn:aws:sns:us-east-1:${aws:PrincipalAccount}:topic-?', 'arn:${AWS::Partition}:sns:us-east-1:111122223333:*'] },
        'ForAnyValue:StringLike': { 'aws:SourceArn': ['arn:aws:sns:us-east-1:111122223333:*', 'arn:aws:sns:us-east-1:*:topic'] },
      }),
      errors: [
        { messageId: 'stringLikeArnSame', line: 10, column: 21, severity: 1 },
        { messageId: 'stringLikeArnSame', line: 13, column: 21, severity: 1 },
        { messageId: 'stringLikeArn', line: 19, column: 21, severity: 2 },
      ],
    },
    {
      name: 'StringLike with "*" in the account, in a Deny (the SCP that denies the root user): a warning, it can only deny more',
      policyType: 'scp',
      code: SCP_DENY_ROOT,
      errors: [{
        messageId: 'stringLikeArnDeny', line: 11, column: 21, endLine: 11, endColumn: 39, severity: 1, issueCode: 'STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS',
        message: '"aws:PrincipalArn" is an ARN key: use "ArnLike" rather than "StringLike" (Access Analyzer reports every String…Like operator on an ARN key); in this Deny, "StringLike" matches every ARN "ArnLike" matches and maybe more, so it can deny more but never allow more.',
        suggestions: [{ messageId: 'renameOperator', output: SCP_DENY_ROOT.replace('"StringLike"', '"ArnLike"') }],
      }],
    },
    {
      name: 'in a Deny, StringNotLike exempts more than ArnNotLike would: still an error; the same pattern in an Allow too',
      code: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Deny', Action: '*', Resource: '*', Condition: { StringNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/breakglass' } } },
          { Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { StringLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:root' } } },
        ],
      },
      errors: [{ messageId: 'stringLikeArn', line: 10, column: 21, severity: 2 }, { messageId: 'stringLikeArn', line: 20, column: 21, severity: 2 }],
    },
    {
      name: 'StringNotLike with "*" in the account, in an Allow: a warning, it can only allow less (with every qualifier and IfExists, whatever the value)',
      code: policy({
        StringNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/quarantine-*' },
        'ForAnyValue:StringNotLikeIfExists': { 'aws:SourceArn': 'arn:aws:sns:*' },
        'ForAllValues:StringNotLike': { 'aws:SourceArn': { 'Fn::Sub': 'arn:aws:sns:*:${AWS::AccountId}:x' } },
      }),
      errors: [
        {
          messageId: 'stringNotLikeArnAllow', line: 10, column: 21, endColumn: 39, severity: 1, issueCode: 'STRING_LIKE_OPERATOR_WITH_ARN_CONDITION_KEYS',
          message: '"aws:PrincipalArn" is an ARN key: use "ArnNotLike" rather than "StringNotLike" (Access Analyzer reports every String…Like operator on an ARN key); in this Allow, "StringNotLike" excludes every ARN "ArnNotLike" excludes and maybe more, so it can allow less but never allow more.',
          suggestions: [{ messageId: 'renameOperator', output: text(policy({
            ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/quarantine-*' },
            'ForAnyValue:StringNotLikeIfExists': { 'aws:SourceArn': 'arn:aws:sns:*' },
            'ForAllValues:StringNotLike': { 'aws:SourceArn': { 'Fn::Sub': 'arn:aws:sns:*:${AWS::AccountId}:x' } },
          })) }],
        },
        { messageId: 'stringNotLikeArnAllow', line: 13, column: 21, severity: 1 },
        { messageId: 'stringNotLikeArnAllow', line: 16, column: 21, severity: 1 },
      ],
    },
    {
      name: 'a value that is not a whole ARN, or not a string, keeps the error',
      code: policy({ StringLike: { 'aws:SourceArn': 'arn:aws:sns*' }, StringLikeIfExists: { 'aws:PrincipalArn': { 'Fn::Sub': 'arn:aws:iam::${AWS::AccountId}:role/x' } } }),
      errors: [{ messageId: 'stringLikeArn', line: 10, column: 21, severity: 2 }, { messageId: 'stringLikeArn', line: 13, column: 21, severity: 2 }],
    },
  ],
});
