/**
 * The provider's rendering of an aws_iam_policy_document (Go's json.MarshalIndent with two spaces for `json`,
 * json.Marshal for `minified_json`, of the structs of internal/service/iam/policy_model.go) and jsonencode's.
 */
import { describe, expect, it } from 'vitest';
import { documentRenderings, goJson, jsonencodeValue } from '../../src/terraform/render.js';

describe('Terraform renderings', () => {
  const document = {
    Version: '2012-10-17',
    Statement: [{
      Sid: '', Effect: 'Allow', Action: ['s3:GetObject', 's3:PutObject', 's3:GetObject'], Resource: ['arn:aws:s3:::b/*'],
      Principal: { Service: ['lambda.amazonaws.com'], AWS: ['arn:aws:iam::111122223333:root', 'arn:aws:iam::444455556666:root'] },
      Condition: { StringLike: { 'aws:userid': ['a&b'] }, Bool: { 'aws:SecureTransport': ['true'] } },
    }],
  };

  it('`json`: the structs\' field order, two-space indent, empty fields left out, sets and maps as the provider writes them, HTML escapes', () => {
    expect(documentRenderings(document, new Set(['json']))).toEqual([`{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [
        "s3:PutObject",
        "s3:GetObject"
      ],
      "Resource": "arn:aws:s3:::b/*",
      "Principal": {
        "AWS": [
          "arn:aws:iam::444455556666:root",
          "arn:aws:iam::111122223333:root"
        ],
        "Service": "lambda.amazonaws.com"
      },
      "Condition": {
        "Bool": {
          "aws:SecureTransport": "true"
        },
        "StringLike": {
          "aws:userid": "a\\u0026b"
        }
      }
    }
  ]
}`]);
  });

  it('`minified_json`, also for a document the file reads through neither; both when read through both', () => {
    const minified = '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["s3:PutObject","s3:GetObject"],"Resource":"arn:aws:s3:::b/*","Principal":{"AWS":["arn:aws:iam::444455556666:root","arn:aws:iam::111122223333:root"],"Service":"lambda.amazonaws.com"},"Condition":{"Bool":{"aws:SecureTransport":"true"},"StringLike":{"aws:userid":"a\\u0026b"}}}]}';
    expect(documentRenderings(document, new Set(['minified_json']))).toEqual([minified]);
    expect(documentRenderings(document, new Set())).toEqual([minified]);
    const [pretty] = documentRenderings(document, new Set(['json']));
    expect(documentRenderings(document, new Set(['minified_json', 'json']))).toEqual([pretty, minified]);
  });

  it('jsonencode: compact, keys sorted by byte, `<`, `>`, `&`, U+2028 escaped (as `terraform console` prints it)', () => {
    // terraform console: jsonencode({b = "<&> \u2028 x", a = [1, "x", 1.5, true, null], Z = {}})
    expect(goJson(jsonencodeValue({ b: '<&> \u2028 x', a: [1, 'x', 1.5, true, null], Z: {} })))
      .toBe('{"Z":{},"a":[1,"x",1.5,true,null],"b":"\\u003c\\u0026\\u003e \\u2028 x"}');
  });

  it('condition values written as numbers or booleans are strings, as the provider\'s schema converts them', () => {
    const value = { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: '*', Condition: { Bool: { 'aws:MultiFactorAuthPresent': [false] }, NumericLessThan: { 'aws:MultiFactorAuthAge': [3600, 7200] } } }] };
    expect(documentRenderings(value, new Set(['minified_json']))).toEqual([
      '{"Version":"2012-10-17","Statement":[{"Effect":"Deny","Action":"*","Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"false"},"NumericLessThan":{"aws:MultiFactorAuthAge":["3600","7200"]}}}]}',
    ]);
  });

  it('Go escapes: quotes, backslashes, control characters; empty containers stay compact when indented', () => {
    expect(goJson({ a: 'q"\\\n\t\u0001', b: [], c: {} }, '  ')).toBe('{\n  "a": "q\\"\\\\\\n\\t\\u0001",\n  "b": [],\n  "c": {}\n}');
  });
});
