import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './tag-condition-with-not-action.js';

const policy = (statement: object) => ({ Version: '2012-10-17', Statement: [{ Resource: '*', ...statement }] });

new RuleTester().run(rule, {
  valid: [
    { name: 'Action, not NotAction', code: policy({ Effect: 'Deny', Action: ['appmesh:DeleteMesh', 'backup:DeleteBackupPlan'], Condition: { StringEquals: { 'aws:ResourceTag/status': 'Confidential' } } }) },
    { name: 'principal tags are in every request', code: policy({ Effect: 'Deny', NotAction: 'iam:*', Condition: { StringNotEquals: { 'aws:PrincipalTag/team': 'admins' } } }) },
    { name: 'other keys', code: policy({ Effect: 'Deny', NotAction: 's3:*', Condition: { StringNotEquals: { 'aws:RequestedRegion': 'eu-west-1' } } }) },
  ],
  invalid: [
    {
      name: 'Deny: the key is missing for unsupported actions, so they are never denied',
      code: policy({ Effect: 'Deny', NotAction: 'iam:*', Condition: { StringEquals: { 'aws:ResourceTag/status': 'Confidential' } } }),
      errors: [{
        messageId: 'denyMissed', line: 10, column: 21, endColumn: 45, issueCode: 'DENY_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE', severity: 2,
        message: 'This Deny uses NotAction with the tag key "aws:ResourceTag/status": the condition on it is false for actions that do not support the key, so the statement never denies them, whatever their tags; list the actions to deny in Action instead.',
      }],
    },
    {
      name: 'Deny forms: ForAnyValue and Null false miss them; negated, IfExists, ForAllValues and Null true deny them (warning)',
      code: policy({
        Effect: 'Deny', NotAction: 'iam:*',
        Condition: {
          'ForAnyValue:StringEquals': { 'aws:TagKeys': 'secret' },
          Null: { 'ec2:ResourceTag/team': 'false', 'aws:RequestTag/team': 'true' },
          StringNotEqualsIfExists: { 'aws:ResourceTag/owner': '${aws:username}' },
        },
      }),
      errors: [
        { messageId: 'denyMissed', line: 10, column: 21, endColumn: 34, severity: 2 },
        { messageId: 'denyMissed', line: 13, column: 21, endColumn: 43, severity: 2 },
        { messageId: 'denyAll', line: 14, column: 21, endColumn: 42, severity: 1,
          message: 'This Deny uses NotAction with the tag key "aws:RequestTag/team": the condition on it is true for actions that do not support the key, so their tags cannot exempt them; list the actions to deny in Action instead.' },
        { messageId: 'denyAll', line: 17, column: 21, endColumn: 44, severity: 1 },
      ],
    },
    {
      name: 'Allow: a warning either way',
      code: policy({ Effect: 'Allow', NotAction: 'iam:*', Condition: { StringEquals: { 'aws:ResourceTag/team': 'red' }, 'ForAllValues:StringEquals': { 'aws:TagKeys': ['team'] } } }),
      errors: [
        { messageId: 'allowNever', line: 10, column: 21, endColumn: 43, issueCode: 'ALLOW_NOTACTION_WITH_UNSUPPORTED_TAG_CONDITION_KEY_FOR_SERVICE', severity: 1,
          message: 'This Allow uses NotAction with the tag key "aws:ResourceTag/team": the condition on it is false for actions that do not support the key, so the statement never allows them; list the actions to allow in Action instead.' },
        { messageId: 'allowAll', line: 13, column: 21, endColumn: 34, severity: 1,
          message: 'This Allow uses NotAction with the tag key "aws:TagKeys": the condition on it is true for actions that do not support the key, so it does not restrict them; list the actions to allow in Action instead.' },
      ],
    },
  ],
});
