import { describe, expect, it } from 'vitest';
import { RuleTester } from '../../src/testing/rule-tester.js';
import {
  canonicalAction, databaseLabel, indexLineOf, serviceActionsFromFiles, serviceActionsFromLine,
} from '../../src/iam/actions-db.js';
import rule from './action-exists.js';
import { apiOperation, apiOperations } from './api-operations.js';
import { DOCUMENTED_ELSEWHERE } from './documented-elsewhere.js';

const db = databaseLabel();
const policy = (actions: unknown, element = 'Action') => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', [element]: actions, Resource: '*' }],
});

new RuleTester().run(rule, {
  valid: [
    { code: policy(['iam:ListVirtualMFADevices', 's3:GetObject', 'ec2:Describe*', '*']) },
    { name: 'action names are case-insensitive', code: policy('IAM:getuser') },
    { name: 'NotAction', code: policy(['iam:*', 'sts:GetCallerIdentity'], 'NotAction') },
    { name: 'a wildcard service that matches a service', code: policy('s3*:Get*') },
    { name: 'a variable is policy-variable-syntax\'s business', code: policy('s3:${aws:username}') },
    { name: 'allowed by the options', code: policy(['securityagent:ListControls', 'budgets:NewThing']), options: { allow: ['securityagent:*', 'budgets:NewThing'] } },
    { name: 'non-string entries are the schema rule\'s', code: policy([42]) },
    { name: 'API operations whose name is also the action\'s are actions', code: policy(['sts:AssumeRoleWithWebIdentity', 's3:GetObject', 'lambda:InvokeFunction', 's3:ListBucket', 's3:getbucketcors']) },
    {
      // AWS's sample SCP Deny-billing.json; the Account Management guide documents them (console only).
      name: 'console-only permissions AWS documents outside the Service Authorization Reference',
      policyType: 'scp',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: ['account:PutChallengeQuestions', 'Account:getchallengequestions', 'account:*ChallengeQuestions'], Resource: '*' }] },
    },
    { name: 'trust policy actions', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' }] }, policyType: 'trust' },
  ],
  invalid: [
    {
      name: 'whitespace around an action that is right without it: at the whitespace, with a trimming suggestion',
      code: policy(['s3:GetObject ', ' s3:Get*', ' * ']),
      errors: [
        { messageId: 'whitespace', line: 7, column: 30, endColumn: 31, issueCode: 'INVALID_ACTION',
          message: 'The action "s3:GetObject " ends with whitespace, and no action name has any; remove the whitespace.',
          suggestions: [{ messageId: 'trim', output: JSON.stringify(policy(['s3:GetObject', ' s3:Get*', ' * ']), null, 4) }] },
        { messageId: 'whitespace', line: 8, column: 18, endColumn: 19 },
        { messageId: 'whitespace', line: 9, column: 17, endColumn: 22 },
      ],
    },
    {
      name: 'whitespace around a misspelt action: the misspelling, with one fix for both',
      code: policy(['s3:GetObjet ']),
      errors: [{ messageId: 'unknownAction', line: 7, column: 17, endColumn: 31,
        suggestions: [{ messageId: 'replace', output: JSON.stringify(policy(['s3:GetObject']), null, 4) }] }],
    },
    {
      name: 'an unknown action with a close one',
      code: policy(['iam:ListVirtualMFADevice']),
      errors: [{
        messageId: 'unknownAction', line: 7, column: 17, endLine: 7, endColumn: 43, severity: 2, issueCode: 'INVALID_ACTION',
        message: `The action "iam:ListVirtualMFADevice" does not exist: the iam service has no such action in the IAM database (${db}). Did you mean "iam:ListVirtualMFADevices"?`,
        suggestions: [{
          messageId: 'replace',
          output: JSON.stringify(policy(['iam:ListVirtualMFADevices']), null, 4),
        }],
      }],
    },
    {
      name: 'a short action name with two letters swapped: one edit away',
      code: policy(['kms:Sgin']),
      errors: [{
        messageId: 'unknownAction', line: 7, column: 17, endColumn: 27, issueCode: 'INVALID_ACTION',
        message: `The action "kms:Sgin" does not exist: the kms service has no such action in the IAM database (${db}). Did you mean "kms:Sign"?`,
        suggestions: [{ messageId: 'replace', output: JSON.stringify(policy(['kms:Sign']), null, 4) }],
      }],
    },
    {
      name: 'an unknown action without a close one, as a single string',
      code: policy('s3:DoSomethingCompletelyDifferent'),
      errors: [{
        messageId: 'unknownAction', line: 6, column: 23, endColumn: 58, issueCode: 'INVALID_ACTION',
        message: `The action "s3:DoSomethingCompletelyDifferent" does not exist: the s3 service has no such action in the IAM database (${db}). Remove it, or, if AWS added it after the database's date, list it in the rule's "allow" option.`,
        suggestions: [],
      }],
    },
    {
      name: 'an unknown service: the service part is reported',
      code: policy(['s4:GetObject']),
      errors: [{
        messageId: 'unknownService', line: 7, column: 18, endColumn: 20, issueCode: 'INVALID_SERVICE_IN_ACTION',
        message: `The service "s4" in "s4:GetObject" does not exist in the IAM database (${db}). Did you mean "s3:GetObject"?`,
        suggestions: [{ messageId: 'replace', output: JSON.stringify(policy(['s3:GetObject']), null, 4) }],
      }],
    },
    {
      name: 'an unknown service and an API operation: one suggestion mends both',
      code: policy(['s4:ListBuckets']),
      errors: [{
        messageId: 'unknownService', line: 7, column: 18, endColumn: 20, issueCode: 'INVALID_SERVICE_IN_ACTION',
        message: `The service "s4" in "s4:ListBuckets" does not exist in the IAM database (${db}). Did you mean "s3:ListAllMyBuckets"?`,
        suggestions: [{ messageId: 'replace', output: JSON.stringify(policy(['s3:ListAllMyBuckets']), null, 4) }],
      }],
    },
    {
      name: 'an unknown service and a misspelt action: one suggestion mends both',
      code: policy(['s4:GetObjekt']),
      errors: [{
        messageId: 'unknownService', line: 7, column: 18, endColumn: 20, issueCode: 'INVALID_SERVICE_IN_ACTION',
        message: `The service "s4" in "s4:GetObjekt" does not exist in the IAM database (${db}). Did you mean "s3:GetObject"?`,
        suggestions: [{ messageId: 'replace', output: JSON.stringify(policy(['s3:GetObject']), null, 4) }],
      }],
    },
    {
      name: 'a retired service (no suggestion)',
      code: policy(['deepracer:ListModels']),
      errors: [{
        messageId: 'unknownService', line: 7, column: 18, endColumn: 27, issueCode: 'INVALID_SERVICE_IN_ACTION',
        message: `The service "deepracer" in "deepracer:ListModels" does not exist in the IAM database (${db}). Remove it, or, if AWS added it after the database's date, list it in the rule's "allow" option.`,
        suggestions: [],
      }],
    },
    {
      name: 'a service name written as the prefix: Step Functions is "states"',
      code: policy(['stepfunctions:*']),
      errors: [{
        messageId: 'unknownService', line: 7, column: 18, endColumn: 31, issueCode: 'INVALID_SERVICE_IN_ACTION',
        message: `The service "stepfunctions" in "stepfunctions:*" does not exist in the IAM database (${db}). Did you mean "states:*"?`,
        suggestions: [{ messageId: 'replace', output: JSON.stringify(policy(['states:*']), null, 4) }],
      }],
    },
    {
      name: 'SNS:Receive, from the old default topic policy, says where it comes from',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: '*' }, Action: ['SNS:Publish', 'SNS:Receive'], Resource: 'arn:aws:sns:us-east-1:111122223333:alerts', Condition: { StringEquals: { 'AWS:SourceOwner': '111122223333' } } }] },
      policyType: 'resource',
      errors: [{
        messageId: 'unknownAction', line: 11, column: 17, issueCode: 'INVALID_ACTION',
        message: `The action "SNS:Receive" does not exist: the sns service has no such action in the IAM database (${db}). SNS topic policies accept it (the old default topic policy lists it), but it grants nothing; remove it.`,
      }],
    },
    {
      name: 'an API operation\'s name: its permission, not the closest spelling (s3:ListBucket)',
      code: policy(['s3:listBuckets']),
      errors: [{
        messageId: 'apiOperation', line: 7, column: 17, endLine: 7, endColumn: 33, severity: 2, issueCode: 'INVALID_ACTION',
        message: 'The action "s3:listBuckets" does not exist: ListBuckets is the API operation; its permission is "s3:ListAllMyBuckets".',
        suggestions: [{ messageId: 'replace', output: JSON.stringify(policy(['s3:ListAllMyBuckets']), null, 4) }],
      }],
    },
    {
      name: 'API operations in NotAction and as a single string',
      code: policy('lambda:Invoke', 'NotAction'),
      errors: [{
        messageId: 'apiOperation', line: 6, column: 26, endColumn: 41, issueCode: 'INVALID_ACTION',
        message: 'The action "lambda:Invoke" does not exist: Invoke is the API operation; its permission is "lambda:InvokeFunction".',
        suggestions: [{ messageId: 'replace', output: JSON.stringify(policy('lambda:InvokeFunction', 'NotAction'), null, 4) }],
      }],
    },
    {
      name: 'operations of S3 objects: HeadObject, the multipart upload',
      code: policy(['s3:HeadObject', 's3:ListObjectsV2', 's3:CreateMultipartUpload']),
      errors: [
        {
          messageId: 'apiOperation', line: 7, column: 17, endColumn: 32,
          message: 'The action "s3:HeadObject" does not exist: HeadObject is the API operation; its permission is "s3:GetObject".',
          suggestions: [{ messageId: 'replace', output: JSON.stringify(policy(['s3:GetObject', 's3:ListObjectsV2', 's3:CreateMultipartUpload']), null, 4) }],
        },
        {
          messageId: 'apiOperation', line: 8, column: 17, endColumn: 35,
          message: 'The action "s3:ListObjectsV2" does not exist: ListObjectsV2 is the API operation; its permission is "s3:ListBucket".',
          suggestions: [{ messageId: 'replace', output: JSON.stringify(policy(['s3:HeadObject', 's3:ListBucket', 's3:CreateMultipartUpload']), null, 4) }],
        },
        {
          messageId: 'apiOperation', line: 9, column: 17, endColumn: 43,
          message: 'The action "s3:CreateMultipartUpload" does not exist: CreateMultipartUpload is the API operation; its permission is "s3:PutObject".',
          suggestions: [{ messageId: 'replace', output: JSON.stringify(policy(['s3:HeadObject', 's3:ListObjectsV2', 's3:PutObject']), null, 4) }],
        },
      ],
    },
    {
      name: 'an operation that needs two permissions: both are named, and no single replacement is offered',
      code: policy(['s3:CopyObject']),
      errors: [{
        messageId: 'apiOperation', line: 7, column: 17, endColumn: 32, issueCode: 'INVALID_ACTION',
        message: 'The action "s3:CopyObject" does not exist: CopyObject is the API operation; it needs the permissions "s3:GetObject" on the source object and "s3:PutObject" on the target object, so list both instead.',
        suggestions: [],
      }],
    },
    {
      name: 'KMS ReEncrypt needs a permission on each key; SQS batch operations need their single operation\'s',
      code: policy(['kms:reencrypt', 'sqs:SendMessageBatch']),
      errors: [
        {
          messageId: 'apiOperation', line: 7, column: 17, endColumn: 32, suggestions: [],
          message: 'The action "kms:reencrypt" does not exist: ReEncrypt is the API operation; it needs the permissions "kms:ReEncryptFrom" on the source key and "kms:ReEncryptTo" on the destination key, so list both instead.',
        },
        {
          messageId: 'apiOperation', line: 8, column: 17, endColumn: 39,
          message: 'The action "sqs:SendMessageBatch" does not exist: SendMessageBatch is the API operation; its permission is "sqs:SendMessage".',
          suggestions: [{ messageId: 'replace', output: JSON.stringify(policy(['kms:reencrypt', 'sqs:SendMessage']), null, 4) }],
        },
      ],
    },
    {
      name: 'the allow option accepts an API operation\'s name too',
      code: policy(['s3:ListBuckets', 's3:HeadBucket']),
      options: { allow: ['s3:ListBuckets'] },
      errors: [{ messageId: 'apiOperation', line: 8, column: 17, message: 'The action "s3:HeadBucket" does not exist: HeadBucket is the API operation; its permission is "s3:ListBucket".' }],
    },
    {
      name: 'a pattern that matches no action, in NotAction',
      code: policy(['iam:Frobnicate*'], 'NotAction'),
      errors: [{
        messageId: 'noMatch', line: 7, column: 17, endColumn: 34, issueCode: 'INVALID_ACTION',
        message: `The pattern "iam:Frobnicate*" matches no action of the iam service in the IAM database (${db}), so it grants or denies nothing.`,
      }],
    },
    {
      name: 'a wildcard service that matches nothing',
      code: policy('zz*:Get*'),
      errors: [{ messageId: 'noServiceMatch', line: 6, column: 24, endColumn: 27, issueCode: 'INVALID_SERVICE_IN_ACTION' }],
    },
    {
      name: 'no service part',
      code: policy(['GetObject', 's3:']),
      errors: [
        { messageId: 'malformed', line: 7, column: 17, endColumn: 28, issueCode: 'INVALID_ACTION', message: '"GetObject" is not an action: write service:action, for example "s3:GetObject".' },
        { messageId: 'malformed', line: 8, column: 17, endColumn: 22, issueCode: 'INVALID_ACTION' },
      ],
    },
    {
      name: 'the allow option does not hide other unknown actions',
      code: policy(['budgets:NewThing', 'budgets:OtherThing']),
      options: { allow: ['budgets:NewThing'] },
      errors: [{ messageId: 'unknownAction', line: 8, column: 17, issueCode: 'INVALID_ACTION' }],
    },
  ],
});

describe('the table of API operations', () => {
  it('names no action of the database, and only permissions that are actions of the database', () => {
    const operations = apiOperations();
    expect(operations.length).toBeGreaterThan(50);
    for (const [name, { permissions }] of operations) {
      expect(canonicalAction(name), name).toBeUndefined();
      for (const permission of permissions) expect(canonicalAction(permission), `${name} → ${permission}`).toBe(permission);
    }
  });

  it('finds operations in any case, and only in their own service', () => {
    expect(apiOperation('S3', 'listbuckets')?.permissions).toEqual(['s3:ListAllMyBuckets']);
    expect(apiOperation('lambda', 'ListBuckets')).toBeUndefined();
    expect(apiOperation('s3', 'CopyObject')?.permissions).toEqual(['s3:GetObject', 's3:PutObject']);
  });
});

describe('the IAM action index', () => {
  it('decodes to what the database files say', () => {
    for (const prefix of ['iam', 's3', 'sts', 'kms']) {
      const fromFiles = serviceActionsFromFiles(prefix);
      const fromLine = serviceActionsFromLine(indexLineOf(prefix));
      expect(fromLine.names).toEqual(fromFiles.names);
      expect(fromLine.keys).toEqual(fromFiles.keys);
      expect(fromLine.keyTypes).toEqual(fromFiles.keyTypes);
      expect(fromLine.ownKeyCount).toBe(fromFiles.ownKeyCount);
      for (let i = 0; i < fromFiles.names.length; i++) expect(fromLine.actionKeys(i)).toEqual(fromFiles.actionKeys(i));
    }
  });

  it('lists the keys of an action and of its resource types', () => {
    const iam = serviceActionsFromFiles('iam');
    const getRole = iam.names.indexOf('GetRole');
    expect(iam.actionKeys(getRole).map((i) => iam.keys[i])).toEqual(expect.arrayContaining(['aws:ResourceTag/${TagKey}', 'iam:PermissionsBoundary']));
  });
});

describe('permissions documented outside the database', () => {
  it('are not in the database (else the entry is stale), and each names an AWS page', () => {
    for (const [action, source] of Object.entries(DOCUMENTED_ELSEWHERE)) {
      expect(canonicalAction(action), action).toBeUndefined();
      expect(source).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
    }
  });
});
