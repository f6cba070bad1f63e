import { describe, expect, it } from 'vitest';
import { PolicyDocument } from './document.js';
import { substringOffsets } from './linter.js';
import { denormalizePath, formatPath, normalizePolicy } from './normalize.js';

const token = (doc: PolicyDocument, path: Array<string | number>, target?: 'key' | 'value' | 'auto') => {
  const located = doc.locate(path, target)!;
  return { text: doc.text.slice(located.range.offset, located.range.endOffset), ...located.range, exact: located.exact };
};

describe('PolicyDocument positions', () => {
  it('maps paths to exact tokens with LF, CRLF, CR-only line ends and tabs', () => {
    for (const eol of ['\n', '\r\n', '\r']) {
      const text = ['{', '\t"Version": "2012-10-17",', '\t"Statement": [ { "Effect": "Allow" } ]', '}'].join(eol);
      const doc = new PolicyDocument('p.json', text);
      expect(token(doc, ['Version'])).toMatchObject({ text: '"2012-10-17"', line: 2, column: 13, endLine: 2, endColumn: 25 });
      expect(token(doc, ['Version'], 'key')).toMatchObject({ text: '"Version"', line: 2, column: 2 });
      expect(token(doc, ['Statement', 0, 'Effect'])).toMatchObject({ text: '"Allow"', line: 3, column: 29 });
    }
  });

  it('gives every offset the line and column of a full count of the lines, whatever the order it is asked in', () => {
    // The line starts are found only as far as asked for: asking late offsets first, then early ones, or a
    // line by number, must give what one count of the whole text gives.
    for (const text of ['{\n  "a": 1,\n\n  "b": [\n    2\n  ]\n}\n', '\ufeff{\n"a": 1}', '{"a": 1}', '{\r\n"a":\r1\n}']) {
      const offsets = [...text].map((_, i) => i).concat(text.length);
      const full = new PolicyDocument('p.json', text);
      full.offsetAt(1, 1); // counts every line
      const expected = offsets.map((offset) => full.positionAt(offset));
      for (const order of [[...offsets].reverse(), offsets, offsets.filter((o) => o % 2).concat(offsets.filter((o) => o % 2 === 0))]) {
        const doc = new PolicyDocument('p.json', text);
        expect(order.map((offset) => doc.positionAt(offset))).toEqual(order.map((offset) => expected[offset]));
      }
      const doc = new PolicyDocument('p.json', text);
      doc.positionAt(0);
      const last = expected[text.length];
      expect(doc.offsetAt(last.line, last.column)).toBe(text.length);
    }
  });

  it('points at the key of an object or array value, and at scalars themselves', () => {
    const doc = new PolicyDocument('p.json', '{"Statement": [{"Condition": {"Bool": {"k": "true"}}}]}');
    expect(token(doc, ['Statement', 0, 'Condition', 'Bool']).text).toBe('"Bool"');
    expect(token(doc, ['Statement', 0, 'Condition', 'Bool'], 'value').text).toBe('{"k": "true"}');
    expect(token(doc, ['Statement', 0, 'Condition', 'Bool', 'k']).text).toBe('"true"');
  });

  it('falls back to the nearest existing parent: its key, else its opening bracket', () => {
    const doc = new PolicyDocument('p.json', '{\n  "Statement": [\n    { "Action": "*" }\n  ]\n}');
    expect(token(doc, ['Statement', 0, 'Effect'])).toMatchObject({ text: '{', line: 3, column: 5, exact: false });
    expect(token(doc, ['Version'])).toMatchObject({ text: '{', line: 1, column: 1, exact: false });
    const single = new PolicyDocument('p.json', '{"Statement": {"Action": "*"}}');
    expect(token(single, ['Statement', 'Effect'])).toMatchObject({ text: '"Statement"', exact: false });
  });

  it('resolves a duplicated key to the last occurrence, as JSON.parse does', () => {
    const doc = new PolicyDocument('p.json', '{"Effect": "Allow", "Effect": "Deny"}');
    expect(doc.value).toEqual({ Effect: 'Deny' });
    expect(token(doc, ['Effect']).text).toBe('"Deny"');
    expect(doc.mayHaveDuplicateKeys()).toBe(true);
  });

  it('tells cheaply that a document has no duplicate keys', () => {
    expect(new PolicyDocument('p.json', '{"a": {"b": [{"c": 1}]}, "d": "x\\":"}').mayHaveDuplicateKeys()).toBe(true); // bound only
    expect(new PolicyDocument('p.json', '{"a": {"b": [{"c": 1}]}, "d": "arn:aws:s3:::x"}').mayHaveDuplicateKeys()).toBe(false);
    expect(new PolicyDocument('p.json', '{"a": {"b": 1, "b": 2}}').mayHaveDuplicateKeys()).toBe(true);
  });

  it('describes syntax errors at their position', () => {
    const doc = new PolicyDocument('p.json', '{\n  "a": [1, 2,]\n}');
    expect(doc.value).toBeUndefined();
    expect(doc.syntaxError).toMatchObject({ message: 'Trailing comma before "]"; JSON does not allow one.', offset: 14 });
    expect(doc.positionAt(14)).toEqual({ line: 2, column: 13 });
    expect(new PolicyDocument('p.json', '').syntaxError?.message).toBe('The file is empty; expected a JSON policy document.');
    expect(new PolicyDocument('p.json', '\uFEFF{}').syntaxError).toMatchObject({ offset: 0, length: 1 });
  });
});

describe('substringOffsets', () => {
  it('accounts for escapes before and inside the substring', () => {
    const text = '"a\\"b\\u0041${x}"';
    // decoded: a " b A $ { x }   → "${x}" starts at decoded index 4
    const [start, end] = substringOffsets(text, 0, { start: 4, length: 4 });
    expect(text.slice(start, end)).toBe('${x}');
  });
});

describe('normalised view', () => {
  it('makes lists arrays and maps its paths back to the file', () => {
    const raw = { Statement: { Action: 's3:GetObject', Condition: { Bool: { k: 'true' } }, Principal: { AWS: 'arn' } } };
    const policy = normalizePolicy(raw) as { Statement: Array<Record<string, unknown>> };
    expect(policy.Statement[0].Action).toEqual(['s3:GetObject']);
    expect(policy.Statement[0].Condition).toEqual({ Bool: { k: ['true'] } });
    expect(policy.Statement[0].Principal).toEqual({ AWS: ['arn'] });
    expect(denormalizePath(raw, ['Statement', 0, 'Action', 0])).toEqual(['Statement', 'Action']);
    expect(denormalizePath(raw, ['Statement', 0, 'Condition', 'Bool', 'k', 0])).toEqual(['Statement', 'Condition', 'Bool', 'k']);
    expect(raw.Statement.Action).toBe('s3:GetObject'); // the file's value is not touched
    expect(formatPath(['Statement', 2, 'Condition', 'aws:x'])).toBe('Statement[2].Condition["aws:x"]');
  });
});
