import { describe, expect, it } from 'vitest';
import { PolicyDocument } from '../../src/engine/document.js';
import { lintDocument } from '../../src/engine/linter.js';
import { RuleTester } from '../../src/testing/rule-tester.js';
import principalPublicAccess from '../principal-public-access/principal-public-access.js';
import servicePrincipalSource from '../service-principal-source/service-principal-source.js';
import rule from './vpc-source-ip-paired.js';

const policy = (Effect: string, Condition: object) => ({
  Version: '2012-10-17',
  Statement: [{ Effect, Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*', Condition }],
});

new RuleTester().run(rule, {
  valid: [
    { name: 'paired with aws:SourceVpc', code: policy('Allow', { IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16' }, StringEquals: { 'aws:SourceVpc': 'vpc-111bbb22' } }) },
    { name: 'paired with aws:SourceVpce, any key case', code: policy('Allow', { IpAddress: { 'AWS:VPCSOURCEIP': '10.0.0.0/16' }, StringEquals: { 'aws:sourcevpce': 'vpce-1a2b3c4d' } }) },
    { name: 'paired with aws:SourceVpcArn: a Deny in that VPC of every address but those listed', code: policy('Deny', { NotIpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16' }, ArnEquals: { 'aws:SourceVpcArn': 'arn:aws:ec2:us-east-1:111122223333:vpc/vpc-111bbb22' } }) },
    { name: 'IfExists still pins the VPC', code: policy('Allow', { IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16' }, StringEqualsIfExists: { 'aws:SourceVpc': 'vpc-111bbb22' } }) },
    { name: 'a Deny of the listed addresses refuses more, not less', code: policy('Deny', { IpAddress: { 'aws:VpcSourceIp': '10.0.0.5/32' } }) },
    { name: 'an Allow of every address but those listed', code: policy('Allow', { NotIpAddress: { 'aws:VpcSourceIp': '10.0.0.5/32' } }) },
    { name: 'a Null check tests no address', code: policy('Allow', { Null: { 'aws:VpcSourceIp': 'false' } }) },
    { name: 'other keys', code: policy('Allow', { IpAddress: { 'aws:SourceIp': '203.0.113.0/24' } }) },
  ],
  invalid: [
    {
      name: 'a negated operator on the VPC key does not pin the VPC: the listed addresses in any other VPC get through',
      code: policy('Deny', { NotIpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16' }, StringNotEquals: { 'aws:SourceVpc': 'vpc-111bbb22' } }),
      errors: [{ messageId: 'unpaired', line: 10, column: 21 }],
    },
    {
      name: 'nor in an Allow, nor a Null check, which tests only that there is a VPC',
      code: policy('Allow', { IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16' }, StringNotEquals: { 'aws:SourceVpce': 'vpce-1a2b3c4d' }, Null: { 'aws:SourceVpc': 'false' } }),
      errors: [{ messageId: 'unpaired', line: 10, column: 21 }],
    },
    {
      name: 'an Allow from some addresses',
      code: policy('Allow', { IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16' } }),
      errors: [{ messageId: 'unpaired', line: 10, column: 21, endColumn: 38, issueCode: 'MISSING_PAIRED_CONDITION_KEYS',
        message: '"aws:VpcSourceIp" checks only the IP address, not which VPC the request comes from; add "aws:SourceVpc" (or "aws:SourceVpce") to this condition so that it checks both.' }],
    },
    {
      name: 'a Deny of every address but some (IfExists too)',
      code: policy('Deny', { NotIpAddressIfExists: { 'aws:VpcSourceIp': ['10.0.0.0/16'] } }),
      errors: [{ messageId: 'unpaired', line: 10, column: 21, endColumn: 38 }],
    },
    {
      name: 'another key of the VPC family does not pair it (aws:SourceIp)',
      code: policy('Allow', { IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16', 'aws:SourceIp': '203.0.113.0/24' } }),
      errors: [{ messageId: 'unpaired', line: 10, column: 21, endColumn: 38 }],
    },
  ],
});

describe('with service-principal-source', () => {
  // A bucket policy that lets a service principal in from a VPC address: the network key is the defect.
  const code = {
    Version: '2012-10-17',
    Statement: [{
      Effect: 'Allow', Principal: { Service: 'cloudtrail.amazonaws.com' }, Action: 's3:PutObject', Resource: 'arn:aws:s3:::trail/*',
      Condition: { IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16' }, StringEquals: { 'aws:SourceAccount': '111122223333' } },
    }],
  };
  const lint = (rules = [rule, servicePrincipalSource]) => lintDocument(new PolicyDocument('p.json', JSON.stringify(code, null, 4)), {
    policyType: 'resource', rules: rules.map((r) => ({ rule: r, severity: 1 as const })),
  }).map((m) => `${m.line}:${m.column} ${m.ruleId}`);

  it('leaves a service principal\'s network key to service-principal-source', () => {
    expect(lint()).toEqual(['13:21 service-principal-source']);
  });

  it('still reports it when service-principal-source is off', () => {
    expect(lint([rule])).toEqual(['13:21 vpc-source-ip-paired']);
  });
});

describe('with principal-public-access', () => {
  const bucket = (Condition: object) => ({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*', Condition }],
  });
  const lint = (code: object, rules = [rule, principalPublicAccess]) => lintDocument(new PolicyDocument('p.json', JSON.stringify(code, null, 4)), {
    policyType: 'resource', rules: rules.map((r) => ({ rule: r, severity: 1 as const })),
  }).map((m) => `${m.line}:${m.column} ${m.ruleId}`);

  it('leaves an Allow to "*" that the address alone guards to principal-public-access: it is public', () => {
    expect(lint(bucket({ IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16' } }))).toEqual(['6:26 principal-public-access']);
  });

  it('still reports the key when another condition restricts the caller', () => {
    expect(lint(bucket({ IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16' }, StringEquals: { 'aws:PrincipalOrgID': 'o-a1b2c3d4e5' } })))
      .toEqual(['11:21 vpc-source-ip-paired']);
  });

  it('still reports it when principal-public-access is off', () => {
    expect(lint(bucket({ IpAddress: { 'aws:VpcSourceIp': '10.0.0.0/16' } }), [rule])).toEqual(['11:21 vpc-source-ip-paired']);
  });
});
