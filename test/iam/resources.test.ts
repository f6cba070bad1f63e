import { describe, expect, it } from 'vitest';
import { analysisOf, arnFormatTokens, arnPatternTokens, patternsIntersect, splitArn, splitArnOf } from '../../src/iam/resources.js';

const SECRET = 'arn:${Partition}:secretsmanager:${Region}:${Account}:secret:${SecretId}';
const KEY = 'arn:${Partition}:kms:${Region}:${Account}:key/${KeyId}';

/** Whether a Resource entry can match some ARN of a format, field by field or with `*` spelling colons. */
const matches = (entry: string, format: string, span: boolean, options = {}) =>
  patternsIntersect(arnPatternTokens(entry, span), arnFormatTokens(format, options));

describe('whole-ARN patterns', () => {
  it('match field by field', () => {
    expect(matches('arn:aws:kms:us-east-1:111122223333:key/abcd', KEY, false)).toBe(true);
    expect(matches('arn:aws:kms:*:*:key/*', KEY, false)).toBe(true);
    expect(matches('arn:aws:kms:us-east-1:111122223333:alias/app', KEY, false)).toBe(false);
    expect(matches('arn:aws:sqs:us-east-1:111122223333:key/abcd', KEY, false)).toBe(false);
  });

  it('keep a "*" in the first five fields to its field unless told it may span', () => {
    expect(matches('arn:aws:secretsmanager:*:*:app!*', SECRET, false)).toBe(false);
    expect(matches('arn:aws:secretsmanager:*:*:app!*', SECRET, true)).toBe(true);
    // Spanning or not, the text has to line up with real colons: a key ID holds none.
    expect(matches('arn:aws:kms:*::*', KEY, true)).toBe(false);
    expect(matches('arn:*:kms:*:::*', KEY, true)).toBe(false);
  });

  it('read format variables as text without colons, but for those named', () => {
    const fn = 'arn:${Partition}:lambda:${Region}:${Account}:function:${FunctionName}';
    expect(matches('arn:aws:lambda:*:*:function:checkout:prod', fn, false)).toBe(false);
    expect(matches('arn:aws:lambda:*:*:function:checkout:prod', fn, false, { colonVariables: new Set(['FunctionName']) })).toBe(true);
  });

  it('let the account be empty when told so', () => {
    const parameter = 'arn:${Partition}:ssm:${Region}:${Account}:parameter/${Name}';
    expect(matches('arn:aws:ssm:us-east-1::parameter/aws/service/x', parameter, false)).toBe(false);
    expect(matches('arn:aws:ssm:us-east-1::parameter/aws/service/x', parameter, false, { emptyAccount: true })).toBe(true);
  });

  it('read policy variables and placeholders as any text, wherever they are', () => {
    expect(matches('arn:${AWS::Partition}:kms:${AWS::Region}:${AWS::AccountId}:key/*', KEY, false)).toBe(true);
    expect(matches('arn:aws:kms:*:*:${aws:PrincipalTag/key}', KEY, false)).toBe(true);
  });
});

describe('splitArnOf', () => {
  it('is splitArn of the match\'s value, taken from its analysis once a rule has asked for it', () => {
    const match = { value: 'arn:aws:s3:::bucket/${aws:username}/*', path: ['Statement', 0, 'Resource', 0] };
    const before = splitArnOf(match);
    expect(before).toEqual(splitArn(match.value));
    expect(before?.resource).toEqual({ value: 'bucket/${aws:username}/*', start: 13 });
    const analysis = analysisOf(match);
    expect(splitArnOf(match)).toBe(analysis?.arn);
    expect(splitArnOf(match)).toEqual(before);
  });

  it('is undefined for what is not a six-field ARN, before and after an analysis', () => {
    for (const value of ['arn:aws:s3', 'bucket/*', 'arn:aws:kms:*:${aws:PrincipalAccount}']) {
      const match = { value, path: [] };
      expect(splitArnOf(match)).toBeUndefined();
      analysisOf(match);
      expect(splitArnOf(match)).toBeUndefined();
    }
  });
});
