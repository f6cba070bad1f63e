import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './condition-org-id-format.js';

const statement = (condition: object) => ({
  Version: '2012-10-17',
  Statement: [{ Effect: 'Deny', Action: 's3:*', Resource: '*', Condition: condition }],
});

new RuleTester().run(rule, {
  valid: [
    { name: 'organization IDs', code: statement({ StringNotEquals: { 'aws:PrincipalOrgID': ['o-a1b2c3d4e5', 'o-0123456789abcdefghijklmnopqrstuv'], 'aws:ResourceOrgID': 'o-exampleorgid' } }) },
    { name: 'patterns and variables are not checked', code: statement({ StringNotLike: { 'aws:PrincipalOrgID': 'o-*', 'aws:SourceOrgID': '${aws:PrincipalOrgID}' } }) },
    { name: 'IgnoreCase operators compare the ID in any case', code: statement({ StringEqualsIgnoreCase: { 'aws:PrincipalOrgID': 'O-A1B2C3D4E5' }, StringNotEqualsIgnoreCaseIfExists: { 'aws:ResourceOrgID': 'o-A1B2C3D4E5' } }) },
    { name: 'Null takes true/false', code: statement({ Null: { 'aws:PrincipalOrgID': 'true' } }) },
    { name: 'aws:VpceOrgID with an organization ID', code: statement({ StringNotEqualsIfExists: { 'aws:VpceOrgID': 'o-a1b2c3d4e5' } }) },
    {
      name: 'organization paths: IDs in order, each followed by "/", or a pattern from a wildcard on',
      code: statement({
        'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': ['o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/ou-ab12-22222222/*', 'o-a1b2c3d4e5/*', 'o-a1b2c3d4e5/r-ab12/ou-ab12-*', '*/ou-ab12-11111111/*'] },
        'ForAnyValue:StringEquals': { 'aws:ResourceOrgPaths': 'o-a1b2c3d4e5/r-ab12/', 'aws:SourceOrgPaths': '${aws:PrincipalOrgPaths}' },
        'ForAnyValue:StringEqualsIgnoreCase': { 'aws:VpceOrgPaths': 'O-A1B2C3D4E5/R-AB12/' },
      }),
    },
    { name: 'organization paths are other keys', code: statement({ 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*' } }) },
  ],
  invalid: [
    {
      name: 'whitespace around an organization ID or path: at the whitespace, with a trimming suggestion',
      code: statement({ StringEquals: { 'aws:PrincipalOrgID': ' o-a1b2c3d4e5' }, 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-a1b2c3d4e5/r-ab12/* ' } }),
      errors: [
        { messageId: 'whitespace', line: 10, column: 44, endColumn: 45,
          message: 'Value " o-a1b2c3d4e5" starts with whitespace, and no organization ID or path has any; "aws:PrincipalOrgID" holds the value without it, so no request matches this value.',
          suggestions: [{ messageId: 'trim', output: JSON.stringify(statement({ StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' }, 'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-a1b2c3d4e5/r-ab12/* ' } }), null, 4) }] },
        { messageId: 'whitespace', line: 13, column: 68, endColumn: 69 },
      ],
    },
    {
      name: 'an organization ID with a digit for the "o"',
      code: statement({ StringNotEquals: { 'aws:PrincipalOrgID': '0-a1b2c3d4e5' } }),
      errors: [{ messageId: 'badOrg', line: 10, column: 43, endColumn: 57, severity: 2,
        message: 'Value "0-a1b2c3d4e5" is not an organization ID; "aws:PrincipalOrgID" holds the ID of an AWS organization, "o-" followed by 10 to 32 lower-case letters and digits (such as "o-a1b2c3d4e5"), so no request matches this value.' }],
    },
    {
      name: 'an OU ID, a root ID and an account ID (any key case)',
      code: statement({ StringEquals: { 'aws:principalorgid': ['ou-ab12-11111111', 'r-ab12'], 'AWS:SourceOrgID': '111122223333' } }),
      errors: [
        { messageId: 'pathPart', line: 11, column: 25, endColumn: 43,
          message: 'Value "ou-ab12-11111111" is the ID of an organizational unit, but "aws:principalorgid" holds the organization ID ("o-…"), so no request matches this value; to allow part of the organization, compare the organization path with "aws:PrincipalOrgPaths" ("o-…/r-…/ou-…/").' },
        { messageId: 'pathPart', line: 12, column: 25, endColumn: 33 },
        { messageId: 'account', line: 14, column: 40, endColumn: 54,
          message: 'Value "111122223333" is an account ID, but "AWS:SourceOrgID" holds the organization ID ("o-…"), so no request matches this value; compare account IDs with "aws:SourceAccount".' },
      ],
    },
    {
      name: 'an IgnoreCase operator still tells an OU ID from an organization ID',
      code: statement({ StringEqualsIgnoreCase: { 'aws:PrincipalOrgID': 'OU-AB12-11111111' } }),
      errors: [{ messageId: 'pathPart', line: 10, column: 43, endColumn: 61 }],
    },
    {
      name: 'aws:VpceOrgID (the organization of the VPC endpoint\'s owner, AWS data perimeter examples)',
      code: statement({ StringNotEqualsIfExists: { 'aws:VpceOrgID': ['111122223333', 'ou-ab12-11111111'] } }),
      errors: [
        { messageId: 'account', line: 11, column: 25, endColumn: 39,
          message: 'Value "111122223333" is an account ID, but "aws:VpceOrgID" holds the organization ID ("o-…"), so no request matches this value; compare account IDs with "aws:VpceAccount".' },
        { messageId: 'pathPart', line: 12, column: 25, endColumn: 43,
          message: 'Value "ou-ab12-11111111" is the ID of an organizational unit, but "aws:VpceOrgID" holds the organization ID ("o-…"), so no request matches this value; to allow part of the organization, compare the organization path with "aws:VpceOrgPaths" ("o-…/r-…/ou-…/").' },
      ],
    },
    {
      name: 'organization paths without the root, with an account, or without the last "/"',
      code: statement({ 'ForAnyValue:StringNotLike': { 'aws:PrincipalOrgPaths': ['o-a1b2c3d4e5/ou-ab12-11111111/*', 'o-a1b2c3d4e5/r-ab12/111122223333/*', 'o-a1b2c3d4e5/r-ab12/ou-ab12-11111111'] } }),
      errors: [
        { messageId: 'badPath', line: 11, column: 25, endColumn: 58,
          message: 'Value "o-a1b2c3d4e5/ou-ab12-11111111/*" is not an organization path; "aws:PrincipalOrgPaths" holds paths such as "o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/": the organization ID, the root ID, then organizational unit IDs, each followed by "/", so no request matches this value.' },
        { messageId: 'badPath', line: 12, column: 25, endColumn: 61 },
        { messageId: 'badPath', line: 13, column: 25, endColumn: 63 },
      ],
    },
  ],
});
