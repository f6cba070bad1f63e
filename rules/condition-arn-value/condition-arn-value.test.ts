import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './condition-arn-value.js';

const policy = (Condition: object) => ({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*', Condition }] });

new RuleTester().run(rule, {
  valid: [
    { name: 'ARNs and ARN patterns', code: policy({ ArnLike: { 'aws:SourceArn': ['arn:aws:s3:::logs-*', 'arn:aws:sns:*:111122223333:*'] }, ArnNotEqualsIfExists: { 'aws:PrincipalArn': 'arn:aws:iam::111122223333:role/admin' } }) },
    { name: 'a variable, a lone wildcard and String operators are other rules\' business', code: policy({ ArnEquals: { 'aws:PrincipalArn': ['${aws:SourceArn}', '*'] }, StringEquals: { 'aws:SourceArn': 'bucket' } }) },
    { name: 'whitespace inside an ARN, and around a String value of a key that holds no ARN', code: policy({ ArnLike: { 'aws:SourceArn': 'arn:aws:s3:::my bucket/*' }, StringEquals: { 'aws:PrincipalTag/team': 'ops ' } }) },
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
    {
      name: 'whitespace around an ARN under an Arn operator: one finding at the whitespace, with the trim suggestion',
      code: policy({ ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:topic ' } }),
      errors: [{ messageId: 'whitespace', line: 10, column: 79, endColumn: 80,
        message: 'Value "arn:aws:sns:us-east-1:123456789012:topic " of "aws:SourceArn" ends with whitespace: IAM compares it as written and no ARN has it, so it matches no request; remove the whitespace.',
        suggestions: [{ messageId: 'trim', output: JSON.stringify(policy({ ArnEquals: { 'aws:SourceArn': 'arn:aws:sns:us-east-1:123456789012:topic' } }), null, 4) }] }],
    },
    {
      name: 'leading whitespace is not "not an ARN"; String operators on ARN keys too, in any form',
      code: policy({
        ArnLike: { 'aws:PrincipalArn': ' arn:aws:iam::123456789012:role/x' },
        StringEquals: { 'aws:SourceArn': ['arn:aws:sns:us-east-1:123456789012:t', ' arn:aws:sns:us-east-1:123456789012:t2 '] },
        'ForAnyValue:StringLikeIfExists': { 'aws:PrincipalArn': 'arn:aws:iam::123456789012:role/*\t' },
      }),
      errors: [
        { messageId: 'whitespace', line: 10, column: 42, endColumn: 43, message: 'Value " arn:aws:iam::123456789012:role/x" of "aws:PrincipalArn" starts with whitespace: IAM compares it as written and no ARN has it, so it matches no request; remove the whitespace.' },
        { messageId: 'whitespace', line: 15, column: 25, endColumn: 66 },
        { messageId: 'whitespace', line: 19, column: 74, endColumn: 76 },
      ],
    },
    {
      name: 'a value that is no ARN even without its whitespace is "not an ARN" under an Arn operator',
      code: policy({ ArnNotLike: { 'aws:SourceVpc': 'vpc-1 ' } }),
      errors: [{ messageId: 'notArn', line: 10, column: 38, endColumn: 46 }],
    },
  ],
});
