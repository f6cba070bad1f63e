import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './condition-key-qualifier.js';

const policy = (condition: unknown, action: unknown = 'ec2:CreateTags') => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: action, Resource: '*', Condition: condition }],
});
const text = (value: unknown) => JSON.stringify(value, null, 4);
const cognitoTrust = (condition: unknown) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Principal: { Federated: 'cognito-identity.amazonaws.com' }, Action: 'sts:AssumeRoleWithWebIdentity', Condition: condition }],
});
const deny = (condition: unknown) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: condition }],
});

new RuleTester().run(rule, {
  valid: [
    { code: policy({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'env'] }, StringEquals: { 'aws:RequestTag/team': 'blue' } }) },
    { name: 'ForAnyValue on a multivalued global key', code: policy({ 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*' } }) },
    { name: 'Null needs no qualifier', code: policy({ Null: { 'aws:TagKeys': 'false' } }) },
    { name: 'IfExists forms', code: policy({ 'ForAllValues:StringEqualsIfExists': { 'aws:TagKeys': 'team' }, StringEqualsIfExists: { 'aws:RequestedRegion': 'eu-west-1' } }) },
    { name: 'ForAnyValue on a single-valued key in an Allow is the plain operator', code: policy({ 'ForAnyValue:StringEquals': { 'aws:RequestedRegion': 'eu-west-1' } }) },
    { name: 'a negated ForAnyValue on a single-valued key in an Allow only narrows it', code: policy({ 'ForAnyValue:StringNotEquals': { 'aws:SourceVpc': 'vpc-1a2b3c4d' } }) },
    { name: 'a positive ForAnyValue on a single-valued key in a Deny is the plain operator', code: deny({ 'ForAnyValue:StringEquals': { 'aws:SourceVpc': 'vpc-1a2b3c4d' } }) },
    { name: 'IfExists makes an absent key match again', code: deny({ 'ForAnyValue:StringNotEqualsIfExists': { 'aws:SourceVpc': 'vpc-1a2b3c4d' } }) },
    { name: 'a service key: an optional request parameter, skipped on purpose (AWS example)', code: deny({ 'ForAnyValue:StringNotEquals': { 'secretsmanager:VersionStage': 'AWSCURRENT' } }) },
    { name: 'a negated ForAnyValue on a single-valued key in a Deny with "Null": {key: "false"} beside it, as the message advises', code: deny({ 'ForAnyValue:StringNotEquals': { 'aws:SourceVpc': 'vpc-1a2b3c4d' }, Null: { 'aws:sourcevpc': 'false' } }) },
    { name: 'a negated ForAnyValue on a multivalued key in a Deny', code: deny({ 'ForAnyValue:StringNotLike': { 'aws:PrincipalOrgPaths': 'o-a1b2c3d4e5/*' } }) },
    { name: 'unknown keys and operators are other rules\'', code: policy({ 'ForAllValues:StringEquals': { 'aws:NoSuchKey': 'x' }, stringEquals: { 'aws:TagKeys': 'x' } }) },
    { name: 'identity provider keys are not checked', code: policy({ 'ForAllValues:StringEquals': { 'accounts.google.com:aud': 'x' } }) },
    {
      name: 'Cognito\'s multi-value amr claim with ForAnyValue (the Cognito guide\'s example); its aud is single-valued',
      code: cognitoTrust({ StringEquals: { 'cognito-identity.amazonaws.com:aud': 'us-east-1:12345678-corner-cafe-123456790ab' }, 'ForAnyValue:StringLike': { 'cognito-identity.amazonaws.com:amr': 'unauthenticated' } }),
      policyType: 'trust',
    },
    { name: 'other providers\' amr claims are not known to be multivalued', code: cognitoTrust({ StringEquals: { 'example.com:amr': 'mfa' } }), policyType: 'trust' },
  ],
  invalid: [
    {
      name: 'Cognito\'s amr claim without a qualifier: a provider key AWS documents as multivalued',
      code: cognitoTrust({ StringLike: { 'Cognito-Identity.amazonaws.com:amr': 'authenticated' } }),
      policyType: 'trust',
      errors: [{
        messageId: 'missing', line: 12, column: 21, endColumn: 57, severity: 2,
        message: '"Cognito-Identity.amazonaws.com:amr" is a multivalued key (ArrayOfString): "StringLike" without ForAnyValue or ForAllValues does not test each of its values; write "ForAnyValue:StringLike" (one value must match) or "ForAllValues:StringLike" (every value must match).',
        suggestions: [
          { messageId: 'addQualifier', output: text(cognitoTrust({ 'ForAnyValue:StringLike': { 'Cognito-Identity.amazonaws.com:amr': 'authenticated' } })) },
          { messageId: 'addQualifier', output: text(cognitoTrust({ 'ForAllValues:StringLike': { 'Cognito-Identity.amazonaws.com:amr': 'authenticated' } })) },
        ],
      }],
    },
    {
      name: 'a multivalued SAML attribute (typed ArrayOfString by the IAM database)',
      code: cognitoTrust({ StringEquals: { 'SAML:eduPersonAffiliation': 'staff' } }),
      policyType: 'trust',
      errors: [{ messageId: 'missing', line: 12, column: 21, issueCode: 'MISSING_QUALIFIER' }],
    },
    {
      name: 'a multivalued key without a qualifier',
      code: policy({ StringEquals: { 'aws:TagKeys': ['team', 'env'] } }),
      errors: [{
        messageId: 'missing', line: 10, column: 21, endLine: 10, endColumn: 34, severity: 2, issueCode: 'MISSING_QUALIFIER',
        message: '"aws:TagKeys" is a multivalued key (ArrayOfString): "StringEquals" without ForAnyValue or ForAllValues does not test each of its values; write "ForAnyValue:StringEquals" (one value must match) or "ForAllValues:StringEquals" (every value must match).',
        suggestions: [
          { messageId: 'addQualifier', output: text(policy({ 'ForAnyValue:StringEquals': { 'aws:TagKeys': ['team', 'env'] } })) },
          { messageId: 'addQualifier', output: text(policy({ 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team', 'env'] } })) },
        ],
      }],
    },
    {
      name: 'a multivalued service key (ArrayOfARN); no rename when the block has other keys',
      code: policy({ ArnLike: { 'quicksight:KmsKeyArns': 'arn:aws:kms:*:111122223333:key/*', 'aws:SourceArn': 'arn:aws:s3:::b' } }, 'quicksight:UpdateKeyRegistration'),
      errors: [{ messageId: 'missing', line: 10, column: 21, endColumn: 44, issueCode: 'MISSING_QUALIFIER', suggestions: [] }],
    },
    {
      name: 'ForAllValues with a single-valued key',
      code: policy({ 'ForAllValues:StringEquals': { 'aws:RequestedRegion': ['eu-west-1', 'eu-west-2'] } }),
      errors: [{
        messageId: 'forAllSingle', line: 10, column: 21, endColumn: 42, severity: 2, issueCode: 'FORALLVALUES_WITH_SINGLE_VALUED_KEY',
        message: '"ForAllValues:" with the single-valued key "aws:RequestedRegion" (String) is also true when the request does not have the key, which can let through requests the condition was meant to stop; remove "ForAllValues:".',
        suggestions: [{ messageId: 'removeQualifier', output: text(policy({ StringEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-west-2'] } })) }],
      }],
    },
    {
      name: 'ForAllValues with a single-valued key in a Deny denies more, it lets nothing through',
      code: deny({ 'ForAllValues:StringEquals': { 'aws:RequestedRegion': ['eu-west-1', 'eu-west-2'] } }),
      errors: [{
        messageId: 'forAllSingleDeny', line: 10, column: 21, endColumn: 42, severity: 2, issueCode: 'FORALLVALUES_WITH_SINGLE_VALUED_KEY',
        message: '"ForAllValues:" with the single-valued key "aws:RequestedRegion" (String) is also true when the request does not have the key, so this Deny also denies every request without it, which "StringEquals" would not; remove "ForAllValues:".',
        suggestions: [{ messageId: 'removeQualifier', output: text(deny({ StringEquals: { 'aws:RequestedRegion': ['eu-west-1', 'eu-west-2'] } })) }],
      }],
    },
    {
      name: 'ForAllValues with a single-valued key and a negated or IfExists operator, true anyway for a missing key',
      code: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: { 'ForAllValues:StringNotEquals': { 'aws:SourceVpc': 'vpc-1a2b3c4d' } } },
          { Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: { 'ForAllValues:StringEqualsIfExists': { 'aws:RequestedRegion': 'eu-west-1' } } },
        ],
      },
      errors: [{
        messageId: 'forAllSingleSame', line: 10, column: 21, endColumn: 36, issueCode: 'FORALLVALUES_WITH_SINGLE_VALUED_KEY',
        message: '"ForAllValues:" with the single-valued key "aws:SourceVpc" (String) changes nothing here, as "StringNotEquals" is true too when the request does not have the key; remove "ForAllValues:".',
      }, {
        messageId: 'forAllSingleSame', line: 20, column: 21, endColumn: 42, issueCode: 'FORALLVALUES_WITH_SINGLE_VALUED_KEY',
        message: '"ForAllValues:" with the single-valued key "aws:RequestedRegion" (String) changes nothing here, as "StringEqualsIfExists" is true too when the request does not have the key; remove "ForAllValues:".',
      }],
    },
    {
      name: 'ForAllValues with a tag key; no rename onto an operator the block already has',
      code: policy({ StringLike: { 'aws:ResourceTag/env': 'dev*' }, 'ForAllValues:StringLike': { 'aws:ResourceTag/team': 'blue*' } }),
      errors: [{ messageId: 'forAllSingle', line: 13, column: 21, issueCode: 'FORALLVALUES_WITH_SINGLE_VALUED_KEY', suggestions: [] }],
    },
    {
      name: 'a negated ForAnyValue on a single-valued key in a Deny skips requests without the key',
      code: deny({ 'ForAnyValue:StringNotEquals': { 'aws:SourceVpc': 'vpc-1a2b3c4d' } }),
      errors: [{
        messageId: 'forAnyNegatedDeny', line: 10, column: 21, endLine: 10, endColumn: 36, severity: 2,
        message: '"ForAnyValue:StringNotEquals" with the single-valued key "aws:SourceVpc" (String) is false when the request does not have the key, so this Deny skips every request without it, where "StringNotEquals" would deny them; remove "ForAnyValue:", or, if requests without the key are meant to pass, say so with "Null": {"aws:SourceVpc": "false"}.',
        suggestions: [{ messageId: 'removeQualifier', output: text(deny({ StringNotEquals: { 'aws:SourceVpc': 'vpc-1a2b3c4d' } })) }],
      }],
    },
    {
      name: 'a Null test that the key is absent ("true") does not say requests without it pass',
      code: deny({ 'ForAnyValue:StringNotEquals': { 'aws:SourceVpc': 'vpc-1a2b3c4d' }, Null: { 'aws:SourceVpce': 'false', 'aws:SourceVpc': 'true' } }),
      errors: [{ messageId: 'forAnyNegatedDeny', line: 10, column: 21, endColumn: 36 }],
    },
    {
      name: 'NotIpAddress under ForAnyValue in a Deny, beside another key',
      code: deny({ 'ForAnyValue:NotIpAddress': { 'aws:SourceIp': '203.0.113.0/24' }, Bool: { 'aws:ViaAWSService': 'false' } }),
      errors: [{ messageId: 'forAnyNegatedDeny', line: 10, column: 21, endColumn: 35, suggestions: [{ messageId: 'removeQualifier', output: text(deny({ NotIpAddress: { 'aws:SourceIp': '203.0.113.0/24' }, Bool: { 'aws:ViaAWSService': 'false' } })) }] }],
    },
  ],
});
