import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './condition-match-all-wildcard.js';

const statement = (condition: object) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*', Condition: condition }],
});
const text = (value: object) => JSON.stringify(value, null, 4);
const bare = { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] };

new RuleTester().run(rule, {
  valid: [
    { code: statement({ StringLike: { 's3:prefix': ['home/*', '*.txt'] }, ArnLike: { 'aws:SourceArn': 'arn:aws:sns:*:111122223333:*' } }) },
    { name: '"*" is literal under StringEquals (condition-wildcard-needs-like reports it)', code: statement({ StringEquals: { 'aws:PrincipalTag/team': '*' } }) },
    { name: 'the presence test written plainly', code: statement({ Null: { 'aws:PrincipalTag/team': 'false' } }) },
  ],
  invalid: [
    {
      name: 'StringLike "*" is Null false',
      code: statement({ StringLike: { 'aws:PrincipalTag/team': '*' } }),
      errors: [{
        messageId: 'nullFalse', line: 10, column: 21, endColumn: 44, issueCode: 'EQUIVALENT_TO_NULL_FALSE', severity: 2,
        message: '"aws:PrincipalTag/team": "*" under "StringLike" matches any value, so it only tests that the key is present; write "Null": {"aws:PrincipalTag/team": "false"}.',
        suggestions: [{ messageId: 'useNull', output: text(statement({ Null: { 'aws:PrincipalTag/team': 'false' } })) }],
      }],
    },
    {
      name: 'ForAnyValue:StringLike with "*" among other values is Null false; no suggestion when the block has other keys',
      code: statement({ 'ForAnyValue:StringLike': { 'aws:TagKeys': ['team', '*'], 'aws:PrincipalTag/x': 'y' } }),
      errors: [{ messageId: 'nullFalse', line: 10, column: 21, endColumn: 34, issueCode: 'EQUIVALENT_TO_NULL_FALSE', suggestions: [] }],
    },
    {
      name: 'negated forms are Null true; no suggestion when a Null block exists',
      code: statement({
        StringNotLike: { 'aws:PrincipalTag/team': '*' },
        'ForAllValues:ArnNotLike': { 'aws:x': '*' },
        StringNotLikeIfExists: { 'aws:y': ['*'] },
        Null: { 'aws:z': 'true' },
      }),
      errors: [
        { messageId: 'nullTrue', line: 10, column: 21, endColumn: 44, issueCode: 'EQUIVALENT_TO_NULL_TRUE', suggestions: [],
          message: '"aws:PrincipalTag/team": "*" under "StringNotLike" excludes every value, so it only tests that the key is missing; write "Null": {"aws:PrincipalTag/team": "true"}.' },
        { messageId: 'nullTrue', line: 13, column: 21, endColumn: 28, issueCode: 'EQUIVALENT_TO_NULL_TRUE', suggestions: [] },
        { messageId: 'nullTrue', line: 16, column: 21, endColumn: 28, issueCode: 'EQUIVALENT_TO_NULL_TRUE', suggestions: [] },
      ],
    },
    {
      name: 'ForAnyValue + negated never matches',
      code: statement({ 'ForAnyValue:StringNotLike': { 'aws:TagKeys': '*' } }),
      errors: [{
        messageId: 'redundantStatement', line: 10, column: 21, endColumn: 34, issueCode: 'REDUNDANT_STATEMENT_DUE_TO_WILDCARD_IN_CONDITION',
        message: '"aws:TagKeys": "*" under "ForAnyValue:StringNotLike" never matches, so the statement never applies; fix the pattern or remove the statement.',
      }],
      output: null,
    },
    {
      name: 'always true: the key is removed (safe)',
      code: statement({ 'ForAllValues:StringLike': { 'aws:TagKeys': '*', 'aws:x': 'a' } }),
      errors: [{
        messageId: 'redundantKey', line: 10, column: 21, endColumn: 34, issueCode: 'REDUNDANT_KEY_DUE_TO_WILDCARD_IN_CONDITION',
        message: '"aws:TagKeys": "*" under "ForAllValues:StringLike" matches every request, so the condition has no effect; remove it or use a narrower pattern.',
      }],
      output: text(statement({ 'ForAllValues:StringLike': { 'aws:x': 'a' } })),
    },
    {
      name: 'always true, only key of its block: the block is removed',
      code: statement({ StringLikeIfExists: { 'aws:PrincipalTag/team': '*' }, Bool: { 'aws:SecureTransport': 'true' } }),
      errors: [{ messageId: 'redundantKey', line: 10, column: 21, endColumn: 44 }],
      output: text(statement({ Bool: { 'aws:SecureTransport': 'true' } })),
    },
    {
      name: 'always true, the only condition: the Condition element is removed',
      code: statement({ 'ForAnyValue:StringLikeIfExists': { 'aws:TagKeys': '*' } }),
      errors: [{ messageId: 'redundantKey', line: 10, column: 21, endColumn: 34 }],
      output: text(bare),
    },
    {
      name: 'two redundant blocks: fixed over two passes',
      code: statement({ StringLikeIfExists: { 'aws:a': '*' }, 'ForAllValues:StringLike': { 'aws:TagKeys': '*' } }),
      errors: [{ messageId: 'redundantKey', line: 10, column: 21, endColumn: 28 }, { messageId: 'redundantKey', line: 13, column: 21, endColumn: 34 }],
      output: text(bare),
    },
    {
      name: 'ARN operators: removal is only suggested',
      code: statement({ ArnLikeIfExists: { 'aws:SourceArn': '*' } }),
      errors: [{
        messageId: 'redundantKey', line: 10, column: 21, endColumn: 36,
        suggestions: [{ messageId: 'remove', output: text(bare) }],
      }],
      output: null,
    },
    {
      name: 'single statement: suggestion edits the right tokens',
      code: '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",\n  "Condition": {"StringNotLike": {"aws:PrincipalTag/team": ["*"]}}}}',
      errors: [{
        messageId: 'nullTrue', line: 2, column: 35, endColumn: 58,
        suggestions: [{ messageId: 'useNull', output: '{"Version": "2012-10-17", "Statement": {"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*",\n  "Condition": {"Null": {"aws:PrincipalTag/team": "true"}}}}' }],
      }],
    },
  ],
});
