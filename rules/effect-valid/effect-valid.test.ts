import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './effect-valid.js';

new RuleTester().run(rule, {
  valid: [
    { code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] } },
    { code: { Version: '2012-10-17', Statement: { Effect: 'Deny', Action: '*', Resource: '*' } } },
    { name: 'not a statement object: left to the schema rule', code: { Version: '2012-10-17', Statement: ['x'] } },
    { name: 'a misspelt "effect" key is the schema rule\'s finding, not a second one here', code: { Version: '2012-10-17', Statement: [{ effect: 'Allow', Action: '*', Resource: '*' }] } },
  ],
  invalid: [
    {
      code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "allow", "Action": "s3:GetObject", "Resource": "*" }\n  ]\n}',
      errors: [{ messageId: 'wrongCase', line: 4, column: 17, endLine: 4, endColumn: 24, issueCode: 'INVALID_EFFECT',
        message: 'Effect "allow" must be written "Allow" (case-sensitive).' }],
      output: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "*" }\n  ]\n}',
    },
    {
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Permit', Action: 's3:GetObject', Resource: '*' }] },
      errors: [{ messageId: 'invalid', line: 5, column: 23, endColumn: 31, issueCode: 'INVALID_EFFECT' }],
      output: null,
    },
    {
      name: 'a non-string Effect',
      code: { Version: '2012-10-17', Statement: [{ Effect: true, Action: 's3:GetObject', Resource: '*' }] },
      errors: [{ messageId: 'invalid', line: 5, column: 23, message: 'Effect true is not valid; use "Allow" or "Deny" (case-sensitive).' }],
    },
    {
      name: 'missing Effect in a single-object Statement points at the Statement key',
      code: { Version: '2012-10-17', Statement: { Action: 's3:GetObject', Resource: '*' } },
      errors: [{ messageId: 'missing', line: 3, column: 5, endColumn: 16, issueCode: 'MISSING_EFFECT' }],
    },
    {
      name: 'missing Effect in an array element points at its opening brace',
      code: { Version: '2012-10-17', Statement: [{ Action: 's3:GetObject', Resource: '*' }] },
      errors: [{ messageId: 'missing', line: 4, column: 9, endColumn: 10 }],
    },
  ],
});
