/**
 * One record per Action / NotAction entry as written (`"s3:GetObject"`), in one Map shared by the rules and
 * helpers that remember something per entry: action-exists' verdict, condition-keys.ts' key support,
 * action-resource-type's resource types. Each fills its own field once per spelling.
 *
 * Why one Map rather than one per rule: the AWS managed policies have ~59,000 entries (~16,500 distinct), and
 * a look-up in a large Map is a few cache misses when its lines are cold (the parse of each document and the
 * other rules evict them), ~0.3-1 µs per entry on a busy machine: that, not the work behind it, was most of
 * action-exists' time. Rules run one after another on the same document, so after the first rule's look-up
 * the same entry's lines are still in cache for the others; with a Map of their own they missed again.
 *
 * The fields are memos of pure functions of the entry's text; clearing the table only costs recomputation.
 */
import type { ActionKeySupport } from './condition-keys.js';

export interface ActionEntry {
  /** action-exists' verdict on the entry; undefined until judged, null when it is fine. */
  existence: unknown;
  /** `actionKeySupport` of the entry; undefined until asked, null for an action the database does not know. */
  keySupport: ActionKeySupport | null | undefined;
  /** action-resource-type's resource types and formats of the entry; undefined until asked, null when not judged. */
  resourceTypes: unknown;
}

const entries = new Map<string, ActionEntry>();
const LIMIT = 50_000;

/** The shared record of an entry as written (created empty on first use). */
export function actionEntry(text: string): ActionEntry {
  let entry = entries.get(text);
  if (entry === undefined) {
    if (entries.size >= LIMIT) entries.clear();
    // Every field set here, so that all records share one shape.
    entry = { existence: undefined, keySupport: undefined, resourceTypes: undefined };
    entries.set(text, entry);
  }
  return entry;
}
