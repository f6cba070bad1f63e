import { describe, expect, it } from 'vitest';
import { lintDocument } from '../../src/engine/linter.js';
import { PolicyDocument } from '../../src/engine/document.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './policy-characters.js';

const policy = (resource: string) => `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "${resource}"}]}`;
// Column of the first character of the Resource's value in `policy(…)`.
const AT = 100;
const keyPolicy = (value: string) => `{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::111122223333:root"}, "Action": "kms:*", "Resource": "*", "Condition": {"StringEquals": {"aws:PrincipalTag/team": "${value}"}}}]}`;
const MESSAGE_END = 'is outside the characters IAM accepts in a policy (tab, line feed, carriage return, U+0020 to U+00FF), so IAM refuses the whole policy';

new RuleTester().run(rule, {
  valid: [
    { code: policy('arn:aws:s3:::reports/*') },
    { name: 'Latin-1 is in the range: é, ÿ, a no-break space (U+00A0)', code: policy('arn:aws:s3:::café-ÿ\u00a0/*') },
    { name: 'escapes are ASCII in the text IAM receives', code: policy('arn:aws:s3:::my\\u2013bucket/\\ud83d\\ude42') },
    { name: 'resource policies of other services than KMS', policyType: 'resource', code: keyPolicy('ops–team') },
    { name: 'SCPs: Organizations takes any character', policyType: 'scp', code: policy('arn:aws:s3:::my–bucket/*') },
    { name: 'RCPs', policyType: 'rcp', code: policy('arn:aws:s3:::my–bucket/*') },
  ],
  invalid: [
    {
      name: 'an en dash in a Resource: replaced by a hyphen',
      code: policy('arn:aws:s3:::my–bucket/*'),
      errors: [{
        messageId: 'outside', line: 1, column: AT + 15, endLine: 1, endColumn: AT + 16, severity: 2,
        message: `"–" (U+2013 EN DASH) ${MESSAGE_END}; write "-" instead.`,
        suggestions: [{ messageId: 'replace', desc: 'Replace "–" with "-".', output: policy('arn:aws:s3:::my-bucket/*') }],
      }],
      output: null,
    },
    {
      name: 'each run of characters is one finding; a run of known ones is replaced as a whole',
      code: policy('arn:aws:s3:::a\u2011\u200bb—c/*'),
      errors: [
        {
          messageId: 'outside', line: 1, column: AT + 14, endColumn: AT + 16,
          message: `"\u2011\u200b" (U+2011 NON-BREAKING HYPHEN and U+200B ZERO WIDTH SPACE) ${MESSAGE_END}; write "-" instead.`,
          suggestions: [{ messageId: 'replace', output: policy('arn:aws:s3:::a-b—c/*') }],
        },
        {
          messageId: 'outside', line: 1, column: AT + 17, endColumn: AT + 18,
          message: `"—" (U+2014 EM DASH) ${MESSAGE_END}; write "-" instead.`,
          suggestions: [{ messageId: 'replace', output: policy('arn:aws:s3:::a\u2011\u200bb-c/*') }],
        },
      ],
    },
    {
      name: 'invisible characters are removed',
      code: policy('arn:aws:s3:::reports/*\u200b'),
      errors: [{
        messageId: 'outside', line: 1, column: AT + 22, endColumn: AT + 23,
        message: `"\u200b" (U+200B ZERO WIDTH SPACE) ${MESSAGE_END}; remove it.`,
        suggestions: [{ messageId: 'remove', desc: 'Remove "\u200b".', output: policy('arn:aws:s3:::reports/*') }],
      }],
    },
    {
      name: 'typographic double quotes become escaped ASCII quotes',
      code: keyPolicy('“ops”'),
      policyType: 'trust',
      errors: [
        {
          messageId: 'outside', line: 1, column: 210, endColumn: 211,
          message: `"“" (U+201C LEFT DOUBLE QUOTATION MARK) ${MESSAGE_END}; write a straight double quote instead (\\" inside a JSON string).`,
          suggestions: [{ messageId: 'replace', desc: 'Replace "“" with \\".', output: keyPolicy('\\"ops”') }],
        },
        {
          messageId: 'outside', line: 1, column: 214, endColumn: 215,
          suggestions: [{ messageId: 'replace', output: keyPolicy('“ops\\"') }],
        },
      ],
    },
    {
      name: 'a typographic apostrophe',
      code: policy('arn:aws:s3:::reports/O’Brien/*'),
      errors: [{
        messageId: 'outside', line: 1, column: AT + 22, endColumn: AT + 23,
        message: `"’" (U+2019 RIGHT SINGLE QUOTATION MARK) ${MESSAGE_END}; write "'" instead.`,
        suggestions: [{ messageId: 'replace', output: policy("arn:aws:s3:::reports/O'Brien/*") }],
      }],
    },
    {
      name: 'a CJK Sid: one finding, no suggestion, at most four code points named',
      code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Sid": "读取报告策略",\n      "Effect": "Allow",\n      "Action": "s3:GetObject",\n      "Resource": "*"\n    }\n  ]\n}',
      errors: [{
        messageId: 'outside', line: 5, column: 15, endLine: 5, endColumn: 21,
        message: `"读取报告策略" (U+8BFB, U+53D6, U+62A5, U+544A and 2 more) ${MESSAGE_END}; write it in ASCII or remove it.`,
        suggestions: [],
      }],
    },
    {
      name: 'an emoji is one character of two UTF-16 units: two columns, as the engine counts them',
      code: policy('arn:aws:s3:::reports/🙂x/*'),
      errors: [{
        messageId: 'outside', line: 1, column: AT + 21, endColumn: AT + 23,
        message: `"🙂" (U+1F642) ${MESSAGE_END}; write it in ASCII or remove it.`,
        suggestions: [],
      }],
    },
    {
      name: 'a mixed run is replaced only when every character has an ASCII counterpart',
      code: policy('arn:aws:s3:::a–é—✓/*'),
      errors: [
        { messageId: 'outside', line: 1, column: AT + 14, endColumn: AT + 15, suggestions: [{ messageId: 'replace', output: policy('arn:aws:s3:::a-é—✓/*') }] },
        { messageId: 'outside', line: 1, column: AT + 16, endColumn: AT + 18, message: `"—✓" (U+2014 EM DASH and U+2713) ${MESSAGE_END}; write it in ASCII or remove it.`, suggestions: [] },
      ],
    },
    {
      name: 'in a key: a condition key name',
      code: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"StringEquals": {"aws:PrincipalTag/cost–center": "42"}}}]}',
      errors: [{
        messageId: 'outside', line: 1, column: 157, endColumn: 158,
        suggestions: [{ messageId: 'replace', output: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"StringEquals": {"aws:PrincipalTag/cost-center": "42"}}}]}' }],
      }],
    },
    {
      name: 'after an escape in the same string, at the character in the source',
      code: policy('arn:aws:s3:::a\\u0041\\"–/*'),
      errors: [{ messageId: 'outside', line: 1, column: AT + 22, endColumn: AT + 23, suggestions: [{ messageId: 'replace', output: policy('arn:aws:s3:::a\\u0041\\"-/*') }] }],
    },
    {
      name: 'a KMS key policy (option resourceType, which a template\'s AWS::KMS::Key sets)',
      policyType: 'resource',
      options: { resourceType: 'AWS::KMS::Key' },
      code: keyPolicy('ops–team'),
      errors: [{ messageId: 'outside', line: 1, column: 213, endColumn: 214, suggestions: [{ messageId: 'replace', output: keyPolicy('ops-team') }] }],
    },
  ],
});

describe('policy-characters and a byte order mark', () => {
  it('leaves the mark of a policy file to json-syntax: the file is not linted further', () => {
    const document = new PolicyDocument('p.json', `\ufeff${policy('arn:aws:s3:::my–bucket/*')}`);
    const messages = lintDocument(document, { policyType: 'identity', rules: [{ rule, severity: 2 }] });
    expect(messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([['json-syntax', 1, 1]]);
  });
});
