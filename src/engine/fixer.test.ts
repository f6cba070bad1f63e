import { describe, expect, it } from 'vitest';
import { PolicyDocument } from './document.js';
import { Fixer, applyEdits, mergeEdits } from './fixer.js';

const fix = (text: string, make: (f: Fixer) => { range: [number, number]; text: string }) => {
  const doc = new PolicyDocument('p.json', text);
  return applyEdits(text, [make(new Fixer(doc))]);
};

describe('Fixer', () => {
  it('appends to an array in its own layout (indentation, CRLF)', () => {
    const text = '{\r\n\t"NotAction": [\r\n\t\t"iam:A",\r\n\t\t"iam:B"\r\n\t]\r\n}';
    expect(fix(text, (f) => f.appendToList(['NotAction'], ['iam:C']))).toBe(
      '{\r\n\t"NotAction": [\r\n\t\t"iam:A",\r\n\t\t"iam:B",\r\n\t\t"iam:C"\r\n\t]\r\n}',
    );
    expect(fix('{"a": ["x", "y"]}', (f) => f.appendToList(['a'], ['z']))).toBe('{"a": ["x", "y", "z"]}');
  });

  it('turns a single string into a list when appending', () => {
    const text = '{\n    "NotAction": "iam:A"\n}';
    expect(fix(text, (f) => f.appendToList(['NotAction'], ['iam:B']))).toBe(
      '{\n    "NotAction": [\n        "iam:A",\n        "iam:B"\n    ]\n}',
    );
    // On one line where the object holding it is: minified, or a one-line statement in a pretty file.
    expect(fix('{"Effect":"Deny","NotAction":"iam:A"}', (f) => f.appendToList(['NotAction'], ['iam:B', 'iam:C']))).toBe(
      '{"Effect":"Deny","NotAction":["iam:A","iam:B","iam:C"]}',
    );
    const pretty = '{\n  "Statement": [\n    { "Effect": "Deny", "NotAction": "iam:A" }\n  ]\n}';
    expect(fix(pretty, (f) => f.appendToList(['Statement', 0, 'NotAction'], ['iam:B']))).toBe(
      '{\n  "Statement": [\n    { "Effect": "Deny", "NotAction": ["iam:A", "iam:B"] }\n  ]\n}',
    );
  });

  it('renames keys, replaces values, inserts and removes properties', () => {
    const text = '{\n  "Version": "2012-10-17",\n  "Statement": [{ "Bool": { "k": "false" } }]\n}';
    expect(fix(text, (f) => f.renameKey(['Statement', 0, 'Bool'], 'BoolIfExists'))).toContain('{ "BoolIfExists": { "k": "false" } }');
    expect(fix(text, (f) => f.replaceValue(['Version'], '2008-10-17'))).toContain('"Version": "2008-10-17",');
    expect(fix(text, (f) => f.insertProperty([], 'Id', 'x', { first: true }))).toBe(
      '{\n  "Id": "x",\n  "Version": "2012-10-17",\n  "Statement": [{ "Bool": { "k": "false" } }]\n}',
    );
    expect(fix(text, (f) => f.removeProperty(['Version']))).toBe('{\n  "Statement": [{ "Bool": { "k": "false" } }]\n}');
    expect(fix('{"a": [1, 2, 3]}', (f) => f.removeElement(['a', 2]))).toBe('{"a": [1, 2]}');
  });

  it('inserts a property in the object\'s own layout: minified, spaced colons, one member per line', () => {
    const insertVersion = (f: Fixer) => f.insertProperty([], 'Version', '2012-10-17', { first: true });
    expect(fix('{"Statement":[]}', insertVersion)).toBe('{"Version":"2012-10-17","Statement":[]}');
    expect(fix('{ "Statement" : [] }', insertVersion)).toBe('{ "Version" : "2012-10-17", "Statement" : [] }');
    expect(fix('{\n\t"Statement": []\n}', insertVersion)).toBe('{\n\t"Version": "2012-10-17",\n\t"Statement": []\n}');
    // A colon on its own line is not copied.
    expect(fix('{\n  "Statement"\n  : []\n}', insertVersion)).toBe('{\n  "Version": "2012-10-17",\n  "Statement"\n  : []\n}');
    expect(fix('{"a":1}', (f) => f.insertProperty([], 'b', 2))).toBe('{"a":1,"b":2}');
  });

  it('writes an inserted object as the file writes objects there: colon spacing, indent unit, one line or not', () => {
    const addNull = (f: Fixer) => f.insertProperty(['Condition'], 'Null', { k: 'true' });
    expect(fix('{"Condition":{"Bool":{"a":"b"}}}', addNull)).toBe('{"Condition":{"Bool":{"a":"b"},"Null":{"k":"true"}}}');
    expect(fix('{"Condition": {"Bool": {"a": "b"}}}', addNull)).toBe('{"Condition": {"Bool": {"a": "b"}, "Null": {"k": "true"}}}');
    expect(fix('{"Condition":{}}', addNull)).toBe('{"Condition":{"Null":{"k":"true"}}}');
    expect(fix('{\n  "Condition":{\n    "Bool":{\n      "a":"b"\n    }\n  }\n}', addNull)).toBe(
      '{\n  "Condition":{\n    "Bool":{\n      "a":"b"\n    },\n    "Null":{\n      "k":"true"\n    }\n  }\n}',
    );
    expect(fix('{\n\t"Condition" : {\n\t\t"Bool" : {\n\t\t\t"a" : "b"\n\t\t}\n\t}\n}', addNull)).toBe(
      '{\n\t"Condition" : {\n\t\t"Bool" : {\n\t\t\t"a" : "b"\n\t\t},\n\t\t"Null" : {\n\t\t\t"k" : "true"\n\t\t}\n\t}\n}',
    );
    // A block written on one line among members on their own lines stays on one line.
    expect(fix('{\n  "Condition": {\n    "Bool": {"a": "b"}\n  }\n}', addNull)).toBe(
      '{\n  "Condition": {\n    "Bool": {"a": "b"},\n    "Null": {"k": "true"}\n  }\n}',
    );
  });

  it('separates an appended element as the list is laid out, with the file\'s colons', () => {
    const addStatement = (f: Fixer) => f.appendToList(['Statement'], [{ Sid: 'b', Effect: 'Deny' }]);
    expect(fix('{"Statement":[{"Sid":"a"}]}', addStatement)).toBe('{"Statement":[{"Sid":"a"},{"Sid":"b","Effect":"Deny"}]}');
    // Hugging the bracket is not minified when the colons are spaced.
    expect(fix('{"Statement": [{"Sid": "a"}]}', addStatement)).toBe('{"Statement": [{"Sid": "a"}, {"Sid": "b", "Effect": "Deny"}]}');
    expect(fix('{"Statement": [\n  {"Sid": "a"}\n]}', addStatement)).toBe('{"Statement": [\n  {"Sid": "a"},\n  {"Sid": "b", "Effect": "Deny"}\n]}');
    expect(fix('{\n  "Statement": [\n    {\n      "Sid":"a"\n    }\n  ]\n}', addStatement)).toBe(
      '{\n  "Statement": [\n    {\n      "Sid":"a"\n    },\n    {\n      "Sid":"b",\n      "Effect":"Deny"\n    }\n  ]\n}',
    );
    expect(fix('{"Statement": [{\n  "Sid": "a"\n}]}', addStatement)).toBe('{"Statement": [{\n  "Sid": "a"\n}, {\n  "Sid": "b",\n  "Effect": "Deny"\n}]}');
  });

  it('merges the edits of one fix into one ESLint-style edit', () => {
    const text = 'abcdef';
    const merged = mergeEdits(text, [{ range: [4, 5], text: 'E' }, { range: [1, 2], text: 'B' }]);
    expect(merged).toEqual({ range: [1, 5], text: 'BcdE' });
    expect(applyEdits(text, [merged])).toBe('aBcdEf');
    expect(() => applyEdits(text, [{ range: [1, 3], text: '' }, { range: [2, 4], text: '' }])).toThrow('Overlapping');
  });
});
