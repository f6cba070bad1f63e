/**
 * Containment of ARN patterns: does every resource that `specific` can name also match `general`?
 * Used to find redundant entries in a Resource list. The answer is sound (never "covered" when it is
 * not) and may miss exotic cases, which then simply go unreported.
 */
import { literalEnds } from '../iam/glob.js';
import { hasVariable, parseArn, type ParsedArn } from './parse.js';

const MAX_WORK = 1 << 20;
const MAX_DEPTH = 4000;

/** A policy variable can resolve to any text: as a pattern it is `*`. */
function variablesAsStars(value: string): string {
  return hasVariable(value) ? value.replace(/\$\{[^}]*\}/g, '*') : value;
}

/** Parsed ARNs by text: a Resource list is compared pairwise, so each entry would be parsed again and again. */
const parsedArns = new Map<string, ParsedArn | null>();

function parseArnOnce(value: string): ParsedArn | undefined {
  let parsed = parsedArns.get(value);
  if (parsed === undefined) {
    parsed = parseArn(value) ?? null;
    if (parsedArns.size >= 10_000) parsedArns.clear();
    parsedArns.set(value, parsed);
  }
  return parsed ?? undefined;
}

/**
 * True when glob `general` matches every string that glob `specific` matches (`*` any run, `?` one
 * character, everything else literal and case-sensitive).
 */
export function globCovers(general: string, specific: string): boolean {
  if (general === specific) return true;
  if (general === '*') return true;
  const star = general.indexOf('*');
  if (!general.includes('?')) {
    if (star < 0) return false;
    // The common pattern has one `*` (`bucket/*`, `role/app-*-prod`): `specific` must begin with the literal
    // text before it and end with the text after it; the star takes whatever lies between, wildcards too.
    if (general.indexOf('*', star + 1) < 0) {
      return specific.length >= general.length - 1 && specific.startsWith(general.slice(0, star)) &&
        specific.endsWith(general.slice(star + 1));
    }
  }
  return globCoversByTable(general, specific);
}

/**
 * The memo of globCoversByTable, reused by every call (cell i * (S + 1) + j: 0 unknown, 1 yes, 2 no): a new
 * typed array and a closure per call cost more than most comparisons, which look at a few cells.
 */
let memo = new Uint8Array(4096);

/** globCovers for any pattern, by dynamic programming over both strings (exported for tests). */
export function globCoversByTable(general: string, specific: string): boolean {
  // Quick reject: the literal head of `general` must be the literal head of `specific`.
  for (let i = 0; i < general.length; i++) {
    const g = general[i];
    if (g === '*' || g === '?') break;
    if (specific[i] !== g) return false;
  }
  const G = general.length;
  const S = specific.length;
  // Likewise its literal tail (after its last wildcard) must be the tail of `specific`.
  for (let k = 1; k <= G; k++) {
    const g = general[G - k];
    if (g === '*' || g === '?') break;
    if (specific[S - k] !== g) return false;
  }
  // Real ARNs are at most a few hundred characters; give up (answer "not covered") on absurd inputs.
  if ((G + 1) * (S + 1) > MAX_WORK || G + S > MAX_DEPTH) return false;
  const size = (G + 1) * (S + 1);
  if (memo.length < size) memo = new Uint8Array(size);
  else memo.fill(0, 0, size);
  return coversFrom(general, specific, 0, 0);
}

/** Whether general[i..] covers specific[j..], memoised in `memo` (set up by globCoversByTable). */
function coversFrom(general: string, specific: string, i: number, j: number): boolean {
  const S = specific.length;
  const key = i * (S + 1) + j;
  if (memo[key] !== 0) return memo[key] === 1;
  let result: boolean;
  if (i === general.length) result = j === S;
  else {
    const g = general[i];
    if (g === '*') result = coversFrom(general, specific, i + 1, j) || (j < S && coversFrom(general, specific, i, j + 1));
    else if (g === '?') result = j < S && specific[j] !== '*' && coversFrom(general, specific, i + 1, j + 1);
    else result = j < S && specific[j] === g && coversFrom(general, specific, i + 1, j + 1);
  }
  memo[key] = result ? 1 : 2;
  return result;
}

/**
 * A Resource entry parsed once for comparing with every other entry of its list (`entryCovers`): `*` covers
 * everything; otherwise both must be ARNs and each of the five fields of the covering entry must cover the
 * same field of the other. An entry with a policy variable covers only an identical entry.
 */
export interface ArnPatternEntry {
  text: string;
  /** Parsed as a covering pattern: only with a wildcard and no policy variable. */
  general: ParsedArn | undefined;
  /** Parsed with its policy variables as `*`, as the entry that may be covered. */
  specific: ParsedArn | undefined;
  /**
   * With `general`: the literal text of its resource part before the first wildcard and after the last one,
   * with which the resource part of every entry it covers begins and ends (as globCovers requires).
   */
  resourceEnds: [string, string] | undefined;
}

export function arnPatternEntry(text: string): ArnPatternEntry {
  const wildcard = text.includes('*') || text.includes('?');
  const general = wildcard && text !== '*' && !hasVariable(text) ? parseArnOnce(text) : undefined;
  return {
    text,
    general,
    specific: parseArnOnce(variablesAsStars(text)),
    resourceEnds: general && literalEnds(general.resource.value),
  };
}

/** Whether entry `general` covers entry `specific`; prepared entries: a list of n is parsed n times, not n². */
export function entryCovers(general: ArnPatternEntry, specific: ArnPatternEntry): boolean {
  if (general.text === specific.text || general.text === '*') return true;
  if (general.general === undefined || specific.specific === undefined) return false;
  // The resource parts' literal ends first, prepared once per entry: most pairs of a Resource list differ
  // there (~36,000 pairs on the AWS managed policies), which globCovers found only after slicing them anew.
  const [head, tail] = general.resourceEnds!;
  const resource = specific.specific.resource.value;
  return resource.startsWith(head) && resource.endsWith(tail) && fieldsCover(general.general, specific.specific);
}

/**
 * Every field covers its counterpart. The resource field first: in a Resource list the entries mostly share
 * partition, service, Region and account and differ in the resource, so most pairs are told apart by one
 * comparison instead of five (redundant-resource compares every pair of a list).
 */
function fieldsCover(g: ParsedArn, s: ParsedArn): boolean {
  return (
    globCovers(g.resource.value, s.resource.value) &&
    globCovers(g.service.value, s.service.value) &&
    globCovers(g.account.value, s.account.value) &&
    globCovers(g.region.value, s.region.value) &&
    globCovers(g.partition.value, s.partition.value)
  );
}
