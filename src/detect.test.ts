import { describe, expect, it } from 'vitest';
import { looksLikePolicy } from './detect.js';

const judge = (text: string) => {
  try {
    return looksLikePolicy(text, JSON.parse(text), true);
  } catch {
    return looksLikePolicy(text, undefined, false);
  }
};

describe('looksLikePolicy', () => {
  it('takes policies, statements and broken policies', () => {
    expect(judge('{"Version":"2012-10-17","Statement":[]}')).toBe(true);
    expect(judge('{"statement":[{"effect":"Allow"}]}')).toBe(true); // wrong case, still a policy to report
    expect(judge('{"Sid":"A","Effect":"Allow","Action":"s3:*","Resource":"*"}')).toBe(true);
    expect(judge('\uFEFF{"Version":"2012-10-17","Statement":[]}')).toBe(true); // a BOM: does not parse
    expect(judge('{"Version": "2008-10-17", "Sta')).toBe(true);
    expect(judge('  \n')).toBe(true);
  });

  it('leaves out other JSON: package.json, CloudFormation, JSONC settings, arrays, scalars', () => {
    expect(judge('{"name":"x","version":"1.0.0"}')).toBe(false);
    expect(judge('{"AWSTemplateFormatVersion":"2010-09-09","Resources":{"Role":{"Type":"AWS::IAM::Role"}}}')).toBe(false);
    expect(judge('{\n  // editor settings\n  "editor.tabSize": 2,\n}')).toBe(false);
    expect(judge('[{"Statement":[]}]')).toBe(false);
    expect(judge('42')).toBe(false);
    expect(judge('{}')).toBe(false);
  });

  it('needs more than one familiar key: data files with an Id, a Version or an Effect are not policies', () => {
    expect(judge('{"Id":{"S":"user-1"},"Name":{"S":"Ann"}}')).toBe(false); // a DynamoDB item
    expect(judge('{"Comment":"flow","Version":"1.0","StartAt":"A","States":{}}')).toBe(false); // Step Functions
    expect(judge('{"Resource":"arn:aws:lambda:us-east-1:1:function:f","Type":"Task"}')).toBe(false);
    expect(judge('{"Effect":"fade","Duration":3}')).toBe(false);
    expect(judge('{"Condition":{"StringEquals":{"a":"b"}}}')).toBe(false);
  });

  it('takes a policy by its version alone, or a statement by its Effect and what it applies to', () => {
    expect(judge('{"Version":"2012-10-17"}')).toBe(true); // Statement missing: a finding to report
    expect(judge('{"version":"2008-10-17","Statment":[]}')).toBe(true); // misspelt keys
    expect(judge('{"Effect":"Allow","NotAction":"iam:*"}')).toBe(true);
    expect(judge('{"Effect":"Deny","Principal":"*"}')).toBe(true);
    expect(judge('{"effect":"Allow","resource":"*"}')).toBe(true);
  });
});
