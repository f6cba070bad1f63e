import { RuleTester } from '../../src/testing/rule-tester.js';
import rule from './json-syntax.js';

const syntaxError = (line: number, column: number, endLine: number, endColumn: number, message: string) =>
  ({ messageId: 'syntaxError', line, column, endLine, endColumn, message, severity: 2 as const, issueCode: 'JSON_SYNTAX_ERROR' });

new RuleTester().run(rule, {
  valid: [
    { code: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }] } },
    { name: 'CRLF line endings and a final newline', code: '{\r\n  "Version": "2012-10-17",\r\n  "Statement": []\r\n}\r\n' },
    { name: 'escapes and Latin-1 text in strings', code: '{"Version": "2012-10-17", "Statement": [], "Id": "caf\\u00e9 café \\"quoted\\""}' },
    { name: 'any JSON value parses; its shape is for other rules', code: '[]' },
  ],
  invalid: [
    {
      name: 'trailing comma in an object: points at the comma',
      code: '{\n  "Version": "2012-10-17",\n  "Statement": [],\n}',
      errors: [syntaxError(3, 18, 3, 19, 'Trailing comma before "}"; JSON does not allow one.')],
      output: null,
    },
    {
      name: 'trailing comma in an array',
      code: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject",], "Resource": "*"}]}',
      errors: [syntaxError(1, 102, 1, 103, 'Trailing comma before "]"; JSON does not allow one.')],
    },
    {
      name: 'a property name without quotes',
      code: '{\n  Version: "2012-10-17"\n}',
      errors: [syntaxError(2, 3, 2, 10, 'Expected a property name in double quotes, found "Version".')],
    },
    {
      name: 'a missing closing quote',
      code: '{\n  "Version": "2012-10-17,\n  "Statement": []\n}',
      errors: [syntaxError(2, 14, 2, 26, 'Unterminated string: a closing double quote is missing (a string cannot span lines).')],
    },
    {
      name: 'a missing closing quote on a key',
      code: '{\n  "Version: "2012-10-17"\n}',
      errors: [syntaxError(2, 14, 2, 18, 'Expected ":" after the property name, found "2012".')],
    },
    {
      name: 'single quotes',
      code: "{'Version': '2012-10-17'}",
      errors: [syntaxError(1, 2, 1, 11, "Expected a property name in double quotes, found 'Version'.")],
    },
    {
      name: 'a property name without quotes after a comma, in a nested object',
      code: '{"Statement": [{"Effect": "Allow", Action : "s3:GetObject"}]}',
      errors: [syntaxError(1, 36, 1, 42, 'Expected a property name in double quotes, found "Action".')],
    },
    {
      name: 'a value in single quotes',
      code: '{"Version": \'2012-10-17\'}',
      errors: [syntaxError(1, 13, 1, 25, "Unexpected '2012-10-17'; JSON strings take double quotes, not single quotes.")],
    },
    {
      // jsonc-parser's token stops at the colon (`'s3`): the finding covers the string to its closing quote.
      name: 'an action in single quotes, a colon inside',
      code: '{"Action": [\'s3:GetObject\']}',
      errors: [syntaxError(1, 13, 1, 27, "Unexpected 's3:GetObject'; JSON strings take double quotes, not single quotes.")],
    },
    {
      name: 'a condition key in single quotes, a colon inside',
      code: '{"Condition": {"IpAddress": {\'aws:SourceIp\': "10.0.0.0/8"}}}',
      errors: [syntaxError(1, 30, 1, 44, "Expected a property name in double quotes, found 'aws:SourceIp'.")],
    },
    {
      name: 'a single quote not closed on its line: the token alone',
      code: '{"Sid": \'a b\n}',
      errors: [syntaxError(1, 9, 1, 11, 'Unexpected "\'a"; JSON strings take double quotes, not single quotes.')],
    },
    {
      name: 'a bare word where a value belongs',
      code: '{"Effect": Allow}',
      errors: [syntaxError(1, 12, 1, 17, 'Unexpected "Allow"; expected a JSON value.')],
    },
    {
      name: 'a missing comma',
      code: '{"Version": "2012-10-17" "Statement": []}',
      errors: [syntaxError(1, 26, 1, 37, 'Expected "," between elements, found "Statement". Is a comma missing?')],
    },
    {
      // A string is named as written, in its own quotes, as the escape the next cases point at: not re-escaped.
      name: 'a missing comma before a string with an escape: the string as written',
      code: '{"Version": "2012-10-17" "Sid\\/": 1}',
      errors: [syntaxError(1, 26, 1, 33, 'Expected "," between elements, found "Sid\\/". Is a comma missing?')],
    },
    {
      name: 'a value in single quotes with a backslash: as written, the backslash not doubled',
      code: "{\"Resource\": 'arn:aws:s3:::b/\\*'}",
      errors: [syntaxError(1, 14, 1, 33, "Unexpected 'arn:aws:s3:::b/\\*'; JSON strings take double quotes, not single quotes.")],
    },
    {
      // jsonc-parser's number token stops after the 0: the whole name, as written.
      name: 'a number with a leading zero as a property name',
      code: '{"a": 1, 01: 2}',
      errors: [syntaxError(1, 10, 1, 12, 'Expected a property name in double quotes, found "01".')],
    },
    {
      name: 'a hexadecimal number as a property name',
      code: '{"a": 1, 0x1F: 2}',
      errors: [syntaxError(1, 10, 1, 14, 'Expected a property name in double quotes, found "0x1F".')],
    },
    {
      name: 'a truncated file: points at its end',
      code: '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {"Effect": "Allow"',
      errors: [syntaxError(4, 23, 4, 23, 'Unexpected end of file; expected "}". Is the file truncated?')],
    },
    {
      name: 'two documents in one file',
      code: '{"Statement": []}\n{"Statement": []}',
      errors: [syntaxError(2, 1, 2, 2, 'Unexpected "{" after the end of the JSON document.')],
    },
    {
      name: 'a stray character after the document is text after its end, not a value that was expected',
      code: '{"a": 1}x',
      errors: [syntaxError(1, 9, 1, 10, 'Unexpected "x" after the end of the JSON document.')],
    },
    {
      name: 'words after the document: the first one',
      code: '{"Statement": []}\n\nhello world\n',
      errors: [syntaxError(3, 1, 3, 6, 'Unexpected "hello" after the end of the JSON document.')],
    },
    {
      name: 'a single-quoted string after the document',
      code: "[1] 'x'",
      errors: [syntaxError(1, 5, 1, 8, "Unexpected 'x' after the end of the JSON document.")],
    },
    {
      name: 'a stray character before the document is still a value expected',
      code: 'x{}',
      errors: [syntaxError(1, 1, 1, 2, 'Unexpected "x"; expected a JSON value.')],
    },
    {
      name: 'a byte order mark: removed by --fix',
      code: '\uFEFF{"Version": "2012-10-17", "Statement": []}',
      errors: [syntaxError(1, 1, 1, 1, 'The file starts with a byte order mark (U+FEFF); IAM policies must be plain JSON without one.')],
      output: '{"Version": "2012-10-17", "Statement": []}',
    },
    {
      name: 'an empty file',
      code: '',
      errors: [syntaxError(1, 1, 1, 1, 'The file is empty; expected a JSON policy document.')],
    },
    {
      name: 'a file of white space',
      code: '  \n',
      errors: [syntaxError(2, 1, 2, 1, 'The file is empty; expected a JSON policy document.')],
    },
    {
      name: 'a line comment',
      code: '{\n  // who may read the reports\n  "Version": "2012-10-17"\n}',
      errors: [syntaxError(2, 3, 2, 30, 'Comments are not allowed in JSON policy documents.')],
    },
    {
      name: 'a block comment',
      code: '{\n  "Version": "2012-10-17" /* current */\n}',
      errors: [syntaxError(2, 27, 2, 40, 'Comments are not allowed in JSON policy documents.')],
    },
    {
      name: 'an escape JSON does not have: points at it, shown as written',
      code: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::b/\\\\ok\\*"}]}',
      errors: [syntaxError(1, 119, 1, 121, 'Invalid escape sequence "\\*" in a string; JSON\'s escapes are \\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t and \\u with four hexadecimal digits.')],
    },
    {
      name: 'a \\u escape without four hexadecimal digits',
      code: '{"Sid": "caf\\u00e9 \\u00G9"}',
      errors: [syntaxError(1, 20, 1, 24, 'Invalid \\u escape "\\u00" in a string: expected four hexadecimal digits.')],
    },
    {
      name: 'a number with a leading zero: the whole number, not "a comma missing" after its first digit',
      code: '{"a": 01}',
      errors: [syntaxError(1, 7, 1, 9, 'Invalid number "01": JSON numbers have no leading zero (write 1, or "01" as a string if the zero matters).')],
    },
    {
      name: 'a leading zero in a condition value',
      code: '{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*", "Condition": {"NumericLessThan": {"s3:max-keys": 010}}}]}',
      errors: [syntaxError(1, 153, 1, 156, 'Invalid number "010": JSON numbers have no leading zero (write 10, or "010" as a string if the zero matters).')],
    },
    {
      name: 'a negative number with a leading zero',
      code: '[-01.5]',
      errors: [syntaxError(1, 2, 1, 7, 'Invalid number "-01.5": JSON numbers have no leading zero (write -1.5, or "-01.5" as a string if the zero matters).')],
    },
    {
      name: 'a decimal point without a digit after it',
      code: '{"a": 1.}',
      errors: [syntaxError(1, 7, 1, 9, 'Invalid number "1.": a digit must follow the decimal point (write 1).')],
    },
    {
      name: 'a decimal point without a digit before it',
      code: '{"a": .5}',
      errors: [syntaxError(1, 7, 1, 9, 'Invalid number ".5": a digit must come before the decimal point (write 0.5).')],
    },
    {
      name: 'a plus sign',
      code: '{"a": +1}',
      errors: [syntaxError(1, 7, 1, 9, 'Invalid number "+1": JSON numbers take no plus sign (write 1).')],
    },
    {
      name: 'an exponent without digits',
      code: '{"a": 1e}',
      errors: [syntaxError(1, 7, 1, 9, 'Invalid number "1e": "e" must be followed by the exponent\'s digits (as in 1e3).')],
    },
    {
      name: 'an exponent without digits, written with a capital E: the message names "E"',
      code: '{"a": 1.5E+}',
      errors: [syntaxError(1, 7, 1, 12, 'Invalid number "1.5E+": "E" must be followed by the exponent\'s digits (as in 1e3).')],
    },
    {
      name: 'a hexadecimal number: the whole token, not from the "x"',
      code: '{"a": 0x1F}',
      errors: [syntaxError(1, 7, 1, 11, 'Invalid number "0x1F": JSON numbers are decimal (write 31).')],
    },
    {
      name: 'NaN',
      code: '{"a": NaN}',
      errors: [syntaxError(1, 7, 1, 10, 'Unexpected "NaN"; JSON has no NaN or Infinity: write a number, or a string in double quotes.')],
    },
    {
      name: '-Infinity: the whole token, not its minus sign',
      code: '{"a": -Infinity}',
      errors: [syntaxError(1, 7, 1, 16, 'Unexpected "-Infinity"; JSON has no NaN or Infinity: write a number, or a string in double quotes.')],
    },
    {
      name: 'a date without quotes: the whole date, not "a comma missing" before "-10"',
      code: '{"Version": 2012-10-17}',
      errors: [syntaxError(1, 13, 1, 23, 'Invalid number "2012-10-17": text must be written as a string, in double quotes.')],
    },
    {
      name: 'two valid numbers without a comma: still a missing comma',
      code: '[1 2]',
      errors: [syntaxError(1, 4, 1, 5, 'Expected "," between elements, found "2". Is a comma missing?')],
    },
    {
      name: 'a raw tab inside a string',
      code: '{"Effect": "Allow\tDeny"}',
      errors: [syntaxError(1, 12, 1, 24, 'Invalid character in a string: control characters such as tabs and line breaks must be escaped.')],
    },
  ],
});
