import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './condition-key-action-support.js';

const policy = (actions: unknown, condition: unknown, effect = 'Allow') => ({
  Version: '2012-10-17',
  Statement: [{ Effect: effect, Action: actions, Resource: '*', Condition: condition }],
});

new RuleTester().run(rule, {
  valid: [
    {
      name: 'IfExists: actions without the key pass the condition, as meant (AWS DynamoDB column example)',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['dynamodb:GetItem', 'dynamodb:Query', 'dynamodb:PutItem', 'dynamodb:DeleteItem'], Resource: 'arn:aws:dynamodb:*:*:table/Scores', Condition: { StringEqualsIfExists: { 'dynamodb:Select': 'SPECIFIC_ATTRIBUTES' } } }] },
    },
    { code: policy(['s3:ListBucket', 's3:ListBucketVersions'], { StringLike: { 's3:prefix': 'home/*' } }) },
    { name: 'a key of a resource type the action acts on', code: policy('iam:PassRole', { StringEquals: { 'iam:PassedToService': 'ec2.amazonaws.com' } }) },
    { name: 'global keys apply to every action', code: policy(['s3:GetObject', 'ec2:DescribeInstances'], { Bool: { 'aws:SecureTransport': 'true' }, StringEquals: { 'ec2:SourceInstanceArn': 'x' } }) },
    { name: 'tag keys are tag-condition-key-support\'s', code: policy(['s3:GetObject'], { StringEquals: { 'aws:ResourceTag/team': 'a', 'ec2:ResourceTag/team': 'a' } }) },
    { name: 'wildcard actions are not checked', code: policy(['s3:Get*'], { StringLike: { 's3:prefix': 'home/*' } }) },
    { name: 'unknown actions and keys are other rules\'', code: policy(['s3:GetObjectt'], { StringLike: { 's3:prefixx': 'home/*' } }) },
    { name: 'actions for which the database lists no key are skipped', code: policy('aws-marketplace:Subscribe', { StringEquals: { 'aws-marketplace:ProductId': 'prod-abc' } }) },
    { name: 'NotAction statements', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', NotAction: 's3:GetObject', Resource: '*', Condition: { StringLike: { 's3:prefix': 'x' } } }] } },
    {
      name: 'sts:TagSession and sts:SetSourceIdentity next to sts:AssumeRole… take its keys (same request)',
      code: {
        Version: '2012-10-17',
        Statement: [{
          Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'],
          Condition: { StringEquals: { 'sts:ExternalId': 'example-external-id' }, StringLike: { 'sts:RoleSessionName': 'ci-*' } },
        }],
      },
      policyType: 'trust',
    },
    {
      name: 'a key its service defines but lists for no action or resource type (AWS data perimeter example)',
      code: policy(['apigateway:PATCH', 'apigateway:POST', 'apigateway:PUT'], {
        Null: { 'apigateway:Request/AuthorizerUri': 'false' },
        'ForAnyValue:StringNotLike': { 'apigateway:Request/AuthorizerUri': 'arn:aws:apigateway:*:lambda:path/2015-03-31/functions/arn:aws:lambda:eu-west-1:111122223333:function:authorizer/invocations' },
      }, 'Deny'),
    },
    {
      name: 'a Deny whose negated operator also compares a global key with the same values (AWS data perimeter RCP for sign-in)',
      code: {
        Version: '2012-10-17',
        Statement: [{
          Effect: 'Deny', Principal: '*', Action: ['signin:Authenticate', 'signin:CreateOAuth2Token', 'signin:AuthorizeOAuth2Access'], Resource: '*',
          Condition: {
            StringNotEqualsIfExists: { 'aws:SourceVpc': 'vpc-0abc1234def567890' },
            ArnNotEquals: { 'signin:PrincipalArn': ['arn:aws:iam::111122223333:role/BreakGlass'], 'aws:PrincipalArn': ['arn:aws:iam::111122223333:role/BreakGlass'] },
          },
        }],
      },
      policyType: 'rcp',
    },
    {
      name: 'a Deny by a negated operator of actions that all have the key',
      code: policy(['iam:CreateUser', 'iam:CreateRole', 'iam:PutRolePermissionsBoundary'], { StringNotEquals: { 'iam:PermissionsBoundary': 'arn:aws:iam::111122223333:policy/boundary' } }, 'Deny'),
    },
    {
      name: 'a Deny by a negated operator with "Null": false on the key: it denies only requests with the key',
      code: policy('*', { StringNotEquals: { 'iam:PermissionsBoundary': 'arn:aws:iam::111122223333:policy/boundary' }, Null: { 'iam:PermissionsBoundary': 'false' } }, 'Deny'),
    },
    {
      name: 'a Deny whose other condition is false for requests without its key (a plain operator on a key they lack)',
      code: policy(['s3:PutObject', 's3:Get*'], {
        StringNotEquals: { 's3:x-amz-server-side-encryption': 'aws:kms' },
        StringEquals: { 's3:x-amz-server-side-encryption-aws-kms-key-id': 'arn:aws:kms:eu-west-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab' },
      }, 'Deny'),
    },
    {
      name: 'a Deny of "*" where a global key still decides: the service key is one exemption among others (AWS data perimeter SCP)',
      code: policy('*', { StringNotEqualsIfExists: { 'aws:ResourceOrgID': 'o-a1b2c3d4e5', 'ec2:Owner': 'amazon' } }, 'Deny'),
      policyType: 'scp',
    },
    {
      name: 'IfExists on a key every denied action has (AWS data perimeter SCPs: route53:VPCs, sagemaker:AppNetworkAccessType)',
      code: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Deny', Action: ['route53:CreateVPCAssociationAuthorization'], Resource: '*', Condition: { StringNotLikeIfExists: { 'route53:VPCs': ['VPCId=vpc-12345678,VPCRegion=us-east-1'] }, StringNotEqualsIfExists: { 'aws:PrincipalTag/dp:exclude:resource': 'true' } } },
          { Effect: 'Deny', Action: ['sagemaker:CreateDomain', 'sagemaker:UpdateDomain'], Resource: '*', Condition: { StringNotEqualsIfExists: { 'aws:PrincipalTag/dp:exclude': 'true', 'sagemaker:AppNetworkAccessType': 'VpcOnly' } } },
        ],
      },
      policyType: 'scp',
    },
    { name: 'negated operators in an Allow keep the old reading: IfExists skipped', code: policy('iam:*', { StringNotEqualsIfExists: { 'iam:PermissionsBoundary': 'x' } }) },
    {
      name: 'a Resource that no denied action acts on: nothing is denied (actions without a resource type take "*" only)',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'iam:*', Resource: 'arn:aws:s3:::bucket/*', Condition: { StringNotEquals: { 'iam:PermissionsBoundary': 'x' } } }] },
    },
    { name: 'ForAnyValue: is false without the key, so a Deny by it leaves requests without the key alone', code: policy('kms:*', { 'ForAnyValue:StringEquals': { 'kms:EncryptionContextKeys': 'Department' } }, 'Deny') },
    { name: 'pattern keys match the action\'s keys', code: policy('kms:Decrypt', { StringEquals: { 'kms:EncryptionContext:aws:s3:arn': 'arn:aws:s3:::b' } }) },
  ],
  invalid: [
    {
      name: 's3:prefix does not apply to s3:GetObject',
      code: policy(['s3:ListBucket', 's3:GetObject'], { StringLike: { 's3:prefix': 'home/*' } }),
      errors: [{
        messageId: 'unsupported', line: 13, column: 21, endLine: 13, endColumn: 32, severity: 2, issueCode: 'UNSUPPORTED_ACTION_FOR_CONDITION_KEY',
        message: 'The condition key "s3:prefix" is never in requests for "s3:GetObject", so this condition does not work as intended for it; move it to a statement without "s3:prefix".',
      }],
    },
    {
      name: 'several actions, in canonical spelling, listed once',
      code: policy(['ec2:describesubnets', 'ec2:DescribeVpcEndpoints', 'ec2:DescribeSubnets', 'ec2:CreateSubnet'], { StringEquals: { 'ec2:Vpc': 'arn:aws:ec2:eu-west-1:111122223333:vpc/vpc-1234567890abcdef0' } }),
      errors: [{
        messageId: 'unsupported', line: 15, column: 21, issueCode: 'UNSUPPORTED_ACTION_FOR_CONDITION_KEY',
        message: 'The condition key "ec2:Vpc" is never in requests for "ec2:DescribeSubnets" and "ec2:DescribeVpcEndpoints", so this condition does not work as intended for them; move them to a statement without "ec2:Vpc".',
      }],
    },
    {
      name: 'sts:TagSession alone does not take sts:ExternalId',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '111122223333' }, Action: 'sts:TagSession', Condition: { StringEquals: { 'sts:ExternalId': 'x' } } }] },
      policyType: 'trust',
      errors: [{ messageId: 'unsupported', line: 12, column: 21, issueCode: 'UNSUPPORTED_ACTION_FOR_CONDITION_KEY' }],
    },
    {
      name: 'a Deny whose negated operator has no global key with the same values: the exemption misses those actions',
      code: policy(['signin:Authenticate', 'signin:CreateOAuth2Token'], {
        ArnNotEquals: { 'signin:PrincipalArn': 'arn:aws:iam::111122223333:role/BreakGlass', 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/Admin' },
      }, 'Deny'),
      errors: [{
        messageId: 'denyWithoutKey', line: 13, column: 21, endColumn: 42, issueCode: 'UNSUPPORTED_ACTION_FOR_CONDITION_KEY',
        message: 'The condition key "signin:PrincipalArn" is never in requests for "signin:CreateOAuth2Token", so "ArnNotEquals" is true for it and this Deny denies it whatever the key\'s value; deny only actions that support "signin:PrincipalArn" (or add "Null": {"signin:PrincipalArn": "false"} if requests without it should not be denied).',
      }],
    },
    {
      name: 'a Deny of "*" by a negated operator on a key few actions have denies all the others (SCP found in a public repository)',
      code: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Deny', Action: ['*'], Resource: '*', Condition: { StringNotEquals: { 'iam:PermissionsBoundary': ['arn:aws:iam::111122223333:policy/boundary'] } } },
          { Effect: 'Allow', Action: ['iam:*'], Resource: '*' },
        ],
      },
      errors: [{
        messageId: 'denyWithoutKey', line: 12, column: 21, endColumn: 46, severity: 2, issueCode: 'UNSUPPORTED_ACTION_FOR_CONDITION_KEY',
        message: 'The condition key "iam:PermissionsBoundary" is never in requests for "iam:AcceptDelegationRequest", "iam:AddClientIDToOpenIDConnectProvider", "iam:AddRoleToInstanceProfile" and 22,013 more, so "StringNotEquals" is true for them and this Deny denies them whatever the key\'s value; deny only actions that support "iam:PermissionsBoundary" (or add "Null": {"iam:PermissionsBoundary": "false"} if requests without it should not be denied).',
      }],
    },
    {
      name: 'IfExists does not help a negated operator in a Deny: a request without the key is still denied',
      code: policy('iam:Create*', { ArnNotLikeIfExists: { 'iam:PermissionsBoundary': 'arn:aws:iam::111122223333:policy/boundary' } }, 'Deny'),
      errors: [{
        messageId: 'denyWithoutKey', line: 10, column: 21,
        message: 'The condition key "iam:PermissionsBoundary" is never in requests for "iam:CreateAccessKey", "iam:CreateDelegationRequest", "iam:CreateInstanceProfile" and 8 more, so "ArnNotLikeIfExists" is true for them and this Deny denies them whatever the key\'s value; deny only actions that support "iam:PermissionsBoundary" (or add "Null": {"iam:PermissionsBoundary": "false"} if requests without it should not be denied).',
      }],
    },
    {
      name: 'the Resource narrows what a Deny of "*" denies: only actions on roles, not the 22,000 others',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: 'arn:aws:iam::*:role/*', Condition: { StringNotEquals: { 'iam:PermissionsBoundary': 'arn:aws:iam::111122223333:policy/boundary' } } }] },
      errors: [{ messageId: 'denyWithoutKey', line: 10, column: 21, message: 'The condition key "iam:PermissionsBoundary" is never in requests for "iam:CreateServiceLinkedRole", "iam:DeleteServiceLinkedRole", "iam:GenerateServiceLastAccessedDetails" and 21 more, so "StringNotEquals" is true for them and this Deny denies them whatever the key\'s value; deny only actions that support "iam:PermissionsBoundary" (or add "Null": {"iam:PermissionsBoundary": "false"} if requests without it should not be denied).' }],
    },
    {
      name: 'a plain operator with IfExists in a Deny is true without the key too ("If the key is not present, evaluate the condition element as true")',
      code: policy('ec2:*', { StringEqualsIfExists: { 'ec2:InstanceType': ['p4d.24xlarge'] } }, 'Deny'),
      errors: [{ messageId: 'denyWithoutKey', line: 10, column: 21, message: 'The condition key "ec2:InstanceType" is never in requests for "ec2:AcceptAddressTransfer", "ec2:AcceptTransitGatewayClientVpnAttachment", "ec2:AcceptTransitGatewayMulticastDomainAssociations" and 741 more, so "StringEqualsIfExists" is true for them and this Deny denies them whatever the key\'s value; deny only actions that support "ec2:InstanceType" (or add "Null": {"ec2:InstanceType": "false"} if requests without it should not be denied).' }],
    },
    {
      name: 'ForAllValues: in a Deny is true without the key ("also returns true if there are no context keys in the request")',
      code: policy('kms:*', { 'ForAllValues:StringNotEquals': { 'kms:EncryptionContextKeys': 'Department' } }, 'Deny'),
      errors: [{ messageId: 'denyWithoutKey', line: 10, column: 21, message: 'The condition key "kms:EncryptionContextKeys" is never in requests for "kms:CancelKeyDeletion", "kms:ConnectCustomKeyStore", "kms:CreateAlias" and 40 more, so "ForAllValues:StringNotEquals" is true for them and this Deny denies them whatever the key\'s value; deny only actions that support "kms:EncryptionContextKeys" (or add "Null": {"kms:EncryptionContextKeys": "false"} if requests without it should not be denied).' }],
    },
    {
      name: 'a Deny with NotAction covers every action it does not name',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', NotAction: ['iam:CreateUser', 'iam:CreateRole'], Resource: '*', Condition: { StringNotEquals: { 'iam:PermissionsBoundary': 'arn:aws:iam::111122223333:policy/boundary' } } }] },
      errors: [{ messageId: 'denyWithoutKey', line: 13, column: 21 }],
    },
    {
      name: 'a condition on a global key does not exempt the actions without the key',
      code: policy(['s3:ListBucket', 's3:GetObject'], { StringNotLike: { 's3:prefix': 'home/*' }, StringEquals: { 'aws:PrincipalAccount': '111122223333' } }, 'Deny'),
      errors: [{ messageId: 'denyWithoutKey', line: 13, column: 21 }],
    },
    {
      name: 'a key of another service',
      code: policy(['s3:GetObject'], { StringEquals: { 'kms:ViaService': 's3.eu-west-1.amazonaws.com' } }, 'Deny'),
      errors: [{ messageId: 'unsupported', line: 12, column: 21, issueCode: 'UNSUPPORTED_ACTION_FOR_CONDITION_KEY' }],
    },
  ],
});
