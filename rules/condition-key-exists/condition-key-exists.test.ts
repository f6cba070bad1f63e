import { RuleTester } from '../../src/testing/rule-tester.js';
import { databaseLabel } from '../../src/iam/actions-db.js';
import rule from './condition-key-exists.js';

const db = databaseLabel();
const policy = (condition: unknown, action: unknown = 's3:GetObject') => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: action, Resource: '*', Condition: condition }],
});

new RuleTester().run(rule, {
  valid: [
    { code: policy({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' }, StringEquals: { 'aws:PrincipalTag/team': 'a', 's3:prefix': 'home/' } }) },
    { name: 'names are case-insensitive', code: policy({ Bool: { 'AWS:SECURETRANSPORT': 'true' } }) },
    {
      name: 'keys with a variable part in the database, written four ways',
      code: policy({
        StringEquals: {
          's3:ExistingObjectTag/classification': 'public',
          'secretsmanager:ResourceTag/owner': 'me',
          'kms:EncryptionContext:aws:s3:arn': 'arn:aws:s3:::bucket',
          'ec2:ResourceTag/Name': 'web',
          'codebuild:secondarySources/src2.location': 'x',
        },
      }),
    },
    {
      name: 'keys filed under another service or in the global list',
      code: policy({ StringEquals: { 'saml:aud': 'x', 'catalog:ChangeType': 'x', 'iot:JobId': 'x', 'ec2:SourceInstanceArn': 'x', 'sts:ExternalId': 'x' } }),
    },
    {
      name: 'identity provider keys are never checked',
      code: policy({ StringEquals: { 'token.actions.githubusercontent.com:sub': 'repo:o/r:ref:refs/heads/main', 'oidc.eks.eu-west-1.amazonaws.com/id/ABC:aud': 'sts.amazonaws.com' } }),
    },
    { name: 'aws:ARN and tag keys without a tag are other rules\' business', code: policy({ StringEquals: { 'aws:ARN': 'x', 'aws:ResourceTag/': 'x', 'ec2:ResourceTag/': 'x' } }) },
    { name: 'allowed by the options', code: policy({ StringEquals: { 'bedrock:BrandNewKey': 'x' } }), options: { allow: ['bedrock:BrandNew*'] } },
  ],
  invalid: [
    {
      name: 'a misspelt global key',
      code: policy({ IpAddress: { 'aws:SourceIpp': '203.0.113.0/24' } }),
      errors: [{
        messageId: 'unknownGlobal', line: 10, column: 21, endLine: 10, endColumn: 36, severity: 2, issueCode: 'INVALID_GLOBAL_CONDITION_KEY',
        message: `The condition key "aws:SourceIpp" does not exist: it is not a global condition key in the IAM database (${db}). Did you mean "aws:SourceIp"?`,
        suggestions: [{ messageId: 'rename', output: JSON.stringify(policy({ IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }), null, 4) }],
      }],
    },
    {
      name: 'a misspelt tag key keeps its tag',
      code: policy({ StringEquals: { 'aws:ResourceTg/team': 'blue' } }),
      errors: [{
        messageId: 'unknownGlobal', line: 10, column: 21, endColumn: 42, issueCode: 'INVALID_GLOBAL_CONDITION_KEY',
        message: `The condition key "aws:ResourceTg/team" does not exist: it is not a global condition key in the IAM database (${db}). Did you mean "aws:ResourceTag/team"?`,
        suggestions: [{ messageId: 'rename', output: JSON.stringify(policy({ StringEquals: { 'aws:ResourceTag/team': 'blue' } }), null, 4) }],
      }],
    },
    {
      name: 'a key the service does not have',
      code: policy({ StringLike: { 's3:prefixx': 'home/*' } }, 's3:ListBucket'),
      errors: [{
        messageId: 'unknownKey', line: 10, column: 21, endColumn: 33, issueCode: 'INVALID_SERVICE_CONDITION_KEY',
        message: `The condition key "s3:prefixx" does not exist in the s3 service in the IAM database (${db}). Did you mean "s3:prefix"?`,
        suggestions: [{ messageId: 'rename', output: JSON.stringify(policy({ StringLike: { 's3:prefix': 'home/*' } }, 's3:ListBucket'), null, 4) }],
      }],
    },
    {
      name: 'a service that does not exist: the prefix is reported',
      code: policy({ StringEquals: { 's4:prefix': 'home/' } }),
      errors: [{
        messageId: 'unknownService', line: 10, column: 22, endColumn: 24, issueCode: 'INVALID_SERVICE',
        message: `The service "s4" of the condition key "s4:prefix" does not exist in the IAM database (${db}). Did you mean "s3:prefix"?`,
        suggestions: [{ messageId: 'rename', output: JSON.stringify(policy({ StringEquals: { 's3:prefix': 'home/' } }), null, 4) }],
      }],
    },
    {
      name: 'no suggestion onto a key the block already has',
      code: policy({ StringEquals: { 's3:prefix': 'a/', 's3:prefixx': 'b/' } }),
      errors: [{ messageId: 'unknownKey', line: 11, column: 21, issueCode: 'INVALID_SERVICE_CONDITION_KEY', suggestions: [] }],
    },
    {
      name: 'a key nothing is close to',
      code: policy({ StringEquals: { 'lakeformation:GlueARN': 'x' } }),
      errors: [{
        messageId: 'unknownKey', line: 10, column: 21, issueCode: 'INVALID_SERVICE_CONDITION_KEY',
        message: `The condition key "lakeformation:GlueARN" does not exist in the lakeformation service in the IAM database (${db}). Use a key that exists; if AWS added this one after the database's date, list it in the rule's "allow" option.`,
        suggestions: [],
      }],
    },
  ],
});
