import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './resource-element-unsupported.js';

/** A repository policy statement with `extra` elements after Action (line 9): the first of them is on line 10. */
const policy = (extra: Record<string, unknown> = {}, effect = 'Allow') => ({
  Version: '2012-10-17',
  Statement: [{ Effect: effect, Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'ecr:BatchGetImage', ...extra }],
});
const repository = { resourceType: 'AWS::ECR::Repository' };
const message = (element: string) =>
  `"${element}" is not allowed in the policy of an ECR repository, which always applies to that resource; ECR rejects the policy ("Invalid repository policy provided"). Remove "${element}".`;

new RuleTester().run(rule, {
  valid: [
    { name: 'a repository policy without Resource', code: policy(), policyType: 'resource', options: repository },
    { name: 'resource type not known: a registry policy or any other takes Resource', code: policy({ Resource: '*' }), policyType: 'resource' },
    { name: 'only resource policies', code: policy({ Resource: '*' }), policyType: 'identity', options: repository },
  ],
  invalid: [
    {
      name: 'Resource, even "*"',
      code: policy({ Resource: '*' }),
      policyType: 'resource', options: repository,
      errors: [{ messageId: 'unsupported', line: 10, column: 13, endLine: 10, endColumn: 23, severity: 2, message: message('Resource') }],
    },
    {
      name: 'NotResource in a Deny, and a statement that is an object',
      code: { Version: '2012-10-17', Statement: { Effect: 'Deny', Principal: '*', Action: 'ecr:*', NotResource: 'arn:aws:ecr:us-east-1:111122223333:repository/app' } },
      policyType: 'resource', options: repository,
      errors: [{ messageId: 'unsupported', line: 7, column: 9, endLine: 7, endColumn: 22, message: message('NotResource') }],
    },
    {
      name: 'both elements in one statement: one finding each',
      code: policy({ Resource: 'arn:aws:ecr:us-east-1:111122223333:repository/app', NotResource: 'arn:aws:ecr:us-east-1:111122223333:repository/other' }),
      policyType: 'resource', options: repository,
      errors: [
        { messageId: 'unsupported', line: 10, column: 13, endColumn: 23, message: message('Resource') },
        { messageId: 'unsupported', line: 11, column: 13, endColumn: 26, message: message('NotResource') },
      ],
    },
  ],
});
