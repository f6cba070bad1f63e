/**
 * A code frame for the terminal: the finding's line with up to two lines of context on each side, line
 * numbers in a gutter, a `>` marker, and carets under exactly the token.
 *
 * Columns in results count UTF-16 code units; the frame works in terminal cells. Tabs expand to the next
 * multiple of 4, East Asian wide characters and emoji take two cells, combining marks none, and control
 * characters are shown as control pictures (see `visible`). Lines wider than `maxWidth` are cut to a
 * window around the token, with `…` where text was left out, the same window for every line of the frame
 * so that columns still line up.
 */
import { visibleChar, type Style } from './common.js';

export const TAB_WIDTH = 4;
export const CONTEXT_LINES = 2;
export const MAX_WIDTH = 100;
/** Cells kept to the left of the token when a long line is cut. */
const LEFT_CONTEXT = 24;
/**
 * A frame whose lines are longer than this (UTF-16 units) is made from this much of each line around the token
 * only: a plan of `terraform show -json` is one line of megabytes, and its cells for one finding took seconds.
 */
const LONG_LINE = 4000;

/**
 * Split like the engine counts lines: CRLF, CR and LF each end a line. A byte order mark is left out: line 1's
 * columns are counted from the character after it.
 */
export function splitLines(text: string): string[] {
  return (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\r|\n/);
}

interface Cell {
  /** What to print (tabs already expanded). */
  text: string;
  width: number;
  /** UTF-16 offsets of the character in its line. */
  start: number;
  end: number;
}

const WIDE = /[\p{Emoji_Presentation}\u1100-\u115f\u231a\u231b\u2329\u232a\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{16fe0}-\u{16fe4}\u{17000}-\u{18aff}\u{1b000}-\u{1b2ff}\u{1f200}-\u{1f251}\u{20000}-\u{2fffd}\u{30000}-\u{3fffd}]/u;
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u;

function cellsOf(line: string): Cell[] {
  const cells: Cell[] = [];
  let column = 0;
  for (let i = 0; i < line.length;) {
    const cp = line.codePointAt(i)!;
    const length = cp > 0xffff ? 2 : 1;
    const ch = line.slice(i, i + length);
    let text: string;
    let width: number;
    if (cp === 9) {
      width = TAB_WIDTH - (column % TAB_WIDTH);
      text = ' '.repeat(width);
    } else {
      text = visibleChar(ch, cp);
      width = text !== ch ? 1 : WIDE.test(ch) ? 2 : ZERO_WIDTH.test(ch) ? 0 : 1;
    }
    cells.push({ text, width, start: i, end: i + length });
    column += width;
    i += length;
  }
  return cells;
}

/**
 * The cells of line `n` of a file, made once per file: a minified policy is one long line, and remaking its
 * cells for each of its findings made the stylish output quadratic (minutes for a few thousand findings).
 */
const cellsByFile = new WeakMap<readonly string[], Map<number, Cell[]>>();
function cellsOfLine(lines: readonly string[], n: number): Cell[] {
  let byLine = cellsByFile.get(lines);
  if (!byLine) cellsByFile.set(lines, (byLine = new Map()));
  let cells = byLine.get(n);
  if (!cells) byLine.set(n, (cells = cellsOf(lines[n - 1])));
  return cells;
}

function widthOf(cells: readonly Cell[]): number {
  let width = 0;
  for (const cell of cells) width += cell.width;
  return width;
}

/** Cells before a UTF-16 offset (past the end of the line, one cell per missing unit). */
function cellsBefore(cells: readonly Cell[], offset: number, lineLength: number): number {
  let width = 0;
  for (const cell of cells) {
    if (cell.end > offset) break;
    width += cell.width;
  }
  return width + Math.max(0, offset - lineLength);
}

/** Cells up to a UTF-16 end offset: a character the end cuts through is included. */
function cellsThrough(cells: readonly Cell[], offset: number, lineLength: number): number {
  let width = 0;
  for (const cell of cells) {
    if (cell.start >= offset) break;
    width += cell.width;
  }
  return width + Math.max(0, offset - lineLength);
}

/** The printed text of a line within the window [from, to) of cells, and whether text was left out. */
function clip(cells: readonly Cell[], from: number, to: number): { text: string; left: boolean; right: boolean } {
  let text = '';
  let left = false;
  let right = false;
  let column = 0;
  for (const cell of cells) {
    const start = column;
    const end = column + cell.width;
    column = end;
    if (cell.width === 0) {
      // A combining mark or a format character: it goes with the character before it.
      if (start > to) right = true;
      else if (from === 0 || start > from) text += cell.text;
      continue;
    }
    if (end <= from) {
      left = true;
    } else if (start >= to) {
      right = true;
    } else if (start >= from && end <= to) {
      text += cell.text;
    } else {
      // A wide character or a tab cut by the window: keep the columns, drop the glyph.
      text += ' '.repeat(Math.min(end, to) - Math.max(start, from));
      if (start < from) left = true;
      if (end > to) right = true;
    }
  }
  return { text, left, right };
}

export interface FrameLocation {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface FrameOptions {
  style: Style;
  /** Colours the marker and the carets (red for errors, yellow for warnings). */
  accent: (s: string) => string;
  maxWidth?: number;
}

export interface Frame {
  /** The printed lines, without newlines. */
  lines: string[];
  /** Columns before the gutter's `|`, for notes aligned under it. */
  indent: number;
}

/**
 * The frame of a location, or undefined when the location is not in the text. `allLines` is
 * `splitLines(source)`, computed once per file.
 */
export function codeFrame(allLines: readonly string[], location: FrameLocation, options: FrameOptions): Frame | undefined {
  const { line } = location;
  if (!Number.isInteger(line) || line < 1 || line > allLines.length) return undefined;
  // Very long lines: the frame of a window of them, its columns counted from the window's start (`cut`).
  let cut = 0;
  const long = allLines.slice(Math.max(0, line - 1 - CONTEXT_LINES), line + CONTEXT_LINES).some((text) => text.length > LONG_LINE);
  if (long) {
    cut = Math.max(0, location.column - 1 - LONG_LINE / 2);
    if (/[\udc00-\udfff]/.test(allLines[line - 1][cut] ?? '')) cut--; // not inside a surrogate pair
  }
  const lineText = (n: number) => (long ? allLines[n - 1].slice(cut, cut + LONG_LINE) : allLines[n - 1]);
  const column = location.column - cut;
  const { style, accent } = options;
  const maxWidth = options.maxWidth ?? MAX_WIDTH;

  // A file that ends with a newline has an empty last "line"; show it only when the finding is on it.
  const last = allLines.length > 1 && allLines[allLines.length - 1] === '' && line < allLines.length ? allLines.length - 1 : allLines.length;
  const first = Math.max(1, line - CONTEXT_LINES);
  const final = Math.min(last, line + CONTEXT_LINES);
  const shown: Array<{ number: number; cells: Cell[] }> = [];
  for (let n = first; n <= final; n++) shown.push({ number: n, cells: long ? cellsOf(lineText(n)) : cellsOfLine(allLines, n) });

  const target = lineText(line);
  const cells = shown[line - first].cells;
  const start = cellsBefore(cells, Math.max(0, column - 1), target.length);
  const end = location.endLine === line
    ? Math.max(start, cellsThrough(cells, Math.max(0, location.endColumn - 1 - cut), target.length))
    : Math.max(start, widthOf(cells)); // several lines: up to the end of the first
  const carets = Math.max(1, end - start);

  // Cut long lines to one window for the whole frame.
  const widest = Math.max(...shown.map((s) => widthOf(s.cells)), start + carets);
  let from = 0;
  let to = Number.POSITIVE_INFINITY;
  if (widest > maxWidth) {
    from = Math.max(0, Math.min(start - Math.min(LEFT_CONTEXT, Math.floor(maxWidth / 3)), widest - maxWidth));
    to = from + maxWidth;
  }
  const lead = from > 0 || cut > 0 ? 1 : 0; // room for a `…` on the left

  const gutterWidth = String(final).length;
  const out: string[] = [];
  for (const { number, cells: lineCells } of shown) {
    const clipped = clip(lineCells, from, to);
    const whole = allLines[number - 1];
    let text = clipped.text;
    if (lead) text = (clipped.left || (cut > 0 && whole.length > 0) ? '…' : ' ') + text;
    if (clipped.right || (long && to >= widthOf(lineCells) && whole.length > cut + LONG_LINE)) text += '…';
    text = text.trimEnd();
    const marker = number === line ? accent('>') : ' ';
    const gutter = style.dim(`${String(number).padStart(gutterWidth)} |`);
    out.push(`${marker} ${gutter}${text === '' ? '' : ` ${text}`}`);
    if (number === line) {
      const caretStart = Math.min(Math.max(start, from), to - 1);
      const caretEnd = Math.max(Math.min(start + carets, to), caretStart + 1);
      const pad = ' '.repeat(lead + caretStart - from);
      out.push(`  ${style.dim(`${' '.repeat(gutterWidth)} |`)} ${pad}${accent('^'.repeat(caretEnd - caretStart))}`);
    }
  }
  return { lines: out, indent: 2 + gutterWidth + 1 };
}
