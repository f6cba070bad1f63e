/**
 * Fingerprints that let GitHub code scanning recognise the same finding across commits.
 *
 * `primaryLocationLineHash` is the value GitHub's `upload-sarif` action would compute itself (a rolling
 * hash of the first 100 non-blank characters from the start of the line, line endings normalised,
 * `:n` for the n-th identical hash in the file); computing it here gives the same value when SARIF is
 * uploaded through the API, and the action keeps it instead of warning about a mismatch. It is a port of
 * `hash` in github/codeql-action `src/fingerprints.ts`; its 64-bit `Long` arithmetic is done on two
 * 32-bit halves (the same values modulo 2^64), and the tests use that file's vectors.
 */
import { nodeCrypto } from '../builtins.js';
import { computeLineStarts } from '../engine/document.js';
import type { LintMessage, LintResult } from '../engine/types.js';

const BLOCK_SIZE = 100;
const MOD = 37n;
const TAB = 9;
const SPACE = 32;
const LF = 10;
const CR = 13;
const EOF = 65535;

const TWO_32 = 2 ** 32;
// 37^100 mod 2^64, in two unsigned 32-bit halves.
const FIRST_MOD = BigInt.asUintN(64, MOD ** BigInt(BLOCK_SIZE));
const FIRST_MOD_HI = Number(FIRST_MOD >> 32n);
const FIRST_MOD_LO = Number(FIRST_MOD & 0xffffffffn);

/** Hashes of every line of `text`, index 0 for line 1 (CRLF, CR and LF end lines). */
export function lineHashes(text: string): string[] {
  const window: number[] = new Array(BLOCK_SIZE).fill(0);
  // The line whose first character sits at this index of the window, or -1.
  const lineNumbers: number[] = new Array(BLOCK_SIZE).fill(-1);
  // The hash, modulo 2^64, as two unsigned 32-bit halves (plain numbers: much faster than BigInt).
  let hi = 0;
  let lo = 0;
  let index = 0;
  let lineNumber = 0;
  let lineStart = true;
  let prevCR = false;
  const counts = new Map<string, number>();
  const hashes: string[] = [];

  const output = () => {
    const value = hi === 0 ? lo.toString(16) : hi.toString(16) + lo.toString(16).padStart(8, '0');
    const count = (counts.get(value) ?? 0) + 1;
    counts.set(value, count);
    hashes[lineNumbers[index] - 1] = `${value}:${count}`;
    lineNumbers[index] = -1;
  };
  // hash = 37 * hash + current - 37^100 * begin (mod 2^64)
  const update = (current: number) => {
    const begin = window[index];
    window[index] = current;
    const low = lo * 37 + current; // < 2^38: exact
    const lo1 = low >>> 0;
    const hi1 = (Math.imul(hi, 37) + (low - lo1) / TWO_32) >>> 0;
    const sub = FIRST_MOD_LO * begin; // < 2^48: exact
    const subLo = sub >>> 0;
    const subHi = (Math.imul(FIRST_MOD_HI, begin) + (sub - subLo) / TWO_32) >>> 0;
    const diff = lo1 - subLo;
    lo = diff >>> 0;
    hi = (hi1 - subHi - (diff < 0 ? 1 : 0)) >>> 0;
    index = (index + 1) % BLOCK_SIZE;
  };
  const process = (code: number) => {
    // Skip blanks, and the LF of a CRLF.
    if (code === SPACE || code === TAB || (prevCR && code === LF)) {
      prevCR = false;
      return;
    }
    let current = code;
    if (current === CR) {
      current = LF;
      prevCR = true;
    } else {
      prevCR = false;
    }
    if (lineNumbers[index] !== -1) output();
    if (lineStart) {
      lineStart = false;
      lineNumber++;
      lineNumbers[index] = lineNumber;
    }
    if (current === LF) lineStart = true;
    update(current);
  };

  for (let i = 0; i < text.length; i++) process(text.charCodeAt(i));
  process(EOF);
  for (let i = 0; i < BLOCK_SIZE; i++) {
    if (lineNumbers[index] !== -1) output();
    update(0);
  }
  return hashes;
}

/** A short stable hash of some strings (hex, 64 bits of SHA-256). */
export function shortHash(parts: readonly string[]): string {
  return nodeCrypto().createHash('sha256').update(JSON.stringify(parts)).digest('hex').slice(0, 16);
}

/**
 * A fingerprint per message of a result that survives lines moving: a hash of the rule, the file (as `fileKey`
 * names it), the message id and the token's text, with `:n` for the n-th message of the file with the same
 * hash. SARIF (`policyLintTokenHash/v1`) and the GitLab report use it.
 */
export function tokenFingerprints(result: LintResult, fileKey: string): string[] {
  const source = result.source;
  const starts = source === undefined ? undefined : computeLineStarts(source);
  const occurrences = new Map<string, number>();
  return result.messages.map((m) => {
    const token = starts && m.line >= 1 ? tokenText(source!, starts, m).replace(/\s+/g, ' ').trim() : `${m.line}:${m.column}`;
    const key = shortHash([m.ruleId ?? '', fileKey, m.messageId ?? m.message, token]);
    const occurrence = (occurrences.get(key) ?? 0) + 1;
    occurrences.set(key, occurrence);
    return `${key}:${occurrence}`;
  });
}

function tokenText(text: string, starts: readonly number[], m: LintMessage): string {
  const offset = (line: number, column: number) =>
    Math.min(text.length, (starts[Math.min(line, starts.length) - 1] ?? 0) + Math.max(0, column - 1));
  if (m.range) return text.slice(m.range[0], m.range[1]);
  return text.slice(offset(m.line, m.column), offset(m.endLine, m.endColumn));
}
