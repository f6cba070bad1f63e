import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './create-slr-scope.js';

const policy = (...Statement: object[]) => ({ Version: '2012-10-17', Statement });
const allow = (rest: object) => policy({ Effect: 'Allow', ...rest });
const SLR = 'arn:aws:iam::*:role/aws-service-role/elasticbeanstalk.amazonaws.com/AWSServiceRoleForElasticBeanstalk*';

new RuleTester().run(rule, {
  valid: [
    { code: allow({ Action: 'iam:CreateServiceLinkedRole', Resource: SLR }) },
    { name: 'iam:AWSServiceName limits "*"', code: allow({ Action: 'iam:CreateServiceLinkedRole', Resource: '*', Condition: { StringEquals: { 'iam:AWSServiceName': 'elasticbeanstalk.amazonaws.com' } } }) },
    { name: 'the condition key is case-insensitive, under any operator', code: allow({ Action: 'iam:Create*', Resource: '*', Condition: { 'ForAnyValue:StringLike': { 'IAM:awsServiceName': ['a.amazonaws.com'] } } }) },
    { name: 'every service-linked role is still a limited pattern', code: allow({ Action: 'iam:CreateServiceLinkedRole', Resource: 'arn:aws:iam::*:role/aws-service-role/*' }) },
    { name: 'a Deny', code: policy({ Effect: 'Deny', Action: 'iam:CreateServiceLinkedRole', Resource: '*' }) },
    { name: 'NotAction that excludes it', code: allow({ NotAction: 'iam:Create*', Resource: '*' }) },
    { name: 'NotResource that excludes every role', code: allow({ Action: 'iam:*', NotResource: '*' }) },
    { name: 'wildcards that miss it', code: allow({ Action: ['iam:CreateRole', 'iam:CreateSAML*', 'iam:*LinkedRoles'], Resource: '*' }) },
    { name: 'only identity policies', policyType: 'scp', code: policy({ Effect: 'Allow', Action: '*', Resource: '*' }) },
  ],
  invalid: [
    {
      name: 'CREATE_SLR_WITH_STAR_IN_RESOURCE',
      code: allow({ Action: ['iam:CreateServiceLinkedRole', 'iam:DeleteServiceLinkedRole'], Resource: '*' }),
      errors: [{ messageId: 'actionAllRoles', line: 7, column: 17, endColumn: 46, issueCode: 'CREATE_SLR_WITH_STAR_IN_RESOURCE', severity: 2,
        message: '"iam:CreateServiceLinkedRole" is allowed on "*", which allows creating the service-linked role of any service; list the service-linked role ARNs, or add an "iam:AWSServiceName" condition.' }],
    },
    {
      name: 'CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE: iam:Create*',
      code: allow({ Action: 'iam:Create*', Resource: 'arn:aws:iam::123456789012:role/*' }),
      errors: [{ messageId: 'wildcardAllRoles', line: 6, column: 23, endColumn: 36, issueCode: 'CREATE_SLR_WITH_STAR_IN_ACTION_AND_RESOURCE',
        message: '"iam:Create*" includes iam:CreateServiceLinkedRole on "arn:aws:iam::123456789012:role/*", which allows creating the service-linked role of any service; list the service-linked role ARNs, or add an "iam:AWSServiceName" condition.' }],
    },
    {
      name: 'a negated operator on iam:AWSServiceName allows the role of every other service',
      code: allow({ Action: 'iam:CreateServiceLinkedRole', Resource: '*', Condition: { StringNotEquals: { 'iam:AWSServiceName': 'x.amazonaws.com' } } }),
      errors: [{ messageId: 'actionWeakCondition', line: 6, column: 23, endColumn: 52, issueCode: 'CREATE_SLR_WITH_STAR_IN_RESOURCE',
        message: '"iam:CreateServiceLinkedRole" is allowed on "*", and its "StringNotEquals" condition on "iam:AWSServiceName" does not limit the services it may create a role for (a negated operator admits every service but those listed); list the service-linked role ARNs, or write the condition with "StringEquals".' }],
    },
    {
      name: 'CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION',
      code: allow({ NotAction: ['iam:Delete*'], Resource: '*' }),
      errors: [{ messageId: 'notActionAllRoles', line: 6, column: 13, endColumn: 24, issueCode: 'CREATE_SLR_WITH_STAR_IN_RESOURCE_AND_NOT_ACTION',
        message: 'NotAction allows iam:CreateServiceLinkedRole on "*", which allows creating the service-linked role of any service; add "iam:CreateServiceLinkedRole" to NotAction and allow it in a separate statement on specific service-linked role ARNs.' }],
    },
    {
      name: 'CREATE_SLR_WITH_NOT_RESOURCE, even with iam:AWSServiceName',
      code: allow({ Action: 'iam:createservicelinkedrole', NotResource: 'arn:aws:s3:::b', Condition: { StringEquals: { 'iam:AWSServiceName': 'x.amazonaws.com' } } }),
      errors: [{ messageId: 'actionNotResource', line: 6, column: 23, endColumn: 52, issueCode: 'CREATE_SLR_WITH_NOT_RESOURCE',
        message: '"iam:createservicelinkedrole" with NotResource allows creating the service-linked role of any service; list the service-linked role ARNs in Resource instead.' }],
    },
    {
      name: 'CREATE_SLR_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE',
      code: allow({ Action: ['s3:*', '*'], NotResource: ['arn:aws:s3:::b'] }),
      errors: [{ messageId: 'wildcardNotResource', line: 8, column: 17, endColumn: 20, issueCode: 'CREATE_SLR_WITH_STAR_IN_ACTION_AND_NOT_RESOURCE',
        message: '"*" includes iam:CreateServiceLinkedRole, and with NotResource it allows creating the service-linked role of any service; list the service-linked role ARNs in Resource in a separate statement.' }],
    },
    {
      name: 'CREATE_SLR_WITH_NOT_ACTION_AND_NOT_RESOURCE',
      code: { Version: '2012-10-17', Statement: { Effect: 'Allow', NotAction: 's3:*', NotResource: 'arn:aws:iam::*:role/admin' } },
      errors: [{ messageId: 'notActionNotResource', line: 5, column: 9, endColumn: 20, issueCode: 'CREATE_SLR_WITH_NOT_ACTION_AND_NOT_RESOURCE',
        message: 'NotAction with NotResource allows iam:CreateServiceLinkedRole for any service; add "iam:CreateServiceLinkedRole" to NotAction and allow it in a separate statement on specific service-linked role ARNs.' }],
    },
  ],
});
