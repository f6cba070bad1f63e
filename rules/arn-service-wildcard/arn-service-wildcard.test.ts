import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './arn-service-wildcard.js';

const allow = (Resource: unknown) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Allow', Action: 'codecommit:GitPull', Resource }],
});

new RuleTester().run(rule, {
  valid: [
    { code: allow('*') },
    { code: allow('arn:aws:codecommit:us-east-1:123456789012:*') },
    { name: 'a lone "*" means any service on purpose', code: allow('arn:aws:*:*:123456789012:*') },
    { name: 'not an ARN: left to arn-format', code: allow(['s3:*:bucket', 'arn:aws:*code*']) },
    { name: 'wildcards elsewhere in the ARN', code: allow('arn:*:s3:::bucket-?/*') },
  ],
  invalid: [
    {
      code: allow('arn:aws:*code*::123456789012:*'),
      errors: [{
        messageId: 'partialWildcard', line: 7, column: 34, endColumn: 40, issueCode: 'WILDCARD_IN_SERVICE_NAME',
        message: 'Service "*code*" in ARN "arn:aws:*code*::123456789012:*" is a wildcard: it matches every service whose name fits, including ones AWS adds later; name each service in its own ARN.',
      }],
    },
    {
      name: 'a single-character wildcard, in NotResource',
      code: { Version: '2012-10-17', Statement: { Effect: 'Deny', Action: '*', NotResource: ['arn:aws:s3:::x', 'arn:aws:s?:::y'] } },
      errors: [{ messageId: 'partialWildcard', line: 8, column: 22, endColumn: 24, issueCode: 'WILDCARD_IN_SERVICE_NAME' }],
    },
  ],
});
