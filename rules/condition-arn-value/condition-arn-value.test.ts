import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './condition-arn-value.js';

const policy = (Condition: object) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*', Condition }] });

new RuleTester().run(rule, {
  valid: [
    { name: 'ARNs and ARN patterns', code: policy({ ArnLike: { 'aws:SourceArn': ['arn:aws:s3:::logs-*', 'arn:aws:sns:*:111122223333:*'] }, ArnNotEqualsIfExists: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/admin' } }) },
    { name: 'a variable, a lone wildcard and String operators are other rules\' business', code: policy({ ArnEquals: { 'aws:PrincipalArn': ['${aws:SourceArn}', '*'] }, StringEquals: { 'aws:SourceArn': 'bucket' } }) },
  ],
  invalid: [
    {
      name: 'a bucket name and an account ID under ARN operators',
      code: policy({ ArnEquals: { 'aws:SourceArn': 'logs-bucket' }, 'ForAnyValue:ArnLike': { 'aws:PrincipalArn': ['111122223333'] } }),
      errors: [
        { messageId: 'notArn', line: 10, column: 38,
          message: 'Value "logs-bucket" is not an ARN, but "ArnEquals" compares ARNs field by field (arn:partition:service:region:account:resource), so it matches no request; write the full ARN, or use a String operator for other values.' },
        { messageId: 'notArn', line: 14, column: 25 },
      ],
    },
  ],
});
