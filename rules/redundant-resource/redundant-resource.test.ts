import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './redundant-resource.js';

const allow = (Resource: unknown) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource }],
});
const text = (value: unknown) => JSON.stringify(value, null, 4);

new RuleTester().run(rule, {
  valid: [
    { code: allow('arn:aws:s3:::bucket/*') },
    { code: allow(['arn:aws:s3:::bucket', 'arn:aws:s3:::bucket/*']) },
    { name: 'ARNs are case-sensitive', code: allow(['arn:aws:iam::123456789012:role/Jane*', 'arn:aws:iam::123456789012:role/jane-admin']) },
    { name: 'an empty region does not cover a region', code: allow(['arn:aws:s3:::*', 'arn:aws:s3:us-east-1:123456789012:accesspoint/x']) },
    { name: 'a variable covers nothing but itself', code: allow(['arn:aws:iam::123456789012:user/${aws:username}', 'arn:aws:iam::123456789012:user/bob']) },
    { name: '? matches exactly one character', code: allow(['arn:aws:s3:::log-?', 'arn:aws:s3:::log-10']) },
    { name: 'redundancy across statements is not this rule', code: { Version: '2012-10-17', Statement: [
      { Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' },
      { Effect: 'Allow', Action: 's3:PutObject', Resource: 'arn:aws:s3:::b/x' },
    ] } },
  ],
  invalid: [
    {
      name: 'the AWS example: two roles covered by a prefix',
      code: allow(['arn:aws:iam::111122223333:role/jane-admin', 'arn:aws:iam::111122223333:role/jane-s3only', 'arn:aws:iam::111122223333:role/jane*']),
      errors: [
        { messageId: 'covered', line: 8, column: 17, endColumn: 60, issueCode: 'REDUNDANT_RESOURCE',
          message: 'Resource "arn:aws:iam::111122223333:role/jane-admin" is already covered by "arn:aws:iam::111122223333:role/jane*"; remove it.' },
        { messageId: 'covered', line: 9, column: 17, endColumn: 61, issueCode: 'REDUNDANT_RESOURCE' },
      ],
      output: text(allow(['arn:aws:iam::111122223333:role/jane*'])),
    },
    {
      name: 'a duplicate: only the later copy',
      code: allow(['arn:aws:s3:::b', 'arn:aws:s3:::b/*', 'arn:aws:s3:::b']),
      errors: [{ messageId: 'duplicate', line: 10, column: 17, endColumn: 33,
        message: 'Resource "arn:aws:s3:::b" is listed twice; remove this copy.' }],
      output: text(allow(['arn:aws:s3:::b', 'arn:aws:s3:::b/*'])),
    },
    {
      name: '"*" covers everything else',
      code: allow(['arn:aws:s3:::b/*', '*']),
      errors: [{ messageId: 'covered', line: 8, column: 17, endColumn: 35, message: 'Resource "arn:aws:s3:::b/*" is already covered by "*"; remove it.' }],
      output: text(allow(['*'])),
    },
    {
      name: 'wildcards in several fields and a variable in the covered entry',
      code: allow(['arn:aws:iam::*:user/*', 'arn:aws:iam::123456789012:user/${aws:username}', 'arn:*:iam::12345678901?:user/a?c']),
      errors: [
        { messageId: 'covered', line: 9, column: 17, endColumn: 65 },
      ],
      output: text(allow(['arn:aws:iam::*:user/*', 'arn:*:iam::12345678901?:user/a?c'])),
    },
    {
      name: 'NotResource, in a single statement object',
      code: { Version: '2012-10-17', Statement: { Effect: 'Deny', Action: 's3:*', NotResource: ['arn:aws:s3:::logs-*', 'arn:aws:s3:::logs-2024'] } },
      errors: [{ messageId: 'covered', line: 8, column: 13, endColumn: 37, message: 'NotResource "arn:aws:s3:::logs-2024" is already covered by "arn:aws:s3:::logs-*"; remove it.' }],
      output: text({ Version: '2012-10-17', Statement: { Effect: 'Deny', Action: 's3:*', NotResource: ['arn:aws:s3:::logs-*'] } }),
    },
    {
      name: '* covers ?, not the other way round',
      code: allow(['arn:aws:s3:::log-?', 'arn:aws:s3:::log-*']),
      errors: [{ messageId: 'covered', line: 8, column: 17, endColumn: 37, message: 'Resource "arn:aws:s3:::log-?" is already covered by "arn:aws:s3:::log-*"; remove it.' }],
      output: text(allow(['arn:aws:s3:::log-*'])),
    },
    {
      // A CI deploy role from a public repository: the second entry is redundant too, so the message for the
      // third names the entry that stays.
      name: 'the covering entry named is one that stays',
      code: allow(['arn:aws:cloudformation:us-east-1:123456789012:stack/app-*/*', 'arn:aws:cloudformation:us-east-1:123456789012:stack/app-service-staging/*', 'arn:aws:cloudformation:us-east-1:123456789012:stack/app-*']),
      errors: [
        { messageId: 'covered', line: 8, column: 17, message: 'Resource "arn:aws:cloudformation:us-east-1:123456789012:stack/app-*/*" is already covered by "arn:aws:cloudformation:us-east-1:123456789012:stack/app-*"; remove it.' },
        { messageId: 'covered', line: 9, column: 17, message: 'Resource "arn:aws:cloudformation:us-east-1:123456789012:stack/app-service-staging/*" is already covered by "arn:aws:cloudformation:us-east-1:123456789012:stack/app-*"; remove it.' },
      ],
      output: text(allow(['arn:aws:cloudformation:us-east-1:123456789012:stack/app-*'])),
    },
    {
      name: 'entries that cover each other: the later one goes',
      code: allow(['arn:aws:s3:::a**', 'arn:aws:s3:::a*']),
      errors: [{ messageId: 'covered', line: 9, column: 17 }],
      output: text(allow(['arn:aws:s3:::a**'])),
    },
  ],
});
