/** Lists and quoted text in messages, written the same way by every rule. */

/**
 * Text as a message quotes it: in double quotes, with `"`, `\` and control characters escaped as JSON escapes
 * them (`"a\"b"`), so that a quoted value that contains a quote cannot be misread. Messages templates quote the
 * same way: see `interpolate` (src/engine/rule.ts).
 */
export function quoted(text: string): string {
  return JSON.stringify(text);
}

/**
 * Items joined as a sentence lists them: `a`, `a and b`, `a, b and c`; with `max`, the first `max` and how many
 * more: `a, b, c and 2 more`. An empty list is the empty string.
 */
export function andList(items: readonly string[], max = Infinity): string {
  if (items.length > max) return `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** Alternatives joined as a sentence lists them: `a`, `a or b`, `a, b or c`; with `max`, `a, b, c or 2 more`. */
export function orList(items: readonly string[], max = Infinity): string {
  if (items.length > max) return `${items.slice(0, max).join(', ')} or ${items.length - max} more`;
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}

/**
 * A number as a message writes it: `6,144`. One formatter made once, since `toLocaleString('en-US')` sets up a
 * new one on each call (~15 µs); made on first use, since the first one loads ICU's locale data (10-30 ms, a
 * quarter of the CLI's start-up when made at import, though most runs never write a number).
 */
let enUs: Intl.NumberFormat | undefined;
export function thousands(n: number): string {
  enUs ??= new Intl.NumberFormat('en-US');
  return enUs.format(n);
}

/**
 * Whitespace before or after a value that IAM compares as written (a Resource ARN, a principal): where it is,
 * for a message ("ends with whitespace"), the part of the string to point at (the whole value when both ends
 * have some), and the value without it. Undefined when there is none, or nothing but whitespace.
 */
export function strayWhitespace(text: string): { where: string; substring?: { start: number; length: number }; trimmed: string } | undefined {
  const trimmed = text.trim();
  if (trimmed === text || trimmed === '') return undefined;
  const leading = text.length - text.trimStart().length;
  const trailing = text.length - text.trimEnd().length;
  if (leading && trailing) return { where: 'starts and ends with', trimmed };
  return leading
    ? { where: 'starts with', substring: { start: 0, length: leading }, trimmed }
    : { where: 'ends with', substring: { start: text.length - trailing, length: trailing }, trimmed };
}
