/**
 * Dates in Date conditions: IAM takes the W3C profile of ISO 8601 ("YYYY-MM-DD", "YYYY-MM-DDThh:mm:ssZ", …).
 * The extended and basic ISO forms are accepted here, with field ranges checked; epoch seconds are told apart.
 */

const EXTENDED = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?$/;
const BASIC = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(?:(\d{2})(?:[.,]\d+)?)?(Z|[+-]\d{2}(?:\d{2})?)?)?$/;

export type DateKind = 'iso' | 'epoch' | 'invalid';

export function classifyDate(value: unknown): DateKind {
  if (typeof value === 'number') return Number.isFinite(value) ? 'epoch' : 'invalid';
  if (typeof value !== 'string') return 'invalid';
  const match = EXTENDED.exec(value) ?? (value.length >= 8 && !/^\d+$/.test(value) ? BASIC.exec(value) : null);
  if (match) return validFields(match) ? 'iso' : 'invalid';
  if (/^-?\d+(?:\.\d+)?$/.test(value)) return 'epoch';
  return 'invalid';
}

function validFields(match: RegExpExecArray): boolean {
  const [, y, mo, d, h, mi, s, zone] = match;
  const year = Number(y);
  if (mo !== undefined) {
    const month = Number(mo);
    if (month < 1 || month > 12) return false;
    if (d !== undefined) {
      const day = Number(d);
      const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
      if (day < 1 || day > days[month - 1]) return false;
    }
  }
  if (h !== undefined && Number(h) > 24) return false;
  if (mi !== undefined && Number(mi) > 59) return false;
  if (s !== undefined && Number(s) > 60) return false;
  if (zone && zone !== 'Z') {
    const digits = zone.replace(/[^\d]/g, '');
    if (Number(digits.slice(0, 2)) > 23 || (digits.length > 2 && Number(digits.slice(2)) > 59)) return false;
  }
  return true;
}

/** Epoch seconds as an ISO 8601 UTC timestamp, or undefined when out of range. */
export function epochToIso(value: number | string): string | undefined {
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || Math.abs(seconds) > 8.64e12) return undefined;
  const date = new Date(seconds * 1000);
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString().replace(/\.000Z$/, 'Z');
}
