import { describe, expect, it } from 'vitest';
import { normalizePolicy, type NormalizedPolicy } from '../../src/engine/normalize.js';
import {
  analyzeMfa, booleanOf, exemptSet, isExempt, isMfaLookalike, isSelfUserArn, mfaKeyKind, parseArn,
  resourceMatchesFormat, selfServiceUserActions, selfUserArn, userScopeOf,
} from '../../src/iam/mfa-policy.js';
import { scanVariables, policyVariables } from '../../src/iam/variables.js';

const policy = (...Statement: object[]) => normalizePolicy({ Version: '2012-10-17', Statement }) as NormalizedPolicy;
const deny = (extra: object) => ({ Effect: 'Deny', Resource: '*', ...extra });

describe('MFA keys and values', () => {
  it('recognises the keys case-insensitively, and lookalikes', () => {
    expect(mfaKeyKind('AWS:multifactorauthpresent')).toBe('present');
    expect(mfaKeyKind('aws:MultiFactorAuthAge')).toBe('age');
    expect(mfaKeyKind('aws:MFAPresent')).toBeUndefined();
    expect(['aws:MFAPresent', 'aws:MultiFactorAuthenticationPresent', 'aws:multi-factor-present'].every(isMfaLookalike)).toBe(true);
    expect(['aws:MultiFactorAuthPresent', 'iam:FIDO-certification', 'aws:SourceIp'].some(isMfaLookalike)).toBe(false);
  });

  it('reads booleans as IAM does: strings or JSON', () => {
    expect([false, 'false', 'FALSE', true, 'true', '0', 1].map(booleanOf)).toEqual([false, false, false, true, true, undefined, undefined]);
  });
});

describe('analyzeMfa', () => {
  it('finds MFA denies once per policy object', () => {
    const p = policy(
      { Effect: 'Allow', Action: 'iam:ChangePassword', Resource: 'arn:aws:iam::*:user/${aws:username}' },
      deny({ NotAction: ['iam:EnableMFADevice'], Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }),
      deny({ Action: 'ec2:TerminateInstances', Condition: { Bool: { 'aws:MultiFactorAuthPresent': 'false' } } }),
    );
    const analysis = analyzeMfa(p);
    expect(analyzeMfa(p)).toBe(analysis);
    expect(analysis.denies.map((d) => [d.index, d.broad, d.effective])).toEqual([[1, true, true], [2, false, false]]);
    expect(analysis.notActionDenies).toHaveLength(1);
    expect(analysis.family).toBe(true);
  });

  it('is silent on other policies', () => {
    const analysis = analyzeMfa(policy({ Effect: 'Allow', Action: '*', Resource: '*' }, deny({ Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })));
    expect(analysis.denies).toEqual([]);
    expect(analysis.family).toBe(false);
    expect(analyzeMfa('not a policy' as unknown as NormalizedPolicy).statements).toEqual([]);
  });

  it('puts a policy in the MFA family only when it tries to enforce MFA', () => {
    const self = 'arn:aws:iam::*:user/${aws:username}';
    const family = (...statements: object[]) => analyzeMfa(policy(...statements)).family;
    // An MFA key anywhere: a deny, or an Allow gated on MFA.
    expect(family(deny({ NotAction: 'iam:EnableMFADevice', Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }))).toBe(true);
    expect(family({ Effect: 'Allow', Action: 'ec2:*', Resource: '*', Condition: { NumericLessThan: { 'AWS:MultiFactorAuthAge': '3600' } } })).toBe(true);
    // Managing one's own MFA device, by name or by a glob that targets it, on a ${aws:username} resource.
    expect(family({ Effect: 'Allow', Action: 'iam:EnableMFADevice', Resource: self })).toBe(true);
    expect(family({ Effect: 'Allow', Action: ' IAM:deactivatemfadevice', Resource: [self] })).toBe(true);
    expect(family({ Effect: 'Allow', Action: 'iam:*MFADevice', Resource: self })).toBe(true);
    expect(family({ Effect: 'Allow', Action: 'iam:CreateVirtualMFADevice', Resource: 'arn:aws:iam::*:mfa/${aws:username}' })).toBe(true);
    // Not: ${aws:username} alone (AWS's self-service examples without MFA), iam:* or * on the own user (an
    // administrator), MFA management on every user, reading one's own devices, or a Deny.
    expect(family({ Effect: 'Allow', Action: ['iam:ChangePassword', 'iam:*AccessKey*'], Resource: self })).toBe(false);
    expect(family({ Effect: 'Allow', Action: 'iam:*', Resource: self }, { Effect: 'Allow', Action: '*', Resource: self })).toBe(false);
    expect(family({ Effect: 'Allow', Action: ['iam:EnableMFADevice', 'iam:DeactivateMFADevice'], Resource: '*' })).toBe(false);
    expect(family({ Effect: 'Allow', Action: ['iam:ListMFADevices', 'iam:GetMFADevice'], Resource: self })).toBe(false);
    expect(family({ Effect: 'Deny', Action: 'iam:DeactivateMFADevice', Resource: self })).toBe(false);
    expect(family({ Effect: 'Allow', NotAction: 's3:*', Resource: self })).toBe(false);
    // Self-service policies with or without MFA (mfa-action-resource-type).
    expect(analyzeMfa(policy({ Effect: 'Allow', Action: 'iam:ChangePassword', Resource: self })).usernameScoped).toBe(true);
    expect(analyzeMfa(policy({ Effect: 'Allow', Action: 'iam:ChangePassword', Resource: '*' })).usernameScoped).toBe(false);
  });

  it('knows which denies fire for everyone', () => {
    const effective = (Condition: object) => analyzeMfa(policy(deny({ NotAction: 'x:Y', Condition }))).denies[0].effective;
    expect(effective({ BoolIfExists: { 'aws:MultiFactorAuthPresent': false } })).toBe(true);
    expect(effective({ Null: { 'aws:MultiFactorAuthAge': 'true' } })).toBe(true);
    expect(effective({ NumericGreaterThanIfExists: { 'aws:MultiFactorAuthAge': '3600' } })).toBe(true);
    expect(effective({ Bool: { 'aws:MultiFactorAuthPresent': 'false' } })).toBe(false);
    expect(effective({ Null: { 'aws:MultiFactorAuthPresent': 'true' } })).toBe(false);
    expect(effective({ BoolIfExists: { 'aws:MultiFactorAuthPresent': ['false', 'true'] } })).toBe(false);
  });

  it('expands exempt sets and knows what stays exempt', () => {
    const p = policy(
      deny({ NotAction: ['iam:*VirtualMFADevice', 'iam:EnableMFADevice', 'iam:*', '*'], Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } } }),
      deny({ Action: 'iam:DeleteVirtualMFADevice', Condition: { Null: { 'aws:MultiFactorAuthAge': 'true' } } }),
    );
    const analysis = analyzeMfa(p);
    expect([...exemptSet(analysis.notActionDenies[0])].sort()).toEqual(['iam:CreateVirtualMFADevice', 'iam:DeleteVirtualMFADevice', 'iam:EnableMFADevice']);
    expect(isExempt(analysis, 'iam:CreateVirtualMFADevice')).toBe(true);
    expect(isExempt(analysis, 'iam:DeleteVirtualMFADevice')).toBe(false);
  });
});

describe('self-service sets', () => {
  it('derives the self-service actions from the database', () => {
    const actions = selfServiceUserActions();
    expect([...actions]).toEqual(expect.arrayContaining(['iam:CreateAccessKey', 'iam:EnableMFADevice', 'iam:ChangePassword', 'iam:GetUser', 'iam:UploadSSHPublicKey']));
    expect(actions.has('iam:ListMFADevices')).toBe(false); // its user resource is optional
    expect(actions.has('iam:CreateVirtualMFADevice')).toBe(false); // acts on an MFA device
  });
});

describe('ARNs', () => {
  it('parses six fields, keeping colons of the resource part', () => {
    expect(parseArn('arn:aws:iam::*:user/${aws:username}')).toEqual({ partition: 'aws', service: 'iam', region: '', account: '*', resource: 'user/${aws:username}' });
    expect(parseArn('*')).toBeUndefined();
    expect(parseArn('arn:aws:s3')).toBeUndefined();
  });

  it('tells self, other and unrelated user scopes apart', () => {
    const cases: Record<string, string> = {
      'arn:aws:iam::*:user/${aws:username}': 'self',
      'arn:aws:iam::123456789012:user/*/${aws:username}': 'self',
      'arn:aws-cn:iam::*:user/${AWS:UserName}': 'self',
      '*': 'other',
      'arn:aws:iam::*:*': 'other',
      'arn:aws:iam::*:user/*': 'other',
      'arn:aws:iam::*:user/bob': 'other',
      'arn:aws:iam::*:user/*${aws:username}': 'other',
      'arn:aws:iam::*:user/${aws:username}*': 'other',
      'arn:aws:iam::*:user/${aws:userid}': 'other',
      'arn:aws:iam::*:mfa/*': 'none',
      'arn:aws:iam::*:role/x': 'none',
      'arn:aws:s3:::bucket': 'none',
    };
    expect(Object.fromEntries(Object.keys(cases).map((k) => [k, userScopeOf(k)]))).toEqual(cases);
    expect(isSelfUserArn('arn:aws:iam::*:user/${aws:username}')).toBe(true);
    expect(isSelfUserArn('arn:aws:iam::*:user/*${aws:username}')).toBe(false);
    expect(selfUserArn('arn:aws-us-gov:iam::123456789012:user/*')).toBe('arn:aws-us-gov:iam::123456789012:user/${aws:username}');
    expect(selfUserArn('*')).toBe('arn:aws:iam::*:user/${aws:username}');
  });

  it('matches resource patterns against ARN formats', () => {
    const mfa = 'arn:${Partition}:iam::${Account}:mfa/${MfaTokenIdWithPath}';
    expect(resourceMatchesFormat('arn:aws:iam::*:mfa/*', mfa)).toBe(true);
    expect(resourceMatchesFormat('arn:aws:iam::*:mfa/${aws:username}', mfa)).toBe(true);
    expect(resourceMatchesFormat('arn:aws:iam::*:*', mfa)).toBe(true);
    expect(resourceMatchesFormat('*', mfa)).toBe(true);
    expect(resourceMatchesFormat('arn:aws:iam::*:user/${aws:username}', mfa)).toBe(false);
    expect(resourceMatchesFormat('arn:aws:s3:::*', mfa)).toBe(false);
    expect(resourceMatchesFormat('arn:aws:iam::*:mf', mfa)).toBe(false);
  });
});

describe('variables', () => {
  it('finds variables, special forms, defaults and problems', () => {
    const kinds = (text: string) => scanVariables(text).map((t) => [t.kind, t.name ?? '', t.problem ?? '', t.text]);
    expect(kinds('user/${aws:username}')).toEqual([['variable', 'aws:username', '', '${aws:username}']]);
    expect(kinds("b/${aws:PrincipalTag/team, 'x y'}")).toEqual([['variable', 'aws:PrincipalTag/team', '', "${aws:PrincipalTag/team, 'x y'}"]]);
    expect(kinds('${*}${?}${$}').map((k) => k[1])).toEqual(['*', '?', '$']);
    expect(kinds('user/$${aws:username}')).toEqual([['terraform-escape', '', '', '$${aws:username}']]);
    expect(kinds('user/&{aws:username}')).toEqual([['terraform-ampersand', '', '', '&{aws:username}']]);
    expect(kinds('user/${!aws:username}')).toEqual([['cloudformation-escape', '', '', '${!aws:username}']]);
    expect(kinds('user/{aws:username} $<a:b> $(a:b) %{a:b}').map((k) => k[0])).toEqual(['lookalike', 'lookalike', 'lookalike', 'lookalike']);
    expect(kinds('user/${aws:username')).toEqual([['variable', 'aws:username', 'missing-brace', '${aws:username']]);
    expect(kinds('a/${aws:x/${aws:username}').map((k) => k[2])).toEqual(['missing-brace', '']);
    expect(kinds('${}')[0][2]).toBe('empty');
    expect(kinds('${ aws:username}')[0][2]).toBe('space');
    expect(kinds('${aws:username, x}')[0][2]).toBe('missing-quote');
    expect(kinds("${aws:username,'x'}")[0][2]).toBe('default-format');
    expect(kinds('plain text')).toEqual([]);
  });

  it('gives the well-formed variables, without template placeholders', () => {
    expect(policyVariables('arn:${AWS::Partition}:iam::*:user/${aws:username}').map((t) => t.name)).toEqual(['aws:username']);
    expect(policyVariables('user/${aws:username')).toEqual([]);
  });
});
