import { createRequire as __policyLintCreateRequire } from 'node:module';
const require = __policyLintCreateRequire(import.meta.url);
import {
  PolicyDocument,
  compareMessages
} from "./chunk-TULTTBMC.mjs";

// src/access-analyzer/map.ts
var UNITS = ["utf16", "codepoint", "utf8"];
var MalformedResponseError = class extends Error {
  name = "MalformedResponseError";
};
function checkFindings(findings) {
  if (!Array.isArray(findings)) throw new MalformedResponseError('the reply has no "findings" list');
  for (const finding of findings) {
    const f = finding;
    if (!f || typeof f !== "object" || typeof f.issueCode !== "string" || typeof f.findingType !== "string" || typeof f.findingDetails !== "string") {
      throw new MalformedResponseError("a finding lacks issueCode, findingType or findingDetails");
    }
    if (f.locations !== void 0 && !Array.isArray(f.locations)) throw new MalformedResponseError('a finding has "locations" that is not a list');
  }
  return findings;
}
function severityOf(findingType) {
  return findingType === "ERROR" || findingType === "SECURITY_WARNING" ? 2 : 1;
}
function findingsToMessages(text, findings, doc = new PolicyDocument("", text)) {
  const index = new UnitIndex(text);
  const spans = [];
  for (const f of findings) for (const l of f.locations ?? []) if (isSpan(l?.span)) spans.push(l.span);
  const unit = index.ascii ? "utf16" : chooseUnit(index, doc, spans);
  const messages = [];
  for (const f of findings) {
    const base = {
      ruleId: `access-analyzer/${f.issueCode}`,
      severity: severityOf(f.findingType),
      message: f.findingDetails,
      issueCode: f.issueCode,
      sources: ["access-analyzer"],
      ...typeof f.learnMoreLink === "string" && f.learnMoreLink ? { docsUrl: encodeLink(f.learnMoreLink) } : {},
      ...f.findingType === "SUGGESTION" ? { suggestion: true } : {}
    };
    const seen = /* @__PURE__ */ new Set();
    const locations = (f.locations ?? []).filter((l) => l && typeof l === "object");
    for (const location of locations.length > 0 ? locations : [void 0]) {
      const path = location ? toPath(location.path, doc) : void 0;
      let range = location && isSpan(location.span) ? mapSpan(index, location.span, unit) : void 0;
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
        ...path ? { path } : {}
      });
    }
  }
  return messages.sort(compareMessages);
}
function encodeLink(link) {
  return link.replace(/%(?![0-9A-Fa-f]{2})|[^A-Za-z0-9\-_.!~*'();/?:@&=+$,#%]+/gu, (text) => {
    try {
      return encodeURI(text);
    } catch {
      return encodeURI(text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "�"));
    }
  });
}
function isSpan(span) {
  const s = span;
  return !!s && isPosition(s.start) && isPosition(s.end);
}
function isPosition(p) {
  const q = p;
  return !!q && Number.isInteger(q.line) && Number.isInteger(q.column) && Number.isInteger(q.offset);
}
function toPath(elements, doc) {
  if (!Array.isArray(elements) || elements.length === 0) return void 0;
  const path = [];
  for (const element of elements) {
    if (!element || typeof element !== "object") return void 0;
    if (typeof element.value === "string") path.push(element.value);
    else if (typeof element.key === "string") path.push(element.key);
    else if (typeof element.index === "number" && Number.isInteger(element.index)) path.push(element.index);
    else if ("substring" in element) break;
    else return void 0;
  }
  if (path.length === 0 || !doc.root) return void 0;
  if (doc.nodeAt(path)) return path;
  const written = [];
  for (const segment of path) {
    if (segment === 0 && doc.nodeAt(written)?.type !== "array") continue;
    written.push(segment);
  }
  return doc.nodeAt(written) ? written : void 0;
}
function mapSpan(index, span, unit) {
  const start = index.fromLineColumn(span.start.line, span.start.column, unit) ?? index.fromOffset(span.start.offset, unit);
  let end = index.fromLineColumn(span.end.line, span.end.column, unit) ?? index.fromOffset(span.end.offset, unit);
  if (start === void 0) return void 0;
  if (end === void 0 || end < start) end = start;
  return [start, end];
}
function chooseUnit(index, doc, spans) {
  const { starts, ends } = tokenBoundaries(doc);
  let best = "utf16";
  let bestScore;
  for (const unit of UNITS) {
    let valid = 0;
    let consistent = 0;
    let aligned = 0;
    for (const span of spans) {
      const s = index.fromLineColumn(span.start.line, span.start.column, unit);
      const e = index.fromLineColumn(span.end.line, span.end.column, unit);
      if (s !== void 0) valid++;
      if (e !== void 0) valid++;
      if (s !== void 0 && s === index.fromOffset(span.start.offset, unit)) consistent++;
      if (e !== void 0 && e === index.fromOffset(span.end.offset, unit)) consistent++;
      if (s !== void 0 && starts.has(s)) aligned++;
      if (e !== void 0 && ends.has(e)) aligned++;
    }
    const score = [valid, consistent, aligned];
    if (!bestScore || compareScores(score, bestScore) > 0) {
      best = unit;
      bestScore = score;
    }
  }
  return best;
}
function compareScores(a, b) {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return 0;
}
function tokenBoundaries(doc) {
  const starts = /* @__PURE__ */ new Set();
  const ends = /* @__PURE__ */ new Set();
  const visit = (node) => {
    if (node.type !== "property") {
      starts.add(node.offset);
      ends.add(node.offset + node.length);
    }
    for (const child of node.children ?? []) visit(child);
  };
  if (doc.root) visit(doc.root);
  return { starts, ends };
}
var UnitIndex = class {
  text;
  ascii;
  lineStarts;
  /** Per unit: unit offset → UTF-16 offset at a character boundary, or -1 (inside a character). */
  reverse = /* @__PURE__ */ new Map();
  /** Per unit: UTF-16 offset → unit offset (NaN inside a surrogate pair). */
  forward = /* @__PURE__ */ new Map();
  constructor(text) {
    this.text = text;
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
  fromLineColumn(line, column, unit) {
    if (line < 1 || line > this.lineStarts.length || column < 0) return void 0;
    const lineStart = this.lineStarts[line - 1];
    const lineEnd = this.lineEnd(line);
    if (this.ascii || unit === "utf16") {
      const at2 = lineStart + column;
      return at2 <= lineEnd && !this.insidePair(at2) ? at2 : void 0;
    }
    const forward = this.forwardOf(unit);
    const at = this.fromUnitOffset(forward[lineStart] + column, unit);
    return at !== void 0 && at <= lineEnd ? at : void 0;
  }
  /** UTF-16 offset of an AWS offset (0-based, in `unit`). */
  fromOffset(offset, unit) {
    if (offset < 0) return void 0;
    if (this.ascii || unit === "utf16") return offset <= this.text.length && !this.insidePair(offset) ? offset : void 0;
    return this.fromUnitOffset(offset, unit);
  }
  /** The UTF-16 offset where a line's content ends (before its line break). */
  lineEnd(line) {
    if (line >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[line];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }
  insidePair(at) {
    const c = this.text.charCodeAt(at);
    const p = this.text.charCodeAt(at - 1);
    return c >= 56320 && c <= 57343 && p >= 55296 && p <= 56319;
  }
  fromUnitOffset(offset, unit) {
    const reverse = this.reverseOf(unit);
    if (offset >= reverse.length) return void 0;
    const at = reverse[offset];
    return at < 0 ? void 0 : at;
  }
  forwardOf(unit) {
    let forward = this.forward.get(unit);
    if (!forward) {
      const text = this.text;
      forward = new Float64Array(text.length + 1);
      let units = 0;
      for (let i = 0; i < text.length; i++) {
        forward[i] = units;
        const c = text.charCodeAt(i);
        const next = text.charCodeAt(i + 1);
        if (c >= 55296 && c <= 56319 && next >= 56320 && next <= 57343) {
          forward[i + 1] = NaN;
          units += unit === "utf8" ? 4 : 1;
          i++;
        } else {
          units += unit === "utf8" ? c < 128 ? 1 : c < 2048 ? 2 : 3 : 1;
        }
      }
      forward[text.length] = units;
      this.forward.set(unit, forward);
    }
    return forward;
  }
  reverseOf(unit) {
    let reverse = this.reverse.get(unit);
    if (!reverse) {
      const forward = this.forwardOf(unit);
      reverse = new Int32Array(forward[this.text.length] + 1).fill(-1);
      for (let i = 0; i <= this.text.length; i++) if (!Number.isNaN(forward[i])) reverse[forward[i]] = i;
      this.reverse.set(unit, reverse);
    }
    return reverse;
  }
};

export {
  MalformedResponseError,
  checkFindings,
  findingsToMessages
};
