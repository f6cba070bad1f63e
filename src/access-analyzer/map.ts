/**
 * Access Analyzer finding → LintMessage. The hard part is the span: AWS gives `Position = {line (1-based),
 * column (0-based), offset (0-based)}`, end exclusive, into the exact `policyDocument` string, and does not
 * document whether columns and offsets count UTF-16 code units (Java `char`s), code points or UTF-8 bytes.
 * For ASCII text the three agree. Otherwise we decide per document, from the evidence in the reply:
 *   1. a unit under which a position's line+column does not exist (inside a character, past the line) is out;
 *   2. a unit under which line+column and offset name the same character is confirmed;
 *   3. a unit that puts spans on JSON token boundaries (a span starts where a value or key starts and ends
 *      where one ends) is preferred;
 *   4. ties go to UTF-16 (the service runs on the JVM, whose strings count `char`s), then code points, then bytes.
 * Line+column is what we map (it survives a unit mix-up on earlier lines); the offset only serves as evidence
 * and as the fallback when line+column is impossible under every unit. A span that cannot be mapped at all
 * falls back to the location's path, then to 1:1.
 */
import type { Node } from 'jsonc-parser';
import { PolicyDocument } from '../engine/document.js';
import { compareMessages, type LintMessage, type Severity } from '../engine/types.js';

export interface AwsPosition {
  line: number;
  column: number;
  offset: number;
}
export type AwsPathElement = { value: string } | { key: string } | { index: number } | { substring: { start: number; length: number } };
export interface AwsLocation {
  path: AwsPathElement[];
  span: { start: AwsPosition; end: AwsPosition };
}
/** A ValidatePolicy finding as it is on the wire (and in the cache). */
export interface AwsFinding {
  findingDetails: string;
  findingType: string;
  issueCode: string;
  learnMoreLink?: string;
  locations?: AwsLocation[];
}

export type PositionUnit = 'utf16' | 'codepoint' | 'utf8';
const UNITS: readonly PositionUnit[] = ['utf16', 'codepoint', 'utf8'];

export class MalformedResponseError extends Error {
  override name = 'MalformedResponseError';
}

/** Check one page's `findings` (the SDK does not validate replies); throw MalformedResponseError when unusable. */
export function checkFindings(findings: unknown): AwsFinding[] {
  if (!Array.isArray(findings)) throw new MalformedResponseError('the reply has no "findings" list');
  for (const finding of findings as unknown[]) {
    const f = finding as Partial<Record<keyof AwsFinding, unknown>> | null;
    if (!f || typeof f !== 'object' || typeof f.issueCode !== 'string' || typeof f.findingType !== 'string' || typeof f.findingDetails !== 'string') {
      throw new MalformedResponseError('a finding lacks issueCode, findingType or findingDetails');
    }
    if (f.locations !== undefined && !Array.isArray(f.locations)) throw new MalformedResponseError('a finding has "locations" that is not a list');
  }
  return findings as AwsFinding[];
}

export function severityOf(findingType: string): Severity {
  return findingType === 'ERROR' || findingType === 'SECURITY_WARNING' ? 2 : 1;
}

/** Convert the findings of one document into messages (one per distinct location), sorted by position. */
export function findingsToMessages(text: string, findings: readonly AwsFinding[], doc: PolicyDocument = new PolicyDocument('', text)): LintMessage[] {
  const index = new UnitIndex(text);
  const spans: Array<AwsLocation['span']> = [];
  for (const f of findings) for (const l of f.locations ?? []) if (isSpan(l?.span)) spans.push(l.span);
  const unit = index.ascii ? 'utf16' : chooseUnit(index, doc, spans);

  const messages: LintMessage[] = [];
  for (const f of findings) {
    const base = {
      ruleId: `access-analyzer/${f.issueCode}`,
      severity: severityOf(f.findingType),
      message: f.findingDetails,
      issueCode: f.issueCode,
      sources: ['access-analyzer'] as Array<'policy-lint' | 'access-analyzer'>,
      ...(typeof f.learnMoreLink === 'string' && f.learnMoreLink ? { docsUrl: encodeLink(f.learnMoreLink) } : {}),
      ...(f.findingType === 'SUGGESTION' ? { suggestion: true } : {}),
    };
    const seen = new Set<string>();
    const locations = (f.locations ?? []).filter((l) => l && typeof l === 'object');
    for (const location of locations.length > 0 ? locations : [undefined]) {
      const path = location ? toPath(location.path, doc) : undefined;
      let range = location && isSpan(location.span) ? mapSpan(index, location.span, unit) : undefined;
      if (!range && path && doc.root) {
        const located = doc.locate(path);
        if (located) range = [located.range.offset, located.range.endOffset];
      }
      range ??= [0, 0];
      const key = `${range[0]}:${range[1]}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const r = doc.rangeOf(range[0], range[1]);
      messages.push({
        ...base,
        line: r.line,
        column: r.column,
        endLine: r.endLine,
        endColumn: r.endColumn,
        range: [r.offset, r.endOffset],
        ...(path ? { path } : {}),
      });
    }
  }
  return messages.sort(compareMessages);
}

/**
 * A link as a valid URI (SARIF's helpUri, a Markdown link): the characters encodeURI escapes (a space, `"`,
 * `<`, non-ASCII …) percent-encoded as it does, and a `%` not followed by two hex digits too; a valid URL,
 * escapes included, is unchanged (encodeURI itself would turn `%20` into `%2520`).
 */
export function encodeLink(link: string): string {
  return link.replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-_.!~*'();/?:@&=+$,#%]+/gu, (text) => {
    try {
      return encodeURI(text);
    } catch {
      // A lone surrogate (encodeURI throws on it): U+FFFD in its place.
      return encodeURI(text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD'));
    }
  });
}

function isSpan(span: unknown): span is AwsLocation['span'] {
  const s = span as AwsLocation['span'] | undefined;
  return !!s && isPosition(s.start) && isPosition(s.end);
}

function isPosition(p: unknown): p is AwsPosition {
  const q = p as AwsPosition | undefined;
  return !!q && Number.isInteger(q.line) && Number.isInteger(q.column) && Number.isInteger(q.offset);
}

/** `[{value: "Statement"}, {index: 0}, {value: "Sid"}]` → `["Statement", 0, "Sid"]`, when that exists in the file. */
function toPath(elements: unknown, doc: PolicyDocument): Array<string | number> | undefined {
  if (!Array.isArray(elements) || elements.length === 0) return undefined;
  const path: Array<string | number> = [];
  for (const element of elements as Array<Record<string, unknown>>) {
    if (!element || typeof element !== 'object') return undefined;
    if (typeof element.value === 'string') path.push(element.value);
    else if (typeof element.key === 'string') path.push(element.key);
    else if (typeof element.index === 'number' && Number.isInteger(element.index)) path.push(element.index);
    else if ('substring' in element) break; // a part of the string at `path`: the span says where
    else return undefined;
  }
  if (path.length === 0 || !doc.root) return undefined;
  if (doc.nodeAt(path)) return path;
  // AWS may describe the normalised policy (`Statement[0]`, `Action[0]`) where the file wrote a single
  // object or string: drop index 0 where the file has no array.
  const written: Array<string | number> = [];
  for (const segment of path) {
    if (segment === 0 && doc.nodeAt(written)?.type !== 'array') continue;
    written.push(segment);
  }
  return doc.nodeAt(written) ? written : undefined;
}

/** UTF-16 offsets of a span under a unit, or undefined when the span does not fit the text. */
function mapSpan(index: UnitIndex, span: AwsLocation['span'], unit: PositionUnit): [number, number] | undefined {
  const start = index.fromLineColumn(span.start.line, span.start.column, unit) ?? index.fromOffset(span.start.offset, unit);
  let end = index.fromLineColumn(span.end.line, span.end.column, unit) ?? index.fromOffset(span.end.offset, unit);
  if (start === undefined) return undefined;
  if (end === undefined || end < start) end = start;
  return [start, end];
}

/** Decide the unit of the positions of one document (see the file comment). */
export function chooseUnit(index: UnitIndex, doc: PolicyDocument, spans: ReadonlyArray<AwsLocation['span']>): PositionUnit {
  const { starts, ends } = tokenBoundaries(doc);
  let best: PositionUnit = 'utf16';
  let bestScore: number[] | undefined;
  for (const unit of UNITS) {
    let valid = 0;
    let consistent = 0;
    let aligned = 0;
    for (const span of spans) {
      const s = index.fromLineColumn(span.start.line, span.start.column, unit);
      const e = index.fromLineColumn(span.end.line, span.end.column, unit);
      if (s !== undefined) valid++;
      if (e !== undefined) valid++;
      if (s !== undefined && s === index.fromOffset(span.start.offset, unit)) consistent++;
      if (e !== undefined && e === index.fromOffset(span.end.offset, unit)) consistent++;
      if (s !== undefined && starts.has(s)) aligned++;
      if (e !== undefined && ends.has(e)) aligned++;
    }
    const score = [valid, consistent, aligned];
    if (!bestScore || compareScores(score, bestScore) > 0) {
      best = unit;
      bestScore = score;
    }
  }
  return best;
}

function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}

/** Where JSON keys and values start and end (commas and colons excluded: no span ends after one). */
function tokenBoundaries(doc: PolicyDocument): { starts: Set<number>; ends: Set<number> } {
  const starts = new Set<number>();
  const ends = new Set<number>();
  const visit = (node: Node) => {
    if (node.type !== 'property') {
      starts.add(node.offset);
      ends.add(node.offset + node.length);
    }
    for (const child of node.children ?? []) visit(child);
  };
  if (doc.root) visit(doc.root);
  return { starts, ends };
}

/**
 * Converts AWS positions (line 1-based, column and offset 0-based, in some unit) into 0-based UTF-16 offsets
 * of the text. Lines break at LF, CRLF and lone CR, as in PolicyDocument.
 */
export class UnitIndex {
  readonly text: string;
  readonly ascii: boolean;
  private readonly lineStarts: number[];
  /** Per unit: unit offset → UTF-16 offset at a character boundary, or -1 (inside a character). */
  private readonly reverse = new Map<PositionUnit, Int32Array>();
  /** Per unit: UTF-16 offset → unit offset (NaN inside a surrogate pair). */
  private readonly forward = new Map<PositionUnit, Float64Array>();

  constructor(text: string) {
    this.text = text;
    // eslint-disable-next-line no-control-regex
    this.ascii = /^[\x00-\x7f]*$/.test(text);
    this.lineStarts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.lineStarts.push(i + 1);
      } else if (c === 10) {
        this.lineStarts.push(i + 1);
      }
    }
  }

  /** UTF-16 offset of an AWS line (1-based) and column (0-based, in `unit`); undefined when it does not exist. */
  fromLineColumn(line: number, column: number, unit: PositionUnit): number | undefined {
    if (line < 1 || line > this.lineStarts.length || column < 0) return undefined;
    const lineStart = this.lineStarts[line - 1];
    const lineEnd = this.lineEnd(line);
    if (this.ascii || unit === 'utf16') {
      const at = lineStart + column;
      return at <= lineEnd && !this.insidePair(at) ? at : undefined;
    }
    const forward = this.forwardOf(unit);
    const at = this.fromUnitOffset(forward[lineStart] + column, unit);
    return at !== undefined && at <= lineEnd ? at : undefined;
  }

  /** UTF-16 offset of an AWS offset (0-based, in `unit`). */
  fromOffset(offset: number, unit: PositionUnit): number | undefined {
    if (offset < 0) return undefined;
    if (this.ascii || unit === 'utf16') return offset <= this.text.length && !this.insidePair(offset) ? offset : undefined;
    return this.fromUnitOffset(offset, unit);
  }

  /** The UTF-16 offset where a line's content ends (before its line break). */
  private lineEnd(line: number): number {
    if (line >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[line];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  private insidePair(at: number): boolean {
    const c = this.text.charCodeAt(at);
    const p = this.text.charCodeAt(at - 1);
    return c >= 0xdc00 && c <= 0xdfff && p >= 0xd800 && p <= 0xdbff;
  }

  private fromUnitOffset(offset: number, unit: PositionUnit): number | undefined {
    const reverse = this.reverseOf(unit);
    if (offset >= reverse.length) return undefined;
    const at = reverse[offset];
    return at < 0 ? undefined : at;
  }

  private forwardOf(unit: PositionUnit): Float64Array {
    let forward = this.forward.get(unit);
    if (!forward) {
      const text = this.text;
      forward = new Float64Array(text.length + 1);
      let units = 0;
      for (let i = 0; i < text.length; i++) {
        forward[i] = units;
        const c = text.charCodeAt(i);
        const next = text.charCodeAt(i + 1);
        if (c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
          forward[i + 1] = NaN;
          units += unit === 'utf8' ? 4 : 1;
          i++;
        } else {
          units += unit === 'utf8' ? (c < 0x80 ? 1 : c < 0x800 ? 2 : 3) : 1;
        }
      }
      forward[text.length] = units;
      this.forward.set(unit, forward);
    }
    return forward;
  }

  private reverseOf(unit: PositionUnit): Int32Array {
    let reverse = this.reverse.get(unit);
    if (!reverse) {
      const forward = this.forwardOf(unit);
      reverse = new Int32Array(forward[this.text.length] + 1).fill(-1);
      for (let i = 0; i <= this.text.length; i++) if (!Number.isNaN(forward[i])) reverse[forward[i]] = i;
      this.reverse.set(unit, reverse);
    }
    return reverse;
  }
}
