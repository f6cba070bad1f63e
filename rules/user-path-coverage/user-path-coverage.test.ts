import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './user-path-coverage.js';

const failing = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:EnableMFADevice","Resource":"arn:aws:iam::*:user/${aws:username}"}]}';
const on = { usersHavePaths: true };

new RuleTester().run(rule, {
  valid: [
    { name: 'catalog passing example', options: on, code: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:EnableMFADevice","Resource":["arn:aws:iam::*:user/${aws:username}","arn:aws:iam::*:user/*/${aws:username}"]}]}' },
    { name: 'off unless usersHavePaths is set', code: failing },
    { name: 'a Deny is not a grant', options: on, code: '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"iam:DeleteUser","Resource":"arn:aws:iam::*:user/${aws:username}"}]}' },
  ],
  invalid: [
    {
      name: 'catalog failing example, with the suggestion',
      options: on,
      code: failing,
      errors: [{ messageId: 'noPath', line: 1, column: 98, endColumn: 135,
        message: '"arn:aws:iam::*:user/${aws:username}" does not match users with a path (arn:…:user/eng/bob); add "arn:aws:iam::*:user/*/${aws:username}".',
        suggestions: [{ messageId: 'addPath', output: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:EnableMFADevice","Resource":["arn:aws:iam::*:user/${aws:username}","arn:aws:iam::*:user/*/${aws:username}"]}]}' }] }],
    },
    {
      name: 'a list, another account',
      options: on,
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:ChangePassword', Resource: ['arn:aws:iam::111122223333:user/${aws:username}', 'arn:aws:iam::*:user/*/${aws:username}'] }] },
      errors: [{ messageId: 'noPath', line: 8, column: 17,
        suggestions: [{ messageId: 'addPath', output: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:ChangePassword',
          Resource: ['arn:aws:iam::111122223333:user/${aws:username}', 'arn:aws:iam::*:user/*/${aws:username}', 'arn:aws:iam::111122223333:user/*/${aws:username}'] }] }, null, 4) }] }],
    },
  ],
});
