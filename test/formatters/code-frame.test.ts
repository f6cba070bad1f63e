import { describe, expect, it } from 'vitest';
import { codeFrame, splitLines } from '../../src/formatters/code-frame.js';
import { style } from '../../src/formatters/common.js';

const plain = { style: style(false), accent: (s: string) => s };
const at = (line: number, column: number, endLine = line, endColumn = column) => ({ line, column, endLine, endColumn });

describe('splitLines', () => {
  it('splits on CRLF, CR and LF, as the engine counts lines', () => {
    expect(splitLines('a\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitLines('a\n')).toEqual(['a', '']);
    expect(splitLines('')).toEqual(['']);
  });

  it('leaves out a byte order mark, which line 1\'s columns do not count: the caret stays under its token', () => {
    expect(splitLines('\uFEFF{"a":1}\n')).toEqual(['{"a":1}', '']);
    const lines = splitLines('\uFEFF{"Action":"s3:GetObjekt"}');
    expect(codeFrame(lines, at(1, 11, 1, 25), plain)?.lines).toEqual([
      '> 1 | {"Action":"s3:GetObjekt"}',
      '    |           ^^^^^^^^^^^^^^',
    ]);
  });
});

describe('codeFrame', () => {
  const LONG = '{"Action":["ec2:DescribeInstances","ec2:DescribeImages","s3:*"],"Resource":"*"}';

  it('cuts a long line to a window around the token, with … where text was left out', () => {
    // "s3:*" is at columns 57–63; the window of 30 cells starts 10 cells before it.
    expect(codeFrame([LONG], at(1, 57, 1, 63), { ...plain, maxWidth: 30 })?.lines).toEqual([
      '> 1 | …beImages","s3:*"],"Resource":"…',
      '    |            ^^^^^^',
    ]);
  });

  it('frames a token deep in a line of megabytes (a plan of terraform show -json) from a window of it', () => {
    const line = `{"a":"${'x'.repeat(3_000_000)}","Action":"s3:GetObjekt","b":"${'y'.repeat(3_000_000)}"}`;
    const column = line.indexOf('"s3:GetObjekt"') + 1;
    expect(codeFrame([line, ''], at(1, column, 1, column + 14), { ...plain, maxWidth: 40 })?.lines).toEqual([
      '> 1 | …xx","Action":"s3:GetObjekt","b":"yyyyyyy…',
      '    |               ^^^^^^^^^^^^^^',
    ]);
  });

  it('frames a token near the start of a line of megabytes from the start of the line', () => {
    const line = `{"Action":"s3:GetObjekt","b":"${'y'.repeat(3_000_000)}"}`;
    expect(codeFrame([line], at(1, 11, 1, 25), { ...plain, maxWidth: 40 })?.lines).toEqual([
      '> 1 | {"Action":"s3:GetObjekt","b":"yyyyyyyyyy…',
      '    |           ^^^^^^^^^^^^^^',
    ]);
  });

  it('stops the carets at the window when the token is longer than it', () => {
    expect(codeFrame([LONG], at(1, 11, 1, 64), { ...plain, maxWidth: 30 })?.lines).toEqual([
      '> 1 | {"Action":["ec2:DescribeInstan…',
      '    |           ^^^^^^^^^^^^^^^^^^^^',
    ]);
  });

  it('cuts every line of the frame at the same columns, keeping wide characters aligned', () => {
    const lines = ['{', `x${'日'.repeat(15)} "t"y`, '}'];
    // Cells: x 0, 日 1–30, space 31, "t" 32–34, y 35; the window is 26–35; the 日 at 25–26 is cut in two.
    expect(codeFrame(lines, at(2, 18, 2, 21), { ...plain, maxWidth: 10 })?.lines).toEqual([
      '  1 | …',
      '> 2 | … 日日 "t"y',
      '    |        ^^^',
      '  3 | …',
    ]);
  });

  it('leaves short frames alone and gives the gutter width for notes', () => {
    const frame = codeFrame(splitLines('{\r"a": 1\r}'), at(2, 6, 2, 7), plain);
    expect(frame).toEqual({ lines: ['  1 | {', '> 2 | "a": 1', '    |      ^', '  3 | }'], indent: 4 });
  });

  it('widens the gutter for two-digit line numbers', () => {
    const lines = Array.from({ length: 12 }, (_, i) => `line ${i + 1}`);
    expect(codeFrame(lines, at(9, 6, 9, 7), plain)?.lines).toEqual([
      '   7 | line 7',
      '   8 | line 8',
      '>  9 | line 9',
      '     |      ^',
      '  10 | line 10',
      '  11 | line 11',
    ]);
  });

  it('puts a caret after the end of the line for a position past it', () => {
    expect(codeFrame(['{"a": '], at(1, 7), plain)?.lines).toEqual(['> 1 | {"a":', '    |       ^']);
  });

  it('gives no frame for a line that is not in the text', () => {
    expect(codeFrame(['{}'], at(3, 1), plain)).toBeUndefined();
    expect(codeFrame(['{}'], at(0, 1), plain)).toBeUndefined();
  });
});
