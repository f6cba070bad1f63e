import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './principal-public-access.js';

/** A role trust policy trusting `principal`, with an optional condition; the principal value is on line 6. */
const trust = (principal: unknown, condition?: object) => ({
  Version: '2012-10-17',
  Statement: [{
    Effect: 'Allow',
    Principal: principal,
    Action: 'sts:AssumeRole',
    ...(condition ? { Condition: condition } : {}),
  }],
});

// Amazon S3's SNS topic policy for event notifications, in the form its documentation gave with "AWS": "*".
const S3_NOTIFICATIONS_TOPIC_POLICY = `{
  "Version": "2012-10-17",
  "Id": "example-ID",
  "Statement": [
    {
      "Sid": "example-statement-ID",
      "Effect": "Allow",
      "Principal": {
        "AWS": "*"
      },
      "Action": [
        "SNS:Publish"
      ],
      "Resource": "arn:aws:sns:us-east-1:111122223333:MyTopic",
      "Condition": {
        "ArnLike": {
          "aws:SourceArn": "arn:aws:s3:*:*:amzn-s3-demo-bucket"
        }
      }
    }
  ]
}
`;

/** A bucket policy granting `principal` s3:GetObject, with an optional condition. */
const bucket = (principal: unknown, condition?: object, effect = 'Allow') => ({
  Version: '2012-10-17',
  Statement: [{
    Effect: effect,
    Principal: principal,
    Action: 's3:GetObject',
    Resource: 'arn:aws:s3:::team-share/*',
    ...(condition ? { Condition: condition } : {}),
  }],
});

/** An API resource policy: Allow "*" to invoke, then a Deny for the callers that `condition` leaves out (line 6 has the "*"). */
const privateApi = (condition: object, deny: object = {}) => ({
  Version: '2012-10-17',
  Statement: [
    { Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' },
    { Effect: 'Deny', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*', Condition: condition, ...deny },
  ],
});

const TRUST = '"AWS": "*" lets any AWS account in the world assume this role, as no condition limits who the caller is; name the trusted accounts or roles in Principal, or add a condition on "aws:PrincipalAccount", "aws:PrincipalOrgID" or "aws:PrincipalArn".';
const RESOURCE = '"Principal": "*" makes the actions of this statement public, open to anyone including anonymous users, as no condition limits who the caller is; name the principals, or add a condition on "aws:PrincipalAccount", "aws:PrincipalOrgID", "aws:SourceVpce" or "aws:SourceIp".';

new RuleTester().run(rule, {
  valid: [
    // VPC endpoint policies: "*" is their normal principal, and the endpoint is reached only from its VPC (and the networks connected to it).
    { name: 'an EFS file system policy granting "*" only through a mount target (EFS: not public)', policyType: 'resource', code: {
      Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: ['elasticfilesystem:ClientWrite', 'elasticfilesystem:ClientRootAccess'],
        Condition: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'true' } } }] } },
    { name: 'a VPC endpoint policy: "Principal": "*"', policyType: 'resource', options: { resourceType: 'AWS::EC2::VPCEndpoint' }, code: bucket('*') },
    { name: 'a VPC endpoint policy: "AWS": "*"', policyType: 'resource', options: { resourceType: 'AWS::EC2::VPCEndpoint' }, code: bucket({ AWS: '*' }) },
    // Trust policies: a condition that names the caller.
    { name: 'PrincipalOrgID', policyType: 'trust', code: trust({ AWS: '*' }, { StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }) },
    { name: 'PrincipalAccount, key in another case', policyType: 'trust', code: trust({ AWS: '*' }, { StringEquals: { 'AWS:principalaccount': ['111122223333', '444455556666'] } }) },
    { name: 'PrincipalArn with ArnLike and a fixed account', policyType: 'trust', code: trust({ AWS: '*' }, { ArnLike: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/deploy-*' } }) },
    { name: 'PrincipalOrgPaths under ForAnyValue:StringLike', policyType: 'trust', code: trust({ AWS: '*' }, { 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*' } }) },
    { name: 'a restricting key beside a weak one', policyType: 'trust', code: trust({ AWS: '*' }, { StringEquals: { 'sts:ExternalId': 'x', 'aws:PrincipalAccount': '111122223333' } }) },
    { name: 'aws:userid of one role', policyType: 'trust', code: trust({ AWS: '*' }, { StringLike: { 'aws:userid': 'AROAEXAMPLEROLEID1234:*' } }) },
    { name: 'named accounts are not this rule', policyType: 'trust', code: trust({ AWS: 'arn:aws:iam::111122223333:root' }) },
    { name: 'bare "*" in a trust policy is trust-policy-principal\'s', policyType: 'trust', code: trust('*') },
    { name: 'service principals are service-principal-source\'s', policyType: 'trust', code: trust({ Service: 'ec2.amazonaws.com' }) },
    // Resource policies.
    { name: 'SourceVpce', policyType: 'resource', code: bucket('*', { StringEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' } }) },
    { name: 'SourceIp', policyType: 'resource', code: bucket('*', { IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '2001:db8::/32'] } }) },
    { name: 'SourceArn of a bucket (no account in S3 ARNs)', policyType: 'resource', code: bucket({ AWS: '*' }, { ArnEquals: { 'aws:SourceArn': 'arn:aws:s3:::source-bucket' } }) },
    { name: 'SourceArn of a bucket written with "*" for its empty Region and account (Amazon S3\'s documented SNS topic policy for event notifications)',
      policyType: 'resource', code: S3_NOTIFICATIONS_TOPIC_POLICY },
    { name: 'KMS key policy: kms:CallerAccount with kms:ViaService', policyType: 'resource', code: bucket({ AWS: '*' }, { StringEquals: { 'kms:CallerAccount': '111122223333', 'kms:ViaService': 'ec2.us-east-1.amazonaws.com' } }) },
    { name: 'delegation to access points', policyType: 'resource', code: bucket('*', { StringEquals: { 's3:DataAccessPointAccount': '111122223333' } }) },
    { name: 'PrincipalIsAWSService true', policyType: 'resource', code: bucket('*', { Bool: { 'aws:PrincipalIsAWSService': 'true' } }) },
    { name: 'account as a JSON number', policyType: 'resource', code: bucket('*', { StringEquals: { 'aws:SourceAccount': 111122223333 } }) },
    { name: 'Deny with "*" is a guard, not a grant', policyType: 'resource', code: bucket('*', undefined, 'Deny') },
    { name: 'identity policies are not checked', code: bucket('*') },
    // Variables that name the resource owner's account or organization pin callers to them (AWS's IAM Identity
    // Center key policy and VPC endpoint policies write them).
    { name: 'PrincipalOrgID of the resource owner\'s organization', policyType: 'resource',
      code: bucket('*', { StringEquals: { 'aws:PrincipalOrgID': '${aws:ResourceOrgID}' }, StringLike: { 'kms:ViaService': 'sso.*.amazonaws.com' } }) },
    { name: 'PrincipalAccount of the resource owner\'s account', policyType: 'resource', code: bucket('*', { StringEquals: { 'aws:PrincipalAccount': '${aws:ResourceAccount}' } }) },
    { name: 'trust policy: PrincipalOrgID of the role\'s organization', policyType: 'trust', code: trust({ AWS: '*' }, { StringEquals: { 'aws:PrincipalOrgID': '${aws:resourceorgid}' } }) },
    { name: 'a Deny of callers outside the owner\'s organization closes the Allow', policyType: 'resource',
      code: privateApi({ StringNotEqualsIfExists: { 'aws:PrincipalOrgID': '${aws:ResourceOrgID}' } }) },
    // An empty list under a positive operator never matches: the statement allows no one (condition-empty-values).
    { name: 'an empty IP list matches no request', policyType: 'resource', code: bucket('*', { IpAddress: { 'aws:SourceIp': [] } }) },
    { name: 'private API: a Deny for every request that does not come through the VPC endpoint', policyType: 'resource',
      code: privateApi({ StringNotEquals: { 'aws:SourceVpce': ['vpce-0a1b2c3d4e5f67890', 'vpce-0f9e8d7c6b5a43210'] } }) },
    { name: 'a data-perimeter Deny on every action and resource, leaving out AWS services', policyType: 'resource',
      code: {
        Version: '2012-10-17',
        Statement: [
          { Effect: 'Allow', Principal: '*', Action: ['s3:GetObject', 's3:List*'], Resource: ['arn:aws:s3:::team-share', 'arn:aws:s3:::team-share/*'] },
          { Effect: 'Deny', Principal: { AWS: '*' }, Action: 's3:*', Resource: '*', Condition: {
            StringNotEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5', 'aws:PrincipalAccount': '444455556666' },
            BoolIfExists: { 'aws:PrincipalIsAWSService': 'false' },
          } },
        ],
      } },
  ],
  invalid: [
    {
      name: 'an EFS file system policy granting "*" when the request does not come through a mount target',
      policyType: 'resource',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: 'elasticfilesystem:ClientMount',
        Condition: { Bool: { 'elasticfilesystem:AccessedViaMountTarget': 'false' } } }] },
      errors: [{ messageId: 'resourceWeak', line: 7, column: 24, severity: 1 }],
    },
    {
      name: 'a Deny with an exception any account can meet (a principal tag) does not close the Allow',
      policyType: 'resource',
      code: privateApi({ StringNotEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d4e5f67890' }, StringNotEqualsIfExists: { 'aws:PrincipalTag/vpce-exempt': 'true' } }),
      errors: [{ messageId: 'resource', line: 6, column: 26, severity: 1, message: RESOURCE }],
    },
    {
      name: 'a Deny for some of the actions only does not close the Allow',
      policyType: 'resource',
      code: privateApi({ StringNotEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d4e5f67890' } }, { Action: 'execute-api:InvalidateCache' }),
      errors: [{ messageId: 'resource', line: 6, column: 26, severity: 1 }],
    },
    {
      name: 'a Deny for some of the resources only does not close the Allow',
      policyType: 'resource',
      code: privateApi({ StringNotEquals: { 'aws:SourceVpce': 'vpce-0a1b2c3d4e5f67890' } }, { Resource: 'execute-api:/prod/*' }),
      errors: [{ messageId: 'resource', line: 6, column: 26, severity: 1 }],
    },
    {
      name: 'a Deny that lets through a principal ARN of any account does not close the Allow',
      policyType: 'resource',
      code: privateApi({ ArnNotLike: { 'aws:PrincipalArn': 'arn:aws:iam::*:role/api-client' } }),
      errors: [{ messageId: 'resource', line: 6, column: 26, severity: 1 }],
    },
    {
      name: 'trust policy: "AWS": "*" with no condition',
      policyType: 'trust',
      code: trust({ AWS: '*' }),
      errors: [{ messageId: 'trust', line: 7, column: 24, endColumn: 27, severity: 2, message: TRUST }],
    },
    {
      name: 'trust policy: "*" among named accounts, reported on the "*"',
      policyType: 'trust',
      code: trust({ AWS: ['arn:aws:iam::111122223333:root', '*'] }),
      errors: [{ messageId: 'trust', line: 9, column: 21, severity: 2 }],
    },
    {
      name: 'trust policy: the external ID is not a secret',
      policyType: 'trust',
      code: trust({ AWS: '*' }, { StringEquals: { 'sts:ExternalId': 'a1b2c3' } }),
      errors: [{ messageId: 'trustWeak', line: 7, column: 24, severity: 2,
        message: '"AWS": "*" lets any AWS account in the world assume this role: the condition on "sts:ExternalId" does not limit who the caller is, as an external ID is no secret: anyone who can read the role sees it; name the trusted accounts or roles in Principal, or add a condition on "aws:PrincipalAccount", "aws:PrincipalOrgID" or "aws:PrincipalArn".' }],
    },
    {
      name: 'trust policy: a negated operator allows every other account',
      policyType: 'trust',
      code: trust({ AWS: '*' }, { StringNotEquals: { 'aws:PrincipalAccount': '444455556666' } }),
      errors: [{ messageId: 'trustWeak', line: 7, column: 24, 
        message: '"AWS": "*" lets any AWS account in the world assume this role: the condition on "aws:PrincipalAccount" does not limit who the caller is, as "StringNotEquals" matches every value but those listed; name the trusted accounts or roles in Principal, or add a condition on "aws:PrincipalAccount", "aws:PrincipalOrgID" or "aws:PrincipalArn".' }],
    },
    {
      name: 'trust policy: IfExists lets a missing key through',
      policyType: 'trust',
      code: trust({ AWS: '*' }, { StringEqualsIfExists: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } }),
      errors: [{ messageId: 'trustWeak', line: 7, column: 24 }],
    },
    {
      name: 'trust policy: ForAllValues is true without the key',
      policyType: 'trust',
      code: trust({ AWS: '*' }, { 'ForAllValues:StringLike': { 'aws:PrincipalOrgPaths': 'o-a1b2c3d4e5/*' } }),
      errors: [{ messageId: 'trustWeak', line: 7, column: 24 }],
    },
    {
      name: 'trust policy: Null only tests presence',
      policyType: 'trust',
      code: trust({ AWS: '*' }, { Null: { 'aws:PrincipalOrgID': 'false' } }),
      errors: [{ messageId: 'trustWeak', line: 7, column: 24 }],
    },
    {
      name: 'trust policy: a value "*" restricts nothing',
      policyType: 'trust',
      code: trust({ AWS: '*' }, { StringLike: { 'aws:PrincipalOrgID': '*' } }),
      errors: [{ messageId: 'trustWeak', line: 7, column: 24, 
        message: '"AWS": "*" lets any AWS account in the world assume this role: the condition on "aws:PrincipalOrgID" does not limit who the caller is, as the value "*" matches callers of any account; name the trusted accounts or roles in Principal, or add a condition on "aws:PrincipalAccount", "aws:PrincipalOrgID" or "aws:PrincipalArn".' }],
    },
    {
      name: 'trust policy: an ARN pattern with any account, among fixed ones',
      policyType: 'trust',
      code: trust({ AWS: '*' }, { ArnLike: { 'aws:PrincipalArn': ['arn:aws:iam::111122223333:role/ci', 'arn:aws:iam::*:role/ci'] } }),
      errors: [{ messageId: 'trustWeak', line: 7, column: 24 }],
    },
    {
      name: 'trust policy: an organization ID pattern',
      policyType: 'trust',
      code: trust({ AWS: '*' }, { StringLike: { 'aws:PrincipalOrgID': 'o-*' } }),
      errors: [{ messageId: 'trustWeak', line: 7, column: 24 }],
    },
    {
      name: 'trust policy: a user name exists in every account',
      policyType: 'trust',
      code: trust({ AWS: '*' }, { StringEquals: { 'aws:username': 'deploy' } }),
      errors: [{ messageId: 'trustWeak', line: 7, column: 24 }],
    },
    {
      name: 'trust policy: conditions on other keys do not restrict the caller',
      policyType: 'trust',
      code: trust({ AWS: '*' }, { Bool: { 'aws:MultiFactorAuthPresent': 'true' } }),
      errors: [{ messageId: 'trust', line: 7, column: 24 }],
    },
    {
      name: 'resource policy: the caller sets aws:Referer (and aws:UserAgent) in an HTTP header',
      policyType: 'resource',
      code: bucket('*', { StringLike: { 'aws:Referer': ['https://www.example.com/*'], 'aws:UserAgent': 'MyApp/*' } }),
      errors: [{ messageId: 'resourceWeak', line: 6, column: 26, severity: 1,
        message: '"Principal": "*" makes the actions of this statement public, open to anyone including anonymous users: the condition on "aws:Referer" does not limit who the caller is, as the caller sets it in an HTTP header and can send any value it chooses; name the principals, or add a condition on "aws:PrincipalAccount", "aws:PrincipalOrgID", "aws:SourceVpce" or "aws:SourceIp".' }],
    },
    {
      name: 'resource policy: "Principal": "*" is a warning',
      policyType: 'resource',
      code: bucket('*'),
      errors: [{ messageId: 'resource', line: 6, column: 26, endColumn: 29, severity: 1, message: RESOURCE }],
    },
    {
      name: 'resource policy: "AWS": "*" is the same',
      policyType: 'resource',
      code: bucket({ AWS: '*' }),
      errors: [{ messageId: 'resource', line: 7, column: 24, severity: 1, 
        message: '"AWS": "*" makes the actions of this statement public, open to anyone including anonymous users, as no condition limits who the caller is; name the principals, or add a condition on "aws:PrincipalAccount", "aws:PrincipalOrgID", "aws:SourceVpce" or "aws:SourceIp".' }],
    },
    {
      name: 'resource policy: every IP address',
      policyType: 'resource',
      code: bucket('*', { IpAddress: { 'aws:SourceIp': '0.0.0.0/0' } }),
      errors: [{ messageId: 'resourceWeak', line: 6, column: 26, severity: 1 }],
    },
    {
      name: 'resource policy: SourceArn of any bucket whose name starts with a prefix, which any account can create',
      policyType: 'resource',
      code: bucket({ AWS: '*' }, { ArnLike: { 'aws:SourceArn': 'arn:aws:s3:*:*:logs-*' } }),
      errors: [{ messageId: 'resourceWeak', line: 7, column: 24 }],
    },
    {
      name: 'resource policy: any VPC',
      policyType: 'resource',
      code: bucket('*', { StringLike: { 'aws:SourceVpc': 'vpc-*' } }),
      errors: [{ messageId: 'resourceWeak', line: 6, column: 26 }],
    },
    {
      name: 'resource policy: private addresses without a VPC condition',
      policyType: 'resource',
      code: bucket('*', { IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/8' } }),
      errors: [{ messageId: 'resourceWeak', line: 6, column: 26,
        message: '"Principal": "*" makes the actions of this statement public, open to anyone including anonymous users: the condition on "aws:VpcSourceIp" does not limit who the caller is, as private addresses repeat in the VPCs of every account unless "aws:SourceVpc" is also checked; name the principals, or add a condition on "aws:PrincipalAccount", "aws:PrincipalOrgID", "aws:SourceVpce" or "aws:SourceIp".' }],
    },
    {
      name: 'resource policy: kms:ViaService alone admits every account',
      policyType: 'resource',
      code: bucket({ AWS: '*' }, { StringEquals: { 'kms:ViaService': 'ec2.us-east-1.amazonaws.com' } }),
      errors: [{ messageId: 'resourceWeak', line: 7, column: 24 }],
    },
    {
      name: 'resource policy: the resource\'s own account says nothing about the caller',
      policyType: 'resource',
      code: bucket('*', { StringEquals: { 's3:ResourceAccount': '111122223333' } }),
      errors: [{ messageId: 'resourceWeak', line: 6, column: 26 }],
    },
    {
      name: 'resource policy: a policy variable compares the caller with itself',
      policyType: 'resource',
      code: bucket('*', { StringEquals: { 'aws:PrincipalAccount': '${aws:PrincipalAccount}' } }),
      errors: [{ messageId: 'resourceWeak', line: 6, column: 26 }],
    },
    {
      name: 'resource policy: the owner\'s organization variable compared with an account key names no account',
      policyType: 'resource',
      code: bucket('*', { StringEquals: { 'aws:PrincipalAccount': '${aws:ResourceOrgID}' } }),
      errors: [{ messageId: 'resourceWeak', line: 6, column: 26 }],
    },
    {
      name: 'resource policy: a principal tag is chosen by the caller',
      policyType: 'resource',
      code: bucket('*', { StringEquals: { 'aws:PrincipalOrgID': '${aws:PrincipalTag/org}' } }),
      errors: [{ messageId: 'resourceWeak', line: 6, column: 26 }],
    },
    {
      name: 'a single statement object',
      policyType: 'resource',
      code: { Version: '2012-10-17', Statement: { Effect: 'Allow', Principal: '*', Action: 'sqs:SendMessage', Resource: '*' } },
      errors: [{ messageId: 'resource', line: 5, column: 22 }],
    },
  ],
});
