import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './roles-anywhere-trust-condition.js';

const ANCHOR = 'arn:aws:rolesanywhere:us-east-1:123456789012:trust-anchor/0f8a9b3c-1d2e-4f50-8a6b-7c8d9e0f1a2b';
const ACTIONS = ['sts:AssumeRole', 'sts:TagSession', 'sts:SetSourceIdentity'];
const trust = (Condition?: object, Service: unknown = 'rolesanywhere.amazonaws.com', Effect = 'Allow') => ({
  Version: '2012-10-17',
  Statement: [{ Effect, Principal: { Service }, Action: ACTIONS, ...(Condition ? { Condition } : {}) }],
});

new RuleTester().run(rule, {
  valid: [
    { name: 'the trust anchor and the certificate, as AWS\'s example', policyType: 'trust',
      code: trust({ StringEquals: { 'aws:PrincipalTag/x509Issuer/CN': 'Bob' }, ArnEquals: { 'aws:SourceArn': [ANCHOR] } }) },
    { name: 'the trust anchor alone', policyType: 'trust', code: trust({ ArnEquals: { 'aws:SourceArn': ANCHOR } }) },
    { name: 'the certificate subject alone', policyType: 'trust', code: trust({ StringEquals: { 'aws:PrincipalTag/x509Subject/CN': 'application-1.com' } }) },
    { name: 'a SAN under StringLike with a specific pattern', policyType: 'trust', code: trust({ StringLike: { 'aws:PrincipalTag/x509SAN/DNS': '*.app.example.com' } }) },
    { name: 'the source identity (the subject CN)', policyType: 'trust', code: trust({ StringEquals: { 'sts:SourceIdentity': 'host-1' } }) },
    { name: 'a trust anchor id pattern under ArnLike names some trust anchors', policyType: 'trust', code: trust({ ArnLike: { 'aws:SourceArn': 'arn:aws:rolesanywhere:us-east-1:123456789012:trust-anchor/0f8a*' } }) },
    { name: 'keys are case-insensitive', policyType: 'trust', code: trust({ ArnLike: { 'AWS:SOURCEARN': ANCHOR } }) },
    { name: 'a negated certificate condition made safe by Null false', policyType: 'trust',
      code: trust({ ArnEquals: { 'aws:SourceArn': ANCHOR }, StringNotEquals: { 'aws:PrincipalTag/x509Subject/OU': 'test' }, Null: { 'aws:PrincipalTag/x509Subject/OU': 'false' } }) },
    { name: 'another service', policyType: 'trust', code: trust(undefined, 'ec2.amazonaws.com') },
    { name: 'a Deny', policyType: 'trust', code: trust(undefined, 'rolesanywhere.amazonaws.com', 'Deny') },
    { name: 'only trust policies', policyType: 'resource', code: trust() },
  ],
  invalid: [
    {
      name: 'no condition',
      policyType: 'trust',
      code: trust(),
      errors: [{ messageId: 'missingCondition', line: 7, column: 28, endColumn: 57,
        message: 'IAM Roles Anywhere ("rolesanywhere.amazonaws.com") is trusted without a condition on the trust anchor ("aws:SourceArn") or the certificate ("aws:PrincipalTag/x509Subject/CN", …), so a certificate issued by the CA of any trust anchor can assume the role through a profile that lists it; add "ArnEquals": { "aws:SourceArn": "arn:aws:rolesanywhere:<region>:<account>:trust-anchor/<id>" } and a condition on the certificate\'s subject.' }],
    },
    {
      name: 'conditions on other keys, IfExists, Null, ForAllValues and match-all wildcards do not scope',
      policyType: 'trust',
      code: trust({
        StringEquals: { 'aws:SourceAccount': '123456789012' },
        ArnEqualsIfExists: { 'aws:SourceArn': ANCHOR },
        Null: { 'aws:PrincipalTag/x509Subject/CN': 'false' },
        'ForAllValues:StringEquals': { 'aws:PrincipalTag/x509SAN/DNS': 'app.example.com' },
        ArnLike: { 'aws:SourceArn': ['arn:aws:rolesanywhere:*:123456789012:trust-anchor/*', 'arn:aws:rolesanywhere:us-east-1:123456789012:*'] },
        StringLike: { 'aws:PrincipalTag/x509Issuer/CN': '*' },
      }, ['ec2.amazonaws.com', 'rolesanywhere.amazonaws.com']),
      errors: [{ messageId: 'missingCondition', line: 9, column: 21, endColumn: 50 }],
    },
    {
      name: 'a negated certificate condition scopes nothing and is true for an unmapped attribute',
      policyType: 'trust',
      code: trust({ StringNotEquals: { 'aws:PrincipalTag/x509Issuer/CN': 'Bob' }, ArnEquals: { 'aws:SourceArn': ANCHOR } }),
      errors: [{ messageId: 'negatedCertificate', line: 16, column: 21, endColumn: 53,
        message: '"aws:PrincipalTag/x509Issuer/CN" under StringNotEquals is true for a certificate whose attribute the profile does not map (IAM Roles Anywhere then sets no such tag), so it excludes nothing once the attribute mapping leaves it out; require the attribute with a positive operator, or add "Null": { "aws:PrincipalTag/x509Issuer/CN": "false" }.' }],
    },
    {
      name: 'a negated certificate condition alone: both findings',
      policyType: 'trust',
      code: trust({ StringNotLikeIfExists: { 'aws:PrincipalTag/x509Subject/CN': 'test-*' } }),
      errors: [
        { messageId: 'missingCondition', line: 7, column: 28 },
        { messageId: 'negatedCertificate', line: 16, column: 21 },
      ],
    },
  ],
});
