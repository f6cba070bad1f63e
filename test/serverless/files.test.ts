/**
 * `${file(…)}` as the framework's variable parser (lib/configuration/variables/parse.js) and file source
 * (sources/file.js) read it: a literal path, quoted or not, an optional address, and fallback sources.
 */
import { describe, expect, it } from 'vitest';
import { fileReference, selfReference } from '../../src/serverless/files.js';
import { policyArnProblem } from '../../src/iam/policy-arns.js';

describe('fileReference', () => {
  it('reads the path, the address as keys, and whether a fallback follows', () => {
    expect(fileReference('${file(./iam/statements.yml)}')).toEqual({ path: './iam/statements.yml', address: [], fallback: false });
    expect(fileReference('${file(./x.json):key}')).toEqual({ path: './x.json', address: ['key'], fallback: false });
    expect(fileReference('${file( ./x.yml ) : some.path.0 }')).toEqual({ path: './x.yml', address: ['some', 'path', '0'], fallback: false });
    expect(fileReference(`\${file('./a b.yml'):"k"}`)).toEqual({ path: './a b.yml', address: ['k'], fallback: false });
    expect(fileReference('${file("./x.yml")}')).toEqual({ path: './x.yml', address: [], fallback: false });
    expect(fileReference("${file(./x.yml), 'none'}")).toEqual({ path: './x.yml', address: [], fallback: true });
    expect(fileReference('${file(./x.yml):a, ${self:custom.a}}')).toEqual({ path: './x.yml', address: ['a'], fallback: true });
  });

  it('is undefined for a path or address built from variables, and for other sources', () => {
    expect(fileReference('${file(./iam-${opt:stage}.yml)}')).toBeUndefined();
    expect(fileReference('${file(./x.yml):${self:custom.key}}')).toBeUndefined();
    expect(fileReference('${self:custom.statements}')).toBeUndefined();
    expect(fileReference('prefix ${file(./x.yml)}')).toBeUndefined();
    expect(fileReference('${file()}')).toBeUndefined();
  });
});

describe('selfReference', () => {
  it('reads the address as steps (keys or list indexes) and whether a fallback follows', () => {
    expect(selfReference('${self:custom.iamRoleStatements}')).toEqual({ address: ['custom', 'iamRoleStatements'], fallback: false });
    expect(selfReference('${self: custom.list.0 }')).toEqual({ address: ['custom', 'list', '0'], fallback: false });
    expect(selfReference('${self:custom.statements, []}')).toEqual({ address: ['custom', 'statements'], fallback: true });
    expect(selfReference('${self:custom.a, ${self:custom.b}}')).toEqual({ address: ['custom', 'a'], fallback: true });
  });

  it('is undefined for an address built from variables, an empty one, text around the variable, and other sources', () => {
    expect(selfReference('${self:custom.${opt:stage}}')).toBeUndefined();
    expect(selfReference('${self:}')).toBeUndefined();
    expect(selfReference('${self:custom..x}')).toBeUndefined();
    expect(selfReference('arn:aws:s3:::${self:custom.bucket}')).toBeUndefined();
    expect(selfReference('${file(./x.yml)}')).toBeUndefined();
    expect(selfReference('${opt:stage}')).toBeUndefined();
  });
});

describe('policyArnProblem', () => {
  it('accepts AWS managed and customer managed policy ARNs of any partition and path', () => {
    for (const arn of ['arn:aws:iam::aws:policy/ReadOnlyAccess', 'arn:aws-us-gov:iam::123456789012:policy/team/a/Boundary', 'arn:aws-cn:iam::aws:policy/service-role/AWSLambdaRole']) {
      expect(policyArnProblem(arn), arn).toBeUndefined();
    }
  });

  it('names the part that is wrong', () => {
    expect(policyArnProblem('arn:aws:iam::aws:ReadOnlyAccess')).toBe('"ReadOnlyAccess" is not policy/<path/><name>');
    expect(policyArnProblem('arn:aws:iam:aws:policy/x')).toBe('it has 5 of the 6 fields of an ARN');
    expect(policyArnProblem('arn:amazon:iam::aws:policy/x')).toBe('the partition "amazon" is not one');
    expect(policyArnProblem('arn:aws:iam::aws:policy/')).toBe('"policy/" is not policy/<path/><name>');
  });
});
