import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './arn-placeholder.js';

const policy = (resource: string | string[], Condition?: object) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: resource, ...(Condition ? { Condition } : {}) }],
});

new RuleTester().run(rule, {
  valid: [
    {
      name: 'a path parameter in an API Gateway ARN (a Lambda permission\'s SourceArn for a route)',
      code: policy('arn:aws:execute-api:us-east-1:111122223333:a1b2c3d4e5/*/GET/users/{id}',
        { ArnLike: { 'aws:SourceArn': 'arn:aws:execute-api:us-east-1:111122223333:a1b2c3d4e5/*/GET/pets/{petId}' } }),
    },
    { name: 'real ARNs', code: policy(['arn:aws:s3:::my-bucket/*', 'arn:aws:iam::123456789012:role/deploy'], { ArnEquals: { 'ec2:Vpc': 'arn:aws:ec2:us-east-1:123456789012:vpc/vpc-0abc' } }) },
    {
      name: 'policy variables, template placeholders, lookalikes and other templating tools are not examples\' placeholders',
      code: policy(['arn:aws:s3:::${aws:username}/*', 'arn:${AWS::Partition}:s3:::${Ref::Bucket}/*', 'arn:aws:s3:::#{Bucket}/*', 'arn:aws:s3:::{{bucket}}/*', 'arn:aws:s3:::$<bucket>/*', 'arn:aws:s3:::%{bucket}/*'],
        { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::${aws:PrincipalAccount}:role/${!Name}' } }),
    },
    { name: 'a Region or account word in a Resource is arn-region\'s and arn-format\'s', code: policy('arn:aws:sqs:region:account-id:queue') },
    { name: 'condition values that are not ARNs', code: policy('*', { StringEquals: { 'aws:PrincipalTag/team': '<team>', 'aws:SourceAccount': 'account-id' } }) },
    {
      name: 'a whole-value placeholder that another rule reports: under an Arn operator (condition-arn-value), of a key that is not an ARN (condition-account-id-format)',
      code: policy('*', { ArnLike: { 'aws:SourceArn': '<source-arn>' }, StringEquals: { 'aws:SourceAccount': '<account-id>' } }),
    },
    {
      name: 'SSM parameters and secrets named like environment variables, and S3 object keys in capitals, are real names',
      code: policy(['arn:aws:ssm:us-east-1:111122223333:parameter/myapp/DB_NAME', 'arn:aws:ssm:us-east-1:111122223333:parameter/API_KEY_ID',
        'arn:aws:secretsmanager:us-east-1:111122223333:secret:prod/CLIENT_ID-AbCdEf', 'arn:aws:s3:::my-bucket/exports/REPORT_NAME.csv']),
    },
    { name: 'a resource name that merely holds the word', code: policy('*', { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:account-region-events' } }) },
    {
      name: 'upper-case names with underscores that are not of a placeholder\'s shape, and SCREAMING_SNAKE names in template placeholders or brackets',
      code: policy(['arn:aws:iam::*:role/EMR_EC2_DefaultRole', 'arn:aws:iot:*:*:stream/AFR_OTA*', 'arn:aws:dynamodb:us-east-1:111122223333:table/USER_IDS',
        'arn:aws:s3:::${BUCKET_NAME}/*', 'arn:aws:s3:::{{BUCKET_NAME}}/*', 'arn:aws:s3:::$BUCKET_NAME/*', 'arn:aws:s3:::bucket_name/*'],
        { ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:111122223333:ORDER_EVENTS', 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/APP_ID_ROLE' } }),
    },
  ],
  invalid: [
    {
      name: 'SCREAMING_SNAKE placeholders in the resource part of Resource and condition ARNs (Route 53\'s, IAM Roles Anywhere\'s and S3\'s examples)',
      code: policy(['arn:aws:s3:::BUCKET_NAME/*', 'arn:aws:kms:us-east-1:111122223333:key/YOUR_KEY'], {
        ArnLike: { 'aws:SourceArn': 'arn:aws:route53:::hostedzone/HOSTED_ZONE_ID', 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/ROLE_NAME' },
        ArnEquals: { 'aws:SourceArn': 'arn:aws:rolesanywhere:us-east-1:ACCOUNT_ID:trust-anchor/TA_ID' },
      }),
      errors: [
        {
          messageId: 'placeholder', line: 8, column: 31, endLine: 8, endColumn: 42, severity: 2,
          message: '"BUCKET_NAME" in ARN "arn:aws:s3:::BUCKET_NAME/*" looks like a placeholder left from an example, so the ARN matches nothing; write the name it stands for, or a pattern with "*".',
        },
        { messageId: 'placeholder', line: 9, column: 57, endLine: 9, endColumn: 65 },
        { messageId: 'placeholder', line: 13, column: 68, endLine: 13, endColumn: 82 },
        { messageId: 'placeholder', line: 14, column: 73, endLine: 14, endColumn: 82 },
        {
          messageId: 'placeholder', line: 17, column: 71, endLine: 17, endColumn: 81,
          message: '"ACCOUNT_ID" in ARN "arn:aws:rolesanywhere:us-east-1:ACCOUNT_ID:trust-anchor/TA_ID" looks like a placeholder left from an example, so the ARN matches nothing; write the 12-digit account ID or "*".',
        },
        { messageId: 'placeholder', line: 17, column: 95, endLine: 17, endColumn: 100 },
      ],
    },
    {
      name: 'placeholders in an API Gateway ARN other than its path parameters',
      code: policy('*', { ArnLike: { 'aws:SourceArn': 'arn:aws:execute-api:us-east-1:{account-id}:<api-id>/*/GET/users/{id}' } }),
      errors: [{ messageId: 'placeholder', line: 10, column: 69, endColumn: 81 }, { messageId: 'placeholder', line: 10, column: 82, endColumn: 90 }],
    },
    {
      name: 'an angle-bracket bucket name in a Resource',
      code: policy(['arn:aws:s3:::<bucket-name>', 'arn:aws:s3:::<bucket_name>/*']),
      errors: [
        {
          messageId: 'placeholder', line: 8, column: 31, endLine: 8, endColumn: 44, severity: 2,
          message: '"<bucket-name>" in ARN "arn:aws:s3:::<bucket-name>" looks like a placeholder left from an example, so the ARN matches nothing; write the name it stands for, or a pattern with "*".',
        },
        { messageId: 'placeholder', line: 9, column: 31, endLine: 9, endColumn: 44 },
      ],
    },
    {
      name: 'Resource entries that are nothing but a placeholder',
      code: policy(['<role-arn>', '{bucket-arn}']),
      errors: [
        {
          messageId: 'wholeValue', line: 8, column: 17, endLine: 8, endColumn: 29, issueCode: 'INVALID_ARN_PREFIX',
          message: 'Resource entry "<role-arn>" looks like a placeholder left from an example, not an ARN, so it matches nothing; write the ARN it stands for.',
        },
        { messageId: 'wholeValue', line: 9, column: 17, endLine: 9, endColumn: 31, issueCode: 'INVALID_ARN_PREFIX' },
      ],
    },
    {
      name: 'a placeholder ARN with a path after it: one finding, at the placeholder',
      code: policy(['<bucket-arn>/*', '{bucket-arn}/prefix/*'], { StringLike: { 'aws:SourceArn': '<topic-arn>*' } }),
      errors: [
        {
          messageId: 'leadingPlaceholder', line: 8, column: 18, endLine: 8, endColumn: 30, issueCode: 'INVALID_ARN_PREFIX',
          message: 'Resource entry "<bucket-arn>/*" starts with "<bucket-arn>", a placeholder left from an example, not an ARN, so it matches nothing; write the ARN it stands for.',
        },
        { messageId: 'leadingPlaceholder', line: 9, column: 18, endLine: 9, endColumn: 30, issueCode: 'INVALID_ARN_PREFIX' },
        { messageId: 'leadingPlaceholder', line: 13, column: 39, endLine: 13, endColumn: 50,
          message: '"aws:SourceArn" value "<topic-arn>*" starts with "<topic-arn>", a placeholder left from an example, not an ARN, so it matches nothing; write the ARN it stands for.' },
      ],
    },
    {
      name: 'an S3 access point and SSM resources other than parameters: their names and IDs hold no capitals',
      code: policy(['arn:aws:s3:us-east-1:111122223333:accesspoint/ACCESS_POINT_NAME', 'arn:aws:ssm:us-east-1:111122223333:maintenancewindow/WINDOW_ID']),
      errors: [
        { messageId: 'placeholder', line: 8, column: 64, endLine: 8, endColumn: 81 },
        { messageId: 'placeholder', line: 9, column: 71, endLine: 9, endColumn: 80 },
      ],
    },
    {
      name: 'a placeholder as the whole value of an ARN key under a String operator, which no other rule reports',
      code: policy('*', { StringEquals: { 'aws:SourceArn': '<source-arn>' }, StringLike: { 'aws:PrincipalArn': ['{role-arn}'] } }),
      errors: [
        {
          messageId: 'wholeValue', line: 10, column: 38, endLine: 10, endColumn: 52,
          message: '"aws:SourceArn" value "<source-arn>" looks like a placeholder left from an example, not an ARN, so it matches nothing; write the ARN it stands for.',
        },
        { messageId: 'wholeValue', line: 14, column: 25, endLine: 14, endColumn: 37 },
      ],
    },
    {
      name: 'an ARN of AWS\'s EC2 example in a condition: the Region and the account',
      code: policy('*', { ArnEquals: { 'ec2:Vpc': 'arn:aws:ec2:region:account:vpc/vpc-id' } }),
      errors: [
        {
          messageId: 'placeholder', line: 10, column: 45, endLine: 10, endColumn: 51,
          message: '"region" in ARN "arn:aws:ec2:region:account:vpc/vpc-id" looks like a placeholder left from an example, so the ARN matches nothing; write the Region code (such as "us-east-1") or "*".',
        },
        {
          messageId: 'placeholder', line: 10, column: 52, endLine: 10, endColumn: 59,
          message: '"account" in ARN "arn:aws:ec2:region:account:vpc/vpc-id" looks like a placeholder left from an example, so the ARN matches nothing; write the 12-digit account ID or "*".',
        },
      ],
    },
    {
      name: 'an angle-bracket account in iam:PolicyARN, braces in aws:SourceArn and ec2:SourceInstanceARN, a word account in aws:PrincipalArn',
      code: policy('*', {
        ArnEquals: { 'iam:PolicyARN': 'arn:aws:iam::<ACCOUNTNUMBER>:policy/boundary', 'ec2:SourceInstanceARN': 'arn:aws:ec2:{region}:111122223333:instance/{instance-id}' },
        StringLike: { 'aws:SourceArn': 'arn:aws:s3:::<bucket_name>', 'aws:PrincipalArn': 'arn:aws:iam::ACCOUNT-ID-WITHOUT-HYPHENS:role/*' },
      }),
      errors: [
        {
          messageId: 'placeholder', line: 10, column: 52, endLine: 10, endColumn: 67,
          message: '"<ACCOUNTNUMBER>" in ARN "arn:aws:iam::<ACCOUNTNUMBER>:policy/boundary" looks like a placeholder left from an example, so the ARN matches nothing; write the 12-digit account ID or "*".',
        },
        { messageId: 'placeholder', line: 11, column: 59, endLine: 11, endColumn: 67 },
        { messageId: 'placeholder', line: 11, column: 90, endLine: 11, endColumn: 103 },
        { messageId: 'placeholder', line: 14, column: 52, endLine: 14, endColumn: 65 },
        { messageId: 'placeholder', line: 15, column: 55, endLine: 15, endColumn: 81 },
      ],
    },
  ],
});
