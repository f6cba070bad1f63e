import { readFileSync } from 'node:fs';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './policy-variables-require-version.js';

const seed = (name: string) => readFileSync(new URL(`../../test/fixtures/seeds/${name}`, import.meta.url), 'utf8');
const statement = '{"Effect":"Allow","Action":"iam:ChangePassword","Resource":"arn:aws:iam::*:user/${aws:username}"}';

new RuleTester().run(rule, {
  valid: [
    { name: 'catalog passing example', code: `{"Version":"2012-10-17","Statement":[${statement}]}` },
    { name: 'AWS reference policy', code: seed('aws-docs-self-manage-credentials-mfa.json') },
    { name: 'no variables, no Version', code: '{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}' },
    { name: 'no variables, 2008', code: '{"Version":"2008-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}' },
    { name: 'an invalid Version is version-valid\'s business', code: `{"Version":"2012-10-18","Statement":[${statement}]}` },
    { name: 'CloudFormation placeholders are not variables', code: '{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:${AWS::Partition}:s3:::b/*"}]}' },
    { name: 'malformed variables are policy-variable-syntax\'s business', code: '{"Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"arn:aws:s3:::b/${aws:username"}]}' },
  ],
  invalid: [
    {
      name: 'catalog failing example: Version is added first',
      code: `{"Statement":[${statement}]}`,
      errors: [{ messageId: 'missingVersion', line: 1, column: 95, endColumn: 110, issueCode: 'VARIABLE_UNSUPPORTED_IN_VERSION',
        message: 'The policy has no "Version", so it is read as 2008-10-17 and "${aws:username}" is literal text that matches nothing; add "Version": "2012-10-17".' }],
      output: `{"Version":"2012-10-17","Statement":[${statement}]}`,
    },
    {
      name: 'laid out like the file',
      code: '{\n\t"Statement": [\n\t\t' + statement + '\n\t]\n}\n',
      errors: [{ messageId: 'missingVersion', line: 3, column: 83 }],
      output: '{\n\t"Version": "2012-10-17",\n\t"Statement": [\n\t\t' + statement + '\n\t]\n}\n',
    },
    {
      name: '2008-10-17, a single statement object, a variable in a condition',
      code: '{"Version":"2008-10-17","Statement":{"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::b","Condition":{"StringLike":{"s3:prefix":"${aws:userid}/*"}}}}',
      errors: [{ messageId: 'oldVersion', line: 1, column: 12, endColumn: 24,
        message: '"Version": "2008-10-17" does not substitute policy variables, so "${aws:userid}" is literal text and matches nothing; use "Version": "2012-10-17".' }],
      output: '{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:ListBucket","Resource":"arn:aws:s3:::b","Condition":{"StringLike":{"s3:prefix":"${aws:userid}/*"}}}}',
    },
    {
      name: 'the AWS reference policy with its Version removed',
      code: seed('aws-docs-self-manage-credentials-mfa.json').replace('    "Version": "2012-10-17",\n', ''),
      errors: [{ messageId: 'missingVersion', line: 20, column: 46 }],
      output: seed('aws-docs-self-manage-credentials-mfa.json'),
    },
  ],
});
