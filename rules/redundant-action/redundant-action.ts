import { defineRule } from '../../src/engine/rule.js';
import { isObject, statementMatches } from '../../src/engine/normalize.js';
import { databaseLabel, expandActionPattern } from '../../src/iam/actions-db.js';
import { globToRegExp, hasWildcard, literalEnds } from '../../src/iam/glob.js';

/**
 * Whether every text that pattern `p` matches is also matched by pattern `q` (IAM wildcards, both lower case).
 * Only a `*` of `q` can stand for a `*` of `p`, and only `*` or `?` for a `?`; the answer is exact for what it
 * claims (true means covered), which is all a safe fix needs.
 */
export function patternCovers(q: string, p: string): boolean {
  if (q === p || q === '*') return true;
  // Quick answers: q's literal beginning and end must be p's (only a `*` or `?` of q can stand for p's text).
  const [headQ, tailQ] = literalEnds(q);
  const [headP, tailP] = literalEnds(p);
  if (!headP.startsWith(headQ) || !tailP.endsWith(tailQ)) return false;
  const memo = new Map<number, boolean>();
  const width = p.length + 1;
  const match = (i: number, j: number): boolean => {
    const key = i * width + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (i === q.length) result = j === p.length;
    else if (q[i] === '*') result = match(i + 1, j) || (j < p.length && match(i, j + 1));
    else if (j === p.length || p[j] === '*') result = false;
    else if (q[i] === '?') result = match(i + 1, j + 1);
    else result = p[j] !== '?' && q[i] === p[j] && match(i + 1, j + 1);
    memo.set(key, result);
    return result;
  };
  return match(0, 0);
}

interface Entry {
  index: number;
  text: string;
  lower: string;
  wildcard: boolean;
  /** The literal text before the first wildcard and after the last one (the whole entry without wildcards). */
  head: string;
  tail: string;
}

/** Whether `q` may cover `p`, judged by their literal ends alone (a necessary condition, cheap). */
function endsAllow(q: Entry, p: Entry): boolean {
  return p.head.startsWith(q.head) && p.tail.endsWith(q.tail);
}

const expandedSets = new Map<string, Set<string>>();
/** The database's actions of a pattern with a literal service part, as a set (cached). */
function expandedSet(pattern: string): Set<string> {
  let set = expandedSets.get(pattern);
  if (!set) {
    set = new Set(expandActionPattern(pattern));
    if (expandedSets.size > 20_000) expandedSets.clear();
    expandedSets.set(pattern, set);
  }
  return set;
}

/** Whether the database's actions of `p` are all actions of `q` (same literal service; `p` matches some). */
function databaseCovers(q: string, p: string): boolean {
  const of = expandedSet(p);
  const by = expandedSet(q);
  if (of.size === 0 || of.size > by.size) return false;
  for (const action of of) if (!by.has(action)) return false;
  return true;
}

/**
 * Per entry of the list being checked: its lower-cased text (undefined when not compared) and its hash. Not
 * emptied between lists: a call writes an index before its table can point to it, and `lowers.length = 0`
 * freed the array's storage only for the next list to grow it again (~0.3 ms a pass on the AWS managed policies).
 */
const lowers: Array<string | undefined> = [];
let hashes = new Int32Array(256);
/** An open-addressing table of entry indexes + 1 by hash (0: a free slot); all zero between lists. */
let slots = new Int32Array(512);

/**
 * Calls `repeat(index, first, lower)` for each entry of `list` that equals an earlier one in any letter case
 * (entries with a policy variable are not compared). The lower-cased entries go into a table keyed by a hash
 * of their length and last 8 characters (where entries of one service differ), and are compared in full
 * only when those agree: a Map keyed by the lower-cased text hashed all of each new string, which took more
 * time than lower-casing it (~38,000 entries in lists without wildcards on the AWS managed policies; 6.1 ->
 * 4.4 ms measured on them alone). Returns the lower-cased entries by index (valid until the next call).
 */
function forEachRepeat(list: readonly unknown[], repeat: (index: number, first: number, lower: string) => void): readonly (string | undefined)[] {
  const n = list.length;
  if (hashes.length < n) hashes = new Int32Array(n * 2);
  // At least twice as many slots as entries (a power of two), so that probe runs stay short.
  const size = 1 << (32 - Math.clz32(n * 2 - 1));
  if (slots.length < size) slots = new Int32Array(size);
  const table = slots;
  const mask = size - 1;
  for (let index = 0; index < n; index++) {
    const text = list[index];
    if (typeof text !== 'string' || text.includes('${')) {
      lowers[index] = undefined;
      continue;
    }
    const lower = text.toLowerCase();
    lowers[index] = lower;
    let hash = lower.length;
    for (let i = Math.max(0, lower.length - 8); i < lower.length; i++) hash = Math.imul(hash ^ lower.charCodeAt(i), 0x01000193);
    hashes[index] = hash;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const other = table[slot] - 1;
      if (other < 0) {
        table[slot] = index + 1;
        break;
      }
      if (hashes[other] === hash && lowers[other] === lower) {
        repeat(index, other, lower);
        break;
      }
    }
  }
  table.fill(0, 0, size);
  return lowers;
}

export default defineRule({
  id: 'redundant-action',
  meta: {
    category: 'best-practice',
    severity: 'warn',
    recommended: true,
    fixable: 'safe',
    unknownCondition: false,
    unknownActions: false,
    issueCode: 'REDUNDANT_ACTION',
    docs: { description: 'No entry of Action or NotAction is already covered by another entry of the same list.' },
    messages: {
      covered: '"{{action}}" is redundant: "{{by}}" in the same {{element}} already matches everything it matches; remove it.',
      duplicate: '"{{action}}" is redundant: the same {{element}} already lists "{{by}}"; remove it.',
      coveredToday: '"{{action}}" is redundant today: in the IAM database ({{database}}), every action it matches ({{count}}) is also matched by "{{by}}"; but a future action could match "{{action}}" alone.',
      remove: 'Remove "{{action}}".',
    },
  },
  given: statementMatches,
  check({ value, path }, context) {
    if (!isObject(value)) return;
    for (const element of ['Action', 'NotAction'] as const) {
      const list = value[element];
      if (!Array.isArray(list) || list.length < 2) continue;
      const report = (entry: Entry, by: Entry, kind: 'covered' | 'duplicate' | 'coveredToday', count = 0) => {
        const entryPath = [...path, element, entry.index];
        const data = { action: entry.text, by: by.text, element, count, database: databaseLabel() };
        if (kind !== 'coveredToday') {
          context.report({ messageId: kind, path: entryPath, data, fix: (fixer) => fixer.removeElement(entryPath) });
        } else {
          context.report({
            messageId: 'coveredToday', path: entryPath, data,
            suggest: [{ messageId: 'remove', data, fix: (fixer) => fixer.removeElement(entryPath) }],
          });
        }
      };
      // The common case first: a list without wildcards can only repeat itself.
      if (!list.some((text) => typeof text === 'string' && (text.includes('*') || text.includes('?')))) {
        forEachRepeat(list, (index, first, lower) => {
          report({ index, text: list[index] as string, lower, wildcard: false, head: lower, tail: lower }, { index: first, text: list[first] as string, lower, wildcard: false, head: lower, tail: lower }, 'duplicate');
        });
        continue;
      }
      // Repeats first, by the short hash of forEachRepeat: the index of an entry's first copy, by the index of
      // each later one (a Map keyed by the lower-cased entries hashed each whole new string: ~0.4 ms a pass).
      const firstCopy: number[] = [];
      const lowerOf = forEachRepeat(list, (index, first) => {
        firstCopy[index] = first;
      });
      // Entries by service part: an entry can only be covered by one of its own service or one whose
      // service part has a wildcard ("*", "s3*:Get*"), kept apart in `open`.
      const entries: Entry[] = [];
      const byService = new Map<string, Entry[]>();
      const open: Entry[] = [];
      // Lists are mostly sorted by service: the group of the previous entry spares most look-ups of a new string.
      let lastService: string | undefined;
      let lastGroup: Entry[] = [];
      list.forEach((text, index) => {
        const lower = lowerOf[index];
        // Not a string, or with a policy variable.
        if (lower === undefined) return;
        const colon = lower.indexOf(':');
        const service = colon > 0 ? lower.slice(0, colon) : undefined;
        // Most entries of these lists have no wildcard: their literal ends are the whole entry.
        const wildcard = hasWildcard(lower);
        const [head, tail] = wildcard ? literalEnds(lower) : [lower, lower];
        const entry: Entry = { index, text: text as string, lower, wildcard, head, tail };
        entries[index] = entry;
        if (service === undefined || hasWildcard(service)) {
          if (service !== undefined || /^\*+$/.test(lower)) open.push(entry);
          return;
        }
        if (service !== lastService) {
          lastService = service;
          const group = byService.get(service);
          if (group) lastGroup = group;
          else byService.set(service, (lastGroup = []));
        }
        lastGroup.push(entry);
      });
      // Of two entries that cover each other, the later one is the redundant one.
      const beats = (by: Entry, entry: Entry, coversBack: boolean) => !coversBack || by.index < entry.index;
      const textCover = (entry: Entry, candidates: readonly Entry[]): Entry | undefined =>
        candidates.find((by) => by !== entry && (by.wildcard || by.lower === entry.lower) && endsAllow(by, entry) &&
          (by.wildcard && !entry.wildcard ? globToRegExp(by.lower).test(entry.lower) : patternCovers(by.lower, entry.lower)) &&
          beats(by, entry, endsAllow(entry, by) && patternCovers(entry.lower, by.lower)));
      // The entry to name as the cover: one that stays, not one that is itself reported as covered (covering is
      // transitive, so the top of the chain covers the entry too; `beats` keeps the chain from going round).
      const keptCover = (entry: Entry, candidates: readonly Entry[]): Entry | undefined => {
        let by = textCover(entry, candidates);
        for (let n = 0, up = by && textCover(by, candidates); up && up !== entry && n < candidates.length; n++) {
          by = up;
          up = textCover(up, candidates);
        }
        return by;
      };
      for (const entry of open) {
        const by = keptCover(entry, open);
        if (by) report(entry, by, by.lower === entry.lower ? 'duplicate' : 'covered');
      }
      for (const group of byService.values()) {
        // Groups are in list order, so their wildcard entries are too.
        const wildcards = group.filter((e) => e.wildcard);
        const coverers = open.length === 0 ? wildcards : [...wildcards, ...open].sort((a, b) => a.index - b.index);
        for (const entry of group) {
          // A repeat has the service of the entry it repeats, so that one is in this group too.
          const first = firstCopy[entry.index];
          if (first !== undefined) {
            report(entry, entries[first], 'duplicate');
            continue;
          }
          const by = keptCover(entry, coverers);
          if (by) {
            report(entry, by, 'covered');
            continue;
          }
          if (!entry.wildcard) continue;
          // A wildcard entry whose actions, in the database, are all matched by another wildcard entry of its
          // service (one with a wildcard in its service part is not expanded).
          for (const other of wildcards) {
            if (other === entry) continue;
            // Patterns whose literal beginnings (or ends) disagree match disjoint sets: no need to expand them.
            const related = (other.head.startsWith(entry.head) || entry.head.startsWith(other.head)) &&
              (other.tail.endsWith(entry.tail) || entry.tail.endsWith(other.tail));
            if (!related) continue;
            if (databaseCovers(other.lower, entry.lower) && beats(other, entry, databaseCovers(entry.lower, other.lower))) {
              report(entry, other, 'coveredToday', expandedSet(entry.lower).size);
              break;
            }
          }
        }
      }
    }
  },
});
